"""Verbs of change read as changes: 调增/调减, 上调/下调, 上浮/下浮, 核减, 追加, 压缩 (a set level adjusted) and
回升, 攀升, 增多, 萎缩, 缩水, 涨, 跌 (a quantity moved) before a figure give its change with the sign of the verb,
and leave the name of what changed free of the verb.

The first sentences are copied verbatim from the State Council work reports (the year of the report named in the
test). The verbs are rare there, so the rest are sentences written in the form of an adjusted budget report, a price
or wage notice and a monthly statistical bulletin: regression fixtures of the readings, not evidence of real text.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at as fact

# -- real sentences ------------------------------------------------------------------------------------------------

def test_cut_by_review_is_a_change_of_its_own(work_reports):
    f = work_reports.fact_at(1985, "集团购买力要按上年实际数额核减２０％", "２０％")
    assert (f["measure"], f["value"], f["status"]) == ("change_pct", -20.0, "target")
    assert not f["indicator"].endswith("核减")


def test_cut_to_come_is_a_target_by_its_own_words(work_reports):
    # a target because the sentence says 要…压减, not only because of the plan part it stands in
    f = work_reports.fact_at(2017, "今年要再压减钢铁产能5000万吨左右", "5000万吨")
    assert (f["measure"], f["status"]) == ("abs_change", "target")
    assert "year_inferred" not in f["flags"]


def test_added_appropriation_is_a_change(work_reports):
    f = work_reports.fact_at(1981, "后来又追加了八十亿元", "八十亿元")
    assert (f["measure"], f["value"], f["unit"]) == ("abs_change", 8e9, "元")


# -- written in the form of an adjusted budget report (fixtures) ---------------------------------------------------

BUDGET = "经区人大常委会批准，2023年全区一般公共预算支出调增3.2亿元，政府性基金预算支出调减1.5亿元。"
OBJECTS = "年中压缩一般性支出3000万元，追加教育支出2亿元，调减政府性基金预算支出1.5亿元。"


@pytest.mark.parametrize(("printed", "indicator", "value"), [
    ("3.2亿元", "一般公共预算支出", 3.2e8),
    ("1.5亿元", "政府性基金预算支出", -1.5e8),
])
def test_budget_adjusted_by_an_amount(printed, indicator, value):
    f = fact(BUDGET, printed)
    assert (f["measure"], f["indicator"], f["value"]) == ("abs_change", indicator, value)


@pytest.mark.parametrize(("printed", "indicator", "value"), [
    ("3000万元", "一般性支出", -3e7),
    ("2亿元", "教育支出", 2e8),
    ("1.5亿元", "政府性基金预算支出", -1.5e8),
])
def test_verb_before_the_item_adjusted(printed, indicator, value):
    f = fact(OBJECTS, printed)
    assert (f["measure"], f["indicator"], f["value"]) == ("abs_change", indicator, value)


# -- written in the form of a price, wage or pension notice (fixtures) ---------------------------------------------

PENSION = "今年，城乡居民基础养老金最低标准上调20元，退休人员基本养老金上调3.8%，全市最低工资标准上调至2420元。"
RATES = "金融机构存款准备金率下调0.25个百分点，公积金贷款利率下浮15%。"


def test_standard_raised_by_an_amount():
    f = fact(PENSION, "20元")
    assert (f["measure"], f["indicator"], f["value"]) == ("abs_change", "城乡居民基础养老金最低标准", 20.0)


def test_pension_raised_by_a_percent_is_a_change_of_its_own():
    f = fact(PENSION, "3.8%")
    assert (f["measure"], f["indicator"], f["value"]) == ("change_pct", "退休人员基本养老金", 3.8)


def test_standard_raised_to_a_level():
    f = fact(PENSION, "2420元")
    assert (f["measure"], f["indicator"], f["value"]) == ("level", "最低工资标准", 2420.0)


PLANNED = "明年全市最低工资标准要上调5%，城乡居民基础养老金最低标准将上调20元。"


@pytest.mark.parametrize("printed", ["5%", "20元"])
def test_raise_to_come_is_a_target(printed):
    assert fact(PLANNED, printed)["status"] == "target"


def test_rate_lowered_by_points_is_negative():
    f = fact(RATES, "0.25个百分点")
    assert (f["measure"], f["indicator"], f["value"]) == ("pp_diff", "金融机构存款准备金率", -0.25)


def test_rate_floated_down_by_a_percent():
    f = fact(RATES, "15%")
    assert (f["measure"], f["indicator"], f["value"]) == ("change_pct", "公积金贷款利率", -15.0)


# -- written in the form of a monthly statistical bulletin (fixtures) ----------------------------------------------

BULLETIN = ("1-6月，全市出口额同比回升3.1%，进口额同比萎缩12.3%，国有土地使用权出让收入缩水8.2%；"
            "民用汽车保有量增多1.2万辆，居民存款余额攀升至1.5万亿元。")


@pytest.mark.parametrize(("printed", "indicator", "measure", "value"), [
    ("3.1%", "出口额", "yoy_pct", 3.1),
    ("12.3%", "进口额", "yoy_pct", -12.3),
    ("8.2%", "国有土地使用权出让收入", "yoy_pct", -8.2),
    ("1.2万辆", "民用汽车保有量", "abs_change", 12000.0),
    ("1.5万亿元", "居民存款余额", "level", 1.5e12),
])
def test_bulletin_moves(printed, indicator, measure, value):
    f = fact(BULLETIN, printed)
    assert (f["measure"], f["indicator"], f["value"]) == (measure, indicator, value)


PARTS = "全区40种主要工业产品中，13种产量同比下滑；38个工业行业大类中，27个行业增加值实现同比回升。"


@pytest.mark.parametrize(("printed", "indicator"), [
    ("13种", "产量同比下滑的主要工业产品"),
    ("27个", "增加值实现同比回升的工业行业大类"),
])
def test_count_of_parts_that_moved(printed, indicator):
    f = fact(PARTS, printed)
    assert (f["measure"], f["indicator"]) == ("level", indicator)


MOVED_ITEM = "1-6月，全市进口额持续下滑、出口额增长5.1%。"


def test_item_that_moved_without_a_figure_is_no_part_of_the_next_name():
    assert fact(MOVED_ITEM, "5.1%")["indicator"] == "出口额"
