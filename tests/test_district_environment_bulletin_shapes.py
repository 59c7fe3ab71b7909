"""Sentences shaped as the ecological environment bulletins of districts and cities print them.

A bulletin lists its pollutants with one shared name (PM2.5、PM10年均浓度分别为…): each item is the pollutant's annual
mean concentration, as printed, and 年均 in 年均浓度 is the name's word, no average per year of a span. Noise is printed
in dB(A) as often as in 分贝: a figure, not a name. A rate the district kept (达标率保持100%) is named without its verb.

The sentences marked ``regression fixture`` are written in the style of district bulletins for the suite, each after
the real sentence named in its comment (a real excerpt of tests/gold/real/texts or a national work report).
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

REVIEW = "一、2023年工作回顾\n"
PLAN = "二、2024年工作安排\n"

# regression fixture in the style of a district bulletin; modelled on dongcheng_2018_annual.txt
# `细颗粒物年均浓度52微克/立方米,下降13.3%` and 2011.txt `化学需氧量、二氧化硫排放量分别下降12.45%、14.29%`
POLLUTANTS = REVIEW + "PM2.5、PM10、NO2、SO2年均浓度分别为32、55、28、3微克/立方米。"
POLLUTANTS_FALL = REVIEW + "PM2.5、PM10年均浓度分别为32微克/立方米、55微克/立方米，同比分别下降8.6%、6.8%。"
PARTICLES = REVIEW + "细颗粒物、可吸入颗粒物年均浓度分别同比下降8.6%和6.8%。"
# real: shared/corpus/national_work_reports/1958.txt
TIMBER = "木材和水泥的产量，也将分别比一九五七年增长百分之九点四和百分之十四点五。"


@pytest.mark.parametrize(("text", "printed", "name", "measure", "value"), [
    (POLLUTANTS, "32", "PM2.5年均浓度", "level", 32.0),
    (POLLUTANTS, "55", "PM10年均浓度", "level", 55.0),
    (POLLUTANTS, "28", "NO2年均浓度", "level", 28.0),
    (POLLUTANTS, "3微克", "SO2年均浓度", "level", 3.0),
    (POLLUTANTS_FALL, "32微克", "PM2.5年均浓度", "level", 32.0),
    (POLLUTANTS_FALL, "8.6%", "PM2.5年均浓度", "yoy_pct", -8.6),
    (POLLUTANTS_FALL, "6.8%", "PM10年均浓度", "yoy_pct", -6.8),
    (PARTICLES, "8.6%", "细颗粒物年均浓度", "yoy_pct", -8.6),
    (PARTICLES, "6.8%", "可吸入颗粒物年均浓度", "yoy_pct", -6.8),
])
def test_a_list_of_pollutants_shares_its_annual_mean_concentration(text, printed, name, measure, value):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["value"]) == (name, measure, value)
    assert f["comparator"] == "" and "multi_year" not in f["flags"]  # 年均浓度: no average over years


def test_the_first_pollutant_keeps_the_key_of_its_concentration():
    assert fact(POLLUTANTS, "32")["indicator_key"] == "pm25"
    assert fact(PARTICLES, "8.6%")["indicator_key"] == "pm25"


def test_an_item_the_glossary_names_whole_with_the_shared_words_takes_them():
    assert fact(TIMBER, "百分之九点四")["indicator"] == "木材的产量"
    assert fact(TIMBER, "百分之十四点五")["indicator"] == "水泥的产量"


# regression fixture in the style of a district bulletin; modelled on 2016.txt `地级及以上城市空气质量优良天数比率超过80%`
# (the year-average reading of a per-year amount stays: 城镇新增就业年均1270人)
def test_a_per_year_amount_is_still_read_as_one():
    f = fact(REVIEW + "全区城镇新增就业年均1270人。", "1270人")
    assert (f["comparator"], "multi_year" in f["flags"]) == ("年均", True)


# regression fixtures in the style of a district bulletin (noise in dB(A)); modelled on dongcheng_2018_annual.txt
# `细颗粒物年均浓度52微克/立方米,下降13.3%`
@pytest.mark.parametrize(("text", "printed", "measure", "value"), [
    (REVIEW + "道路交通噪声昼间平均等效声级为67.2dB(A)，同比下降0.5dB(A)。", "67.2dB(A)", "level", 67.2),
    (REVIEW + "道路交通噪声昼间平均等效声级为67.2dB(A)，同比下降0.5dB(A)。", "0.5dB(A)", "abs_change", -0.5),
    (REVIEW + "区域环境噪声平均等效声级53.6dB，同比下降0.5dB。", "53.6dB", "level", 53.6),
    (REVIEW + "区域环境噪声昼间平均等效声级为54.1dB（A）。", "54.1dB（A）", "level", 54.1),
])
def test_noise_in_decibels_printed_in_latin_letters_is_a_figure(text, printed, measure, value):
    f = fact(text, printed)
    assert (f["measure"], f["value"], f["unit"], f["raw_value"] + f["raw_unit"]) == (measure, value, "分贝", printed)
    assert f["indicator"].endswith("平均等效声级")


def test_a_standard_code_in_latin_letters_stays_a_name():
    got = facts(REVIEW + "执行DB11/501-2017排放标准。")
    assert "11" not in set(got["raw_value"]) and "分贝" not in set(got["unit"])


# regression fixtures in the style of a district bulletin; modelled on xicheng_2022_annual.txt
# `…登记失业率等重要经济社会发展指标,保持全市第一` (a standing kept, named without 保持)
@pytest.mark.parametrize(("text", "printed", "name", "status"), [
    (REVIEW + "地表水国考断面达标率保持100%。", "100%", "地表水国考断面达标率", "actual"),
    (REVIEW + "集中式饮用水水源地水质达标率继续保持100%。", "100%", "集中式饮用水水源地水质达标率", "actual"),
    (PLAN + "力争森林覆盖率达到45%，地表水国考断面达标率保持100%。", "100%", "地表水国考断面达标率", "target"),
    (REVIEW + "全区城镇调查失业率维持5.2%。", "5.2%", "城镇调查失业率", "actual"),
    (REVIEW + "城镇登记失业率维持在3%以内。", "3%", "城镇登记失业率", "actual"),
])
def test_a_rate_kept_is_named_without_the_verb_keeping_it(text, printed, name, status):
    f = fact(text, printed)
    assert (f["indicator"], f["status"], f["measure"]) == (name, status, "rate_pct")


# real: tests/gold/real/texts/xicheng_2022_annual.txt
def test_the_real_standing_kept_is_read_as_before():
    text = "人均地区生产总值、全员劳动生产率、居民人均可支配收入、登记失业率等重要经济社会发展指标,保持全市第一。"
    got = facts(text)
    assert set(got["indicator"]) == {"人均地区生产总值", "全员劳动生产率", "居民人均可支配收入", "登记失业率"}
    assert set(got["measure"]) == {"rank"} and set(got["comparator"]) == {"全市"}


# regression fixtures in the style of district reports (a district against its city by an amount); modelled on
# tests/test_excerpt_prose_names.py `全区新增就业人数比全市多1.2万人` and district_2021_bulletin_rank.txt
# `增幅高于全市平均水平55.4个百分点` (points read against 全市 the same way)
@pytest.mark.parametrize(("text", "printed", "name", "value"), [
    (REVIEW + "PM2.5年均浓度32微克/立方米，低于全市平均水平3微克/立方米。", "3微克", "PM2.5年均浓度", -3.0),
    (REVIEW + "PM2.5年均浓度32微克/立方米，比全市平均水平低3微克/立方米。", "3微克", "PM2.5年均浓度", -3.0),
    (REVIEW + "PM2.5年均浓度32微克/立方米，比全市低3微克/立方米。", "3微克", "PM2.5年均浓度", -3.0),
    (REVIEW + "全区居民人均可支配收入8.2万元，高于全市平均水平2000元。", "2000元", "居民人均可支配收入", 2000.0),
    (REVIEW + "全区居民人均可支配收入比全市高2000元。", "2000元", "居民人均可支配收入", 2000.0),
    (REVIEW + "全区居民人均可支配收入高出全市平均水平2000元。", "2000元", "居民人均可支配收入", 2000.0),
    (REVIEW + "全区优良天数比全市多12天。", "12天", "优良天数", 12.0),
    # 的 after the place (低于全市的3微克/立方米), as districts print it too
    (REVIEW + "PM2.5年均浓度32微克/立方米，低于全市的3微克/立方米。", "3微克", "PM2.5年均浓度", -3.0),
])
def test_an_amount_above_or_below_the_city_is_a_change_against_it(text, printed, name, value):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == (name, "abs_change", value, "全市")


def test_a_ceiling_with_no_base_stays_a_level():
    f = fact(REVIEW + "对新招用人员给予补贴，每人最高2000元。", "2000元")
    assert f["measure"] == "level"


# real: tests/gold/real/texts/district_2021_bulletin_rank.txt
def test_the_real_points_above_the_city_stay_a_difference_of_points():
    text = "规模工业中,战略性新兴产业工业产值增长77.2%,增幅高于全市平均水平55.4个百分点。"
    f = fact(text, "55.4个百分点")
    assert (f["measure"], f["value"], f["comparator"]) == ("pp_diff", 55.4, "全市")


# regression fixtures in the style of a district bulletin (the glossary's PM10, days of heavy pollution, water use per
# unit of output, park space per head); modelled on dongcheng_2018_annual.txt `细颗粒物年均浓度52微克/立方米,下降13.3%`
# and 2016.txt `今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%`
@pytest.mark.parametrize(("text", "printed", "key"), [
    (POLLUTANTS, "55", "pm10"),
    (REVIEW + "PM10、PM2.5年均浓度分别为55、32微克/立方米。", "55", "pm10"),
    (REVIEW + "PM10、PM2.5年均浓度分别为55、32微克/立方米。", "32微克", "pm25"),
    (REVIEW + "可吸入颗粒物（PM10）年均浓度55微克/立方米，比上年下降6.8%。", "6.8%", "pm10"),
    (REVIEW + "全区PM10累计浓度为58微克/立方米。", "58微克", "pm10"),
    (REVIEW + "重污染天数3天，比上年减少5天。", "3天", "heavy_pollution_days"),
    (REVIEW + "重度及以上污染天数3天。", "3天", "heavy_pollution_days"),
    (PLAN + "PM2.5年均浓度控制在32微克/立方米左右，重污染天数控制在3天以内。", "3天", "heavy_pollution_days"),
    (REVIEW + "万元地区生产总值能耗、水耗分别下降3.2%、5%。", "5%", "water_intensity"),
    (REVIEW + "城市人均公园绿地面积达到15.2平方米。", "15.2平方米", "park_green_space_per_capita"),
])
def test_bulletin_quantities_have_their_glossary_keys(text, printed, key):
    assert fact(text, printed)["indicator_key"] == key


# regression fixtures in the style of a district bulletin (a level in brackets right after its quantity, its change
# after the bracket); modelled on dongcheng_2018_annual.txt `细颗粒物年均浓度52微克/立方米,下降13.3%`
@pytest.mark.parametrize(("text", "printed", "name"), [
    (REVIEW + "全区PM2.5年均浓度（32微克/立方米）同比下降8.6%。", "32微克", "PM2.5年均浓度"),
    (REVIEW + "全区空气质量优良天数（286天）比上年增加12天。", "286天", "空气质量优良天数"),
    (REVIEW + "全区全社会用电量（32.5亿千瓦时）同比增长4.1%。", "32.5亿千瓦时", "全社会用电量"),
    (REVIEW + "规模以上工业企业（45家）实现产值120亿元。", "45家", "规模以上工业企业"),
])
def test_a_level_in_brackets_is_that_of_the_quantity_named_before_it(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"]) == (name, "level")


def test_a_size_in_brackets_after_a_facility_names_no_quantity():
    f = fact(REVIEW + "建成垃圾处理设施（500吨）。", "500吨")
    assert f["indicator"] != "垃圾处理设施"  # (a facility is no quantity: its size is not its level)


# regression fixtures in the style of a district bulletin (a daily average after the year's total, its clause only
# 日均 and the figure); modelled on 1985.txt `农民的纯收入，全国平均每人达到三百五十五元` (a per-head
# basis taking the quantity named before) and tests/test_time_basis.py `各类市场主体每天新增4.5万户`
@pytest.mark.parametrize(("text", "printed", "name", "key"), [
    (REVIEW + "全区生活垃圾清运量为85.6万吨，日均2345吨。", "2345吨", "日均生活垃圾清运量", "household_waste_daily_collected"),
    (REVIEW + "全区生活垃圾日均清运量2345吨。", "2345吨", "生活垃圾日均清运量", "household_waste_daily_collected"),
    (REVIEW + "全年接待游客1200万人次，日均3.3万人次。", "3.3万人次", "日均接待游客", ""),
])
def test_a_daily_average_after_a_total_is_of_the_quantity_named_before(text, printed, name, key):
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (name, key, "level")


# real: shared/corpus/national_work_reports/1985.txt (the per-head basis the daily one follows)
def test_the_real_per_head_basis_takes_the_quantity_named_before():
    f = fact("农民的纯收入，全国平均每人达到三百五十五元。", "三百五十五元")
    assert f["indicator"] == "人均农民的纯收入"


# regression fixtures in the style of a district bulletin (the night's noise after the day's, named by its part word
# only); modelled on 1998.txt `城镇人均居住面积增加到8 ．7 平方米，农村增加到2 2 平方米` (its spaces dropped here)
@pytest.mark.parametrize(("text", "printed", "name"), [
    (REVIEW + "区域环境噪声昼间平均等效声级为54.1分贝，夜间为45.3分贝。", "45.3分贝", "区域环境噪声夜间平均等效声级"),
    (REVIEW + "区域环境噪声昼间平均等效声级为54.1dB(A)，夜间45.3dB(A)。", "45.3dB", "区域环境噪声夜间平均等效声级"),
    (REVIEW + "城镇人均居住面积增加到8.7平方米，农村增加到22平方米。", "22平方米", "农村人均居住面积"),
])
def test_a_part_named_by_its_word_alone_takes_the_words_around_its_sibling(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# real: shared/corpus/national_work_reports/2011.txt (a part ending the name before: nothing measured after it)
def test_the_real_persons_covered_keep_their_own_name():
    text = ("积极稳妥推进医药卫生体制改革，全面建立城镇居民基本医疗保险制度、新型农村合作医疗制度，"
            "惠及4.32亿城镇职工和城镇居民、8.35亿农村居民。")
    assert fact(text, "8.35亿")["indicator"] == "城镇居民基本医疗保险制度、新型农村合作医疗制度惠及的农村居民"


# regression fixtures in the style of a district report (the target exceeded, or met after its outcome, printed with
# its figure); modelled on 2007.txt `全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标`
@pytest.mark.parametrize(("text", "printed", "status"), [
    (REVIEW + "全区单位GDP能耗较上年下降3.2%，超额完成市下达的下降2.5%的目标。", "2.5%", "target"),
    (REVIEW + "全区单位GDP能耗较上年下降3.2%，超额完成市下达的下降2.5%的目标。", "3.2%", "actual"),
    (REVIEW + "全区单位GDP能耗较上年下降3.2%，完成年初确定的下降2.5%的目标。", "2.5%", "target"),
    (REVIEW + "全区地区生产总值增长6.5%，超额完成年初确定的增长6%的目标。", "6%", "target"),
    (REVIEW + "全区地区生产总值增长6.5%，超额完成年初确定的增长6%的目标。", "6.5%", "actual"),
])
def test_a_target_exceeded_or_met_after_its_outcome_is_a_target(text, printed, status):
    f = fact(text, printed)
    assert (f["status"], f["measure"]) == (status, "yoy_pct")


# real: shared/corpus/national_work_reports/2007.txt and 2021.txt (a target missed; a target reached, its figure the
# outcome)
@pytest.mark.parametrize(("text", "printed", "status"), [
    ("但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。", "4%", "target"),
    ("2021: 全面深化教育领域综合改革。实现高职院校扩招100万人目标。加大公共卫生体系建设力度。", "100万人", "actual"),
])
def test_the_real_targets_missed_and_reached_read_as_before(text, printed, status):
    assert fact(text, printed)["status"] == status


# regression fixtures in the style of a district plan (the target the city set, named by what it is set on); modelled
# on tests/test_budget_ceilings_and_planned_sums.py `控制在省下达的债务限额102.5亿元以内` (the giver no part of the name)
@pytest.mark.parametrize("text", [
    PLAN + "完成市下达的单位地区生产总值能耗降低3.5%目标。",
    PLAN + "完成市下达的单位地区生产总值能耗下降3.5%的目标任务。",
    PLAN + "确保完成区下达的单位地区生产总值能耗下降3.5%的目标。",
])
def test_the_level_setting_a_target_is_no_part_of_its_name(text):
    f = fact(text, "3.5%")
    assert (f["indicator"], f["indicator_key"], f["status"]) == ("单位地区生产总值能耗", "energy_intensity", "target")


# regression fixtures in the style of a district report (the target's figure after the outcome, printed without its
# verb: 完成…17%的目标); modelled on 2007.txt `…单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标`
@pytest.mark.parametrize(("text", "printed", "measure", "value"), [
    (REVIEW + "“十三五”期间，全区单位地区生产总值能耗累计下降18.2%，超额完成市下达的17%的目标。", "17%", "change_pct", -17.0),
    (REVIEW + "全区单位GDP能耗较上年下降3.2%，超额完成市下达的2.5%的下降目标。", "2.5%", "yoy_pct", -2.5),
    (REVIEW + "单位地区生产总值能耗下降3.2%，完成市下达的3%的目标。", "3%", "yoy_pct", -3.0),
    (REVIEW + "全区地区生产总值增长6.5%，完成年初确定的6%的预期目标。", "6%", "yoy_pct", 6.0),
])
def test_a_target_figure_after_the_outcome_is_the_change_it_set(text, printed, measure, value):
    f = fact(text, printed)
    assert (f["measure"], f["value"], f["status"]) == (measure, value, "target")


def test_a_share_of_the_target_done_stays_a_completion():
    f = fact(REVIEW + "一般公共预算收入完成15亿元，完成全年目标的52.3%。", "52.3%")
    assert (f["measure"], f["value"]) == ("completion_pct", 52.3)


# regression fixtures in the style of a district bulletin (days counted after the verb they were seen by); modelled
# on 2023.txt `重污染天数下降超过五成` (the days named, no verb)
@pytest.mark.parametrize(("text", "printed", "name"), [
    (REVIEW + "全年共出现重污染天气3天，均为PM2.5污染。", "3天", "重污染天气"),
    (REVIEW + "全年共监测到重污染天3天，同比减少5天。", "3天", "重污染天"),
    (REVIEW + "全年出现沙尘天气2次。", "2次", "沙尘天气"),
])
def test_days_seen_are_named_without_the_verb_seeing_them(text, printed, name):
    assert fact(text, printed)["indicator"] == name
