"""The corpus workbook shows each number with the decimals it has, its unit in the reader's language, and a filter.

西城区 2020 key tasks (tests/gold/real/texts/xicheng_2020_keytasks.txt, copied from the report): 经济社会发展主要预期目标1
地区生产总值增长6%左右 — the target sheet showed 6.0 (a format of one decimal at least, "0.0##"); 一般公共预算收入由年初
预算439.55亿元调整为413.8亿元左右 … 全年一般公共预算收入完成413.84亿元 — the target, 41,380,000,000 元, showed
41,380,000,000.00 ("#,##0.00##"), and its unit stayed 元 in the English workbook, whose About sheet says the unit is
in its own column. No sheet had a filter on its header row, where the report workbook's sheets have one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.corpus_export import corpus_tables, write_workbook

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("targets")
    for name in ("xicheng_2020_keytasks", "dayao_2024_m4_budget"):
        shutil.copy(TEXTS / f"{name}.txt", folder)
    corpus = dh.load_corpus(folder)
    tables = corpus_tables(corpus)
    return {lang: write_workbook(corpus, tables, folder / f"c.{lang}.xlsx", lang) for lang in ("zh", "en")}


def _targets(path: Path, sheet: str) -> list[dict]:
    ws = openpyxl.load_workbook(path)[sheet]
    head = [c.value for c in ws[1]]
    return [dict(zip(head, r, strict=True)) for r in ws.iter_rows(min_row=2)]


def test_a_target_shows_the_decimals_it_was_printed_with(books):
    rows = _targets(books["zh"], "目标与实际")
    gdp = next(r["目标值"] for r in rows if r["指标"].value == "地区生产总值")
    assert (gdp.value, gdp.number_format) == (6, "#,##0")
    budget = next(r for r in rows if r["指标"].value == "一般公共预算收入" and r["单位"].value == "元")
    assert (budget["目标值"].value, budget["目标值"].number_format) == (41380000000, "#,##0")
    assert (budget["实际值"].value, budget["实际值"].number_format) == (41384000000, "#,##0")


def test_the_english_workbook_names_the_unit_in_english(books):
    units = {r["Unit"].value for r in _targets(books["en"], "Targets and outcomes")}
    assert units == {"yuan", "%"}


def test_every_table_sheet_has_a_filter_on_its_header_row(books):
    wb = openpyxl.load_workbook(books["en"])
    for ws in wb.worksheets[1:]:
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
