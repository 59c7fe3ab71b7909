"""有望 and 可望 (likely to) are modals of an estimate, no part of the name either stands before or after.

A report that expects a figure prints 有望 between the name and its verb (全年地区生产总值有望增长6%) or before the
verb of the outcome (全年有望完成一般公共预算收入30亿元), as it prints 预计: the name is what is measured
(地区生产总值, 一般公共预算收入); 可望 stands where 有望 does. No report at hand prints either before a figure,
so the sentences are written, in the shape of a district's mid-year report.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written
    ("全年地区生产总值有望增长6%。", "6%", "地区生产总值"),
    # written
    ("预计全年有望完成一般公共预算收入30亿元。", "30亿元", "一般公共预算收入"),
    # written
    ("全年社会消费品零售总额有望突破500亿元。", "500亿元", "社会消费品零售总额"),
    # written
    ("全年实际利用外资可望达到5亿美元。", "5亿美元", "实际利用外资"),
    # written
    ("全年地区生产总值可望增长6%。", "6%", "地区生产总值"),
])
def test_likely_is_no_part_of_the_name(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
