"""A comparator word that names a place (中心城区, 城六区) right after 其中 is the place of a part, not a comparator.

Bare after 高于 or in a comparison such a word is the set compared with (增速高于中心城区2个百分点); after the part
marker 其中 it is the part of the total the place holds, named in full as any place bare after 其中 with a growth of
its own is (全市社会消费品零售总额增长5%，其中中心城区增长7% → 中心城区社会消费品零售总额, a part of the 5%;
cues.json part_scope_places). No report at hand prints the shape: the sentences are written in district wording.
"""

from __future__ import annotations

from _sentences import fact

TOTAL = "全市社会消费品零售总额增长5%，其中中心城区增长7%。"  # written


def test_part_place_after_part_marker() -> None:
    total, part = fact(TOTAL, "5%"), fact(TOTAL, "7%")
    assert part["indicator"] == "中心城区社会消费品零售总额"
    assert (part["parent_id"], part["relation"]) == (total["fact_id"], "part")


def test_city_core_districts_part() -> None:
    text = "全市地区生产总值增长6%，其中城六区增长7%。"  # written
    assert fact(text, "7%")["indicator"] == "城六区地区生产总值"


def test_compared_place_stays_comparator() -> None:
    # written: after 高于 the place is the set compared with
    f = fact("全区社会消费品零售总额增长5%，增速高于中心城区2个百分点。", "2个")
    assert (f["indicator"], f["comparator"]) == ("社会消费品零售总额", "中心城区")
