"""Readings of district-report shapes a review of the rules found misread: a level's own budget a completion is
measured against, a plan's own time, a review's span of 时间, and a package of measures its holder names.

Each sentence is a written regression fixture in the style of the district reports, as each test's comment says; the
headings (一、2023年工作回顾, 二、2024年工作安排) give the years and status of its parts.
"""

from __future__ import annotations

import pytest
from _sentences import fact

TITLE = "某区2024年国民经济和社会发展计划执行情况的报告\n"
REVIEW_2023 = TITLE + "一、2023年工作回顾\n"
PLAN_2024 = TITLE + "一、2023年工作回顾\n各项工作稳步推进。\n二、2024年工作安排\n"


def test_a_completion_of_a_level_own_adjusted_budget_keeps_its_level():
    # regression fixture (a written sentence in the style of the district reports)
    f = fact(REVIEW_2023 + "区本级支出完成区级调整预算的97%。", "97%")
    assert (f["measure"], f["comparator"], f["scope"]) == ("completion_pct", "区级调整预算", "区级")


def test_a_completion_of_a_task_a_higher_level_set_has_no_scope_of_that_level():
    # regression fixture (a written sentence in the style of the district reports)
    f = fact(REVIEW_2023 + "完成市级任务61.4%。", "61.4%")
    assert (f["measure"], f["comparator"], f["scope"]) == ("completion_pct", "市级任务", "")


@pytest.mark.parametrize(("s", "printed", "comparator", "scope"), [
    # regression fixtures (written sentences in the style of the district reports): a plan the city set, as its task
    ("全区固定资产投资完成市级下达计划的105%。", "105%", "市级下达计划", ""),
    ("全区固定资产投资完成市级计划的105%。", "105%", "市级计划", ""),
    # (a level's own budget, adjusted or not, keeps its level)
    ("区级一般公共预算支出完成区级预算的98%。", "98%", "区级预算", "区级"),
    # regression fixtures (not real): the level's own budget named with a word after 预算
    ("一般公共预算支出完成区级调整预算数的97%。", "97%", "区级调整预算数", "区级"),
    ("一般公共预算收入完成区级预算收入的101%。", "101%", "区级预算收入", "区级"),
    ("一般公共预算支出完成区级预算安排的97%。", "97%", "区级预算安排", "区级"),
])
def test_only_a_level_own_budget_keeps_the_level_of_a_completion(s, printed, comparator, scope):
    f = fact(REVIEW_2023 + s, printed)
    assert (f["measure"], f["comparator"], f["scope"]) == ("completion_pct", comparator, scope)


def test_a_plan_own_time_holds_in_its_sentence_only():
    # regression fixture (a written sentence in the style of the district reports)
    text = PLAN_2024 + "在两年时间内完成老旧小区改造20个。全区地区生产总值增长6%。"
    f = fact(text, "20个")
    assert (f["period"], f["status"]) == ("2024-2025年", "target")
    g = fact(text, "6%")
    assert (g["measure"], g["period"], g["status"]) == ("yoy_pct", "2024年", "target")


def test_a_span_of_time_in_a_review_is_of_the_years_up_to_the_one_reviewed():
    # regression fixture (a written sentence in the style of the district reports)
    f = fact(REVIEW_2023 + "用两年时间建成学校5所。", "5所")
    assert (f["value"], f["period"], f["status"]) == (5.0, "2022-2023年", "actual")


def test_a_package_of_measures_its_holder_names_has_no_purpose_of_the_holder():
    # regression fixture (a written sentence in the style of the district reports)
    f = fact(REVIEW_2023 + "区政府的20条措施全部落地。", "20条")
    assert (f["indicator"], f["value"]) == ("全部落地的措施", 20.0)


def test_a_start_value_after_the_original_plan_is_the_plan_whatever_the_to_word():
    # regression fixture (a written sentence in the style of the district reports)
    text = REVIEW_2023 + "城市更新项目由原计划的5个增加到8个。"
    f = fact(text, "5个")
    assert (f["value"], f["status"], f["period"]) == (5.0, "target", "2023年")
    assert "from_value" in f["flags"]
    g = fact(text, "8个")
    assert (g["value"], g["status"], g["period"]) == (8.0, "actual", "2023年")
