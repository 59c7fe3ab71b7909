"""What the tests of copy forms share: a text read into its report and fact rows, the fact printed at a phrase,
whether it is a part of another or of none, the scored columns of the rows, and the national work reports as given."""

from __future__ import annotations

import warnings
from dataclasses import replace
from functools import cache, lru_cache

from _work_reports import WorkReports

import dhcheng_analysis as dh

COLS = ["raw_value", "indicator", "measure", "value", "unit", "qualifier", "status", "period", "comparator"]


@cache
def reports() -> WorkReports:
    return WorkReports()


def read(text: str) -> tuple[dh.Report, list[dict]]:
    """The report of ``text`` and its fact rows: read once a test process, each caller given rows of its own."""
    report, rows = _read(text)
    return report, [dict(r) for r in rows]


@lru_cache(maxsize=1024)
def _read(text: str) -> tuple[dh.Report, tuple[dict, ...]]:
    report = dh.load_report(text, report_id="r")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(report)
    return report, tuple(f.to_dict("records"))


def fact_at(read_text: tuple[dh.Report, list[dict]], phrase: str, printed: str) -> dict:
    """The fact printed as ``printed`` inside the first ``phrase`` of the text."""
    report, rows = read_text
    at = report.text.index(phrase) + phrase.index(printed)
    hit = [r for r in rows if r["start"] <= at < r["end"]]
    assert len(hit) == 1, (phrase, printed)
    return hit[0]


def assert_parts(text: str, total: tuple[str, str], parts: list[tuple[str, str]]) -> None:
    """Each fact printed as ``printed`` in ``phrase`` of ``parts`` is a part of the fact ``total`` (a phrase and
    the figure printed in it) of ``text``."""
    r = read(text)
    t = fact_at(r, *total)
    for phrase, printed in parts:
        p = fact_at(r, phrase, printed)
        assert (p["parent_id"], p["relation"]) == (t["fact_id"], "part"), (phrase, p["indicator"], p["parent_id"])


def assert_alone(text: str, phrases: list[tuple[str, str]]) -> None:
    """Each fact printed as ``printed`` in ``phrase`` of ``phrases`` is a part of no fact of ``text``."""
    r = read(text)
    for phrase, printed in phrases:
        p = fact_at(r, phrase, printed)
        assert (p["parent_id"], p["relation"]) == ("", ""), (phrase, p["indicator"])


def table(rows: list[dict]) -> list[tuple]:
    return [tuple(str(r[c]) for c in COLS) for r in rows]


def given(year: int) -> tuple[dh.Report, list[dict]]:
    """The work report of ``year`` as given, read: its rows are those of the work report's one parse a test
    process (``WorkReports``), under the id ``read`` gives, each caller given rows of its own."""
    report, rows = _given(year)
    return report, [dict(r) for r in rows]


@cache
def _given(year: int) -> tuple[dh.Report, tuple[dict, ...]]:
    report, f = reports()[year]
    return (replace(report, report_id="r", metadata={**report.metadata, "report_id": "r"}),
            tuple(f.assign(report_id="r").to_dict("records")))
