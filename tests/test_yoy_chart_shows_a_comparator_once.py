"""The growth of the place a figure is compared with, printed beside the comparison, is drawn once: as the marker on
the compared figure's bar, not also as a bar of its own among the report's figures.

Inner Mongolia industry, Jan–Aug 2023 (real text): 1-8月份,全区规上工业增加值同比增长7.5%,…累计增速高于全国(3.9%)3.6个
百分点. The growth chart drew 规模以上工业增加值（全国） +3.9% as a bar and again as the 全国 marker at 3.9 on the bar of
规模以上工业增加值 +7.5%; it now draws the marker only. The year-on-year table keeps the national figure as a row.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
from _real_tables import real_tables

from dhcheng_analysis import plots


def _chart(name: str):
    # (the excerpt's tables as all_tables builds them, shared with the other tests that read them)
    t = real_tables(name)
    return plots.plot_yoy_changes(t["yoy"], comparators=t["comparisons"], facts=t["facts"]), t["yoy"]


def test_the_national_growth_is_the_marker_not_another_bar():
    ax, yoy = _chart("neimenggu_2023_m8_industry")
    try:
        labels = [x.get_text() for x in ax.get_yticklabels()]
        assert "规模以上工业增加值（全国）" not in labels and "规模以上工业增加值" in labels
        marks = [c for c in ax.collections if c.get_gid() == "comparator-marker"]
        xs = sorted(round(float(x), 1) for c in marks for x, _ in c.get_offsets())
        assert 3.9 in xs
        assert ((yoy["scope"] == "全国") & (yoy["change_pct"] == 3.9)).any()
        assert "规模以上工业增加值（全国）" not in plots.alt_text(ax)
    finally:
        plt.close(ax.figure)


def test_a_growth_of_another_scope_not_compared_with_keeps_its_bar():
    ax, _ = _chart("chaoyang_2024_h1")
    try:
        labels = [x.get_text() for x in ax.get_yticklabels()]
        assert "一般公共预算收入（区级）" in labels
    finally:
        plt.close(ax.figure)
