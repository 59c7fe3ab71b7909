"""A part opening its sentence with 其中 is a part of the level of the sentence before that its name ends like (the
head noun it shares, three characters or more), and of that sentence's last level when none does better.

Real: the 2015 work report plans 财政赤字1.62万亿元 and its rise of 2700亿元, then breaks both down in the next
sentence (其中，中央财政赤字1.12万亿元，增加1700亿元；地方财政赤字5000亿元，增加1000亿元): each level stays a part
of the deficit, each rise a part of the rise. The budget fixture (a written text, regression only) prints the debt
balance and its limit, then the balance's parts: 一般债务余额 and 专项债务余额 are parts of the 政府债务余额
486.5亿元, not of the limit 512.0亿元 the sentence ends on."""

from __future__ import annotations

import pytest
from _sentences import facts

PLAN_2015 = "今年拟安排财政赤字1.62万亿元，比去年增加2700亿元，赤字率从去年的2.1%提高到2.3%。"
PARTS_2015 = "其中，中央财政赤字1.12万亿元，增加1700亿元；地方财政赤字5000亿元，增加1000亿元。"

DEBT_FIXTURE = ("三、政府债务情况\n截至2022年12月31日，全区政府债务余额486.5亿元，控制在市政府核定的债务限额512.0亿元以内。"
                "其中一般债务余额178.3亿元，专项债务余额308.2亿元。")


def _parents(text: str) -> dict[str, str]:
    f = facts(text)
    raw = dict(zip(f["fact_id"], f["raw_value"], strict=True))
    return {r.raw_value: raw.get(r.parent_id) for r in f.itertuples() if r.relation == "part"}


@pytest.mark.parametrize(("part", "whole"), [("1.12万亿元", "1.62万亿元"), ("1700亿元", "2700亿元"),
                                           ("5000亿元", "1.62万亿元"), ("1000亿元", "2700亿元")])
def test_the_parts_of_a_planned_deficit_and_its_rise_on_the_2015_work_report(work_reports, part, whole):
    got = work_reports.fact_at(2015, PARTS_2015, part)
    assert got["relation"] == "part"
    assert got["parent_id"] == work_reports.fact_at(2015, PLAN_2015, whole)["fact_id"]


def test_fixture_regression_debt_balances_are_parts_of_the_balance_not_of_the_limit():
    assert _parents(DEBT_FIXTURE) == {"178.3": "486.5", "308.2": "486.5"}
