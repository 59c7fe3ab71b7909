"""A five-year period that opens a sentence or a clause is the time of the figures after it.

“十三五”时期 (期间, 在“十三五”期间) heading a clause of a review speaks of the plan's five years, not of the year
the section heading reviews: ``“十三五”时期，全区地区生产总值年均增长6.5%`` under 一、2020年工作回顾 is of
2016-2020年; a value reached (降到, 达到 right before the figure) is of the span's last year. A year printed
between the period and the figure is the figure's own, and a period after 比 is a base, never the time spoken of:
a change against it is of the period that opens the sentence before the base (“六五”期间，…，比“五五”时期翻了一番).
No national work report at hand prints the shape under a heading of one year (“六五”期间，… in the report of 1986
sits under a heading of the plan it opens), so the report text below is written, as district reports of 2021
print it; the sentences of national reports below are verbatim. A plan named right before the average per year
it has (“十一五”年均增长7.5%, 地区生产总值“十三五”期间年均增长) is that average's time wherever it stands, as is one
opening a clause, and a plan's name is no part of the name before it (固定资产投资“十三五”累计完成 → 固定资产投资);
an average over the span (五年平均降到) is of the span, not of its last year.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "2021年东城区政府工作报告\n\n一、2020年工作回顾\n\n2020年，全区地区生产总值增长1.2%。"


def _period(body: str, printed: str) -> str:
    text = HEAD + body + "\n"
    f = facts(text)
    at = text.index(body) + body.index(printed)
    row = f[(f["start"] <= at) & (f["end"] > at)]
    assert len(row) == 1, f[["raw_value", "period"]].to_string()
    return row.iloc[0]["period"]


@pytest.mark.parametrize(("body", "printed", "period"), [
    # written: the average growth over the plan's years
    ("“十三五”时期，全区地区生产总值年均增长6.5%。", "6.5%", "2016-2020年"),
    # written: a total over the plan's years, with 在 before the period
    ("在“十三五”期间，全区固定资产投资总额达到5300亿元。", "5300亿元", "2016-2020年"),
    # written: a level reached right after its verb is of the span's last year
    ("“十三五”时期，全区常住人口降到70万人。", "70万人", "2020年"),
    # written: a year of its own after the period
    ("“十三五”时期，全区固定资产投资年均增长6.5%，2020年增长3%。", "3%", "2020年"),
    # written: a period after 比 is the base of the change
    ("全区固定资产投资比“十二五”时期增长30%。", "30%", "2020年"),
    # written: the base after 比 stands between the period opening the sentence and the change
    ("“十三五”时期，全区固定资产投资总额达到5300亿元，比“十二五”时期增长30%。", "30%", "2016-2020年"),
])
def test_period_of_a_five_year_plan_opening_the_clause(body: str, printed: str, period: str) -> None:
    assert _period(body, printed) == period


def test_the_year_reviewed_before_stays() -> None:
    # written: the sentence before, under the same heading, keeps its year
    f = facts(HEAD + "“十三五”时期，全区地区生产总值年均增长6.5%。\n")
    assert f.iloc[0]["period"] == "2020年"


S2006 = ("按照新近公布的第一次全国经济普查数据和2005年经济增长实际结果，“十五”期间国内生产总值增长速度比原来预计的高一些，"
         "“十一五”年均增长7.5%，将会超过中央《建议》提出的2010年人均国内生产总值比2000年翻一番的要求。")
S1986 = ("我国农业总产值从一九五三年至一九八○年的二十八年间平均每年增长百分之三点五，其中增长较快的“一五”时期平均每年增长"
         "百分之四点五，“五五”时期平均每年增长百分之五点一，而“六五’时期的年平均增长速度比这两个时期都高得多。")
S1986_AVERAGE = "积累率在一九七八年高达百分之三十六点五，“六五”期间五年平均降到百分之三十左右。"
S1986_TRADE = "“六五”期间，进出口贸易总额合计达到二千三百亿美元，比“五五”时期翻了一番，在世界上所占的位次明显提高。"
S1986_SPACED = "“六五”期间，国家财政用于这些方面的经费共为一千一百七十二亿元，比“ 五五”时期的五百七十七亿元增长一倍。"


@pytest.mark.parametrize(("text", "printed", "period"), [
    # national work report 2006: the plan named right before its average
    (S2006, "7.5%", "2006-2010年"),
    # national work report 1986: a plan opening a clause, and one right before its average after 的
    (S1986, "百分之五点一", "1976-1980年"),
    (S1986, "百分之四点五", "1953-1957年"),
    # national work report 1986: an average over the span, not a value of its last year
    (S1986_AVERAGE, "百分之三十左右", "1981-1985年"),
    # national work report 1986: the change against the plan before it is of the plan opening the sentence
    (S1986_TRADE, "二千三百亿", "1981-1985年"),
    (S1986_TRADE, "一番", "1981-1985年"),
    # national work report 1986: a space misprinted after the quote of the base plan leaves it a base
    (S1986_SPACED, "一千一百七十二亿元", "1981-1985年"),
    (S1986_SPACED, "五百七十七亿元", "1976-1980年"),
    (S1986_SPACED, "一倍", "1981-1985年"),
])
def test_period_of_a_plan_named_in_national_reports(text: str, printed: str, period: str) -> None:
    assert fact(text, printed)["period"] == period


def test_plan_name_is_no_part_of_the_name_before_it() -> None:
    # written: as district reports review their plan
    f = fact(HEAD + "全区固定资产投资“十三五”累计完成5300亿元。", "5300亿元")
    assert (f["indicator"], f["period"]) == ("固定资产投资", "2016-2020年")


def test_plan_name_before_the_average_is_no_part_of_the_name() -> None:
    # written: the plan between the name and its average per year
    f = fact(HEAD + "全区地区生产总值“十三五”年均增长6.5%。", "6.5%")
    assert (f["indicator"], f["comparator"], f["period"]) == ("地区生产总值", "年均", "2016-2020年")
