"""A list of an owner's measures whose first prints a whole word before its quantity (总产值) shares the owner alone.

规模以上工业总产值、增加值分别增长8.5%、7.2% lists the output and the value added of industry above the size
threshold: the second item is 规模以上工业增加值, not 规模以上工业总增加值 — 总 belongs to 总产值, as 小麦面积和产量
shares 小麦 alone. No national report or real excerpt prints the shape, so the sentences are written regression
fixtures.
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD as HEAD
from _sentences import fact

GROWTHS = HEAD + "全区规模以上工业总产值、增加值分别增长8.5%、7.2%。\n"
LEVELS = HEAD + "全区规模以上工业总产值和增加值分别为320亿元和85亿元。\n"
WHEAT = HEAD + "小麦面积和产量是95517亩和37554吨。\n"


# written
@pytest.mark.parametrize(("text", "printed", "name"), [
    (GROWTHS, "8.5%", "规模以上工业总产值"),
    (GROWTHS, "7.2%", "规模以上工业增加值"),
    (LEVELS, "320亿元", "规模以上工业总产值"),
    (LEVELS, "85亿元", "规模以上工业增加值"),
    (WHEAT, "37554吨", "小麦产量"),
])
def test_the_whole_word_stays_with_its_quantity(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
