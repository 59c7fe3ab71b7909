"""A plan word before 到YEAR at a clause's start leaves the year the time of the target (力争到2025年，… → 2025年).

No text at hand prints such a sentence with a figure (the national reports' only one, 2006's `确保到2007年如期实现计划
目标`, has none; their targets take the plan time of the part they are in); the sentences here are written
regression fixtures in the shape district plans print: the year is read as it is without the plan word.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh


@pytest.mark.parametrize("text", [
    "力争到2025年，全区地区生产总值达到1000亿元。",
    "确保到2025年全区地区生产总值达到1000亿元。",
    "争取到2025年，全区地区生产总值达到1000亿元。",
    "到2025年，力争全区地区生产总值达到1000亿元。",
])
def test_the_year_after_a_plan_word_is_the_targets_period(text):
    f = dh.extract_facts(text)
    row = f[f["indicator"] == "地区生产总值"].iloc[0]
    assert (row["period"], row["status"], row["value"]) == ("2025年", "target", 1e11)


def test_a_year_compared_with_stays_a_base():
    f = dh.extract_facts("确保到2020年实现地区生产总值比2010年翻一番。")
    row = f.iloc[0]
    assert (row["period"], row["comparator"], row["value"]) == ("2020年", "2010年", 100.0)
