"""A change against a year's end, on verbatim sentences of the national work reports.

The base of a change printed as a year's end keeps its end, 底 as 末 (比1995年底增加 → comparator `1995年底`;
比上年底 → `上年底`), and the 年底 of such a base is no period of the figure (its 年 is the base year's own).
A change against a year's end or start (比上年末, 比年初) whose clause opens with its base right after a clause
that opens with 年末 and gives the stock is of that year's end, as the stock is
(…，年末国家外汇储备达到２１２２亿美元，比上年末增加４６６亿美元 in the review of 2001 → `2001年末`).
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2001 = "国家外汇储备2000年底达1656亿美元，比1995年底增加920亿美元。"
S2002 = "首先报告２００１年的工作\n国际收支状况良好，年末国家外汇储备达到２１２２亿美元，比上年末增加４６６亿美元。"
# written: no report at hand prints 比上年底 or 比去年底
W_LAST_END = "年底各项贷款余额1200亿元，比上年底增加80亿元。"
W_LAST_END_BARE = "各项贷款余额1200亿元，比去年底增长8%。"


@pytest.mark.parametrize(("text", "printed", "comparator"), [
    # national work report 2001
    (S2001, "920亿美元", "1995年底"),
    (W_LAST_END, "80亿元", "上年底"),
    (W_LAST_END_BARE, "8%", "去年底"),
])
def test_a_base_at_a_years_end_keeps_its_end(text, printed, comparator):
    assert fact(text, printed)["comparator"] == comparator


def test_the_year_end_of_a_base_is_no_period():
    assert fact(W_LAST_END_BARE, "8%")["period"] == ""


def test_a_change_against_last_years_end_is_of_the_stocks_year_end():
    # national work report 2002 (its review heading above the sentence)
    assert fact(S2002, "４６６亿美元")["period"] == "2001年末"
    assert fact(S2002, "２１２２亿美元")["period"] == "2001年末"



# written: a review heading, then a stock at the year's end and its change since the year's start
W_SINCE_START = "2021年工作回顾\n金融运行平稳，年末金融机构各项存款余额1200亿元，比年初增加80亿元。"


def test_a_change_since_the_years_start_is_of_the_stocks_year_end():
    assert fact(W_SINCE_START, "80亿元")["period"] == "2021年末"


# district_2021_bulletin_rank (real excerpt, one line verbatim): a flow printed after 年末 (a retail sales total,
# summed over the year) is of the year, not of its end
S_FLOW_AT_END = ("2021年,全区新增各类市场主体2383户,同比增长15.7%。规模工业中,战略性新兴产业工业产值增长77.2%,增幅高于全市平均"
                 "水平55.4个百分点,对规模以上工业贡献率为73.7%。年末限额以上批发和零售企业网上商品零售额1956.7万元,同比增长467.3%。")


@pytest.mark.parametrize("printed", ["1956.7万元", "467.3%"])
def test_a_flow_printed_after_year_end_is_of_the_year(printed):
    assert fact(S_FLOW_AT_END, printed)["period"] == "2021年"


# written regression fixture: a text of no known year, its figures of the whole year (全年); a stock opened by 年末
# takes the year's end, a flow after 年末 stays of the whole year
W_FLOW_AT_END_OF_WHOLE_YEAR = ("全年全区新增各类市场主体2383户。年末全区户籍人口29.5万人,"
                               "全区限额以上批发和零售企业网上商品零售额1956.7万元。")


@pytest.mark.parametrize(("printed", "period"), [("29.5万人", "年末"), ("1956.7万元", "全年")])
def test_fixture_a_flow_after_year_end_of_a_whole_year_stays_of_it(printed, period):
    assert fact(W_FLOW_AT_END_OF_WHOLE_YEAR, printed)["period"] == period
