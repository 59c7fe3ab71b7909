"""A level of government a transfer comes from or goes to is no scope of the figure.

In a district's final accounts the revenue total adds the transfers received from the city (市级财政税收返还和补助收入)
and the spending total adds what is remitted to it (上解市级财政支出): both amounts are the district's own, so the
level word names the other side of the transfer, not the level whose figure it is. A level word before a name of
its own figure (区级一般公共预算收入) and the centre's share of revenue collected here (上划中央收入) keep theirs.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# minhang_sh_2022_h1_budget (real excerpt)
RECEIVED = ("加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、"
            "动用预算稳定调节基金9.5亿元,收入总量为490.7亿元。")
REMITTED = ("加上解市级财政支出18.5亿元、地方政府一般债务还本支出23.8亿元、补充预算稳定调节基金33.3亿元、"
            "结转下年支出12.9亿元,支出总量为490.7亿元。")
# dongcheng_2018_annual (real excerpt)
OWN = "全区地区生产总值实现2425.7亿元,同比增长6.3%;区级一般公共预算收入完成175.6亿元,增长2%;全社会固定资产投资完成288.2亿元。"


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    (RECEIVED, "109.6亿元", "市级财政税收返还和补助收入"),
    (RECEIVED, "7.7亿元", "上年结转收入"),
    (REMITTED, "18.5亿元", "上解市级财政支出"),
    (REMITTED, "23.8亿元", "地方政府一般债务还本支出"),
])
def test_a_transfer_to_or_from_the_city_is_the_districts_own_amount(text, printed, indicator):
    f = fact(text, printed)
    assert (f["indicator"], f["scope"]) == (indicator, "")


def test_a_level_word_naming_the_figures_own_level_stays_its_scope():
    f = fact(OWN, "175.6亿元")
    assert (f["indicator"], f["scope"]) == ("区级一般公共预算收入", "区级")


# The addends of a budget's total, read in the form the minhang_sh_2022_h1_budget excerpt prints them. The two
# sentences below are written here (regression fixtures): 加 before 上级补助收入 adds the transfers from above, so the
# noun keeps its 上 (as 加上年结转收入 keeps 上年), and 收入合计 / 支出合计 is the total, named by the budget it totals
# as 收入总量 and 收入总计 are.
FIXTURE_ADDED = ("全区一般公共预算收入331.1亿元。加上级补助收入109.6亿元、上年结转收入7.7亿元、调入资金4.3亿元,"
                 "收入合计452.7亿元。")
FIXTURE_SPENT = ("全区一般公共预算支出402.2亿元,下降6.4%。加上解上级支出18.5亿元、地方政府一般债务还本支出23.8亿元,"
                 "支出合计444.5亿元。")
# national work report 1956 (real)
S1956 = "本年支出合计２９，３４６，９３８，０００元。"


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    (FIXTURE_ADDED, "109.6亿元", "上级补助收入"),
    (FIXTURE_ADDED, "452.7亿元", "一般公共预算收入合计"),
    (FIXTURE_SPENT, "444.5亿元", "一般公共预算支出合计"),
    (S1956, "２９，３４６，９３８，０００元", "支出合计"),
])
def test_fixture_the_addends_and_the_total_of_a_budget_keep_their_names(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator
