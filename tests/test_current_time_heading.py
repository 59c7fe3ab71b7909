"""当前 heading its clause (当前，…) marks what follows as the state at the time of writing, an outcome, as 目前 does:
in a plan part ``当前，全区规上企业营业收入同比增长3%`` → ``actual``. A plan word nearer the figure still decides
(当前，要力争…增长6% → ``target``), and 当前 inside a phrase (当前和今后一个时期, 当前的主要任务) is no such head. No text
at hand prints the shape before a figure; the sentences are written in the form of district plans and are
regression fixtures, not evidence."""

from __future__ import annotations

from _sentences import fact_at

PLAN = "2024年政府工作报告\n二、2024年工作安排\n"


def test_current_heading_a_clause_marks_an_outcome():
    # written in the form of a district plan
    f = fact_at(PLAN + "当前，全区规上企业营业收入同比增长3%，经济恢复基础尚不稳固。", "3%")
    assert f["status"] == "actual"


def test_a_plan_word_nearer_the_figure_decides():
    # written in the form of a district plan
    f = fact_at(PLAN + "当前，要力争全区地区生产总值增长6%。", "6%")
    assert f["status"] == "target"


def test_current_inside_a_phrase_is_no_head():
    # written in the form of a district plan
    f = fact_at(PLAN + "当前和今后一个时期，全区地区生产总值年均增长6%。", "6%")
    assert f["status"] == "target"
