"""Real reports in the layouts a copy of them takes: a sentence on each line (as some web pages and copy
tools give a text), every line opened with two full-width spaces (as Chinese documents indent paragraphs).

The texts are the State Council work reports bundled with the package (the same texts as
``/work/shared/corpus/national_work_reports``) and the real excerpts of ``tests/gold/real/texts``; each is
rewritten in the layout, and its facts must be the facts of the text as given.
"""

from __future__ import annotations

import warnings
from functools import cache
from pathlib import Path

import pytest
from _work_reports import WorkReports

import dhcheng_analysis as dh

REAL = Path(__file__).parent / "gold" / "real" / "texts"
COLS = ["raw_value", "indicator", "measure", "value", "unit", "qualifier", "status", "period", "comparator"]


@cache
def reports() -> WorkReports:
    return WorkReports()


def sentence_lines(text: str) -> str:
    """Each sentence on a line of its own: a line break after every full stop."""
    return text.replace("。", "。\n")


def indented(text: str) -> str:
    """Every line opened with two full-width spaces (blank lines and table rows left as they are)."""
    lines = text.split("\n")
    return "\n".join(ln if i == 0 or not ln or ln.startswith("|") else "\u3000\u3000" + ln
                     for i, ln in enumerate(lines))


def read(text: str) -> tuple[dh.Report, list[dict]]:
    report = dh.load_report(text, report_id="r")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(report)
    return report, f.to_dict("records")


def fact_at(read_text: tuple[dh.Report, list[dict]], phrase: str, printed: str) -> dict:
    """The fact printed as ``printed`` inside the first ``phrase`` of the text."""
    report, rows = read_text
    at = report.text.index(phrase) + phrase.index(printed)
    hit = [r for r in rows if r["start"] <= at < r["end"]]
    assert len(hit) == 1, (phrase, printed)
    return hit[0]


def table(rows: list[dict]) -> list[tuple]:
    return [tuple(str(r[c]) for c in COLS) for r in rows]


@cache
def given(year: int) -> tuple[dh.Report, list[dict]]:
    return read(reports().texts[f"gwr_{year}"])


# --- every line indented ----------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [1957, 1998, 2006, 2017, 2022])
def test_a_report_indented_line_by_line_gives_the_facts_of_the_report_as_given(year):
    text = reports().texts[f"gwr_{year}"]
    assert table(read(indented(text))[1]) == table(given(year)[1])


def test_a_line_cut_by_a_page_of_a_web_copy_goes_on_when_every_line_is_indented():
    # 2017: "全面推开营改增试点，全年⏎​⏎降低企业税负5700多亿元，…" and "74个重点城市细颗粒物（PM⏎2.5⏎）年均浓度下降9.1%"
    form = read(indented(reports().texts["gwr_2017"]))
    fact = fact_at(form, "降低企业税负5700多亿元", "5700")
    assert (fact["indicator"], fact["measure"], fact["value"], fact["period"]) == (
        "企业税负", "abs_change", -570_000_000_000.0, "全年")
    fact = fact_at(form, "年均浓度下降9.1%", "9.1")
    assert fact["sentence"].startswith("强化大气污染治理")
    assert (fact["indicator"], fact["measure"], fact["period"]) == ("重点城市细颗粒物（PM2.5）年均浓度", "yoy_pct", "2016年")


def test_a_report_indenting_its_paragraphs_only_keeps_its_layout():
    # 1955 indents its paragraphs and not its headings: the indentation marks paragraphs, and stays
    text = reports().texts["gwr_1955"]
    assert "\n\u3000\u3000" in text
    assert "\n\u3000\u3000" in dh.load_report(text).text


@pytest.mark.parametrize("name", sorted(p.stem for p in REAL.glob("*.txt")))
def test_real_excerpts_indented_line_by_line_give_their_facts(name):
    text = dh.load_report(REAL / f"{name}.txt").text
    assert table(read(indented(text))[1]) == table(read(text)[1])
