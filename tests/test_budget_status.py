"""A budget is a target, and so is the change it is set against the year before (2024年一般公共预算收入预算为
115.6亿元，增长4%); what a budget is measured against stays an outcome.

Real excerpts of ``tests/gold/real/texts`` are quoted by file; the budget-draft lines are regression fixtures
written for these tests, marked as such.
"""

from __future__ import annotations

import pytest
from _sentences import facts


def statuses(text: str) -> list[tuple[str, str, str]]:
    got = facts(text)
    return list(zip(got["raw_value"], got["measure"], got["status"], strict=True))


@pytest.mark.parametrize("line", [
    "2024年一般公共预算收入预算为115.6亿元，增长4%。",
    "2024年一般公共预算收入预算安排115.6亿元，比上年执行数增长4%。",
])
def test_a_budget_and_the_change_it_sets_are_targets(line):
    # fixture: a budget draft's line
    assert statuses(line) == [("115.6", "level", "target"), ("4", "yoy_pct", "target")]


def test_the_outcome_measured_against_a_budget_stays_an_outcome():
    # dayao_2024_m4_budget
    s = "4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。"
    assert statuses(s) == [("24627", "level", "actual"), ("60999", "level", "target"),
                           ("40.4", "completion_pct", "actual"), ("1070", "abs_change", "actual"),
                           ("4.2", "yoy_pct", "actual")]


@pytest.mark.parametrize("line", [
    # dayao_2024_m4_budget, verbatim: the release prints no year
    "4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。",
    "4月,一般公共预算支出累计完成107752万元,完成预算数257288万元的41.9%,比上年减支9240万元,下降7.9%。",
])
def test_the_budget_of_a_yearless_release_is_of_the_whole_year(line):
    got = facts(line)
    periods = {f"{m}:{s}": p for m, s, p in zip(got["measure"], got["status"], got["period"], strict=True)}
    assert periods["level:target"] == "全年"  # the year's budget, not the months done nor no time at all
    assert periods["level:actual"] == periods["completion_pct:actual"] == "1-4月"


@pytest.mark.parametrize("line", ["建议2024年一般公共预算收入预期目标为115.6亿元，增长4%。",
                                  "建议2024年全区一般公共预算收入安排115.6亿元，增长4%。"])
def test_a_budget_proposed_for_a_year_is_a_target_of_that_year_named_without_the_proposal(line):
    # fixture: the proposal line of a budget draft
    got = facts(line)
    assert got["indicator"].tolist() == ["一般公共预算收入"] * 2
    assert got["status"].tolist() == ["target"] * 2
    assert got["period"].tolist() == ["2024年"] * 2


def test_suggestions_counted_are_no_proposal():
    # fixture: a count of deputies' suggestions handled
    assert facts("办理人大代表建议120件，政协提案85件。")["status"].tolist() == ["actual", "actual"]


@pytest.mark.parametrize("plan", ["全年目标", "年度目标", "全年计划", "年度预算"])
def test_the_plan_a_completion_is_measured_against_is_a_target_of_the_same_thing(plan):
    # fixture: a plan-execution report's line
    got = facts(f"全区完成招商引资项目签约额120亿元，为{plan}150亿元的80%。")
    assert list(zip(got["indicator"], got["measure"], got["status"], strict=True)) == [
        ("招商引资项目签约额", "level", "actual"), ("招商引资项目签约额", "level", "target"),
        ("招商引资项目签约额", "completion_pct", "actual")]
