"""Readings of figures on verbatim sentences of the reports: 全年 heading a clause after figures of its item
holds to the item's end only (the items after the semicolon keep the report's year); after 其中, a stock
printed after the parts of what was added ends the parts (it is no part of the addition); a part of a set named
by the words printed before its count (列入…的六十五种主要产品) is of that whole set."""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import fact, facts

# -- 全年 heading a later clause of an item is the time of that item only -------------------------------------

TAXES_2022 = ("分税种看，增值税完成612345万元，比上年下降5.2%，主要受大规模留抵退税影响，全年办理留抵退税约48.6亿元；"
              "企业所得税完成421880万元，比上年增长6.4%；个人所得税完成198760万元，比上年增长9.7%；契税完成65420万元，"
              "比上年下降27.3%；房产税完成88150万元，比上年增长3.2%。")


@pytest.mark.parametrize(("printed", "period"), [
    # (48.6亿元: 全年, the whole year the final accounts review, is 2022年 too)
    ("612345万元", "2022年"), ("48.6亿元", "2022年"), ("421880万元", "2022年"), ("6.4%", "2022年"), ("3.2%", "2022年"),
])
def test_whole_year_of_a_later_clause_holds_in_its_item_only(printed, period):
    # budget_2022_final: the taxes after the semicolon are of the year the report reviews, as the first one is
    path = Path(__file__).parent / "gold" / "constructed" / "budget_2022_final" / "budget_2022_final.txt"
    assert fact(path.read_text(encoding="utf-8"), printed, within=TAXES_2022)["period"] == period


# -- a stock after the parts of an addition ends them ---------------------------------------------------------

ROADS_2013 = ("五年来，新建各类保障性住房1800多万套，棚户区改造住房1200多万套；完成大中型和重点小型水库除险加固1.8万座，"
              "治理重点中小河流2.45万公里，新增节水灌溉面积770万公顷；新增铁路里程1.97万公里，其中高速铁路8951公里，"
              "京沪、京广、哈大等高铁和一批城际铁路相继投入运营；新增公路60.9万公里，其中高速公路4.2万公里，"
              "高速公路总里程达9.56万公里；新建机场31个；新增万吨级港口泊位602个；一批跨江跨海大桥、连岛工程相继建成；"
              "西气东输、西电东送、南水北调等重大工程顺利推进或建成；非化石能源快速发展，水电、风电装机位居世界第一；"
              "重建后的汶川、玉树、舟曲等灾区发生了翻天覆地的变化。")


def test_stock_after_the_parts_of_an_addition_is_no_part_of_it():
    # 2013: the length of all the expressways, not a part of the roads added in five years
    f = facts(ROADS_2013).set_index("raw_value")
    added = f.loc["60.9"]
    assert (f.loc["4.2", "parent_id"], f.loc["4.2", "relation"]) == (added["fact_id"], "part")
    assert (f.loc["9.56", "indicator"], f.loc["9.56", "relation"]) == ("高速公路总里程", "")


# -- a part of a set named before its count is of the set as printed ------------------------------------------

def test_part_of_a_set_named_before_its_count_is_of_that_set():
    # 1985: the 43 of the 65 products listed in the sixth five-year plan, not any main products
    got = fact("列入第六个五年计划的六十五种主要产品的产量，到１９８４年已有四十三种提前达到１９８５年的指标。", "四十三种")
    assert (got["indicator"], got["measure"]) == ("列入第六个五年计划的主要产品", "level")
