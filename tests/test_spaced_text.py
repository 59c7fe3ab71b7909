"""Real reports as text copied out of a PDF that sets every figure apart by spaces
(``2020 年 1 - 6 月，全区实现地区生产总值 1234.5 亿元，同比下降 3.2%``) and puts tabs or runs of spaces
between table cells.

Every text here is a real excerpt of ``tests/gold/real/texts``; the tests space it out the way such a
copy does and ask for the facts the excerpt gives as it was published. The few single lines are cut out
of those excerpts (regression fixtures, each named by its source).
"""

from __future__ import annotations

import re
import warnings
from functools import cache
from pathlib import Path

import pytest
from _real_tables import real_report

import dhcheng_analysis as dh

REAL = Path(__file__).parent / "gold" / "real" / "texts"
COLS = ["indicator", "measure", "value", "unit", "qualifier", "status", "comparator", "period"]
TEXTS = sorted(p.stem for p in REAL.glob("*.txt"))
QUICK = ("beijing_2017_h1", "district_2021_bulletin_rank", "dongliu_yz_2023_street", "ruyuan_m1to5_release")


def real(name: str) -> str:
    """The text of the excerpt ``name`` as loaded (loaded once a test process, shared with the other modules)."""
    return real_report(REAL / f"{name}.txt").text


def extract(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)


def facts(text: str) -> list[tuple]:
    return [tuple(r) for r in extract(text)[COLS].astype(str).itertuples(index=False)]


@cache
def published(name: str) -> tuple[tuple, ...]:
    """The facts of the excerpt as published, read once per run."""
    return tuple(facts(real(name)))


_DIGIT_EDGE = re.compile(r"(?<=\d)(?=[^\d.%\n])|(?<=[^\d.\n])(?=\d)")


def numspace(text: str) -> str:
    """``text`` with every run of digits set apart by a space from what stands beside it (a decimal
    point and a percent sign stay closed up), in prose, dates, codes and table cells alike."""
    return _DIGIT_EDGE.sub(" ", text)


def line_of(name: str, words: str) -> str:
    """The line of the excerpt ``name`` that holds ``words``."""
    return next(line for line in real(name).split("\n") if words in line)


@pytest.mark.parametrize("name", [pytest.param(n, marks=() if n in QUICK else pytest.mark.slow) for n in TEXTS])
def test_figures_set_apart_by_spaces_everywhere_read_as_the_published_text(name):
    assert tuple(facts(numspace(real(name)))) == published(name)


def test_the_spans_of_spaced_figures_index_the_text_as_given():
    text = numspace(line_of("beijing_2017_h1", "三大优势行业增加值分别增长"))
    f = extract(text)
    shown = [text[s:e] for s, e in zip(f["start"], f["end"], strict=True)]
    assert "7.4%" in shown and "10%" in shown and "9.3%" in shown
    assert set(f["sentence"]) <= {s.strip() for s in re.split(r"(?<=[。；])", text)} | {text.strip()}


@pytest.mark.slow
def test_the_bundled_report_set_apart_by_spaces_everywhere_reads_as_published(bundled_report):
    # (the text alone, as the spaced copy comes: without the bundled report's metadata)
    # 医用N 95 口罩: a number after a one- or two-letter word is part of its name, as N95 is
    assert facts(numspace(bundled_report.text)) == facts(bundled_report.text)


@pytest.mark.parametrize(("name", "words", "want"), [
    # a list of percentages with a space after each 、: each its own item of the list
    ("beijing_2017_h1", "三大优势行业增加值分别增长",
     [("金融业增加值", "yoy_pct", "7.4"), ("科技服务业增加值", "yoy_pct", "10.0"), ("yoy_pct", "9.3")]),
    # a minus sign set apart from its number: a decline
    ("district_2021_bulletin_rank", "人口自然增长率为", [("人口自然增长率", "rate_pct", "-1.2")]),
    ("dongliu_yz_2023_street", "同比分别-", [("yoy_pct", "-6.2"), ("yoy_pct", "-19.3")]),
])
def test_a_spaced_line_of_a_real_excerpt_keeps_its_figures(name, words, want):
    got = extract(numspace(line_of(name, words)))
    rows = [tuple(str(x) for x in r) for r in got[["indicator", "measure", "value"]].itertuples(index=False)]
    for w in want:
        assert any(r[-len(w):] == w for r in rows), (w, rows)


@pytest.mark.parametrize(("name", "words", "none_of"), [
    ("beijing_2017_h1", "1-5月北京地区", ["1"]),  # 1 - 5 月: a period, no figure
    ("gongshu_hz_2022_annual", "索引号", ["250027", "9", "2", "11"]),  # a document number and a date
    ("xuanwu_nj_2021_h1", "IPv6", ["6"]),  # IPv 6: a name
    ("nanshan_sz_2023_gwr_digest", "2022:", ["2022"]),  # 2022 :推动…: a year heading
])
def test_numbers_that_are_no_figures_stay_so_when_spaced(name, words, none_of):
    got = extract(numspace(line_of(name, words)))
    assert not set(got["raw_value"].astype(str)) & set(none_of), got[["raw_value", "indicator"]].values.tolist()


def test_a_dated_title_line_spaced_gives_its_period():
    # chengyang_qd_2022_bulletin: the title line 2022 年青岛市城阳区…统计公报 dates the whole bulletin
    text = numspace(real("chengyang_qd_2022_bulletin"))
    assert text.startswith("2022 年")
    f = extract(text)
    assert f["period"].tolist() == [row[-1] for row in published("chengyang_qd_2022_bulletin")]
    assert f.loc[f["raw_value"] == "16", "period"].tolist() == ["2022年"]  # (中车四方股份等 16 家企业…)


# -- tables whose cells are apart by tabs --------------------------------------------------------------

def tabbed(text: str) -> str:
    """``text`` with the cells of its ``|`` rows apart by tabs, as a copy out of a PDF or a spreadsheet
    gives them: no mark at either end of a line, so a row broken over lines (``| -4.1 |``) comes as a
    line that starts with a number, or a lone number."""
    out = []
    for line in text.split("\n"):
        if line.count("|") < 2:
            out.append(line)
            continue
        parts = line.split("|")
        parts = [p[1:] if k and p.startswith(" ") else p for k, p in enumerate(parts)]
        parts = [p[:-1] if k < len(parts) - 1 and p.endswith(" ") else p for k, p in enumerate(parts)]
        if not parts[0].strip():
            parts = parts[1:]
        if parts and not parts[-1].strip():
            parts = parts[:-1]
        out.append("\t".join(parts))
    return "\n".join(out)


TABLES = sorted(n for n in TEXTS if "\t" in tabbed(real(n)))


@pytest.mark.parametrize("name", [pytest.param(n, marks=() if n in ("lintao_2024_m2_budget", "puyang_m3_budget_table")
                                               else pytest.mark.slow) for n in TABLES])
def test_tables_with_cells_apart_by_tabs_read_as_the_published_text(name):
    text = tabbed(real(name))
    assert "\t" in text
    assert tuple(facts(text)) == published(name)


def test_a_row_broken_over_lines_of_tabs_goes_on_with_the_row_above():
    # puyang_m3_budget_table: 濮阳市 73795 234267 ⏎ -10.9 70.9 380990 744234 ⏎ -4.1 — one row of ten cells
    # (为预算的% empty in both halves)
    f = extract(tabbed(real("puyang_m3_budget_table")))
    cells = f[f["flags"].str.contains("table_cell")].head(7)
    assert cells["value"].tolist()[2:4] == [-10.9, 70.9] and cells["value"].tolist()[-1] == -4.1
    assert cells["measure"].tolist() == ["level", "level", "yoy_pct", "rate_pct", "level", "level", "yoy_pct"]
    assert cells["indicator"].tolist() == ["一般公共预算收入"] * 3 + ["税收比重"] + ["一般公共预算支出"] * 3


def cells_of(text: str) -> list[tuple[str, str]]:
    f = extract(text)
    return [(v, m) for v, m, fl in zip(f["raw_value"], f["measure"], f["flags"], strict=True) if "table_cell" in fl]


def test_a_spreadsheet_copy_keeps_one_row_a_line():
    # regression fixture: rows labelled by a year, each whole on its line, are not joined
    text = "单位:亿元\n年份\t地区生产总值\t增长(%)\n2021\t1200.5\t8.1\n2022\t1250.2\t4.1\n2023\t1310.7\t4.8\n"
    assert cells_of(text) == [("1200.5", "level"), ("8.1", "yoy_pct"), ("1250.2", "level"), ("4.1", "yoy_pct"),
                              ("1310.7", "level"), ("4.8", "yoy_pct")]


def test_a_page_number_after_a_table_of_tabs_is_no_cell():
    # regression fixture: a plain integer on the line after the table is a page number, not the row's end;
    # a signed or decimal number there ends the last row (broken at an empty cell, as a | row is)
    rows = ("单位:万元\n指标\t本月\t累计\t占全年%\t增长(%)\n税收收入\t1200\t5300\t40.1\t3.5\n"
            "增值税\t600\t2400\n")
    assert ("7", "yoy_pct") not in cells_of(rows + "7\n")
    assert cells_of(rows + "-1.2\n")[-1] == ("1.2", "yoy_pct")
