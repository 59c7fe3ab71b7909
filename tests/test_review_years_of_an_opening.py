"""The years a work report reviews, read from an opening that reviews without a number, and the frames in it.

- A work report none of whose numbered parts reviews, whose title, date line and opening sentence name no year,
  but whose text before its first numbered part is long and holds a line heading a review without a number
  (``过去五年国内工作的基本总结``), covers the latest year that text names as its own, in digits, at least
  twice (``国民生产总值１９８７年达到…``: 1987, the report planning 1988); a span of years in it (五年来, 五年间,
  平均每年增长) is then read as years. A year in Chinese numerals in such prose is history told and counts for
  none, nor does an opening with no line heading a review (a report of late in the year, whose 今年 is the year
  it reviews, reads none).
- A paragraph opened by ``刚刚过去的`` and a year with a comma, with or without a short clause and 在 before it
  (``这里要特别指出，刚刚过去的１９９２年，``), reviews that year: its figures are of that year, not of the span
  of years the frame before it reviews.
- A year printed right before 来 and a place or a visit (``１９８７年来华``, ``2019年来京``) is the year of the
  figures after it, no span counted back from it.
"""

from __future__ import annotations

from _sentences import facts
from _work_reports import WorkReports

import dhcheng_analysis as dh

REPORTS = WorkReports()


def test_an_opening_that_reviews_without_a_number_dates_the_report():
    # national work report 1988: 过去五年国内工作的基本总结, before 一、继续坚持有计划有步骤地改革…
    report, _ = REPORTS[1988]
    assert (report.years.covered, report.years.plan) == (1987, 1988)


def test_spans_of_the_review_are_read_as_years():
    # national work report 1988
    r = REPORTS.fact_at(1988, "国民生产总值１９８７年达到１０９２０亿元，按可比价格计算平均每年增长１１．１％。", "１１．１％")
    assert (r["period"], r["measure"]) == ("1983-1987年", "change_pct")
    r = REPORTS.fact_at(1988, "五年间全国通过各种方式使用国外贷款１５３．８亿美元", "１５３．８亿美元")
    assert r["period"] == "1983-1987年"
    r = REPORTS.fact_at(1988, "通过改建和扩建一批化肥厂，五年内使化肥生产能力增加标准肥１５００万吨。", "１５００万吨")
    assert (r["period"], r["status"]) == ("1988-1992年", "target")


def test_a_paragraph_of_the_year_just_past_is_of_that_year():
    # national work report 1988: after the frame of the five years reviewed
    r = REPORTS.fact_at(1988, "全国工业总产值增长１４．６％（不包括村办工业）", "１４．６％")
    assert (r["period"], r["measure"]) == ("1987年", "yoy_pct")
    r = REPORTS.fact_at(1988, "外贸出口增长２７．８％，国家外汇结存上升。", "２７．８％")
    assert r["period"] == "1987年"
    # national work report 1993: 这里要特别指出，刚刚过去的１９９２年，… under 五年来 (1988-1992年)
    r = REPORTS.fact_at(1993, "国民经济实现了快速增长，国民生产总值比上年增长百分之十二点八。", "百分之十二点八")
    assert r["period"] == "1992年"


def test_an_opening_of_history_or_of_the_year_itself_dates_nothing():
    # national work report 1954: years in Chinese numerals, read by its reporting sentences (一九五三年 named most
    # often), not by its opening; 1981: delivered in November, its 今年 the year reviewed, read by the series of
    # yearly values its 今年 ends, not by its opening
    report, _ = REPORTS[1954]
    assert (report.years.source, report.years.covered) == ("stated", 1953)
    report, _ = REPORTS[1981]
    assert (report.years.source, report.years.covered) == ("stated", 1981)


def test_a_year_before_a_visit_is_the_figures_year():
    # national work report 1988
    s = ("１９８７年来华旅游入境总人数达到２６９０万人次，创汇１８．４亿美元，分别为１９８２年的３．４倍和２．２倍，"
         "增进了国际社会对中国的了解和中国人民同各国人民的友谊。")
    f = facts(s)
    assert set(f["period"]) == {"1987年"}
    r = REPORTS.fact_at(1988, s[:40], "１８．４亿美元")
    assert r["period"] == "1987年"
    # written, as a district report prints it
    assert set(facts("2019年来京游客达到3000万人次。")["period"]) == {"2019年"}


def test_a_report_whose_opening_is_short_is_not_dated_by_it():
    # written: a short opening naming a year twice, then numbered parts that review nothing
    text = ("各位代表：\n现在，我代表区人民政府向大会作政府工作报告。\n过去五年工作的基本总结\n"
            "全区地区生产总值2022年达到100亿元，2022年末常住人口10万人。\n一、主要任务\n全区要加快发展。\n")
    assert dh.load_report(text).years.source in ("", "guess")
