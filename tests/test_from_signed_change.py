"""A change that turns from one signed rate to another: 由上年下降2.3%转为增长8.5%, 由一季度下降8.5%收窄至下降3.2%.

The A of such a move is printed with its own change verb (由一季度[下降]8.5%) and the move may end with 转为 (turns into
a rise or fall) as well as with a to-word (收窄至). A is the rate of the time its from-frame names (一季度; 上年: the year
before the one reviewed), flagged ``from_value``; B keeps the verb printed before it, so its sign, and the period of the
sentence: the time inside 由… is A's only, never the period of B or of the figures after it in the sentence. Each
sentence is copied from the report named in its comment, or says that it is written where no report at hand prints it.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 2017, under its review heading
S2017 = ("一、2016年工作回顾\n\n"
         "工业企业利润由上年下降2.3%转为增长8.5%，单位国内生产总值能耗下降5%，经济发展的质量和效益明显提高。")
# written: the half-year shape of a district report
S_HALF = "上半年，全区社会消费品零售额由一季度下降8.5%收窄至下降3.2%，地区生产总值增长1.2%。"
# written: the same with 的 and a turn to growth
S_HALF_TURN = "上半年，全区地区生产总值由一季度的下降6.8%转为增长3.2%。"


@pytest.mark.parametrize(("text", "printed", "value", "period", "from_value"), [
    (S2017, "2.3%", -2.3, "2015年", True),
    (S2017, "8.5%", 8.5, "2016年", False),
    (S_HALF, "8.5%", -8.5, "一季度", True),
    (S_HALF, "3.2%", -3.2, "上半年", False),
    (S_HALF_TURN, "6.8%", -6.8, "一季度", True),
    (S_HALF_TURN, "3.2%", 3.2, "上半年", False),
])
def test_the_two_ends_of_a_signed_move(text, printed, value, period, from_value):
    f = fact(text, printed)
    assert (f["measure"], f["value"], f["period"]) == ("yoy_pct", value, period)
    assert ("from_value" in f["flags"].split(";")) is from_value


@pytest.mark.parametrize(("text", "a", "b", "name"), [
    (S2017, "2.3%", "8.5%", "工业企业利润"),
    (S_HALF, "8.5%", "3.2%", "社会消费品零售额"),
])
def test_both_ends_name_one_thing(text, a, b, name):
    assert name in fact(text, a)["indicator"] and fact(text, a)["indicator"] == fact(text, b)["indicator"]


def test_the_time_of_the_from_value_is_no_period_of_the_figures_after_it():
    # written (see S_HALF): 一季度 is the time of the A only
    assert fact(S_HALF, "1.2%")["period"] == "上半年"
