"""Shapes of sentences district reports print about recipients, places compared and plans against their outcome.

- A sum printed after a list of its recipients (为30家企业和500名个体户发放补贴1200万元) is named by what they get, as
  after one recipient; those given a thing with no sum are named by it, whatever the verb giving it (送去, 送上, 赠送).
- Places counted right before a comparison (3个乡镇低于上年) are named by it: 低于上年的乡镇.
- A bare 计划 before what an owner has is a plan word (重点项目计划投资 → 重点项目投资, a target).
- In a review, a clause opening with 完成 after a plan's clause tells the plan's outcome (全年计划实施项目50个，完成48个).
"""

from __future__ import annotations

import pytest
from _sentences import facts

REVIEW = "一、2023年工作回顾\n"
PLAN = "二、2024年工作安排\n"


def rows(sentence: str, head: str = REVIEW) -> list[tuple[str, float, str]]:
    f = facts(head + sentence + "\n")
    return list(zip(f["indicator"], f["value"], f["status"], strict=True))


# regression fixtures written in the style of district reports (no real text prints the shape yet)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("为30家企业和500名个体户发放补贴1200万元。", ["企业", "个体户", "发放补贴"]),
    ("为30家企业、500名个体户发放补贴1200万元。", ["企业", "个体户", "发放补贴"]),
    ("全区为120户企业和3000名职工发放稳岗补贴560万元。", ["企业", "职工", "稳岗补贴"]),
    ("为30家企业发放补贴1200万元。", ["企业", "发放补贴"]),
])
def test_a_sum_after_a_list_of_its_recipients_is_named_by_what_they_get(sentence: str, expected: list[str]) -> None:
    assert [name for name, _, _ in rows(sentence)] == expected


# regression fixtures written in the style of district reports
@pytest.mark.parametrize(("sentence", "expected"), [
    ("为3000名困难群众送去慰问品。", "送去慰问品的困难群众"),
    ("为3000名困难群众送去米面油等慰问品。", "送去米面油等慰问品的困难群众"),
    ("为3000户困难家庭送上慰问金。", "送上慰问金的困难家庭"),
    ("向200名环卫工人赠送防暑用品。", "赠送防暑用品的环卫工人"),
    ("为3000名困难群众发放慰问品。", "发放慰问品的困难群众"),
])
def test_those_given_a_thing_are_named_by_it_whatever_the_verb(sentence: str, expected: str) -> None:
    assert [name for name, _, _ in rows(sentence)] == [expected]


# regression fixtures written in the style of district reports, modelled on 27个省、自治区、直辖市工业效益好于上年
@pytest.mark.parametrize(("sentence", "expected"), [
    ("3个乡镇低于上年。", ["低于上年的乡镇"]),
    ("3个乡镇低于全区平均水平。", ["低于全区平均水平的乡镇"]),
    ("全区有5个街道高于去年同期。", ["高于去年同期的街道"]),
    ("全区10个街道中，7个街道好于上年，3个街道低于上年。", ["街道", "好于上年的街道", "低于上年的街道"]),
    ("17个街道税收收入好于去年同期。", ["税收收入好于去年同期的街道"]),
    ("5个街道增速高于上年。", ["增速高于上年的街道"]),
    ("有5个乡镇低于上年的水平。", ["低于上年的水平的乡镇"]),
    # (regression fixture in the same style: units that are no place keep the clause as printed, the comparison not
    # moved before a noun that owns what is compared)
    ("全区有8个行业增速高于全区平均水平。", ["行业增速高于全区平均水平"]),
])
def test_places_counted_before_a_comparison_are_named_by_it(sentence: str, expected: list[str]) -> None:
    assert [name for name, _, _ in rows(sentence)] == expected


def test_a_comparison_closed_by_de_before_any_noun_stays_in_its_name() -> None:
    # regression fixture written in the style of district reports: the 的 closes the comparison that picks out the
    # indicators counted, no head to drop (not 平均水平的指标)
    assert [name for name, _, _ in rows("高于全市平均水平的指标12项。")] == ["高于全市平均水平的指标"]


# regression fixtures written in the style of district reports, modelled on wuchang_wh_2023_annual
# (/work/shared/gold/real/texts/wuchang_wh_2023_annual.txt: 年度计划投资300亿元以上)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("重点项目计划投资120亿元。", [("重点项目投资", 1.2e10, "target")]),
    ("重点项目年度计划投资120亿元。", [("重点项目投资", 1.2e10, "target")]),
    ("全年重点项目计划投资120亿元，完成投资125亿元。",
     [("重点项目投资", 1.2e10, "target"), ("重点项目投资", 1.25e10, "actual")]),
    ("城市更新项目计划总投资50亿元。", [("城市更新项目总投资", 5e9, "actual")]),
])
def test_a_bare_plan_word_before_an_owned_quantity_is_no_part_of_its_name(sentence: str, expected: list) -> None:
    assert rows(sentence) == expected


# regression fixtures written in the style of district reports
@pytest.mark.parametrize(("sentence", "expected"), [
    ("全年计划实施项目50个，完成48个。", [("项目", 50.0, "target"), ("项目", 48.0, "actual")]),
    ("全年计划实施民生实事项目30项，完成30项。", [("民生实事项目", 30.0, "target"), ("民生实事项目", 30.0, "actual")]),
    ("计划新建学校5所，建成4所。", [("新建学校", 5.0, "target"), ("建成的学校", 4.0, "actual")]),
])
def test_in_a_review_a_clause_of_what_was_done_tells_the_plans_outcome(sentence: str, expected: list) -> None:
    assert rows(sentence) == expected


@pytest.mark.parametrize("sentence", ["全年计划实施项目50个，完成48个。", "计划新建学校5所，建成4所。"])
def test_in_a_plan_part_what_is_to_be_done_stays_planned(sentence: str) -> None:
    assert {status for _, _, status in rows(sentence, PLAN)} == {"target"}


BUDGET = "一、2023年预算执行情况\n"


# regression fixtures written in the style of district budget reports, modelled on
# tests/gold/constructed/budget_2022_final (加上上级补助收入…、调入资金…，收入总计…)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("全区一般公共预算收入80亿元，加上级补助收入10亿元、调入资金5.3亿元，收入合计95.3亿元。",
     ["general_budget_revenue", "general_budget_transfers_received", "general_budget_funds_transferred_in",
      "general_budget_total_resources"]),
    ("全区一般公共预算收入80亿元，加上级补助收入10亿元、调入资金5.3亿元，收入总计95.3亿元。",
     ["general_budget_revenue", "general_budget_transfers_received", "general_budget_funds_transferred_in",
      "general_budget_total_resources"]),
    ("全区一般公共预算支出70亿元，加上解支出5亿元、结转下年支出3亿元，支出合计78亿元。",
     ["general_budget_expenditure", "general_budget_remittances_up", "general_budget_balance_carried_forward",
      "general_budget_total_uses"]),
    # (with no parts, 收入合计 may be the subtotal of the budget's own revenue a table prints: the revenue)
    ("一般公共预算收入合计95.3亿元。", ["general_budget_revenue"]),
])
def test_a_total_of_a_budgets_balance_items_is_all_it_has_however_the_total_is_worded(sentence: str,
                                                                                      expected: list[str]) -> None:
    assert facts(BUDGET + sentence + "\n")["indicator_key"].tolist() == expected
