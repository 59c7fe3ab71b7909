"""A decimal is never a count of 个, 项, 家, 户 or 人: a space after a decimal point is not closed up before one.

A space beside a figure is read closed up on lines of prose (1876. 3亿元 → 1876.3亿元, 1. 2个百分点 → 1.2); before a
counter of things or persons no decimal is meant (全年计划完成12. 3个项目): the point stays open, the number before
it is no figure (a list number or a slip), and is no part of the name of the count after it (新设企业1. 5家 →
新设企业). A magnitude keeps a decimal (1. 2万人). layout.json spaced_figure_regex, mentions._arabic_role. No
report at hand prints the shape: the sentences are written.
"""

from __future__ import annotations

import pytest
from _sentences import fact_printed, facts


def test_open_point_before_count_is_no_decimal() -> None:
    f = facts("全年计划完成12. 3个项目。")  # written
    assert f[["raw_value", "unit", "indicator"]].values.tolist() == [["3", "个", "项目"]]


def test_number_before_open_point_is_no_name() -> None:
    assert fact_printed("新设企业1. 5家。", "5")["indicator"] == "新设企业"  # written


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("比上年提高1. 2个百分点。", "1.2", 1.2),  # written: points are no count
    ("地区生产总值完成1876. 3亿元。", "1876.3", 1876.3e8),  # written
    ("新增就业1. 2万人。", "1.2", 12000),  # written: a magnitude before 人
])
def test_decimal_still_closed_up(text: str, printed: str, value: float) -> None:
    assert fact_printed(text, printed)["value"] == pytest.approx(value)
