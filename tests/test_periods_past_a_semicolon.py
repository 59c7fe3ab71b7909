"""Periods read on verbatim sentences of the reports: a time heading a clause after figures of its semicolon
item (截至目前, 年底, 而1956年) is the time of that item only; the items after the semicolon keep the period held before
the sentence (the paragraph's), or the one the sentence opens with."""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import fact

# xiasha_qt_2022_street_h1: 截至目前 after the counts of its item; the vaccinations after the semicolon are of the
# half year the paragraph opens with
TESTS_2022 = ("围绕“无疫单元”创建,在辖区内动态设置便民核酸检测点111个,改造移动核酸检测方舱18处,截至目前累计核酸检测约821万人次;"
              "积极组织发动全民接种,累计完成加强针近10万剂次,老年人接种")


@pytest.mark.parametrize(("printed", "period"), [("18处", "上半年"), ("821万人次", "截至目前"), ("10万剂次", "上半年")])
def test_time_after_figures_of_an_item_holds_in_it_only(printed, period):
    path = Path(__file__).parent / "gold" / "real" / "texts" / "xiasha_qt_2022_street_h1.txt"
    assert fact(path.read_text(encoding="utf-8"), printed, within=TESTS_2022)["period"] == period


# 1960: 年底 after the pigs raised in the year, the end of the year the item names; the households after the
# semicolon are no year-end stock
PIGS_1959 = ("一九五九年全年养猪二亿七千万头，年底存栏一亿八千万头；全国一亿二千万农户，按年底存栏数平均每户一头半，"
             "按全年饲养量平均每户两头以上，提前达到了纲要要求在一九六二年达到的标准。")


def test_year_end_after_figures_of_an_item_holds_in_it_only():
    assert fact(PIGS_1959, "一亿八千万头")["period"] == "一九五九年底"
    assert not fact(PIGS_1959, "一亿二千万")["period"].endswith("年底")


# a slogan's figures in quotes (“1+3”) are no figures of the item: 上半年 holds on past the semicolon
TAXES_2023 = ("建立“1+3”税源建设工作机制，上半年引进重点企业186家，新增区级税收约5.6亿元；成功挽留拟迁出企业23户，"
              "涉及区级税收超过2亿元。")


def test_time_after_quoted_digits_holds_on():
    assert fact(TAXES_2023, "23户")["period"] == "上半年"


# 1957: a year framed after the figures of its item (而1956年就…) is the time of that item only; the next item is of
# the span the sentence opens with
LAND_1957 = "前三年共开垦荒地三千六百万亩，而1956年就开垦荒地二千九百万亩；前三年扩大的灌溉面积共四千一百多万亩，而1956年就扩大了一亿多亩。"


def test_year_frame_after_figures_of_an_item_holds_in_it_only():
    assert fact(LAND_1957, "二千九百万亩")["period"] == "1956年"
    assert fact(LAND_1957, "四千一百多万亩")["period"] == "前三年"
