"""The number of a heading by its place in an outline (2.1, 3.1.2), opening its line with a space before the
heading's words, is a marker: no figure, and no part of the name of a figure the heading runs into. A value a line
wraps to, with a unit after the space (``3.2 万亿元``), stays a figure. No real excerpt at hand numbers its headings
so, so the texts are written, as budget reports lay them out.
"""

from __future__ import annotations

from _sentences import fact, facts

import dhcheng_analysis as dh


def test_heading_number_on_its_own_line_is_a_marker():
    # written
    text = "二、预算执行情况\n2.1 一般公共预算收入\n全区一般公共预算收入完成56亿元,增长5%。\n2.2 一般公共预算支出\n支出完成80亿元。\n"
    assert list(facts(text)["raw_value"]) == ["56", "5", "80"]
    m = dh.mentions(text)
    assert list(m.loc[m["text"].isin(["2.1", "2.2"]), "role"]) == ["marker", "marker"]


def test_heading_number_run_into_its_sentence_is_no_part_of_the_name():
    # written
    text = "一、执行情况\n3.1 税收收入完成45亿元,增长5%。\n3.2 非税收入完成12亿元。\n"
    got = facts(text)
    assert list(got["raw_value"]) == ["45", "5", "12"]
    assert fact(text, "45亿元")["indicator"] == "税收收入"
    assert fact(text, "12亿元")["indicator"] == "非税收入"


def test_value_a_line_wraps_to_keeps_its_unit():
    # written
    text = "地区生产总值完成\n3.2 万亿元，增长5%。\n"
    f = fact(text, "3.2")
    assert (f["value"], f["unit"]) == (3.2e12, "元")
