"""A fourth reading of district reports, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts``, ``tests/gold/constructed`` or the national work
reports (named in the comment after it); each test states the reading of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact

BEIJING_2017 = "市政府固定资产投资已下达70%,经营性土地供应完成年初计划的72.3%。"  # beijing_2017_h1


# -- 已下达70%: the share of a plan already issued is its completion, as 已完成70% is ----------------------------------

def test_a_share_already_issued_is_a_completion():
    f = fact(BEIJING_2017, "70%")
    assert (f["indicator"], f["measure"], f["value"], f["status"]) == ("市政府固定资产投资", "completion_pct", 70.0, "actual")


# -- 年初安排, 预算安排: an amount the budget sets aside is a plan; what is then drawn (实际动用) is done ---------------

BUDGET_2022 = ("年初安排预备费30000万元，实际动用21650万元，主要用于疫情防控和应急处置；"
               "剩余8350万元全部转入预算稳定调节基金。")  # constructed budget_2022_final
NATIONAL_2004 = "今年中央财政预算安排再就业补助资金83亿元，比去年增加36亿元。"  # national work report 2004


def test_an_amount_set_aside_at_the_start_of_the_year_is_a_target():
    assert fact(BUDGET_2022, "30000万元")["status"] == "target"
    drawn = fact(BUDGET_2022, "21650万元")
    assert (drawn["indicator"], drawn["status"]) == ("动用预备费", "actual")
    assert fact(BUDGET_2022, "8350万元")["status"] == "actual"


def test_an_amount_the_budget_sets_aside_is_a_target():
    f = fact(NATIONAL_2004, "83亿元")
    assert (f["indicator"], f["measure"], f["status"]) == ("中央财政再就业补助资金", "level", "target")
    assert fact(NATIONAL_2004, "36亿元")["status"] == "target"


# -- 超时序进度: 时序进度 is 序时进度 spelled the other way round, the benchmark of the gap, not the figure's name ---

XICHENG_2021 = "区级一般公共预算收入完成218.7亿元，同比增长14.6％，完成全年预算的55.3％，高于序时进度5.3个百分点。"


@pytest.mark.parametrize(("text", "benchmark"), [
    (XICHENG_2021, "序时进度"),  # constructed xicheng_2021_h1
    (XICHENG_2021.replace("高于序时进度", "超时序进度"), "时序进度"),  # the same, spelled the other way round after 超
])
def test_a_gap_to_the_time_benchmark_either_spelling(text, benchmark):
    f = fact(text, "5.3个百分点")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("区级一般公共预算收入", "pp_diff", 5.3, benchmark)


# -- 完成市下达任务的: the task handed down by the city is the completion's base; the figure keeps its subject ----------

HAIDIAN_2023 = "城镇新增就业2.1万人，完成全年任务的58.3%，城镇登记失业率控制在1.12%。"  # unseen haidian_2023_h1


@pytest.mark.parametrize("base", ["全年任务", "市下达任务", "区下达目标"])
def test_a_task_handed_down_is_the_base_not_the_subject(base):  # the sentence, and with the task named by who set it
    f = fact(HAIDIAN_2023.replace("全年任务", base), "58.3%")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("城镇新增就业", "completion_pct", base)


# -- 连续5年: how long a level has held is no name of it, in digits as in words ----------------------------------------

NATIONAL_2012 = ("农业全面丰收，粮食总产量实现了历史罕见的“八连增”，连续5年超万亿斤，"
                 "标志着我国粮食综合生产能力稳定跃上新台阶。")  # national work report 2012


def test_years_in_a_row_written_in_digits_are_no_name():
    f = fact(NATIONAL_2012, "万亿斤")
    assert "连续" not in f["indicator"] and "5年" not in f["indicator"]
    assert (f["value"], f["unit"], f["qualifier"]) == (1e12, "斤", "over")
