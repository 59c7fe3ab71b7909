"""A Chinese numeral of one digit before a unit of measure is a figure when the unit is said as a quantity.

With 十 a numeral before a unit of measure is a quantity (四十斤, 二十五吨); one digit alone before 斤, 元, 亩, 吨 … is
read as a figure when a qualifier or a half follows the unit (每人每年只有四元左右, 多二斤左右, 二斤半), which no
word the unit runs on into has (城乡二元结构: no quantity); a bare 一 only before a unit and its half (一亩半: 1.5). Each sentence is copied from the report named in its
comment, but the last, which is written.
"""

from __future__ import annotations

from _sentences import fact, facts

S1957 = ("扣除小量的储备和每年人口增长所消费的部分，可以用于改善人民生活的，每人每年只有四元左右。")
S1988 = "我国人均只有一亩半耕地，要适应国家建设和人民生活对农副产品的需要，实现从温饱向小康的转变，任务很艰巨，但必须努力完成。"
S1955 = ("吉林省四平市李川江的“大豆榨油操作法”，使每百斤大豆的出油量在一九五四年提高到十三斤半，"
         "比全国每百斤大豆的平均出油量多二斤左右；")


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
