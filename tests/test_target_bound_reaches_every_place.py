"""A target printed as a bound keeps it wherever it is shown: the headline's ``annual_target_qualifier`` holds the
qualifier of the target the report prints, and the overview table, the card, the overview's lines and the workbook
show it as the targets table does (≥3.6万人), and what the rest of the year must add to reach it (≥1.5万人).

Haidian report of 2023年上半年 (real text): 确保城镇新增就业3.6万人以上 … 城镇新增就业2.1万人,完成全年任务的58.3%: the
overview read 全年目标 3.6万人 while the 目标与计划 table read ≥3.6万人.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _built_reports import real_pages
from _cards import card_texts
from _real_tables import real_report, real_table

import dhcheng_analysis as dh
from dhcheng_analysis import vocab
from dhcheng_analysis.display import reader_table

# the text of the unseen example haidian_2023_h1, kept verbatim as a fixture (the name says it is not bundled)
TEXT = Path(__file__).resolve().parent / "fixtures" / "constructed_haidian_2023_h1.txt"


@pytest.fixture(scope="module")
def haidian():
    # (the report and its tables as all_tables builds them, read once a test process and shared with other tests)
    return real_report(TEXT), {key: real_table(TEXT, key) for key in vocab.labels().tables}


def test_the_headline_row_holds_the_targets_qualifier(haidian):
    head = haidian[1]["headline"].set_index("indicator")
    assert head.loc["城镇新增就业", "implied_annual_target"] == 36000
    assert head.loc["城镇新增就业", "annual_target_qualifier"] == "at_least"
    assert head["annual_target_qualifier"].isna().sum() == len(head) - 1  # (a derived target has none)


def test_the_tables_show_the_bound_as_the_targets_table_does(haidian):
    t = reader_table(haidian[1]["headline"], ["indicator", "implied_annual_target", "h2_required"]).set_index("指标")
    assert t.loc["城镇新增就业"].tolist() == ["≥3.6万人", "≥1.5万人"]
    assert t.loc["一般公共预算收入"].tolist() == ["549.9亿元", "251.3亿元"]


def test_the_card_shows_the_bound(haidian):
    derived = card_texts(haidian[1]["headline"], "card-derived", facts=haidian[1]["facts"])
    assert "全年目标 ≥3.6万人" in derived


def test_the_workbook_has_the_qualifier_beside_the_target(haidian, tmp_path):
    import openpyxl

    path = tmp_path / "h.xlsx"
    dh.to_excel(haidian[0], path, tables=haidian[1])
    ws = openpyxl.load_workbook(path)["主要指标"]
    heads = [c.value for c in ws[1]]
    at = next(i for i, h in enumerate(heads) if h.startswith("全年目标("))
    assert heads[at + 1] == "全年目标限定词"
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == "城镇新增就业"]
    assert rows[0][at + 1] == "以上/不低于"


@pytest.mark.slow
def test_the_overview_page_shows_the_bound():
    page = real_pages(TEXT)["01"]  # (built once a test process; the build fails no page)
    assert "城镇新增就业：全年目标 ≥3.6万人，已完成 2.1万人，下半年需完成 ≥1.5万人" in page
    assert "58.3% ≥3.6万人" in page  # (the overview table)
