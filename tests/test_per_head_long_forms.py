"""人均 as the reports of the 1980s print it at length (按人口平均的, 平均每人的): the quantity it names is the glossary's
per-head quantity (农民按人口平均的纯收入 is 农民人均纯收入). Sentences quoted verbatim from the national work reports
(year in the comment)."""

from __future__ import annotations

import pytest

from dhcheng_analysis.vocab import indicator_key

# 1984
INCOMES_1984 = ("一九八三年，职工家庭按人口平均的生活费收入达到５２６元，比上年增长６．４％；农民按人口平均的纯收入达到"
                "３０９．８元，比上年增长１４．７％。")


@pytest.mark.parametrize("printed, key", [
    ("５２６元", "urban_per_capita_living_income"),
    ("６．４％", "urban_per_capita_living_income"),
    ("３０９．８元", "rural_per_capita_net_income"),
    ("１４．７％", "rural_per_capita_net_income"),
])
def test_a_per_head_income_printed_at_length_takes_its_key(work_reports, printed, key):
    assert work_reports.fact_at(1984, INCOMES_1984, printed)["indicator_key"] == key


@pytest.mark.parametrize("name, key", [
    ("全国农民平均每人的纯收入", "rural_per_capita_net_income"),  # 1983
    ("全国城镇居民家庭平均每人可用于生活费的收入", "urban_per_capita_living_income"),  # 1985
    ("城乡居民按人口平均的消费水平", ""),  # 1982: no glossary quantity
    ("农民每人平均从集体分得的收入", ""),  # 1980
])
def test_the_long_forms_of_per_head_name_the_glossary_quantity(name, key):
    assert indicator_key(name) == key
