"""The time of writing (目前) under a reckoning, inside a name, and inside a word.

A reckoning (据…初步估算, 经测算) holds over its whole sentence: a 目前 after it dates what is reckoned and makes it
no counted outcome. Inside a name, 目前 is the figure's period and no part of the quantity (as 上半年 is), and the
目前 of 项目前期 is no time at all.
"""

from __future__ import annotations

from _sentences import fact

# national work report 1979
S1979 = "据有关部门初步估算，工业交通企业目前一年大约多耗电二、三百亿度，多耗煤几千万吨。"
# written: the shapes district reports print
S_RECKONED = "据初步测算，目前全区共有各类市场主体约12万户。"
S_COUNTED = "据统计，目前全区共有各类市场主体12万户。"
S_NAME = "全区规模以上工业企业目前实现利润2.1亿元。"
S_WORD = "今年安排重点项目前期经费2亿元。"


def test_a_reckoning_holds_over_the_present_after_it():
    for printed in ("二", "三百亿度", "几千万吨"):
        assert fact(S1979, printed)["status"] == "estimate"
    assert fact(S_RECKONED, "12万户")["status"] == "estimate"
    assert fact(S_COUNTED, "12万户")["status"] == "actual"


def test_the_present_inside_a_name_is_its_period():
    r = fact(S1979, "二")
    assert (r["indicator"], r["period"]) == ("工业交通企业一年多耗电", "目前")
    r = fact(S_NAME, "2.1亿元")
    assert (r["indicator"], r["period"]) == ("规模以上工业企业利润", "目前")


def test_the_present_inside_a_word_is_no_period():
    r = fact(S_WORD, "2亿元")
    assert r["indicator"] == "重点项目前期经费"
    assert r["period"] != "目前"
