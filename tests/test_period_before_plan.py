"""A period opening its clause before the plan it sets is the period of the figures of that clause.

全年 followed by 目标 or 计划 is the base of a completion inside a clause (完成全年计划的52.7%); opening its clause
before the plan's verb (全年目标为, 今年的主要目标是) it is the year the plan is for, so a target set there is of the
whole year, not of the half-year the clause before reports (cues.json period_plan_opening_regex). No report at
hand prints the shape: the sentences are written in district wording.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HALF = "上半年城镇新增就业5000人,全年目标为新增就业8000人。"  # written


@pytest.mark.parametrize(("printed", "period", "status"), [
    ("5000", "上半年", "actual"),
    ("8000", "全年", "target"),
])
def test_plan_period_opening(printed: str, period: str, status: str) -> None:
    f = fact(HALF, printed)
    assert (f["period"], f["status"]) == (period, status)


def test_plan_base_inside_clause_is_no_period() -> None:
    # written: 全年计划 after 完成 is the completion's base; the half-year stays
    assert fact("上半年完成投资50亿元,完成全年计划的52.7%。", "52.7")["period"] == "上半年"
