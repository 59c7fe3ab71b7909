"""In the part of a mid-year report that plans the second half, what it says of the half gone by is an outcome: a
figure whose own sentence dates it to a time already over (上半年, 1-6月 in a report of the first half; 截至6月底, 今年以来
in any report) is no target for being in a plan part. Texts written in the form of a district's mid-year report
(regression fixtures: the real excerpts at hand print no such sentence in a plan part)."""

from __future__ import annotations

import pytest
from _copy_forms import fact_at, read

MID_YEAR = """关于东城区2023年上半年国民经济和社会发展计划执行情况的报告
一、上半年计划执行情况
上半年，全区实现地区生产总值1234.5亿元，同比增长5.6%。
二、下半年工作安排
（一）稳住经济大盘
上半年区级收入同比增长6.2%，但下行压力依然较大。截至6月底，50个重点项目已开工38个。
下半年，力争全年地区生产总值增长5%左右，确保完成区级收入增长6%的目标。
今年以来，累计为企业减税降费12.3亿元。全力推进40个重点项目，力争三季度新开工15个。
"""


@pytest.mark.parametrize(("phrase", "printed", "status"), [
    ("上半年区级收入同比增长6.2%", "6.2%", "actual"),
    ("截至6月底，50个重点项目", "50个", "actual"),
    ("今年以来，累计为企业减税降费12.3亿元", "12.3亿元", "actual"),
    ("力争全年地区生产总值增长5%左右", "5%", "target"),
    ("全力推进40个重点项目", "40个", "target"),  # (no time of its own: the plan's)
])
def test_what_the_plan_part_says_of_the_half_gone_by(phrase, printed, status):
    assert fact_at(read(MID_YEAR), phrase, printed)["status"] == status


def test_a_half_in_the_plan_part_of_a_work_report_is_still_planned():
    """A work report delivered in March plans its year: its 上半年 is to come."""
    text = ("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n一、2023年工作回顾\n"
            "国内生产总值增长5.2%。\n二、2024年经济社会发展总体要求和政策取向\n上半年发行专项债券2万亿元。\n")
    assert fact_at(read(text), "上半年发行专项债券2万亿元", "2万亿元")["status"] == "target"


def test_a_count_said_not_yet_done_keeps_its_negation_first():
    """仍有12个尚未开工: the projects not yet started, never 开工的尚未 (the negation read as the thing counted)."""
    f = fact_at(read(MID_YEAR.replace("已开工38个。", "已开工38个，仍有12个尚未开工。")), "仍有12个尚未开工", "12个")
    assert f["indicator"].startswith("尚未开工")


def test_a_count_opened_by_you_that_starts_work_in_the_plan_part_is_planned(work_reports):
    """有N个…开工 in a plan part, with no 已 or 了, says what the year will start, not a stock standing now
    (1958, the plan for 1958: 其中，包括三十八个续建工程…；同时，有三十五个新的工程开工)."""
    f = work_reports.fact_at(1958, "同时，有三十五个新的工程开工", "三十五个")
    assert (f["status"], f["period"]) == ("target", "一九五八年")
    text = ("一、2023年工作回顾\n全区完成投资20亿元。\n二、2024年工作安排\n"
            "2024年，全区重点项目有73个。其中，包括38个续建项目；同时，有35个新项目开工。")  # (a district's form)
    assert fact_at(read(text), "有35个新项目开工", "35个")["status"] == "target"
