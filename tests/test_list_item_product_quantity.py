"""A bare product listed after an output or a capacity is of that quantity too (list_item_quantities).

近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱: the cement cut is backward cement capacity,
as the steel and iron before it, not cement; 钢产量3，500万吨，十种有色金属108万吨: the metals' output. A product after a
capacity keeps the quantity in a unit capacities are counted in (tonnes, weight boxes, kilowatts: list_item_capacity_units),
not in firms or furnaces; after an output only in the unit of the item before, so a count of another kind (生猪出栏2.1万头) is
no output. An item before that names no product (落后产能) lends no quantity. An item of a semicolon list takes the
quantity of the item before as well when each prints its figure and then its change (棉纱产量286.5万吨，比1980年预计
增加9万吨；纸520万吨，增加20万吨: the paper's output and its rise), as a city's plan report prints its products (钢产量…，
增长…；水泥…，增长…); a clause of another shape after the semicolon keeps its name. Each test is a sentence copied from the report named in its comment, or says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 2016, 一、2015年工作回顾
S2016 = "近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱、电解铝100多万吨。"
# national work report 1980 (the plan of 1981)
S1980 = "原材料工业，钢产量3，500万吨，十种有色金属108万吨，水泥7，800万吨，化肥1，230万吨，木材4，910万立方米。"
# national work report 1980 (the plan of 1981)
S1980_LIGHT = ("棉纱产量286.5万吨，比1980年预计增加9万吨；纸520万吨，增加20万吨；糖260万吨，增加10万吨；"
               "自行车1，484万辆，增加224万辆，缝纫机860万架，增加140万架；表2，360万只，增加260万只；合成洗涤剂48万吨，增加5万吨。")
# national work report 1982
S1982 = ("到一九八五年，全国粮食产量计划达到三亿六千万吨，比一九八○年增长百分之十二点三；棉花三百六十万吨，增长百分之三十三；"
         "纱三百五十九万吨，增长百分之二十二点八；食糖四百三十万吨，增长百分之六十七点三；原煤七亿吨，增长百分之十二点九；"
         "发电量三千六百二十亿度，增长百分之二十点四；钢三千九百万吨，增长百分之五点四。")
# written: the shape of a city's plan report, a total before the first product
W_CITY = "全市工业总产值120亿元，增长3%，钢产量350万吨，增长5%；水泥780万吨，增长3%；生猪出栏2万头。"
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
    # national work report 1980: after a semicolon, past the changes of the item before, and its change too
    (S1980_LIGHT, "520万吨", "纸产量", "level"),
    (S1980_LIGHT, "20万吨；糖", "纸产量", "abs_change"),
    (S1980_LIGHT, "260万吨", "糖产量", "level"),
    (S1980_LIGHT, "10万吨", "糖产量", "abs_change"),
    # national work report 1982: a plan's list of outputs, each with its growth
    (S1982, "三百六十万吨", "棉花产量", "level"),
    (S1982, "三百五十九万吨", "纱产量", "level"),
    (S1982, "百分之六十七点三", "食糖产量", "change_pct"),
    (S1982, "七亿吨", "原煤产量", "level"),
    # written
    (W_CITY, "780万吨", "水泥产量", "level"),
    (W_CITY, "3%；", "水泥产量", "yoy_pct"),
])
def test_a_listed_product_takes_the_quantity_of_the_item_before(text, printed, name, measure):
    row = fact(text, printed)
    assert (row["indicator"], row["measure"]) == (name, measure)


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1980: timber in cubic metres is not read as an output in tonnes
    (S1980, "4，910万立方米", "木材"),
    # written: pigs counted by head are no output of the grain's kind
    (W_FARM, "2.1万头", "生猪出栏"),
    (W_CITY, "2万头", "生猪出栏"),
    # national work report 1980: bicycles in their units after the sugar in tonnes; steel after an output of power
    (S1980_LIGHT, "1，484万辆", "自行车"),
    (S1982, "三千九百万吨", "钢"),
    # written: after a semicolon, an item that does not go on with its change, or after an item with no change
    ("2019年，全区粮食产量12万吨，增长3%；秸秆综合利用3万吨。", "3万吨", "秸秆综合利用"),
    ("2019年，全区粮食产量12万吨；回收废旧物资3万吨，增长5%。", "3万吨", "回收废旧物资"),
    # written: firms counted after a capacity of no product named are no capacity
    ("淘汰落后产能120万吨、企业12家。", "12家", "企业"),
    # written: furnaces counted after a product's capacity are no capacity either
    ("淘汰落后炼钢产能120万吨、小高炉12座。", "12座", "小高炉"),
])
def test_an_item_in_another_unit_keeps_its_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name
