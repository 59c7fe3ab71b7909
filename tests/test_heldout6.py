"""Extraction quality on a sixth set of held-out reports (constructed, fictional figures).

``tests/gold/heldout6/`` holds three reports of the genre with hand-labelled gold files in
the columns of ``seed_gold.csv``:

- ``wuhou_2023_h1.txt``: a half-year report of a district of 成都 (industry and services value
  added, investment promotion, 民生实事 counts, urban/rural income with 分别, CPI, energy
  intensity, air-quality days, forest cover, second-half targets; names such as 天府三街,
  第31届, 1号线 and 5G are not figures);
- ``kunshan_2021_q1q3.html``: a saved web page of a county-level city's first-three-quarters
  report, with navigation, breadcrumb, footer and an HTML table of main indicators rendered
  by the loader as pipe rows, plus prose in 亿美元, 件 and completion shares;
- ``dongcheng_2023_h1.txt``: a half-year report written in the phrasing of the bundled
  Dongcheng report, for a recovery year (同比 and 比2019年同期 comparisons).

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
HELDOUT = GOLD / "heldout6"
sys.path.insert(0, str(GOLD))
from score_facts import score  # noqa: E402

REPORTS = ["wuhou_2023_h1.txt", "kunshan_2021_q1q3.html", "dongcheng_2023_h1.txt"]
MEASURES = {"level", "yoy_pct", "change_pct", "completion_pct", "pp_diff", "rate_pct", "rank",
            "abs_change"}
QUALIFIERS = {"", "exact", "over", "nearly", "about", "at_least", "at_most", "under"}

MIN_RECALL = 0.97
MIN_FIELD = 0.95
MAX_FALSE_POS = 0


def _gold(name: str) -> Path:
    return HELDOUT / f"{Path(name).stem}_gold.csv"


def _rows(name: str) -> list[dict[str, str]]:
    with open(_gold(name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("name", REPORTS)
def test_gold_file_is_well_formed(name):
    with open(GOLD / "seed_gold.csv", encoding="utf-8", newline="") as fh:
        seed_columns = next(csv.reader(fh))
    with open(_gold(name), encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == seed_columns
    text = dh.load_report(HELDOUT / name).text
    rows = _rows(name)
    figures = [r for r in rows if r["measure"] != "none"]
    negatives = [r for r in rows if r["measure"] == "none"]
    assert 80 <= len(figures) <= 140
    assert 10 <= len(negatives) <= 20
    for r in rows:
        assert text.count(r["context"]) == 1, r
        start = text.index(r["context"]) + r["context"].index(r["mention"])
        assert (int(r["start"]), int(r["end"])) == (start, start + len(r["mention"])), r
        assert text[int(r["start"]):int(r["end"])] == r["mention"]
    for r in figures:
        assert r["measure"] in MEASURES, r
        assert r["qualifier"] in QUALIFIERS, r
        assert r["status"] in {"", "actual", "target"}, r
        float(r["value"])
    assert len({(r["start"], r["end"]) for r in figures}) == len(figures)


@pytest.mark.parametrize("name", REPORTS)
def test_report_length_and_fiction_notice(name):
    raw = (HELDOUT / name).read_text(encoding="utf-8")
    assert 3000 <= len(raw) <= 4500
    assert "虚构" in dh.load_report(HELDOUT / name).text.splitlines()[0] or "虚构" in raw[:1500]


@pytest.mark.parametrize("name", REPORTS)
def test_heldout_report_meets_the_bar(name):
    res = score(str(HELDOUT / name), str(_gold(name)))
    n = max(res["facts"], 1)
    recall = res["value_ok"] / n
    fields = {k: ok / tot for k, (ok, tot) in res["checks"].items() if tot}
    assert recall >= MIN_RECALL, res["problems"]
    for field, acc in fields.items():
        assert acc >= MIN_FIELD, (field, acc, res["problems"])
    assert res["false_pos"] <= MAX_FALSE_POS, res["problems"]
