"""A table printed one cell a line keeps a blank cell as an empty line.

A copy of a table one cell a line (no ``|``) sets a blank cell as an empty line of its own: the row that holds it
is one line short, and read with its empty lines skipped it breaks the rows' shape (the row and the header above
it are lost, their lines read as prose and joined). Read with each empty line as a mark of none, a table that so
takes in more lines of text, and has fewer empty lines than half its other lines (not a copy that spaces every
line apart), keeps its empty lines as cells. The table here is a real table of a real excerpt re-laid out one
cell a line (the cells verbatim; the layout is written).
"""

from __future__ import annotations

from _sentences import fact

import dhcheng_analysis as d
from dhcheng_analysis.documents import table_cell_lines

# wuchang_wh_2023_annual (武昌区 2023年 主要指标完成情况), its cells one a line, a blank cell an empty line
WUCHANG = ("——单位地区生产总值能耗降低率完成市级下达目标:预计全年完成市级下达目标。(主要指标完成情况见下表)。\n"
           "2023年主要指标完成情况\n指标名称\n2023年预期目标 (增速)\n2023年完成情况(预计)\n\n绝对值\n增速\n\n\n"
           "地区生产总值 (简称“GDP”)\n6.5%\n预计全年实现增长6.5%左右\n\n"
           "地方一般公共预算收入\n5%\n137\n0.8%\n全社会固定资产投资\n365\n380\n-\n实施重大项目\n215\n230\n-\n"
           "重大项目年度计划投资\n300\n350\n-\n城镇居民人均可支配收入\n与经济增长基本同步\n-\n预计与经济增长基本同步\n"
           "(一)全力实施科技创新,新兴动能加快培育\n创新载体建设加快。\n")


def _lines_of(text: str) -> list[str]:
    return [text[a:text.find("\n", a)] for a in sorted(table_cell_lines(text))]


def test_empty_line_in_a_row_is_a_blank_cell() -> None:
    got = _lines_of(WUCHANG)
    assert got[got.index("预计全年实现增长6.5%左右") + 1] == ""  # the blank cell closing the row of 地区生产总值
    assert "指标名称" in got and "绝对值" in got  # the header above the row is the table's again
    assert "(一)全力实施科技创新,新兴动能加快培育" not in got


def test_row_with_a_blank_cell_keeps_its_column() -> None:
    f = fact(WUCHANG, "6.5%", "地区生产总值 (简称“GDP”)\n6.5%")
    assert (f["indicator"], f["measure"], f["status"]) == ("地区生产总值", "yoy_pct", "target")
    f = fact(WUCHANG, "5%", "地方一般公共预算收入\n5%")
    assert (f["indicator"], f["measure"], f["status"]) == ("地方一般公共预算收入", "yoy_pct", "target")


def test_header_lines_are_not_joined_as_prose() -> None:
    text = d.load_report(WUCHANG).text
    assert "\n指标名称\n2023年预期目标 (增速)\n" in text


def test_copy_spacing_every_line_apart_keeps_its_reading() -> None:
    # written: the same kind of table in a copy that sets an empty line after every line; its empty lines are
    # spacing, not cells
    cells = ["指标", "单位", "2021年", "增长(%)", "工业", "亿元", "19.5", "3.6", "建筑业", "亿元", "3.2", "23.3",
             "金融业", "亿元", "8.5", "4.4"]
    text = "表一\n\n" + "\n\n".join(cells) + "\n\n注：以上为初步核算数。\n"
    assert "" not in _lines_of(text)
    f = fact(text, "23.3")
    assert (f["indicator"], f["measure"]) == ("建筑业", "yoy_pct")


# puyang_m3_budget_table (濮阳市 2023年3月 财政收支), its cells one a line: the blank cells 为预算的% and the empty
# header cells each an empty line, so an empty line stands between two figures of a row (234267⏎⏎-10.9)
PUYANG = ("3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。"
          "市本级及各县区具体情况如下表:\n单位:万元\n"
          "单位名称\n一般公共预算收入\n税收比重%\n一般公共预算支出\n\n\n\n\n\n\n"
          "当月\n累计\n为预算的%\n增幅%\n当月\n累计\n为预算的%\n增幅%\n\n\n"
          "濮阳市\n73795\n234267\n\n-10.9\n70.9\n380990\n744234\n\n-4.1\n"
          "市本级\n14070\n54065\n\n-22.8\n61.4\n59373\n129558\n\n-27.6\n"
          "县区级\n59725\n180202\n\n-6.6\n73.8\n321617\n614676\n\n3.0\n")


def test_blank_cell_between_two_figures_keeps_the_columns() -> None:
    f = fact(PUYANG, "-22.8", "市本级\n14070\n54065\n\n-22.8")
    assert (f["indicator"], f["measure"], f["scope"]) == ("一般公共预算收入", "yoy_pct", "市本级")
    f = fact(PUYANG, "129558", "市本级\n14070\n54065\n\n-22.8\n61.4\n59373\n129558")
    assert (f["indicator"], f["measure"], f["value"]) == ("一般公共预算支出", "level", 1295580000.0)
    f = fact(PUYANG, "61.4")
    assert (f["indicator"], f["measure"]) == ("税收比重", "rate_pct")


def test_empty_line_between_rows_is_no_cell() -> None:
    # written: a copy that sets an empty line after each row; an empty line between a figure and a label parts
    # two rows
    text = ("表一\n指标\n单位\n2021年\n增长(%)\n工业\n亿元\n19.5\n3.6\n\n建筑业\n亿元\n3.2\n23.3\n\n"
            "金融业\n亿元\n8.5\n4.4\n\n注：以上为初步核算数。\n")
    assert "" not in _lines_of(text)


def test_lone_bar_is_a_blank_cell_of_a_table_one_cell_a_line() -> None:
    # the same cells, each closed by a | (a web copy), a blank cell a line holding only its |
    text = "\n".join(line + " |" if line.strip() and "," not in line and ":" not in line else line or " |"
                     for line in PUYANG.split("\n")[:-1]) + "\n"
    assert "54065 |\n |\n-22.8 |" in text
    f = fact(text, "-22.8", "市本级 |\n14070 |\n54065 |\n |\n-22.8")
    assert (f["indicator"], f["measure"], f["scope"]) == ("一般公共预算收入", "yoy_pct", "市本级")
    f = fact(text, "61.4")
    assert (f["indicator"], f["measure"]) == ("税收比重", "rate_pct")
