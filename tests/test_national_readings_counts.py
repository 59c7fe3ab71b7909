"""Counts in the national work reports: the persons a bare verb works on, and units counted before a
quantity of theirs that a figure changes. Sentences copied verbatim from the work-report corpus (year in
the comment)."""

from __future__ import annotations

from _sentences import fact


def test_persons_a_verb_trains_are_named_by_it_not_by_the_item_before():
    # 2023
    s = "实施高职扩招和职业技能提升三年行动，累计扩招413万人、培训8300多万人次。"
    f = fact(s, "8300多万人次")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("培训的人次", "level", "over")
    assert fact(s, "413万人")["indicator"] == "扩招的人"


def test_a_count_of_units_before_a_quantity_of_theirs_counts_the_units():
    # 2014
    s = "中央国家机关“三公”经费减少35%，31个省份本级公务接待费减少26%。"
    f = fact(s, "31个")
    assert (f["indicator"], f["measure"]) == ("省份", "level")
    g = fact(s, "26%")
    assert (g["indicator"], g["measure"]) == ("省份本级公务接待费", "yoy_pct")
