"""Figures of the report on state-owned assets and of the report on government debt, as district and county reports
print them.

The assets report prints the assets, liabilities and owners' equity of the firms the district owns (区属国有企业资产总额,
负债总额, 所有者权益, 国有资本权益), their revenue and profit (营业收入, 利润总额, 减亏), their debt-asset ratio and the
preservation-and-growth rate of state capital (资产负债率, 国有资本保值增值率), and the assets of its administrative units
(行政事业单位资产总额, 负债总额, 净资产). The debt report prints the debt limit and balance and their general and special
parts (政府债务限额, 债务余额, 其中一般债务…专项债务…), the bonds issued and the debt ratio against its warning line.

The rules: a plan word between the owner and its verb (区属国有企业力争实现营业收入) is no part of the name; 争取到 (won)
tells what was obtained, no aim; 减亏 (a loss cut) is a fall of the loss before it, in yuan or in percent; the firms
the district (区属) or county (县属) owns name the glossary's concepts of state firms by their aliases (no level word); a
part after 其中 printing only its kind of the total's noun (一般债务 of 政府债务余额) takes the total's head (余额,
限额); 拟 opening a clause after an estimate plans; a line a rate is printed below (低于100%的警戒线) is the line's
value, exactly, named by that rate.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

ASSETS = "关于2023年度全区国有资产管理情况的报告\n一、2023年区属国有企业经营情况\n"
DEBT = "关于2023年全区政府债务管理情况的报告\n一、政府债务限额和余额情况\n"
PLAN = ("关于2023年度全区国有资产管理情况的报告\n一、2023年区属国有企业经营情况\n全区国有企业资产总额568.3亿元。\n"
        "二、2024年工作安排\n")


# -- a plan word between the owner and its verb is no part of the name ----------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county report on state-owned assets (not real), modelled on the national
    # reports' 确保实现这一目标 (/work/shared/corpus/national_work_reports/2012.txt) and 力争实现我国工农业年总产值翻两番
    # (/work/shared/corpus/national_work_reports/1982.txt)
    ("县属国有企业力争实现营业收入50亿元，利润总额2.6亿元。", "50亿元", "县属国有企业营业收入"),
    # regression fixture, a variant (not real): the next measure of the list keeps no word of the first's plan
    ("县属国有企业力争实现营业收入50亿元，利润总额2.6亿元。", "2.6亿元", "县属国有企业利润总额"),
    # regression fixture, a variant (not real): 确保
    ("区属国有企业确保实现营业收入300亿元。", "300亿元", "区属国有企业营业收入"),
    # regression fixture, a variant (not real): 拟
    ("区属国有企业拟实现利润总额20亿元。", "20亿元", "区属国有企业利润总额"),
])
def test_plan_word_after_the_owner_is_no_part_of_the_name(s, printed, name):
    f = fact(PLAN + s, printed)
    assert (f["indicator"], f["status"]) == (name, "target")


# -- 争取到: what was won ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on government debt (not real), modelled on the national
    # reports' 安排地方专项债券4000亿元 (/work/shared/corpus/national_work_reports/2016.txt): the quota a district won
    ("全区争取到新增专项债券额度73.6亿元，较上年增加12.8亿元。", "73.6亿元", "新增专项债券额度"),
    # regression fixture, a variant (not real): 争取到位
    ("全区争取到位上级补助资金3.2亿元。", "3.2亿元", "上级补助资金"),
])
def test_won_quota_is_an_outcome(s, printed, name):
    f = fact("关于2023年全区政府债务管理情况的报告\n二、政府债券发行和使用情况\n" + s, printed)
    assert (f["indicator"], f["status"]) == (name, "actual")


def test_quota_still_sought_is_an_aim():
    # regression fixture, a variant (not real): 争取 alone still aims
    f = fact("关于2023年全区政府债务管理情况的报告\n二、政府债券发行和使用情况\n全区争取新增专项债券额度73.6亿元。", "73.6亿元")
    assert f["status"] == "target"


# -- 减亏: the loss before falls -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "value"), [
    # regression fixture in the form of a county report on state-owned assets (not real), modelled on the national
    # reports' 其他行业也出现了增盈或减亏的好势头 (/work/shared/corpus/national_work_reports/2000.txt)
    ("亏损企业5户，亏损额0.32亿元，同比减亏0.15亿元。", "0.15亿元", "亏损额", -1.5e7),
    # regression fixture, a variant (not real): 增亏, the loss grows
    ("亏损企业亏损额1.2亿元，同比增亏0.3亿元。", "0.3亿元", "亏损企业亏损额", 3e7),
])
def test_loss_cut_is_a_fall_of_the_loss(s, printed, name, value):
    f = fact(ASSETS + s, printed)
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == (name, "abs_change", value, "上年同期")


@pytest.mark.parametrize(("s", "printed", "value"), [
    # regression fixture, a variant (not real): the loss cut printed as a share of the loss a year before
    ("亏损企业亏损额0.32亿元，同比减亏32.6%。", "32.6%", -32.6),
    # regression fixture, a variant (not real): the loss grown so
    ("亏损企业亏损额1.2亿元，同比增亏25%。", "25%", 25.0),
])
def test_loss_cut_in_percent_is_a_growth_of_the_loss(s, printed, value):
    f = fact(ASSETS + s, printed)
    assert (f["indicator"], f["measure"], f["value"]) == ("亏损企业亏损额", "yoy_pct", value)


def test_loss_cut_with_no_loss_before_is_named_by_the_loss():
    # regression fixture, a variant (not real): no loss printed before 减亏, the firms before it name whose loss falls
    f = fact(ASSETS + "全区国有企业减亏2亿元。", "2亿元")
    assert (f["indicator"], f["measure"], f["value"]) == ("国有企业亏损额", "abs_change", -2e8)


# -- the glossary's concepts of state firms and administrative units --------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district report on state-owned assets (not real), modelled on
    # 2006年，全国国有企业资产总额比2002年增长60.98%，实现利润增长2.23倍 (/work/shared/corpus/national_work_reports/2008.txt)
    ("截至2023年12月31日，全区区属国有企业资产总额1856.3亿元，同比增长9.2%；负债总额1124.7亿元；所有者权益731.6亿元。",
     "1856.3亿元", "soe_total_assets"),
    # regression fixture, a variant (not real): the liabilities and equity after the assets
    ("截至2023年12月31日，全区区属国有企业资产总额1856.3亿元，同比增长9.2%；负债总额1124.7亿元；所有者权益731.6亿元。",
     "1124.7亿元", "soe_total_liabilities"),
    ("截至2023年12月31日，全区区属国有企业资产总额1856.3亿元，同比增长9.2%；负债总额1124.7亿元；所有者权益731.6亿元。",
     "731.6亿元", "soe_owners_equity"),
    # regression fixture, a variant (not real): a county's firms, their revenue and profit
    ("县属国有企业实现营业收入45.8亿元，利润总额2.36亿元。", "45.8亿元", "soe_operating_revenue"),
    ("县属国有企业实现营业收入45.8亿元，利润总额2.36亿元。", "2.36亿元", "soe_profit"),
    # regression fixture in the form of a district report (not real), modelled on 实施债转股的企业，降低了资产负债率
    # (/work/shared/corpus/national_work_reports/2003.txt)
    ("区属国有企业平均资产负债率60.6%，较上年下降0.8个百分点。", "60.6%", "soe_debt_to_asset_ratio"),
    # regression fixture, a variant (not real): the preservation-and-growth rate of state capital
    ("全年国有资本保值增值率为105.3%，较上年提高1.2个百分点。", "105.3%", "state_capital_preservation_rate"),
    # regression fixture, a variant (not real): the state's part of the equity
    ("其中，归属于母公司所有者权益625.8亿元，国有资本权益612.4亿元。", "612.4亿元", "state_capital_equity"),
    # regression fixture, a variant (not real): the administrative units' balance sheet
    ("截至2023年底，全区行政事业单位资产总额486.5亿元，负债总额56.3亿元，净资产430.2亿元。", "486.5亿元",
     "public_institution_total_assets"),
    ("截至2023年底，全区行政事业单位资产总额486.5亿元，负债总额56.3亿元，净资产430.2亿元。", "56.3亿元",
     "public_institution_total_liabilities"),
    ("截至2023年底，全区行政事业单位资产总额486.5亿元，负债总额56.3亿元，净资产430.2亿元。", "430.2亿元",
     "public_institution_net_assets"),
])
def test_state_firm_and_unit_concepts_are_keyed(s, printed, key):
    assert fact(ASSETS + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture, a variant (not real): the hospitals the district owns are no count of all its hospitals
    ("区属医院5家。", "5家"),
    # regression fixture, a variant (not real): their beds neither
    ("区属医院床位1200张。", "1200张"),
    # regression fixture, a variant (not real): a city's own firms, named by no alias of the district's report
    ("市属国有企业资产总额500亿元。", "500亿元"),
])
def test_owned_units_are_no_all_units(s, printed):
    assert fact(ASSETS + s, printed)["indicator_key"] == ""


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture, a variant (not real): the financial firms' assets are no concept of the (non-financial)
    # state firms' the glossary names
    ("全区国有金融企业资产总额356.8亿元，负债总额312.4亿元。", "356.8亿元"),
    # regression fixture, a variant (not real): one group of firms by trade
    ("城市建设类企业资产总额1205.6亿元，负债总额786.3亿元。", "1205.6亿元"),
])
def test_narrower_groups_of_firms_stay_unkeyed(s, printed):
    assert fact(ASSETS + s, printed)["indicator_key"] == ""


@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district report on government debt (not real), modelled on the national
    # reports' 发行地方政府债券置换存量债务3.2万亿元 (/work/shared/corpus/national_work_reports/2016.txt)
    ("新增债券中，一般债券12.6亿元，专项债券73.6亿元。", "12.6亿元", "一般债券", "local_general_bonds"),
    # regression fixture, a variant (not real): the debt serviced in the year
    ("全年政府债务还本付息56.8亿元，其中还本42.3亿元，付息14.5亿元。", "56.8亿元", "政府债务还本付息",
     "government_debt_service"),
])
def test_debt_concepts_are_keyed(s, printed, name, key):
    f = fact(DEBT + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


# -- a part after 其中 takes its total's head --------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a county report on government debt (not real), modelled on the national
    # reports' 今年拟安排地方政府专项债券3.65万亿元 (/work/shared/corpus/national_work_reports/2021.txt) and the real
    # 地方政府一般债务转贷收入28.5亿元 (/work/shared/gold/real/texts/minhang_sh_2022_h1_budget.txt)
    ("截至2023年末，全县政府债务余额186.5亿元，其中一般债务85.3亿元，专项债务101.2亿元。", "85.3亿元",
     "一般债务余额", "general_debt_balance"),
    ("截至2023年末，全县政府债务余额186.5亿元，其中一般债务85.3亿元，专项债务101.2亿元。", "101.2亿元",
     "专项债务余额", "special_debt_balance"),
    # regression fixture, a variant (not real): the limit's parts
    ("全县政府债务限额196.8亿元，其中一般债务80亿元，专项债务116.8亿元。", "116.8亿元", "专项债务限额",
     "special_debt_limit"),
    # regression fixture, a variant (not real): a colon after 其中
    ("全区政府债务余额612.8亿元，其中：一般债务182.6亿元，专项债务430.2亿元。", "182.6亿元", "一般债务余额",
     "general_debt_balance"),
    # regression fixture, a variant (not real): a part printing its head keeps it
    ("全区政府债务余额612.8亿元，其中一般债务余额182.6亿元。", "182.6亿元", "一般债务余额", "general_debt_balance"),
])
def test_part_of_a_balance_takes_its_head(s, printed, name, key):
    f = fact(DEBT + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


def test_part_of_other_kind_keeps_its_name():
    # regression fixture, a variant (not real): a part naming no kind of the total's noun (债券 of 债务余额) keeps its name
    f = fact(DEBT + "全区政府债务余额612.8亿元，其中政府债券608.5亿元。", "608.5亿元")
    assert f["indicator"] == "政府债券"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): a part naming an addition is a flow, no part of the balance's name
    ("年末各项贷款余额1200亿元，其中新增贷款100亿元。", "100亿元", "新增贷款"),
    # regression fixture, a variant (not real): the debt added in the year
    ("全区政府债务余额612.8亿元，其中2023年新增债务80亿元。", "80亿元", "新增债务"),
    # regression fixture, a variant (not real): the debt falling due in the year, a flow out of the balance
    ("全区政府债务余额612.8亿元，其中当年到期债务20亿元。", "20亿元", "到期债务"),
])
def test_part_naming_a_flow_keeps_its_name(s, printed, name):
    assert fact(DEBT + s, printed)["indicator"] == name


# -- 拟 opening a clause after an estimate ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "status"), [
    # regression fixture in the form of a district report on government debt (not real), modelled on the national
    # reports' 今年拟安排地方政府专项债券3.65万亿元 (/work/shared/corpus/national_work_reports/2021.txt)
    ("预计全区政府债务限额增加至680亿元，拟发行再融资债券40亿元。", "40亿元", "target"),
    # regression fixture, a variant (not real): the estimate itself stays one
    ("预计全区政府债务限额增加至680亿元，拟发行再融资债券40亿元。", "680亿元", "estimate"),
])
def test_plan_clause_after_an_estimate(s, printed, status):
    text = DEBT + "全区政府债务余额612.8亿元。\n二、2024年政府债务安排\n" + s
    assert fact(text, printed)["status"] == status


@pytest.mark.parametrize(("s", "printed", "status"), [
    # regression fixture, a variant (not real): in a review section 拟 still plans, the part of 其中 inside its clause
    ("预计全年收入增长5%，拟将其中10亿元用于偿还债务。", "10亿元", "target"),
    # regression fixture, a variant (not real): the estimate before it stays one
    ("预计全年收入增长5%，拟将其中10亿元用于偿还债务。", "5%", "estimate"),
])
def test_plan_clause_after_an_estimate_in_a_review(s, printed, status):
    assert fact(DEBT + s, printed)["status"] == status


# -- a warning line below which a rate stays ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on government debt (not real), modelled on
    # 现在财政赤字和累计国债余额占当年国内生产总值的比重，还低于国际公认的警戒线 (/work/shared/corpus/national_work_reports/1999.txt)
    ("全区政府债务率为86.3%，低于100%的警戒线，处于绿色等级。", "100%", "政府债务率警戒线"),
    # regression fixture, a variant (not real): a warning line with a word before it
    ("全区政府债务率86.3%，低于120%的风险预警线。", "120%", "政府债务率风险预警线"),
])
def test_warning_line_is_printed_exactly(s, printed, name):
    f = fact(DEBT + s, printed)
    assert (f["indicator"], f["qualifier"], f["value"]) == (name, "exact", float(printed[:-1]))


def test_rate_below_the_line_keeps_its_own_name():
    # regression fixture, a variant (not real): the rate compared with the line
    f = fact(DEBT + "全区政府债务率为86.3%，低于100%的警戒线。", "86.3%")
    assert (f["indicator"], f["indicator_key"], f["qualifier"]) == ("政府债务率", "government_debt_ratio", "exact")
