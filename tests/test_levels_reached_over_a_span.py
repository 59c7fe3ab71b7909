"""A level a verb says was reached (达到, 突破, 超过, 积累; a rate 覆盖) under a span of years (过去五年, 五年来) is of the span's
last year when its name is a stock or a yearly level (里程, 保有量, 参保, 增加值, 国内生产总值); a figure its clause
sums over the years (累计, 五年, 年均) or one named by what flows (新增, 投入, 改造) keeps the span. A stock a verb
says stands now (已设, 已有, 现有) is of the last year too, and so are the persons a programme covers (覆盖10.5亿人:
the state reached, not persons summed over the years as 惠及 counts them) and the whole people of the place (14亿多
人口大国), whatever their clause holds (始终…) or wherever their span comes from (held from the sentence before).
Read on the bundled work reports (year in the comment)."""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    (2023, "工业增加值突破40万亿元", "40万亿元", "2022年"),  # national work report 2023
    (2023, "汽车保有量突破3亿辆", "3亿辆", "2022年"),  # national work report 2023
    (2016, "铁路营业里程达到12.1万公里", "12.1万公里", "2015年"),  # national work report 2016
    (2011, "全国社会保障基金积累7810亿元", "7810亿元", "2010年"),  # national work report 2011
    (2013, "各项养老保险参保达到7.9亿人", "7.9亿人", "2012年"),  # national work report 2013
    (2018, "人均预期寿命达到76.7岁", "76.7岁", "2017年"),  # national work report 2018
    # national work report 2011, under “十一五”时期…的回顾: the share a pilot covers is of the span's last year
    (2011, "新型农村社会养老保险试点覆盖24%的县", "24%", "2010年"),
])
def test_a_level_reached_is_of_the_span_last_year(work_reports, year, phrase, printed, period):
    assert work_reports.fact_at(year, phrase, printed)["period"] == period


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    (2016, "城镇新增就业人数超过6400万人", "6400万人", "2011-2015年"),  # national work report 2016: a flow
    (2018, "累计减税超过2万亿元", "2万亿元", "2013-2017年"),  # national work report 2018: summed
    (2008, "五年中央财政用于科技的投入达到3406亿元", "3406亿元", "2003-2007年"),  # national work report 2008
    (2021, "城镇棚户区住房改造超过2100万套", "2100万套", "2016-2020年"),  # national work report 2021
])
def test_a_sum_over_the_span_keeps_the_span(work_reports, year, phrase, printed, period):
    assert work_reports.fact_at(year, phrase, printed)["period"] == period


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    # national work report 2023, under 一、过去一年和五年工作回顾 / （七）…: the free trade zones set up stand now
    (2023, "已设21个自由贸易试验区", "21个", "2022年"),
    # national work report 1954, under its review of 幾年來 (1949-1953年): the health cadres counted as they stand
    (1954, "衞生幹部已經有二千七百餘人", "二千七百", "1953年"),
])
def test_a_stock_standing_now_is_of_the_span_last_year(work_reports, year, phrase, printed, period):
    assert work_reports.fact_at(year, phrase, printed)["period"] == period


def test_a_stock_standing_now_under_a_span_its_sentence_prints_is_of_the_span_last_year():
    # the sentence of the 2023 national work report, its span (五年来) printed in the sentence itself, not a frame
    text = "2023年国务院政府工作报告\n一、过去五年工作回顾\n五年来，我国已设21个自由贸易试验区，海南自由贸易港建设稳步推进。\n"
    got = dh.extract_facts(dh.load_report(text))
    assert got.loc[got["raw_value"] == "21", "period"].tolist() == ["2022年"]


def test_a_count_of_visits_standing_now_keeps_the_span(work_reports):
    # national work report 2018: 大病保险制度基本建立、已有1700多万人次受益 — the visits summed over the five years
    assert work_reports.fact_at(2018, "已有1700多万人次受益", "1700多万人次")["period"] == "2013-2017年"


def test_the_persons_covered_are_of_the_span_last_year(work_reports):
    # national work report 2023, under 一、过去一年和五年工作回顾: 基本养老保险参保人数增加1.4亿、覆盖10.5亿人 — the
    # increase is over the five years, the persons covered are the enrolment reached at their end
    r = work_reports.fact_at(2023, "覆盖10.5亿人", "10.5亿人")
    assert (r["indicator"], r["indicator_key"], r["period"]) == ("基本养老保险覆盖的人", "pension_insured", "2022年")
    r = work_reports.fact_at(2023, "基本养老保险参保人数增加1.4亿", "1.4亿")
    assert (r["indicator_key"], r["measure"], r["period"]) == ("pension_insured", "abs_change", "2018-2022年")


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    (2023, "14亿多人口大国保持就业稳定", "14亿", "2022年"),  # national work report 2023, under 过去五年
    (2023, "始终不懈地把14亿多中国人的饭碗牢牢端在自己手中", "14亿", "2022年"),  # national work report 2023
    (2018, "13亿多人口的大国实现了比较充分就业", "13亿", "2017年"),  # national work report 2018, under 过去五年
    (2003, "在我们这样一个近13亿人口的国家", "13亿", "2002年"),  # national work report 2003, under 过去五年
    # national work report 1986: the span 从一九八○年至一九八五年 held from the sentence before
    (1986, "我国有十亿多人口，目前主要工农业产品的人均产量还相当低", "十亿", "1985年"),
])
def test_the_whole_people_are_of_the_span_last_year(work_reports, year, phrase, printed, period):
    assert work_reports.fact_at(year, phrase, printed)["period"] == period


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    # national work report 1998, under 五年来 (1993-1997年): the enrolment a share is of stands at the span's end
    (1998, "中等职业学校的在校生占高中阶段教育总人数的5 6 ％以上", "5 6 ％", "1997年"),
    # national work report 1957, under its review of the five years: a share of a flow keeps the span
    (1957, "其中国外借款收入三十一亿元，只占国家预算收入的2.3%", "2.3%", "1953-1957年"),
])
def test_a_share_of_a_stock_under_a_span_is_of_the_span_last_year(work_reports, year, phrase, printed, period):
    assert work_reports.fact_at(year, phrase, printed)["period"] == period
