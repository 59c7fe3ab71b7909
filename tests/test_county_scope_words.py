"""A county's or a city's own scope word (全县, 本县, 我市, 本市, 全镇 …) heads no indicator, as 全区 and 本区 head
none; and a bare measure whose owner named in the clause before is that measure itself is named once.

No text at hand prints these shapes with a county's or a city's word (the district reports print 全区, 本区 and
我区, which were read so already): the sentences are written, in the shapes of lintao_2024_m2_budget (全县实现大口径财政
收入…) and of the bundled report.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    ("本县地区生产总值增长5%。", "5%", "地区生产总值"),
    ("本市地区生产总值增长5%。", "5%", "地区生产总值"),
    ("全县80%的税收来自工业企业。", "80%", "来自工业企业的税收"),
    ("我市80%的税收来自工业企业。", "80%", "来自工业企业的税收"),
    ("全镇80%的税收来自工业企业。", "80%", "来自工业企业的税收"),
])
def test_a_scope_word_heads_no_name(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


def test_a_bare_measure_owned_by_itself_is_named_once():
    f = fact("全区税收保持增长，上半年完成50亿元。", "50亿元")
    assert (f["indicator"], f["measure"], f["value"]) == ("税收", "level", 5e9)
