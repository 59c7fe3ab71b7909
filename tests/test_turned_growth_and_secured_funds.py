"""A clause that only says how a quantity's growth turned names the figures of the clauses after it; funds secured
(争取到位, 成功争取) are outcomes named by what was secured.

District and city reports open a clause with the turn of a growth and print the rate in the next one: 规上工业增加值
增速由负转正，同比增长0.5%; 社会消费品零售总额降幅收窄，同比下降2.5%. The rate (and a difference of it printed after) is
of the quantity, so the name is the quantity, without the growth word (增速, 增幅, 降幅) or the turn (由负转正, 由降转增,
止跌回升, 企稳回升, 降幅收窄, 增速回升). xiaoshan_hz_2022_h1 prints the turn (规上工业增加值增幅实现由负转正) with no rate
after it; no text at hand prints the rate after the turn, so the sentences here are written in the form of those
reports.

争取到位 (secured and paid in) is one verb, so 争取到位上级资金 names 上级资金, not 位上级资金; 成功争取 says the funds or
projects were obtained, an outcome, as 已争取 and 累计争取 do. Written sentences in the form of the district reports.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at

# written, in the form of a district's half-year report (xiaoshan_hz_2022_h1: 规上工业增加值增幅实现由负转正)
TURNS = [
    ("上半年,全区规模以上工业增加值增速由负转正,同比增长0.5%,比一季度回升3.2个百分点。", "规模以上工业增加值"),
    ("上半年,全区规模以上工业增加值实现由负转正,同比增长0.5%。", "规模以上工业增加值"),
    ("上半年,全区规模以上工业增加值增速实现由降转增,同比增长0.5%。", "规模以上工业增加值"),
    ("上半年,全区规模以上工业增加值增速止跌回升,同比增长0.5%。", "规模以上工业增加值"),
    ("上半年,全区社会消费品零售总额降幅收窄,同比下降2.5%。", "社会消费品零售总额"),
    ("上半年,全区固定资产投资增速稳步回升,同比增长5.5%。", "固定资产投资"),
]


@pytest.mark.parametrize(("text", "name"), TURNS)
def test_rate_after_a_turned_growth_is_of_the_quantity(text, name):
    f = fact_at(text, "0.5%" if "0.5%" in text else "2.5%" if "2.5%" in text else "5.5%")
    assert (f["indicator"], f["measure"]) == (name, "yoy_pct")


def test_difference_after_the_rate_keeps_the_quantity():
    f = fact_at(TURNS[0][0], "3.2个百分点")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("规模以上工业增加值", "pp_diff", "一季度")


def test_narrowed_decline_keeps_its_sign():
    f = fact_at("上半年,全区社会消费品零售总额降幅持续收窄,同比下降2.5%,比一季度收窄3.1个百分点。", "2.5%")
    assert (f["indicator"], f["value"]) == ("社会消费品零售总额", -2.5)


# written, in the form of a district's half-year report (the review part, then the plan part)
FUNDS = ("关于2023年上半年工作情况的报告\n一、上半年工作回顾\n"
         "上半年,全区争取到位上级资金5.6亿元,同比增长12%。成功争取中央预算内投资项目12个,获得资金3.5亿元。\n"
         "二、下半年工作安排\n积极争取中央预算内投资项目10个以上。\n")


def test_funds_secured_and_paid_in_are_named_by_the_funds():
    f = fact_at(FUNDS, "5.6亿元")
    assert (f["indicator"], f["status"]) == ("上级资金", "actual")


def test_projects_secured_with_success_are_an_outcome():
    assert [fact_at(FUNDS, p)["status"] for p in ("12个", "3.5亿元")] == ["actual", "actual"]


def test_projects_to_secure_in_the_plan_stay_a_target():
    assert fact_at(FUNDS, "10个以上")["status"] == "target"


# -- a count of units followed by a quantity of theirs counts the units ------------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # written, in the form of a district's half-year report
    ("上半年,全区126家规上工业企业产值同比增长8.2%。", "126家", "规上工业企业"),
    ("上半年,全区32家重点企业营业收入合计85.6亿元。", "32家", "重点企业"),
    ("上半年,全区8个重点商圈销售额同比增长12.3%。", "8个", "重点商圈"),
    # national work report 2014: the provinces counted, their reception spending what fell
    ("中央国家机关“三公”经费减少35%，31个省份本级公务接待费减少26%。", "31个", "省份"),
    # written, in the form of a district's report: the departments counted, their funds (经费) what fell
    ("全区68个部门“三公”经费比上年下降12%。", "68个", "部门"),
    # national work report 1984: the products counted, their output what reached the plan
    ("工农业总产值以及粮食、棉花、原煤、原油、钢、钢材、生铁、水泥、化肥等三十多种主要产品产量，"
     "提前两年达到或超过第六个五年计划规定的一九八五年指标。", "三十", "主要产品"),
])
def test_count_before_a_quantity_of_the_units_counts_the_units(text, printed, name):
    assert fact_at(text, printed)["indicator"] == name


def test_quantity_of_the_units_keeps_its_owner():
    f = fact_at("上半年,全区126家规上工业企业产值同比增长8.2%。", "8.2%")
    assert f["indicator"] == "规上工业企业产值"


def test_a_count_of_a_sector_is_no_owner_cut():
    # written: 工业 is no unit counted, so 乡镇工业总产值 is not cut before 总产值
    assert fact_at("上半年,全区3个乡镇工业总产值超过10亿元。", "3个")["indicator"] != "乡镇工业"


# -- the verbs of striving (力保, 奋力) and the 目标为 of a plan open no name ----------------------------------------

PLAN = ("关于2023年上半年工作情况的报告\n一、上半年工作回顾\n上半年,全区地区生产总值增长6.1%。\n"
        "二、下半年工作安排\n力保一般公共预算收入达到30亿元。奋力实现规上工业增加值增长8%。全年目标为城镇新增就业1万人。\n")
# written, in the form of the plan part of a district's half-year report


@pytest.mark.parametrize(("printed", "name"), [
    ("30亿元", "一般公共预算收入"), ("8%", "规上工业增加值"), ("1万人", "城镇新增就业")])
def test_plan_words_open_no_name(printed, name):
    f = fact_at(PLAN, printed)
    assert (f["indicator"], f["status"]) == (name, "target")


def test_to_hold_a_level_is_a_target_in_a_review_too():
    text = "一、上半年工作回顾\n上半年,全区地区生产总值增长6.1%,力保全年一般公共预算收入达到30亿元。\n"
    assert fact_at(text, "30亿元")["status"] == "target"
