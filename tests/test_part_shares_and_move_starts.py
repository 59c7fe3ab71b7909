"""Shares of parts and the periods of the start of a move.

A share after 其中 that names no whole of its own is a share of the total the 其中 breaks down: its comparator is
that total's name (or, when the total is itself a share, the whole that share is of) and it is a ``part`` of the
total. The start of a from–to move (the A of 从A减少到B) takes the time its own words give (五年前, counted back
from the report's year), else the year before the span the move is over (the year reviewed, a review frame of
several years, or the span a year its sentence names starts, 从1999年起), else none — never the time of the end.
A date a rule is in force from, opening the sentence (从2002年1月1日起), dates the figures after it: the end of a
move and the figures after it of that year, the start of the year before when the date is the year's first day.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2010 = ("2009年中央政府公共投资9243亿元，比上年预算增加5038亿元，其中，保障性住房、农村民生工程、社会事业投资占44%，"
         "自主创新、结构调整、节能减排和生态建设占16%，重大基础设施建设占23%，灾后恢复重建占14%。")
S1957 = ("再以肃清反革命运动来说，在政府历年来处理的反革命分子中，计有以下四类：（一）因积恶累累民愤极大而判处死刑的占16.8%，"
         "其中绝大多数是从解放后到1952年判处的，这在当时是绝对必要的；（二）实行劳动改造的占42.3%，其中已经刑满释放或者安置生产"
         "的占25.6%，现在在押实行劳动改造的占16.7%；（三）实行管制的占32%，其中已经解除了管制的占22.9%，现在仍管制的占9.1%；"
         "（四）逮捕后宽大处理、教育释放的占8.9%。")
S2002 = "从２００２年１月１日起，我国关税总水平已由１５．３％降到１２％，涉及５３００多个税目。"


@pytest.mark.parametrize("printed", ["44%", "16%", "23%", "14%"])
def test_a_share_after_qizhong_is_of_the_total_it_breaks_down(printed):
    # national work report 2010
    f = fact(S2010, printed)
    total = fact(S2010, "9243亿元")
    assert (f["measure"], f["comparator"]) == ("rate_pct", "中央政府公共投资")
    assert (f["parent_id"], f["relation"]) == (total["fact_id"], "part")


def test_a_share_after_a_part_with_its_level_is_of_what_the_part_is_a_part_of():
    # written: district reports print a part's level and then its share, 其中工业投资35亿元，占35%
    text = "1-6月，全区完成固定资产投资100亿元，同比增长5%，其中工业投资35亿元，占35%。"
    f = fact(text, "35%")
    assert (f["comparator"], f["parent_id"]) == ("固定资产投资", fact(text, "100亿元")["fact_id"])
    assert f["relation"] == "part"


def test_a_share_after_qizhong_opening_its_sentence_is_of_the_total_of_the_sentence_before():
    # written: 其中 opening the sentence after the total's
    text = "全区完成固定资产投资100亿元，同比增长5%。其中，工业投资占35%。"
    f = fact(text, "35%")
    assert (f["comparator"], f["parent_id"], f["relation"]) == ("固定资产投资", fact(text, "100亿元")["fact_id"], "part")


def test_a_share_after_qizhong_of_a_total_printed_with_its_growth_only_names_it():
    # written (as changping_2021_fy prints it): no level of the total, so no parent; its name is the whole
    text = "全年固定资产投资比上年增长6.7%，其中产业投资占比达到38.5%；社会消费品零售总额增长3%。"
    f = fact(text, "38.5%")
    assert (f["comparator"], f["parent_id"]) == ("固定资产投资", "")


def test_a_share_after_qizhong_of_a_share_is_a_part_of_that_share():
    # national work report 1957: 25.6% and 16.7% make up the 42.3%, shares of one whole
    for printed, total in (("25.6%", "42.3%"), ("16.7%", "42.3%"), ("22.9%", "32%"), ("9.1%", "32%")):
        f = fact(S1957, printed)
        assert (f["parent_id"], f["relation"]) == (fact(S1957, total)["fact_id"], "part"), printed
    assert fact(S1957, "16.8%")["parent_id"] == ""


def test_a_share_after_qizhong_past_a_semicolon_is_no_part_of_the_total_before_it():
    # written: the semicolon ends the breakdown
    text = "全区完成固定资产投资100亿元，其中工业投资35亿元；全区新设企业中科技型企业占比超过两成。"
    assert fact(text, "两成")["parent_id"] == ""


def test_a_share_stating_its_whole_keeps_it():
    # written: the whole it names
    text = "全区完成固定资产投资100亿元，其中工业投资35亿元，占全市工业投资的12%。"
    assert (fact(text, "12%")["comparator"], fact(text, "12%")["parent_id"]) == ("全市工业投资", "")


def test_the_start_of_a_move_counted_back_from_the_report_is_of_that_year(work_reports):
    # national work report 1993: 五年前, five years before the year the report speaks in (1993)
    a = work_reports.fact_at(1993, "已经由五年前的百分之五十左右扩大到百分之八十左右", "百分之五十")
    b = work_reports.fact_at(1993, "已经由五年前的百分之五十左右扩大到百分之八十左右", "百分之八十")
    assert (a["period"], a["value"], a["qualifier"]) == ("1988年", 50.0, "about")
    assert "from_value" in a["flags"] and a["indicator"] == b["indicator"] == "市场决定价格的比重"


def test_the_start_of_a_move_over_the_year_reviewed_is_of_the_year_before(work_reports):
    # national work report 1999 (a review of 1998): the end's 全年 is the year reviewed, the start the year before
    a = work_reports.fact_at(1999, "国务院组成部门从40个减少到29个", "40个")
    assert (a["period"], a["indicator"]) == ("1997年", "国务院组成部门")


def test_the_start_of_a_move_after_the_year_a_span_starts_with_is_of_the_year_before(work_reports):
    # national work report 2003: the move is over the years from 1999 on
    s = "高等学校从1999年起连续扩大招生规模，高考录取率从36%提高到59%"
    a, b = work_reports.fact_at(2003, s, "36%"), work_reports.fact_at(2003, s, "59%")
    assert (a["period"], b["period"]) == ("1998年", "2002年")


def test_the_start_of_a_move_after_a_span_start_and_another_year_has_none():
    # written: a year printed after 从…年起 ends what it says of the move's start
    text = "从2018年起到2020年，全区小微企业贷款余额由120亿元增加到210亿元。"
    assert fact(text, "120亿元")["period"] == ""


@pytest.mark.parametrize(("year", "phrase", "first", "second", "periods"), [
    # national work report 2008: 2007年进出口总额…, under 过去五年 (2003-2007年)
    (2008, "从世界第六位上升到第三位", "第六", "第三", ("2002年", "2007年")),
    # national work report 2013: under 过去五年 (2008-2012年)
    (2013, "从世界第三位提升到第二位", "第三", "第二", ("2007年", "2012年")),
])
def test_the_start_of_a_rank_move_under_a_review_of_years_is_of_the_year_before_them(work_reports, year, phrase,
                                                                                   first, second, periods):
    a = work_reports.fact_at(year, phrase, first)
    b = work_reports.fact_at(year, phrase, second)
    assert (a["period"], b["period"]) == periods
    assert (a["indicator"], b["indicator"]) == ("进出口总额", "进出口总额")


def test_a_date_a_rule_starts_from_dates_the_figures_after_it():
    # national work report 2002: the tariff level of 2002 on, the lines it touches then; the start of 2001
    assert fact(S2002, "１２％")["period"] == "2002年"
    assert fact(S2002, "５３００")["period"] == "2002年"
    a = fact(S2002, "１５．３％")
    assert (a["period"], "from_value" in a["flags"]) == ("2001年", True)


def test_a_date_a_rule_starts_from_in_the_year_leaves_the_start_of_the_move_to_the_other_rules():
    # written: 从2019年4月1日起 — the rate before it held into 2019, so the date gives the start no year
    text = "从2019年4月1日起，制造业等行业增值税税率由16%降至13%。"
    assert fact(text, "13%")["period"] == "2019年"
    assert fact(text, "16%")["period"] != "2019年"
