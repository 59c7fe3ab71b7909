"""Figures of the foreign affairs and overseas Chinese affairs report (外事侨务工作总结), as district and county
foreign affairs offices (外事办公室, often also the office of overseas Chinese affairs, 侨务办公室) print them.

Such a report counts the delegations received from abroad (接待外国来访团组86批次1260人次) and those of the place's
officials sent abroad on official business (审批因公出国（境）团组35批、126人次), the cities abroad the place is paired
with (国际友好城市8对，友好交流城市12对; 新缔结友好交流城市3对，累计达到20对), the foreign nationals living in it
(常住外籍人员1.2万人), the overseas Chinese of the place (归侨侨眷约3.6万人，海外侨胞2.8万人), their enterprises and capital
(侨资企业126家，累计实际利用侨资8.6亿元), the services done for them (办理为侨服务事项1260件), the international
conferences and foreign affairs events held (举办国际会议15场) and the APEC business travel cards issued (办理APEC商务旅行卡
326张). The rules:

- a count after 累计 following the things 新缔结 concluded is the stock of those things, no part of the ones concluded
  (新缔结友好交流城市3对，累计达到20对 → 友好交流城市), as after 新增, 新建 and 新创建;
- the batches (批, 批次) and the visitors (人次) of a count of delegations are figures of the same delegations, keyed
  alike;
- the glossary keys the stable quantities of the kind: 接待外国来访团组, 因公出国（境）团组, 友好城市, 友好交流城市,
  常住外籍人员, 归侨侨眷, 海外侨胞, 侨资企业, 实际利用侨资, 为侨服务事项, 国际会议, 外事活动 and APEC商务旅行卡; the
  delegations of Hong Kong, Macao and Taiwan, the delegations to one region, the important events (重要外事活动), the
  petitions of overseas Chinese and the pairs concluded in the year are other or narrower things and stay unkeyed,
  and 友城 (the cities of both kinds together) is no 友好城市.

The national work reports speak of this subject mostly without figures (团结海外华侨华人和归侨侨眷，发挥侨胞参与祖国现代化
建设…的独特作用, 2014; 优化归国留学人员和外籍人才服务, 2019; 提升外籍人员来华工作、学习、旅游便利度, 2024; 从严控制公费
出国出境, 2010; 因公出国出境经费公开, 2013); a few print the visits and the foreign experts (我们也接待了三十多个国家的领导人
来访, 1979; 一年多来，我国领导人访问了五大洲的五十多个国家, 1979; 来华工作的外国专家增加40%, 2018). The real excerpts under
/work/shared/gold/real/ and /work/shared/examples/unseen/ print no figure of the kind. Sentences written in the form of
district reports, not real, are marked as regression fixtures; the real ones are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

from dhcheng_analysis.vocab import indicator_key

HEAD = "2023年区外事办公室（区侨办）工作总结\n一、全区外事侨务工作基本情况\n"

RECEIVED = "全年共接待外国来访团组86批次1260人次，比上年增长12.5%。"
ABROAD = "全年审核办理因公出国（境）团组42批168人次，同比下降8.7%。"
ABROAD_PARTS = "全年共审批因公出国（境）团组35批、126人次，其中赴欧美团组12批。"
PAIRS = "全区现有国际友好城市8对，友好交流城市12对。"
CONCLUDED = "年内新缔结友好交流城市3对，累计达到20对。"
RESIDENTS = "全区常住外籍人员1.2万人，来自96个国家和地区。"
OVERSEAS = "全区有归侨侨眷约3.6万人，海外侨胞2.8万人，分布在40多个国家和地区。"
CAPITAL = "全区现有侨资企业126家，累计实际利用侨资8.6亿元。"
SERVICES = "全年办理为侨服务事项1260件，办结率100%。"
EVENTS = "全年共举办国际会议15场，承办外事活动42场次。"
CARDS = "全年共办理APEC商务旅行卡326张，同比增长15.2%。"
HKMT = "全年接待港澳台团组28批次、360人次。"


# -- the stable quantities of the kind are keyed ----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key", "measure", "unit"), [
    # regression fixture in the form of a district foreign affairs report (not real), modelled on 我们也接待了三十多个
    # 国家的领导人来访 (/work/shared/corpus/national_work_reports/1979.txt)
    (RECEIVED, "86批次", "接待外国来访团组", "foreign_delegations_received", "level", "批次"),
    (RECEIVED, "1260人次", "接待外国来访团组", "foreign_delegations_received", "level", "人次"),
    (RECEIVED, "12.5%", "接待外国来访团组", "foreign_delegations_received", "yoy_pct", "%"),
    # regression fixture in the form of a district report (not real), modelled on 从严控制公费出国出境
    # (/work/shared/corpus/national_work_reports/2010.txt)
    (ABROAD, "42批", "审核办理因公出国（境）团组", "official_delegations_abroad", "level", "批"),
    (ABROAD, "168人次", "审核办理因公出国（境）团组", "official_delegations_abroad", "level", "人次"),
    (ABROAD, "8.7%", "审核办理因公出国（境）团组", "official_delegations_abroad", "yoy_pct", "%"),
    # regression fixture, a variant (not real): approved, with a part
    (ABROAD_PARTS, "35批", "审批因公出国（境）团组", "official_delegations_abroad", "level", "批"),
    (ABROAD_PARTS, "126人次", "审批因公出国（境）团组", "official_delegations_abroad", "level", "人次"),
    # regression fixture, a variant (not real): sent, with the change in batches
    ("全年共派出因公出国（境）团组18批76人次，比上年减少5批。", "5批", "派出因公出国（境）团组",
     "official_delegations_abroad", "abs_change", "批"),
    # regression fixture, a variant (not real): counted in groups, the visitors received
    ("全年接待来访外国团组45批次，较上年增加8批次。", "45批次", "接待来访外国团组", "foreign_delegations_received",
     "level", "批次"),
    # regression fixture in the form of a district report (not real), modelled on 推进中外人文交流
    # (/work/shared/corpus/national_work_reports/2014.txt): the pairs of cities
    (PAIRS, "8对", "国际友好城市", "sister_cities", "level", "对"),
    (PAIRS, "12对", "友好交流城市", "friendly_exchange_cities", "level", "对"),
    # regression fixture in the form of a district report (not real), modelled on 提升外籍人员来华工作、学习、旅游便利度
    # (/work/shared/corpus/national_work_reports/2024.txt)
    (RESIDENTS, "1.2万人", "常住外籍人员", "resident_foreign_nationals", "level", "人"),
    # regression fixture in the form of a district report (not real), modelled on 团结海外华侨华人和归侨侨眷
    # (/work/shared/corpus/national_work_reports/2014.txt)
    (OVERSEAS, "3.6万人", "归侨侨眷", "returned_overseas_chinese", "level", "人"),
    (OVERSEAS, "2.8万人", "海外侨胞", "overseas_chinese_abroad", "level", "人"),
    # regression fixture, a variant (not real): the enterprises and the capital of overseas Chinese
    (CAPITAL, "126家", "侨资企业", "overseas_chinese_enterprises", "level", "家"),
    (CAPITAL, "8.6亿元", "实际利用侨资", "overseas_chinese_capital_used", "level", "元"),
    # regression fixture, a variant (not real): a part of the foreign funded enterprises
    ("全区共有外资企业320家，其中侨资企业126家。", "126家", "侨资企业", "overseas_chinese_enterprises", "level", "家"),
    # regression fixture, a variant (not real): the services done
    (SERVICES, "1260件", "办理为侨服务事项", "overseas_chinese_services", "level", "件"),
    # regression fixture in the form of a district report (not real), modelled on 召开…具有广泛代表性的国际会议
    # (/work/shared/corpus/national_work_reports/1984.txt)
    (EVENTS, "15场", "举办国际会议", "international_conferences", "level", "场"),
    (EVENTS, "42场次", "承办外事活动", "foreign_affairs_events", "level", "场次"),
    # regression fixture, a variant (not real): the travel cards issued and their growth
    (CARDS, "326张", "办理APEC商务旅行卡", "apec_business_travel_cards", "level", "张"),
    (CARDS, "15.2%", "办理APEC商务旅行卡", "apec_business_travel_cards", "yoy_pct", "%"),
    # regression fixture, a variant (not real): the cards signed
    ("全年签发APEC商务旅行卡128张。", "128张", "签发APEC商务旅行卡", "apec_business_travel_cards", "level", "张"),
    # regression fixture, a variant (not real): the residents at the end of the year and their growth
    ("截至2023年底，全区常住外籍人员达1.5万人，比上年末增长6.2%。", "6.2%", "常住外籍人员",
     "resident_foreign_nationals", "yoy_pct", "%"),
    # regression fixture, a variant (not real): the capital in dollars
    ("全年实际利用侨资2.3亿美元，同比增长18.6%。", "2.3亿美元", "实际利用侨资", "overseas_chinese_capital_used",
     "level", "美元"),
])
def test_the_stable_quantities_are_keyed(s, printed, name, key, measure, unit):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"], f["unit"]) == (name, key, measure, unit)


@pytest.mark.parametrize(("s", "printed", "name", "qualifier"), [
    # regression fixture, a variant (not real): an approximate count
    (OVERSEAS, "3.6万人", "归侨侨眷", "about"),
    # regression fixture, a variant (not real): the countries the overseas Chinese live in
    (OVERSEAS, "40多个", "国家和地区", "over"),
])
def test_the_qualifier_of_a_count_is_read(s, printed, name, qualifier):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["qualifier"]) == (name, qualifier)


@pytest.mark.parametrize("name", [
    "接待港澳台团组", "赴欧美团组", "新缔结友好交流城市", "重要外事活动", "承办重要外事活动", "受理涉侨信访事项",
    "新引进侨资项目", "走访慰问困难归侨侨眷", "为侨服务事项办结率", "归侨", "接待海外侨胞寻根谒祖团组",
])
def test_other_or_narrower_things_stay_unkeyed(name):
    assert indicator_key(name) == ""


def test_the_friendly_cities_of_both_kinds_are_no_sister_cities():
    # regression fixture in the form of a district report (not real), modelled on PAIRS: 友城 counts the sister cities
    # and the cities of friendly exchange together
    s = "全市友城达到36个，其中友好城市12个。"
    assert (fact(HEAD + s, "36个")["indicator"], fact(HEAD + s, "36个")["indicator_key"]) == ("友城", "")
    assert fact(HEAD + s, "12个")["indicator_key"] == "sister_cities"


def test_the_delegations_of_hong_kong_macao_and_taiwan_are_no_foreign_delegations():
    # regression fixture, a variant (not real), in the form of RECEIVED
    got = facts(HEAD + HKMT)
    assert list(got["indicator"]) == ["接待港澳台团组", "接待港澳台团组"]
    assert set(got["indicator_key"]) == {""}


# -- the stock after the things 新缔结 concluded ----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district report (not real), modelled on 推进中外人文交流
    # (/work/shared/corpus/national_work_reports/2014.txt)
    (CONCLUDED, "20对", "友好交流城市", "friendly_exchange_cities"),
    # regression fixture, a variant (not real): the pairs concluded in the year keep their verb
    (CONCLUDED, "3对", "新缔结友好交流城市", ""),
    # regression fixture, a variant (not real): sister cities
    ("年内新缔结国际友好城市2对，累计达到10对。", "10对", "国际友好城市", "sister_cities"),
])
def test_a_cumulative_count_after_the_things_concluded_is_their_stock(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


# -- the real sentences -----------------------------------------------------------------------------------------

def test_the_real_foreign_experts_growth_is_read():
    # real: /work/shared/corpus/national_work_reports/2018.txt
    f = fact(HEAD + "来华工作的外国专家增加40%。", "40%")
    assert (f["indicator"], f["measure"], f["value"]) == ("来华工作的外国专家", "yoy_pct", 40.0)


def test_the_real_count_of_countries_visited_is_read():
    # real: /work/shared/corpus/national_work_reports/1979.txt
    f = fact(HEAD + "一年多来，我国领导人访问了五大洲的五十多个国家。", "五十多个")
    assert (f["indicator"], f["value"], f["qualifier"]) == ("国家", 50.0, "over")


def test_the_real_students_sent_abroad_are_read():
    # real: /work/shared/corpus/national_work_reports/1957.txt
    f = fact(HEAD + "七年来我国派遣了七千多人出国留学。", "七千多人")
    assert (f["indicator"], f["value"], f["unit"], f["qualifier"]) == ("出国留学的人", 7000.0, "人", "over")
