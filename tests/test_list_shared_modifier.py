"""A modifier the first item of a list of cuts prints after its verb is of every item (list_shared_modifiers).

淘汰落后炼铁产能4659万吨、炼钢产能3747万吨: the steel capacity cut is the backward one too, as the iron before it;
the later item printed with its name only (the same last word, 产能) takes 落后 (or 落后的, as printed), so its name
is no wider concept than the one the sentence speaks of. An item printing a modifier of its own keeps its name.
"""

from __future__ import annotations

from _sentences import fact

# national work report 2013, 一、过去五年工作回顾
S2013 = ("五年累计，共淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨、水泥产能7.75亿吨；新增城市污水日处理能力4600万吨；"
         "单位国内生产总值能耗下降17.2%，化学需氧量、二氧化硫排放总量分别下降15.7%和17.5%。")
# national work report 2012, 一、2011年工作回顾
S2012 = "加大对高耗能、高排放和产能过剩行业的调控力度，淘汰落后的水泥产能1.5亿吨、炼铁产能3122万吨、焦炭产能1925万吨。"
# national work report 2007
S2007 = "五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。"


def test_later_items_of_a_cut_list_are_the_backward_capacity():
    for printed, name, value in (("7800", "落后炼钢产能", -7.8e7), ("7.75", "落后水泥产能", -7.75e8)):
        f = fact(S2013, printed)
        assert (f["indicator"], f["measure"], f["value"]) == (name, "abs_change", value)


def test_the_modifier_is_carried_as_printed_with_its_de():
    assert fact(S2012, "3122")["indicator"] == "落后的炼铁产能"
    assert fact(S2012, "1925")["indicator"] == "落后的焦炭产能"


def test_an_item_printing_it_keeps_its_name():
    assert fact(S2007, "5500")["indicator"] == "落后炼钢产能"


def test_the_next_clause_is_no_item_of_the_list():
    assert fact(S2013, "4600")["indicator"] == "新增城市污水日处理能力"
