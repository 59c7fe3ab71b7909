"""Figures of the fishery and ocean economy report (渔业经济运行情况, 海洋经济发展情况), as district and county fishery
bureaus and ocean departments print them.

The report counts the aquatic output (水产品总产量12.6万吨，其中海水产品产量9.8万吨，淡水产品产量2.8万吨), the farmed
and caught parts of it (海水养殖产量, 海洋捕捞产量, 淡水养殖产量, 淡水捕捞产量), the output value of the fishery and of
the fishery economy (渔业产值, 渔业经济总产值 in 亿元), the aquaculture area (水产养殖面积…万亩, its sea and fresh water
parts), the fishing fleet (渔船…艘, 远洋渔船, 压减海洋捕捞渔船…艘), the distant-water catch (远洋渔业产量), the
fishermen's income (渔民人均纯收入), the fry released (增殖放流苗种…亿尾), the gross ocean product and its share of
the GDP (海洋生产总值…亿元，占GDP比重为…%), and the enforcement of the summer fishing moratorium (伏季休渔期间…查处
违法违规案件…起). The rules:

- 尾 (fish, fry) is a counter, as 羽 and 头 are: 放流苗种3.2亿尾 is 3.2亿 of 尾, and an alternative counter in
  brackets after it (3.2亿尾（只）: fish, and shrimp or crabs counted by 只) is no name of the figure;
- a bare size (总吨位, 吨位, 总功率, 功率) right after a count of vessels or machines of the same sentence (by 艘, 台,
  辆, 架) is of the things counted: 渔船1256艘，总吨位8.6万吨 → 渔船总吨位, and a second size after the first is of
  them too (…，总功率15.2万千瓦 → 渔船总功率); after a cut in the fleet, of the vessels cut (压减海洋捕捞渔船42艘、
  功率3600千瓦 → 海洋捕捞渔船功率), past a size of one of them (风电机组120台，单机功率3兆瓦，总功率… → 风电机组总功率);
  with no count before it, or a count of only some of the things sized (其中远洋渔船56艘; the last item of a list,
  公交车5600辆、出租车6800辆), the size stays bare;
- the glossary keys the stable statistics of the kind: the marine and freshwater aquatic output, the aquaculture
  output and the catch, the mariculture and marine catch output, the freshwater aquaculture and catch output, the
  distant-water fishing output, the mariculture and freshwater aquaculture area, the gross output of the fishery
  economy, the fishing vessels, their tonnage and power, the distant-water fishing vessels, the fishermen's per-capita net income, the
  gross ocean product and the fry released; a narrower or wider phrase is not keyed by them (渔民人均纯收入 is not
  农民人均纯收入, 海洋捕捞渔船 not 渔船).

The national work reports speak of this subject with national figures (海洋和淡水的渔业生产，一九五九年的产量达到五百
零二万吨，比一九五七年的三百一十二万吨增加了一百九十万吨, 1960.txt; 水产品将增加约四亿八千二百万斤, 1958.txt;
发展海洋捕捞和海水、淡水的养殖业, 1979.txt; 五年内扩大淡水养殖面积一千六百万亩，海水养殖面积八十万亩, 1982.txt); the real excerpts print it as 水产品生产总量400吨,比上年下降7.4%
(minhang_sh_2015_bulletin). Sentences written in the form of district reports, not real, are marked as regression
fixtures; the real ones are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "2023年全区渔业经济运行情况\n一、渔业生产情况\n"

OUTPUT = "全年水产品总产量12.6万吨，同比增长3.2%，其中海水产品产量9.8万吨，淡水产品产量2.8万吨。"
OUTPUT_PARTS = "水产品总产量12.6万吨，其中水产养殖产量8.4万吨、水产捕捞产量4.2万吨。"
SEA = "全区海水养殖产量6.5万吨，海洋捕捞产量3.3万吨，分别增长4.1%和下降2.6%。"
FRESH = "淡水养殖产量2.5万吨，淡水捕捞产量0.3万吨。"
SHARE = "海水产品产量9.8万吨，占水产品总产量的77.8%。"
PLAN = "全区水产品产量完成12.6万吨，为年计划的102.3%。"
VALUE = "实现渔业产值28.6亿元，同比增长5.4%。"
ECONOMY = "渔业经济总产值达到56.3亿元，增长6.8%。"
AREA = "全区水产养殖面积12.5万亩，其中海水养殖面积8.2万亩、淡水养殖面积4.3万亩。"
FLEET = "全区共有渔船1256艘，总吨位8.6万吨，总功率15.2万千瓦。"
FLEET_TOTAL = "全区渔船总数1256艘。"
CUT = "全年压减海洋捕捞渔船42艘、功率3600千瓦，完成减船转产任务的105%。"
DISTANT = "远洋渔业企业5家，远洋渔船36艘，远洋渔业产量2.1万吨，增长12.5%。"
INCOME = "渔民人均纯收入2.85万元，增长7.2%。"
INCOME_DISPOSABLE = "渔民人均可支配收入3.12万元，比上年增长6.9%。"
RELEASE = "全年增殖放流苗种3.2亿尾。"
RELEASE_MIXED = "全年放流苗种3.2亿尾（只），其中中国对虾苗种2.1亿尾。"
RELEASE_ASCII = "全年放流苗种3.2亿尾(只)。"
OCEAN = "全区海洋生产总值达到320亿元，占GDP比重为28.5%。"
OCEAN_CITY = "全市海洋生产总值1280亿元，增长6.5%，占地区生产总值的比重为18.2%。"
MORATORIUM = "伏季休渔期间，共出动执法人员1260人次，查处违法违规案件86起。"
PATROL = "伏季休渔期间，累计检查渔船2360艘次，查处违规渔船45艘，收缴违规网具1200余张。"
SHIPS = "完成渔船更新改造56艘，清理取缔涉渔“三无”船舶128艘。"
REEF = "全年累计投放人工鱼礁3.2万空方，新建国家级海洋牧场示范区1个。"


# -- the aquatic output and its parts ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key", "measure", "value", "unit"), [
    # regression fixture in the form of a district fishery report (not real), modelled on 水产品生产总量400吨,比上年
    # 下降7.4% (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt) and 海洋和淡水的渔业生产，一九五九年的产量
    # 达到五百零二万吨 (1960.txt)
    (OUTPUT, "12.6万吨", "水产品总产量", "aquatic_output", "level", 126000, "吨"),
    (OUTPUT, "3.2%", "水产品总产量", "aquatic_output", "yoy_pct", 3.2, "%"),
    # regression fixture, a variant (not real): the sea and fresh water parts after 其中
    (OUTPUT, "9.8万吨", "海水产品产量", "marine_aquatic_output", "level", 98000, "吨"),
    (OUTPUT, "2.8万吨", "淡水产品产量", "freshwater_aquatic_output", "level", 28000, "吨"),
    # regression fixture, a variant (not real): the farmed and caught parts, modelled on 发展海洋捕捞和海水、淡水的
    # 养殖业 (1979.txt)
    (OUTPUT_PARTS, "8.4万吨", "水产养殖产量", "aquaculture_output", "level", 84000, "吨"),
    (OUTPUT_PARTS, "4.2万吨", "水产捕捞产量", "aquatic_catch", "level", 42000, "吨"),
    # regression fixture, a variant (not real): mariculture and the marine catch, their growth after 分别
    (SEA, "6.5万吨", "海水养殖产量", "mariculture_output", "level", 65000, "吨"),
    (SEA, "3.3万吨", "海洋捕捞产量", "marine_catch", "level", 33000, "吨"),
    (SEA, "4.1%", "海水养殖产量", "mariculture_output", "yoy_pct", 4.1, "%"),
    (SEA, "2.6%", "海洋捕捞产量", "marine_catch", "yoy_pct", -2.6, "%"),
    # regression fixture, a variant (not real): the freshwater parts
    (FRESH, "2.5万吨", "淡水养殖产量", "freshwater_aquaculture_output", "level", 25000, "吨"),
    (FRESH, "0.3万吨", "淡水捕捞产量", "freshwater_catch", "level", 3000, "吨"),
    # regression fixture, a variant (not real): the share of the sea's part in the total
    (SHARE, "77.8%", "海水产品产量", "marine_aquatic_output", "rate_pct", 77.8, "%"),
    # regression fixture, a variant (not real): the output against the year's plan, modelled on 油料、肉类、水产品的
    # 产量预计可以完成计划 (1980.txt)
    (PLAN, "12.6万吨", "水产品产量", "aquatic_output", "level", 126000, "吨"),
    # regression fixture, a variant (not real): the distant-water catch
    (DISTANT, "2.1万吨", "远洋渔业产量", "distant_water_fishing_output", "level", 21000, "吨"),
    (DISTANT, "12.5%", "远洋渔业产量", "distant_water_fishing_output", "yoy_pct", 12.5, "%"),
])
def test_the_aquatic_output_and_its_parts(s, printed, name, key, measure, value, unit):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"], f["unit"]) == (name, key, measure, unit)
    assert f["value"] == pytest.approx(value)


# -- the output value, the area, the fleet and the income ---------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key", "measure"), [
    # regression fixture in the form of a district fishery report (not real), modelled on 林业、畜牧业、渔业都取得了
    # 新的成绩 (1981.txt): the output value of the fishery, a sector's
    (VALUE, "28.6亿元", "渔业产值", "sector_output:fishery", "level"),
    (VALUE, "5.4%", "渔业产值", "sector_output:fishery", "yoy_pct"),
    # regression fixture, a variant (not real): the fishery economy, the processing and trade serving it with it
    (ECONOMY, "56.3亿元", "渔业经济总产值", "fishery_economy_output", "level"),
    (ECONOMY, "6.8%", "渔业经济总产值", "fishery_economy_output", "yoy_pct"),
    # regression fixture, a variant (not real): the aquaculture area and its parts, modelled on 开展内陆水域和沿海
    # 滩涂养殖 (1988.txt)
    (AREA, "12.5万亩", "水产养殖面积", "aquaculture_area", "level"),
    (AREA, "8.2万亩", "海水养殖面积", "mariculture_area", "level"),
    (AREA, "4.3万亩", "淡水养殖面积", "freshwater_aquaculture_area", "level"),
    # regression fixture, a variant (not real): the fleet
    (FLEET, "1256艘", "渔船", "fishing_vessels", "level"),
    (FLEET, "8.6万吨", "渔船总吨位", "fishing_vessel_tonnage", "level"),
    (FLEET, "15.2万千瓦", "渔船总功率", "fishing_vessel_power", "level"),
    (FLEET_TOTAL, "1256艘", "渔船总数", "fishing_vessels", "level"),
    (DISTANT, "36艘", "远洋渔船", "distant_water_fishing_vessels", "level"),
    # regression fixture, a variant (not real): the fishermen's income, modelled on 技术作物区的农民和牧民、林民、
    # 渔民 (1955.txt)
    (INCOME, "2.85万元", "渔民人均纯收入", "fishermen_per_capita_net_income", "level"),
    (INCOME, "7.2%", "渔民人均纯收入", "fishermen_per_capita_net_income", "yoy_pct"),
    # regression fixture, a variant (not real): the gross ocean product and its share of the GDP, modelled on 加强
    # 对海洋资源的综合开发利用和保护 (2001.txt)
    (OCEAN, "320亿元", "海洋生产总值", "gross_ocean_product", "level"),
    (OCEAN, "28.5%", "海洋生产总值", "gross_ocean_product", "rate_pct"),
    (OCEAN_CITY, "6.5%", "海洋生产总值", "gross_ocean_product", "yoy_pct"),
    (OCEAN_CITY, "18.2%", "海洋生产总值", "gross_ocean_product", "rate_pct"),
    # regression fixture, a variant (not real): the fry released
    (RELEASE, "3.2亿尾", "增殖放流苗种", "fry_released", "level"),
])
def test_the_value_area_fleet_and_income_take_their_keys(s, printed, name, key, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (name, key, measure)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): the fishermen's disposable income is not their net income
    (INCOME_DISPOSABLE, "3.12万元", "渔民人均可支配收入"),
    # regression fixture, a variant (not real): the trawlers cut are a part of the fleet, no count of it
    (CUT, "42艘", "海洋捕捞渔船"),
    # regression fixture, a variant (not real): the firms fishing far away are no vessels
    (DISTANT, "5家", "远洋渔业企业"),
    # regression fixture, a variant (not real): the output value of the sea's fishery alone
    ("海洋渔业产值18.2亿元，淡水渔业产值4.6亿元。", "18.2亿元", "海洋渔业产值"),
])
def test_a_narrower_or_wider_phrase_takes_no_key_of_the_kind(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, "")


# -- a bare size after a count of vessels or machines is of them ------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture, a variant (not real): the tonnage and power of the fleet counted before
    (FLEET, "8.6万吨", "渔船总吨位", "level"),
    (FLEET, "15.2万千瓦", "渔船总功率", "level"),
    # regression fixture, a variant (not real): the power of the vessels cut, a cut too
    (CUT, "3600千瓦", "海洋捕捞渔船功率", "abs_change"),
    # regression fixture, a variant (not real): 吨位 and 功率 without 总
    ("全区共有机动渔船860艘，吨位5.2万吨，功率9.8万千瓦。", "9.8万千瓦", "机动渔船功率", "level"),
    # regression fixture, a variant (not real): a second size after a size of named vessels, of them too
    ("全区渔船总吨位8.6万吨，总功率15.2万千瓦。", "15.2万千瓦", "渔船总功率", "level"),
    # regression fixture, a variant (not real): machines counted by 台
    ("新建充电桩1200台，总功率3.6万千瓦。", "3.6万千瓦", "新建充电桩总功率", "level"),
    # regression fixture in the form of a district energy report (not real), modelled on FLEET: the total power of the
    # turbines counted, past the power of one of them
    ("全区现有风电机组120台，单机功率3兆瓦，总功率36万千瓦。", "36万千瓦", "风电机组总功率", "level"),
])
def test_a_bare_size_after_a_count_of_vessels_is_of_them(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): no count and no owned size before the size
    ("全年新增总吨位8.6万吨，总功率15.2万千瓦。", "15.2万千瓦", "总功率"),
    # regression fixture, a variant (not real): a count of visits is no count of vessels
    ("累计检查渔船2360艘次，总功率15.2万千瓦。", "15.2万千瓦", "总功率"),
    # regression fixture, a variant (not real): a count of another sentence
    ("全区共有渔船1256艘。总功率15.2万千瓦。", "15.2万千瓦", "总功率"),
    # regression fixture, a variant (not real), modelled on FLEET: the count before is a part of the fleet (其中), the
    # sizes of all of it
    ("全市有渔船1200艘，其中远洋渔船56艘，总吨位8.6万吨，总功率15万千瓦。", "8.6万吨", "总吨位"),
    ("全市有渔船1200艘，其中远洋渔船56艘，总吨位8.6万吨，总功率15万千瓦。", "15万千瓦", "总功率"),
    ("全市拥有机动渔船1200艘，其中钢质渔船300艘，总功率12万千瓦。", "12万千瓦", "总功率"),
    # regression fixture, a variant (not real), modelled on FLEET: the count before is the last item of a list, the
    # power of all its items
    ("全区拥有公交车5600辆、出租车6800辆，总功率52万千瓦。", "52万千瓦", "总功率"),
    ("全区拥有公交车5600辆和出租车6800辆，总功率52万千瓦。", "52万千瓦", "总功率"),
    # regression fixture, a variant (not real): the power of one turbine names no owner of the total
    ("单机功率3兆瓦，总功率36万千瓦。", "36万千瓦", "总功率"),
])
def test_a_size_with_no_count_of_vessels_before_stays_bare(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- 尾 is a counter --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("s", [
    # regression fixture, a variant (not real): fish counted by 尾
    RELEASE,
    # regression fixture, a variant (not real): fish by 尾, shrimp and crabs by 只 in brackets after it
    RELEASE_MIXED,
    # regression fixture, a variant (not real): the brackets in ASCII
    RELEASE_ASCII,
])
def test_a_count_of_fry_is_of_the_fry(s):
    f = fact(HEAD + s, "3.2亿尾")
    assert (f["value"], f["unit"]) == (pytest.approx(3.2e8), "尾")
    assert f["indicator"].endswith("苗种")


def test_the_bracketed_counter_is_no_name():
    df = facts(HEAD + RELEASE_MIXED)
    assert not df["indicator"].isin(["尾", "只"]).any()
    assert fact(HEAD + RELEASE_MIXED, "2.1亿尾")["indicator"] == "中国对虾苗种"


# -- the enforcement of the moratorium and the fleet's renewal --------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "unit"), [
    # regression fixture in the form of a district fishery report (not real): the summer moratorium's enforcement
    (MORATORIUM, "1260人次", "出动执法人员", "人次"),
    (MORATORIUM, "86起", "查处违法违规案件", "起"),
    # regression fixture, a variant (not real): the vessels inspected and punished, the nets seized
    (PATROL, "2360艘次", "检查渔船", "艘次"),
    (PATROL, "45艘", "查处违规渔船", "艘"),
    (PATROL, "1200余张", "收缴违规网具", "张"),
    # regression fixture, a variant (not real): the vessels renewed and the unlicensed boats cleared
    (SHIPS, "56艘", "渔船更新改造", "艘"),
    (SHIPS, "128艘", "清理取缔涉渔“三无”船舶", "艘"),
    # regression fixture, a variant (not real): the ocean ranches built
    (REEF, "1个", "新建国家级海洋牧场示范区", "个"),
    # regression fixture, a variant (not real): the fleet cut, the completion of the task of cutting it
    (CUT, "105%", "减船转产", "%"),
])
def test_the_moratorium_and_the_fleet_figures_are_read(s, printed, name, unit):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["unit"]) == (name, unit)
    assert f["indicator_key"] == ""


def test_the_inspected_vessels_are_not_the_fleet():
    assert fact(HEAD + PATROL, "2360艘次")["indicator_key"] != "fishing_vessels"
