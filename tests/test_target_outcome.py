"""A target and what became of it, printed in one sentence: the plan's figure, then the outcome, then its completion.

- 实际 opening a clause after a target word of the sentence is the outcome of the aim (预期目标为6%，实际增长5.8%;
  年初目标增长6.5%，实际增长6.8%; 全年目标是新增就业2万人，实际新增2.3万人), not the real growth it means after a
  figure of no target; 年初目标增长, 年初预期 and 任务数为 set a target (年初预期 is no part of the name after it).
- A bare percentage after 实际完成 (实现, 达到) right after a growth aimed at is that growth as it came out, no share of
  a plan completed (经济增长预期目标为6%，实际完成5.8% → yoy_pct, named as the target is).
- A plan word inside a modifier (计划实施的100个重点项目) plans the things it modifies, not what an outcome verb after
  them says they came to (完成投资500亿元: an outcome in a review, a target in a plan).
- So many points or so much money above a plan or budget (超额完成年度预算2.3个百分点, 超年初预算1.9亿元) is a change
  compared with the budget, an outcome; the budget is no part of the name. An amount whose share follows
  (超过原定计划四百二十七亿四千万元的百分之十五点三) stays the plan's level.
- 执行调整预算的98.5% is a completion of the budget; 计划完成200亿元 (an amount) plans, 计划完成１０２．６％ (a share)
  reports the plan done.
- 要 before a 增产 (within its clause) sets a target as before 增加 (要在一九五八年增产三千八百亿斤的基础上，再使粮食产量
  增加三千亿斤: the base reached, then the rise planned).
- In a plan part, an excess over a plan is an outcome, as a completion is (超过计划成本４％左右).
- A five-year time in a plan part (“十四五”以来, “十三五”时期) whose years are all reviewed is a span of outcomes:
  from its first year to the one reviewed for 以来.

None of the texts at hand prints these shapes in these words (one national report, 1957, prints the amount above a
plan); the sentences are written in the way district reports print them, and say so.
"""

from __future__ import annotations

import warnings

import pytest
from _sentences import fact

import dhcheng_analysis as dh

# written, as the review of a district report prints a growth target and its outcome
AIMED = "2023年，我们年初提出经济增长7%左右的预期目标，实际增长7.2%。"
AIMED_TO = "2023年，全区经济增长预期目标为6%，实际完成5.8%。"
YEAR_START_AIM = "2023年，地区生产总值年初目标增长6.5%，实际增长6.8%，高于目标0.3个百分点。"
SET_AIM = "2023年，年初确定的地区生产总值增长6.5%左右的目标，实际完成6.8%。"
EXPECTED = "2023年，年初预期地区生产总值增长6%，实际增长6.3%。"
# written: a budget exceeded, in points and in money
OVER_POINTS = "2023年，区级一般公共预算收入超额完成年度预算2.3个百分点。"
OVER_MONEY = "2023年，区级一般公共预算收入85.6亿元，超年初预算1.9亿元。"
# written: a budget spent, and an amount planned then done
SPENT = "2023年，区级一般公共预算支出执行调整预算的98.5%。"
PLANNED_DONE = "2023年，全区固定资产投资计划完成200亿元，实际完成210亿元，超额完成计划5%。"
# written: a count set as a target, then what was done
COUNT_AIM = "2023年，全年目标是新增就业2万人，实际新增2.3万人。"
STARTS_AIM = "2023年，全年计划新开工项目30个，实际新开工32个。"
TASK_COUNT = "2023年，保障性住房计划任务数为3000套，实际开工3200套。"
# a real growth after a figure of no target stays an outcome (national work report 2005)
S2005 = "城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，扣除价格因素，分别实际增长7.7%和6.8%。"
# national work report 1957: the money spent over five years above the plan's figure
S1957 = ("基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十；但是比五年计划原定的1957年投资还多十四亿元，"
         "五年合计，仍然超过五年计划原定数约五十亿元。")
# national work report 1959: the plan's amount whose share is printed after it
S1959 = "第一个五年计划期间，国家对经济和文化部门的基本建设投资总额共为四百九十三亿元，超过原定计划四百二十七亿四千万元的百分之十五点三。"


@pytest.mark.parametrize(("text", "printed", "status", "measure", "value"), [
    (AIMED, "7%", "target", "yoy_pct", 7.0),
    (AIMED, "7.2%", "actual", "yoy_pct", 7.2),
    (AIMED_TO, "6%", "target", "yoy_pct", 6.0),
    (AIMED_TO, "5.8%", "actual", "yoy_pct", 5.8),
    (YEAR_START_AIM, "6.5%", "target", "yoy_pct", 6.5),
    (YEAR_START_AIM, "6.8%", "actual", "yoy_pct", 6.8),
    (SET_AIM, "6.8%", "actual", "yoy_pct", 6.8),
    (EXPECTED, "6%", "target", "yoy_pct", 6.0),
    (EXPECTED, "6.3%", "actual", "yoy_pct", 6.3),
    (S2005, "7.7%", "actual", "yoy_pct", 7.7),
])
def test_target_then_outcome(text: str, printed: str, status: str, measure: str, value: float) -> None:
    f = fact(text, printed)
    assert (f["status"], f["measure"], f["value"]) == (status, measure, value)


@pytest.mark.parametrize(("text", "printed", "status"), [
    (COUNT_AIM, "2万人", "target"),
    (COUNT_AIM, "2.3万人", "actual"),
    (STARTS_AIM, "30个", "target"),
    (STARTS_AIM, "32个", "actual"),
    (TASK_COUNT, "3000套", "target"),
    (TASK_COUNT, "3200套", "actual"),
])
def test_count_target_then_outcome(text: str, printed: str, status: str) -> None:
    assert fact(text, printed)["status"] == status


def test_outcome_named_as_its_target() -> None:
    assert fact(AIMED_TO, "5.8%")["indicator"] == fact(AIMED_TO, "6%")["indicator"]
    assert fact(EXPECTED, "6%")["indicator"] == "地区生产总值"


@pytest.mark.parametrize(("text", "printed", "measure", "comparator", "name"), [
    (OVER_POINTS, "2.3个百分点", "pp_diff", "年度预算", "区级一般公共预算收入"),
    (OVER_MONEY, "1.9亿元", "abs_change", "年初预算", "区级一般公共预算收入"),
    (SPENT, "98.5%", "completion_pct", "调整预算", "区级一般公共预算支出"),
])
def test_budget_exceeded_or_spent(text: str, printed: str, measure: str, comparator: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["measure"], f["comparator"], f["indicator"], f["status"]) == (measure, comparator, name, "actual")


def test_amount_above_plan_of_five_years() -> None:
    f = fact(S1957, "五十亿元")
    assert (f["measure"], f["comparator"]) == ("abs_change", "五年计划原定数")


def test_plan_amount_whose_share_follows() -> None:
    f = fact(S1959, "四百二十七亿四千万元")
    assert (f["measure"], f["reference"]) == ("level", "plan")


def test_amount_planned_then_done() -> None:
    assert fact(PLANNED_DONE, "200亿元")["status"] == "target"
    assert fact(PLANNED_DONE, "210亿元")["status"] == "actual"


# written: a district report of 2024, its review then its plan
REPORT = """某区2024年政府工作报告
一、2023年工作回顾
2023年，全区经济运行稳中向好。全年计划实施的100个重点项目完成投资500亿元。
二、2024年工作安排
2024年经济社会发展的主要预期目标是：地区生产总值增长6%左右。“十四五”以来，全区地区生产总值年均增长6.6%。“十三五”时期，全区地区生产总值年均增长6.7%。今年计划实施的120个重点项目完成投资600亿元。
"""


def _report_fact(printed: str) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(REPORT)
    at = REPORT.index(printed)
    hit = f[(f["start"] <= at) & (f["end"] > at)]
    assert len(hit) == 1
    return hit.iloc[0].to_dict()


@pytest.mark.parametrize(("printed", "status", "period"), [
    ("500亿元", "actual", "2023年"),  # the review: what the planned projects came to
    ("600亿元", "target", "2024年"),  # the plan: what they are to come to
    ("6.6%", "actual", "2021-2023年"),  # “十四五”以来 in the plan of 2024
    ("6.7%", "actual", "2016-2020年"),  # “十三五”时期 in the plan of 2024
])
def test_plan_modifier_and_five_year_time(printed: str, status: str, period: str) -> None:
    f = _report_fact(printed)
    assert (f["status"], f["period"]) == (status, period)


def test_excess_over_a_plan_in_a_plan_part(work_reports) -> None:
    # national work report 1956: the first quarter's costs above the plan, printed in the plan of 1956
    f = work_reports.fact_at(1956, "煤炭工业部原煤的全部可比产品成本，超过计划成本４％左右", "４％")
    assert (f["status"], f["measure"], f["comparator"]) == ("actual", "change_pct", "计划成本")


# national work report 1959: the rise planned on the rise reached
S1959_RISE = "现在我们要在一九五八年增产三千八百亿斤的基础上，再使粮食产量增加三千亿斤，这当然是一个要用极大努力才能实现的跃进计划。"


@pytest.mark.parametrize(("printed", "status"), [("三千八百亿斤", "actual"), ("三千亿斤", "target")])
def test_rise_planned_on_a_rise_reached(printed: str, status: str) -> None:
    assert fact(S1959_RISE, printed)["status"] == status
