"""A table's title is no column, whatever line breaks the copy has; the sector rows of a table of
地区生产总值 measure value added.  The lines below are copied verbatim from the real excerpts of
tests/gold/real/texts/ (lintao_2024_m2_budget: a budget table whose title and header share a line
with prose; district_2021_bulletin_rank: 表一, one cell per line)."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.tabletext import Table, cell_figures, find_tables, table_calendar

REAL = Path(__file__).parent / "gold" / "real" / "texts"

# lintao_2024_m2_budget: the last prose sentence, then title, header and the first rows
LINTAO_TITLE_LINE = ("具体收入项目情况如下: 二〇二四年二月大口径财政收入执行情况表 | 预 算 科 目 | 本年收入计划 | 累计完成数 | "
                     "累计完成数 | 占计划% | 上年同期数 | 同比增减% | 备注 | 中央级 | 省级 | 市级 | 县乡级 | 合 计 | 税收收入 | "
                     "89275 | 7451 | 2186 |")
LINTAO_ROWS = """| 5711 | 15348 | 17.19 | 14032 | 9.38 |
| 增值税 | 45119 | 3916 | 1371 |
| 2546 | 7833 | 17.36 | 6281 | 24.71 |
| 消费税 | 50 | 17 |
|
|
| 17 | 34.00 | 16 | 6.25 |
| 企业所得税 | 14950 | 1894 | 631 |
| 631 | 3156 | 21.11 | 3431 | -8.02 |
"""
LINTAO_SENTENCE = "上划市级收入6万元,占收入的0.04%,同比减收71万元,下降92.21%。"

# district_2021_bulletin_rank: 表一, one cell per line
DISTRICT_TABLE = """表一: 地 区 生 产 总 值
指 标 |
单位 |
2021年 |
比上年增长(%) |
地区生产总值 |
亿元 |
91.3 |
7.5 |
第一产业 |
亿元 |
6.2 |
6.9 |
第二产业 |
亿元 |
22.7 |
6.2 |
工 业 |
亿元 |
19.5 |
3.6 |
建筑业 |
亿元 |
3.2 |
23.3 |
第三产业 |
亿元 |
62.4 |
8.0 |
批发和零售业 |
亿元 |
9.1 |
6.9 |
"""

HEADERS = ["预算科目", "本年收入计划", "累计完成数 中央级", "累计完成数 省级", "累计完成数 市级", "累计完成数 县乡级",
           "累计完成数 合计", "占计划%", "上年同期数", "同比增减%", "备注"]


def _one(text: str) -> Table:
    tables = find_tables(text)
    assert len(tables) == 1
    return tables[0]


def _by_printed(text: str, t: Table) -> dict[str, list[tuple[str, str, str, str, str]]]:
    out: dict[str, list[tuple[str, str, str, str, str]]] = {}
    for f in cell_figures(t):
        out.setdefault(text[f.start:f.end], []).append((f.indicator, f.measure, f.unit, f.status, f.scope))
    return out


def _wrap(text: str, width: int) -> str:
    """``text`` broken at a printed width (two columns a Chinese character), as a fixed-width copy is."""
    out, col = [], 0
    for ch in text:
        w = 1 if ch.isascii() else 2
        if ch != "\n" and col + w > width:
            out.append("\n")
            col = 0
        out.append(ch)
        col = 0 if ch == "\n" else col + w
    return "".join(out)


# --------------------------------------------------------------------------- the title is no column


def test_title_at_the_start_of_a_line_is_the_caption_not_a_column():
    # one sentence a line: the prose that leads into the table ends at 如下:, title and header follow
    text = LINTAO_SENTENCE + "\n" + LINTAO_TITLE_LINE + "\n" + LINTAO_ROWS
    t = _one(text)
    assert t.caption == "二〇二四年二月大口径财政收入执行情况表"
    assert [c.header for c in t.columns] == HEADERS
    assert table_calendar(t, text) == (2024, 2)
    got = _by_printed(text, t)
    assert got["89275"] == [("税收收入", "level", "", "target", "")]  # 本年收入计划, not 累计
    assert got["7451"] == [("税收收入", "level", "", "actual", "中央级")]  # not a completion
    assert got["17.19"] == [("税收收入", "completion_pct", "%", "actual", "")]
    assert got["-8.02"] == [("企业所得税", "yoy_pct", "%", "", "")]
    # the title and the prose before it hold no figure of the table
    assert text.index("如下") < t.start == text.index("二〇二四年") < t.body_start == text.index("税收收入 | 89275")


@pytest.mark.parametrize("title", ["二〇二四年二月大口径财政收入执行情况表", "表1 二〇二四年二月大口径财政收入执行情况",
                                   "具体收入项目情况如下: 二〇二四年二月大口径财政收入"])
def test_forms_of_a_title_cell(title):
    text = LINTAO_TITLE_LINE.replace("具体收入项目情况如下: 二〇二四年二月大口径财政收入执行情况表", title) + "\n" + LINTAO_ROWS
    t = _one(text)
    assert [c.header for c in t.columns] == HEADERS and t.caption.endswith(title[-6:])


def test_a_first_header_cell_that_is_no_title_stays_a_column():
    # a header word, a unit line and a sub-item are no titles
    head = LINTAO_TITLE_LINE[LINTAO_TITLE_LINE.index("| 预 算") + 2:]
    assert [c.header for c in _one(head + "\n" + LINTAO_ROWS).columns] == HEADERS
    unit = _one("单位:万元 | 项目 | 本期 | ±% |\n| 税收收入 | 1200 | -3.5 |\n| 非税收入 | 300 | 2.0 |\n")
    assert unit.columns[0].header == "单位:万元" and unit.caption == ""
    # a row label before a figure is a row, not a title (人大代表 ends in 表)
    rows = _one("| 类别 | 人数 |\n| --- | --- |\n| 人大代表 | 120 |\n| 政协委员 | 98 |\n")
    assert [r.label for r in rows.rows] == ["人大代表", "政协委员"]


# lintao_2024_m2_budget broken at 68 printed columns (the test below makes this copy of the whole excerpt)
LINTAO_AT_68 = "\n".join([
    "增收357万元,增长17.2%;上划市级收入6万元,占收入的0.04%,同比减收71万元",
    ",下降92.21%。 具体收入项目情况如下: 二〇二四年二月大口径财政收入执行",
    "情况表 | 预 算 科 目 | 本年收入计划 | 累计完成数 | 累计完成数 | 占计",
    "划% | 上年同期数 | 同比增减% | 备注 | 中央级 | 省级 | 市级 | 县乡级 ",
    "| 合 计 | 税收收入 | 89275 | 7451 | 2186 |",
    "| 5711 | 15348 | 17.19 | 14032 | 9.38 |",
    "| 增值税 | 45119 | 3916 | 1371 |",
    "| 2546 | 7833 | 17.36 | 6281 | 24.71 |",
    "",
])


def test_title_cut_from_the_line_above_by_a_fixed_width_break():
    # …如下: 二〇二四年二月大口径财政收入执行⏎情况表 | 预 算 科 目 | … | 占计⏎划% | … | 县乡级 ⏎| 合 计 | …
    text = LINTAO_AT_68
    assert text in _wrap((REAL / "lintao_2024_m2_budget.txt").read_text(encoding="utf-8"), 68)
    t = _one(text)
    assert t.caption == "二〇二四年二月大口径财政收入执行情况表"
    assert t.start == text.index("二〇二四年") and table_calendar(t, text) == (2024, 2)
    assert [c.header for c in t.columns] == HEADERS
    got = _by_printed(text, t)
    assert got["89275"] == [("税收收入", "level", "", "target", "")]
    assert got["2186"] == [("税收收入", "level", "", "actual", "省级")]
    assert got["17.36"] == [("增值税", "completion_pct", "%", "actual", "")]


def test_wrapped_cells_of_a_table_closed_on_the_right():
    # a cell cut by a break goes on in the next line; the | that starts the next line closes it
    text = ("| 项目 | 本期 | 同比增 |\n| 税收收入 | 1200 | -3.5 |\n| 非税 | 300 | 2.0 |\n"
            "| 城市维护建设\n税 | 12 | 5.0 |\n| 房产税 | 7\n| 1.0 |\n")
    t = _one(text)
    assert [r.label for r in t.rows] == ["税收收入", "非税", "城市维护建设税", "房产税"]
    assert [(text[a:b], j) for j, a, b in t.rows[2].cells] == [("12", 1), ("5.0", 2)]
    assert [(text[a:b], j) for j, a, b in t.rows[3].cells] == [("7", 1), ("1.0", 2)]
    # lines of a table not closed on the right are rows of their own
    open_rows = _one("项目 | 本期 | 同比增\n税收收入 | 1200 | -3.5\n非税 | 300 | 2.0\n")
    assert [r.label for r in open_rows.rows] == ["税收收入", "非税"]


def _table_facts(text: str) -> Counter:
    facts = dh.extract_facts(dh.load_report(text))
    cells = facts[facts["flags"].astype(str).str.contains("table_cell")]
    cols = ["value", "measure", "unit", "status", "indicator", "period"]
    return Counter(tuple(str(r[c]) for c in cols) for _, r in cells.iterrows())


@pytest.mark.parametrize("form", ["sentence_lines", "width_68"])
def test_the_real_excerpt_reads_alike_in_each_copy(form):
    published = (REAL / "lintao_2024_m2_budget.txt").read_text(encoding="utf-8")
    if form == "sentence_lines":
        copy = re.sub("([。！？])", r"\1\n", published)
    else:
        copy = _wrap(published, 68)
    assert copy != published
    want = _table_facts(published)
    assert sum(want.values()) >= 70
    assert _table_facts(copy) == want


# --------------------------------------------------------------------------- value added by sector


def test_sector_rows_of_a_gdp_table_measure_value_added():
    t = _one(DISTRICT_TABLE)
    got = {(f.label, DISTRICT_TABLE[f.start:f.end]): f for f in cell_figures(t)}
    assert got[("第一产业", "6.2")].indicator == "第一产业增加值"
    assert got[("第一产业", "6.9")].indicator == "第一产业增加值" and got[("第一产业", "6.9")].measure == "yoy_pct"
    assert got[("工业", "19.5")].indicator == "工业增加值"
    assert got[("批发和零售业", "9.1")].indicator == "批发和零售业增加值"
    assert got[("地区生产总值", "91.3")].indicator == "地区生产总值"  # the total is no sector
    assert got[("第一产业", "6.2")].label == "第一产业"
    facts = dh.extract_facts(dh.load_report(DISTRICT_TABLE))
    one = facts[facts["raw_value"] == "6.2"].iloc[0]
    assert (one["indicator"], one["indicator_key"], one["value"]) == ("第一产业增加值", "primary_industry_va", 6.2e8)


def test_the_sector_rule_is_for_tables_of_value_added_only():
    # a row that names its own quantity keeps it
    named = DISTRICT_TABLE.replace("第一产业 |", "第一产业增加值 |")
    assert {f.indicator for f in cell_figures(_one(named)) if f.label.startswith("第一")} == {"第一产业增加值"}
    # a table of other figures: the sector is what the row names
    other = DISTRICT_TABLE.replace("表一: 地 区 生 产 总 值", "表二: 分行业税收")
    assert {f.indicator for f in cell_figures(_one(other))} >= {"第一产业", "工业", "批发和零售业"}
    # a revenue table (lintao): its rows are names of revenue, not sectors
    t = _one(LINTAO_TITLE_LINE + "\n" + LINTAO_ROWS)
    assert {f.indicator for f in cell_figures(t)} == {"税收收入", "增值税", "消费税", "企业所得税"}


def test_a_value_added_column_names_the_measure_of_sector_rows():
    text = "| 行业 | 增加值(亿元) | 增长% |\n| --- | --- | --- |\n| 金融业 | 8.5 | 4.4 |\n| 企业 | 3 | 1.0 |\n"
    got = {text[f.start:f.end]: f for f in cell_figures(_one(text))}
    assert (got["8.5"].indicator, got["4.4"].indicator) == ("金融业增加值", "金融业增加值")
    assert got["3"].indicator == "企业" and got["4.4"].value == Decimal("4.4")


def test_a_column_that_names_another_quantity_keeps_the_row_name():
    text = ("表三: 分行业增加值和利润\n| 行业 | 增加值(亿元) | 利润(亿元) |\n| --- | --- | --- |\n"
            "| 金融业 | 8.5 | 2.1 |\n| 房地产业 | 8.4 | 1.3 |\n")
    got = {text[f.start:f.end]: f.indicator for f in cell_figures(_one(text))}
    assert got == {"8.5": "金融业增加值", "2.1": "金融业", "8.4": "房地产业增加值", "1.3": "房地产业"}


def test_a_caption_run_onto_the_end_of_the_prose_line_above():
    # a copy whose lines were joined: 表一 follows the last sentence of the paragraph on its line
    prose = "三次产业结构由上年的6.9∶24.2∶68.9调整为6.7∶24.9∶68.4。"
    text = prose + DISTRICT_TABLE
    t = _one(text)
    assert t.caption == "表一:地区生产总值" and t.start == len(prose)
    assert {f.indicator for f in cell_figures(t) if f.label == "第一产业"} == {"第一产业增加值"}
    # a sentence ending in a figure, or a tail that is no caption, is no caption
    assert _one(prose + DISTRICT_TABLE.replace("表一: 地 区 生 产 总 值", "全区经济稳中向好")).caption == ""
