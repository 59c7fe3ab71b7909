"""Figures of the transport report (交通运输工作报告, 交通发展年度报告) of a district or county, as its office prints them.

The report gives the length of the roads open to traffic and their classes (公路通车里程X公里，其中高速公路X公里;
高速公路、国省干线、农村公路里程分别达到…), the roads built (新建改建农村公路X公里, 完成年度计划的X%), the passengers and
the goods carried (客运量X万人次, 公路货运量X万吨, 港口货物吞吐量X万吨, each with 同比), the buses and their routes
(公交线路X条、公交车X辆), the shares of green travel and of bus stops within reach (绿色出行比例X%, 公交站点500米覆盖率
X%), the transport investment (交通固定资产投资X亿元，占年度计划的X%), the congestion index and the road accidents
(道路交通事故X起，死亡X人), and in its last part the plans, often to a year after the next (到2025年，…达到X公里).

The rules these sentences hold the extractor to:

- a year a 到 frame opens the sentence with (到2025年，…) is the period of the figures of that sentence, whatever year
  the paragraph or the part of the report (二、2024年工作安排) speaks of; the sentences after it keep the part's year;
- a distance in metres or kilometres after a facility or stop and right before 覆盖率 (公交站点500米覆盖率) bounds the
  reach the coverage is of: no figure, a part of the name; any other figure there (通车里程1200公里覆盖率) is a figure;
- a count of households or people right before 以上 and a village or an estate (20户以上自然村) names the size of the
  villages, no count of them;
- a class of roads named by a trunk (国省干线) is a network of its own: its length (国省干线里程) listed after an
  expressway's takes no 高速公路 before it;
- 完成率分别为 after a list of things done, each with its figure, gives the completion of each, named as the figure
  before it is (改造提升农村公路, 危桥改造), as 分别完成年度计划的 does;
- the transport quantities that are standard statistics (客运量, 公路货运量, 港口货物吞吐量, 交通固定资产投资, 公交线路,
  绿色出行比例, 交通拥堵指数, 道路交通事故 …) carry the glossary's keys; a bare 旅客周转量 or 货物周转量, often of the one
  mode named before it, takes none (全社会旅客周转量 does).

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

REVIEW = "一、2023年交通运输工作完成情况\n"
PLAN = "二、2024年工作安排\n"


# -- a 到 frame's year is the period, whatever the paragraph says ------------------------------------------

# regression fixture in the form of a county transport report (not real), modelled on the national report's
# 到2020年，…全社会研发经费投入强度达到2.5% (/work/shared/corpus/national_work_reports/2016.txt)
PLAN_TEXT = (REVIEW + "全区公路通车里程达到2856公里。\n" + PLAN
             + "2024年，全县交通运输固定资产投资计划完成30亿元以上。"
             + "到2025年，全县公路通车里程达到3300公里，绿色出行比例达到80%。"
             # regression fixture, a variant (not real): the sentences after it, of the plan's year
             + "城区公交站点300米覆盖率达到100%。"
             + "新增停车位3000个。\n")


@pytest.mark.parametrize(("printed", "period"), [
    ("3300公里", "2025年"),
    ("80%", "2025年"),
    ("30亿元", "2024年"),
    ("3000个", "2024年"),
])
def test_to_frame_year_is_the_period(printed, period):
    f = fact(PLAN_TEXT, printed)
    assert (f["period"], f["status"]) == (period, "target")


# -- a distance before 覆盖率 bounds the reach -----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district transport report (not real), modelled on the constructed
    # report's 公园绿地500米服务半径覆盖率达到92.6% (tests/gold/constructed/dongcheng_2020_fy/dongcheng_2020_fy.txt) and
    # the real 加强针接种覆盖率分别提升至82.89% (/work/shared/gold/real/texts/xiaoshan_hz_2022_h1.txt)
    ("城区公交站点500米覆盖率达到98%。", "98%", "城区公交站点500米覆盖率", "bus_stop_500m_coverage"),
    # regression fixture, a variant (not real): another reach, no key of the 500 metres'
    ("公交站点300米覆盖率为100%。", "100%", "公交站点300米覆盖率", ""),
])
def test_distance_before_coverage_is_no_figure(s, printed, name, key):
    got = facts(REVIEW + s)
    assert "米" not in set(got["raw_unit"])
    f = fact(REVIEW + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (name, key, "rate_pct")


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a county report (not real), modelled on the constructed report's
    # 公园绿地500米服务半径覆盖率达到92.6% (tests/gold/constructed/dongcheng_2020_fy/dongcheng_2020_fy.txt): an area
    # before 覆盖率, a figure
    ("全县森林面积120万亩覆盖率达45%。", "120万亩"),
    # regression fixture, a variant (not real): a length measured, no reach
    ("全县农村公路通车里程1200公里覆盖率100%。", "1200公里"),
    # regression fixture, a variant (not real): an amount of money
    ("全区共投入资金3000万元覆盖率提升至95%。", "3000万元"),
    # regression fixture, a variant (not real): an area in square metres
    ("全市新增绿地面积120万平方米覆盖率提高2个百分点。", "120万平方米"),
])
def test_measured_figure_before_coverage_is_a_figure(s, printed):
    """Only a distance in metres or kilometres after a facility or stop (公交站点500米) is the reach of a coverage."""
    got = facts(REVIEW + s)
    assert printed in set(got["raw_value"] + got["raw_unit"])
    assert not any(printed in name for name in got["indicator"])


# -- households or people before 以上 and a village name the villages' size ---------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county transport report (not real), modelled on the national report's
    # 具备条件的乡镇和建制村要加快通硬化路、通客车 (/work/shared/corpus/national_work_reports/2016.txt)
    ("30户以上自然村通硬化路比例达到98.5%。", "98.5%", "30户以上自然村通硬化路比例"),
    # regression fixture, a variant (not real): the share in a clause of its own
    ("实现20户以上自然村通硬化路，比例达到100%。", "100%", "比例"),
])
def test_households_before_a_village_name_its_size(s, printed, name):
    got = facts(REVIEW + s)
    assert "户" not in set(got["raw_unit"])
    assert fact(REVIEW + s, printed)["indicator"] == name


# -- a trunk's class of roads is a network of its own --------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county transport report (not real), modelled on the national report's
    # 铁路、高速公路运营里程均超过10万公里 (/work/shared/corpus/national_work_reports/2014.txt)
    ("高速公路、国省干线、农村公路里程分别达到96公里、286公里和2738公里。", "286公里", "国省干线里程"),
    # regression fixture, a variant (not real): two items
    ("高速公路、国省干线里程分别达到96公里、286公里。", "286公里", "国省干线里程"),
    # regression fixture, a variant (not real): the first item's network keeps its own name
    ("高速公路、国省干线里程分别达到96公里、286公里。", "96公里", "高速公路里程"),
    # regression fixture, a variant (not real): a line of the network named before still takes it
    ("全区铁路通车里程120公里，复线里程80公里。", "80公里", "铁路复线里程"),
])
def test_trunk_road_class_is_a_network(s, printed, name):
    assert fact(REVIEW + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county transport report (not real), modelled on the national report's
    # 铁路、高速公路运营里程均超过10万公里 (/work/shared/corpus/national_work_reports/2014.txt): a trunk length
    # after a railway's takes the railway
    ("全市铁路营业里程800公里，干线里程500公里。", "500公里", "铁路干线里程"),
    # regression fixture, a variant (not real): after an expressway's
    ("全市高速公路通车里程300公里，新增干线里程50公里。", "50公里", "高速公路新增干线里程"),
    # regression fixture, a variant (not real): after a grid's investment
    ("全省电网投资120亿元，新建干线里程300公里。", "300公里", "全省电网新建干线里程"),
    # regression fixture, a variant (not real): after the trunk roads, named once
    ("国省干线公路新改建50公里，干线里程达到1200公里。", "1200公里", "国省干线里程"),
])
def test_trunk_length_takes_the_network_before(s, printed, name):
    """干线 names no network of its own: a 干线里程 takes the network named before it, 国省干线 written once."""
    assert fact(REVIEW + s, printed)["indicator"] == name


def test_trunk_length_of_a_part_takes_the_network_before():
    # regression fixture, a variant (not real): the trunk length a part (其中) of the railway's
    s = "全市铁路营业里程800公里，其中干线里程500公里。"
    assert fact(REVIEW + s, "500公里")["indicator"].startswith("铁路干线里程")


# -- 完成率分别为 after a list of things done ---------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county transport report (not real), modelled on the national report's
    # 新建改建农村公路20万公里 (/work/shared/corpus/national_work_reports/2016.txt) and the district reports' 完成年度计划的
    ("全年改造提升农村公路120公里、危桥改造18座，完成率分别为120%和100%。", "120%", "改造提升农村公路"),
    # regression fixture, a variant (not real)
    ("全年改造提升农村公路120公里、危桥改造18座，完成率分别为120%和100%。", "100%", "危桥改造"),
    # regression fixture, a variant (not real): three things done, 达到 for 为
    ("新建改建农村公路85.2公里、改造危桥14座、新增停车位3560个，完成率分别达到106.5%、100%和118.7%。", "118.7%",
     "新增停车位"),
    # regression fixture, a variant (not real): the list of completions names its own base
    ("改造农村公路120公里、危桥18座，分别完成年度计划的120%和100%。", "100%", "改造危桥"),
])
def test_completion_rates_of_a_list_done(s, printed, name):
    f = fact(REVIEW + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "completion_pct")


# -- the glossary's keys of transport statistics -------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a county transport report (not real), modelled on the national report's
    # 交通运输业，铁路货运量10.6亿吨 (/work/shared/corpus/national_work_reports/1980.txt)
    ("全县完成客运量1256万人次，同比增长22.5%，其中公路客运量865万人次。", "1256万人次", "passenger_volume"),
    # regression fixture, a variant (not real): the road part
    ("全县完成客运量1256万人次，同比增长22.5%，其中公路客运量865万人次。", "865万人次", "road_passenger_volume"),
    # regression fixture, a variant (not real): the goods carried by road, and their growth
    ("完成公路货运量3265万吨，同比增长6.8%。", "6.8%", "road_freight_volume"),
    # regression fixture in the form of a district transport report (not real), modelled on the national report's
    # 沿海港口货物吞吐量增长百分之五十九，达到５．９亿吨 (/work/shared/corpus/national_work_reports/1993.txt)
    ("港口货物吞吐量完成1568万吨，同比增长4.5%。", "1568万吨", "port_cargo_throughput"),
    # regression fixture, a variant (not real): a bare 旅客周转量 after a mode's volume keys nothing
    ("完成公路客运量856万人次；旅客周转量6.8亿人公里，同比下降8.6%。", "6.8亿人公里", ""),
    # regression fixture in the form of a district transport report (not real), modelled on the national report's
    # 今年要完成铁路建设投资8000亿元、公路水运投资1.8万亿元 (/work/shared/corpus/national_work_reports/2017.txt)
    ("全年完成交通固定资产投资32.6亿元，占年度计划的108.7%。", "108.7%", "transport_investment"),
    # regression fixture, a variant (not real)
    ("交通运输行业固定资产投资完成28.6亿元，为年度目标任务的110%。", "28.6亿元", "transport_investment"),
    # regression fixture in the form of a district transport report (not real), modelled on the national report's
    # 轨道交通运营里程从4500多公里增加到近1万公里 (/work/shared/corpus/national_work_reports/2023.txt)
    ("全区公交线路达到86条，公交车568辆。", "86条", "bus_routes"),
    # regression fixture, a variant (not real)
    ("全区公交线路达到86条，公交车568辆。", "568辆", "buses"),
    # regression fixture, a variant (not real)
    ("公交车客运量完成4560万人次，较上年增长18.6%。", "4560万人次", "bus_passengers"),
    # regression fixture, a variant (not real)
    ("全区绿色出行比例达到72.5%，较上年提高2.3个百分点。", "2.3个百分点", "green_travel_share"),
    # regression fixture, a variant (not real)
    ("公交分担率达到28.6%，比2022年提高1.8个百分点。", "28.6%", "public_transport_mode_share"),
    # regression fixture, a variant (not real)
    ("高峰时段交通拥堵指数为1.62，同比下降3.5%。", "1.62", "traffic_congestion_index"),
    # regression fixture, a variant (not real)
    ("全县公路总里程达3120公里，公路密度达到125.6公里/百平方公里。", "125.6", "road_density"),
    # regression fixture, a variant (not real)
    ("农村公路总里程达到1865公里，较上年增加35.6公里。", "1865公里", "rural_road_length"),
    # regression fixture in the form of a district transport report (not real), modelled on the national report's
    # 去年我国重大火灾、交通事故和恶性生产事故较多 (/work/shared/corpus/national_work_reports/1995.txt)
    ("全年发生道路交通事故156起，同比下降8.2%；死亡人数23人，同比下降11.5%。", "156起", "road_traffic_accidents"),
    # regression fixture, a variant (not real)
    ("全年发生道路交通事故156起，同比下降8.2%；死亡人数23人，同比下降11.5%。", "23人", "road_traffic_deaths"),
    # regression fixture, a variant (not real)
    ("全区机动车保有量达到32.6万辆，同比增长6.8%。", "32.6万辆", "motor_vehicle_stock"),
    # regression fixture, a variant (not real)
    ("全区新能源汽车保有量4.2万辆，占机动车保有量的12.9%。", "4.2万辆", "nev_stock"),
    # regression fixture, a variant (not real)
    ("全区城市轨道交通客运量1.26亿人次，同比增长35.6%。", "1.26亿人次", "urban_rail_passengers"),
    # regression fixture, a variant (not real): the graded accidents are a part, no key of all
    ("全年共发生一般以上道路交通事故86起。", "86起", ""),
])
def test_transport_statistics_keys(s, printed, key):
    assert fact(REVIEW + s, printed)["indicator_key"] == key
