"""Units of figures whose counter is the noun counted, and a rate printed in per-mille, in real text.

Verbatim sentences of the national work reports: earthwork counted in 土方 (八亿土方: cubic metres of earth
moved), persons counted by the noun after the number (上百万赤脚医生, 近千万知识青年, 数百万阿富汗难民: 人,
the noun staying the thing counted), the population growth rate aimed at in per-mille (全国人口增长率降到千分之十:
a rate reached, not a growth of the population in per cent), and a sentence opened by 我们 (我们派出留学生:
the students sent, not the speaker), and an amount the sentence sets as a requirement (灌溉面积…达到九亿亩的要求:
the area, not the requirement).

Sentences written in the form of a work report (regression fixtures, not real text; no text at hand prints an
amount of money before 的目标): an amount set as a target or a requirement (地区生产总值达到500亿元的目标) names what
reaches it, not the target.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at

EARTHWORK = ("拿安徽省作为例子来说，这个省原定去冬今春兴修八亿土方的农田水利工程，后来增加到十六亿土方，"
             "但是，到一九五八年一月二十三日就已经完成十六亿多土方。")
DOCTORS = ("老中青三结合的革命委员会密切了和群众的联系，大批的无产阶级革命事业接班人茁壮成长，以革命样板戏为标志的"
           "无产阶级文艺革命深入发展，教育卫生革命生气勃勃，广大干部和工农兵学商坚持五七道路，上百万赤脚医生成长起来，"
           "近千万知识青年上山下乡，工农兵参加的马克思主义理论队伍正在壮大。")
REFUGEES = ("苏联已宣布将从阿富汗撤出他们的全部军队，我们希望这能够成为现实，并希望看到有各方参加的阿富汗联合政府早日"
            "成立，看到数百万阿富汗难民能够安全地返回家园，重享和平生活。")
POPULATION = "今年我们要力争使全国人口增长率降到千分之十左右，今后要继续努力使它逐年下降，一九八五年要降到千分之五左右。"
IRRIGATION = "我们要继续努力，争取提前实现纲要所提出的能够充分发挥效益的灌溉面积在十二年内达到九亿亩的要求。"
STUDENTS = "根据已有的统计材料，从1952年到1956年，我们派出留学生6,435人，其中革命干部的子女还不到3.5%。"


@pytest.mark.parametrize(("printed", "nth", "value", "qualifier", "status"), [
    ("八亿土方", 0, 8e8, "exact", "target"),
    ("十六亿土方", 0, 1.6e9, "exact", "target"),
    ("十六亿多土方", 0, 1.6e9, "over", "actual"),
])
def test_earthwork_counted_in_cubic_metres(printed, nth, value, qualifier, status):
    f = fact_at(EARTHWORK, printed, nth)
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == ("土方", "level", value, "立方米")
    assert (f["qualifier"], f["status"]) == (qualifier, status)


@pytest.mark.parametrize(("text", "printed", "value", "indicator"), [
    (DOCTORS, "百万赤脚医生", 1e6, "赤脚医生"),
    (DOCTORS, "千万知识青年", 1e7, "知识青年"),
    (REFUGEES, "数百万阿富汗难民", 1e6, "阿富汗难民"),
])
def test_persons_counted_by_the_noun(text, printed, value, indicator):
    f = fact_at(text, printed)
    assert (f["measure"], f["value"], f["unit"]) == ("level", value, "人")
    assert f["indicator"].startswith(indicator)


@pytest.mark.parametrize(("printed", "value"), [("千分之十", 10), ("千分之五", 5)])
def test_population_growth_rate_in_per_mille(printed, value):
    f = fact_at(POPULATION, printed)
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == ("全国人口增长率", "rate_pct", value, "‰")
    assert (f["qualifier"], f["status"]) == ("about", "target")


def test_we_opening_the_sentence_is_no_part_of_the_name():
    f = fact_at(STUDENTS, "6,435人")
    assert (f["indicator"], f["value"], f["unit"]) == ("派出留学生", 6435, "人")


def test_area_set_as_a_requirement():
    f = fact_at(IRRIGATION, "九亿亩")
    assert (f["measure"], f["value"], f["unit"], f["status"]) == ("level", 9e8, "亩", "target")
    assert f["indicator"].endswith("灌溉面积")


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    ("力争实现地区生产总值达到500亿元的目标。", "500亿元", "地区生产总值"),
    ("全年一般公共预算收入达到35亿元的目标任务。", "35亿元", "一般公共预算收入"),
    ("税收收入达到5亿元的要求。", "5亿元", "税收收入"),
])
def test_amount_set_as_a_target_names_what_reaches_it(text, printed, indicator):
    f = fact_at(text, printed)
    assert (f["indicator"], f["measure"], f["unit"]) == (indicator, "level", "元")
