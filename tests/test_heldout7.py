"""Extraction quality on a seventh set of held-out reports (constructed, fictional figures).

``tests/gold/heldout7/`` holds three reports of the genre with hand-labelled gold files in
the columns of ``seed_gold.csv``:

- ``xicheng_2020_h1_gbk``: a mid-year report saved in GB18030 with CRLF line ends and
  full-width digits in about a third of the figures (financial-street indicators, tax by
  sector with 分别, rent relief, return-to-work rates, business environment);
- ``shunyi_2022_fy``: a full-year report of a suburban district (grain and vegetables, industry
  and car output, airport traffic, 增长X倍, ranks, shares, 2023 targets) with traps such as
  ``T3航站楼``, ``15号线``, ``第十届``, ``“3+1”`` and ``(2023-2025)``;
- ``short_bulletins``: a statistics-bureau sequence of short one-paragraph bulletins with
  varied comparators (1-5月, 年初, 上年末, 一季度).

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
HELDOUT = GOLD / "heldout7"
sys.path.insert(0, str(GOLD))
from score_facts import score  # noqa: E402

REPORTS = ["xicheng_2020_h1_gbk", "shunyi_2022_fy", "short_bulletins"]
COLUMNS = ["id", "context", "mention", "start", "end", "indicator", "measure", "value",
           "base_unit", "qualifier", "status"]
MEASURES = {"", "level", "yoy_pct", "change_pct", "completion_pct", "pp_diff", "rate_pct", "rank",
            "abs_change"}
QUALIFIERS = {"", "exact", "over", "nearly", "about", "at_least", "at_most", "under"}

MIN_RECALL = 0.97
MIN_FIELD = 0.95
MAX_FALSE_POS = 0


def _paths(name: str) -> tuple[Path, Path]:
    return HELDOUT / f"{name}.txt", HELDOUT / f"{name}_gold.csv"


def _rows(name: str) -> list[dict[str, str]]:
    with open(_paths(name)[1], encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("name", REPORTS)
def test_gold_file_is_well_formed(name):
    text = dh.load_report(_paths(name)[0]).text
    with open(_paths(name)[1], encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == COLUMNS
    rows = _rows(name)
    figures = [r for r in rows if r["measure"] != "none"]
    negatives = [r for r in rows if r["measure"] == "none"]
    assert 80 <= len(figures) <= 140
    assert 10 <= len(negatives) <= 20
    assert 3000 <= len(text) <= 4500
    for r in rows:
        assert text.count(r["context"]) == 1, r
        start = text.index(r["context"]) + r["context"].index(r["mention"])
        assert (start, start + len(r["mention"])) == (int(r["start"]), int(r["end"])), r
        if r["measure"] != "none":
            assert r["measure"] in MEASURES and r["qualifier"] in QUALIFIERS, r
            assert r["status"] in {"", "actual", "target"}, r
            float(r["value"])


def test_gbk_report_is_stored_as_gb18030_with_crlf():
    raw = _paths("xicheng_2020_h1_gbk")[0].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    decoded = raw.decode("gb18030")
    assert "\r\n" in decoded and "２１５６.３亿元" in decoded
    assert dh.load_report(_paths("xicheng_2020_h1_gbk")[0]).text == decoded.replace("\r\n", "\n").strip()


@pytest.mark.parametrize("name", REPORTS)
def test_heldout_report_meets_the_bar(name):
    report, gold = _paths(name)
    res = score(str(report), str(gold))
    n = max(res["facts"], 1)
    recall = res["value_ok"] / n
    worst = {k: ok / tot for k, (ok, tot) in res["checks"].items() if tot}
    assert recall >= MIN_RECALL, (recall, res["problems"])
    for field, acc in worst.items():
        assert acc >= MIN_FIELD, (field, acc, res["problems"])
    assert res["false_pos"] <= MAX_FALSE_POS, res["problems"]
