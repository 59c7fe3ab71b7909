"""The year a report reviews, read however its top prints it: in its title in Chinese numerals, on a date line of
only a year and month under the title, on its delivery line, or only in its first heading; and in a work report
delivered late in its year, from the series of yearly values its 今年 ends (1981), where 今年 in a heading is that
year too; but not from the years of dates, nor from a target 今年 sets, and a report of a part of a year plans its
own year.

The district reports are regression fixtures in the style of district mid-year reports; the real sentences are
quoted verbatim from the report named in their comment."""

from __future__ import annotations

import warnings

import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.report import ReportYears

BODY = "今年上半年，全区地区生产总值完成120亿元，同比增长5.2%。\n"


def _years(text: str) -> ReportYears:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.load_report(text).years


@pytest.mark.parametrize("head", [
    # regression fixtures in the style of district reports: the year in Chinese numerals in the title
    "关于二〇二三年上半年国民经济和社会发展计划执行情况的报告\n一、上半年计划执行情况\n",
    # a date line of only a year and month under a title with no year
    "关于上半年国民经济和社会发展计划执行情况的报告\n2023年7月\n一、上半年计划执行情况\n",
    "关于上半年国民经济和社会发展计划执行情况的报告\n（2023年7月）\n一、上半年计划执行情况\n",
    # the year only on the delivery line
    "关于上半年国民经济和社会发展计划执行情况的报告\n——2023年7月25日在区第十七届人民代表大会常务委员会第十二次会议上\n"
    "一、上半年计划执行情况\n",
    # the year only in the first heading
    "关于上半年工作情况的报告\n一、2023年上半年工作回顾\n",
])
def test_a_mid_year_report_reads_its_year_wherever_its_top_prints_it(head):
    y = _years(head + BODY)
    assert (y.covered, y.plan, y.source != "guess") == (2023, 2023, True)


def test_a_year_and_month_line_in_a_sentence_is_no_date_line():
    # regression fixture: a year and month in a sentence dates no report
    y = _years("关于上半年工作情况的报告\n截至2023年7月，全区完成投资12亿元。\n")
    assert y.source != "date_line"


def test_the_year_a_series_of_yearly_values_ends_in_is_the_year_of_its_jinnian():
    # national work report 1981 (delivered in November 1981): two series end in 今年 after １９７９年 and １９８０年
    text = ("各位代表：\n现在，我代表国务院，就当前的经济形势，今后经济建设的方针，向大会作报告。\n"
            "财政赤字从１９７９年的一百七十亿元、１９８０年的一百二十七亿元，预计降低到今年的二十七亿元。"
            "集体分配平均每人在三百元以上的大队，１９７９年有一千六百二十二个，１９８０年增加到五千五百六十九个，"
            "今年比去年又将有较多的增加。\n")
    y = _years(text)
    assert (y.covered, y.plan) == (1981, 1982)
    # one series alone says too little
    assert _years(text.split("集体")[0]).covered != 1981


def test_jinnian_in_a_heading_of_a_report_delivered_late_in_its_year_is_that_year():
    # national work report 1981 (delivered in November 1981), its first part's heading and a sentence in its style
    text = ("各位代表：\n现在，我代表国务院，就当前的经济形势，今后经济建设的方针，向大会作报告。\n一、今年的经济形势\n"
            "财政赤字从１９７９年的一百七十亿元、１９８０年的一百二十七亿元，预计降低到今年的二十七亿元。"
            "集体分配平均每人在三百元以上的大队，１９７９年有一千六百二十二个，１９８０年增加到五千五百六十九个，"
            "今年比去年又将有较多的增加。\n今年粮食产量达到三亿二千五百万吨。\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = dh.extract_facts(dh.load_report(text))
    got = df[df["raw_value"].astype(str).str.contains("三亿二千五百万")].iloc[0]
    assert (got["period"], got["status"]) == ("1981年", "actual")


@pytest.mark.parametrize(("text", "years"), [
    # regression fixtures in the style of district reports: a report of a part of a year dated in its first
    # months is of that year
    ("关于一季度经济运行情况的报告\n2023年4月\n一季度，全区地区生产总值完成120亿元，同比增长5.2%。\n",
     (2023, 2023)),
    ("关于1-2月经济运行情况的报告\n2023年3月\n1-2月，全区规模以上工业增加值增长5.2%。\n", (2023, 2023)),
    # a mid-year report whose 今年 follows two years of a series plans its own year
    ("关于上半年工作情况的报告\n全区地区生产总值2021年增长5%，2022年增长6%，今年上半年增长4%。"
     "一般公共预算收入2021年完成10亿元，2022年完成12亿元，今年上半年完成7亿元。\n", (2023, 2023)),
    # (a target word further into the 今年 clause is no target 今年 opens with: 预算 of the quantity's name, 预计)
    ("关于上半年工作情况的报告\n全区一般公共预算收入2021年完成10亿元，2022年完成12亿元，今年一般公共预算收入预计完成13亿元。"
     "全区一般公共预算收入2021年完成10亿元，2022年完成12亿元，今年一般公共预算收入预计完成13亿元。\n", (2023, 2023)),
])
def test_a_report_of_a_part_of_a_year_is_of_its_own_year(text, years):
    y = _years(text)
    assert (y.covered, y.plan) == years


@pytest.mark.parametrize(("text", "misread"), [
    # regression fixtures in the style of district reports: the years of dates are no yearly values (not 今年 =
    # 2021 after 2019 and 2020)
    ("关于上半年工作情况的报告\n全区贷款余额由2019年12月31日的80亿元增加到2020年6月30日的95亿元，今年以来新增15亿元。"
     "全区存款余额由2019年12月31日的50亿元增加到2020年6月30日的60亿元，今年以来新增10亿元。\n", 2021),
    # a target 今年 sets after two years' outcomes, in a work report's plan part (not 今年 = 2023 reviewed)
    ("二、工作安排\n全区地区生产总值2021年增长5%，2022年增长6%，今年力争增长6%左右。"
     "一般公共预算收入2021年增长5%，2022年增长6%，今年力争增长6%左右。\n", 2023),
    # the same with the place between 今年 and the plan word
    ("二、工作安排\n全区地区生产总值2021年增长5%，2022年增长6%，今年全区力争增长6%左右。"
     "一般公共预算收入2021年增长5%，2022年增长6%，今年全区力争增长6%左右。\n", 2023),
])
def test_no_series_is_read_from_dates_or_targets(text, misread):
    y = _years(text)
    assert y.source != "stated" and y.covered != misread
