"""Figures of the monitoring reports on the women's and children's development programmes (妇女儿童发展纲要/规划监测
统计报告) and of the ageing and disability bulletins (老龄事业发展公报, 残疾人事业发展统计公报), as district and county
offices print them.

Such a report prints each indicator beside its programme target: 目标值为不低于95% (or 规划目标为95%以上, 目标值为控制在
5‰以下) after the outcome is the target of the indicator the clause before names, with its bound (不低于 bounds the
target, it compares nothing), and 实际为 after it, even with a year or place before it (2023年全县实际为40.2张), is the
outcome; a name ending in 目标值 or 规划目标 (孕产妇系统管理率目标值为…) names the indicator, not its target. A report
titled as a yearly bulletin or monitoring report (2023年…监测统计报告, …老龄事业发展公报) reports the outcomes of that
year, so a sentence after a target goes on with outcomes. Rates per hundred thousand move in the same unit
(下降1.2/10万, 下降1.2个十万分点: a difference of the rate). An age in months before infants (0-6个月婴儿) names a group
of people, as 0-6岁儿童 does; 政协委员 is no office (委) heading a name; the items of a list share the screening or
coverage words of the last (宫颈癌和乳腺癌筛查人数). The mortality rates of children under five and of the newborn,
the elderly and the disabled counted take the glossary's keys.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, fact_at, facts

HEAD = "2023年某区妇女儿童发展规划监测统计报告\n一、妇女与健康\n"
AGED = "2023年某县老龄事业发展公报\n一、老龄事业发展情况\n"


# -- a programme target printed beside the outcome ---------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "qualifier"), [
    # regression fixture in the form of a district monitoring report (not real), modelled on the national reports'
    # 农村妇女住院分娩率达到95%以上 (/work/shared/corpus/national_work_reports/2011.txt)
    ("全区孕产妇系统管理率达到96.8%，目标值为不低于95%，已达到规划目标。", "95%", "孕产妇系统管理率", "at_least"),
    # regression fixture, a variant (not real): 规划目标为 and 以上
    ("全区孕产妇系统管理率达到96.8%，规划目标为95%以上。", "95%", "孕产妇系统管理率", "at_least"),
    # regression fixture, a variant (not real): 目标为不低于, the bound kept
    ("全区孕产妇系统管理率达到96.8%，目标为不低于95%。", "95%", "孕产妇系统管理率", "at_least"),
    # regression fixture, a variant (not real): 保持在…以上 after 目标值为
    ("城镇单位女性从业人员占比为43.8%，目标值为保持在40%以上，已达到规划目标。", "40%", "城镇单位女性从业人员占比", "at_least"),
    # regression fixture, a variant (not real): a ratio of beds
    ("每千名老年人拥有养老床位43.9张，目标值为不低于40张，已达到规划目标。", "40张", "每千名老年人拥有养老床位", "at_least"),
    # regression fixture, a variant (not real): a rate per thousand held under a ceiling
    ("婴儿死亡率为2.35‰，目标值为控制在5‰以下，实际为2.35‰，已达到规划目标。", "控制在5‰", "婴儿死亡率", "at_most"),
])
def test_target_value_is_the_indicators(s, printed, name, qualifier):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["status"], f["qualifier"]) == (name, "target", qualifier)


@pytest.mark.parametrize(("s", "printed", "name", "status"), [
    # regression fixture in the form of a district monitoring report (not real), modelled on the national reports'
    # 人民健康水平不断提高，婴儿死亡率和孕产妇死亡率明显下降 (/work/shared/corpus/national_work_reports/2008.txt)
    ("全区孕产妇系统管理率目标值为不低于95%，实际为96.8%。", "95%", "孕产妇系统管理率", "target"),
    # regression fixture, a variant (not real): the outcome after the target
    ("全区孕产妇系统管理率目标值为不低于95%，实际为96.8%。", "96.8%", "孕产妇系统管理率", "actual"),
    # regression fixture, a variant (not real): 规划目标 ending the name
    ("全区孕产妇系统管理率规划目标为95%以上，实际为96.8%，已达到规划目标。", "96.8%", "孕产妇系统管理率", "actual"),
    # regression fixture, a variant (not real): a year and place before 实际
    ("每千名老年人拥有养老床位规划目标为不低于45张，2023年全县实际为40.2张。", "40.2张", "每千名老年人拥有养老床位", "actual"),
    # regression fixture, a variant (not real): the quoted indicator of a programme
    ("“每千名老年人拥有养老床位”规划目标为不低于45张，2023年全县实际为40.2张。", "45张", "“每千名老年人拥有养老床位”", "target"),
    # regression fixture, a variant (not real)
    ("“每千名老年人拥有养老床位”规划目标为不低于45张，2023年全县实际为40.2张。", "40.2张", "“每千名老年人拥有养老床位”", "actual"),
])
def test_target_and_outcome_named_by_the_indicator(s, printed, name, status):
    f = fact(s, printed)
    assert (f["indicator"], f["status"]) == (name, status)


@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district report (not real), modelled on 完成财政总收入240.78亿元,其中地方财政收入
    # 148.8亿元,分别增长20.3%、18% (/work/shared/gold/real/texts/yuhang_hz_2015_gwr.txt): a bare target after the parts
    # of a whole is the whole's
    ("全年新增城镇就业1.2万人，其中高校毕业生3000人，目标任务为1万人。", "1万人", "新增城镇就业", "level"),
    # regression fixture, a variant (not real): visits and overnight visits
    ("全年共接待游客1200万人次，其中过夜游客300万人次，目标为1000万人次。", "1000万人次", "接待游客", "level"),
    # regression fixture, a variant (not real): 年度目标
    ("全年完成固定资产投资120亿元，其中工业投资45亿元，年度目标为110亿元。", "110亿元", "固定资产投资", "level"),
    # regression fixture, a variant (not real): a growth between the whole and its part
    ("一般公共预算收入80亿元，增长6%，其中税收收入60亿元，预算目标为78亿元。", "78亿元", "一般公共预算收入", "level"),
    # regression fixture, a variant (not real): a rate and the rate of a part
    ("城市污水处理率96%，其中城区污水处理率98%，规划目标为95%。", "95%", "城市污水处理率", "rate_pct"),
    # regression fixture, a variant (not real): a target in % after a growth is the growth's
    ("全区实现地区生产总值1200亿元，增长5.2%，目标为6%。", "6%", "地区生产总值", "yoy_pct"),
])
def test_target_after_parts_is_the_wholes(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["status"]) == (name, measure, "target")


@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district report (not real), modelled on the national reports' 国内生产总值比上年
    # 增长7.8％，虽然略低于8％的预定目标 (/work/shared/corpus/national_work_reports/1999.txt): 不高于 compares the outcome with its target
    ("城镇调查失业率为5.1%，不高于5.5%的调控目标。", "5.5%", "城镇调查失业率", "rate_pct"),
    # regression fixture, a variant (not real): a price growth and 左右
    ("全年居民消费价格上涨2.1%，不高于3%左右的调控目标。", "3%", "居民消费价格", "yoy_pct"),
    # regression fixture, a variant (not real): 不超过
    ("居民消费价格涨幅为2.1%，不超过3%的调控目标。", "3%", "居民消费价格", "yoy_pct"),
    # regression fixture, a variant (not real): 不低于 after a growth
    ("全区地区生产总值增长6.5%，不低于6%的预期目标。", "6%", "地区生产总值", "yoy_pct"),
])
def test_not_above_a_target_compares_the_outcome(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["status"]) == (name, measure, "target")


@pytest.mark.parametrize(("head", "s", "printed"), [
    # regression fixture in the form of a district monitoring report (not real), modelled on the national reports'
    # 农村妇女住院分娩率达到95%以上 (2011.txt): the sentence after one with a target reports an outcome
    (HEAD, "全区孕产妇系统管理率达到96.8%，目标为不低于95%，已达到规划目标。\n孕产妇住院分娩率为100%，与上年持平。", "100%"),
    # regression fixture, a variant (not real): the title of an ageing bulletin
    (AGED, "每千名老年人拥有养老床位43.9张，目标值为不低于40张。\n全县养老床位6850张，比上年增加420张。", "6850张"),
])
def test_bulletin_year_is_reported(head, s, printed):
    assert fact(head + s, printed)["status"] == "actual"


# -- rates per hundred thousand and per thousand ------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "value", "unit"), [
    # regression fixture in the form of a district monitoring report (not real), modelled on the national reports'
    # 婴儿死亡率和孕产妇死亡率明显下降 (2008.txt)
    ("孕产妇死亡率较上年下降1.2/10万。", "1.2", -1.2, "1/10万"),
    # regression fixture, a variant (not real): points of the rate per hundred thousand
    ("孕产妇死亡率为8.5/10万，比上年下降1.2个十万分点。", "1.2", -1.2, "1/10万"),
    # regression fixture, a variant (not real): per-mille points, as before
    ("全区婴儿死亡率为2.1‰，比上年下降0.3个千分点。", "0.3", -0.3, "千分点"),
])
def test_rate_change_is_a_difference(s, printed, value, unit):
    f = fact_at(HEAD + s, printed)
    assert (f["measure"], f["value"], f["unit"]) == ("pp_diff", value, unit)


# -- names ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district monitoring report (not real), modelled on the national reports'
    # 全面开展儿童白血病等20种重大疾病保障试点工作 (2013.txt): an age group of children in months
    ("0-6个月婴儿纯母乳喂养率为68.4%，比上年提高3.2个百分点。", "68.4%", "0-6个月婴儿纯母乳喂养率"),
    # regression fixture, a variant (not real)
    ("6个月以内婴儿纯母乳喂养率为68.4%。", "68.4%", "6个月以内婴儿纯母乳喂养率"),
    # regression fixture in the form of a district monitoring report (not real), modelled on the national reports'
    # 国务院提出了…妇女权益保障法… (2006.txt): members of a political body, no office
    ("区政协委员中女性比例为30.1%。", "30.1%", "区政协委员中女性比例"),
    # regression fixture, a variant (not real)
    ("区政协委员中女性占30.1%。", "30.1%", "区政协委员中女性"),
])
def test_names_of_groups(s, printed, name):
    f = fact(HEAD + s, printed)
    assert f["indicator"] == name


def test_month_age_is_no_figure():
    # regression fixture, a variant (not real): the ages bounding the group are no facts
    f = facts(HEAD + "0-6个月婴儿纯母乳喂养率为68.4%。")
    assert f["raw_value"].tolist() == ["68.4"]


@pytest.mark.parametrize("s", [
    # regression fixture, a variant (not real): a duration before a facility named after children stays a figure
    "历时8个月儿童医院主体工程封顶。",
    # regression fixture, a variant (not real)
    "用时12个月儿童公园建成开放。",
    # regression fixture, a variant (not real)
    "历时3个月幼儿园改造完成。",
])
def test_months_before_a_facility_for_children_are_a_duration(s):
    f = facts(HEAD + s)
    assert (f["raw_unit"] == "个月").sum() == 1


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district monitoring report (not real), modelled on the national reports'
    # 城镇职工基本养老保险、基本医疗保险参保人数分别增加1753万和2028万 (2009.txt): a list sharing its last words
    ("宫颈癌和乳腺癌筛查人数分别为3.2万人和2.8万人，同比分别增长5.6%和4.3%。", "3.2万人", "宫颈癌筛查人数"),
    # regression fixture, a variant (not real): the growth of the first item
    ("宫颈癌和乳腺癌筛查人数分别为3.2万人和2.8万人，同比分别增长5.6%和4.3%。", "5.6%", "宫颈癌筛查人数"),
    # regression fixture, a variant (not real): a rate of screening
    ("宫颈癌、乳腺癌筛查率分别为85.3%和82.1%。", "85.3%", "宫颈癌筛查率"),
    # regression fixture, a variant (not real): coverage of insurance
    ("残疾人基本养老保险和基本医疗保险参保率分别为96.5%和98.1%。", "96.5%", "残疾人基本养老保险参保率"),
])
def test_list_shares_last_words(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- glossary keys -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district monitoring report (not real), modelled on the national reports'
    # 婴儿死亡率和孕产妇死亡率明显下降 (2008.txt)
    ("全区孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别为8.2/10万、1.95‰和2.67‰。", "2.67", "under5_mortality_rate"),
    # regression fixture, a variant (not real)
    ("2022年，全区新生儿死亡率为1.2‰，低于全市平均水平0.3个千分点。", "1.2‰", "neonatal_mortality_rate"),
    # regression fixture in the form of a district ageing bulletin (not real), modelled on the national reports'
    # 老年人接种逾万人 (/work/shared/gold/real/texts/xiasha_qt_2022_street_h1.txt)
    ("截至2023年底，全区60岁及以上户籍老年人口15.6万人，占户籍人口的27.3%。", "15.6万人", "registered_population_aged_60_plus"),
    # regression fixture, a variant (not real): the resident elderly
    ("全县60周岁及以上老年人口12.8万人，占总人口的24.5%。", "12.8万人", "population_aged_60_plus"),
    # regression fixture, a variant (not real)
    ("其中，65岁及以上老年人口11.2万人；80岁及以上高龄老人2.4万人。", "2.4万人", "population_aged_80_plus"),
    # regression fixture in the form of a district disability bulletin (not real), modelled on the national
    # reports' 为1700多万困难和重度残疾人发放生活或护理补贴 (2017.txt)
    ("截至2023年底，全区持证残疾人2.36万人，比上年增加812人。", "2.36万人", "certified_disabled_persons"),
    # regression fixture, a variant (not real)
    ("持证残疾人基本康复服务覆盖率达到85.6%，辅助器具适配率达到86.2%。", "85.6%", "disabled_rehabilitation_coverage_rate"),
    # regression fixture, a variant (not real)
    ("7岁以下儿童保健管理率达到97.5%，比上年提高0.8个百分点。", "97.5%", "under7_health_management_rate"),
])
def test_glossary_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key
