"""A part's change printed with no base of its own has the base of its total's change.

其中 breaks a total down into parts; a part's level followed by its change (增加1700亿元, 增长3.4%) with no
比 of its own changes against the base the total's change states right after the total (比去年, 比上年).
Each sentence is copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 2015
S2015 = ("今年拟安排财政赤字1.62万亿元，比去年增加2700亿元，赤字率从去年的2.1%提高到2.3%。其中，中央财政赤字1.12万亿元，"
         "增加1700亿元；地方财政赤字5000亿元，增加1000亿元。")
# national work report 2012
S2012 = "农民工总量2.53亿人，比上年增长4.4％，其中，外出农民工1.59亿人，增长3.4％。"
# chaoyang district plan report, full year 2020
CHAOYANG = ("全社会固定资产投资完成1102.6亿元，比上年增长3.1%，完成年度计划的100.2%；其中基础设施投资完成286.4亿元，"
            "增长14.7%，房地产开发投资下降5.3%。")


@pytest.mark.parametrize(("text", "printed", "base"), [
    (S2015, "1700亿元", "去年"),
    (S2012, "3.4％", "上年"),
    (CHAOYANG, "14.7%", "上年"),
])
def test_part_change_has_its_totals_base(text: str, printed: str, base: str) -> None:
    f = fact(text, printed)
    assert f["comparator"] == base


def test_a_change_with_a_base_of_its_own_keeps_it() -> None:
    # written: the part states its own base
    text = "农民工总量2.53亿人，比上年增长4.4％，其中，外出农民工1.59亿人，比2010年增长3.4％。"
    assert fact(text, "3.4％")["comparator"] == "2010年"


def test_a_change_after_no_part_gets_no_base() -> None:
    # written: no 其中, the second amount is no part of the first
    text = "农民工总量2.53亿人，比上年增长4.4％。外出农民工1.59亿人，增长3.4％。"
    assert fact(text, "3.4％")["comparator"] == ""
