"""A table written as CSV or as a workbook shows no control character (a terminal escape, a NUL) and no
direction control (which would show a cell in another order than it is read), even when its text never went
through the reader: a Report built by hand.  Regression fixture written for this check.
"""

from __future__ import annotations

import warnings

import openpyxl

import dhcheng_analysis as dh
from dhcheng_analysis.report import Report

HIDDEN = ("\x00", "\x1b", "\x7f", "\u202e", "\u2066")


def _hand_built() -> Report:
    return Report(text="地区生产总值增长5%\x00\u202e反转\x1b[31m。\n税收收入10亿元\u2066。",
                  report_id="r\x1b\u202e")


def test_csv_cells_show_no_control_characters(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        facts = dh.extract_facts(_hand_built())
    assert len(facts) and "\u202e" in facts["sentence"].iloc[0]  # (the table holds them)
    # (the Report made the controls spaces, as load_report does; a table from elsewhere may still hold them)
    facts.loc[facts.index[-1], "indicator"] = "税收\x00收入\x1b[31m\x7f"
    text = dh.to_csv(facts, tmp_path / "f.csv").read_text(encoding="utf-8-sig")
    assert not any(ch in text for ch in HIDDEN), text
    assert "地区生产总值增长5% 反转 [31m。" in text and "税收\ufffd收入\ufffd[31m\ufffd" in text


def test_workbook_cells_show_no_control_characters(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        path = dh.to_excel(_hand_built(), tmp_path / "r.xlsx")
    cells = [c.value for ws in openpyxl.load_workbook(path) for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert cells and not any(ch in v for v in cells for ch in HIDDEN)
    assert any("反转 [31m" in v for v in cells)  # (the Report made the controls spaces, as load_report does)
