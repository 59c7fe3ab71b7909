"""A percent after a list of per-capita incomes is each income's.

The per-capita incomes of town and country residents are never summed, as the amounts of two pollutants are not:
a growth printed once after a list of them joined by 和 or 、, with no 分别 or 均, is a growth of each one, under its
own name and glossary key (README indicator row). An amount after such a list with 分别 pairs with its items in order,
as before. Each test is a sentence of the report named in its comment, unless it says it is written.
"""

from __future__ import annotations

from _sentences import facts

S2011 = "城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%。"


def test_a_growth_after_two_incomes_is_each_one_s():
    # national work report 2011: the incomes' growth the twelfth five-year plan sets
    f = facts(S2011)
    assert list(f["indicator"]) == ["城镇居民人均可支配收入", "农村居民人均纯收入"]
    assert list(f["indicator_key"]) == ["urban_per_capita_disposable_income", "rural_per_capita_net_income"]
    assert list(f["value"]) == [7.0, 7.0]
    assert set(f["qualifier"]) == {"over"} and set(f["measure"]) == {"change_pct"}


def test_levels_after_two_incomes_with_fenbie_pair_in_order():
    # written: 分别 pairs the levels with the incomes, as it did before
    f = facts("城镇居民人均可支配收入和农村居民人均纯收入分别达到20000元和6000元。")
    assert list(zip(f["indicator"], f["value"], strict=True)) == [("城镇居民人均可支配收入", 20000.0), ("农村居民人均纯收入", 6000.0)]
