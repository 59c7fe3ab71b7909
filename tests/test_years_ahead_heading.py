"""A heading that names the years ahead (今后五年, 未来五年) sets the span its targets speak of, as a heading naming
the five-year plan (“十四五”时期) does and as the same words opening a sentence do.

No real excerpt at hand prints such a heading, so the report is written, in the words district reports use.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh

SENTENCE = "地区生产总值年均增长6%左右，城镇调查失业率控制在5%以内。"


def _periods(heading: str) -> list[str]:
    text = f"2021年XX区人民政府工作报告\n\n{heading}\n\n{SENTENCE}\n"
    return list(dh.extract_facts(dh.load_report(text))["period"])


@pytest.mark.parametrize("heading", [
    # written: the heading of a report's part on the five years ahead
    "三、今后五年主要目标",
    # written: with 的 and more words
    "三、今后五年的主要目标和任务",
    # written: 未来五年
    "三、未来五年主要目标",
])
def test_a_heading_of_the_years_ahead_sets_their_span(heading):
    assert _periods(heading) == ["2021-2025年", "2021-2025年"]


def test_a_heading_of_the_year_planned_keeps_the_year():
    assert _periods("二、2021年工作安排") == ["2021年", "2021年"]


def _plan_periods(headings: list[str]) -> list[str]:
    body = "\n\n".join(headings)
    text = f"2024年XX区人民政府工作报告\n\n{body}\n\n地区生产总值增长6.5%左右，新建学校10所。\n"
    return list(dh.extract_facts(dh.load_report(text))["period"])


@pytest.mark.parametrize("headings", [
    # written: a subheading of the year planned under a heading of the five years ahead and the year planned
    ["二、今后五年主要目标和2024年工作安排", "（二）2024年重点工作"],
    # written: the heading of both alone
    ["二、今后五年目标任务和2024年工作安排"],
])
def test_a_heading_naming_the_year_planned_stops_the_years_ahead(headings):
    assert _plan_periods(headings) == ["2024年", "2024年"]
