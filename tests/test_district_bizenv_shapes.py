"""Figures of the business environment report, the government services summary and the market entities report, as
district and county offices print them.

They print the market entities (市场主体总量, 实有各类市场主体, 新设立, 注销, 净增), the time to start a business and to
approve a construction project (企业开办时间压缩至…个工作日, 工程建设项目审批时限压缩…%), the services online (全程网办率,
网上可办率, 即办件占比), the certificates and materials cut (减少申请材料, 取消证明事项) and the evaluation (营商环境评价,
获得电力). The rules these tests hold:

- 即办 (handled on the spot) is a word a name opens with (即办件占比, 即办率), no 即 (namely) cut off before it, as 即期
  and 即时 are; 获得电力, 获得用水, 获得用气 and 获得信贷 (the indicators of the evaluation) keep their 获得.
- 注销 and 吊销 are verbs of disposal, as 取消 and 撤销 are: a bare 注销…户 after the market entities set up counts those
  that left (注销的市场主体), and a net change after the count of those that left (注销市场主体…户，净增…户) is the net
  change of the market entities, not of those that left.
- A verb of change printed before a comma list (减少证明材料126项，…) is of no item that opens with a verb of disposal or
  issue of its own (取消各类证明事项58项), nor of the items after it.
- A count of firms a service is done for (为286家企业办理信用修复) is named by the service, as a count of those given a
  thing is (为35所学校配发防疫物资), when no sum follows; with a sum after it the recipients are named alone.
- 平均 between the base of a comparison and a verb of a cut (较法定时限平均压缩78.6%) says the cut is an average: the base
  is 法定时限, not 法定时限平均.
- The glossary keys the stock and the flows of market entities, the enterprises, the shares of services online or
  handled on the spot and the approval time of construction projects.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "关于2023年度优化营商环境工作情况的报告\n一、政务服务情况\n"


# -- 即办 and 获得电力 open a name ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district government services summary (not real), modelled on the national
    # reports' 推进政务服务集成办理，压减各类证明事项…90%以上的政务服务实现网上可办 (national_work_reports/2023.txt)
    ("即办件占比达到68.5%，较上年提高9.3个百分点。", "68.5%", "即办件占比", "rate_pct"),
    # regression fixture, a variant (not real): the points it rose by
    ("即办件占比达到68.5%，较上年提高9.3个百分点。", "9.3个百分点", "即办件占比", "pp_diff"),
    # regression fixture, a variant (not real): after a clause of its own
    ("全区政务服务事项全程网办率达到96.2%，即办件占比达到65%。", "65%", "即办件占比", "rate_pct"),
    # regression fixture, a variant (not real): the count of the items handled on the spot, then their share
    ("全年即办件1.2万件，占比68.5%。", "1.2万件", "即办件", "level"),
    # regression fixture, a variant (not real): 即办率
    ("即办率达到70%。", "70%", "即办率", "rate_pct"),
    # regression fixture in the form of a district business environment report (not real), modelled on the real
    # excerpt's 举办“2023年东城区优化营商环境… (gold/real/texts/dongcheng_2023_h1.txt): an indicator of the evaluation
    ("获得电力平均时长压缩至15天，低压小微企业接电“零投资”。", "15天", "获得电力平均时长", "level"),
    # regression fixture, a variant (not real): water and gas
    ("获得用水用气办理时间压缩至4个工作日以内。", "4个工作日", "获得用水用气办理时间", "level"),
])
def test_a_word_of_the_services_opens_the_name(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


def test_shares_of_services_take_their_keys():
    # regression fixture in the form of a district government services summary (not real), modelled on the national
    # reports' 90%以上的政务服务实现网上可办 (national_work_reports/2023.txt)
    s = HEAD + "政务服务事项网上可办率达到99.2%，全程网办率达到96.2%，即办件占比达到68.5%。"
    assert fact(s, "99.2%")["indicator_key"] == "online_service_availability_rate"
    assert fact(s, "96.2%")["indicator_key"] == "full_online_service_rate"
    assert fact(s, "68.5%")["indicator_key"] == "instant_service_share"


# -- 注销: those that left, and the net change of all -------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure", "key"), [
    # regression fixture in the form of a district market entities report (not real), modelled on the real
    # 2021年,全区新增各类市场主体2383户,同比增长15.7%。 (gold/real/texts/district_2021_bulletin_rank.txt)
    ("全年新设立市场主体8235户，注销2136户，净增6099户。", "2136户", "注销的市场主体", "level",
     "deregistered_market_entities"),
    # regression fixture, a variant (not real): the net change is of all the market entities
    ("全年新设立市场主体8235户，注销2136户，净增6099户。", "6099户", "市场主体", "abs_change", ""),
    # regression fixture, a variant (not real): the deregistered named by their own clause
    ("全年注销市场主体2136户，净增6099户。", "6099户", "市场主体", "abs_change", ""),
    # regression fixture, a variant (not real): their growth keeps their name and key
    ("全年注销市场主体3260户，同比下降4.1%。", "4.1%", "注销市场主体", "yoy_pct", "deregistered_market_entities"),
    # regression fixture, a variant (not real): a revoked licence is a count of its own
    ("上半年注销企业1126户，吊销企业236户。", "236户", "吊销企业", "level", ""),
    # regression fixture, a variant (not real)
    ("上半年注销企业1126户，吊销企业236户。", "1126户", "注销企业", "level", "deregistered_enterprises"),
])
def test_those_that_left_and_the_net_change(s, printed, name, measure, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["indicator_key"]) == (name, measure, key)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district market entities report (not real), modelled on the national
    # 国务院各部门全年取消和下放246项行政审批事项 (national_work_reports/2015.txt): two verbs joined, both cut
    ("全年注销和吊销市场主体1.2万户，净增4.4万户。", "4.4万户", "市场主体"),
    # regression fixture, a variant (not real): 取消和下放 and a net fall
    ("全年取消和下放审批事项120项，净减少80项。", "80项", "审批事项"),
])
def test_a_net_change_after_two_joined_verbs_of_disposal(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "abs_change")


@pytest.mark.parametrize("s", [
    # regression fixture in the form of a district market entities report (not real), modelled on the national
    # 国务院各部门全年取消和下放246项行政审批事项 (national_work_reports/2015.txt): the joined verbs only, no noun
    # after them, are not cut to the second verb
    "全年新登记市场主体5.6万户，注销和吊销1.2万户，净增4.4万户。",
    # regression fixture, a variant (not real): joined by 、
    "全年新登记市场主体5.6万户，注销、吊销1.2万户，净增4.4万户。",
])
def test_a_net_change_is_not_named_by_a_second_verb_alone(s):
    assert not fact(HEAD + s, "4.4万户")["indicator"].startswith(("和", "、"))


@pytest.mark.parametrize("s", [
    # regression fixture in the form of a district market entities report (not real), modelled on the national
    # 关停小火电 2157万千瓦、小煤矿1.12万处 (national_work_reports/2008.txt), a verb the list's items share: a net change
    # after a count of what left names its own thing
    "全年注销企业营业执照235户，净增市场主体1.1万户。",
    # regression fixture, a variant (not real): 吊销
    "全年吊销企业营业执照235户，净增市场主体1.1万户。",
    # regression fixture, a variant (not real): 关闭
    "全年关闭企业235户，净增市场主体1.1万户。",
])
def test_no_list_verb_spreads_onto_a_net_change(s):
    assert fact(HEAD + s, "1.1万户")["indicator"] == "净增市场主体"


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district market entities report (not real), modelled on the national
    # reports' 各类市场主体达到9800多万户 (national_work_reports/2018.txt)
    ("2023年末，全县实有各类市场主体5.62万户，比上年末增长9.8%。", "5.62万户", "market_entities"),
    # regression fixture, a variant (not real), modelled on 新登记注册市场主体达到1293万户 (national_work_reports/2015.txt)
    ("全年新登记各类市场主体8235户，同比增长18.6%。", "8235户", "new_market_entities"),
    # regression fixture, a variant (not real), modelled on 企业数量超过5200万户 (national_work_reports/2023.txt)
    ("截至6月底，全区实有企业4.56万户，占市场主体总量的34.5%。", "4.56万户", "enterprises"),
])
def test_market_entities_take_their_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


# -- a verb of change before a comma list ----------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district government services summary (not real), modelled on the national
    # reports' 压减各类证明事项 (national_work_reports/2023.txt)
    ("全区共减少证明材料126项，取消各类证明事项58项，实行告知承诺制事项86项。", "126项", "证明材料", "abs_change"),
    # regression fixture, a variant (not real): an item with a verb of disposal of its own
    ("全区共减少证明材料126项，取消各类证明事项58项，实行告知承诺制事项86项。", "58项", "取消各类证明事项", "level"),
    # regression fixture, a variant (not real): the item after it has its own verb too
    ("全区共减少证明材料126项，取消各类证明事项58项，实行告知承诺制事项86项。", "86项", "实行告知承诺制事项", "level"),
])
def test_a_cut_is_of_no_item_with_a_verb_of_disposal(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


# -- 平均 between the base and the cut ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district business environment report (not real), modelled on the national
    # reports' 企业开办时间从一个月以上压缩到目前的平均4个工作日以内 (national_work_reports/2023.txt)
    ("承诺时限较法定时限平均压缩78.6%。", "78.6%", "承诺时限", ""),
    # regression fixture, a variant (not real): 缩短, a time of approval with a key, modelled on
    # 工程建设项目全流程审批时间压缩到不超过120个工作日 (national_work_reports/2023.txt)
    ("工程建设项目审批时限较法定时限平均缩短65%。", "65%", "工程建设项目审批时限", "construction_project_approval_time"),
    # regression fixture, a variant (not real): 比 and 减少
    ("办理时限比法定时限平均减少70%。", "70%", "办理时限", ""),
])
def test_an_average_cut_is_against_its_base(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["comparator"], f["indicator_key"]) == (name, "change_pct", "法定时限", key)


def test_the_time_to_start_a_business_printed_as_the_new_firms_time():
    # regression fixture in the form of a district business environment report (not real), modelled on the national
    # reports' 企业开办时间从一个月以上压缩到目前的平均4个工作日以内 (national_work_reports/2023.txt)
    s = HEAD + "新开办企业平均用时2.5小时，较上年缩短1.5小时。"
    f = fact(s, "1.5小时")
    assert (f["indicator_key"], f["measure"], f["value"], f["comparator"]) == (
        "business_startup_time", "abs_change", -1.5, "上年")


# -- a count of firms a service is done for ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district business environment report (not real), modelled on the real
    # 协助84家企业整理“国补”申领材料 (gold/real/texts/zhongdu_ws_2025_street_h1.txt)
    ("全年为286家企业办理信用修复，帮助企业重塑信用。", "286家", "办理信用修复的企业"),
    # regression fixture, a variant (not real): with a sum after it the recipients are named alone, as the real
    # 为120家市场主体融资1.35亿元 (gold/real/texts/zhongdu_ws_2025_street_h1.txt) names them
    ("为3000名困难群众办理医疗救助2000万元。", "3000名", "困难群众"),
])
def test_a_count_of_firms_a_service_is_done_for(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name
