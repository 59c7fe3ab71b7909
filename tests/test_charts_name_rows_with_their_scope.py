"""The charts name each row as the pages' commentary and tables do: with its scope when its name lacks it.

上城区's final account of 2021 prints a tax's share kept by the district in its name (1、增值税收入(50%部分)672890万元,
完成预期的94.7%,增长6.2%; 2、企业所得税收入(40%部分)441932万元,完成预期的94.6%,下降5.2%): the commentary says
企业所得税（40%部分）, and so do the growth, tax and completion charts and their alternative texts, not 企业所得税 alone;
西城区's 2023 report gives the growth of the 地方级 revenue beside the 区级 revenue's level (地方级一般公共预算收入完成1012.9
亿元,…同比增长10.6%;区级一般公共预算收入实现452.7亿元): the growth chart names the 地方级 one.
The sentences are copied from the real excerpts in tests/gold/real/texts.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import pytest
from _real_tables import real_table, real_tables

from dhcheng_analysis import plots

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


@pytest.fixture(scope="module")
def shangcheng() -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return real_tables("shangcheng_hz_2022_h1_budget")


def _ticks_and_alt(ax) -> tuple[list[str], str]:
    try:
        return [t.get_text().strip() for t in ax.get_yticklabels()], plots.alt_text(ax)
    finally:
        plt.close(ax.figure)


def test_growth_tax_and_completion_charts_name_a_taxs_share(shangcheng):
    t = shangcheng
    for ax in (plots.plot_yoy_changes(t["yoy"], facts=t["facts"]), plots.plot_tax_changes(t["tax"], facts=t["facts"]),
               plots.plot_target_completion(t["completion"], benchmark=100.0, facts=t["facts"])):
        ticks, alt = _ticks_and_alt(ax)
        assert "企业所得税（40%部分）" in ticks and "增值税（50%部分）" in ticks, ticks
        assert "企业所得税" not in ticks and "房产税" in ticks
        assert "企业所得税（40%部分） " in alt and "增值税（50%部分） " in alt, alt


def test_growth_chart_names_the_level_of_government():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ticks, alt = _ticks_and_alt(plots.plot_yoy_changes(real_table(REAL / "xicheng_2023_annual.txt", "yoy")))
    assert ticks == ["地区生产总值", "一般公共预算收入（地方级）"]
    assert "一般公共预算收入（地方级） +10.6%" in alt
