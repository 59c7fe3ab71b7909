"""Periods printed as a count of years that the report's years make years. A rate held each year of a streak
(连续两年增长10%以上), and a value reached each year of one (连续5年超万亿斤), is of the streak's years, up to the year
reviewed: the streak is no period as printed.
Only an outcome takes them, and only when its sentence names no year before it (a year printed may end the
streak elsewhere). Sentences are copied verbatim from the State Council work reports
(the year of the report in the comment). The first years of a five-year plan (“十一五”前四年) are the years from the
plan's first. An amount a streak or a count of years sums (连续三年累计投入) is of those years, up to the year reviewed;
a streak held with no sum word (连续7年增产) stays no span of its own. On a payer (区财政连续三年累计投入) the streak is no
part of the amount's name. A count of years summed that opens a sentence (两年累计完成投资15亿元，新增就业岗位3000个)
holds for the figures of its later clauses too, as those years.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    # 2015, reviewing 2014
    (2015, "贫困地区农村学生上重点高校人数连续两年增长10%以上", "10%", "2013-2014年"),
    # 1995, reviewing 1994
    (1995, "由于已经连续三年增长速度在百分之十一以上", "百分之十一", "1992-1994年"),
    # 1994, the base of the plan, reached in the two years reviewed
    (1994, "在连续两年增长百分之十三的基础上", "百分之十三", "1992-1993年"),
])
def test_a_rate_held_over_a_streak_is_of_its_years(work_reports, year, phrase, printed, period):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["measure"], f["status"], f["period"]) == ("yoy_pct", "actual", period)


@pytest.mark.parametrize(("year", "phrase", "printed", "measure", "period"), [
    # 2007, reviewing 2006: each year's growth reached 10% or a little more
    (2007, "经济增长连续四年达到或略高于10%，没有出现明显通货膨胀", "10%", "yoy_pct", "2003-2006年"),
    # 2012, reviewing 2011: each year's output passed the mark
    (2012, "粮食总产量实现了历史罕见的“八连增”，连续5年超万亿斤", "万亿斤", "level", "2007-2011年"),
    # 2013, reviewing 2012: six years, not the five the report reviews
    (2013, "粮食总产量连续6年稳定在万亿斤以上并逐年增加", "万亿斤", "level", "2007-2012年"),
])
def test_a_value_reached_each_year_of_a_streak_is_of_its_years(work_reports, year, phrase, printed, measure, period):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["measure"], f["status"], f["period"]) == (measure, "actual", period)


@pytest.mark.parametrize("printed", ["14.38%", "9.66%", "13.14%"])
def test_the_first_years_of_a_plan_are_years_from_its_first(work_reports, printed):
    # 2010, reviewing 2009
    phrase = "“十一五”前四年累计单位国内生产总值能耗下降14.38%，化学需氧量、二氧化硫排放量分别下降 9.66%和13.14%"
    f = work_reports.fact_at(2010, phrase, printed)
    assert (f["measure"], f["status"], f["period"]) == ("change_pct", "actual", "2006-2009年")


def test_an_amount_summed_over_a_streak_is_of_its_years(work_reports):
    # 2007, reviewing 2006
    f = work_reports.fact_at(2007, "中央财政连续三年累计投入 90亿元，用于农村寄宿制学校建设工程", "90亿元")
    assert (f["measure"], f["status"], f["period"]) == ("level", "actual", "2004-2006年")


@pytest.mark.parametrize(("text", "printed", "indicator", "period"), [
    ("一、2023年工作回顾\n区财政连续三年累计投入3.2亿元，支持老旧小区改造。", "3.2亿元", "支持老旧小区改造的区财政投入",
     "2021-2023年"),
    ("一、2023年工作回顾\n三年累计投入3.2亿元。", "3.2亿元", "投入", "2021-2023年"),
    ("一、2023年工作回顾\n粮食产量连续7年增产，达到1.3万亿斤。", "1.3万亿斤", "粮食产量", "2023年"),
    ("一、2023年工作回顾\n区财政三年来累计投入3.2亿元，惠及居民2万户。", "3.2亿元", "区财政投入", "2021-2023年"),
    ("一、2023年工作回顾\n两年累计完成投资15亿元，新增就业岗位3000个。", "3000个", "新增就业岗位", "2022-2023年"),
])
def test_fixture_amounts_summed_over_years_in_a_district_review(text, printed, indicator, period):
    """Regression fixtures written in the shape of a district's review, not text of a published report."""
    f = fact_at(text, printed)
    assert (f["indicator"], f["period"]) == (indicator, period)
