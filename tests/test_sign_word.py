"""The word 负 printed as the sign of the number right after it, after a copula or a growth word, is read as - is.

``人口自然增长率为负0.5‰`` → −0.5 ‰, a rate, as ``人口自然增长率为-0.5‰`` is; ``增速为负1.2%`` → −1.2. The 负 of a
word (税负, 正负) is no sign. No real excerpt at hand prints 负 so, so the sentences are written.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name", "measure", "value"), [
    # written
    ("人口自然增长率为负0.5‰。", "负0.5‰", "人口自然增长率", "rate_pct", -0.5),
    # written: as the hyphen prints it
    ("全区人口自然增长率为-0.5‰。", "-0.5‰", "人口自然增长率", "rate_pct", -0.5),
    # written
    ("地区生产总值增速为负1.2%。", "负1.2%", "地区生产总值", "yoy_pct", -1.2),
    # written: 负 after the growth verb, no double sign
    ("规模以上工业增加值同比增长负3.2%。", "负3.2%", "规模以上工业增加值", "yoy_pct", -3.2),
])
def test_fu_before_the_number_is_its_sign(text, printed, name, measure, value):
    f = fact(text, printed)  # the sign is part of the printed figure
    assert (f["indicator"], f["measure"], f["value"]) == (name, measure, value)


def test_fu_of_a_word_is_no_sign():
    # national work report 2017
    # (a copy with a zero-width space after 全年 reads the same: the space is read away, see test_copied_report_text)
    text = "全面推开营改增试点，全年降低企业税负5700多亿元，所有行业实现税负只减不增。"
    f = fact(text, "5700")
    assert (f["indicator"], f["value"], f["qualifier"]) == ("企业税负", -5.7e11, "over")
