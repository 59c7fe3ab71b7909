"""A line of many thousand characters with no full stop is read clause by clause.

Real sentences are short (the longest of the real texts at hand is under 400 characters); a text pasted or
converted with its full stops lost (one line of the bundled report's text with every 。 and line end made a
semicolon, a run of bare growths with commas) is no sentence, and read whole each figure's reading would look back
over all of it. Such a sentence is cut after the last clause mark inside each ``sentence_chars_max`` characters —
never at a comma grouping a number's thousands — and every figure is still read. The texts here are written.
"""

from __future__ import annotations

from pathlib import Path

import dhcheng_analysis as dh
from dhcheng_analysis.cuewords import layout_views

MOST = layout_views().sentence_chars_max
BUNDLED = Path(__file__).resolve().parent.parent / "data" / "dongcheng_2020_h1.txt"


def _bounds(report: dh.Report) -> list[tuple[int, int]]:
    starts, ends = report._sentence_bounds
    return list(zip(starts, ends, strict=True))


def test_a_long_line_of_clauses_is_cut_after_its_clause_marks():
    text = "地区生产总值增长5%，" * (3 * MOST // 10) + "。"
    report = dh.load_report(text)
    bounds = _bounds(report)
    assert len(bounds) > 1
    norm = report.norm
    assert all(b - a <= MOST for a, b in bounds[:-1])
    assert all(norm[b - 1] in ",，" for _, b in bounds[:-1])
    assert bounds[0][0] == 0 and bounds[-1][1] == len(norm)
    assert all(b == a2 for (_, b), (a2, _) in zip(bounds, bounds[1:], strict=False))


def test_every_figure_of_a_long_line_is_read():
    n = 3 * MOST // 10
    facts = dh.extract_facts(dh.load_report("地区生产总值增长5%，" * n + "。"))
    assert len(facts) == n
    assert set(facts["value"]) == {5.0} and set(facts["indicator"]) == {"地区生产总值"}


def test_no_cut_at_a_comma_grouping_thousands():
    text = "钢产量3,500万吨" * (MOST // 5)
    report = dh.load_report(text)
    assert all(not report.norm[b:b + 1].isdigit() for _, b in _bounds(report))
    facts = dh.extract_facts(report)
    assert set(facts["value"]) == {35_000_000.0}


def test_no_cut_at_a_comma_before_a_digit_at_the_end_of_a_length():
    """Written fixture: the comma of 12,34 falls on the last character of the first ``sentence_chars_max``; the digit
    after it is in sight, so the piece is not cut there."""
    unit = "收入12,34元"
    pad = (MOST - 1 - unit.index(",")) % len(unit)
    text = "总" * pad + unit * (2 * MOST // len(unit))
    report = dh.load_report(text)
    norm = report.norm
    assert norm[MOST - 1] == ","
    assert all(not norm[b:b + 1].isdigit() for _, b in _bounds(report))


def test_a_short_sentence_is_not_cut():
    text = "地区生产总值增长5%，一般公共预算收入下降3.2%。"
    report = dh.load_report(text)
    assert _bounds(report) == [(0, len(report.norm))]


def test_the_bundled_report_on_one_line_keeps_its_figures(bundled_facts):
    text = BUNDLED.read_text(encoding="utf-8")
    whole = bundled_facts  # (the run's one extraction of the same text)
    one_line = dh.extract_facts(dh.load_report(text.replace("\n", "；").replace("。", "；")))
    assert len(one_line) >= 0.9 * len(whole)
