"""A fourth reading of district reports, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts``, ``tests/gold/constructed`` or the national work
reports (named in the comment after it); each test states the reading of one figure of it.
"""

from __future__ import annotations

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
    assert (f["indicator"], f["measure"], f["status"]) == ("再就业补助资金", "level", "target")
    assert fact(NATIONAL_2004, "36亿元")["status"] == "target"
