"""More concepts the State Council work reports print across the years are keyed by the glossary, so their series
join: the total emissions of major pollutants (主要污染物排放总量, 主要污染物排放量: the binding target of the five-year
plans), R&D expenditure under its older name (研究与试验开发经费) and, through it, its share of GDP, the individual
income tax threshold and the VAT threshold of small-scale taxpayers, migrant workers (all, and those away from home),
the current account surplus and its share of GDP, the banks' capital adequacy and non-performing loan ratios,
agriculture-related and manufacturing loans outstanding, valid invention patents, renewable generating capacity,
urban rail transit in operation and the cars in use; the profits of state industry are keyed when
printed with 和 (国有和国有控股) as with 及.
Each sentence is quoted verbatim from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at

from dhcheng_analysis.vocab import indicator_key

# national work report 2003
_RD_2003 = "全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元，占国内生产总值的比重从0.64%提高到1.13%。"
# national work report 2012
_MIGRANTS_2012 = "农民工总量2.53亿人，比上年增长4.4％，其中，外出农民工1.59亿人，增长3.4％。"
# national work report 2013
_BANKS_2013 = ("金融体系运行稳健，银行业风险抵御能力持续增强，资本充足率从2007年底的8.4%提升到去年底的13.3%，不良贷款率由6.1%"
               "下降到0.95%。")


@pytest.mark.parametrize(("text", "printed", "key"), [
    # national work report 2000: the profits of state industry, printed with 和 as well as with 及
    ("全年工业企业实现利润2202亿元，比上年增长 52％；其中国有和国有控股工业企业实现利润967亿元，增长77．7％，都创造了"
     "近五年来的最高水平。", "967亿元", "soe_industrial_profit"),
    # national work reports 2007, 2011, 2016
    ("但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。", "2%",
     "major_pollutant_emissions"),
    ("非化石能源占一次能源消费比重提高到11.4%，单位国内生产总值能耗和二氧化碳排放分别降低16%和17%，主要污染物排放总量"
     "减少8%至10%，森林蓄积量增加6亿立方米，森林覆盖率达到21.66%。", "8%至", "major_pollutant_emissions"),
    ("单位国内生产总值能耗下降18.2%，主要污染物排放量减少12%以上。", "12%", "major_pollutant_emissions"),
    (_RD_2003, "509亿元", "rd_expenditure"),
    (_RD_2003, "1.13%", "rd_intensity"),
    # national work reports 2012, 2021
    ("个人所得税起征点从2000元提高到3500元。", "3500元", "income_tax_threshold"),
    ("将小规模纳税人增值税起征点从月销售额10万元提高到15万元。", "15万元", "small_taxpayer_vat_threshold"),
    (_MIGRANTS_2012, "2.53亿人", "migrant_workers"),
    (_MIGRANTS_2012, "4.4％", "migrant_workers"),
    (_MIGRANTS_2012, "1.59亿人", "migrant_workers_away"),
    # national work report 2013
    ("坚持实施扩大内需战略，内需对经济增长的贡献率明显提高，经常项目顺差占国内生产总值的比重从10.1%下降到2.6%。", "2.6%",
     "current_account_surplus_ratio"),
    (_BANKS_2013, "13.3%", "capital_adequacy_ratio"),
    (_BANKS_2013, "0.95%", "npl_ratio"),
    ("加强农村金融服务，涉农贷款余额从2007年末的6.12万亿元增加到2012年末的17.63万亿元。", "17.63万亿元", "agri_loans"),
    # national work reports 2023, 2017, 2022
    ("制造业贷款余额从16.3万亿元增加到27.4万亿元。", "27.4万亿元", "manufacturing_loans"),
    ("国内有效发明专利拥有量突破100万件，技术交易额超过1万亿元。", "100万件", "valid_invention_patents"),
    ("可再生能源发电装机规模突破10亿千瓦。", "10亿千瓦", "renewable_capacity"),
    # national work report 2023
    ("加强城市基础设施建设，轨道交通运营里程从4500多公里增加到近1万公里，排水管道从63万公里增加到89万公里。", "1万公里",
     "urban_rail_length"),
    ("支持汽车、家电等大宗消费，汽车保有量突破3亿辆、增长46.7%。", "3亿辆", "car_stock"),
])
def test_a_concept_the_reports_print_across_the_years_is_keyed(text, printed, key):
    assert fact_at(text, printed)["indicator_key"] == key


def test_a_surplus_and_its_share_of_gdp_are_concepts_of_their_own():
    assert indicator_key("经常项目顺差") == "current_account_surplus"
    assert indicator_key("经常项目顺差") != indicator_key("经常项目顺差占国内生产总值比重")
    assert indicator_key("农民工总量") != indicator_key("外出农民工")
    assert indicator_key("个人所得税起征点") != indicator_key("个人所得税")
    assert indicator_key("每万人发明专利拥有量") != indicator_key("有效发明专利拥有量")
    assert indicator_key("新增发电装机容量") != indicator_key("可再生能源装机规模")


@pytest.mark.parametrize(("text", "printed", "measure"), [
    # national work report 2022: the transfers a budget plans, their rise, level and growth
    ("中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元，增长18%、为多年来最大增幅。", "1.5万亿元", "abs_change"),
    ("中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元，增长18%、为多年来最大增幅。", "9.8万亿元", "level"),
    ("中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元，增长18%、为多年来最大增幅。", "18%", "yoy_pct"),
    # national work report 2008: the transfers of five years
    ("2003年到 2007年，中央财政对地方的转移支付累计4.25万亿元，87%用于支持中西部地区。", "4.25万亿元", "level"),
])
def test_the_central_transfers_to_local_budgets_are_keyed(text, printed, measure):
    f = fact_at(text, printed)
    assert (f["measure"], f["indicator_key"]) == (measure, "central_transfers_to_local")


def test_a_kind_or_a_use_of_the_transfers_is_no_whole_transfers():
    # the general transfers alone, and the share used in the central and western regions, are other quantities (the
    # general transfers a series of their own)
    assert indicator_key("中央对地方一般性转移支付") == "central_general_transfers_to_local"
    assert indicator_key("用于支持中西部地区的中央财政对地方的转移支付") == ""
