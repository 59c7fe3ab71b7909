"""The work reports of 2018 and 2025 read whole, fact by fact in text order.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- an amount of a debt issued with its use right after it is the part put to that use ---------------------------


def test_a_debt_amount_with_its_use_right_after_is_named_by_that_use():
    # 2025: the year's ultra-long special treasury bonds total 1.3万亿元 (a sentence before); 3000亿元 of them go to
    # the trade-in of consumer goods, a part, not the issue the key names
    r = fact("安排超长期特别国债3000亿元支持消费品以旧换新。", "3000亿元")
    assert (r["indicator"], r["indicator_key"]) == ("支持消费品以旧换新的超长期特别国债", "")


def test_a_debt_amount_whose_use_is_a_clause_of_its_own_is_the_issue():
    # 2025: the issue itself, its use told in the next clause
    r = fact("拟发行特别国债5000亿元，支持国有大型商业银行补充资本。", "5000亿元")
    assert (r["indicator"], r["indicator_key"]) == ("特别国债", "special_treasury_bonds")
    r = fact("拟发行超长期特别国债1.3万亿元、比上年增加3000亿元。", "1.3万亿元")
    assert (r["indicator"], r["indicator_key"]) == ("超长期特别国债", "ultra_long_special_treasury_bonds")
