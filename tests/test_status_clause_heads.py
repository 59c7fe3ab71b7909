"""How far a word of an outcome reaches across the clauses of a sentence in the plan part of a report.

A word of an outcome (已, 截至6月底, 目前, 上半年完成) governs the figures after it up to the sentence's ；, unless a
later clause opens with a time of its own. 今年 does so in any report (重大水利工程已开工的57个项目要加快建设，今年再
开工27个项目). In a report of part of a year (上半年执行情况 and 下半年工作安排 of one year), the rest of that year
opening a clause (下半年, 四季度, 年内, 年底前, 全年) does so too: 截至6月底，已签约项目12个，下半年再签约10个以上 → 12 an
outcome, 10 a target. In a report of a whole year the same words may speak of the year reviewed (去年上半年…，全年…),
so there they end nothing. The rest of what was done (其余, 剩余 before a count) opening a clause ends the reach as
well: 已完成20个，其余15个项目力争年底前全部完工 → 15 is not done.

No report at hand prints these shapes in its plan part: the sentences of the half-year report below are written, in
the form of the district reports' 下半年工作安排. The national sentence is copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import facts

HEAD = ("关于某区2023年上半年国民经济和社会发展计划执行情况的报告\n\n一、上半年计划执行情况\n\n"
        "上半年，全区地区生产总值完成512.3亿元。\n\n二、下半年工作安排\n\n")
SIGNED = "截至6月底，已签约项目12个，下半年再签约10个以上。"
WHOLE = "上半年完成投资58亿元，全年完成120亿元。"
YEAR_END = "目前已完成投资28亿元，年底前完成全部60亿元投资。"
QUARTER = "截至目前，已开工15个，四季度再开工5个。"
WITHIN = "已建成停车位1200个，年内新增停车位3000个。"
REST = "已完成20个，其余15个项目力争年底前全部完工。"


def _status(sentence: str, printed: str, head: str = HEAD) -> str:
    """The status of the figure that starts the last ``printed`` of ``sentence``, read in ``head``'s plan part."""
    text = head + sentence + "\n"
    f = facts(text)
    at = text.index(sentence) + sentence.rindex(printed)
    hit = f[(f["start"] <= at) & (f["end"] > at)]
    assert len(hit) == 1, f[["raw_value", "indicator", "status"]].to_string()
    return hit.iloc[0]["status"]


@pytest.mark.parametrize(("sentence", "printed", "status"), [
    (SIGNED, "12个", "actual"),
    (SIGNED, "10个", "target"),
    (WHOLE, "58亿元", "actual"),
    (WHOLE, "120亿元", "target"),
    (YEAR_END, "28亿元", "actual"),
    (YEAR_END, "60亿元", "target"),
    (QUARTER, "15个", "actual"),
    (QUARTER, "5个", "target"),  # (the last 5个: 15个 holds another)
    (WITHIN, "1200个", "actual"),
    (WITHIN, "3000个", "target"),
    (REST, "20个", "actual"),
    (REST, "15个", "target"),
])
def test_rest_of_year_ends_an_outcome_word_in_a_half_year_plan(sentence: str, printed: str, status: str) -> None:
    assert _status(sentence, printed) == status


ANNUAL = ("关于某区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n\n"
          "一、2022年计划执行情况\n\n全区地区生产总值完成1012.3亿元。\n\n二、2023年工作安排\n\n")


def test_rest_of_year_ends_nothing_in_a_report_of_a_whole_year() -> None:
    # written: in the plan part of a report of a whole year, 全年 after 去年 is the year reviewed
    assert _status("去年上半年完成投资58亿元，全年完成120亿元。", "120亿元", ANNUAL) == "actual"


# national work report 2015: 今年 opening a clause ends the reach of 已 in any report
S2015 = "重大水利工程已开工的57个项目要加快建设，今年再开工27个项目，在建重大水利工程投资规模超过8000亿元。"


def test_this_year_ends_an_outcome_word_in_a_work_report() -> None:
    f = facts("2015年政府工作报告\n\n一、2014年工作回顾\n\n国内生产总值增长7.4%。\n\n二、2015年工作总体部署\n\n"
              + S2015 + "\n")
    got = dict(zip(f["raw_value"], f["status"], strict=True))
    assert got["57"] == "actual" and got["27"] == "target"


# written: what the rest of the year must reach for the year's target to be met, in the review part of a half-year
# report, is a target (需, 须, 需要 before a verb of a change or a level, as 须完成 was)
NEED = "按照全年增长7%的目标，下半年需增长7.5%以上。"


def test_what_the_rest_of_the_year_needs_is_a_target() -> None:
    head = "关于某区2023年上半年国民经济和社会发展计划执行情况的报告\n\n一、上半年计划执行情况\n\n"
    f = facts(head + NEED + "\n")
    got = dict(zip(f["raw_value"], f["status"], strict=True))
    assert got["7.5"] == "target"


HALF = "关于某区2023年上半年国民经济和社会发展计划执行情况的报告\n\n一、上半年计划执行情况\n\n"
# written: the year's target, then the half gone by, in the review part of a half-year report
TARGET_THEN_HALF = "全年一般公共预算收入预期增长5%，上半年增长8.1%。"
ESTIMATE_THEN_HALF = "预计全年完成投资200亿元，1-6月完成96亿元。"


@pytest.mark.parametrize(("sentence", "printed", "status"), [
    (TARGET_THEN_HALF, "5%", "target"),
    (TARGET_THEN_HALF, "8.1%", "actual"),
    (ESTIMATE_THEN_HALF, "200亿元", "estimate"),
    (ESTIMATE_THEN_HALF, "96亿元", "actual"),
])
def test_time_gone_by_ends_a_plan_or_estimate_word(sentence: str, printed: str, status: str) -> None:
    assert _status(sentence, printed, HALF) == status


# written: 有望 and 可望 (expected to) forecast an outcome, in either part of a report
@pytest.mark.parametrize(("sentence", "head"), [
    ("全年地区生产总值有望增长6%左右。", HALF),
    ("全年一般公共预算收入可望完成135亿元。", HALF),
    ("全年地区生产总值有望增长6%左右。", HEAD),
])
def test_expected_to_is_an_estimate(sentence: str, head: str) -> None:
    printed = "6%" if "6%" in sentence else "135亿元"
    assert _status(sentence, printed, head) == "estimate"


# written: the plan part of a report of 2022 and plan of 2023 (two years named in its title)
ANNUAL_PLAN = ("关于某区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n\n"
               "一、2022年国民经济和社会发展计划执行情况\n\n全区地区生产总值完成1200亿元。\n\n"
               "二、2023年国民经济和社会发展计划安排\n\n")
REACHED = "到2022年底，全区累计建成5G基站3000个，今年新建1000个。"


@pytest.mark.parametrize(("sentence", "printed", "head", "status"), [
    # 到 or 截至 a year reviewed whose end is past: an outcome, in the plan part too
    (REACHED, "3000个", ANNUAL_PLAN, "actual"),
    (REACHED, "1000个", ANNUAL_PLAN, "target"),
    ("截至2022年底，全区共有高新技术企业1200家。", "1200家", ANNUAL_PLAN, "actual"),
    # the year of a report of part of it: its end is ahead, its months gone by are past
    ("到2023年底，全区累计建成5G基站3000个。", "3000个", HEAD, "target"),
    ("截至2023年6月底，全区累计建成5G基站2600个。", "2600个", HEAD, "actual"),
    # an estimate a plan is set on is its base, no word of the plan's status
    ("以2022年预计完成数为基数，一般公共预算收入增长4%。", "4%", ANNUAL_PLAN, "target"),
    ("在上年预计执行数的基础上增长4%。", "4%", ANNUAL_PLAN, "target"),
])
def test_a_year_reached_and_an_estimated_base(sentence: str, printed: str, head: str, status: str) -> None:
    assert _status(sentence, printed, head) == status


# written: a task set (任务为, 任务指标为) or a plan that arranges a count (计划安排) sets a target, as 目标为 does; what is
# done of it after 已 is the outcome
@pytest.mark.parametrize(("sentence", "printed", "status"), [
    ("市级下达我区保障房任务指标为3000套，已开工2100套。", "3000套", "target"),
    ("市级下达我区保障房任务指标为3000套，已开工2100套。", "2100套", "actual"),
    ("全年任务为完成造林1000亩，已完成600亩。", "1000亩", "target"),
    ("全区重点工程计划安排120项，年度计划投资200亿元。", "120项", "target"),
])
def test_a_task_set_is_a_target(sentence: str, printed: str, status: str) -> None:
    assert _status(sentence, printed, HALF) == status
