"""Figures of the reports on paired assistance, east-west cooperation and poverty alleviation (对口支援, 东西部协作,
对口帮扶, 脱贫攻坚工作报告), as district and county offices print them.

They print the aid funds given (投入财政援助资金X亿元, of them 东西部协作资金 and 对口支援资金), the aid projects
carried out, the farm products of the aided regions bought or helped to sell (消费帮扶), the rural workers helped into
jobs (其中脱贫人口X人), the towns, villages, firms and bodies paired with those of the aided regions (结对), the
cadres and professionals sent there (选派干部X名、专业技术人才X名赴受援地区挂职), the firms guided to invest there and
the parks built with them (共建产业园区), the poor people lifted out of poverty, the villages taken off the poor list
(贫困村出列), the poverty incidence and the income of the poor.

The rules: a count followed by 赴 (going to) a place is named by the words before it, never by the trip after it
(专业技术人才218名赴受援地区挂职帮扶 → 专业技术人才), as a count followed by 到 is; 结对 (paired with) is a predicate
said of the units counted before it, no part of their noun (68个社会组织结对帮扶受援地区 → 社会组织), but stays in a
noun after a sum (结对协作资金); 共建 (built jointly) is one word, no 共 of a total cut off the name (共建产业园区5个),
though 共建成, 共建设 and 共建立 are 共 and a verb, and the partner before it (与受援地区共建) is dropped as the partner of
联合 or 合作 is; a count of persons, households or firms after 增收 (带动农户增收1.3万户) counts those whose income
grows, a level, no change of an income; 折合人民币, 折合 and 价值 after a gift (捐物价值) before a sum convert what
is given into money and are no part of its name, but a bare 价值 is the quantity itself (生态产品价值); 4类重点对象 (the four priority groups of rural housing repairs) is a name, its
4 no figure; 帮助销售 (helped to sell) keeps its help, a kind of sales apart from those bought
(直接采购). The paired-assistance funds, the east-west and paired-assistance parts of them, aid
projects, consumer help, villages off the poor list and the income of the poor have keys; a class of the poor (建档立卡贫困户人均纯收入,
the registered households) keeps none, as 建档立卡贫困人口 does.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "一、2023年东西部协作和对口支援工作开展情况\n"


# -- a count before 赴 is named by the words before it ---------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district east-west cooperation report (not real), modelled on the national
    # reports' 深化东西部协作、定点帮扶和社会力量帮扶 (/work/shared/corpus/national_work_reports/2022.txt)
    ("选派干部36名、专业技术人才218名赴受援地区挂职帮扶。", "218名", "专业技术人才"),
    # regression fixture, a variant (not real): the first item of the list, its verb kept
    ("选派干部36名、专业技术人才218名赴受援地区挂职帮扶。", "36名", "选派干部"),
    # regression fixture, a variant (not real): one count alone before the trip
    ("组织干部36名赴受援地区学习。", "36名", "组织干部"),
    # regression fixture, a variant (not real): medical staff sent
    ("派出医疗队员36名赴受援县支援。", "36名", "派出医疗队员"),
])
def test_count_before_a_trip_is_named_by_the_words_before_it(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- 结对 is said of the units counted ------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district paired-assistance report (not real), modelled on the real
    # 山海协作、对口支援、结对帮扶等工作进一步加强 (/work/shared/gold/real/texts/yuhang_hz_2015_gwr.txt)
    ("动员区内156家企业、68个社会组织结对帮扶受援地区217个村。", "68个", "社会组织"),
    # regression fixture, a variant (not real): the first item
    ("动员区内156家企业、68个社会组织结对帮扶受援地区217个村。", "156家", "企业"),
    # regression fixture, a variant (not real): one count alone
    ("全区68个社会组织结对帮扶受援地区。", "68个", "社会组织"),
    # regression fixture, a variant (not real): 结对 inside a sum's noun stays in it
    ("拨付1亿元结对协作资金，支持受援地区产业发展。", "1亿元", "结对协作资金"),
])
def test_pairing_is_said_of_the_units_counted(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- 共建 is one word -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district east-west cooperation report (not real), modelled on the national
    # reports' 深化东西部协作 (2022.txt) and a parks-built-together line of a district's paired cooperation
    ("共建产业园区5个，引导入园企业36家，实际到位投资8.3亿元。", "5个", "共建产业园区"),
    # regression fixture, a variant (not real): the partner before 共建 is dropped
    ("与受援地区共建产业园区5个，引导入园企业36家。", "5个", "共建产业园区"),
    # regression fixture, a variant (not real): workshops built together
    ("共建帮扶车间12个，吸纳就业960人。", "12个", "共建帮扶车间"),
    # regression fixture, a variant (not real): 共 and 建成, a total of things built
    ("共建成产业园区5个。", "5个", "建成产业园区"),
    # regression fixture, a variant (not real): 共 and 建设项目
    ("共建设项目12个。", "12个", "建设项目"),
])
def test_gongjian_is_one_word(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- 帮助销售 is a kind of sales ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "status"), [
    # regression fixture in the form of a district consumer-help report (not real), modelled on the national
    # reports' 深化东西部协作、定点帮扶和社会力量帮扶 (/work/shared/corpus/national_work_reports/2022.txt)
    ("全年帮助销售受援地区农产品2.5亿元，同比增长21.6%。", "2.5亿元", "帮助销售受援地区农产品", "actual"),
    # regression fixture, a variant (not real): the plan, named as the outcome is
    ("计划帮助销售受援地区农副产品5亿元。", "5亿元", "帮助销售受援地区农副产品", "target"),
    # regression fixture, a variant (not real): bare, after the part bought directly
    ("其中，直接采购1.85亿元，帮助销售2.5亿元。", "2.5亿元", "帮助销售额", "actual"),
])
def test_helped_sales_keep_the_help(s, printed, name, status):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["status"]) == (name, status)


# -- a count after 增收 counts those whose income grows ------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district consumer-help report (not real), modelled on the national
    # reports' 实现农民增收和农业增产 (/work/shared/corpus/national_work_reports/2004.txt) and 农村贫困人口减少1232万人
    # (2015.txt)
    ("消费帮扶金额达5.2亿元，较上年提高1.1亿元，带动受援地区农户增收1.3万户。", "1.3万户", "增收的受援地区农户", "level"),
    # regression fixture, a variant (not real): persons, the driver a project
    ("产业项目带动脱贫群众增收2.3万人。", "2.3万人", "增收的脱贫群众", "level"),
    # regression fixture, a variant (not real): a sum after 增收 is the change of the income
    ("通过消费帮扶带动农民增收1.2亿元。", "1.2亿元", "农民收入", "abs_change"),
    # regression fixture, a variant (not real): 帮助 drives the income as 带动 does
    ("帮助受援地区农户增收1.3万户。", "1.3万户", "增收的受援地区农户", "level"),
    # regression fixture, a variant (not real): 增收 of students admitted, no driving verb, stays a change
    ("研究生扩招增收1200人。", "1200人", "研究生扩招", "abs_change"),
    # regression fixture, a variant (not real): 超收 of students admitted over plan, no income
    ("全区普通高中超收1200人。", "1200人", "普通高中", "abs_change"),
])
def test_count_after_income_growth_counts_those_whose_income_grows(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["value"] > 0) == (name, measure, True)


def test_output_growth_keeps_its_change():
    # regression fixture, a variant (not real): an output grown, in tonnes, stays a change of the output, as in the
    # national reports' 原煤增产了一千八百二十六万吨 (/work/shared/corpus/national_work_reports/1958.txt)
    f = fact(HEAD + "全县粮食产量达到12.6万吨，增产3800吨。", "3800吨")
    assert f["measure"] == "abs_change"


# -- a conversion into money is no part of a name ----------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district paired-assistance report (not real), modelled on the national
    # reports' 折合黄金七万万两以上 (/work/shared/corpus/national_work_reports/1955.txt)
    ("捐款捐物折合人民币2860万元，其中捐款1960万元。", "2860万元", "捐款捐物"),
    # regression fixture, a variant (not real): 折合 alone
    ("受援地区捐赠物资折合2860万元。", "2860万元", "受援地区捐赠物资"),
    # regression fixture, a variant (not real): 价值
    ("动员社会力量捐款捐物价值2860万元。", "2860万元", "捐款捐物"),
])
def test_conversion_into_money_is_no_part_of_a_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): bare 价值 is the quantity itself, not the worth of what is given
    ("全区生态产品价值1200亿元。", "1200亿元", "生态产品价值"),
    # regression fixture, a variant (not real): 总价值 of assets, a change
    ("国有资产总价值增长8%。", "8%", "国有资产总价值"),
    # regression fixture, a variant (not real): the worth of goods given (物资价值) is cut as 捐物价值 is
    ("受援地区捐赠物资价值2860万元。", "2860万元", "受援地区捐赠物资"),
])
def test_a_value_that_is_no_gift_keeps_its_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- 4类重点对象 is a name ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county poverty-alleviation report (not real), modelled on the national
    # reports' 继续推进贫困农户危房改造 (/work/shared/corpus/national_work_reports/2016.txt)
    ("完成4类重点对象农村危房改造1260户，其中建档立卡贫困户860户。", "1260户", "4类重点对象农村危房改造"),
    # regression fixture, a variant (not real): the numeral in characters
    ("完成四类重点对象危房改造1260户。", "1260户", "四类重点对象危房改造"),
])
def test_the_four_priority_groups_are_a_name(s, printed, name):
    text = HEAD + s
    assert fact(text, printed)["indicator"] == name
    assert [v for v in facts(text)["raw_value"] if v in ("4", "四")] == []


def test_a_count_of_classes_ending_in_four_keeps_its_figure():
    # regression fixture, a variant (not real): 14类 is a count of classes, no 4类重点对象
    assert "14" in facts(HEAD + "救助14类重点对象1200人。")["raw_value"].tolist()


# -- glossary keys ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district east-west cooperation report (not real), modelled on the national
    # reports' 全国财政专项扶贫资金投入超过1000亿元 (/work/shared/corpus/national_work_reports/2017.txt)
    ("全年投入财政援助资金3.62亿元，同比增长8.5%，完成全年目标的112.3%。", "3.62亿元", "paired_aid_funds"),
    # regression fixture, a variant (not real): the funds in place
    ("全年到位财政援助资金2.36亿元，完成年度计划的118%。", "2.36亿元", "paired_aid_funds"),
    # regression fixture, a variant (not real): the two parts of the aid funds
    ("其中，东西部协作资金2.85亿元，对口支援资金0.77亿元。", "2.85亿元", "east_west_cooperation_funds"),
    # regression fixture, a variant (not real)
    ("其中，东西部协作资金2.85亿元，对口支援资金0.77亿元。", "0.77亿元", "paired_assistance_funds"),
    # regression fixture, a variant (not real): the projects carried out
    ("全年实施援助项目126个，其中产业项目78个，民生项目48个。", "126个", "aid_projects"),
    # regression fixture, a variant (not real): consumer help
    ("全年消费帮扶销售额达3.6亿元，增长15.2%，占年度目标的120%。", "3.6亿元", "consumption_assistance_sales"),
    # regression fixture in the form of a county poverty-alleviation report (not real), modelled on the national
    # reports' 52个贫困县全部摘帽 (/work/shared/corpus/national_work_reports/2021.txt)
    ("全县贫困人口减少1.26万人，贫困村出列23个，贫困发生率降至0.68%。", "23个", "poor_villages_exited"),
    # regression fixture, a variant (not real): the income of the poor households
    ("全县贫困户人均纯收入达到9860元，同比增长15.2%。", "9860元", "poor_per_capita_net_income"),
    # regression fixture, a variant (not real): the funds under the name the paired cooperation had up to 2020
    ("全年到位东西部扶贫协作财政援助资金8600万元，实施项目46个。", "8600万元", "east_west_cooperation_funds"),
    # regression fixture, a variant (not real): the income of the poor, from a year to a year
    ("贫困人口人均纯收入从2014年的2150元增加到2019年的8960元。", "8960元", "poor_per_capita_net_income"),
])
def test_assistance_concepts_have_their_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


def test_a_registered_class_of_the_poor_keeps_no_income_key():
    # regression fixture in the form of a county poverty-alleviation report (not real), modelled on the national
    # reports' 960多万建档立卡贫困人口通过易地扶贫搬迁 (/work/shared/corpus/national_work_reports/2021.txt)
    f = fact(HEAD + "全县建档立卡贫困户人均纯收入达到9860元，同比增长15.2%。", "9860元")
    assert (f["indicator"], f["indicator_key"]) == ("建档立卡贫困户人均纯收入", "")
