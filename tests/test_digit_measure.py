"""A Chinese numeral of one digit before a unit of measure is a figure when the unit is said as a quantity.

With 十 a numeral before a unit of measure is a quantity (四十斤, 二十五吨); one digit alone before 斤, 元, 亩, 吨 … is
read as a figure when a qualifier or a half follows the unit (每人每年只有四元左右, 多二斤左右, 二斤半), or when a
qualifier stands right before the numeral (降低将近七斤, 只需要五元), which no word the unit runs on into has (城乡二元结构:
no quantity); a bare 一 only before a unit and its half (一亩半: 1.5). A base compared with that names its place, its
year, its part of the year and a plan (比全国一九五五年上半年每件纱的计划用棉量) gives the change neither its period nor
its status: the quarter the sentence opens with and the outcome hold. Each sentence is copied from the report named in
its comment, but the one of 二元结构, which is written.
"""

from __future__ import annotations

from _sentences import fact, facts

S1957 = ("扣除小量的储备和每年人口增长所消费的部分，可以用于改善人民生活的，每人每年只有四元左右。")
S1988 = "我国人均只有一亩半耕地，要适应国家建设和人民生活对农副产品的需要，实现从温饱向小康的转变，任务很艰巨，但必须努力完成。"
S1955 = ("吉林省四平市李川江的“大豆榨油操作法”，使每百斤大豆的出油量在一九五四年提高到十三斤半，"
         "比全国每百斤大豆的平均出油量多二斤左右；")
S1955_COTTON = ("根据我们最近得到的材料，上海市在一九五五年上半年第一季度，公私纺织厂每件纱的平均用棉量已降低到三百八十六点一斤，"
                "比全国一九五五年上半年每件纱的计划用棉量降低将近七斤。其中国营棉纺织厂每件纱的平均用棉量为三百八十四点九八斤，"
                "公私合营棉纺织厂每件纱的平均用棉量为三百八十六点六五斤，私营棉纺织厂每件纱的平均用棉量为三百八十七点四二斤。")
S1957_SPEND = ("在农村维持有吃有穿的生活水平，从全国来看，大约每人每月的平均开支只需要五元，在城市维持同等的生活水平，却需要10元。")


def test_one_digit_yuan_with_qualifier() -> None:
    # national work report 1957
    f = fact(S1957, "四元")
    assert (f["value"], f["unit"], f["qualifier"], f["measure"]) == (4.0, "元", "about", "level")


def test_one_digit_jin_with_qualifier() -> None:
    # national work report 1955
    f = fact(S1955, "二斤")
    assert (f["value"], f["unit"], f["qualifier"]) == (2.0, "斤", "about")
    assert fact(S1955, "十三斤半")["value"] == 13.5


def test_unit_running_into_a_word_is_no_figure() -> None:
    # written: 二元 opens the word 二元结构, no amount of yuan
    assert facts("要破除城乡二元结构，促进城乡融合发展。").empty


def test_one_before_a_unit_and_its_half() -> None:
    # national work report 1988
    f = fact(S1988, "一亩半")
    assert (f["value"], f["unit"], f["qualifier"]) == (1.5, "亩", "exact")


def test_one_digit_jin_after_a_qualifier() -> None:
    # national work report 1955: 将近 before the numeral, nothing after the unit
    f = fact(S1955_COTTON, "七斤")
    assert (f["value"], f["unit"], f["qualifier"], f["measure"]) == (-7.0, "斤", "nearly", "abs_change")


def test_base_with_place_year_and_plan_gives_no_period_or_status() -> None:
    # national work report 1955: the change and the parts after it are the first quarter's outcome
    f = fact(S1955_COTTON, "七斤")
    assert (f["period"], f["status"]) == ("第一季度", "actual")
    part = fact(S1955_COTTON, "三百八十四点九八斤")
    assert (part["period"], part["status"]) == ("第一季度", "actual")


def test_one_digit_yuan_after_only_needs() -> None:
    # national work report 1957
    f = fact(S1957_SPEND, "五元")
    assert (f["value"], f["unit"], f["measure"]) == (5.0, "元", "level")
    assert fact(S1957_SPEND, "10元")["value"] == 10.0
