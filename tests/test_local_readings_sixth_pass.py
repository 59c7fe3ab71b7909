"""A sixth reading of district reports: shapes of their sentences that earlier readings got wrong.

Each sentence is copied from a text at hand (the national work reports, a constructed text) where one prints the
shape, named in the comment before the test; where none does, the comment says so and the sentence is written in the
genre's wording. Each test states the reading of one figure of it.
"""

from __future__ import annotations

from _sentences import fact

# -- 12家企业获评…: what the things counted won names them, as 入选 does ---------------------------------------------
# (no text at hand prints a count before 获评, 荣获, 被评为, 被认定为 or 入围: sentences written in the genre's wording)


def test_a_count_named_by_the_title_it_won():
    text = "全年12家企业获评省级专精特新企业,5家企业荣获市级绿色工厂称号,3家企业被认定为国家高新技术企业,8所学校入围全国文明校园。"
    assert fact(text, "12家")["indicator"] == "获评省级专精特新企业的企业"
    assert fact(text, "5家")["indicator"] == "荣获市级绿色工厂称号的企业"
    assert fact(text, "3家")["indicator"] == "被认定为国家高新技术企业的企业"
    assert fact(text, "8所")["indicator"] == "入围全国文明校园的学校"


# -- 占比由上年同期的A提高到B: 比 is of the share's name, not the head of a comparison ---------------------------------
# (no text at hand prints 占比由上年同期的: a sentence written in the genre's wording)


def test_a_share_from_the_same_period_a_year_before_has_no_comparator():
    text = "2024年上半年区级税收分析\n上半年,税收占比由上年同期的65.1%提高到66.2%。"
    before = fact(text, "65.1%")
    assert (before["indicator"], before["measure"], before["comparator"], before["period"]) == (
        "税收占比", "rate_pct", "", "2023年上半年")
    after = fact(text, "66.2%")
    assert (after["indicator"], after["comparator"], after["period"]) == ("税收占比", "", "上半年")


# -- 实施重点项目120个,总投资580亿元,年度计划投资150亿元: the projects' investment, past the total between ---------------
# (no text at hand prints a third quantity of a set counted after its 总投资: a sentence written in the genre's wording)


def test_a_quantity_of_a_set_counted_after_its_total():
    text = "实施重点项目120个,总投资580亿元,年度计划投资150亿元,上半年完成投资80亿元。"
    assert fact(text, "580亿元")["indicator"] == "重点项目总投资"
    plan = fact(text, "150亿元")
    assert (plan["indicator"], plan["status"]) == ("重点项目投资", "target")
    done = fact(text, "完成投资80亿元")
    assert (done["indicator"], done["status"]) == ("重点项目投资", "actual")


# -- 连续三年增长8%以上: a growth held each year of a span is each year's growth; 连续三年累计增长: one change over it ----
# (verbatim from the national work reports 2015 and 1995; the cumulative change a sentence in the genre's wording)


def test_a_growth_held_for_years_is_each_years_growth():
    held = fact("贫困地区农村学生上重点高校人数连续两年增长10%以上。", "10%")  # 2015
    assert (held["indicator"], held["measure"], held["qualifier"], held["comparator"], held["period"]) == (
        "贫困地区农村学生上重点高校人数", "yoy_pct", "at_least", "", "连续两年")
    rate = fact("由于已经连续三年增长速度在百分之十一以上，当前又存在着较为严重的通货膨胀，今年增长速度比去年低一点是适当的。",
                "百分之十一")  # 1995
    assert (rate["measure"], rate["qualifier"], rate["period"]) == ("yoy_pct", "at_least", "连续三年")


def test_a_growth_summed_over_years_is_one_change():
    total = fact("工业增加值连续三年累计增长25%。", "25%")
    assert (total["measure"], total["comparator"]) == ("change_pct", "连续三年")


# -- 上半年…完成年初预算X的Y%: the budget X is the year's, never the part of the year done -------------------------------
# (from the constructed text tests/gold/constructed/budget_2023, with its title line and without it)

BUDGET_2023 = ("上半年，全区一般公共预算收入完成1283456万元，比上年同期1215790万元增收67666万元，增长5.6%，"
               "完成年初预算2450000万元的52.4%，超过时间进度2.4个百分点。")


def test_an_annual_budget_in_a_half_year_report_is_of_the_year():
    budget = fact("关于某区2023年上半年预算执行情况的报告\n" + BUDGET_2023, "2450000万元")
    assert (budget["indicator"], budget["status"], budget["period"]) == ("一般公共预算收入", "target", "2023年")


def test_an_annual_budget_of_a_year_not_known_is_of_the_whole_year():
    budget = fact(BUDGET_2023, "2450000万元")
    assert (budget["status"], budget["period"]) == ("target", "全年")  # the year's, its number not printed
    assert fact(BUDGET_2023, "1215790万元")["period"] == "上年上半年"  # 比上年同期: the same half of the year before
    assert fact(BUDGET_2023, "52.4%")["period"] == "上半年"
