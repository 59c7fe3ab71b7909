"""A sentence that runs parallel to the one before it in its paragraph, a change against the same year that prints
no year of its own, is of the year of the change before it (1957年的工业总产值比1956年将增长百分之四点五…。农业总产值
比1956年将增长百分之四点九 → 1957年, a year's growth), and so is the level that change reaches in its sentence.
"""

from __future__ import annotations

from _sentences import fact_at

TITLE_2021 = "2021年政府工作报告\n"  # the title of a district's work report of 2021 (a written sentence follows it)


def test_a_change_against_the_same_year_as_the_sentence_before_is_of_its_year(work_reports):
    # 1957.txt
    s = "农业总产值比1956年将增长百分之四点九，达到六百一十一亿元。"
    got = work_reports.fact_at(1957, s, "百分之四点九")
    assert (got["indicator"], got["measure"], got["status"], got["period"], got["comparator"]) == (
        "农业总产值", "yoy_pct", "target", "1957年", "1956年")
    got = work_reports.fact_at(1957, s, "六百一十一亿元")
    assert (got["indicator"], got["measure"], got["status"], got["period"]) == ("农业总产值", "level", "target", "1957年")


def test_a_parallel_sentence_in_a_district_report():
    # (written in the reports' style)
    s = TITLE_2021 + "2020年的全区地区生产总值比2019年增长5%。一般公共预算收入比2019年增长3%。"
    got = fact_at(s, "3%")
    assert (got["measure"], got["period"], got["comparator"]) == ("yoy_pct", "2020年", "2019年")


def test_a_change_against_another_year_is_not_parallel():
    # (written in the reports' style: the base differs, so the year of the sentence before does not hold)
    s = TITLE_2021 + "2020年的全区地区生产总值比2019年增长5%。一般公共预算收入比2015年增长30%。"
    assert fact_at(s, "30%")["period"] == ""
