"""A figure whose name is only the work done, or the selling, is named by the quantity the unit measures.

A name that ends with a verb of work on land (植树造林, 退耕还林, 退牧还草, 封山育林, 拆除, 改造 …) before an
area is the area of that work (`植树造林9200多万亩` → `植树造林面积`), as a bare 拆除 already was. A name that
ends with 销售 is the quantity sold by its unit: an area is the floor space sold (`商品房销售9.37亿平方米` →
`商品房销售面积`, the statistical name), money the sales amount (销售额), a count or a weight the volume
(`汽车销售1364万辆` → `汽车销售量`), and the growth printed after it is of the same quantity. 召开, like 开展 and
进行, is no part of the name of the meetings it counts (`召开疫情防控领导小组会议76次` → `疫情防控领导小组会议`).
A count of times a change verb acts counts the times also when what it changes holds a 的
(`四次提高重点优抚对象的抚恤补助标准` → `提高重点优抚对象的抚恤补助标准的次数`).
Each sentence is copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2010_SALES = "全年汽车销售1364万辆，增长46.2%；商品房销售9.37亿平方米，增长42.1%；社会消费品零售总额实际增长16.9%，消费对经济增长的拉动作用明显增强。"
S2008_LAND = "继续推进天然林保护、京津风沙源治理等生态建设，五年累计退耕还林、植树造林 3191万公顷，退牧还草3460万公顷。"
S2003_LAND = "五年内，全国造林面积2787万公顷，封山育林3153万公顷，退耕还林382万公顷；治理水土流失面积26.6万平方公里，治理沙化土地570万公顷。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2012
    ("植树造林9200多万亩。", "9200", "植树造林面积"),
    # national work report 2003
    (S2003_LAND, "382", "退耕还林面积"),
    (S2003_LAND, "3153", "封山育林面积"),
    # national work report 2017
    ("启动森林质量提升、长江经济带重大生态修复、第二批山水林田湖生态保护工程试点，完成退耕还林还草1200万亩以上，"
     "加强荒漠化、石漠化治理，积累更多生态财富，构筑可持续发展的绿色长城。", "1200", "退耕还林还草面积"),
    # national work report 2010
    (S2010_SALES, "1364", "汽车销售量"),
    (S2010_SALES, "46.2", "汽车销售量"),
    (S2010_SALES, "9.37", "商品房销售面积"),
    (S2010_SALES, "42.1", "商品房销售面积"),
    # national work report 2003
    ("这几年，党中央、国务院两次召开全国再就业工作会议，相继制定和实行一系列政策措施。", "两", "全国再就业工作会议"),
    # national work report 2008
    ("调高最低工资标准；基本解决拖欠农民工工资问题；四次提高重点优抚对象的抚恤补助标准，统筹解决退役军人实际困难。",
     "四", "提高重点优抚对象的抚恤补助标准的次数"),
])
def test_a_name_of_work_or_selling_says_the_quantity(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


def test_a_list_of_works_on_land_is_named_as_their_area() -> None:
    # national work report 2008: the list before the area is the works', the area theirs
    assert fact(S2008_LAND, "3191")["indicator"] == "退耕还林、植树造林面积"
    assert fact(S2008_LAND, "3460")["indicator"] == "退牧还草面积"


def test_money_sold_is_the_sales_amount() -> None:
    # written: a district sentence of the shape the reports print (直播带货累计实现销售逾20亿元 in a 2020 report)
    assert fact("全区限上商贸企业线上销售12.5亿元，同比增长30.1%。", "12.5")["indicator"].endswith("线上销售额")


def test_the_area_of_a_programme_carried_from_before_keeps_its_flag() -> None:
    # national work report 2014: the area is the programme's, named in the clause before
    r = fact("推进生态保护与建设。继续实施退耕还林还草，今年拟安排500万亩。", "500")
    assert (r["indicator"], "subject_carried" in r["flags"]) == ("退耕还林还草面积", True)
