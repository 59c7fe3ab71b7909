"""第N个五年计划 (the N-th five-year plan written out) is the plan time “N五” is; a report on one plan speaks of its years.

A target under 第六个五年计划期间 is of that plan's years (1981-1985年), as one under “六五”期间 is; a plan named
without 第 (三个五年计划期间: three plans) is no such time. A span of five years (五年内) in a report whose opening names
the one plan it is on (作关于…第六个五年计划的报告) is that plan's, and so is a target average per year set for its
last year, and so is one a clause is set by (按调整后的“八五”计划，…: 1991-1995年). A level a change is compared with
(比第五个五年计划期间的五百七十七亿元, 比“十二五”时期的800亿元) is of the years of the plan its period names.
Sentences are quoted from the national work reports the tests name; the count-of-plans test's text and the district
sentence are regression fixtures written for them.
"""

from __future__ import annotations

from _sentences import fact_at

import dhcheng_analysis.cuewords as cuewords


def test_target_under_the_sixth_five_year_plan_spells_its_years(work_reports):
    # national work report 1982
    f = work_reports.fact_at(1982, "第六个五年计划期间，全国基本建设投资总额计划安排二千三百亿元", "二千三百亿")
    assert (f["status"], f["period"]) == ("target", "1981-1985年")


def test_a_count_of_plans_is_no_plan_time_fixture():
    found = [m.group() for m in cuewords.compiled().plan_time.finditer("三个五年计划期间；第十四个五年规划时期")]
    assert found == ["第十四个五年规划时期"]


def test_five_years_of_a_report_on_the_sixth_plan_are_its_years(work_reports):
    # national work report 1982 (its opening: 作关于我国国民经济和社会发展第六个五年计划的报告)
    f = work_reports.fact_at(1982, "五年内大学毕业生共一百五十万人", "一百五十万")
    assert f["period"] == "1981-1985年"


def test_five_years_of_a_report_on_the_first_plan_are_its_years(work_reports):
    # national work report 1955 (its opening: 作关于第一个五年计划的报告)
    f = work_reports.fact_at(1955, "五年内开始建设的限额以上的六百九十四个工业建设单位", "六百九十四")
    assert f["period"] == "1953-1957年"


def test_average_per_year_set_for_the_plan_end_spans_the_plan(work_reports):
    # national work report 1982: an average per year to 一九八五年 averages over the plan's years
    f = work_reports.fact_at(1982, "在工业总产值中，轻工业产值计划平均每年递增百分之五", "百分之五")
    assert (f["measure"], f["status"], f["period"]) == ("change_pct", "target", "1981-1985年")


def test_a_level_for_the_plan_end_keeps_its_year(work_reports):
    # national work report 1982: the level reached keeps the plan's last year
    f = work_reports.fact_at(1982, "一九八五年将达到九百八十三亿元，平均每年增加四十二亿元", "九百八十三亿")
    assert f["period"] == "一九八五年"


def test_an_ordinal_five_years_without_plan_is_the_plan_time(work_reports):
    # national work report 1957: 第一个五年期间 and 第一个五年合计 name the first plan (1953-1957) without 计划, whatever
    # years (1952年到1956年) the paragraph printed before
    f = work_reports.fact_at(1957, "第一个五年期间铁路共新建8,500公里", "8,500")
    assert f["period"] == "1953-1957年"
    f = work_reports.fact_at(1957, "第一个五年合计的财政收支各为一千三百六十九亿一千四百万元", "一千三百六十九亿")
    assert f["period"] == "1953-1957年"
    f = work_reports.fact_at(1957, "以钢的产量来说，第一个五年合计将达到一千六百三十万吨", "一千六百三十万")
    assert f["period"] == "1953-1957年"


def test_what_a_numbered_plan_sets_is_of_its_years(work_reports):
    # national work report 1955: 第一个五年计划规定 X 增长… is a target over the plan's years
    f = work_reports.fact_at(1955, "我国第一个五年计划规定工业总产值增长百分之九十八点三", "百分之九十八点三")
    assert (f["status"], f["period"]) == ("target", "1953-1957年")
    # national work report 1982: 第六个五年计划安排 X 占… likewise
    f = work_reports.fact_at(1982, "占国家财政支出总额的百分之十五点九", "百分之十五点九")
    assert (f["status"], f["period"]) == ("target", "1981-1985年")
    # 1958: 第一个五年计划所规定的一九五七年的指标 is a base, no time of the figure
    f = work_reports.fact_at(1958, "还超过了第一个五年计划所规定的一九五七年的指标百分之一点二", "百分之一点二")
    assert f["period"] == "一九五七年"


def test_an_ordinal_five_years_is_matched_as_a_plan_time_fixture():
    # a constructed fixture: the plan time a numbered plan names, with or without 计划
    found = [m.group() for m in cuewords.compiled().plan_time.finditer("第一个五年期间；第一个五年合计；第五个五年中")]
    assert found == ["第一个五年期间", "第一个五年"]


def test_a_clause_set_by_a_plan_is_of_the_plans_years(work_reports):
    # national work report 1993: 按调整后的“八五”计划，… frames the average set after it (1991-1995), while a plan
    # named after a verb with a comma (顺利完成了“八五”计划，; 而苏联的第一个五年计划，in 1955) frames nothing
    phrase = "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九"
    for printed in ("百分之六", "百分之八", "九"):
        f = work_reports.fact_at(1993, phrase, printed)
        assert (f["status"], f["period"]) == ("target", "1991-1995年"), printed
    found = [m.group("fyp") for m in cuewords.compiled().plan_time.finditer("而苏联的第一个五年计划，制造生产资料工业")]
    assert found == []


def test_a_base_level_of_the_fifth_plan_spells_its_years(work_reports):
    # national work report 1982: the level 比第五个五年计划期间的 names is of that plan's years, as the plan's
    # time opening a sentence is
    f = work_reports.fact_at(1982, "比第五个五年计划期间的五百七十七亿元增加百分之六十八", "五百七十七亿")
    assert (f["measure"], f["period"]) == ("level", "1976-1980年")


def test_a_base_level_of_the_last_plan_in_a_district_report_spells_its_years():
    # written in the form of a district report reviewing a five-year plan
    text = ("2021年东城区政府工作报告\n一、“十三五”时期工作回顾\n"
            "“十三五”期间，全区一般公共预算收入累计完成1000亿元，比“十二五”时期的800亿元增长25%。")
    f = fact_at(text, "800亿元")
    assert (f["measure"], f["period"]) == ("level", "2011-2015年")
