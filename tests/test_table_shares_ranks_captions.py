"""Columns of shares and of ranks, and the caption of a table of places, read as the prose reads the same figures.

The real table is ``tests/gold/real/texts/puyang_m3_budget_table.txt`` (a budget release of places with a merged
two-level header and a 单位 line); its prose names the same figures: ``税收比重为70.9%`` (a share named by its own
name), ``收入增幅…居全省第6位`` (the rank of the growth: 一般公共预算收入增幅). The other tables here are regression
fixtures built from its verbatim rows and header words, with the column and caption words other releases print
(``占全市比重%``, ``增幅位次``, ``各县区一般公共预算收入完成情况表``); they are no real text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _real_tables import real_facts

import dhcheng_analysis as dh
from dhcheng_analysis.tabletext import caption_indicator, find_tables

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts" / "puyang_m3_budget_table.txt"
LEAD = "3月份,全市一般公共预算收入累计完成234267万元。市本级及各县区具体情况如下表:\n"
ROWS = ("濮阳市 | 234267 | -10.9 |  | 100.0 |\n"
        "华龙区 | 36567 | 4.9 | 1 | 15.6 |\n"
        "濮阳县 | 39387 | -17.1 | 6 | 16.8 |\n")


def _cells(text: str, tmp_path: Path):
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    f = dh.extract_facts(dh.load_report(path))
    return f[f["flags"].str.contains("table_cell")]


def _row(f, value: str) -> tuple[str, str, str, str]:
    r = f[f["raw_value"] == value].iloc[0]
    return r["indicator"], r["measure"], r["comparator"], r["scope"]


def test_a_share_named_by_its_own_name_keeps_it_in_the_real_table():
    # puyang_m3_budget_table: | 单位名称 | 一般公共预算收入 | 税收比重% | … and 濮阳市 | 73795 | 234267 | ⏎ | -10.9 | 70.9 |
    f = real_facts(REAL)  # (extracted once a test process, shared with the other tests of the excerpt)
    cell = f[(f["raw_value"] == "70.9") & f["flags"].str.contains("table_cell")].iloc[0]
    assert (cell["indicator"], cell["measure"], cell["comparator"], cell["scope"]) == (
        "税收比重", "rate_pct", "一般公共预算收入", "濮阳市")


def test_a_column_of_shares_of_a_whole_is_of_the_indicator_beside_it_against_that_whole(tmp_path):
    """Regression fixture: 占全市比重% under the merged 一般公共预算收入 is the share of that revenue in the city's, as
    ``占北京市的比重为7.2%`` is read in prose (comparator 北京市), not an indicator named 占全市比重."""
    text = (LEAD + "单位:万元\n单位名称 | 一般公共预算收入 | |||\n累计 | 增幅% | 增幅位次 | 占全市比重% |\n" + ROWS)
    f = _cells(text, tmp_path)
    assert _row(f, "15.6") == ("一般公共预算收入", "rate_pct", "全市", "华龙区")
    assert _row(f, "36567")[2] == ""  # the level beside it is compared with nothing


def test_a_column_of_shares_in_a_table_of_items_is_of_the_row_against_the_whole_its_header_names(tmp_path):
    """Regression fixture (rows of ``lintao_2024_m2_budget``): 占税收收入比重% gives 增值税 a share of 税收收入, as
    ``占税收收入的比重为51.04%`` is read in prose."""
    text = ("1-2月,全县实现大口径财政收入17056万元。\n单位:万元\n预 算 科 目 | 累计完成数 | 占税收收入比重% | 同比增减% |\n"
            "税收收入 | 15348 | 100.00 | 9.38 |\n增值税 | 7833 | 51.04 | 24.71 |\n")
    f = _cells(text, tmp_path)
    assert _row(f, "51.04")[:3] == ("增值税", "rate_pct", "税收收入")
    assert _row(f, "24.71")[:3] == ("增值税", "yoy_pct", "")


def test_a_rank_of_the_growth_is_named_as_the_prose_names_it(tmp_path):
    """Regression fixture: 增幅位次 ranks the growth of the revenue its merged header names, 一般公共预算收入增幅, the name
    the real prose gives ``收入增幅高于省辖市平均增幅3.7个百分点,居全省第6位``; the share column after it does not take
    增幅 for its name."""
    real = real_facts(REAL)
    assert "一般公共预算收入增幅" in set(real.loc[real["measure"] == "rank", "indicator"])
    text = (LEAD + "单位:万元\n单位名称 | 一般公共预算收入 | |||\n累计 | 增幅% | 增幅位次 | 占全市比重% |\n" + ROWS)
    f = _cells(text, tmp_path)
    assert _row(f, "6")[:2] == ("一般公共预算收入增幅", "rank")
    assert _row(f, "16.8")[0] == "一般公共预算收入"


def test_the_caption_of_a_table_of_places_names_what_its_columns_measure(tmp_path):
    """Regression fixture: columns headed only 累计完成 | 增幅% | 增幅位次 | 占全市比重% under the caption
    各县区一般公共预算收入完成情况表 measure that revenue; the 合计 row is the whole, of no one place."""
    text = (LEAD + "各县区一般公共预算收入完成情况表\n单位:万元\n县区 | 累计完成 | 增幅% | 增幅位次 | 占全市比重% |\n"
            + ROWS.replace("濮阳市", "合 计"))
    f = _cells(text, tmp_path)
    assert _row(f, "36567") == ("一般公共预算收入", "level", "", "华龙区")
    assert _row(f, "17.1") == ("一般公共预算收入", "yoy_pct", "", "濮阳县")
    assert _row(f, "1") == ("一般公共预算收入增幅", "rank", "", "华龙区")
    assert _row(f, "16.8") == ("一般公共预算收入", "rate_pct", "全市", "濮阳县")
    assert _row(f, "234267") == ("一般公共预算收入", "level", "", "")
    assert len(find_tables(text)) == 1


@pytest.mark.parametrize(("caption", "name"), [
    ("二〇二四年二月大口径财政收入执行情况表", "大口径财政收入"),  # lintao_2024_m2_budget (a table of items: unused there)
    ("表一: 地 区 生 产 总 值", "地区生产总值"),  # district_2021_bulletin_rank
    ("2023年主要指标完成情况", ""),  # wuchang_wh_2023_annual: names no one indicator
    ("二〇二四年1-3月各县(市、区)一般公共预算收入完成情况表", "一般公共预算收入"),
    ("表3:各县区固定资产投资增速排名", "固定资产投资"),
    ("表2 主要经济指标", ""),
])
def test_what_a_caption_names(caption: str, name: str):
    """The first three are captions of real tables; the rest are regression fixtures."""
    assert caption_indicator(caption) == name


def test_ranks_of_the_total_and_of_the_growth_are_named_as_the_real_prose_names_them(tmp_path):
    """Regression fixture built from the rows of ``district_2021_bulletin_rank`` (表一: 地 区 生 产 总 值) with the rank
    columns other bulletins print; its real prose ``总量居全市第6位,增速居全市第2位`` ranks 生产总值 and 生产总值增速:
    a rank of 总量 is of the indicator itself, one of 增速 of its growth."""
    real = real_facts(REAL.with_name("district_2021_bulletin_rank.txt"))
    assert real.loc[real["measure"] == "rank", "indicator"].tolist() == ["生产总值", "生产总值增速"]
    text = ("表一: 地 区 生 产 总 值\n指 标 | 单位 | 2021年 | 比上年增长(%) | 总量位次 | 增速位次 |\n"
            "地区生产总值 | 亿元 | 91.3 | 7.5 | 6 | 2 |\n第一产业 | 亿元 | 6.2 | 6.9 | 5 | 3 |\n")
    f = _cells(text, tmp_path)
    ranks = f[f["measure"] == "rank"]
    assert list(zip(ranks["raw_value"], ranks["indicator"], strict=True)) == [
        ("6", "地区生产总值"), ("2", "地区生产总值增速"), ("5", "第一产业增加值"), ("3", "第一产业增加值增速")]


@pytest.mark.parametrize("line", ["单位:万元、%", "单位:%、万元", "(单位:万元,%)"])
def test_a_unit_line_of_an_amount_and_the_percent_sign_gives_the_levels_the_amount(line: str, tmp_path):
    """Regression fixture: the verbatim real table of ``puyang_m3_budget_table`` under a unit line that also names the
    percent sign its rate columns are in, as releases print it: the levels are 万元 (73795 → 7.3795亿元), the rates %."""
    src = REAL.read_text(encoding="utf-8")
    f = _cells(src.replace("单位:万元", line, 1), tmp_path)
    level = f[f["raw_value"] == "73795"].iloc[0]
    rate = f[f["raw_value"] == "70.9"].iloc[0]
    assert (level["raw_unit"], level["value"], level["measure"]) == ("万元", 737950000, "level")
    assert (rate["raw_unit"], rate["measure"]) == ("%", "rate_pct")


def test_the_total_row_of_a_table_of_items_is_what_its_caption_names(tmp_path):
    """Regression fixture: the caption and header words of the real ``lintao_2024_m2_budget`` table with a 合 计 row
    above its items (figures of its real prose: 1-2月,全县实现大口径财政收入17056万元,完成预算的16.18%…增长14.14%):
    the row is 大口径财政收入, the name the prose gives the same figures, not an indicator named 合计."""
    real = real_facts(REAL.with_name("lintao_2024_m2_budget.txt"))
    assert real.loc[real["raw_value"] == "17056", "indicator"].tolist() == ["大口径财政收入"]
    text = ("具体收入项目情况如下:\n二〇二四年二月大口径财政收入执行情况表\n单位:万元\n"
            "| 预 算 科 目 | 本年收入计划 | 累计完成数 | 占计划% | 同比增减% |\n"
            "| 合 计 | 105425 | 17056 | 16.18 | 14.14 |\n| 税收收入 | 89275 | 15348 | 17.19 | 9.38 |\n")
    f = _cells(text, tmp_path)
    assert set(f.loc[f["start"] < text.index("税收收入 |"), "indicator"]) == {"大口径财政收入"}
    assert _row(f, "15348")[0] == "税收收入"
