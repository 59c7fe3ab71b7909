"""A breakdown view worded with 各 before the kind and the 情况 of a quantity after it breaks down the total before it.

从各行业实现零售额的情况看 opens the items of a breakdown as 分行业看 does: the level of each item after it is a part of
the last total before it that holds them all, and each item's growth a part of that total's growth. The view also reads
as 从各行业看 and 从行业情况看. Each sentence is copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import facts

# 2018年1-6月西城区主要经济指标完成情况 (Xicheng, 2018)
XICHENG_2018 = ("2018年1-6月,西城区实现社会消费品零售总额501.5亿元,同比增长4.0%。从各行业实现零售额的情况看,1-6月,"
                "批发业实现零售额31.6亿元,同比增长9.5%;零售业实现零售额418.7亿元,占西城区总量的比重达到83.5%,"
                "同比增长3.3%;住宿业实现零售额8.3亿元,同比增长5.3%;餐饮业实现零售额42.9亿元,同比增长6.6%。")


def _by_raw(f, raw: str) -> dict:
    hit = f[f["raw_value"] == raw]
    assert len(hit) == 1, f[["raw_value", "indicator"]].to_string()
    return hit.iloc[0].to_dict()


@pytest.mark.parametrize(("part", "total"), [
    ("31.6", "501.5"), ("418.7", "501.5"), ("8.3", "501.5"), ("42.9", "501.5"),
    ("9.5", "4.0"), ("3.3", "4.0"), ("5.3", "4.0"), ("6.6", "4.0"),
])
def test_items_after_a_worded_view_are_parts_of_the_total(part: str, total: str) -> None:
    f = facts(XICHENG_2018)
    p, t = _by_raw(f, part), _by_raw(f, total)
    assert (p["parent_id"], p["relation"]) == (t["fact_id"], "part")


def test_view_wording_without_the_quantity() -> None:
    # written sentence: the view with 各 and no 情况
    text = ("上半年,全区实现社会消费品零售总额501.5亿元,同比增长4.0%。从各行业看,批发业实现零售额31.6亿元,"
            "同比增长9.5%;零售业实现零售额418.7亿元,同比增长3.3%。")
    f = facts(text)
    assert _by_raw(f, "418.7")["parent_id"] == _by_raw(f, "501.5")["fact_id"]


def test_a_share_of_an_item_stays_unlinked() -> None:
    # the share of the retail trade in the district's total is no part of the total
    f = facts(XICHENG_2018)
    share = _by_raw(f, "83.5")
    assert share["parent_id"] == ""
