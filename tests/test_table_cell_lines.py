"""Tables copied one cell a line with nothing to close the cells (out of a PDF or a web page), on real tables.

The real excerpt ``district_2021_bulletin_rank`` prints its table one cell a line, each cell closed by ``|``; copied
out of its PDF the same table has no ``|`` at all. The other real tables of the excerpts (``| … |`` rows) are copied
one cell a line too. Each copy must read as the text as given: the lines are no prose to join into sentences, and
the cells are a table's, named by their row and typed by their column.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from _copy_forms import read, table

from dhcheng_analysis.documents import table_cell_lines, unwrap_text
from dhcheng_analysis.tabletext import find_tables

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"


def _text(name: str) -> str:
    return (TEXTS / f"{name}.txt").read_text(encoding="utf-8")


def _one_cell_a_line(text: str) -> str:
    """Every ``|`` row of ``text`` set one cell a line, no ``|`` left."""
    out = []
    for line in text.split("\n"):
        cells = [c.strip() for c in line.split("|")] if "|" in line else [line]
        out += [c for c in cells if c] if "|" in line else cells
    return "\n".join(out)


def test_a_bulletin_table_without_its_bars_reads_as_given():
    given = _text("district_2021_bulletin_rank")
    copy = _one_cell_a_line(given)
    assert "|" not in copy and "\n工 业\n亿元\n19.5\n3.6\n" in copy
    assert table(read(copy)[1]) == table(read(given)[1])


def test_a_copy_that_spaces_every_line_apart():
    given = _text("district_2021_bulletin_rank")
    assert table(read(_one_cell_a_line(given).replace("\n", "\n\n"))[1]) == table(read(given)[1])


def test_the_cells_are_no_prose_to_join():
    copy = _one_cell_a_line(_text("district_2021_bulletin_rank"))
    assert "\n交通运输、仓储和邮政业\n亿元\n10\n5.9\n" in unwrap_text(copy)
    lines = copy.split("\n")
    starts = {sum(len(x) + 1 for x in lines[:i]): ln for i, ln in enumerate(lines)}
    marked = [starts[a] for a in sorted(table_cell_lines(copy))]
    # the header (and the caption above it) and every row, none of the prose around
    assert marked[:6] == ["表一: 地 区 生 产 总 值", "指 标", "单位", "2021年", "比上年增长(%)", "地区生产总值"]
    assert marked[-4:] == ["非营利性服务业", "亿元", "15.5", "4.2"] and all("，" not in ln and "," not in ln for ln in marked)
    (found,) = find_tables(copy)
    assert found.caption == "表一:地区生产总值" and found.rows[0].label == "地区生产总值"


def test_a_table_with_a_header_of_two_lines_and_marks_of_none():
    """``指 标 名 称 | 计量单位 | 北 京 市 | 西 城 区`` over ``本 期 | ±% | 本 期 | ±%``, rows with ``--`` and a unit ``%``."""
    given = _text("xicheng_m1to5_indicators_table")
    got = Counter(table(read(_one_cell_a_line(given))[1]))
    want = Counter(table(read(given)[1]))
    assert sum(got.values()) == sum(want.values()) == 50
    # the figures printed in words inside a cell (同比增加1.17个百分点) keep their row's name too
    assert got == want


def test_short_lines_of_prose_are_no_table():
    """Headings and short lines with figures that repeat no shape are left to the prose reader."""
    text = "一、综合\n全区生产总值91.3亿元，增长7.5%。\n二、投资\n固定资产投资\n增长\n12.5%\n三、消费\n社会消费品零售总额\n34.5亿元\n"
    assert table_cell_lines(text) == frozenset()
