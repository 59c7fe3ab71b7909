"""A target word right after a figure (…6%的目标) makes it a target, unless the sentence says the target was
reached: before it (实现…100万人目标, already a rule) or right after it, where a word of completion follows the
target word (的目标顺利完成, 的目标已经实现, 的目标任务全面完成): the figure is then the level reached, ``actual``,
as the README's status row has it for a target said reached. A target exceeded (目标超额完成) or one whose completion
rate follows (目标完成率) is not said reached at its figure. No text at hand prints the target word before its
completion with the figure right before it (the national reports print 本届政府减少1/3行政审批事项的目标提前实现,
already an outcome); the sentences are written in the form of district reports and are regression fixtures."""

from __future__ import annotations

from _sentences import fact_at

REVIEW = "2024年政府工作报告\n一、2023年工作回顾\n"
PLAN = "2024年政府工作报告\n二、2024年工作安排\n"


def test_a_target_said_completed_after_it_is_reached():
    # written in the form of a district annual report
    f = fact_at(REVIEW + "年初确定的地区生产总值增长6%的目标顺利完成。", "6%")
    assert (f["measure"], f["status"]) == ("yoy_pct", "actual")


def test_a_target_task_said_completed_after_it_is_reached():
    # written in the form of a district annual report
    f = fact_at(REVIEW + "全年新增城镇就业2万人的目标任务全面完成。", "2万人")
    assert f["status"] == "actual"


def test_a_target_not_said_reached_stays_a_target():
    # written in the form of a district annual report
    f = fact_at(REVIEW + "全年地区生产总值增长6.5%，超过年初确定的6%的目标。", "6%", )
    assert f["status"] == "target"


def test_a_target_exceeded_stays_a_target():
    # written in the form of a district annual report: the level reached is another figure
    f = fact_at(REVIEW + "年初提出的城镇新增就业2万人的目标超额完成，实际新增2.3万人。", "2万人")
    assert f["status"] == "target"


def test_a_target_set_in_a_plan_stays_a_target():
    # written in the form of a district plan
    f = fact_at(PLAN + "确保实现地区生产总值增长6%的目标。", "6%")
    assert f["status"] == "target"
