"""Glossary keys of standard statistical quantities district bulletins and reports print: the urban and rural resident
population, the hog stock, the sales of commercial buildings, urban and rural retail sales, urban and rural
per-capita consumption expenditure, persons in the urban employees' pension scheme, and the share in GDP and the
contribution to growth of the primary and secondary industries (as of the tertiary).

No text at hand prints these but the real bulletin's registered population below: the other sentences are regression
fixtures written in the style of district statistical bulletins. 城镇人口 alone may split the registered population
(as in that bulletin), so only 城镇常住人口 is the urban resident population.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis.vocab import indicator_key

REVIEW_HEAD = "关于2023年国民经济和社会发展计划执行情况的报告\n\n一、2023年工作回顾\n\n"


@pytest.mark.parametrize(("text", "printed", "key"), [
    ("年末常住人口120万人，其中城镇常住人口90万人，乡村常住人口30万人。", "90万人", "urban_population"),
    ("年末常住人口120万人，其中城镇常住人口90万人，乡村常住人口30万人。", "30万人", "rural_population"),
    ("生猪存栏12万头，生猪出栏20万头。", "12万头", "hog_stock"),
    ("商品房销售面积120万平方米，商品房销售额180亿元。", "180亿元", "commercial_buildings_sales"),
    ("城镇消费品零售额120亿元，增长5%；乡村消费品零售额30亿元，增长6%。", "120亿元", "urban_retail_sales"),
    ("城镇消费品零售额120亿元，增长5%；乡村消费品零售额30亿元，增长6%。", "30亿元", "rural_retail_sales"),
    ("农村居民人均生活消费支出15000元，增长6%。", "15000元", "rural_per_capita_consumption_expenditure"),
    ("城镇居民人均消费支出30000元，增长4%。", "30000元", "urban_per_capita_consumption_expenditure"),
    ("参加城镇职工基本养老保险人数50万人。", "50万人", "urban_employee_pension_insured"),
    ("第一产业增加值占地区生产总值的比重为5%，第二产业增加值占地区生产总值的比重为40%，第三产业增加值占地区生产总值的比重为55%。",
     "5%", "primary_share"),
    ("第一产业增加值占地区生产总值的比重为5%，第二产业增加值占地区生产总值的比重为40%，第三产业增加值占地区生产总值的比重为55%。",
     "40%", "secondary_share"),
    ("三次产业对经济增长的贡献率分别为3%、40%和57%。", "3%", "primary_contribution"),
    ("三次产业对经济增长的贡献率分别为3%、40%和57%。", "40%", "secondary_contribution"),
    ("三次产业对经济增长的贡献率分别为3%、40%和57%。", "57%", "tertiary_contribution"),
])
def test_standard_quantities_are_keyed(text, printed, key):
    assert fact(REVIEW_HEAD + text, printed)["indicator_key"] == key


@pytest.mark.parametrize("printed", ["20.8万人", "8.7万人"])
def test_urban_and_rural_parts_of_the_registered_population_stay_unkeyed(printed):
    # tests/gold/real/texts/district_2021_bulletin_rank.txt
    text = "年末全区户籍人口29.5万人,其中:城镇人口20.8万人,乡村人口8.7万人。"
    assert fact(text, printed)["indicator_key"] == ""


def test_the_sectors_and_their_value_added_keep_their_keys():
    assert (indicator_key("第一产业"), indicator_key("第一产业增加值")) == ("primary_industry", "primary_industry_va")
