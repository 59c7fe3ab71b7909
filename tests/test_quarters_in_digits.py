"""Quarters printed in digits (1-3季度, 3季度, 前3季度) are periods, as 前三季度 and 三季度 are; a streak of
quarters or months after a name (连续两个季度) is no part of it, as a streak of years is not.

No text at hand prints a quarter in digits, so the sentences here are written in the shape of a
district's plan-execution report: they are regression fixtures, not evidence of what reports print.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh


@pytest.mark.parametrize(("text", "period"), [
    ("1-3季度，全区实现地区生产总值1200亿元，同比增长5.1%。", "1-3季度"),
    ("1至3季度，全区实现地区生产总值1200亿元，同比增长5.1%。", "1至3季度"),
    ("前3季度全区地区生产总值1200亿元，同比增长5.1%。", "前3季度"),
])
def test_a_span_of_quarters_in_digits_is_the_period_and_no_figure(text, period):
    f = dh.extract_facts(text)
    assert list(f["measure"]) == ["level", "yoy_pct"]
    assert list(f["value"]) == [1.2e11, 5.1]
    assert set(f["indicator"]) == {"地区生产总值"} and set(f["period"]) == {period}


def test_a_quarter_in_digits_heading_a_sentence_is_its_period():
    f = dh.extract_facts("3季度全区地区生产总值增长5%。")
    assert len(f) == 1
    assert f.loc[0, "indicator"] == "地区生产总值" and f.loc[0, "period"] == "3季度" and f.loc[0, "value"] == 5.0


def test_the_numbers_of_a_quarter_are_no_figures():
    roles = dh.mentions("1-3季度，全区实现地区生产总值1200亿元。")
    assert list(roles["role"]) == ["period", "period", "figure"]


@pytest.mark.parametrize("streak", ["连续两个季度", "连续3个季度", "连续5个月"])
def test_a_streak_of_quarters_or_months_after_a_name_is_no_part_of_it(streak):
    f = dh.extract_facts(f"规模以上工业增加值{streak}增长，前三季度增长4.1%。")
    assert list(f["indicator"]) == ["规模以上工业增加值"] and list(f["value"]) == [4.1]
