"""An amount glued to the units it sorts into a class is part of the class's name, no figure.

``产值超100亿元企业达到12家`` counts firms above an amount; so does an amount with no bound word when it opens its
clause, follows 其中 or 、, or follows what it is an amount of (税收, 产值, 营收 …): ``其中10亿元楼宇8座`` counts
buildings paying that much tax. A bare magnitude with 级 (``10亿级企业``) names a size class as ``百亿级`` does.
No real excerpt at hand prints these shapes, so the sentences are written, in the words district reports use.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts


@pytest.mark.parametrize(("text", "amount", "count", "name"), [
    # written: a class after 其中
    ("税收亿元楼宇达到52座,其中10亿元楼宇8座。", "10亿元", "8座", "10亿元楼宇"),
    # written: a class opening the text
    ("10亿元楼宇达到8座,百亿元楼宇2座。", "10亿元", "8座", "10亿元楼宇"),
    # written: a class after 、 in a list of classes
    ("新增税收亿元楼宇3座、5000万元楼宇6座。", "5000万元", "6座", "新增5000万元楼宇"),
])
def test_amount_glued_to_the_units_counted_is_no_figure(text, amount, count, name):
    got = facts(text)
    assert amount not in set(got["raw_value"] + got["raw_unit"])
    f = fact(text, count)
    assert (f["indicator"], f["value"]) == (name, float(count[:-1]))


def test_amount_with_a_bound_stays_no_figure():
    # written: the bound 超 was read before; the class name keeps it
    text = "全区税收亿元以上楼宇达到61座,其中税收超10亿元楼宇13座。"
    assert fact(text, "13座")["indicator"] == "税收超10亿元楼宇"
    assert len(facts(text)) == 2


def test_total_investment_before_projects_stays_a_figure():
    # written: an amount after the quantity it totals is that quantity, no class (总投资)
    text = "推进总投资12亿元项目建设。"
    f = fact(text, "12亿元")
    assert (f["indicator"], f["value"]) == ("总投资", 1.2e9)


def test_magnitude_and_ji_name_a_size_class():
    # written: 10亿级 as 百亿级 and 100亿元级
    text = "培育10亿级企业3家,打造100亿元级产业集群2个。"
    got = facts(text)
    assert list(got["raw_value"]) == ["3", "2"]
    assert fact(text, "3家")["value"] == 3.0
