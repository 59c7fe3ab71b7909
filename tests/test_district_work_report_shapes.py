"""Sentences shaped the way a district's government work report (政府工作报告) prints them, read as it means them.

The sentences are regression fixtures written in the style of district work reports (a review of the year or of five
years, the coming year's targets, a new five-year plan), modelled on the real sentences named in their comments.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

REVIEW = "一、2023年工作回顾\n"


# -- 有效 after the place is a word of the name, no verb of having -------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # regression fixtures in the style of district reports, modelled on the national 2018 report
    # (国内有效发明专利拥有量增加两倍) and haishu_nb_2023_gwr (狠抓项目攻坚扩有效投资): a place before 有效 opens the name
    ("全区有效发明专利拥有量达到4860件。", "4860件", "有效发明专利拥有量"),
    ("全区有效发明专利4860件，增长12%。", "4860件", "有效发明专利"),
    ("全市有效注册商标总量达到3.2万件。", "3.2万件", "有效注册商标总量"),
    ("全区有效投资增长8%。", "8%", "有效投资"),
    ("全县有效市场主体达到12.5万户。", "12.5万户", "有效市场主体"),
    # the having after the place is still no part of the name
    ("全区有农民专业合作社112家。", "112家", "农民专业合作社"),
    ("我区有国家级孵化器12家。", "12家", "国家级孵化器"),
    ("辖区有规上企业320家。", "320家", "规上企业"),
    ("区内有三甲医院5家。", "5家", "三甲医院"),
])
def test_a_place_before_youxiao_keeps_it_in_the_name(text, printed, name):
    assert fact(REVIEW + text, printed)["indicator"] == name


def test_the_valid_invention_patents_after_the_place_are_keyed():
    # regression fixture in the style of district reports, modelled on the national 2017 report
    # (国内有效发明专利拥有量突破100万件)
    got = fact(REVIEW + "全区有效发明专利拥有量达到4860件，每万人发明专利拥有量达到32.5件。", "4860件")
    assert got["indicator_key"] == "valid_invention_patents"


# -- a doubling over a span of years printed right before 翻 -----------------------------------------------------

@pytest.mark.parametrize(("text", "name", "comparator"), [
    # regression fixtures in the style of district reports, modelled on the national 2011 report (全国财政收入十年接近
    # 翻一番) and on the same report's 比…翻一番: the years the quantity doubled in stand between it and 翻
    ("全区一般公共预算收入五年翻一番，达到86.4亿元。", "一般公共预算收入", "五年"),
    ("全区一般公共预算收入五年翻一番。", "一般公共预算收入", "五年"),
    ("全区高新技术企业数量三年翻一番，达到358家。", "高新技术企业数量", "三年"),
    ("全区规模以上工业总产值十年翻一番。", "规模以上工业总产值", "十年"),
])
def test_a_doubling_over_years_is_a_change(text, name, comparator):
    got = fact(REVIEW + text, "一番")
    assert (got["indicator"], got["measure"], got["value"], got["comparator"]) == (name, "change_pct", 100.0, comparator)


def test_the_level_after_a_doubling_over_years_keeps_its_name():
    # regression fixture in the style of district reports (see above)
    got = fact(REVIEW + "全区一般公共预算收入五年翻一番，达到86.4亿元。", "86.4亿元")
    assert (got["indicator"], got["indicator_key"]) == ("一般公共预算收入", "general_budget_revenue")


@pytest.mark.parametrize("text", [
    # a year's own date before 翻 is no span: 比 names the base (2006: 2010年人均国内生产总值比2000年翻一番)
    "到2020年翻一番的目标。",
    "一九八一年翻一番的目标。",
])
def test_a_year_before_fan_is_no_span_of_a_doubling(text):
    from _sentences import facts
    assert facts(REVIEW + text).empty


# -- a span of years in digits after the name is its time, no part of it --------------------------------------------

@pytest.mark.parametrize(("text", "printed", "name", "comparator"), [
    # regression fixtures in the style of district reports, modelled on the national 2011 report (全国财政收入十年接近
    # 翻一番): a district prints the span in digits as often as in words
    ("全区规模以上工业总产值5年翻了一番。", "一番", "规模以上工业总产值", "5年"),
    ("全区规模以上工业总产值5年增长了80%。", "80%", "规模以上工业总产值", "5年"),
    ("全区一般公共预算收入3年间增长45%。", "45%", "一般公共预算收入", "3年间"),
    ("全区高新技术企业数量5年来增加了230家。", "230家", "高新技术企业数量", "5年来"),
])
def test_a_span_in_digits_after_the_name_is_cut_from_it(text, printed, name, comparator):
    got = fact(REVIEW + text, printed)
    assert (got["indicator"], got["comparator"]) == (name, comparator)


@pytest.mark.parametrize(("text", "printed", "name"), [
    # a year's digits and a kind of bond keep their 年
    ("国家外汇储备2000年底达到1656亿美元。", "1656亿美元", "国家外汇储备"),
    ("发行10年期国债500亿元。", "500亿元", "10年期国债"),  # (发行 before the bond it issues: no part of the name)
])
def test_a_year_and_a_term_stay_as_they_were(text, printed, name):
    assert fact(REVIEW + text, printed)["indicator"] == name


# -- a clause of a milestone passed before the figure is no part of the name ------------------------------------------

@pytest.mark.parametrize(("text", "printed", "name", "key"), [
    # regression fixtures in the style of district reports, modelled on the national 2011 report (粮食综合生产能力跃上新
    # 台阶，粮食总产量连续6年稳定在万亿斤以上) and nanshan_sz_2023_gwr_digest (跨越两个千亿级台阶): the level reached
    # after the milestone is of the quantity named before it
    ("全区经济总量连跨三个百亿元台阶，达到1520亿元。", "1520亿元", "经济总量", "gdp"),
    ("全区地区生产总值迈上新台阶，达到1520亿元。", "1520亿元", "地区生产总值", "gdp"),
    ("全区经济总量跨越千亿元大关，达到1086亿元。", "1086亿元", "经济总量", "gdp"),
    ("全区一般公共预算收入再上新台阶，达到86.4亿元。", "86.4亿元", "一般公共预算收入", "general_budget_revenue"),
])
def test_a_milestone_clause_before_the_level_is_cut_from_its_name(text, printed, name, key):
    got = fact(REVIEW + text, printed)
    assert (got["indicator"], got["indicator_key"]) == (name, key)


# -- the year a share recovers to is its base, no time of it ----------------------------------------------------------

@pytest.mark.parametrize(("text", "printed"), [
    # regression fixtures in the style of district reports, modelled on dongcheng_2021_h1 (王府井步行街接待客流…恢复到2019
    # 年同期的94.1%), printed of the whole year before, without 同期
    ("全区旅游总收入较上年增长23.5%，恢复到2019年的96.2%。", "96.2%"),
    ("全区旅游总收入恢复到2019年的96.2%。", "96.2%"),
    ("全区旅游总收入恢复至2019年的九成以上。", "九成"),
])
def test_the_year_a_share_recovers_to_is_its_comparator_not_its_period(text, printed):
    got = fact(REVIEW + text, printed)
    assert (got["indicator"], got["comparator"], got["period"]) == ("旅游总收入", "2019年", "2023年")


def test_a_rate_brought_to_a_years_end_keeps_that_time():
    # the rate's own time after a verb of moving to it (提升到去年底的13.3%) stays as it was
    got = fact(REVIEW + "全区城镇登记失业率提升到2022年底的3.3%。", "3.3%")
    assert (got["comparator"], got["period"]) == ("", "2022年底")


@pytest.mark.parametrize(("text", "printed", "comparator"), [
    # regression fixtures in the style of district reports, modelled on shunyi_2022_fy (T3航站楼国际航班量…恢复到疫情前
    # 的三成) with the quantity named in the clause before: a base that is no year names no owner
    ("全区接待游客1280万人次，恢复到疫情前的九成。", "九成", "疫情前"),
    ("全区接待游客1280万人次，恢复到疫情前水平的九成。", "九成", "疫情前水平"),
    ("全区接待游客1280万人次，已恢复至疫情前的85%。", "85%", "疫情前"),
    # an adverb before the verb that no head rule strips (基本) names nothing either
    ("全区接待游客1280万人次，基本恢复到疫情前的95%。", "95%", "疫情前"),
    ("全区接待游客1280万人次，恢复到2019年的九成。", "九成", "2019年"),
])
def test_a_share_recovered_after_a_level_is_of_that_levels_quantity(text, printed, comparator):
    got = fact(REVIEW + text, printed)
    assert (got["indicator"], got["comparator"]) == ("接待游客", comparator)


@pytest.mark.parametrize(("text", "printed", "name"), [
    # regression fixtures in the style of district reports, modelled on nanshan_sz_2023_gwr_digest (每万人发明专利拥有量
    # 达521件，是全市的4.1倍) and the national 是1997年的2.3倍: a multiple recovered to names its base as one reached does
    ("全区工业投资恢复到2019年的1.2倍。", "1.2倍", "工业投资"),
    ("全区旅游总收入恢复至2019年的1.1倍。", "1.1倍", "旅游总收入"),
    ("全区工业投资1280亿元，恢复到2019年的1.2倍。", "1.2倍", "工业投资"),
])
def test_a_multiple_recovered_to_has_its_base_as_comparator(text, printed, name):
    got = fact(REVIEW + text, printed)
    assert (got["indicator"], got["comparator"], got["period"]) == (name, "2019年", "2023年")


# -- a threshold passed after a level, by any verb of passing one, is no level of its own ------------------------------

@pytest.mark.parametrize("text", [
    # regression fixtures in the style of district reports, modelled on xicheng's 2023 report (地方级一般公共预算收入完成
    # 1012.9亿元,突破千亿元大关): the verbs of a threshold passed are the same after a level's figure as in a name's tail
    "全区地区生产总值完成1012.9亿元，突破千亿元大关。",
    "全区地区生产总值完成1012.9亿元，登上1000亿元台阶。",
])
def test_a_threshold_passed_after_a_level_is_no_level(text):
    got = facts(REVIEW + text)
    assert list(got["indicator"]) == ["地区生产总值"]
    assert list(got["value"]) == [1012.9e8]
