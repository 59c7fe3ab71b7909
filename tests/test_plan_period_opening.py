"""A five-year period that opens a sentence or a clause is the time of the figures after it.

“十三五”时期 (期间, 在“十三五”期间) heading a clause of a review speaks of the plan's five years, not of the year
the section heading reviews: ``“十三五”时期，全区地区生产总值年均增长6.5%`` under 一、2020年工作回顾 is of
2016-2020年; a value reached (降到, 达到 right before the figure) is of the span's last year. A year printed
between the period and the figure is the figure's own, and a period after 比 is a base, never the time spoken of.
No national work report at hand prints the shape under a heading of one year (“六五”期间，… in the report of 1986
sits under a heading of the plan it opens), so the report text below is written, as district reports of 2021
print it.
"""

from __future__ import annotations

import pytest
from _sentences import facts

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
])
def test_period_of_a_five_year_plan_opening_the_clause(body: str, printed: str, period: str) -> None:
    assert _period(body, printed) == period


def test_the_year_reviewed_before_stays() -> None:
    # written: the sentence before, under the same heading, keeps its year
    f = facts(HEAD + "“十三五”时期，全区地区生产总值年均增长6.5%。\n")
    assert f.iloc[0]["period"] == "2020年"
