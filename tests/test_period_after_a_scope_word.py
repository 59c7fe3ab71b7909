"""A year or a span of years that opens a clause after the place it is of (全区2020年，…; 全区从2016年到2020年，…;
我国2013年到2017年，…; 而旧中国从1932年到1936年五年间是…，…) is the period of the figures after it, as the same time
opening the clause alone is (2020年，…; 从2016年到2020年，…): the place heading the clause does not hide it.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at

# the title of a district's work report of 2021, reviewing 2020 (written sentences in the reports' style follow it)
TITLE = "2021年政府工作报告\n"


def test_a_span_of_old_china_after_a_span_of_new_china_is_its_own(work_reports):
    # 1957.txt: the clause after the years of old China is of those years, not of 1952-1956 printed first
    s = "而旧中国从1932年到1936年五年间是我国解放前农业收成比较好的年份，粮食产量合计只一万三千亿斤，棉花产量合计只六千零五十万担。"
    assert work_reports.fact_at(1957, s, "一万三千亿斤")["period"] == "1932-1936年"
    assert work_reports.fact_at(1957, s, "六千零五十万担")["period"] == "1932-1936年"
    assert work_reports.fact_at(1957, "粮食为一万六千五百八十亿斤", "一万六千五百八十亿斤")["period"] == "1952-1956年"


def test_a_span_after_the_place_it_is_of_is_the_period_of_the_next_clause(work_reports):
    # 1957.txt
    s = "而旧中国从1912年到1947年，三十六年合计不过二十一万多人。"
    got = work_reports.fact_at(1957, s, "二十一万")
    assert (got["indicator"], got["period"]) == ("高等学校的毕业生", "1912-1947年")
    assert work_reports.fact_at(1957, "第一个五年合计为二十八万人", "二十八万人")["period"] == "1953-1957年"


def test_a_span_after_the_place_of_a_sentence_before_the_clause_of_its_figure(work_reports):
    # 1954.txt: the years of the recovery the clause before speaks of
    got = work_reports.fact_at(1954, "在恢復期間工業總産值平均每年遞增百分之三十六點九", "百分之三十六點九")
    assert (got["measure"], got["period"]) == ("change_pct", "1949-1952年")


@pytest.mark.parametrize(("sentence", "period"), [
    ("全区2020年，新增就业5万人。", "2020年"),
    ("我区从2016年到2020年，累计新增就业5万人。", "2016-2020年"),
    ("全区2016年至2020年，累计新增就业5万人。", "2016-2020年"),
    ("全区2016年以来，累计新增就业5万人。", "2016-2020年"),
    ("我国2013年到2017年，累计减贫6800万人。", "2013-2017年"),
])
def test_a_time_after_a_place_opens_its_clause_as_alone(sentence, period):
    # (written in the reports' style: the same sentences with the time first read so)
    assert fact_at(TITLE + sentence, "万人")["period"] == period


# the title and headings of a district's work report of 2021, its plan part last (written sentences in the reports'
# style follow them: no text at hand opens a clause with the place before 去年 in a plan part)
PLAN_PART = "2021年政府工作报告\n一、2020年工作回顾\n全区地区生产总值增长3%。\n二、2021年工作安排\n"


@pytest.mark.parametrize("sentence", ["全区去年新建学校10所。", "我区去年新建学校10所。", "去年新建学校10所。"])
def test_last_year_after_the_place_it_is_of_dates_its_clause_in_a_plan_part(sentence):
    got = fact_at(PLAN_PART + sentence, "10所")
    assert (got["status"], got["period"]) == ("actual", "2020年")


def test_last_year_after_the_nation_dates_its_clause(work_reports):
    # 1987.txt: the year before the report's
    got = work_reports.fact_at(1987, "全国去年取得重要科技成果一万多项", "一万多项")
    assert (got["status"], got["period"]) == ("actual", "1986年")


def test_fixture_last_year_after_the_place_gives_way_to_no_held_span():
    # written in the style of a district's work report (regression fixture): a span held from the sentence before
    # gives way to 去年 opening a clause after the report's place, as it does to 去年 alone
    text = "2024年政府工作报告\n一、过去五年工作回顾\n过去五年，全区经济实力显著增强。全区去年地区生产总值增长5%。\n"
    got = fact_at(text, "5%")
    assert (got["measure"], got["period"]) == ("yoy_pct", "2023年")


def test_fixture_a_year_counted_by_its_ordinal_sums_no_span():
    # written in the style of a district's report (regression fixture): 第三年共 is the third year's sum, 三年共 the
    # three years'
    text = "2024年政府工作报告\n一、2023年工作回顾\n第三年共新建学校12所。三年共投入资金12亿元。\n"
    assert fact_at(text, "12所")["period"] == "2023年"
    assert fact_at(text, "12亿元")["period"] == "2021-2023年"
