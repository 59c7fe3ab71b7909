"""The pages tell apart figures a reader must not confuse: another county's, another period's, no completion at all.

A figure is its indicator, scope, period and value: the same growth of another county is another figure (a table
of every county's budget prints 县级 −10.9% beside the whole city's −10.9%), listed, counted and charted as such;
a figure stated twice (in the lead and in its section) is still listed once. A headline figure of other months
than the rest's (1-5月 among the figures of 上半年) is named with its months on its card and in the sentence that
ranks it, as the growth chart names it. A dashboard whose figures state no completion (the outcomes of a year) draws
no empty completion row on every card, and a card's estimated change reads as one (预计同比 −3.8%, the word before the row's name). A completion keeps
the qualifier it is printed with (整体进度达到60%左右 → 约60%), in the completion table, its sheet and its page.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from _built_reports import real_pages  # noqa: E402
from _real_tables import real_table  # noqa: E402

from dhcheng_analysis import plots  # noqa: E402
from dhcheng_analysis.display import format_cell  # noqa: E402
from dhcheng_analysis.tables import distinct_figures  # noqa: E402

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


@pytest.fixture(scope="module")
def build():
    """The page texts of a real excerpt, by name or path, built once per test run."""
    return real_pages


@cache
def _dashboard(name: str) -> plt.Figure:
    """The headline dashboard of the real excerpt ``name``, drawn once a test process: the tests read its cards (a test
    closing it closes its window only; the figure stays whole for the next test that reads it)."""
    return plots.plot_headline_dashboard(real_table(REAL / f"{name}.txt", "headline"))


def _gids(fig: plt.Figure) -> set[str]:
    return {a.get_gid() for ax in fig.axes for a in (*ax.patches, *ax.lines, *ax.texts) if a.get_gid()}


def _card_titles(fig: plt.Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts if t.get_gid() == "card-title"]


def test_the_same_growth_of_another_county_is_another_figure():
    # Puyang budget table of 2023 (3月份): 濮阳市 | 73795 | 234267 | | -10.9 | … and 县 级 | 34858 | 109224 | | -10.9 | …
    yoy = real_table(REAL / "puyang_m3_budget_table.txt", "yoy")
    revenue = yoy[(yoy["indicator"] == "一般公共预算收入") & (yoy["change_pct"] == -10.9)]
    assert len(revenue) == 2
    kept = distinct_figures(revenue, "change_pct")
    assert sorted(kept["scope"].fillna("").tolist()) == ["", "县级"]


def test_a_figure_stated_twice_is_kept_once():
    # the same row twice (a growth printed in the lead and again in its section) and one of another period
    # (Beijing 2017 H1: 1-5月北京地区进出口总额增长26.9%)
    yoy = real_table(REAL / "beijing_2017_h1.txt", "yoy")
    row = yoy[yoy["indicator"] == "北京地区进出口总额"]
    other = row.assign(period="上半年")
    kept = distinct_figures(pd.concat([row, row, other]), "change_pct")
    assert kept["period"].tolist() == ["1-5月", "上半年"]


def test_the_growth_chart_has_a_bar_for_each_county_with_the_citys_growth():
    # Puyang budget table: 县级 revenue −10.9%, as the whole city's (its bar was dropped as a repeat)
    ax = plots.plot_yoy_changes(real_table(REAL / "puyang_m3_budget_table.txt", "yoy"))
    try:
        labels = [t.get_text() for t in ax.get_yticklabels()]
    finally:
        plt.close(ax.figure)
    assert "一般公共预算收入（县级）" in labels and "一般公共预算收入" in labels


def test_a_card_of_other_months_than_the_rest_names_them():
    # Beijing 2017 H1: 上半年地区生产总值增长6.8% … 1-5月北京地区进出口总额增长26.9%
    fig = _dashboard("beijing_2017_h1")
    try:
        titles = _card_titles(fig)
    finally:
        plt.close(fig)
    assert "北京地区进出口总额（1-5月）" in titles and "地区生产总值" in titles


def test_no_completion_row_where_no_headline_figure_states_one():
    # Dongcheng plan report of 2018: 全区地区生产总值实现2425.7亿元,同比增长6.3%; … (no completion of a target)
    fig = _dashboard("dongcheng_2018_annual")
    try:
        assert not {"card-band", "card-benchmark"} & _gids(fig)
    finally:
        plt.close(fig)
    # Beijing 2017 H1: 经营性土地供应完成年初计划的72.3% — every card keeps the row, empty or not
    fig = _dashboard("beijing_2017_h1")
    try:
        assert {"card-band", "card-benchmark", "card-completion"} <= _gids(fig)
    finally:
        plt.close(fig)


def test_pages_name_the_months_of_a_figure(build):
    # Beijing 2017 H1, as above
    pages = build("beijing_2017_h1")
    assert "增幅最大的是北京地区进出口总额（1-5月），同比+26.9%。" in pages["01"]
    assert "最高为北京地区进出口总额（1-5月），同比+26.9%" in pages["02"]


def test_the_growth_page_lists_and_counts_each_countys_growth(build):
    # Puyang budget table, as above: 14 units of government, revenue and expenditure each, and the month's two
    page = build("puyang_m3_budget_table")["02"]
    assert "报告给出 30 个已实现的同比变化（重复列出的同一数字只计一次）" in page
    assert "一般公共预算收入 县级 同比变化(%) −10.9%" in page


def test_a_card_marks_an_estimated_change_as_the_estimate_it_is():
    # Dongcheng plan report of 2018: …;单位地区生产总值能耗预计下降3.8%;居民人均可支配收入达到75547元,同比增长7.5%;…
    fig = _dashboard("dongcheng_2018_annual")
    try:
        rows = [{t.get_gid(): t.get_text() for t in ax.texts} for ax in fig.axes]
        alt = plots.alt_text(fig)
        fig.canvas.draw()  # the estimate is named before the row, so the figure after the bar stays inside its card
        inside = all(t.get_window_extent().x1 <= ax.get_window_extent().x1 for ax in fig.axes for t in ax.texts
                     if t.get_gid() == "card-yoy")
    finally:
        plt.close(fig)
    changes = [(r.get("card-yoy-label"), r.get("card-yoy")) for r in rows if r.get("card-yoy")]
    assert ("预计同比", "−3.8%") in changes and ("同比", "+7.5%") in changes and inside
    assert [name for name, _ in changes].count("预计同比") == 1
    assert "预计同比−3.8%" in alt and "预计同比+7.5%" not in alt


def test_the_comparisons_of_a_growth_with_earlier_months_are_not_called_a_quarters(build):
    # Ruyuan release of 1-5月: 规模以上工业增加值17.46亿元,同比增长21.8%,增幅比1-4月提高1.6个百分点
    page = build("ruyuan_m1to5_release")["02"]
    assert "与全市、其他时期比较" in page and "上一季度比较" not in page
    assert "比1-4月高 1.6 个百分点，即1-4月约为 +20.2%（推算）" in page


def test_a_completion_keeps_its_qualifier():
    # Beijing 2017 H1: 上半年“疏解整治促提升”专项行动整体进度达到60%左右 — about 60%, not exactly
    completion = real_table(REAL / "beijing_2017_h1.txt", "completion")
    rows = {r["indicator"]: r for _, r in completion.iterrows()}
    assert rows["“疏解整治促提升”专项行动"]["qualifier"] == "about"
    assert rows["经营性土地供应"]["qualifier"] == "exact"
    cells = {name: format_cell("completion_pct", r) for name, r in rows.items()}
    assert cells["“疏解整治促提升”专项行动"] == "约60%" and cells["经营性土地供应"] == "72.3%"


def test_the_completion_page_shows_a_completions_qualifier(build):
    # Beijing 2017 H1, as above
    page = build("beijing_2017_h1")["04"]
    assert "“疏解整治促提升”专项行动：约60%" in page
