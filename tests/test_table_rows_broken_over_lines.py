"""A table row broken over lines: each cell in its column, the levels of government under a group header kept apart.

A budget table converted from PDF or Word prints each row over several lines: the row goes on in lines that start
with ``|``, a blank cell is the line break itself or a line holding a lone ``|``, and the header groups its levels
(累计完成数 over 中央级 | 省级 | 市级 | 县乡级 | 合 计). Each cell of such a row has its column: a level of
government is the scope of its figure, the total (合 计) has none, so the two equal figures of a row collected by the
county alone (城市维护建设税 330 | 330) are one of 县乡级 and the row's total. When the row read so does not add up
(its levels to its total, 占计划% = 合计 / 计划, 同比增减% = 合计 / 上年同期数 − 1), its lines are set where the sums
hold; a cell the sums do not place gets no column, so no fact, rather than a wrong one.
"""

from __future__ import annotations

import re

from _sentences import facts

NEXT_LABEL = re.compile(r"\n\| [\u4e00-\u9fff]")

# lintao_2024_m2_budget (real): the head of 二〇二四年二月大口径财政收入执行情况表 and its first rows, verbatim
HEAD = ("具体收入项目情况如下: 二〇二四年二月大口径财政收入执行情况表 | 预 算 科 目 | 本年收入计划 | 累计完成数 | "
        "累计完成数 | 占计划% | 上年同期数 | 同比增减% | 备注 | 中央级 | 省级 | 市级 | 县乡级 | 合 计 | 税收收入 | "
        "89275 | 7451 | 2186 |\n"
        "| 5711 | 15348 | 17.19 | 14032 | 9.38 |\n"
        "| 增值税 | 45119 | 3916 | 1371 |\n"
        "| 2546 | 7833 | 17.36 | 6281 | 24.71 |\n"
        "| 消费税 | 50 | 17 |\n"
        "|\n"
        "|\n"
        "| 17 | 34.00 | 16 | 6.25 |\n")
# lintao_2024_m2_budget (real): rows further down the same table, verbatim
RESOURCE = ("| 资源税 | 700 |\n"
            "| 13 |\n"
            "| 13 | 26 | 3.71 | 45 | -42.22 |\n")
CITY_TAX = ("| 城市维护建设税 | 2370 |\n"
            "|\n"
            "|\n"
            "| 330 | 330 | 13.92 | 322 | 2.48 |\n")
TAIL = ("| 房产税 | 1940 |\n"
        "|\n"
        "|\n"
        "| 29 | 29 | 1.49 | 37 | -21.62 |\n"
        "| 印花税 | 1590 |\n")
LINTAO = HEAD + RESOURCE + CITY_TAX + TAIL


def _row(text: str, label: str) -> list[tuple[str, str, str, str, str]]:
    """(figure, measure, status, period, scope) of the facts of the row labelled ``label``, in printed order."""
    f = facts(text)
    a = text.index(f"| {label} |")
    m = NEXT_LABEL.search(text, a + 1)
    b = m.start() if m else len(text)
    rows = f[(f["start"] >= a) & (f["start"] < b)].sort_values("start")
    return [(str(r.raw_value), r.measure, r.status, r.period, r.scope) for r in rows.itertuples()]


def test_full_row_over_two_lines() -> None:
    # 市级 is blank: the row breaks there
    assert _row(LINTAO, "税收收入") == [
        ("89275", "level", "target", "2024年", ""),
        ("7451", "level", "actual", "2024年1-2月", "中央级"),
        ("2186", "level", "actual", "2024年1-2月", "省级"),
        ("5711", "level", "actual", "2024年1-2月", "县乡级"),
        ("15348", "level", "actual", "2024年1-2月", ""),
        ("17.19", "completion_pct", "actual", "2024年1-2月", ""),
        ("14032", "level", "actual", "2023年1-2月", ""),
        ("9.38", "yoy_pct", "actual", "2024年1-2月", ""),
    ]


def test_row_with_cells_dropped_at_its_breaks() -> None:
    # 中央级 and 市级 are blank, each a line break and nothing more
    assert _row(LINTAO, "资源税") == [
        ("700", "level", "target", "2024年", ""),
        ("13", "level", "actual", "2024年1-2月", "省级"),
        ("13", "level", "actual", "2024年1-2月", "县乡级"),
        ("26", "level", "actual", "2024年1-2月", ""),
        ("3.71", "completion_pct", "actual", "2024年1-2月", ""),
        ("45", "level", "actual", "2023年1-2月", ""),
        ("42.22", "yoy_pct", "actual", "2024年1-2月", ""),
    ]


def test_row_with_lone_bar_lines_tells_its_level_from_its_total() -> None:
    expected = [
        ("2370", "level", "target", "2024年", ""),
        ("330", "level", "actual", "2024年1-2月", "县乡级"),
        ("330", "level", "actual", "2024年1-2月", ""),
        ("13.92", "completion_pct", "actual", "2024年1-2月", ""),
        ("322", "level", "actual", "2023年1-2月", ""),
        ("2.48", "yoy_pct", "actual", "2024年1-2月", ""),
    ]
    assert _row(LINTAO, "城市维护建设税") == expected
    consumption = _row(LINTAO, "消费税")
    assert [(x[0], x[4]) for x in consumption[1:3]] == [("17", "中央级"), ("17", "")]


def test_rows_whose_blank_lines_are_not_printed_are_set_by_their_sums() -> None:
    # the same rows with their lone | lines left out (the cells verbatim, the layout written): read as printed the
    # figures fall a column or more to the left; the sums of each row set them back
    text = LINTAO.replace("|\n|\n", "")
    assert _row(text, "城市维护建设税") == _row(LINTAO, "城市维护建设税")
    assert _row(text, "消费税") == _row(LINTAO, "消费税")
    assert _row(text, "房产税") == _row(LINTAO, "房产税")
    assert _row(text, "资源税") == _row(LINTAO, "资源税")


def test_cell_the_sums_do_not_place_gives_no_fact() -> None:
    # the row of 资源税 with two more blank lines after its lone 13 (layout written): the last line sits where the
    # sums hold, but the 13 alone on its line may be of 中央级, 省级 or 市级, which no sum tells
    text = HEAD + RESOURCE.replace("| 13 |\n| 13 |", "| 13 |\n|\n|\n| 13 |") + CITY_TAX
    assert _row(text, "资源税") == [
        ("700", "level", "target", "2024年", ""),
        ("13", "level", "actual", "2024年1-2月", "县乡级"),
        ("26", "level", "actual", "2024年1-2月", ""),
        ("3.71", "completion_pct", "actual", "2024年1-2月", ""),
        ("45", "level", "actual", "2023年1-2月", ""),
        ("42.22", "yoy_pct", "actual", "2024年1-2月", ""),
    ]
    assert _row(text, "城市维护建设税")[1][4] == "县乡级"
