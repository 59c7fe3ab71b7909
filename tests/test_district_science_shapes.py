"""Figures of the science, technology and innovation reports of districts and counties (科技工作总结, 科技创新发展报告,
知识产权工作报告), as district and county offices print them.

They print R&D spending and its intensity (研发经费投入X亿元，占地区生产总值比重Y%), high-tech firms (国家高新技术企业X家，
净增Y家), small tech firms registered (科技型中小企业入库), patents granted and held (发明专利授权量, 每万人口高价值发明专利
拥有量), technology contracts (技术合同成交额), platforms (重点实验室, 孵化器, 众创空间), talents (引进高层次人才) and the
R&D super-deduction of tax (研发费用加计扣除). The rules:

- The 计划 of a talent programme (人才计划入选者, 市级人才计划入选12人) is part of its name, no plan making the figure a
  target.
- 在孵 (in incubation) and 加计扣除 (deducted on top) are words of their own: their 在 and 加 are no preposition and no
  verb of a change cut off the name (在孵企业, 加计扣除金额).
- A gap in points left to a target (距离全年目标仍差0.2个百分点) is a shortfall, as a gap in an amount is: a negative
  pp_diff of the quantity the clause names, the target its comparator.
- After things added, a list of counts the stock word opens (累计分别达到, 总数分别为) is of all of each thing, not of
  those added (新增孵化器3家、众创空间6家，累计分别达到21家和37家: 孵化器, 众创空间).
- A grade after 其中 (国家级3个) is of the set's things, after the verb that made the set (建成国家级企业技术中心, 新增
  国家级科技企业孵化器), not before it.
- A count after 其中 of a kind of the thing the whole measures (专利授权量2356件，其中发明专利286件) is that kind's
  part of the same quantity (发明专利授权量), not a count of all such things held; a part of a total (人才资源总量…，
  其中高技能人才) stays as printed.
- An amount a tax is relieved by (减免企业所得税, 为高新技术企业减免所得税) is no tax type of the tax table.
- The glossary keys the quantities these reports print (tech_smes_registered, pct_applications,
  tech_incubators, maker_spaces, rd_super_deduction_amount …).

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

import dhcheng_analysis as dh

HEAD = "一、2023年科技创新工作情况\n"


# -- the 计划 of a talent programme -------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district science report (not real), modelled on the national reports'
    # 积极引进海外高层次人才和智力 (/work/shared/corpus/national_work_reports/2009.txt)
    ("新增国家级人才计划入选者4人，省级领军人才12名。", "4人", "新增国家级人才计划入选者"),
    # regression fixture, a variant (not real): the figure after it is no target either
    ("新增国家级人才计划入选者4人，省级领军人才12名。", "12名", "省级领军人才"),
    # regression fixture, a variant (not real): 计划入选 with no noun after it
    ("新增省级领军人才入选者6人，市级人才计划入选12人。", "12人", "新增市级人才计划入选"),
])
def test_a_talent_programme_is_no_plan(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["status"]) == (name, "actual")


def test_a_plan_to_bring_talents_in_is_still_a_target():
    # regression fixture, a variant (not real): 计划 before a verb stays a plan
    assert fact(HEAD + "计划引进高层次人才100名。", "100名")["status"] == "target"


# -- 在孵 and 加计扣除 are words ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district science report (not real), modelled on the national reports'
    # 完善高新技术企业、科技企业孵化器等税收优惠政策 (/work/shared/corpus/national_work_reports/2016.txt)
    ("全区孵化器总面积达到56万平方米，在孵企业1260家。", "1260家", "在孵企业", "incubated_firms"),
    # regression fixture, a variant (not real): opening the sentence
    ("全区在孵企业1260家，毕业企业42家。", "1260家", "在孵企业", "incubated_firms"),
    # regression fixture in the form of a district science report (not real), modelled on 全面落实企业研发费用加计扣除
    # 等普惠性措施 (/work/shared/corpus/national_work_reports/2014.txt)
    ("全区共有426家企业享受研发费用加计扣除政策，加计扣除金额达32.6亿元，同比增长28%。", "32.6亿元", "加计扣除金额",
     "rd_super_deduction_amount"),
    # regression fixture, a variant (not real): the whole name, after the firms that enjoyed it
    ("全区326家企业享受研发费用加计扣除额18.5亿元，减免税额4.6亿元。", "18.5亿元", "研发费用加计扣除额", "rd_super_deduction_amount"),
])
def test_zaifu_and_jiaji_kouchu_are_words(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


# -- a gap in points left to a target ---------------------------------------------------------------------

@pytest.mark.parametrize("s", [
    # regression fixture in the form of a district science report (not real), modelled on 全社会研发经费投入强度从2.1%
    # 提高到2.5%以上 (/work/shared/corpus/national_work_reports/2023.txt)
    "研发投入强度距离全年目标仍差0.2个百分点。",
    # regression fixture, a variant (not real): after the level, 距 alone
    "研发投入强度为2.3%，距全年目标还差0.2个百分点。",
    # regression fixture, a variant (not real): 比 and the target
    "研发投入强度为2.3%，比全年目标尚差0.2个百分点。",
])
def test_a_gap_in_points_to_a_target_is_a_shortfall(s):
    f = fact(HEAD + s, "0.2个百分点")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("研发投入强度", "pp_diff", -0.2, "全年目标")
    assert f["indicator_key"] == "rd_intensity"


# -- the stock of things added, in a list -----------------------------------------------------------------

@pytest.mark.parametrize("s", [
    # regression fixture in the form of a district science report (not real), modelled on the national reports'
    # 大力发展众创空间 (/work/shared/corpus/national_work_reports/2015.txt) and 新建省级重点实验室3家，累计达到12家
    "新增市级以上科技企业孵化器3家、众创空间6家，累计分别达到21家和37家。",
    # regression fixture, a variant (not real): 分别 before 累计
    "新增市级以上科技企业孵化器3家、众创空间6家，分别累计达到21家、37家。",
    # regression fixture, a variant (not real): 总数
    "新增市级以上科技企业孵化器3家、众创空间6家，总数分别达到21家、37家。",
    # regression fixture, a variant (not real): no 分别
    "新增市级以上科技企业孵化器3家、众创空间6家，累计达到21家和37家。",
])
def test_a_stock_list_after_things_added_is_of_all_of_them(s):
    assert fact(HEAD + s, "3家")["indicator"] == "新增市级以上科技企业孵化器"
    assert fact(HEAD + s, "6家")["indicator"] == "新增众创空间"
    assert fact(HEAD + s, "21家")["indicator"] == "市级以上科技企业孵化器"
    assert (fact(HEAD + s, "37家")["indicator"], fact(HEAD + s, "37家")["indicator_key"]) == ("众创空间", "maker_spaces")


def test_a_list_of_increments_after_a_list_keeps_its_names():
    # regression fixture, a variant (not real): a second list of changes keeps the names of the first
    f = facts(HEAD + "增值税、企业所得税分别完成5亿元和3亿元，分别增长5%和6%。")
    assert f["indicator"].tolist() == ["增值税", "企业所得税", "增值税", "企业所得税"]


# -- a grade after 其中 follows the verb of the set ----------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district science report (not real), modelled on 建设一批国家工程技术研究中心
    # (/work/shared/corpus/national_work_reports/2003.txt)
    ("建成企业技术中心56个，其中国家级3个、省级18个。", "3个", "建成国家级企业技术中心"),
    # regression fixture, a variant (not real): the second grade
    ("建成企业技术中心56个，其中国家级3个、省级18个。", "18个", "建成省级企业技术中心"),
    # regression fixture, a variant (not real): 新增
    ("新增科技企业孵化器3家，其中国家级1家。", "1家", "新增国家级科技企业孵化器"),
    # regression fixture, a variant (not real): a stock with no verb
    ("全区共有企业技术中心56个，其中国家级3个、省级18个。", "3个", "国家级企业技术中心"),
])
def test_a_grade_follows_the_verb_of_the_set(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_a_graded_part_of_firms_certified_is_keyed():
    # regression fixture, a variant (not real): the graded name is the glossary's
    assert fact(HEAD + "新认定高新技术企业112家，其中国家级80家。", "80家")["indicator_key"] == "high_tech_firms_certified"


# -- a tax relieved is no tax type -----------------------------------------------------------------------

@pytest.mark.parametrize("s", [
    # regression fixture in the form of a district science report (not real), modelled on 完善设备器具加速折旧、高新
    # 技术企业所得税优惠等政策 (/work/shared/corpus/national_work_reports/2022.txt)
    "为568家高新技术企业减免所得税2.3亿元。",
    # regression fixture, a variant (not real): the whole tax name, a growth after it
    "为高新技术企业减免企业所得税2.3亿元，同比增长12%。",
    # regression fixture, a variant (not real): 免征
    "全年免征增值税1.6亿元。",
])
def test_a_tax_relieved_is_no_tax_type(s):
    assert dh.tax_declines(dh.load_report(HEAD + s)).empty


def test_a_tax_collected_is_still_a_tax_type():
    # regression fixture, a variant (not real): the tax itself
    t = dh.tax_declines(dh.load_report(HEAD + "企业所得税完成5亿元，同比下降3%。"))
    assert t["dimension"].tolist() == ["tax_type"]


# -- glossary keys of the reports' quantities --------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district science report (not real), modelled on 支持科技型中小企业的发展
    # (/work/shared/corpus/national_work_reports/1999.txt)
    ("科技型中小企业评价入库数达到628家，完成市下达任务的125.6%。", "628家", "tech_smes_registered"),
    # regression fixture, a variant (not real)
    ("科技型中小企业入库企业628家，较上年增加96家。", "96家", "tech_smes_registered"),
    # regression fixture in the form of a district science report (not real), modelled on 技术合同成交额增长28.6%
    # (/work/shared/corpus/national_work_reports/2024.txt)
    ("全年登记技术合同526项，成交额21.3亿元。", "526项", "tech_contracts_registered"),
    # regression fixture in the form of a district science report (not real), modelled on 国内有效发明专利拥有量突破
    # 100万件 (/work/shared/corpus/national_work_reports/2017.txt)
    ("PCT国际专利申请量达到46件。", "46件", "pct_applications"),
    # regression fixture, a variant (not real)
    ("全区商标有效注册量达到3.2万件，同比增长9.8%。", "3.2万件", "valid_trademarks"),
    # regression fixture, a variant (not real)
    ("知识产权质押融资金额达到8.6亿元，同比增长46.3%。", "8.6亿元", "ip_pledge_financing"),
    # real: 企业研发经费增长15.5% (/work/shared/corpus/national_work_reports/2022.txt)
    ("企业研发经费增长15.5%。", "15.5%", "business_rd_expenditure"),
    # regression fixture in the form of a district science report (not real), modelled on the real sentence above
    ("规模以上工业企业研发费用支出8.7亿元，同比增长15.5%。", "8.7亿元", "industrial_firms_rd_expenses"),
    # regression fixture, a variant (not real)
    ("全区财政科技支出3.2亿元，占一般公共预算支出的4.6%。", "3.2亿元", "science_technology_expenditure"),
    # regression fixture in the form of a district science report (not real), modelled on 积极引进海外高层次人才和智力
    # (/work/shared/corpus/national_work_reports/2009.txt)
    ("上半年引进高层次人才86名，完成全年任务的57.3%。", "86名", "high_level_talents_introduced"),
    # regression fixture, a variant (not real)
    ("全区人才资源总量达到18.6万人。", "18.6万人", "talent_pool"),
    # regression fixture, a variant (not real)
    ("全区科技企业孵化器和众创空间分别达到15家和28家。", "15家", "tech_incubators"),
    # regression fixture, a variant (not real)
    ("新型研发机构达到9家。", "9家", "new_type_rd_institutions"),
])
def test_the_reports_quantities_are_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


# -- a kind's part after 其中 of the quantity the whole measures ---------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district report on intellectual property (not real), modelled on the
    # national reports' 国内有效发明专利拥有量突破100万件 (/work/shared/corpus/national_work_reports/2017.txt)
    ("2023年，全县专利授权量达到2356件，其中发明专利286件、实用新型专利1652件、外观设计专利418件。", "286件",
     "发明专利授权量", "invention_patents_granted"),
    # regression fixture, a variant (not real): a later member of the list
    ("2023年，全县专利授权量达到2356件，其中发明专利286件、实用新型专利1652件、外观设计专利418件。", "418件",
     "外观设计专利授权量", ""),
    # regression fixture, a variant (not real): the part's name printed with part of the measure
    ("全区专利申请量6236件，同比下降3.2%，其中发明专利申请2856件，同比增长5.6%。", "2856件", "发明专利申请量",
     "invention_patent_applications"),
    # regression fixture, a variant (not real): a part of a total stays as printed
    ("全区人才资源总量达到18.6万人，其中高技能人才3.2万人。", "3.2万人", "高技能人才", "highly_skilled_workers"),
    # regression fixture, a variant (not real): a part that shares no word with the whole stays as printed
    ("引进高层次人才126名，其中博士52名。", "52名", "引进博士", ""),
])
def test_a_kinds_part_is_of_the_wholes_quantity(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


def test_a_part_of_a_total_count_is_no_total():
    # real: 农民工总量2.53亿人，比上年增长4.4％，其中，外出农民工1.59亿人，增长3.4％
    # (/work/shared/corpus/national_work_reports/2012.txt)
    f = fact("农民工总量2.53亿人，比上年增长4.4％，其中，外出农民工1.59亿人，增长3.4％。", "1.59亿人")
    assert (f["indicator"], f["indicator_key"]) == ("外出农民工", "migrant_workers_away")


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture, a variant (not real): registered small tech firms printed with their verb
    ("科技型中小企业入库286家，完成市下达目标任务的143%。", "286家", "tech_smes_registered"),
    # regression fixture, a variant (not real): the turnover of the contracts registered
    ("技术合同登记成交额12.6亿元，增长31.2%，完成年度目标的126%。", "12.6亿元", "tech_contract_turnover"),
])
def test_the_counts_printed_bare_are_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district science report (not real), modelled on 高新技术企业产值累计达4.95亿元,
    # 同比增长8.15% (/work/shared/gold/real/texts/zhongdu_ws_2025_street_h1.txt): the firms' part of a growth
    ("规模以上工业总产值增长8.5%，其中科技型中小企业增长15.2%。", "15.2%", "科技型中小企业总产值", ""),
    # regression fixture, a variant (not real): the firms' part of a sum is no count of them, and is of the sum's
    # measure, as the part of a growth above
    ("全区企业研发投入45亿元，其中科技型中小企业32亿元。", "32亿元", "科技型中小企业研发投入", ""),
    # regression fixture, a variant (not real): the sum each listed kind of firm got
    ("科技型企业、科技型中小企业分别享受研发费用加计扣除12亿元和8亿元。", "8亿元", "科技型中小企业", ""),
    # regression fixture, a variant (not real): the count and its growth keep the key
    ("全区企业1200家，其中科技型中小企业320家，增长15%。", "320家", "科技型中小企业", "tech_smes_registered"),
])
def test_a_set_of_firms_is_keyed_only_on_its_count(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


def test_a_plan_heading_a_clause_before_its_selection_is_a_target():
    # regression fixture, a variant (not real): 计划 heading the clause, no programme's name before it
    assert fact(HEAD + "计划入选人数达到50人。", "50人")["status"] == "target"
