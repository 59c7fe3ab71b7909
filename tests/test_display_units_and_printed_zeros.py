"""Amounts compared on one line in one unit, and figures shown with the trailing zeros they were printed with.

* A row of a reader table, or a line of commentary, that compares amounts of one unit (a level, its prior level, the
  annual target, what is left to do) shows them in one unit: that of the figure as printed (146,845万元 beside a
  target of 245,800万元, not 24.58亿元; 55,927件 beside 40,787件, not 4.08万件). A derived amount is shown in that unit
  outright; a printed one in another unit is shown as it is alone and then in that unit (``24.58亿元（即245,800万元）``),
  so the reader sees which is converted.
* A table keeps its numbers in base units (10.0% is 10, 3.50亿元 is 3.5e8); the pages and the workbook show the figure
  as printed, its trailing zero kept (``+8.0%``, ``214.40亿元``; the workbook's cells stay numbers, with a number
  format of the printed decimals), found through the facts the row cites (their ``raw_value``).

Each sentence is copied from the report named in its comment; the conversions of ``unit_of_others`` are written.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from _built_reports import workbook_row
from _real_tables import real_tables

import dhcheng_analysis as dh
from dhcheng_analysis.display import format_level, printed_numerals, reader_table, unit_of_others

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"


def _tables(name: str) -> dict:
    """Every table of the real excerpt ``name``, shared with the other modules that read it (read-only)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return real_tables(name)


@pytest.fixture(scope="module")
def yongning() -> dict:
    # 邕宁区 2020 H1 budget report: 2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,
    # 增长1.28%(增幅在全市16县区中排名第五),完成年初预算245800万元的59.74%,收入项目完成情况如下:
    return _tables("yongning_2020_h1_budget")


@pytest.fixture(scope="module")
def minhang() -> dict:
    # 闵行区 2015 statistical bulletin: 全年实现财政总收入627.85亿元,比上年增长8.0%,其中区级财政收入214.40亿元,
    # 比上年增长12.0%。
    return _tables("minhang_sh_2015_bulletin")


def test_a_headline_row_reads_in_the_unit_of_its_printed_figures(yongning):
    t = reader_table(yongning["headline"], ["level", "implied_prior_level", "implied_annual_target"],
                     facts=yongning["facts"])
    # (the prior level as printed, 比上年同期144987万元, not 146845 ÷ 1.0128 = 144,989万元)
    assert t.iloc[0].tolist() == ["146,845万元", "144,987万元", "245,800万元"]
    # (without the facts the printed target is still shown in the row's unit)
    alone = reader_table(yongning["headline"], ["level", "implied_annual_target"])
    assert alone.iloc[0].tolist() == ["146,845万元", "24.58亿元（即245,800万元）"]


def test_a_year_on_year_row_reads_in_one_unit(yongning):
    t = reader_table(yongning["yoy"], ["indicator", "abs_change", "level", "implied_prior_level"],
                     facts=yongning["facts"]).set_index("指标")
    # (比上年同期133191万元减收20745万元: the prior as printed, not 112446 ÷ 0.8442 = 133,198万元)
    assert t.loc["税收收入"].tolist() == ["−20,745万元", "112,446万元", "133,191万元"]


def test_a_count_and_its_derived_prior_level_in_one_unit(bundled_tables):
    # 东城区 2020 H1 (the bundled report): 上半年,共接收办理市民热线诉求55927件,同比增长37.12%
    t = bundled_tables
    yoy = reader_table(t["yoy"], ["indicator", "level", "implied_prior_level"], facts=t["facts"]).set_index("指标")
    assert yoy.loc["接诉即办诉求"].tolist() == ["55,927件", "40,787件"]


def test_the_commentary_line_of_an_annual_target_reads_in_one_unit(yongning):
    from dhcheng_analysis.notebook import Analysis

    an = Analysis(tables=yongning, caption={})
    row = yongning["headline"].iloc[0]
    got = an.amounts(row, {"target": "implied_annual_target", "done": "level", "need": "h2_required"}, row["unit"],
                     unit_of="done")
    assert got == {"target": "245,800万元", "done": "146,845万元", "need": "98,955万元"}


def test_a_printed_amount_of_another_unit_says_it_is_converted():
    # written: a target printed in 亿元 (24.58亿元) beside a figure done printed in 万元 (146845万元)
    assert unit_of_others(2.458e9, "元", "zh", 1e4, raw="24.58") == "24.58亿元（即245,800万元）"
    assert unit_of_others(2.458e9, "元", "zh", 1e4, raw="245800") == "245,800万元"  # printed in 万元: as printed
    assert unit_of_others(2.458e9, "元", "en", 1e6) == "2,458 m yuan"  # (in English every amount is converted)


def test_a_list_shows_each_amount_in_the_unit_printed(minhang):
    # 闵行区 2015: 全年实现农业总产值3.64亿元,比上年下降0.8%。其中,种植业产值2.55亿元,比上年增长6.5%;畜牧业产值
    # 0.69亿元,比上年下降22.0%。
    t = reader_table(minhang["yoy"], ["indicator", "change_pct", "level"], facts=minhang["facts"]).set_index("指标")
    assert t.loc[["农业总产值", "种植业产值", "畜牧业产值"], "水平值"].tolist() == ["3.64亿元", "2.55亿元", "0.69亿元"]
    assert t.loc["畜牧业产值", "变化率(%)"] == "−22.0%"


def test_a_list_of_targets_shows_each_in_the_unit_printed(yongning):
    # 邕宁区 2020 H1: …完成年初预算245800万元的59.74%…; 1)税收收入112446万元,完成年初预算207380万元的54.22%,
    t = reader_table(yongning["targets"], ["indicator", "value"], facts=yongning["facts"])
    assert t["数值"].tolist() == ["245,800万元", "207,380万元"]
    assert reader_table(yongning["targets"], ["indicator", "value"])["数值"].tolist() == ["24.58亿元", "207,380万元"]


def test_the_pages_keep_a_printed_trailing_zero(minhang):
    t = reader_table(minhang["yoy"], ["indicator", "change_pct", "level"], facts=minhang["facts"]).set_index("指标")
    assert t.loc["财政总收入"].tolist() == ["+8.0%", "627.85亿元"]
    assert t.loc["一般公共预算收入"].tolist() == ["+12.0%", "214.40亿元"]
    # the table itself keeps numbers; its figures as printed come from the facts it cites
    row = minhang["yoy"].set_index("indicator").loc["一般公共预算收入"]
    assert (row["change_pct"], row["level"]) == (12.0, 2.144e10)
    assert printed_numerals(minhang["yoy"], minhang["facts"], ["change_pct"])["change_pct"][5] == "12.0"


def test_a_derived_figure_has_no_printed_zero(minhang):
    t = reader_table(minhang["yoy"], ["indicator", "implied_prior_level"], facts=minhang["facts"]).set_index("指标")
    assert t.loc["一般公共预算收入", "上年（同期）水平[推算]"] == "191.4亿元"
    assert format_level(3.5e8, "元", raw="3.50") == "3.50亿元"
    assert format_level(3.5e8, "元", raw="3.50", derived=True) == "3.5亿元"


def test_the_workbook_shows_the_printed_decimals_on_numbers(minhang, tmp_path):
    pytest.importorskip("openpyxl")
    path = dh.to_excel(dh.load_report(TEXTS / "minhang_sh_2015_bulletin.txt"), tmp_path / "m.xlsx")
    row = workbook_row(path, "同比变化", "一般公共预算收入")
    pct, level = row["变化率(%)"], row["水平值(金额:亿元)"]
    assert (pct.value, pct.number_format) == (12, "0.0;[Red]-0.0")
    assert (level.value, level.number_format) == (214.4, "#,##0.00")
