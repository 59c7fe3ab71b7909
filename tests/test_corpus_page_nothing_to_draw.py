"""A chart with nothing to draw is left out of a page, and the page's words say what the reports lack.

The real excerpts of 北京市朝阳区 (mid-year reports of 2022–2024) state growth of the headline indicators but no
target of GDP, consumer prices or new urban jobs with its outcome: the across-reports page shows the panel of growth
and, for each target, the one line saying no year has both, with no frame saying 无数据 and no table of no rows.
One test decides "nothing to draw" (:func:`dhcheng_analysis.plots.nothing_drawn`), and :func:`plots.show` obeys it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from _corpus_page import corpus_outputs  # noqa: E402

import dhcheng_analysis as dh  # noqa: E402
from dhcheng_analysis import corpus_plots, plots  # noqa: E402

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"
CHAOYANG = ("chaoyang_2022_h1", "chaoyang_2023_h1", "chaoyang_2024_h1")


@pytest.fixture(scope="module")
def chaoyang(tmp_path_factory):
    folder = tmp_path_factory.mktemp("chaoyang")
    for name in CHAOYANG:
        shutil.copy(TEXTS / f"{name}.txt", folder)
    return folder


def _shown(monkeypatch, chart) -> list:
    import IPython.display

    seen: list = []
    monkeypatch.setattr(IPython.display, "display", lambda *objs, **kw: seen.extend(objs))
    plots.show(chart)
    return seen


def test_the_charts_of_targets_a_folder_lacks_are_left_out(chaoyang, monkeypatch):
    corpus = dh.load_corpus(chaoyang)
    outcomes = dh.target_outcomes(corpus, how="left")
    for key in ("cpi", "urban_new_jobs"):
        ax = corpus_plots.plot_target_outcomes(outcomes, key)
        assert plots.nothing_drawn(ax)
        assert _shown(monkeypatch, ax) == []
        assert not plt.fignum_exists(ax.figure.number)  # closed all the same
    growth = corpus.panel(["gdp", "retail_sales"], "yoy_pct", part="H1")
    ax = corpus_plots.plot_panel(growth)
    assert not plots.nothing_drawn(ax)
    assert len(_shown(monkeypatch, ax)) == 1


def test_an_empty_single_report_chart_is_left_out(monkeypatch):
    """Every chart function's empty frame is known by the one test (the headline cards' figure too)."""
    empty = dh.headline_indicators(dh.load_report(TEXTS / "ruyuan_m1to5_release.txt")).iloc[0:0]
    fig = plots.plot_headline_dashboard(empty)
    assert plots.nothing_drawn(fig) and _shown(monkeypatch, fig) == []


@pytest.mark.slow
def test_the_page_of_a_folder_without_targets_shows_no_empty_chart_or_table(chaoyang, tmp_path):
    outs = corpus_outputs(chaoyang, tmp_path)
    text = "\n".join(o["data"]["text/markdown"] for o in outs if "text/markdown" in o.get("data", {}))
    assert "报告集中没有同时给出居民消费价格涨幅目标和实际值的年份。" in text
    assert "报告集中没有同时给出城镇新增就业目标和实际值的年份。" in text
    assert sum("image/png" in o.get("data", {}) for o in outs) == 1  # the panel of growth alone
    html = [o["data"]["text/html"] for o in outs if "text/html" in o.get("data", {})]
    tables = [t for t in html if "<table" in t]
    assert tables and all("<td>" in t for t in tables)  # every table shown has a row
