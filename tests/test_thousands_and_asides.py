"""Two shapes of statistical bulletins, on sentences written in their form (regression fixtures, not real text):
areas, herds and visits counted in thousands (``45.6千公顷``, the unit bulletins give sown areas in) and a note in
brackets between a change word and its figure (``同比增长（下同）5.6%``)."""

from __future__ import annotations

import pytest
from _copy_forms import fact_at, read


@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    ("全年粮食播种面积45.6千公顷，比上年减少1.2千公顷。", "45.6千公顷", 45600, "公顷"),
    ("全年粮食播种面积45.6千公顷，比上年减少1.2千公顷。", "1.2千公顷", -1200, "公顷"),
    ("年末生猪存栏12.3千头。", "12.3千头", 12300, "头"),
    ("全年接待游客3.4千人次。", "3.4千人次", 3400, "人次"),
])
def test_thousands_before_a_unit(text, printed, value, unit):
    f = fact_at(read(text), text, printed)
    assert (f["value"], f["unit"]) == (value, unit) and f["indicator"] in text.split(printed)[0]


def test_a_kilometre_is_no_thousand_metres():
    f = fact_at(read("全年新建绿道5千米。"), "绿道5千米", "5千米")
    assert (f["value"], f["unit"]) == (5, "千米")


@pytest.mark.parametrize(("text", "printed", "measure"), [
    ("全年一般公共预算收入完成123.4亿元，同比增长（下同）5.6%。", "5.6%", "yoy_pct"),
    ("全区地区生产总值完成1234亿元，增长（按可比价格计算）6.1%。", "6.1%", "yoy_pct"),
])
def test_a_note_in_brackets_before_a_figure(text, printed, measure):
    f = fact_at(read(text), text, printed)
    assert (f["measure"], f["indicator"]) == (measure, text.split("完成")[0].removeprefix("全年").removeprefix("全区"))
