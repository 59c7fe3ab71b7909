"""Figures of the market supervision report (市场监管工作报告), as district and county market supervision bureaus print
them.

The report counts the market entities (实有市场主体总量8.65万户，其中企业3.12万户，个体工商户5.41万户; 新设立各类市场
主体1.26万户; 注销市场主体3260户), the complaints and reports taken in (受理投诉举报2.36万件，办结率100%，为消费者挽回
经济损失860.5万元), the food and product sampling (完成食品安全抽检5860批次，合格率98.6%; 产品质量监督抽查420批次), the
special equipment and lifts in use (在用特种设备1.86万台，其中电梯1.35万台), the cases filed and the fines imposed
(立案查处各类违法案件586件，罚没款1265.8万元), the trademarks and patents (有效商标注册量3.86万件; 每万人口发明专利
拥有量42.6件), the random checks and the annual reports (通过“双随机、一公开”抽查市场主体2150户; 企业年报公示率92.5%)
and the measuring instruments verified (计量器具强制检定3.2万台件). The rules:

- 台件, the counter of instruments and devices counted together, is one unit (强制检定3.2万台件: no figure in 台 of a
  thing named 件);
- 通过 before a quoted name of a way of working (通过“双随机、一公开”抽查) is the means, no part of the name, the quoted
  way kept (“双随机、一公开”抽查市场主体), as 通过多种渠道 is; not when a verb of assessment follows the quote
  (通过“双一流”验收的学科: the subjects that passed), nor after 依托, 围绕 or 借助;
- the glossary keys the stable quantities of the kind: the market entities in stock and registered and deregistered
  (实有市场主体总量 is 市场主体总量), the valid trademarks (有效商标注册量), the special equipment and the lifts in use,
  their periodic inspection rate, the food samples per 1,000 people, the consumer complaints apart from the complaints
  and reports together, the violation cases filed, the product quality samples, the entities checked at random and the
  annual report rates of enterprises and of the self-employed.

The national work reports speak of the subject in the country's figures and words: 市场主体总量超过1.6亿户
(/work/shared/corpus/national_work_reports/2023.txt), 日均新设企业超过1.8万户，市场主体总量超过1亿户
(/work/shared/corpus/national_work_reports/2019.txt), 新登记注册市场主体达到1293万户
(/work/shared/corpus/national_work_reports/2015.txt), 全面推行“双随机、一公开”监管 (/work/shared/corpus/
national_work_reports/2016.txt), 严格食品、药品、特种设备等安全监管 (/work/shared/corpus/national_work_reports/2024.txt),
国内有效发明专利拥有量突破100万件 (/work/shared/corpus/national_work_reports/2017.txt). The real district excerpts print
the entities registered: 2021年,全区新增各类市场主体2383户,同比增长15.7% (/work/shared/gold/real/texts/
district_2021_bulletin_rank.txt) and 上半年,全区共新增市场主体6209户 (/work/shared/gold/real/texts/xuanwu_nj_2021_h1.txt).
Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "2023年区市场监督管理局工作总结\n一、主要工作成效\n"


# -- the market entities ----------------------------------------------------------------------------------------

ENTITIES = "截至年底，全区实有市场主体总量8.65万户，同比增长6.2%，其中企业3.12万户，个体工商户5.41万户。"
REGISTERED = "全年新设立各类市场主体1.26万户，同比增长15.7%，其中新设立企业4380户，新设个体工商户8160户。"


@pytest.mark.parametrize(("s", "printed", "key", "measure"), [
    # real: 2021年,全区新增各类市场主体2383户,同比增长15.7% (/work/shared/gold/real/texts/district_2021_bulletin_rank.txt)
    ("2021年,全区新增各类市场主体2383户,同比增长15.7%。", "2383户", "new_market_entities", "level"),
    ("2021年,全区新增各类市场主体2383户,同比增长15.7%。", "15.7%", "new_market_entities", "yoy_pct"),
    # real: 上半年,全区共新增市场主体6209户 (/work/shared/gold/real/texts/xuanwu_nj_2021_h1.txt)
    ("上半年,全区共新增市场主体6209户。", "6209户", "new_market_entities", "level"),
    # regression fixture in the form of a district market supervision report (not real), modelled on 市场主体总量超过
    # 1.6亿户 (/work/shared/corpus/national_work_reports/2023.txt): 实有 before 市场主体总量 names the same stock
    (ENTITIES, "8.65万户", "market_entities", "level"),
    (ENTITIES, "6.2%", "market_entities", "yoy_pct"),
    # regression fixture, a variant (not real): the self-employed part of the stock
    (ENTITIES, "5.41万户", "self_employed_businesses", "level"),
    # regression fixture, a variant (not real), modelled on 新登记注册市场主体达到1293万户，其中新登记注册企业增长
    # 45.9% (/work/shared/corpus/national_work_reports/2015.txt)
    (REGISTERED, "1.26万户", "new_market_entities", "level"),
    (REGISTERED, "4380户", "new_enterprises", "level"),
    (REGISTERED, "8160户", "new_self_employed_businesses", "level"),
    # regression fixture, a variant (not real): the entities deregistered and their fall
    ("全年注销市场主体3260户，同比下降4.1%。", "3260户", "deregistered_market_entities", "level"),
    ("全年注销市场主体3260户，同比下降4.1%。", "4.1%", "deregistered_market_entities", "yoy_pct"),
    # regression fixture, a variant (not real), modelled on 日均新设企业超过1.8万户 (/work/shared/corpus/
    # national_work_reports/2019.txt)
    ("日均新设市场主体34.5户。", "34.5户", "daily_new_market_entities", "level"),
    # regression fixture, a variant (not real), modelled on 市场主体总量超过1亿户 (/work/shared/corpus/
    # national_work_reports/2019.txt): the mark passed and the level reached
    ("市场主体总量突破10万户，达到10.26万户。", "10.26万户", "market_entities", "level"),
    # regression fixture, a variant (not real): the stock at mid-year, its change since the start of the year
    ("截至6月底，全区实有市场主体8.8万户，较年初增长3.2%。", "8.8万户", "market_entities", "level"),
    ("截至6月底，全区实有市场主体8.8万户，较年初增长3.2%。", "3.2%", "market_entities", "change_pct"),
    # regression fixture, a variant (not real): a bare 注销 after the entities registered is of the same entities
    ("全年新登记市场主体6320户，注销2150户。", "2150户", "deregistered_market_entities", "level"),
])
def test_the_market_entities_are_keyed(s, printed, key, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator_key"], f["measure"]) == (key, measure)


def test_the_decline_of_the_deregistered_is_negative():
    # regression fixture, a variant (not real): 下降 gives the change its sign
    assert fact(HEAD + "全年注销市场主体3260户，同比下降4.1%。", "4.1%")["value"] == -4.1


# -- complaints and reports -----------------------------------------------------------------------------------

COMPLAINTS = "全年共受理投诉举报2.36万件，办结率100%，为消费者挽回经济损失860.5万元。"


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district market supervision report (not real), modelled on 依法严厉惩处制售
    # 假冒伪劣商品、侵犯消费者权益和各种商业欺诈行为 (/work/shared/corpus/national_work_reports/2000.txt)
    (COMPLAINTS, "2.36万件", "consumer_complaints_and_reports"),
    (COMPLAINTS, "860.5万元", "consumer_losses_recovered"),
    # regression fixture, a variant (not real): the complaints and reports 处理'd
    ("全年处理消费者投诉举报1.8万件，投诉办结率99.5%。", "1.8万件", "consumer_complaints_and_reports"),
    # regression fixture, a variant (not real): the complaints apart from the reports
    ("受理消费者投诉1.52万件、举报3860件，调解成功率92.6%。", "1.52万件", "consumer_complaints"),
    ("受理消费者投诉1.52万件、举报3860件，调解成功率92.6%。", "92.6%", "mediation_success_rate"),
])
def test_complaints_and_losses_recovered_are_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


def test_complaints_and_reports_together_are_no_complaints_alone():
    # regression fixture, a variant (not real): 投诉举报 takes in the reports, wider than the complaints key
    assert fact(HEAD + COMPLAINTS, "2.36万件")["indicator_key"] != "consumer_complaints"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): the rate of the complaints closed after them
    (COMPLAINTS, "100%", "办结率"),
    # regression fixture, a variant (not real): the hotline's rate is of its calls
    ("12315热线接听来电4.12万个，按时办结率99.8%。", "99.8%", "12315热线来电按时办结率"),
])
def test_the_rates_of_the_complaints_handled(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- food and product sampling --------------------------------------------------------------------------------

FOOD = "全年完成食品安全抽检5860批次，合格率98.6%，核查处置不合格食品126批次。"


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district market supervision report (not real), modelled on 强化食品药品等
    # 重点领域质量和安全监管 (/work/shared/corpus/national_work_reports/2023.txt)
    (FOOD, "5860批次", "food_safety_samples"),
    # regression fixture, a variant (not real): the bare pass rate is of the samples before it
    (FOOD, "98.6%", "food_sampling_pass_rate"),
    # regression fixture, a variant (not real): the product quality samples and their pass rate
    ("完成产品质量监督抽查420批次，合格率93.1%。", "420批次", "product_quality_samples"),
    ("完成产品质量监督抽查420批次，合格率93.1%。", "93.1%", "product_quality_pass_rate"),
    # regression fixture, a variant (not real): drugs
    ("药品抽检合格率100%。", "100%", "drug_sampling_pass_rate"),
    # regression fixture, a variant (not real): the pass rate named in full and its change in points
    ("食品安全抽检合格率达到98.5%，较上年提高0.4个百分点。", "0.4个百分点", "food_sampling_pass_rate"),
    # regression fixture, a variant (not real): the samples per 1,000 people
    ("每千人食品抽检量达到5.2批次。", "5.2批次", "food_samples_per_1000"),
])
def test_the_samples_and_their_pass_rates_are_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


def test_the_failed_samples_are_no_samples_taken():
    # regression fixture, a variant (not real): the failed batches dealt with are a part, not the samples
    f = fact(HEAD + FOOD, "126批次")
    assert (f["indicator"], f["indicator_key"]) == ("核查处置不合格食品", "")


# -- special equipment ----------------------------------------------------------------------------------------

EQUIPMENT = "全区在用特种设备1.86万台，其中电梯1.35万台，定期检验率100%。"


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district market supervision report (not real), modelled on 严格食品、药品、
    # 特种设备等安全监管 (/work/shared/corpus/national_work_reports/2024.txt)
    (EQUIPMENT, "1.86万台", "special_equipment_in_use"),
    # regression fixture, a variant (not real): the lifts, a part of the equipment
    (EQUIPMENT, "1.35万台", "lifts_in_use"),
    # regression fixture, a variant (not real): the lifts named with 在用 and the inspection rate named in full
    ("全区在用电梯1.35万台，特种设备定期检验率100%。", "1.35万台", "lifts_in_use"),
    ("全区在用电梯1.35万台，特种设备定期检验率100%。", "100%", "special_equipment_inspection_rate"),
    # regression fixture, a variant (not real): the lifts' growth
    ("全区在用电梯1.42万台，同比增长5.6%。", "5.6%", "lifts_in_use"),
])
def test_the_special_equipment_in_use_is_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


# regression fixtures in the form of a district market supervision report (not real), modelled on the module's
# EQUIPMENT: a part after 其中 printing only its noun shares the state its total leads with (在用, 在册)
@pytest.mark.parametrize(("s", "printed", "name"), [
    (EQUIPMENT, "1.35万台", "在用电梯"),
    ("全区在册市场主体12万户，其中企业4.5万户。", "4.5万户", "在册企业"),
])
def test_a_part_shares_the_state_of_its_total(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# regression fixtures in the form of district reports (not real), modelled on the module's EQUIPMENT and on 立案查处
# 各类违法案件586件: the equipment inspected is no stock in use, and cases filed with no 违法 may be of discipline
@pytest.mark.parametrize(("s", "printed"), [
    ("全年检验特种设备1.5万台，其中电梯9000台。", "9000台"),
    ("全年检验特种设备1.5万台，其中电梯9000台。", "1.5万台"),
    ("全年立案查处案件120件。", "120件"),
])
def test_a_wider_bare_name_takes_no_key(s, printed):
    assert fact(HEAD + s, printed)["indicator_key"] == ""


def test_lifts_added_to_old_homes_are_no_lifts_in_use():
    # regression fixture, a variant (not real): the lifts installed in old housing keep their own key
    s = "完成既有住宅加装电梯86部。"
    assert fact(HEAD + s, "86部")["indicator_key"] == "lifts_added_to_existing_homes"


# -- law enforcement ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district market supervision report (not real), modelled on 决不允许假冒伪劣
    # 滋生蔓延 (/work/shared/corpus/national_work_reports/2018.txt)
    ("全年立案查处各类违法案件586件，罚没款1265.8万元。", "586件", "violation_cases_filed"),
    ("全年立案查处各类违法案件586件，罚没款1265.8万元。", "1265.8万元", "fines_and_confiscations"),
    # regression fixture, a variant (not real): the fines of the price cases
    ("查处价格违法案件42件，罚没款86.3万元。", "86.3万元", "fines_and_confiscations"),
])
def test_the_cases_filed_and_the_fines_are_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


def test_the_fines_imposed_are_no_budget_revenue():
    # regression fixture, a variant (not real): the fines a regulator imposes, not the budget's item
    s = "全年立案查处各类违法案件586件，罚没款1265.8万元。"
    assert fact(HEAD + s, "1265.8万元")["indicator_key"] != "fines_confiscation_revenue"


# -- trademarks, patents, credit and measurement ----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key", "measure"), [
    # regression fixture in the form of a district market supervision report (not real), modelled on 国内有效发明专利
    # 拥有量突破100万件 (/work/shared/corpus/national_work_reports/2017.txt)
    ("全区有效商标注册量3.86万件，同比增长12.4%。", "3.86万件", "valid_trademarks", "level"),
    ("全区有效商标注册量3.86万件，同比增长12.4%。", "12.4%", "valid_trademarks", "yoy_pct"),
    # regression fixture, a variant (not real): the trademarks printed as 有效注册商标
    ("全区有效注册商标4.2万件，地理标志商标3件。", "4.2万件", "valid_trademarks", "level"),
    ("每万人口发明专利拥有量达到42.6件。", "42.6件", "invention_patents_per_10k", "level"),
    ("全年发明专利授权量1860件。", "1860件", "invention_patents_granted", "level"),
    # regression fixture, a variant (not real): the annual reports filed
    ("企业年报公示率达到92.5%，个体工商户年报率达到88.6%。", "92.5%", "enterprise_annual_report_rate", "rate_pct"),
    ("企业年报公示率达到92.5%，个体工商户年报率达到88.6%。", "88.6%", "self_employed_annual_report_rate",
     "rate_pct"),
])
def test_trademarks_patents_and_annual_reports_are_keyed(s, printed, key, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator_key"], f["measure"]) == (key, measure)


RANDOM = "通过“双随机、一公开”抽查市场主体2150户，抽查结果公示率100%。"


def test_the_means_in_quotes_after_tongguo_is_no_part_of_the_name():
    # regression fixture in the form of a district market supervision report (not real), modelled on 全面推行“双随机、
    # 一公开”监管，随机抽取检查对象 (/work/shared/corpus/national_work_reports/2016.txt)
    f = fact(HEAD + RANDOM, "2150户")
    assert (f["indicator"], f["indicator_key"]) == ("“双随机、一公开”抽查市场主体", "random_inspections_of_entities")


def test_a_quoted_system_after_tongguo_keeps_its_name():
    # regression fixture, a variant (not real): the quoted name of a system the count is of, 通过 before it dropped
    s = "通过“互联网+监管”系统推送风险线索126条。"
    assert fact(HEAD + s, "126条")["indicator"] == "“互联网+监管”系统推送风险线索"


# regression fixtures in the form of district reports (not real), modelled on the module's RANDOM: 通过 before a quoted
# title and a verb of assessment is "passed", the things that passed counted, so 通过 stays in their name
@pytest.mark.parametrize(("s", "printed", "name"), [
    ("全区通过“双一流”验收的学科3个。", "3个", "通过“双一流”验收的学科"),
    ("通过“国家卫生城市”复审的街道8个。", "8个", "通过“国家卫生城市”复审的街道"),
    ("通过“三品一标”认证的农产品120个。", "120个", "通过“三品一标”认证的农产品"),
    ("通过“专精特新”认定的企业45家。", "45家", "通过“专精特新”认定的企业"),
])
def test_tongguo_before_a_quoted_title_passed_stays_in_the_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# regression fixtures in the form of district reports (not real), modelled on the module's RANDOM: 依托, 围绕 and 借助
# before a quoted name are left as the name printed them, only 通过 being dropped before a quoted way of working
@pytest.mark.parametrize(("s", "printed", "name"), [
    ("依托“四个中心”建设项目30个。", "30个", "依托“四个中心”建设项目"),
    ("围绕“两区”建设签约项目30个。", "30个", "围绕“两区”建设签约项目"),
])
def test_other_leads_of_means_before_a_quote_stay_in_the_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize("s", ["计量器具强制检定3.2万台件。", "全年检定计量器具1.2万台件，同比增长5%。"])
def test_taijian_is_one_counter(s):
    # regression fixture in the form of a district market supervision report (not real), modelled on 建立…计量中心
    # (/work/shared/corpus/national_work_reports/1982.txt): instruments counted in 台件
    got = facts(HEAD + s)
    level = got[got["measure"] == "level"].iloc[0]
    assert (level["unit"], level["indicator"].startswith("件")) == ("台件", False)
