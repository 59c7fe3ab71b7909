"""Readings of real sentences once left wrong: a change over several years whose comparator opens with their span
(十年增加近70万亿元, 十年接近翻一番) and that no other time dates is of those years, counted back from the year the
report reviews, and so is an average per year right after it in its clause (十年增加近70万亿元、年均增长6.2%); a growth
held at a level over the span its clause opens with (十年来…涨幅稳定在2%左右) is each year's, of those years. Sentences copied verbatim from the national work reports (year in the comment)."""

from __future__ import annotations


def test_a_change_over_ten_years_is_of_the_ten_years_reviewed(work_reports):
    # 2023 (a review of 2022)
    s = ("国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%，在高基数基础上实现了"
         "中高速增长、迈向高质量发展。")
    f = work_reports.fact_at(2023, s, "70万亿元")
    assert (f["indicator"], f["measure"], f["qualifier"], f["comparator"], f["period"]) == (
        "国内生产总值", "abs_change", "nearly", "十年", "2013-2022年")
    f = work_reports.fact_at(2023, s, "6.2%")
    assert (f["indicator"], f["measure"], f["comparator"], f["period"]) == (
        "国内生产总值", "change_pct", "年均", "2013-2022年")  # the average of the same ten years
    assert work_reports.fact_at(2023, s, "5.2%")["period"] == "2018-2022年"  # (the five years, as before)


def test_a_doubling_over_ten_years_is_of_the_ten_years_reviewed(work_reports):
    # 2023
    s = "考虑留抵退税因素，全国财政收入十年接近翻一番。"
    f = work_reports.fact_at(2023, s, "一番")
    assert (f["indicator"], f["measure"], f["value"], f["qualifier"], f["period"]) == (
        "全国财政收入", "change_pct", 100.0, "nearly", "2013-2022年")


def test_a_growth_held_at_a_level_over_ten_years_is_each_years(work_reports):
    # 2023
    s = "十年来我国居民消费价格涨幅稳定在2%左右的较低水平，成如容易却艰辛，"
    f = work_reports.fact_at(2023, s, "2%")
    assert (f["measure"], f["value"], f["qualifier"], f["comparator"], f["period"]) == (
        "yoy_pct", 2.0, "about", "", "2013-2022年")
    assert "multi_year" not in f["flags"]
