"""Pages and charts of three real excerpts, read as a reader reads them.

Lintao's budget release of February 2024 prints the county's revenue of 2月份 and of 1-2月, each with its completion,
and the revenue paid up to each level of government (上划中央收入, 上划省级收入): a name that says its level (中央 of
中央级) is not labelled with it again, the completion chart names the month's row by its month as the growth chart
does (not 财政总收入 #2), the 均衡进度 the report sets beside 1-2月 stands on that row only, and a stated rate keeps the
decimals it is printed with in the page's check (34.00%). Dongliu street's review of 2023 prints 一般公共预算收入2亿元,
−19.3%: the prior level derived from it is not shown as 2亿元 too. Beijing's mid-year report of 2017 prints
市政府固定资产投资已下达70%, a share of no target of the year: the overview does not count it among the completions of
annual targets, and its card draws it grey against no elapsed-time tick, as the completion page sets it against
none. Lintao's table of the months to February (2024年1-2月) beside its
sentences (1-2月) writes the one period one way in a page's column.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from _built_reports import real_pages  # noqa: E402
from _cards import real_cards  # noqa: E402
from _real_tables import real_facts, real_table, real_tables  # noqa: E402

from dhcheng_analysis import plots  # noqa: E402
from dhcheng_analysis.display import reader_table  # noqa: E402

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"
LINTAO = REAL / "lintao_2024_m2_budget.txt"


def _ticks(ax) -> list[str]:
    try:
        return [t.get_text() for t in ax.get_yticklabels()]
    finally:
        plt.close(ax.figure)


def test_a_name_that_says_its_level_of_government_is_not_labelled_with_it_again():
    # 从层级看:上划中央收入7716万元,占收入的45.24%,同比增收1417万元,增长22.5%;上划省级收入2432万元,…
    ticks = _ticks(plots.plot_yoy_changes(real_table(LINTAO, "yoy")))
    assert "上划中央收入" in ticks and "上划省级收入" in ticks
    assert not any("（中央级）" in t for t in ticks)


def test_the_completion_chart_names_the_month_row_by_its_month_and_marks_only_the_row_compared():
    # 2月份,全县实现大口径财政收入5682万元,完成预算105425万元的5.39%,较均衡进度慢2.94% …
    # 1-2月,全县实现大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%
    ax = plots.plot_target_completion(real_table(LINTAO, "completion"), comparators=real_table(LINTAO, "headline"))
    try:
        ys = dict(zip((t.get_text() for t in ax.get_yticklabels()), ax.get_yticks(), strict=True))
        marks = [(x, y) for c in ax.collections if c.get_gid() == "comparator-marker" for x, y in c.get_offsets()]
    finally:
        plt.close(ax.figure)
    assert "财政总收入（2月份）" in ys and "财政总收入" in ys
    assert not any("#" in t for t in ys)
    # the 均衡进度 of 1-2月 (16.18 + 0.48) on the row of 1-2月 only, not on that of 2月份 (whose mark is 8.33%)
    assert [(round(x, 1), y) for x, y in marks] == [(16.7, ys["财政总收入"])]


@pytest.mark.slow
def test_the_completion_page_keeps_the_printed_decimals_of_a_stated_rate():
    # 二〇二四年二月大口径财政收入执行情况表: 消费税 | 50 | 17 | … | 17 | 34.00 | 16 | 6.25 |
    page = real_pages("lintao_2024_m2_budget")["04"]
    assert "消费税：报告所列 34.00%，由已完成数 ÷ 目标数推算 34.00%" in page
    assert "财政总收入：报告所列 5.39%" in page and "财政总收入：报告所列 16.18%" in page


def test_a_prior_level_is_not_shown_as_its_level_when_they_differ():
    # 全年实现地区生产总值60.3亿元,一般公共预算收入2亿元,同比分别-6.2%、-19.3%。
    cards, _ = real_cards("dongliu_yz_2023_street")
    assert cards["一般公共预算收入"]["card-derived"] == "推算上年 2.5亿元"


@pytest.mark.slow
def test_the_overview_table_shows_the_prior_level_apart_from_its_level():
    page = real_pages("dongliu_yz_2023_street")["01"]
    assert "一般公共预算收入 2023年 2亿元 −19.3% 2.5亿元" in page


@pytest.mark.slow
def test_the_overview_counts_no_share_of_a_target_not_of_the_year():
    # 市政府固定资产投资已下达70%,经营性土地供应完成年初计划的72.3%。
    pages = real_pages("beijing_2017_h1")
    assert "1 项主要指标给出全年任务完成进度，不低于 50.0% 的时间进度。" in pages["01"]
    assert "市政府固定资产投资：70%（报告未写明基准）" in pages["04"]


def test_the_facts_of_the_lintao_release_keep_the_scope_of_the_central_share():
    # the label leaves the scope out; the fact keeps it (the workbook's 口径范围 column names it)
    facts = real_facts(LINTAO)
    assert set(facts.loc[facts["indicator"] == "上划中央收入", "scope"]) == {"中央级"}


def test_a_table_writes_one_period_one_way():
    # 1-2月,全县实现大口径财政收入17056万元 … and the table 二〇二四年二月大口径财政收入执行情况表 (read as 2024年1-2月)
    shown = reader_table(real_table(LINTAO, "yoy"), ["indicator", "period"], year=2024)
    assert set(shown["时期"]) == {"2月份", "1-2月"}
    # the table itself writes the months of the report's own year one way, so a page without the year does too
    assert set(real_table(LINTAO, "yoy")["period"]) == {"2月份", "1-2月"}
    assert set(reader_table(real_table(LINTAO, "yoy"), ["indicator", "period"])["时期"]) == {"2月份", "1-2月"}


@pytest.mark.slow
def test_the_completion_page_writes_the_months_of_the_year_one_way():
    page = real_pages("lintao_2024_m2_budget")["04"]
    assert "消费税 1-2月 34.00% 报告所列" in page and "2024年1-2月 34.00%" not in page
    assert "车船税 水平值 3,110万元 2024年" in page  # (a target of the year keeps its year)


def test_a_card_sets_a_share_of_no_target_of_the_year_against_no_tick():
    # 市政府固定资产投资已下达70%,经营性土地供应完成年初计划的72.3%。
    tables = real_tables("beijing_2017_h1")
    fig = plots.plot_headline_dashboard(tables["headline"], facts=real_facts(REAL / "beijing_2017_h1.txt"),
                                        completion=tables["completion"])
    try:
        cards = {next(t.get_text() for t in ax.texts if t.get_gid() == "card-title"): ax
                 for ax in fig.axes if any(t.get_gid() == "card-title" for t in ax.texts)}
        ticks = {k: [ln for ln in ax.lines if ln.get_gid() == "card-benchmark"] for k, ax in cards.items()}
        bars = {k: [p.get_facecolor() for p in ax.patches if p.get_gid() == "card-completion-bar"]
                for k, ax in cards.items()}
    finally:
        plt.close(fig)
    assert ticks["市政府固定资产投资"] == [] and len(ticks["经营性土地供应"]) == 1
    assert bars["市政府固定资产投资"] != bars["经营性土地供应"]
    grey = matplotlib.colors.to_rgba(plots._palette("colorblind")["unknown"])
    assert bars["市政府固定资产投资"] == [grey]
