"""A term of years written in Chinese numerals (一年期, 五年期) is part of the name it opens, as 10年期 is.

No text at hand prints such a term before a figure: the sentences here are written in the form of the
financial paragraph of a district or city report and are regression fixtures, not evidence.
"""

from __future__ import annotations

import pytest
from _sentences import facts


def first_fact(text: str) -> tuple:
    r = facts(text).iloc[0]
    return r["indicator"], r["measure"], r["value"], r["unit"]


@pytest.mark.parametrize(("text", "name"), [
    ("一年期贷款市场报价利率为3.45%。", "一年期贷款市场报价利率"),
    ("五年期以上贷款市场报价利率为3.95%。", "五年期以上贷款市场报价利率"),
    ("10年期国债收益率为2.8%。", "10年期国债收益率"),
])
def test_a_term_of_years_opens_the_name(text, name):
    assert first_fact(text)[0] == name


def test_a_span_of_years_still_opens_no_name():
    # 三年间 and 三年来 are times, not terms: the name starts after them
    assert first_fact("三年间全区地区生产总值年均增长6.1%。")[0] == "地区生产总值"
