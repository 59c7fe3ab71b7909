"""A figure of the plan a report is on is planned, when the report prints no year of its own.

A report whose opening names the one five-year plan it is on (作关于我国国民经济和社会发展第六个五年计划的报告) and
that prints no year it is delivered in is delivered before that plan ends: a figure outside its review whose period is
the plan's span or its last year, read as achieved for want of a plan word, is the plan's target. A sentence that
speaks of another year of its own (已在一九五四年通车) keeps its status; the years of the base a multiple is of
(等于一九五三年到一九八○年…的二点六倍) are no such year. Sentences are quoted from the national work
reports the tests name.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("clause", "value", "period"), [
    ("煤炭工业建设，五年投资一百七十九亿元", "一百七十九亿", "1981-1985年"),
    ("五年合计财政支出为六千零九十八亿元", "六千零九十八亿", "1981-1985年"),
    ("一九八五年招收研究生二万人", "二万", "一九八五年"),
])
def test_a_figure_of_the_sixth_plan_is_a_target(work_reports, clause, value, period):
    # national work report 1982 (its opening: 作关于我国国民经济和社会发展第六个五年计划的报告)
    f = work_reports.fact_at(1982, clause, value)
    assert (f["status"], f["period"]) == ("target", period)


def test_a_change_to_the_plan_end_is_a_target(work_reports):
    # national work report 1982
    f = work_reports.fact_at(1982, "一九八五年为一千三百零四亿元，比一九八○年增加九十二亿元", "九十二亿")
    assert (f["measure"], f["status"], f["comparator"]) == ("abs_change", "target", "一九八○年")


def test_a_figure_of_the_first_plan_is_a_target(work_reports):
    # national work report 1955 (its opening: 作关于第一个五年计划的报告)
    f = work_reports.fact_at(1955, "五年基本建设的投资四百二十七亿四千万元", "四百二十七亿四千万")
    assert (f["status"], f["period"]) == ("target", "1953-1957年")


def test_a_sentence_naming_an_earlier_year_keeps_its_status(work_reports):
    # national work report 1955
    f = work_reports.fact_at(1955, "已在一九五四年通车的康藏公路和青藏公路，全长共有四千三百多公里", "四千三百")
    assert f["status"] == "actual"


def test_a_multiple_of_a_base_of_earlier_years_is_a_target(work_reports):
    # national work report 1982: the years the base of the multiple names are the base's, no other year the sentence
    # speaks of
    f = work_reports.fact_at(
        1982, "平均每年六千二百万平方米，等于一九五三年到一九八○年二十八年中平均每年建成住宅面积的二点六倍", "二点六")
    assert (f["unit"], f["status"], f["period"]) == ("倍", "target", "1981-1985年")
    f = work_reports.fact_at(1982, "全国城镇全民所有制单位五年合计建成住宅三亿一千万平方米", "三亿一千万")
    assert (f["status"], f["period"]) == ("target", "1981-1985年")
