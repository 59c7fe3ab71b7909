"""The period of a figure read against a span of years, on verbatim sentences of the national work reports.

Under a review frame of several years (一、过去五年工作回顾), a level or a rate a clause reaches with 达到 or 达,
with no word of a sum (累计, 合计, 共), no part (其中), no flow (新增, 新建) and no span of its own (五年) in the
clause, is of the span's last year, as one reached with 增加到 is: 铁路营业里程达到12.1万公里 in 2016 →
``2015年``, and so is what a programme covers (社会养老保险覆盖9亿多人 in 2018 → ``2017年``; what it reaches,
惠及, is a flow); 五年中央财政用于科技的投入达到3406亿元 keeps its span. So is the share (占) of such a level printed
after it, and a rank, unless held over the years (稳居, 连续, 保持), under a span its paragraph opens with
(五年来，…规模跃居世界第二位) too. A span of years led by 今后 or 未来 and
closed by 内 (今后三年内) is counted ahead from the year planned, and so is a target's bare 三年内, of any length.
A streak (连续7年增产) is no span of a figure's own under a review frame: the figures of its sentence keep the
frame, and an average per year after it (年均增长10%) is over the streak's years up to the frame's last.
"""

from __future__ import annotations

import pytest


def report_period(work_reports, year: int, phrase: str, printed: str) -> str:
    """The period of the fact printed as ``printed`` inside the first ``phrase`` of the work report of ``year``."""
    return str(work_reports.fact_at(year, phrase, printed)["period"])


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # national work report 2016, under 一、“十二五”时期和2015年工作回顾 … 过去五年
        (2016, "铁路营业里程达到12.1万公里", "12.1", "2015年"),
        # national work report 2013: a count and a life span reached under 过去五年
        (2013, "各项养老保险参保达到7.9亿人", "7.9", "2012年"),
        (2013, "国民健康水平进一步提高，人均预期寿命达到75岁", "75", "2012年"),
        # national work report 2023: a rate reached under 过去五年
        (2023, "森林覆盖率达到24%", "24", "2022年"),
        # national work report 2018: a stock reached, its rise over the five years printed after it
        (2018, "各类市场主体达到9800多万户", "9800", "2017年"),
        # national work reports 2018 and 2008: what a programme covers (覆盖) is a stock, of the span's end (2023's
        # 覆盖10.5亿人 in test_levels_reached_over_a_span)
        (2018, "社会养老保险覆盖9亿多人，基本医疗保险覆盖13.5亿人", "9亿", "2017年"),
        (2018, "社会养老保险覆盖9亿多人，基本医疗保险覆盖13.5亿人", "13.5亿", "2017年"),
        (2008, "远程教育已覆盖36万所农村中小学", "36万", "2007年"),
        # national work report 2018: those a programme reaches (惠及) are a flow over the span
        (2018, "营养改善计划惠及3600多万农村学生", "3600", "2013-2017年"),
    ],
)
def test_a_level_reached_under_a_span_is_of_its_last_year(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # national work report 2008: a span of its own in the clause (五年…达到)
        (2008, "五年中央财政用于科技的投入达到3406亿元", "3406", "2003-2007年"),
        # national work report 1988: what was newly added over the span, a flow
        (1988, "全民所有制企业新增加的固定资产达到５８５４亿元", "５８５４", "1983-1987年"),
        # national work report 2003: a part (其中) of a total done over the span
        (2003, "其中鄱阳湖、洞庭湖还湖面积分别达到880平方公里", "880", "1998-2002年"),
    ],
)
def test_a_sum_reached_under_a_span_keeps_the_span(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # national work report 2009
        (2009, "今后三年内中央财政再支持5000所中心乡镇卫生院", "5000", "2009-2011年"),
        # the rate the plan reaches within it: the last of the years counted from the year planned
        (2009, "三年内参保率均提高到90%以上", "90%", "2011年"),
    ],
)
def test_a_span_within_so_many_years_ahead_is_counted_from_the_year_planned(
        work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # national work report 2011, under 一、“十一五”时期…的回顾: a streak before is no span of the figure's own
        (2011, "农民人均纯收入达到5919元", "5919", "2010年"),
        (2011, "新型农村社会养老保险试点覆盖24%的县", "24%", "2010年"),  # (the share covered: the frame's last year)
        # the same: an average per year after a streak is over the streak's years, up to the frame's last
        (2011, "连续7年提高企业退休人员基本养老金水平，年均增长10%", "10%", "2004-2010年"),
    ],
)
def test_a_streak_under_a_review_frame_leaves_the_frame_to_its_figures(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # national work report 2013, under 过去五年: a rank reached, and the share of a total reached
        (2013, "国内生产总值从26.6万亿元增加到51.9万亿元，跃升到世界第二位", "第二", "2012年"),
        (2013, "国务院各部门取消和调整的审批项目总数达到2497项，占原有审批项目的69.3%", "69.3%", "2012年"),
        # national work report 2003, under 五年来
        (2003, "固定电话和移动电话用户由8354万户增加到4.21亿户，居世界首位", "首位", "2002年"),
        # national work report 2016: a rank held over the years keeps the span
        (2016, "经济总量稳居世界第二位", "第二", "2011-2015年"),
        # national work reports 2018 and 2013: a rank reached under a span a paragraph opens with (五年来，…)
        (2018, "全社会研发投入年均增长11%，规模跃居世界第二位", "第二", "2017年"),
        # national work report 2023: held for years (连续多年) keeps the span
        (2023, "突破40万亿元并连续多年居世界首位", "首位", "2018-2022年"),
    ],
)
def test_a_rank_or_share_reached_under_a_span_is_of_its_last_year(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period
