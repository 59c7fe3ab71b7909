"""Tables flattened into report text: find them and read their structure.

Reports carry their key figures in tables that reach us as text: pipe rows
(``| 指标 | 单位 | 本期 | ±% |``), one cell per line (``工 业 |`` ⏎ ``亿元 |`` ⏎ ``19.5 |``), rows broken
over lines where a line that starts with ``|`` goes on with the row above, two header rows (a
merged cell over its parts), a caption and ``单位:万元`` above.  :func:`find_tables` turns such text
into :class:`Table` objects: typed columns (measure, unit, status, period, scope read from the
header words of ``vocab/tables.json``) and rows of value cells given by their offsets in the text.
:func:`cell_figures` lists the numeric cells of a table as :class:`CellFigure` records, ready to
become facts.

Pure functions of the text: nothing here reads files other than the vocabulary, and every offset
indexes the original text (the normalised reading copy has the same length).

>>> text = "单位:万元\\n| 项目 | 本期 | ±% |\\n| --- | --- | --- |\\n| 税收收入 | 1200 | -3.5 |\\n"
>>> [(f.indicator, str(f.value), f.measure, f.unit) for f in cell_figures(find_tables(text)[0])]
[('税收收入', '1200', 'level', '万元'), ('税收收入', '-3.5', 'yoy_pct', '%')]
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from importlib import resources
from math import comb
from types import MappingProxyType

from .cuewords import lines_beside, token_views
from .documents import ONE_SPACE_PAIR, one_space_width, table_cell_lines
from .numbers import normalize, year_number
from .vocab import concept, extractor_cues

__all__ = ["CellFigure", "Column", "Row", "Table", "TableVocab", "caption_indicator", "cell_figures", "find_tables",
           "table_vocab"]

PERCENT_MEASURES = frozenset({"yoy_pct", "completion_pct", "rate_pct", "pp_diff", "change_pct"})
NUMBER = re.compile(r"([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(%|‰)?")
# a figure in brackets ([14], 〔6〕, 【13.5】): in a plan's table, its sum or cumulative change over the plan's years
BRACKETED = re.compile(r"[\[〔【［]\s*(" + NUMBER.pattern + r")\s*[\]〕】］]")
YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")
COLUMN_YEAR = re.compile(rf"(?:{YEAR_ONLY.pattern}-)?({YEAR_ONLY.pattern})年?")  # a column's year (2025年) or its span's last
SEPARATOR_CELL = re.compile(r":?-{3,}:?")
SPACE = re.compile(r"\s+")
PARENS = re.compile(r"[(（]([^()（）]{1,12})[)）]")
CLAUSE_END = re.compile(r"[。;:!?；：！？]")


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class TableVocab:
    """The compiled vocabulary of ``vocab/tables.json`` (see the ``_doc`` keys of that file)."""

    label_indicator: frozenset[str]
    label_scope: frozenset[str]
    label_period: frozenset[str]
    unit_columns: frozenset[str]
    text_columns: frozenset[str]
    measures: tuple[tuple[str, re.Pattern[str], bool], ...]
    estimate: tuple[str, ...]
    target: tuple[str, ...]
    actual: tuple[str, ...]
    rate_rows: tuple[str, ...]  # endings of a row label naming a rate, no growth in a 年均 column
    decline_rows: tuple[str, ...]  # endings of a row label naming a fall (能耗降低), which its indicator drops
    growth_rows: tuple[str, ...]  # endings of a row label naming a growth (国内生产总值增长), which its indicator drops
    rank_aspects: frozenset[str]  # 增幅 of 增幅位次: the side of the indicator a rank column ranks
    period_words: tuple[str, ...]
    period_patterns: tuple[re.Pattern[str], ...]
    calendar_words: Mapping[str, str]  # 累计 → to_month, 当月 → month, 上年同期 → prior_to_month …
    calendar_year: re.Pattern[str]
    calendar_month: re.Pattern[str]  # the month in group ``m`` (3月份, 1-5月, 二月)
    calendar_lookback: int
    date_line: re.Pattern[str]  # 2024年1月 on a line of its own: the report's date, no table's calendar
    scope_words: frozenset[str]
    scope_pattern: re.Pattern[str]
    total_scopes: frozenset[str]  # 合计, 小计: a column or row adding the levels up, of no one level
    sub_columns: frozenset[str]
    generic_headers: frozenset[str]
    counted_column_ends: tuple[str, ...]  # 件数, 数量: a column counting something of the things of the rows
    unit: re.Pattern[str]
    figure: re.Pattern[str]
    magnitudes: tuple[str, ...]
    captions: tuple[re.Pattern[str], ...]
    caption_max: int
    caption_time: re.Pattern[str]  # 二〇二四年 at the head of a caption
    caption_places: re.Pattern[str]  # 各县区 at the head of a caption: the places its rows are
    caption_ending: re.Pattern[str]  # 完成情况表 closing a caption
    caption_generic: tuple[str, ...]  # endings of a caption that names no indicator (主要经济指标)
    total_rows: frozenset[str]  # 合计: a row of a table of items that sums them, named by the caption
    unit_line: re.Pattern[str]
    empty_cells: frozenset[str]
    ordinal: re.Pattern[str]
    row_number_headers: frozenset[str]  # 序号, 科目编码: the header of a first column that numbers or codes the rows
    row_number: re.Pattern[str]  # a cell of that column (1, 一, (一), 20101)
    group_headers: frozenset[str]  # 类别 before 指标: a first column of group headings, no labels
    sub_item: re.Pattern[str]
    group_heading: re.Pattern[str]  # 按经营地分 on a line of its own: how the rows below split the row above
    alias_note: re.Pattern[str]  # (简称“GDP”) at the end of a row label: no part of it
    footnote_mark: re.Pattern[str]  # [1], 〔2〕 at the end of a row label: a note's mark, no part of it
    max_cell_chars: int
    prose_marks: frozenset[str]
    min_single_cell_lines: int
    title_endings: tuple[str, ...]
    title_marks: frozenset[str]
    title_words: tuple[str, ...]
    va_caption_words: tuple[str, ...]
    va_measure: str
    va_named: tuple[str, ...]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def table_vocab() -> TableVocab:
    """Read and compile ``vocab/tables.json`` (cached).

    >>> table_vocab().unit.fullmatch("亿元") is not None
    True
    """
    raw = json.loads(resources.files("dhcheng_analysis.vocab").joinpath("tables.json").read_text("utf-8"))
    units = raw["units"]
    mags = tuple(units["magnitudes"])
    per = rf"/(?:{_alt(list(mags))})?(?:{_alt(extractor_cues().per_unit_words)})"  # 万吨/日: a unit given per another
    unit_re = re.compile(rf"(?P<pct>{_alt(units['percent'])})|(?P<mag>{_alt(list(mags))})?(?P<base>(?:{_alt(units['base'])})(?:{per})?)")
    return TableVocab(
        label_indicator=frozenset(raw["label_columns"]["indicator"]),
        label_scope=frozenset(raw["label_columns"]["scope"]),
        label_period=frozenset(raw["label_columns"]["period"]),
        unit_columns=frozenset(raw["unit_columns"]["words"]),
        text_columns=frozenset(raw["text_columns"]["words"]),
        measures=tuple((p["measure"], re.compile(p["pattern"]), bool(p["keep_name"]))
                       for p in raw["measures"]["patterns"]),
        estimate=tuple(raw["status"]["estimate"]),
        target=tuple(raw["status"]["target"]),
        actual=tuple(raw["status"]["actual"]),
        rate_rows=tuple(raw["measures"]["rate_rows"]),
        decline_rows=tuple(raw["measures"]["decline_rows"]),
        growth_rows=tuple(raw["measures"]["growth_rows"]),
        rank_aspects=frozenset(raw["rank_aspects"]["words"]),
        period_words=tuple(sorted(raw["period"]["words"], key=len, reverse=True)),
        period_patterns=tuple(re.compile(p) for p in raw["period"]["patterns"]),
        calendar_words=MappingProxyType(dict(raw["period"]["calendar"]["words"])),
        calendar_year=re.compile(raw["period"]["calendar"]["year"]),
        calendar_month=re.compile(raw["period"]["calendar"]["month"]),
        date_line=re.compile(raw["period"]["calendar"]["date_line"]),
        calendar_lookback=int(raw["period"]["calendar"]["lookback_chars"]),
        scope_words=frozenset(raw["scope"]["words"]),
        scope_pattern=re.compile(raw["scope"]["pattern"]),
        total_scopes=frozenset(raw["scope"]["totals"]),
        sub_columns=frozenset(raw["sub_columns"]["words"]),
        generic_headers=frozenset(raw["generic_headers"]["words"]),
        counted_column_ends=tuple(raw["counted_columns"]["ends"]),
        unit=unit_re,
        figure=re.compile(rf"\d[\d.,]*\s*(?:{unit_re.pattern})"),
        magnitudes=mags,
        captions=tuple(re.compile(p) for p in raw["captions"]["patterns"]),
        caption_max=int(raw["captions"]["max_chars"]),
        caption_time=re.compile(rf"^(?:{raw['period']['calendar']['year']})(?:{raw['caption_names']['time']})"),
        caption_places=re.compile(raw["caption_names"]["places"]),
        caption_ending=re.compile(raw["caption_names"]["ending"]),
        caption_generic=tuple(raw["caption_names"]["generic"]),
        total_rows=frozenset(raw["caption_names"]["total_rows"]),
        unit_line=re.compile(raw["unit_line"]["pattern"]),
        empty_cells=frozenset(raw["empty_cells"]["words"]),
        ordinal=re.compile(raw["row_labels"]["ordinal"]),
        row_number_headers=frozenset(raw["row_number_columns"]["words"]),
        row_number=re.compile(raw["row_number_columns"]["cell"]),
        group_headers=frozenset(raw["group_columns"]["words"]),
        sub_item=re.compile(raw["row_labels"]["sub_item"]),
        group_heading=re.compile(raw["row_labels"]["group_heading"]),
        alias_note=re.compile(raw["row_labels"]["alias_note"]),
        footnote_mark=re.compile(raw["row_labels"]["footnote_mark"]),
        max_cell_chars=int(raw["layout"]["max_cell_chars"]),
        prose_marks=frozenset(raw["layout"]["prose_marks"]),
        min_single_cell_lines=int(raw["layout"]["min_single_cell_lines"]),
        title_endings=tuple(raw["title_cells"]["endings"]),
        title_marks=frozenset(raw["title_cells"]["marks"]),
        title_words=tuple(raw["title_cells"]["words"]),
        va_caption_words=tuple(raw["value_added_tables"]["caption_words"]),
        va_measure=str(raw["value_added_tables"]["measure"]),
        va_named=tuple(raw["value_added_tables"]["named"]),
    )


# --------------------------------------------------------------------------- public types


@dataclass(frozen=True)
class Column:
    """One column of a table, typed from its header.

    Attributes
    ----------
    index : int
        Position in the row (0 is the row label).
    header : str
        Header text with spaces inside Chinese words removed; a merged parent cell and its child
        are joined by a space (``一般公共预算收入 当月``).
    parts : tuple[str, ...]
        The header levels, parent first.
    role : str
        ``label`` (row names), ``unit`` (unit of each row), ``value`` (figures) or ``text`` (remarks).
    measure : str
        ``level``, ``yoy_pct``, ``completion_pct``, ``rate_pct``, ``pp_diff``, ``abs_change`` for value
        columns; empty for the others.
    unit : str
        Unit word printed in the header (``亿元``, ``%``, ``个百分点``) or empty.
    status : str
        ``actual``, ``target``, ``estimate`` or empty (the header does not say).
    period : str
        Period words of the header as printed (``当月``, ``累计``, ``2021年``, ``1-5月``, ``上年同期``).
    scope : str
        A place or level of government named by the header (``北京市``, ``中央级``) or empty.
    indicator : str
        What the header names once measure, unit, status, period and scope words are read off
        (``一般公共预算收入``, ``税收比重``), or empty.
    comparator : str
        The whole a column of shares is printed against (``占全市比重%`` → ``全市``, ``占税收收入比重`` →
        ``税收收入``), or empty.
    aspect : str
        For a column of ranks, the side of the indicator it ranks (``增幅位次`` → ``增幅``), or empty.
    """

    index: int
    header: str
    parts: tuple[str, ...]
    role: str
    measure: str
    unit: str
    status: str
    period: str
    scope: str
    indicator: str
    comparator: str = ""
    aspect: str = ""


@dataclass(frozen=True)
class Row:
    """One data row.

    Attributes
    ----------
    label : str
        Row label with spaces inside Chinese words removed and the ordinal (``一、``, ``1.``) and
        sub-item (``其中:``) prefixes read off.
    label_span : tuple[int, int]
        Offsets of the label (after those prefixes) in the text; ``(-1, -1)`` when blank.
    ordinal : str
        The ordinal or budget-class code before the label as printed (``一、``, ``(1)``, ``201``), or empty.
    parent : str
        For a sub-item (``其中:税收收入``, or a label indented deeper than its neighbours) the label
        of the nearest row above that is not one; else empty.
    unit : str
        The row's unit cell, or a unit in parentheses at the end of the label (``收入(万元)``).
    cells : tuple[tuple[int, int, int], ...]
        ``(column index, start, end)`` of each numeric cell; the span covers sign, digits and a
        printed ``%``.
    values : tuple[Decimal, ...]
        The printed number of each cell of ``cells`` with its sign, not scaled.
    percents : tuple[str, ...]
        The percent sign printed in each cell of ``cells`` (``%``, ``‰``) or empty.
    texts : tuple[tuple[int, int, int], ...]
        ``(column index, start, end)`` of the non-numeric, non-empty cells of value columns (a
        sentence written into the table); the table reader claims no figure in them.
    complete : bool
        False for a row cut short by the end of the text.
    summed : tuple[int, ...]
        The columns whose cell in this row is a figure in brackets (``[14]``, ``〔6〕``): by the convention of a
        plan's table, a sum or a cumulative change over the years of the plan, not a figure of one year.
    item : str
        In a table with a second label column (``| 地区 | 项目 | 累计 | 增幅% |``, see ``Table.item_role``) the
        label of that column, read as ``label`` is; else empty.  A blank first label cell there is the label of
        the row above (the place printed once over the rows of its items).
    """

    label: str
    label_span: tuple[int, int]
    ordinal: str
    parent: str
    unit: str
    cells: tuple[tuple[int, int, int], ...]
    values: tuple[Decimal, ...]
    percents: tuple[str, ...]
    texts: tuple[tuple[int, int, int], ...]
    complete: bool
    item: str = ""
    summed: tuple[int, ...] = ()


@dataclass(frozen=True)
class Table:
    """A table found in the text.

    Attributes
    ----------
    start, end : int
        Offsets of the table (its caption or unit line included) in the text.
    body_start : int
        Offset of the first data row: ``[start, body_start)`` holds the caption, the unit line and
        the header (whose years and numbers are no figures).
    caption : str
        Caption above the table or before its first cell (``表一:地区生产总值``), spaces removed.
    unit : str
        Unit of a unit line (``单位:万元`` → ``万元``) above the table, in its caption or in a
        header row; empty when there is none.
    label_role : str
        ``indicator`` when the row labels name what is measured; ``scope`` when they name places
        or units of government, ``period`` when they name years or months (the indicator then
        comes from the column headers).
    columns : tuple[Column, ...]
    rows : tuple[Row, ...]
    complete : bool
        False when the text ends inside the table.
    row_numbers : tuple[tuple[int, int], ...]
        Spans of the numbers that number or code the rows: the cells of a first column headed so
        (``| 序号 | 指标 | …``, ``| 科目编码 | 科目名称 | …``) and the ordinals and codes before the labels
        (``(1)增值税``, ``201一般公共服务支出``): no figures.
    item_role : str
        The role of a second label column (``indicator`` under 项目 or 指标 beside a first column of places,
        ``scope``, ``period``), whose words each row gives as ``Row.item``; empty when the table has none.
    unplaced : tuple[tuple[int, int], ...]
        Spans of the figures of a row broken over lines that no column takes (their place left open by the
        row's sums, see :func:`_placed_row`): no figures.
    """

    start: int
    end: int
    body_start: int
    caption: str
    unit: str
    label_role: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    complete: bool
    row_numbers: tuple[tuple[int, int], ...] = ()
    item_role: str = ""
    unplaced: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class CellFigure:
    """A numeric table cell with everything a fact needs.

    Attributes
    ----------
    start, end : int
        Offsets of the figure as printed (sign, digits and a printed ``%``).
    value : Decimal
        The printed number with its sign, not scaled.
    row, column : int
        Indices into ``table.rows`` and ``table.columns``.
    indicator : str
        The row label (``label_role == 'indicator'``) or the column's indicator (``'scope'``).
    label : str
        The row label as read (also when it is the scope).
    parent : str
        The label of the row this one is a sub-item of, or empty.
    measure : str
        ``level``, ``yoy_pct``, ``completion_pct``, ``rate_pct``, ``pp_diff`` or ``abs_change``.
    unit : str
        Raw unit to apply (``亿元``, ``万元``, ``%``, ``个百分点``, ``万人``) or empty.
    magnitude, base_unit : str
        ``unit`` split into a key of :data:`numbers.MAGNITUDES` and the rest (``亿元`` → ``亿``,
        ``元``); both empty when there is no unit.
    status : str
        ``actual``, ``target``, ``estimate`` from the column header (a change column without its own: that of
        the level column on its left), or empty (not said).
    period : str
        Period words of the column header, or empty.
    scope : str
        Column scope (``西城区``) or, in a table of places, the row label.
    comparator : str
        The whole the column's shares are of (``全市`` under ``占全市比重%``), or empty.
    flags : tuple[str, ...]
        ``table_cell`` always; ``sub_item`` (row under 其中), ``no_unit`` (a level without any
        unit), ``unit_from_table`` (unit from the unit line), ``indicator_from_header`` (table of
        places), ``row_cut`` (row cut short by the end of the text).
    """

    start: int
    end: int
    value: Decimal
    row: int
    column: int
    indicator: str
    label: str
    parent: str
    measure: str
    unit: str
    magnitude: str
    base_unit: str
    status: str
    period: str
    scope: str
    flags: tuple[str, ...]
    comparator: str = ""


# --------------------------------------------------------------------------- cells


@dataclass(frozen=True)
class _Cell:
    start: int  # trimmed span in the text
    end: int
    key: str  # normalised text with all spaces removed
    kind: str  # num, empty, text
    line: int  # index of the line in the region
    led: bool  # the empty segment before the first | of a line that starts with |
    indent: int  # leading spaces of the raw segment
    tail: tuple[int, int] = (0, 0)  # the rest of a row label set on the line below its row (see :func:`_lines`)


@dataclass
class _Line:
    start: int
    end: int
    cells: list[_Cell]
    led: bool  # starts with |
    lead: tuple[int, int] | None = None  # prose before the first | (only on a region's first line)


def _collapse(s: str) -> str:
    """Spaces removed except between two Latin letters or digits (指 标 名 称 → 指标名称)."""
    if not s or not SPACE.search(s):
        return s
    return re.sub(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])", "", s.strip())


def _kind(key: str, v: TableVocab) -> str:
    if not key or key in v.empty_cells:
        return "empty"
    m = NUMBER.fullmatch(key)
    return "num" if m else "text"


def _is_prose(key: str, v: TableVocab) -> bool:
    return len(key) > 2 * v.max_cell_chars or (len(key) > v.max_cell_chars // 2 and any(c in v.prose_marks for c in key))


def _split_line(norm: str, a: int, b: int, li: int, v: TableVocab, last: bool = False,
                goes_on: bool = False, whole: bool = False, tail: tuple[int, int] = (0, 0)) -> _Line | None:
    """Cells of one line: each segment closed by a ``|``, and a last unclosed segment when it is not
    blank and not cut by the end of the text (``last``). A line that ``goes_on`` with the row above
    (a tab row without its label, see :func:`_tab_cells`) is read as if it started with a ``|``; a
    ``whole`` line (a cell of a table printed one cell a line, see :func:`documents.table_cell_lines`) is one cell."""
    line = norm[a:b]
    cuts = [i for i, ch in enumerate(line) if ch == "|"]
    if not cuts and not goes_on and not whole:
        return None
    led = bool(cuts) and line[:cuts[0]].strip() == ""
    bounds = list(zip([0] + [c + 1 for c in cuts[:-1]], cuts, strict=True)) if cuts else []
    rest = cuts[-1] + 1 if cuts else 0
    if line[rest:].strip() and (not last or goes_on or whole):
        bounds.append((rest, len(line)))
    out: list[_Cell] = []
    for x, y in bounds:
        seg = line[x:y]
        stripped = seg.strip()
        lo = x + (len(seg) - len(seg.lstrip()))
        key = _collapse(stripped).replace(" ", "")
        indent = len(seg) - len(seg.lstrip(" \t\u3000"))
        out.append(_Cell(a + lo, a + lo + len(stripped), key, _kind(key, v), li, False, indent))
    if tail[1] > tail[0] and out and not led:
        c = out[0]
        key = c.key + _collapse(norm[tail[0]:tail[1]].strip()).replace(" ", "")
        out[0] = _Cell(c.start, c.end, key, _kind(key, v), li, False, c.indent, tail)
    if whole and not out:
        out.append(_Cell(a, a, "", "empty", li, False, 0))  # a blank cell of a table printed one cell a line
    if led:
        out[0] = _Cell(out[0].start, out[0].end, "", "empty", li, True, 0)
    elif goes_on:
        out.insert(0, _Cell(a, a, "", "empty", li, True, 0))
        led = True
    return _Line(a, b, out, led)


def _lines(norm: str) -> tuple[list[tuple[int, int]], dict[int, tuple[int, int]]]:
    """The lines of ``norm`` as spans (wrapped labels and rows joined), and the rest of each row label set on
    the line below its row, by the start of the row (see :func:`_label_heads_joined`)."""
    spans, pos = [], 0
    for part in norm.split("\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    joined, tails = _label_heads_joined(norm, spans)
    return _unwrapped(norm, joined), tails


_LABEL_HEAD = re.compile(r"[^\d|\t\n,，。;；:：!！?？]{1,12}")  # words with no digit, cell mark or clause mark
_ROW_WITH_LABEL = re.compile(r"[^|\s][^|]*\|[^\n]*\d")  # a row that opens with its label and holds a digit
_ROW_OPENS_WITH_LABEL = re.compile(r"[^|\s][^|]*\|")  # a row that opens with its label


def _label_heads_joined(norm: str, spans: list[tuple[int, int]]
                        ) -> tuple[list[tuple[int, int]], dict[int, tuple[int, int]]]:
    """A row label wrapped in its cell reaches the text as a line of its own above the row (``地区生`` ⏎
    ``产总值 | 亿元 | 91.3 | 7.5 |``): a short line of words (no digit, no ``|``, no clause mark) between two
    lines of cells, the one below opening with its label and holding a figure, is joined to that line. Not in
    a table whose last row is followed by such a line: there the copy set the rest of each label below its row
    (``非营利性 | 亿元 | 15.5 | 4.2 |`` ⏎ ``服务业``), and a line between two rows is the tail of the row above:
    it goes into the tails returned, under the start of that row, and out of the lines."""
    tails: dict[int, tuple[int, int]] = {}
    if len(spans) < 3:
        return spans, tails
    out: list[tuple[int, int]] = []
    tails_to = -1  # the lines up to this one belong to a table that sets the rest of its labels below its rows
    k = 0
    while k < len(spans):
        a, b = spans[k]
        if (k <= tails_to and out and out[-1][0] not in tails and _ROW_WITH_LABEL.match(norm, *out[-1])
                and _is_label_piece(norm, a, b)):
            tails[out[-1][0]] = (a, b)
            k += 1
            continue
        if (k > tails_to and out and k + 1 < len(spans) and "|" in norm[out[-1][0]:out[-1][1]]
                and _is_label_piece(norm, a, b) and _ROW_WITH_LABEL.match(norm, *spans[k + 1])):
            tails_to = _tails_below(norm, spans, k)
            if k <= tails_to:
                continue  # (read again as the tail of the row above)
            out.append((a, spans[k + 1][1]))
            k += 2
            continue
        out.append((a, b))
        k += 1
    return out, tails


def _is_label_piece(norm: str, a: int, b: int) -> bool:
    return (bool(norm[a:b].strip()) and _LABEL_HEAD.fullmatch(norm, a, b) is not None
            and not table_vocab().group_heading.fullmatch(norm[a:b].strip()))


def _tails_below(norm: str, spans: list[tuple[int, int]], k: int) -> int:
    """The last line of the table whose line ``k`` is a piece of a wrapped label, when its last row (opening with
    its label, with a figure or only words: 完成市级下达目标) is followed by such a piece (the table sets the rest
    of its labels below its rows); -1 otherwise."""
    j = k
    while j + 1 < len(spans) and ("|" in norm[spans[j + 1][0]:spans[j + 1][1]] or _is_label_piece(norm, *spans[j + 1])):
        j += 1
    if "|" not in norm[spans[j][0]:spans[j][1]] and j > k and _ROW_OPENS_WITH_LABEL.match(norm, *spans[j - 1]):
        return j
    return -1


def _printed_width(line: str) -> int:
    """Two columns for a Chinese character (any non-ASCII character), one else."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def _open_tail(norm: str, a: int, b: int) -> str:
    """The text after the last ``|`` of a line that does not end with one (a cell the line leaves open)."""
    line = norm[a:b].rstrip()
    return "" if not line or line.endswith("|") else line[line.rfind("|") + 1:].strip()


def _unwrapped(norm: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines of a table broken at a fixed width joined back into one span each.

    In a run of ``|`` lines most of which end with ``|`` (a table closed on the right), a line
    that leaves a cell open goes on in the next line: the cell is closed by the ``|`` the next
    line starts with (``… | 县乡级`` ⏎ ``| 合 计 | …``), or the next line's first piece is the rest
    of its words (``… | 占计`` ⏎ ``划% | …``). A figure cut in two is left as it is (a break
    between two digits cannot be told from a gap between two figures).  When such a line is as
    wide as the widest line of the table (the table was broken at that width), a header line of the
    same width that ends with ``|`` goes on in the next line too, unless that line starts with
    ``|`` (``… | 累计完成数 |`` ⏎ `` 累计完成数 | 占计划% | …``)."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(spans)
    while i < n:
        j = i
        while j < n and "|" in norm[spans[j][0]:spans[j][1]]:
            j += 1
        if j == i:
            out.append(spans[i])
            i += 1
            continue
        block = spans[i:j]
        tails = [_open_tail(norm, a, b) for a, b in block]
        closed = sum(1 for (a, b), t in zip(block, tails, strict=True) if not t and norm[a:b].strip())
        if closed < 2 or 2 * closed < len(block) or not any(tails[:-1]):
            out += block
            i = j
            continue
        widths = [_printed_width(norm[a:b].rstrip()) for a, b in block]
        full = max(widths) - 4
        # broken at a width: a line of that width (not the last) leaves a cell open
        at_width = full >= 36 and any(w >= full and t for w, t in zip(widths[:-1], tails[:-1], strict=True))
        out.append(block[0])
        for k, (a, b) in enumerate(block[1:]):
            tail, (pa, pb) = tails[k], block[k]  # of the line above (not of the lines joined so far)
            head = norm[a:norm.find("|", a, b)].strip()
            if tail and (not head or (NUMBER.fullmatch(tail) is None and NUMBER.fullmatch(head) is None)):
                out[-1] = (out[-1][0], b)
            elif at_width and not tail and head and widths[k] >= full and not any(
                    NUMBER.fullmatch(c.strip()) for c in norm[pa:pb].split("|")):
                out[-1] = (out[-1][0], b)  # a header line broken at the width, just after a |
            else:
                out.append((a, b))
        i = j
    return out


# --------------------------------------------------------------------------- regions


def _continues(ln: _Line, run: list[_Line]) -> bool:
    """After a page number, ``ln`` goes on with the table ``run`` before it: a row that holds a figure, a
    line of empty cells (``|``: the row above goes on), or any cell of a table printed one cell a line (a
    new table opens with its caption or header; a repeated header row is dropped by the caller)."""
    if any(c.kind == "num" for c in ln.cells) or all(c.kind == "empty" for c in ln.cells):
        return True
    return len(ln.cells) == 1 and len(run) >= _STREAM_RUN and all(len(r.cells) == 1 for r in run[-_STREAM_RUN:])


_STREAM_RUN = 4  # lines of one cell each before a page number that make a table printed one cell a line


def _repeats_header(ln: _Line, run: list[_Line]) -> bool:
    return [c.key for c in ln.cells] == [c.key for c in run[0].cells]


def _regions(norm: str, v: TableVocab, tab_rows: Mapping[int, bool] | None = None,
             cell_lines: frozenset[int] = frozenset()) -> list[list[_Line]]:
    """Runs of consecutive lines with ``|`` cells; a line with a prose cell ends a run, except that
    prose before the first ``|`` of a run's first line is its lead-in (caption and all).

    A page number between two rows (text copied from a printed report: ``- 3 -`` on a line of its
    own, blank lines around it) does not end the run when the row after it goes on with the table;
    the header row the next page repeats is dropped. Blank lines between rows (a copy that spaces every line
    apart) end no run either: before its first figure the run is still its header (over a page number too),
    and after it a line of
    cells goes on with the table when it holds a figure, goes on with the row above or has as many cells as
    a row of the run. ``tab_rows`` holds the starts of the lines read
    from tab rows, each with whether it goes on with the row above (see :func:`_tab_cells`); the
    last cell of such a line is never one cut by the end of the text (a tab row has no closing mark).
    ``cell_lines`` holds the starts of the lines read as one cell each (:func:`documents.table_cell_lines`)."""
    tab_rows = tab_rows or {}
    spans, tails = _lines(norm)
    end_of_text = len(norm.rstrip())
    regions: list[list[_Line]] = []
    run: list[_Line] = []
    gap = ""  # since the run's last row: "" none, "blank" blank lines only, "page" a page number
    for a, b in spans:
        on = tab_rows.get(a, False)
        whole = a in cell_lines
        last = b >= end_of_text and a not in tab_rows
        if run and not on and not whole and "|" not in norm[a:b]:
            if not norm[a:b].strip():
                gap = gap or "blank"
                continue
            tv = token_views()
            if tv.page_number.match(norm, a - 1, b) or (  # the line after its line break; a bare number with a blank
                    (mb := tv.page_number_bare.match(norm, a - 1)) and mb.end() == b  # line beside it (⏎⏎3⏎)
                    and (gap or lines_beside(norm, a - 1, b)[3] != b)):
                gap = "page"
                continue
        tail = tails.get(a, (0, 0))
        ln = (_split_line(norm, a, b, len(run), v, last, on, whole, tail) if on or whole or "|" in norm[a:b]
              else None)
        if gap and run:
            if gap == "page" and ln is not None and ln.cells and _repeats_header(ln, run):
                gap = ""
                continue
            if not (ln is not None and ln.cells and (
                    _continues(ln, run) and (gap == "page" or ln.led or any(len(r.cells) == len(ln.cells) for r in run))
                    or not any(c.kind == "num" for r in run for c in r.cells))):
                regions.append(run)
                run = []
                ln = _split_line(norm, a, b, 0, v, last, on, whole, tail) if ln is not None else None
        gap = ""
        if ln is not None and ln.cells:
            prose = [i for i, c in enumerate(ln.cells) if _is_prose(c.key, v)]
            title = not run and not prose and not ln.led and len(ln.cells) > 2 and _is_title(ln.cells[0],
                                                                                            ln.cells[1], v)
            if (prose == [0] or title) and not ln.led and len(ln.cells) > 2:
                # prose or a title, then cells: the lead-in of a new region
                if run:
                    regions.append(run)
                first = ln.cells[0]
                ln = _Line(ln.start, ln.end, [_Cell(c.start, c.end, c.key, c.kind, 0, c.led, c.indent, c.tail)
                                              for c in ln.cells[1:]], False, (first.start, first.end))
                run = [ln]
                continue
            if not prose:
                run.append(ln)
                continue
        if run:
            regions.append(run)
        run = []
    if run:
        regions.append(run)
    return regions


def _is_title(cell: _Cell, after: _Cell, v: TableVocab) -> bool:
    """The first cell of a table's first line is its title, not a column (see ``title_cells`` of the
    vocabulary): ``二〇二四年二月大口径财政收入执行情况表 | 预 算 科 目 | …``, ``…情况如下: …情况表 | …``."""
    key = cell.key
    if cell.kind != "text" or after.kind != "text" or v.unit_line.match(key) or v.sub_item.match(key):
        return False
    return bool(key.endswith(v.title_endings) or v.captions[0].search(key)
                or any(c in v.title_marks for c in key) or any(w in key for w in v.title_words))


# --------------------------------------------------------------------------- headers


@dataclass(frozen=True)
class _Head:
    measure: str
    unit: str
    status: str
    period: str
    scope: str
    indicator: str
    comparator: str = ""
    aspect: str = ""


def _unit_in(key: str, v: TableVocab, alone: bool = True) -> tuple[str, str]:
    """(unit, rest): a unit in parentheses or a trailing percent sign of a header, or (``alone``) a header that is a
    unit alone (the row of units under a yearbook's header: ``绝对数`` over ``亿元``)."""
    if alone and key and v.unit.fullmatch(key):
        return key, ""
    m = v.unit_line.search(key)
    if m and v.unit.fullmatch(m.group(1)):
        return m.group(1), key[:m.start()] + key[m.end():]
    for p in PARENS.finditer(key):
        inner = p.group(1)
        if v.unit.fullmatch(inner):
            return inner, key[:p.start()] + key[p.end():]
    if key.endswith(("%", "‰")):
        return key[-1], key
    if key.endswith("百分点"):
        return "个百分点", key
    return "", key


def _read_header(key: str, v: TableVocab, alone: bool = True) -> _Head:
    """Measure, unit, status, period, scope and indicator of one header cell (``alone``: a cell that is a unit alone
    gives its column's unit)."""
    unit, _ = _unit_in(key, v, alone)
    measure = comparator = ""
    name = key
    for meas, pat, keep in v.measures:
        m = pat.search(key)
        if m and m.group():
            measure = meas
            comparator = (m.groupdict().get("whole") or "").strip("的")  # 占全市比重%: a share of 全市
            if not keep:
                name = key[:m.start()] + " " * (m.end() - m.start()) + key[m.end():]
            break
    _, name = _unit_in(name.replace(" ", ""), v)
    if measure in ("yoy_pct", "") and unit in ("个百分点", "百分点"):
        measure = "pp_diff"  # 比上年增减(个百分点)
    elif measure == "yoy_pct" and unit and unit not in ("%", "‰"):
        measure = "abs_change"  # 比上年增减(万元)
    if measure in ("yoy_pct", "completion_pct", "rate_pct", "change_pct") and not unit:
        unit = "%"
    if measure == "pp_diff":
        unit = "个百分点"
    status = ""
    for st, words in (("estimate", v.estimate), ("target", v.target), ("actual", v.actual)):
        w = next((w for w in words if w in name), None)
        if w:
            status = st
            break
    periods: list[tuple[int, str]] = []
    for pat in v.period_patterns:
        for m in pat.finditer(name):
            periods.append((m.start(), m.group()))
            name = name[:m.start()] + " " * len(m.group()) + name[m.end():]
    for w in v.period_words:
        i = name.find(w)
        if i >= 0:
            periods.append((i, w))
            name = name[:i] + " " * len(w) + name[i + len(w):]
    period = "".join(p for _, p in sorted(periods))
    name = name.replace(" ", "")
    scope = ""
    if name in v.scope_words or v.scope_pattern.match(name):
        scope, name = name, ""
    for words in (v.estimate, v.target, v.actual):
        for w in words:
            name = name.replace(w, "")
    name = re.sub(r"[(（][)）]|[(（)）%‰:：]", "", name).strip("的")
    aspect = ""
    if measure == "rank" and name in v.rank_aspects:
        aspect, name = name, ""  # 增幅位次: the rank of the growth of the indicator beside it
    if name in v.generic_headers or len(name) < 2:
        name = ""
    return _Head(measure, unit, status, period, scope, name, comparator, aspect)


def _group_score(key: str, index: int, dup: bool, v: TableVocab) -> int:
    """How much a parent header cell looks like a merged cell over sub-columns."""
    if index == 0 or key in v.unit_columns or key in v.text_columns or key in v.sub_columns:
        return -9
    head = _read_header(key, v)
    score = 3 if dup else 0
    if head.measure or head.unit:
        score -= 3
    if head.scope:
        score += 2
    return score + 1


def _merge_dups(cells: list[str]) -> tuple[list[str], list[bool]]:
    out: list[str] = []
    dup: list[bool] = []
    for c in cells:
        if out and c == out[-1]:
            dup[-1] = True
            continue
        out.append(c)
        dup.append(False)
    return out, dup


def _split_children(children: list[str], g: int) -> list[list[str]] | None:
    """Split the child header cells among g merged parents, in order: one parent takes them all;
    several parents take equal runs that repeat the same words (当月 累计 … 当月 累计 …)."""
    if g == 1:
        return [children]
    if len(children) % g:
        return None
    k = len(children) // g
    runs = [children[i * k:(i + 1) * k] for i in range(g)]
    return runs if all(r == runs[0] for r in runs) else None


def _combine_compact(parents: list[str], children: list[str], width: int,
                     v: TableVocab) -> tuple[list[tuple[str, ...]], int] | None:
    """Two header rows where merged cells are printed once and rows are padded at the end.

    Returns the header parts of each of ``width`` columns and a plausibility score, or None."""
    pn, dup = _merge_dups([p for p in parents if p])
    cn = [c for c in children if c]
    g = len(pn) - (width - len(cn))
    if not pn or g < 1 or g >= len(pn) or len(cn) < g:
        return None
    scores = [_group_score(p, i, d, v) for i, (p, d) in enumerate(zip(pn, dup, strict=True))]
    order = sorted(range(len(pn)), key=lambda i: (-scores[i], i))
    groups = sorted(order[:g])
    if any(scores[i] < 0 for i in groups):
        return None
    split = _split_children(cn, g)
    if split is None:
        return None
    cols: list[tuple[str, ...]] = []
    it = iter(split)
    for i, p in enumerate(pn):
        if i in groups:
            cols += [(p, c) for c in next(it)]
        else:
            cols.append((p,))
    if len(cols) != width:
        return None
    score = sum(scores[i] for i in groups) + sum(1 if c in v.sub_columns else -1 for c in cn)
    score -= sum(2 for p in pn[1:] if p in v.sub_columns)
    return cols, score


def _combine(parents: list[str], children: list[str], width: int, v: TableVocab) -> list[tuple[str, ...]]:
    """Header parts of each column from a parent row over a child row."""
    parents = parents + [""] * (width - len(parents))
    children = children + [""] * (width - len(children))
    nonempty = [i for i, p in enumerate(parents) if p]
    interior_gap = any(not parents[i] for i in range(1, (nonempty[-1] if nonempty else 0)))
    if not interior_gap:
        got = _combine_compact(parents, children, width, v)
        if got is not None:
            return got[0]
    # positional: a parent spans the empty placeholders after it
    span_of = [""] * width
    multi: list[int] = []
    for k, i in enumerate(nonempty):
        stop = nonempty[k + 1] if k + 1 < len(nonempty) else width
        span_of[i:stop] = [parents[i]] * (stop - i)
        if stop - i > 1:
            multi += range(i, stop)
    cn = [c for c in children if c]
    if cn and len(cn) == len(multi) and children[:len(cn)] == cn:
        assigned = dict(zip(multi, cn, strict=True))  # the child row holds only the spanned columns
    else:
        assigned = {i: children[i] for i in range(width) if children[i]}  # the child row is full width
    return [tuple(x for x in (span_of[i], assigned.get(i, "")) if x) for i in range(width)]


def _split_flat_header(cells: list[str], width: int, v: TableVocab) -> list[tuple[str, ...]]:
    """Header cells printed in one run (one per line, or parent and child row on one line)."""
    if len(cells) <= width:
        return [(c,) if c else () for c in cells + [""] * (width - len(cells))]
    best: tuple[int, list[tuple[str, ...]]] | None = None
    for p in range(2, len(cells)):
        got = _combine_compact(cells[:p], cells[p:], width, v)
        if got is not None and (best is None or got[1] > best[0]):
            best = (got[1], got[0])
    if best is not None:
        return best[1]
    return [(c,) if c else () for c in cells[-width:]]


# --------------------------------------------------------------------------- table assembly


def _period_width(cells: list[_Cell], v: TableVocab) -> int:
    """Row width read off the data: the usual distance between two row labels (a text cell after a
    number or an empty cell)."""
    starts = [0]
    for i in range(1, len(cells)):
        c, prev = cells[i], cells[i - 1]
        if c.kind == "text" and prev.kind in ("num", "empty") and not v.unit.fullmatch(c.key):
            starts.append(i)
    gaps = Counter(b - a for a, b in zip(starts, starts[1:], strict=False) if b - a >= 2)
    if not gaps:
        return 0
    top = gaps.most_common()
    best = max(n for _, n in top)
    return min(g for g, n in top if n == best)


def _first_number(cells: list[_Cell], by_line: dict[int, _Line], stream: bool) -> int:
    """Index of the first figure: not a year printed among header words, nor a year that labels a row."""
    for i, c in enumerate(cells):
        if c.kind != "num":
            continue
        if YEAR_ONLY.fullmatch(c.key):
            ln = by_line[c.line]
            same = [x for x in ln.cells if x.kind != "empty"]
            if len(same) >= 2 and all(x.kind == "text" or YEAR_ONLY.fullmatch(x.key) for x in same):
                continue  # | 指标 | 2022 | 2023 |
            if not stream and not ln.led and ln.cells[0] is c and len(ln.cells) > 1:
                return i + 1 if i + 1 < len(cells) and cells[i + 1].kind == "num" else i  # | 2019 | 100 |
        return i
    return -1


def _caption_above(norm: str, text: str, start: int, v: TableVocab) -> tuple[str, str, int]:
    """(caption, unit, start) read from up to two non-blank lines just above ``start``."""
    caption, unit, first = "", "", start
    pos = start
    for _ in range(3):
        if pos <= 0:
            break
        a = norm.rfind("\n", 0, max(pos - 1, 0)) + 1
        seg = norm[a:pos].strip()
        if not seg:
            pos = a - 1 if a > 0 else 0
            if a == 0:
                break
            continue
        key = _collapse(seg).replace(" ", "")
        mu = v.unit_line.search(key)
        if mu and not unit and len(key) <= v.caption_max and (mu.start() == 0 or key.startswith(("(", "（"))):
            unit, first = mu.group(1), a
            pos = a - 1
            continue
        if not caption and _is_caption(key, v):
            caption, first = _collapse(text[a:pos].strip()), a
            if mu and not unit:
                unit = mu.group(1)
        elif not caption:
            caption, first = _caption_after_prose(norm, text, a, pos, v) or ("", first)
        break
    return caption, unit, first


def _caption_after_prose(norm: str, text: str, a: int, b: int, v: TableVocab) -> tuple[str, int] | None:
    """(caption, start) of a numbered or ``…表`` caption run onto the end of a prose line (a copy whose
    lines were joined: ``…调整为6.7∶24.9∶68.4。表一: 地 区 生 产 总 值``), or None."""
    cut = max(norm.rfind(c, a, b) for c in "。!?；;！？")
    if cut < 0:
        return None
    start = cut + 1
    while start < b and norm[start].isspace():
        start += 1
    key = _collapse(norm[start:b].strip()).replace(" ", "")
    if not key or len(key) > v.caption_max or v.figure.search(key) or not (
            v.captions[0].search(key) or key.endswith(v.title_endings)):
        return None
    return _collapse(text[start:b].strip()), start


def _is_caption(key: str, v: TableVocab) -> bool:
    """A caption: 表N…, or a short line that ends in no punctuation, starts with no heading ordinal
    and states no figure (``2023年主要指标完成情况``, ``…执行情况表``)."""
    if not key or len(key) > v.caption_max or "|" in key:
        return False
    if v.captions[0].search(key):
        return True
    if key[-1] in "。;:!?；：！？,，" or v.figure.search(key):
        return False
    if any(p.search(key) for p in v.captions[1:]):
        return True
    return not CLAUSE_END.search(key) and not v.ordinal.match(key)


def _below_captions(norm: str, cell_lines: frozenset[int], v: TableVocab) -> frozenset[int]:
    """The lines of tables printed one cell a line without the captions and unit lines that open them (``表一:
    地区生产总值``, ``…情况表``, ``单位:亿元``; not ``…指标``, a header's word too): those are read above the table,
    as above a table of ``|`` rows."""
    drop: set[int] = set()
    opening, prev_end = False, -2  # the lines read so far are all captions of the table; where the last one ends
    for a in sorted(cell_lines):
        e = norm.find("\n", a)
        e = len(norm) if e < 0 else e
        opening = opening or a != prev_end + 1
        key = _collapse(norm[a:e].strip()).replace(" ", "")
        if opening and (any(p.search(key) for p in v.captions[:2]) or v.unit_line.search(key)):
            drop.add(a)
        else:
            opening = False
        prev_end = e
    return cell_lines - drop if drop else cell_lines


def _lead_caption(norm: str, text: str, lead: tuple[int, int], v: TableVocab) -> tuple[str, int]:
    """The caption at the end of the prose before a table's first cell."""
    a, b = lead
    seg = norm[a:b]
    cut = max(seg.rfind(c) for c in "。;:!?；：！？")
    tail_start = a + cut + 1
    while tail_start < b and norm[tail_start].isspace():
        tail_start += 1
    if cut < 0:
        wrapped = _wrapped_title_start(norm, tail_start, v)
        if len(_collapse(norm[wrapped:b]).replace(" ", "")) <= v.caption_max:
            tail_start = wrapped
    key = _collapse(norm[tail_start:b]).replace(" ", "")
    if key and len(key) <= v.caption_max:
        return _collapse(text[tail_start:b].strip()), tail_start
    return "", -1


def _wrapped_title_start(norm: str, a: int, v: TableVocab) -> int:
    """Where a title that starts a line begins when a fixed-width break cut it from the line above
    (``…如下: 二〇二四年二月大口径财政收入执行`` ⏎ ``情况表 | 预 算 科 目 | …``): the end of that line after
    its last clause mark, when the line is cut prose: no ``|``, no clause end at its end, and at least
    as wide as the line the title starts (not a heading above the table); else ``a``."""
    line_start = norm.rfind("\n", 0, a) + 1
    if line_start == 0 or norm[line_start:a].strip():
        return a
    prev_start = norm.rfind("\n", 0, line_start - 1) + 1
    prev = norm[prev_start:line_start - 1].rstrip()
    line_end = norm.find("\n", a)
    line = norm[line_start:line_end if line_end >= 0 else len(norm)].rstrip()
    if not prev or "|" in prev or CLAUSE_END.search(prev[-1]) or prev[-1] in ",，" or _printed_width(
            prev) < _printed_width(line) - 4:
        return a
    cut = max(prev.rfind(c) for c in "。;:!?；：！？,，")
    start = prev_start + cut + 1
    while start < a and norm[start].isspace():
        start += 1
    return a if v.figure.search(norm, start, line_start) else start


def _label_of(text: str, cell: _Cell, v: TableVocab) -> tuple[str, tuple[int, int], str, bool, str]:
    """(label, span, ordinal, sub-item, unit) of a row label cell."""
    if cell.kind == "empty" or cell.start >= cell.end:
        return "", (-1, -1), "", False, ""
    raw = text[cell.start:cell.end] + text[cell.tail[0]:cell.tail[1]].strip()  # a label and the rest below its row
    norm_raw = normalize(raw)
    a = 0
    ordinal = ""
    m = v.ordinal.match(norm_raw)
    if m and m.end() < len(norm_raw):
        ordinal = raw[:m.end()].strip()
        a = m.end()
    sub = False
    ms = v.sub_item.match(norm_raw, a)
    if ms and ms.end() < len(norm_raw):
        sub = True
        a = ms.end()
    b = len(raw)
    if norm_raw.rstrip()[-1:] in "]〕］" and (mf := v.footnote_mark.search(norm_raw, a)) and mf.start() > a:
        b = mf.start()  # 研发经费投入强度(%)[1]: the note's mark is no part of the label, nor hides its unit
        norm_raw = norm_raw[:b]
    if (ma := v.alias_note.search(norm_raw, a)) and ma.start() > a:
        b = ma.start()  # 地区生产总值 (简称“GDP”): the short name is no part of the label
        norm_raw = norm_raw[:b]
    unit = ""
    mp = re.search(r"[(（]([^()（）]{1,10})[)）]\s*$", norm_raw[a:])
    if mp:
        inner = _collapse(mp.group(1)).replace(" ", "")
        mu = v.unit_line.fullmatch(inner)
        if mu:
            inner = mu.group(1)
        if v.unit.fullmatch(inner):
            unit = inner
            b = a + mp.start()
    while b > a and raw[b - 1].isspace():
        b -= 1
    label = _collapse(raw[a:b])
    return label, (cell.start + a, min(cell.start + b, cell.end)), ordinal, sub, unit


def _column_role(index: int, parts: tuple[str, ...], values: list[_Cell], v: TableVocab) -> str:
    if index == 0:
        return "label"
    key = parts[-1] if parts else ""
    if key in v.unit_columns or (parts and parts[0] in v.unit_columns):
        return "unit"
    if parts and (parts[0] in v.text_columns or key in v.text_columns):
        return "text"
    filled = [c for c in values if c.kind != "empty"]
    if filled and not any(c.kind == "num" for c in filled) and sum(
            1 for c in filled if v.unit.fullmatch(c.key)) >= 0.8 * len(filled):
        return "unit"
    return "value"


def _clean_lines(lines: list[_Line]) -> list[_Line]:
    """Drop markdown rule lines and, in a table whose every line starts with ``|``, the border cell (a line
    ``按经营地分`` between its rows, printed without ``|``, is read in their shape: its one cell is the label's)."""
    for ln in lines:
        if ln.cells and all(SEPARATOR_CELL.fullmatch(c.key) or c.kind == "empty" for c in ln.cells) and any(
                SEPARATOR_CELL.fullmatch(c.key) for c in ln.cells):
            ln.cells = []
    heading = table_vocab().group_heading
    if all(ln.led for ln in lines if ln.cells and not (
            len(ln.cells) == 1 and ln.cells[0].kind == "text" and heading.fullmatch(ln.cells[0].key))):
        for ln in lines:
            ln.cells = [c for c in ln.cells if not c.led]
            ln.led = False
    return [ln for ln in lines if ln.cells]


def _drop_row_numbers(lines: list[_Line], v: TableVocab) -> tuple[list[_Line], tuple[tuple[int, int], ...]]:
    """The lines without a first column headed 序号 or 科目编码 (its header, its numbers and its blank cells), and
    the spans of its numbers: the rows' labels are in the next column. A caption row above the header stays."""
    h = next((i for i, ln in enumerate(lines) if ln.cells[0].kind == "num" or ln.cells[0].key in v.row_number_headers),
             -1)
    if h < 0 or lines[h].cells[0].key not in v.row_number_headers:
        return _drop_groups(lines, v), ()
    spans = []
    for ln in lines[h:]:
        c = ln.cells[0]
        if ln is lines[h] or c.kind == "empty" or v.row_number.fullmatch(c.key):
            if c.kind == "num":
                spans.append((c.start, c.end))
            ln.cells = ln.cells[1:]
    return [ln for ln in lines if ln.cells], tuple(spans)


def _drop_groups(lines: list[_Line], v: TableVocab) -> list[_Line]:
    """The lines without a first column of group headings (``| 类别 | 指标 | 2020年 | …``, ``| 经济发展 |
    1.国内生产总值增长(%) | …``, ``| | 2.全员劳动生产率增长(%) | …``): its cell is read off the header and off every
    line as long as it (a line one cell shorter prints no group cell); the rows' labels are in the next column."""
    h = next((i for i, ln in enumerate(lines) if ln.cells[0].key in v.group_headers), -1)
    if h < 0 or len(lines[h].cells) < 3 or lines[h].cells[1].key not in v.label_indicator:
        return lines
    width = len(lines[h].cells)
    for ln in lines[h:]:
        if len(ln.cells) >= width and ln.cells[0].kind != "num":
            ln.cells = ln.cells[1:]
    return [ln for ln in lines if ln.cells]


def _data_start(cells: list[_Cell], f: int, by_line: dict[int, _Line], first_line: int, stream: bool,
                v: TableVocab) -> int:
    """Index of the first cell of the first data row (its label)."""
    ln = by_line[cells[f].line]
    k = next(i for i, c in enumerate(ln.cells) if c is cells[f])
    line_start = f - k
    if not stream and not ln.led and cells[f].line != first_line and all(c.kind != "num" for c in ln.cells[:k]):
        return line_start  # the row has a line of its own
    # header and row in one run: the row keeps its label and, under a unit column or a second label column
    # (| 地区 | 项目 |), its unit or its item
    two = len(cells) > 1 and (cells[1].key in v.unit_columns or _second_label_role(cells[0].key, cells[1].key, v))
    t = 2 if two else 1
    return max(f - t, 0)


def _header_rows(head: list[_Cell], text: str, v: TableVocab) -> tuple[list[list[_Cell]], str, str]:
    """Header cells grouped by line, without a caption row or a unit row printed inside the table."""
    rows: list[list[_Cell]] = []
    for c in head:
        if rows and rows[-1][-1].line == c.line:
            rows[-1].append(c)
        else:
            rows.append([c])
    unit, caption = "", ""
    kept: list[list[_Cell]] = []
    for hl in rows:
        filled = [c for c in hl if c.kind != "empty"]
        mu = v.unit_line.search(filled[0].key) if len(filled) == 1 else None
        if mu and len(filled[0].key) <= v.caption_max // 2:
            unit = mu.group(1)
            continue
        if len(filled) == 1 and len(hl) > 2 and not kept and _is_caption(filled[0].key, v):
            caption = _collapse(text[filled[0].start:filled[0].end])
            mc = v.unit_line.search(filled[0].key)
            unit = unit or (mc.group(1) if mc else "")
            continue
        if filled:
            kept.append(hl)
    return kept, unit, caption


def _row_width(head_rows: list[list[_Cell]], line_header: bool, data: list[_Cell], data_lines: list[_Line],
               stream: bool, paired: bool, v: TableVocab) -> tuple[int, bool]:
    """Cells in a row, and whether the header is read line by line. Under a header opening with two label columns
    (``paired``) the width is read off the header: a row's run of words is two cells, not where the row starts."""
    w_data = _period_width(data, v)
    if not stream and data_lines and not any(ln.led for ln in data_lines):
        w_data = Counter(len(ln.cells) for ln in data_lines).most_common(1)[0][0]
    if line_header and len(head_rows) == 1 and w_data and len(head_rows[0]) > w_data:
        line_header = False  # parent and child header rows printed on one line
    if line_header:
        return max([len(h) for h in head_rows] + [w_data]), True
    keys = [c.key for h in head_rows for c in h]
    flat = _flat_width(keys, v)
    if w_data and not paired and not w_data < flat < len(keys):
        return w_data, False
    # (a two-row header printed in one run wider than the rows: their last cells are empty and not printed)
    return flat, False


def _flat_width(keys: list[str], v: TableVocab) -> int:
    """Width of a one-run header when the data cannot tell: a split whose second part is all
    sub-column words (中央级 省级 … 合计) is a two-row header, else it is one row."""
    best: tuple[int, int] | None = None
    for p in range(2, len(keys)):
        children = [k for k in keys[p:] if k]
        if len(children) < 2 or not all(k in v.sub_columns for k in children):
            continue
        for width in range(len(children) + 1, len(keys)):
            got = _combine_compact(keys[:p], keys[p:], width, v)
            if got is not None and (best is None or got[1] > best[0]):
                best = (got[1], width)
    return best[1] if best else len(keys)


def _header_parts(head_rows: list[list[_Cell]], line_header: bool, width: int,
                  v: TableVocab) -> list[tuple[str, ...]]:
    if line_header:
        keys = [[c.key for c in h] for h in head_rows]
        if len(keys) == 1:
            parts = [(x,) if x else () for x in (keys[0] + [""] * width)[:width]]
        else:
            parts = _combine(keys[0], keys[1], width, v)
            for extra in keys[2:]:
                extra = (extra + [""] * width)[:width]
                parts = [p + ((e,) if e else ()) for p, e in zip(parts, extra, strict=True)]
    else:
        parts = _split_flat_header([c.key for h in head_rows for c in h], width, v)
    return (parts + [()] * width)[:width]


def _own_rows(lines: list[_Line], width: int, first: int) -> bool:
    """Lines of the rows from line ``first`` on that open with a blank cell (`` | 一般公共预算支出 | 164712 | -7.9 |``,
    a tab row opening with a tab) made rows of their own, the blank cell their label, when they hold as many cells
    as the header row (``width``) and so does the line above them (its row is whole): not the rest of the row
    above (see :func:`_assemble`). Whether any was."""
    found = False
    for prev, ln in zip(lines, lines[1:], strict=False):
        if (ln.led and ln.cells[0].line > first and len(ln.cells) == width and len(prev.cells) == width
                and prev.cells[0].line >= first):
            ln.led = False
            ln.cells[0] = replace(ln.cells[0], led=False)
            found = True
    return found


def _assemble(data: list[_Cell], by_line: dict[int, _Line], width: int, stream: bool,
              paired: bool, labels_open: bool = False) -> list[list[_Cell]]:
    """Data cells regrouped into rows: a line that does not start with ``|`` starts a row (one cell
    per line: every ``width`` cells); a line that starts with ``|`` goes on with the row above until
    the row is full, and its first empty cell is a border when the row above is already full, except in a
    table one cell a line with two label columns (``paired``): there it is the blank label of a new row.
    Under a header of levels and their total (``labels_open``, see :func:`_level_group`), whose rows broken over
    lines may drop their blank cells, a line that starts with ``|`` and a row label, below a row holding figures,
    starts a row too, and only such a line does (a row may hold more blank cells than the header has columns,
    see :func:`_placed_row`)."""
    rows: list[list[_Cell]] = []
    cur: list[_Cell] = []
    prev_line = -1
    for c in data:
        new_line = c.line != prev_line
        prev_line = c.line
        if new_line and not stream and not by_line[c.line].led and cur:
            rows.append(cur)
            cur = []
        if (new_line and labels_open and c.led and any(x.kind == "num" for x in cur)
                and next((x.kind for x in by_line[c.line].cells if not x.led), "") == "text"):
            rows.append(cur)
            cur = []
            continue
        if new_line and c.led and len(cur) >= width and not (stream and paired or labels_open):
            continue
        if len(cur) >= width and not labels_open:
            rows.append(cur)
            cur = []
        cur.append(c)
    if cur:
        rows.append(cur)
    return rows


def _columns(parts: list[tuple[str, ...]], roles: list[str], v: TableVocab,
             not_units: frozenset[str] = frozenset()) -> list[Column]:
    """The columns of a header; a cell of ``not_units`` (see :func:`_not_unit_cells`) gives no unit. A growth column
    given a unit of amount by a row of units (比上年增长 over 亿元) is of the change in that unit."""
    columns: list[Column] = []
    for i, (pp, role) in enumerate(zip(parts, roles, strict=True)):
        heads = [_read_header(p, v, p not in not_units) for p in pp]
        if role != "value":
            columns.append(Column(i, " ".join(pp), pp, role, "", "", "", "", "", ""))
            continue
        measure = next((h.measure for h in reversed(heads) if h.measure), "level")
        unit = next((h.unit for h in reversed(heads) if h.unit), "")
        if measure == "yoy_pct" and unit and unit in pp and unit not in ("%", "‰"):
            measure = "abs_change"
        columns.append(Column(
            index=i, header=" ".join(pp), parts=pp, role=role,
            measure=measure,
            unit=unit,
            status=next((h.status for h in reversed(heads) if h.status), ""),
            period="".join(h.period for h in heads),
            scope=next((h.scope for h in heads if h.scope), ""),
            indicator=next((h.indicator for h in heads if h.indicator), ""),
            comparator=next((h.comparator for h in reversed(heads) if h.comparator), ""),
            aspect=next((h.aspect for h in reversed(heads) if h.aspect), ""),
        ))
    return columns


def _not_unit_cells(head_rows: list[list[_Cell]], line_header: bool, v: TableVocab) -> frozenset[str]:
    """The cells that are a unit alone on a line of a header of several lines that is no row of units: a row of
    units holds nothing but units (and a word heading the column of units, 单位), so a unit beside a word of another
    kind (| 合计 | 人 | 户 |) is no column's unit."""
    if not line_header or len(head_rows) < 2:
        return frozenset()
    out: set[str] = set()
    kept: set[str] = set()
    for h in head_rows:
        units = {c.key for c in h if c.key and v.unit.fullmatch(c.key)}
        if all(not c.key or c.key in units or c.key in v.unit_columns for c in h):
            kept |= units
        else:
            out |= units
    return frozenset(out - kept)


def _header_label_role(key: str, v: TableVocab) -> str:
    """The role the header word of a label column names (``label_columns`` of the vocabulary: 地区 → ``scope``,
    年份 → ``period``, 项目 → ``indicator``), or '' when it is none of them."""
    if key in v.label_scope:
        return "scope"
    if key in v.label_period:
        return "period"
    return "indicator" if key in v.label_indicator else ""


def _item_role(parts: list[tuple[str, ...]], col_cells: list[list[_Cell]], v: TableVocab) -> str:
    """The role of a second label column, or '': a column headed by a label word (项目, 指标, 科目; 地区; 年份) beside a
    first column headed by one of another role (``| 地区 | 项目 | 累计 | 增幅% |``: places by items), over cells of
    words only (一般公共预算收入; blank where a row has none)."""
    if len(parts) < 3 or len(parts[0]) != 1 or len(parts[1]) != 1:
        return ""
    words = [c for c in col_cells[1] if c.kind != "empty"]
    if not words or any(c.kind == "num" for c in words):
        return ""
    return _second_label_role(parts[0][0], parts[1][0], v)


def _second_label_role(first: str, second: str, v: TableVocab) -> str:
    """The role of the second of two header words when both name label columns, of other roles (地区, 项目 →
    ``indicator``); else ''."""
    a, b = _header_label_role(first, v), _header_label_role(second, v)
    return b if a and b and a != b else ""


def _label_role(label_key: str, labels: list[str], columns: list[Column], v: TableVocab) -> str:
    if role := _header_label_role(label_key, v):
        return role
    if not labels:
        return "indicator"
    named = any(c.indicator for c in columns)
    if named and sum(1 for x in labels if v.scope_pattern.match(x) or x in v.scope_words) >= 0.6 * len(labels):
        return "scope"
    if sum(1 for x in labels if any(p.fullmatch(x) for p in v.period_patterns)) >= 0.6 * len(labels):
        return "period"
    return "indicator"


def _rows(text: str, raw_rows: list[list[_Cell]], roles: list[str], width: int, at_end: bool,
          v: TableVocab, items: bool) -> tuple[list[Row], list[tuple[int, int]]]:
    """The data rows, and the spans of the ordinals and codes before their labels. In a table with a second
    label column (``items``) each row gives its words as ``Row.item`` (its sub-items: those of that column), and
    a blank first label cell is the label of the row above (the place printed once over its items)."""
    ordinals: list[tuple[int, int]] = []
    indents = [r[0].indent for r in raw_rows if r[0].kind == "text"]
    base_indent = min(indents) if indents else 0
    rows: list[Row] = []
    parent = carried = ""
    for ri, r in enumerate(raw_rows):
        if r[0].kind == "num" and not YEAR_ONLY.fullmatch(r[0].key):
            continue  # out of step: a row does not start with a figure
        label, span, ordinal, sub, unit = _label_of(text, r[0], v)
        if ordinal:
            ordinals.append((r[0].start, r[0].start + len(ordinal)))
        if r[0].kind == "text" and r[0].indent > base_indent + 1 and not ordinal:
            sub = True
        item = ""
        if items and len(r) > 1:
            label = carried = label or carried
            item, _, item_ordinal, sub, item_unit = _label_of(text, r[1], v)
            unit = item_unit or unit
            if item_ordinal:
                ordinals.append((r[1].start, r[1].start + len(item_ordinal)))
        vals: list[tuple[int, int, int]] = []
        nums: list[Decimal] = []
        pcts: list[str] = []
        texts: list[tuple[int, int, int]] = []
        summed: list[int] = []
        for j, c in enumerate(r[1:width], start=1):
            if roles[j] == "unit" and c.kind == "text":
                unit = c.key
            elif roles[j] == "value" and c.kind == "num":
                m = NUMBER.fullmatch(c.key)
                if m is None:  # pragma: no cover - the kind says it is a number
                    continue
                vals.append((j, c.start, c.end))
                nums.append(Decimal(m.group(1) + m.group(2).replace(",", "")))
                pcts.append(m.group(3) or "")
            elif roles[j] == "value" and c.kind == "text" and (mb := BRACKETED.fullmatch(c.key)):
                inner = text.find(mb.group(1), c.start, c.end)  # [14]: the figure inside the brackets
                if inner < 0:  # pragma: no cover - the key is the cell's text less its spaces
                    continue
                vals.append((j, inner, inner + len(mb.group(1))))
                nums.append(Decimal(mb.group(2) + mb.group(3).replace(",", "")))
                pcts.append(mb.group(4) or "")
                summed.append(j)
            elif roles[j] == "value" and c.kind == "text":
                texts.append((j, c.start, c.end))
        if not vals and (not label or v.group_heading.fullmatch(label)):
            continue  # (按经营地分: no row, and the rows below it are parts of the row above it)
        complete = not (ri == len(raw_rows) - 1 and at_end and len(r) < width)
        rows.append(Row(label, span, ordinal, parent if sub else "", unit, tuple(vals), tuple(nums), tuple(pcts),
                        tuple(texts), complete, item, tuple(summed)))
        if not sub and (item or label):
            parent = item or label
    return rows, ordinals


# --------------------------------------------------------------------------- a row broken over lines


@dataclass(frozen=True)
class _Sums:
    """The arithmetic every row of a table with a group of levels must satisfy, read off its columns: the levels
    under a group header add up to its total column (累计完成数: 中央级 … 县乡级 → 合 计), and a percent column is
    that total over another column of the row (占计划% = 合计 / 本年收入计划; 同比增减% = 合计 / 上年同期数 − 1)."""

    parts: tuple[int, ...]
    total: int
    ratios: tuple[tuple[int, int, bool], ...]  # (percent column, column of the base, growth: minus 100)
    last: int  # the last value column: no figure of a row lies right of it


def _total_groups(items: Iterable[tuple[tuple[str, ...], str, int]], v: TableVocab) -> list[tuple[tuple[int, ...], int]]:
    """The groups of levels of government and their total among a header's columns: ``items`` are (the header parts
    above a column, the scope it names, its index); a group under one header holds one total (合 计) and two levels or
    more (中央级 | 省级 | …). Each group is given as (the indices of its levels, the index of its total)."""
    groups: dict[tuple[str, ...], list[tuple[str, int]]] = {}
    for above, scope, index in items:
        groups.setdefault(above, []).append((scope, index))
    found = []
    for g in groups.values():
        totals = [j for scope, j in g if scope in v.total_scopes]
        parts = tuple(j for scope, j in g if scope not in v.total_scopes)
        if len(totals) == 1 and len(parts) >= 2:
            found.append((parts, totals[0]))
    return found


def _level_group(parts: list[tuple[str, ...]], v: TableVocab) -> bool:
    """Whether a header holds a group of levels of government and their total (累计完成数 over 中央级 | 省级 | 市级 |
    县乡级 | 合 计)."""
    return bool(_total_groups(((pp[:-1], scope, i) for i, pp in enumerate(parts) if i and len(pp) >= 2
                               and (scope := _read_header(pp[-1], v).scope)), v))


def _sums(columns: list[Column], v: TableVocab) -> _Sums | None:
    """The arithmetic of a table's rows, or None when its columns hold no group of levels with a total."""
    found = _total_groups(((c.parts[:-1], c.scope, c.index) for c in columns
                           if c.role == "value" and len(c.parts) >= 2 and c.scope and c.measure == "level"), v)
    if len(found) != 1:
        return None
    parts, total = found[0]
    levels = [c for c in columns if c.role == "value" and c.measure == "level" and len(c.parts) == 1]
    targets = [c.index for c in levels if c.status == "target"]
    priors = [c.index for c in levels if v.calendar_words.get(c.period, "").startswith("prior")]
    ratios = []
    for c in columns:
        if c.role == "value" and c.measure == "completion_pct" and len(targets) == 1:
            ratios.append((c.index, targets[0], False))
        elif c.role == "value" and c.measure == "yoy_pct" and len(priors) == 1:
            ratios.append((c.index, priors[0], True))
    last = max(c.index for c in columns if c.role == "value")
    return _Sums(parts, total, tuple(ratios), last)


def _figure(key: str) -> tuple[Decimal, Decimal] | None:
    """A printed figure and half a unit of its last digit (what its rounding may hide), or None."""
    m = NUMBER.fullmatch(key)
    if m is None:
        return None
    digits = m.group(2).replace(",", "")
    places = len(digits.split(".")[1]) if "." in digits else 0
    return Decimal(m.group(1) + digits), Decimal(5).scaleb(-places - 1)


def _holds(placed: Mapping[int, tuple[Decimal, Decimal]], s: _Sums) -> tuple[int, int]:
    """How many sums of the row hold and how many fail, with its figures in these columns (within rounding)."""
    ok = bad = 0
    total = placed.get(s.total)
    parts = [placed[j] for j in s.parts if j in placed]
    if total is not None and parts:
        gap = abs(sum(p[0] for p in parts) - total[0])
        if gap <= total[1] + sum(p[1] for p in parts):
            ok += 1
        else:
            bad += 1
    for j, base, growth in s.ratios:
        pct, den = placed.get(j), placed.get(base)
        if total is None or pct is None or den is None or den[0] - den[1] <= 0:
            continue
        a, b = total
        lo = (a - b) / (den[0] + den[1]) * 100 - (100 if growth else 0)
        hi = (a + b) / (den[0] - den[1]) * 100 - (100 if growth else 0)
        if lo - pct[1] <= pct[0] <= hi + pct[1]:
            ok += 1
        else:
            bad += 1
    return ok, bad


def _offsets(sizes: list[int], start: int, last: int) -> list[list[int]]:
    """Every way to set runs of cells of these sizes in order, apart by gaps of any width, from column ``start``
    on, none past column ``last``."""
    if not sizes:
        return [[]]
    out = []
    room = last + 1 - start - sum(sizes)
    for gap in range(room + 1):
        out += [[start + gap, *rest] for rest in _offsets(sizes[1:], start + gap + sizes[0], last)]
    return out


_MAX_WAYS = 5000  # a row broken into more ways than this is not tried: its lines after the first get no column


def _placed_row(r: list[_Cell], s: _Sums) -> tuple[list[_Cell], list[tuple[int, int]]]:
    """A row broken over lines with each cell in its column. Read as printed, each line that starts with ``|``
    holds an empty cell before its figures (a row broken where a cell is blank, a lone ``|`` a blank cell); unless
    the sums of the row (see :class:`_Sums`) hold so, the lines are set apart by the widths the sums allow: a cell
    that falls in one column in every way they hold is set there, one they do not place gets no column (blank:
    no figure rather than a wrong one), and the first line keeps its place. Also the spans of the figures left
    without a column."""
    if len({c.line for c in r}) < 2:
        return r, []
    as_printed = {j: f for j, c in enumerate(r) if c.kind == "num" and (f := _figure(c.key)) is not None}
    ok, bad = _holds(as_printed, s)
    if ok and not bad and max(as_printed) <= s.last:
        return r, []
    first = [c for c in r if c.line == r[0].line]
    runs: list[list[_Cell]] = []
    line = r[0].line
    for c in r[len(first):]:
        if c.line != line:
            runs.append([])
            line = c.line
        if not (c.led and c.kind == "empty"):
            runs[-1].append(c)
    runs = [run for run in runs if run]
    ways: dict[tuple[int, ...], int] = {}
    fixed = {j: f for j, f in as_printed.items() if j < len(first)}
    room = s.last + 1 - len(first) - sum(map(len, runs))
    few = comb(room + len(runs), len(runs)) <= _MAX_WAYS if room >= 0 else False
    for offs in _offsets([len(run) for run in runs], len(first), s.last) if few else []:
        placed = fixed | {o + k: f for o, run in zip(offs, runs, strict=True) for k, c in enumerate(run)
                          if c.kind == "num" and (f := _figure(c.key)) is not None}
        ok, bad = _holds(placed, s)
        if ok and not bad:
            ways[tuple(offs)] = ok
    best = max(ways.values(), default=0)
    kept = [offs for offs, ok in ways.items() if ok == best]
    blank = replace(r[0], kind="empty", key="", led=False, tail=(0, 0))
    out = list(first)
    unplaced = []
    for i, run in enumerate(runs):
        if kept and all(offs[i] == kept[0][i] for offs in kept):
            out += [blank] * (kept[0][i] - len(out)) + run
        else:
            unplaced += [(c.start, c.end) for c in run if c.kind == "num"]
    return out, unplaced


def _build(norm: str, text: str, region: list[_Line], v: TableVocab) -> Table | None:
    lead = region[0].lead
    lines, row_numbers = _drop_row_numbers(_clean_lines(region), v)
    if len(lines) < 2 and not (lead and lines and len(lines[0].cells) >= 4):
        return None
    by_line = {ln.cells[0].line: ln for ln in lines}
    cells = [c for ln in lines for c in ln.cells]
    # lines of one cell (a lone ``|``: a blank cell of a table printed one cell a line, ``234267 |⏎|⏎-10.9 |``)
    single = [ln for ln in lines if len(ln.cells) == 1 and (not ln.led or ln.cells[0].kind == "empty")]
    stream = len(single) >= v.min_single_cell_lines and len(single) >= 0.8 * len(lines)
    f = _first_number(cells, by_line, stream)
    if f < 0:
        return None
    r0 = _data_start(cells, f, by_line, lines[0].cells[0].line, stream, v)
    head_rows, table_unit, caption = _header_rows(cells[:r0], text, v)
    if sum(1 for h in head_rows for c in h if c.kind != "empty") < 2:
        return None  # no header: a stray | in prose, or a list
    first_row = cells[r0].line
    if not stream and head_rows[-1][-1].line < first_row and _own_rows(lines, len(head_rows[-1]), first_row):
        cells = [c for ln in lines for c in ln.cells]
    data = cells[r0:]
    # a header read line by line has lines of its own, each of several cells
    line_header = not stream and all(len(h) >= 2 for h in head_rows) and head_rows[-1][-1].line != data[0].line
    data_lines = [ln for ln in lines if ln.cells[0].start >= data[0].start]
    if region[-1].end >= len(norm.rstrip()) and data_lines and data_lines[-1] is lines[-1]:
        data_lines = data_lines[:-1]  # a last line cut by the end of the text says nothing of the width
    keys = [c.key for h in head_rows for c in h]
    paired = len(keys) >= 3 and bool(_second_label_role(keys[0], keys[1], v))  # | 地区 | 项目 | …
    width, line_header = _row_width(head_rows, line_header, data, data_lines, stream, paired, v)
    if width < 2:
        return None
    parts = _header_parts(head_rows, line_header, width, v)
    raw_rows = _assemble(data, by_line, width, stream, paired, not stream and _level_group(parts, v))
    col_cells: list[list[_Cell]] = [[] for _ in range(width)]
    for r in raw_rows:
        for j, c in enumerate(r[:width]):
            col_cells[j].append(c)
    roles = [_column_role(i, parts[i], col_cells[i], v) for i in range(width)]
    if item_role := _item_role(parts, col_cells, v):
        roles[1] = "label"
    columns = _columns(parts, roles, v, _not_unit_cells(head_rows, line_header, v))
    end_of_text = len(norm.rstrip())
    at_end = region[-1].end >= end_of_text
    unplaced: list[tuple[int, int]] = []
    if (sums := _sums(columns, v)) is not None:
        for k, r in enumerate(raw_rows[:-1] if at_end else raw_rows):  # (a row the text ends in may be cut short)
            raw_rows[k], left = _placed_row(r, sums)
            unplaced += left
    rows, ordinals = _rows(text, raw_rows, roles, width, at_end, v, bool(item_role))
    if not any(r.cells for r in rows):
        return None
    label_role = _label_role(parts[0][0] if parts[0] else "", [r.label for r in rows], columns, v)

    start = region[0].start + len(norm[region[0].start:region[0].end]) - len(norm[region[0].start:region[0].end].lstrip())
    if lead is not None:
        lead_caption, lead_start = _lead_caption(norm, text, lead, v)
        caption = caption or lead_caption
        if lead_start >= 0:
            start = lead_start
    else:
        cap, unit, above = _caption_above(norm, text, region[0].start, v)
        caption = caption or cap
        table_unit = table_unit or unit
        if cap or unit:
            start = above
    if not table_unit and caption:
        mu = v.unit_line.search(caption.replace(" ", ""))
        table_unit = mu.group(1) if mu else ""
    end = max(c.end for c in data)
    complete = not (at_end and not rows[-1].complete)
    return Table(start, end, data[0].start, caption, table_unit, label_role, tuple(columns), tuple(rows), complete,
                 row_numbers + tuple(ordinals), item_role, tuple(unplaced))


_TAB_RUN = re.compile(r"\t+")


def _tab_cells(norm: str) -> tuple[str, dict[int, bool]]:
    """A table copied out of a spreadsheet, a word processor or a PDF: cells apart by tabs.

    A block of lines with tabs, one of them of three or more cells, is a table: on each of its lines
    every run of tabs is read as one ``|`` (and the rest of the run as spaces), so the copy keeps the
    length of the text. A lone ``|`` or a lone number on a line between two such lines belongs to
    the block too (a row broken over lines; a decimal or signed number also at its end, where a
    plain integer would be a page number). A line of the block that starts with a number and holds
    fewer cells than the block's widest line goes on with the row above, as a ``|`` row does.

    Returns the copy and the start of each line of such a table, with whether it goes on.
    """
    lines: list[tuple[int, int]] = []  # the lines holding a tab, in order
    i = norm.find("\t")
    while i >= 0:
        a = norm.rfind("\n", 0, i) + 1
        b = norm.find("\n", i)
        b = len(norm) if b < 0 else b
        lines.append((a, b))
        i = norm.find("\t", b)
    blocks: list[list[tuple[int, int]]] = []
    for a, b in lines:
        between = _between(norm, blocks[-1][-1][1] + 1, a) if blocks else None
        if between is not None:
            blocks[-1] += between + [(a, b)]
        else:
            if blocks:
                blocks[-1] += _after(norm, blocks[-1][-1][1] + 1)
            blocks.append([(a, b)])
    if blocks:
        blocks[-1] += _after(norm, blocks[-1][-1][1] + 1)
    out: list[str] = []
    pos = 0
    rows: dict[int, bool] = {}
    for block in blocks:
        # the filled cells of each line; a line that holds a | as well is no tab row
        filled = [[c for c in _TAB_RUN.split(norm[a:b]) if c.strip()] if "|" not in norm[a:b] or "\t" not in norm[a:b]
                  else [] for a, b in block]
        widest = max(map(len, filled))
        if widest < 3:
            continue
        every_tab = _keeps_blank_cells(norm, block)
        for k, ((a, b), cells) in enumerate(zip(block, filled, strict=True)):
            if not cells and "\t" in norm[a:b]:
                continue
            first = norm[a:b].split("\t", 1)[0].strip()
            rows[a] = bool(k and first and NUMBER.fullmatch(first) and len(cells) < widest)
            if "\t" in norm[a:b]:
                out.append(norm[pos:a])
                out.append(norm[a:b].replace("\t", "|") if every_tab
                           else _TAB_RUN.sub(lambda t: "|" + " " * (len(t.group()) - 1), norm[a:b]))
                pos = b
    out.append(norm[pos:])
    return "".join(out), rows


def _keeps_blank_cells(norm: str, block: list[tuple[int, int]]) -> bool:
    """Whether a block of tab rows is a spreadsheet copy that keeps its blank cells: its rows with a number, two
    or more, hold as many tabs each, and a run of tabs stands between two numbers
    (``濮阳市⇥73795⇥234267⇥⇥-10.9``: the blank cell 为预算的%). Then every tab is one ``|``; elsewhere a
    run of tabs is padding to a tab stop (rows of labels of unequal length hold unequal runs)."""
    numbered = [(a, b) for a, b in block if "\t" in norm[a:b] and NUMBER.search(norm, a, b)]
    if len(numbered) < 2 or len({norm.count("\t", a, b) for a, b in numbered}) != 1:
        return False
    return any(_BLANK_BETWEEN_NUMBERS.search(norm, a, b) for a, b in numbered)


_BLANK_BETWEEN_NUMBERS = re.compile(r"\d%?\t{2,}[+-]?\d")


_SPACE_GAP = re.compile(r"[ \u3000]{2,}")  # cells of a table copied out of a PDF: apart by runs of spaces
_SPACE_ROW_MIN = 3  # cells of a row, at the least
# a row of a table has no clause punctuation; a comma between digits parts the thousands of a figure (1,960,500)
_PROSE_MARK = re.compile(r"[，。；！？;!?]|(?<!\d),|,(?!\d{3}(?!\d))")


def _space_cells(norm: str, rows: dict[int, bool]) -> str:
    """A table copied out of a PDF or a fixed-width page: cells apart by runs of two or more spaces.

    A block of two or more consecutive lines of such cells and no clause punctuation, the first of three
    cells or more (a header row below it may have two: 绝对值  增速), with a number in one cell or more of
    two lines at the least, is a table (a header above its rows holds no number); on each of its lines
    every run of spaces between two cells is read as one ``|`` and the rest of the run as spaces, so the
    copy keeps the length of the text. A line indented by a run of spaces with one cell fewer than the first
    line, below a line of as many cells as that one, opens with a blank cell (the place printed once over the
    rows of its items): the last space of its indent is read as a ``|``. ``rows`` takes the start of each line
    read (as a row that does not go on with the one above, see :func:`_tab_cells`)."""
    block: list[tuple[int, int, int, int]] = []  # (start, end, cells, cells with a number) of the block's lines
    out: list[str] = []
    pos = 0

    def close() -> None:
        nonlocal pos
        if len(block) >= 2 and sum(1 for *_, n in block if n) >= 2:
            rows_width = Counter(n for _, _, n, nums in block if nums).most_common(1)[0][0]
            bodies = []
            for k, (a, b, n, nums) in enumerate(block):
                line = norm[a:b]
                lead = len(line) - len(line.lstrip(" \u3000"))
                body = line[lead:].rstrip(" \u3000")
                if n > rows_width and (spread := _spread_words(body)) != body:
                    body, n = spread, len(_SPACE_GAP.split(spread))  # 属  性: one word, its characters spread
                    block[k] = (a, b, n, nums)
                bodies.append((lead, body))
            width = block[0][2]
            widest = max(n for _, _, n, _ in block)
            for k, ((a, _b, n, _), (lead, body)) in enumerate(zip(block, bodies, strict=True)):
                if k and lead >= 2 and n == width - 1 and block[k - 1][2] == width:
                    out.append(norm[pos:a + lead - 1] + "|")  # a blank first cell
                else:
                    out.append(norm[pos:a + lead])
                if n < widest:
                    body = _overflowed(body, widest - n)
                out.append(_SPACE_GAP.sub(lambda g: "|" + " " * (len(g.group()) - 1), body).replace("\0", " "))
                pos = a + lead + len(body)
                rows[a] = False
        block.clear()

    for a, b in _gap_lines(norm):
        line = norm[a:b]
        cells = _SPACE_GAP.split(line.strip(" \u3000"))
        if block and block[-1][1] + 1 != a and not _LABEL_HEAD.fullmatch(norm[block[-1][1] + 1:a - 1].strip()):
            close()  # (a line between: the block ended; not the head of a row label wrapped in its cell, nor a
            # line saying how the rows below split the row above: 按经营地分)
        if (len(cells) >= (2 if block else _SPACE_ROW_MIN) and "|" not in line and "\t" not in line
                and not _PROSE_MARK.search(line)):
            block.append((a, b, len(cells), sum(1 for c in cells if NUMBER.fullmatch(c))))
        else:
            close()
    close()
    out.append(norm[pos:])
    return "".join(out)


_ONE_SPACE = re.compile(r"(?<=\S) (?=\S)")
_GAP_KEPT = re.compile(r"([ \u3000]{2,})")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _spread_words(body: str) -> str:
    """A header line of a table of cells apart by runs of spaces, with more cells than its rows, whose words are
    printed with their characters spread over the column (``指  标  名  称``, ``属  性``, ``2020  年``): each run
    between two lone characters, or between a number and a lone 年 or 月, shorter than every other run of the line
    (the gaps between columns), is no gap between cells; it is kept as NUL characters of its length (read back as
    spaces once the line's gaps are read)."""
    parts = _GAP_KEPT.split(body)
    inside = [i for i in range(1, len(parts) - 1, 2)
              if (len(parts[i - 1]) == 1 and len(parts[i + 1]) == 1 and _CJK_CHAR.fullmatch(parts[i - 1])
                  and _CJK_CHAR.fullmatch(parts[i + 1])) or (parts[i + 1] in ("年", "月") and parts[i - 1][-1:].isdigit())]
    between = [len(parts[i]) for i in range(1, len(parts) - 1, 2) if i not in inside]
    if not inside:
        return body
    # a word's characters stand closer than the columns (指  标  名  称        单  位: the run of 8 is a gap)
    limit = min(between) if between else max(len(parts[i]) for i in inside)
    for i in inside:
        if len(parts[i]) < limit:
            parts[i] = "\0" * len(parts[i])
    return "".join(parts)


def _overflowed(body: str, missing: int) -> str:
    """A line of a table of cells apart by runs of spaces with ``missing`` cells fewer than the widest line: a cell
    too wide for its column leaves one space before the next (``单位地区生产总值能耗降低 %``, ``微克/立方米 38``);
    such a space before a unit or a figure, or a word meaning no figure (—), is read as a ``|``, from the left, until the line holds as many cells as the widest. The copy keeps the length of the text."""
    v = table_vocab()
    for m in list(_ONE_SPACE.finditer(body)):
        if missing <= 0:
            break
        right = body[m.end():].split(" ", 1)[0]
        left = body[:m.start()].rsplit(" ", 1)[-1]
        if (NUMBER.fullmatch(right) or right in v.empty_cells or BRACKETED.fullmatch(right)
                or (v.unit.fullmatch(right) and not v.unit.fullmatch(left) and not NUMBER.fullmatch(left))):
            body = body[:m.start()] + "|" + body[m.end():]
            missing -= 1
    return body


_ONE_SPACE_ROW_MIN = 3  # data rows of a table of cells apart by one space, at the least


def _single_space_cells(norm: str, rows: dict[int, bool]) -> str:
    """A table copied out of a web page whose cells are apart by one space (``地区生产总值 亿元 1256.3 6.2``).

    Its rows are three consecutive lines or more of the same number of cells (three or more), a label with no
    digit first and two number cells side by side, no clause punctuation, no ``|``, tab or run of spaces;
    with them go the lines of as many cells with no number just above (a header, as many as two). On each
    such line every space is read as one ``|``, so the copy keeps the length of the text; ``rows`` takes
    the start of each line read (see :func:`_tab_cells`). Only lines around two numbers one space apart are
    looked at."""
    found = [m.start() for m in ONE_SPACE_PAIR.finditer(norm)]
    if len(found) < _ONE_SPACE_ROW_MIN:
        return norm
    lines: list[tuple[int, int, int]] = []  # (start, end, cells) of the rows of numbers, in order
    read_to = -1  # the end of the last line read: each line is read once, however many pairs it holds
    for i in found:
        if i < read_to:
            continue
        a = norm.rfind("\n", 0, i) + 1
        b = norm.find("\n", i)
        b = read_to = len(norm) if b < 0 else b
        if (n := one_space_width(norm[a:b], True)) >= _ONE_SPACE_ROW_MIN:
            lines.append((a, b, n))
    out: list[str] = []
    pos = 0
    k = 0
    while k < len(lines):
        j = k
        while j + 1 < len(lines) and lines[j + 1][0] == lines[j][1] + 1 and lines[j + 1][2] == lines[k][2]:
            j += 1
        if j - k + 1 >= _ONE_SPACE_ROW_MIN:
            spans = _one_space_header(norm, lines[k][0], lines[k][2]) + [(a, b) for a, b, _ in lines[k:j + 1]]
            for a, b in spans:
                out += [norm[pos:a], norm[a:b].replace(" ", "|")]
                pos = b
                rows[a] = False
        k = j + 1
    out.append(norm[pos:])
    return "".join(out)


def _one_space_header(norm: str, a: int, width: int) -> list[tuple[int, int]]:
    """The header lines just above the row at ``a`` of a table of cells apart by one space: as many as two lines
    of ``width`` cells or fewer with no number (:func:`documents.one_space_width`), as spans in order."""
    spans: list[tuple[int, int]] = []
    while a > 0 and len(spans) < 2:
        s = norm.rfind("\n", 0, a - 1) + 1
        if not 2 <= one_space_width(norm[s:a - 1], False) <= width:
            break
        spans.insert(0, (s, a - 1))
        a = s
    return spans


def _gap_lines(norm: str) -> list[tuple[int, int]]:
    """The lines holding a run of two spaces or a full-width space between two characters, in order (found
    with ``str.find``: most lines of most reports hold none)."""
    spans: set[tuple[int, int]] = set()
    for gap in ("  ", "\u3000"):
        i = norm.find(gap)
        while i >= 0:
            a = norm.rfind("\n", 0, i) + 1
            b = norm.find("\n", i)
            b = len(norm) if b < 0 else b
            if _INNER_GAP.search(norm, a, b):
                spans.add((a, b))
            i = norm.find(gap, b)
    return sorted(spans)


_INNER_GAP = re.compile(r"\S[ \u3000]{2,}\S")  # a gap between two cells, not an indent


def _lone_cell(line: str) -> str:
    """What a line between two tab rows holds when it is a piece of the table: a lone ``|`` or
    number (``num``), the head of a row label wrapped in its cell (``head``, see :func:`_label_heads_joined`),
    else ``""``."""
    s = line.strip()
    if s == "|":
        return "|"
    return "num" if s and NUMBER.fullmatch(s) else ("head" if s and _LABEL_HEAD.fullmatch(s) else "")


def _between(norm: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The lines from ``a`` up to the line break before ``b`` when each is a piece of a table
    (:func:`_lone_cell`), as spans; None when one is not (or is blank)."""
    if a > b:
        return None
    spans: list[tuple[int, int]] = []
    while a < b:
        e = norm.find("\n", a, b)
        e = b - 1 if e < 0 else e
        if not _lone_cell(norm[a:e]):
            return None
        spans.append((a, e))
        a = e + 1
    return spans


def _after(norm: str, a: int) -> list[tuple[int, int]]:
    """The line at ``a`` after a block of tab rows when it ends the table's last row: a decimal or
    signed number (``| -4.1 |`` of a row broken over lines), not a plain integer (a page number)."""
    if a >= len(norm):
        return []
    e = norm.find("\n", a)
    e = len(norm) if e < 0 else e
    s = norm[a:e].strip()
    return [(a, e)] if _lone_cell(s) == "num" and not s.isdigit() else []


_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3})")


def _thousands_kept(text: str, norm: str) -> str:
    """The reading copy with the commas that part the thousands of a figure put back where it reads them as spaces
    (``1,203.5`` → ``1 203.5`` there): a cell of a table holds one figure (``1,203.5``), never two apart by a
    space. The copy keeps the length of the text."""
    at = [m.start() for m in _THOUSANDS_COMMA.finditer(text) if norm[m.start()] == " "]
    if not at:
        return norm
    chars = list(norm)
    for i in at:
        chars[i] = ","
    return "".join(chars)


_GROUP_HEADING_LINE = re.compile(r"[按分][^\n|]{1,14}$", re.M)  # a line that may say how the rows below split
# (from its first word on: a pattern that opens with a class is found fast)


def _group_heading_lines(norm: str, v: TableVocab) -> frozenset[int]:
    """The lines between two rows of a table whose cells are apart by ``|`` (tabs and runs of spaces read so) that
    say how the rows below split the row above (``按经营地分``: ``group_heading`` of the vocabulary), by their
    start: each is read as a row of one cell, which :func:`_rows` drops."""
    if "按" not in norm and "分" not in norm:
        return frozenset()
    out = set()
    for m in _GROUP_HEADING_LINE.finditer(norm):
        a, b = norm.rfind("\n", 0, m.start()) + 1, m.end()  # the line, from its start
        if norm[a:m.start()].strip(" \u3000") or not (0 < a and b < len(norm)):
            continue
        above = norm[norm.rfind("\n", 0, a - 1) + 1:a]
        below = norm[b:(norm.find("\n", b + 1) + 1 or len(norm))]
        if v.group_heading.fullmatch(m.group().strip(" \u3000")) and "|" in above and "|" in below:
            out.add(a)
    return frozenset(out)


def find_tables(text: str, norm: str | None = None) -> list[Table]:
    """Tables flattened into ``text``, in order.

    Parameters
    ----------
    text : str
        Report text; every offset of the result indexes it.
    norm : str, optional
        Its same-length normalised reading copy (``Report.norm``); computed when not given.

    Returns
    -------
    list[Table]
        Only tables with at least one numeric cell under a header; prose with a stray ``|`` and
        lists of labels without figures give nothing.

    Examples
    --------
    >>> t = find_tables("表一\\n指 标 |\\n单位 |\\n2021年 |\\n比上年增长(%) |\\n工 业 |\\n亿元 |\\n19.5 |\\n3.6 |\\n")[0]
    >>> [c.measure for c in t.columns], t.rows[0].label, t.rows[0].unit
    (['', '', 'level', 'yoy_pct'], '工业', '亿元')
    """
    if norm is None or len(norm) != len(text):
        norm = normalize(text)
    if "," in text:
        norm = _thousands_kept(text, norm)
    tab_rows: dict[int, bool] = {}
    if "\t" in norm:
        norm, tab_rows = _tab_cells(norm)
    if "  " in norm or "\u3000" in norm:
        norm = _space_cells(norm, tab_rows)
    if " " in norm:
        norm = _single_space_cells(norm, tab_rows)
    v = table_vocab()
    cell_lines = _below_captions(norm, table_cell_lines(norm), v) | _group_heading_lines(norm, v)
    if "|" not in norm and not cell_lines:
        return []
    out: list[Table] = []
    for region in _regions(norm, v, tab_rows, cell_lines):
        table = _build(norm, text, region, v)
        if table is not None:
            out.append(table)
    return out


# --------------------------------------------------------------------------- adapter


def _split_unit(unit: str, v: TableVocab) -> tuple[str, str]:
    m = v.unit.fullmatch(unit) if unit else None
    if m is None:
        return "", unit
    if m.group("pct"):
        return "", m.group("pct")
    return m.group("mag") or "", m.group("base")


def _header_indicator(columns: tuple[Column, ...], j: int) -> str:
    """The indicator a column header names, else that of the nearest named value column on its left
    under the same merged parent (增长% after 地区生产总值(亿元))."""
    col = columns[j]
    if col.indicator:
        return col.indicator
    for c in reversed(columns[:j]):
        if c.role != "value":
            break
        if len(col.parts) > 1 and c.parts[:1] != col.parts[:1]:
            break
        if c.indicator:
            return c.indicator
    return ""


def caption_indicator(caption: str) -> str:
    """The indicator a table's caption names (see ``caption_names`` of the vocabulary), or ''.

    >>> caption_indicator("二〇二四年1-3月各县(市、区)一般公共预算收入完成情况表"), caption_indicator("表2 主要经济指标")
    ('一般公共预算收入', '')
    """
    v = table_vocab()
    name = caption.replace(" ", "")
    if m := v.captions[0].match(name):
        end = m.end()
        if name[end:end + 1] == "年" and YEAR_ONLY.fullmatch(m.group()[-4:]):
            end -= 4  # 表5 2021年…, its spaces gone (表52021年…): the number of the table, then its year
        name = name[end:].lstrip(":：.、")
    name = v.calendar_month.sub("", v.caption_time.sub("", name))
    for pat in v.period_patterns:
        name = pat.sub("", name)
    name = v.caption_ending.sub("", v.caption_places.sub("", name)).strip("的")
    return "" if len(name) < 2 or name.endswith(v.caption_generic) else name


def _column_status(columns: tuple[Column, ...], j: int) -> str:
    """The status a column's header gives, else for a change column (增长(%)) without one the status of
    the level column on its left (2020年完成 | 增长(%) | 2021年目标: the growth of 2020 is an outcome)."""
    col = columns[j]
    if not col.status and col.measure == "completion_pct":
        return "actual"  # 完成预算%: what was completed
    if col.status or col.measure not in ("yoy_pct", "pp_diff", "abs_change"):
        return col.status
    for c in reversed(columns[:j]):
        if c.role != "value":
            break
        if c.measure == "level":
            return c.status
    return ""


def _column_period(columns: tuple[Column, ...], j: int) -> str:
    """The period a column's header gives, else for a change column (比上年增长%) without one the latest year of the
    level columns on its left (| 2022年 | 2023年 | 比上年增长% | and | 2023年 | 2022年 | 增长% |: the growth is that of
    2023 over 2022); none when the nearest of them is of no year (| 本期 | ±% |)."""
    col = columns[j]
    if col.period or col.measure not in ("yoy_pct", "pp_diff", "abs_change"):
        return col.period
    years: list[str] = []
    for c in reversed(columns[:j]):
        if c.role != "value":
            break
        if c.measure == "level":
            if not YEAR_ONLY.fullmatch(c.period.removesuffix("年")):
                break
            years.append(c.period)
    return max(years, key=lambda p: int(p.removesuffix("年")), default="")


def _percent_unit(col: Column, measure: str) -> str:
    """The unit of a figure of a percent column that prints no ``%`` of its own: the header's, else ``%``
    (``个百分点`` for a change in points)."""
    return col.unit or ("个百分点" if measure == "pp_diff" else "%")


def word_cell_frame(table: Table, row: Row, j: int) -> tuple[str, str, str, str, str, str]:
    """The unit, measure and status that a figure written into the word cell of ``row`` in column ``j``
    (``6左右``, ``≥80``, ``5.5以内``: a bound the reader leaves to the prose) takes from the table when it prints
    no unit of its own: those a number alone in the cell would take (see :func:`cell_figures`).

    Parameters
    ----------
    table : Table
        A table from :func:`find_tables`.
    row : Row
        One of its rows.
    j : int
        The index of a value column of ``table``.

    Returns
    -------
    tuple[str, str, str, str, str, str]
        The raw unit (``亿元``, ``%``, or empty), its magnitude and base unit (``亿``, ``元``), the column's
        measure (``level`` when it names none), its status (empty when its header says none) and its period
        as printed (``2025年``, or empty).
    """
    col = table.columns[j]
    measure = col.measure or "level"
    if measure in PERCENT_MEASURES:
        unit = _percent_unit(col, measure)
    elif measure == "rank":
        unit = ""
    else:
        unit = row.unit or col.unit or table.unit
    period = col.period
    if measure == "change_pct":  # (<5.5 under 年均/累计 in the row of 城镇调查失业率: a rate held each year)
        measure, period = _span_column(_year_spans(table.columns), j, period, row.label, table_vocab())
    return (unit, *_split_unit(unit, table_vocab()), measure, _column_status(table.columns, j), period)


def _names_value_added(words: str, v: TableVocab) -> bool:
    """Whether a caption or a column header names value added or a total of it (地区生产总值)."""
    return any(w in words for w in v.va_caption_words)


def _is_sector(label: str) -> bool:
    """A sector or industry of the glossary (第一产业, 批发和零售业), or a label with a sector ending
    of the cue words (营利性服务业; not 企业, 就业)."""
    if concept(label).category == "sector":
        return True
    cw = extractor_cues()
    return label.endswith(tuple(cw.sector_heads)) and not label.endswith(tuple(cw.sector_not_heads))


def _sector_indicator(label: str, v: TableVocab) -> str:
    """``label`` + the value-added word for a sector row of a table of value added (第一产业 →
    第一产业增加值); the label itself when it names its own quantity or is no sector."""
    if not label or label.endswith(v.va_named) or label.endswith(tuple(extractor_cues().sector_quantities)):
        return label
    return label + v.va_measure if _is_sector(label) else label


def _year_spans(columns: tuple[Column, ...]) -> dict[int, str]:
    """The years over which each column of average yearly growth (年均增长) is read: from the year after the
    first year column to its left to the last (| 2020年 | 2025年 | 年均增长(%) | → 2021-2025年); under the key -1,
    the years of the whole table, over which a figure in brackets ([14]) is summed."""
    out: dict[int, str] = {}
    years: list[int] = []
    for c in columns:
        m = YEAR_ONLY.fullmatch(c.period.removesuffix("年")) if c.role == "value" else None
        if m:
            years.append(int(m.group()))
        elif c.measure == "change_pct" and len(years) >= 2 and years[-1] > years[0]:
            out[c.index] = f"{years[0] + 1}-{years[-1]}年"
    if len(years) >= 2 and max(years) > min(years):
        out[-1] = f"{min(years) + 1}-{max(years)}年"  # the span of the whole table, of its bracketed sums
    return out


def _span_column(spans: dict[int, str], j: int, period: str, label: str, v: TableVocab) -> tuple[str, str]:
    """The measure and period of a figure in column ``j`` of average yearly growth (年均增长, 年均/累计; ``spans``
    from :func:`_year_spans`): a change over the columns' years, or in the row of a rate (| 城镇调查失业率 | … |
    5.5 |) the rate held each year of them."""
    return ("rate_pct" if label.endswith(v.rate_rows) else "change_pct"), spans.get(j, period)


def cell_figures(table: Table) -> list[CellFigure]:
    """The numeric cells of ``table`` as figures with indicator, measure, unit, status, period and scope.

    The unit to apply is the row's unit cell, else the column header's unit, else the table's unit
    line — except in a percent column (``±%``, ``为预算的%``, ``税收比重%``), whose cells are
    percentages whatever the row unit.  A cell that prints its own ``%`` is a percentage; in a
    percent column where other cells print ``%``, a cell without it is a level.  A level whose
    unit is ``%`` is a ``rate_pct``, one in ``个百分点`` a ``pp_diff``.  In a column of value added
    (its header, or the caption of a table whose column names no other quantity, names 地区生产总值,
    增加值 …: ``value_added_tables`` of the vocabulary) a row that names a sector measures its value
    added (第一产业 → 第一产业增加值).

    Parameters
    ----------
    table : Table
        A table from :func:`find_tables`.

    Returns
    -------
    list[CellFigure]
        One per numeric cell, row by row.
    """
    v = table_vocab()
    out: list[CellFigure] = []
    printed_pct = {j for r in table.rows for (j, _, _), p in zip(r.cells, r.percents, strict=True) if p}
    va_table = _names_value_added(table.caption.replace(" ", ""), v)
    va_columns = set()  # columns of value added: named so, or unnamed in a table of value added
    for c in table.columns:
        named = _header_indicator(table.columns, c.index) if c.role == "value" else "-"
        if _names_value_added(named, v) or (va_table and not named):
            va_columns.add(c.index)
    va_names: dict[str, str] = {}  # row label → its indicator in a table of value added
    caption_name = caption_indicator(table.caption)  # of the columns of a table of places, of a 合计 row of items
    spans = _year_spans(table.columns)
    for ri, r in enumerate(table.rows):
        for (j, a, b), value, own in zip(r.cells, r.values, r.percents, strict=True):
            col = table.columns[j]
            flags = ["table_cell"]
            col_measure = col.measure or "level"
            if own:  # 6.5% prints its own percent sign
                unit = own
                measure = col_measure if col_measure in PERCENT_MEASURES else "rate_pct"
            elif col_measure in PERCENT_MEASURES and j not in printed_pct:
                measure = col_measure
                unit = _percent_unit(col, measure)
            elif col_measure == "rank":
                measure, unit = "rank", ""  # 全市排名: a place, in no unit of the row or the table
            else:
                # an amount: in a level column, or without the % its neighbours print (wuchang 365)
                measure = "level" if col_measure in PERCENT_MEASURES else col_measure
                unit = r.unit or ("" if col_measure in PERCENT_MEASURES else col.unit)
                if not unit and table.unit:
                    unit = table.unit
                    flags.append("unit_from_table")
                if measure == "level" and unit in ("%", "‰"):
                    measure = "rate_pct"
                elif measure == "level" and unit in ("个百分点", "百分点"):
                    measure = "pp_diff"
                if not unit and measure in ("level", "abs_change"):
                    flags.append("no_unit")
            magnitude, base = _split_unit(unit, v)
            labels = {table.label_role: r.label}
            if table.item_role:
                labels[table.item_role] = r.item  # | 濮阳县 | 一般公共预算收入 | …: a place and an item
            name = labels.get("indicator")
            indicator, scope, period = name or "", col.scope, _column_period(table.columns, j)
            if name is not None and caption_name and name in v.total_rows:
                indicator = caption_name  # | 合 计 | 105425 | under 大口径财政收入执行情况表: 大口径财政收入
            elif name is not None and j in va_columns:
                if name not in va_names:
                    va_names[name] = _sector_indicator(name, v)
                indicator = va_names[name]
            elif (name and col.indicator not in name and col.indicator.endswith(v.counted_column_ends)
                  and col.indicator not in v.counted_column_ends):
                indicator = name + col.indicator  # | 行政规范性文件 | 6 | under 本年制发件数: what the column counts of the
                # row's things, not the things alone (as 现行有效件数 beside it)
            elif name is None:
                # the rows are places or periods: the header names the indicator; a growth column
                # without a name (增长%) measures the named column on its left
                indicator = _header_indicator(table.columns, j) or caption_name
                flags.append("indicator_from_header")
            if "scope" in labels:
                scope = labels["scope"] or col.scope
            if "period" in labels:
                period = labels["period"] + col.period
            if j in r.summed and -1 in spans:
                # [14] under 年均增长 or 2025年: the sum (a level) or the cumulative change (in %) over the plan
                # (in a table of no span of years, a budget's or a year's, [4.2] is the column's figure)
                if not own and r.unit and r.unit not in ("%", "‰"):
                    unit = r.unit  # | 城镇新增就业 | 万人 | … | [30] |: a sum of the row's unit
                    magnitude, base = _split_unit(unit, v)
                measure = "change_pct" if unit in ("%", "‰") else "level"
                flags.append("multi_year")
                period = spans.get(-1, period)
            elif measure == "change_pct":
                measure, period = _span_column(spans, j, period, r.label, v)
                if measure == "change_pct":
                    flags.append("multi_year")  # 年均增长: over the years of the columns before it
            if measure == "rank" and col.aspect:
                indicator += col.aspect  # 增幅位次: 一般公共预算收入增幅
            if scope in v.total_scopes:
                scope = ""  # 累计完成数 合计: the sum of the levels, of none of them
            if not indicator:
                flags.append("no_indicator")
            if r.parent:
                flags.append("sub_item")
            if not r.complete:
                flags.append("row_cut")
            out.append(CellFigure(a, b, value, ri, j, indicator, r.label, r.parent, measure, unit, magnitude, base,
                                  _column_status(table.columns, j), period, scope, tuple(flags),
                                  col.comparator if measure == "rate_pct" else ""))
    return out


# --------------------------------------------------------------------------- the calendar of a table

_CN_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11,
              "十二": 12}


def _line_around(text: str, at: int) -> str:
    """The line of ``text`` holding offset ``at``."""
    b = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:len(text) if b < 0 else b]


def table_calendar(table: Table, text: str) -> tuple[int | None, int | None]:
    """(year, month) the table reports on: those its caption names (``二〇二四年二月大口径财政收入执行情况表``
    → 2024, 2), else those of the last period printed in the text just before it (``3月份,全市…如下表:`` →
    month 3; a year only when it is printed with the month, ``2018年1-6月``); a comparison base (比1-4月), a date
    on a line of its own (the report's: ``2024年1月``) and a month of another year than the caption's are none.
    Either is None when nothing names it."""
    v = table_vocab()
    year = month = None
    caption = text[table.start:table.body_start] + " " + table.caption
    if my := v.calendar_year.search(caption):
        year = year_number(my.group())
    named = year  # the year the caption names
    if mm := v.calendar_month.search(caption, my.end() if my else 0):
        month = _month(mm.group("m"))
    if month is None:
        lo = max(0, table.start - v.calendar_lookback)
        for mm in v.calendar_month.finditer(text, lo, table.start):
            if text[mm.start() - 1:mm.start()] in ("比", "较", "与", "同"):
                continue
            my = v.calendar_year.search(text, max(lo, mm.start() - 6), mm.start())
            y = year_number(my.group()) if my and text.startswith("年", my.end()) else None
            if v.date_line.fullmatch(_line_around(text, mm.start())) or (named and y is not None and y != named):
                continue  # 2024年1月 on a line of its own: the date of the report; 2024年1月 before 2023年…表
            month = _month(mm.group("m"))
            if year is None or my:
                year = y if y is not None else year
    return year, month


def is_current_column(word: str) -> bool:
    """Whether a column's period word (本期, 累计; '' for none) is the time the table reports on, as it is printed
    when the table's calendar names no month or year (:func:`calendar_period` keeps it).

    >>> is_current_column("本期"), is_current_column(""), is_current_column("上年同期")
    (True, True, False)
    """
    return table_vocab().calendar_words.get(word, "to_month" if not word else "") == "to_month"


def _month(s: str) -> int | None:
    n = int(s) if s.isdigit() else _CN_MONTHS.get(s)
    return n if n is not None and 1 <= n <= 12 else None


def calendar_period(word: str, year: int | None, month: int | None) -> str:
    """The period a column word (累计, 当月, 上年同期, 本年; '' for a column that names none) gives in a
    table of ``year`` and ``month`` (see :func:`table_calendar`; a year alone makes 累计 the year), and months
    printed without a year (1-6月) in the table's year; ``word`` itself when the calendar lacks what it needs or
    the word is no calendar word.

    >>> calendar_period("累计", 2024, 2), calendar_period("上年同期", 2024, 2), calendar_period("当月", None, 3)
    ('2024年1-2月', '2023年1-2月', '3月')
    >>> calendar_period("1-6月", 2023, 6), calendar_period("1-6月", None, 6)
    ('2023年1-6月', '1-6月')
    """
    v = table_vocab()
    kind = v.calendar_words.get(word, "to_month" if not word else "")
    y = "" if year is None else f"{year}年"
    if not kind and y and v.calendar_month.fullmatch(word):
        return y + word  # months printed without their year (1-6月 under 2023年…主要经济指标)
    months = "" if month is None else "1月" if month == 1 else f"1-{month}月"
    if kind == "to_month" and (months or y):
        return y + months  # (a table of a year and no month: the year)
    if kind == "month" and month is not None:
        return f"{y}{month}月"
    if kind == "prior_to_month" and year is not None and months:
        return f"{year - 1}年{months}"
    if kind == "year" and year is not None:
        return y
    if kind == "prior_year" and year is not None:
        return f"{year - 1}年"
    return word
