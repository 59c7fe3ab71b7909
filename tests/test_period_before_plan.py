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


# national_work_reports/1980.txt: a year's plan a clause is reckoned by (根据1980年计划，) is the year of its figure,
# in that sentence only; the review of 1979 goes on after it
PLAN_BASIS = ("积累和消费的比例关系有所改善。1979年国民收入比上年增长7％。国民收入中，用于积累的部分为1，120亿元，"
              "用于消费的部分为2，211亿元。积累率由1978年的36.5％，降为33.6％。根据1980年计划，积累率可能进一步降到"
              "30％左右。积累率的降低，主要是由于提高了城乡人民消费基金，控制基本建设规模和节约流动资金。")


@pytest.mark.parametrize(("printed", "period"), [
    ("33.6", "1979年"),
    ("30", "1980年"),
])
def test_a_year_whose_plan_a_clause_follows_is_its_period(printed: str, period: str) -> None:
    assert fact(PLAN_BASIS, printed)["period"] == period
