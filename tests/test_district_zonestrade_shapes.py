"""Figures of the work report of a development zone or an industrial park, of the summary of investment promotion
and of the note on foreign investment and foreign trade, as district and county reports print them.

They print what a zone earned and made (开发区实现营业总收入, 园区实现规模以上工业总产值, 亩均税收), the firms it holds
(入驻企业, 高新技术企业), the projects brought in and signed (新引进项目, 协议投资额, 项目落地率), the foreign capital
used (实际利用外资 in 万美元 or 亿美元) and the trade of the place (进出口总额, 出口, 进口, 一般贸易, 跨境电商), each
with its 同比. The rules: a zone (园区, 开发区, 经开区 …) before the verb of what it has (拥有, 共有, 现有) or achieved (实现)
keeps its name and drops the verb (园区国家级高新技术企业, a zone's own count, no district total); 经 opening 经开区
is no preposition; a modal 须 or 必须 before the verb opens no name; the stock after a zone's addition (经开区新增规上工业企业18家，总数达到156家) is of all the zone's
units, its name kept; the glossary keys the trade, zone and promotion concepts these reports print (一般贸易进出口,
民营企业进出口, 外商投资企业进出口, 有进出口实绩企业, 亩均税收, 亩均营业收入, 新引进项目, 项目落地率, 进口额,
合同外资额, 新签约招商引资项目, 新签约项目总投资).

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "一、2023年经济技术开发区运行情况\n"


# -- a zone before the verb of what it achieved or has ----------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a development zone's work report (not real), modelled on 经济特区、沿海开放
    # 城市和开放地区、经济技术开发区取得显著成绩 (/work/shared/corpus/national_work_reports/1993.txt)
    ("2023年，开发区实现营业总收入1256.3亿元，同比增长8.7%。", "1256.3亿元", "开发区营业总收入"),
    # regression fixture, a variant (not real): 经 opening 经开区 is no preposition
    ("经开区实现营业收入86亿元，同比增长7.2%。", "86亿元", "经开区营业收入"),
    # regression fixture, a variant (not real): 拥有 after a zone
    ("园区拥有国家级高新技术企业128家，省级专精特新企业46家。", "128家", "园区国家级高新技术企业"),
    # regression fixture, a variant (not real): 拥有 after 经开区
    ("经开区拥有国家级高新技术企业52家。", "52家", "经开区国家级高新技术企业"),
    # regression fixture, a variant (not real): 共有 after an industrial park
    ("工业园区共有规上工业企业86家。", "86家", "工业园区规上工业企业"),
    # regression fixture, a variant (not real): 现有
    ("开发区现有入驻企业1286家。", "1286家", "开发区入驻企业"),
])
def test_zone_before_its_verb_keeps_its_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_modal_before_the_verb_opens_no_name():
    # regression fixture in the form of a district report (not real), modelled on 把国家制定的必须完成的计划…结合
    # 起来 (/work/shared/corpus/national_work_reports/1958.txt)
    f = fact(HEAD + "二是财政收支平衡压力较大，四季度须完成一般公共预算收入58.5亿元。", "58.5亿元")
    assert (f["indicator"], f["indicator_key"]) == ("一般公共预算收入", "general_budget_revenue")
    # regression fixture, a variant (not real): 必须
    f = fact(HEAD + "下半年必须完成固定资产投资120亿元。", "120亿元")
    assert (f["indicator"], f["indicator_key"]) == ("固定资产投资", "fixed_asset_investment")


def test_xu_opening_a_proper_name_is_no_modal():
    # regression fixture in the form of a district report (not real), modelled on 把国家制定的必须完成的计划…结合
    # 起来 (/work/shared/corpus/national_work_reports/1958.txt): 须 the first character of a place's name, no verb after
    assert fact(HEAD + "须弥山景区接待游客12万人次。", "12万人次")["indicator"] == "须弥山景区接待游客"
    # regression fixture, a variant (not real): 须 before 实现 still goes
    assert fact(HEAD + "全年须实现地区生产总值增长6%。", "6%")["indicator_key"] == "gdp"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a development zone's work report (not real), modelled on 招商引资成效显著,
    # 全年共引进企业137家 (/work/shared/gold/real/texts/dongliu_yz_2023_street.txt)
    ("经开区全年新增规上工业企业18家，总数达到156家。", "156家", "经开区规上工业企业"),
    # regression fixture, a variant (not real): the addition itself keeps its verb
    ("经开区全年新增规上工业企业18家，总数达到156家。", "18家", "经开区新增规上工业企业"),
    # regression fixture, a variant (not real): firms settled in a park
    ("园区新增入驻企业56家，总数达到1286家。", "1286家", "园区入驻企业"),
    # regression fixture, a variant (not real): no zone before the verb, as before
    ("全区新增上市企业3家，累计达到25家。", "25家", "上市企业"),
])
def test_stock_after_a_zones_addition_is_of_all_its_units(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- glossary keys of the trade, zone and promotion concepts ----------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district note on foreign trade (not real), modelled on 全年货物进出口总额
    # 3.64万亿美元，增长22.5％，其中，出口增长20.3％，进口增长24.9％ (/work/shared/corpus/national_work_reports/2012.txt)
    ("全区进出口总额156.8亿元，其中出口额112.5亿元，增长12.6%，进口额44.3亿元，增长4.8%。", "44.3亿元", "imports"),
    # regression fixture, a variant (not real): general trade
    ("一般贸易进出口38.6亿元，增长10.2%，占全区进出口总额的84.6%。", "38.6亿元", "general_trade"),
    # regression fixture, a variant (not real): the trade of private firms
    ("民营企业进出口52.3亿元，增长14.8%，占全区外贸总值的60.5%。", "52.3亿元", "private_firms_trade"),
    # regression fixture, a variant (not real): the trade of foreign-invested firms
    ("外商投资企业进出口26.5亿元，下降3.2%。", "26.5亿元", "foreign_invested_firms_trade"),
    # regression fixture, a variant (not real): the firms that traded
    ("全区有进出口实绩企业达到286家，较上年增加32家。", "286家", "firms_with_trade_record"),
    # regression fixture, a variant (not real): projects signed, named by the promotion they came from
    ("1-9月，全县新签约招商引资项目68个，计划总投资326亿元。", "68个", "projects_signed"),
    # regression fixture, a variant (not real): contracted foreign capital
    ("新批外商投资项目8个，合同外资额1.2亿美元。", "1.2亿美元", "contracted_fdi"),
    # regression fixture in the form of a development zone's work report (not real), modelled on 经济技术开发区和高新
    # 技术产业开发区…不要盲目追求数量和滥占耕地 (land a zone uses; /work/shared/corpus/national_work_reports/1993.txt)
    ("全区亩均税收32.5万元，亩均营业收入586万元。", "32.5万元", "tax_per_mu"),
    # regression fixture, a variant (not real)
    ("全区亩均税收32.5万元，亩均营业收入586万元。", "586万元", "revenue_per_mu"),
    # regression fixture in the form of a district summary of investment promotion (not real), modelled on
    # 招商引资成效显著,全年共引进企业137家 (/work/shared/gold/real/texts/dongliu_yz_2023_street.txt)
    ("全年新引进项目86个，协议投资额326.5亿元，同比增长21.4%。", "86个", "projects_introduced"),
    # regression fixture, a variant (not real): the landing rate of the projects signed
    ("全年共签约项目126个，签约金额486.2亿元，项目落地率达到78.6%。", "78.6%", "projects_landing_rate"),
    # regression fixture, a variant (not real): the total investment of the projects signed
    ("全区新签约项目58个，总投资286.5亿元，其中亿元以上项目32个。", "286.5亿元", "agreed_investment"),
])
def test_trade_zone_and_promotion_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


def test_real_projects_introduced():
    # 引进126个项目,总投资1700亿元 (/work/shared/gold/real/texts/nanshan_sz_2023_gwr_digest.txt)
    f = fact("引进126个项目,总投资1700亿元,推动9家重点持牌金融机构落户。", "126个")
    assert f["indicator_key"] == "projects_introduced"
