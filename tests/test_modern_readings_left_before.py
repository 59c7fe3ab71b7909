"""Readings of recent State Council work reports, verbatim sentences of the reports as bundled.

A from-value printed with the end of a year (资本充足率从2007年底的8.4%提升到去年底的13.3%) is the start of its
move, and the next move of the sentence that prints no time (不良贷款率由6.1%下降到0.95%) runs over the same
two times: its start at 2007年底, its end at 2012年底 (去年底 of the 2013 report).

A figure whose own words are only a basis and an addition verb (平均每天新增1.2万户) counts the thing the
figure of the clause before names (全年新登记注册企业增长21.6%): the new enterprises added each day.

A clause that launches a plan (启动新的三年棚改攻坚计划) names none of the counts done under it: the houses
started this year (今年开工580万套) are named by their verb, as 新开工700万套 is.

The places a pilot is extended to (县级公立医院综合改革试点扩大到1000个县, 做实基本养老保险个人账户试点扩大到11个
省份) are the pilot's places, not all counties or provinces: the pilot names them.

An amount drawn from a fund with no payer named (从失业保险基金结余中拿出1000亿元) is the money drawn, named by
the fund and the verb, not the fund itself.

Two modifiers of having joined by 和 (1亿多受过高等教育和有专业技能的人才) both modify the noun after them: the
figure counts the talents, persons.

A share named only by its whole (在国内生产总值中占比提高2.5个百分点) is the share of the owner the clause before
names (服务业快速发展): 服务业在国内生产总值中占比.

A figure from which a future consequence is drawn right after it (“十一五”年均增长7.5%，将会超过…翻一番的要求)
is projected, an estimate, not an outcome.
"""

from __future__ import annotations

import pytest
from _copy_forms import fact_at, given

BANKS = "资本充足率从2007年底的8.4%提升到去年底的13.3%，不良贷款率由6.1%下降到0.95%"


def test_a_move_after_a_move_with_its_year_ends_is_over_the_same_times():
    start = fact_at(given(2013), BANKS, "6.1%")
    end = fact_at(given(2013), BANKS, "0.95%")
    assert (start["indicator"], start["period"]) == ("不良贷款率", "2007年底")
    assert (end["indicator"], end["period"]) == ("不良贷款率", "2012年底")
    assert "from_value" in fact_at(given(2013), BANKS, "8.4%")["flags"]


NEW_FIRMS_2016 = "全年新登记注册企业增长21.6%，平均每天新增1.2万户"
NEW_FIRMS_2017 = "全年新登记企业增长24.5%，平均每天新增1.5万户"


def test_a_count_added_each_day_is_of_the_thing_the_clause_before_names():
    # (the basis of time kept, as 日均: a count per day is no yearly count)
    assert fact_at(given(2016), NEW_FIRMS_2016, "1.2万户")["indicator"] == "日均新登记注册企业"
    assert fact_at(given(2017), NEW_FIRMS_2017, "1.5万户")["indicator"] == "日均新登记企业"


SHANTY_TOWNS = "启动新的三年棚改攻坚计划，今年开工580万套"


def test_a_count_after_a_plan_launched_is_named_by_the_plan_and_its_verb():
    fact = fact_at(given(2018), SHANTY_TOWNS, "580万套")
    assert (fact["indicator"], fact["measure"], fact["unit"], fact["status"]) == ("棚改开工", "level", "套", "target")


PILOTS = [
    (2014, "县级公立医院综合改革试点扩大到1000个县", "1000个", "县级公立医院综合改革试点县"),
    (2008, "做实基本养老保险个人账户试点扩大到11个省份", "11个", "做实基本养老保险个人账户试点省份"),
    (2006, "新型农村合作医疗制度试点已扩大到671个县", "671个", "新型农村合作医疗制度试点县"),
]


@pytest.mark.parametrize(("year", "phrase", "printed", "indicator"), PILOTS)
def test_the_places_a_pilot_is_extended_to_are_named_by_the_pilot(year, phrase, printed, indicator):
    fact = fact_at(given(year), phrase, printed)
    assert (fact["indicator"], fact["measure"], fact["unit"]) == (indicator, "level", "个")


DRAWN = "从失业保险基金结余中拿出1000亿元"


def test_an_amount_drawn_from_a_fund_is_the_money_drawn():
    fact = fact_at(given(2019), DRAWN, "1000亿元")
    assert (fact["indicator"], fact["measure"], fact["unit"]) == ("失业保险基金结余中拿出的资金", "level", "元")


TALENTS = "9亿多劳动力、1亿多受过高等教育和有专业技能的人才"


def test_a_count_of_persons_before_two_joined_modifiers_is_of_the_noun_after_both():
    fact = fact_at(given(2016), TALENTS, "1亿多")
    assert (fact["indicator"], fact["unit"], fact["qualifier"]) == ("受过高等教育和有专业技能的人才", "人", "over")


SERVICES = "服务业快速发展，在国内生产总值中占比提高2.5个百分点"


def test_a_share_named_by_its_whole_is_of_the_owner_of_the_clause_before():
    fact = fact_at(given(2011), SERVICES, "2.5个百分点")
    assert (fact["indicator"], fact["measure"], fact["value"]) == ("服务业在国内生产总值中占比", "pp_diff", 2.5)


PROJECTED = "“十一五”年均增长7.5%，将会超过"


def test_a_figure_followed_by_its_future_consequence_is_projected():
    fact = fact_at(given(2006), PROJECTED, "7.5%")
    assert (fact["indicator"], fact["status"]) == ("国内生产总值", "estimate")
