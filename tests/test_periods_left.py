"""Periods of figures in the State Council work reports that earlier readings got wrong.

Each phrase is copied verbatim from the work report of the year named; each test asserts the period a reading
by eye gives the figure (a bare 五年 before a noun is a span of five years, written as the other spans are).
"""

from __future__ import annotations

import pytest
from _work_reports import WorkReports


@pytest.fixture(scope="module")
def reports():
    return WorkReports()


# -- a bare 五年 before a noun: the five years reviewed or planned -------------------------------------

@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    (1993, "大力发展电力工业，五年新增装机容量６５００万千瓦。", "６５００", "1993-1997年"),
    (1993, "实行优生优育，五年平均人口自然增长率控制在千分之十三左右。", "千分之十三", "1993-1997年"),
    (1998, "运输邮电业迅速发展，五年铁路正线铺轨总里程1 1 3 4 4 公里", "1 1 3 4 4", "1993-1997年"),
    (1998, "五年全社会固定资产投资累计完成近1 0 万亿元。", "1 0", "1993-1997年"),
    (2003, "五年全国公路建设投资12343亿元，扣除价格变动因素", "12343", "1998-2002年"),
])
def test_bare_five_years_before_a_noun_is_the_span(reports, year, phrase, printed, period):
    assert reports.fact_at(year, phrase, printed)["period"] == period


def test_bare_five_years_takes_the_plan_its_sentence_names(reports):
    # 2007: the five years of the “十一五” the sentence opens with, not the five from the year planned
    phrase = ("“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦；五年淘汰落后炼铁产能1亿吨、"
              "落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。")
    got = [reports.fact_at(2007, phrase, p)["period"] for p in ("1亿", "5500", "3000")]
    assert got == ["2006-2010年", "2006-2010年", "2007年"]


def test_bare_five_years_mid_sentence_holds_in_its_clause_only(reports):
    # 2023: 十年 after it is no part of the five years
    phrase = "国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%"
    assert reports.fact_at(2023, phrase, "5.2")["period"] == "2018-2022年"
    assert reports.fact_at(2023, phrase, "70")["period"] != "2018-2022年"


def test_bare_five_years_in_a_paragraph_of_five_years_held(reports):
    # 1983: the years 从一九七八年到一九八二年 set before in the paragraph
    phrase = "五年招收研究生四万三千多人，比“ 文化大革命”前十七年的总和还多百分之八十三。"
    assert reports.fact_at(1983, phrase, "四万三千")["period"] == "1978-1982年"


# -- the start of a move (从A到B) that prints no time of its own ------------------------------------------

def test_start_of_a_move_is_of_the_year_its_sentence_compares_with(reports):
    # 2003: 是1997年的1.8倍 before it; the start is 1997's, not the year before 2002
    phrase = "2002年，全国财政性教育经费投入3366亿元，是1997年的1.8倍，占国内生产总值的比重从2.5%提高到3.3%。"
    assert reports.fact_at(2003, phrase, "2.5")["period"] == "1997年"
    assert reports.fact_at(2003, phrase, "3.3")["period"] == "2002年"


def test_start_rank_of_a_move_is_of_the_year_its_sentence_compares_with(reports):
    # 2008
    phrase = "2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%，从世界第六位上升到第四位"
    assert reports.fact_at(2008, phrase, "第六")["period"] == "2002年"
    assert reports.fact_at(2008, phrase, "第四")["period"] == "2007年"


def test_qualified_start_of_a_move_in_a_review_of_five_years(reports):
    # 2021: 从不到70万亿元 is the start (the qualifier between 从 and the figure), the level before the five years
    phrase = "国内生产总值从不到70万亿元增加到超过100万亿元。"
    start, end = reports.fact_at(2021, phrase, "70"), reports.fact_at(2021, phrase, "100")
    assert (start["period"], start["qualifier"]) == ("2015年", "under")
    assert (end["period"], end["qualifier"]) == ("2020年", "over")


# -- a date inside a modifier bounds the things counted ------------------------------------------------

def test_date_before_which_the_things_counted_were_issued_is_no_period(reports):
    # 2003: 2000年底以前发布的 says which regulations; the clean-up is of the five years reviewed, and the next
    # sentence does not take the date either
    phrase = ("对2000年底以前发布的756件行政法规进行全面清理，废止71件，宣布失效80件。"
              "国务院各部门共清理涉外规章和有关政策规定2300件，废止830件，修订325件。")
    got = [reports.fact_at(2003, phrase, p)["period"] for p in ("756", "71", "2300", "325")]
    assert got == ["1998-2002年"] * 4


# -- 明年 and 前三年: years counted from the one the sentence speaks of ---------------------------------

def test_next_year_after_this_year_in_a_plan_is_the_year_after(reports):
    # 2007: 今年 is 2007, so 明年 is 2008
    phrase = "为此中央财政支出将由上年18亿元增加到95亿元，明年将安排200亿元，地方财政也要相应增加支出"
    assert reports.fact_at(2007, phrase, "95")["period"] == "2007年"
    assert reports.fact_at(2007, phrase, "200")["period"] == "2008年"


def test_next_year_alone_in_a_report_planning_the_year_after_its_own(reports):
    # 1980 (关于1980、1981年国民经济计划安排的报告): 明年 is the year planned
    assert reports.fact_at(1980, "明年能源生产计划增长0.9％", "0.9")["period"] == "1981年"


def test_each_of_the_three_years_before_is_a_year_of_its_own(reports):
    # 2007: 由前三年分别上升 three rates, one of each year before 2006
    phrase = "单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%"
    got = [reports.fact_at(2007, phrase, p)["period"] for p in ("4.9", "5.5", "0.2", "1.2")]
    assert got == ["2003年", "2004年", "2005年", "2006年"]
