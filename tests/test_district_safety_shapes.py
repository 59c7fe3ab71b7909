"""Figures of the market regulation report and of the summary of work safety and emergency management, as district
and county offices print them.

They print the accidents of the year and their dead (生产安全事故8起、死亡9人，同比分别下降27.3%和25%), the direct loss
after them (直接经济损失320万元), the death rate per 100 million yuan of output and the cap set on it (低于市下达控制
指标0.02), the hazards found and rectified (发现隐患1.86万处，整改1.82万处，整改率97.8%), the samples of food and drugs
and their pass rates, the complaints handled and the fines, and the market entities registered. The rules:

- the dead, the injured and the direct loss printed bare after a count of incidents are those incidents' (生产安全事故
  死亡人数, 火灾事故直接财产损失), also when one figure is shared by the count and its dead (事故起数和死亡人数分别下降
  10%以上); each item of a ；-list counts its own incidents and their dead;
- a bare count of the incidents or of their dead (事故起数, 死亡人数) after the sentence has named them whole takes
  that whole name;
- a share of a cap (控制在市下达指标的60%以内, 为控制指标的45%) is a completion of it, the cap its comparator; a cap
  printed before its figure (低于市下达控制指标0.02) is the target of the quantity before;
- the things of a set found by a check (发现, 查出, 查处) and then rectified are named without the verb of the check
  (整改的安全隐患);
- the people a figure is per, printed after its name (食品安全抽检达到每千人5批次), head the name (每千人食品安全抽检);
- the sampling word a pass rate opens with is printed once (食品安全监督抽检…抽检合格率 → 食品安全监督抽检合格率);
- a threshold of cases or incidents counted (案值超过10万元的案件23件) is no figure;
- 在用 (in use) is a word of the name (在用电梯), no 在 before it.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

import dhcheng_analysis as dh

HEAD = "一、2023年安全生产和应急管理工作情况\n"
MARKET = "一、2023年市场监管工作情况\n"


# -- the dead and the loss of the incidents counted ------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure", "value"), [
    # regression fixture in the form of a district work safety summary (not real), modelled on the national
    # reports' 重特大事故下降16.9% (/work/shared/corpus/national_work_reports/2014.txt)
    ("全年共发生生产安全事故8起、死亡9人，同比分别下降27.3%和25%。", "9人", "生产安全事故死亡人数", "level", 9),
    # regression fixture, a variant (not real): the fall of the dead
    ("全年共发生生产安全事故8起、死亡9人，同比分别下降27.3%和25%。", "25%", "生产安全事故死亡人数", "yoy_pct", -25),
    # regression fixture, a variant (not real): the direct loss after the incidents counted, modelled on the
    # national reports' 去年我国重大火灾、交通事故和恶性生产事故较多 (1995.txt)
    ("上半年全县发生火灾事故86起，直接财产损失62.3万元，同比分别下降15.7%、23.4%，无人员伤亡。", "62.3万元",
     "火灾事故直接财产损失", "level", 623000),
    # regression fixture, a variant (not real): its fall
    ("上半年全县发生火灾事故86起，直接财产损失62.3万元，同比分别下降15.7%、23.4%，无人员伤亡。", "23.4%",
     "火灾事故直接财产损失", "yoy_pct", -23.4),
    # regression fixture, a variant (not real): the loss after the dead and the injured
    ("全年共发生生产安全事故12起，死亡12人，受伤5人，直接经济损失320万元。", "320万元", "生产安全事故直接经济损失",
     "level", 3200000),
])
def test_casualties_and_loss_of_the_incidents(s, printed, name, measure, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["value"]) == (name, measure, pytest.approx(value))


@pytest.mark.parametrize("s", [
    # regression fixture in the form of a district work safety summary (not real), modelled on 重特大事故下降16.9%
    # (2014.txt): one figure shared by the count and its dead, the second fact of it of the dead, keyed
    "2024年，力争生产安全事故起数和死亡人数分别下降10%以上。",
    # regression fixture, a variant (not real): the items joined by 、 and 均
    "力争全区生产安全事故起数、死亡人数均下降10%以上。",
])
def test_shared_figure_gives_the_dead_of_the_incidents(s):
    f = facts(HEAD + s)
    rows = f[f["raw_value"] == "10"]
    assert list(rows["value"]) == [-10, -10]
    assert set(rows["indicator"]) == {"生产安全事故起数", "生产安全事故死亡人数"}
    assert set(rows["indicator_key"]) == {"work_safety_accidents", "work_safety_deaths"}
    assert set(rows["status"]) == {"target"}


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district work safety summary (not real), modelled on 重特大事故下降16.9%
    # (2014.txt): each item of a ；-list counts its own incidents and their dead
    ("其中，工矿商贸领域发生事故2起、死亡2人；道路运输领域发生事故3起、死亡3人。", "3人", "道路运输领域发生事故死亡人数"),
    # regression fixture, a variant (not real)
    ("其中，工矿商贸领域事故2起，死亡2人；道路交通事故3起，死亡3人。", "3人", "道路交通事故死亡人数"),
])
def test_each_semicolon_item_counts_its_own_dead(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_several_kinds_of_incidents_leave_the_dead_bare():
    # regression fixture, a variant (not real): the dead of both kinds, named by no one of them
    s = "全年发生较大事故2起，一般事故30起，死亡15人，直接经济损失860万元。"
    assert fact(HEAD + s, "15人")["indicator"] == "死亡"
    assert fact(HEAD + s, "860万元")["indicator"] == "直接经济损失"


# -- a bare count of the incidents named whole before ------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district work safety summary (not real), modelled on 重特大事故下降16.9%
    # (2014.txt)
    ("1-6月，全县共发生生产安全事故5起、死亡5人，与去年同期相比，事故起数减少2起、死亡人数减少3人，同比分别下降"
     "28.6%和37.5%。", "2起", "生产安全事故起数", "abs_change"),
    # regression fixture, a variant (not real)
    ("1-6月，全县共发生生产安全事故5起、死亡5人，与去年同期相比，事故起数减少2起、死亡人数减少3人，同比分别下降"
     "28.6%和37.5%。", "3人", "生产安全事故死亡人数", "abs_change"),
    # regression fixture, a variant (not real): the percent of the dead
    ("1-6月，全县共发生生产安全事故5起、死亡5人，与去年同期相比，事故起数减少2起、死亡人数减少3人，同比分别下降"
     "28.6%和37.5%。", "37.5%", "生产安全事故死亡人数", "yoy_pct"),
    # regression fixture, a variant (not real): the list of the bare names after the loss
    ("全年共发生各类生产安全事故12起，死亡12人，受伤5人，直接经济损失320万元，事故起数、死亡人数同比分别下降20%、"
     "14.3%。", "14.3%", "各类生产安全事故死亡人数", "yoy_pct"),
])
def test_bare_count_takes_the_whole_name_printed_before(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


def test_keys_of_the_accidents_printed_with_gelei():
    # regression fixture in the form of a district work safety summary (not real): 各类 before the accidents
    s = "全年共发生各类生产安全事故12起，死亡12人。"
    assert fact(HEAD + s, "12起")["indicator_key"] == "work_safety_accidents"
    assert fact(HEAD + s, "12人")["indicator_key"] == "work_safety_deaths"


def test_cases_own_no_loss():
    # regression fixture in the form of a district market regulation report (not real), modelled on the national
    # reports' 重特大事故下降16.9% (2014.txt): cases counted in 起, then a loss
    s = "全年查处食品安全案件126起，直接经济损失20万元。"
    assert fact(MARKET + s, "20万元")["indicator"] == "直接经济损失"


# -- caps: shares of them and their levels ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "comparator", "qualifier"), [
    # regression fixture in the form of a district work safety summary (not real), modelled on the national
    # reports' 重特大事故下降16.9% (2014.txt): the share of the cap the city sets
    ("全年安全生产事故起数、死亡人数分别控制在市下达指标的60%和55%以内。", "55%", "安全生产事故死亡人数", "市下达指标",
     "at_most"),
    # regression fixture, a variant (not real)
    ("生产安全事故死亡人数控制在市下达控制指标的50%以内。", "50%", "生产安全事故死亡人数", "市下达控制指标", "at_most"),
    # regression fixture, a variant (not real): 为 the cap's share, the cap named before
    ("全区生产安全事故死亡人数控制在市下达控制指标以内，为控制指标的45%。", "45%", "生产安全事故死亡人数", "控制指标",
     "exact"),
])
def test_share_of_a_cap_is_its_completion(s, printed, name, comparator, qualifier):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["comparator"], f["qualifier"]) == (
        name, "completion_pct", comparator, qualifier)


@pytest.mark.parametrize(("s", "printed", "comparator"), [
    # regression fixture in the form of a district work report (not real), modelled on 十项经济指标全年取得5盏绿灯,
    # 实现5个指标攀高 (/work/shared/gold/real/texts/dongliu_yz_2023_street.txt): a share of a set of indicators
    ("规划确定的25项主要指标中，约束性指标10项，占全部指标的40%。", "40%", "全部指标"),
    # regression fixture, a variant (not real): the indicators met among those monitored
    ("全市43项监测指标中，达标的有38项，占监测指标的88.4%。", "88.4%", "监测指标"),
    # regression fixture, a variant (not real): 指标 alone
    ("绿色指标12项，占指标的30%。", "30%", "指标"),
    # regression fixture, a variant (not real): the indicators assessed, counted in 项
    ("在28项考核指标中，有25项完成，占考核指标的89.3%。", "89.3%", "考核指标"),
    # regression fixture, a variant (not real): 为 the share
    ("全市32项主要经济指标中，26项增速高于全省平均水平，为全部指标的81.3%。", "81.3%", None),
])
def test_share_of_a_set_of_indicators_is_no_completion(s, printed, comparator):
    f = fact(HEAD + s, printed)
    assert f["measure"] == "rate_pct"
    if comparator is not None:
        assert f["comparator"] == comparator


def test_set_of_indicators_assessed_is_no_cap():
    # regression fixture in the form of a district work report (not real), modelled on 十项经济指标全年取得5盏绿灯,
    # 实现5个指标攀高 (/work/shared/gold/real/texts/dongliu_yz_2023_street.txt): 考核指标 counted in 项 again
    s = "在28项考核指标中，有25项完成，占考核指标的89.3%。"
    assert fact(HEAD + s, "25项")["status"] == "actual"


@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district work safety summary (not real), modelled on 重特大事故下降16.9%
    # (2014.txt): the cap printed before its figure
    ("亿元GDP生产安全事故死亡率为0.015，低于市下达控制指标0.02。", "0.02", "亿元GDP生产安全事故死亡率",
     "work_safety_deaths_per_gdp"),
    # regression fixture, a variant (not real): a rate's cap
    ("城镇登记失业率为1.2%，低于市下达控制指标3.5%。", "3.5%", "城镇登记失业率", "urban_registered_unemployment_rate"),
])
def test_cap_before_its_figure_is_the_target_of_the_quantity_before(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["status"]) == (name, key, "target")
    assert fact(HEAD + s, s.split("为")[1].split("，")[0])["status"] == "actual"


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district work report (not real), modelled on 上半年地区生产总值增长6.8%,高于
    # 年初预期目标0.3个百分点 (/work/shared/gold/real/texts/beijing_2017_h1.txt): the cap on a growth
    ("全区地区生产总值增长6.5%，高于考核目标6%。", "6%", "gdp"),
    # regression fixture, a variant (not real): a rise of prices under its cap
    ("居民消费价格上涨2.1%，低于控制目标3%。", "3%", "cpi"),
])
def test_cap_on_a_growth_is_a_growth_target(s, printed, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator_key"], f["measure"], f["status"]) == (key, "yoy_pct", "target")


def test_cap_after_a_list_of_growths_is_of_none_of_them():
    # regression fixture in the form of a district work report (not real), modelled on 规模以上工业增加值同比增长10.1%,
    # 高于目标2.1个百分点 (/work/shared/gold/real/texts/guandu_km_2023_h1.txt): two growths, then the cap
    s = "全年规上工业增加值增长8%，一般公共预算收入增长5%，考核目标6%。"
    assert fact(HEAD + s, "6%")["indicator"] != "一般公共预算收入"


# -- the things found by a check and then rectified -------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district work safety summary (not real), modelled on the national
    # reports' 及时消除事故隐患 (/work/shared/corpus/national_work_reports/2000.txt)
    ("共检查企业2360家，发现隐患6852处，已整改6720处，整改率98.1%。", "6720处", "已整改的隐患"),
    # regression fixture, a variant (not real): 发现 and 各类
    ("全年发现各类安全隐患1.86万处，整改1.82万处，整改率97.8%。", "1.82万处", "整改的安全隐患"),
    # regression fixture, a variant (not real): 查处 and what was banned
    ("全年查处无照经营326户，取缔126户。", "126户", "取缔的无照经营"),
])
def test_rectified_things_named_without_the_check(s, printed, name):
    f = facts(HEAD + s)
    names = list(f.loc[f["raw_value"] + f["raw_unit"] == printed, "indicator"])
    assert names[-1] == name


def test_audit_findings_keep_their_finder():
    # regression fixture, a variant (not real): 审计查出 opens with the auditor, no check verb at the head
    assert fact(HEAD + "审计查出问题126个，已整改118个。", "118个")["indicator"] == "已整改的审计查出问题"


# -- the people a figure is per -------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district market regulation report (not real), modelled on the national
    # reports' 深入开展食品药品安全专项整治 (/work/shared/corpus/national_work_reports/2009.txt)
    ("食品安全抽检达到每千人5批次以上，抽检合格率稳定在98%以上。", "5批次", "每千人食品安全抽检"),
    # regression fixture, a variant (not real): with no verb
    ("全区床位数每千人6.5张。", "6.5张", "每千人床位数"),
    # regression fixture, a variant (not real): a name the glossary keys
    ("全区发明专利拥有量达到每万人23.5件。", "23.5件", "每万人发明专利拥有量"),
    # regression fixture, a variant (not real): printed before, as the glossary names it
    ("每千人口执业医师3.2人。", "3.2人", "每千人口执业医师"),
])
def test_people_per_head_the_name(s, printed, name):
    assert fact(MARKET + s, printed)["indicator"] == name


# -- samples, thresholds and in-use ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district market regulation report (not real), modelled on 深入开展食品药品
    # 安全专项整治 (2009.txt): the sampling word once
    ("上半年完成食品安全监督抽检2860批次，占全年任务的58.4%，抽检合格率97.9%，同比下降0.4个百分点。", "97.9%",
     "食品安全监督抽检合格率", "food_sampling_pass_rate"),
    # regression fixture, a variant (not real): its change in points
    ("上半年完成食品安全监督抽检2860批次，占全年任务的58.4%，抽检合格率97.9%，同比下降0.4个百分点。", "0.4个百分点",
     "食品安全监督抽检合格率", "food_sampling_pass_rate"),
    # regression fixture, a variant (not real): drugs
    ("开展药品抽检326批次，合格率99.4%。", "99.4%", "药品抽检合格率", "drug_sampling_pass_rate"),
])
def test_pass_rate_of_the_samples(s, printed, name, key):
    f = fact(MARKET + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district market regulation report (not real), modelled on the national
    # reports' 强化市场监管，整顿市场秩序 (1999.txt): the threshold of the cases counted
    ("查处案值超过10万元的案件23件。", "23件", "查处案值超过10万元的案件"),
    # regression fixture, a variant (not real): 以上的
    ("全年查处案值5万元以上的案件23件。", "23件", "查处案值5万元以上的案件"),
])
def test_threshold_of_cases_is_no_figure(s, printed, name):
    f = facts(MARKET + s)
    assert list(f["raw_value"] + f["raw_unit"]) == [printed]
    assert f.iloc[0]["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district market regulation report (not real), modelled on 强化市场监管
    # (1999.txt)
    ("特种设备定期检验率100%，全县在用电梯2360台。", "2360台", "在用电梯"),
    # regression fixture, a variant (not real)
    ("全区在用特种设备1.2万台。", "1.2万台", "在用特种设备"),
])
def test_in_use_is_part_of_the_name(s, printed, name):
    assert fact(MARKET + s, printed)["indicator"] == name


# -- keys of the kind's concepts -------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district market regulation report (not real), modelled on the national
    # reports' 新登记注册市场主体达到1293万户 (/work/shared/corpus/national_work_reports/2015.txt)
    ("全年新设立企业4521户，同比增长12.4%；新设立个体工商户6832户，同比增长9.1%。", "6832户",
     "new_self_employed_businesses"),
    # regression fixture, a variant (not real): fines and confiscations
    ("查办各类案件328件，罚没款826万元，同比增长18%。", "826万元", "fines_and_confiscations"),
    # regression fixture, a variant (not real): complaints
    ("全年受理投诉举报2.36万件，同比增长15.2%，办结率100%。", "2.36万件", "consumer_complaints_and_reports"),
    # regression fixture, a variant (not real): fires
    ("全区共发生火灾126起，同比下降18.2%，未发生亡人火灾。", "126起", "fires"),
    # regression fixture, a variant (not real): road deaths
    ("全区道路交通事故死亡人数同比下降15.6%。", "15.6%", "road_traffic_deaths"),
    # regression fixture, a variant (not real): drills
    ("全年开展应急演练236场次，参演人员4.2万人次。", "236场次", "emergency_drills"),
    # regression fixture, a variant (not real): product quality
    ("全区产品质量监督抽查合格率为96.8%，高于全市平均水平1.2个百分点。", "96.8%", "product_quality_pass_rate"),
])
def test_keys_of_the_kind(s, printed, key):
    assert fact(MARKET + s, printed)["indicator_key"] == key


def test_key_tables_of_a_safety_summary():
    # regression fixture in the form of a district work safety summary (not real): the headline rows are the
    # accidents, their dead and the fires, each once
    text = (HEAD + "全年共发生生产安全事故8起、死亡9人，同比分别下降27.3%和25%。\n"
            "全区共发生火灾126起，同比下降18.2%，未发生亡人火灾。\n"
            "全年安全生产事故起数、死亡人数分别控制在市下达指标的60%和55%以内。\n")
    head = dh.headline_indicators(dh.load_report(text))
    keys = list(head["indicator_key"])
    assert len(keys) == len(set(keys))
    assert {"work_safety_accidents", "work_safety_deaths", "fires"} <= set(keys)
