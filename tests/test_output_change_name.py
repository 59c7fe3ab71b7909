"""A product named right before 增产 or 减产 has its output changed: the name is the product's 产量.

原煤增产了一千八百二十六万吨 is a change of the output of raw coal, and a table row reads 原煤产量, not 原煤;
夏粮减产一成以上 is a fall of the summer grain's output. A name that already ends in a quantity (粮食总产量,
工业总产值) is kept, and a change in money (增产…亿元) is the value of output, named elsewhere. Each test is a
sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1958 = ("主要工业产品也绝大多数超额完成了产量计划，比上一年，原煤增产了一千八百二十六万吨，电力增产了二十四亿度，"
         "生铁增产了一百零八万吨，钢增产了约七十八万吨，机床增产了三千一百多台，化学肥料增产了十四万吨，"
         "水泥增产了将近三十万吨，木材增产了约五百二十万立方公尺。")
S1959 = "一九五九年计划要求粮食增产百分之四十，这无疑是一个非常高的、在历史上少见的速度。"
S1980 = "农业生产，由于不少地区自然灾害严重，夏粮减产一成以上。"
S1979 = "粮食按人口平均占有量超过了建国以来的最高水平，总产量达到三亿零四百七十五万吨，比上一年增产二千二百万吨，即百分之七点八。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1958
    (S1958, "一千八百二十六万吨", "原煤产量"),
    (S1958, "七十八万吨", "钢产量"),
    (S1958, "三十万吨", "水泥产量"),
    (S1958, "五百二十万立方公尺", "木材产量"),
    # national work report 1959
    (S1959, "百分之四十", "粮食产量"),
    # national work report 1980
    (S1980, "一成", "夏粮产量"),
])
def test_a_product_before_an_output_change_names_its_output(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_a_name_of_a_quantity_is_kept():
    # national work report 1979: the total output named before, no 产量 added twice
    assert fact(S1979, "二千二百万吨")["indicator"].count("产量") == 1
