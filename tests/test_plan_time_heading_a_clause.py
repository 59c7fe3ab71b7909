"""The time of a five-year plan heading the clause of a figure (在五年计划的前三年, 在第一个五年计划的前三年, 在“十三五”
规划期间, 五年计划期间) is a time, no part of the name: the figure is of the subject set off before the clause
(我国的工业总产值，在五年计划的前三年共增加了…), as after 在“十三五”期间 or 在第一个五年计划期间 already.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at

from dhcheng_analysis.facts import clean_name

# the title of a work report of 1957 (reviewing 1956) and of a district's of 2021 (written sentences follow them)
TITLE_1957 = "1957年政府工作报告\n"
TITLE_2021 = "2021年政府工作报告\n"


def test_the_first_years_of_the_plan_name_no_quantity(work_reports):
    # 1957.txt
    s = "我国的工业总产值（不包括手工业产值，下同），在五年计划的前三年共增加了一百七十七亿元，而1956年这一年就增加了一百三十九亿元。"
    got = work_reports.fact_at(1957, s, "一百七十七亿元")
    assert (got["indicator"], got["indicator_key"], got["period"]) == ("我国的工业总产值", "industrial_output", "1953-1955年")
    got = work_reports.fact_at(1957, s, "一百三十九亿元")
    assert (got["indicator"], got["indicator_key"], got["period"]) == ("我国的工业总产值", "industrial_output", "1956年")


@pytest.mark.parametrize("time", ["在第一个五年计划的前三年", "在“一五”的前三年", "在“一五”计划的前三年", "在五年计划期间"])
def test_a_plan_time_heading_the_clause_leaves_the_subject_before_it(time):
    # (written in the reports' style, on the sentence of 1957.txt above)
    got = fact_at(TITLE_1957 + f"我国的工业总产值，{time}共增加了一百七十七亿元。", "一百七十七亿元")
    assert got["indicator"] == "我国的工业总产值"


@pytest.mark.parametrize("time", ["在“十三五”规划期间", "“十三五”规划期间", "在“十三五”规划的前三年"])
def test_a_plan_time_of_a_district_heading_the_clause_leaves_the_subject_before_it(time):
    # (written in the reports' style)
    got = fact_at(TITLE_2021 + f"全区工业总产值，{time}共增加了177亿元。", "177亿元")
    assert got["indicator"] == "工业总产值"


def test_a_plan_alone_or_its_rules_stay_names():
    assert clean_name("第一个五年计划") == "第一个五年计划"
    assert clean_name("五年计划规定的投资总额") == "投资总额"
