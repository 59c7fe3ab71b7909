"""Extraction quality on three more constructed reports of the bundled report's genre.

``tests/gold/heldout4/`` holds mid-year reports written in the style of the bundled
Dongcheng report for other years (figures fictional): a pre-pandemic growth year
(half-width punctuation), a recovery year with two-year averages and comparisons with
2019, and a shock year with declines, relief measures and VAT credit refunds. Each has a
hand-labelled ``<name>_gold.csv`` with the columns of ``seed_gold.csv``, labelled from the
labelling rules of the facts schema, not from the extractor's output.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

import dhcheng_analysis as dh

HERE = Path(__file__).parent
GOLD = HERE / "gold"
HELDOUT = GOLD / "heldout4"
sys.path.insert(0, str(GOLD))
from score_facts import score  # noqa: E402

REPORTS = ["dongcheng_2019_h1", "dongcheng_2021_h1", "dongcheng_2022_h1"]
MEASURES = {"level", "yoy_pct", "change_pct", "completion_pct", "pp_diff", "rate_pct", "rank",
            "abs_change", "none", ""}
QUALIFIERS = {"", "exact", "over", "nearly", "about", "at_least", "at_most", "under"}

MIN_RECALL = 0.97
MIN_FIELD = 0.95
MAX_FALSE_POS = 0


def _rows(name: str) -> list[dict[str, str]]:
    with open(HELDOUT / f"{name}_gold.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("name", REPORTS)
def test_gold_file_is_well_formed(name):
    with open(GOLD / "seed_gold.csv", encoding="utf-8", newline="") as fh:
        seed_columns = next(csv.reader(fh))
    with open(HELDOUT / f"{name}_gold.csv", encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == seed_columns
    text = dh.load_report(HELDOUT / f"{name}.txt").text
    assert 3000 <= len(text) <= 5000
    rows = _rows(name)
    figures = [r for r in rows if r["measure"] != "none"]
    negatives = [r for r in rows if r["measure"] == "none"]
    assert 80 <= len(figures) <= 150
    assert 10 <= len(negatives) <= 20
    for r in rows:
        assert text.count(r["context"]) == 1, r
        start = text.index(r["context"]) + r["context"].index(r["mention"])
        assert (int(r["start"]), int(r["end"])) == (start, start + len(r["mention"])), r
        assert r["measure"] in MEASURES and r["qualifier"] in QUALIFIERS, r
        assert r["status"] in {"", "actual", "target"}, r
        if r["measure"] != "none":
            float(r["value"])


@pytest.mark.parametrize("name", REPORTS)
def test_heldout_report_meets_the_bar(name):
    res = score(str(HELDOUT / f"{name}.txt"), str(HELDOUT / f"{name}_gold.csv"))
    recall = res["value_ok"] / max(res["facts"], 1)
    assert recall >= MIN_RECALL, (recall, res["problems"])
    for field, (ok, total) in res["checks"].items():
        assert not total or ok / total >= MIN_FIELD, (field, ok, total, res["problems"])
    assert res["false_pos"] <= MAX_FALSE_POS, res["problems"]
