"""Capacity cuts read as changes, and a cap set after an outcome and a comparison of it.

退出, 淘汰 and 化解 with their object before a figure are cuts, as 压减 is (README, a cut verb with its object): the
figure is an ``abs_change`` of the thing cut, negative, named without the verb; so is every item of a list the verb
opens (named with the noun the list closes with, 等落后产能) or a 分别 list gives it (煤炭、电解铝分别淘汰…), and
the next items after the pause mark. A cap (控制在…以内) after an outcome of the same rate is its target also when a
clause comparing the outcome, with no figure, stands between (低于全市平均水平): it is named as the outcome.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(
    ("text", "printed", "indicator", "value"),
    [
        # national work report 2017
        ("今年要再压减钢铁产能5000万吨左右，退出煤炭产能1.5亿吨以上。", "1.5", "煤炭产能", -1.5e8),
        ("今年要再压减钢铁产能5000万吨左右，退出煤炭产能1.5亿吨以上。", "5000", "钢铁产能", -5e7),
        # national work report 2007
        ("五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。", "1亿", "落后炼铁产能", -1e8),
        ("五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。", "3500", "落后炼钢产能", -3.5e7),
        ("煤炭、电解铝分别淘汰落后生产能力1.1亿吨和120万吨。", "1.1", "煤炭落后生产能力", -1.1e8),
        ("煤炭、电解铝分别淘汰落后生产能力1.1亿吨和120万吨。", "120", "电解铝落后生产能力", -1.2e6),
        # national work report 2014
        ("今年要淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能，确保“十二五”淘汰任务提前一年完成。",
         "2700", "钢铁落后产能", -2.7e7),
        ("今年要淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能，确保“十二五”淘汰任务提前一年完成。",
         "3500", "平板玻璃落后产能", -3.5e7),
        # national work report 2008
        ("依法淘汰一大批落后生产能力，关停小火电 2157万千瓦、小煤矿1.12万处，淘汰落后炼铁产能4659万吨、炼钢产能3747万吨、"
         "水泥产能8700万吨。", "8700", "落后水泥产能", -8.7e7),
    ],
)
def test_a_capacity_cut_is_a_change_of_the_capacity(text, printed, indicator, value):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["value"]) == (indicator, "abs_change", value)


def test_a_cap_after_a_comparison_of_the_outcome_is_its_target():
    # written sentence (district reports print this shape; no text at hand does)
    text = "城镇调查失业率为4.5%，低于全市平均水平，控制在5%以内。"
    f = fact(text, "5%", within="控制在5%")
    assert (f["indicator"], f["status"], f["qualifier"], f["value"]) == ("城镇调查失业率", "target", "at_most", 5.0)
    assert fact(text, "4.5")["status"] == "actual"
