"""Figures of the audit work report and of the report on rectifying audit findings, as district and county reports
print them.

整改 (rectifying what an audit found) is a noun of its own: a name ends with it (已整改78个, 整改完成率86.7%), and
its 改 is no verb of a change cut off the name. A count of the departments, units, projects or firms an audit names
is named by what the clause says they did wrong, as a count of places is: 未按/未及时/未将/未能/未完成 (failed to),
违规 (against the rules) and 超概算/超预算/超标准/超范围 (beyond the estimate, the budget, the standard, the scope)
open what is said of them, and 及时 (in time) is no 及 joining a second noun. Where what of theirs is compared is
followed by a figure (6个部门预算执行率低于80%), the count is of the departments, as 6个街道预算执行率低于80% is of
the streets. A bare amount word after a verb of change (核减金额) is the amount the verb names, a level; the body a
case is handed to (向纪检监察机关移送) opens no name; a count after a rate (整改率90.6%，其余9个) is of the things
counted before the rate; the finding before a 的 (审计查出的126个问题) says which things are counted.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "一、2023年度区级预算执行审计情况\n"


# -- 整改 ends a name ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district report on rectifying audit findings (not real), modelled on
    # the national reports' 对于发现的问题要认真整改 (/work/shared/corpus/national_work_reports/2005.txt)
    ("审计发现的问题，已整改78个，正在整改12个，整改完成率86.7%。", "78个", "整改", "level"),
    # regression fixture, a variant (not real): the completion share of the rectifying
    ("审计发现的问题，已整改78个，正在整改12个，整改完成率86.7%。", "86.7%", "整改", "completion_pct"),
    # regression fixture, a variant (not real): those partly rectified
    ("截至2024年10月，审计查出的问题已整改到位98个，部分整改14个，整改率为87.5%。", "14个", "部分整改", "level"),
    # regression fixture, a variant (not real): the tasks of rectifying
    ("今年以来，全区已完成整改任务56项，整改率达到92%。", "56项", "整改任务", "level"),
])
def test_zhenggai_ends_a_name(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


# -- a count of units named by what they failed to do ------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district audit report (not real), modelled on the national reports'
    # 国务院先后向192个重点国有企业…派出了监事会 (a count of bodies; 2003.txt) and 12个单位存在…问题
    ("7家单位未按时报送决算。", "7家", "未按时报送决算的单位"),
    # regression fixture, a variant (not real): 未及时, the 及 of 及时 joining nothing
    ("4个单位未及时上缴国库。", "4个", "未及时上缴国库的单位"),
    # regression fixture, a variant (not real): 违规 opening what they did
    ("12个单位违规发放补贴。", "12个", "违规发放补贴的单位"),
    # regression fixture, a variant (not real): an amount after the predicate leaves the units alone
    ("3个街道未及时拨付专项资金2100万元，最长滞留时间超过1年。", "3个", "街道"),
    # regression fixture, a variant (not real)
    ("7家单位违规发放津贴补贴56万元。", "7家", "单位"),
    # regression fixture, a variant (not real): 违规 before the noun is part of it
    ("查处5家违规企业。", "5家", "违规企业"),
    # regression fixture, a variant (not real): 超概算 (beyond the approved estimate) said of projects
    ("抽查的25个政府投资项目中，有9个项目超概算，超概算金额合计2.3亿元。", "9个", "超概算的项目"),
    # regression fixture, a variant (not real): 超标准 opening what they did
    ("5家单位超标准配置办公设备。", "5家", "超标准配置办公设备的单位"),
    # regression fixture, a variant (not real): 超预算
    ("12个部门超预算列支会议费。", "12个", "超预算列支会议费的部门"),
])
def test_count_of_units_named_by_what_they_failed_to_do(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district audit report (not real), modelled on the streets' shape
    # 27个街道税收收入好于去年同期 that the district reports print
    ("6个部门预算执行率低于80%。", "6个", "部门"),
    # regression fixture, a variant (not real): projects, an amount after
    ("8个项目预算执行率低于50%，涉及资金3.4亿元。", "8个", "项目"),
    # regression fixture, a variant (not real): compared with an average, no figure
    ("5个部门预算执行率低于全区平均水平。", "5个", "预算执行率低于全区平均水平的部门"),
    # regression fixture, a variant (not real): firms
    ("共有15家企业营业收入高于上年。", "15家", "营业收入高于上年的企业"),
])
def test_count_of_units_whose_rate_is_compared(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a verb of change and the amount it names -------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure", "value"), [
    # regression fixture in the form of a district audit report on public investment projects (not real), modelled
    # on the amounts the district reports list one after another (送审金额…审定金额…)
    ("区级政府投资项目审计138个，送审金额46.8亿元，审定金额43.2亿元，核减金额3.6亿元，核减率7.7%。", "3.6亿元", "核减金额",
     "level", 3.6e8),
    # regression fixture, a variant (not real): 审减
    ("全年共审减金额2.3亿元。", "2.3亿元", "审减金额", "level", 2.3e8),
    # regression fixture, a variant (not real): the thing cut is named, a change of it
    ("追回资金860万元，核减工程结算金额1200万元。", "1200万元", "工程结算金额", "abs_change", -1.2e7),
    # regression fixture, a variant (not real): the revenue raised and the spending saved, one amount
    ("全年实现增收节支3200万元。", "3200万元", "增收节支", "level", 3.2e7),
])
def test_a_change_verb_and_the_amount_it_names(s, printed, name, measure, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)
    assert f["value"] == pytest.approx(value)


# -- the body a case is handed to ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district audit report (not real), modelled on the national reports'
    # 向…派出了监事会 (2003.txt): the body handed to opens no name of what is handed over
    ("向纪检监察机关移送问题线索5件、涉及人员9人。", "5件", "移送问题线索"),
    # regression fixture, a variant (not real): a district body, 移交
    ("向区纪委监委移交问题线索8件。", "8件", "移交问题线索"),
    # regression fixture, a variant (not real): the amount the cases involve
    ("向有关部门移送问题线索12件，涉及金额3500万元。", "3500万元", "移送问题线索金额"),
    # regression fixture, a variant (not real): reports sent up
    ("向区人大常委会报送审计报告3份。", "3份", "报送审计报告"),
    # regression fixture, a variant (not real): those given a grant stay in its name
    ("向困难群众发放补贴500万元。", "500万元", "困难群众补贴"),
])
def test_the_body_a_case_is_handed_to_opens_no_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the rest of the things counted, after a rate of them --------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on rectifying audit findings (not real), modelled on the
    # district reports' 全年实施重点项目…开工率… shape: a count after a rate is of the things counted before it
    ("审计查出问题96个，整改率90.6%，其余9个正在整改中。", "9个", "审计查出问题"),
    # regression fixture, a variant (not real): the part done between, the rest of the set
    ("审计查出问题96个，已整改87个，整改率90.6%，剩余9个正在整改。", "9个", "审计查出问题"),
    # regression fixture, a variant (not real): projects
    ("全年实施重点项目50个，开工率96%，剩余2个正在办理前期手续。", "2个", "重点项目"),
    # regression fixture, a variant (not real): 未完成 opens what is said of them
    ("共有8个问题未完成整改。", "8个", "未完成整改的问题"),
    # regression fixture, a variant (not real)
    ("12个项目未完成年度投资计划。", "12个", "未完成年度投资计划的项目"),
])
def test_a_count_after_a_rate_is_of_the_things_counted(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the things counted, by the finding that says which they are --------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on rectifying audit findings (not real), modelled on the
    # district reports' 列入年度计划的50个项目中，已开工45个: the words before the 的 say which things are counted
    ("审计查出的126个问题中，已整改到位112个。", "126个", "审计查出的问题"),
    # regression fixture, a variant (not real): a safety inspection
    ("全区已查出的12个安全隐患全部整改。", "12个", "已查出的安全隐患"),
    # regression fixture, a variant (not real): what is said of them after names them first
    ("审计发现的56个问题已全部整改。", "56个", "已全部整改的问题"),
])
def test_things_counted_named_by_the_finding(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the amount a finding involves --------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district audit report (not real), modelled on the real 落地…企业、项目17个,
    # 涉及资金超38亿元 (/work/shared/gold/real/texts/dongcheng_2025_h1.txt): an amount after 涉及 is the finding's
    ("12个单位存在超范围支出问题，涉及金额86万元。", "86万元", "存在超范围支出问题涉及金额"),
    # regression fixture, a variant (not real): 未将 (failed to put) opens what the units did, the 将 no plan
    ("28家单位未将非税收入及时缴入国库，涉及金额1.8亿元。", "28家", "未将非税收入及时缴入国库的单位"),
    ("28家单位未将非税收入及时缴入国库，涉及金额1.8亿元。", "1.8亿元", "未将非税收入及时缴入国库涉及金额"),
    # regression fixture, a variant (not real): 资金
    ("5家单位违规发放补贴，涉及资金8.9亿元。", "8.9亿元", "违规发放补贴涉及资金"),
    # regression fixture, a variant (not real): an amount the things counted own stays theirs
    ("新开工项目42个，总投资320亿元。", "320亿元", "新开工项目总投资"),
])
def test_an_amount_a_finding_involves_is_the_findings(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_the_real_amount_involved_after_a_count_of_firms_and_projects():
    # /work/shared/gold/real/texts/dongcheng_2025_h1.txt
    s = "动态调整区级服务包企业名单至651家,落地注册资本金、投资资金1000万元以上企业、项目17个,涉及资金超38亿元。"
    f = fact(s, "38亿元")
    assert (f["value"], f["qualifier"]) == (3.8e9, "over")
