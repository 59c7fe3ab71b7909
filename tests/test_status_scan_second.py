"""Status of a figure that names a target, read in the part of a work report that reviews the years past.

A figure followed by the target it sets (``翻两番的目标``) is a target, unless the clause says the target was
reached: 实现/完成 may stand a long way before the figure when the target's object is long, as a year printed
with spaces between its digits makes it (``提前实现了本世纪末国民生产总值比1 9 8 0 年翻两番的目标``); a target
not reached (``没有实现年初确定的…减少2%的目标``) stays a target.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at

REVIEW_PART = "一、关于过去五年的政府工作\n"

# national work report 1998
DOUBLED = "顺利完成了“八五”计划，提前实现了本世纪末国民生产总值比1 9 8 0 年翻两番的目标。"


def test_a_target_reached_far_after_its_verb_is_an_outcome():
    f = fact_at(REVIEW_PART + DOUBLED, "两番")
    assert (f["indicator"], f["measure"], f["status"]) == ("国民生产总值", "change_pct", "actual")


# national work report 2010 (reached) and 2007 (not reached)
REACHED = "全面落实城乡义务教育政策，中央下达农村义务教育经费666亿元，提前一年实现农村中小学生人均公用经费500元和300元的目标。"
MISSED = "但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。"


@pytest.mark.parametrize(("text", "printed", "status"),
                         [(REACHED, "500元", "actual"), (REACHED, "300元", "actual"),
                          (MISSED, "4%", "target"), (MISSED, "2%", "target")])
def test_a_target_reached_or_missed_in_a_review(text, printed, status):
    assert fact_at(REVIEW_PART + text, printed)["status"] == status
