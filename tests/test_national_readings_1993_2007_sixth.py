"""A sixth pass of readings of figures in the State Council work reports of 1993–2007, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the reading of one figure of it.
"""

from __future__ import annotations

# -- a fall by a share (减少一半, 减少三分之一) is a cut of its own, as 精简四分之一 beside it, not a year's fall


def test_a_staff_cut_by_half_is_a_cut_not_a_years_fall(work_reports):
    # 2003: the 1998 reform halved the staff, as it cut the internal bodies by a quarter
    s = "1998年，国务院组成部门由40个减少到29个，内设机构精简四分之一，人员总数减少一半。"
    quarter = work_reports.fact_at(2003, s, "四分之一")
    half = work_reports.fact_at(2003, s, "一半")
    assert (half["indicator"], half["measure"], half["value"]) == ("人员总数", "change_pct", -50.0)
    assert half["measure"] == quarter["measure"]


def test_a_cut_by_half_after_a_cut_by_a_slashed_fraction(work_reports):
    # 1999: 精简1／4 and 减少一半 in one list of the same reform
    s = ("国务院组成部门从40个减少到29个，部门内设机构精简1／4，移交给企业、社会中介机构和地方的职能200多项，"
         "人员编制总数减少一半，机关建设和工作作风出现了新的气象。")
    f = work_reports.fact_at(1999, s, "一半")
    assert (f["indicator"], f["measure"], f["value"], f["status"]) == ("人员编制总数", "change_pct", -50.0, "actual")


def test_a_planned_cut_by_a_third(work_reports):
    # 2014: a third of the earmarked transfer items to go, a goal, not a growth rate
    s = "提高一般性转移支付比例，专项转移支付项目要减少三分之一，今后还要进一步减少。"
    f = work_reports.fact_at(2014, s, "三分之一")
    assert (f["indicator"], f["measure"], f["status"]) == ("专项转移支付项目", "change_pct", "target")


def test_a_cut_by_more_than_half_keeps_its_qualifier(work_reports):
    # 2016: local price-set items cut by more than half
    s = "价格改革力度加大，中央政府定价项目减少80%，地方政府定价项目减少一半以上。"
    f = work_reports.fact_at(2016, s, "一半")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("地方政府定价项目", "change_pct", "at_least")


def test_a_fall_by_a_share_against_last_year_stays_a_years_fall(work_reports):
    # 2015: 比上年 makes the third a fall against last year
    s = "专项转移支付项目比上年减少1/3以上"
    f = work_reports.fact_at(2015, s, "1/3")
    assert (f["measure"], f["comparator"]) == ("yoy_pct", "上年")
