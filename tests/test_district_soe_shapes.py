"""Figures of the report on how a district's or county's state-owned enterprises did (区属国有企业经营情况) and of
its state-assets office's work (国资监管), as district and county reports print them.

Such a report prints the firms' balance sheet (资产总额, 负债总额, 所有者权益, 资产负债率), what they earned (营业收入,
利润总额, 净利润, 上缴国有资本收益, 已交税费), how the state's capital fared (国有资本保值增值率, 净资产收益率), their R&D
(研发投入, 研发投入强度), the firms one by one (城投集团、文旅集团…), and the reform's counts (混合所有制改革企业X户,
压减法人户数X户). The rules: a measure printed right after the figure before it, past a 、, is a measure of the same
owner (区属国有企业资产总额…、负债总额…: the firms' liabilities; 研发投入…、研发投入强度…: the firms' R&D intensity,
a share of their revenue, not the district's share of GDP); items of a list that each end with the body they name
(城投集团、文旅集团、产业投资集团营业收入) share only the words after the last item's body; a task named by its verb
only (完成年度压减任务的120%) is the task of the count before it; a flow into a budget the report accounts for
(其中调入一般公共预算) is named by that budget, whose 预算 is no budget of the thing before; 经理层 opens a name
with its 经, which is no 经 of 经审计.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "一、2023年区属国有企业经营情况\n"


# -- a measure past a 、 right after the figure before is of the same owner ------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district report on its state-owned firms (not real), modelled on
    # 2006年，全国国有企业资产总额比2002年增长60.98%，实现利润增长2.23倍，税收增长1.05倍 (national_work_reports/2008.txt)
    ("截至2023年底，区属国有企业资产总额1256.8亿元、负债总额812.4亿元。", "812.4亿元",
     "区属国有企业负债总额", "soe_total_liabilities"),
    # regression fixture, a variant (not real): R&D spending and its intensity, a share of the firms' revenue
    ("区属国有企业研发投入3.2亿元、研发投入强度1.7%，全员劳动生产率42.6万元/人。", "1.7%",
     "区属国有企业研发投入强度", "soe_rd_intensity"),
    # regression fixture, a variant (not real): the R&D spending itself
    ("区属国有企业研发投入3.2亿元、研发投入强度1.7%，全员劳动生产率42.6万元/人。", "3.2亿元",
     "区属国有企业研发投入", "soe_rd_expenditure"),
    # regression fixture, a variant (not real): the return on equity after the assets
    ("县属国有企业资产总额326.5亿元、净资产收益率2.3%。", "2.3%", "县属国有企业净资产收益率", "return_on_equity"),
])
def test_measure_after_an_item_stop_keeps_its_owner(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): a measure with its owner printed keeps it
    ("区属国有企业资产总额1256.8亿元、城投集团资产总额532.6亿元。", "532.6亿元", "城投集团资产总额"),
    # regression fixture, a variant (not real): past a comma the owner carries as it did
    ("区属国有企业研发投入3.2亿元，研发投入强度1.7%。", "1.7%", "区属国有企业研发投入强度"),
])
def test_measure_with_its_own_owner(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a sector's value added or output lends no owner past a 、 ---------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district's headline list (not real), modelled on
    # 规上工业增加值增长2.4%,低于目标任务0.6个百分点;服务业增加值增长1.5%,…;固定资产投资增长12.1% (gongshu_hz_2022_annual.txt)
    ("全区规模以上工业增加值增长6.2%、投资增长8.1%。", "8.1%", "投资"),
    # regression fixture, a variant (not real): three items, the place's investment and consumption
    ("全市规上工业增加值增长4.5%、投资增长6%、消费增长7%。", "6%", "投资"),
    # regression fixture, a variant (not real): farming's value added first
    ("全市农业增加值增长3%、投资增长12%、农民收入增长7%。", "12%", "投资"),
    # regression fixture, a variant (not real): amounts of money
    ("全区第三产业增加值120亿元、投资45亿元。", "45亿元", "投资"),
    # regression fixture, a variant (not real): gross output, then an output in tonnes
    ("全区农业总产值85亿元、产量12万吨。", "12万吨", "产量"),
    # regression fixture, a variant (not real): after a period opening the sentence
    ("1-11月，全区工业增加值增长5%、净资产收益率8%。", "8%", "净资产收益率"),
    # regression fixture, a variant (not real): the firms' own measures still share their owner
    ("规上工业企业资产总额300亿元、负债120亿元。", "120亿元", "规上工业企业负债"),
    # regression fixture, a variant (not real): a sector's sales and its workers
    ("餐饮业营业额20亿元、从业人员1.2万人。", "1.2万人", "餐饮业从业人员"),
    # 机械工业1979年计划任务不足，…，全年总产值比上年增长8.1％，出口额增长30.8％ (national_work_reports/1980.txt): past a
    # comma the industry keeps its exports
    ("机械工业1979年计划任务不足，实行按需生产，自找门路，打开了销路，全年总产值比上年增长8.1％，出口额增长30.8％。",
     "30.8％", "机械工业出口额"),
])
def test_sector_aggregate_lends_no_owner_past_an_item_stop(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the glossary's keys of the firms' figures -----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key", "measure"), [
    # regression fixture in the form of a district report on its state-owned firms (not real), modelled on
    # 国有及国有控股工业企业经济效益大幅度提高，实现利润3784亿元，比上年增长45.2% (national_work_reports/2004.txt)
    ("2023年，区属国有企业实现营业收入186.5亿元，同比增长8.2%；利润总额12.6亿元，同比增长15.3%；净利润9.8亿元，"
     "同比增长12.1%。", "9.8亿元", "soe_net_profit", "level"),
    # regression fixture, a variant (not real): the net profit's growth
    ("2023年，区属国有企业实现营业收入186.5亿元，同比增长8.2%；利润总额12.6亿元，同比增长15.3%；净利润9.8亿元，"
     "同比增长12.1%。", "12.1%", "soe_net_profit", "yoy_pct"),
    # regression fixture in the form of a district report (not real), modelled on 增加特定国有金融机构和央企上缴利润
    # (national_work_reports/2019.txt)
    ("区属国有企业上缴国有资本收益5620万元，较上年增加830万元。", "5620万元", "soe_state_capital_income_paid", "level"),
    # regression fixture, a variant (not real): its change against last year
    ("区属国有企业上缴国有资本收益5620万元，较上年增加830万元。", "830万元", "soe_state_capital_income_paid",
     "abs_change"),
    # regression fixture, a variant (not real): taxes and fees paid
    ("区属国有企业已交税费8.9亿元，同比增长5.6%。", "8.9亿元", "soe_taxes_paid", "level"),
])
def test_soe_glossary_keys(s, printed, key, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator_key"], f["measure"]) == (key, measure)


# -- firms listed by their bodies ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district report on its state-owned firms (not real), modelled on
    # 中央财政安排219亿元支持116户国有企业实施政策性关闭破产 (national_work_reports/2006.txt) and the lists with 分别
    # of the real excerpts' fiscal sentences
    ("城投集团、文旅集团、产业投资集团营业收入分别为68.2亿元、15.6亿元和22.4亿元，同比分别增长9.5%、21.3%和6.8%。",
     "68.2亿元", "城投集团营业收入", "level"),
    # regression fixture, a variant (not real): the second item's growth
    ("城投集团、文旅集团、产业投资集团营业收入分别为68.2亿元、15.6亿元和22.4亿元，同比分别增长9.5%、21.3%和6.8%。",
     "21.3%", "文旅集团营业收入", "yoy_pct"),
    # regression fixture, a variant (not real): the last item keeps its whole name
    ("城投集团、文旅集团、产业投资集团营业收入分别为68.2亿元、15.6亿元和22.4亿元，同比分别增长9.5%、21.3%和6.8%。",
     "22.4亿元", "产业投资集团营业收入", "level"),
    # regression fixture, a variant (not real): companies, the last one's name holding 投资
    ("城建公司、水务公司和国有资本投资运营公司利润总额分别为2.1亿元、0.8亿元和1.5亿元。", "0.8亿元",
     "水务公司利润总额", "level"),
])
def test_list_of_bodies_shares_only_the_measure(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


# -- a task named by its verb only -----------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district state-assets report (not real), modelled on the national
    # reports' 对国有企业实行调整改组 (national_work_reports/1997.txt) and the real excerpts' 完成全年目标的X%
    ("压减法人户数18户，完成年度压减任务的120%。", "120%", "法人户数", "completion_pct"),
    # regression fixture, a variant (not real): the cut itself
    ("压减法人户数18户，完成年度压减任务的120%。", "18户", "法人户数", "abs_change"),
    # regression fixture, a variant (not real): another verb of the count, the same task word
    ("减少法人户数18户，完成年度压减任务的120%。", "120%", "法人户数", "completion_pct"),
    # regression fixture, a variant (not real): a task naming its quantity names the completion as it did
    ("重点工程完成投资89.6亿元，完成全年计划投资的52.7%。", "52.7%", "重点工程投资", "completion_pct"),
])
def test_task_named_by_its_verb(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


# -- a flow into a budget --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on the state capital budget (not real), modelled on
    # 扩大国有资本经营预算实施范围 (national_work_reports/2012.txt)
    ("2023年区级国有资本经营预算支出5120万元，其中调入一般公共预算2055万元。", "2055万元", "调入一般公共预算支出"),
    # regression fixture, a variant (not real): the total keeps its name
    ("2023年区级国有资本经营预算支出5120万元，其中调入一般公共预算2055万元。", "5120万元", "区级国有资本经营预算支出"),
    # regression fixture, a variant (not real): a budget printed bare is named whole
    ("其中，国有资本经营预算1200万元。", "1200万元", "国有资本经营预算"),
])
def test_flow_into_a_budget(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- 经理层 ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district state-assets report (not real), modelled on the national
    # reports' 国有企业…实行…经营机制 (national_work_reports/1993.txt)
    ("经理层成员任期制和契约化管理覆盖率达100%。", "100%", "经理层成员任期制和契约化管理覆盖率"),
    # regression fixture, a variant (not real): after a scope word
    ("全区国有企业经理层成员任期制覆盖率达95%。", "95%", "国有企业经理层成员任期制覆盖率"),
    # regression fixture, a variant (not real): 经审计 still opens no name
    ("经审计，区属企业资产总额12亿元。", "12亿元", "区属企业资产总额"),
])
def test_jingli_opens_a_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name
