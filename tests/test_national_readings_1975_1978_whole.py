"""Readings found by reading the work reports of 1975 and 1978 whole, in text order: the highest member of a set
whose bound the figure before gives (都在百分之四点三以上，高的达到百分之五点五) is a figure of the same quantity, named,
measured and compared as that bound is.
Sentences copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at, facts


def test_the_highest_member_after_a_bound_is_of_the_quantity_bounded():
    # 1978
    s = ("从一九六六年到一九七六年的十一年中，尽管有刘少奇、林彪特别是“四人帮”的严重干扰破坏，仍然有三分之一的省、市、自治区，"
         "粮食产量平均每年的增长速度都在百分之四点三以上，高的达到百分之五点五；也有三分之一的省、市、自治区，"
         "工业产值平均每年的增长速度都在百分之十二以上，高的达到百分之十八点五。")
    f = fact_at(s, "百分之五点五")
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"], f["qualifier"], f["comparator"]) == (
        "粮食产量", "grain_output", "change_pct", 5.5, "exact", "平均每年")
    assert "multi_year" in f["flags"] and "cue_subject" not in f["flags"]
    assert f["scope"] == fact_at(s, "百分之四点三")["scope"]
    f = fact_at(s, "百分之十八点五")
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"], f["comparator"]) == (
        "工业产值", "industrial_output", "change_pct", 18.5, "平均每年")


def test_a_highest_named_by_a_noun_of_its_own_is_not_the_bound_carried():
    # district-shaped: 最高的街道 names its member, which is not the whole the figure before is of
    got = facts("全区税收增长8%，最高的街道增长15%。")
    assert got.iloc[1]["indicator"] != "税收"


def test_a_share_after_a_condition_is_named_by_what_its_units_do():
    # 1978
    s = ("同时，要在生产发展的基础上逐步改善人民生活，做到在正常年景下百分之九十的社员收入逐年有所增加，"
         "在完成国家计划的前提下逐步提高职工工资收入。")
    f = fact_at(s, "百分之九十")
    assert (f["indicator"], f["measure"], f["value"], f["status"]) == (
        "收入逐年有所增加的社员", "rate_pct", 90.0, "target")


def test_a_figure_the_work_to_be_done_reaches_after_yao_is_planned():
    # 1975: 要 before a verb of work to do (团结, 新建, 培训…) says what is to be done, not what was
    s = ("我们要团结百分之九十五以上的干部和群众，团结一切可以团结的力量，为建设伟大的社会主义祖国而共同奋斗。")
    assert fact_at(s, "百分之九十五")["status"] == "target"
    # 1956: planned by its own word, not only by the part of the report it lies in (no year_inferred)
    s = ("在水利方面，将要新建安徽响洪甸水库、江苏新洋港水闸等２４个大型水利工程，续建安徽梅山水库、辽宁大伙房水库、"
         "汉江下游杜家台分洪工程、华阳河蓄洪垦殖工程、唐山陡河水库等１８个大型水利工程，开始建设黄河三门峡的水利枢纽工程，"
         "并且开始对长江进行流域规划。")
    f = fact_at(s, "２４个")
    assert f["status"] == "target" and "year_inferred" not in f["flags"]
    # district-shaped
    assert facts("全区要新建学校5所。").iloc[0]["status"] == "target"


def test_a_count_of_what_one_thing_has_is_of_the_units_had():
    # 1978: 一个共有…的统一国家 — the nationalities counted, not the state that has them
    assert fact_at("我国是一个共有五十多个民族的统一国家。", "五十多个")["indicator"] == "民族"
    # district-shaped: the seats of the theatre, the labs of the university (the last 的 closes what it has)
    assert facts("建成一个拥有3000个座位的剧场。").iloc[0]["indicator"] == "座位"
    assert facts("是一个拥有3个国家级的重点实验室的大学。").iloc[0]["indicator"] == "国家级的重点实验室"


def test_a_span_of_years_inside_a_clause_before_a_yearly_growth_is_its_basis():
    # 1978: the seventeen years are what the yearly growth is averaged over
    s = "大庆原油产量在十七年间平均每年增长百分之二十八，大寨去年平均每人生产粮食两千多斤。"
    f = fact_at(s, "百分之二十八")
    assert (f["measure"], f["comparator"]) == ("change_pct", "十七年间平均每年")
    # 1986: the span's years as before
    s = ("我国农业总产值从一九五三年至一九八○年的二十八年间平均每年增长百分之三点五，"
         "其中增长较快的“一五”时期平均每年增长百分之四点五。")
    f = fact_at(s, "百分之三点五")
    assert (f["period"], f["comparator"]) == ("1953-1980年", "二十八年间平均每年")
    # district-shaped: the span after the subject dates the growth, as one opening the sentence does
    f = facts("东城区2020年政府工作报告\n全区税收五年来平均每年增长8%。").iloc[0]
    assert (f["period"], f["comparator"]) == ("2015-2019年", "五年来平均每年")
