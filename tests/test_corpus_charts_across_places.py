"""The corpus page's charts of a folder of real reports of several places and years, read by eye.

The excerpts are real, copied verbatim into ``tests/gold/real/texts``. A chart of years has a tick a year (one year
too: no 2022.2 … 2023.8 around a lone point, no 1925 … 2125); a growth against an adjusted base (剔除留抵退税后) is a
line of its own, no jump within a year; a folder of many places charts the series printed for two years or more
(the rest is a point the table lists) with the colour of the indicator and the marker of the place; and a
target-and-outcome chart of a folder of several places is of one place, named in its title.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import matplotlib
import pytest

import dhcheng_analysis as dh

matplotlib.use("Agg")
from dhcheng_analysis import corpus_plots  # noqa: E402

REAL = Path(__file__).parent / "gold" / "real" / "texts"


def _corpus(tmp_path: Path, *names: str) -> dh.Corpus:
    for name in names:
        shutil.copy(REAL / f"{name}.txt", tmp_path / f"{name}.txt")
    return dh.load_corpus(tmp_path)


def _lines(ax) -> dict[str, list[float]]:
    return {line.get_label(): [float(y) for y in line.get_ydata() if y == y]
            for line in ax.get_lines() if line.get_gid() == "panel-line"}


def test_a_lone_year_has_one_tick_of_its_own(tmp_path: Path) -> None:
    # chaoyang_2022_h1: 上半年…社会消费品零售总额…同比降低11.3% — the only year of the folder
    growth = _corpus(tmp_path, "chaoyang_2022_h1").panel(["retail_sales"], "yoy_pct", part="H1")
    ax = corpus_plots.plot_panel(growth)
    assert list(ax.get_xticks()) == [2022]
    assert ax.get_xlim() == pytest.approx((2021.2, 2022.8))


def test_a_growth_against_an_adjusted_base_is_a_line_of_its_own(tmp_path: Path) -> None:
    # chaoyang_2022_h1: 区级一般公共预算收入完成278.7亿元,同比降低6.5%,剔除留抵退税后增长0.4%
    # chaoyang_2023_h1: 一般公共预算收入完成303.7亿元,同比增长9%
    growth = _corpus(tmp_path, "chaoyang_2022_h1", "chaoyang_2023_h1").panel(
        ["general_budget_revenue"], "yoy_pct", part="H1")
    lines = _lines(corpus_plots.plot_panel(growth))
    assert lines == {"一般公共预算收入": [-6.5, 9.0], "一般公共预算收入 (剔除留抵退税后)": [0.4]}


def test_a_folder_of_many_places_charts_the_series_of_several_years(tmp_path: Path) -> None:
    names = ("chaoyang_2021_h1", "chaoyang_2022_h1", "chaoyang_2023_h1", "dongcheng_2021_h1", "dongcheng_2023_h1",
             "guandu_km_2023_h1", "xuanwu_nj_2021_h1", "xicheng_2018_h1_indicators", "yongning_2020_h1_budget")
    corpus = _corpus(tmp_path, *names)
    keys = ["gdp", "general_budget_revenue", "retail_sales"]
    growth = corpus.panel(keys, "yoy_pct", part="H1")
    one_year = growth.groupby(["place", "indicator_key", "comparator"])["year"].nunique().eq(1)
    assert one_year.any()  # (官渡区, 玄武区 … print one half each: points of the table, not lines of the chart)
    ax = corpus_plots.plot_panel(growth, keys)
    lines = _lines(ax)
    # 上半年GDP…同比增长13.5% / 0.4% / 5.4% (朝阳区); 上半年,全区地区生产总值…同比增长11.5% / 5.3% (东城区)
    assert lines["朝阳区 地区生产总值"] == [13.5, 0.4, 5.4] and lines["东城区 地区生产总值"] == [11.5, 5.3]
    assert not any(label.startswith(("昆明市官渡区", "南京市玄武区", "邕宁区")) for label in lines)
    styles = {(line.get_color(), line.get_marker()) for line in ax.get_lines() if line.get_gid() == "panel-line"}
    assert len(styles) == len(lines)  # (no two lines alike)


def test_a_target_chart_of_several_places_is_of_one_place_named(tmp_path: Path) -> None:
    # xicheng_2020_keytasks: 地区生产总值增长6%左右 … 增幅-1.1% (a target and its outcome);
    # nanshan_sz_2023_gwr_digest: 本地生产总值预期增长7%左右 (a target of 2023, no outcome in the folder)
    corpus = _corpus(tmp_path, "xicheng_2020_keytasks", "nanshan_sz_2023_gwr_digest")
    outcomes = dh.target_outcomes(corpus, how="left")
    assert set(outcomes.loc[outcomes["indicator_key"] == "gdp", "place"]) == {"北京市西城区", "南山区"}
    ax = corpus_plots.plot_target_outcomes(outcomes, "gdp")
    assert ax.get_title(loc="left") == "北京市西城区 地区生产总值增长：目标与实际"
    assert list(ax.get_xticks()) == [2020]
    assert [p.get_gid() for p in ax.patches] == ["target-band"]  # (南山区's 7% is not drawn in another column)
