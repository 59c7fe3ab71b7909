"""An eleventh pass over sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment), or from
the constructed budget report the gold files hold; each test names the rule it pins and asserts the fields a
reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- a part after 其中 takes the quantity its total's name ends with: 里程, 支出 -------------------------------------


def test_a_kind_of_road_after_its_total_length_is_a_length():
    # 2013: the new high-speed lines are part of the new railway length, a length themselves
    s = ("五年来，新建各类保障性住房1800多万套，棚户区改造住房1200多万套；完成大中型和重点小型水库除险加固1.8万座，"
         "治理重点中小河流2.45万公里，新增节水灌溉面积770万公顷；新增铁路里程1.97万公里，其中高速铁路8951公里，"
         "京沪、京广、哈大等高铁和一批城际铁路相继投入运营；新增公路60.9万公里，其中高速公路4.2万公里，"
         "高速公路总里程达9.56万公里；新建机场31个；新增万吨级港口泊位602个；一批跨江跨海大桥、连岛工程相继建成；"
         "西气东输、西电东送、南水北调等重大工程顺利推进或建成；非化石能源快速发展，水电、风电装机位居世界第一；"
         "重建后的汶川、玉树、舟曲等灾区发生了翻天覆地的变化。")
    assert fact(s, "8951公里")["indicator"] == "新增高速铁路里程"
    # 2016
    s = "铁路营业里程达到12.1万公里，其中高速铁路超过1.9万公里，占世界60%以上。"
    r = fact(s, "1.9万公里")
    assert (r["indicator"], r["qualifier"]) == ("高速铁路营业里程", "over")
    # 2003: a from-to pair of the part
    s = "公路通车里程由1997年的123万公里增加到2002年的176万公里，其中高速公路由4771公里增加到2.52万公里，从居世界第三十九位跃升到第二位。"
    assert fact(s, "4771公里")["indicator"] == fact(s, "2.52万公里")["indicator"] == "高速公路通车里程"


def test_a_part_of_a_total_stating_a_level_and_a_change_takes_its_quantity():
    # the constructed budget report: the figure before 其中 is the total's change; its level, stated before in the
    # sentence, is what the part's level is part of
    s = "社会保障和就业支出完成356820万元，为调整预算的99.1%，比上年增长7.3%，其中发放各类就业补贴18640万元，惠及企业2.3万余家。"
    assert fact(s, "18640万元")["indicator"] == "各类就业补贴支出"


def test_a_fee_after_its_total_is_named_as_printed():
    # the constructed budget report: 公务接待费 names a quantity already (费), it takes no 支出 of its total
    s = ("全区“三公”经费支出3862万元，比上年下降12.4%。其中：公务接待费412万元，比上年下降18.6%；"
         "公务用车购置及运行维护费3210万元，比上年下降10.9%；因公出国（境）费240万元，比上年下降16.7%。")
    assert fact(s, "412万元")["indicator"] == "公务接待费"


# -- 在 and a place between the things counted and their predicate are the predicate's -----------------------------


def test_persons_settling_in_towns_are_named_by_where_they_settle():
    # 2019: the migrants who settled in towns, not all rural migrants
    s = "新型城镇化扎实推进，近1400万农业转移人口在城镇落户。"
    r = fact(s, "1400万")
    assert (r["indicator"], r["qualifier"]) == ("城镇落户的农业转移人口", "nearly")
    # 2023: not the rural population, which is several times larger
    s = "分类放宽或取消城镇落户限制，十年1.4亿农村人口在城镇落户。"
    assert fact(s, "1.4亿")["indicator"] == "城镇落户的农村人口"
    # 2016: a target of the five-year plan
    s = ("要深入推进以人为核心的新型城镇化，实现1亿左右农业转移人口和其他常住人口在城镇落户，完成约1亿人居住的棚户区和城中村改造，"
         "引导约1亿人在中西部地区就近城镇化。")
    r = fact(s, "1亿左右")
    assert (r["indicator"], r["qualifier"]) == ("城镇落户的农业转移人口和其他常住人口", "about")


def test_a_target_said_achieved_after_the_place_is_no_predicate_of_the_persons():
    # 2021: 目标顺利实现 frames the figure as a target met; the persons keep their own name
    s = "1亿农业转移人口和其他常住人口在城镇落户目标顺利实现，城镇棚户区住房改造超过2100万套。"
    assert fact(s, "1亿")["indicator"] == "农业转移人口和其他常住人口"
