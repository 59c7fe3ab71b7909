"""Measure and period of figures read on real text: 提升 before a figure of a measured quantity is a change
(亩产提升10.1斤), while 提升 closing an action compound (整治提升) leaves the count of what the action was done
to a level; a paragraph of a review that opens its second sentence with 过去五年, after ``2015年是…收官之年。``,
frames its figures as the five years (its bare declines are changes over them), under a heading of the last
year. Sentences are copied verbatim from the State Council work reports (the year of the report named in the
test) or from the constructed report fixtures under ``tests/gold/constructed``.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at as fact

# -- 提升 before a figure of a measured quantity is a change of it ------------------------------------------------

def test_raised_yield_is_a_change(work_reports):
    f = work_reports.fact_at(2025, "亩产提升10.1斤", "10.1斤")
    # (the yield of the grain the clause before names: tests/test_domain_of_a_bare_rate.py)
    assert (f["measure"], f["indicator"], f["value"], f["unit"]) == ("abs_change", "粮食亩产", 10.1, "斤")


# constructed/dongcheng_2021_h1
LANES = "上半年，拆除违法建设3.1万平方米，完成全年任务的55.2%；完成背街小巷整治提升312条，完成率62.4%。"


def test_lanes_of_an_action_compound_stay_a_level():
    f = fact(LANES, "312条")
    assert (f["measure"], f["value"], f["unit"]) == ("level", 312.0, "条")


# -- 过去五年 opening the sentence after a year's frames the paragraph as the five years -------------------------

@pytest.mark.parametrize(("phrase", "printed", "value"), [
    ("单位国内生产总值能耗下降18.2%", "18.2%", -18.2),
    ("主要污染物排放量减少12%以上", "12%", -12.0),
])
def test_decline_over_five_years_reviewed_is_a_change_of_the_span(work_reports, phrase, printed, value):
    f = work_reports.fact_at(2016, phrase, printed)
    assert (f["measure"], f["period"], f["value"]) == ("change_pct", "2011-2015年", value)


def test_year_of_the_heading_holds_outside_the_five_year_paragraph(work_reports):
    # 2016, under 一、2015年工作回顾: 过去一年，… 单位国内生产总值能耗下降5.6%
    f = work_reports.fact_at(2016, "单位国内生产总值能耗下降5.6%", "5.6%")
    assert (f["measure"], f["period"]) == ("yoy_pct", "2015年")
