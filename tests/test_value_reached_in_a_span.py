"""The period of a value a change reaches under a span of years opening its paragraph.

A span of years that opens a paragraph (五年内，…) holds for the figures after it: an amount done over the span is of
the whole span (全国造林面积2787万公顷 → 1998-2002年). A value a change verb with 到 reaches (降到, 提高到) is where the
quantity stands at the end of the span, of its last year (人口自然增长率降到6.45‰ → 2002年), as under a review frame of
years (README period row). Each test is a sentence of the report named in its comment, unless it says it is written.
"""

from __future__ import annotations

from _sentences import facts

HEAD_2003 = "2003年政府工作报告\n\n一、过去五年政府工作的回顾\n\n"


def test_a_value_reached_is_of_the_span_s_last_year(work_reports):
    # national work report 2003: after 五年内，全国造林面积2787万公顷… in the paragraph
    f = work_reports.fact_at(2003, "人口自然增长率降到6.45‰", "6.45‰")
    assert (f["indicator"], f["period"]) == ("人口自然增长率", "2002年")


def test_a_standard_raised_to_a_value_is_of_the_span_s_last_year(work_reports):
    # national work report 2013, under 五年来 in its review
    f = work_reports.fact_at(2013, "将扶贫标准提高到2300元", "2300元")
    assert (f["indicator"], f["period"]) == ("扶贫标准", "2012年")


def test_amounts_of_the_span_keep_the_span():
    # written, of the 2003 report's paragraph: the amount done over the years keeps them, and so does a level
    # printed with no verb of change after the value reached
    f = facts(HEAD_2003 + "可持续发展能力增强。五年内，全国造林面积2787万公顷。人口自然增长率降到6.45‰，进入了稳定低生育水平的"
              "时期。森林覆盖率18%。")
    assert list(f["period"]) == ["1998-2002年", "2002年", "1998-2002年"]
