"""A report's years read off a title, date line or heading that prints them in Chinese numerals, as in digits.

The national work reports of 1954-1986 print their years in Chinese numerals: their title lines and headings
are copied verbatim from the texts (``关于一九五八年度国民经济计划（草案）的报告``: a draft plan of 1958, laid
before the congress early in that year, reviewing 1957). The district lines below are not copied from a text:
they are written in the form of the real titles and date lines in ``tests/gold/real/texts`` (关于东城区2021年…,
2022年…统计公报, ——2023年1月4日在…上), with the year in Chinese numerals as district texts also print it
(二〇二三年, 二○二四年 with ○, 二零二四年 with 零); each must give the same years and metadata as its form in digits.

With no title, date line or heading to read them from, a year in Chinese numerals is guessed as the year covered only
where it opens a caption (lintao_2024_m2_budget: ``具体收入项目情况如下: 二〇二四年二月大口径财政收入执行情况表 |``),
never from a sentence telling history (1954: ``在一九四九年至一九五二年间``) or a title quoted in one (1979:
``《⏎一九七八——一九八五年全国科学技术发展规划纲要（草案）⏎》``): those reports guess no year (a work report
reads the year its reporting sentences name most often, test_years_a_report_prints).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from _work_reports import WorkReports

import dhcheng_analysis as dh

REPORTS = WorkReports()

# verbatim opening lines of the work reports of 1958 and 1959
OPENING_1958 = ("各位代表：\n\n　　我代表国务院向第一届全国人民代表大会第五次会议，提出关于一九五八年度国民经济计划（草案）"
                "的报告，请予审议。\n\n（一）一九五七年经济战线上的胜利\n\n　　一九五七年是我国在各个战线上取得伟大胜利的一年。\n")
OPENING_1959 = ("各位代表：\n\n我现在根据国务院的决定，向第二届全国人民代表大会第一次会议作政府工作报告。\n\n"
                "一、第一个五年计划时期内和第二个五年计划的第一年——一九五八年的伟大成就\n\n"
                "　　在第一届全国人民代表大会的四年多的任期中间，我们的国家经历了一系列的具有重大历史意义的变化。\n")


@pytest.mark.parametrize(("text", "covered", "plan"), [
    (OPENING_1958, 1957, 1958),  # a draft plan of 1958: 1958 planned, 1957 reviewed
    (OPENING_1959, 1958, 1959),  # a work report whose first part reviews 1958 plans 1959
])
def test_years_of_national_report_openings(text: str, covered: int, plan: int) -> None:
    years = dh.load_report(text).years
    assert (years.covered, years.plan) == (covered, plan)


@pytest.mark.parametrize(("year", "covered", "plan"), [(1958, 1957, 1958), (1959, 1958, 1959), (1986, 1985, 1986)])
def test_years_of_whole_national_reports(year: int, covered: int, plan: int) -> None:
    years = REPORTS[year][0].years
    assert (years.covered, years.plan) == (covered, plan)


@pytest.mark.parametrize(("digits", "numerals"), [
    ("关于东城区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n主任、各位副主任：\n",
     "关于东城区二〇二二年国民经济和社会发展计划执行情况与二〇二三年国民经济和社会发展计划草案的报告\n主任、各位副主任：\n"),
    ("下沙街道2023年上半年工作总结\n", "下沙街道二〇二三年上半年工作总结\n"),
    ("关于邕宁区2024年上半年预算执行情况的报告\n", "关于邕宁区二○二四年上半年预算执行情况的报告\n"),
    ("关于邕宁区2024年上半年预算执行情况的报告\n", "关于邕宁区二零二四年上半年预算执行情况的报告\n"),
    ("2022年青岛市城阳区国民经济和社会发展统计公报\n", "二〇二二年青岛市城阳区国民经济和社会发展统计公报\n"),
    ("关于2024年国民经济和社会发展计划草案的报告\n", "关于二〇二四年国民经济和社会发展计划草案的报告\n"),
    ("区2022年国民经济和社会发展计划执行情况\n——2023年1月4日在北京市西城区第十七届\n人民代表大会第三次会议上\n",
     "区二〇二二年国民经济和社会发展计划执行情况\n——二〇二三年一月四日在北京市西城区第十七届\n人民代表大会第三次会议上\n"),
])
def test_district_lines_in_numerals_read_as_in_digits(digits: str, numerals: str) -> None:
    a, b = dh.load_report(digits), dh.load_report(numerals)
    assert a.years.covered is not None
    assert (b.years.covered, b.years.plan) == (a.years.covered, a.years.plan)
    assert (b.metadata.get("year"), b.metadata.get("period")) == (a.metadata.get("year"), a.metadata.get("period"))


def test_plan_of_the_year_in_numerals_is_a_target() -> None:
    """(三)一九五八年国民经济各部门发展计划的安排: the plan of 1958, each count of projects a target."""
    f = REPORTS.fact_at(1958, "在工业建设项目中，属于中央各部的是五百六十七个", "五百六十七个")
    assert (f["status"], f["period"]) == ("target", "1958年")


def test_year_reviewed_in_numerals_frames_its_paragraph() -> None:
    """(一)一九五七年经济战线上的胜利 … 过去的一年中，… 在一九五七年，全国已经有六十五个县、市: of 1957 as the
    heading prints it (过去的一年中, the year reviewed, and 在一九五七年 are the heading's year, in digits or numerals)."""
    f = REPORTS.fact_at(1958, "在一九五七年，全国已经有六十五个县、市", "六十五个")
    assert (f["status"], f["period"]) == ("actual", "一九五七年")


def test_year_reviewed_in_numerals_in_a_plan_part_is_an_outcome() -> None:
    """(二)争取一九五八年国民经济的新跃进 … 一九五七年苏联发射两颗人造卫星，和六十几个国家的共产党在莫斯科举行
    会议: a year before the one planned names an outcome."""
    f = REPORTS.fact_at(1958, "和六十几个国家的共产党", "六十几个")
    assert f["status"] == "actual"


@pytest.mark.parametrize("year", [1954, 1964, 1978, 1979, 1982])
def test_no_year_is_guessed_from_history_told_in_numerals(year: int) -> None:
    # (1954 and 1979 read the year their reporting sentences name most often, not one guessed near the top:
    # see test_years_a_report_prints)
    report = REPORTS[year][0]
    assert report.years.source != "guess"
    assert report.years.covered is None or report.years.source == "stated"
    assert report.metadata.get("year") == report.years.covered


def test_a_caption_in_numerals_gives_the_year_guessed() -> None:
    text = (Path(__file__).parent / "gold" / "real" / "texts" / "lintao_2024_m2_budget.txt").read_text(encoding="utf-8")
    report = dh.load_report(text)
    assert (report.years.covered, report.metadata.get("year")) == (2024, 2024)
