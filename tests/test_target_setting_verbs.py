"""A target set with a verb of setting (设定为, 确定为, 设为, 定为) after 目标: the verb is no part of the name, the
figure is a target, and a growth target stays a growth.

No text at hand prints 目标设定为 or 目标设为 whole (the 2021 work report breaks 设定⏎为 over a line of a web copy);
the sentences are written in the form district plan reports use, and named so.
"""
from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("sentence", "figure", "indicator", "measure", "value"), [
    # written
    ("2024年，地区生产总值预期目标设定为增长6%左右。", "6%", "地区生产总值", "yoy_pct", 6.0),
    ("一般公共预算收入预期目标设定为35亿元。", "35亿元", "一般公共预算收入", "level", 3.5e9),
    ("一般公共预算收入预期目标确定为增长5%。", "5%", "一般公共预算收入", "yoy_pct", 5.0),
    ("全区地区生产总值增长目标设为6%。", "6%", "地区生产总值", "yoy_pct", 6.0),
    ("一般公共预算收入目标设为35亿元。", "35亿元", "一般公共预算收入", "level", 3.5e9),
])
def test_a_target_set_by_a_verb_of_setting(sentence: str, figure: str, indicator: str, measure: str,
                                           value: float) -> None:
    r = fact(sentence, figure)
    assert (r["indicator"], r["measure"], r["value"], r["status"]) == (indicator, measure, value, "target")


def test_a_verb_ending_like_one_is_kept() -> None:
    # 1955: 建设为 is no 设为 (城市公用事业建设为十六亿元)
    r = fact("城市公用事业建设为十六亿元，占百分之三点七；", "十六亿元")
    assert r["indicator"] == "城市公用事业建设"
