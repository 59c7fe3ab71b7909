"""Extraction quality on a second set of held-out reports (constructed, fictional figures).

``tests/gold/heldout2/`` holds a full-year report with a next-year plan (Pudong 2019), a
first-quarter report with half-width punctuation (Tianhe 2021 Q1) and a saved government web
page of a Traditional-Chinese half-year report with some full-width digits (2020 H1). Each
has a hand-labelled ``<name>_gold.csv`` with the columns of ``seed_gold.csv``; the labels
follow the labelling rules of the facts schema, not the behaviour of the extractor.
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
HELDOUT2 = GOLD / "heldout2"
sys.path.insert(0, str(GOLD))
from score_facts import score  # noqa: E402

REPORTS = ["pudong_2019_fy.txt", "tianhe_2021_q1.txt", "traditional_2020_h1.html"]
COLUMNS = ["id", "context", "mention", "start", "end", "indicator", "measure", "value", "base_unit",
           "qualifier", "status"]
MEASURES = {"level", "yoy_pct", "change_pct", "completion_pct", "pp_diff", "rate_pct", "rank",
            "abs_change", "none"}
QUALIFIERS = {"", "exact", "over", "nearly", "about", "at_least", "at_most", "under"}

MIN_RECALL = 0.97
MIN_FIELD = 0.95
MAX_FALSE_POS = 0


def _gold_path(name: str) -> Path:
    return HELDOUT2 / f"{Path(name).stem}_gold.csv"


def _rows(name: str) -> list[dict[str, str]]:
    with open(_gold_path(name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("name", REPORTS)
def test_gold_file_is_well_formed(name):
    """Every row locates its figure once in the loaded text, with a valid measure and value."""
    text = dh.load_report(HELDOUT2 / name).text
    assert 2500 <= len(text) <= 5000
    with open(_gold_path(name), encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == COLUMNS
    rows = _rows(name)
    figures = [r for r in rows if r["measure"] != "none"]
    negatives = [r for r in rows if r["measure"] == "none"]
    assert len(figures) >= 60 and 10 <= len(negatives) <= 20
    for r in rows:
        assert text.count(r["context"]) == 1, r
        start = text.index(r["context"]) + r["context"].index(r["mention"])
        assert (int(r["start"]), int(r["end"])) == (start, start + len(r["mention"])), r
        assert r["measure"] in MEASURES and r["qualifier"] in QUALIFIERS, r
        if r["measure"] != "none":
            assert math.isfinite(float(r["value"])), r
            assert r["status"] in {"", "actual", "target"}, r


@pytest.mark.parametrize("name", REPORTS)
def test_heldout2_report_meets_the_bar(name):
    res = score(str(HELDOUT2 / name), str(_gold_path(name)))
    n = max(res["facts"], 1)
    recall = res["value_ok"] / n
    fields = {k: ok / tot for k, (ok, tot) in res["checks"].items() if tot}
    assert recall >= MIN_RECALL, res["problems"]
    for field, acc in fields.items():
        assert acc >= MIN_FIELD, (field, acc, res["problems"])
    assert res["false_pos"] <= MAX_FALSE_POS, res["problems"]
