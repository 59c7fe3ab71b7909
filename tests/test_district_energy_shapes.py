"""Figures of the energy, energy-saving and carbon reports of districts and counties (能源发展报告, 节能降耗工作总结,
碳达峰碳中和工作情况), as district and county offices print them.

They print the energy used (能源消费总量X万吨标准煤, 规模以上工业综合能源消费量), its intensity (单位地区生产总值能耗
下降X%, 万元GDP能耗X吨标准煤, 规上工业万元增加值能耗), electricity by user (全社会用电量X亿千瓦时, 其中工业用电量,
城乡居民生活用电量; 第一产业、第二产业、第三产业用电量分别为…), gas, renewables (光伏装机容量, 可再生能源占能源消费
比重), carbon (碳排放强度, 二氧化碳排放量), buildings and new-energy vehicles with their chargers. The rules:

- 增加值 (value added) inside a name (单位工业增加值能耗0.35吨标准煤) is a noun, no verb 增加 changing a 值: the figure
  after it is a level of the whole name.
- A list of users sharing the electricity word the last one prints (第一产业、第二产业、第三产业用电量分别为…) gives each
  user that word, as a list sharing 用水量 does.
- The whole a share is of keeps 总量 where it is part of the whole's name (占全区能源消费总量的6.8%: 能源消费总量, as
  经济总量 and 用水总量 are kept).
- A target's figure in brackets after its word keeps its change word with it (超额完成年度目标任务（下降2.5%）): the
  target of the outcome before, in its measure.
- An amount of energy used printed bare after a count of the units using it (重点用能单位28家，能源消费量合计19.6万吨
  标准煤) is those units' amount, as a turnover after a count of firms is the firms'.
- The glossary names the energy concepts district reports print: total energy consumption, industrial energy
  intensity, electricity by user, solar capacity, CO2 emissions, the renewable share, chargers, coal consumption.
- A district's carbon intensity (碳排放强度, 单位地区生产总值二氧化碳排放) is named in the tables by the district's
  product, as its energy intensity is, not by the nation's (单位国内生产总值二氧化碳排放).

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

import dhcheng_analysis as dh

HEAD = "一、2023年全区节能降耗工作情况\n"


# -- 增加值 in a name is no change verb ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure", "value"), [
    # regression fixture in the form of a district energy-saving report (not real), modelled on 每吨钢的综合能耗，由上年的
    # 2.51吨煤，降低到2.28吨煤 (/work/shared/corpus/national_work_reports/1980.txt), the intensity of industry's value added
    ("规上工业万元增加值能耗0.35吨标准煤，下降6.1%。", "0.35吨标准煤", "规上工业万元增加值能耗", "level", 0.35),
    # regression fixture, a variant (not real): the fall after the level keeps the name
    ("规上工业万元增加值能耗0.35吨标准煤，下降6.1%。", "6.1%", "规上工业万元增加值能耗", "yoy_pct", -6.1),
    # regression fixture, a variant (not real): 单位 for 万元
    ("全区单位工业增加值能耗0.42吨标准煤。", "0.42吨标准煤", "单位工业增加值能耗", "level", 0.42),
])
def test_value_added_in_a_name_is_no_change_verb(s, printed, name, measure, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["value"]) == (name, measure, pytest.approx(value))
    assert f["indicator_key"] == "industrial_energy_intensity"


def test_a_rise_of_a_quantity_stays_a_change() -> None:
    # regression fixture, a variant (not real): 增加 before a quantity that is no 值 is still a change of it
    f = fact(HEAD + "全年供热面积5860万平方米，较上年增加120万平方米。", "120万平方米")
    assert (f["indicator"], f["measure"], f["value"]) == ("供热面积", "abs_change", 1.2e6)


# -- users sharing the electricity word -----------------------------------------------------------------------

@pytest.mark.parametrize(("s", "expected"), [
    # regression fixture in the form of a district energy report (not real), modelled on 全社会用电量增长7.5%
    # (/work/shared/corpus/national_work_reports/2014.txt), broken down by industry in a list with 分别
    ("第一产业、第二产业、第三产业用电量分别为0.4亿千瓦时、23.5亿千瓦时和28.7亿千瓦时。",
     [("第一产业用电量", "primary_industry_electricity_consumption"),
      ("第二产业用电量", "secondary_industry_electricity_consumption"),
      ("第三产业用电量", "tertiary_industry_electricity_consumption")]),
    # regression fixture, a variant (not real): growth rates of two users, the last a household one
    ("工业、城乡居民生活用电量分别增长3.1%和7.9%。",
     [("工业用电量", "industrial_electricity_consumption"),
      ("城乡居民生活用电量", "residential_electricity_consumption")]),
    # regression fixture, a variant (not real): joined by 和
    ("第二产业和第三产业用电量分别增长4.5%、9.3%。",
     [("第二产业用电量", "secondary_industry_electricity_consumption"),
      ("第三产业用电量", "tertiary_industry_electricity_consumption")]),
])
def test_users_of_a_list_share_the_electricity_word(s, expected):
    f = facts(HEAD + s + "\n")
    assert list(zip(f["indicator"], f["indicator_key"], strict=True)) == expected


# -- 总量 of a whole that is named so -------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "whole"), [
    # regression fixture in the form of a district energy report (not real), modelled on 非化石能源占一次能源消费
    # 比重提高到11.4% (/work/shared/corpus/national_work_reports/2011.txt), the whole named with its 总量
    ("全区可再生能源利用总量达到12.6万吨标准煤，占全区能源消费总量的4.4%。", "4.4%", "全区能源消费总量"),
    # regression fixture, a variant (not real): the share word after the whole
    ("可再生能源利用量占能源消费总量的比重为4.4%。", "4.4%", "能源消费总量"),
    # regression fixture, a variant (not real): the whole printed with no 总量 stays as printed
    ("全区可再生能源占能源消费比重达到12.5%。", "12.5%", "能源消费"),
])
def test_a_wholes_total_word_is_kept_where_it_names_it(s, printed, whole):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["comparator"]) == ("rate_pct", whole)


def test_a_total_word_of_no_named_whole_is_still_dropped() -> None:
    # regression fixture, a variant (not real): 税收总量 is the tax, as before
    assert fact(HEAD + "全区税收收入占全市税收总量的12.5%。", "12.5%")["comparator"] == "全市税收"


def test_the_renewable_share_takes_its_key() -> None:
    # regression fixture in the form of a district energy report (not real), modelled on 非化石能源占一次能源消费
    # 比重提高到11.4% (/work/shared/corpus/national_work_reports/2011.txt)
    f = fact(HEAD + "全区可再生能源占能源消费比重达到12.5%，较上年提高1.1个百分点。", "12.5%")
    assert f["indicator_key"] == "renewable_energy_share"


# -- a target in brackets with its change word ---------------------------------------------------------------

@pytest.mark.parametrize(("s", "target"), [
    # regression fixture in the form of a district energy-saving report (not real), modelled on 全国没有实现年初确定的
    # 单位国内生产总值能耗降低4%左右…的目标 (/work/shared/corpus/national_work_reports/2007.txt), the target in brackets
    ("经市发展改革委初步核算，全区单位地区生产总值能耗同比下降4.26%，超额完成年度目标任务（下降2.5%）。", -2.5),
    # regression fixture, a variant (not real): 目标 alone
    ("全区单位地区生产总值能耗同比下降4.26%，超额完成年度目标（下降2.5%）。", -2.5),
    # regression fixture, a variant (not real): the city's target, 降低
    ("全区单位地区生产总值能耗同比下降4.26%，完成市下达目标（降低3%）。", -3),
])
def test_a_bracketed_targets_change_word_goes_with_it(s, target):
    f = facts(HEAD + s + "\n")
    assert list(zip(f["indicator"], f["measure"], f["value"], f["status"], strict=True)) == [
        ("单位地区生产总值能耗", "yoy_pct", -4.26, "actual"), ("单位地区生产总值能耗", "yoy_pct", target, "target")]


def test_a_bracketed_target_with_no_change_word_is_read_as_before() -> None:
    # regression fixture, a variant (not real): the figure alone in the brackets (as 规划目标（3000个）)
    f = facts(HEAD + "两年共建成5G基站2300个，完成规划目标（3000个）的76.7%。\n")
    assert list(zip(f["value"], f["status"], strict=True)) == [(2300, "actual"), (3000, "target"), (76.7, "actual")]


# -- energy used by the units counted before ------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district energy-saving report (not real), modelled on 加强…年耗能万吨标准煤
    # 以上重点企业的节能减排工作 (/work/shared/corpus/national_work_reports/2007.txt), the key users counted first
    ("全区重点用能单位28家，能源消费量合计19.6万吨标准煤，占全区能源消费总量的6.8%。", "19.6万吨标准煤",
     "重点用能单位能源消费量"),
    # regression fixture, a variant (not real): 综合能耗 for the amount
    ("全区重点用能单位28家，综合能耗19.6万吨标准煤。", "19.6万吨标准煤", "重点用能单位综合能耗"),
])
def test_energy_used_after_a_count_of_users_is_theirs(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["indicator_key"]) == (name, "level", "")


# -- glossary keys ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district energy report (not real), modelled on 能源消费总量平均每年只增长
    # 百分之一点九 (/work/shared/corpus/national_work_reports/1983.txt)
    ("2023年，全区能源消费总量186.5万吨标准煤，同比增长2.3%，完成市下达控制目标。", "186.5万吨标准煤", "energy_consumption"),
    # regression fixture in the form of a district energy report (not real), modelled on 全社会用电量增长7.5%
    # (/work/shared/corpus/national_work_reports/2014.txt), a part of it
    ("其中，城乡居民生活用电量15.8亿千瓦时，同比增长7.9%。", "15.8亿千瓦时", "residential_electricity_consumption"),
    # regression fixture in the form of a district energy report (not real), modelled on 可再生能源发电装机规模突破
    # 10亿千瓦 (/work/shared/corpus/national_work_reports/2022.txt)
    ("全区光伏装机容量达到35.6万千瓦，较上年新增8.2万千瓦。", "35.6万千瓦", "solar_pv_capacity"),
    # regression fixture in the form of a district carbon report (not real), modelled on 二氧化碳排放强度要降低3.1%以上
    # (/work/shared/corpus/national_work_reports/2015.txt), the amount emitted
    ("全区二氧化碳排放量1350万吨，较2020年下降6.2%。", "1350万吨", "co2_emissions"),
    # regression fixture, a variant (not real): coal used
    ("煤炭消费量降至3.2万吨，比上年减少1.1万吨。", "3.2万吨", "coal_consumption"),
])
def test_energy_concepts_take_the_glossarys_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


def test_the_districts_intensity_as_the_real_excerpt_prints_it() -> None:
    # real: 万元GDP能耗下降2.99%。 (/work/shared/gold/real/texts/chaoyang_2018_h1.txt)
    f = fact(HEAD + "万元GDP能耗下降2.99%。", "2.99%")
    assert (f["indicator_key"], f["measure"], f["value"]) == ("energy_intensity", "yoy_pct", -2.99)


def test_a_districts_carbon_intensity_is_named_as_a_districts_in_the_tables() -> None:
    # regression fixture in the form of a district carbon report (not real), modelled on 单位国内生产总值能耗和二氧化碳
    # 排放分别降低13.5%、18% (/work/shared/corpus/national_work_reports/2021.txt), of the district's product
    t = dh.target_completion(dh.load_report(HEAD + "碳排放强度下降3.8%，完成全年目标的108%。\n"))
    assert t["indicator"].tolist() == ["单位地区生产总值二氧化碳排放"]
