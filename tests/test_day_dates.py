"""A day a figure is counted up to (截至6月30日, 到2020年6月30日, 到一九五八年一月三十一日) is the figure's time, never part
of its name, wherever it stands in the name: after it (固定资产投资截至6月30日完成), before it (截至6月30日已完成投资) or
as the time of each value of a change (由2019年12月31日的…增加到2020年6月30日的…).

The written sentences are regression fixtures in the style of district mid-year reports; the real ones are quoted
verbatim from the report named in their comment."""

from __future__ import annotations

import pytest
from _sentences import fact_at

# the title and first heading of a district's mid-year report
HEAD = "关于2023年上半年工作情况的报告\n一、2023年上半年工作回顾\n"


@pytest.mark.parametrize(("sentence", "printed", "name", "period"), [
    # regression fixtures in the style of district reports: the day after the name
    ("全区固定资产投资截至6月30日完成12亿元。", "12亿元", "固定资产投资", "截至6月30日"),
    ("全区社会消费品零售总额截至6月30日达到30亿元。", "30亿元", "社会消费品零售总额", "截至6月30日"),
    ("全区贷款余额截至2023年6月30日达到30亿元。", "30亿元", "贷款余额", "截至2023年6月30日"),
    ("全区贷款余额截至2023年6月底达到30亿元。", "30亿元", "贷款余额", "截至2023年6月底"),
    # the day before the name
    ("全区截至6月30日已完成投资12亿元。", "12亿元", "投资", "截至6月30日"),
    ("全区截至6月20日已开工项目12个。", "12个", "开工项目", "截至6月20日"),
])
def test_a_day_counted_up_to_is_the_time_and_no_part_of_the_name(sentence, printed, name, period):
    got = fact_at(HEAD + sentence, printed)
    assert (got["indicator"], got["period"], got["status"]) == (name, period, "actual")


@pytest.mark.parametrize("sentence", [
    # regression fixtures in the style of district reports: the day opening the sentence
    "截至今年6月30日，全区完成投资12亿元。",
    "到6月30日，全区完成投资12亿元。",
    "截至2023年6月底，全区完成投资12亿元。",
])
def test_a_day_opening_the_sentence_leaves_the_name(sentence):
    got = fact_at(HEAD + sentence, "12亿元")
    assert (got["indicator"], got["status"]) == ("投资", "actual")


@pytest.mark.parametrize(("sentence", "values", "names"), [
    # regression fixtures in the style of district reports: the time of each value of a change
    ("全区投资由2019年12月31日的10亿元增加到2020年6月30日的12亿元。", ("10亿元", "12亿元"), ("投资", "投资")),
    ("全区存款余额从2022年12月31日的80亿元增加到2023年6月30日的95亿元。", ("80亿元", "95亿元"), ("存款余额", "存款余额")),
])
def test_the_days_of_a_change_from_one_value_to_another_leave_the_names(sentence, values, names):
    for printed, name in zip(values, names, strict=True):
        assert fact_at(HEAD + sentence, printed)["indicator"] == name


@pytest.mark.parametrize(("sentence", "printed"), [
    # regression fixtures in the style of district reports: a deadline day (日前) in a plan, as 12月底前 is
    ("全区12月31日前完成投资120亿元。", "120亿元"),
    ("6月30日前完成投资60亿元。", "60亿元"),
])
def test_a_deadline_day_leaves_no_part_of_the_name(sentence, printed):
    plan = "关于2023年工作情况的报告\n一、2023年工作回顾\n全区经济平稳运行。\n二、2024年工作安排\n"
    got = fact_at(plan + sentence, printed)
    assert (got["indicator"], got["status"]) == ("投资", "target")


def test_a_day_opening_a_real_sentence_of_a_year_end_report():
    # xicheng_2020_keytasks.txt
    s = "截至12月31日,全年一般公共预算收入完成413.84亿元,完成调整后方案目标"
    got = fact_at("关于2020年重点工作任务完成情况的报告\n" + s + "。\n", "413.84亿元")
    assert (got["indicator"], got["status"]) == ("一般公共预算收入", "actual")


def test_a_day_opening_a_sentence_dates_that_sentence_only():
    # national work report 1958: 到一九五八年一月三十一日 dates its own sentence; the next one's 原定 and 增加到 are
    # targets still, and its own 到一九五八年一月二十三日 dates the 十六亿多土方 done
    s = ("原定一九五七年十月到一九五八年九月底增加灌溉面积九千二百多万亩，但是到一九五八年一月三十一日，已经完成一亿一千七百"
         "多万亩，即用四个月的时间超额完成了全年度的任务。拿安徽省作为例子来说，这个省原定去冬今春兴修八亿土方的农田水利工程，"
         "后来增加到十六亿土方，但是，到一九五八年一月二十三日就已经完成十六亿多土方。")
    assert fact_at(s, "一亿一千七百多万亩")["status"] == "actual"
    assert fact_at(s, "八亿土方")["status"] == "target"
    assert fact_at(s, "十六亿土方")["status"] == "target"
    got = fact_at(s, "十六亿多土方")
    assert (got["indicator"], got["status"]) == ("土方", "actual")
