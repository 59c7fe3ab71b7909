"""Extraction quality on a fifth set of held-out reports (constructed, fictional figures).

``tests/gold/heldout5/`` holds three reports of the genre with hand-labelled gold files in
the columns of ``seed_gold.csv``:

- ``chaoyang_2020_fy_plan``: an annual plan-execution report to a district people's congress
  (full-year figures, completion of annual plans, rankings, next-year targets and a pipe table
  whose last column is a target);
- ``dongcheng_2020_q1q3``: a first-three-quarters report (narrowing declines, fraction words,
  qualifiers, sector lists with 分别, consumption vouchers, epidemic counts);
- ``budget_2022_final``: a budget-execution report with amounts in 万元 and a pipe table whose
  unit is stated in a ``单位：万元`` line above it.

The labels follow the labelling rules of the facts schema, not the behaviour of the extractor.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

import dhcheng_analysis as dh

HERE = Path(__file__).parent
GOLD = HERE / "gold"
HELDOUT = GOLD / "heldout5"
sys.path.insert(0, str(GOLD))
from score_facts import score  # noqa: E402

REPORTS = ["chaoyang_2020_fy_plan", "dongcheng_2020_q1q3", "budget_2022_final"]
MEASURES = {"level", "yoy_pct", "change_pct", "completion_pct", "pp_diff", "rate_pct", "rank",
            "abs_change"}
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
    assert 3000 <= len(text) <= 5000
    assert "虚构" in text.splitlines()[1]
    rows = _rows(name)
    figures = [r for r in rows if r["measure"] != "none"]
    negatives = [r for r in rows if r["measure"] == "none"]
    assert 80 <= len(figures) <= 150
    assert 10 <= len(negatives) <= 20
    spans = set()
    for r in rows:
        assert text.count(r["context"]) == 1, r
        assert r["mention"] in r["context"], r
        start = text.index(r["context"]) + r["context"].index(r["mention"])
        assert (int(r["start"]), int(r["end"])) == (start, start + len(r["mention"])), r
        assert (start, int(r["end"])) not in spans, r
        spans.add((start, int(r["end"])))
        assert r["qualifier"] in QUALIFIERS, r
        assert r["status"] in {"", "actual", "target"}, r
        if r["measure"] == "none":
            assert not r["value"], r
            continue
        # An empty measure means a careful labeller found it ambiguous; the value still counts.
        assert r["measure"] in MEASURES | {""}, r
        float(r["value"])
        assert r["measure"] == "rank" or r["base_unit"], r


@pytest.mark.parametrize("name", REPORTS)
def test_heldout5_report_meets_the_bar(name):
    res = score(str(HELDOUT / f"{name}.txt"), str(HELDOUT / f"{name}_gold.csv"))
    recall, worst, false_pos = _summary(res)
    assert res["facts"] == sum(r["measure"] != "none" for r in _rows(name))
    assert recall >= MIN_RECALL, (recall, res["problems"])
    assert worst >= MIN_FIELD, (worst, res["checks"], res["problems"])
    assert false_pos <= MAX_FALSE_POS, res["problems"]
