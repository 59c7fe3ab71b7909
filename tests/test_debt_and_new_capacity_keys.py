"""The glossary keys a government's debt as budget reports print it (its debt outstanding, general and special, the
limit set on it, the debt ratio graded against it and the bond proceeds a budget receives), the renewable generating
capacity added in a year, and the output of new-energy vehicles, so these figures join their series instead of
staying unkeyed; the level that set a limit (市政府核定的债务限额) is no part of the limit's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import fact_at

from dhcheng_analysis.vocab import indicator_key

_CONSTRUCTED = Path(__file__).parent / "gold" / "constructed"
_FIXTURE = _CONSTRUCTED / "budget_2022_final" / "budget_2022_final.txt"
_FIXTURE_2023 = _CONSTRUCTED / "budget_2023" / "budget_2023.txt"

# national work report 2025
_REVIEW_2025 = ("生态环境质量有新改善，地级及以上城市细颗粒物（PM2.5）平均浓度下降2.7%，优良天数比例上升至87.2%，地表水优良水质"
                "断面比例提高到90.4%；单位国内生产总值能耗降幅超过3%；可再生能源新增装机3.7亿千瓦。")
_INDUSTRY_2025 = ("主要表现在，产业升级有新进展，粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤；高技术制造业、装备制造业增加值"
                  "分别增长8.9%、7.7%，新能源汽车年产量突破1300万辆；信息传输软件和信息技术服务业、租赁和商务服务业增加值分别"
                  "增长10.9%、10.4%。")


@pytest.mark.parametrize(("text", "printed", "key"), [
    (_REVIEW_2025, "3.7亿千瓦", "renewable_capacity_added"),
    (_INDUSTRY_2025, "1300万辆", "nev_output"),
])
def test_a_national_figure_of_new_capacity_or_vehicle_output_is_keyed(text, printed, key):
    f = fact_at(text, printed)
    assert f["indicator_key"] == key
    assert f["measure"] == "level"


@pytest.mark.parametrize(("sentence", "printed", "key", "measure"), [
    ("截至2022年12月31日，全区政府债务余额486.5亿元，控制在市政府核定的债务限额512.0亿元以内。", "486.5亿元",
     "government_debt_balance", "level"),
    ("截至2022年12月31日，全区政府债务余额486.5亿元，控制在市政府核定的债务限额512.0亿元以内。", "512.0亿元",
     "government_debt_limit", "level"),
    ("加上上级补助收入645210万元、地方政府一般债务收入120000万元、调入资金86500万元、上年结转收入34980万元，收入总计"
     "2743032万元。", "120000万元", "general_debt_revenue", "level"),
    ("其中一般债务余额178.3亿元，专项债务余额308.2亿元。", "178.3亿元", "general_debt_balance", "level"),
    ("其中一般债务余额178.3亿元，专项债务余额308.2亿元。", "308.2亿元", "special_debt_balance", "level"),
    ("全区政府债务率为86.4%，处于绿色等级，比上年下降3.7个百分点。", "86.4%", "government_debt_ratio", "rate_pct"),
    ("全区政府债务率为86.4%，处于绿色等级，比上年下降3.7个百分点。", "3.7个百分点", "government_debt_ratio", "pp_diff"),
])
def test_a_district_budget_reports_debt_is_keyed(sentence, printed, key, measure):
    # sentences of the budget report fixture tests/gold/constructed/budget_2022_final (a district's 预算执行情况的报告)
    assert sentence in _FIXTURE.read_text(encoding="utf-8")
    f = fact_at(sentence, printed)
    assert (f["indicator_key"], f["measure"]) == (key, measure)


def test_the_level_that_set_a_debt_limit_is_no_part_of_its_name():
    # a sentence of the budget report fixture tests/gold/constructed/budget_2023
    sentence = "截至6月30日，全区政府债务余额386.5亿元，低于市政府核定的债务限额425.0亿元。"
    assert sentence in _FIXTURE_2023.read_text(encoding="utf-8")
    f = fact_at(sentence, "425.0亿元")
    assert (f["indicator"], f["indicator_key"], f["status"]) == ("债务限额", "government_debt_limit", "actual")
    assert fact_at(sentence, "386.5亿元")["indicator_key"] == "government_debt_balance"


def test_debt_concepts_are_distinct_and_narrower_names_stay_their_own():
    keys = {indicator_key(n) for n in ("政府债务余额", "一般债务余额", "专项债务余额", "政府债务限额", "政府债务率")}
    assert len(keys) == 5
    assert indicator_key("地方政府一般债务收入") != indicator_key("地方政府一般债务转贷收入")
    assert indicator_key("地方政府债务余额") == "government_debt_balance"
    assert indicator_key("地方政府专项债券") == "local_special_bonds"
    # a city's or district's report names the same bonds without 地方 (only local governments issue special bonds)
    # and with 新增 (the year's new bonds, as the national quota counts them); the debt and the quota stay apart
    for name in ("政府专项债券", "政府专项债", "新增专项债券", "新增政府专项债券", "新增地方政府专项债券"):
        assert indicator_key(name) == "local_special_bonds", name
    assert indicator_key("政府专项债务") == indicator_key("新增专项债券额度") == ""
    assert indicator_key("新增可再生能源装机") != indicator_key("可再生能源装机规模")
    assert indicator_key("新能源汽车销量") == "nev_sales" != indicator_key("新能源汽车产量")  # sales are no output


@pytest.mark.parametrize(("text", "printed", "key", "measure"), [
    # national work reports 2016, 2017, 2005: the central poverty-alleviation funds, their growth and amount
    ("中央财政扶贫资金增长43.4%。", "43.4%", "central_poverty_funds", "yoy_pct"),
    ("中央财政专项扶贫资金增长30%以上。", "30%", "central_poverty_funds", "yoy_pct"),
    ("加大扶贫工作力度，中央财政安排扶贫资金122亿元，农村贫困人口比上年减少290万。", "122亿元", "central_poverty_funds",
     "level"),
    # national work reports 2016, 2018: the high-emission and old vehicles phased out
    ("全面推广车用燃油国五标准，淘汰黄标车和老旧车380万辆。", "380万辆", "yellow_label_old_vehicles", "abs_change"),
    ("提高燃油品质，淘汰黄标车和老旧车2000多万辆。", "2000多万辆", "yellow_label_old_vehicles", "abs_change"),
    # national work report 2016: utility tunnels to start and land to deep-till in the year
    ("开工建设城市地下综合管廊2000公里以上。", "2000公里", "utility_tunnels_started", "level"),
    ("全面完成永久基本农田划定并实行特殊保护，加强高标准农田建设，增加深松土地1.5亿亩，新增高效节水灌溉面积2000万亩。",
     "1.5亿亩", "deep_tillage_area", "level"),
])
def test_a_quantity_the_national_reports_print_year_after_year_is_keyed(text, printed, key, measure):
    f = fact_at(text, printed)
    assert (f["indicator_key"], f["measure"]) == (key, measure)


def test_capacity_added_in_the_long_form_of_the_older_reports_is_the_capacity_added():
    # national work report 1992: 新增加的 is 新增, the capacity the year added
    sentence = ("当年新增加的主要生产能力有煤炭２７１４万吨，石油１４９１万吨，发电机组容量１１８４万千瓦。")
    f = fact_at(sentence, "１１８４万千瓦")
    assert (f["indicator_key"], f["measure"], f["value"]) == ("power_capacity_added", "level", 11840000.0)
    assert indicator_key("新增加的发电机组容量") == indicator_key("新增发电机组容量")
    assert indicator_key("新增加值") == ""  # no long form of 新增 without a glossary quantity after it
