"""A span of months printed with 月 on both ends or in words is the period of the figures it heads.

今年一月至九月 and 1月至9月 are the months 1-9月 names: the figures of the clause are of those months, not of
the year or the plan a heading above sets. The span is kept as printed (一月至九月), as 1-9月 is.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 1982
S1982 = ("这两年通过对社会治安的综合治理，社会秩序明显好转。今年一月至九月，全国刑事犯罪案件的发案数比去年同期下降了"
         "百分之十五点七。全国查处的经济违法犯罪案件从今年一月到九月共有十三万六千零二十四件，已经结案处理的四万四千六百六十三件。")


@pytest.mark.parametrize(("text", "printed", "period"), [
    (S1982, "百分之十五点七", "一月至九月"),
    (S1982, "十三万六千零二十四件", "一月到九月"),
    # written, as district bulletins print it
    ("2023年1月至9月，全区地区生产总值增长5.1%。", "5.1%", "1月至9月"),
    ("一至九月，全区固定资产投资增长5.1%。", "5.1%", "一至九月"),
])
def test_a_span_of_months_is_the_period(text, printed, period):
    assert fact(text, printed)["period"] == period


def test_a_span_of_months_keeps_its_base():
    # national work report 1982
    assert fact(S1982, "百分之十五点七")["comparator"] == "去年同期"
