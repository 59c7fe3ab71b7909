"""Figures of the tax revenue analysis, the report on tax and fee cuts and the report on fiscal revenue, as district
and county offices print them.

Such a report prints the tax revenue by tax type (增值税、企业所得税、个人所得税分别完成…), by sector (金融业税收,
房地产业税收 …, with its share and its pull on the total, 拉动 or 下拉全区税收增长X个百分点), the tax and fee cuts and
refunds of the year (新增减税降费, 留抵退税, 缓缴税费, 减免社保费) and the split of collection scopes (全口径税收,
区级税收, 地方级收入). The rules:

- a pull on a total's growth is signed by its own verb: 下拉, 拉低, 拖累 pull down (−), whatever growth word names
  the total after it (下拉全区税收增长1.9个百分点: −1.9), and 拖累 cuts the name as 下拉 does;
- a share of a whole whose name holds a cut word (占全部退税减税的72.2%, 占减税降费总额的16.7%) is a share, no cut;
- a scope word of the whole a share is of (占全口径税收的) is no scope of a part that prints its own (区级税收),
  and a member of a 分别 list named with a level (中央级收入…，市级收入…，分别占…) is of that level;
- the relief a listed industry got (制造业、建筑业分别退税…, 分别获得留抵退税…) is named after each industry, not
  the industry alone (whose name is its value added);
- a tax waived (减免增值税) or a relief (增值税减免) is no tax type, and the sum of industries a list closes with
  their group (三大行业税收) no sector: neither is a row of the tax table;
- the glossary names 国内增值税 (domestic VAT, without the VAT on imports), 营业税, 缓缴税费 and 减免社保费, and the
  items of non-tax revenue (专项收入, 行政事业性收费收入, 罚没收入, 国有资源（资产）有偿使用收入).

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import warnings

import pytest
from _sentences import fact

import dhcheng_analysis as dh

HEAD = "2023年全区税收收入分析报告\n一、全区税收收入总体情况\n"


def _tax(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.tax_declines(text)


# -- a pull on a total's growth, signed by its own verb -------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "value"), [
    # regression fixture in the form of a district tax analysis (not real), modelled on 采矿业增加值同比下降4.5%,…,
    # 下拉全县规上工业增加值增速1.1个百分点 (/work/shared/gold/real/texts/wangcang_h1_industry.txt)
    ("房地产业税收完成38.6亿元，同比下降15.2%，下拉全区税收增长1.9个百分点。", "1.9个百分点", "房地产业税收", -1.9),
    # regression fixture, a variant (not real): 拖累, a pull down too, cuts the name as 下拉 does
    ("工业税收同比下降5.1%，拖累全区税收增长0.8个百分点。", "0.8个百分点", "工业税收", -0.8),
    # regression fixture, a variant (not real): 拉低 before a growth word
    ("契税同比下降18.5%，拉低全区税收增长0.6个百分点。", "0.6个百分点", "契税", -0.6),
    # regression fixture, a variant (not real): a pull up stays up
    ("金融业税收同比增长8.2%，拉动全区税收增长2.9个百分点。", "2.9个百分点", "金融业税收", 2.9),
])
def test_pull_signed_by_its_verb(s, printed, name, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["value"]) == (name, "pp_diff", value)


# -- a share of a whole named with a cut word -------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "whole"), [
    # regression fixture in the form of a district report on tax and fee cuts (not real), modelled on 预计全年退税减税约
    # 2.5万亿元，其中留抵退税约1.5万亿元 (/work/shared/corpus/national_work_reports/2022.txt)
    ("全区共有1.2万户纳税人享受留抵退税政策，退税金额42.3亿元，占全部退税减税的72.2%。", "72.2%", "退税金额", "全部退税减税"),
    # regression fixture, a variant (not real): the whole named 总额
    ("留抵退税42.3亿元，占退税减税总额的72.2%。", "72.2%", "留抵退税", "退税减税总额"),
    # regression fixture, a variant (not real): 减税降费 in the whole's name
    ("新增减税降费9.8亿元，占减税降费总额的16.7%。", "16.7%", "新增减税降费", "减税降费总额"),
])
def test_share_of_a_whole_named_with_a_cut_word(s, printed, name, whole):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == (name, "rate_pct", float(printed[:-1]), whole)


# -- the scope of a share is the part's own -------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "measure", "scope"), [
    # regression fixture in the form of a district tax analysis (not real), modelled on 1-6月,西城区累计实现公共财政预算
    # 收入220.2亿元,…其中,区级各项税收累计完成212.0亿元 (/work/shared/gold/real/texts/xicheng_2018_h1_indicators.txt)
    ("区级税收占全口径税收的比重为25.5%，较上年提高0.8个百分点。", "25.5%", "rate_pct", "区级"),
    # regression fixture, a variant (not real): the move of the share in points is of the same scope
    ("区级税收占全口径税收的比重为25.5%，较上年提高0.8个百分点。", "0.8个百分点", "pp_diff", "区级"),
    # regression fixture, a variant (not real): a part that prints no scope keeps the whole's
    ("增值税完成126.4亿元，占全口径税收的32.7%。", "32.7%", "rate_pct", "全口径"),
    # regression fixture, a variant (not real): another figure's scope word in an earlier clause is no scope of the
    # part's own
    ("地方级收入完成50亿元，增值税占全口径税收的32.7%。", "32.7%", "rate_pct", "全口径"),
    # regression fixture, a variant (not real): the same after a growth of the figure before
    ("区级一般公共预算收入完成50亿元，增长3.1%，税收收入占全口径税收的20.5%。", "20.5%", "rate_pct", "全口径"),
    # regression fixture, a variant (not real): the shares of the levels listed after 分别 are each level's own
    ("全区税收中，中央级收入158.2亿元，市级收入55.6亿元，区级收入72.5亿元，分别占55.3%、19.4%和25.3%。", "55.3%",
     "rate_pct", "中央级"),
    # regression fixture, a variant (not real): a middle member, not the level of the last item
    ("全区税收中，中央级收入158.2亿元，市级收入55.6亿元，区级收入72.5亿元，分别占55.3%、19.4%和25.3%。", "19.4%",
     "rate_pct", "市级"),
])
def test_scope_of_a_share_is_the_parts_own(s, printed, measure, scope):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["scope"]) == (measure, scope)


# -- the relief each listed industry got ----------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district report on tax and fee cuts (not real), modelled on 落实增值税留抵退税
    # 19.3亿元,减税降费12.3亿元 (/work/shared/gold/real/texts/haishu_nb_2023_gwr.txt)
    ("从行业看，制造业、批发和零售业、建筑业分别退税18.6亿元、7.2亿元、5.1亿元。", "18.6亿元", "制造业退税", ""),
    # regression fixture, a variant (not real): the last item
    ("从行业看，制造业、批发和零售业、建筑业分别退税18.6亿元、7.2亿元、5.1亿元。", "5.1亿元", "建筑业退税", ""),
    # regression fixture, a variant (not real): 获得 before the relief
    ("制造业、建筑业分别获得留抵退税18.6亿元、5.1亿元。", "5.1亿元", "建筑业留抵退税", ""),
    # regression fixture, a variant (not real): 办理 before the relief
    ("金融业、房地产业分别办理退税8.6亿元、2.4亿元。", "8.6亿元", "金融业退税", ""),
    # regression fixture, a variant (not real): a tax each industry paid, as before
    ("金融业、房地产业分别实现税收86.2亿元、24.3亿元。", "24.3亿元", "房地产业税收", "sector_tax:real_estate"),
])
def test_relief_of_listed_industries(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


# -- no relief as a tax type, no group of industries as a sector ------------------------------------------------

@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district report on tax and fee cuts (not real), modelled on 落实好新修订的
    # 个人所得税法，使符合减税政策的约8000万纳税人应享尽享 (/work/shared/corpus/national_work_reports/2019.txt)
    ("减免增值税2.3亿元，减免企业所得税1.6亿元。", "2.3亿元"),
    # regression fixture, a variant (not real): its change too
    ("全年共减免个人所得税0.8亿元，同比增长12.5%。", "12.5%"),
    # regression fixture, a variant (not real): the relief word after the tax
    ("全年增值税减免3.4亿元。", "3.4亿元"),
    # regression fixture, a variant (not real): the relief word inside the name, after the policy
    ("研发费用加计扣除减免企业所得税4.2亿元，惠及企业862户。", "4.2亿元"),
    # regression fixture in the form of a district tax analysis (not real), modelled on 分行业看，…分别实现税收…，三大
    # 行业合计占税收收入的比重为68.2% (tests/gold/constructed/budget_2023): a group of industries
    ("金融业、房地产业、批发和零售业三大行业合计完成税收222.1亿元，占全区税收的57.5%。", "222.1亿元"),
])
def test_no_relief_as_tax_type_nor_group_as_sector(s, printed):
    f = fact(HEAD + s, printed)
    assert f["dimension"] == ""
    t = _tax(HEAD + s)
    assert not len(t)


def test_a_member_of_a_listed_group_keeps_its_sector():
    # regression fixture, a variant (not real): the group names a 分别 list, one industry a figure
    f = fact(HEAD + "三大产业分别实现增加值12亿元、35亿元和80亿元。", "35亿元")
    assert f["dimension"] == "sector"


def test_relief_rows_stay_out_beside_the_taxes():
    # regression fixture in the form of a district tax analysis (not real), modelled on 从收入结构看:税收收入15348万元,
    # …同比增收1316万元,增长9.38% (/work/shared/gold/real/texts/ruyuan_m1to5_release.txt)
    text = HEAD + ("全区税收收入完成215.6亿元，同比增长5.2%。增值税完成68.4亿元，同比增长3.1%。"
                   "减免增值税2.3亿元，减免企业所得税1.6亿元。金融业税收完成86.2亿元，同比增长5.4%；"
                   "金融业、房地产业、批发和零售业三大行业合计完成税收222.1亿元。")
    t = _tax(text)
    assert sorted(zip(t["dimension"], t["item_as_printed"], strict=True)) == [
        ("sector", "金融业税收"), ("tax_type", "增值税"), ("total", "税收收入")]


# -- glossary keys of the kind ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district tax analysis (not real), modelled on 1)税收收入112446万元,…主要是
    # 增值税、城市维护建设税、土地增值税减收 (/work/shared/gold/real/texts/yongning_2020_h1_budget.txt)
    ("分税种看，国内增值税完成68.4亿元，同比下降28.6%。", "68.4亿元", "domestic_vat"),
    # real, /work/shared/gold/real/texts/haishu_nb_2023_gwr.txt
    ("第一时间落实上级稳住经济大盘一揽子政策措施,因时因势出台三轮区级助企纾困政策,落实增值税留抵退税19.3亿元,"
     "减税降费12.3亿元,办理缓缴税费18.9亿元,兑付惠企政策资金20.7亿元,惠及市场主体4.9万家。", "18.9亿元", "tax_fee_deferrals"),
    # real, /work/shared/corpus/national_work_reports/2023.txt
    ("全年增值税留抵退税超过2.4万亿元，新增减税降费超过1万亿元，缓税缓费7500多亿元。", "7500", "tax_fee_deferrals"),
    # real, /work/shared/corpus/national_work_reports/2021.txt
    ("实施阶段性大规模减税降费，与制度性安排相结合，全年为市场主体减负超过2.6万亿元，其中减免社保费1.7万亿元。", "1.7万亿元",
     "social_insurance_fee_cuts"),
    # regression fixture in the form of a district tax analysis (not real), modelled on 分步骤全面推开营改增，结束了66年的
    # 营业税征收历史 (/work/shared/corpus/national_work_reports/2018.txt)
    ("2015年，全区营业税完成12.4亿元，同比下降8.6%。", "12.4亿元", "business_tax"),
    # regression fixture in the form of a county report on fiscal revenue (not real), modelled on 其中:税收收入8103万元,
    # 比上年增收1284万元,增长18.8%;非税收入16524万元 (/work/shared/gold/real/texts/dayao_2024_m4_budget.txt): the
    # items of non-tax revenue
    ("非税收入2.53亿元，其中专项收入0.62亿元，行政事业性收费收入0.35亿元，罚没收入0.28亿元，"
     "国有资源（资产）有偿使用收入1.28亿元。", "0.62亿元", "earmarked_revenue"),
    # regression fixture, a variant (not real)
    ("非税收入2.53亿元，其中专项收入0.62亿元，行政事业性收费收入0.35亿元，罚没收入0.28亿元，"
     "国有资源（资产）有偿使用收入1.28亿元。", "0.35亿元", "administrative_fee_revenue"),
    # regression fixture, a variant (not real)
    ("其中，国有资源（资产）有偿使用收入3.1亿元，增长12.4%；罚没收入0.7亿元，下降25.1%。", "0.7亿元",
     "fines_confiscation_revenue"),
    # regression fixture, a variant (not real)
    ("其中，国有资源（资产）有偿使用收入3.1亿元，增长12.4%；罚没收入0.7亿元，下降25.1%。", "3.1亿元",
     "state_asset_use_revenue"),
])
def test_glossary_keys_of_tax_reports(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key
