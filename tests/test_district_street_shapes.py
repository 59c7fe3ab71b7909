"""Figures of the annual work summaries and plans of street offices and townships (街道, 乡镇), as district and
county offices print them.

A street office or a township prints its area, people and communities (辖区面积, 常住人口, 社区X个), the tax task the
district handed down and how much of it was done (完成区级下达税收任务X亿元，完成全年任务的X%), the firms brought in,
the hotline's requests and rates (接诉即办, 12345热线: 受理X件, 响应率, 解决率, 满意率) and where they rank among the
district's streets, the old compounds and back streets renovated, and next year's aims (街道将力争完成全年税收任务X亿元).

The rules: the level that hands a task down (区级下达, 上级下达的, 县下达的) is no part of the task's name nor its
scope (区级税收 keeps its 区级); the street or the government that sets itself an aim (街道将力争, 区政府将力争) opens
no name; a rank among the district's streets names them as its group (在全区街道排名第6位, 在全区街道中), and the
words after a rank verb name the group past the verb's tail (排名进入全区前十 → 全区); an overall ranking (综合排名) of
a named work keeps its noun (接诉即办综合排名).

Sentences written in the form of street and township reports, not real, are marked as regression fixtures; the
real ones are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "东华门街道2023年工作总结和2024年工作计划\n一、2023年工作情况\n"
PLAN = "东华门街道2023年工作总结和2024年工作计划\n二、2024年工作计划\n"


# -- a task handed down by a level --------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a street's annual summary (not real), modelled on the real
    # 单位地区生产总值能耗降低率完成市级下达目标 (/work/shared/gold/real/texts/wuchang_wh_2023_annual.txt)
    ("全年完成区级下达税收任务18.6亿元，完成全年任务的103.2%，同比增长6.5%。", "18.6亿元", "税收", "tax_revenue"),
    # regression fixture, a variant (not real): the share of the year's task
    ("全年完成区级下达税收任务18.6亿元，完成全年任务的103.2%，同比增长6.5%。", "103.2%", "税收", "tax_revenue"),
    # regression fixture, a variant (not real): a township, 的 after the handing down
    ("全镇完成区级下达的税收任务2.8亿元，完成率102.5%。", "2.8亿元", "税收", "tax_revenue"),
    # regression fixture, a variant (not real): handed down by the level above
    ("全年完成上级下达税收任务18.6亿元，同比增长6.5%。", "18.6亿元", "税收", "tax_revenue"),
    # regression fixture, a variant (not real): an investment task
    ("完成区级下达的固定资产投资任务32.5亿元，完成全年任务的108.3%。", "32.5亿元", "固定资产投资",
     "fixed_asset_investment"),
])
def test_handed_down_level_is_no_part_of_the_name(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["scope"]) == (name, key, "")


@pytest.mark.parametrize(("s", "printed", "scope"), [
    # regression fixture, a variant (not real): the district's own tax keeps its level
    ("完成区级税收18.6亿元，同比增长6.5%。", "18.6亿元", "区级"),
    # regression fixture, a variant (not real)
    ("上半年，街道完成区级税收收入6.8亿元，完成全年任务的52.3%，同比增长4.1%。", "6.8亿元", "区级"),
])
def test_own_level_stays_the_scope(s, printed, scope):
    assert fact(HEAD + s, printed)["scope"] == scope


# -- the street or the government that sets itself an aim ---------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a street's plan (not real), modelled on the real 确保完成“十二五”规划重点建设
    # 任务 (/work/shared/corpus/national_work_reports/2015.txt) said by a street office of its tax
    ("下半年，街道将力争完成全年税收任务13亿元，确保接诉即办综合排名进入全区前十。", "13亿元", "税收", "tax_revenue"),
    # regression fixture, a variant (not real): 确保
    ("街道将确保完成全年税收任务13亿元。", "13亿元", "税收", "tax_revenue"),
    # regression fixture, a variant (not real): no task word
    ("街道将完成全年税收13亿元。", "13亿元", "税收", "tax_revenue"),
    # regression fixture, a variant (not real): a government
    ("区政府将力争完成全年财政收入任务13亿元。", "13亿元", "财政收入", "general_budget_revenue"),
])
def test_actor_setting_an_aim_opens_no_name(s, printed, name, key):
    f = fact(PLAN + s, printed)
    assert (f["indicator"], f["indicator_key"], f["status"]) == (name, key, "target")


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): the street office counted keeps its name
    ("全区共有街道办事处8个。", "8个", "街道办事处"),
    # regression fixture, a variant (not real)
    ("街道办事处8个。", "8个", "街道办事处"),
])
def test_street_office_counted_keeps_its_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- ranks among the district's streets ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "group"), [
    # regression fixture in the form of a street's summary of its hotline work (not real), modelled on the real
    # 其中6个指标在16区排名进入前3名 (/work/shared/gold/real/texts/dongcheng_2017_h1.txt)
    ("接诉即办综合成绩在全区街道排名第6位。", "第6", "接诉即办综合成绩", "全区街道"),
    # regression fixture, a variant (not real): 中 after the group
    ("接诉即办综合成绩在全区街道中排名第6位。", "第6", "接诉即办综合成绩", "全区街道"),
    # regression fixture, a variant (not real): the group after 位列
    ("接诉即办综合成绩位列全区街道第6位。", "第6", "接诉即办综合成绩", "全区街道"),
    # regression fixture, a variant (not real): 各
    ("接诉即办综合成绩在全区各街道中排名第6位。", "第6", "接诉即办综合成绩", "全区各街道"),
    # regression fixture in the form of a street's plan (not real), modelled on the real 围挡治理等12项任务完成量排名
    # 全市前三 (/work/shared/gold/real/texts/chaoyang_2024_h1.txt): the group past 进入, the overall ranking's noun
    ("下半年，街道将力争完成全年税收任务13亿元，确保接诉即办综合排名进入全区前十。", "前十", "接诉即办综合排名",
     "全区"),
    # regression fixture, a variant (not real)
    ("接诉即办成绩排名进入全市前20名。", "前20", "接诉即办成绩", "全市"),
    # regression fixture, a variant (not real): an assessment's overall ranking
    ("区级考核综合排名全区第3。", "第3", "区级考核综合排名", "全区"),
])
def test_rank_among_the_streets(s, printed, name, group):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "rank", group)


# -- the hotline's three rates ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a street's summary of its hotline work (not real), modelled on the real
    # 全年实现地区生产总值60.3亿元，一般公共预算收入2亿元，同比分别-6.2%、-19.3% (a street's figures read through
    # 分别; /work/shared/gold/real/texts/dongliu_yz_2023_street.txt)
    ("接诉即办响应率、解决率、满意率分别为100%、93.5%、94.8%。", "100%", "hotline_response_rate"),
    # regression fixture, a variant (not real)
    ("接诉即办响应率、解决率、满意率分别为100%、93.5%、94.8%。", "93.5%", "hotline_resolution_rate"),
    # regression fixture, a variant (not real)
    ("接诉即办响应率、解决率、满意率分别为100%、93.5%、94.8%。", "94.8%", "hotline_satisfaction_rate"),
])
def test_hotline_rates_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key
