"""A clause that only names a base (比上一年，, 比一九五六年，, 与去年同期相比，) compares every change after it.

The base opens the sentence or a clause and is closed by a comma; the changes of the items listed after it are
against it (比上一年，原煤增产了…，电力增产了…). The last year (上年, 上一年, 去年) and its same period
(上年同期, 去年同期) are bases as a year printed is; a change against last year stays a year-on-year change.
Each test is a sentence copied from the report named in its comment, or says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1958_OUTPUT = ("主要工业产品也绝大多数超额完成了产量计划，比上一年，原煤增产了一千八百二十六万吨，电力增产了二十四亿度，"
                "生铁增产了一百零八万吨，钢增产了约七十八万吨，机床增产了三千一百多台，化学肥料增产了十四万吨，"
                "水泥增产了将近三十万吨，木材增产了约五百二十万立方公尺。")
S1958_FREIGHT = ("比一九五六年，铁路货物周转量增长百分之十一点八，公路汽车货物周转量增长百分之八点四，"
                 "交通部直属的内河和沿海运输企业的货物周转量分别增长百分之二十一点四和百分之二十九点二。")
S1958_CROPS = ("我们注意了增产潜力比较大的苎麻和柞蚕茧的生产，分别安排了一百四十四万担和一百四十五万七千担的产量，"
               "比上一年，苎麻将增长百分之三十二点八，柞蚕茧将增长百分之五十八点四。")
S1981 = "与去年同期相比，工业总产值第一季度下降０．２％，第二季度增长１．７％，第三季度增长３％，１０月份增长了１０．６％。"
S_WRITTEN = "与上年相比，全区地区生产总值增长5.2%，一般公共预算收入下降3.1%。"


@pytest.mark.parametrize(("text", "printed", "base"), [
    # national work report 1958
    (S1958_OUTPUT, "一千八百二十六万吨", "上一年"),
    (S1958_OUTPUT, "五百二十万立方公尺", "上一年"),
    (S1958_FREIGHT, "百分之十一点八", "一九五六年"),
    (S1958_FREIGHT, "百分之二十九点二", "一九五六年"),
    # national work report 1981
    (S1981, "０．２％", "去年同期"),
    (S1981, "１０．６％", "去年同期"),
    # written sentence, as a district report prints it
    (S_WRITTEN, "5.2%", "上年"),
    (S_WRITTEN, "3.1%", "上年"),
])
def test_a_base_clause_compares_the_changes_after_it(text, printed, base):
    assert fact(text, printed)["comparator"] == base


def test_a_change_on_the_year_before_stays_year_on_year():
    # national work report 1958
    f = fact(S1958_CROPS, "百分之三十二点八")
    assert (f["measure"], f["comparator"]) == ("yoy_pct", "上一年")
