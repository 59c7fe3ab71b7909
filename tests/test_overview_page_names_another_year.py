"""The overview page says so when every headline figure is of another year than the report's: a budget report of the
first half of 2022 whose headline figures are the final accounts of 2021 (这些主要指标均为2021年的数字，不是本报告时期
（2022年上半年）的。), where the page, headed 时期：2022年上半年, and its cards showed 331.1亿元 with nothing to say which year.

Minhang budget report (real text): 关于2021年区本级决算和2022年上半年预算执行情况的报告 … 全区一般公共预算收入331.1亿元,增长11%.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from _real_tables import real_analysis

import dhcheng_analysis as dh
from dhcheng_analysis import notebook

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


@pytest.mark.parametrize(("name", "year"), [("minhang_sh_2022_h1_budget", "2021年"), ("chaoyang_2024_h1", ""),
                                            ("xicheng_2023_annual", ""), ("wuchang_wh_2023_annual", "")])
def test_the_year_of_headline_figures_is_named_only_when_it_is_not_the_reports(name, year):
    an = real_analysis(name)
    assert an.other_year(an["headline"]) == year


def test_the_notebooks_analysis_of_an_excerpt_is_the_one_the_tests_share():
    """``open_analysis`` of the Minhang budget report (real text) computes the tables, caption and metadata that the
    other tests read from the tables shared among them."""
    opened, shared = notebook.open_analysis(REAL / "minhang_sh_2022_h1_budget.txt"), real_analysis(
        "minhang_sh_2022_h1_budget")
    assert (opened.caption, opened.metadata, opened.lang) == (shared.caption, shared.metadata, shared.lang)
    assert list(opened.tables) == list(shared.tables)
    for key, table in opened.tables.items():
        pd.testing.assert_frame_equal(table, shared.tables[key])
    assert opened.other_year(opened["headline"]) == "2021年"


@pytest.mark.slow
def test_the_overview_page_says_its_figures_are_of_the_year_before(tmp_path):
    result = dh.build_report(REAL / "minhang_sh_2022_h1_budget.txt", tmp_path, lang="zh", jobs=2, progress=False)
    page = (tmp_path / "01_overview.html").read_text(encoding="utf-8")
    assert result.failed == []
    assert "这些主要指标均为2021年的数字，不是本报告时期（2022年上半年）的。" in page
