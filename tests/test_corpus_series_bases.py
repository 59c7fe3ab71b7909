"""A series of the panel is of one basis and one scope a year, as the district's reports print it.

- A growth on an adjusted basis (扣除留抵退税后, 剔除留抵退税因素后) is a series of that basis: the panel keeps
  its ``comparator`` as a row of its own, never the year's growth as printed.
- The scope of a year is chosen among all the measures of that year, whatever measures the panel asks for: a growth
  of the 地方级 revenue is no growth of a year whose level the report prints for 区级.

The reports are the real excerpts in ``tests/gold/real/texts``, copied verbatim.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import dhcheng_analysis as dh
from dhcheng_analysis import corpus as C

REAL = Path(__file__).parent / "gold" / "real" / "texts"


def _corpus(tmp: Path, names: list[str]) -> dh.Corpus:
    for name in names:
        shutil.copy(REAL / f"{name}.txt", tmp / f"{name}.txt")
    return dh.load_corpus(tmp)


@pytest.fixture(scope="module")
def xicheng(tmp_path_factory: pytest.TempPathFactory) -> dh.Corpus:
    return _corpus(tmp_path_factory.mktemp("xicheng"), ["xicheng_2022_annual", "xicheng_2023_annual"])


@pytest.fixture(scope="module")
def chaoyang(tmp_path_factory: pytest.TempPathFactory) -> dh.Corpus:
    return _corpus(tmp_path_factory.mktemp("chaoyang"), ["chaoyang_2021_h1", "chaoyang_2022_h1"])


@pytest.mark.slow
def test_a_growth_on_an_adjusted_basis_is_a_series_of_that_basis(xicheng: dh.Corpus) -> None:
    # 西城区 2022: 一般公共预算收入扣除留抵退税后、同口径增长5.6%,人均地区生产总值、…保持全市第一。
    wide = xicheng.panel("general_budget_revenue", "yoy_pct", wide=True)
    assert wide.loc[("general_budget_revenue", "扣除留抵退税后"), 2022] == 5.6
    assert ("general_budget_revenue", "") not in wide.index  # (nor a growth as printed: the report prints none)


@pytest.mark.slow
def test_a_growth_as_printed_and_one_adjusted_are_two_figures(chaoyang: dh.Corpus) -> None:
    # 朝阳区 2022 H1: 区级一般公共预算收入完成278.7亿元,同比降低6.5%,剔除留抵退税后增长0.4%。
    p = chaoyang.panel("general_budget_revenue", "yoy_pct", part="H1")
    rows = {(int(r.year), r.comparator): r.value for r in p.itertuples()}
    assert rows[(2022, "")] == -6.5
    assert rows[(2022, "剔除留抵退税后")] == 0.4


@pytest.mark.slow
def test_a_wider_share_growth_is_no_growth_of_the_own_share(xicheng: dh.Corpus) -> None:
    # 西城区 2023: 地方级一般公共预算收入完成1012.9亿元,…同比增长10.6%;区级一般公共预算收入实现452.7亿元,…: the 10.6%
    # is of 地方级, the year's level of 区级 — the year has no growth of the series, in the growth panel as in all
    growth = xicheng.panel("general_budget_revenue", "yoy_pct")
    assert not ((growth["year"] == 2023) & (growth["comparator"] == "")).any()
    level = xicheng.panel("general_budget_revenue", "level").set_index("year")
    assert level.loc[2023, ["value", "scope"]].tolist() == [45.27e9, "区级"]


@pytest.mark.slow
def test_an_adjusted_growth_is_not_checked_against_the_levels(tmp_path: Path) -> None:
    """Regression fixture: the real 朝阳区 2022 H1 excerpt with its growth as printed taken out (written), so that
    the only growth of the year is the adjusted one: 区级一般公共预算收入完成278.7亿元,剔除留抵退税后增长0.4%。"""
    shutil.copy(REAL / "chaoyang_2021_h1.txt", tmp_path / "chaoyang_2021_h1.txt")
    text = (REAL / "chaoyang_2022_h1.txt").read_text(encoding="utf-8")
    assert "278.7亿元,同比降低6.5%,剔除" in text
    (tmp_path / "chaoyang_2022_h1.txt").write_text(text.replace("278.7亿元,同比降低6.5%,剔除", "278.7亿元,剔除"),
                                                    encoding="utf-8")
    checks = C.level_consistency(dh.load_corpus(tmp_path))
    assert not ((checks["indicator_key"] == "general_budget_revenue") & (checks["year"] == 2022)).any()
