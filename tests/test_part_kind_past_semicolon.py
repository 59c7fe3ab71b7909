"""Parts after 其中 past a semicolon, when they are one kind of thing.

After 其中 the parts of the total before it run past a semicolon only while they are of one kind. The kind of a part
is the category of the glossary term it speaks of (第一产业增加值; 第二产业增加值); a part that names no glossary
term but a sector and a quantity (种植业产值, 畜牧业产值, 财产净收入 …) is of the kind of that quantity, so
the sectors' output values of a farm output, or the parts of an income, stay parts of it past the semicolon (a
sector the glossary knows, 工业收入, is of its quantity too, as 商业收入 is); a part
that names neither is of the kind of its head noun (教育支出; 卫生健康支出: 支出), and parts of a head noun run past a
semicolon only while they add up to no more than their total. A part of no known kind still ends the parts at the
semicolon.

A breakdown by where retail sales are made (按经营地分, 按经营单位所在地分), by type of consumption (按消费类型分),
by light and heavy industry (分轻重工业看) or by type of ownership (分经济类型看, 按登记注册类型分) is a view whose
items are parts of the total before it, as 分产业看 is; an item it names without its quantity takes the quantity of
the breakdown (股份制企业增长5.5% → 股份制企业增加值). Each sentence is copied from the report named in its
comment, or said to be written.
"""

from __future__ import annotations

import pytest
from _sentences import facts

# 2015 Minhang district (Shanghai) statistical bulletin
MINHANG = ("二、农业全年实现农业总产值3.64亿元,比上年下降0.8%。其中,种植业产值2.55亿元,比上年增长6.5%;"
           "畜牧业产值0.69亿元,比上年下降22.0%。")
# written: a part of no known kind after the semicolon
WRITTEN = "全年实现农业总产值3.64亿元。其中,种植业产值2.55亿元;农机购置补贴0.3亿元。"


def _row(f, printed):
    return f[f["raw_value"] == printed].iloc[0]


@pytest.mark.parametrize(("printed", "total"), [("2.55", "3.64"), ("0.69", "3.64"), ("6.5", "0.8"), ("22.0", "0.8")])
def test_sector_output_parts_past_semicolon(printed, total):
    f = facts(MINHANG)
    part, whole = _row(f, printed), _row(f, total)
    assert part["relation"] == "part"
    assert part["parent_id"] == whole["fact_id"]


def test_part_of_no_kind_ends_at_semicolon():
    f = facts(WRITTEN)
    assert _row(f, "2.55")["relation"] == "part"
    assert _row(f, "0.3")["relation"] == ""


# written: a statistical bulletin's spending by function
SPENDING = ("全年一般公共预算支出80亿元,增长3%。其中,教育支出15亿元,增长4.2%;社会保障和就业支出12亿元,增长6.5%;"
            "卫生健康支出8亿元,下降1.2%。")
# written: the parts of a head noun that add up to more than their total
GRAIN = "全年粮食产量20万吨,增长1.5%。其中,稻谷产量12万吨,增长2.0%;蔬菜产量50万吨,下降1.0%。"
# written: retail sales by place and by type of consumption
RETAIL = ("全年社会消费品零售总额300亿元,增长5%。按经营地分,城镇消费品零售额250亿元,增长4.8%;乡村消费品零售额50亿元,"
          "增长6.0%。按消费类型分,商品零售额270亿元,增长4.5%;餐饮收入30亿元,增长9.1%。")
# written: industry by light and heavy
INDUSTRY = "全年规模以上工业增加值增长5.0%。分轻重工业看,轻工业增加值增长3.1%,重工业增加值增长6.2%。"


@pytest.mark.parametrize("printed", ["15", "12", "8"])
def test_parts_of_one_head_noun_past_semicolon(printed):
    f = facts(SPENDING)
    assert _row(f, printed)["parent_id"] == _row(f, "80")["fact_id"]


def test_parts_of_one_head_noun_end_past_their_total():
    f = facts(GRAIN)
    assert _row(f, "12")["parent_id"] == _row(f, "20")["fact_id"]
    assert _row(f, "50")["relation"] == ""


@pytest.mark.parametrize(("text", "printed", "total"), [
    (RETAIL, "250", "300"), (RETAIL, "50", "300"), (RETAIL, "270", "300"), (RETAIL, "30", "300"),
    (RETAIL, "6.0", "5"), (INDUSTRY, "3.1", "5.0"), (INDUSTRY, "6.2", "5.0"),
])
def test_breakdown_by_place_type_and_weight(text, printed, total):
    f = facts(text)
    assert _row(f, printed)["parent_id"] == _row(f, total)["fact_id"]


# written: industry by type of ownership, an item named without its quantity
OWNERSHIP = "全年规模以上工业增加值增长5.0%。分经济类型看,国有控股企业增加值增长2.2%,股份制企业增长5.5%。"
# written: industry by light and heavy, the second item named without its quantity
WEIGHT = "全年规模以上工业增加值增长5.0%。分轻重工业看,轻工业增加值增长3.1%,重工业增长6.2%。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (OWNERSHIP, "5.5", "股份制企业增加值"),
    (WEIGHT, "6.2", "重工业增加值"),
])
def test_bare_item_of_a_breakdown_takes_its_quantity(text, printed, name):
    f = facts(text)
    assert _row(f, printed)["indicator"] == name


# 1956 national budget report (1956.txt): the revenue of state enterprises by sector, a sector the glossary knows
# (工业收入) and one it does not (商业收入) of one quantity (revenue), so both are parts past the semicolon
REVENUE_1956 = ("（二）国营企业和事业收入共收到１１，１９４，０４８，０００元，完成预算数的１００．７０％；其中工业收入收到"
                "５，０７２，９９０，０００元，完成预算数的１１０．５１％；商业收入收到３，３１９，０２６，０００元，完成预算数的"
                "８９．５１％。")
ENTERPRISES_1956 = ("１９５６年国营企业收入为１４，３２８，１４４，０００元，占本年预算收入的４８．１９％，比１９５５年决算数增长"
                    "２６．４８％。其中，国营工业企业收入为６，６８８，５８７，０００元，比上年增长３１．２７％；国营交通企业收入为"
                    "２，１０８，２７５，０００元，比上年增长１７．７０％；国营商业企业收入为４，０９４，８８９，０００元，比上年增长"
                    "２３．４５％；国营农林企业收入为６３２，４４０，０００元，比上年增长１８．７９％；其他企业和事业收入"
                    "６０３，９５３，０００元，比上年增长６．７７％。")


@pytest.mark.parametrize(("text", "printed", "total"), [
    (REVENUE_1956, "５，０７２，９９０，０００", "１１，１９４，０４８，０００"),
    (REVENUE_1956, "３，３１９，０２６，０００", "１１，１９４，０４８，０００"),
    *((ENTERPRISES_1956, p, "１４，３２８，１４４，０００") for p in (
        "６，６８８，５８７，０００", "２，１０８，２７５，０００", "４，０９４，８８９，０００", "６３２，４４０，０００",
        "６０３，９５３，０００")),
])
def test_sector_revenue_parts_past_semicolon(text, printed, total):
    f = facts(text)
    assert _row(f, printed)["parent_id"] == _row(f, total)["fact_id"]
