"""Constructed regression fixtures: reports of the genre written for the tests, with hand-made gold
files (tests/gold/constructed/<name>/).  They are not evidence that the extractor reads real text (the
real excerpts of tests/gold/real are); they pin behaviour that must not regress.

Each folder was written from the labelling rules of DESIGN.md, without the extractor's output;
they cover other districts, years and periods, budget reports and tables, web pages, Traditional
characters, a GB18030 file and short statistical bulletins.  Every report must meet the bars
below with the same matching rules as the acceptance scorer.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

import dhcheng_analysis as dh

GOLD = Path(__file__).parent / "gold"
sys.path.insert(0, str(GOLD))
from score_facts import score  # noqa: E402

MIN_RECALL = 0.97
MIN_FIELD = 0.95
MAX_FALSE_POS = 0

MEASURES = {"", "level", "yoy_pct", "change_pct", "completion_pct", "pp_diff", "rate_pct", "rank", "abs_change", "none"}
QUALIFIERS = {"", "exact", "over", "nearly", "about", "at_least", "at_most", "under"}
REPORTS = sorted(
    p for p in GOLD.glob("constructed/*/*") if p.suffix in (".txt", ".html") and not p.stem.endswith("_gold")
)
IDS = [f"{p.parent.name}/{p.name}" for p in REPORTS]


def _gold(report: Path) -> Path:
    return report.with_name(f"{report.stem}_gold.csv")


def _rows(report: Path) -> list[dict]:
    with open(_gold(report), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_there_are_constructed_fixtures():
    assert len(REPORTS) >= 24


@pytest.mark.parametrize("report", REPORTS, ids=IDS)
def test_gold_file_is_well_formed(report):
    with open(GOLD / "seed_gold.csv", encoding="utf-8", newline="") as fh:
        seed_columns = next(csv.reader(fh))
    with open(_gold(report), encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == seed_columns
    text = dh.load_report(report).text
    rows = _rows(report)
    assert sum(r["measure"] != "none" for r in rows) >= 60
    assert sum(r["measure"] == "none" for r in rows) >= 10
    spans = set()
    for r in rows:
        assert text.count(r["context"]) == 1, r
        assert r["mention"] in r["context"], r
        start = text.index(r["context"]) + r["context"].index(r["mention"])
        assert (int(r["start"]), int(r["end"])) == (start, start + len(r["mention"])), r
        assert (start, int(r["end"])) not in spans, r
        spans.add((start, int(r["end"])))
        assert r["measure"] in MEASURES and r["qualifier"] in QUALIFIERS, r
        assert r["status"] in {"", "actual", "target"}, r
        if r["measure"] not in ("none", ""):
            float(r["value"])


@pytest.mark.parametrize("report", REPORTS, ids=IDS)
def test_report_meets_the_bar(report):
    res = score(str(report), str(_gold(report)))
    n = max(res["facts"], 1)
    recall = res["value_ok"] / n
    assert recall >= MIN_RECALL, res["problems"]
    for field, (ok, tot) in res["checks"].items():
        assert tot == 0 or ok / tot >= MIN_FIELD, (field, ok, tot, res["problems"])
    assert res["false_pos"] <= MAX_FALSE_POS, res["problems"]


def test_gbk_report_is_stored_as_gb18030_with_crlf():
    path = GOLD / "constructed" / "xicheng_2020_h1_gbk" / "xicheng_2020_h1_gbk.txt"
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    decoded = raw.decode("gb18030")
    assert "\r\n" in decoded
    assert dh.load_report(path).text == decoded.replace("\r\n", "\n").strip()
