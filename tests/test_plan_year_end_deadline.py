"""A deadline at the year's end (年底前, 年底) in a part that plans is the end of the year planned.

A target due 年底前 in the plan of 2019 is due by the end of 2019 (``2019年底前``), as 全年 and 年内 there are the
year planned; a year the sentence names before the word (一九五八年…在年底) is kept as printed. A deadline before a
year (2005年前裁减军队员额20万) is that deadline as printed, not the year planned, and holds in its sentence only, as one
printed with 以前 (一九八五年底以前全部建成, in a report with no part of review) does. The national
sentences are copied from the work reports named in their comments; the district one is a regression fixture.
"""

from __future__ import annotations

from _sentences import fact
from _work_reports import WorkReports

S2019 = "政府要带头讲诚信守契约，决不能“新官不理旧账”，对拖欠企业的款项年底前要清偿一半以上，决不允许增加新的拖欠。"


def test_arrears_cleared_by_the_end_of_the_year_planned() -> None:
    # national work report 2019
    f = WorkReports().fact_at(2019, S2019, "一半")
    assert (f["indicator"], f["status"], f["qualifier"], f["period"]) == (
        "拖欠企业的款项", "target", "at_least", "2019年底前")


def test_year_named_before_the_year_end_is_kept() -> None:
    # national work report 1958
    f = WorkReports().fact_at(1958, "猪的头数在年底达到一亿五千万头", "一亿五千万头")
    assert f["period"] == "一九五八年底"


def test_district_plan_deadline_fixture() -> None:
    # regression fixture (text written for the test), a plan of the second half of a district's year
    text = ("北京市东城区2020年上半年国民经济和社会发展计划执行情况的报告\n\n三、下半年工作安排\n\n"
            "持续改善城市环境，年底前完成425条背街小巷整治任务。\n")
    f = fact(text, "425条")
    assert (f["status"], f["period"]) == ("target", "2020年底前")


def test_a_deadline_before_a_year_is_the_period_of_its_task() -> None:
    # national work report 2004
    f = WorkReports().fact_at(2004, "确保完成2005年前裁减军队员额20万等各项任务", "20万")
    assert (f["indicator"], f["status"], f["period"]) == ("军队员额", "target", "2005年前")


def test_district_deadline_before_a_year_fixture() -> None:
    # regression fixture (text written for the test): the deadline holds in its sentence only; 前三季度 stays a period
    text = "二、2024年工作安排\n力争2025年前完成老旧小区改造120个。新建5G基站300个。\n"
    assert fact(text, "120个")["period"] == "2025年前"
    assert fact(text, "300个")["period"] == "2024年"
    assert fact("一、2020年工作回顾\n2020年前三季度完成投资15亿元。\n", "15亿元")["period"] != "2020年前"


def test_a_deadline_printed_with_yiqian_holds_in_its_sentence_only() -> None:
    # national work report 1982 (the report on the sixth five-year plan): the share the plan raises is of its years,
    # not of the deadline of the projects two sentences before
    reports = WorkReports()
    assert reports.fact_at(1982, "计划在一九八五年底以前全部建成的四百个", "四百个")["period"] == "一九八五年底"
    f = reports.fact_at(1982, "六五计划把这个比例提高到百分之三十六", "百分之三十六")
    assert (f["status"], f["period"]) == ("target", "1981-1985年")
