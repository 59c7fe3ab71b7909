"""A subject of places heading a sentence, ended by its comma, is the scope of the figures after it: a list of places
and a count of them (内蒙古、新疆、广西、宁夏四个自治区), a share of the places (三分之一的省、市、自治区), a count closing
a list told over several clauses (…四川省的郫县等十一个县). Those figures are the places', not the country's, so a
national headline does not show them as the whole; a figure of the whole after them (全国…) keeps no scope.
Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact, fact_at

from dhcheng_analysis import tables

# national work report 1959
N1959 = ("据统计，内蒙古、新疆、广西、宁夏四个自治区，一九五八年工业总产值比一九五七年增长百分之八十八，"
         "粮食产量也增长了百分之八十三。")
# national work report 1978
N1978 = ("从一九六六年到一九七六年的十一年中，尽管有刘少奇、林彪特别是“四人帮”的严重干扰破坏，仍然有三分之一的省、市、"
         "自治区，粮食产量平均每年的增长速度都在百分之四点三以上，高的达到百分之五点五；也有三分之一的省、市、自治区，"
         "工业产值平均每年的增长速度都在百分之十二以上，高的达到百分之十八点五。")
# national work report 1958
N1958_COUNTIES = ("而广东省的澄海、潮安、揭阳、潮阳、普宁、南澳，福建省的龙溪、海澄、长乐，湖北省的孝感，四川省的郫县等十一个县，"
                  "粮食的每亩平均产量已经达到或者超过了一千斤。")
N1958_REACHED = ("在一九五七年，全国已经有六十五个县、市，分别达到了全国农业发展纲要修正草案所提出的每亩生产粮食四百斤、五百斤、"
                 "八百斤的要求，已经有五十六个县、市，分别达到了每亩生产棉花（皮棉）六十斤、八十斤、一百斤的要求，"
                 "即提前十年完成了全国农业发展纲要修正草案所规定的任务。")


@pytest.mark.parametrize("printed", ["百分之八十八", "百分之八十三"])
def test_a_list_of_places_and_their_count_is_the_scope_of_the_figures_after_it(printed: str) -> None:
    assert fact(N1959, printed)["scope"] == "内蒙古、新疆、广西、宁夏四个自治区"


def test_the_figures_of_a_set_of_places_are_no_national_headline() -> None:
    rows = tables.headline_indicators(N1959)
    grain = rows[rows["indicator"] == "粮食产量"]
    assert not grain.empty and (grain["scope"] == "内蒙古、新疆、广西、宁夏四个自治区").all()


@pytest.mark.parametrize("printed", ["百分之四点三", "百分之五点五", "百分之十二", "百分之十八点五"])
def test_a_share_of_the_places_is_the_scope_of_each_clause_group(printed: str) -> None:
    assert fact(N1978, printed)["scope"] == "三分之一的省、市、自治区"


def test_a_count_closing_a_list_over_clauses_takes_the_whole_list() -> None:
    assert fact(N1958_COUNTIES, "一千斤")["scope"] == (
        "广东省的澄海、潮安、揭阳、潮阳、普宁、南澳，福建省的龙溪、海澄、长乐，湖北省的孝感，四川省的郫县等十一个县")


@pytest.mark.parametrize(("printed", "scope"), [("四百斤", "六十五个县、市"), ("八百斤", "六十五个县、市"),
                                                ("六十斤", "五十六个县、市"), ("一百斤", "五十六个县、市")])
def test_counted_places_in_the_whole_are_the_scope_and_a_later_count_starts_its_own(printed: str, scope: str) -> None:
    assert fact(N1958_REACHED, printed)["scope"] == scope


def test_the_counts_of_the_places_keep_no_scope() -> None:
    assert fact_at(N1958_REACHED, "六十五个")["scope"] == ""
    assert fact_at(N1958_REACHED, "五十六个")["scope"] == ""


# fixture: the forms a district's or the country's report writes such a subject in (two districts counted, a region
# named by its quality, a count of provinces), and a figure of the whole after it
@pytest.mark.parametrize(("text", "printed", "scope"), [
    ("东城、西城两区，地区生产总值合计增长5.2%，全市地区生产总值增长3.1%。", "5.2%", "东城、西城两区"),
    ("东城、西城两区，地区生产总值合计增长5.2%，全市地区生产总值增长3.1%。", "3.1%", ""),
    ("中西部地区，地区生产总值增长12.1%。", "12.1%", "中西部地区"),
    ("有12个省份，粮食产量增长10%以上。", "10%", "12个省份"),
])
def test_forms_of_a_subject_of_places(text: str, printed: str, scope: str) -> None:
    assert fact(text, printed)["scope"] == scope


# national work report 2017: the places a quality names, printed right before the glossary quantity they own (no comma
# between), with their count before them
N2017_PM25 = ("强化大气污染治理，二氧化硫、氮氧化物排放量分别下降5.6%和4%，74个重点城市细颗粒物（PM2.5）年均浓度"
              "下降9.1%。")


def test_places_named_by_a_quality_before_a_glossary_quantity_are_its_scope() -> None:
    f = fact(N2017_PM25, "9.1%")
    assert (f["indicator"], f["indicator_key"], f["scope"], f["measure"], f["value"]) == (
        "细颗粒物（PM2.5）年均浓度", "pm25", "74个重点城市", "yoy_pct", -9.1)
    assert fact(N2017_PM25, "5.6%")["scope"] == ""


# fixture: a district's or the country's report naming such places before a glossary quantity with no count; a name
# that is no glossary quantity after them keeps them
@pytest.mark.parametrize(("text", "printed", "indicator", "scope"), [
    ("2016年贫困地区农村居民人均可支配收入增长10.4%。", "10.4%", "农村居民人均可支配收入", "贫困地区"),
    ("2016年重点城市污染防治项目完成120个。", "120个", "重点城市污染防治项目", ""),
])
def test_places_named_by_a_quality_head_the_name_only_before_a_glossary_quantity(
        text: str, printed: str, indicator: str, scope: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["scope"]) == (indicator, scope)
