"""Ranges, bounds and amounts in words: the value, unit and qualifier each end of them takes.

A bound printed as a sign is a qualifier as the word is: < is ``under``, > is ``over`` (≤ and ≥ are ``at_most`` and
``at_least``). The one-character bound words 过 and 破 right before a figure that prints a magnitude (万, 亿) make it
``over`` and are no part of the name (旅游收入过10亿元), not the 过 or 破 that ends a word (不过, 经过, 跌破). A 个 spoken between a
number and its magnitude (3个亿, 3个多亿美元, 二十多个亿) is no counter: the magnitude scales the number, and a bare magnitude of
money takes 元 as 12.5亿 does (not 5个亿元以上项目, which counts projects). A range whose high end prints a magnitude
(2亿~3亿元, 1.2万-1.5万元/平方米) is named by the words before the low end, as one of counts or one joined by 至 is;
the separator and the high end are no noun after the low end. A per-unit printed once after the high end is the
low end's too (2000元～3000元/平方米), a 约 or 近 before the low end bounds both ends (约50亿~60亿元), and two numbers
like years with an amount's unit or magnitude after them are a range of amounts, no years (2000-3000元); the low
end of a span of years is a period as its high end is (建设周期3-5年: no figure 3), unless the years are a quantity.
Sentences marked "written" are written for the shape where no report at hand prints it; the others are copied from
the report named in their comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2016 = "今年发展的主要预期目标是：国内生产总值增长6.5%－7%，居民消费价格涨幅3%左右。"
S1955_YAM = ("在全国的杂粮产区和其他适当地区，如果再把一、二千万亩粮田改种薯类，则虽然每年减少粮食二、三十亿斤，"
             "但能增产薯类一百多亿斤到二百多亿斤。")
S1955_PASS = ("我们完全可以相信：经过六万万人克勤克俭的劳动，在进行几个五年计划大大地提高我国的生产力之后，"
              "就有可能大大地提高人民的物质生活和文化生活的水平。")
S1957_ONLY = "而旧中国包括日本侵略时候的东北在内，从1900年到1948年，49年合计的钢产量不过七百六十万吨。"


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    ("城镇调查失业率<5.5%。", "5.5%", "under"),  # written
    ("城镇调查失业率＜5.5%，一般公共预算收入增速>5%。", "5.5%", "under"),  # written
    ("一般公共预算收入增速>5%，城镇调查失业率＜5.5%。", "5%", "over"),  # written
    ("优良天数比例 > 80%。", "80%", "over"),  # written: a space or two between sign and figure
])
def test_sign_bounds(text: str, printed: str, qualifier: str) -> None:
    assert fact(text, printed)["qualifier"] == qualifier


@pytest.mark.parametrize(("text", "printed", "name", "value"), [
    ("全年旅游收入过10亿元。", "10亿元", "旅游收入", 1e9),  # written
    ("全区接待游客过200万人次，营业收入破5000万元。", "200万人次", "接待游客", 2e6),  # written
    ("全区文旅企业营业收入破5000万元。", "5000万元", "文旅企业营业收入", 5e7),  # written
])
def test_pass_bound_words(text: str, printed: str, name: str, value: float) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["value"], f["qualifier"]) == (name, value, "over")


@pytest.mark.parametrize(("text", "printed"), [
    (S1955_PASS, "六万万人"),  # national work report 1955: 经过 is a word, no bound
    (S1957_ONLY, "七百六十万吨"),  # national work report 1957: 不过 (only) is no bound
    ("部分楼盘均价跌破1万元/平方米。", "1万元"),  # written: 跌破 (fell below) passes no level
])
def test_pass_word_of_a_word(text: str, printed: str) -> None:
    assert fact(text, printed)["qualifier"] == "exact"


@pytest.mark.parametrize(("text", "printed", "value", "unit", "qualifier"), [
    ("全年实现税收3个亿。", "3个亿", 3e8, "元", "exact"),  # written
    ("实现营业收入两个亿。", "两个亿", 2e8, "元", "exact"),  # written
    ("实际利用外资3个多亿美元。", "3个多亿美元", 3e8, "美元", "over"),  # written
    ("全年财政收入二十多个亿。", "二十多个亿", 2e9, "元", "over"),  # written
    ("完成十几个亿的投资。", "十几个亿", 1e9, "元", "over"),  # written
])
def test_spoken_magnitude(text: str, printed: str, value: float, unit: str, qualifier: str) -> None:
    f = fact(text, printed)
    assert (f["value"], f["unit"], f["qualifier"]) == (value, unit, qualifier)


def test_spoken_magnitude_not_a_class_of_projects() -> None:
    f = fact("全年引进5个亿元以上项目。", "5个")  # written: five projects of over 100 million yuan each
    assert (f["value"], f["unit"]) == (5, "个")


@pytest.mark.parametrize(("text", "printed", "name", "value", "unit"), [
    ("该项目位于东城区，投资规模2亿～3亿元，建设期两年。", "2亿", "投资规模", 2e8, "元"),  # written
    ("该项目位于东城区，投资规模2亿～3亿元，建设期两年。", "3亿元", "投资规模", 3e8, "元"),  # written
    ("项目投资规模2亿-3亿元。", "2亿", "项目投资规模", 2e8, "元"),  # written
    ("全区商品房均价1.2万～1.5万元/平方米，同比下降3%。", "1.2万", "商品房均价", 12000, "元/平方米"),  # written
    ("全区商品房均价1.2万～1.5万元/平方米，同比下降3%。", "1.5万元", "商品房均价", 15000, "元/平方米"),  # written
])
def test_range_of_amounts_named_before(text: str, printed: str, name: str, value: float, unit: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["value"], f["unit"], f["qualifier"]) == (name, value, unit, "exact")


@pytest.mark.parametrize(("text", "printed", "value", "unit", "qualifier", "flag"), [
    # national work report 2016: a range of percentages, the % printed twice
    (S2016, "6.5%", 6.5, "%", "exact", "range_low"),
    (S2016, "7%", 7, "%", "exact", "range_high"),
    # national work report 1955: each end over, the magnitude printed at both
    (S1955_YAM, "一百多亿斤", 1e10, "斤", "over", "range_low"),
    (S1955_YAM, "二百多亿斤", 2e10, "斤", "over", "range_high"),
])
def test_ranges_at_hand(text: str, printed: str, value: float, unit: str, qualifier: str, flag: str) -> None:
    f = fact(text, printed)
    assert (f["value"], f["unit"], f["qualifier"]) == (value, unit, qualifier)
    assert flag in f["flags"]


@pytest.mark.parametrize(("text", "printed", "value", "unit", "qualifier", "flag"), [
    # written: two numbers like years before an amount's unit
    ("全区新建商品住宅成交单价2000-3000元，同比下降3%。", "2000", 2000, "元", "exact", "range_low"),
    ("全区新建商品住宅成交单价2000-3000元，同比下降3%。", "3000元", 3000, "元", "exact", "range_high"),
    ("完成投资1900-2000万元。", "1900", 1.9e7, "元", "exact", "range_low"),  # written
    # written: the per-unit printed once, after the high end
    ("全区新建商品住宅成交均价2000元～3000元/平方米，同比下降3%。", "2000元", 2000, "元/平方米", "exact", "range_low"),
    ("全区新建商品住宅成交均价2000～3000元/平方米，同比下降3%。", "2000", 2000, "元/平方米", "exact", "range_low"),
    # written: a 约 before the low end
    ("引进项目总投资约50亿~60亿元。", "60亿元", 6e9, "元", "about", "range_high"),
])
def test_written_ranges(text: str, printed: str, value: float, unit: str, qualifier: str, flag: str) -> None:
    f = fact(text, printed)
    assert (f["value"], f["unit"], f["qualifier"]) == (value, unit, qualifier)
    assert flag in f["flags"]


@pytest.mark.parametrize("text", ["2021-2025年，全区新增就业5万人。", "2019-2020学年，全区新增学位3000个。"])  # written
def test_year_ranges_stay_years(text: str) -> None:
    from _sentences import facts
    assert not (facts(text)["raw_value"].isin(["2021", "2025", "2019", "2020"])).any()


@pytest.mark.parametrize("text", ["建设周期3-5年。", "力争用3-5年时间，培育10家上市企业。"])  # written
def test_span_of_years_is_no_figure(text: str) -> None:
    """The low end of a span of years is a period, as its high end is: no figure of no unit."""
    from _sentences import facts
    assert "3" not in set(facts(text)["raw_value"])


def test_span_of_years_as_a_quantity() -> None:
    f = fact("平均受教育年限达到12-13年。", "12")  # written: years as a quantity, both ends
    assert (f["value"], f["unit"]) == (12, "年")
