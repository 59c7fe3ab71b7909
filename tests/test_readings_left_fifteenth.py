"""Readings of figures on verbatim sentences of the reports: after 其中, a stock printed after the parts of
what was added ends the parts (it is no part of the addition)."""

from __future__ import annotations

from _sentences import facts

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
