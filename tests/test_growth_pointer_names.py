"""A growth pointed back to (这一增速, 这个速度) is the growth of what the clause before names.

A clause that opens with a demonstrative and a growth word (这一增速高于全市平均水平1.2个百分点; 该增速…) or with a
growth word compared with another time or place (这个速度高于一九五五年至一九八○年二十六年中平均每年递增百分之四点三的水
平) speaks of the subject named before it: the figure in it is that subject's (its difference from the city's, or its
growth over the earlier years), never a name made of the pointer (这一) or of the comparison (这个速度高于…). A
pointer opening a sentence points to the growth the sentence right before ends with.
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD as HEAD
from _sentences import fact

# national work report, 1982 (national_work_reports/1982.txt)
NATIONAL_1982 = ("全国平均每个农民的纯收入将由一九八○年的一百九十一元增加到一九八五年的二百五十五元，平均每年递增百分之六，这个速度高于"
                 "一九五五年至一九八○年二十六年中平均每年递增百分之四点三的水平。")


def test_a_speed_compared_with_earlier_years_is_of_the_subject_before() -> None:
    got = fact(NATIONAL_1982, "百分之四点三")
    assert (got["indicator"], got["measure"], got["period"]) == ("全国平均每个农民的纯收入", "change_pct", "1955-1980年")


# written, of the shape of a district's half-year report
@pytest.mark.parametrize(("sentence", "printed"), [
    ("全区居民人均可支配收入增长8%，这一增速高于全市平均水平1.2个百分点。", "1.2个百分点"),
    ("全区居民人均可支配收入增长8%，该增速高于全市平均水平1.2个百分点。", "1.2个百分点"),
    ("全区居民人均可支配收入增长8%，这个速度高于过去五年平均每年增长6%的水平。", "6%"),
    ("全区居民人均可支配收入增长8%。这一增速高于全市平均水平1.2个百分点。", "1.2个百分点"),  # the sentence before
])
def test_a_pointed_growth_is_of_the_subject_before(sentence: str, printed: str) -> None:
    got = fact(HEAD + sentence + "\n", printed)
    assert (got["indicator"], got["indicator_key"]) == ("居民人均可支配收入", "per_capita_disposable_income")


# written: a pointed growth that ranks is that growth, named with its growth word
@pytest.mark.parametrize("sentence", [
    "全区一般公共预算收入完成50亿元，增长5%，该增幅居全市第一。",
    "全区一般公共预算收入完成50亿元，增长5%。该增幅居全市第一。",
])
def test_a_pointed_growth_that_ranks_is_named_as_the_growth(sentence: str) -> None:
    assert fact(HEAD + sentence + "\n", "第一")["indicator"] == "一般公共预算收入增幅"
