"""The workbook shows a computed percentage or point difference with the decimals the pages show it with.

东城区 2021 first half (tests/gold/real/texts/dongcheng_2021_h1.txt): 区级一般公共预算收入实现105.7亿元,…完成进度55.5%;
固定资产投资额实现114.5亿元,…完成进度51.1%: the sheet 任务完成 showed the time elapsed as 50 and the lead over it as
5.5 beside 1.1 (a computed figure had the decimals its value happened to carry), while the pages show 50.0% and +5.5,
+1.1; the cells now have the fixed decimals the pages give a computed figure (a computed −7 is −7.0).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _built_reports import workbook_row
from _real_tables import real_report, real_tables

import dhcheng_analysis as dh

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


def test_computed_percentages_in_the_workbook_have_the_pages_decimals(tmp_path):
    pytest.importorskip("openpyxl")
    # (the excerpt's tables as all_tables builds them, shared with the other tests that read them)
    path = dh.to_excel(real_report(REAL / "dongcheng_2021_h1.txt"), tmp_path / "d.xlsx",
                       tables=real_tables("dongcheng_2021_h1"))
    row = workbook_row(path, "任务完成", "固定资产投资")
    assert row["完成进度(%)"].value == pytest.approx(51.1)
    elapsed, ahead = row["时间进度(%)[推算]"], row["超前/落后(百分点)[推算]"]
    assert (elapsed.value, elapsed.number_format) == (50, "0.0")
    assert (ahead.value, ahead.number_format) == (pytest.approx(1.1), "0.0;[Red]-0.0")
    assert dh.export.cell_format("gap_pp", -7.0) == "0.0;[Red]-0.0"  # (朝阳区前三季度: 68.0% − 75.0%)


def test_a_completion_computed_from_counts_has_the_pages_decimals(bundled_workbook):
    """东城区 2020 first half (the bundled report): 71项创建任务已完成64项 — the page shows 90.1%; the sheet 任务完成
    showed 90.141 (a computed share with three decimals, as if printed so)."""
    pytest.importorskip("openpyxl")
    path = bundled_workbook  # (to_excel of the run's one reading of it, written once a run)
    row = workbook_row(path, "任务完成", "创建任务")
    assert row["完成进度(%)"].number_format == "0.0"
    assert row["完成进度(%)"].value == pytest.approx(6400 / 71)
    assert workbook_row(path, "任务完成", "违法建设拆除")["完成进度(%)"].number_format == "0.0"  # (61.4%, as printed)
