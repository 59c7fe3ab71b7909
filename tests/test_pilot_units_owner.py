"""A bare measure after a count of a system's pilot units is the system's.

A bare measure (参保人数, 救助人数) takes its owner from the clause before it; when that clause counts the units
a pilot of a system covers (城镇居民基本医疗保险试点城市, …试点县), the measure is the system's, not the units':
城镇居民基本医疗保险试点城市由上年的88个增加到317个，参保人数增加7359万 → 城镇居民基本医疗保险参保人数. Each test
is a sentence copied from the report named in its comment, or says it is written.
"""

from __future__ import annotations

from _sentences import fact


def test_insured_after_a_count_of_pilot_cities_are_the_systems():
    # national work report 2009
    s = "城镇居民基本医疗保险试点城市由上年的88个增加到317个，参保人数增加7359万，总计达到1.17亿。"
    f = fact(s, "7359")
    assert (f["indicator"], f["measure"]) == ("城镇居民基本医疗保险参保人数", "abs_change")
    assert fact(s, "1.17")["indicator"] == "城镇居民基本医疗保险参保人数"
    assert fact(s, "317")["indicator"] == "城镇居民基本医疗保险试点城市"


def test_a_count_of_units_that_are_no_pilot_lends_no_owner():
    # written: cities that are no pilot of a system keep the bare measure's name as before
    s = "全市共有城市317个，参保人数增加7359万。"
    assert fact(s, "7359")["indicator"] == "参保人数"
