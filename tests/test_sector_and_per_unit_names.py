"""Names of sectors listed by bare numerals and of figures stated per household, head or day.

二、三产业 (and 一、二、三产业, 二三产业) before 分别 are the second and third sectors, each named as the glossary
names it (第二产业增加值); a change of no figure, 实现正增长 or 负增长, is no part of the subject it closes; a
per-unit word that names the base of a quantity (户均, 亩均, 日均, 月均, as 人均) is kept whole, and a change of
income per head or household (户均增收) names that income (户均收入); a per-unit word after a quantity noun
(分出量日均) is the basis of the figure, no part of its name, as is an area after the name (每平方公里); the plan a
completion share is of, after 完成 X 占 or 为, is no part of X; a count whose clause ends with what is done to the
things counted (5座建成投运) is named by it and its noun before the figure (建成投运的220千伏变电站). The district sentences below are written where
no text at hand prints the shape, and say so; the others are copied from the text named in their comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# written: no text at hand lists the sectors by bare numerals before 分别
SECTORS = "全区二、三产业增加值分别增长5.2%和6.3%。"
SECTORS3 = "一、二、三产业增加值分别增长1.1%、5.2%和6.3%。"
SECTORS_JOINED = "二三产业增加值分别增长5.2%和6.3%。"
# written: no text at hand prints 实现正增长 before a figure
POSITIVE = "社零额实现正增长，达到56.8亿元。"
NEGATIVE = "社会消费品零售总额出现负增长，同比下降2.1%。"
# written: no text at hand prints 户均增收 or 人均增收 with a figure
PER_HOUSEHOLD = "户均增收2000元。"
PER_HEAD = "农民人均增收2000元。"
PER_MU = "规上工业企业亩均税收达到35万元。"
# constructed chaoyang 2020 plan text (tests/gold/constructed/chaoyang_2020_fy_plan)
PER_DAY = "生活垃圾分类知晓率达到98%以上，家庭厨余垃圾分出量日均1120吨。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (SECTORS, "5.2", "第二产业增加值"),
    (SECTORS, "6.3", "第三产业增加值"),
    (SECTORS3, "1.1", "第一产业增加值"),
    (SECTORS3, "6.3", "第三产业增加值"),
    (SECTORS_JOINED, "5.2", "第二产业增加值"),
    (POSITIVE, "56.8", "社零额"),
    (NEGATIVE, "2.1", "社会消费品零售总额"),
    (PER_HOUSEHOLD, "2000", "户均收入"),
    (PER_HEAD, "2000", "农民人均收入"),
    (PER_MU, "35", "规上工业企业亩均税收"),
    (PER_DAY, "1120", "家庭厨余垃圾分出量"),
])
def test_name(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


def test_income_per_household_is_a_change() -> None:
    f = fact(PER_HOUSEHOLD, "2000")
    assert (f["measure"], f["value"], f["unit"]) == ("abs_change", 2000.0, "元")


# written: no text at hand prints these shapes
DENSITY = "人口密度为每平方公里1.2万人。"
PLAN_SHARE = "完成投资额占年度计划的百分之五十二点三。"
PLAN_SHARE_WEI = "完成投资额为年度计划的52.3%。"
DONE_AFTER = "220千伏变电站5座建成投运，新增容量120万千伏安。"
STARTED_AFTER = "重点项目12个开工建设。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # the basis of an area after the name is no part of it
    (DENSITY, "1.2", "人口密度"),
    # the plan a completion share is of, after 占 or 为, is no part of what is completed
    (PLAN_SHARE, "百分之五十二点三", "投资额"),
    (PLAN_SHARE_WEI, "52.3", "投资额"),
    # a count whose clause ends with what is done to the things counted
    (DONE_AFTER, "5", "建成投运的220千伏变电站"),
    (STARTED_AFTER, "12", "开工建设的重点项目"),
])
def test_basis_plan_and_done_names(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


def test_plan_share_measure() -> None:
    assert fact(PLAN_SHARE, "百分之五十二点三")["measure"] == "completion_pct"
