"""Readings left open by earlier passes over the texts (a fourteenth pass).

Written: a bound before 以上的 + a noun inside the object of 对 (对单体建筑面积1万平方米以上的大型公建开展能耗监测,
对使用年限20年以上的老旧电梯进行更新) names the class a measure is taken on, as 年综合能耗5万吨标准煤以上的企业 does: no
figure (a share or a count there still is one: 对30%以上的企业开展检查). A name never opens with the 即 that restates what
came before (即摸排率100%). A decade that opens the noun counted (改造提升20世纪80年代老旧小区15个) is part of its name: the
20 of 20世纪 is no table row's number, and a decade cuts a name only at its end or after 由/从/比 (1984: 已由五十年代的５０％左右).
Verbatim: the words before 的 and a count that say which things it counts, their stage or the list they are in (2015:
重大水利工程已开工的57个项目要加快建设; 1985: 国家按合理工期组织建设的一百二十三个大中型项目), stay in its name. A topic before 在 and a share of units that carry it out (2010: 基本药物制度在30％的
基层医疗卫生机构实施) is a share of those units, named as the same share printed before its topic is.
"""

from __future__ import annotations

from _sentences import fact, facts

# -- a bound of a class inside the object of 对: no figure -------------------------------------------------------------


def test_a_bound_of_a_class_a_measure_is_taken_on_is_no_figure() -> None:
    assert facts("对单体建筑面积1万平方米以上的大型公建开展能耗监测。").empty
    assert facts("对使用年限20年以上的老旧电梯进行更新。").empty


def test_a_share_or_a_count_of_the_class_is_still_a_figure() -> None:
    got = fact("对30%以上的企业开展检查。", "30%")
    assert (got["indicator"], got["qualifier"]) == ("开展检查的企业", "at_least")
    got = fact("对10个以上的项目进行督查。", "10个")
    assert (got["value"], got["qualifier"]) == (10.0, "at_least")


# -- 即 restating what came before: no part of a name -----------------------------------------------------------------


def test_a_name_does_not_open_with_the_restating_ji() -> None:
    text = "实现“三个100%”全覆盖,即摸排率100%、建档率100%。"
    assert fact(text, "100%、")["indicator"] == "摸排率"


# -- a decade inside the noun counted --------------------------------------------------------------------------------


def test_a_decade_inside_the_noun_counted_is_part_of_its_name() -> None:
    assert fact("改造提升20世纪80年代老旧小区15个。", "15个")["indicator"] == "改造提升20世纪80年代老旧小区"
    assert fact("改造提升上世纪80年代老旧小区15个。", "15个")["indicator"] == "改造提升上世纪80年代老旧小区"


def test_a_decade_a_figure_starts_from_still_ends_the_name() -> None:
    text = ("目前国营建筑企业固定职工的比例，已由五十年代的５０％左右，上升到８０％以上，管理机构和后方基地庞大，生产第一线人员很少，"
            "包袱重，拉不动，改革用工制度势在必行。")
    assert fact(text, "５０％")["indicator"] == "国营建筑企业固定职工的比例"


# -- which things a count counts, said before its 的 --------------------------------------------------------------------


def test_the_stage_of_the_things_counted_stays_in_their_name() -> None:
    text = "重大水利工程已开工的57个项目要加快建设，今年再开工27个项目，在建重大水利工程投资规模超过8000亿元。"
    got = fact(text, "57个")
    assert (got["indicator"], got["value"]) == ("重大水利工程已开工的项目", 57.0)
    assert fact("推进已开工的12个项目。", "12个")["indicator"] == "已开工的项目"
    got = fact("国家按合理工期组织建设的一百二十三个大中型项目，工程的进展比较顺利。", "一百二十三个")
    assert got["indicator"] == "国家按合理工期组织建设的大中型项目"


def test_the_list_the_things_counted_are_in_stays_in_their_name() -> None:
    assert fact("列入市重点的35个项目要加快建设。", "35个")["indicator"] == "列入市重点的项目"


# -- a topic, 在, a share of units that carry it out -------------------------------------------------------------------


def test_a_share_of_units_carrying_out_a_topic_is_of_the_units() -> None:
    got = fact("基本药物制度在30％的基层医疗卫生机构实施。", "30％")
    assert (got["indicator"], got["value"], got["status"]) == ("实施基本药物制度的基层医疗卫生机构", 30.0, "actual")
