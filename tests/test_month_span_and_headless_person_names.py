"""Indicator names without a span of months after them, and persons named by a clause closed with 的.

A span of months ending a name (``从今年一月到九月``, ``1-9月``, ``1至9月``) is the time of the figure, no part
of what is measured, taken off whole (not leaving ``1-`` or ``从1月到``). Persons counted with no noun of theirs
after the figure, whose subject is a clause closed by a 的 that no noun follows (with 有, 达到 or 为 after it or
not), are named by the clause, 的 and the persons (人, or 人次 for visits): ``其中依法判刑的有二万六千二百二十七人``
→ ``依法判刑的人``, as ``仅由各地劳动部门介绍就业的，就有二百零七万人`` → ``各地劳动部门介绍就业的人``; so are
units counted after such a clause (``…规定的，已经有五百零四个县`` → ``…规定的县``). Each test
is a sentence copied from the report named in its comment, or says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis.facts import clean_name

S1982 = ("全国查处的经济违法犯罪案件从今年一月到九月共有十三万六千零二十四件，已经结案处理的四万四千六百六十三件，"
         "其中依法判刑的有二万六千二百二十七人。")
S1956 = ("中医的力量有了进一步的发挥，其中已经参加公立和联合诊疗机构的达到９万人。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1982
    (S1982, "十三万六千零二十四件", "全国查处的经济违法犯罪案件"),
    (S1982, "四万四千六百六十三件", "结案处理的经济违法犯罪案件"),
])
def test_a_span_of_months_after_a_name_is_no_part_of_it(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("raw", "name"), [
    ("规上工业增加值1-9月", "规上工业增加值"),
    ("规上工业增加值1至9月", "规上工业增加值"),
    ("社会消费品零售总额从1月到9月", "社会消费品零售总额"),
    ("全国查处的经济违法犯罪案件从今年一月到九月", "全国查处的经济违法犯罪案件"),
    ("工业增加值3月", "工业增加值"),
])
def test_clean_name_takes_off_a_whole_span_of_months(raw: str, name: str) -> None:
    # written: the spans of months district bulletins print after a name
    assert clean_name(raw) == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1982
    (S1982, "二万六千二百二十七人", "依法判刑的人"),
    # national work report 1956
    (S1956, "９万人", "参加公立和联合诊疗机构的人"),
    # written: 的 right before the figure, with no 有
    ("其中依法判刑的二万六千二百二十七人。", "二万六千二百二十七人", "依法判刑的人"),
    # written: visits of persons
    ("全年参加培训的有3000人次。", "3000人次", "参加培训的人次"),
])
def test_persons_are_named_by_the_clause_their_de_closes(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert f["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written: a noun after the figure names the persons
    ("其中依法判刑的有2万名罪犯。", "2万名", "罪犯"),
])
def test_a_noun_after_the_figure_still_names_them(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


def test_a_class_by_a_figure_is_not_a_clause_of_what_they_do() -> None:
    # written: persons counted by an age, no clause of what they do
    assert fact("其中60岁以上的有5万人。", "5万人")["indicator"] != "60岁以上的人"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1960: the counties that reached the programme's yield, not all counties
    ("一九五九年，达到和超过纲要这个规定的，已经有五百零四个县（包括相当于县的旗、市和大市辖的区，下同），"
     "占全国一千七百八十六个县的百分之二十八；已经有二亿八千六百七十七万亩粮食耕地，占全国现有十二亿亩粮食耕地的百分之二十四。",
     "五百零四个", "达到和超过纲要这个规定的县"),
    # national work report 1960: the bound closing the class (以上) stays in its name
    ("总计亩产皮棉六十斤、八十斤或者一百斤以上的，共有二百零四个县，占全国一千零二十七个植棉县的百分之二十；"
     "共有三千六百四十八万四千亩棉田，占棉田实收面积八千五百多万亩的百分之四十二。",
     "二百零四个", "亩产皮棉六十斤、八十斤或者一百斤以上的县"),
    # national work report 1958
    ("在今年内可以建设完工的，有二十一个大型水利工程。", "二十一个", "可以建设完工的大型水利工程"),
    ("公路建设，由交通部负责施工的，共有十一条线路，主要是通往西南少数民族地区的公路。", "十一条", "交通部负责施工的线路"),
])
def test_units_counted_after_a_clause_closed_by_de_are_named_by_it(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name", "comparator"), [
    # national work report 1960: the share of the counties that reached the yield, not of all counties, whose count
    # is printed inside the clause of 占
    ("一九五九年，达到和超过纲要这个规定的，已经有五百零四个县（包括相当于县的旗、市和大市辖的区，下同），"
     "占全国一千七百八十六个县的百分之二十八；已经有二亿八千六百七十七万亩粮食耕地，占全国现有十二亿亩粮食耕地的百分之二十四。",
     "百分之二十八", "达到和超过纲要这个规定的县", "全国一千七百八十六个县"),
    ("总计亩产皮棉六十斤、八十斤或者一百斤以上的，共有二百零四个县，占全国一千零二十七个植棉县的百分之二十；"
     "共有三千六百四十八万四千亩棉田，占棉田实收面积八千五百多万亩的百分之四十二。",
     "百分之二十", "亩产皮棉六十斤、八十斤或者一百斤以上的县", "全国一千零二十七个植棉县"),
])
def test_a_count_of_the_whole_inside_the_clause_of_zhan_names_no_share(
        text: str, printed: str, name: str, comparator: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["comparator"]) == (name, comparator)
