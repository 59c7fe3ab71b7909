"""Readings left open by earlier passes over the texts.

No text at hand prints a street's or a town's scope word at the head of a name (街道全年完成…, 我镇…, 本镇…): those
sentences are written in the style of the street reports of tests/gold/real and are regression fixtures, not evidence.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

# -- a street's or a town's scope word heads no name, as 全区 and 我区 head none ------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("街道全年完成财政收入3.5亿元，同比增长5%。", "财政收入"),
    ("我镇工业总产值完成12亿元。", "工业总产值"),
    ("本镇新增就业岗位300个。", "新增就业岗位"),
    ("全街道实现税收2亿元。", "税收"),
    ("我街道完成固定资产投资8.2亿元。", "固定资产投资"),
])
def test_a_street_or_town_scope_word_heads_no_name(text: str, name: str) -> None:
    assert set(facts(text)["indicator"]) == {name}


def test_a_street_word_inside_a_noun_stays() -> None:
    assert fact("投入街道社区干部2万人次。", "2万人次")["indicator"] == "投入街道社区干部"
