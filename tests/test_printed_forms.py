"""Figures as web pages and copies of PDFs print them.

A plus sign printed before a percentage is part of the figure, as a minus is, and no end of its name
(同比+5.2%); a signed percentage standing alone in the brackets right after a level is that level's change
against last year (税收收入12.3亿元(+5.2%)). A plus after a magnitude or a count says more than so many, as 余
does (15万+人次). 百分之 and 千分之 may be followed by digits (百分之6.5).

A space a copy of a PDF set inside a figure is closed up: beside its decimal point (增长6. 2%, 1256 .3亿元, not
after an item's number before a year) and between its magnitude and unit (1.2万 人). 平米 is 平方米; 个点 is the
spoken 个百分点 after a number with decimals or a word of a move or a gap (回落1.2个点), not a count of places
(确定故宫周边等10个点). A label before a colon names the figure right after it (GDP：1256.3亿元); 〔〕 closes a
clause as () does; the bullets of a web page (★, ●, ■) open no name. A table whose cells a web page set apart
by one space is read as one apart by tabs (rows of as many cells, a label first and two numbers side by side),
and a caption naming a part of the year after its year (2023年上半年主要经济指标) gives its cells that period.

No report at hand prints these forms (the national work reports, the district and city reports of
tests/gold/real/texts and the unseen examples were searched): each sentence below is written, in the style of
a district report, unless its comment names the report it is copied from.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name", "measure", "value"), [
    # written: a change in brackets after a level, 同比 and a plus sign
    ("全区税收收入12.3亿元(同比+5.2%)。", "+5.2", "税收收入", "yoy_pct", 5.2),
    # written: the sign alone in the brackets
    ("全区税收收入12.3亿元（+5.2%），其中增值税3.1亿元（-1.5%）。", "+5.2", "税收收入", "yoy_pct", 5.2),
    ("全区税收收入12.3亿元（+5.2%），其中增值税3.1亿元（-1.5%）。", "-1.5", "增值税", "yoy_pct", -1.5),
    # written: 同比 and a plus sign after a comma
    ("全区税收收入12.3亿元，同比+5.2%。", "+5.2", "税收收入", "yoy_pct", 5.2),
])
def test_signed_change(text: str, printed: str, name: str, measure: str, value: float) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["value"]) == (name, measure, value)


def test_unsigned_share_in_brackets_stays_a_rate() -> None:
    # written: a percentage with no sign in the brackets after a level is no change
    f = fact("全区税收收入12.3亿元（占全市5.2%）。", "5.2")
    assert f["measure"] == "rate_pct"


def test_plus_after_magnitude_is_over() -> None:
    # written: a web page's 15万+ (more than 150,000)
    f = fact("上半年接待游客15万+人次。", "15")
    assert (f["value"], f["unit"], f["qualifier"]) == (150000, "人次", "over")


@pytest.mark.parametrize(("text", "printed", "measure", "value", "unit"), [
    # written: 百分之 with the digits of a copy
    ("全区地区生产总值增长百分之6.5。", "百分之6.5", "yoy_pct", 6.5, "%"),
    ("人口自然增长率为千分之5.2。", "千分之5.2", "rate_pct", 5.2, "‰"),
])
def test_per_cent_words_with_digits(text: str, printed: str, measure: str, value: float, unit: str) -> None:
    f = fact(text, printed)
    assert (f["measure"], f["value"], f["unit"]) == (measure, value, unit)


@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    # written: a decimal point a copy of a PDF set a space after
    ("全区地区生产总值增长6. 2%。", "6. 2", 6.2, "%"),
    # written: … and before
    ("全区实现地区生产总值1256 .3亿元。", "1256 .3", 125630000000, "元"),
    # written: a space between a magnitude and its unit
    ("全区城镇新增就业1.2万 人。", "1.2", 12000, "人"),
])
def test_stray_space_in_figure(text: str, printed: str, value: float, unit: str) -> None:
    f = fact(text, printed)
    assert (f["value"], f["unit"]) == (value, unit)


def test_numbered_item_after_a_point_stays_apart() -> None:
    # written: an item's number and a year after it are no decimal
    text = "一、主要工作\n1. 2023年全区新增就业1.2万人。"
    assert fact(text, "1.2")["value"] == 12000


def test_square_metre_alias() -> None:
    # written: 平米, the spoken 平方米
    f = fact("完成棚改腾退面积3000平米。", "3000")
    assert (f["unit"], f["indicator"]) == ("平方米", "棚改腾退面积")


@pytest.mark.parametrize(("text", "printed", "measure", "unit", "value"), [
    # written: 个点, the spoken 个百分点, after a move word
    ("规模以上工业增加值增速回落1.2个点。", "1.2", "pp_diff", "pp", -1.2),
    # Dongcheng district report 2018 H1 (tests/gold/real/texts): 个点 counting places stays a count
    ("对接三年行动计划,召开全区工作部署会,确定故宫周边等10个点,拆违等15条线和百街千巷1个面的工作重点。",
     "10", "level", "个", 10),
])
def test_colloquial_point(text: str, printed: str, measure: str, unit: str, value: float) -> None:
    f = fact(text, printed)
    assert (f["measure"], f["unit"], f["value"]) == (measure, unit, value)


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written: a label before a colon, in Latin letters
    ("GDP：1256.3亿元，增长6.2%。", "1256.3", "GDP"),
    ("PM2.5平均浓度：35微克/立方米。", "35", "PM2.5平均浓度"),
    # written: an amount in 〔〕 after its name
    ("税收收入〔35.6亿元〕。", "35.6", "税收收入"),
    # written: bullets of a web page
    ("★新增市场主体1.2万户。", "1.2", "新增市场主体"),
    ("●城镇新增就业1.2万人。", "1.2", "城镇新增就业"),
    ("■ 新增市场主体1.2万户。", "1.2", "新增市场主体"),
])
def test_label_forms(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


ONE_SPACE_TABLE = ("上半年，全区经济运行平稳。\n2023年上半年主要经济指标\n指标 单位 绝对值 同比增长(%)\n"
                   "地区生产总值 亿元 1256.3 6.2\n一般公共预算收入 亿元 98.7 5.1\n社会消费品零售总额 亿元 456.2 -2.3\n"
                   "下半年，我们将继续努力。\n")


@pytest.mark.parametrize(("printed", "name", "measure", "value", "unit"), [
    # written: a table of a web page, cells apart by one space, its caption naming the half
    ("1256.3", "地区生产总值", "level", 125630000000, "元"),
    ("6.2", "地区生产总值", "yoy_pct", 6.2, "%"),
    ("456.2", "社会消费品零售总额", "level", 45620000000, "元"),
    ("-2.3", "社会消费品零售总额", "yoy_pct", -2.3, "%"),
])
def test_one_space_table(printed: str, name: str, measure: str, value: float, unit: str) -> None:
    f = fact(ONE_SPACE_TABLE, printed)
    assert (f["indicator"], f["measure"], f["value"], f["unit"], f["period"]) == (name, measure, value, unit, "2023年上半年")


def test_each_line_is_read_once_for_a_table_of_cells_one_space_apart(monkeypatch):
    """A long line holding many pairs of numbers one space apart is read as a row once, not once a pair (which made
    a line of thousands of figures cost its length squared)."""
    from dhcheng_analysis import tabletext

    calls = []
    real = tabletext.one_space_width
    monkeypatch.setattr(tabletext, "one_space_width", lambda line, numbers: calls.append(line) or real(line, numbers))
    line = "收入完成" + " 1 2" * 2000 + "元。"
    tabletext._single_space_cells(line + "\n" + line, {})
    assert len(calls) == 2
