"""A plan word right after the works it plans (重点工程计划完成投资80亿元) sets a target, as after any noun.

计划 after 工程 is kept from the target cue so that a programme named …工程计划 (实施民生工程计划，…) is not read as a
plan; but 计划 before the verb or the quantity and its figure is the plan's word. No text at hand prints
工程计划 before a figure: the sentences are regression fixtures written in the style of district reports.
"""

from __future__ import annotations

import pytest
from _sentences import fact

PLAN_HEAD = "关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n二、2024年工作安排\n\n"
REVIEW_HEAD = "关于2023年国民经济和社会发展计划执行情况的报告\n\n一、2023年工作回顾\n\n"


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("市重点工程计划完成投资80亿元。", "80亿元", "市重点工程投资"),
    ("重点工程计划投资80亿元。", "80亿元", "重点工程投资"),
    ("全年重点工程计划完成投资80亿元，实际完成85亿元。", "80亿元", "重点工程投资"),
])
@pytest.mark.parametrize("head", [PLAN_HEAD, REVIEW_HEAD])
def test_plan_word_after_the_works_before_their_figure_is_a_target(head, text, printed, name):
    got = fact(head + text, printed)
    assert (got["indicator"], got["status"]) == (name, "target")


def test_the_outcome_after_the_plan_stays_actual():
    got = fact(REVIEW_HEAD + "全年重点工程计划完成投资80亿元，实际完成85亿元。", "85亿元")
    assert got["status"] == "actual"
