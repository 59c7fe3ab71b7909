"""Periods of parts, of shares after a level, of stocks told in a plan part and of the starting values of a 分别 list.

A part after 其中 whose item prints no time of its own is counted at its total's time: 其中高速铁路超过1.9万公里 after
铁路营业里程达到12.1万公里 (2015年 under 过去五年 in 2016) is of 2015年 too, not of the span; 其中，出口总额将达到
四百零二亿元 after 到一九八五年…进出口贸易总额将达到八百五十五亿元 is of 一九八五年, not of the plan's 五年内. A part that
prints a time (截至6月底已开工11个), or a starting value of a move, keeps its own. A share printed right after a level
reached at the end of a span, carrying its name or joined to it by 、, is of that end
(从9000多公里增加到2万5千公里、占世界三分之二 → 2017年), and so is a share right after a part given its total's time.
A stock a plan part says stands now (已达, 已设立, 我国有) is
of the year reviewed, the last year the report counts (我国60岁以上人口已达2.5亿 in 2019 → 2018年), and so is a count
listed right after it with only its noun between (我国有13亿人口、9亿劳动力资源 → 9亿 of 2014年). The starting values
of a 分别 list after 由上年 are of the year before the sentence's (由上年分别增长5.6％和13.1％ in 2006年 → 2005年).
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2023_BLOCKS = "确定2023年实施街区更新项目32个,其中申请式退租项目4个,已完成退租签约386户。"
S2021_PROJECTS = "全年安排重点工程项目76个，其中新开工项目18个，截至6月底已开工11个，续建项目58个全部复工。"
S2007_EMISSIONS = ("2006 年，单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%；主要污染物排放总量增幅减缓，"
                   "化学需氧量、二氧化硫排放量由上年分别增长5.6％和13.1％，减为增长1.2%和1.8%。")


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    (2016, "其中高速铁路超过1.9万公里", "1.9万公里", "2015年"),  # national work report 2016: a part of a stock reached
    (2016, "其中高速铁路超过1.9万公里，占世界60%以上", "60%", "2015年"),  # national work report 2016: its share
    (1982, "其中，出口总额将达到四百零二亿元", "四百零二亿元", "一九八五年"),  # national work report 1982
    (1982, "进口总额将达到四百五十三亿元", "四百五十三亿元", "一九八五年"),  # national work report 1982
    (1959, "其中，工业总产值达到了六百五十亿二千万元", "六百五十亿二千万元", "一九五七年"),  # national work report 1959
    (1959, "手工业总产值达到了一百三十三亿七千万元", "一百三十三亿七千万元", "一九五七年"),  # national work report 1959
])
def test_a_part_printing_no_time_is_of_its_total_time(work_reports, year, phrase, printed, period):
    assert work_reports.fact_at(year, phrase, printed)["period"] == period


def test_a_part_of_a_year_planned_is_of_that_year():
    # Dongcheng district, half-year report of 2023
    assert fact(S2023_BLOCKS, "4个")["period"] == "2023年"


S2021_POPULATION = ("丰台区统计局 2021年上半年统计快讯\n"
                    "【常住人口】据人口变动抽样调查和第七次全国人口普查结果推算，上年末全区常住人口201.9万人，"
                    "其中外来人口59.3万人，占常住人口的比重为29.4%。")


@pytest.mark.parametrize("printed", ["201.9万人", "59.3万人", "29.4%"])
def test_a_part_and_its_share_are_of_the_year_end_of_their_total(printed):
    # the constructed bulletin short_bulletins (a written sentence, no real text prints it): the part and its share
    # are counted at the end of last year as the total is, not in the half-year the bulletin reports
    assert fact(S2021_POPULATION, printed)["period"] == "2020年末"


def test_a_part_printing_a_time_keeps_it():
    # Xicheng district, half-year report of 2021: begun by the end of June, not in the year planned
    assert fact(S2021_PROJECTS, "11个")["period"] == "截至6月底"
    assert fact(S2021_PROJECTS, "18个")["period"] == fact(S2021_PROJECTS, "76个")["period"]


def test_the_starting_value_of_a_part_keeps_its_year(work_reports):
    # national work report 2003: 其中高速公路由4771公里增加到2.52万公里, the A of 1997 as its total's A
    assert work_reports.fact_at(2003, "其中高速公路由4771公里", "4771公里")["period"] == "1997年"


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    (2018, "增加到2万5千公里、占世界三分之二", "三分之二", "2017年"),  # national work report 2018: under 过去五年
    (2016, "高铁营业里程达到3万公里、覆盖80%以上的大城市", "80%", "2020年"),  # national work report 2016: the plan's end
])
def test_a_share_after_a_level_reached_at_a_span_end_is_of_that_end(work_reports, year, phrase, printed, period):
    assert work_reports.fact_at(year, phrase, printed)["period"] == period


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    (2019, "我国60岁以上人口已达2.5亿", "2.5亿", "2018年"),  # national work report 2019
    (2022, "我国有2.9亿在校学生", "2.9亿", "2021年"),  # national work report 2022
    (2015, "国家已设立400亿元新兴产业创业投资引导基金", "400亿元", "2014年"),  # national work report 2015
    (1997, "全国有２４万多户国有小企业", "２４万多户", "1996年"),  # national work report 1997
    (1995, "现在我国人口已经达到１２亿", "１２亿", "1994年"),  # national work report 1995
    (2015, "我国有13亿人口、9亿劳动力资源", "9亿", "2014年"),  # national work report 2015: listed after the stock
])
def test_a_stock_standing_now_in_a_plan_part_is_of_the_year_reviewed(work_reports, year, phrase, printed, period):
    assert work_reports.fact_at(year, phrase, printed)["period"] == period


def test_a_round_stock_over_a_number_in_a_plan_part_is_of_the_year_reviewed(work_reports):
    # national work report 2019, plan part: 上 before 亿 says over a round number, the count still a stock standing now
    row = work_reports.fact_at(2019, "我国有上亿市场主体，而且还在不断增加", "亿")
    assert (row["status"], row["period"], row["qualifier"], "year_inferred" in row["flags"]) == (
        "actual", "2018年", "over", False)


def test_a_figure_of_a_plan_part_told_as_no_stock_keeps_no_period(work_reports):
    # national work report 2019: a round count of what a plan speaks of, no stock said to stand
    assert work_reports.fact_at(2019, "近14亿中国人的饭碗", "14亿")["period"] == ""


@pytest.mark.parametrize(("printed", "within", "period"), [
    ("5.6％", "由上年分别增长5.6％", "2005年"),
    ("13.1％", "和13.1％", "2005年"),
    ("1.2%", "减为增长1.2%", "2006年"),
    ("4.9％", "上升4.9％", "2003年"),
])
def test_the_starting_values_of_a_list_after_the_year_before_are_of_that_year(printed, within, period):
    # national work report 2007
    assert fact(S2007_EMISSIONS, printed, within)["period"] == period


def test_a_population_a_place_has_in_a_plan_part_is_a_stock(work_reports):
    # national work report 1959, part 四 (after the plan): 共有人口 states the people a place has, nothing planned
    row = work_reports.fact_at(1959, "西藏，包括昌都、前藏、后藏三部分地方，共有人口一百二十万", "一百二十万")
    assert (row["status"], "year_inferred" in row["flags"]) == ("actual", False)


def test_a_total_a_plan_part_counts_with_gongyou_stays_planned(work_reports):
    # national work report 1959: the projects to build this year, counted with 共有, are the plan's
    assert work_reports.fact_at(1959, "在今年进行建设的限额以上的项目共有一千零九十二个", "一千零九十二个")["status"] == "target"
