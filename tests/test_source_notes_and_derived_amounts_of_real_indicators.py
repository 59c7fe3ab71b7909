"""What a chart's source note, a derived amount and a workbook amount show of a real excerpt's printed words and numerals.

* A chart's source note names the sections its figures come from by their words, without the heading numbers
  (一、 (一) 1.): a list of top headings joined with 、 reads as one list (工业生产态势良好、消费领域小幅增长), not
  一、工业生产态势良好、二、消费领域小幅增长, and a wrapped note never ends a line at 一、.
* A derived amount (a prior level, an annual target) keeps the decimals its level is printed with, a trailing
  zero included: from 212.0亿元, +3.2%, a prior level of 205.4亿元, not 205亿元, which reads as a figure counted in
  whole 亿.
* A workbook column of amounts in 亿元 shows each amount printed in whole 万元 with the four places it is known to
  (2.0990 beside 2.0745), not with its last zero dropped.

The sentences are copied from the real excerpt named in each comment.
"""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from _built_reports import workbook_row  # noqa: E402
from _real_tables import TEXTS, real_report, real_tables  # noqa: E402

import dhcheng_analysis as dh  # noqa: E402
from dhcheng_analysis import plots  # noqa: E402
from dhcheng_analysis.display import reader_table  # noqa: E402


@pytest.fixture(scope="module")
def xicheng() -> dict:
    # 西城区 2018 1-6月主要经济指标, headings 一、工业生产态势良好 二、消费领域小幅增长 三、投资规模降幅扩大 …;
    # 1-6月,西城区累计实现公共财政预算收入220.2亿元,同比增长4.1.%。其中,区级各项税收累计完成212.0亿元,同比增长3.2%。
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return real_tables("xicheng_2018_h1_indicators")


def _note(ax) -> str:
    notes = [t.get_text() for t in ax.texts if t.get_gid() == "source-note"]
    assert len(notes) == 1
    return notes[0].replace("\n", "")


def test_source_note_names_sections_without_heading_numbers(xicheng):
    ax = plots.plot_yoy_changes(xicheng["yoy"], facts=xicheng["facts"])
    note = _note(ax)
    plt.close(ax.figure)
    assert "工业生产态势良好、消费领域小幅增长、投资规模降幅扩大等" in note, note
    assert "一、" not in note and "二、" not in note, note


def test_prior_level_keeps_the_trailing_zero_of_its_level(xicheng):
    t = reader_table(xicheng["yoy"], ["indicator", "level", "implied_prior_level"], facts=xicheng["facts"])
    row = t[t["水平值"] == "212.0亿元"]
    assert row["上年（同期）水平[推算]"].tolist() == ["205.4亿元"]
    # (a level printed with its one decimal keeps it: 605.3亿元, +13.5% → 533.3亿元)
    assert t[t["水平值"] == "605.3亿元"]["上年（同期）水平[推算]"].tolist() == ["533.3亿元"]


def test_workbook_amounts_printed_in_wan_line_up_in_yi(tmp_path):
    """邕宁区 2020 first half budget: 税收收入112446万元,…减收20745万元; 增值税31636万元,…减收20990万元 — the sheet
    同比变化 showed the changes in 亿元 as -2.0745 beside -2.099 (a whole numeral's last zero dropped); each amount
    printed in whole 万元 now keeps the four places it is known to in 亿元, as the sheet 目标与计划 does for
    245800万元 (24.5800) beside 207380万元 (20.7380)."""
    pytest.importorskip("openpyxl")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        path = dh.to_excel(real_report(TEXTS / "yongning_2020_h1_budget.txt"), tmp_path / "y.xlsx",
                           tables=real_tables("yongning_2020_h1_budget"))
    for name in ("税收收入", "增值税"):
        cell = workbook_row(path, "同比变化", name)["增减额(亿元)"]
        assert cell.number_format == "#,##0.0000;[Red]-#,##0.0000", (name, cell.value)
    for name in ("财政总收入", "税收收入"):  # 组织财政收入, all the revenue collected
        assert workbook_row(path, "目标与计划", name)["数值(亿元)"].number_format == "#,##0.0000", name
