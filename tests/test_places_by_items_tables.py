"""A table of places by items: a second label column, and the place printed once over the rows of its items.

Budget and statistics releases print places by items (``| 地区 | 项目 | 累计 | 增幅% |``), the place once and left
blank in the rows of its other items. The second column, headed by a label word (项目, 指标, 科目) over cells of words,
is a label column too: each figure is of the item its row names, of the place of its row (a blank place cell is the
place of the row above), in the unit of the unit line, of the measure its column header names. A row that opens with
a blank cell is a row of its own when it holds as many cells as the header and the row above is whole (a line of the
real table that opens with ``|`` and goes on with the row above holds fewer: its reading is unchanged, see
``test_tabletext.py::test_budget_table_of_places_with_rows_broken_over_lines``).

Fixtures: the layout is written, the cells are the real rows of 濮阳县, 清丰县 and 南乐县 in
``tests/gold/real/texts/puyang_m3_budget_table.txt`` (its lead sentence verbatim), each place's budget revenue and
expenditure as two rows of one place.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.tabletext import cell_figures, find_tables

REAL = Path(__file__).parent / "gold" / "real" / "texts" / "puyang_m3_budget_table.txt"
LEAD = ("3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。"
        "市本级及各县区具体情况如下表:\n单位:万元\n")
ROWS = [["地区", "项目", "累计", "增幅%"],
        ["濮阳县", "一般公共预算收入", "39387", "-17.1"], ["", "一般公共预算支出", "164712", "-7.9"],
        ["清丰县", "一般公共预算收入", "20424", "-11.5"], ["", "一般公共预算支出", "51975", "-28.3"],
        ["南乐县", "一般公共预算收入", "17960", "-6.2"], ["", "一般公共预算支出", "101285", "23.0"]]


def _printed_width(cell: str) -> int:
    return sum(2 if ord(ch) > 127 else 1 for ch in cell)


LAYOUTS = {
    "pipe": "".join(" | ".join(r) + " |\n" for r in ROWS),
    "markdown": "".join("| " + " | ".join(r) + " |\n" + ("| --- | --- | --- | --- |\n" if i == 0 else "")
                        for i, r in enumerate(ROWS)),
    "tab": "".join("\t".join(r) + "\n" for r in ROWS),
    "spaces": "".join("".join(c + " " * (20 - _printed_width(c)) for c in r).rstrip() + "\n" for r in ROWS),
    "one_cell_a_line": "".join((c + " |\n") if c else "|\n" for r in ROWS for c in r),
    "one_cell_a_line_blank_as_empty_line": "".join(c + "\n" for r in ROWS for c in r),
}

# (indicator, value, measure, unit, scope) of each cell, row by row
EXPECTED = [(item, value, measure, unit, place)
            for place, item, level, growth in
            [("濮阳县", "一般公共预算收入", "39387", "-17.1"), ("濮阳县", "一般公共预算支出", "164712", "-7.9"),
             ("清丰县", "一般公共预算收入", "20424", "-11.5"), ("清丰县", "一般公共预算支出", "51975", "-28.3"),
             ("南乐县", "一般公共预算收入", "17960", "-6.2"), ("南乐县", "一般公共预算支出", "101285", "23.0")]
            for value, measure, unit in ((level, "level", "万元"), (growth, "yoy_pct", "%"))]


def _facts(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)


def test_second_label_column_is_read_as_the_item_of_each_row():
    t = find_tables(LEAD + LAYOUTS["pipe"])[0]
    assert (t.label_role, t.item_role, t.unit) == ("scope", "indicator", "万元")
    assert [(c.header, c.role, c.measure) for c in t.columns] == [
        ("地区", "label", ""), ("项目", "label", ""), ("累计", "value", "level"), ("增幅%", "value", "yoy_pct")]
    assert [(r.label, r.item) for r in t.rows[:3]] == [
        ("濮阳县", "一般公共预算收入"), ("濮阳县", "一般公共预算支出"), ("清丰县", "一般公共预算收入")]
    assert t.rows[1].label_span == (-1, -1) and all(r.complete for r in t.rows)  # the place carried down


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_each_layout_of_the_fixture_gives_the_same_cells(layout):
    got = [(f.indicator, str(f.value), f.measure, f.unit, f.scope)
           for t in find_tables(LEAD + LAYOUTS[layout]) for f in cell_figures(t)]
    assert got == EXPECTED


def test_facts_of_the_fixture_read_as_the_real_table_reads_the_same_cells():
    # the real table prints the same figures as a table of places (单位名称 | 一般公共预算收入 累计 | …): each fact of
    # the fixture has the indicator, scope, dimension, measure, unit and period of the real one
    fields = ["indicator", "indicator_key", "measure", "value", "unit", "scope", "dimension", "period", "status"]
    real = _facts(REAL.read_text(encoding="utf-8"))
    real = real[real["flags"].astype(str).str.contains("table_cell")]
    for layout in ("pipe", "tab"):
        f = _facts(LEAD + LAYOUTS[layout])
        cells = f[f["flags"].astype(str).str.contains("table_cell")]
        assert len(cells) == 12
        for row in cells.itertuples():
            same = real[(real["raw_value"] == row.raw_value) & (real["scope"] == row.scope)
                        & (real["indicator"] == row.indicator)]
            assert len(same) == 1, (layout, row.raw_value, row.scope)
            assert [getattr(row, k) for k in fields] == same.iloc[0][fields].tolist()
    spend = f[(f["scope"] == "濮阳县") & (f["raw_value"] == "7.9")].iloc[0]
    assert (spend["indicator"], spend["measure"], spend["value"]) == ("一般公共预算支出", "yoy_pct", -7.9)


def test_key_tables_of_the_fixture_agree_with_its_facts():
    text = LEAD + LAYOUTS["pipe"]
    f = _facts(text).set_index("fact_id")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tables = dh.all_tables(text)
    yoy = tables["yoy"]
    rows = yoy[yoy["scope"] != ""]
    assert len(rows) == 6
    for r in rows.itertuples():  # each growth of a place and item with the level of the same place and item
        growth, level = f.loc[r.fact_id], f.loc[r.level_fact_id]
        assert (growth["indicator"], growth["scope"], growth["value"]) == (r.indicator, r.scope, r.change_pct)
        assert (level["indicator"], level["scope"], level["value"]) == (r.indicator, r.scope, r.level)
    tax = tables["tax"]
    assert sorted(tax.loc[tax["scope"] != "", "scope"]) == ["南乐县", "清丰县", "濮阳县"]
    assert set(tax.loc[tax["scope"] != "", "item"]) == {"一般公共预算收入"}

