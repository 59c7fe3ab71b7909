"""Measure of figures read on real text: 提升 before a figure of a measured quantity is a change
(亩产提升10.1斤), while 提升 closing an action compound (整治提升) leaves the count of what the action was done
to a level. Sentences are copied verbatim from the State Council work reports (the year of the report named in the
test) or from the constructed report fixtures under ``tests/gold/constructed``.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at as fact
from _work_reports import WorkReports


@pytest.fixture(scope="module")
def work_reports():
    return WorkReports()


# -- 提升 before a figure of a measured quantity is a change of it ------------------------------------------------

def test_raised_yield_is_a_change(work_reports):
    f = work_reports.fact_at(2025, "亩产提升10.1斤", "10.1斤")
    assert (f["measure"], f["indicator"], f["value"], f["unit"]) == ("abs_change", "亩产", 10.1, "斤")


# constructed/dongcheng_2021_h1
LANES = "上半年，拆除违法建设3.1万平方米，完成全年任务的55.2%；完成背街小巷整治提升312条，完成率62.4%。"


def test_lanes_of_an_action_compound_stay_a_level():
    f = fact(LANES, "312条")
    assert (f["measure"], f["value"], f["unit"]) == ("level", 312.0, "条")
