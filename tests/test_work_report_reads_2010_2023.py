"""Sentences of the State Council government work reports of 2010 and 2023, read whole in text order.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment); each
test names the rule it pins and asserts the fields the reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- 中小学 names two kinds of school: two figures of one name are one for each, in its order ------------------------


S2010_FUNDS = ("全面落实城乡义务教育政策，中央下达农村义务教育经费666亿元，"
               "提前一年实现农村中小学生人均公用经费500元和300元的目标。")


def test_middle_and_primary_schools_split_a_name_given_two_figures():
    # 2010: the standard for middle-school pupils (500) and the one for primary pupils (300), as 城乡 and 进出口 split
    a, b = fact(S2010_FUNDS, "500元"), fact(S2010_FUNDS, "300元")
    assert (a["indicator"], a["value"], a["unit"]) == ("农村中学生人均公用经费", 500.0, "元")
    assert (b["indicator"], b["value"], b["unit"]) == ("农村小学生人均公用经费", 300.0, "元")
    # 实现…的目标 before the first member governs the second as well: 的目标 right after it makes no goal of it
    assert (a["status"], b["status"]) == ("actual", "actual")
