"""Words of plan and outcome around a figure are its status, never part of its indicator.

District reports print a figure between a word of plan (计划, 年初提出, 年度任务, 计划任务数) and one of outcome
(实际, 实际完成). Those words say whether the figure is aimed at or came about; the name is what is measured:

- a plan or outcome word between the things counted and the verb that completes them is dropped, and the 新 of
  新开工 stays with the verb (保障房计划新开工40个 → 新开工的保障房; 实际新开工32个 → 新开工);
- 年初提出, 年初确定, 年初计划, 年初预期 and 实际完成 open no name (年初提出经济增长7%左右 → 经济增长速度);
- 计划任务数, 年度计划任务, 年度任务, 目标任务, 任务数 end no name of the things planned
  (保障性住房计划任务数为3000套 → 保障性住房), but stay where the unit counts the tasks themselves
  (专项行动年度任务386项);
- 计划任务 ending the subject sets a target, as 年度任务 does (保障性住房年度计划任务3000套 → target);
- 实际 before 完成 inside a name goes with 完成 (重点项目实际完成投资 → 重点项目投资), and a bare amount of
  investment after a plan amount of an owner is that owner's (重点项目年度计划投资120亿元，实际完成投资70亿元 →
  重点项目投资).

No report at hand prints these shapes: the sentences of the first test are written, in the form district
reports use.
Names that are right as printed keep their plan word (实际利用外资, 实际使用外资, 计划生育).
"""

from __future__ import annotations

import pytest
from _sentences import fact

# written sentences (no report at hand prints them)
NEW_START = "全区保障房计划新开工40个，实际新开工32个。"
BARE_START = "实际新开工32个。"
TASK_COUNT = "全区保障性住房计划任务数为3000套，已开工2800套。"
YEAR_TASK = "棚户区改造年度任务1200户，实际完成1300户。"
RAISED = "我们年初提出经济增长7%左右的预期目标。"
PLAN_START = "年初计划新开工项目40个，实际新开工32个。"
OWNER_PLAN = "全年计划实施重点项目100个，实际完成投资500亿元。"
AMOUNT_PLAN = "重点项目年度计划投资120亿元，实际完成投资70亿元。"
INNER = "上半年，全区重点项目实际完成投资120亿元。"
YEAR_PLAN_TASK = "今年保障性住房年度计划任务3000套，已开工2800套。"


@pytest.mark.parametrize(("text", "printed", "within", "name", "status"), [
    (NEW_START, "40", "", "新开工的保障房", "target"),
    (NEW_START, "32", "", "新开工的保障房", "actual"),
    (BARE_START, "32", "", "新开工", "actual"),
    (TASK_COUNT, "3000", "", "保障性住房", "target"),
    (TASK_COUNT, "2800", "", "已开工的保障性住房", "actual"),
    (YEAR_TASK, "1200", "", "棚户区改造", "target"),
    (YEAR_TASK, "1300", "", "棚户区改造", "actual"),
    (RAISED, "7", "", "经济增长速度", "target"),
    (PLAN_START, "40", "", "新开工项目", "target"),
    (OWNER_PLAN, "500", "", "重点项目投资", "actual"),
    (AMOUNT_PLAN, "120", "", "重点项目投资", "target"),
    (AMOUNT_PLAN, "70", "", "重点项目投资", "actual"),
    (INNER, "120", "", "重点项目投资", "actual"),
    # 计划任务 ending the subject sets a target, as 年度任务 does
    (YEAR_PLAN_TASK, "3000", "", "保障性住房", "target"),
    (YEAR_PLAN_TASK, "2800", "", "已开工的保障性住房", "actual"),
    # constructed report xicheng_2020_h1: 项 counts the tasks, which stay the name
    ("“疏解整治促提升”专项行动年度任务386项,已完成221项。", "386", "", "“疏解整治促提升”专项行动年度任务", "target"),
])
def test_plan_and_outcome_words_leave_the_name(text: str, printed: str, within: str, name: str, status: str) -> None:
    f = fact(text, printed, within)
    assert (f["indicator"], f["status"]) == (name, status)


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2016: a name printed with 实际 keeps it
    ("外商投资限制性条目减少一半，95%以上实行备案管理，实际使用外资1263亿美元，增长5.6%。", "1263", "实际使用外资"),
    # national work report 2013
    ("五年累计实际利用外资5528亿美元，利用外资的结构和布局明显优化，质量和水平显著提升。", "5528", "实际利用外资"),
    # national work report 2009
    ("将农村部分计划生育家庭奖励扶助标准由人均600元提高到720元。", "720", "农村部分计划生育家庭奖励扶助标准"),
])
def test_names_printed_with_a_plan_word_keep_it(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
