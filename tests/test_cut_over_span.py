"""A cut printed as a share (削减44%, 压减74%, 缩短三分之一) under a span of years is a change over that span.

A growth with no base of its own whose period is a span of years is a ``change_pct`` over the span flagged
``multi_year``; a cut read with its verb (削减, 压减, 缩减, 缩短) is a ``change_pct`` already, and is flagged so too, so
that the three cuts of one sentence of a five-year review read alike. A cut of one year stays unflagged. Each sentence
is copied from the report named in its comment, or says that it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 2018, with its date line and the heading of its review
S2018 = ("——2018年3月5日在第十三届全国人民代表大会第一次会议上\n\n一、过去五年工作回顾\n\n"
         "五年来，国务院部门行政审批事项削减44%，非行政许可审批彻底终结，中央政府层面核准的企业投资项目减少90%，"
         "行政审批中介服务事项压减74%，职业资格许可和认定大幅减少。")
# written: a cut of one year in a district report
S_YEAR = "2018年，全区“三公”经费压减10%。"


@pytest.mark.parametrize(("printed", "value"), [("44%", -44.0), ("90%", -90.0), ("74%", -74.0)])
def test_a_cut_under_a_span_is_over_the_span(printed, value):
    f = fact(S2018, printed)
    assert (f["measure"], f["value"], f["period"]) == ("change_pct", value, "2013-2017年")
    assert "multi_year" in f["flags"].split(";")


def test_a_cut_of_one_year_is_no_change_over_years():
    f = fact(S_YEAR, "10%")
    assert (f["measure"], f["value"], f["period"]) == ("change_pct", -10.0, "2018年")
    assert "multi_year" not in f["flags"].split(";")
