"""An amount a budget pays keeps the budget in its name, and a target of a year meets the outcome the next report
prints of it, on verbatim sentences of the national work reports (the year of each is in the comment).

The central budget's spending on a purpose is a part of all that is spent on it (地方和企业也都要增加科技投入):
``中央财政安排“三农”支出5625亿元`` names ``中央财政“三农”支出``, which the glossary keys as the outcome the next
report prints, ``中央财政用于“三农”的投入5955亿元``. Programmes renamed from year to year (再就业补助资金,
就业再就业资金, 就业专项资金) and the same thing printed two ways (外商投资限制类条目, 限制性条目; 基本建成保障房,
基本建成的保障性安居工程; 棚户区改造, 棚户区住房改造开工) share one key.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("t_year", "target", "t_printed", "o_year", "outcome", "o_printed", "key"), [
    (2008, "今年中央财政安排“三农”支出5625亿元", "5625",
     2009, "全年中央财政用于“三农”的投入5955亿元", "5955", "central_agriculture_rural_spending"),
    (2009, "今年中央财政拟安排“三农”投入7161亿元", "7161",
     2010, "中央财政用于“三农”的支出7253亿元", "7253", "central_agriculture_rural_spending"),
    (2009, "中央财政拟投入社会保障资金2930亿元", "2930",
     2010, "中央财政安排社会保障资金2906亿元", "2906", "central_social_security_funds"),
    # (25l: a letter l printed for the digit one)
    (2006, "中央财政今年安排再就业补助资金25l亿元", "25l",
     2007, "中央财政安排就业再就业资金 234亿元", "234", "central_employment_funds"),
    (2014, "年内基本建成保障房480万套", "480",
     2015, "新开工保障性安居工程740万套，基本建成511万套", "511", "affordable_housing_completed"),
    (2015, "其中棚户区改造580万套", "580",
     2016, "棚户区住房改造开工601万套", "601", "shantytown_renovation"),
    (2015, "把外商投资限制类条目缩减一半", "一半",
     2016, "外商投资限制性条目减少一半", "一半", "foreign_investment_restricted_items"),
    # programmes printed in other words by the plan and by the review (tests/test_target_outcome_keys.py)
    (2008, "今年中央财政将安排科技支出1134亿元", "1134",
     2009, "中央财政科技投入1163亿元", "1163", "central_science_technology_spending"),
    (2013, "今年城镇保障性住房基本建成470万套", "470",
     2014, "基本建成544万套", "544", "affordable_housing_completed"),
    (2013, "今年城镇保障性住房基本建成470万套、新开工630万套", "630",
     2014, "新开工保障性安居工程666万套", "666", "affordable_housing_started"),
    (2006, "今年把试点的范围扩大到全国40%的县", "40",
     2007, "新型农村合作医疗试点范围扩大到1451个县（市、区），占全国总数的50.7％", "50.7", "ncms_counties"),
    (2007, "试点范围扩大到全国80%以上的县（市、区）", "80",
     2008, "新型农村合作医疗制度不断完善，已扩大到全国86%的县", "86", "ncms_counties"),
    (2010, "扎实推进新型农村社会养老保险试点，试点范围扩大到23%的县", "23",
     2011, "新型农村社会养老保险试点覆盖24%的县", "24", "nrps_pilot_counties"),
    (2009, "今年中央政府投资总额9080亿元", "9080",
     2010, "2009年中央政府公共投资9243亿元", "9243", "central_budget_investment"),
    (2007, "将甲肝、流脑等15种可以通过接种疫苗有效预防的传染病纳入国家免疫规划", "15",
     2008, "国家规划免疫预防的疾病由7种扩大到15种", "15种", "national_immunisation_diseases"),
    (2014, "县级公立医院综合改革试点扩大到1000个县", "1000",
     2015, "公立医院改革试点县市达到1300多个", "1300", "county_hospital_reform_counties"),
    (2018, "整体通关时间再压缩三分之一", "三分之一",
     2019, "货物通关时间压缩一半以上", "一半", "customs_clearance_time"),
    (2018, "今年再进城落户1300万人", "1300",
     2019, "近1400万农业转移人口在城镇落户", "1400", "urban_hukou_settlement"),
])
def test_a_target_and_the_next_reports_outcome_share_a_key(work_reports, t_year, target, t_printed, o_year, outcome,
                                                           o_printed, key):
    # national work reports: the target of t_year, the outcome printed by the report of the year after
    t = work_reports.fact_at(t_year, target, t_printed)
    o = work_reports.fact_at(o_year, outcome, o_printed)
    assert (t["status"], t["period"], o["status"], o["period"]) == ("target", f"{t_year}年", "actual", f"{t_year}年")
    assert t["indicator_key"] == o["indicator_key"] == key


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2009
    ("今年中央财政拟安排“三农”投入7161亿元，比上年增加1206亿元。", "1206", "中央财政“三农”投入"),
    # national work report 2004: the plan words between the budget and what it pays go
    ("今年中央财政预算安排再就业补助资金83亿元，比去年增加36亿元。", "83", "中央财政再就业补助资金"),
    # national work report 2010
    ("继续实施对种粮农民直接补贴，增加农资综合补贴、良种补贴、农机具购置补贴，中央财政拟安排补贴资金1335亿元，"
     "比上年增加60.4亿元。", "1335", "中央财政补贴资金"),
    # national work report 2007: the amount after the verb, the noun after it (and the use after the noun)
    ("启动了农村卫生服务体系建设，中央财政安排27亿元国债资金用于县、乡、村三级医疗卫生基础设施建设。", "27",
     "用于县、乡、村三级医疗卫生基础设施建设的中央财政国债资金"),
    # (national work report 2009, 中央财政安排384亿元救灾款和740亿元恢复重建资金: the next amount of a list,
    # paid by the same budget, test_recent_reports_readings)
    # national work report 2009: the budget whose amount it is (中央财政的), before the noun after the amount
    ("做好“家电下乡”、“农机下乡”、“汽车、摩托车下乡”等工作，把中央财政的400亿元补贴资金用好用活，使企业增加销售、"
     "农民得到实惠。", "400", "中央财政补贴资金"),
])
def test_a_budget_paying_an_amount_is_part_of_its_name(text, printed, name):
    # (an issuer, 国务院增发1000亿元财政债券, and a payer that is no budget, 中央下达农村义务教育经费: test_actor_names)
    r = fact(text, printed)
    assert r["indicator"] == name
    assert "subject_carried" not in str(r["flags"])


@pytest.mark.parametrize(("text", "printed", "name", "key"), [
    # national work report 2005: the budget's money named by its use is its money of that field
    ("中央财政全年用于社会保障的资金达1465亿元，增长18.1%。", "1465", "中央财政用于社会保障的资金",
     "central_social_security_funds"),
    ("中央财政全年用于社会保障的资金达1465亿元，增长18.1%。", "18.1", "中央财政用于社会保障的资金",
     "central_social_security_funds"),
    # national work reports 2010 and 2011: the central budget's money for employment, named by its use after the amount
    ("中央财政拟投入433亿元用于促进就业。", "433", "用于促进就业的中央财政投入", "central_employment_funds"),
    ("今年中央财政拟投入423亿元，用于扶助和促进就业。", "423", "用于扶助和促进就业的中央财政投入",
     "central_employment_funds"),
    # national work report 2007: a use the glossary has no money of stays unkeyed
    ("中央财政用于城市低保的补助资金136亿元，比上年增加24亿元，各地不同程度提高了城市低保补助水平。", "136", "中央财政用于城市低保的补助资金", ""),
])
def test_a_budgets_money_named_by_its_use_is_its_money_of_that_field(text, printed, name, key):
    r = fact(text, printed)
    assert (r["indicator"], r["indicator_key"]) == (name, key)
