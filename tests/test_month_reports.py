"""A report of the months from January to the n-th (1-2月, 1-5月, 1-8月): its period is M{n}, the share of the
year it covers n/12, and its completions are judged against that share (the 均衡进度 a budget report prints).

The reports are real excerpts of ``tests/gold/real/texts``.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from _real_tables import excerpt_table

import dhcheng_analysis as dh
from dhcheng_analysis import display
from dhcheng_analysis.report import period_share

REAL = Path(__file__).parent / "gold" / "real" / "texts"


@pytest.mark.parametrize(("name", "code", "label"), [
    ("lintao_2024_m2_budget", "M2", "1-2月"),
    ("ruyuan_m1to5_release", "M5", "1-5月"),
    ("xicheng_m1to5_indicators_table", "M5", "1-5月"),
    ("neimenggu_2023_m8_industry", "M8", "1-8月"),
    ("wangcang_h1_industry", "H1", "上半年"),
    # a line opening with one month (4月,一般公共预算收入累计完成…; 3月份,…当月完成…,累计完成…): the months to it
    ("dayao_2024_m4_budget", "M4", "1-4月"),
    ("puyang_m3_budget_table", "M3", "1-3月"),
    # a first line as long as a paragraph: its opening words (今年以来), not 全年 further on, and then 上半年
    ("beijing_2017_h1", "H1", "上半年"),
])
def test_a_report_of_months_from_january_has_their_period(name, code, label):
    report = dh.load_report(REAL / f"{name}.txt")
    assert report.metadata.get("period") == code
    assert display.report_caption(report)["period"].endswith(label)
    assert display.period_code(report.metadata) == code


def test_completions_of_a_report_of_two_months_are_judged_against_two_twelfths():
    # lintao_2024_m2_budget: 税收收入…完成预算的17.19%, 较均衡进度快 (均衡进度 16.67%)
    report = dh.load_report(REAL / "lintao_2024_m2_budget.txt")
    assert period_share(report) == pytest.approx(2 / 12)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        done = excerpt_table("lintao_2024_m2_budget", "completion")
    months = done["period"] != "2月份"
    assert set(done.loc[months, "benchmark_pct"].round(2)) == {16.67}
    # 2月份…完成预算105425万元的5.39%,较均衡进度慢2.94%: February alone is judged against one twelfth
    assert done.loc[~months, "benchmark_pct"].round(2).tolist() == [8.33]


def test_a_month_code_prints_as_its_months():
    assert display.period_label("M5", "en") == "January–May"
    assert display.period_label("Q1-Q3") == "前三季度"
