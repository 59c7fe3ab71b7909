"""Glossary keys of the real-estate floor space, online retail above designated size, vegetables with edible fungi,
wheat's sown area and household cars per hundred urban homes.

Verbatim sentences of the real excerpts and the national work reports (the file in the comment of each case): the
floor space real-estate developers have under construction, started and completed, the online retail sales of the
wholesale and retail enterprises above designated size, the output of vegetables as the statistics print it since
2013 (蔬菜及食用菌), the area sown to wheat and the cars per hundred urban households. A bare 竣工面积 (of workers'
housing in the planned economy) and a part of the registered population stay unkeyed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _real_tables import real_facts, real_report
from _sentences import fact

from dhcheng_analysis.vocab import indicator_key

XICHENG_FILE = Path(__file__).parent / "gold" / "real" / "texts" / "xicheng_2018_h1_indicators.txt"
XICHENG = ("截至6月底,西城区房屋施工面积合计105.8万平方米,比去年同期下降27.9%,其中,本年新开工面积为1.4万平方米,"
           "比去年同期下降96.0%;本年新增竣工面积为7.7万平方米。")


@pytest.mark.parametrize(("printed", "key"), [
    ("105.8万平方米", "floor_space_under_construction"), ("27.9%", "floor_space_under_construction"),
    ("1.4万平方米", "floor_space_started"), ("96.0%", "floor_space_started"), ("7.7万平方米", "floor_space_completed"),
])
def test_the_floor_space_of_real_estate_has_its_key(printed: str, key: str) -> None:
    # tests/gold/real/texts/xicheng_2018_h1_indicators.txt: 西城区 is the report's own district
    at = real_report(XICHENG_FILE).text.index(XICHENG) + XICHENG.index(printed)
    f = real_facts(XICHENG_FILE)
    assert f.loc[f["start"] == at, "indicator_key"].tolist() == [key]


@pytest.mark.parametrize(("text", "printed", "key"), [
    # tests/gold/real/texts/district_2021_bulletin_rank.txt
    ("年末限额以上批发和零售企业网上商品零售额1956.7万元,同比增长467.3%。", "1956.7万元",
     "online_retail_sales_above_size_wholesale_retail"),
    ("其中:小麦面积和产量是95517亩和37554吨,比上年增长5.1%和4.6%。", "95517亩", "wheat_sown_area"),
    # tests/gold/real/texts/youyang_cq_2025_q1.txt
    ("蔬菜及食用菌产量9.72万吨,增长2.0%。", "9.72万吨", "vegetable_output"),
    # shared/corpus/national_work_reports/2013.txt
    ("城镇居民每百户拥有家用汽车21.5辆，比2007年增加15.5辆；旅游、文化消费大幅增加。", "21.5辆",
     "urban_cars_per_100_households"),
])
def test_a_standard_statistic_has_its_key(text: str, printed: str, key: str) -> None:
    assert fact(text, printed)["indicator_key"] == key


@pytest.mark.parametrize(("name", "key"), [
    ("全区房屋施工面积", "floor_space_under_construction"), ("商品房新开工面积", "floor_space_started"),
    ("房地产开发竣工面积", "floor_space_completed"),
    ("限额以上单位通过公共网络实现的商品零售额", "online_retail_sales_above_size"),
    ("限上网上零售额", "online_retail_sales_above_size"),
    ("限额以上批发和零售业企业网上零售额", "online_retail_sales_above_size_wholesale_retail"),
])
def test_an_alias_names_the_same_quantity(name: str, key: str) -> None:
    assert indicator_key(name) == key


@pytest.mark.parametrize("name", [
    "竣工面积",  # shared/corpus/national_work_reports/1979.txt: the workers' housing the state builds, not developers'
    "城镇人口",  # tests/gold/real/texts/district_2021_bulletin_rank.txt: a part of the registered population there
    "施工面积",  # the construction industry's count is another
])
def test_a_near_name_stays_unkeyed(name: str) -> None:
    assert indicator_key(name) == ""


def test_the_online_retail_of_a_sectors_firms_is_the_sectors_quantity() -> None:
    # tests/gold/constructed/short_bulletins/short_bulletins.txt: keyed, it stays of the sector its firms are in, as
    # 限额以上批发和零售业零售额 is
    text = ("【网上零售】限额以上批发和零售业企业实现网上零售额96.3亿元，增长27.4%，占社会消费品零售总额的比重为23.3%，"
            "比一季度提高2.1个百分点，线上消费对全区消费市场的支撑作用进一步显现。")
    row = fact(text, "96.3亿元")
    assert (row["indicator_key"], row["dimension"]) == ("online_retail_sales_above_size_wholesale_retail", "sector")
