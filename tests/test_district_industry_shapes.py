"""Figures of the industry, informatisation and digital economy reports (工业和信息化工作报告, 数字经济发展报告,
制造业高质量发展情况) as district and county offices print them.

They print the industrial output (规模以上工业总产值, 规上工业增加值, 产销率, 工业用电量), the firms (规上工业企业X家,
专精特新中小企业, 国家级专精特新“小巨人”企业), investment (工业投资, 技术改造投资), the industries by chain, the digital
economy (数字经济核心产业增加值, 5G基站, 千兆宽带用户) and the firms' profits (利润总额, 营业收入利润率, 亏损面,
亏损额). The rules:

- the standard concepts have glossary keys: the sales ratio of industrial products however its owner is printed
  (规模以上工业产品产销率), the profit margin on operating revenue (of the industrial firms above designated size
  when they are named), the specialised and innovative SMEs and those added, the value added of the digital
  economy and of its core, the digital economy's share of GDP, the gigabit broadband subscribers;
- a bare 亏损额 after the firms' 亏损面 or their count of loss-making firms (亏损企业) is the loss of the firms
  named before (规上工业企业亏损额; the loss is the loss-making firms' by its name);
- a pull in points (拉动经济增长2.4个百分点) after a contribution rate named with what contributes
  (工业对经济增长的贡献率) is the pull of what contributes, no difference of the rate;
- 目标 between a value added and its growth (规上工业增加值目标增长7.5%) makes the growth a target, the name the
  value added's;
- in a list of industries whose last item ends with 产业 (新材料、生物医药产业产值) an item naming no industry shares
  the word (新材料产业产值), as an item shares the words of a glossary industry;
- a figure whose sentence names nothing, under a numbered heading that is nothing but a glossary name (3.规上工业
  总产值。全年完成…), is of the heading's quantity.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "一、2023年全区工业和信息化工作情况\n"
PLAN = "二、2024年工作目标\n"


# -- glossary keys of the kind's standard concepts -----------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district industry report (not real), modelled on 累计完成工业销售产值604.9
    # 亿元,与上年同期相比增长13.1%;产销率为99.9%,产销衔接良好 (xicheng_2018_h1_indicators.txt)
    ("规模以上工业产品产销率为98.6%，较上年提高0.4个百分点。", "98.6%", "industrial_sales_ratio"),
    # regression fixture, a variant (not real): the firms own the ratio
    ("规模以上工业企业产销率达到98.6%。", "98.6%", "industrial_sales_ratio"),
    # regression fixture, a variant (not real): 销售率, the short size class
    ("规上工业产品销售率98.6%，同比提高0.4个百分点。", "98.6%", "industrial_sales_ratio"),
    # regression fixture in the form of a district industry report (not real), modelled on 专精特新中小企业达7万多家
    # (national_work_reports/2023.txt)
    ("全区专精特新中小企业达到156家。", "156家", "specialised_smes"),
    # regression fixture, a variant (not real): the provincial ones are the same firms
    ("全区累计拥有省级专精特新中小企业156家。", "156家", "specialised_smes"),
    # regression fixture, a variant (not real): those added in the year
    ("全年新增国家级专精特新“小巨人”企业5家、省级专精特新中小企业45家。", "45家", "specialised_smes_added"),
    # regression fixture in the form of a district digital economy report (not real), modelled on 数字经济核心产业
    # 增加值占国内生产总值比重达到10%左右 (national_work_reports/2025.txt)
    ("全区数字经济核心产业增加值达到215.6亿元，同比增长10.8%。", "215.6亿元", "digital_economy_core_va"),
    # regression fixture, a variant (not real): its growth
    ("数字经济核心产业增加值增长10.8%，增速高于GDP增速4.6个百分点。", "10.8%", "digital_economy_core_va"),
    # regression fixture, a variant (not real): the digital economy as a whole
    ("全区数字经济增加值达到586.2亿元。", "586.2亿元", "digital_economy_va"),
    # regression fixture in the form of a district digital economy report (not real), modelled on 加大5G网络和千兆
    # 光网建设力度 (national_work_reports/2021.txt)
    ("千兆光网覆盖家庭86.5万户，千兆宽带用户12.6万户。", "12.6万户", "gigabit_broadband_users"),
])
def test_standard_concepts_have_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district industry report (not real), modelled on 全年规模以上工业企业实现
    # 利润４６５７亿元 (national_work_reports/2002.txt)
    ("规上工业企业实现利润总额86.3亿元，同比增长12.4%，营业收入利润率6.5%。", "6.5%", "营业收入利润率",
     "operating_revenue_profit_margin"),
    # regression fixture, a variant (not real): the firms named with the margin
    ("规上工业企业营业收入利润率6.5%，高于全市0.8个百分点。", "6.5%", "规上工业企业营业收入利润率",
     "industrial_profit_margin_above_size"),
])
def test_profit_margin_keys(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (name, key, "rate_pct")


# -- the loss of the loss-making firms -----------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district industry report (not real), modelled on 全年规模以上工业企业实现
    # 利润４６５７亿元 (national_work_reports/2002.txt), with the loss the industry reports print beside it
    ("规上工业企业亏损面12.5%，亏损额4.6亿元。", "4.6亿元", "规上工业企业亏损额"),
    # regression fixture, a variant (not real): after the count of the loss-making firms, the loss of those firms,
    # owned by the firms they are of
    ("规上工业企业亏损企业85家，亏损额4.6亿元，同比下降18.2%。", "4.6亿元", "规上工业企业亏损额"),
    # regression fixture, a variant (not real): its growth keeps the name
    ("规上工业企业亏损企业85家，亏损额4.6亿元，同比下降18.2%。", "18.2%", "规上工业企业亏损额"),
    # regression fixture, a variant (not real): 亏损企业亏损额 printed whole is not doubled
    ("规上工业企业中，亏损企业85家，亏损企业亏损额4.6亿元。", "4.6亿元", "亏损企业亏损额"),
])
def test_loss_of_the_firms(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a pull after a contribution rate ------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district industry report (not real), modelled on 上半年,制造业增长3.4%,…
    # 拉动全县规上工业增加值增速2.4个百分点 (wangcang_h1_industry.txt) and 服务消费增长12.7%、对总消费增长的贡献率达
    # 70.5% (beijing_2017_h1.txt)
    ("工业对经济增长的贡献率为42.5%，拉动经济增长2.4个百分点。", "2.4个百分点", "工业", "pp_diff"),
    # regression fixture, a variant (not real): the rate itself keeps its name
    ("工业对经济增长的贡献率为42.5%，拉动经济增长2.4个百分点。", "42.5%", "工业对经济增长的贡献率", "rate_pct"),
    # regression fixture, a variant (not real): a change of the rate is the rate's
    ("工业对经济增长的贡献率为42.5%，较上年提高3.1个百分点。", "3.1个百分点", "工业对经济增长的贡献率", "pp_diff"),
    # regression fixture, a variant (not real): the pull of the value added named first
    ("工业增加值增长8.2%，对经济增长的贡献率为42.5%，拉动经济增长2.4个百分点。", "2.4个百分点", "工业增加值",
     "pp_diff"),
])
def test_pull_after_a_contribution(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


# -- 目标 before a growth --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district industry report's targets (not real), modelled on 2023年上半年,
    # …规模以上工业增加值同比增长10.1%,高于目标2.1个百分点 (guandu_km_2023_h1.txt) and the national reports'
    # growth targets
    ("2024年全区规上工业增加值目标增长7.5%，工业投资目标增长10%。", "7.5%", "规上工业增加值"),
    # regression fixture, a variant (not real): the second item of the pair
    ("2024年全区规上工业增加值目标增长7.5%，工业投资目标增长10%。", "10%", "工业投资"),
    # regression fixture, a variant (not real): another value added
    ("服务业增加值目标增长7%左右。", "7%", "服务业增加值"),
])
def test_target_growth(s, printed, name):
    f = fact(PLAN + s, printed)
    assert (f["indicator"], f["measure"], f["status"]) == (name, "yoy_pct", "target")


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district industry report (not real), modelled on 规模以上工业增加值同比增长
    # 10.1%,高于目标2.1个百分点 (guandu_km_2023_h1.txt): a comparison with the target is no target
    ("全年规上工业增加值增速达到7.2%，比年初目标高0.2个百分点。", "0.2个百分点"),
    # regression fixture, a variant (not real): 超 the target
    ("全年工业投资同比增长15.3%，超年度目标5.3个百分点。", "5.3个百分点"),
    # regression fixture, a variant (not real): 高出 the target's growth, a gap in points after 目标增长
    ("规上工业增加值增长9.5%，高出目标增长1.5个百分点。", "1.5个百分点"),
    # regression fixture, a variant (not real): 落后 the target's growth
    ("规上工业增加值增长6.5%，落后目标增长1.5个百分点。", "1.5个百分点"),
    # regression fixture, a variant (not real): the gap printed after the target's own growth
    ("全年增长6.5%，与目标增长8%相差1.5个百分点。", "1.5个百分点"),
    # regression fixture, a variant (not real): 差 after a target set above the district
    ("地区生产总值增长5.5%，对照省定目标增长6%差0.5个百分点。", "0.5个百分点"),
])
def test_comparison_with_a_target_is_actual(s, printed):
    assert fact(HEAD + s, printed)["status"] == "actual"


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district industry report (not real), modelled on 规模以上工业增加值同比增长
    # 10.1%,高于目标2.1个百分点 (guandu_km_2023_h1.txt): the target's own growth printed before the gap is the target
    ("全年增长6.5%，与目标增长8%相差1.5个百分点。", "8%"),
    # regression fixture, a variant (not real): a target set above the district
    ("地区生产总值增长5.5%，对照省定目标增长6%差0.5个百分点。", "6%"),
])
def test_the_target_compared_with_is_a_target(s, printed):
    assert fact(HEAD + s, printed)["status"] == "target"


# -- the industry word a list of industries shares -------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district industry report (not real), modelled on 工业增长高端引领,高技术
    # 制造业、战略性新兴产业增加值分别增长18.2%和12.7% (beijing_2017_h1.txt)
    ("新材料、生物医药产业产值分别增长18.5%和12.3%。", "18.5%", "新材料产业产值"),
    # regression fixture, a variant (not real): the last item keeps its name
    ("新材料、生物医药产业产值分别增长18.5%和12.3%。", "12.3%", "生物医药产业产值"),
    # regression fixture, a variant (not real): a value added
    ("电子信息、装备制造产业增加值分别增长11.2%和9.8%。", "9.8%", "装备制造产业增加值"),
    # regression fixture, a variant (not real): items printed with the word keep it once
    ("新材料产业、生物医药产业产值分别增长18.5%和12.3%。", "18.5%", "新材料产业产值"),
])
def test_industry_word_shared(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["dimension"]) == (name, "sector")


# -- a numbered heading that is a name ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # regression fixture in the form of a district report's list of the main indicators (not real), modelled on
    # 一、规上工业较好增长 / 1-5月,规模以上工业增加值17.46亿元,同比增长21.8% (ruyuan_m1to5_release.txt)
    ("一、主要指标完成情况\n3.规上工业总产值。全年完成1256.8亿元，同比增长8.6%。", "1256.8亿元", "规上工业总产值"),
    # regression fixture, a variant (not real): the growth too
    ("一、主要指标完成情况\n3.规上工业总产值。全年完成1256.8亿元，同比增长8.6%。", "8.6%", "规上工业总产值"),
    # regression fixture, a variant (not real): a bracketed numeral, the heading on a line of its own
    ("一、主要指标完成情况\n（四）数字经济核心产业增加值\n全年完成215.6亿元，同比增长10.8%。", "215.6亿元",
     "数字经济核心产业增加值"),
])
def test_heading_names_the_figure(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["flags"]) == (name, "subject_carried")


def test_heading_saying_more_names_nothing():
    # regression fixture in the form of a district industry report (not real): a heading of a topic, no name
    text = "一、主要指标完成情况\n（一）工业经济稳中有进。全年完成1256.8亿元，同比增长8.6%。"
    assert fact(text, "1256.8亿元")["indicator"] == ""
