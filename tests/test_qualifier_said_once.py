"""A qualifier a figure's cell already says (近+70%) is not said again in the table's 限定词 column."""

from __future__ import annotations

import dhcheng_analysis as dh
from dhcheng_analysis import display

# /work/shared/corpus/national_work_reports/2019.txt (a national government work report)
SENTENCE = "大幅压缩外资准入负面清单，扩大金融、汽车等行业开放，一批重大外资项目落地，新设外资企业增长近70%。"
COLUMNS = ["dimension", "item", "scope", "change_pct", "level", "abs_change", "qualifier"]


def test_qualifier_of_a_change_is_said_once():
    tax = dh.tax_declines(dh.load_report(SENTENCE))
    shown = display.reader_table(tax, COLUMNS)
    row = shown.iloc[0]
    assert row[display.column_header("change_pct")] == "近+70%"
    assert row[display.column_header("qualifier")] == ""


def test_qualifier_of_a_level_alone_stays():
    rows = dh.tax_declines(dh.load_report(SENTENCE)).assign(change_pct=float("nan"), measure="level", level=1e9,
                                                             level_unit="元")
    shown = display.reader_table(rows, COLUMNS)
    assert shown.iloc[0][display.column_header("qualifier")] == display.code_label("qualifier", "nearly")
