"""Targets of the plan part of a report: the year a target speaks of, on verbatim sentences of the work reports.

A plan over several years (二、“十二五”时期的主要目标和任务, 今后五年, 三年内) sets its targets over its span; a value
the plan says is reached — a rate or a level after a to-word (城镇化率从47.5％提高到51.5%), a rate after a verb of
reaching (森林覆盖率达到21.66%), a stock or a yearly level after one (高铁营业里程达到3万公里) — is of the span's
last year, as a value reached under a span of years reviewed is; a flow over the span (五年城镇新增就业4500万人), a
figure its clause sums, and one a verb holds (控制在5.5%以内, 保持在1.3万亿斤以上) keep the span. A completion in a
plan part is an outcome (第一季度只完成全年计划的11%) unless the year ahead heads it (全年, 年内, 年底前: 全年完成…任务的
100%), a target. The nation's people counted in a plan part, as 中国人 or as persons of a billion or more before
的 (保障好14亿人的粮食安全), are as many as they are, no target. Each test is a sentence of the report named in its comment, read in that report, or a written one
said so.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    # national work report 2011, under 二、“十二五”时期的主要目标和任务: the rate a to-word reaches
    (2011, "城镇化率从47.5％提高到51.5%", "51.5%", "2015年"),
    # national work report 2011: a share reached with 达到
    (2011, "研究与试验发展经费支出占国内生产总值比重达到2.2%", "2.2%", "2015年"),
    # national work report 2011
    (2011, "森林覆盖率达到21.66%", "21.66%", "2015年"),
    # national work report 2016, 今后五年 opening the sentence
    (2016, "森林覆盖率达到23.04%", "23.04%", "2020年"),
    # national work report 2016: a rate after 超过
    (2016, "空气质量优良天数比率超过80%", "80%", "2020年"),
    # national work report 2016: a stock reached
    (2016, "高铁营业里程达到3万公里", "3万公里", "2020年"),
    # national work report 2016: a level a to-word reaches
    (2016, "劳动年龄人口平均受教育年限从10.23年提高到10.8年", "10.8年", "2020年"),
    # national work report 2021, under 二、“十三五”时期发展成就和“十四五”时期主要目标任务
    (2021, "基本养老保险参保率提高到95%", "95%", "2025年"),
    # national work report 2009: 三年内 opening the clause
    (2009, "三年内参保率均提高到90%以上", "90%", "2011年"),
])
def test_a_value_a_plan_of_several_years_reaches_is_of_its_last_year(work_reports, year, phrase, printed, period):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["status"], f["period"]) == ("target", period)


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    # national work report 2011: a flow over the five years
    (2011, "五年城镇新增就业4500万人", "4500万人", "2011-2015年"),
    # national work report 2016: what is added over the span
    (2016, "新建改建高速公路通车里程约3万公里", "3万公里", "2016-2020年"),
    # national work report 2016: a count of works done over the span
    (2016, "城镇棚户区住房改造2000万套", "2000万套", "2016-2020年"),
    # national work report 2021: a rate held every year
    (2021, "城镇调查失业率控制在5.5%以内", "5.5%", "2021-2025年"),
    # national work report 2021: a level held every year
    (2021, "粮食综合生产能力保持在1.3万亿斤以上", "1.3万亿斤", "2021-2025年"),
])
def test_a_flow_or_a_held_value_of_a_plan_of_several_years_keeps_its_span(work_reports, year, phrase, printed,
                                                                          period):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["status"], f["period"]) == ("target", period)


# written, in the form of the second-half plans of district reports (the constructed report traditional_2020_h1
# prints it in traditional characters): a completion the plan sets for the year ahead
H1_PLAN = ("关于某区2020年上半年国民经济和社会发展计划执行情况的报告\n一、上半年计划执行情况\n"
           "上半年，全区地区生产总值增长1%。\n二、下半年工作安排\n"
           "新增养老床位不少于600张，新增中小学学位5000个，全年完成核酸检测能力建设任务的100%。\n")


def test_a_completion_of_the_year_ahead_in_a_plan_part_is_a_target():
    f = fact(H1_PLAN, "100%")
    assert (f["measure"], f["status"]) == ("completion_pct", "target")


def test_a_completion_of_a_time_gone_by_in_a_plan_part_stays_an_outcome(work_reports):
    # national work report 1956, in its plan part: the first quarter is over
    f = work_reports.fact_at(1956, "在第一季度只完成全年计划的１１％", "１１％")
    assert (f["measure"], f["status"]) == ("completion_pct", "actual")


@pytest.mark.parametrize(("year", "phrase", "printed"), [
    # national work report 2021, in its plan part: the nation's people counted in persons, before 的
    (2021, "完全有能力保障好14亿人的粮食安全", "14亿人"),
    # national work report 2022: as 中国人 says it
    (2022, "把14亿多中国人的饭碗牢牢端在自己手中", "14亿"),
])
def test_the_nations_people_in_a_plan_part_are_counted_as_they_are(work_reports, year, phrase, printed):
    assert work_reports.fact_at(year, phrase, printed)["status"] == "actual"


def test_the_words_of_a_plan_opening_a_clause_set_targets_in_a_review_part():
    # regression fixture (written for this test): a review part quotes its five-year plan (“十三五”规划提出，…) and
    # then the outcome (实际下降17%), which stays an outcome
    text = ("东城区2022年政府工作报告\n一、2021年工作回顾\n“十四五”规划纲要提出，全区地区生产总值年均增长6%左右。\n"
            "“十三五”规划提出，单位地区生产总值能耗下降15%，实际下降17%。\n")
    assert (fact(text, "6%")["status"], fact(text, "6%")["period"]) == ("target", "2021-2025年")
    assert fact(text, "15%")["status"] == "target"
    assert fact(text, "17%")["status"] == "actual"
