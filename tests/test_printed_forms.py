"""Figures as web pages and copies of PDFs print them.

A plus sign printed before a percentage is part of the figure, as a minus is, and no end of its name
(同比+5.2%); a signed percentage standing alone in the brackets right after a level is that level's change
against last year (税收收入12.3亿元(+5.2%)). A plus after a magnitude or a count says more than so many, as 余
does (15万+人次). 百分之 and 千分之 may be followed by digits (百分之6.5). No report at hand prints these forms
(the national work reports, the district and city reports of tests/gold/real/texts and the unseen examples
were searched): each sentence below is written, in the style of a district report.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name", "measure", "value"), [
    # written: a change in brackets after a level, 同比 and a plus sign
    ("全区税收收入12.3亿元(同比+5.2%)。", "+5.2", "税收收入", "yoy_pct", 5.2),
    # written: the sign alone in the brackets
    ("全区税收收入12.3亿元（+5.2%），其中增值税3.1亿元（-1.5%）。", "+5.2", "税收收入", "yoy_pct", 5.2),
    ("全区税收收入12.3亿元（+5.2%），其中增值税3.1亿元（-1.5%）。", "-1.5", "增值税", "yoy_pct", -1.5),
    # written: 同比 and a plus sign after a comma
    ("全区税收收入12.3亿元，同比+5.2%。", "+5.2", "税收收入", "yoy_pct", 5.2),
])
def test_signed_change(text: str, printed: str, name: str, measure: str, value: float) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["value"]) == (name, measure, value)


def test_unsigned_share_in_brackets_stays_a_rate() -> None:
    # written: a percentage with no sign in the brackets after a level is no change
    f = fact("全区税收收入12.3亿元（占全市5.2%）。", "5.2")
    assert f["measure"] == "rate_pct"


def test_plus_after_magnitude_is_over() -> None:
    # written: a web page's 15万+ (more than 150,000)
    f = fact("上半年接待游客15万+人次。", "15")
    assert (f["value"], f["unit"], f["qualifier"]) == (150000, "人次", "over")


@pytest.mark.parametrize(("text", "printed", "measure", "value", "unit"), [
    # written: 百分之 with the digits of a copy
    ("全区地区生产总值增长百分之6.5。", "百分之6.5", "yoy_pct", 6.5, "%"),
    ("人口自然增长率为千分之5.2。", "千分之5.2", "rate_pct", 5.2, "‰"),
])
def test_per_cent_words_with_digits(text: str, printed: str, measure: str, value: float, unit: str) -> None:
    f = fact(text, printed)
    assert (f["measure"], f["value"], f["unit"]) == (measure, value, unit)
