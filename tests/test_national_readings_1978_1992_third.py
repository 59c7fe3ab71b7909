"""The work reports of 1978–1992, a third reading: growth named as a speed (平均每年递增的速度是…) and the years
within a closed span of past years (从一九七九年到一九八二年的四年内), and a growth in times whose name opens
with a scope word (全国人民的平均消费水平提高一倍), and a bare change after a move between years apart
(从一九八○年的…增加到…，增长…).
Sentences copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at


def test_a_growth_named_as_the_speed_of_growing_is_the_growth_of_its_owner():
    # 1982
    s = ("从一九五三年到一九八○年的二十八年中，农业总产值平均每年递增的速度是百分之三点四，六五计划期间要求每年递增百分之四到五，"
         "这是不低的，是要经过很大的努力才能实现的。")
    f = fact_at(s, "百分之三点四")
    assert (f["indicator"], f["measure"], f["value"], f["status"]) == ("农业总产值", "change_pct", 3.4, "actual")
    for printed, nth in (("百分之四", 0), ("五", 2)):
        assert fact_at(s, printed, nth)["indicator"] == "农业总产值", printed
    # 1958
    s = ("机械产品中的发电设备、电动机、生产氮肥的设备、载重汽车和蒸气机车等，增长的速度都将达到百分之五十以上，"
         "这样就将大大地提高我国机器设备的自给能力。")
    f = fact_at(s, "百分之五十")
    assert (f["indicator"], f["measure"]) == ("机械产品中的发电设备、电动机、生产氮肥的设备、载重汽车和蒸气机车", "yoy_pct")


def test_the_years_within_a_closed_span_of_past_years_are_no_plan():
    # 1983
    s = "从一九七九年到一九八二年的四年内，轻工业平均每年增长百分之十一点八，超过重工业每年平均增长百分之三点四的速度。"
    for printed in ("百分之十一点八", "百分之三点四"):
        f = fact_at(s, printed)
        assert (f["measure"], f["status"]) == ("change_pct", "actual"), printed
    assert fact_at(s, "百分之十一点八")["indicator"] == "轻工业"


def test_a_scope_word_in_the_name_is_no_base_of_a_growth_in_times():
    # 1981
    s = "１９８０年同完成经济恢复的１９５２年相比，工农业总产值增长八点一倍，国民收入增长四点二倍，工业固定资产增长二十六倍，全国人民的平均消费水平提高一倍。"
    f = fact_at(s, "一倍", 1)
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("全国人民的平均消费水平", "change_pct", 100.0, "1952年")


def test_a_bare_change_after_a_move_between_years_apart_is_against_the_first_year():
    # 1982
    s = ("第六个五年计划规定，到一九八五年全日制高等学校招生数将从一九八○年的二十八万人增加到四十万人，增长百分之四十二点二；"
         "在校学生达到一百三十万人，比一九八○年增长百分之十三点六。")
    f = fact_at(s, "百分之四十二点二")
    assert (f["indicator"], f["measure"], f["comparator"], f["status"]) == ("全日制高等学校招生数", "change_pct", "一九八○年", "target")
    # 1959: two levels printed with their years
    s = "小学生，一九五二年有五千一百多万人，一九五七年已经有六千四百多万人，增加百分之二十六，一九五八年又比一九五七年增加百分之三十四，达到了八千六百万人。"
    f = fact_at(s, "百分之二十六")
    assert (f["measure"], f["comparator"]) == ("change_pct", "一九五二年")
    assert fact_at(s, "百分之三十四")["comparator"] == "一九五七年"
