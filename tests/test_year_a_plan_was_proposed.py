"""A year that opens a sentence and dates a proposal or decision (2004年我们提出…, 2019年提出的…, 2021年决定…) is when
the task was set, not the period of the figures the sentence then reports as done: those keep the period of the part
they are printed in (the year reviewed). A year that opens a sentence with what was done in it is still their
period. The first test is a sentence copied from the national work report of 2007; the others are written fixtures.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2007_PAID = ("2004年我们提出用三年时间基本解决建设领域历史上拖欠工程款和农民工工资的问题，这项工作基本完成，"
              "各地已偿还拖欠工程款1834亿元，占历史拖欠的98.6%，其中清付农民工工资330亿元。")


@pytest.mark.parametrize("printed", ["1834亿元", "98.6%", "330亿元"])
def test_figures_after_a_proposal_dated_earlier_are_of_the_year_reviewed(work_reports, printed):
    # national work report 2007, the review of 2006: the arrears paid by now, not in 2004
    f = work_reports.fact_at(2007, S2007_PAID, printed)
    assert (f["period"], f["status"]) == ("2006年", "actual")


REVIEW_2021 = "2021年政府工作报告\n\n一、2021年工作回顾\n\n"


@pytest.mark.parametrize("sentence", [
    "2019年我区提出用三年时间完成老旧小区改造，已完成改造小区86个。",
    "2019年提出的三年行动计划顺利收官，已完成改造小区86个。",
])
def test_a_district_proposal_year_is_no_period_fixture(sentence):
    # written regression fixtures, as a district review prints the task it set two years before
    assert fact(REVIEW_2021 + sentence + "\n", "86")["period"] == "2021年"


def test_a_year_of_what_was_done_stays_the_period_fixture():
    # written regression fixture: the year opens what was done in it
    assert fact(REVIEW_2021 + "2019年我区完成改造小区86个。\n", "86")["period"] == "2019年"
