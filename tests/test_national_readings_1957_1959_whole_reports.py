"""Readings of the national work reports of 1957 and 1959, read whole in text order, on their verbatim sentences.

- A span of years the sentence looks back over (一年多以来, 几年来, 三年多来) is a time reviewed, as 四年来 is: a
  figure after it in a part that plans only by following the plan before it is an outcome, not a target.
- The base a plan builds on (在…增产三千八百亿斤的基础上) names no thing counted after its figure: 基础上 closes the
  frame, as 水平上 does.
- A range of shares whose low end has no name of its own (有10—15%过着少吃少穿的生活) is named, both ends, by what the
  high end's clause names.
- A span of five years within which a figure falls (五年内, 五年间), printed after a figure of the paragraph dated to a
  five-year plan's years (第一个五年计划期间 → 1953-1957年), is that plan's span, not the five years up to the year
  the report covers (1954-1958 in 1959); 五年来 still reaches the time of writing.
- A figure of the whole year the report plans for, its year printed (1957年的国家预算收入… in the report on 1956 given
  in June 1957), is planned wherever it stands: that year was not over when the report was given.
- The year of an event a sentence opens in (在一九五八年的大跃进中，…) holds on in the paragraph, as a year opening the
  sentence does: the next sentence's 比上年 change is of that year.
- A count of a part of a set said by its clause (其中…而投入生产的约有七百个) is named with the set's noun whether or
  not a qualifier (约, 近) stands between 有 and the figure.
"""

from __future__ import annotations

import pytest
from _sentences import fact
from _work_reports import WorkReports

REPORTS = WorkReports()


@pytest.mark.parametrize("printed", ["四十七项", "七十八项", "三个"])
def test_a_span_looked_back_over_with_duo_and_yilai_makes_its_figures_outcomes(printed):
    # national work report 1959, 五、关于对外政策 (a top part after the plan, its heading naming no time)
    f = REPORTS.fact_at(1959, "一年多以来，我国同苏联签订了关于苏联帮助我国进行重大科学技术研究、帮助我国建设四十七项企业、"
                              "帮助我国建设七十八项企业的三个协定和通商航海条约", printed)
    assert f["status"] == "actual"
    assert "year_inferred" not in f["flags"]


def test_the_base_frame_after_a_figure_names_nothing_it_counts():
    # national work report 1959
    f = fact("现在我们要在一九五八年增产三千八百亿斤的基础上，再使粮食产量增加三千亿斤，这当然是一个要用极大努力才能实现的跃进计划。",
             "三千八百亿斤")
    assert f["indicator"] != "基础上"
    assert f["measure"] == "abs_change"


S1957_SHARES = ("解放后，经过土地改革和合作化运动，目前我国农民大体上有百分之二十到三十过着略有积余的生活；有60%左右过着有吃有穿的生活；"
                "有10—15%过着少吃少穿的生活，这一类人还需要国家和农业合作社的帮助。")


@pytest.mark.parametrize(("printed", "flag"), [("10", "range_low"), ("15%", "range_high")])
def test_a_range_of_shares_is_named_by_the_clause_after_its_high_end(printed, flag):
    # national work report 1957
    f = fact(S1957_SHARES, printed, within="有10—15%")
    assert f["indicator"] == "过着少吃少穿的生活"
    assert f["measure"] == "rate_pct"
    assert f["flags"] == flag


@pytest.mark.parametrize("printed", ["一万多个", "九百二十一个", "二百二十七个"])
def test_five_years_within_after_a_figure_of_the_first_plan_are_that_plans_years(printed):
    # national work report 1959 (the year covered is 1958)
    f = REPORTS.fact_at(1959, "五年内施工的工矿建设单位有一万多个，其中限额以上的有九百二十一个，比计划规定的单位数多二百二十七个",
                        printed)
    assert f["period"] == "1953-1957年"


def test_a_figure_of_the_whole_year_planned_is_a_target_outside_a_plan_part():
    # national work report 1957 (given 26 June 1957, on 1956), 二、关于社会主义建设
    f = REPORTS.fact_at(1957, "1957年的国家预算收入比1956年增长近百分之二", "百分之二")
    assert (f["status"], f["period"], f["measure"]) == ("target", "1957年", "yoy_pct")


def test_the_year_of_an_event_opening_a_sentence_holds_in_the_next_sentence():
    # national work report 1959: 在一九五八年的大跃进中，全国职工全年的平均人数比上年增加了约八百万人，…
    f = REPORTS.fact_at(1959, "社会商品零售总额比上年增加了百分之十六", "百分之十六")
    assert (f["period"], f["comparator"], f["measure"]) == ("一九五八年", "上年", "yoy_pct")


def test_a_part_said_by_its_clause_keeps_the_sets_noun_across_a_qualifier():
    # national work report 1959
    f = REPORTS.fact_at(1959, "其中全部建成和部分建成而投入生产的约有七百个", "七百个")
    assert f["indicator"] == "全部建成和部分建成而投入生产的工矿企业"
    assert (f["qualifier"], f["value"]) == ("about", 700)
