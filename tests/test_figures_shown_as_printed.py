"""A figure the report prints is shown with the precision it is printed with; a derived one with a fixed one.

A reader quoting a page must find the figure the report printed: 59.74% is not 59.7% (the second decimal of a
percentage of 10 or more was dropped), 7% is not 7.0% (a decimal the report did not print), and an amount printed
in 万元 that its 亿 would round (146845万元 as 14.68亿元) is shown in the scale that keeps its digits (146,845万元).
A fact keeps the decimals of its printed ``raw_value`` (3.90% stays −3.90%). A figure computed from others (an
elapsed-time mark, a prior-year level, a target implied by a completion, what the rest of the year needs) keeps
the fixed precision it had, and its column is marked as derived.
"""

from __future__ import annotations

import pandas as pd
import pytest
from _built_reports import built, page_texts
from _sentences import fact

from dhcheng_analysis import display, export

# yongning_2020_h1_budget (real excerpt), verbatim
YONGNING = ("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,增长1.28%(增幅在全市16县区"
            "中排名第五),完成年初预算245800万元的59.74%,收入项目完成情况如下:")
YONGNING_TAX = ("1)税收收入112446万元,完成年初预算207380万元的54.22%,比上年同期133191万元减收20745万元,下降15.58%,"
                "主要是增值税、城市维护建设税、土地增值税减收;税收收入占全部组织财政收入的比重为76.57%")
# dayao_2024_m4_budget (real excerpt), verbatim
DAYAO = "4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%"


def test_a_percentage_of_ten_or_more_keeps_its_second_decimal():
    # yongning_2020_h1_budget: 完成年初预算245800万元的59.74%; 下降15.58%
    assert display.fact_value(fact(YONGNING, "59.74%")) == "59.74%"
    assert display.fact_value(fact(YONGNING_TAX, "15.58%")) == "−15.58%"
    assert display.fact_value(fact(YONGNING_TAX, "76.57%"), "en") == "76.57%"


def test_a_whole_percentage_gains_no_decimal():
    # dongcheng_2020_h1 (bundled): 一般公共预算收入完成96.9亿元,同比下降7%
    assert display.format_pct(-7) == "−7%"
    assert display.format_cell("yoy_pct", {"yoy_pct": 2.0}) == "+2%"


def test_a_fact_keeps_the_decimals_of_its_printed_form():
    # written: 同比下降3.90% (a trailing zero printed) and 提高2.50个百分点
    assert display.fact_value({"measure": "yoy_pct", "value": -3.9, "raw_value": "3.90"}) == "−3.90%"
    assert display.fact_value({"measure": "pp_diff", "value": 2.5, "raw_value": "2.50"}) == "+2.50个百分点"
    assert display.fact_value({"measure": "rate_pct", "value": 90.0, "raw_value": "九成"}) == "90%"


def test_an_amount_printed_in_wan_keeps_its_digits():
    # yongning_2020_h1_budget: 累计完成146845万元 — not 14.68亿元; dayao_2024_m4_budget: 年初预算数60999万元 — not 6.1亿元
    assert display.fact_value(fact(YONGNING, "146845万元")) == "146,845万元"
    assert display.fact_value(fact(DAYAO, "60999万元")) == "60,999万元"
    assert display.fact_value(fact(YONGNING, "146845万元"), "en") == "1,468.45 m yuan"
    # dongcheng_2020_h1 (bundled): 完成691372人份样本的检测 — not 69.14万人份
    assert display.format_level(691372, "人份") == "691,372人份"
    # an amount its scale shows whole stays in it: 96.9亿元, 1,769.61万元
    assert display.format_level(9.69e9, "元") == "96.9亿元" and display.format_level(1.76961e7, "元") == "1,769.61万元"


def test_a_derived_figure_keeps_a_fixed_precision():
    # yongning_2020_h1_budget: the prior level 146845万元 / 1.0128 is derived, the elapsed-time mark is 50.0%
    assert display.format_level(146845e4 / 1.0128, "元", derived=True) == "14.5亿元"
    assert display.format_level(146845e4 / 1.0128, "元") == "14.5亿元"  # (never whole in a smaller scale)
    assert display.format_pct(50, signed=False, derived=True) == "50.0%"
    assert display.format_cell("benchmark_pct", {"benchmark_pct": 50.0}) == "50.0%"
    row = {"level": 1.46845e9, "unit": "元", "implied_prior_level": 1.46845e9 / 1.0128, "completion_pct": 59.74,
           "implied_annual_target": 1.46845e9 / 0.5974}
    assert display.format_cell("implied_prior_level", row) == "14.5亿元"
    assert display.format_cell("level", row) == "146,845万元"


def test_a_completion_computed_from_a_count_pair_is_derived():
    # dongcheng_2020_h1 (bundled): 28个全区重点投资支撑项目中…21个项目已实现开工 (21 of 28, computed: 75.0%)
    assert display.format_cell("completion_pct", {"completion_pct": 75.0, "source": "computed"}) == "75.0%"
    assert display.format_cell("completion_pct", {"completion_pct": 77.0, "source": "stated"}) == "77%"


def test_a_printed_target_in_the_headline_table_is_shown_as_printed():
    # dayao_2024_m4_budget: 完成年初预算数60999万元的40.4% (the target is printed, not implied)
    row = {"level": 2.4627e8, "unit": "元", "completion_pct": 40.4, "implied_annual_target": 6.0999e8}
    assert display.format_cell("implied_annual_target", row) == "60,999万元"


def test_the_workbook_cell_keeps_the_printed_digits():
    # yongning_2020_h1_budget: 146845万元 in a column of 亿元 is 14.6845; a derived prior level keeps two decimals
    assert export.cell_format("level", 14.6845) == "#,##0.0000"
    assert export.cell_format("implied_prior_level", 14.6845 / 1.0128) == "#,##0.00"
    assert export.cell_format("completion_pct", 59.74) == "0.00"


def test_a_reader_table_shows_printed_percentages_as_printed():
    # yongning_2020_h1_budget: 增长1.28% … 完成年初预算245800万元的59.74%
    t = pd.DataFrame({"indicator": ["一般公共预算收入"], "yoy_pct": [1.28], "completion_pct": [59.74]})
    assert display.reader_table(t, ["indicator", "yoy_pct", "completion_pct"]).iloc[0].tolist() == [
        "一般公共预算收入", "+1.28%", "59.74%"]


@pytest.mark.slow
def test_the_pages_of_the_bundled_report_show_figures_as_printed():
    # dongcheng_2020_h1: 共接收办理市民热线诉求55927件,同比增长37.12%
    text = page_texts(built("bundled"))["02"]
    assert "+37.12%" in text and "+37.1%" not in text
    assert "5.59万件" not in text
