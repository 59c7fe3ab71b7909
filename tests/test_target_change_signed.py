"""A planned change of an amount is shown with its sign in the table of targets, as a growth is, not as a level."""

from __future__ import annotations

import dhcheng_analysis as dh
from dhcheng_analysis import display

# /work/shared/corpus/national_work_reports/2019.txt (a national government work report)
SENTENCE = "今年中央预算内投资安排5776亿元，比去年增加400亿元。"


def test_planned_increase_is_signed():
    facts = dh.extract_facts(dh.load_report(SENTENCE))
    change = facts[facts["measure"] == "abs_change"].iloc[0]
    level = facts[facts["measure"] == "level"].iloc[0]
    assert display.fact_value(change) == "+400亿元"
    assert display.fact_value(level) == "5,776亿元"
