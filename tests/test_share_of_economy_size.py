"""The whole of a share of the economy's size keeps its 总量: 占全区经济总量的63.5% → ``全区经济总量``.

经济总量 is the size of the economy (its regional product), so its 总量 is the whole's own word, not the word for a share
that follows a bare whole (占西城区总量的比重 → ``西城区``, the place's total of the quantity). Each sentence is copied
from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# Dongcheng, first half of 2023
DONGCHENG_2023 = "重点产业稳步回升。金融业、信息服务业、商务服务业增加值分别增长7.6%、11.3%和5.8%,合计占全区经济总量的63.5%。"
# 2018年1-6月西城区主要经济指标完成情况 (Xicheng, 2018)
XICHENG_2018 = "2018年1-6月,西城区实现社会消费品零售总额501.5亿元,同比增长4.0%。零售业实现零售额418.7亿元,占西城区总量的比重达到83.5%,同比增长3.3%。"


@pytest.mark.parametrize(("text", "printed", "whole"), [
    (DONGCHENG_2023, "63.5%", "全区经济总量"),
    (XICHENG_2018, "83.5%", "西城区"),
])
def test_whole_of_a_share(text: str, printed: str, whole: str) -> None:
    f = fact(text, printed)
    assert (f["measure"], f["comparator"]) == ("rate_pct", whole)
