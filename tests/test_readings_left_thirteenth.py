"""Readings left open by earlier passes over the texts (a thirteenth pass).

Written: a part after 其中 printed as its use alone (其中用于农村基础设施建设近3000亿元, in the 2008 national work report;
…用于地方增加机关事业单位职工工资1755亿元, in the 2003 one) is the money its total spends put to that use, named by who
spends it and the noun of that money as the total's name prints them (中央财政用于农村基础设施建设的支出), not by the use
alone. A clause of no figure that names a quantity and says it grows fast (全区投资增长较快, 社会消费品零售额增长较快)
names the amount the next clause completes or reaches (上半年完成50亿元), as 稳步增长 does. A year counted from that opens a
clause (1998年以来，…; 1998年以来五次降低…, in the 2003 national work report) is the period of its sentence's figures: the
years from it to the year reviewed (1998-2002年), or as printed (1979年以来) in a report whose years are not known. A
paragraph or clause opening with the year just past (刚刚过去的2017年，…, the 2018 national work report) is of that year
(2017年), not of the words that say it is past.
"""

from __future__ import annotations

from _sentences import fact

# -- a part after 其中 printed as its use alone: the total's money put to that use ---------------------------------


def test_a_part_printed_as_its_use_is_the_money_of_its_total() -> None:
    text = ("大幅度增加对农业农村投入，中央财政用于“三农”的支出五年累计1.6万亿元，其中用于农村基础设施建设近3000亿元，"
            "地方也较多增加了投入。")
    got = fact(text, "3000亿元")
    assert (got["indicator"], got["measure"], got["qualifier"]) == ("中央财政用于农村基础设施建设的支出", "level", "nearly")


def test_a_part_printed_as_its_use_takes_the_last_money_noun_of_its_total() -> None:
    text = ("除税收返还和体制性补助外，中央对地方转移支付总额由1997年的664亿元增加到2002年的4025亿元，五年共计12319亿元，"
            "其中用于地方“两个确保”和“低保”的资金1777亿元，用于地方增加机关事业单位职工工资1755亿元。")
    assert fact(text, "1755亿元")["indicator"] == "用于地方增加机关事业单位职工工资的转移支付"
    assert fact(text, "1777亿元")["indicator"] == "用于地方“两个确保”和“低保”的资金"  # (a noun of its own: kept)


def test_a_district_part_printed_as_its_use() -> None:
    got = fact("全区教育支出50亿元，其中用于学前教育18亿元。", "18亿元")
    assert got["indicator"] == "用于学前教育的支出"


# -- a clause naming a quantity that grows fast: the subject of the amount after it ------------------------------


def test_a_quantity_said_to_grow_fast_names_the_amount_after_it() -> None:
    got = fact("全区投资增长较快，上半年完成50亿元。", "50亿元")
    assert (got["indicator"], got["measure"], got["period"]) == ("投资", "level", "上半年")
    got = fact("社会消费品零售额增长较快，上半年实现80亿元。", "80亿元")
    assert got["indicator"] == "社会消费品零售额"
    got = fact("财政收入增长较快，全年达到50亿元。", "50亿元")
    assert (got["indicator"], got["period"]) == ("财政收入", "全年")


# -- a year counted from opening a clause: the years from it to the year reviewed ------------------------------------


def test_a_year_counted_from_is_the_span_up_to_the_year_reviewed(work_reports) -> None:
    got = work_reports.fact_at(2003, "1998年以来五次降低银行存贷款利率", "五次")
    assert (got["indicator"], got["period"]) == ("降低银行存贷款利率的次数", "1998-2002年")
    got = work_reports.fact_at(2003, "1999年以来，三次提高机关事业单位职工基本工资标准", "三次")
    assert got["period"] == "1999-2002年"


def test_a_year_counted_from_in_a_text_of_unknown_years_is_as_printed() -> None:
    got = fact("一九七九年以来，国家统一安排的引进技术和进口设备四百四十项，对促进生产起了积极的作用。", "四百四十项")
    assert (got["indicator"], got["period"]) == ("国家统一安排的引进技术和进口设备", "1979年以来")


def test_a_year_counted_from_before_a_noun_it_dates_is_no_period(work_reports) -> None:
    got = work_reports.fact_at(2022, "2013年以来新增的涉税市场主体去年纳税达到4.76万亿元", "4.76万亿元")
    assert got["period"] == "2021年"  # (those added since 2013, and what they paid last year)


# -- the year just past opening a paragraph: that year --------------------------------------------------------------


def test_the_year_just_past_opening_a_paragraph_is_that_year(work_reports) -> None:
    got = work_reports.fact_at(2018, "国内生产总值增长6.9%，居民收入增长7.3%", "6.9%")
    assert (got["indicator"], got["measure"], got["period"]) == ("国内生产总值", "yoy_pct", "2017年")
    got = work_reports.fact_at(2018, "城镇新增就业1351万人", "1351万人")
    assert got["period"] == "2017年"


def test_the_year_just_past_opening_a_sentence_is_that_year() -> None:
    got = fact("刚刚过去的2017年，国内生产总值增长6.9%，居民收入增长7.3%。", "7.3%")
    assert (got["indicator"], got["period"]) == ("居民收入", "2017年")
