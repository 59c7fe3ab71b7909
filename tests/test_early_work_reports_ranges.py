"""Ranges in round numbers of the national work reports of 1954–1988, on verbatim sentences.

Two neighbouring digits joined by 、 before one place and unit (``二、三十亿斤``, ``四、五十亿元``, ``两、三倍``) are the
two ends of a range: the low digit takes the place and unit of the high one (二 → 20亿斤), and both ends the name
and measure of the range. Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

S1955 = ("在全国的杂粮产区和其他适当地区，如果再把一、二千万亩粮田改种薯类，则虽然每年减少粮食二、三十亿斤，"
         "但能增产薯类一百多亿斤到二百多亿斤。")
S1983 = ("工业企业可比产品的成本，一九八○年上升百分之零点九，一九八一年上升百分之一，一九八二年也没有降低，"
         "只这一项每年就减少国家财政收入四、五十亿元。")
S1978 = ("（一）在普遍增产粮食的基础上抓好两头，一头是抓好十二个大面积商品粮基地和全国的国营农场，"
         "八年内使它们提供的商品粮比现在增加两、三倍；一头是抓好低产缺粮地区，使它们在两、三年内实现粮食自给自余。")
S1979 = "据有关部门初步估算，工业交通企业目前一年大约多耗电二、三百亿度，多耗煤几千万吨。"


def _ends(text, low_at, high_printed):
    f = facts(text)
    low = f[(f["start"] == text.index(low_at))].iloc[0].to_dict()
    return low, fact(text, high_printed)


@pytest.mark.parametrize(("text", "low_at", "high", "low_value", "name", "measure"), [
    # national work report 1955
    (S1955, "一、二千万亩", "二千万亩", 1e7, "粮田改种薯类", "level"),
    (S1955, "二、三十亿斤", "三十亿斤", -2e9, "粮食", "abs_change"),
    # national work report 1983
    (S1983, "四、五十亿元", "五十亿元", -4e9, "国家财政收入", "abs_change"),
    # national work report 1979
    (S1979, "二、三百亿度", "三百亿度", 2e10, "工业交通企业一年多耗电", "level"),
])
def test_neighbouring_digits_are_the_ends_of_a_range(text, low_at, high, low_value, name, measure):
    low, hi = _ends(text, low_at, high)
    assert low["value"] == low_value
    assert "range_low" in low["flags"] and "range_high" in hi["flags"]
    assert low["indicator"] == hi["indicator"] == name
    assert low["measure"] == hi["measure"] == measure


def test_a_range_of_times_is_a_change_in_percent_at_both_ends():
    # national work report 1978
    low, hi = _ends(S1978, "两、三倍", "三倍")
    assert (low["measure"], low["value"], low["unit"]) == ("change_pct", 200.0, "%")
    assert (hi["measure"], hi["value"], hi["unit"]) == ("change_pct", 300.0, "%")
    assert low["indicator"] == hi["indicator"] == "它们提供的商品粮"


def test_digits_of_a_list_are_no_range():
    # national work report 1984: 一、二、三级 are three levels, no figures
    f = facts("要冲破一、二、三级批发的层次。")
    assert not any("range_low" in x for x in f["flags"])
