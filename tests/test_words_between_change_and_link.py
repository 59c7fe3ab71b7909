"""A word of a forecast or a plan (预计, 有望, 可, 将, 力争 …) between a change word and the verb that links it to its
figure leaves the figure the change: ``地区生产总值增长预计达到6%`` is a growth of 6% (``yoy_pct``), as
``地区生产总值增长达到6%`` is, not a rate of 6%. And the 比 of 比重 or 占比 compares nothing, so an estimate word
right after a share's name still marks its figure: ``占GDP比重预计达到12%`` → ``estimate``, while a real comparison
before it (``比预计增加``) keeps the word from marking the figure. No text at hand prints these shapes (district and
city reports print them in the review of a year not yet closed); the sentences are written in the form of those
reports and are regression fixtures, not evidence."""

from __future__ import annotations

from _sentences import fact_at

HEAD = "2024年政府工作报告\n一、2023年工作回顾\n"


def test_a_forecast_word_before_the_link_leaves_a_growth():
    # written in the form of a district annual report
    f = fact_at(HEAD + "全区地区生产总值增长预计达到6%。", "6%")
    assert (f["indicator"], f["measure"], f["value"], f["status"]) == ("地区生产总值", "yoy_pct", 6.0, "estimate")


def test_two_such_words_before_the_link():
    # written in the form of a district annual report
    f = fact_at(HEAD + "全区地区生产总值增长预计可达6%。", "6%")
    assert (f["measure"], f["status"]) == ("yoy_pct", "estimate")


def test_can_reach_after_a_growth_of_the_economy():
    # written in the form of a city annual report
    f = fact_at(HEAD + "全年经济增长可达7%左右。", "7%")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("经济增长速度", "yoy_pct", "about")


def test_a_plan_word_before_the_link_leaves_a_growth():
    # written in the form of a district plan
    f = fact_at("2024年政府工作报告\n二、2024年工作安排\n全区地区生产总值增长力争达到6%。", "6%")
    assert (f["measure"], f["status"]) == ("yoy_pct", "target")


def test_the_growth_linked_right_away_is_unchanged():
    # written in the form of a district annual report
    f = fact_at(HEAD + "全区地区生产总值增长达到6%。", "6%")
    assert (f["measure"], f["status"]) == ("yoy_pct", "actual")


def test_an_estimate_word_after_a_share_named_with_bizhong():
    # written in the form of a district annual report
    f = fact_at(HEAD + "数字经济核心产业增加值占GDP比重预计达到12%。", "12%")
    assert (f["measure"], f["comparator"], f["status"]) == ("rate_pct", "GDP", "estimate")


def test_an_estimate_word_after_a_share_named_with_zhanbi():
    # written in the form of a district annual report
    f = fact_at(HEAD + "服务业增加值占比预计达到80%。", "80%")
    assert (f["measure"], f["status"]) == ("rate_pct", "estimate")


def test_a_hopeful_word_after_a_share():
    # written in the form of a district annual report
    f = fact_at(HEAD + "数字经济核心产业增加值占地区生产总值比重有望达到12%。", "12%")
    assert f["status"] == "estimate"


def test_a_share_with_no_estimate_word_is_an_outcome():
    # written in the form of a district annual report
    f = fact_at(HEAD + "数字经济核心产业增加值占GDP比重达到12%。", "12%")
    assert f["status"] == "actual"


def test_an_estimate_compared_with_is_no_status_of_the_figure():
    # written in the form of a district annual report: the estimate is what the figure is compared with
    f = fact_at(HEAD + "一般公共预算收入完成150亿元，比预计增加5亿元。", "5亿元")
    assert f["status"] == "actual"
