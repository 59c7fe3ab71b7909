"""Units, bases and bounds of figures as local reports print them.

A range or list whose unit is printed once, after its last figure (5—6%, 10-15亿元, 百分之十到二十, 分别增长2.1、4.5和
6.3%): the figures before are read with that unit, so all are the same measure of the same thing. An amount converted
on a basis stated before it (按年平均汇率折算为2.3万美元) is the amount named before; a share stated with 相当于 is of the
whole after it; an amount naming the class of firms counted is no figure; degrees and prices per unit keep their units.

Sentences of the State Council government work reports and of the real excerpts are quoted by year or file; the
short ones are regression fixtures written for these tests (lines of district plans and bulletins), marked as such.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts


def test_a_share_range_with_one_percent_sign_is_a_share_at_both_ends():
    # 1957
    s = "即使以基本建设投资多了十五亿元到二十亿元来说，也只占去年全部支出的5—6%，仍然是局部性质的缺点。"
    low, high = fact(s, "5—"), fact(s, "6%")
    assert (low["measure"], low["unit"]) == ("rate_pct", "%") and "range_low" in low["flags"]
    assert (high["measure"], high["comparator"]) == ("rate_pct", "去年全部支出") and "range_high" in high["flags"]


@pytest.mark.parametrize("sep", ["-", "—", "至", "到", "~"])
def test_a_growth_target_range_with_one_percent_sign_is_growth_at_both_ends(sep):
    # fixture: a district plan's target line
    got = facts(f"2024年主要预期目标是：地区生产总值增长5{sep}6%，一般公共预算收入增长3%。")
    assert [tuple(r) for r in got[["indicator", "value", "unit", "measure", "status"]].itertuples(index=False)] == [
        ("地区生产总值", 5.0, "%", "yoy_pct", "target"), ("地区生产总值", 6.0, "%", "yoy_pct", "target"),
        ("一般公共预算收入", 3.0, "%", "yoy_pct", "target")]


def test_an_amount_range_scales_its_low_end_by_the_magnitude_printed_once():
    # fixture
    got = facts("全年计划投资10-15亿元。")
    assert got["value"].tolist() == [1e9, 1.5e9]
    assert got["unit"].tolist() == ["元", "元"]
    assert got["indicator"].tolist() == ["投资", "投资"]


def test_an_amount_converted_at_an_exchange_rate_is_the_amount_before_it():
    # fixture: a statistical bulletin's line
    got = facts("全区人均地区生产总值达到15.6万元，按年平均汇率折算为2.3万美元。")
    assert got["indicator"].tolist() == ["人均地区生产总值", "人均地区生产总值"]
    assert got["unit"].tolist()[1] == "美元"


def test_a_basis_that_qualifies_the_concept_stays_in_its_name():
    # 1954 (traditional characters): the wage in money, not in goods
    s = "根據中央五個工業部門的統計，一九五三年按貨幣計算的平均工資比一九五〇年增加了百分之八十四。"
    assert fact(s, "百分之八十四")["indicator"] == "按貨幣計算的平均工資"


def test_a_list_whose_unit_is_printed_after_its_last_item_gives_it_to_every_item():
    # fixture: a bulletin's lines
    got = facts("第一、二、三产业增加值分别增长2.1、4.5和6.3%。")
    assert list(zip(got["value"], got["unit"], got["measure"], strict=True)) == [
        (2.1, "%", "yoy_pct"), (4.5, "%", "yoy_pct"), (6.3, "%", "yoy_pct")]
    got = facts("新建和改造道路投资分别为1.2和3.5亿元。")
    assert list(zip(got["value"], got["unit"], strict=True)) == [(1.2e8, "元"), (3.5e8, "元")]
    got = facts("新增高新技术企业和专精特新企业分别为120和35家。")
    assert got["unit"].tolist() == ["家", "家"]


def test_a_list_of_point_differences_is_in_points_at_every_item():
    # wangcang_h1_industry
    s = "上半年,全县规上工业增加值同比增长1.3%,增速较一季度和1-5月分别提高15.5和2.2个百分点,增速居全市第6位,较1-5月上升1位。"
    r = fact(s, "15.5")
    assert (r["measure"], r["unit"], r["comparator"]) == ("pp_diff", "pp", "一季度")


def test_a_temperature_and_its_rise_are_read_in_degrees():
    # fixture: the climate lines of a statistical bulletin
    got = facts("年平均气温14.5℃，比上年升高0.3℃，全年降水量568.2毫米。")
    assert list(zip(got["indicator"], got["value"], got["unit"], got["measure"], strict=True))[:2] == [
        ("年平均气温", 14.5, "℃", "level"), ("年平均气温", 0.3, "℃", "abs_change")]


def test_a_share_stated_with_xiangdangyu_is_a_share_of_the_whole_after_it():
    # 1954 (traditional characters)
    s = "三十五個工業部門爲職工直接支付的勞動保險費、醫藥費、文敎費和福利費平均相當於工資總額的百分之十七。"
    r = fact(s, "百分之十七")
    assert (r["indicator"], r["measure"], r["comparator"]) == ("文敎費和福利費", "rate_pct", "工資總額")
    # fixture
    r = fact("全区研发经费投入相当于地区生产总值的6.5%。", "6.5")
    assert (r["indicator"], r["comparator"]) == ("研发经费投入", "地区生产总值")


def test_an_amount_naming_the_class_of_firms_counted_is_no_figure():
    # fixture: a county report's line (the firms above an output are counted; the output is no figure)
    got = facts("全区营收超10亿元企业8家，产值超100亿元企业达到12家。")
    assert list(zip(got["raw_value"], got["indicator"], strict=True)) == [
        ("8", "营收超10亿元企业"), ("12", "产值超100亿元企业")]
    # an amount reached is a figure
    assert facts("全区完成投资超100亿元，项目35个。")["raw_value"].tolist() == ["100", "35"]


def test_a_price_per_unit_keeps_its_unit_as_a_table_prints_it():
    # fixture: a bulletin's housing line, and a land price in 万元 a mu
    got = facts("全区新建商品住宅平均销售价格为52360元/平方米，同比下降3.2%。土地流转价格达到1.2万元/亩。")
    assert list(zip(got["value"], got["unit"], strict=True)) == [(52360, "元/平方米"), (-3.2, "%"), (12000, "元/亩")]


@pytest.mark.parametrize("words", ["不到", "不足"])
def test_a_share_under_a_bound_is_named_without_the_bound(words):
    # fixture: a district report's line on firms' revenue against the year before
    r = fact(f"约三成企业营业收入{words}上年同期的一半。", "一半")
    assert (r["indicator"], r["qualifier"]) == ("企业营业收入", "under")


def test_a_word_ending_with_a_joiner_joins_no_list_of_names():
    # fixture: a street report's line (涉及 is no 及 between two items)
    got = facts("完成老旧小区改造3个，涉及居民楼18栋、1230户。")
    assert got["indicator"].tolist()[1] == "老旧小区改造涉及的居民楼"  # (named by the works that touch them)
    got = facts("小麦面积和产量是95517亩和37554吨。")  # 和 still joins two items
    assert got["indicator"].tolist() == ["小麦面积", "小麦产量"]


@pytest.mark.parametrize(("text", "printed"), [
    # the district fixtures (dongcheng_2019_h1, xicheng_2020_h1 under tests/fixtures), as Beijing's plan reports word it
    ("上半年,全区地区生产总值按初步核算增长6.3%,增速较一季度提高0.4个百分点。", "6.3%"),
    ("上半年,全区地区生产总值按初步核算同比降低2.8%,降幅较1-5月收窄0.6个百分点。", "0.6个百分点"),
    # the bundled report
    ("上半年,全区地区生产总值按初步核算数降幅为3.9%,较一季度收窄1.5个百分点。", "3.9%"),
])
def test_the_accounting_basis_of_a_figure_is_no_part_of_its_name(text, printed):
    assert fact(text, printed)["indicator"] == "地区生产总值"
