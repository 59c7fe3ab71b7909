"""Extraction quality on a third set of held-out reports (constructed, fictional figures).

``tests/gold/heldout3/`` holds three reports of the genre, each with a hand-labelled
``<name>_gold.csv`` in the columns of ``seed_gold.csv``: a Beijing district mid-year report
(COVID-era relief, tax declines by sector and type), a county-level city report from another
province (foreign trade, agriculture, provincial ranks) and a Shanghai district report for the
first three quarters (English abbreviations, a pipe table of taxes). The labels follow the
labelling rules of the facts schema, not the behaviour of the extractor.
"""

from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

import pytest

import dhcheng_analysis as dh

HERE = Path(__file__).parent
GOLD = HERE / "gold"
HELDOUT = GOLD / "heldout3"
sys.path.insert(0, str(GOLD))
from score_facts import score  # noqa: E402

REPORTS = ["fengtai_2022_h1", "yiwu_2023_h1", "xuhui_2022_q1q3"]
MEASURES = {"level", "yoy_pct", "change_pct", "completion_pct", "pp_diff", "rate_pct", "rank",
            "abs_change", "none"}
QUALIFIERS = {"", "exact", "over", "nearly", "about", "at_least", "at_most", "under"}
STATUSES = {"", "actual", "target"}

MIN_RECALL = 0.97
MIN_FIELD = 0.95
MAX_FALSE_POS = 0


def _rows(name: str) -> list[dict[str, str]]:
    with open(HELDOUT / f"{name}_gold.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _summary(res: dict) -> tuple[float, float, int]:
    n = max(res["facts"], 1)
    recall = res["value_ok"] / n
    worst = min((ok / tot for ok, tot in res["checks"].values() if tot), default=1.0)
    return recall, worst, res["false_pos"]


@pytest.mark.parametrize("name", REPORTS)
def test_gold_file_is_well_formed(name):
    with open(GOLD / "seed_gold.csv", encoding="utf-8", newline="") as fh:
        seed_columns = next(csv.reader(fh))
    with open(HELDOUT / f"{name}_gold.csv", encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == seed_columns
    text = dh.load_report(HELDOUT / f"{name}.txt").text
    assert 2500 <= len(text) <= 4500
    rows = _rows(name)
    figures = [r for r in rows if r["measure"] != "none"]
    negatives = [r for r in rows if r["measure"] == "none"]
    assert 60 <= len(figures) <= 130
    assert 10 <= len(negatives) <= 20
    spans = set()
    for r in rows:
        assert r["measure"] in MEASURES, r
        assert r["qualifier"] in QUALIFIERS, r
        assert r["status"] in STATUSES, r
        assert text.count(r["context"]) == 1, r["context"]
        start, end = int(r["start"]), int(r["end"])
        assert text[start:end] == r["mention"], r
        assert text.index(r["context"]) <= start and end <= text.index(r["context"]) + len(r["context"])
        assert (start, end) not in spans, r
        spans.add((start, end))
        if r["measure"] != "none":
            assert math.isfinite(float(r["value"])), r


@pytest.mark.parametrize("name", REPORTS)
def test_report_meets_the_bar(name):
    res = score(str(HELDOUT / f"{name}.txt"), str(HELDOUT / f"{name}_gold.csv"))
    recall, worst, false_pos = _summary(res)
    assert not any("context not unique" in p for p in res["problems"]), res["problems"]
    assert recall >= MIN_RECALL, res["problems"]
    assert worst >= MIN_FIELD, res["problems"]
    assert false_pos <= MAX_FALSE_POS, res["problems"]
