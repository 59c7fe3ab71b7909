"""Extraction quality on held-out reports of the genre (constructed, fictional figures).

Each report in ``tests/gold/heldout/`` has a hand-labelled ``<name>_gold.csv`` with the
columns of ``seed_gold.csv``. The labels follow the labelling rules of the facts schema,
not the behaviour of the extractor, so these tests measure how well extraction
generalises beyond the bundled report.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

import dhcheng_analysis as dh

HERE = Path(__file__).parent
GOLD = HERE / "gold"
HELDOUT = GOLD / "heldout"
sys.path.insert(0, str(GOLD))
from score_facts import score  # noqa: E402

REPORTS = ["xicheng_2021_h1", "haidian_2022_q3", "budget_2023"]
MEASURES = {"level", "yoy_pct", "change_pct", "completion_pct", "pp_diff", "rate_pct", "rank",
            "abs_change", "none"}
QUALIFIERS = {"", "exact", "over", "nearly", "about", "at_least", "at_most", "under"}

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
    assert "虚构" in text.splitlines()[1]
    rows = _rows(name)
    figures = [r for r in rows if r["measure"] != "none"]
    negatives = [r for r in rows if r["measure"] == "none"]
    assert len(figures) >= 60 and len(negatives) >= 10
    spans = set()
    for r in rows:
        assert text.count(r["context"]) == 1, r
        assert r["mention"] in r["context"], r
        start = text.index(r["context"]) + r["context"].index(r["mention"])
        assert (int(r["start"]), int(r["end"])) == (start, start + len(r["mention"])), r
        assert (start, int(r["end"])) not in spans, r
        spans.add((start, int(r["end"])))
        assert r["measure"] in MEASURES, r
        assert r["qualifier"] in QUALIFIERS, r
        assert r["status"] in {"", "actual", "target"}, r
        if r["measure"] != "none":
            float(r["value"])
            assert r["measure"] == "rank" or r["base_unit"], r


@pytest.mark.parametrize("name", REPORTS)
def test_heldout_report_meets_the_bar(name):
    res = score(str(HELDOUT / f"{name}.txt"), str(HELDOUT / f"{name}_gold.csv"))
    recall, worst, false_pos = _summary(res)
    assert res["facts"] == sum(r["measure"] != "none" for r in _rows(name))
    assert recall >= MIN_RECALL, (recall, res["problems"])
    assert worst >= MIN_FIELD, (worst, res["checks"], res["problems"])
    assert false_pos <= MAX_FALSE_POS, res["problems"]
