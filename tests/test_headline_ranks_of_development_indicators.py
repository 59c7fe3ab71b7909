"""Per-capita GDP and overall labour productivity are headline indicators, and a rank of one names its group.

Both are main indicators of development plans (全员劳动生产率 is one of the national five-year plan's; 人均地区生产总值
measures the level of development), so the glossary marks them headline: a rank printed of them alone makes a row of
the headline table, as the income's and the unemployment rate's ranks of the same sentence do, and each rank row names
the set it is ranked in (全市). The sentence is verbatim from tests/gold/real/texts/xicheng_2022_annual.txt.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from _built_reports import real_pages
from _real_tables import real_table

from dhcheng_analysis.vocab import concept

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"
# xicheng_2022_annual: 人均地区生产总值、全员劳动生产率、居民人均可支配收入、登记失业率等重要经济社会发展指标,保持全市第一
RANKED = ["人均地区生产总值", "全员劳动生产率", "居民人均可支配收入", "城镇登记失业率"]


def test_per_capita_gdp_and_labour_productivity_are_headline_concepts():
    assert concept("人均地区生产总值").headline and concept("全员劳动生产率").headline
    assert concept("人均国内生产总值").headline  # (the national name, an alias)


def test_each_of_four_ranks_is_a_headline_row_naming_its_group():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        h = real_table(REAL / "xicheng_2022_annual.txt", "headline").set_index("indicator")
    assert set(RANKED) <= set(h.index)
    assert list(h.loc[RANKED, "rank"]) == [1.0] * 4 and list(h.loc[RANKED, "rank_group"]) == ["全市"] * 4


@pytest.mark.slow  # (builds the pages: runs the notebooks)
def test_the_overview_lists_the_four_ranks_with_their_group():
    page = real_pages("xicheng_2022_annual")["01"]
    for name in RANKED:  # (each a rank of the indicator itself: 排名对象 水平值)
        assert f"{name} 2022年 全市 水平值 1 原文" in page
