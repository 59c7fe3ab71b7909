"""Residents, villagers, visitors and patients counted by a bare number are persons (unit 人), as 群众 and
居民 are; a word of size before them (上万游客) is a vague count of them.

No text at hand prints these nouns after a bare number, so the sentences here are written in the shape
of a district's report: they are regression fixtures, not evidence of what reports print.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("活动惠及3万多市民。", 30000.0, "over"),
    ("带动村民2000余人就业。", 2000.0, "over"),
    ("吸引上万游客前来观光。", 10000.0, "over"),
    ("为1200患者提供免费筛查。", 1200.0, "exact"),
])
def test_persons_counted_by_a_bare_number_are_in_persons(text, value, qualifier):
    f = dh.extract_facts(text)
    assert len(f) == 1
    assert (f.loc[0, "value"], f.loc[0, "unit"], f.loc[0, "qualifier"]) == (value, "人", qualifier)
