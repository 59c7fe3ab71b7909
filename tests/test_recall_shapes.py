"""Figures of shapes a district report may print that were read as no figure, or with a word of the name.

A bare magnitude after 过 or 破 is a bound from below, as after 逾 or 上 (``新增就业岗位过万个`` → 10 000, ``over``),
and the 过 is no part of the name. A Chinese numeral with decimals and a magnitude after them scales the decimals
too (``五十六点三万人`` → 563 000). A number at the head of a line, right after its first words and closed with its
clause by one or two characters, is a count by a counter not yet in the vocabulary (``签约订单35单，``), not the
number of a table row flattened into the line (``主要预期目标1地区生产总值增长6%``). ``TEU`` after a number is the
unit of containers, as 标箱 is. A dash after a number and its magnitude joins the ends of a range
(``10亿—12亿元``), no minus sign of the second end; a range of counts joined by a dash or a tilde is named by the
words before it, as one joined by 至 is (the dash is no noun counted).

No report at hand prints these sentences: each is written, in the words district reports use.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts


@pytest.mark.parametrize(("text", "printed", "name", "value"), [
    # written: a bare magnitude after 过
    ("全区新增就业岗位过万个。", "万", "新增就业岗位", 10000.0),
    # written: a bare magnitude after 破
    ("全年客流量破万人次。", "万", "客流量", 10000.0),
])
def test_bare_magnitude_after_over_word(text: str, printed: str, name: str, value: float) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["value"], f["qualifier"]) == (name, value, "over")


@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    # written: decimals of a Chinese numeral before 万
    ("全区户籍人口为五十六点三万人。", "五十六点三万", 563000.0, "人"),
    # written
    ("粮食产量达到三千零五十六点五万吨。", "三千零五十六点五万", 30565000.0, "吨"),
])
def test_chinese_decimals_before_a_magnitude(text: str, printed: str, value: float, unit: str) -> None:
    f = fact(text, printed)
    assert (f["value"], f["unit"]) == (value, unit)


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written: a paragraph that opens with a count by 单
    ("签约订单35单，金额2.3亿元。", "35", "签约订单"),
    # written: by 堂
    ("举办公益讲座45堂。", "45", "举办公益讲座"),
    # written: by 孔
    ("改造桥梁5孔。", "5", "改造桥梁"),
])
def test_count_by_an_unknown_counter_at_a_line_head(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["value"]) == (name, float(printed))


def test_row_number_still_a_marker() -> None:
    # Xicheng 2020 key tasks: the number of a table row run into its line is no figure
    text = "经济社会发展主要预期目标1地区生产总值增长6%左右"
    assert facts(text)["raw_value"].tolist() == ["6"]


def test_teu_is_a_unit() -> None:
    # written: containers counted in TEU
    f = fact("港口集装箱吞吐量达到3500TEU。", "3500")
    assert (f["indicator"], f["value"], f["unit"]) == ("港口集装箱吞吐量", 3500.0, "TEU")


@pytest.mark.parametrize(("text", "printed", "value"), [
    # written: a range of amounts, each end with its magnitude, joined by a dash
    ("预计全年完成投资10亿—12亿元。", "12亿", 1.2e9),
    # written: with a hyphen
    ("预计全年完成投资10亿-12亿元。", "12亿", 1.2e9),
    # written: a range of counts
    ("预计全年新增就业1.5万—2万人。", "2万人", 20000.0),
])
def test_dash_after_a_magnitude_joins_a_range(text: str, printed: str, value: float) -> None:
    f = fact(text, printed)
    assert (f["value"], "range_high" in f["flags"]) == (value, True)


def test_minus_after_a_word_still_negative() -> None:
    # written: a minus sign after a Han word is still a minus
    assert fact("规上工业增加值增速为-2.1%。", "-2.1")["value"] == -2.1


@pytest.mark.parametrize(("text", "printed"), [
    # written: a range of counts joined by a dash
    ("全区新增市场主体8000—9000户。", "8000"),
    ("全区新增市场主体8000—9000户。", "9000"),
    # written: by a tilde, each end with its magnitude
    ("新增就业1.2万~1.5万人。", "1.2"),
    ("新增就业1.2万~1.5万人。", "1.5"),
])
def test_range_of_counts_named_by_the_words_before(text: str, printed: str) -> None:
    name = "新增市场主体" if "市场主体" in text else "新增就业"
    assert fact(text, printed)["indicator"] == name
