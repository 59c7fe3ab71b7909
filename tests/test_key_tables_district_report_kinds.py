"""Key tables of district reports of several kinds (five-year plan reviews, census and population bulletins, audit
reports) agree with their facts: one total of the tax table, of the report's year; no audit finding among the tax
types; a headline row shows the level a change reaches, not the level it starts from, and the change its difference
is of. The texts are regression fixtures written as such reports print them, not real reports; each names the real
sentence it was modelled on.
"""

from __future__ import annotations

import pytest
from _real_tables import text_table

import dhcheng_analysis as dh

PLAN_REVIEW = """关于“十四五”规划纲要实施情况中期评估的报告
（2023年11月20日）
一、“十四五”规划纲要实施总体情况
全区一般公共预算收入由2020年的98.6亿元增加到2022年的112.4亿元，年均增长6.8%。
“十四五”以来，全区地区生产总值年均增长5.8%，2022年达到1560.3亿元。
二、2023年工作回顾
区级一般公共预算收入完成118.3亿元，同比增长5.3%，完成年度预算的101.2%。
全区地区生产总值三年年均增长5.4%，低于规划预期0.6个百分点。
新增市场主体1.2万户，同比增长15.3%，其中新增企业4500家。
"""


def test_a_growth_over_the_plan_years_is_no_second_total_beside_the_years_growth():
    # a regression fixture (not a real report), modelled on the reviews of a plan's years in the national reports
    # (data/national_work_reports.jsonl.gz, gwr_2011: 国内生产总值达到39.8 万亿元，年均增长11.2%，财政收入从3.16万亿元
    # 增加到8.31万亿元) beside a district's growth of its year (tests/gold/real/texts/dongcheng_2018_annual.txt:
    # 区级一般公共预算收入完成175.6亿元,增长2%); the new entities beside it make the table
    t = text_table(PLAN_REVIEW, "tax")
    total = t[t["dimension"] == "total"]
    assert total[["item_as_printed", "measure", "change_pct"]].values.tolist() == [
        ["区级一般公共预算收入", "yoy_pct", 5.3]]


def test_a_row_shows_the_change_its_difference_is_of():
    # a regression fixture (not a real report): of two growths a year over the plan's years, the difference from the
    # plan (低于规划预期0.6个百分点) is of the second, 5.4% against the plan's 6%
    h = text_table(PLAN_REVIEW, "headline").set_index("indicator")
    row = h.loc["地区生产总值"]
    assert (row["change_pct"], row["pp_diff"], row["comparator_value"]) == (5.4, -0.6, 6.0)


def test_an_amount_not_collected_is_no_revenue_type():
    # a regression fixture (not a real report), written as a district audit report prints its findings:
    # 审计发现应收未收非税收入980万元 is an audit finding, not the non-tax revenue of the budget
    text = "一、2023年度区级预算执行审计情况\n审计发现应收未收非税收入980万元。\n"
    f = dh.extract_facts(dh.load_report(text))
    assert f[["indicator", "value", "dimension"]].values.tolist() == [["审计发现应收未收非税收入", 9.8e6, ""]]
    assert text_table(text, "tax").empty


@pytest.mark.parametrize("finding", [
    # regression fixtures (not real reports), written as district audit reports print the amounts a finding involves
    "28家单位未将非税收入及时缴入国库，涉及金额1.8亿元。",
    "12个单位未及时缴纳土地增值税，涉及资金300万元。",
])
def test_an_amount_a_finding_involves_is_no_revenue_type(finding):
    text = "一、2023年度区级预算执行审计情况\n审计发现，" + finding + "\n全区税收收入120亿元，同比增长5%。\n"
    f = dh.extract_facts(dh.load_report(text))
    involved = f[f["indicator"].str.contains("涉及")]
    assert len(involved) == 1 and involved["dimension"].tolist() == [""]
    assert text_table(text, "tax")["item"].tolist() == ["税收收入"]


def test_a_headline_row_shows_the_level_reached_not_the_level_it_started_from():
    # a regression fixture (not a real report), written as a census bulletin prints it; modelled on
    # data/national_work_reports.jsonl.gz, gwr_1979: 这两年中，钢产量由二千零四十六万吨增加到三千一百七十八万吨，增长百分之五十五点三
    text = ("某区2023年人口发展报告\n（2024年2月1日）\n一、人口总量\n"
            "全区每10万人中具有大学文化程度的由18234人增加到28012人，增长53.6%。\n")
    h = text_table(text, "headline").set_index("indicator")
    assert h.loc["每10万人中具有大学文化程度", "level"] == 28012


def test_water_use_per_unit_of_output_printed_either_way_is_one_concept():
    # a regression fixture (not a real report), written as an environment bulletin prints it; modelled on
    # data/national_work_reports.jsonl.gz (单位国内生产总值能耗、水耗均下降20%以上): 万元地区生产总值水耗 is the water
    # use per unit of output, as 单位地区生产总值水耗 is
    text = ("某区2023年生态环境状况公报\n（2024年5月30日）\n一、资源能源利用\n"
            "单位地区生产总值能耗、水耗分别下降3.2%和5%。\n万元地区生产总值能耗、水耗分别下降3.2%、5%。\n")
    f = dh.extract_facts(dh.load_report(text))
    assert set(f.loc[f["indicator"].str.contains("水耗"), "indicator_key"]) == {"water_intensity"}
