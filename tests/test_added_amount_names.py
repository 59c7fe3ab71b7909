"""An amount printed after 新增 and before the 的 of what it measures names the things added, not all of them.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment).
"""

from __future__ import annotations

from _sentences import fact


def test_an_amount_added_before_its_de_names_what_is_added():
    # national work report 2011: the four trillion of the two-year plan is investment added, and the central
    # government's part of it is named so too
    s = "实施两年新增4万亿元的投资计划，其中，新增中央投资1.18万亿元。"
    assert fact(s, "4万亿元")["indicator"] == "新增投资"
    assert "subject_carried" not in str(fact(s, "4万亿元")["flags"])
    assert fact(s, "1.18万亿元")["indicator"] == "新增中央投资"
    # national work report 2010
    assert fact("实施两年新增4万亿元的投资计划。", "4万亿元")["indicator"] == "新增投资"


def test_an_amount_added_with_no_de_keeps_the_name_after_it():
    # national work report 2004: the noun right after the amount, with its payer, as before, and the use after it
    s = "中央财政新增47亿元专项补助资金，用于支持就业再就业。"
    assert fact(s, "47亿元")["indicator"] == "用于支持就业再就业的中央财政专项补助资金"
