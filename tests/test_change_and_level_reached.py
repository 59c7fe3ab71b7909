"""A change and the level it reaches in one phrase: 增长5.2%至1234亿元, 提高0.5个百分点至62.3%, 由5.5%下降至5.2%.

Monthly releases and bulletins print these forms; no text at hand does, so the sentences here are written in the
form of a district bulletin and are regression fixtures, not evidence. A range of one unit (减少8%至10%,
提高5到7元) stays a range.
"""

from __future__ import annotations

import pytest
from _sentences import facts

COLS = ["indicator", "measure", "value", "unit"]


def rows(text: str) -> list[tuple]:
    return [tuple(r) for r in facts(text)[COLS + ["flags"]].itertuples(index=False)]


@pytest.mark.parametrize(("text", "change", "level"), [
    ("全区社会消费品零售总额增长5.2%至1234亿元。",
     ("社会消费品零售总额", "yoy_pct", 5.2, "%"), ("社会消费品零售总额", "level", 1.234e11, "元")),
    ("常住人口城镇化率提高0.5个百分点至62.3%。",
     ("常住人口城镇化率", "pp_diff", 0.5, "pp"), ("常住人口城镇化率", "rate_pct", 62.3, "%")),
    ("一年期贷款市场报价利率下降0.2个百分点至3.45%。",
     ("一年期贷款市场报价利率", "pp_diff", -0.2, "pp"), ("一年期贷款市场报价利率", "rate_pct", 3.45, "%")),
])
def test_ends_in_two_units_are_a_change_and_the_level_reached(text, change, level):
    (a, b) = rows(text)
    assert a[:4] == pytest.approx(change) and b[:4] == pytest.approx(level)
    assert "range_low" not in a[4] and "range_high" not in b[4]


@pytest.mark.parametrize("text", ["主要污染物排放总量减少8%至10%。", "粮食产量增长百分之八至百分之九。"])
def test_ends_in_one_unit_are_a_range(text):
    (a, b) = rows(text)
    assert a[1] == b[1] == "yoy_pct" and "range_low" in a[4] and "range_high" in b[4]


@pytest.mark.parametrize("verb", ["下降至", "降低至", "下降到", "降至"])
def test_the_level_a_rate_falls_to_keeps_the_name(verb):
    (a, b) = rows(f"城镇调查失业率由5.5%{verb}5.2%。")
    assert a[:4] == ("城镇调查失业率", "rate_pct", 5.5, "%") and "from_value" in a[4]
    assert b[:4] == ("城镇调查失业率", "rate_pct", 5.2, "%")


def test_the_level_an_amount_is_cut_to_keeps_the_name():
    (a, b) = rows("单位面积能耗由1.2吨减少至1.0吨。")
    assert (a[0], b[0], a[3], b[3]) == ("单位面积能耗", "单位面积能耗", "吨", "吨") and "from_value" in a[4]
