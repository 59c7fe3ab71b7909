"""A clause of points that opens with its comparison (低于全市, 比全市低) and names no subject of its own speaks of
the fall the clause before it named (降幅比1-4月收窄2.4个百分点，低于全市3.1个百分点): the fall is smaller than the
city's, +3.1 on the signed growth, as 降幅低于全市 reads. A clause comparing with a growth it names (低于全县规上工业
增速) or judging the result (好于全市) is of the growth; a fall judged better than the city's (降幅好于全市) is a
higher growth, as a fall lower than it is.

The real excerpts print the growth comparison only (wangcang_h1_industry) and the judged one only (the constructed
Xicheng mid-year copy); no national report or real excerpt prints a bare comparison after a named fall, so those
sentences are written regression fixtures, the shape of the wholesale and retail lines of ruyuan_m1to5_release.
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD as HEAD
from _sentences import fact

# written, after ruyuan_m1to5_release (1-5月,限上批发业销售额81.50亿元,同比下降18.9%,降幅比1-4月收窄2.4个百分点)
LOWER = HEAD + "1-5月,限上批发业销售额81.50亿元,同比下降18.9%,降幅比1-4月收窄2.4个百分点,低于全市3.1个百分点。\n"
THAN = HEAD + "1-5月,限上批发业销售额81.50亿元,同比下降18.9%,降幅比1-4月收窄2.4个百分点,比全市低3.1个百分点。\n"
WIDER = HEAD + "上半年,社会消费品零售总额同比下降7.5%,降幅比一季度扩大2.1个百分点,高于全市1.2个百分点。\n"

# wangcang_h1_industry
WANGCANG = ("制造业拉动有力。上半年,制造业增长3.4%,增速较一季度回升14.1个百分点,高于全县规上工业增速2.1个百分点,"
            "拉动全县规上工业增加值增速2.4个百分点;采矿业增加值同比下降4.5%,降幅较一季度收窄16.3个百分点,"
            "低于全县规上工业增速5.8个百分点,下拉全县规上工业增加值增速1.1个百分点;")
# tests/gold/constructed/xicheng_2020_h1_gbk (a constructed copy of a real mid-year report)
JUDGED = "全区实现地区生产总值２１５６.３亿元，同比下降1.8%，降幅比一季度收窄３.２个百分点，好于全市1.4个百分点。"


# written
@pytest.mark.parametrize("text", [LOWER, THAN])
def test_a_bare_comparison_after_a_named_fall_is_of_the_fall(text: str) -> None:
    f = fact(text, "3.1个百分点")
    assert (f["measure"], f["value"], f["comparator"]) == ("pp_diff", 3.1, "全市")
    assert fact(text, "2.4个百分点")["value"] == 2.4


# written
def test_a_fall_wider_than_the_citys_is_a_lower_growth() -> None:
    assert (fact(WIDER, "2.1个百分点")["value"], fact(WIDER, "1.2个百分点")["value"]) == (-2.1, -1.2)


def test_a_comparison_with_a_growth_it_names_is_of_the_growth() -> None:
    f = fact(WANGCANG, "5.8个百分点")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == (
        "采矿业增加值", "pp_diff", -5.8, "全县规上工业")


def test_a_judged_comparison_after_a_fall_is_of_the_result() -> None:
    f = fact(JUDGED, "1.4个百分点")
    assert (f["measure"], f["value"], f["comparator"]) == ("pp_diff", 1.4, "全市")


# written: a fall judged better or worse than the city's (好于, 优于, 差于) is so of the growth, whatever the fall
@pytest.mark.parametrize(("text", "value"), [
    (HEAD + "上半年,社会消费品零售总额同比下降7.5%,降幅好于全市1.2个百分点。\n", 1.2),
    (HEAD + "上半年,社会消费品零售总额同比下降7.5%,降幅优于全市平均水平1.2个百分点。\n", 1.2),
    (HEAD + "上半年,社会消费品零售总额同比下降7.5%,降幅差于全市1.2个百分点。\n", -1.2),
    (HEAD + "上半年,社会消费品零售总额同比下降7.5%,降幅低于全市1.2个百分点。\n", 1.2)])
def test_a_fall_judged_against_the_citys_is_of_the_growth(text: str, value: float) -> None:
    f = fact(text, "1.2个百分点")
    assert (f["measure"], f["value"], f["comparator"]) == ("pp_diff", value, "全市")
