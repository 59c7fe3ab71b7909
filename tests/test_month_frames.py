"""A month framed by 到 or 截至 with the year the report speaks of as 去年 or 今年 (到去年十一月) dates the figure
that stands as of it, in the years of the report; a month printed so with no report year known stays as printed.
Real sentences are copied verbatim from the national work reports (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at as _at

# 1958 (delivered in 1958): the attendance rose to 99 % as of November 1957, not in the half-year its name prints
S1958 = "武昌车辆厂一九五七年上半年出勤率总是提不高，经过群众性的大鸣大放和大整大改，到去年十一月已经提高到百分之九十九。"


def test_a_month_of_last_year_framed_by_dao_dates_the_rate_reached(work_reports):
    f = work_reports.fact_at(1958, S1958.removesuffix("。"), "百分之九十九")
    assert (f["period"], f["measure"], f["status"]) == ("到1957年11月", "rate_pct", "actual")


def test_a_month_of_last_year_with_no_report_year_stays_as_printed():
    # a constructed sentence with no year of its report: 去年 is not resolved
    assert _at("全区出勤率到去年11月已经提高到99%。", "99%")["period"] == "到去年11月"


def test_a_month_frame_between_a_subject_and_its_verb_is_no_part_of_its_name():
    # constructed district sentences (no real text of the corpus prints the shape): 到6月底 / 截至6月底 between the
    # subject and its verb dates the figure and leaves its name, as 到年底 does
    for frame, period in (("到6月底", "6月底"), ("截至6月底", "截至6月底"), ("6月底", "6月底")):
        f = _at(f"2023年，全区5G基站{frame}已建成1200个。", "1200")
        assert (f["indicator"], f["period"]) == ("已建成的5G基站", period), frame
    f = _at("2023年，全区新能源汽车保有量到6月底达到5万辆。", "5万")
    assert (f["indicator"], f["period"]) == ("新能源汽车保有量", "6月底")
    assert _at("2023年，全区已建成5G基站到6月底1200个。", "1200")["indicator"] == "建成5G基站"


def test_a_span_of_months_across_two_years_is_the_period(work_reports):
    # 1958: the irrigation season planned from October 1957 to the end of September 1958, printed as a span
    f = work_reports.fact_at(1958, "原定一九五七年十月到一九五八年九月底增加灌溉面积九千二百多万亩", "九千二百多万亩")
    assert (f["period"], f["status"], f["measure"]) == ("一九五七年十月到一九五八年九月底", "target", "abs_change")
    # a district's form (constructed): the span opening its sentence
    assert _at("2023年10月至2024年3月，全区新增就业5000人。", "5000")["period"] == "2023年10月至2024年3月"
