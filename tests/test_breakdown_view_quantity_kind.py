"""A breakdown view links the growths after it only to a growth of the same kind of quantity.

分类别看 opens a breakdown as 分行业看 does. The growth of an item after a view (石油及制品类零售额下降2.3%) is a part of
the growth of the sentence before only when that total names the item's quantity (零售额 in 社会消费品零售总额, its 总
left out) or is a term of the glossary that holds its parts (地区生产总值 the 增加值 of each industry): a retail growth
is no part of the growth of 跨境电商进出口额.
"""

from __future__ import annotations

import pytest
from _sentences import facts

# Tianhe district (Guangzhou), first-quarter report 2021
TIANHE_2021 = ("跨境电商进出口额15.6亿元,增长2.3倍。\n"
               "分类别看,汽车类零售额68.2亿元,增长1.2倍;石油及制品类零售额下降2.3%,降幅比去年同期收窄8.6个百分点。")
# written: the same view under the total it breaks down
WRITTEN_RETAIL = ("全区实现社会消费品零售总额302.1亿元,增长35.2%。"
                  "分类别看,汽车类零售额68.2亿元,增长1.2倍;石油及制品类零售额下降2.3%。")


def _by_raw(f, raw: str, nth: int = 0) -> dict:
    hit = f[f["raw_value"] == raw]
    return hit.iloc[nth].to_dict()


def test_retail_growth_is_no_part_of_a_trade_growth() -> None:
    f = facts(TIANHE_2021)
    g = _by_raw(f, "2.3", 1)
    assert g["indicator"] == "石油及制品类零售额"
    assert g["relation"] == "" and g["parent_id"] == ""


@pytest.mark.parametrize(("part", "total"), [("68.2", "302.1"), ("2.3", "35.2"), ("1.2", "35.2")])
def test_items_after_the_view_are_parts_of_retail_sales(part: str, total: str) -> None:
    f = facts(WRITTEN_RETAIL)
    p, t = _by_raw(f, part), _by_raw(f, total)
    assert p["relation"] == "part" and p["parent_id"] == t["fact_id"]
