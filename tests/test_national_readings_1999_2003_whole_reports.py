"""Readings of the whole national work reports of 1999 and 2003, on their verbatim sentences (the year of each is in
the comment).

A budget's deficit printed with 预算 inside its name (中央财政预算赤字) is the deficit of that budget, as the name
with 预算 after it (中央财政赤字预算) is; the status says it is planned. A clause opening with 从…年起 spans the years
from that year up to the one reviewed, as one opening with …年以来 does.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# 1999
_DEFICIT_1999 = "今年中央财政预算赤字 1503亿元，比去年增加了，但发债规模并没有扩大。"


def test_budget_deficit_with_budget_inside_its_name_is_the_deficit() -> None:
    f = fact(_DEFICIT_1999, "1503")
    assert (f["indicator_key"], f["measure"], f["value"]) == ("central_fiscal_deficit", "level", 1503e8)


# 2003: a clause opening with 从…年起 (自…起, 从…开始) sets the years from that year up to the one reviewed, as 以来
# does; a paragraph or a sentence before it that opens with the year reviewed does not take its figures over
_REVIEW_2003 = "政府工作报告\n——2003年3月5日在第十届全国人民代表大会第一次会议上\n\n一、2002年工作回顾\n\n"
_EDUCATION_2003 = ("2002年，全国财政性教育经费投入3366亿元，是1997年的1.8倍，占国内生产总值的比重从2.5%提高到3.3%。"
                   "从1998年起，中央财政支出中教育经费所占比例每年提高一个百分点，仅此一项五年增加489亿元。")


@pytest.mark.parametrize("text", [
    _REVIEW_2003 + _EDUCATION_2003 + "\n",
    # (the sentence before it in a paragraph of its own)
    _REVIEW_2003 + _EDUCATION_2003.replace("。从", "。\n\n从") + "\n",
])
@pytest.mark.parametrize("printed", ["一个百分点", "489"])
def test_a_clause_from_a_year_onward_spans_the_years_up_to_the_one_reviewed(text: str, printed: str) -> None:
    f = fact(text, printed, within=_EDUCATION_2003[_EDUCATION_2003.index("从1998年起"):])
    assert (f["period"], f["status"]) == ("1998-2002年", "actual")


def test_the_year_before_still_dates_its_own_figures() -> None:
    text = _REVIEW_2003 + _EDUCATION_2003 + "\n"
    assert fact(text, "3366")["period"] == "2002年"
    assert fact(text, "3.3%")["period"] == "2002年"


def test_a_plan_from_a_year_onward_is_of_the_year_it_starts() -> None:
    # (a district's plan part: a target from a year on is no span up to a year reviewed)
    text = ("政府工作报告\n——2021年1月6日在北京市东城区第十六届人民代表大会第六次会议上\n\n一、2020年工作回顾\n\n"
            "2020年，地区生产总值增长1.2%。\n\n二、2021年工作安排\n\n从2022年起，区财政教育支出每年增长8%。\n")
    f = fact(text, "8%")
    assert (f["period"], f["status"]) == ("2022年", "target")


# 2003: a lead sentence that only names a paragraph's topic comes before the period the paragraph opens with, which
# holds for the figures of its later sentences (the opening shortened here to the span: the real one, 实施西部大开发战略
# 三年来，, opens with a clause before it)
_WEST_2003 = ("西部大开发开局良好。三年来，国家通过加大建设投入、增加财政转移支付、实施优惠财税政策等措施，有力地促进了西部"
              "地区发展。新开工建设36项重点工程，投资总规模6000多亿元。")


@pytest.mark.parametrize("printed", ["36项", "6000"])
def test_a_lead_sentence_comes_before_the_period_its_paragraph_opens_with(printed: str) -> None:
    f = fact(_REVIEW_2003 + _WEST_2003 + "\n", printed)
    assert (f["period"], f["status"]) == ("2000-2002年", "actual")


def test_a_lead_sentence_with_a_pause_or_a_figure_is_no_lead() -> None:
    text = _REVIEW_2003 + _WEST_2003.replace("西部大开发开局良好。", "西部大开发开局良好，成效明显。") + "\n"
    assert fact(text, "36项")["period"] == "2002年"
