"""A figure of a year after the one a report plans for is yet to come; a 到 frame dates its figure.

No text at hand prints these shapes outside a plan part; the report below is written, as a district's
mid-year report may look ahead to the end of its five-year plan. Before, the three figures of 2025 read
as outcomes, and the one framed by 到2025年 took the report's 上半年.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh

TEXT = """北京市东城区2023年上半年国民经济和社会发展计划执行情况的报告
上半年，全区地区生产总值增长5.2%。
到2025年，全区地区生产总值达到3000亿元。
2025年全区一般公共预算收入达到200亿元。
2025年，全区社会消费品零售总额达到1500亿元。
"""


@pytest.fixture(scope="module")
def future():
    return dh.extract_facts(dh.load_report(TEXT)).set_index("raw_value")


@pytest.mark.parametrize("printed", ["3000", "200", "1500"])
def test_a_figure_of_a_later_year_is_a_target_of_that_year(future, printed):
    assert (future.loc[printed, "status"], future.loc[printed, "period"]) == ("target", "2025年")


def test_a_figure_of_the_report_s_own_time_stays_an_outcome(future):
    assert (future.loc["5.2", "status"], future.loc["5.2", "period"]) == ("actual", "上半年")
