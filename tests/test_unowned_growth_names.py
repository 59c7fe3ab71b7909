"""A growth of no owner is the economy's (cues.json unowned_growth_names, bare_growth_name).

A growth target whose subject is only its growth word, with no figure before it in its sentence, is of the
economy (今年主要预期目标是：增长6%左右 → 经济增长速度; the 主要 left once 预期目标 is off names nothing), and so is
a change in points of a growth rate printed with only the rate and its verb (增速回落1.2个百分点 → 经济增速).
A name before the growth keeps it. No report at hand prints these shapes bare: the sentences are written in
district wording (the national reports print 主要预期目标是：国内生产总值增长8%左右).
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("今年主要预期目标是：增长6%左右。", "6%", "经济增长速度"),  # written
    ("增速回落1.2个百分点。", "1.2", "经济增速"),  # written
    ("增幅回升0.8个百分点。", "0.8", "经济增幅"),  # written
    # national work report 2006: a name printed keeps it
    ("综合考虑各种因素，2006年国民经济和社会发展的主要预期目标是：国内生产总值增长8%左右，单位国内生产总值能耗降低4%左右；",
     "8%", "国内生产总值"),
])
def test_unowned_growth_name(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


def test_points_of_growth_word_alone_stay_unnamed() -> None:
    # written: 增长 before points is a share's rise, not a rate's; nothing names it
    assert fact("增长1.2个百分点。", "1.2")["indicator"] == ""
