"""A figure of next year (明年) is a target, unless an estimate word stands before 明年 (预计明年 … is a forecast).

A year-end work report sets the figures of the year ahead in sentences that open with 明年 and carry no other plan
word (明年，地区生产总值增长6%左右). No year can be reviewed ahead of its time, so 明年 is a plan word wherever it
stands. The national work report of 1980 prints it with 计划 or 争取 too, and those readings stay; the sentences
with 明年 alone are written in the form of a district's year-end report and are no verbatim quotation.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed"), [
    ("明年，地区生产总值增长6%左右，一般公共预算收入增长5%。", "6%"),
    ("明年，地区生产总值增长6%左右，一般公共预算收入增长5%。", "5%"),
    ("明年全区固定资产投资增长8%。", "8%"),
])
def test_figure_of_next_year_is_a_target(text, printed):
    f = fact(text, printed)
    assert (f["measure"], f["status"]) == ("yoy_pct", "target")


def test_estimate_of_next_year_stays_an_estimate():
    assert fact("预计明年地区生产总值增长6%。", "6%")["status"] == "estimate"


def test_next_year_with_a_plan_word_as_before():
    # national work report 1980
    text = "明年能源生产计划增长0.9％，而工业生产计划增长6％。"
    assert [fact(text, p)["status"] for p in ("0.9％", "6％")] == ["target", "target"]
