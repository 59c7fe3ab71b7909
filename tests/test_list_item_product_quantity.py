"""A bare product listed after an output or a capacity is of that quantity too (list_item_quantities).

近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱: the cement cut is backward cement capacity,
as the steel and iron before it, not cement; 钢产量3，500万吨，十种有色金属108万吨: the metals' output. A product after a
capacity keeps the quantity in a unit capacities are counted in (tonnes, weight boxes, kilowatts: list_item_capacity_units),
not in firms or furnaces; after an output only in the unit of the item before, so a count of another kind (生猪出栏2.1万头) is
no output. An item before that names no product (落后产能) lends no quantity. Each test is a
sentence copied from the report named in its comment, or says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 2016, 一、2015年工作回顾
S2016 = "近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱、电解铝100多万吨。"
# national work report 1980 (the plan of 1981)
S1980 = "原材料工业，钢产量3，500万吨，十种有色金属108万吨，水泥7，800万吨，化肥1，230万吨，木材4，910万立方米。"
# written: the shape in a district's statistical bulletin
W_FARM = "全年粮食产量12.3万吨、蔬菜4.5万吨、生猪出栏2.1万头。"


@pytest.mark.parametrize(("text", "printed", "name", "measure"), [
    # national work report 2016: every product of the cut list, whatever its unit
    (S2016, "2.3亿吨", "落后水泥产能", "abs_change"),
    (S2016, "7600", "落后平板玻璃产能", "abs_change"),
    (S2016, "100多万吨", "落后电解铝产能", "abs_change"),
    # national work report 1980: the outputs in tonnes after the steel's
    (S1980, "108万吨", "十种有色金属产量", "level"),
    (S1980, "7，800万吨", "水泥产量", "level"),
    (S1980, "1，230万吨", "化肥产量", "level"),
    # written
    (W_FARM, "4.5万吨", "蔬菜产量", "level"),
])
def test_a_listed_product_takes_the_quantity_of_the_item_before(text, printed, name, measure):
    row = fact(text, printed)
    assert (row["indicator"], row["measure"]) == (name, measure)


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1980: timber in cubic metres is not read as an output in tonnes
    (S1980, "4，910万立方米", "木材"),
    # written: pigs counted by head are no output of the grain's kind
    (W_FARM, "2.1万头", "生猪出栏"),
    # written: firms counted after a capacity of no product named are no capacity
    ("淘汰落后产能120万吨、企业12家。", "12家", "企业"),
    # written: furnaces counted after a product's capacity are no capacity either
    ("淘汰落后炼钢产能120万吨、小高炉12座。", "12座", "小高炉"),
])
def test_an_item_in_another_unit_keeps_its_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name
