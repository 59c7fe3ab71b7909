"""Figures of the water supply and drainage report (供水排水工作, 水务工作情况), as district and county water
authorities and utilities print them.

The report states the water supplied (日供水能力85万立方米, 全年供水总量2.36亿立方米, 售水量), the water lost and its
quality (公共供水管网漏损率降至9.6%, 出厂水、管网水水质综合合格率), who is supplied (城市自来水普及率, 农村自来水普及率),
the sewage treated (污水处理厂8座，日处理能力62万吨; 污水处理率; 再生水利用量; 污泥无害化处置率), the pipes laid and
renewed (新建改造供水管网126公里，其中改造老旧供水管网48公里; 新建污水管网; 雨污分流改造…公里), the water used (用水总量,
万元地区生产总值用水量, 节水型小区) and the rivers looked after (河长制, 黑臭水体消除比例). The rules:

- a part after 其中 that opens with a verb of its own (其中改造老旧供水管网48公里, 其中新建供水管网78公里) keeps its own
  name, no verb of its total's put before it, when that verb is one its total's verb word joins (a noun merely
  starting with a verb, 新增用地…，其中建设用地, takes the total's verb: 新增建设用地); a part that prints only its noun takes the whole of its total's verb,
  two verbs printed as one word (新建改造供水管网…，其中老旧供水管网 → 新建改造老旧供水管网, not 新建老旧供水管网); a part
  that prints only the verb (其中改造48公里) is of the noun past the whole of that word (改造的农村公路, not
  新建改造的改造农村公路);
- a capacity printed bare (日处理能力, 总处理能力, 设计处理能力) after a count of the plants is the plants' (全区共有污水处理厂
  8座，日处理能力62万吨 → 污水处理厂日处理能力), as the beds after a count of homes are theirs; a count of tonnes or
  of persons before it (收运生活垃圾80万吨, 环卫工人3200名) owns no capacity;
- a basis of an hour or a second printed before a figure (新增排涝能力每秒45立方米, 最低工资标准每小时26.4元) stays
  in its name, the figure being no daily or monthly one (a unit carrying it, 45立方米/秒, leaves the name bare);
- the glossary keys the kind's stable statistics: the daily supply capacity, the water supplied and sold, the urban
  water supply coverage, the quality pass rates of the water leaving the works and of the water in the network
  (two keys: neither is the other), the sewage plants' capacity and the sewage treated, the sludge disposal rate, the
  share of black and odorous water eliminated, the mains built or renewed and the old mains renewed (a part of
  them), the sewers built, the sewers separated and the water-saving communities, institutions and enterprises.

The national work reports print the kind's words with national figures (新增城市污水日处理能力1149万吨, 2009; 新增城镇
污水日处理能力1500万立方米, 2010; 农村自来水普及率从80%提高到87%, 2023; 单位国内生产总值用水量…下降23%, 2016) and its
tasks without them (要抓紧扩大一些大城市的供水能力, 1983; 发展节水型产业，建立节水型社会, 2001; 加快城镇污水管网、垃圾
处理设施的规划和建设, 2011; 全面推行河长制, 2017; 全面整治黑臭水体, 2018; 加大城市污水管网和处理设施建设力度, 2019);
the project's constructed district report (tests/gold/constructed/wuhou_2023_h1/wuhou_2023_h1.txt, not real)
prints 完成雨污分流改造26.4公里. Sentences written in the form of district reports, not real, are marked
as regression fixtures; the real ones are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "2023年全区水务工作情况报告\n一、供水排水工作基本情况\n"

# -- the paragraphs of the report ----------------------------------------------------------------------------

# regression fixture in the form of a district water authority's report (not real), modelled on 要抓紧扩大一些大城市的
# 供水能力 (/work/shared/corpus/national_work_reports/1983.txt)
SUPPLY = "全区共有水厂6座，日供水能力达到85万立方米，全年供水总量2.36亿立方米，同比增长3.2%。"
# regression fixture, a variant (not real): the water sold and the network's losses
LOSS = "全年售水量1.98亿立方米，公共供水管网漏损率降至9.6%，比上年下降0.8个百分点。"
# regression fixture, a variant (not real), modelled on 农村自来水普及率从80%提高到87% (2023.txt)
TAP = "城市自来水普及率达到100%，农村自来水普及率达到98.5%。"
# regression fixture, a variant (not real): the two quality pass rates
QUALITY = "出厂水水质综合合格率保持100%，管网水水质综合合格率达到99.8%。"
# regression fixture in the form of a district report (not real), modelled on 新增城市污水日处理能力1149万吨 (2009.txt)
# and 加大城市污水管网和处理设施建设力度 (2019.txt)
PLANTS = "全区共有污水处理厂8座，日处理能力达到62万吨，全年污水处理量1.85亿吨。"
# regression fixture, a variant (not real): a total capacity per day
PLANTS_TOTAL = "全区共有污水处理厂8座，总处理能力62万吨/日。"
# regression fixture, a variant (not real): the rates of the sewage and sludge treated
SEWAGE = "城市生活污水处理率达到97.5%，农村生活污水治理率达到65%，污泥无害化处置率达到100%。"
# regression fixture, a variant (not real): reclaimed water
RECLAIMED = "全年再生水利用量达到4200万立方米，再生水利用率达到32%。"
# regression fixture, a variant (not real), modelled on 加快城镇污水管网、垃圾处理设施的规划和建设 (2011.txt) and the
# constructed 完成雨污分流改造26.4公里 (tests/gold/constructed/wuhou_2023_h1/wuhou_2023_h1.txt)
SEWERS = "新建污水管网86公里，完成雨污分流改造48.6公里。"
# regression fixture, a variant (not real): the mains built and renewed and the old ones among them
MAINS = "全年新建改造供水管网126公里，其中改造老旧供水管网48公里。"
# regression fixture, a variant (not real), modelled on 单位国内生产总值用水量…下降23% (2016.txt)
USE = "全年用水总量3.15亿立方米，万元地区生产总值用水量下降4.5%。"
# regression fixture, a variant (not real), modelled on 发展节水型产业，建立节水型社会 (2001.txt)
SAVING = "创建节水型小区28个、节水型单位65家、节水型企业12家。"
# regression fixture, a variant (not real), modelled on 全面整治黑臭水体 (2018.txt)
BLACK = "完成黑臭水体整治12条，城市建成区黑臭水体消除比例达到100%。"
# regression fixture, a variant (not real), modelled on 全面推行河长制 (2017.txt)
CHIEFS = "全区共有河长1260名，其中区级河长32名、镇级河长186名、村级河长1042名。"
# regression fixture, a variant (not real): a half year's supply and sales
HALF = "上半年，全区供水总量1.18亿立方米，同比增长2.6%；售水量0.98亿立方米，同比增长3.1%。"


# -- the glossary keys of the kind --------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key", "measure"), [
    (SUPPLY, "85万立方米", "water_supply_capacity", "level"),
    (SUPPLY, "2.36亿立方米", "total_water_supplied", "level"),
    (SUPPLY, "3.2%", "total_water_supplied", "yoy_pct"),
    (LOSS, "1.98亿立方米", "water_sold", "level"),
    (LOSS, "9.6%", "water_network_leakage_rate", "rate_pct"),
    (LOSS, "0.8个百分点", "water_network_leakage_rate", "pp_diff"),
    (TAP, "100%", "urban_water_supply_coverage", "rate_pct"),
    (TAP, "98.5%", "rural_tap_water_coverage", "rate_pct"),
    (QUALITY, "100%", "plant_water_quality_rate", "rate_pct"),
    (QUALITY, "99.8%", "network_water_quality_rate", "rate_pct"),
    (PLANTS, "62万吨", "sewage_treatment_capacity", "level"),
    (PLANTS, "1.85亿吨", "sewage_treated", "level"),
    (PLANTS_TOTAL, "62万吨/日", "sewage_treatment_capacity", "level"),
    (SEWAGE, "97.5%", "urban_sewage_treatment_rate", "rate_pct"),
    (SEWAGE, "65%", "rural_sewage_treatment_rate", "rate_pct"),
    (SEWAGE, "100%", "sludge_safe_disposal_rate", "rate_pct"),
    (RECLAIMED, "4200万立方米", "reclaimed_water_use", "level"),
    (RECLAIMED, "32%", "reclaimed_water_use_rate", "rate_pct"),
    (SEWERS, "86公里", "sewers_built", "level"),
    (SEWERS, "48.6公里", "sewer_separation", "level"),
    (MAINS, "126公里", "water_mains_built_renewed", "level"),
    (MAINS, "48公里", "old_water_mains_renewed", "level"),
    (USE, "3.15亿立方米", "total_water_use", "level"),
    (USE, "4.5%", "water_intensity", "yoy_pct"),
    (SAVING, "28个", "water_saving_communities", "level"),
    (SAVING, "65家", "water_saving_units", "level"),
    (SAVING, "12家", "water_saving_enterprises", "level"),
    (BLACK, "100%", "black_odorous_water_elimination", "rate_pct"),
    (HALF, "0.98亿立方米", "water_sold", "level"),
    (HALF, "3.1%", "water_sold", "yoy_pct"),
    # regression fixture, a variant (not real): 城市供水普及率 is the urban coverage too
    ("全区城市供水普及率达到100%。", "100%", "urban_water_supply_coverage", "rate_pct"),
    # regression fixture, a variant (not real): the capacity named with its plants
    ("全区污水处理厂日处理能力达到62万吨，全年污水处理量1.85亿吨。", "62万吨", "sewage_treatment_capacity", "level"),
    # regression fixture in the form of a district report (not real), modelled on 新增城镇污水日处理能力1500万立方米
    # (2010.txt): the capacity added keeps its own key
    ("新增污水日处理能力10万吨。", "10万吨", "sewage_capacity_added", "level"),
])
def test_the_kinds_statistics_have_their_keys(s, printed, key, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator_key"], f["measure"]) == (key, measure)


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture, a variant (not real): the mains newly laid are a part of those built or renewed
    ("全年新建改造供水管网126公里，其中新建供水管网78公里。", "78公里"),
    # regression fixture, a variant (not real): a grade of river chiefs is no count of them all
    (CHIEFS, "186名"),
    # regression fixture, a variant (not real): the drainage network is no sewer network
    ("改造雨污混接点1250处，新建排水管网35公里。", "35公里"),
])
def test_a_narrower_thing_takes_no_wider_key(s, printed):
    assert fact(HEAD + s, printed)["indicator_key"] == ""


# -- a part after 其中 and the verb of its total --------------------------------------------------------------

def test_the_water_of_all_sources_is_no_water_the_works_supplied():
    # regression fixture in the form of a water resources bulletin (not real), modelled on the module's 全年供水总量
    # 2.36亿立方米: 总供水量 there counts all sources, not the public waterworks' supply
    assert fact(HEAD + "全区总供水量3.2亿立方米。", "3.2亿立方米")["indicator_key"] == ""


@pytest.mark.parametrize(("s", "printed", "name"), [
    (MAINS, "48公里", "改造老旧供水管网"),
    # regression fixture, a variant (not real): a part that opens with 新建 of its own
    ("全年新建改造供水管网126公里，其中新建供水管网78公里。", "78公里", "新建供水管网"),
    # regression fixture, a variant (not real): a part printing its noun alone takes both verbs of the total
    ("全年新建改造供水管网126公里，其中老旧供水管网48公里。", "48公里", "新建改造老旧供水管网"),
    # regression fixture, a variant (not real): the same of roads
    ("全年新建改造道路126公里，其中改造老旧道路48公里。", "48公里", "改造老旧道路"),
    # regression fixture, a variant (not real): a part printing its verb alone is of the total's noun
    ("全年新建改造农村公路126公里，其中改造48公里。", "48公里", "改造的农村公路"),
    # regression fixture, a variant (not real): the sewers laid of the drains built and renewed
    ("全区新建改造排水管网58公里，其中新建污水管网32公里。", "32公里", "新建污水管网"),
])
def test_a_part_keeps_its_own_verb_and_takes_the_whole_of_its_totals(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# regression fixtures in the form of a district report's parts after 其中 (not real), modelled on 新建改造供水管网126公里，
# 其中改造老旧供水管网48公里 (the module's MAINS) and 新登记市场主体1.85万户，其中企业6420户: each part's noun merely
# starts with a verb of the list (建设, 建成, 供应, 储备) none of its total's verb word joins
@pytest.mark.parametrize(("s", "printed", "name"), [
    ("全年新增用地1500亩，其中建设用地1100亩。", "1100亩", "新增建设用地"),
    ("全年新引进企业85家，其中供应链企业12家。", "12家", "新引进供应链企业"),
    ("全年新开工项目60个，其中建设类项目35个。", "35个", "新开工建设类项目"),
    ("全年新落地项目30个，其中建设项目18个。", "18个", "新落地建设项目"),
    ("全年新增粮食仓容50万吨，其中储备粮仓容30万吨。", "30万吨", "新增储备粮仓容"),
    ("全年新增绿地面积50公顷，其中建成区绿地30公顷。", "30公顷", "新增建成区绿地"),
    ("全年新增耕地1200亩，其中建设用地复垦800亩。", "800亩", "新增建设用地复垦"),
])
def test_a_part_whose_noun_starts_with_a_verb_takes_its_totals(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a capacity after a count of the plants --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    (PLANTS, "62万吨", "污水处理厂日处理能力"),
    (PLANTS_TOTAL, "62万吨/日", "污水处理厂总处理能力"),
    # regression fixture, a variant (not real): the plants of refuse
    ("全区共有生活垃圾处理厂3座，日处理能力3500吨。", "3500吨", "生活垃圾处理厂日处理能力"),
    # regression fixture, a variant (not real): a capacity named with its water stays so
    ("全区建成再生水厂3座，再生水日处理能力达到15万立方米。", "15万立方米", "再生水日处理能力"),
    # regression fixture, a variant (not real): the supply capacity after the waterworks names its water
    (SUPPLY, "85万立方米", "日供水能力"),
])
def test_a_bare_capacity_after_a_count_of_plants_is_theirs(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# regression fixtures in the form of a district report (not real), modelled on 全区共有污水处理厂8座，日处理能力62万吨 (the
# module's PLANTS): the count before the capacity is of no plants (tonnes handled, persons), so no owner of it
@pytest.mark.parametrize(("s", "printed"), [
    ("全区有污水处理厂12座，处理污水1.5亿吨，日处理能力45万吨。", "45万吨"),
    ("全年收运生活垃圾80万吨，日处理能力2500吨。", "2500吨"),
    ("全区现有环卫工人3200名，日处理能力8000吨。", "8000吨"),
    ("12345热线配备话务员200名，日处理能力2万件。", "2万件"),
])
def test_a_capacity_after_a_count_of_no_plants_has_no_owner(s, printed):
    assert fact(HEAD + s, printed)["indicator"] == "日处理能力"


# regression fixtures in the form of a district report (not real), modelled on the module's PLANTS: counts of plants
# built or stations, in 座
@pytest.mark.parametrize(("s", "printed", "name"), [
    ("新建污水处理厂3座，日处理能力20万吨。", "20万吨", "新建污水处理厂日处理能力"),
    ("新建垃圾转运站5座，日处理能力1200吨。", "1200吨", "新建垃圾转运站日处理能力"),
    ("全区建成再生水厂3座，总处理能力15万立方米/日。", "15万立方米/日", "建成再生水厂总处理能力"),
])
def test_a_capacity_after_a_count_of_plants_built_is_theirs(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_the_count_of_plants_keeps_its_name():
    f = fact(HEAD + PLANTS, "8座")
    assert (f["indicator"], f["value"], f["unit"]) == ("污水处理厂", 8.0, "座")


# -- a time basis before the figure ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): a drainage capacity per second, its basis in no unit
    ("新建雨水泵站3座，新增排涝能力每秒45立方米。", "45立方米", "新增排涝能力每秒"),
    # regression fixture, a variant (not real): an hour's supply at the peak
    ("全区供水高峰每小时供水量3.6万立方米。", "3.6万立方米", "供水高峰每小时供水量"),
    # regression fixture, a variant (not real): the unit printed after the figure carries the basis
    ("新增排涝能力45立方米/秒。", "45立方米/秒", "新增排涝能力"),
])
def test_a_time_basis_before_a_figure_stays_in_its_name_unless_the_unit_carries_it(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# regression fixtures in the form of district reports (not real), modelled on the module's SUPPLY (日供水能力85万
# 立方米) and a wage standard's 每月: a figure per hour or per second is no daily or monthly one, so its name keeps
# the basis and takes no key of the daily or monthly statistic
@pytest.mark.parametrize(("s", "printed", "name"), [
    ("全市最低工资标准每小时26.4元。", "26.4元", "最低工资标准每小时"),
    ("全区污水处理能力每小时1.5万立方米。", "1.5万立方米", "污水处理能力每小时"),
    ("全区供水能力每小时达1.2万立方米。", "1.2万立方米", "供水能力每小时"),
    ("全市最低工资标准每月2420元，非全日制每小时26.4元。", "26.4元", "非全日制每小时"),
    ("全区售水量每秒1.2立方米。", "1.2立方米", "售水量每秒"),
    ("河道最大流量每秒320立方米。", "320立方米", "河道最大流量每秒"),
    ("最大降雨量每小时85毫米。", "85毫米", "最大降雨量每小时"),
])
def test_a_figure_per_hour_or_second_keeps_its_basis_and_no_daily_key(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, "")


# -- measures, units and bounds ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "measure", "value", "unit", "qualifier"), [
    (LOSS, "0.8个百分点", "pp_diff", -0.8, "pp", "exact"),
    (SUPPLY, "85万立方米", "level", 850000.0, "立方米", "exact"),
    (PLANTS_TOTAL, "62万吨/日", "level", 620000.0, "吨/日", "exact"),
    # regression fixture, a variant (not real): a cap on the water used
    ("全区用水总量控制在3.2亿立方米以内。", "3.2亿立方米", "level", 320000000.0, "立方米", "at_most"),
    # regression fixture, a variant (not real): a price per cubic metre
    ("居民生活用水价格为3.2元/立方米。", "3.2元/立方米", "level", 3.2, "元/立方米", "exact"),
    # regression fixture, a variant (not real): a floor on the rivers' quality
    ("全区重点河湖水质达标率达到90%以上。", "90%", "rate_pct", 90.0, "%", "at_least"),
    # regression fixture, a variant (not real): the share of the plan done
    ("新建改造供水管网126公里，完成年度计划的105%。", "105%", "completion_pct", 105.0, "%", "exact"),
])
def test_measures_units_and_bounds(s, printed, measure, value, unit, qualifier):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["value"], f["unit"], f["qualifier"]) == (measure, value, unit, qualifier)


def test_the_half_year_is_the_period():
    assert set(facts(HEAD + HALF)["period"]) == {"上半年"}


@pytest.mark.parametrize(("printed", "name"), [("32名", "区级河长"), ("1042名", "村级河长")])
def test_the_grades_of_river_chiefs_are_named_by_their_grade(printed, name):
    assert fact(HEAD + CHIEFS, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): the households the renewal reached
    ("改造老旧供水管网48公里，惠及居民1.6万户。", "1.6万户", "老旧供水管网改造惠及的居民"),
    # regression fixture, a variant (not real): the length of the water bodies cleaned up
    ("全区消除黑臭水体18条，长度36.5公里。", "36.5公里", "消除黑臭水体长度"),
    # regression fixture, a variant (not real): the water used per unit of output
    ("全区万元GDP用水量降至12.5立方米。", "12.5立方米", "万元GDP用水量"),
])
def test_names_of_the_kinds_other_figures(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name
