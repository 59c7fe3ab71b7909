"""A plan's figure moved from the level this year is expected to reach (由今年预计的44％提高到45％) starts from this year.

A report written late in a year plans the next one (明年计划…) and names where the plan starts from: the level of this
year as expected (今年预计的, 预计的). That level is a from-value, as 由上年的… is: of the year the report reviews, not
the year planned, and the plan's level is the end it moves to. Each test is a sentence copied from the report named in
its comment, with the headings that date that report around it.
"""

from __future__ import annotations

import warnings

import dhcheng_analysis as dh

# national work report 1980 (关于1980、1981年国民经济计划安排的报告): its opening, its headings, and a sentence of each part
R1980 = """各位代表：
　　我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。
　　一、国民经济在调整、改革、整顿、提高中取得了新的进展
　　今年国民经济计划的执行情况是比较好的。
　　二、1981年国民经济计划的任务和主要指标
　　工农业总产值，比1980年预计增长5.5％。
　　三、采取有力措施，保证1980、1981年计划的完成
　　逐步改变工业结构和产品结构。明年计划轻工业产值占工业总产值的比重，由今年预计的44％提高到45％，即提高1％，可以少用标准煤600万吨。"""
# national work report 1981, whose years are not read from its text (see the report's own tests)
S1981 = "１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％，并在执行中力争超过。"


def _facts(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(dh.load_report(text)).set_index("raw_value")


def test_the_level_expected_this_year_is_of_the_year_reviewed():
    f = _facts(R1980)
    start, end = f.loc["44"], f.loc["45"]
    assert (start["indicator"], start["status"], start["period"]) == ("轻工业产值占工业总产值的比重", "estimate", "1980年")
    assert "from_value" in start["flags"]
    assert (end["indicator"], end["status"], end["period"]) == ("轻工业产值占工业总产值的比重", "target", "1981年")


def test_the_level_expected_this_year_never_takes_the_year_planned():
    f = _facts(S1981)
    start, end = f.loc["３"], f.loc["４"]
    assert (start["status"], start["period"]) == ("estimate", "")  # (the report's year unknown: no year, not 1982)
    assert (end["status"], end["period"]) == ("target", "1982年")
