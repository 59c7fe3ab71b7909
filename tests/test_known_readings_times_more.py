"""So many times more than a base after 比 (比小麦高至将近两倍) is a change against that base, and the base no part
of the name; 占比 is a share, no comparison. Sentences copied verbatim from the work-report corpus (year in the
comment)."""

from __future__ import annotations

from _sentences import fact_printed as fact


def test_times_higher_than_a_base_is_a_change_against_it():
    # 1955
    s = ("稻米的单位面积产量比小麦高至将近两倍，玉米的单位面积产量比别的杂粮可能增加百分之五十，"
         "薯类象红薯、土豆等则比一般杂粮的产量要多五、六倍（在使用上，二斤半薯类可以顶一斤粮食）。")
    f = fact(s, "两")
    assert (f["indicator"], f["measure"], f["value"], f["unit"], f["comparator"], f["qualifier"]) == (
        "稻米的单位面积产量", "change_pct", 200, "%", "小麦", "nearly")


def test_times_higher_with_no_subject_of_its_own_is_of_the_figure_before():
    # 1957
    f = fact("1956年职工全年的平均工资是610元，比农民一家人的全年平均收入高一倍多。", "一")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == (
        "职工全年的平均工资", "change_pct", 100, "农民一家人的全年平均收入")
    # 1964
    g = fact("四年以来，主要工业产品的品种大约增加了两万四千种，比一九五八年到一九六○年大发展时期所增加的品种还多两倍。", "两")
    assert (g["indicator"], g["measure"], g["comparator"]) == (
        "主要工业产品的品种", "change_pct", "一九五八年到一九六○年大发展时期所增加的品种")


def test_a_share_word_is_no_comparison():
    # 2018
    assert fact("外商投资结构优化，高技术产业占比提高一倍。", "一")["indicator"] == "高技术产业占比"


def test_the_ends_of_a_range_in_round_numbers_are_no_list_to_pair_with_a_list_of_names():
    # 1955
    s = ("稻米的单位面积产量比小麦高至将近两倍，玉米的单位面积产量比别的杂粮可能增加百分之五十，"
         "薯类象红薯、土豆等则比一般杂粮的产量要多五、六倍（在使用上，二斤半薯类可以顶一斤粮食）。")
    low, high = fact(s, "五"), fact(s, "六")
    assert low["indicator"] == high["indicator"] == "薯类象红薯、土豆"
    assert (low["value"], high["value"], low["comparator"]) == (500, 600, "一般杂粮的产量")
