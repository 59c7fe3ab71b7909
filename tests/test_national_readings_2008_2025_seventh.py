"""Figures of sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact_printed as fact

# -- an amount added to a fund or to loans is the change of that fund, named without the verb -----------------


def test_amount_added_to_a_fund_is_its_change():
    # 2008: the stabilisation fund grows by 1032亿元, as the deficit before it is cut by 450亿元
    s = "同时，削减财政赤字450亿元；拟增加中央预算稳定调节基金1032亿元。"
    r = fact(s, "1032")
    assert (r["indicator"], r["measure"], r["value"], r["status"]) == ("中央预算稳定调节基金", "abs_change", 1.032e11, "target")
    assert (fact(s, "450")["indicator"], fact(s, "450")["measure"]) == ("财政赤字", "abs_change")


def test_amount_added_to_loans_is_their_change():
    # 1956: the bank's loans to farming and to trade grow by these amounts
    s = "在１９５６年，国家银行将增加农业贷款２２亿元，增加工商业贷款２３亿元。"
    assert (fact(s, "２２")["indicator"], fact(s, "２２")["measure"]) == ("农业贷款", "abs_change")
    assert (fact(s, "２３")["indicator"], fact(s, "２３")["measure"]) == ("工商业贷款", "abs_change")
