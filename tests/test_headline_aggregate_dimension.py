"""The dimension of an aggregate whose own name holds an industry, on verbatim sentences of real reports.

规模以上工业增加值 is a headline total of its own (the reports lead with it beside GDP and retail sales), not the
quantity of one sector of a breakdown: its dimension is `total`, as 地区生产总值's is. An industry named before it
(制造业规模以上工业增加值) still makes it a sector's, and 工业增加值 alone stays the industry's share of GDP.
Each test is a sentence copied from the report named in its comment, unless it says its sentence is written.
"""

from __future__ import annotations

from _sentences import fact

# haidian_2023_h1 (unseen examples, 海淀区 half-year report 2023)
HAIDIAN = "社会消费品零售总额实现1215.6亿元，同比增长8.9%；规模以上工业增加值同比增长3.1%；居民人均可支配收入52316元，同比增长5.2%。"


def test_industrial_value_added_above_size_is_a_total() -> None:
    f = fact(HAIDIAN, "3.1%")
    assert (f["indicator"], f["dimension"]) == ("规模以上工业增加值", "total")


def test_an_industry_named_before_it_makes_it_a_sector() -> None:
    # written sentence: no report at hand prints an industry before the aggregate
    f = fact("制造业规模以上工业增加值同比增长5.2%。", "5.2%")
    assert f["dimension"] == "sector"


def test_industrial_value_added_alone_is_a_sector() -> None:
    # written sentence, in the form of the bulletins' GDP breakdown
    assert fact("工业增加值同比增长4.1%。", "4.1%")["dimension"] == "sector"
