"""A basis of time printed with a figure (每天, 平均每天, 每日, 日均, 每月, 月均) is kept at the head of its name as 日均 or
月均, as a name keeps 人均, so that a figure per day is never read as the yearly one (nor keyed as it): a name closed
by 新增 with the basis before the verb, and a clause of only the basis and the verb named by the figure before it.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # national work report 2016
        ("大众创业、万众创新蓬勃发展，全年新登记注册企业增长21.6%，平均每天新增1.2万户。", "1.2", "日均新登记注册企业"),
        # national work report 2017
        ("大众创业、万众创新广泛开展，全年新登记企业增长24.5%，平均每天新增1.5万户，加上个体工商户等，各类市场主体每天"
         "新增4.5万户。", "1.5", "日均新登记企业"),
        ("大众创业、万众创新广泛开展，全年新登记企业增长24.5%，平均每天新增1.5万户，加上个体工商户等，各类市场主体每天"
         "新增4.5万户。", "4.5万", "日均新增各类市场主体"),
        # national work report 2019: printed so
        ("大众创业万众创新深入推进，日均新设企业超过1.8万户。", "1.8", "日均新设企业"),
        # national work report 1995: no basis of time
        ("居民储蓄存款新增６３００多亿元。", "６３００", "居民储蓄存款"),  # (a balance: it rises by the figure)
    ],
)
def test_a_basis_of_time_stays_in_the_name(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


def test_a_figure_per_day_takes_no_key_of_the_yearly_one():
    # national work report 2017
    s = "加上个体工商户等，各类市场主体每天新增4.5万户。"
    assert fact(s, "4.5")["indicator_key"] == "daily_new_market_entities"  # the day's concept, not new_market_entities
