"""The workbook's check of parts against their total shows the total as printed, every digit of it.

上城区 2021 final account (tests/gold/real/texts/shangcheng_hz_2022_h1_budget.txt, copied from the report): 全区一般公共预算收入
决算为2013817万元 … 1、增值税收入(50%部分)672890万元 …: the sheet 核对 shows the stated total in 亿元, 201.3817, not
201.38 (a number column's cells kept two decimals whatever the figure printed); the sum of the parts, computed, keeps two.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _built_reports import workbook_row
from _real_tables import real_report, real_tables

import dhcheng_analysis as dh

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


def test_the_checks_stated_total_keeps_its_printed_digits(tmp_path):
    pytest.importorskip("openpyxl")
    # (the excerpt's tables as all_tables builds them, shared with the other tests that read them)
    path = dh.to_excel(real_report(REAL / "shangcheng_hz_2022_h1_budget.txt"), tmp_path / "s.xlsx",
                       tables=real_tables("shangcheng_hz_2022_h1_budget"))
    row = workbook_row(path, "核对", "一般公共预算收入", where={"核对项": "部分不超过总量"})
    stated, computed = row["报告值(金额:亿元)"], row["计算值(金额:亿元)[推算]"]
    assert (stated.value, stated.number_format) == (pytest.approx(201.3817), "#,##0.0000")
    assert computed.number_format == "#,##0.00"
