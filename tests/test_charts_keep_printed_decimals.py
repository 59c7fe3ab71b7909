"""Charts and commentary show a figure with the decimals it is printed with, as the tables do.

Xicheng's 2018 H1 indicators print `同比增长4.0%` and `公共财政预算支出230.0亿元`: a bar's label, a card, the charts'
alternative text and the sentences of the pages read +4.0% and 230.0亿元, not +4% and 230亿元, found through the facts
the table row cites (their ``raw_value``). Without the facts a chart shows the number as the table holds it.
Lintao's 2024 budget table prints its tax rates with two decimals (`| 155 | 778 | 26.37 | 759 | 2.50 |`): the tax
and the completion charts keep them (+2.50%, 34.00%).
"""

from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import pytest
from _built_reports import real_pages
from _real_tables import real_tables
from matplotlib.figure import Figure

from dhcheng_analysis import plots


@pytest.fixture(scope="module")
def xicheng():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return real_tables("xicheng_2018_h1_indicators")


@pytest.fixture(scope="module")
def lintao():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return real_tables("lintao_2024_m2_budget")


def _shown(drawn) -> tuple[set[str], str]:
    """The texts a chart (axes or figure) draws and its alternative text; the figure is closed."""
    fig = drawn if isinstance(drawn, Figure) else drawn.figure
    try:
        return {t.get_text() for ax in fig.axes for t in ax.texts}, plots.alt_text(drawn)
    finally:
        plt.close(fig)


def test_tax_chart_keeps_the_printed_zero(lintao):
    texts, alt = _shown(plots.plot_tax_changes(lintao["tax"], facts=lintao["facts"]))
    assert "+2.50%" in texts  # 个人所得税 | 155 | 778 | 26.37 | 759 | 2.50 |
    assert "个人所得税 +2.50%" in alt
    assert "个人所得税 +2.5%" in _shown(plots.plot_tax_changes(lintao["tax"]))[1]


def test_completion_chart_keeps_the_printed_zero(lintao):
    texts, alt = _shown(plots.plot_target_completion(lintao["completion"], facts=lintao["facts"]))
    assert "34.00%" in texts  # 消费税 | 17 | 34.00 | 16 | 6.25 |
    assert "消费税 34.00%" in alt


def test_bar_labels_and_alt_text_keep_the_printed_zero(xicheng):
    texts, alt = _shown(plots.plot_yoy_changes(xicheng["yoy"], facts=xicheng["facts"]))
    assert "+4.0%" in texts and "+4%" not in texts  # 社会消费品零售总额…同比增长4.0%
    assert "社会消费品零售总额 +4.0%" in alt


def test_without_facts_a_label_shows_the_number_held(xicheng):
    assert "社会消费品零售总额 +4%" in _shown(plots.plot_yoy_changes(xicheng["yoy"]))[1]


def test_cards_keep_the_printed_decimals(xicheng):
    texts, alt = _shown(plots.plot_headline_dashboard(xicheng["headline"], facts=xicheng["facts"]))
    assert "230.0亿元" in texts  # 西城区累计完成公共财政预算支出230.0亿元
    assert "一般公共预算支出 230.0亿元" in alt


@pytest.mark.slow
def test_the_commentary_keeps_the_printed_decimals():
    pages = real_pages("xicheng_2018_h1_indicators")
    assert "最低为房屋新开工面积，同比−96.0%" in pages["02"]  # 新开工面积…同比下降96.0%, by its glossary name
