"""Those an amount's use reaches are reached by that use, over the years of the amount.

A count of units reached or gaining (惠及, 受益) right after a clause that is only what the amount before it is put
to (用于农村寄宿制学校建设工程) is named by that use, as after a clause enacting a programme; when the amount is summed
over years (连续三年累计投入), the units are reached over those years, not only the last. Each test is a sentence
copied from the report named in its comment, or says that it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 2007, in the review of 2006 (the year given before it, as the report gives it)
S2007 = "2006年，中央财政连续三年累计投入 90亿元，用于农村寄宿制学校建设工程，7651所学校受益。"
# written: a district's amount over three years and the households its use reaches
W_SPAN = "2023年，区财政连续三年累计投入2亿元，用于老旧小区改造，惠及居民5000户。"
# written: an amount of one year keeps the year of the units reached
W_YEAR = "2023年，投入资金2000万元，用于老旧小区改造，惠及居民3000户。"


@pytest.mark.parametrize(("text", "printed", "name", "period"), [
    (S2007, "7651所", "农村寄宿制学校建设工程受益的学校", "2004-2006年"),
    (S2007, "90亿元", "用于农村寄宿制学校建设工程的中央财政投入", "2004-2006年"),
    (W_SPAN, "5000户", "老旧小区改造惠及的居民", "2021-2023年"),
    (W_YEAR, "3000户", "老旧小区改造惠及的居民", "2023年"),
])
def test_units_reached_by_an_amount_s_use(text: str, printed: str, name: str, period: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["period"]) == (name, period)
