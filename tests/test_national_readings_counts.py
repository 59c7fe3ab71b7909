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


def test_a_stage_of_schooling_printed_before_a_count_of_pupils_names_them():
    # 2007: the pupils of the stage, not all pupils (惠及3000多万农村义务教育阶段学生 of 2013 names them so)
    s = ("全国财政安排农村义务教育经费1840亿元，全部免除了西部地区和部分中部地区农村义务教育阶段5200万名学生的学杂费，"
         "为3730万名贫困家庭学生免费提供教科书，对780万名寄宿学生补助了生活费。")
    f = fact(s, "5200万名")
    assert (f["indicator"], f["measure"], f["value"]) == ("农村义务教育阶段学生", "level", 52_000_000)
    # (no stage printed before them; named by the grant given them free, as the 2005 pupils below are)
    assert fact(s, "3730万名")["indicator"] == "免费提供教科书的贫困家庭学生"
    # 2005: the stage goes before the pupils the clause names by what is done for them
    s = "为中西部地区农村义务教育阶段2400多万贫困家庭学生免费提供教科书。"
    assert fact(s, "2400多万")["indicator"] == "免费提供教科书的农村义务教育阶段贫困家庭学生"
    # 2013: printed after the figure, the stage is part of the noun already
    assert fact("实施惠及3000多万农村义务教育阶段学生营养改善计划。", "3000多万")["indicator"] == "农村义务教育阶段学生"
