"""The year, period and title a report's metadata gives when no record states them, read off real excerpts.

The year is the year the report's outcomes are of: a report delivered in January on the year before
(``——2023年1月4日在…人民代表大会…上``, its date line broken over two lines as pages print it) is of
that year; a report on a year's outcomes and the next year's plan (``2018年…计划执行情况与2019年…计划草案``)
is an annual report of the first; the half of a year is the half of the year printed just before it
(``2021年决算(草案)和2022年上半年预算执行情况``), and so is the year it reviews and plans; a review of a
whole year with no plan heading (``一、2023年…计划执行情况``) plans the next. A numbered heading opening an excerpt
is no title, nor is an address (``…作政府工作报告，请予审议。``); a work report with no title is named by the year it
is delivered, the one after the year it reviews, not by the first year it prints (a goal: ``到2020年``).
The excerpts are real, copied verbatim into ``tests/gold/real/texts``.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from _work_reports import WorkReports

import dhcheng_analysis as dh
from dhcheng_analysis.display import report_caption

REAL = Path(__file__).parent / "gold" / "real" / "texts"


@pytest.mark.parametrize(("name", "year", "period"), [
    ("xicheng_2022_annual", 2022, "FY"),  # ——2023年1月4日在北京市西城区第十七届⏎人民代表大会第三次会议上
    ("dongcheng_2018_annual", 2018, "FY"),  # ——2019年1月8日…; 2018年…计划执行情况与2019年…计划草案的报告
    ("shangcheng_hz_2022_h1_budget", 2022, "H1"),  # 关于上城区2021年决算(草案)和2022年⏎⏎上半年预算执行情况的报告
    ("minhang_sh_2022_h1_budget", 2022, "H1"),  # 作关于2021年区本级决算和2022年上半年预算执行情况的报告
    ("chaoyang_2021_h1", 2021, "H1"),
    ("xicheng_2023_annual", 2023, "FY"),
])
def test_year_and_period_of_real_reports(name: str, year: int, period: str) -> None:
    report = dh.load_report(REAL / f"{name}.txt")
    assert (report.metadata["year"], report.metadata["period"]) == (year, period)
    assert report_caption(report)["period"].startswith(f"{year}年")


@pytest.mark.parametrize(("name", "covered", "plan"), [
    # 2021年决算和2022年上半年预算执行情况: the first half of 2022 is reviewed, the rest of 2022 planned
    ("shangcheng_hz_2022_h1_budget", 2022, 2022),
    ("minhang_sh_2022_h1_budget", 2022, 2022),
    # 一、2023年国民经济和社会发展计划执行情况, 较好地完成了全年各项目标任务: a whole year reviewed, the next planned
    ("wuchang_wh_2023_annual", 2023, 2024),
    ("dongcheng_2018_annual", 2018, 2019),
    ("chaoyang_2021_h1", 2021, 2021),
    # 2020年西城区政府工作报告重点工作全年完成情况: the outcomes of the tasks the 2020 work report set
    ("xicheng_2020_keytasks", 2020, 2020),
    ("dongcheng_2021_gwr", 2020, 2021),  # 2021年北京市东城区人民政府工作报告: delivered in 2021, reviewing 2020
])
def test_years_covered_and_planned(name: str, covered: int, plan: int) -> None:
    years = dh.load_report(REAL / f"{name}.txt").years
    assert (years.covered, years.plan) == (covered, plan)


@pytest.mark.parametrize(("name", "title"), [
    # no title line: the name its opening sentence gives (现将西城区2022年…计划草案的报告提请审议), not a title of the
    # year of its date line
    ("xicheng_2022_annual", "西城区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告"),
    # 政 府 工 作 报 告, spaced out: the kind it prints, with its place (not a year: a work report is known by the
    # year it is delivered in, 2023, not the year it reviews)
    ("haishu_nb_2023_gwr", "海曙区政府工作报告"),
])
def test_made_up_title_names_the_place_and_year(name: str, title: str) -> None:
    assert dh.load_report(REAL / f"{name}.txt").metadata["title"] == title


@pytest.mark.parametrize(("name", "title"), [
    # broken over two lines, under a running head (发展计划上半年执行情况的报告) or with a blank line between
    ("dongcheng_2017_h1", "关于东城区2017年国民经济和社会发展计划上半年执行情况的报告"),
    ("shangcheng_hz_2022_h1_budget", "关于上城区2021年决算(草案)和2022年上半年预算执行情况的报告"),
    # below a web page's path, name or labels
    ("dongcheng_2020_annual", "关于北京市东城区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划(草案)的报告"),
    ("xicheng_2023_annual", "关于西城区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划的报告"),
    ("gongshu_hz_2022_annual", "拱墅区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案"),
    ("xuanwu_nj_2021_h1", "玄武区2021年上半年国民经济和社会发展计划执行情况"),
    ("yuhang_hz_2015_gwr", "2015年杭州市余杭区政府工作报告"),
    ("xiaoshan_hz_2022_h1", "2022年上半年萧山区政府绩效执行情况"),
])
def test_the_title_printed_among_the_first_lines(name: str, title: str) -> None:
    """The title a report prints near its top, as the corpus reads it too (one reader)."""
    assert dh.load_report(REAL / f"{name}.txt").metadata["title"] == title


@pytest.mark.parametrize("name", ["dayao_2024_m4_budget", "dongcheng_2024_h1", "dongcheng_2018_h1"])
def test_a_numbered_heading_is_no_title(name: str) -> None:
    report = dh.load_report(REAL / f"{name}.txt")
    first = (REAL / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)[0]
    assert first.startswith("一、")
    assert report.metadata["title"] != first.strip()
    assert not report.metadata["title"].startswith("一、")


def test_a_title_line_is_kept() -> None:
    report = dh.load_report(REAL / "yongning_2020_h1_budget.txt")
    assert report.metadata["title"] == "关于邕宁区2020年上半年预算执行情况的报告"
    assert (report.metadata["year"], report.metadata["period"]) == (2020, "H1")


def test_targets_of_the_year_closed_before_the_half_are_not_ahead() -> None:
    # 区人代会审议通过2021年全区一般公共预算收入预算…: in a report on the first half of 2022, a goal of 2021 is
    # no goal for the rest of the year
    targets = dh.plan_targets(dh.load_report(REAL / "shangcheng_hz_2022_h1_budget.txt"))
    assert not targets["period"].astype(str).str.startswith("2021").any()


@pytest.mark.parametrize("year", [
    # no title line; the first year printed is a goal (到2020年 in 2011, 1998 in 2003's five-year review): the year
    # the headings review is the report's, and the year it is delivered in (the one after) names the work report
    2011,
    2003,
    # 各位代表，现在，我代表国务院，作政府工作报告，请予审议…。 is its address, no title
    2006,
])
def test_a_work_report_without_a_title_is_named_by_the_year_it_is_delivered(year: int) -> None:
    report = dh.load_report(WorkReports().texts[f"gwr_{year}"])
    assert report.metadata["title"] == f"{year}年政府工作报告"
    assert report.metadata["year"] == report.years.covered == year - 1


def test_a_work_report_is_of_the_year_it_reviews() -> None:
    """2021年北京市东城区人民政府工作报告 reviews 2020: its year and caption say so, as its years do."""
    report = dh.load_report(REAL / "dongcheng_2021_gwr.txt")
    assert (report.years.covered, report.years.plan) == (2020, 2021)
    assert report.metadata["year"] == 2020
    assert report_caption(report)["period"] == "2020年全年"


def test_a_report_on_the_year_before_its_date_line() -> None:
    """关于本区2022年财政预算执行情况的报告, ——2023年7月在…常务委员会…上: of 2022, though delivered in July 2023 (a
    constructed text, written in the form of such reports; no real one at hand has this date line)."""
    path = Path(__file__).parent / "gold" / "constructed" / "budget_2022_final" / "budget_2022_final.txt"
    report = dh.load_report(path)
    assert (report.years.covered, report.years.plan) == (2022, 2023)
    assert report.metadata["year"] == 2022
