"""Units and persons the reports of the 1950s and 1960s print, and a zero printed as a circle inside a numeral.

A debt counted in roubles (新卢布) is money in 卢布; cloth counted in 尺 and a fleet counted in 载重吨 are counts of
those units; craftsmen (手工业者) and emigrants (侨民) counted are persons; ``二百○八`` is 208 (the circle is
the zero of 二〇〇八, not a mark that cuts the numeral).
Each test is a sentence copied from the national work report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1964 = ("我们欠苏联的各项借款和应付利息共计十四亿零六百万新卢布，已经按期偿还了十三亿八千九百万新卢布，"
         "剩下的尾数一千七百万新卢布，我们已经向苏方提出，用今年对苏贸易的顺差额中的一部分来提前全部还清。")
S1958 = ("例如：猪肉将增加约六亿二千万斤，水产品将增加约四亿八千二百万斤，棉布将增加约五百七十八万匹，"
         "呢绒将增加约六百六十万尺，毛线将增加约二百万斤，煤炭将增加约七百七十万吨，日用品将增加约二亿元。")
S1955_SHIPS = "五年内新增轮船四十万载重吨。"
S1955_SCHOOLS = ("五年内，高等教育以发展高等工科学校和综合大学的理科为重点，同时适当地发展农林、师范、医药和其他各类学校，"
                 "到一九五七年，我国将共有高等学校二百○八所。")


@pytest.mark.parametrize(("printed", "name", "value"), [
    ("十四亿零六百万", "欠苏联的各项借款和应付利息", 1.406e9),
    ("一千七百万", "剩下的尾数", 1.7e7),
])
def test_a_debt_in_roubles_is_money_in_roubles(printed: str, name: str, value: float) -> None:
    # national work report 1964
    f = fact(S1964, printed)
    assert (f["indicator"], f["measure"], f["value"], f["unit"], f["status"]) == (name, "level", value, "卢布", "actual")


@pytest.mark.parametrize(("text", "printed", "name", "measure", "value", "unit"), [
    # national work report 1958
    (S1958, "六百六十万", "呢绒", "abs_change", 6.6e6, "尺"),
    # national work report 1955
    (S1955_SHIPS, "四十万", "新增轮船", "level", 4e5, "载重吨"),
])
def test_cloth_in_chi_and_ships_in_deadweight_tons_are_counted(text: str, printed: str, name: str, measure: str,
                                                                 value: float, unit: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["value"], f["unit"], f["status"]) == (name, measure, value, unit, "target")


def test_circle_zero_inside_a_chinese_numeral_is_read_with_it() -> None:
    # national work report 1955: one figure 208, not 8 under a name that ends in 二百○
    f = fact(S1955_SCHOOLS, "二百○八")
    assert (f["raw_value"], f["value"], f["unit"], f["period"]) == ("二百○八", 208.0, "所", "一九五七年")
    assert f["indicator"] == "高等学校"  # 我国将共有, the owner and what it will have, name no colleges


@pytest.mark.parametrize(("text", "printed", "name", "unit"), [
    # national work report 1954 (printed in traditional characters)
    ("據一九五三年底的統計，已經有三十萬手工業者組織在四千八百多個生産合作社中。", "三十萬", "手工業者", "人"),
    ("中國在國外約有一千二百萬僑民。", "一千二百萬", "僑民", "人"),
    # national work report 1957: the craftsmen counted (in the counter printed), not their economy
    ("一亿二千万农戶和五百多万个手工業者的个体經济已經变为集体經济。", "五百多万", "手工業者", "个"),
])
def test_craftsmen_and_emigrants_counted_are_persons(text: str, printed: str, name: str, unit: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["unit"]) == (name, "level", unit)
