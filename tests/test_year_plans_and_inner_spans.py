"""The period of a figure a year's plan or a span of years inside its clause sets.

A year opening its clause before 计划 and what is planned (1980年计划基本建设投资总额控制在500亿元) names the year
the plan is of, the period of the figures after it; the plan's own name (2022年计划的执行情况) sets none. A span of
years before a change over it is that change's period in its clause, inside a frame of 在…的基础上 too
(在１９７９到１９８３年平均每年递增７．９％的基础上), and before a total over it (2018—2022年累计完成); a span joined by
a dash is no part of the name before or after it, as one joined by 到 or 至 is not; the first year of a span,
read alone, is no period of its own (全市2018年至2022年累计完成 → 2018-2022年, not 2018年).
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1980 = "1980年计划基本建设投资总额控制在500亿元，进一步停建、缓建大中型项目238个。"
S1985 = ("１９８４年，我国工农业总产值突破一万亿元，在１９７９到１９８３年平均每年递增７．９％的基础上，"
         "比上年增长１４．２％，各方面的经济效益也有提高。")
# written sentences: the shapes of a district report
W_PLAN = "2024年计划新建口袋公园10个。"
W_SPAN_DASH = "全区地区生产总值在2016-2020年年均增长6.5%。"
W_TOTAL = "全区一般公共预算收入2018—2022年累计完成120亿元。"
W_TOTAL_TO = "全市2018年至2022年累计完成投资500亿元。"
W_TOTAL_DASH = "全市2018-2022年累计完成投资500亿元。"


@pytest.mark.parametrize(("text", "printed", "period"), [
    # national work report 1980: the plan's year, not the year the report reviews
    (S1980, "500亿元", "1980年"),
    (S1980, "238个", "1980年"),
    # written: a district's plan of the year
    (W_PLAN, "10个", "2024年"),
    # national work report 1985: the average over the span the frame names; the change on last year, the year's
    (S1985, "７．９％", "1979-1983年"),
    (S1985, "１４．２％", "1984年"),
    # written: a span before a total over it
    (W_TOTAL, "120亿元", "2018-2022年"),
    (W_SPAN_DASH, "6.5%", "2016-2020年"),
    # written: the span's first year, read alone, is no period of its own
    (W_TOTAL_TO, "500亿元", "2018-2022年"),
    (W_TOTAL_DASH, "500亿元", "2018-2022年"),
])
def test_period(text: str, printed: str, period: str) -> None:
    assert fact(text, printed)["period"] == period


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written: the span joined by a dash is the period, not a part of the name
    (W_SPAN_DASH, "6.5%", "地区生产总值"),
    (W_TOTAL, "120亿元", "一般公共预算收入"),
    # written: a dashed span heading the name is none of it, as 2018年至2022年 is not
    (W_TOTAL_DASH, "500亿元", "投资"),
])
def test_name_without_span(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
