"""Concepts the State Council work reports print year after year are keyed by the glossary, so their series join
across reports: the year's college graduates (高校毕业生), railway and road-and-waterway investment (铁路投资,
铁路建设投资; 公路水运投资), the stock of total social financing (社会融资规模余额, not the flow 社会融资规模),
outbound tourist trips (出境旅游, 出境旅游人次), central spending on education and on health under each of its
printed names (中央财政教育支出, 中央财政用于教育的投入; 中央财政医疗卫生支出, 中央财政用于卫生的支出), the regular
construction investment of the central budget (中央预算内经常性建设投资, apart from the bond-financed part),
urban employees' and urban residents' medical insurance enrolment, the central “三农” funds printed as 资金, and the
works reviewed year by year: roads and expressways added (新增公路, 新增公路通车里程; 其中高速公路), water-saving
irrigation added (not only its efficient part), eroded area brought under control, small thermal units closed
(关停小火电, 关停小火电机组), the farmland red line of 18亿亩, and the lengths of railways and roads added or open
under each of their printed names (新建铁路投产里程, 新增铁路里程, 新建铁路投入运营; 高速公路新建通车; 公路通车里程). A part
of a length in operation after 其中 is a length in operation (铁路营业里程…，其中高速铁路… → 高速铁路营业里程); railway
lines added past a semicolon are no part of the roads added before it. So are the records of government kept every
year (bills submitted to the NPC Standing Committee, administrative regulations enacted or revised), backward
ironmaking, steelmaking, cement and coke capacity phased out, generating capacity installed and added, the central
budget stabilisation fund, local bonds the centre issues, sewage treatment capacity added, enterprises registered
(a year and a day), the urban and rural 低保 standards, the profits of state-owned industry and water use per unit of GDP
(单位国内生产总值用水量, 水耗).
Each sentence is quoted verbatim from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at, facts

from dhcheng_analysis.vocab import indicator_key


@pytest.mark.parametrize(("text", "printed", "key"), [
    # national work reports 2015, 2024
    ("今年高校毕业生749万人，为历史最高。", "749万人", "college_graduates"),
    ("预计今年高校毕业生超过1170万人，要强化促进青年就业政策举措，优化就业创业指导服务。", "1170万人",
     "college_graduates"),
    # national work reports 2017, 2018
    ("今年要完成铁路建设投资8000亿元、公路水运投资1.8万亿元，再开工15项重大水利工程，继续加强轨道交通、民用和通用"
     "航空、电信基础设施等重大项目建设。", "8000亿元", "railway_investment"),
    ("今年要完成铁路投资7320亿元、公路水运投资1.8万亿元左右，水利在建投资规模达到1万亿元。", "7320亿元",
     "railway_investment"),
    ("今年要完成铁路投资7320亿元、公路水运投资1.8万亿元左右，水利在建投资规模达到1万亿元。", "1.8万亿元",
     "road_waterway_investment"),
    # national work report 2016
    ("今年广义货币M2预期增长13%左右，社会融资规模余额增长13%左右。", "13%左右。", "total_social_financing_stock"),
    # national work reports 2017, 2018
    ("国内旅游快速增长，出境旅游超过1.2亿人次，城乡居民生活水平有新的提高。", "1.2亿人次", "outbound_tourist_trips"),
    ("出境旅游人次由8300万增加到1亿3千多万。", "8300万", "outbound_tourist_trips"),
    # national work reports 2008, 2019, 2010
    ("今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元；地方财政也都要增加投入。", "1562亿元",
     "central_education_spending"),
    ("今年财力虽然很紧张，国家财政性教育经费占国内生产总值比例继续保持在4%以上，中央财政教育支出安排超过1万亿元。",
     "1万亿元", "central_education_spending"),
    ("中央财政医疗卫生支出1277亿元，比上年增长49.5%。", "1277亿元", "central_health_spending"),
    # national work report 2007
    ("今年中央财政赤字拟安排2450亿元，比去年预算赤字减少500亿元；拟安排长期建设国债500亿元，比去年减少100亿元；"
     "拟安排中央预算内经常性建设投资804亿元，比去年预算增加 250亿元；中央政府建设投资总规模为1304亿元。", "804亿元",
     "central_budget_regular_construction_investment"),
    ("中央财政安排用于“三农”的资金3917亿元，比去年增加520亿元。", "3917亿元", "central_agriculture_rural_spending"),
    # national work reports 2008, 2009
    ("2007年城镇职工基本医疗保险参保人数达到1.8亿人，比2002年增加近1倍；88个城市启动城镇居民基本医疗保险试点；"
     "新型农村合作医疗制度不断完善，已扩大到全国86%的县，参合农民达到7.3亿人。", "1.8亿人", "urban_employee_medical_insured"),
    ("城镇居民基本医疗保险试点城市由上年的88个增加到317个，参保人数增加7359万，总计达到1.17亿。", "1.17亿",
     "urban_resident_medical_insured"),
])
def test_a_concept_the_reports_print_year_after_year_is_keyed(text, printed, key):
    assert fact_at(text, printed)["indicator_key"] == key


@pytest.mark.parametrize(("text", "printed", "key"), [
    # national work report 2008
    ("五年新增电力装机3.5亿千瓦，是1950年到2002年53年的总和；新增公路19.2万公里，其中高速公路2.8万公里；新增铁路营运"
     "里程6100公里；建成万吨级以上泊位568个；新增电信用户4.94亿户。", "19.2万公里", "roads_added"),
    ("五年新增电力装机3.5亿千瓦，是1950年到2002年53年的总和；新增公路19.2万公里，其中高速公路2.8万公里；新增铁路营运"
     "里程6100公里；建成万吨级以上泊位568个；新增电信用户4.94亿户。", "2.8万公里", "expressways_added"),
    # national work report 2005
    ("全年新增煤炭生产能力1.2亿吨，新增发电装机容量5055万千瓦，铁路新线投产1433公里，新增公路通车里程4.6万公里。",
     "4.6万公里", "roads_added"),
    # national work report 2015
    ("农业综合生产能力稳步提高，农业科技和机械化水平持续提升，重大水利工程建设进度加快，新增节水灌溉面积223万公顷，"
     "新建改建农村公路23万公里。", "223万公顷", "water_saving_irrigation_added"),
    # national work reports 2010, 2003
    ("综合治理水土流失面积4.8万平方公里。", "4.8万平方公里", "soil_erosion_controlled"),
    ("五年内，全国造林面积2787万公顷，封山育林3153万公顷，退耕还林382万公顷；治理水土流失面积26.6万平方公里，治理沙化"
     "土地570万公顷。", "26.6万平方公里", "soil_erosion_controlled"),
    # national work reports 2009, 2011
    ("继续淘汰落后产能，全年关停小火电1669万千瓦，关闭小煤矿1054处。", "1669万千瓦", "small_thermal_units_closed"),
    ("关停小火电机组7210万千瓦，淘汰了一批落后的煤炭、钢铁、水泥、焦炭产能。", "7210万千瓦", "small_thermal_units_closed"),
    # national work report 2022
    ("坚决守住18亿亩耕地红线，划足划实永久基本农田，切实遏制耕地“非农化”、防止“非粮化”。", "18亿亩",
     "farmland_red_line"),
])
def test_a_work_reviewed_year_by_year_is_keyed(text, printed, key):
    assert fact_at(text, printed)["indicator_key"] == key


def test_each_printed_name_of_central_spending_on_a_field_keys_that_field():
    # national work report 2007: the four fields of one list, each its own concept
    s = ("全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、138亿元和123亿元，比上年增长29.2%、"
         "39.4%、65.4%和23.9%。")
    assert [fact_at(s, p)["indicator_key"] for p in ("774亿元", "536亿元", "138亿元")] == [
        "central_science_technology_spending", "central_education_spending", "central_health_spending"]


def test_neighbouring_concepts_keep_keys_of_their_own():
    assert indicator_key("社会融资规模") == "total_social_financing"
    assert indicator_key("社会融资规模余额") != indicator_key("社会融资规模")
    assert indicator_key("高校毕业生就业率") == "graduate_employment_rate"
    assert indicator_key("中央预算内投资") != indicator_key("中央预算内经常性建设投资")
    assert indicator_key("城镇职工基本养老保险参保人数") != indicator_key("城镇职工基本医疗保险参保人数")
    assert indicator_key("公路投资") == ""  # roads alone are part of 公路水运投资
    assert indicator_key("新增高速公路") != indicator_key("高速公路里程")  # what a period adds, not the length open
    assert indicator_key("新增节水灌溉面积") != indicator_key("新增高效节水灌溉面积")


# national work report 2013
_WORKS_2013 = ("五年来，新建各类保障性住房1800多万套，棚户区改造住房1200多万套；完成大中型和重点小型水库除险加固1.8万座，治理"
               "重点中小河流2.45万公里，新增节水灌溉面积770万公顷；新增铁路里程1.97万公里，其中高速铁路8951公里，京沪、京广、"
               "哈大等高铁和一批城际铁路相继投入运营；新增公路60.9万公里，其中高速公路4.2万公里，高速公路总里程达9.56万公里；"
               "新建机场31个；新增万吨级港口泊位602个；一批跨江跨海大桥、连岛工程相继建成；西气东输、西电东送、南水北调等重大"
               "工程顺利推进或建成；非化石能源快速发展，水电、风电装机位居世界第一；重建后的汶川、玉树、舟曲等灾区发生了翻天覆地"
               "的变化。")


@pytest.mark.parametrize(("text", "printed", "key"), [
    # national work report 2010
    ("大力加强基础设施建设，新建铁路投入运营5557公里，高速公路新建通车4719公里，城市轨道交通建设加快，新建、改扩建民用"
     "机场 35个；新增发电装机8970万千瓦，西气东输二线西段工程实现供气，南水北调工程建设加快推进，6183座病险水库除险加固"
     "工程开工建设。", "5557公里", "railway_added"),
    ("大力加强基础设施建设，新建铁路投入运营5557公里，高速公路新建通车4719公里，城市轨道交通建设加快，新建、改扩建民用"
     "机场 35个；新增发电装机8970万千瓦，西气东输二线西段工程实现供气，南水北调工程建设加快推进，6183座病险水库除险加固"
     "工程开工建设。", "4719公里", "expressways_added"),
    (_WORKS_2013, "1.97万公里", "railway_added"),
    (_WORKS_2013, "8951公里", "hsr_added"),
    (_WORKS_2013, "9.56万公里", "expressway_length"),
    # national work report 2015
    ("新建铁路投产里程8427公里，高速铁路运营里程达1.6万公里，占世界的60%以上。", "8427公里", "railway_added"),
    # national work report 2003
    ("公路通车里程由1997年的123万公里增加到2002年的176万公里，其中高速公路由4771公里增加到2.52万公里，从居世界第三十九位"
     "跃升到第二位。", "176万公里", "road_length"),
    # national work report 2014
    ("加强民航、水运、信息、邮政网络建设，铁路、高速公路运营里程均超过10万公里，其中高速铁路运营里程达到1.1万公里，居世界"
     "首位。", "1.1万公里", "hsr_length"),
])
def test_a_length_of_railways_or_roads_added_or_open_is_keyed(text, printed, key):
    assert fact_at(text, printed)["indicator_key"] == key


def test_a_part_of_a_length_in_operation_is_a_length_in_operation():
    # national work report 2016: 其中高速铁路 of 铁路营业里程 is the high-speed railway's 营业里程, not a bare 里程
    s = "铁路营业里程达到12.1万公里，其中高速铁路超过1.9万公里，占世界60%以上。"
    got = fact_at(s, "1.9万公里")
    assert (got["indicator"], got["indicator_key"], got["relation"]) == ("高速铁路营业里程", "hsr_length", "part")
    assert fact_at(s, "60%")["indicator"] == "高速铁路营业里程"
    # national work report 2003: 其中高速公路 of 公路通车里程
    s = ("公路通车里程由1997年的123万公里增加到2002年的176万公里，其中高速公路由4771公里增加到2.52万公里，从居世界第三十九位"
         "跃升到第二位。")
    assert {fact_at(s, p)["indicator_key"] for p in ("4771公里", "2.52万公里")} == {"expressway_length"}


def test_railway_lines_added_after_a_semicolon_are_no_part_of_the_roads_before():
    # national work report 2000
    s = ("已建成的主要有：加固大江大河大湖堤防近6100公里；新增公路通车里程1．2万公里，其中高速公路3358公里；增加铁路新线"
         "1423公里、复线643公里；城市基础设施建设和环境保护整治明显加快，许多城市面貌发生了较大变化；加快了企业技术改造和"
         "高新技术产业化进程；新建和改造农村电网高低压线路90万公里；建成仓容250亿公斤的国家粮食储备库。")
    assert fact_at(s, "3358公里")["relation"] == "part"
    assert fact_at(s, "1423公里")["relation"] == ""


# national work report 2014
_CAPACITY_2014 = ("今年要淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能，确保“十二五”淘汰任务提前一年完成，"
                  "真正做到压下来，决不再反弹。")
_CAPACITY_2010 = ("下大力气抑制部分行业产能过剩和重复建设，关停小火电机组2617万千瓦，淘汰落后的炼钢产能1691万吨、炼铁产能2113万吨、"
                  "水泥产能7416万吨、焦炭产能1809万吨。")
_ENTITIES_2017 = ("大众创业、万众创新广泛开展，全年新登记企业增长24.5%，平均每天新增1.5万户，加上个体工商户等，各类市场主体每天"
                  "新增4.5万户。")
_DIBAO_2015 = ("全面建立临时救助制度，城乡低保标准分别提高9.97%和14.1%，残疾军人、烈属和老复员军人等优抚对象抚恤和生活补助标准"
               "提高20%以上。")


@pytest.mark.parametrize(("text", "printed", "key"), [
    # national work reports 2025, 2008
    ("提请全国人大常委会审议法律议案19件，制定修订行政法规28部。", "19件", "bills_submitted"),
    ("提请全国人大常委会审议法律议案19件，制定修订行政法规28部。", "28部", "admin_regulations_enacted_revised"),
    ("五年国务院共向全国人大常委会提交39件法律议案，制定、修订137件行政法规。", "39件", "bills_submitted"),
    ("五年国务院共向全国人大常委会提交39件法律议案，制定、修订137件行政法规。", "137件",
     "admin_regulations_enacted_revised"),
    # national work report 2010
    (_CAPACITY_2010, "1691万吨", "backward_steelmaking_capacity"),
    (_CAPACITY_2010, "2113万吨", "backward_ironmaking_capacity"),
    (_CAPACITY_2010, "7416万吨", "backward_cement_capacity"),
    (_CAPACITY_2010, "1809万吨", "backward_coke_capacity"),
    # national work report 2014: the product before the backward capacity, as a list sharing its head prints it
    (_CAPACITY_2014, "4200万吨", "backward_cement_capacity"),
    # national work reports 2011, 2003
    ("大力发展清洁能源，新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦。", "4.45亿千瓦",
     "power_capacity_added"),
    ("发电装机容量由1997年的2.54亿千瓦增加到2002年的3.53亿千瓦。", "3.53亿千瓦", "power_capacity"),
    # national work reports 2008, 2013, 2012
    ("同时，削减财政赤字450亿元；拟增加中央预算稳定调节基金1032亿元。", "1032亿元", "central_budget_stabilisation_fund"),
    ("今年拟安排财政赤字1.2万亿元，比去年预算增加4000亿元，其中中央财政赤字8500亿元，代地方发债3500亿元。", "3500亿元",
     "local_bonds_issued_by_central"),
    ("加强重点节能环保工程建设，新增城镇污水日处理能力1100万吨，5000多万千瓦新增燃煤发电机组全部安装脱硫设施。", "1100万吨",
     "sewage_capacity_added"),
    # national work report 2016
    ("大众创业、万众创新蓬勃发展，全年新登记注册企业增长21.6%，平均每天新增1.2万户。", "21.6%", "new_enterprises"),
    ("大众创业、万众创新蓬勃发展，全年新登记注册企业增长21.6%，平均每天新增1.2万户。", "1.2万户", "daily_new_enterprises"),
    # national work report 2017: the day's market entities (the self-employed with the firms), beside the day's firms
    (_ENTITIES_2017, "1.5万户", "daily_new_enterprises"),
    (_ENTITIES_2017, "4.5万户", "daily_new_market_entities"),
    # national work reports 2015, 2004
    (_DIBAO_2015, "9.97%", "urban_dibao_standard"),
    (_DIBAO_2015, "14.1%", "rural_dibao_standard"),
    ("国有及国有控股工业企业经济效益大幅度提高，实现利润3784亿元，比上年增长45.2%。", "3784亿元", "soe_industrial_profit"),
    # national work report 2016: water use per unit of GDP, a five-year target (2018 below)
    ("今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%，森林覆盖率达到23.04%，能源资源开发"
     "利用效率大幅提高，生态环境质量总体改善。", "23%", "water_intensity"),
])
def test_a_record_the_reports_keep_every_year_is_keyed(text, printed, key):
    assert fact_at(text, printed)["indicator_key"] == key


def test_the_records_keep_apart_from_their_narrower_and_wider_neighbours():
    assert indicator_key("制定行政法规") != indicator_key("制定修订行政法规")  # enacted alone: a part
    assert indicator_key("新增发电装机容量") != indicator_key("发电装机容量")
    assert indicator_key("新设市场主体") != indicator_key("新登记注册企业")  # enterprises are a part of market entities
    assert indicator_key("日均新设市场主体") != indicator_key("日均新设企业")
    assert indicator_key("日均新设市场主体") != indicator_key("新设市场主体")  # a day's average, not the period's flow
    assert indicator_key("城镇低保标准") != indicator_key("农村低保标准")
    assert fact_at(_CAPACITY_2014, "2700万吨")["indicator_key"] == ""  # 钢铁: ironmaking and steelmaking, no one of them
    assert indicator_key("单位国内生产总值水耗") != indicator_key("单位国内生产总值能耗")  # water, not energy


def test_water_use_per_unit_of_gdp_is_keyed_under_both_its_printed_names():
    # national work report 2018: one figure of two intensities, each keyed as its own concept
    s = ("单位国内生产总值能耗、水耗均下降20%以上，主要污染物排放量持续下降，重点城市重污染天数减少一半，森林面积增加1.63亿亩，"
         "沙化土地面积年均缩减近2000平方公里。")
    f = facts(s)
    g = f[f["raw_value"] == "20"]
    keys = dict(zip(g["indicator"], g["indicator_key"], strict=True))
    assert keys == {"单位国内生产总值能耗": "energy_intensity", "单位国内生产总值水耗": "water_intensity"}
