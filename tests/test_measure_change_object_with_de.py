"""A change verb before an object with 的 is a change of that object, as without 的.

增产, 扩大, 淘汰, 压减 … right before an object and a figure read the figure as the change of the object (淘汰落后炼铁
产能4659万吨 → −4659万吨 of 落后炼铁产能, ``abs_change``). The object may hold one 的 (淘汰落后的炼钢产能, 扩大烟叶的
播种面积): it is the same change, not a level named by the verb. A spending for a purpose (用于增加…的支出) is no
change of what it is used for.
"""

from _sentences import fact


def test_a_cut_of_an_object_with_de_is_a_change():
    # national work report 2010
    s = ("　　下大力气抑制部分行业产能过剩和重复建设，关停小火电机组2617万千瓦，淘汰落后的炼钢产能1691万吨、炼铁产能2113万吨、"
         "水泥产能7416万吨、焦炭产能1809万吨。")
    f = fact(s, "1691万吨")
    assert (f["indicator"], f["measure"], f["value"]) == ("落后的炼钢产能", "abs_change", -16910000.0)
    f = fact(s, "2113万吨")
    assert (f["indicator"], f["measure"], f["value"]) == ("落后的炼铁产能", "abs_change", -21130000.0)


def test_an_area_widened_with_de_is_a_change():
    # national work report 1955
    s = "以烟叶和甘蔗来说，五年内扩大烟叶的播种面积一百多万亩，扩大甘蔗的播种面积一百多万亩，也是能够实现的。"
    f = fact(s, "一百多万亩")
    assert (f["indicator"], f["measure"]) == ("烟叶的播种面积", "abs_change")


def test_a_spending_for_a_purpose_stays_a_level():
    # national work report 1982
    s = ("从一九七九年到一九八一年，国家用于提高农副产品收购价格的支出四百四十二亿元，用于提高职工工资和实行奖金制度的支出三百亿元，"
         "用于安排城镇二千六百万人就业的支出一百零五亿元，用于增加城镇职工住宅的支出一百五十二亿元，加上减免农村税收、增加进口商品"
         "价格补贴等方面的支出，共达一千四百多亿元。")
    f = fact(s, "一百五十二亿元")
    assert (f["indicator"], f["measure"]) == ("用于增加城镇职工住宅的支出", "level")
