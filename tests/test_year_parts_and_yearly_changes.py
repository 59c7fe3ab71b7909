"""A year heading the part after 其中, and an amount changed per year over several years.

Each sentence is copied verbatim from the State Council work report of the year in the test.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh

# -- a year or 去年 heading the clause after 其中 is the time of that part: its own period, no part of the span's total --


def test_last_year_after_qizhong_is_its_own_year_not_a_part_of_the_average(work_reports):
    # 2007: the 2573 is the revenue over budget of 2006, not a part of the yearly average of 2003-2006
    phrase = "从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。"
    f = work_reports.fact_at(2007, phrase, "2573亿元")
    assert f["period"] == "2006年"
    assert f["parent_id"] == "" and f["relation"] == ""


@pytest.mark.parametrize(("phrase", "printed"), [
    ("计划规定，五年合计国家财政收入为五千九百五十三亿元，其中一九八五年为一千二百七十四亿元，比一九八○年增加一百八十九亿元。",
     "一百八十九亿元"),
    ("五年合计财政支出为六千零九十八亿元，其中一九八五年为一千三百零四亿元，比一九八○年增加九十二亿元。", "九十二亿元"),
])
def test_a_year_after_qizhong_is_the_period_of_the_clauses_after_it(work_reports, phrase, printed):
    # 1982: the change of 1985 against 1980, not of the five years nor of no time
    assert work_reports.fact_at(1982, phrase, printed)["period"] == "一九八五年"


# -- a level right after 比 + a plan period + 的 is of that period (the plan's years), not of the year its sentence
# speaks of --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    (1982, "其中一九八五年将达到百分之十六点八，比第五个五年计划期间的百分之十一有了较大的提高。", "百分之十一",
     "1976-1980年"),
    (1986, "“六五”期间，国家财政用于这些方面的经费共为一千一百七十二亿元，比“ 五五”时期的五百七十七亿元增长一倍。",
     "五百七十七亿元", "1976-1980年"),
])
def test_a_level_compared_with_is_of_the_plan_period_printed_before_it(work_reports, year, phrase, printed, period):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["measure"], f["status"], f["period"]) == ("level" if "亿" in printed else "rate_pct", "actual", period)


# -- an amount changed per year over several years (年均超收, 平均每年增产, 平均每年大约增加) is over those years -----------

@pytest.mark.parametrize(("year", "phrase", "printed", "base"), [
    (2007, "从2003年到2006年年均超收2040亿元", "2040亿元", "年均"),
    (1988, "到本世纪末，我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤。", "８０亿公斤", "平均每年"),
    (1957, "从1952年到1956年，我国消费资料的生产，平均每年大约增加三十多亿元。", "三十多亿元", "平均每年"),
])
def test_an_amount_changed_per_year_is_a_change_over_several_years(work_reports, year, phrase, printed, base):
    f = work_reports.fact_at(year, phrase, printed)
    assert f["measure"] == "abs_change"
    assert f["comparator"] == base
    assert "multi_year" in f["flags"].split(";")


# -- but 上年结转, 去年结余 and a year's 结转 after 其中 name a budget's resources, no time of their own ---------------

def test_carried_over_resources_after_qizhong_keep_the_report_s_period():
    # written, as a district budget report prints it: the money carried over is a part of this year's total
    text = ("东城区2023年上半年预算执行情况的报告\n"
            "上半年，全区一般公共预算收入总计120亿元，其中上年结转资金5亿元，调入资金3亿元。\n"
            "全区支出合计80亿元，其中2022年结转资金安排2亿元。\n")
    f = dh.extract_facts(dh.load_report(text)).set_index("raw_value")
    for printed in ("5", "3", "2"):
        assert f.loc[printed, "period"] == "上半年"
        assert f.loc[printed, "relation"] == "part"
