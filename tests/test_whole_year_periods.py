"""A whole year printed as a word (全年, 年内, 今年内, 本年, 当年) is the year it names when that year is known.

The year its sentence, in its item after a semicolon, prints before the word, not as a base (比, 较, 是…的), comes
first: ``1979年全民所有制职工全年工资总额`` → ``1979年``, and 去年 before it the year before the report's. Else, in
a part that reviews, the whole year is the year reviewed; in a part that plans, the year planned (a mid-year
report's 全年 or 年内 is its own year); elsewhere the year planned for a target and the year reviewed for any other
figure. The word stays as printed only when no year is known, so figures group by year across reports.
"""

from __future__ import annotations

import pytest
from _sentences import fact


def report_period(work_reports, year: int, phrase: str, printed: str) -> str:
    """The period of the fact printed as ``printed`` inside the first ``phrase`` of the work report of ``year``."""
    return str(work_reports.fact_at(year, phrase, printed)["period"])


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # national work report 2021, reviewing 2020
        (2021, "全年国内生产总值增长2.3％", "2.3", "2020年"),
        # national work report 2010, reviewing 2009
        (2010, "全年实际利用外商直接投资900亿美元", "900", "2009年"),
        # national work report 2015: its sentence before prints 全年, held into this one
        (2015, "新登记注册市场主体达到1293万户", "1293", "2014年"),
        # national work report 2002: 全年 held from the opening of the review
        (2002, "外商直接投资４６８亿美元", "４６８", "2001年"),
    ],
)
def test_a_whole_year_in_a_review_is_the_year_reviewed(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # national work report 2014, in the part that plans 2014
        (2014, "年内基本建成保障房480万套", "480", "2014年"),
        # national work report 2017, under 二、2017年工作总体部署
        (2017, "全年再减少企业税负3500亿元左右", "3500", "2017年"),
    ],
)
def test_a_whole_year_in_a_plan_is_the_year_planned(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # national work report 1980 (covering 1980): the year the sentence opens with, not the report's
        (1980, "1979年全民所有制职工全年工资总额（包括奖金在内）比上年增加60亿元", "60", "1979年"),
        # national work report 1999, in a part that plans: 去年 opening the sentence, the year before the report's
        (1999, "但全年货币发行还比年初计划少了近500亿元", "500", "1998年"),
        # national work report 2012: 2010年 is the base of a multiple, no year of the figures after it
        (2012, "是2010年的2.2倍，全年城镇保障性住房基本建成432万套", "432", "2011年"),
    ],
)
def test_a_year_printed_before_the_word_is_the_whole_years(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


def test_a_mid_year_reports_whole_year_is_its_own_year(bundled_report, bundled_facts):
    # the bundled report (Dongcheng, 2020 H1), its plan for the second half: 年内 is 2020
    at = bundled_report.text.index("力争年内完成425项治理任务") + len("力争年内完成")
    hit = bundled_facts[(bundled_facts["start"] <= at) & (bundled_facts["end"] > at)]
    assert hit["period"].tolist() == ["2020年"]


def test_last_years_whole_year_in_a_mid_year_report():
    # a sentence written for this test (no report at hand prints 去年全年 before a figure of its own)
    text = "北京市东城区2020年上半年经济运行情况\n一、上半年经济运行情况\n去年全年,全区地区生产总值增长6.3%。"
    assert fact(text, "6.3%")["period"] == "2019年"


def test_the_word_stays_when_no_year_is_known():
    # a sentence written for this test: a text naming no year of its own
    assert fact("全年地区生产总值增长5%。", "5%")["period"] == "全年"
