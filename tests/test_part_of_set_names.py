"""A count printed right after 中的 is a part of the set the count before it counts, in the same unit.

The set's name ends before its 中 (`已完成年度45项改革任务中的31项` → the 45 are `改革任务`), and the part is
named by the verb that opens the set's clause, or follows the part, and 的 before the set's name
(→ the 31 are `已完成的改革任务`), as a part counted after 中 already was (`26个区重点项目中已开工19个` →
`已开工的区重点项目`); with no such verb printed the part keeps the set's name, never its 中. The sentences
marked written are not copied from a report.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# district report: Xicheng 2021 first half (tests/gold/real)
S_XICHENG = "出台优化营商环境“1+N”政策体系，“西城服务”2.0版上线运行，已完成年度45项改革任务中的31项，完成进度68.9％。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S_XICHENG, "45", "改革任务"),
    (S_XICHENG, "31", "已完成的改革任务"),
    # written: the verb after the part
    ("年度45项改革任务中的31项已完成。", "31", "已完成的改革任务"),
    ("全区32个重点项目中的20个已开工。", "20", "已开工的重点项目"),
])
def test_a_part_after_its_set_and_its_zhong_de(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
