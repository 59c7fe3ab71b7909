"""A name opening with the verb of making (生产) is the output of the product made, in a unit of mass or energy."""
from __future__ import annotations

import pytest
from _sentences import facts

# national_work_reports/1958.txt
NATIONAL_1958 = "计划生产氮肥九十万六千吨，磷肥十九万六千吨，分别比上一年增长百分之三十三点七和百分之六十三点九。"


def test_the_planned_making_of_a_product_is_its_output():
    f = facts(NATIONAL_1958)
    assert f["indicator"].tolist() == ["氮肥产量", "磷肥产量", "氮肥产量", "磷肥产量"]
    assert set(f["status"]) == {"target"}


@pytest.mark.parametrize(("text", "name"), [
    # written, of a district's shape: 生产 as part of a noun is no making
    ("全年生产安全事故起数下降5%。", "生产安全事故起数"),
    ("全区生产经营主体300家。", "生产经营主体"),
    ("地区生产总值增长7.5%。", "地区生产总值"),
    # written: a change in percent of a name opening with 生产 and no output of it named before in its sentence
    ("生产者价格指数上涨2%。", "生产者价格指数"),
])
def test_shengchan_inside_a_noun_stays(text, name):
    assert facts(text)["indicator"].tolist() == [name]


def test_a_product_made_takes_the_key_of_its_output():
    # written, of a district's shape
    f = facts("全年生产钢材100万吨，水泥50万吨。")
    assert f["indicator"].tolist() == ["钢材产量", "水泥产量"]
    assert f["indicator_key"].tolist() == ["rolled_steel_output", "cement_output"]
