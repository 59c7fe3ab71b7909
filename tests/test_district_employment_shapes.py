"""Figures of the reports on human resources and social security and on employment (人力资源和社会保障工作总结, 就业工作
报告, 人社事业发展统计公报) of districts and counties, as their offices print them.

Such a report prints the new urban jobs and their completion of the year's task, the unemployment rates, the persons
helped into work, the persons insured by scheme, the benefits and pensions paid and raised, training, start-up loans,
wages recovered for workers and labour disputes. The rules its figures are read by:

- A year before 届 and a noun (2023届高校毕业生) names a class of graduates, no count of 届; the name keeps its key.
- A part of a set of persons that found work (高校毕业生共4256人，已实现就业3986人) is named by the verb and the set
  (已实现就业的高校毕业生), as a part of projects started is (已开工的重点项目); persons a verb brings to work with no
  set before them (带动3000人就业) keep the name of the verb.
- The level that set a target (省定, 市定, 区定, 县定: 完成省定目标任务的105.2%) names no figure; the completion is of the
  figure before. The figure of the year's target task inside the completion (完成全年目标任务4000人的103.2%) is the
  target of what is completed, as that of the year's target (年度目标4000人) is.
- 五项社会保险 (and 三项) before a fund or the insured is the set of schemes a fund or a count is named by, no count
  of things; 12项社保便民服务措施 counts the services.
- A name opening with 参加 and a scheme (参加城镇职工基本养老保险25.6万人) counts those insured, keyed as the scheme's
  参保人数, as a name ending with 参保 is.
- A count 涉及 (touched) by a sum a verb of recovery names (追讨欠薪2856万元，涉及劳动者1523人) is of the workers that
  sum touches (追讨欠薪涉及的劳动者), as after a sum paid out (发放).
- 待遇 (benefits) is a sum paid out: 发放各类社会保险待遇 is named by what is paid, as 发放失业保险金 is; 新增发放 and
  累计发放 closing a name (创业担保贷款新增发放8650万元) are its verb, no part of it.
- A basis per person closing a name before its verb (企业退休人员基本养老金月人均增加112元) heads the name as 人均, as a
  basis printed between the name and its figure does; not where a change verb names the measure (城乡居民人均增收850元 →
  城乡居民人均收入), nor on a standard, an average or a rate (最低生活保障标准每人每月提高到800元).
- The glossary keys the concepts these reports print: enterprise employees' pension insured, pension recipients,
  persons with employment difficulties helped into work, vocational training, start-up guaranteed loans, minimum wage,
  average wage of urban non-private units, labour contract rate, dispute closure rate, wage arrears recovered.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import re

import pytest
from _sentences import fact, facts

HEAD = "一、2023年就业和社会保障工作情况\n"


# -- a class year is no count ------------------------------------------------------------------------------

@pytest.mark.parametrize("s", [
    # regression fixture in the form of a county employment report (not real), modelled on the national reports'
    # 今年高校毕业生超过1000万人 (/work/shared/corpus/national_work_reports/2022.txt)
    "全县2023届高校毕业生共4256人，已实现就业3986人，就业率93.7%。",
    # regression fixture, a variant (not real): the class of the coming year, in a plan
    "2024届高校毕业生预计达到5120人。",
    # regression fixture, a variant (not real): a class printed in a list
    "帮扶2022届、2023届离校未就业高校毕业生就业860人。",
])
def test_class_year_is_no_figure(s):
    f = facts(HEAD + s)
    assert not f["raw_unit"].eq("届").any(), f[["raw_value", "raw_unit", "indicator"]].to_string()


def test_class_year_keeps_the_key():
    # regression fixture in the form of a county employment report (not real), modelled on 今年高校毕业生将达727万人
    # (/work/shared/corpus/national_work_reports/2014.txt)
    f = fact(HEAD + "全县2023届高校毕业生共4256人，已实现就业3986人，就业率93.7%。", "4256人")
    assert (f["indicator_key"], f["value"]) == ("college_graduates", 4256)


# -- the part of a set of persons that found work ------------------------------------------------------------

@pytest.mark.parametrize(("s", "within", "name"), [
    # regression fixture in the form of a county employment report (not real), modelled on the national reports'
    # 实现高校毕业生就业2800万人 (/work/shared/corpus/national_work_reports/2013.txt)
    ("全县2023届高校毕业生共4256人，已实现就业3986人，就业率93.7%。", "3986人", "已实现就业的2023届高校毕业生"),
    # regression fixture, a variant (not real): the registered unemployed, after 其中
    ("全区登记失业人员2560人，其中实现就业1860人。", "1860人", "就业的登记失业人员"),
    # regression fixture, a variant (not real): all of them
    ("全区共有就业困难人员3200人，已全部实现就业3200人。", "就业3200人", "已全部实现就业的就业困难人员"),
])
def test_part_that_found_work_named_by_the_set(s, within, name):
    assert fact(HEAD + s, within[-5:], within=within)["indicator"] == name


def test_whole_set_of_persons_keeps_its_name():
    # regression fixture, a variant (not real): the set itself is not a part done
    f = fact(HEAD + "全县高校毕业生共4256人，已实现就业3986人，就业率93.7%。", "4256人")
    assert f["indicator"] == "高校毕业生"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district employment report (not real), modelled on the national reports'
    # 多渠道开发就业岗位…505万下岗失业人员实现再就业 (/work/shared/corpus/national_work_reports/2007.txt)
    ("新引进企业带动3000人就业。", "3000人", "带动就业的人"),
    # regression fixture, a variant (not real): 实现就业 after persons with no set before them
    ("新引进企业带动3000人实现就业。", "3000人", "实现就业的人"),
])
def test_persons_finding_work_with_no_set_before(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the level that set a target names no figure -------------------------------------------------------------

@pytest.mark.parametrize(("s", "name"), [
    # regression fixture in the form of a county employment report (not real), modelled on the national reports'
    # 城镇新增就业1312万人，超过全年预期目标 (/work/shared/corpus/national_work_reports/2016.txt)
    ("脱贫劳动力务工就业2.86万人，较上年增加1235人，完成省定目标任务的105.2%。", "脱贫劳动力务工就业"),
    # regression fixture, a variant (not real): 市定
    ("城镇新增就业5236人，完成市定目标的104.7%。", "城镇新增就业"),
    # regression fixture, a variant (not real): 区定
    ("帮扶就业困难人员实现就业586人，完成区定目标任务的117.2%。", "帮扶就业困难人员实现就业"),
])
def test_target_setter_names_no_completion(s, name):
    f = facts(HEAD + s)
    row = f[f["measure"] == "completion_pct"].iloc[0]
    assert row["indicator"] == name


@pytest.mark.parametrize("s", [
    # regression fixture in the form of a county employment report (not real), modelled on the national reports'
    # 城镇新增就业1312万人，超过全年预期目标 (/work/shared/corpus/national_work_reports/2016.txt)
    "全县城镇新增就业4126人，完成全年目标任务4000人的103.2%。",
    # regression fixture, a variant (not real): 年度目标任务
    "城镇新增就业4126人，完成年度目标任务4000人的103.2%。",
    # regression fixture, a variant (not real): 年度目标, read so already
    "城镇新增就业4126人，完成年度目标4000人的103.2%。",
])
def test_figure_of_the_target_task_is_the_target(s):
    f = fact(HEAD + s, "4000人")
    assert (f["indicator"], f["status"], f["value"]) == ("城镇新增就业", "target", 4000)


# -- 五项社会保险 is a set of schemes ------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district bulletin of human resources and social security (not real),
    # modelled on the national reports' 各项社会保险覆盖面继续扩大 (/work/shared/corpus/national_work_reports/2009.txt)
    ("全年五项社会保险基金总收入86.5亿元，比上年增长6.3%；基金总支出78.2亿元，增长8.1%。", "86.5亿元", "五项社会保险基金总收入"),
    # regression fixture, a variant (not real): 三项, a count of the insured
    ("年末三项社会保险参保人数达到56.2万人。", "56.2万人", "三项社会保险参保人数"),
    # regression fixture, a variant (not real): 社保
    ("全区五项社保基金收入42.3亿元。", "42.3亿元", "五项社保基金收入"),
])
def test_set_of_schemes_is_no_count(s, printed, name):
    f = facts(HEAD + s)
    assert not f["raw_unit"].eq("项").any(), f[["raw_value", "raw_unit", "indicator"]].to_string()
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district summary of human resources and social security (not real),
    # modelled on the national reports' 各项社会保险覆盖面继续扩大 (/work/shared/corpus/national_work_reports/2009.txt):
    # a count in digits of services is a count of things
    ("推出12项社保便民服务措施。", "12项"),
    # regression fixture, a variant (not real): 社会保险 services
    ("实现36项社会保险业务全程网办。", "36项"),
    # regression fixture, a variant (not real): the services as subject
    ("全区36项社保业务实现“一网通办”，办理时限压缩50%。", "36项"),
])
def test_count_of_social_insurance_services_is_kept(s, printed):
    assert fact(HEAD + s, printed)["unit"] == "项"


# -- 参加 a scheme counts the insured ----------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district summary of human resources and social security (not real),
    # modelled on the national reports' 3.58亿人参保 (/work/shared/corpus/national_work_reports/2012.txt)
    ("截至12月底，全区参加城镇职工基本养老保险25.6万人，同比增长3.2%。", "25.6万人", "urban_employee_pension_insured"),
    # regression fixture, a variant (not real): the residents' scheme
    ("参加城乡居民基本养老保险18.3万人，参保率达到98.5%。", "18.3万人", "resident_pension_insured"),
    # regression fixture, a variant (not real): the enterprise employees' scheme, 参保 after it
    ("企业职工基本养老保险参保6.8万人，较去年同期增加3260人，增长5.04%。", "6.8万人", "enterprise_employee_pension_insured"),
    # regression fixture, a variant (not real): the enterprise employees' scheme, 参加 before it
    ("全县参加企业职工基本养老保险6.8万人。", "6.8万人", "enterprise_employee_pension_insured"),
    # regression fixture, a variant (not real): unemployment insurance
    ("参加失业保险15.2万人，较上年增加0.6万人。", "15.2万人", "unemployment_insured"),
    # regression fixture, a variant (not real): the pension drawn
    ("年末领取基本养老金人数12.8万人，比上年末增加0.6万人。", "12.8万人", "pension_recipients"),
])
def test_joined_scheme_keyed_as_insured(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


# -- a count touched by wages recovered --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district summary of human resources and social security (not real),
    # modelled on the national reports' 当前要抓紧解决克扣和拖欠农民工工资问题 (/work/shared/corpus/national_work_reports/2004.txt)
    ("追讨欠薪2856万元，涉及劳动者1523人。", "1523人", "追讨欠薪涉及的劳动者"),
    # regression fixture, a variant (not real): 追回
    ("追回拖欠农民工工资1.2亿元，涉及农民工3560人。", "3560人", "追回拖欠农民工工资涉及的农民工"),
    # regression fixture, a variant (not real): 追发, the recipients before the verb
    ("为农民工追发工资2350万元，涉及农民工1860人。", "1860人", "追发工资涉及的农民工"),
    # regression fixture, a variant (not real): a sum neither paid nor recovered touches none
    ("查处违法案件326件，罚没款1200万元，涉及企业45家。", "45家", "企业"),
])
def test_count_touched_by_wages_recovered(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district summary of human resources and social security (not real),
    # modelled on 当前要抓紧解决克扣和拖欠农民工工资问题 (/work/shared/corpus/national_work_reports/2004.txt)
    ("追讨欠薪2856万元，涉及劳动者1523人。", "2856万元"),
    # regression fixture, a variant (not real)
    ("追回拖欠农民工工资1.2亿元，涉及农民工3560人。", "1.2亿元"),
])
def test_wages_recovered_keyed(s, printed):
    assert fact(HEAD + s, printed)["indicator_key"] == "wage_arrears_recovered"


# -- 待遇 is a sum paid out --------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district summary of human resources and social security (not real),
    # modelled on the national reports' 共向1000多万失业人员发放失业保险待遇 (/work/shared/corpus/national_work_reports/2023.txt)
    ("全年发放各类社会保险待遇38.6亿元，同比增长7.8%。", "38.6亿元", "各类社会保险待遇"),
    # regression fixture, a variant (not real): the growth of it has the same name
    ("全年发放各类社会保险待遇38.6亿元，同比增长7.8%。", "7.8%", "各类社会保险待遇"),
    # regression fixture, a variant (not real): unemployment benefits, the persons reached after them
    ("发放失业保险待遇2860万元，惠及失业人员3265人。", "2860万元", "失业保险待遇"),
    # regression fixture, a variant (not real)
    ("发放失业保险待遇2860万元，惠及失业人员3265人。", "3265人", "失业保险待遇惠及的失业人员"),
])
def test_benefits_paid_named_by_what_is_paid(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a basis per person closing a name -------------------------------------------------------------------

@pytest.mark.parametrize(("s", "name", "key"), [
    # regression fixture in the form of a district summary of human resources and social security (not real),
    # modelled on the national reports' 企业退休人员养老金人均每月新增110元 (/work/shared/corpus/national_work_reports/2009.txt)
    ("企业退休人员基本养老金月人均增加112元，惠及退休人员3.6万人。", "人均企业退休人员基本养老金", "enterprise_retiree_pension"),
    # regression fixture, a variant (not real): 人均每月
    ("企业退休人员基本养老金人均每月增加112元。", "人均企业退休人员基本养老金", "enterprise_retiree_pension"),
    # regression fixture, a variant (not real): 人均 alone
    ("企业退休人员基本养老金人均增加112元。", "人均企业退休人员基本养老金", "enterprise_retiree_pension"),
    # regression fixture, a variant (not real): 每人每月, the residents' basic pension
    ("城乡居民基础养老金每人每月提高20元。", "人均城乡居民基础养老金", ""),
])
def test_per_person_basis_heads_the_name(s, name, key):
    f = fact(HEAD + s, re.search(r"\d+元", s).group())
    assert (f["indicator"], f["measure"], f["indicator_key"]) == (name, "abs_change", key)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district summary of income (not real), modelled on the national reports'
    # 促进脱贫人口持续增收 (/work/shared/corpus/national_work_reports/2022.txt): 增收 names the income per person
    ("城乡居民人均增收850元。", "850元", "城乡居民人均收入"),
    # regression fixture, a variant (not real): the growth after it is of the same income
    ("农村居民人均增收1500元，增长7.2%。", "1500元", "农村居民人均收入"),
    ("农村居民人均增收1500元，增长7.2%。", "7.2%", "农村居民人均收入"),
    # regression fixture, a variant (not real): 以上 after the figure
    ("脱贫人口人均增收1000元以上。", "1000元", "脱贫人口人均收入"),
])
def test_income_per_person_named_by_its_change_verb(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district summary of social assistance (not real), modelled on the national
    # reports' 用两年时间将筹资标准由每人每年50元提高到100元 (/work/shared/corpus/national_work_reports/2008.txt)
    ("城乡居民最低生活保障标准每人每月提高到800元。", "800元"),
    # regression fixture, a variant (not real): 平均 before the basis
    ("特困人员基本生活标准平均每人每月提高到1100元。", "1100元"),
])
def test_standard_per_person_is_no_amount_per_head(s, printed):
    f = fact(HEAD + s, printed)
    assert not f["indicator"].startswith("人均")


def test_persons_reached_by_pension_rise():
    # regression fixture in the form of a district summary (not real), modelled on the national reports'
    # 连续第7年提高企业退休人员基本养老金，全年人均增加1680元，5700多万人受益 (/work/shared/corpus/national_work_reports/2012.txt)
    f = fact(HEAD + "企业退休人员基本养老金月人均增加112元，惠及退休人员3.6万人。", "3.6万人")
    assert f["indicator"] == "企业退休人员基本养老金惠及的退休人员"


# -- glossary keys of the concepts these reports print ------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district employment report (not real), modelled on the national reports'
    # 城镇就业困难人员就业830万人 (/work/shared/corpus/national_work_reports/2013.txt)
    ("帮扶就业困难人员实现就业586人，同比增长12.3%。", "586人", "hard_to_employ_placed"),
    # regression fixture, a variant (not real): the Beijing wording
    ("帮扶城镇困难人员就业1236人，完成市下达任务的123.6%。", "1236人", "hard_to_employ_placed"),
    # regression fixture, a variant (not real): re-employment of the unemployed
    ("全年城镇新增就业1.12万人，城镇失业人员再就业6235人。", "6235人", "reemployed_registered_unemployed"),
    # regression fixture in the form of a district summary (not real), modelled on the national reports'
    # 加强职业技能培训工作 (/work/shared/corpus/national_work_reports/2007.txt)
    ("开展职业技能培训2.35万人次，完成年度计划的117.5%。", "2.35万人次", "vocational_training"),
    # regression fixture, a variant (not real): start-up loans
    ("发放创业担保贷款1.26亿元，同比增长18.5%，扶持创业856人。", "1.26亿元", "startup_guaranteed_loans"),
    # regression fixture, a variant (not real): 新增发放 after the loans is the verb, no part of the name
    ("创业担保贷款新增发放8650万元，完成省下达任务的108.1%。", "8650万元", "startup_guaranteed_loans"),
    # regression fixture, a variant (not real): 累计发放
    ("创业担保贷款累计发放3.2亿元。", "3.2亿元", "startup_guaranteed_loans"),
    # regression fixture, a variant (not real): wages owed recovered for the workers counted before
    ("全年立案查处劳动保障违法案件126件，为2865名劳动者追回被拖欠工资3260万元。", "3260万元", "wage_arrears_recovered"),
    # regression fixture, a variant (not real): the minimum wage raised
    ("全区最低工资标准由每月2200元调整为2420元，增幅为10%。", "2420元", "minimum_wage"),
    # regression fixture, a variant (not real): the average wage of urban non-private units
    ("全区城镇非私营单位在岗职工年平均工资12.5万元，比上年增长5.6%。", "12.5万元", "average_wage_non_private_on_post"),
    # regression fixture, a variant (not real): labour contracts
    ("年末全区企业劳动合同签订率达到97.6%。", "97.6%", "labour_contract_rate"),
    # regression fixture, a variant (not real): disputes closed
    ("全年受理劳动人事争议案件523件，同比下降8.6%，仲裁结案率为97.5%。", "97.5%", "labour_dispute_closure_rate"),
    # regression fixture, a variant (not real): the social insurance funds' total revenue
    ("社会保险基金总收入86.5亿元，比上年增长6.3%。", "86.5亿元", "social_insurance_fund_revenue"),
])
def test_employment_concepts_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize("s", [
    # regression fixture in the form of a district report (not real), modelled on 五项社会保险基金总收入 (above): the set
    # of schemes before the fees or a predicate is no count either
    "全年征收五项社会保险费12亿元。",
    # regression fixture, a variant (not real)
    "三项社会保险覆盖面进一步扩大，参保人数达到50万人。",
])
def test_a_set_of_schemes_in_chinese_numerals_is_no_count(s):
    assert "项" not in set(facts(HEAD + s)["raw_unit"].dropna())
