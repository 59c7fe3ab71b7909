"""More readings of figures in the State Council work reports of 1993–2007, on verbatim sentences.

Each phrase is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the measure, comparator, qualifier, period or name of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# -- an amount added each year on average (平均每年增加) or over several years (五年增加) says so ------------------

@pytest.mark.parametrize(("year", "phrase", "printed", "comparator", "period"), [
    (2003, "全国财政收入从1997年的8651亿元增加到2002年的18914亿元，平均每年增加2053亿元；", "2053亿元", "平均每年",
     "1998-2002年"),
    (2003, "从1998年起，中央财政支出中教育经费所占比例每年提高一个百分点，仅此一项五年增加489亿元。", "489亿元", "五年",
     "1998-2002年"),
])
def test_an_amount_added_over_several_years_says_so(work_reports, year, phrase, printed, comparator, period):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["measure"], f["comparator"], f["period"]) == ("abs_change", comparator, period)
    assert "multi_year" in f["flags"]


def test_an_amount_added_against_the_years_before_keeps_that_base():
    # 1993: 比上一个五年增加 compares with the five years before, it is no change per year
    f = fact("五年来国家财政和社会各方面对教育事业的投入达３２００亿元，比上一个五年增加１７１０亿元。", "１７１０亿元")
    assert (f["measure"], f["comparator"]) == ("abs_change", "上一个五年")


# -- a doubling aimed at a year (到2010年, 原定２０００年, 本世纪末 …比1980年翻两番) measures what follows the year ---------

@pytest.mark.parametrize(("year", "phrase", "name"), [
    (1993, "就能够实现原定２０００年国民生产总值比１９８０年翻两番的宏伟目标。", "国民生产总值"),
    (1998, "提前实现了本世纪末国民生产总值比1 9 8 0 年翻两番的目标。", "国民生产总值"),
    (2001, "为到2010年国内生产总值比2000年翻一番奠定坚实基础；", "国内生产总值"),
    # the year of the goal a plan sets (提出的2010年) is no part of the name either
    (2006, "将会超过中央《建议》提出的2010年人均国内生产总值比2000年翻一番的要求。", "人均国内生产总值"),
])
def test_a_doubling_aimed_at_a_year_names_what_follows_the_year(work_reports, year, phrase, name):
    printed = "两番" if "两番" in phrase else "一番"
    assert work_reports.fact_at(year, phrase, printed)["indicator"] == name


def test_a_total_over_years_named_from_one_year_to_another_keeps_its_name():
    # 1958: the span printed before the name (一九五三年到一九五七年五年) is no part of it
    f = fact("一九五三年到一九五七年五年基本建设总投资额累计完成四百八十七亿七千七百万元，超过第一个五年计划总投资额百分之十四点一。",
             "四百八十七亿")
    assert f["indicator"] == "基本建设总投资额"


# -- 为此 (to this end) heading the clause is no part of the name ----------------------------------------------

def test_to_this_end_is_no_part_of_the_name(work_reports):
    # 2007
    f = work_reports.fact_at(2007, "为此中央财政支出将由上年18亿元增加到95亿元，明年将安排200亿元", "95亿元")
    assert f["indicator"] == "国家奖学金、助学金制度的中央财政支出"  # (what 为此 points back to names it)


# -- a figure of the last few years (这几年, 近年来) in a part that plans is an outcome -------------------------

def test_a_figure_of_the_last_few_years_in_a_plan_part_is_an_outcome(work_reports):
    # 1997, in 三、在国有企业改革方面迈出更大的步伐: the 58 cities are done, the 110 planned
    phrase = "这几年，国家先后在５８个城市进行了企业优化资本结构的试点，提供政策支持，推动了企业改组和结构调整，今年试点城市扩大到１１０个。"
    assert work_reports.fact_at(1997, phrase, "５８个")["status"] == "actual"
    assert work_reports.fact_at(1997, phrase, "１１０个")["status"] == "target"


# -- a figure a target is set to in a clause of its own (…宏观调控目标，定为百分之八至九) is the growth targeted ---------

@pytest.mark.parametrize("printed", ["百分之八", "九"])
def test_a_target_set_in_a_clause_of_its_own_is_the_growth_targeted(work_reports, printed):
    # 1995
    f = work_reports.fact_at(1995, "综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。", printed)
    assert (f["indicator_key"], f["measure"], f["status"]) == ("gdp", "yoy_pct", "target")


# -- a bare 万 of illiterates (文盲) counts persons ----------------------------------------------------------

def test_a_bare_count_of_illiterates_is_of_persons(work_reports):
    # 1998
    f = work_reports.fact_at(1998, "再扫除3 5 0 万青壮年文盲。", "3 5 0 万")
    assert (f["unit"], f["value"]) == ("人", 3_500_000)


def test_a_bare_count_of_troops_cut_is_of_persons():
    # 1988 (the same rule, on the name before the figure)
    f = fact("军队裁员１００万的任务已经完成，官兵素质有了提高，国防装备有了改善。", "１００万")
    assert f["unit"] == "人"


# -- a list whose first item opens with its payer and purpose (中央财政用于科技、教育…的支出) gives them to each -------

@pytest.mark.parametrize(("printed", "name"), [
    ("774亿元", "中央财政用于科技的支出"), ("536亿元", "中央财政用于教育的支出"), ("123亿元", "中央财政用于文化事业的支出"),
    ("39.4%", "中央财政用于教育的支出"),
])
def test_each_item_of_a_list_of_purposes_keeps_its_payer(work_reports, printed, name):
    # 2007
    phrase = ("全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、138亿元和123亿元，"
              "比上年增长29.2%、39.4%、65.4%和23.9%。")
    assert work_reports.fact_at(2007, phrase, printed)["indicator"] == name


# -- a year compared with, printed with spaced digits (比1 9 8 0 年), is the base of the change ---------------------

def test_a_base_year_printed_with_spaced_digits_is_the_comparator(work_reports):
    # 1998
    f = work_reports.fact_at(1998, "提前实现了本世纪末国民生产总值比1 9 8 0 年翻两番的目标。", "两番")
    assert (f["measure"], f["comparator"], f["value"]) == ("change_pct", "1980年", 300.0)
