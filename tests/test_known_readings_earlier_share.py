"""A share of the same quantity at an earlier time (恢复至上年的八成, 不足上年同期的一半): the time is the base, and
the verb that reaches it no part of the name; a share of a plan reached, a completion. No real text in the corpus
or the excerpts prints a share of an earlier time: those sentences are from the constructed fixtures
(tests/gold/constructed) that do; the share of a plan is from a real work report."""

from __future__ import annotations

from _sentences import fact_printed as fact


def test_a_share_of_last_years_level_has_last_year_as_its_base():
    f = fact("举办“燃购东城”等40多项促消费活动,王府井步行街客流量恢复至上年的八成左右。", "八成")
    assert (f["indicator"], f["comparator"], f["measure"], f["qualifier"]) == ("王府井步行街客流量", "上年", "rate_pct", "about")


def test_a_share_of_a_year_named_has_that_year_as_its_base():
    f = fact("王府井步行街接待客流2860万人次，同比增长46.3%，恢复至2019年同期的94.1%。", "94.1")
    assert (f["comparator"], f["measure"]) == ("2019年同期", "rate_pct")


def test_under_half_of_last_year_has_last_year_as_its_base():
    f = fact("约三成企业营业收入不足上年同期的一半。", "一半")
    assert (f["comparator"], f["qualifier"]) == ("上年同期", "under")
    g = fact("客流量相当于去年的一半。", "一半")
    assert (g["indicator"], g["comparator"]) == ("客流量", "去年")


def test_under_half_of_the_plan_is_a_completion_against_the_plan():
    # 1955 (a real work report)
    s = "该厂的建设工程还才开始，一九五四年完成的工作量还不到原定计划的一半，仅窝工开支就有二百万元，积压材料就达七百多万元。"
    f = fact(s, "一半")
    assert (f["indicator"], f["measure"], f["comparator"], f["qualifier"]) == ("工作量", "completion_pct", "原定计划", "under")
