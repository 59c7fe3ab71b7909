"""Figures of the greening, forestry and parks reports (园林绿化, 林长制, 造林绿化) of districts and counties.

A landscaping and forestry bureau prints the area afforested and greened (新增造林绿化1.2万亩), the forest coverage and
tree cover rates with their change in points (森林覆盖率达到45.6%，较上年提高0.8个百分点), the park green space per
head and the parks built (新建口袋公园18处), the trees planted and the work counted in 株次, the forest chiefs' patrols,
forest fires and pests in per mille, and the wetland. The rules read here:

- a share of the task a higher level set (占市级下达任务的102.5%, 分别占市下达任务的120%、125%和103%) or of the year's
  plan after 是 (是年度计划的117.5%) is a completion, its base the comparator; a share of a whole (占全市的8.5%) stays a
  share;
- 株次 (trees times the work done on them) and 盆 (pots of flowers) are counters;
- a sentence that sets an outcome against its target (森林火灾受害率为0.05‰，低于0.9‰的控制目标。) is no plan the
  next sentence goes on with: a figure after it is an outcome;
- a cap or target its setter names before the figure (低于省定0.9‰的控制目标, 低于市下达3‰的控制指标, 控制在省定0.9‰
  以内) is the target of the outcome before, named as it is, not named by its setter;
- a basis per head with the time it is of closing a name (生态护林员人均年增收) names the yearly income per head, as
  户均增收 names the income per household;
- the glossary keys the wetland area, the forest land area, the forest area a fire damaged, the urban green space area
  and ratio, the parks counted and the landscaping investment.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

from dhcheng_analysis.vocab import indicator_key

HEAD = "一、2023年园林绿化工作完成情况\n"
PLAIN = "一、2023年情况\n"  # a heading that leaves the report's year a guess


# -- a share of a task set above, or of the plan after 是, is a completion -------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "base"), [
    # regression fixture in the form of a district greening report (not real), modelled on 完成造林8827万亩，森林覆盖率
    # 达到20.36% (/work/shared/corpus/national_work_reports/2010.txt)
    ("完成新一轮百万亩造林绿化任务0.8万亩，占市级下达任务的102.5%。", "102.5%", "新一轮百万亩造林绿化面积", "市级下达任务"),
    # regression fixture, a variant (not real): a list, each share of the task the city set
    ("全年完成人工造林1.2万亩、封山育林2.5万亩、森林抚育3.6万亩，分别占市下达任务的120%、125%和103%。", "125%",
     "封山育林面积", "市下达任务"),
    # regression fixture, a variant (not real): the province's task
    ("完成森林抚育3.6万亩，占省下达任务的103%。", "103%", "森林抚育", "省下达任务"),
    # regression fixture, a variant (not real): 是 before the year's plan
    ("全年完成造林绿化面积2.35万亩，是年度计划的117.5%。", "117.5%", "造林绿化面积", "年度计划"),
    # regression fixture, a variant (not real): the district's level, printed with 级
    ("完成森林抚育3.6万亩，占区级下达任务的103%。", "103%", "森林抚育", "区级下达任务"),
])
def test_share_of_a_task_set_above_is_a_completion(s, printed, name, base):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["comparator"], f["status"]) == (name, "completion_pct", base, "actual")


@pytest.mark.parametrize(("s", "printed", "base"), [
    # regression fixture in the form of a district report (not real), modelled on １９５５年全国工业总产值完成了原定计划的
    # １０１％ (/work/shared/corpus/national_work_reports/1956.txt): the 是 of 尤其是 opens no plan of the completion
    ("其中，尤其是工业投资达到年度计划的120%。", "120%", "年度计划"),
    # regression fixture, a variant (not real): the 是 of 但是
    ("但是财政收入仅相当于年初预算的85%。", "85%", "年初预算"),
    # regression fixture, a variant (not real): the 是 of 主要是
    ("全区一般公共预算支出增长3%，主要是教育支出超过年初预算的105%。", "105%", "年初预算"),
    # regression fixture, a variant (not real): the 是 of 特别是
    ("全区体育彩票销售额3.2亿元，特别是即开型彩票销售额达到年度计划的120%。", "120%", "年度计划"),
])
def test_is_of_a_conjunction_opens_no_plan(s, printed, base):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["comparator"]) == ("completion_pct", base)


def test_share_of_a_whole_stays_a_share():
    # regression fixture, a variant (not real): the city's whole, no task
    f = fact(HEAD + "全区植树12万株，占全市的8.5%。", "8.5%")
    assert (f["measure"], f["comparator"]) == ("rate_pct", "全市")


@pytest.mark.parametrize(("s", "printed", "whole"), [
    # regression fixture, a variant (not real): a share of the city's task with no 下达 is the district's share of it
    ("我区承担的任务占市级任务的15%。", "15%", "市级任务"),
    # regression fixture, a variant (not real): a share of the city's plan
    ("全区争取上级资金3.2亿元，占市计划的15%。", "15%", "市计划"),
    # regression fixture, a variant (not real): trees planted, a share of the city's task
    ("全区完成植树12万株，占市级任务的30%。", "30%", "市级任务"),
])
def test_share_of_a_level_s_task_not_handed_down_stays_a_share(s, printed, whole):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["comparator"]) == ("rate_pct", whole)


# -- 株次 and 盆 count ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "value", "unit"), [
    # regression fixture in the form of a district greening report (not real), modelled on 植树造林9200多万亩
    # (/work/shared/corpus/national_work_reports/2012.txt): trees pruned, counted each time
    ("修剪行道树12.5万株次，浇水8.6万立方米。", "12.5万株次", "修剪行道树", 125000, "株次"),
    # regression fixture, a variant (not real): pots of flowers
    ("新增鲜花种植面积12万平方米，摆放花卉56万盆。", "56万盆", "摆放花卉", 560000, "盆"),
])
def test_trees_times_and_pots_are_counters(s, printed, name, value, unit):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["value"], f["unit"]) == (name, value, unit)
    assert "unknown_unit" not in f["flags"]


# -- an outcome set against its target is no plan the next sentence goes on with -----------------------------

@pytest.mark.parametrize("first", [
    # regression fixture in the form of a district forestry report (not real), modelled on 国内生产总值比上年增长7.8％，
    # 虽然略低于8％的预定目标 (/work/shared/corpus/national_work_reports/1999.txt)
    "森林火灾受害率为0.05‰，低于0.9‰的控制目标。",
    # regression fixture, a variant (not real): the cap the city set, after the figure
    "林业有害生物成灾率为0.8‰，低于市下达的3‰控制指标。",
    # regression fixture, a variant (not real): a coverage below its target
    "全区森林覆盖率达到45%，低于50%的目标。",
])
@pytest.mark.parametrize("head", [PLAIN, ""])
def test_outcome_after_an_outcome_against_its_target_is_an_outcome(first, head):
    # regression fixture, a variant (not real): the sentence after, with no word of a status
    f = facts(head + first + "\n全区湿地面积达到3256公顷。")
    assert list(f["status"]) == ["actual", "target", "actual"]


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a national plan (not real), modelled on １９８２年的计划，要求工农业总产值的增长速度
    # 由今年预计的３％提高到４％ (/work/shared/corpus/national_work_reports/1981.txt): the plan prints its base level
    ("一、1982年的计划\n1982年的计划，要求工农业总产值比1981年的7490亿元增长4%。国民收入增长4%左右。", "增长4%左右"),
    # regression fixture, a variant (not real): the base is this year's output, the sentences after go on with the plan
    ("2023年全区地区生产总值增长5.2%。\n\n2024年是“十四五”规划的关键一年。明年的计划，要求全区粮食产量在今年"
     "6500万斤的基础上增长3%。一般公共预算收入增长4%。全社会固定资产投资增长6%，城镇新增就业1万人。", "增长4%"),
    ("2023年全区地区生产总值增长5.2%。\n\n2024年是“十四五”规划的关键一年。明年的计划，要求全区粮食产量在今年"
     "6500万斤的基础上增长3%。一般公共预算收入增长4%。全社会固定资产投资增长6%，城镇新增就业1万人。", "1万人"),
])
def test_plan_printing_its_base_level_goes_on(s, printed):
    assert fact(s, printed)["status"] == "target"


# -- a target its setter names before the figure ---------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "qualifier"), [
    # regression fixture in the form of a district forestry report (not real), modelled on 城镇登记失业率…低于2%的控制目标
    # as tests/test_targets_and_thresholds_in_prose.py reads it, and on 零售物价上涨幅度控制在百分之六以内
    # (/work/shared/corpus/national_work_reports/1992.txt): the province set the cap
    ("森林火灾受害率为0.05‰，低于省定0.9‰的控制目标。", "0.9‰", "森林火灾受害率", "exact"),
    # regression fixture, a variant (not real): the city set it
    ("林业有害生物成灾率为0.8‰，低于市下达3‰的控制指标。", "3‰", "林业有害生物成灾率", "exact"),
    # regression fixture, a variant (not real): held within the province's cap
    ("森林火灾受害率为0.05‰，控制在省定0.9‰以内。", "0.9‰", "森林火灾受害率", "at_most"),
])
def test_target_named_by_its_setter_is_the_target_of_the_outcome_before(s, printed, name, qualifier):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["status"], f["qualifier"]) == (name, "rate_pct", "target", qualifier)
    assert fact(HEAD + s, s.split("为")[1].split("，")[0])["status"] == "actual"


# -- 人均年增收 ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district forestry report (not real), modelled on 比上年增收1284万元
    # (/work/shared/gold/real/texts/dayao_2024_m4_budget.txt): the rangers' yearly income per head grows
    ("生态护林员人均年增收1.8万元。", "1.8万元", "生态护林员人均年收入"),
    # regression fixture, a variant (not real): per household, a month
    ("林下经济带动农户户均月增收600元。", "600元", "农户户均月收入"),
    # regression fixture, a variant (not real): no time, as before
    ("生态护林员人均增收1.8万元。", "1.8万元", "生态护林员人均收入"),
])
def test_basis_per_head_and_its_time_closing_a_name_names_the_income(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["value"]) == (name, "abs_change", 18000 if "1.8" in printed else 600)


def test_basis_per_head_and_its_time_after_a_comma_is_no_name():
    # regression fixture in the form of a district forestry report (not real): 人均年 names nothing (the count's name is
    # carried, as after 人均增收)
    s = "聘用生态护林员1260名，人均年增收1.8万元。"
    f = fact(HEAD + s, "1.8万元")
    assert f["indicator"] != "人均年"
    assert (f["indicator"], f["measure"]) == ("人均年收入", "abs_change")


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): a yield per mu after a total output lends it no name
    ("全区粮食总产量12万吨，亩均年增产50公斤。", "50公斤", "亩均年产量"),
    # regression fixture, a variant (not real): money per household after a loan total
    ("全区发放创业担保贷款1.2亿元，户均年增收8000元。", "8000元", "户均年收入"),
    # regression fixture, a variant (not real): money per household after a count of households
    ("全区脱贫户3200户，户均年增收5000元。", "5000元", "户均年收入"),
    # regression fixture, a variant (not real): a month, after an income with no figure
    ("全区城乡居民收入持续增长，人均月增收200元。", "200元", "人均月收入"),
])
def test_basis_per_head_and_its_time_lends_no_name_before(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["indicator_key"]) == (name, "abs_change", "")


def test_average_yearly_growth_is_of_the_name_before():
    # regression fixture, a variant (not real): 平均年增长 names nothing, the level before is what grows
    f = fact(HEAD + "全区地区生产总值1200亿元，平均年增长8.5%。", "8.5%")
    assert (f["indicator"], f["indicator_key"]) == ("地区生产总值", "gdp")


# -- glossary keys ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district greening report (not real), modelled on 森林覆盖率达到24%，草原综合
    # 植被盖度和湿地保护率均达50%以上 (/work/shared/corpus/national_work_reports/2023.txt)
    ("全区湿地面积达到3256公顷，湿地保护率达到68.5%。", "3256公顷", "wetland_area"),
    # regression fixture, a variant (not real), modelled on 15亿亩林地确权到户 (2010.txt): the forest land
    ("全区林地面积12.6万亩，森林面积10.8万亩，森林蓄积量56.3万立方米。", "12.6万亩", "forest_land_area"),
    # regression fixture, a variant (not real): the area a fire damaged
    ("全年共发生森林火灾3起，受害森林面积4.5亩。", "4.5亩", "forest_fire_damaged_area"),
    # regression fixture, a variant (not real), modelled on 确保公园绿地500米服务半径覆盖率提升至93% (data/
    # dongcheng_2020_h1.txt): the urban green space and its ratio
    ("全区城市绿地面积达到3256.8公顷，绿地率达到38.6%，绿化覆盖率达到42.3%。", "3256.8公顷", "green_space_area"),
    ("全区城市绿地面积达到3256.8公顷，绿地率达到38.6%，绿化覆盖率达到42.3%。", "38.6%", "green_space_ratio"),
    # regression fixture, a variant (not real): the landscaping green land printed with 总
    ("全区园林绿地总面积达到4865公顷，较上年增长3.2%。", "4865公顷", "green_space_area"),
    # regression fixture, a variant (not real): the parks counted
    ("新建和改造提升公园12个，全区公园数量达到156个，较上年增加12个。", "156个", "parks"),
    # regression fixture, a variant (not real): the landscaping investment
    ("完成园林绿化投资5.6亿元，同比增长8.3%。", "5.6亿元", "greening_investment"),
])
def test_greening_quantities_take_their_glossary_key(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("name", "key"), [
    ("建成区绿地率", "built_up_green_space_ratio"),  # the built-up area's ratio keeps its own key
    ("新增城市绿地面积", "green_space_added"),  # green space added is no stock
    ("湿地保护面积", ""),  # the wetland protected, a part of the wetland
    ("新建和改造提升公园", ""),  # parks built, no stock of parks
])
def test_wider_or_narrower_greening_names_keep_their_own_key(name, key):
    assert indicator_key(name) == key
