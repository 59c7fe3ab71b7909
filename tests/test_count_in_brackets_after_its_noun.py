"""A count in brackets right after a noun counts that noun, and is no part of the names after it.

No real excerpt at hand prints this shape, so the sentences are written, in the words district reports use.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "count", "noun", "amount", "name"), [
    # written: the industrial firms above the size counted in brackets
    ("全区规模以上工业企业（45家）实现产值86.2亿元。", "45家", "规模以上工业企业", "86.2亿元", "规模以上工业企业产值"),
    # written: after a time opener, 规上 for 规模以上
    ("今年以来，全区规上服务业企业（120家）实现营业收入50亿元，同比增长6%。", "120家", "规上服务业企业", "50亿元",
     "规上服务业企业营业收入"),
    # written: after a clause of its own, which names nothing of the count
    ("全区工业生产平稳，规模以上工业企业（45家）实现产值86.2亿元。", "45家", "规模以上工业企业", "86.2亿元",
     "规模以上工业企业产值"),
    # written: the trade firms above the quota
    ("全区限额以上商贸企业（60家）实现零售额30亿元。", "60家", "限额以上商贸企业", "30亿元", "限额以上商贸企业零售额"),
])
def test_a_count_in_brackets_counts_the_noun_before_it(text, count, noun, amount, name):
    f = fact(text, count)
    assert (f["indicator"], f["value"]) == (noun, float(count[:-1]))
    assert fact(text, amount)["indicator"] == name


@pytest.mark.parametrize(("text", "count", "noun"), [
    # written: the towns and subdistricts of a district, the set a part of them is counted in
    ("全区15个镇（街道）中有12个税收收入超过1亿元。", "15个", "镇（街道）"),
    # written: with a comma after 中
    ("全区15个镇（街道）中，12个镇（街道）税收收入超过1亿元。", "15个", "镇（街道）"),
    # written: villages and communities, named by what is said of them
    ("全区128个村（社区）完成换届。", "128个", "完成换届的村（社区）"),
])
def test_a_bracket_of_place_kinds_is_part_of_the_noun(text, count, noun):
    assert fact(text, count)["indicator"] == noun
