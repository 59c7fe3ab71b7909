"""A sentence opened by a bare 过去 (formerly, no span counted after it) is of a time before the one reviewed.

过去我国城乡市场的商品供应，…，有些时期有些地方票证多达几十种 under 一、“六五”计划执行情况的回顾 speaks of the
decades before the plan, not of its five years: its figures take no period from the section, the paragraph or the
report. A span counted after 过去 (过去五年, 过去一年) is the span reviewed, and a sentence that names the present
later (过去…只有3家，现在已有20家) keeps its period.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 1986
S1986 = ("过去我国城乡市场的商品供应，除五十年代前期比较宽松以外，一般都比较紧张，许多商品不得不采取定量分配、凭票供应的"
         "办法，有些时期有些地方票证多达几十种，排队购货现象十分普遍。")
HEAD1986 = "关于第七个五年计划的报告\n\n一、“六五”计划执行情况的回顾\n\n"
HEAD = "2021年东城区政府工作报告\n\n一、2020年工作回顾\n\n"


def test_a_sentence_of_formerly_takes_no_period_of_the_plan_reviewed() -> None:
    assert fact(HEAD1986 + S1986 + "\n", "几十种")["period"] == ""


@pytest.mark.parametrize(("sentence", "printed", "period"), [
    # written: formerly, in a district's review
    ("过去全区农贸市场供应一般都比较紧张，有些时期票证多达几十种。", "几十种", ""),
    # written: a span counted after 过去 is the span reviewed
    ("过去五年，全区新增养老机构20家。", "20家", "2016-2020年"),
    ("过去一年，全区新增就业3万人。", "3万人", "2020年"),
    # written: the present named later in the sentence keeps the year reviewed
    ("过去，全区养老机构只有3家，现在已有20家。", "20家", "2020年"),
    # written: 以往年度 names the years the money is carried over from, no time before the one reviewed
    ("以往年度结转资金安排1.2亿元。", "1.2亿元", "2020年"),
])
def test_formerly_in_a_district_review(sentence: str, printed: str, period: str) -> None:
    assert fact(HEAD + sentence + "\n", printed)["period"] == period
