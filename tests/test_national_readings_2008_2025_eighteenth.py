"""An eighteenth pass over sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- a part after 其中 of what was added (新增X) is itself added, never the stock of its kind ----------------------


def test_parts_of_an_addition_are_named_as_added():
    # 2011
    s = "大力发展清洁能源，新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦。"
    assert fact(s, "9601万千瓦")["indicator"] == "新增水电装机容量"
    assert fact(s, "384万千瓦")["indicator"] == "新增核电装机容量"
    # 2008
    s = ("五年新增电力装机3.5亿千瓦，是1950年到2002年53年的总和；新增公路19.2万公里，其中高速公路2.8万公里；"
         "新增铁路营运里程6100公里；建成万吨级以上泊位568个；新增电信用户4.94亿户。")
    r = fact(s, "2.8万公里")
    assert (r["indicator"], r["measure"], r["unit"]) == ("新增高速公路", "level", "公里")


def test_a_stock_after_the_parts_of_an_addition_keeps_its_name():
    # 2013: the stock after the added parts, and the added total itself, keep their names
    s = ("五年来，新建各类保障性住房1800多万套，棚户区改造住房1200多万套；完成大中型和重点小型水库除险加固1.8万座，"
         "治理重点中小河流2.45万公里，新增节水灌溉面积770万公顷；新增铁路里程1.97万公里，其中高速铁路8951公里，京沪、"
         "京广、哈大等高铁和一批城际铁路相继投入运营；新增公路60.9万公里，其中高速公路4.2万公里，高速公路总里程达9.56万"
         "公里；新建机场31个；新增万吨级港口泊位602个；一批跨江跨海大桥、连岛工程相继建成；西气东输、西电东送、南水北调等"
         "重大工程顺利推进或建成；非化石能源快速发展，水电、风电装机位居世界第一；重建后的汶川、玉树、舟曲等灾区发生了"
         "翻天覆地的变化。")
    assert fact(s, "8951公里")["indicator"] == "新增高速铁路里程"
    assert fact(s, "4.2万公里")["indicator"] == "新增高速公路"
    assert fact(s, "9.56万公里")["indicator"] == "高速公路总里程"
    assert fact(s, "60.9万公里")["indicator"] == "新增公路"
