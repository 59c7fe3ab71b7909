"""Amounts in the national work reports printed before 的 and a frame they set, not a thing they measure.
Sentences copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact


def test_an_amount_before_the_base_it_sets_is_named_by_the_subject():
    # 2016
    s = "这些成绩，是在我国经济总量超过60万亿元的高基数上取得的。"
    f = fact(s, "60万亿元")
    assert (f["indicator"], f["qualifier"], f["measure"]) == ("我国经济总量", "over", "level")
