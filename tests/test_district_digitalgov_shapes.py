"""Figures of the digital government and informatization report (数字政府建设, 政务信息化, 数据共享), as district and
county big-data and government-service bureaus print them.

Such a report counts the government service items and the shares of them that can be handled online
(网上可办率, 全程网办率), the users of the one-stop platform (一网通办), the records of data shared and exchanged and
the data sets opened, the requests to the 12345 hotline and the rates of their handling, the 5G base stations and
broadband users, and the value added of the core digital economy. The rules:

- A bandwidth class printed with an upper-case M (100M以上用户, 1000M宽带) is part of a name, no figure, and the name
  keeps it; a lower-case m is still metres.
- A stock printed after a count of those added (新增注册用户3.2万户，累计达到45.8万户) is of all of them, with the
  addition verb taken out of the name: also when a platform, a centre or a site owns them (“一网通办”平台, 政务服务网),
  as when a place does (经开区新增规上工业企业18家，总数达到156家).
- A verb that adds (新增, 新建) right after 分别 and before the figures names each item as added (5G基站、千兆端口
  分别新增128个、2.3万个 → 新增5G基站, 新增千兆端口: no stock of them); items that own what is added (places,
  quarters, levels: 东城区、西城区分别新增…) are not added.
- A verb that extends a thing to a new level (拓展至, 扩展到, 扩容至) ends no name, as 扩大到 and 提高至 do.
- A bare rate of a service's handling (满意率) after a rate of the same service (12345热线接通率, 好差评主动评价率)
  is of that service, as after its 办结率.
- The glossary keys the common names of the kind (政务服务事项, 一网通办平台注册用户, 数据共享交换量, 开放数据集,
  按时办结率 and 接通率 of the hotline, 5G用户, 固定宽带用户).

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

from dhcheng_analysis.vocab import indicator_key

HEAD = "一、2023年全区数字政府建设情况\n"


# -- a bandwidth class is part of a name ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district digital government report (not real), modelled on the national
    # report's 开展城市千兆宽带入户示范 (/work/shared/corpus/national_work_reports/2019.txt)
    ("全区实现千兆光网全覆盖，1000M以上宽带用户占比达到32.5%。", "32.5%", "1000M以上宽带用户占比"),
    # regression fixture, a variant (not real): 100M after a count of all the users
    ("全县固定宽带用户23.5万户，其中100M以上用户占比95.6%。", "95.6%", "100M以上用户占比"),
])
def test_bandwidth_class_is_part_of_a_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name
    assert not {"100", "1000"} & set(facts(HEAD + s)["raw_value"])


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district digital government report (not real), modelled on the national
    # report's 开展城市千兆宽带入户示范 (/work/shared/corpus/national_work_reports/2019.txt): a bandwidth reached, no class
    ("全区带宽达到1000M。", "1000"),
    # regression fixture, a variant (not real): the network's bandwidth raised to
    ("电子政务外网带宽扩容至1000M。", "1000"),
    # regression fixture, a variant (not real): a width in metres printed upper-case
    ("道路宽度12M。", "12"),
    # regression fixture, a variant (not real): an area in square metres printed upper-case
    ("新建住房面积5000M2。", "5000"),
])
def test_upper_case_m_before_no_class_word_keeps_its_figure(s, printed):
    assert printed in set(facts(HEAD + s)["raw_value"])


def test_lower_case_m_is_still_metres():
    # regression fixture, a variant (not real): a length in metres, counted
    f = facts(HEAD + "新建智慧灯杆配套管线长度300m。")
    assert "300" in set(f["raw_value"])


# -- a stock after those added is of all of them ------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district digital government report (not real), modelled on the national
    # report's 加快实现一网通办、异地可办 (/work/shared/corpus/national_work_reports/2019.txt)
    ("“一网通办”平台新增注册用户3.2万户，累计达到45.8万户。", "45.8万户", "“一网通办”平台注册用户"),
    # regression fixture, a variant (not real): those added keep their verb
    ("“一网通办”平台新增注册用户3.2万户，累计达到45.8万户。", "3.2万户", "“一网通办”平台新增注册用户"),
    # regression fixture, a variant (not real): a site owns them
    ("政务服务网新增注册用户1.2万户，总数达到12万户。", "12万户", "政务服务网注册用户"),
    # regression fixture, a variant (not real): a place owns them, as before
    ("经开区新增规上工业企业18家，总数达到156家。", "156家", "经开区规上工业企业"),
])
def test_stock_after_those_added_is_of_all(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- an addition verb after 分别 names each item as added ----------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district digital government report (not real), modelled on the national
    # report's 加大5G网络和千兆光网建设力度 (/work/shared/corpus/national_work_reports/2021.txt)
    ("全区5G基站、千兆端口分别新增128个、2.3万个。", "128个", "新增5G基站", "base_stations_5g_built"),
    # regression fixture, a variant (not real): the second item
    ("全区5G基站、千兆端口分别新增128个、2.3万个。", "2.3万个", "新增千兆端口", ""),
    # regression fixture, a variant (not real): 新建, the glossary's flow of base stations, not their stock
    ("全区5G基站、千兆端口分别新建128个、2.3万个。", "128个", "新建5G基站", "base_stations_5g_built"),
    # regression fixture, a variant (not real): firms added, not all of them
    ("全区规上工业企业、限上商贸企业分别新增12家、25家。", "12家", "新增规上工业企业",
     "industrial_firms_above_size_added"),
    # regression fixture, a variant (not real): a verb of reaching leaves the stock
    ("全区5G基站、千兆端口分别达到2865个、12.3万个。", "2865个", "5G基站", "base_stations_5g"),
])
def test_addition_verb_after_fenbie_names_each_item(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert f["indicator"] == name
    if key:
        assert f["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed", "added"), [
    # regression fixture, a variant (not real): places own what they added, no place is added
    ("东城区、西城区分别新增12家、25家。", "12家", "新增东城区"),
    # regression fixture, a variant (not real): streets
    ("城东街道、城西街道分别新增28户、35户。", "35户", "新增城西街道"),
    # regression fixture, a variant (not real): quarters
    ("一季度、二季度分别新增1200户、1500户。", "1500户", "新增二季度"),
    # regression fixture, a variant (not real): levels of government
    ("市级、区级分别新建12个、25个。", "25个", "新建区级"),
])
def test_owners_in_the_list_are_not_added(s, printed, added):
    assert not fact(HEAD + s, printed)["indicator"].startswith(added)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): what is added is printed after the figures (the places), no kindergarten
    ("普惠性幼儿园、公办幼儿园分别新增1200个、800个学位。", "1200个", "普惠性幼儿园"),
    # regression fixture, a variant (not real): the same of schools
    ("小学、初中分别新增3000个、2000个学位。", "2000个", "初中"),
    # regression fixture, a variant (not real): places printed without 区 own what they added
    ("朝阳、海淀分别新增12家、8家。", "12家", "朝阳"),
    # regression fixture, a variant (not real): phases of a project, no phase added
    ("一期、二期分别新增1200平方米、800平方米。", "800平方米", "二期"),
    # regression fixture, a variant (not real): batches
    ("第一批、第二批分别新增12家、8家。", "12家", "第一批"),
])
def test_items_that_are_no_things_counted_are_not_added(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a verb that extends a thing ends no name ---------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district digital government report (not real), modelled on the national
    # report's 推动电子证照扩大应用领域和全国互通互认 (/work/shared/corpus/national_work_reports/2021.txt)
    ("电子证照应用场景拓展至120个。", "120个", "电子证照应用场景"),
    # regression fixture, a variant (not real): 拓展到
    ("全区电子证照应用场景拓展到120个。", "120个", "电子证照应用场景"),
    # regression fixture, a variant (not real): 扩容至
    ("区政务云承载业务系统扩容至186个。", "186个", "区政务云承载业务系统"),
    # regression fixture, a variant (not real): 扩展至, with the count before it
    ("“一件事一次办”集成服务事项由去年的20件扩展至45件。", "45件", "“一件事一次办”集成服务事项"),
])
def test_extending_verb_ends_no_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a bare service rate after another rate of the service ---------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district digital government report (not real), modelled on the national
    # report's 建立政务服务“好差评”制度 (/work/shared/corpus/national_work_reports/2019.txt)
    ("政务服务“好差评”主动评价率86.5%，满意率99.8%。", "99.8%", "政务服务“好差评”满意率"),
    # regression fixture, a variant (not real): the hotline's answer rate before it
    ("12345热线接通率96.5%，满意率92.3%。", "92.3%", "12345热线满意率"),
    # regression fixture, a variant (not real): its on-time completion rate before it, as before
    ("热线工单按时办结率97.6%，满意率91.5%。", "91.5%", "热线工单满意率"),
])
def test_bare_service_rate_is_of_the_service(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_bare_rate_of_no_service_stays_bare():
    # regression fixture, a variant (not real): a rate of firms, no service before it
    assert fact(HEAD + "全区企业满意率95%，好评率98%。", "98%")["indicator"] == "好评率"


# -- the glossary keys the kind's names ----------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district digital government report (not real), modelled on the national
    # report's 90%以上的政务服务实现网上可办 (/work/shared/corpus/national_work_reports/2023.txt)
    ("全区政务服务事项1286项，网上可办率达98.6%，全程网办率达85.3%。", "1286项", "government_service_items"),
    # regression fixture, a variant (not real): 政务服务 before the rate
    ("上半年，全县政务服务网上可办率99.1%，全程网办率88.6%。", "99.1%", "online_service_availability_rate"),
    # regression fixture, a variant (not real)
    ("“一网通办”平台注册用户达52.6万户，同比增长18.3%。", "52.6万户", "one_stop_platform_users"),
    # regression fixture in the form of a district digital government report (not real), modelled on the national
    # report's 建立健全政务数据共享协调机制 (/work/shared/corpus/national_work_reports/2021.txt)
    ("全年数据共享交换12.8亿条，同比增长35.2%。", "12.8亿条", "data_sharing_exchanges"),
    # regression fixture, a variant (not real)
    ("开放数据集326个，开放数据项8652项。", "326个", "open_datasets"),
    # regression fixture, a variant (not real)
    ("全年网上办件量128.5万件，同比增长23.6%。", "128.5万件", "online_service_cases"),
    # regression fixture in the form of a district report of the 12345 hotline (not real), modelled on the real
    # excerpts' 12345热线 sentences of the hotline's requests
    ("12345热线受理群众诉求18.6万件，同比增长12.4%，按时办结率98.7%。", "18.6万件", "hotline_requests"),
    # regression fixture, a variant (not real): the on-time rate of the requests
    ("12345热线受理群众诉求18.6万件，同比增长12.4%，按时办结率98.7%。", "98.7%", "hotline_ontime_completion_rate"),
    # regression fixture, a variant (not real)
    ("12345热线接通率96.5%，较上年提高2.1个百分点。", "96.5%", "hotline_answer_rate"),
    # regression fixture in the form of a district digital government report (not real), modelled on the national
    # report's 5G用户普及率超过50% (/work/shared/corpus/national_work_reports/2024.txt)
    ("5G用户数达到32.6万户，5G用户普及率65.2%。", "32.6万户", "users_5g"),
    # regression fixture, a variant (not real)
    ("全县固定宽带用户23.5万户，同比增长6.2%。", "23.5万户", "fixed_broadband_users"),
])
def test_glossary_keys_the_names(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


def test_part_of_the_items_is_no_total():
    # a narrower set of items (依申请) is not the glossary's count of all of them
    assert indicator_key("依申请政务服务事项") == ""
