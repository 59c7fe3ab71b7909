"""A part of a year printed after the word naming its year (今年第一季度, 本年５月份, 去年四季度) is of that year: in a
report whose 今年 is not the year it reviews, the part takes the year (1984年第一季度), as a bare part would be read as
the year reviewed; of the year reviewed it stays bare. Sentences quoted verbatim from the national work reports (year
in the comment)."""

from __future__ import annotations

import warnings

import dhcheng_analysis as dh


def test_a_quarter_of_this_year_in_a_report_reviewing_the_year_before_takes_its_year(work_reports):
    # 1984 (reviewing 1983, delivered in 1984)
    r = work_reports.fact_at(1984, "今年第一季度，工业生产又比去年同期增长１２％，国营工业企业的实现利润超过生产增长速度，"
                        "上交利税有较大幅度的提高。", "１２％")
    assert (r["period"], r["comparator"], r["status"]) == ("1984年第一季度", "去年同期", "actual")


def test_a_month_of_this_year_in_a_budget_report_takes_its_year(work_reports):
    # 1956: 关于1955年国家决算和1956年国家预算的报告
    r = work_reports.fact_at(1956, "在农业方面，据本年５月份的统计，参加农业生产合作社的农户已经占总农户的９０％以上，",
                        "９０％")
    assert r["period"] == "1956年5月份"


def test_a_part_of_the_year_reviewed_stays_bare(work_reports):
    # 1980: only its headings tell its years (1980 reviewed, 1981 planned), delivered in the year it reviews
    r = work_reports.fact_at(1980, "今年上半年，集体所有制工业产值比去年同期增长23.6％。", "23.6％")
    assert r["period"] == "上半年"
    # written: a half-year report names its own half bare, and the quarter of the year before with its year
    text = "北京市东城区2020年上半年经济运行情况\n今年上半年，全区地区生产总值增长5%。去年四季度，全区地区生产总值增长3%。\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(dh.load_report(text))
    assert list(f["period"]) == ["上半年", "2019年四季度"]


def test_a_range_of_months_printed_with_fen_takes_its_year():
    # written: 1-2月份 is read as the period 1-2月; the year before its months is found all the same
    text = ("北京市东城区2020年上半年经济运行情况\n去年1-2月份，全区税收增长3%。去年5月份，全区税收增长4%。"
            "去年1-2月，全区税收增长6%。\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(dh.load_report(text))
    assert list(f["period"]) == ["2019年1-2月", "2019年5月份", "2019年1-2月"]
