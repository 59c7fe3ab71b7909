"""Readings left open by earlier passes over the texts (a twelfth pass).

Written: an amount or a rate followed by 的 and a target noun with a word saying which target (年度目标, 全年目标,
预期目标, like the 预定目标 of the 1999 national work report: 略低于8％的预定目标) is the target of the quantity its
clause names, not a quantity named 年度目标.
"""

from __future__ import annotations

from _sentences import fact

# -- a figure, 的, then a modified target noun: the quantity before it ----------------------------------------------


def test_an_amount_before_a_modified_target_noun_is_of_the_subject() -> None:
    got = fact("一般公共预算收入完成100亿元的年度目标。", "100亿元")
    assert (got["indicator"], got["measure"]) == ("一般公共预算收入", "level")
    got = fact("地区生产总值达到500亿元的全年目标。", "500亿元")
    assert (got["indicator"], got["status"]) == ("地区生产总值", "target")


def test_a_rate_before_a_modified_target_noun_is_the_target_of_the_growth() -> None:
    text = "地区生产总值增长7.5%，高于7%的年度目标。"
    got = fact(text, "7%")
    assert (got["indicator"], got["measure"], got["qualifier"], got["status"]) == (
        "地区生产总值", "yoy_pct", "exact", "target")
