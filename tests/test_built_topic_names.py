"""A clause that only names what is built owns the bare investment of the clause after it.

A work report lists its building programmes as topics: ``交通运输和邮电通信建设，五年投资二百九十八亿元`` invests in
the building the clause names, so the investment is ``交通运输和邮电通信建设投资``, not a bare ``投资`` (an industry's
building, 石油工业建设, already names its industry's investment). The clause names nothing else: one that pushes the
building on (加快推进重点项目建设) keeps its own reading, and only a bare investment takes the topic as its owner (a
profit after it is no building's). Each sentence is copied from the report its comment names, unless the comment says
it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact


def test_the_building_a_clause_names_owns_the_investment_after_it():
    # national work report 1982
    s = "交通运输和邮电通信建设，五年投资二百九十八亿元，主要用于铁路和港口建设。"
    f = fact(s, "二百九十八亿元")
    assert (f["indicator"], f["measure"], f["value"]) == ("交通运输和邮电通信建设投资", "level", 2.98e10)


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written: the shape of a district report's programme of key projects
    ("重点项目建设，全年完成投资120亿元。", "120", "重点项目建设投资"),
    # written: the same topic closed by 方面
    ("基础设施建设方面，完成投资20亿元。", "20", "基础设施建设投资"),
    # national work report 1982: an industry's building names the industry's investment, as before
    ("石油工业建设，五年投资一百五十四亿元，重点勘探东北松辽盆地。", "一百五十四亿元", "石油工业投资"),
    # written: a clause that pushes the building on names what it pushes, as before
    ("加快推进重点项目建设，全年完成投资120亿元。", "120", "重点项目投资"),
])
def test_a_building_topic_names_the_investment(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_a_building_topic_owns_no_other_bare_measure():
    # written: a profit is no building's
    assert fact("重点项目建设，全年实现利润8亿元。", "8")["indicator"] == "利润"
