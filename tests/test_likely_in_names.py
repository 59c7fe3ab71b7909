"""有望, 可望 and 可能 (likely to, may) are modals of an estimate, no part of the name either stands before or after.

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


# national work report 1980 (/work/shared/corpus/national_work_reports/1980.txt): a level the year may reach
S1980_ACCUMULATION = "积累率由1978年的36.5％，降为33.6％。根据1980年计划，积累率可能进一步降到30％左右。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S1980_ACCUMULATION, "30％", "积累率"),
    # written, in the shape of a district's mid-year report
    ("关于2021年国民经济和社会发展计划上半年执行情况的报告\n一、上半年计划执行情况\n根据年度计划，全年一般公共预算收入可能达到50亿元。",
     "50亿元", "一般公共预算收入"),
])
def test_a_level_that_may_be_reached_is_an_estimate(text: str, printed: str, name: str) -> None:
    got = fact(text, printed)
    assert (got["indicator"], got["status"]) == (name, "estimate")


def test_a_comparison_that_may_hold_is_no_estimate() -> None:
    # national work report 1955 (/work/shared/corpus/national_work_reports/1955.txt): 可能 before a change of a
    # comparison (比别的杂粮可能增加) hedges a standing fact, no outcome expected
    text = "玉米的单位面积产量比别的杂粮可能增加百分之五十，薯类象红薯、土豆等则比一般杂粮的产量要多五、六倍。"
    assert fact(text, "百分之五十")["status"] == "actual"
