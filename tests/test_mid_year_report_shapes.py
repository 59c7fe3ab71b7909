"""Shapes of sentences district reports print, modelled on real sentences of national reports.

- A whole year's plan opening its clause (全年计划拆除…) is of the year, not of the part of it the report reviews;
  what the next clause says is done stays of the report's time.
- The years printed in brackets after a five-year plan's name (“十四五”（2021-2025年）时期) are no period of their own:
  the sentence is of the plan's span.
- The figure of a goal a mid-year plan names (确保完成…增长6%左右的目标, …的全年目标) is the year's, whatever part of
  the year the work is done in; a figure of what is done in the second half (下半年新开工项目10个) stays 下半年.
- A list item after 、 that is only what a part of the set counted right before it is (、投资亿元以上的20个) names
  the things of that set and is a part of it, as after ，.
"""

from __future__ import annotations

import pytest
from _sentences import facts

HALF_REVIEW = "一、2023年上半年工作回顾\n"


def readings(heading: str, sentence: str) -> list[tuple[float, str, str]]:
    f = facts(heading + sentence + "\n")
    return list(zip(f["value"].tolist(), f["period"].tolist(), f["status"].tolist(), strict=True))


# regression fixtures written in the style of district reports (a mid-year report's review)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("全年计划拆除违法建设300万平方米，上半年已拆除180万平方米。",
     [(3e6, "2023年", "target"), (1.8e6, "上半年", "actual")]),
    ("全年计划新建口袋公园20个，已建成12个。", [(20, "2023年", "target"), (12, "2023年上半年", "actual")]),
    ("全区全年计划新增就业8000人，上半年已新增就业5000人。",
     [(8000, "2023年", "target"), (5000, "上半年", "actual")]),
    ("全年计划完成投资100亿元、新开工项目10个。", [(1e10, "2023年", "target"), (10, "2023年", "target")]),
])
def test_a_whole_years_plan_is_of_the_year_in_a_mid_year_report(sentence: str,
                                                                 expected: list[tuple[float, str, str]]) -> None:
    assert readings(HALF_REVIEW, sentence) == expected


# regression fixtures written in the style of district reports; modelled on the national sentence “十四五”时期，…，
# 在这五年里，…年均增长…, with the plan's years printed in brackets after its name
@pytest.mark.parametrize(("sentence", "expected"), [
    ("“十四五”（2021-2025年）时期，全区经济持续发展，在这五年里，地区生产总值年均增长6%。",
     [(6, "2021-2025年", "actual")]),
    ("“十三五”(2016—2020年)期间，全区经济持续发展，在这五年里，一般公共预算收入年均增长5%。",
     [(5, "2016-2020年", "actual")]),
    ("“十四五”（2021—2025年）时期，全区城镇新增就业累计达到10万人，居民人均可支配收入年均增长6%。",
     [(1e5, "2021-2025年", "actual"), (6, "2021-2025年", "actual")]),
    ("“十四五”时期，全区经济持续发展，在这五年里，地区生产总值年均增长6%。", [(6, "2021-2025年", "actual")]),
])
def test_the_years_in_brackets_after_a_plans_name_keep_its_span(sentence: str,
                                                                 expected: list[tuple[float, str, str]]) -> None:
    assert readings("一、2025年工作回顾\n", sentence) == expected


@pytest.mark.parametrize("sentence", [
    # regression fixtures written in the style of district reports: the bracketed years after a plan's name name
    # nothing, as the plan's name alone does not
    "2025年，全区地区生产总值达到1000亿元，“十四五”（2021-2025年）时期年均增长5.8%。",
    "2025年，全区地区生产总值达到1000亿元，“十四五”(2021—2025年)时期年均增长5.8%。",
])
def test_the_years_in_brackets_after_a_plans_name_are_no_name(sentence: str) -> None:
    assert facts("一、2025年工作回顾\n" + sentence + "\n")["indicator"].tolist() == ["地区生产总值", "地区生产总值"]


# regression fixtures written in the style of district reports (a mid-year report's plan part)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("下半年，全区将确保完成地区生产总值增长6%左右的目标，下半年新开工项目10个。",
     [(6, "2023年", "target"), (10, "下半年", "target")]),
    ("下半年，全区要全力完成一般公共预算收入增长5%的全年目标。", [(5, "2023年", "target")]),
    ("下半年，要确保实现城镇新增就业8000人的目标、固定资产投资增长8%的目标。",
     [(8000, "2023年", "target"), (8, "2023年", "target")]),
    ("下半年，新开工项目10个的目标要确保完成。", [(10, "下半年", "target")]),
])
def test_the_goal_a_mid_year_plan_names_is_the_years(sentence: str, expected: list[tuple[float, str, str]]) -> None:
    assert readings("二、2023年下半年工作安排\n", sentence) == expected


# regression fixtures written in the style of district reports (一、2023年工作回顾 / 二、2024年工作安排): 完成/实现…的目标
# in a quarter is the quarter's goal; only 全年目标/年度目标 makes it the year's
@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    ("一、2023年工作回顾\n", "四季度，力争完成固定资产投资30亿元的目标。", [(30e8, "四季度", "target")]),
    ("一、2023年工作回顾\n各项工作稳步推进。\n二、2024年工作安排\n", "一季度，全区力争实现地区生产总值增长6%的目标。",
     [(6, "一季度", "target")]),
    ("一、2023年工作回顾\n各项工作稳步推进。\n二、2024年工作安排\n", "一季度，力争实现地区生产总值增长6%的年度目标。",
     [(6, "2024年", "target")]),
])
def test_a_goal_completed_in_a_quarter_is_the_quarters(heading: str, sentence: str,
                                                        expected: list[tuple[float, str, str]]) -> None:
    assert readings(heading, sentence) == expected


# regression fixtures written in the style of district reports: the size class of the things just counted, after 、
# in place of ， (the shape of 年内新开工项目71个…;亿元以上新开工项目26个)
@pytest.mark.parametrize(("sentence", "part"), [
    ("全区新开工项目50个、投资亿元以上的20个。", "投资亿元以上的新开工项目"),
    ("新引进企业200家、注册资本亿元以上的15家。", "注册资本亿元以上的新引进企业"),
    ("新签约项目30个、其中总投资10亿元以上的15个。", "总投资10亿元以上的新签约项目"),
    ("新签约项目30个，其中总投资10亿元以上的15个。", "总投资10亿元以上的新签约项目"),
])
def test_a_size_class_listed_after_the_set_is_a_part_of_it(sentence: str, part: str) -> None:
    f = facts("一、2023年工作回顾\n" + sentence + "\n")
    assert f["indicator"].tolist()[1:] == [part]
    assert (f["parent_id"].iloc[1], f["relation"].iloc[1]) == (f["fact_id"].iloc[0], "part")
