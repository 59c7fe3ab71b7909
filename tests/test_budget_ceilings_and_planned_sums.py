"""A debt limit is printed exactly however a balance is held under it (控制在债务限额X亿元以内), its general and special
parts are keyed as the whole is, and the level that handed it down (省下达的) is no part of its name; a budget draft's
sum of what it sets (一般公共预算收入安排X；加上级补助收入Y，收入总计Z) holds its items as an outcome's sum does, so the
items are keyed by the budget the sum names. The figures under a budget adjustment's heading (预算调整方案) are the
budget set, as a draft's are; a 有 inside 国有 owns nothing of the item after it.

The district printings are regression fixtures written in the style of district and county budget reports, each
with the real sentence it was modelled on and its file.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at, facts

from dhcheng_analysis.vocab import indicator_key

REVIEW = "关于2023年预算执行情况和2024年预算草案的报告\n\n一、2023年预算执行情况\n\n"
DRAFT = "关于2023年预算执行情况和2024年预算草案的报告\n\n二、2024年预算草案\n\n"


@pytest.mark.parametrize("sentence", [
    # district budget report fixtures, modelled on tests/gold/constructed/budget_2022_final
    # (截至2022年12月31日，全区政府债务余额486.5亿元，控制在市政府核定的债务限额512.0亿元以内。)
    "截至2023年末，全区政府债务余额为98.6亿元，控制在省下达的债务限额102.5亿元以内。",
    "2023年末，全县地方政府债务余额86.5亿元，控制在市下达的政府债务限额102.5亿元以内。",
    "全区政府债务余额98.6亿元，控制在省核定的债务限额102.5亿元以内，债务风险总体可控。",
])
def test_a_debt_limit_a_balance_is_held_under_is_the_limit_printed(sentence):
    f = fact_at(REVIEW + sentence, "102.5亿元")
    assert f["indicator"] in ("债务限额", "政府债务限额")
    assert (f["indicator_key"], f["qualifier"], f["status"]) == ("government_debt_limit", "exact", "actual")


def test_the_fixture_limit_is_exact():
    # tests/gold/constructed/budget_2022_final, verbatim
    sentence = "截至2022年12月31日，全区政府债务余额486.5亿元，控制在市政府核定的债务限额512.0亿元以内。"
    f = fact_at(sentence, "512.0亿元")
    assert (f["indicator_key"], f["qualifier"]) == ("government_debt_limit", "exact")
    assert fact_at(sentence, "486.5亿元")["qualifier"] == "exact"


@pytest.mark.parametrize(("sentence", "printed"), [
    # regression fixtures written in the style of district budget drafts: a ceiling no quantity is held under (no
    # 控制在 before it) is itself bounded by its 以内
    ("新增政府债务限额12亿元以内。", "12亿元"),
    ("单笔贷款限额提高到300万元以内。", "300万元"),
])
def test_a_ceiling_bounded_by_its_yinei_with_nothing_held_under_it_is_at_most(sentence, printed):
    assert fact_at(DRAFT + sentence, printed)["qualifier"] == "at_most"


def test_a_cap_on_a_rate_stays_at_most():
    assert fact_at(REVIEW + "城镇登记失业率控制在3%以内。", "3%")["qualifier"] == "at_most"


@pytest.mark.parametrize(("sentence", "printed", "key"), [
    # district budget report fixtures: the parts of a limit, as 一般债务余额/专项债务余额 print the parts of the balance
    ("2023年省核定我区政府债务限额105.2亿元，其中：一般债务限额45.1亿元，专项债务限额60.1亿元。", "45.1亿元",
     "general_debt_limit"),
    ("2023年省核定我区政府债务限额105.2亿元，其中：一般债务限额45.1亿元，专项债务限额60.1亿元。", "60.1亿元",
     "special_debt_limit"),
    ("全区地方政府债务限额98.2亿元，其中地方政府一般债务限额40.5亿元、地方政府专项债务限额57.7亿元。", "57.7亿元",
     "special_debt_limit"),
])
def test_the_parts_of_a_debt_limit_are_keyed(sentence, printed, key):
    assert fact_at(REVIEW + sentence, printed)["indicator_key"] == key


def test_a_national_special_debt_limit_is_keyed():
    # national work report 2025
    f = fact_at("一次性增加6万亿元地方专项债务限额置换存量隐性债务。", "6万亿元")
    assert f["indicator_key"] == "special_debt_limit"
    assert indicator_key("政府债务限额") != indicator_key("一般债务限额") != indicator_key("专项债务限额")


def test_a_limit_handed_down_is_named_without_its_giver_and_key_projects_keep_theirs():
    # district budget report fixture
    f = fact_at(REVIEW + "2023年末，全区地方政府债务余额86.5亿元，低于省下达的债务限额92.3亿元。", "92.3亿元")
    assert (f["indicator"], f["indicator_key"]) == ("债务限额", "government_debt_limit")
    # data/dongcheng_2020_h1: the city's list of key projects is a class of projects, kept in the name
    sentence = "东单体育中心、望坛周边市政道路、东四织补地块、龙潭中湖等8个市政府下达的重点项目全部如期开工。"
    assert "市政府下达的重点项目" in fact_at(sentence, "8个")["indicator"]


@pytest.mark.parametrize(("sentence", "item", "key"), [
    # district budget draft fixtures, modelled on minhang_sh_2022_h1_budget (全区一般公共预算收入331.1亿元,增长11%。
    # 加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、…,收入总量为490.7亿元。)
    ("2024年一般公共预算收入安排160000万元，增长5.3%；加上级补助收入185000万元，收入总计345000万元。", "185000万元",
     "general_budget_transfers_received"),
    ("2024年全区一般公共预算收入安排16.0亿元。加上级补助收入18.5亿元、上年结转收入1.2亿元、调入资金2.0亿元，收入总计"
     "37.7亿元。", "1.2亿元", "general_budget_balance_brought_forward"),
    ("2024年全区一般公共预算收入安排16.0亿元。加上级补助收入18.5亿元、上年结转收入1.2亿元、调入资金2.0亿元，收入总计"
     "37.7亿元。", "2.0亿元", "general_budget_funds_transferred_in"),
])
def test_the_items_of_a_draft_budgets_sum_are_keyed_by_its_budget(sentence, item, key):
    got = facts(DRAFT + sentence)
    assert set(got["status"]) == {"target"}
    f = fact_at(DRAFT + sentence, item)
    assert (f["indicator_key"], f["relation"]) == (key, "part")


def test_the_items_of_an_outcomes_sum_stay_keyed():
    # minhang_sh_2022_h1_budget, verbatim
    text = ("一、2021年财政决算主要情况 (一)2021年一般公共预算收支决算情况 1.全区一般公共预算收支决算情况 "
            "全区一般公共预算收入331.1亿元，增长11%。加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、"
            "地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.5亿元，收入总量为490.7亿元。")
    assert fact_at(text, "7.7亿元")["indicator_key"] == "general_budget_balance_brought_forward"
    assert fact_at(text, "4.3亿元")["indicator_key"] == "general_budget_funds_transferred_in"


ADJUSTMENT = "关于2023年预算调整方案的报告\n\n二、2023年预算调整方案\n\n"


@pytest.mark.parametrize("sentence", [
    # budget adjustment fixtures, modelled on xicheng_2020_keytasks (西城区一般公共预算收入由年初预算439.55亿元调整为
    # 413.8亿元左右,增长由年初的2%调整为-4%左右(此调整方案已于2020年12月22日经区第十六届人大常委会第42次会议审议通过))
    "一般公共预算收入调增8000万元，调整后为158000万元；一般公共预算支出调增12000万元，调整后为356000万元。",
    "一般公共预算收入由年初预算15.0亿元调减至14.2亿元，下降5.3%。",
    "新增地方政府专项债券资金5.2亿元，相应调增政府性基金预算支出5.2亿元。",
])
def test_the_figures_of_a_budget_adjustment_are_the_budget_set(sentence):
    assert set(facts(ADJUSTMENT + sentence)["status"]) == {"target"}


def test_the_outturn_a_budget_adjustment_explains_stays_an_outcome():
    # budget adjustment fixture: the months done, printed under the heading giving the reasons
    text = ("关于2023年预算调整方案的报告\n\n一、预算调整的原因\n\n"
            "1-8月，全区一般公共预算收入完成10.2亿元，同比下降5.3%，完成年初预算的60.1%。")
    assert set(facts(text)["status"]) == {"actual"}


@pytest.mark.parametrize("sentence", [
    # budget report fixtures: a 有 inside 国有 owns nothing of the next item
    "国有资本经营预算收入完成850万元；国有资本经营预算支出450万元，调出资金400万元。",
    "国有资本经营预算支出450万元，调出资金400万元。",
])
def test_the_you_inside_guoyou_owns_nothing_of_the_next_item(sentence):
    assert fact_at(REVIEW + sentence, "400万元")["indicator"] == "调出资金"


@pytest.mark.parametrize(("sentence", "printed", "key"), [
    # budget report fixtures, modelled on minhang_sh_2022_h1_budget (全区一般公共预算支出402.2亿元，下降6.4%) and the
    # function classes every budget report lists after its spending
    ("其中：农林水支出5.3亿元，增长12.6%，主要是乡村振兴衔接资金增加。", "5.3亿元", "agriculture_forestry_water_expenditure"),
    ("公共安全支出2.1亿元，增长3.2%；文化旅游体育与传媒支出0.8亿元，下降5.1%。", "0.8亿元",
     "culture_tourism_sport_media_expenditure"),
    ("节能环保支出1.6亿元，增长8.3%；住房保障支出2.2亿元，增长4.0%。", "2.2亿元", "housing_security_expenditure"),
    ("全区社会保险基金预算收入完成15.6亿元，为预算的101.2%，增长5.3%；支出完成14.2亿元，为预算的98.6%，增长6.1%。",
     "15.6亿元", "social_insurance_fund_revenue"),
    ("全区社会保险基金预算收入完成15.6亿元，为预算的101.2%，增长5.3%；支出完成14.2亿元，为预算的98.6%，增长6.1%。",
     "14.2亿元", "social_insurance_fund_expenditure"),
])
def test_the_function_classes_and_the_social_insurance_budget_are_keyed(sentence, printed, key):
    assert fact_at(REVIEW + sentence, printed)["indicator_key"] == key


def test_the_social_insurance_budget_line_of_another_test_is_keyed():
    # the budget line tests/test_real_excerpt_readings_all_facts_second.py writes in the kind of the budget reports
    text = "社会保险基金预算收入32.1亿元,完成预算的51.2%;支出29.8亿元,完成预算的48.7%。"
    assert fact_at(text, "29.8亿元")["indicator_key"] == "social_insurance_fund_expenditure"
    assert indicator_key("社会保险基金累计结余") == ""  # the fund's balance is no revenue


@pytest.mark.parametrize(("sentence", "base"), [
    # budget draft fixtures, modelled on minhang_sh_2022_h1_budget (区本级一般公共预算支出228.6亿元) and the reserve
    # every draft sets by law at a rate of its spending; national 2020s print the share the same way (中央财政已按全国
    # 财政性教育经费支出占国内生产总值的4%编制预算)
    ("全区预备费按本级一般公共预算支出的2%安排0.65亿元。", "本级一般公共预算支出"),
    ("预备费按本级支出的1.5%安排。", "本级支出"),
    ("区本级预备费按照区本级一般公共预算支出的2%设置，安排0.6亿元。", "区本级一般公共预算支出"),
    # the thing set named after the verb that sets it (按…的2%设置预备费), as drafts print it too
    ("按本级一般公共预算支出的2%设置预备费0.65亿元。", "本级一般公共预算支出"),
    ("按本级一般公共预算支出的1.5%安排预备费1.2亿元。", "本级一般公共预算支出"),
    ("按照一般公共预算支出的3%设置预备费1.2亿元。", "一般公共预算支出"),
    # (regression fixture in the same style: the change of the amount set, after it, is of the reserve too)
    ("区本级预备费按本级一般公共预算支出的2%安排0.65亿元，比上年增长3%。", "本级一般公共预算支出"),
    ("按本级一般公共预算支出的2%设置预备费1.2亿元，比上年增长3%。", "本级一般公共预算支出"),
])
def test_a_rate_of_a_base_names_the_thing_set_and_the_base_is_its_comparator(sentence, base):
    got = facts(DRAFT + sentence)
    rate = got[got["measure"] == "rate_pct"].iloc[0]
    assert rate["indicator"].endswith("预备费") and "按" not in rate["indicator"]
    assert rate["comparator"] == base
    assert all("按" not in name for name in got["indicator"])
    assert all(name.endswith("预备费") and not name.startswith(("设置", "安排")) for name in got["indicator"])


@pytest.mark.parametrize("sentence", ["按本级一般公共预算支出的2%设置预备费0.65亿元。", "预备费按本级一般公共预算支出的2%安排0.65亿元。"])
def test_the_amount_set_at_a_rate_is_of_the_thing_set(sentence):
    # budget draft fixtures (see above): the amount after the rate is the reserve's, not the verb's
    got = facts(DRAFT + sentence)
    assert list(got["indicator"]) == ["预备费", "预备费"]


def test_a_rate_paid_by_the_month_has_no_base_of_the_month():
    # regression fixture written in the style of district reports: 按月 is how the pension is paid, not a base the
    # rate is of (as 按本级一般公共预算支出的2% is)
    got = facts(REVIEW + "城乡居民基础养老金按月发放标准的5%上调。")
    assert got["comparator"].tolist() == [""]


@pytest.mark.parametrize("sentence", [
    # regression fixtures written in the style of district budget reports: the giver of a limit is dropped
    # from its name whether or not 的 follows 下达
    "全区政府债务余额86.5亿元，控制在上级下达债务限额92.3亿元以内。",
    "全区政府债务余额86.5亿元，控制在上级下达的债务限额92.3亿元以内。",
])
def test_the_giver_of_a_limit_is_dropped_with_or_without_de(sentence):
    f = fact_at(REVIEW + sentence, "92.3亿元")
    assert (f["indicator"], f["indicator_key"], f["qualifier"]) == ("债务限额", "government_debt_limit", "exact")

