"""Thresholds passed, the rest of a set after 其中 and a city average compared with, as district reports print them.

The sentences here are regression fixtures written in the style of district reports (经济运行情况 of a district's
half year), read under such a report's title and heading.
"""

from __future__ import annotations

import pandas as pd
from _sentences import facts

HEAD = "2023年上半年XX区经济运行情况\n\n一、2023年上半年经济运行基本情况\n\n"


def _read(sentence: str) -> pd.DataFrame:
    return facts(HEAD + sentence + "\n")


def _named(sentence: str) -> list[tuple[str, float, str]]:
    f = _read(sentence)
    return [(r.indicator, round(float(r.value), 1), r.qualifier) for r in f.itertuples()]


# -- a round threshold a level passed is no level of its own ---------------------------------------------------

def test_kuayue_passes_a_threshold_as_tupo_does():
    # regression fixture in the style of district reports: 跨越 reads as 突破 and 跨过 (over), so the threshold
    # after the level it rounds down is no second fact
    assert _named("全区实现地区生产总值1012.9亿元，跨越1000亿元大关。") == [("地区生产总值", 1012.9e8, "exact")]
    assert _named("全区地区生产总值跨越1000亿元大关。") == [("地区生产总值", 1000e8, "over")]


def test_kuayue_before_no_threshold_is_exact():
    # regression fixture in the style of district reports: 跨越 before a count with no milestone noun after it crosses
    # places, passes no threshold
    assert _named("新建的高速公路跨越3个乡镇。") == [("乡镇", 3.0, "exact")]
    assert _named("全区地区生产总值跨越了1000亿元大关。") == [("地区生产总值", 1000e8, "over")]


def test_a_list_of_thresholds_passed_is_no_list_of_levels():
    # regression fixtures in the style of district reports: several thresholds passed in turn, then the level reached
    expected = [("地区生产总值", 1012.9e8, "exact")]
    assert _named("全区地区生产总值连续跨越500亿元、800亿元台阶，达到1012.9亿元。") == expected
    assert _named("全区地区生产总值连续迈上500亿元、800亿元台阶，达到1012.9亿元。") == expected
    assert _named("全区地区生产总值先后突破500亿元、800亿元、1000亿元大关。") == []


# -- the change of each item of a list, in brackets after it ---------------------------------------------------

def test_a_change_in_brackets_after_each_item_is_of_that_item():
    # regression fixture in the style of district reports: each item's growth in brackets after it, then the total
    # the items make together (no real text at hand prints the shape)
    sentence = ("金融业（增长6.1%）、信息服务业（增长12.3%）、科技服务业（增长4.2%）三大重点行业合计实现增加值"
                "890.2亿元。")
    assert _named(sentence) == [("金融业", 6.1, "exact"), ("信息服务业", 12.3, "exact"), ("科技服务业", 4.2, "exact"),
                                ("三大重点行业增加值", 890.2e8, "exact")]
    f = _read("金融业（同比下降6.1%）、信息服务业（增长12.3%）实现较快发展。")
    assert list(zip(f["indicator"], f["value"], strict=True)) == [("金融业", -6.1), ("信息服务业", 12.3)]


def test_a_change_in_brackets_names_no_item_before_its_sentence():
    # regression fixtures in the style of district reports: a list before the sentence or its clause names nothing
    for text in ("工业、建筑业平稳发展。金融业（增长6.1%）实现较快发展。", "工业、建筑业平稳发展，金融业（增长6.1%）实现较快发展。"):
        assert _named(text) == [("金融业", 6.1, "exact")]


# -- a city average in brackets after 高于 is the city's change of the same quantity --------------------------

def test_an_average_in_brackets_is_the_wider_places_change_of_the_same_quantity():
    # regression fixture in the style of district reports: the district's growth, then the city's average growth
    # printed in brackets after the word for it (as 高于全市(5.5%) already reads)
    f = _read("一般公共预算收入增长8.1%，高于全市平均水平（5.5%）2.6个百分点。")
    city = f[f["value"] == 5.5].iloc[0]
    assert (city["indicator"], city["indicator_key"], city["scope"], city["measure"]) == (
        "一般公共预算收入", "general_budget_revenue", "全市", "yoy_pct")
