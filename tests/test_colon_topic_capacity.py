"""A production capacity printed with no owner, in a sentence that opens with the thing it is about and a colon.

The 1955 plan lists each product as a heading run into its sentence (原煤：…); the capacity the sentence gives
(全部建成后增加的年产能力, 五年内增加的年产能力) is that product's, so its name opens with the product. Only a
capacity word (生产能力, 年产能力 …) takes the topic: it names nothing without an owner. Each sentence is copied
from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S_COAL = "原煤：全部建成后增加的年产能力将为九千三百一十万吨，五年内增加的年产能力为五千三百八十五万吨。"
S_MACHINES = "冶金机械和矿山机械：全部建成后增加的年产能力将为十九万吨，五年内增加的年产能力为七万吨。"
S_TRACTORS = "拖拉机：全部建成后的年产能力将为一万五千辆，一九五九年建成。"
S_OUTPUT = "原煤：从六千三百五十三万吨增加到一亿一千三百万吨，增长零点八倍。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1955
    (S_COAL, "九千三百一十万吨", "原煤全部建成后增加的年产能力"),
    (S_COAL, "五千三百八十五万吨", "原煤增加的年产能力"),
    # national work report 1955: a topic of two products joined by 和
    (S_MACHINES, "十九万吨", "冶金机械和矿山机械全部建成后增加的年产能力"),
    # national work report 1955
    (S_TRACTORS, "一万五千辆", "拖拉机全部建成后的年产能力"),
    # national work report 1955: a figure with no name of its own is the topic's, as before
    (S_OUTPUT, "一亿一千三百万吨", "原煤"),
])
def test_a_capacity_is_of_the_topic_before_the_colon(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# national work report 1955: the capacity a list after 如下： gives each unit of
S_MINES = ("其中五个最大的煤矿企业在一九五七年将达到的年产能力如下：抚顺矿务局所属煤矿为九百三十万吨，"
           "阜新矿务局所属煤矿为八百四十五万吨，开滦煤矿为九百六十八万吨，大同矿务局所属煤矿为六百四十五万吨，"
           "淮南矿务局所属煤矿为六百八十五万吨。")
# national work report 1958: the capacity a list after 如下： gives each product
S_MAKERS = ("由于这些工厂的建设完工，可以增加的制造能力，按年产量计算如下：冶金机械三万吨，矿山机械二万七千吨，"
            "重型机床二万吨，滚珠轴承一千万套以上。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S_MINES, "九百三十万吨", "抚顺矿务局所属煤矿年产能力"),
    (S_MINES, "九百六十八万吨", "开滦煤矿年产能力"),
    (S_MINES, "六百八十五万吨", "淮南矿务局所属煤矿年产能力"),
    (S_MAKERS, "三万吨", "冶金机械可以增加的制造能力"),
    (S_MAKERS, "一千万套", "滚珠轴承可以增加的制造能力"),
])
def test_a_capacity_heading_a_list_after_ru_xia_names_each_item(text, printed, name):
    assert fact(text, printed)["indicator"] == name
