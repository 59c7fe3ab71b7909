"""Figures of the fire and rescue work report (消防救援工作情况), as district and county fire and rescue brigades print
them.

The report counts the fires of the year with their dead, their injured and their direct property loss, often with
one change for each (发生火灾326起，死亡2人，受伤5人，直接财产损失156.8万元，同比分别下降12.4%、33.3%、28.6%和9.7%),
the call-outs and what was turned out for them (接警出动1862起，出动车辆3960辆次、指战员2.1万人次), the people rescued
and evacuated and the property saved (营救被困人员218人，抢救财产价值3200万元), the fire safety inspections and what
they found and put right (检查单位3126家次，发现火灾隐患8560处，督促整改8432处，整改率98.5%), the premises sealed
and the fines, the fire stations, micro fire stations and hydrants (新增市政消火栓420个，全区市政消火栓总数达到
5860个，完好率98.6%), and the publicity, training and drills. The rules:

- the glossary keys the stable statistics of the kind: the fires (火灾, 火灾事故, 接报火灾 → fires) and the fatal
  ones, their dead, their injured and their direct loss (火灾事故死亡人数, 火灾事故直接财产损失 are those of the fires
  too), the call-outs (接警出动), the engines and firefighters turned out (出动消防车, 出动指战员), the people
  rescued from entrapment, the property saved, the units inspected, the hazards found and the hazards put right
  and their rate, the premises sealed for a time (消防临时查封), the fire stations, micro fire stations and the
  (municipal) hydrants and the share of them in working order;
- 出动 (turned out) heads a 、-list: each item is turned out (出动车辆3960辆次、指战员2.1万人次 → 出动指战员), but an
  item that opens with a verb of its own (检查, 查处, 发现, 巡逻 …) keeps it and takes none of the list's
  (出动执法人员…、检查企业… → 检查企业), and a length after a comma (巡逻里程, 里程) is of the doing, not a thing turned out;
- 督促 (at the authorities' order) before 整改 is a lead of the verb that puts right part of the things found
  (发现火灾隐患8560处，督促整改8432处 → 督促整改的火灾隐患);
- a bare 完好率 (in working order) after a count of units is the state of those units, as a bare 覆盖率 is their
  coverage, less the word of their total (市政消火栓总数达到5860个，完好率98.6% → 市政消火栓完好率), but only of a
  stock: after units a verb of doing counts (维修路灯…，完好率…) the rate stays bare;
- the things built or added in the year (新建消防站, 新增市政消火栓) are a flow with a name of their own, no key of
  the stock; a narrower kind (社区微型消防站) takes no key of the wider one, and 出动车辆 alone (police turn out
  vehicles too) takes no key of the fire engines.

The national work reports speak of fires and of fire safety without district figures: 去年我国重大火灾、交通事故和
恶性生产事故较多，人民生命财产蒙受巨大损失 (/work/shared/corpus/national_work_reports/1995.txt); 去年发生了“东方之星”号
客轮翻沉事件和天津港特别重大火灾爆炸等事故，人员伤亡和财产损失惨重 (2016.txt); 要抓好其它矿山、危险化学品、烟花爆竹、
道路和水上交通、建筑施工、消防安全等专项整治 (2006.txt); 加强对各类安全事故隐患排查和整治工作 (2008.txt); 加强
应急救援力量建设 (2021.txt); 优化环保、消防、税务、市场监管等执法方式 (2019.txt); the only figure of the kind is
重特大事故下降16.9% (2014.txt). A real district excerpt prints the checks and the counts of events so: 全面排查整治
教培机构隐患…举办社区体育赛事130场,惠及群众超2万人次 (/work/shared/gold/real/texts/zhongdu_ws_2025_street_h1.txt).
Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "一、2023年消防救援工作情况\n"

# regression fixture in the form of a district fire and rescue summary (not real), modelled on 去年我国重大火灾、
# 交通事故和恶性生产事故较多，人民生命财产蒙受巨大损失 (1995.txt) and 重特大事故下降16.9% (2014.txt)
FIRES = "全年共发生火灾326起，死亡2人，受伤5人，直接财产损失156.8万元，同比分别下降12.4%、33.3%、28.6%和9.7%。"
# regression fixture, a variant (not real): the fires printed as 火灾事故, in the first half year
FIRES_H1 = "上半年全县发生火灾事故46起，死亡1人，直接财产损失32.6万元，同比分别下降11.5%、50%、27.1%。"
# regression fixture, a variant (not real): the fires reported, and the fatal fires with their dead
REPORTED = "上半年全区共接报火灾87起，同比下降15.5%，未发生较大以上火灾事故。"
FATAL = "全年全区共发生火灾事故215起，较上年同期下降18.6%；亡人火灾1起，死亡1人，同比持平。"
# regression fixture, a variant (not real): the four changes printed without their levels
CHANGES = "火灾起数、死亡人数、受伤人数和直接财产损失同比分别下降12.5%、50%、33.3%和21.6%。"
# regression fixture, a variant (not real): the loss and its fall in money
LOSS = "全年火灾直接财产损失326.5万元，较上年减少86.2万元。"
# regression fixture, a variant (not real): the aim of the next year, modelled on 加强应急救援力量建设 (2021.txt)
AIM = "2024年，力争火灾起数和直接财产损失分别下降10%以上，杜绝较大以上火灾事故。"


@pytest.mark.parametrize(("s", "printed", "name", "key", "measure", "value"), [
    (FIRES, "326起", "火灾", "fires", "level", 326),
    (FIRES, "2人", "火灾死亡人数", "fire_deaths", "level", 2),
    (FIRES, "5人", "火灾受伤人数", "fire_injuries", "level", 5),
    (FIRES, "156.8万元", "火灾直接财产损失", "fire_direct_losses", "level", 1568000),
    (FIRES, "12.4%", "火灾", "fires", "yoy_pct", -12.4),
    (FIRES, "33.3%", "火灾死亡人数", "fire_deaths", "yoy_pct", -33.3),
    (FIRES, "28.6%", "火灾受伤人数", "fire_injuries", "yoy_pct", -28.6),
    (FIRES, "9.7%", "火灾直接财产损失", "fire_direct_losses", "yoy_pct", -9.7),
    (FIRES_H1, "1人", "火灾事故死亡人数", "fire_deaths", "level", 1),
    (FIRES_H1, "32.6万元", "火灾事故直接财产损失", "fire_direct_losses", "level", 326000),
    (FIRES_H1, "27.1%", "火灾事故直接财产损失", "fire_direct_losses", "yoy_pct", -27.1),
    (REPORTED, "87起", "接报火灾", "fires", "level", 87),
    (REPORTED, "15.5%", "接报火灾", "fires", "yoy_pct", -15.5),
    (FATAL, "1起", "亡人火灾", "fatal_fires", "level", 1),
    (FATAL, "1人", "亡人火灾死亡人数", "fire_deaths", "level", 1),
    (CHANGES, "50%", "火灾死亡人数", "fire_deaths", "yoy_pct", -50),
    (CHANGES, "33.3%", "火灾受伤人数", "fire_injuries", "yoy_pct", -33.3),
    (LOSS, "86.2万元", "火灾直接财产损失", "fire_direct_losses", "abs_change", -862000),
])
def test_fires_their_dead_injured_and_loss(s, printed, name, key, measure, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"]) == (name, key, measure,
                                                                             pytest.approx(value))
    assert f["status"] == "actual"


def test_the_aim_of_fewer_fires_and_smaller_loss():
    f = facts(HEAD + AIM)
    assert set(f["indicator_key"]) == {"fires", "fire_direct_losses"}
    assert set(f["status"]) == {"target"} and set(f["qualifier"]) == {"at_least"}
    assert list(f["value"]) == [-10, -10]


# -- the call-outs, what was turned out, the people rescued ----------------------------------------------------

# regression fixture in the form of a district fire and rescue summary (not real), modelled on 加强应急救援力量
# 建设 (2021.txt): the call-outs, the turn-outs listed after 出动, the rescued and the evacuated
CALLOUTS = "全年共接警出动1862起，出动车辆3960辆次、指战员2.1万人次，营救被困人员218人，疏散群众1560人。"
# regression fixture, a variant (not real): the engines and the firefighters named in full
TURNOUTS = "上半年，全区共接处警1216起，出动消防车2630辆次、消防指战员1.5万人次，营救被困群众96人，疏散群众860人，抢救财产价值1260万元。"
# regression fixture, a variant (not real): the call-outs, their rise and their kinds
KINDS = "全年共接警出动2315起，同比上升6.3%，其中火灾扑救826起，抢险救援1023起，社会救助466起。"
# regression fixture, a variant (not real): each turn-out in a clause of its own
SEPARATE = "全年共出动消防车辆2860辆次，出动指战员1.6万人次，抢救被困群众126人。"


@pytest.mark.parametrize(("s", "printed", "name", "key", "value"), [
    (CALLOUTS, "1862起", "接警出动", "fire_rescue_callouts", 1862),
    (CALLOUTS, "2.1万人次", "出动指战员", "firefighter_turnouts", 21000),
    (CALLOUTS, "218人", "营救被困人员", "trapped_people_rescued", 218),
    (TURNOUTS, "2630辆次", "出动消防车", "fire_engine_turnouts", 2630),
    (TURNOUTS, "1.5万人次", "出动消防指战员", "firefighter_turnouts", 15000),
    (TURNOUTS, "96人", "营救被困群众", "trapped_people_rescued", 96),
    (TURNOUTS, "1260万元", "抢救财产价值", "fire_property_saved", 12600000),
    (KINDS, "2315起", "接警出动", "fire_rescue_callouts", 2315),
    (SEPARATE, "2860辆次", "出动消防车辆", "fire_engine_turnouts", 2860),
    (SEPARATE, "1.6万人次", "出动指战员", "firefighter_turnouts", 16000),
    (SEPARATE, "126人", "抢救被困群众", "trapped_people_rescued", 126),
])
def test_callouts_turnouts_and_rescues(s, printed, name, key, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"]) == (name, key, "level",
                                                                             pytest.approx(value))


def test_the_rise_of_the_callouts_and_their_kinds():
    f = fact(HEAD + KINDS, "6.3%")
    assert (f["indicator_key"], f["measure"], f["value"]) == ("fire_rescue_callouts", "yoy_pct", pytest.approx(6.3))
    kinds = facts(HEAD + KINDS)
    assert list(kinds["indicator"].iloc[2:]) == ["火灾扑救", "抢险救援", "社会救助"]


def test_vehicles_turned_out_are_no_fire_engines_by_name_alone():
    # (police turn out vehicles too: 出动车辆 alone names no fire engines)
    f = fact(HEAD + CALLOUTS, "3960辆次")
    assert (f["indicator"], f["indicator_key"], f["unit"]) == ("出动车辆", "", "辆次")


# -- the inspections, the hazards found and put right -----------------------------------------------------------

# regression fixture in the form of a district fire and rescue summary (not real), modelled on 加强对各类安全事故
# 隐患排查和整治工作 (2008.txt) and 优化环保、消防、税务、市场监管等执法方式 (2019.txt)
CHECKS = "全年共检查单位3126家次，发现火灾隐患8560处，督促整改8432处，整改率98.5%。"
# regression fixture, a variant (not real): the hazards found and put right printed as one figure, the sealings
# and the fines, modelled on 全面排查整治教培机构隐患 (zhongdu_ws_2025_street_h1.txt)
SEALED = "全年共检查社会单位5862家，发现并督促整改火灾隐患1.26万处，临时查封76家，责令“三停”12家，罚款286.5万元。"
# regression fixture, a variant (not real): the inspections named in full
SUPERVISION = "全年共组织开展消防监督检查单位3650家次，督促整改火灾隐患6980处，临时查封场所42处，罚款162.3万元，拘留18人。"
# regression fixture, a variant (not real): the rate alone
RATE = "火灾隐患整改率达到100%。"


@pytest.mark.parametrize(("s", "printed", "name", "key", "measure", "value"), [
    (CHECKS, "8560处", "发现火灾隐患", "fire_hazards_found", "level", 8560),
    (CHECKS, "8432处", "督促整改的火灾隐患", "fire_hazards_rectified", "level", 8432),
    (SEALED, "1.26万处", "发现并督促整改火灾隐患", "fire_hazards_rectified", "level", 12600),
    # (a bare 临时查封 is keyed by no fire key: environment and market enforcement seal premises too)
    (SEALED, "76家", "临时查封", "", "level", 76),
    (SUPERVISION, "3650家次", "消防监督检查单位", "fire_safety_inspections", "level", 3650),
    (SUPERVISION, "6980处", "督促整改火灾隐患", "fire_hazards_rectified", "level", 6980),
    (SUPERVISION, "42处", "临时查封场所", "", "level", 42),
    (RATE, "100%", "火灾隐患整改率", "fire_hazard_rectification_rate", "rate_pct", 100),
])
def test_inspections_and_hazards(s, printed, name, key, measure, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"]) == (name, key, measure,
                                                                             pytest.approx(value))


def test_fines_stay_fines_of_no_key():
    f = fact(HEAD + SEALED, "286.5万元")
    assert (f["indicator"], f["indicator_key"], f["value"], f["unit"]) == ("罚款", "", pytest.approx(2865000), "元")


# -- the stations and the hydrants ------------------------------------------------------------------------------

# regression fixture in the form of a district fire and rescue summary (not real), modelled on 加强应急救援力量
# 建设 (2021.txt): the stations there are and the ones built
STATIONS = "全区现有消防站9个，新建政府专职消防站2个、微型消防站156个。"
# regression fixture, a variant (not real): the stations built, a part of them and the stock after them
BUILT = "全年新建消防站3座，其中特勤消防站1座，全区消防站总数达到12座。"
# regression fixture, a variant (not real): the micro stations and their parts
MICRO = "全区已建成微型消防站386个，其中社区微型消防站126个、重点单位微型消防站260个。"
# regression fixture, a variant (not real): the hydrants added, their stock and the share of them in working order
HYDRANTS = "全年新增市政消火栓420个，全区市政消火栓总数达到5860个，完好率98.6%。"
# regression fixture, a variant (not real): the stock and the rate alone
HYDRANT_STOCK = "全区市政消火栓5860个，完好率98.6%。"
# regression fixture, a variant (not real): the engines in working order
ENGINES = "全区共有消防车62辆，完好率达到100%。"


@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    (STATIONS, "9个", "消防站", "fire_stations"),
    (STATIONS, "2个", "新建政府专职消防站", ""),
    (STATIONS, "156个", "新建微型消防站", ""),
    (BUILT, "3座", "新建消防站", ""),
    (BUILT, "12座", "消防站总数", "fire_stations"),
    (MICRO, "126个", "社区微型消防站", ""),
    (HYDRANTS, "420个", "新增市政消火栓", ""),
    (HYDRANTS, "5860个", "市政消火栓总数", "municipal_fire_hydrants"),
    (HYDRANT_STOCK, "5860个", "市政消火栓", "municipal_fire_hydrants"),
])
def test_stations_and_hydrants(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (name, key, "level")


@pytest.mark.parametrize(("s", "name", "key"), [
    (HYDRANTS, "市政消火栓完好率", "municipal_fire_hydrant_intact_rate"),
    (HYDRANT_STOCK, "市政消火栓完好率", "municipal_fire_hydrant_intact_rate"),
    (ENGINES, "消防车完好率", ""),
])
def test_a_bare_intact_rate_is_of_the_units_counted_before(s, name, key):
    f = facts(HEAD + s)
    rate = f[f["unit"] == "%"].iloc[0]
    assert (rate["indicator"], rate["indicator_key"], rate["measure"]) == (name, key, "rate_pct")


def test_a_bare_coverage_after_the_stations_built():
    # regression fixture in the form of a district fire and rescue summary (not real): the coverage of the stations
    # just counted, less the verb that built them
    f = fact(HEAD + "建成社区微型消防站86个，覆盖率达到100%。", "100%")
    assert (f["indicator"], f["measure"]) == ("社区微型消防站覆盖率", "rate_pct")


# -- publicity, training and drills -----------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "unit", "value"), [
    # regression fixture in the form of a district fire and rescue summary (not real), modelled on 举办社区体育赛事
    # 130场,惠及群众超2万人次 (zhongdu_ws_2025_street_h1.txt)
    ("全年开展消防宣传活动860场次，培训人次达到12.6万人次，组织应急疏散演练420场次。", "860场次", "消防宣传活动",
     "场次", 860),
    ("全年开展消防宣传活动860场次，培训人次达到12.6万人次，组织应急疏散演练420场次。", "12.6万人次", "培训人次",
     "人次", 126000),
    # regression fixture, a variant (not real): the people taking part in the drills
    ("组织消防演练320场次，参演人数4.5万人次。", "4.5万人次", "参演人数", "人次", 45000),
    # regression fixture, a variant (not real): the visitors of the education bases
    ("建成消防科普教育基地3个，全年接待参观群众2.3万人次。", "2.3万人次", "接待参观群众", "人次", 23000),
    # regression fixture, a variant (not real): the drills of the brigades
    ("全年共组织灭火救援实战演练86次，开展跨区域拉动演练4次。", "86次", "组织灭火救援实战演练", "次", 86),
])
def test_publicity_training_and_drills(s, printed, name, unit, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["unit"], f["value"]) == (name, "level", unit, pytest.approx(value))


# -- what 出动 heads, and the state of the units counted ---------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district law enforcement summary (not real), modelled on 全面排查整治教培机构
    # 隐患 (zhongdu_ws_2025_street_h1.txt): the inspections are done, not turned out
    ("出动执法人员1.2万人次、检查企业3600家次。", "3600家次", "检查企业"),
    # regression fixture, a variant (not real): two items with verbs of their own
    ("出动执法人员8600人次、检查经营户2.1万户次、查处案件320件。", "2.1万户次", "检查经营户"),
    ("出动执法人员8600人次、检查经营户2.1万户次、查处案件320件。", "320件", "查处案件"),
    # regression fixture, a variant (not real): a bare item is turned out, one with a verb is not
    ("出动人员3200人次、车辆560台次、发放宣传资料2万份。", "560台次", "出动车辆"),
    ("出动人员3200人次、车辆560台次、发放宣传资料2万份。", "2万份", "发放宣传资料"),
    # regression fixture, a variant (not real): the problems are found
    ("出动无人机巡查120架次、发现问题56个。", "56个", "发现问题"),
    # regression fixture, a variant (not real): the length patrolled is no thing turned out
    ("出动警力2.3万人次，巡逻里程56万公里。", "56万公里", "巡逻里程"),
    ("全年出动巡逻船艇460艘次，巡航里程2.8万公里。", "2.8万公里", "巡航里程"),
    ("出动警力2.3万人次，里程56万公里。", "56万公里", "里程"),
    # regression fixture, a variant (not real): the doers a verb names are turned out
    ("出动警力2.3万人次、巡逻车辆300辆次。", "300辆次", "出动巡逻车辆"),
    ("出动执法车辆320辆次、队员1200人次。", "1200人次", "出动队员"),
    # regression fixture in the form of a district construction summary (not real): the same with 新建
    ("新建道路3条、排查隐患120处。", "120处", "排查隐患"),
    ("新建道路12条、检查线路30条。", "30条", "检查线路"),
    ("新建道路3条，新建里程12公里。", "12公里", "新建道路里程"),
    ("新建道路3条，里程12公里。", "12公里", "新建道路里程"),
])
def test_an_item_with_a_verb_of_its_own(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district urban management summary (not real), modelled on 市政消火栓总数
    # 达到5860个，完好率98.6% above: the rate is of all the lamps or roads, not of those mended or inspected
    ("全年维修路灯1200盏，完好率98%。", "98%", "完好率"),
    ("全区现有路灯3.2万盏，维修路灯1200盏，完好率98%。", "98%", "完好率"),
    ("养护农村公路1200公里，完好率92%。", "92%", "完好率"),
    ("更换路灯3200盏，完好率99%。", "99%", "完好率"),
    ("检查消防设施1200处，完好率95%。", "95%", "完好率"),
    ("抽查电梯860台，完好率97%。", "97%", "完好率"),
    ("巡查农村公路560公里，完好率90%。", "90%", "完好率"),
    # regression fixture, a variant (not real): the state of a stock
    ("全区共有消防车62辆，完好率100%。", "100%", "消防车完好率"),
    ("全区现有桥梁56座，完好率96%。", "96%", "桥梁完好率"),
])
def test_a_state_rate_after_units_done_to(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "rate_pct")


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district environment enforcement summary (not real): a seal of no fire
    ("生态环境部门查封扣押12起，临时查封8处。", "8处", ""),
    # regression fixture, a variant (not real): the seals the fire authorities name so
    ("全年消防临时查封场所42处。", "42处", "fire_temporary_seals"),
    # regression fixture, a variant (not real): the inspections in 次 are not the units inspected
    ("全年开展消防监督检查1.2万次。", "1.2万次", ""),
])
def test_seals_and_inspections_keyed_only_when_of_fire(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key
