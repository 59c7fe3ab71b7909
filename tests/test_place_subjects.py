"""A place at the head of a name, with the verb of what it achieves (城阳区实现地区生产总值, 全省完成): the place
is what the figure is of, no part of its name, whether or not the report's title names it.

The sentences of ``tests/gold/real/texts`` are quoted by file; the others are regression fixtures written
for these tests (reports of a city, a town, a province), marked as such.
"""

from __future__ import annotations

import warnings

import pytest

import dhcheng_analysis as dh


def names(text: str) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)["indicator"].tolist()


@pytest.mark.parametrize("sentence", [
    # chengyang_qd_2022_bulletin, read without the bulletin's title (no place known for the report)
    "根据地区生产总值统一核算结果,2022年城阳区实现地区生产总值1348.33亿元,比上年增长1.1%。",
    # xicheng_m1to5_indicators_table, likewise
    "西城区累计完成公共财政预算支出213.6亿元,同比增长24.5%。",
])
def test_a_place_and_its_verb_are_no_part_of_a_name_in_a_real_sentence(sentence):
    got = names(sentence)
    assert got and all(not n.startswith(("城阳区", "西城区")) for n in got), got


@pytest.mark.parametrize("place", ["义乌市", "宁波市", "城关镇", "朝阳街道", "浙江省", "全省", "本县", "本市", "我省",
                                   "全乡", "酉阳土家族苗族自治县"])
def test_a_place_of_any_level_is_no_part_of_a_name(place):
    # fixture: a city's, a town's, a street's, a province's report
    text = f"2023年，{place}实现地区生产总值2055.2亿元，增长6.4%。{place}累计完成一般公共预算收入100.5亿元。"
    assert names(text) == ["地区生产总值", "地区生产总值", "一般公共预算收入"]


@pytest.mark.parametrize("words", ["城区", "社区", "全国"])
def test_a_word_that_only_ends_like_a_place_stays(words):
    # fixture: 城区 and 社区 name no place; the nation stays named in a name
    assert names(f"{words}实现地区生产总值2055.2亿元。")[0].startswith(words)


BEIJING_TRADE = "1-5月北京地区进出口总额增长26.9%,增速连续5个月高于全国。"  # beijing_2017_h1 (real sentence)


def test_a_city_named_as_its_area_in_its_own_report_is_its_own_place():
    # beijing_2017_h1's sentence under a title naming the city (the excerpt itself has none): 北京地区 is 北京市's
    # area, so the trade is the report's own, of the glossary's 进出口总额
    title = "北京市2017年上半年国民经济和社会发展计划执行情况的报告\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(dh.load_report(title + BEIJING_TRADE))
    row = f.iloc[0]
    assert (row["indicator"], row["indicator_key"], row["scope"], row["value"]) == ("进出口总额", "foreign_trade", "",
                                                                                  26.9)


def test_a_glossary_name_opening_with_area_keeps_it_after_the_city():
    # fixture: 北京地区生产总值 is 北京's 地区生产总值, not 北京地区's 生产总值
    title = "北京市2017年上半年国民经济和社会发展计划执行情况的报告\n"
    assert names(title + "上半年北京地区生产总值增长6.8%。")[0] == "地区生产总值"


def test_a_city_named_as_its_area_in_a_district_report_stays_named():
    # fixture: in a report of 西城区, 北京地区 is the city around it, not the report's own place
    title = "西城区2017年上半年国民经济和社会发展计划执行情况的报告\n"
    assert names(title + BEIJING_TRADE)[0] != "进出口总额"
