"""An absolute change or a change in points over a span of years is flagged ``multi_year``.

A change of an amount (abs_change) or of a rate in points (pp_diff) whose period is a span of several years and that
is compared with no base is the change over the whole span, not a year's: it carries ``multi_year`` as a percent
change over the span does. A streak of years a change held each year (连续两年) is no such span. Each sentence is
quoted from the national work report its test names.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("year", "sentence", "printed", "measure", "period"), [
    # national work report 2018: the five years reviewed
    (2018, "优化能源结构，煤炭消费比重下降8.1个百分点", "8.1", "pp_diff", "2013-2017年"),
    # national work report 2007: 五年淘汰落后炼铁产能1亿吨 under “十一五”期间
    (2007, "五年淘汰落后炼铁产能1亿吨", "1亿吨", "abs_change", "2006-2010年"),
    # national work report 2011: a target of the twelfth five-year plan
    (2011, "服务业增加值在国内生产总值中的比重提高4个百分点", "4个百分点", "pp_diff", "2011-2015年"),
])
def test_change_over_a_span_is_flagged(work_reports, year, sentence, printed, measure, period):
    f = work_reports.fact_at(year, sentence, printed)
    assert (f["measure"], f["period"]) == (measure, period)
    assert "multi_year" in f["flags"].split(";")


def test_change_of_one_year_is_not_flagged(work_reports):
    # national work report 2017: a cut of the year planned
    f = work_reports.fact_at(2017, "今年要再压减钢铁产能5000万吨左右", "5000万吨")
    assert (f["measure"], f["period"]) == ("abs_change", "2017年")
    assert "multi_year" not in f["flags"].split(";")


@pytest.mark.parametrize(("year", "sentence", "printed", "comparator"), [
    # national work report 2018: the five years reviewed, under 一、过去五年工作回顾
    (2018, "优化能源结构，煤炭消费比重下降8.1个百分点，清洁能源消费比重提高6.3个百分点", "6.3个百分点", "过去五年"),
    # national work report 2023: under 一、过去一年和五年工作回顾, after 五年来 opening the review
    (2023, "地级及以上城市空气质量优良天数比例达86.5%、上升4个百分点", "4个百分点", "五年来"),
])
def test_points_moved_over_a_span_are_compared_with_its_start(work_reports, year, sentence, printed, comparator):
    # a rate moved over the span reviewed is compared with the span's start, named as a growth over it is
    f = work_reports.fact_at(year, sentence, printed)
    assert (f["measure"], f["comparator"]) == ("pp_diff", comparator)
    assert "multi_year" in f["flags"].split(";")


@pytest.mark.parametrize(("year", "sentence", "printed", "period"), [
    # national work report 2018: under 一、过去五年工作回顾
    (2018, "加强散煤治理，推进重点行业节能减排，71%的煤电机组实现超低排放", "71%", "2017年"),
    # national work report 2023: under 一、过去一年和五年工作回顾
    (2023, "加快数字政府建设，90%以上的政务服务实现网上可办", "90%", "2022年"),
    # national work report 1993: 已有…的县普及了, under 过去五年
    (1993, "全国已有百分之七十六的县普及了小学教育", "百分之七十六", "1992年"),
])
def test_share_of_units_in_a_state_reached_is_of_the_span_end(work_reports, year, sentence, printed, period):
    # the share of the units that have reached a state is a stock, at the end of the span reviewed
    f = work_reports.fact_at(year, sentence, printed)
    assert (f["measure"], f["period"]) == ("rate_pct", period)


def test_share_of_a_flow_over_a_span_keeps_the_span(work_reports):
    # national work report 2023: what was spent over the five years, not a state reached
    f = work_reports.fact_at(2023, "全国财政支出70%以上用于民生", "70%")
    assert (f["measure"], f["period"]) == ("rate_pct", "2018-2022年")
