"""The items of a breakdown list share what its first item names.

- After 分经济类型看 (分登记注册类型看…), the items after the first name only a kind of firm: they break down the
  quantity the first names (国有控股企业增加值增长3.1%，股份制企业增长4.2% → 股份制企业增加值), whether or not the
  total was printed before; 投资 in 外商及港澳台商投资企业 names the firms, not their quantity.
- After 全区10个街道中，7个街道…, the next count of the list (3个街道…) picks from the same 10.

No text at hand prints these shapes (the real 40种主要工业产品中,33种产量实现同比增长 lists one subset): the
sentences are regression fixtures written in the style of district reports.
"""

from __future__ import annotations

import pytest
from _sentences import facts

REVIEW_HEAD = "关于2023年国民经济和社会发展计划执行情况的报告\n\n一、2023年工作回顾\n\n"
BY_KIND = "分经济类型看，国有控股企业增加值增长3.1%，股份制企业增长4.2%，外商及港澳台商投资企业下降2.5%。"


@pytest.mark.parametrize("text", [BY_KIND, "规模以上工业增加值增长5%。" + BY_KIND])
def test_kinds_of_firms_after_the_first_share_its_quantity(text):
    got = facts(REVIEW_HEAD + text)
    named = dict(zip(got["value"], got["indicator"], strict=True))
    assert (named[3.1], named[4.2], named[-2.5]) == ("国有控股企业增加值", "股份制企业增加值", "外商及港澳台商投资企业增加值")


def test_kinds_of_firms_share_another_quantity_too():
    got = facts(REVIEW_HEAD + "分登记注册类型看，国有企业营业收入增长3.1%，私营企业增长4.2%，外商投资企业下降2.5%。")
    assert list(got["indicator"]) == ["国有企业营业收入", "私营企业营业收入", "外商投资企业营业收入"]


def test_sectors_keep_their_own_quantity():
    got = facts(REVIEW_HEAD + "分门类看，采矿业增加值增长3.1%，制造业增长4.2%，电力、热力、燃气及水生产和供应业下降2.5%。")
    assert list(got["indicator_key"]) == ["sector_va:mining", "sector_va:manufacturing", "sector_va:utilities"]


@pytest.mark.parametrize("text", [
    "全区10个街道中，7个街道好于上年，3个街道低于上年。",
    "在10个街道中，有7个街道好于上年，3个街道低于上年。",
    "全区10个街道中，7个街道实现正增长，3个街道下降。",
])
def test_each_count_of_a_list_picks_from_the_same_whole(text):
    got = facts(REVIEW_HEAD + text).set_index("value")
    whole = got.loc[10.0, "fact_id"]
    assert (got.loc[7.0, "parent_id"], got.loc[3.0, "parent_id"]) == (whole, whole)
    assert got.loc[3.0, "relation"] == "part"


def test_a_count_of_other_things_after_the_subset_picks_nothing():
    got = facts(REVIEW_HEAD + "全区10个街道中，7个街道好于上年，新增企业3个。").set_index("value")
    assert got.loc[3.0, "parent_id"] == ""
