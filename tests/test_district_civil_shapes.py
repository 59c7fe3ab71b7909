"""Figures of civil affairs, elderly care, emergency management and market regulation reports, as district and county
offices print them (民政工作总结, 养老服务工作报告, 应急管理/安全生产工作总结, 市场监管工作报告).

They print the subsistence allowance in households and then persons (城乡低保对象3256户5412人), elderly care beds and
allowances (发放低保金4865.3万元), accidents and their dead (发生生产安全事故12起、死亡10人，同比分别下降25%和28.6%),
inspections and cases (立案查处安全生产违法行为165起), and samples taken and their pass rate (食品安全抽检6825批次，合格率
98.6%). The rules:

- a count in persons printed right after a change counted in households (减少218户339人) is the same change, in
  persons;
- a noun ending in a cue word's character (违法行为: 为) keeps it; 发生 (occurred) heads no name of the incidents;
- the dead or injured named by nothing but the casualty word (死亡10人, 死亡人数) are those of the incidents counted
  before them in the sentence (生产安全事故死亡人数), and so are their changes;
- a bare pass rate (合格率) after a count of samples is the rate of those samples (食品安全抽检合格率), and so is its
  change after it;
- the persons a count of recipients names (低保对象) take no 人员 after them;
- a top heading that says a part reports how work went (三、民政事业发展情况, 四、市场监管工作情况) reviews: a plan
  before it does not go on into it.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "一、2023年民政工作开展情况\n"


# -- a change counted in households, then persons -------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "value", "comparator"), [
    # regression fixture in the form of a district civil affairs report (not real), modelled on the national
    # reports' 新纳入低保、特困供养近600万人 (/work/shared/corpus/national_work_reports/2021.txt)
    ("全区城乡低保对象较上年减少218户339人。", "339人", -339, "上年"),
    # regression fixture, a variant (not real): the households, read as before
    ("全区城乡低保对象较上年减少218户339人。", "218户", -218, "上年"),
    # regression fixture, a variant (not real): a rise
    ("特困供养人员比上年增加12户15人。", "15人", 15, "上年"),
])
def test_persons_after_households_share_the_change(s, printed, value, comparator):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["value"], f["comparator"]) == ("abs_change", value, comparator)


def test_persons_after_households_of_a_level_stay_a_level():
    # regression fixture in the form of a district civil affairs report (not real), modelled on 城乡低保标准分别提高
    # 13.1%和17.7% (/work/shared/corpus/national_work_reports/2014.txt): a stock in households and persons
    f = fact(HEAD + "全区共有城乡低保对象3256户5412人，累计发放低保金4865.3万元。", "5412人")
    assert (f["measure"], f["value"], f["indicator"]) == ("level", 5412, "城乡低保对象")


# -- names of the recipients and of what is paid them ----------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district civil affairs report (not real), modelled on 新纳入低保、特困供养
    # 近600万人 (/work/shared/corpus/national_work_reports/2021.txt): the recipients are persons already
    ("全年新纳入低保对象326户512人。", "512人", "新纳入低保对象"),
    # regression fixture, a variant (not real)
    ("全年新纳入低保对象326户512人。", "326户", "新纳入低保对象"),
])
def test_recipient_and_allowance_names(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a noun ending in a cue's character ------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district emergency management report (not real), modelled on 严肃查处重大
    # 安全事故并追究有关人员责任 (/work/shared/corpus/national_work_reports/2014.txt)
    ("全年立案查处安全生产违法行为165起，罚款金额586.4万元。", "165起", "立案查处安全生产违法行为"),
    # regression fixture, a variant (not real): in a market regulation report
    ("查处无证经营行为32起。", "32起", "查处无证经营行为"),
])
def test_a_noun_ending_in_a_cue_character_keeps_it(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district civil affairs report (not real), modelled on 全区共有养老机构42家
    # of the fixtures above and 养老床位 of the glossary: a verb of having after the name is no part of it
    ("全区养老床位现有2000张。", "2000张", "养老床位"),
    # regression fixture, a variant (not real): volunteers, with a change after
    ("全区注册志愿者现有3.2万人，同比增长12%。", "3.2万人", "注册志愿者"),
    # regression fixture, a variant (not real): social workers
    ("全区持证社会工作者现有450人。", "450人", "持证社会工作者"),
    # regression fixture, a variant (not real): listed firms
    ("全市A股上市公司现有12家。", "12家", "A股上市公司"),
])
def test_a_verb_of_having_after_a_name_is_cut(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- accidents and their dead ----------------------------------------------------------------------------------

ACCIDENTS = "全区共发生生产安全事故12起、死亡10人，同比分别下降25%和28.6%。"


@pytest.mark.parametrize(("s", "printed", "name", "key", "measure", "value"), [
    # regression fixture in the form of a district work safety report (not real), modelled on 重特大事故下降16.9%
    # (/work/shared/corpus/national_work_reports/2014.txt)
    (ACCIDENTS, "12起", "生产安全事故", "work_safety_accidents", "level", 12),
    # regression fixture, a variant (not real): the dead of the same sentence
    (ACCIDENTS, "10人", "生产安全事故死亡人数", "work_safety_deaths", "level", 10),
    # regression fixture, a variant (not real): the change of the incidents' count
    (ACCIDENTS, "25%", "生产安全事故", "work_safety_accidents", "yoy_pct", -25),
    # regression fixture, a variant (not real): the change of the dead, listed after the incidents'
    (ACCIDENTS, "28.6%", "生产安全事故死亡人数", "work_safety_deaths", "yoy_pct", -28.6),
    # regression fixture, a variant (not real): the dead named by their count after a list of the incidents' count
    ("道路交通事故起数和死亡人数分别下降12.3%和8.7%。", "8.7%", "道路交通事故死亡人数", "road_traffic_deaths", "yoy_pct", -8.7),
    # regression fixture, a variant (not real): the count of the incidents named apart from their dead
    ("上半年发生火灾32起，死亡2人，受伤3人。", "3人", "火灾受伤人数", "fire_injuries", "level", 3),
    # regression fixture, a variant (not real)
    ("上半年发生火灾32起，死亡2人，受伤3人。", "2人", "火灾死亡人数", "fire_deaths", "level", 2),
])
def test_casualties_are_of_the_incidents_before_them(s, printed, name, key, measure, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"]) == (name, key, measure, value)


@pytest.mark.parametrize("s", [
    # regression fixture, a variant (not real): a part of the accidents after 其中 between them and their dead
    "全区发生生产安全事故12起，其中较大事故1起，死亡10人。",
    # regression fixture, a variant (not real): the part in brackets
    "全区发生生产安全事故12起（其中较大事故1起），死亡10人。",
])
def test_the_dead_are_of_the_whole_of_the_incidents_not_a_part(s):
    assert fact(HEAD + s, "10人")["indicator"] == "生产安全事故死亡人数"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): the count of occurrences named by 发生 alone
    ("全年发生起数同比下降10%。", "10%", "发生起数"),
    # regression fixture, a variant (not real): the same in times
    ("全区发生次数同比下降20%。", "20%", "发生次数"),
    # regression fixture, a variant (not real): the dead named by the incidents of a count of occurrences
    ("全年事故发生起数、死亡人数同比分别下降10%和12%。", "12%", "事故死亡人数"),
])
def test_occurring_before_a_count_of_occurrences_stays(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_the_dead_after_incidents_of_two_kinds_stay_unnamed_by_either():
    # regression fixture, a variant (not real): the dead of both kinds of accidents counted before them
    f = fact(HEAD + "全年发生较大事故2起，一般事故30起，死亡15人。", "15人")
    assert "一般事故" not in f["indicator"] and "较大事故" not in f["indicator"]


def test_a_bare_death_count_with_no_incidents_before_is_left_alone():
    # regression fixture in the form of a district bulletin (not real), modelled on 婴儿死亡率和孕产妇死亡率明显下降
    # (deaths of a population, no incidents: /work/shared/corpus/national_work_reports/2008.txt)
    f = fact(HEAD + "全区户籍人口死亡人数为1911人。", "1911人")
    assert f["indicator"].endswith("死亡人数") and "事故" not in f["indicator"]
    # regression fixture, a variant (not real): a count of births before the deaths, no count of incidents
    f = fact(HEAD + "全区户籍人口出生2300人，死亡人数为1911人。", "1911人")
    assert f["indicator"] == "死亡人数"


# -- a bare pass rate after a count of samples -----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district market regulation report (not real), modelled on 新登记注册市场主体
    # 达到1293万户 (/work/shared/corpus/national_work_reports/2015.txt) and the 食品抽检合格率 of the glossary
    ("全年完成食品安全抽检6825批次，合格率98.6%。", "98.6%", "食品安全抽检合格率", "rate_pct"),
    # regression fixture, a variant (not real): the rate's change after it
    ("药品抽检256批次，合格率99.2%，较上年提高0.3个百分点。", "0.3个百分点", "药品抽检合格率", "pp_diff"),
    # regression fixture, a variant (not real): the rate printed with the sampling word
    ("药品抽检256批次，抽检合格率99.2%。", "99.2%", "药品抽检合格率", "rate_pct"),
    # regression fixture, a variant (not real): a rate of failures
    ("产品质量监督抽查326批次，不合格发现率4.3%。", "4.3%", "产品质量监督抽查不合格发现率", "rate_pct"),
])
def test_a_bare_pass_rate_is_of_the_samples_before_it(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): the pass rate after the fail rate (不合格率 ends with 合格率)
    ("食品抽检6825批次，不合格率1.4%，合格率98.6%。", "98.6%", "食品抽检合格率"),
    # regression fixture, a variant (not real): the fail rate printed with the sampling word, then the pass rate
    ("全年完成食品安全抽检6825批次，抽检不合格率1.2%，合格率98.8%。", "98.8%", "食品安全抽检合格率"),
    # regression fixture, a variant (not real): the fail rate named, the pass rate bare
    ("食品安全抽检不合格率1.5%，合格率98.5%。", "98.5%", "食品安全抽检合格率"),
    # regression fixture, a variant (not real): the second bare rate of a list after a count of samples
    ("食品抽检6825批次，合格率98.6%，不合格率1.4%。", "1.4%", "食品抽检不合格率"),
    # regression fixture, a variant (not real): the same, a rate of problems found first
    ("农产品抽检1200批次，问题发现率2%，合格率98%。", "98%", "农产品抽检合格率"),
])
def test_each_bare_rate_of_a_list_is_of_the_samples_by_its_own_rate(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_the_food_sampling_pass_rate_has_its_key():
    # regression fixture in the form of a district market regulation report (not real), as above
    f = fact(HEAD + "全年完成食品安全抽检6825批次，合格率98.6%。", "98.6%")
    assert f["indicator_key"] == "food_sampling_pass_rate"


def test_a_pass_rate_after_a_figure_of_another_thing_stays_bare():
    # regression fixture in the form of a district report (not real), modelled on the audit reports' 整改率 (a rate
    # printed after a count of something that is no sample)
    f = fact(HEAD + "新建社区养老服务驿站15个，合格率100%。", "100%")
    assert f["indicator"] == "合格率"


def test_losses_recovered_by_the_police_are_no_losses_recovered_for_consumers():
    # regression fixture in the form of a district public security report (not real), modelled on 为消费者挽回经济
    # 损失 of the glossary: the losses recovered in the cases solved, of no consumers
    f = fact(HEAD + "全年破获电信诈骗案件1200起，挽回经济损失3500万元。", "3500万元")
    assert f["indicator_key"] != "consumer_losses_recovered"
    # regression fixture, a variant (not real): the losses recovered for consumers keep their key
    f = fact(HEAD + "受理消费者投诉举报1.2万件，为消费者挽回经济损失860万元。", "860万元")
    assert f["indicator_key"] == "consumer_losses_recovered"


# -- a part reporting how work went after a plan --------------------------------------------------------------

def test_a_part_reporting_how_work_went_is_no_plan():
    # regression fixture in the form of a district report of several offices (not real), modelled on the headings
    # 一、…执行情况 and 二、…工作安排 of the real excerpts (/work/shared/gold/real/texts/)
    t = ("一、2024年上半年应急管理工作情况\n全区发生生产安全事故5起。\n二、下半年工作安排\n力争全年事故起数下降。\n"
         "三、民政事业发展情况\n全区共有养老机构42家。\n四、市场监管工作情况\n全区新设市场主体1.2万户。")
    f = facts(t)
    assert set(f.loc[f["raw_value"].isin(["42", "1.2"]), "status"]) == {"actual"}
