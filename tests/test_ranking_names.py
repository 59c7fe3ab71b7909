"""A number of a ranking's name (20强, 50强) at the head of a line is no table row's number: the name keeps it.

The sentences are written in the shape of a district's report (no text at hand prints a ranking of
fewer than a hundred at a line's head): regression fixtures, not evidence of what reports print.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh


@pytest.mark.parametrize(("text", "indicator"), [
    ("区属国企20强营业收入增长8%。", "区属国企20强营业收入"),
    ("全区50强企业实现营业收入120亿元。", "50强企业营业收入"),
])
def test_a_ranking_name_at_the_head_of_a_line_keeps_its_number(text, indicator):
    f = dh.extract_facts(text)
    assert list(f["indicator"]) == [indicator]


def test_a_row_number_glued_to_its_text_still_starts_the_name_after_it():
    f = dh.extract_facts("经济社会发展主要预期目标1地区生产总值增长6%。")
    assert list(f["indicator"]) == ["地区生产总值"]
