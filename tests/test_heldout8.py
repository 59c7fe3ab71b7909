"""Extraction quality on three held-out reports of the genre (fictional figures).

``dongcheng_2020_fy``: full-year report with the next year's plan; ``haidian_2021_h1``: a dense
half-year report (nested 其中 chains, several 分别 lists in one sentence, thresholds, shares and
growth contributions); ``dongcheng_2021_q1``: a first-quarter report (两年平均, 比2019年同期,
completion around a quarter of the year).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

import dhcheng_analysis as dh

HERE = Path(__file__).parent
GOLD = HERE / "gold"
SET = GOLD / "heldout8"
sys.path.insert(0, str(GOLD))
from score_facts import score  # noqa: E402

REPORTS = ["dongcheng_2020_fy", "haidian_2021_h1", "dongcheng_2021_q1"]


def _summary(res: dict) -> tuple[float, float, int]:
    n = max(res["facts"], 1)
    recall = res["value_ok"] / n
    worst = min((ok / tot for ok, tot in res["checks"].values() if tot), default=1.0)
    return recall, worst, res["false_pos"]


@pytest.mark.parametrize("name", REPORTS)
def test_gold_file_is_well_formed(name):
    text = dh.load_report(SET / f"{name}.txt").text
    assert 3000 <= len(text) <= 4500
    rows = list(csv.DictReader(open(SET / f"{name}_gold.csv", encoding="utf-8")))
    figures = [r for r in rows if r["measure"] != "none"]
    negatives = [r for r in rows if r["measure"] == "none"]
    assert 80 <= len(figures) <= 140
    assert 10 <= len(negatives) <= 20
    for r in rows:
        assert text.count(r["context"]) == 1, r
        s = text.index(r["context"]) + r["context"].index(r["mention"])
        assert (s, s + len(r["mention"])) == (int(r["start"]), int(r["end"])), r


@pytest.mark.parametrize("name", REPORTS)
def test_heldout_report_meets_the_bar(name):
    res = score(str(SET / f"{name}.txt"), str(SET / f"{name}_gold.csv"))
    recall, worst, false_pos = _summary(res)
    assert recall >= 0.97, res["problems"]
    for field, (ok, tot) in res["checks"].items():
        assert tot == 0 or ok / tot >= 0.95, (field, ok, tot, res["problems"])
    assert worst >= 0.95, res["problems"]
    assert false_pos == 0, res["problems"]
