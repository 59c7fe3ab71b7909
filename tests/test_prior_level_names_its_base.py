"""The level derived from a growth names the base the growth is of: 上年 for a whole year's figure (a year against
the year before), 上年同期 for part of a year, on the card; the column of the tables and the workbook, which holds
both, reads 上年（同期）水平.

Xicheng work report of 2023 (real text): 2023年…地方级一般公共预算收入1012.9亿元,增长10.6%: the card read
推算上年同期 915.8亿元 (a whole year's figure; the growth is against 2022), now 推算上年 915.8亿元. Minhang budget report
of 2022年上半年: its 2021 figures likewise. A figure of part of a year keeps 推算上年同期 (zhongdu_ws_2025_street_h1,
上半年…服务业累计营收突破2.7亿元,同比增长23.7%).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from _cards import card_texts
from _real_tables import excerpt_table, real_report, real_tables

import dhcheng_analysis as dh
from dhcheng_analysis.display import reader_table

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


def test_a_whole_years_prior_level_is_of_the_year_before():
    assert "推算上年 915.8亿元" in card_texts(excerpt_table("xicheng_2023_annual", "headline"), "card-derived")
    assert "推算上年 136亿元" in card_texts(excerpt_table("wuchang_wh_2023_annual", "headline"), "card-derived")
    minhang = card_texts(excerpt_table("minhang_sh_2022_h1_budget", "headline"), "card-derived")
    assert "推算上年 298.3亿元" in minhang and "上年同期" not in minhang


def test_a_part_years_prior_level_is_of_the_same_period():
    assert "推算上年同期 超2.2亿元" in card_texts(excerpt_table("zhongdu_ws_2025_street_h1", "headline"), "card-derived")


def test_the_table_column_fits_both_bases():
    head = excerpt_table("xicheng_2023_annual", "headline")
    t = reader_table(head, ["indicator", "implied_prior_level"])
    assert "上年（同期）水平[推算]" in t.columns and "上年同期水平[推算]" not in t.columns


def test_the_workbook_column_fits_both_bases(tmp_path):
    path = tmp_path / "x.xlsx"
    # (the excerpt's tables as all_tables builds them, shared with the other tests that read them)
    dh.to_excel(real_report(REAL / "xicheng_2023_annual.txt"), path, tables=real_tables("xicheng_2023_annual"))
    heads = [c.value for c in openpyxl.load_workbook(path)["主要指标"][1]]
    assert any(str(h).startswith("上年（同期）水平") for h in heads)
    assert not any(str(h).startswith("上年同期水平") for h in heads)
