"""A level or a rate reached under a review of several years, read by one rule (``_level_reached``).

Under a span of years (过去五年, 五年来, a review frame of five years), a figure a verb says was reached (达到, 突破,
超过) is of the span's last year when it is a stock (its name ending in 总数, 余额, 保有量 …, even when a verb of
what flows is inside it: 取消和调整的审批项目总数), a yearly level (里程, 增加值, 参保), a rate (覆盖率, 占比,
参保率; not the rate of a flow, 对世界经济增长贡献率, which is over the span), or whatever a clause that is only
the thing and 达到 reaches. A figure its clause sums or holds over the years (累计, 五年, 共, 持续, 保持) or a
level named by what flows (新增, 投入, 回国) keeps the span.
"""

from __future__ import annotations

import pytest


def report_period(work_reports, year: int, phrase: str, printed: str) -> str:
    """The period of the fact printed as ``printed`` inside the first ``phrase`` of the work report of ``year``."""
    return str(work_reports.fact_at(year, phrase, printed)["period"])


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # national work report 2013: a stock (总数) reached, a verb of disposal inside its name
        (2013, "国务院各部门取消和调整的审批项目总数达到2497项", "2497", "2012年"),
        # national work report 2016: rates reached with 超过 under 过去五年
        (2016, "基本养老保险参保率超过80%", "80", "2015年"),
        (2016, "超过一半人口居住在城镇", "一半", "2015年"),
        # national work report 2013: a share reached with 超过
        (2013, "企业研发活动支出占比超过74%", "74", "2012年"),
        # national work report 1988: a count of countries reached, now, under the review of 1983-1987
        (1988, "同我国建交的国家已经达到１３５个", "１３５", "1987年"),
        # national work reports 2023, 2016: levels reached with 突破 or 超过, by the name
        (2023, "工业增加值突破40万亿元", "40", "2022年"),
        (2016, "高速公路通车里程超过12万公里", "12", "2015年"),
        # national work report 2023: a rate, and a count of firms reached in a clause of the thing and 达
        (2023, "森林覆盖率达到24%", "24", "2022年"),
        (2023, "专精特新中小企业达7万多家", "7", "2022年"),
    ],
)
def test_a_level_or_rate_reached_is_of_the_span_last_year(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # national work report 2018: a contribution to growth is a rate of the flow over the five years
        (2018, "对世界经济增长贡献率超过30%", "30", "2013-2017年"),
        # national work report 2018: a share held over the years (持续)
        (2018, "财政性教育经费占国内生产总值比例持续超过4%", "4", "2013-2017年"),
        # national work report 2016: a flow reached keeps the span
        (2016, "城镇新增就业人数超过6400万人", "6400", "2011-2015年"),
        # national work report 2013: persons returned are a flow
        (2013, "留学回国人员达到54万人", "54", "2008-2012年"),
    ],
)
def test_a_flow_or_a_level_held_keeps_the_span(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period
