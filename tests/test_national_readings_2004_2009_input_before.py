"""An amount named only by its payer, after a sentence of one clause that raises the input it pays.

Verbatim, from the national work reports of 2009 and 2004: a report states the input to raise as a sentence of its own
(三要进一步增加农业补贴。 / 各级政府都要增加对“三农”的投入。) and the central budget's amount in the next one, named only
by its payer (中央财政拟安排补贴资金1230亿元, 今年中央财政投入增加300亿元以上): the amount is the payer's part of
that input, as it is when the input is raised in the amount's own sentence (2010: 各级政府要进一步增加社会保障投入，
中央财政拟安排3185亿元 → 中央财政社会保障投入); the input raised for someone (对“三农”的投入) is named by whom it goes to.
"""

from __future__ import annotations

from _sentences import fact

NATIONAL_2009_SUBSIDY = "三要进一步增加农业补贴。中央财政拟安排补贴资金1230亿元，比上年增加200亿元。"
NATIONAL_2004_FARMING = "各级政府都要增加对“三农”的投入。今年中央财政投入增加300亿元以上，比上年增长20%以上。"


def test_the_payer_s_subsidy_is_named_by_the_subsidy_the_sentence_before_raises():
    for raw, measure in (("1230亿元", "level"), ("200亿元", "abs_change")):
        f = fact(NATIONAL_2009_SUBSIDY, raw)
        assert (f["indicator"], f["measure"]) == ("中央财政农业补贴", measure)


def test_the_payer_s_input_is_named_by_whom_the_sentence_before_raises_it_for():
    for raw, measure in (("300亿元", "abs_change"), ("20%", "yoy_pct")):
        f = fact(NATIONAL_2004_FARMING, raw)
        assert (f["indicator"], f["indicator_key"], f["measure"]) == (
            "中央财政“三农”投入", "central_agriculture_rural_spending", measure)


def test_an_input_of_the_amount_s_own_sentence_still_names_it():
    f = fact("各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元。", "3185亿元")  # national report of 2010
    assert f["indicator"] == "中央财政社会保障投入"


def test_a_sentence_before_that_raises_no_input_leaves_the_payer_s_name():
    # national report of 2011: the sentence before names what is built, no input raised
    f = fact("重点发展公共租赁住房。中央财政预算拟安排补助资金1030亿元，比上年增加265亿元。", "1030亿元")
    assert f["indicator"] == "中央财政补助资金"
