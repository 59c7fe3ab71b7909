"""Excel workbook and data exports (CSV, JSON, Parquet) of the facts and key tables.

One workbook per report: a 说明 (About) sheet generated from the field dictionary
:data:`FIELDS`, one sheet per key table with Chinese (or English) headers, money in
亿元/万元 with the unit in the header, and 全部数据 (All facts) in base units with the
section and source sentence of every figure.

Every text cell that a spreadsheet could read as a formula (it begins with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) is stored as text in the workbook and prefixed
with ``'`` in CSV. Every file is written to a temporary file and renamed into place.

Usage (writes files, so shown as a literal block)::

    import dhcheng_analysis as dh
    dh.to_excel(None, "dongcheng.xlsx")                  # PosixPath('dongcheng.xlsx')
    dh.to_csv(None, "headline.csv", table="headline")    # PosixPath('headline.csv')
"""

from __future__ import annotations

import io
import math
import os
import re
import unicodedata
from collections.abc import Mapping
from copy import copy
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import numpy as np
import pandas as pd

from .apitypes import ReportLike
from .atomic import check_target, write_text, write_with
from .display import (
    AMOUNT_UNIT_COLUMNS,
    SCALES,
    choose_scale,
    column_header,
    comparator_label,
    derived_digits,
    exact_decimals,
    printed_numerals,
    rank_group_label,
    raw_decimals,
    report_caption,
    unit_label,
    worded_units,
)
from .engine import PARQUET_HINT
from .errors import ExportError
from .report import Report, load_report
from .tables import DERIVED_COLUMNS
from .tabular import (
    csv_safe,  # noqa: F401 - the CSV cell guard, also part of this module's API
    csv_text,
    is_missing,
    join_cell,
    json_text,
    risky_text,
    shown_text,
)
from .vocab import glossary, labels
from .vocab.labels import FieldLabel, TableLabel

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl.worksheet.worksheet import Worksheet

FORMATS = ("xlsx", "csv", "json", "parquet")
LANGS = ("zh", "en")

# --------------------------------------------------------------------------------------
# Number formats (Excel). Negative changes are red through the format's second section.
# --------------------------------------------------------------------------------------
FMT_AMOUNT = "#,##0.00"
FMT_SIGNED_AMOUNT = "#,##0.00;[Red]-#,##0.00"
FMT_NUMBER = "#,##0.00##"
FMT_SIGNED_NUMBER = "#,##0.00##;[Red]-#,##0.00##"
FMT_PCT = "0.0"
FMT_CHANGE = "0.0;[Red]-0.0"
FMT_RATE = "0.0#;[Red]-0.0#"
FMT_COUNT = "#,##0"
FMT_INT = "0"
#: Excel number format of each field kind of the label dictionary (text has none).
NUMBER_FORMATS: dict[str, str] = {
    "int": FMT_INT, "count": FMT_COUNT, "number": FMT_NUMBER, "signed_number": FMT_SIGNED_NUMBER,
    "amount": FMT_AMOUNT, "signed_amount": FMT_SIGNED_AMOUNT, "percent": FMT_PCT, "change": FMT_CHANGE,
    "rate": FMT_RATE, "pp": FMT_CHANGE,
}

_LABELS = labels()
#: The field dictionary (``vocab/labels.toml``): column → headers, definition, kind, width.
FIELDS: Mapping[str, FieldLabel] = _LABELS.fields
#: The key tables, in registry order, and the sheets of the workbook, in sheet order.
TABLE_NAMES: tuple[str, ...] = tuple(_LABELS.tables)
SHEETS: tuple[TableLabel, ...] = tuple(_LABELS.tables[k] for k in _LABELS.sheets)
README_SHEET = _LABELS.readme_sheet
CURRENCIES = ("元", "美元")
#: Values shown in red bold: a check the report fails.
ALERT_VALUES: dict[str, tuple[Any, ...]] = {"verdict": ("inconsistent",)}


def number_format(col: str) -> str | None:
    """Excel number format of a column (None for text and for columns outside the dictionary)."""
    field = FIELDS.get(col)
    return NUMBER_FORMATS.get(field.kind) if field else None


#: Field kinds whose cells show the decimals the value has (as printed), up to :data:`MAX_DECIMALS`.
_DECIMAL_KINDS = {"number", "signed_number", "amount", "signed_amount", "percent", "change", "rate", "pp"}
#: Field kinds of a percentage or point difference: a derived one has the fixed decimals the pages show it with.
_PERCENT_KINDS = {"percent", "change", "rate", "pp"}
MAX_DECIMALS = 2


def _finite_float(value: Any) -> float | None:
    """``value`` as a finite float, or None (text, NaN, infinity)."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def decimals(value: Any, most: int = MAX_DECIMALS) -> int:
    """Decimals a number shows as printed: 1.14 → 2, 48.2 → 1, 96.90 → 1, 1e9 → 0; at most ``most``.

    >>> decimals(1.14), decimals(48.2), decimals(76.666666), decimals(50.0)
    (2, 1, 2, 0)
    """
    x = _finite_float(value)
    if x is None:
        return 0
    found = exact_decimals(x, most)
    return most if found is None else found


#: The most decimals a figure as printed shows in a cell: an amount in 亿元 printed in 万元 (146845万元 is 14.6845; so
#: is a number of a column of figures of several kinds, the stated total of a check: 2013817万元 is 201.3817), a
#: percentage printed with three (0.845%); a derived column shows at most :data:`MAX_DECIMALS` where no numeral of
#: the cell is printed.
PRINTED_DECIMALS = {"amount": 4, "signed_amount": 4, "number": 4, "signed_number": 4, "percent": 3, "change": 3,
                    "rate": 3, "pp": 3}


def cell_format(col: str, value: Any, raw: Any = None) -> str | None:
    """Number format of one cell: the column's format with as many decimals as the value was printed with
    (``level`` 14.6845 亿元 → ``#,##0.0000``), a derived column's with at most :data:`MAX_DECIMALS` (but as printed
    where the report prints its figure); ``raw``: the figure as printed
    (:func:`~dhcheng_analysis.display.printed_numerals`), whose trailing zeros the cell keeps while its value stays a
    number (``10.0`` → 10 shown as 10.0).

    >>> cell_format("level", 14.6845), cell_format("implied_prior_level", 13.3191111)
    ('#,##0.0000', '#,##0.00')
    >>> cell_format("yoy_pct", 10.0), cell_format("yoy_pct", 10.0, raw="10.0"), cell_format("level", 3.5, raw="3.50")
    ('0;[Red]-0', '0.0;[Red]-0.0', '#,##0.00')
    >>> cell_format("stated", 201.3817), cell_format("computed", 185.5912)  # (a check's total printed in 万元)
    ('#,##0.0000', '#,##0.00')
    >>> cell_format("gap_pp", -7.0), cell_format("h2_growth_required_pct", 21.3483)  # (as the pages show them)
    ('0.0;[Red]-0.0', '0.0;[Red]-0.0')
    >>> cell_format("completion_pct", 2200 / 30), cell_format("completion_pct", 59.74)  # (22 of 30; as printed)
    ('0.0', '0.00')
    >>> cell_format("abs_change", -2.099, raw="20990"), cell_format("abs_change", -2.0745, raw="20745")  # (万元 in 亿元)
    ('#,##0.0000;[Red]-#,##0.0000', '#,##0.0000;[Red]-#,##0.0000')
    >>> cell_format("implied_annual_target", 10.5425, raw="105425"), cell_format("implied_annual_target", 10.5425)
    ('#,##0.0000', '#,##0.00')
    """
    field = FIELDS.get(col)
    base = number_format(col)
    if base is None or field is None or field.kind not in _DECIMAL_KINDS:
        return base
    # (a cell of a derived column with a numeral printed is as printed: the annual target the report prints,
    # 完成预算105425万元 in 亿元 is 10.5425)
    derived = field.derived and raw is None
    most = MAX_DECIMALS if derived else PRINTED_DECIMALS.get(field.kind, MAX_DECIMALS)
    # (an amount keeps the places it is printed to, a whole numeral's too: 20990万元 in 亿元 is 2.0990)
    x, printed = _finite_float(value), raw_decimals(raw, value, whole=field.kind not in _PERCENT_KINDS)
    if field.kind in _PERCENT_KINDS and x is not None and (
            derived or printed is None and exact_decimals(x, most) is None):  # as the pages show it: a
        # computed percentage has fixed decimals (68.0% − 75.0%: −7.0, not −7; 21.348: 21.3; 22 of 30: 73.3)
        d = derived_digits(x)
    else:
        d = max(decimals(value, most), min(printed or 0, most) if not derived else 0)
    body = ("#,##0" if field.kind in ("amount", "signed_amount", "number", "signed_number") else "0") + (
        "." + "0" * d if d else "")
    if field.kind in ("signed_amount", "signed_number", "change", "pp"):
        return f"{body};[Red]-{body}"
    return body




#: What a ``links`` page name may not be: an address with a scheme (javascript:, http:), a path from the root
#: or another drive, or one that climbs out of the workbook's folder.
_NOT_A_PAGE = re.compile(r"^(?:\s*$|\s*[\w+.-]*:|\s*[/\\]|.*(?:^|[/\\])\.\.(?:[/\\]|$))", re.S)
_EXCEL_MAX_TEXT = 32767


# --------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------
def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ExportError(f"unknown language {lang!r} — use 'zh' or 'en'")
    return lang


def _check_table(table: str) -> str:
    if table not in TABLE_NAMES:
        raise ExportError(f"unknown table {table!r} — choose one of {', '.join(TABLE_NAMES)}")
    return table


def _all_tables(report: Report) -> dict[str, pd.DataFrame]:
    from .analysis import all_tables

    return dict(all_tables(report))


def derived_columns() -> frozenset[str]:
    """Columns computed by the analysis rather than read from the report (the dictionary's flag)."""
    return _LABELS.derived | frozenset(DERIVED_COLUMNS)


def _resolve(report: Any, tables: Mapping[str, pd.DataFrame] | None) -> tuple[Report, dict[str, pd.DataFrame]]:
    if isinstance(report, pd.DataFrame):
        raise TypeError("the workbook takes the report, not a table of it: to_excel(report, path), or "
                        "to_excel(report, path, tables=all_tables(report, facts)) for facts of one's own")
    if tables is not None and not (isinstance(tables, Mapping)
                                   and all(isinstance(t, pd.DataFrame) for t in tables.values())):
        raise TypeError(f"tables must map table names to DataFrames, as all_tables(report) returns, "
                        f"not {type(tables).__name__}")
    rep = load_report(report)
    return rep, dict(tables) if tables is not None else _all_tables(rep)


def _check_links(links: str | None) -> None:
    """``links`` names a page beside the workbook: a relative file name, never a web address or a script."""
    if links is not None and (not isinstance(links, str) or _NOT_A_PAGE.match(links)):
        raise ExportError(f"links={str(links)[:80]!r} must name the report page beside the workbook, "
                          "such as 'report.html' — not an address, a folder outside or a script")


# --------------------------------------------------------------------------------------
# Cell values
# --------------------------------------------------------------------------------------
def _excel_value(v: Any) -> Any:
    """A Python value openpyxl can store, or None for an empty cell."""
    if is_missing(v):
        return None
    v = join_cell(v)
    if isinstance(v, str):
        if not v:
            return None
        v = shown_text(v)  # (no control character XML cannot hold, no direction control)
        if len(v) > _EXCEL_MAX_TEXT:
            v = v[: _EXCEL_MAX_TEXT - 1] + "…"
        return v
    if hasattr(v, "item") and not isinstance(v, str):  # numpy scalars
        v = v.item()
    if isinstance(v, bool | int):
        return v
    if isinstance(v, float):  # without the float error of a sum or difference: to 10 decimals and 15 significant
        # digits (98.3 − 100 is −1.7 in the cell, not −1.700000000000003; 99.7 − 100 is −0.3, not −0.299999999999997)
        return float(f"{round(v, 10):.15g}") if math.isfinite(v) else ("inf" if v > 0 else "-inf" if v < 0 else None)
    if isinstance(v, datetime):
        return v.replace(tzinfo=None) if v.tzinfo else v
    return _excel_value(str(v))


def _put(ws: Worksheet, row: int, col: int, value: Any, fmt: str | None = None, *, font: Any = None,
         fill: Any = None, alignment: Any = None, styles: _Styles | None = None) -> Any:
    """Write one cell; text is always text (never a formula).

    ``font``, ``fill`` and ``alignment`` style the cell; with ``styles`` a combination of
    styles is resolved once and copied to the next cell that has it (openpyxl otherwise
    looks each style object up in the workbook again, cell after cell).
    """
    value = _excel_value(value)
    if value is None:
        return None
    cell = ws.cell(row=row, column=col, value=value)
    quote = False
    if isinstance(value, str):
        cell.data_type = "s"
        quote = risky_text(value)
        fmt = None
    key = (fmt, quote, id(font), id(fill), id(alignment))
    resolved = styles.resolved.get(key) if styles is not None else None
    if resolved is not None:
        cell._style = copy(resolved)
        return cell
    if quote:
        cell.quotePrefix = True
    if fmt:
        cell.number_format = fmt
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if alignment is not None:
        cell.alignment = alignment
    if styles is not None:
        styles.resolved[key] = copy(cell._style)
    return cell


def _text_width(s: str) -> int:
    if s.isascii():
        return len(s)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


LINE_HEIGHT = 15.5  # points per wrapped line (11 pt text, CJK fallback fonts included)


def _lines(value: Any, width: float) -> int:
    """Lines a wrapped cell needs at a column width (in character units)."""
    room = max(width - 1.5, 1)
    return sum(max(1, math.ceil(_text_width(part) / room)) for part in str(value).split("\n"))


# --------------------------------------------------------------------------------------
# Reader frames: codes as labels, 是/否, the indicator first, the report id last, a link per row
# --------------------------------------------------------------------------------------
#: Columns holding codes of another column's kind.
CODE_COLUMNS: dict[str, str] = {"level_measure": "measure", "comparator_measure": "measure", "rank_measure": "measure",
                                "level_qualifier": "qualifier", "yoy_qualifier": "qualifier",
                                "comparator_value_qualifier": "qualifier", "change_qualifier": "qualifier",
                                "annual_target_qualifier": "qualifier",
                                "outcome_qualifier": "qualifier", "outcome_status": "status", "flags": "flag"}
#: Columns shown first, in this order (the first present is the one frozen in view).
LEAD_COLUMNS = ("indicator", "item")
#: Header of the link column (the label dictionary's word of the pages).
LINK_COLUMN = "source_link"


def code_kind(col: str) -> str | None:
    """The code vocabulary of a column (``measure`` for ``level_measure`` …), None for other columns."""
    kind = CODE_COLUMNS.get(col, col)
    return kind if kind in _LABELS.codes and kind != "boolean" else None


def _codes_label(kind: str, value: str, lang: str) -> str:
    """The label of a code, or of each code of a ``;``-joined list (flags)."""
    return ("；" if lang == "zh" else "; ").join(_LABELS.code(kind, code, lang) for code in value.split(";"))


def _boolean_column(series: pd.Series) -> bool:
    if pd.api.types.is_bool_dtype(series):
        return True
    if series.dtype == object:
        values = series.dropna().tolist()
        return bool(values) and all(isinstance(v, bool | np.bool_) for v in values)
    return False


# columns of words the English workbook puts in English, as the pages do (上半年 → H1, 全口径 → all levels of
# government; the units, once the money is scaled, 亿元 → 100m yuan); the columns "as printed" (the indicator,
# unit, value and sentence) keep the report's words
def _english_pp_diffs(value: Any, lang: str) -> str:
    """Every difference of a headline row (``一季度:+1.5;全市:+0.9``) with its comparators in English."""
    parts = (part.rpartition(":") for part in str(value).split(";"))
    return ";".join(f"{comparator_label(comp, lang)}:{pp}" if sep else pp for comp, sep, pp in parts)


_ENGLISH_WORDS = {**{c: comparator_label for c in ("period", "comparator", "change_comparator", "scope")},
                  "rank_group": rank_group_label, "pp_diffs": _english_pp_diffs}
_UNIT_COLUMNS = ("unit", "level_unit", "count_unit")


def _reader_units(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``frame`` with its unit columns in the reader's language: the unit code pp as 百分点 (pp), and in
    English every unit (亿元 → 100m yuan, 户 → units)."""
    return worded_units(frame, _UNIT_COLUMNS, lang)


def reader_frame(df: pd.DataFrame, key: str, lang: str, tables: Mapping[str, pd.DataFrame] | None = None,
                 links: str | None = None) -> pd.DataFrame:
    """A key table as the workbook shows it: codes as labels of the reader's language, 是/否 for
    booleans, the indicator (or item) first, ``report_id`` last; the 核对 sheet with its unit and
    its message in words; the elapsed-time mark of a completion that is no annual task blank (nothing is
    measured against it), as the pages show it; with ``links``, a link to each row's figure on the annotated
    page."""
    out = df.copy()
    if key == "audit" and tables is not None and "fact_id" in out.columns:
        out = _audit_in_words(out, tables.get("facts"), lang)
    if "benchmark_pct" in out.columns and "annual" in out.columns:  # as the pages: no mark for a task not annual
        out["benchmark_pct"] = out["benchmark_pct"].mask(out["annual"].map(lambda a: not is_missing(a) and not a))
    # the comparator of a rank is the set it is taken in (位居全省第15位: among the province)
    ranks = out["measure"].eq("rank").tolist() if "measure" in out.columns else [False] * len(out)
    for col in list(out.columns):
        kind = code_kind(str(col))
        series = out[col]
        if kind is not None and not pd.api.types.is_numeric_dtype(series):
            out[col] = [None if is_missing(v) or str(v) == "" else _codes_label(kind, str(v), lang) for v in series]
        elif _boolean_column(series):
            out[col] = [None if is_missing(v) else _LABELS.code("boolean", str(bool(v)).lower(), lang) for v in series]
        elif lang == "en" and col in _ENGLISH_WORDS:
            words = [rank_group_label if rank and col == "comparator" else _ENGLISH_WORDS[col] for rank in ranks]
            out[col] = [v if is_missing(v) else word(v, "en") for v, word in zip(series, words, strict=True)]
    lead = [c for c in LEAD_COLUMNS if c in out.columns][:1]
    rest = [c for c in out.columns if c not in lead and c != "report_id"]
    order = lead + rest + (["report_id"] if "report_id" in out.columns else [])
    out = out[order]
    if links and "fact_id" in out.columns:
        from .annotate import fact_href

        out.insert(len(lead), LINK_COLUMN, [fact_href(f, links) for f in out["fact_id"]])
    return out


def _audit_in_words(audit: pd.DataFrame, facts: pd.DataFrame | None, lang: str) -> pd.DataFrame:
    """The audit with the unit of each check's figures and its message in the reader's language."""
    from .display import format_level, shown_scale

    units: dict[str, str] = {}
    if facts is not None and {"fact_id", "unit"} <= set(facts.columns):
        units = {str(f): ("" if is_missing(u) else str(u)) for f, u in zip(facts["fact_id"], facts["unit"], strict=True)}
    out = audit.copy()
    out.insert(list(out.columns).index("stated"), "unit",
               ["%" if str(c) == "completion_vs_count_pair" else units.get(str(f), "")
                for f, c in zip(out["fact_id"], out["check"], strict=True)])
    if "message" in out.columns:
        words = []
        for r in out.to_dict("records"):
            u = r["unit"]
            verdict = _LABELS.code("verdict", r.get("verdict"), lang)
            # (every amount of a check in the unit its stated figure is shown in: 允许超出 1万元 beside 4,125,683万元,
            # not 10,000元)
            scale = None if u in ("", "%") or is_missing(r.get("stated")) else shown_scale(r.get("stated"), u, lang)
            vals = {k: format_level(r.get(k), u, lang, scale=scale) for k in ("stated", "computed")}
            apart = "pp" if u == "%" else u  # (two percentages differ by points: 相差 0.01个百分点, not 0.01%)
            diff = format_level(abs(float(r.get("difference") or 0.0)), apart, lang, scale=scale)
            tol = format_level(r.get("tolerance"), apart, lang, scale=scale)
            within = r.get("verdict") == "consistent"
            if str(r.get("check")) == "parts_within_total":  # an inequality: parts short of their total agree with it
                words.append(f"{verdict}：部分之和 {vals['computed']}{'不超过' if within else '超过'}总量 {vals['stated']}"
                             f"（允许超出 {tol}）" if lang == "zh" else
                             f"{verdict}: the parts sum to {vals['computed']}, {'within' if within else 'over'} the "
                             f"total {vals['stated']} (allowed over it: {tol})")
            elif lang == "zh":
                words.append(f"{verdict}：报告值 {vals['stated']}，计算值 {vals['computed']}，相差 {diff}（允许 ±{tol}）")
            else:
                words.append(f"{verdict}: stated {vals['stated']}, computed {vals['computed']}, "
                             f"difference {diff} (allowed ±{tol})")
        out["message"] = words
    return out


# --------------------------------------------------------------------------------------
# Display frames: money in 亿元/万元, unit in the header
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Display:
    frame: pd.DataFrame
    header_units: dict[str, tuple[str, str]]  # column → (zh suffix, en suffix)


def _currency(unit: Any) -> str | None:
    return unit if isinstance(unit, str) and unit in CURRENCIES else None


def _unit_col(df: pd.DataFrame, col: str) -> str | None:
    return next((u for u in AMOUNT_UNIT_COLUMNS.get(col, ()) if u in df.columns), None)


def display_frame(df: pd.DataFrame, scale_money: bool = True) -> _Display:
    """Copy of ``df`` for people: money amounts in 亿元 (or 万元) and the unit columns to match.

    One scale fits the table (see :func:`choose_scale`), so a column sorts right; a row whose
    amounts would read 0.00 at that scale (per-capita income in a table of 亿元) keeps a finer
    unit, named in its unit column. Base units stay in the facts table: this only changes
    what a sheet shows. Returns the frame and, per amount column, the unit for its header.
    """
    amount_cols = [c for c in AMOUNT_UNIT_COLUMNS if c in df.columns and _unit_col(df, c)]
    if not scale_money or not amount_cols or df.empty:
        return _Display(df, _header_units(df, amount_cols))
    by_unit: dict[str, list[str]] = {}
    for col in amount_cols:
        by_unit.setdefault(_unit_col(df, col), []).append(col)
    money: list[float] = []
    for uc, cols in by_unit.items():
        is_money = df[uc].map(lambda u: _currency(u) is not None).astype(bool)
        for col in cols:
            money.extend(float(v) for v in pd.to_numeric(df.loc[is_money, col], errors="coerce").dropna())
    if not money:
        return _Display(df, _header_units(df, amount_cols))
    factor = choose_scale(money)[0]
    prefix = {scale: zh for scale, zh, _ in SCALES} | {1.0: ""}
    out = df.copy()
    for uc, cols in by_unit.items():
        is_money = df[uc].map(lambda u: _currency(u) is not None).astype(bool).to_numpy()
        nums = {c: pd.to_numeric(df[c], errors="coerce").astype(float) for c in cols}
        row_max = pd.concat([nums[c].abs() for c in cols], axis=1).max(axis=1).to_numpy()
        small = row_max < factor / 100  # NaN compares False: rows without amounts keep the table scale
        finer = [s for s, _, _ in SCALES if s < factor]
        row_factor = np.where(small, np.where(row_max >= (finer[0] * 100 if finer else np.inf),
                                              finer[0] if finer else 1.0, 1.0), factor)
        row_factor = np.where(is_money, row_factor, 1.0)
        for c in cols:
            out[c] = nums[c] / row_factor
        out[uc] = [prefix[f] + u if m else u for f, u, m in zip(row_factor, df[uc], is_money, strict=True)]
    return _Display(out, _header_units(out, amount_cols))


_UNIT_ORDER = ("亿元", "万元", "元", "亿美元", "万美元", "美元")


def _header_units(df: pd.DataFrame, amount_cols: list[str]) -> dict[str, tuple[str, str]]:
    """Header unit per amount column: the unit when all rows share it, else the money units."""
    units: dict[str, tuple[str, str]] = {}
    for col in amount_cols:
        uc = _unit_col(df, col)
        present = df.loc[df[col].notna(), uc].dropna()
        distinct = {u for u in present if isinstance(u, str) and u}
        if not distinct:
            continue
        money = sorted((u for u in distinct if u in _UNIT_ORDER), key=_UNIT_ORDER.index)
        if len(distinct) == 1:
            (only,) = distinct
            units[col] = (only, _en_unit(only))
        elif money:
            units[col] = (f"金额:{'/'.join(money)}", f"money in {'/'.join(_en_unit(u) for u in money)}")
    return units


def header(col: str, lang: str, unit: tuple[str, str] | None = None, derived: bool = False) -> str:
    """Column header as shown in the workbook, e.g. ``水平值(亿元)`` or ``Level (100m yuan) [derived]``."""
    return column_header(col, lang, unit, derived)


_DOLLARS = frozenset({"美元", *(zh + "美元" for _, zh, _ in SCALES)})


def _en_unit(unit: str) -> str:
    """A unit as a header names it: as :func:`unit_label` (亿元 → 100m yuan, 户 → units, 个 → ""), US$ for the
    dollars of a scale the headers use (亿美元 → 100m US$)."""
    english = unit_label(unit, "en")
    return english.replace("US dollars", "US$") if unit in _DOLLARS else english


# --------------------------------------------------------------------------------------
# Workbook
# --------------------------------------------------------------------------------------
class _Styles:
    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill

        self.head_font = Font(bold=True)
        self.alert_font = Font(bold=True, color="C00000")
        self.title_font = Font(bold=True, size=14)
        self.section_font = Font(bold=True, size=12)
        self.head_fill = PatternFill("solid", fgColor="DDEBF7")
        self.derived_fill = PatternFill("solid", fgColor="FCE4D6")
        self.head_align = Alignment(wrap_text=True, vertical="center")
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.wrap_left = Alignment(wrap_text=True, vertical="top", horizontal="left")
        self.top = Alignment(vertical="top")
        self.link_font = Font(color="0B62A4", underline="single")
        #: (number format, quote prefix, font, fill, alignment) → the cell style they make, in this workbook
        self.resolved: dict[tuple[str | None, bool, int, int, int], Any] = {}


def _write_table(ws: Worksheet, df: pd.DataFrame, spec: TableLabel, lang: str,
                 derived: frozenset[str], st: _Styles, facts: pd.DataFrame | None = None) -> None:
    from openpyxl.utils import get_column_letter

    if len(df.columns) == 0:
        _put(ws, 1, 1, "（本表无数据）" if lang == "zh" else "(no data)")
        return
    shown = display_frame(df, spec.scale_money)
    frame = _reader_units(shown.frame, lang)
    cols = [str(c) for c in frame.columns]
    printed = printed_numerals(df, facts, cols)  # (a cell keeps a trailing zero as printed: 10.0%, 3.50亿元)
    no_raw = [None] * len(df)
    fields = [FIELDS.get(c) for c in cols]
    numeric = [FIELDS.get(c) is not None and FIELDS[c].kind in _DECIMAL_KINDS for c in cols]
    fmts = [number_format(c) for c in cols]
    widths = [0] * len(cols)
    words = _LABELS.words(lang, "page_")
    for j, col in enumerate(cols, 1):
        is_derived = col in derived
        text = (words["source_link"] if col == LINK_COLUMN else
                header(col, lang, shown.header_units.get(col), is_derived))
        _put(ws, 1, j, text, font=st.head_font, fill=st.derived_fill if is_derived else st.head_fill,
             alignment=st.head_align, styles=st)
        widths[j - 1] = min(_text_width(text), 24)
    wraps = [bool(f and f.wrap) for f in fields]
    alert = [tuple(v for code in ALERT_VALUES.get(c, ()) for v in (code, _LABELS.code(c, code, lang))) for c in cols]
    raws = list(zip(*(printed.get(c, no_raw) for c in cols), strict=True)) if cols else []
    for i, row in enumerate(frame.itertuples(index=False, name=None), 2):
        lines = 1
        for j, v in enumerate(row):
            if cols[j] == LINK_COLUMN:
                if isinstance(v, str) and v:
                    _put(ws, i, j + 1, words["source_link"], font=st.link_font, styles=st).hyperlink = v
                continue
            cell = _put(ws, i, j + 1, v, cell_format(cols[j], v, raws[i - 2][j]) if numeric[j] else fmts[j],
                        font=st.alert_font if alert[j] and isinstance(v, str) and v in alert[j] else None,
                        alignment=st.wrap if wraps[j] else st.top, styles=st)
            if cell is None:
                continue
            if wraps[j]:
                lines = max(lines, _lines(cell.value, fields[j].width or 50))
            elif i <= 202:
                val = cell.value
                w = _text_width(val) if isinstance(val, str) else len(f"{val:,.2f}") if isinstance(
                    val, float) else len(str(val))
                widths[j] = max(widths[j], w)
        if lines > 1:  # spreadsheets do not all size wrapped rows on opening
            ws.row_dimensions[i].height = min(LINE_HEIGHT * lines + 2, 409)
    for j, field in enumerate(fields):
        width = field.width if field and field.width else min(max(widths[j] + 2, 8), 50)
        ws.column_dimensions[get_column_letter(j + 1)].width = width
    lead = next((j for j, c in enumerate(cols) if c in LEAD_COLUMNS), None)
    ws.freeze_panes = f"{get_column_letter(lead + 2)}2" if lead is not None else "A2"  # right of the indicator
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(len(frame), 0) + 1}"
    _print_setup(ws, landscape=True)
    ws.print_title_rows = "1:1"


def _print_setup(ws: Worksheet, landscape: bool) -> None:
    """Print (and PDF) one page wide, as many pages tall as needed."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


README_WIDTHS = (26, 24, 30, 60, 22, 10, 30)


def _long_text(ws: Worksheet, row: int, first: int, last: int, text: Any, st: _Styles) -> None:
    """Text spread over columns ``first..last`` (merged, wrapped, row tall enough)."""
    cell = _put(ws, row, first, text, alignment=st.wrap_left, styles=st)
    if cell is None:
        return
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    lines = _lines(cell.value, sum(README_WIDTHS[first - 1:last]))
    if lines > 1:
        ws.row_dimensions[row].height = LINE_HEIGHT * lines + 2


def _write_readme(ws: Worksheet, report: Report, tables: Mapping[str, pd.DataFrame], lang: str,
                  sheet_names: list[tuple[TableLabel, str]], derived: frozenset[str], st: _Styles,
                  links: str | None = None) -> None:
    from openpyxl.utils import get_column_letter

    from . import __version__

    zh = lang == "zh"
    meta = report.metadata
    for j, width in enumerate(README_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(j)].width = width
    row = 1
    title = _title(meta, lang)
    _put(ws, row, 1, title or report.report_id).font = st.title_font
    row += 2

    def pair(label_zh: str, label_en: str, value: Any) -> None:
        nonlocal row
        if is_missing(value) or value == "":
            return
        _put(ws, row, 1, label_zh if zh else label_en).font = st.head_font
        _long_text(ws, row, 2, 4, value, st)
        row += 1

    pair("报告", "Report", title)
    pair("报告编号", "Report id", report.report_id)
    pair("地区", "Place", meta.get("district"))  # (a district, a county or a street: 东城区, 东柳街道)
    pair("城市", "City", meta.get("city"))
    pair("年份", "Year", meta.get("year"))
    pair("时期", "Period", report_caption(report, "zh" if zh else "en")["period"])
    pair("来源", "Source", meta.get("source"))
    pair("源文件", "Source file", meta.get("file") or (Path(report.path).name if report.path else ""))
    pair("生成时间", "Generated", datetime.now().astimezone().isoformat(timespec="seconds"))
    pair("生成工具", "Generated by", f"dhcheng_analysis {__version__}")
    row += 1

    def block(title_zh: str, title_en: str, heads: list[str], rows: list[list[Any]],
              note: str = "", span_last: bool = False) -> None:
        nonlocal row
        _put(ws, row, 1, title_zh if zh else title_en).font = st.section_font
        row += 1
        if note:
            _long_text(ws, row, 1, 4, note, st)
            row += 1
        for j, h in enumerate(heads, 1):
            _put(ws, row, j, h, font=st.head_font, fill=st.head_fill, styles=st)
        row += 1
        for values in rows:
            lines = 1
            for j, v in enumerate(values, 1):
                if span_last and j == len(values):
                    _long_text(ws, row, j, len(README_WIDTHS), v, st)
                    continue
                cell = _put(ws, row, j, v, alignment=st.wrap, styles=st)
                if cell is not None:
                    lines = max(lines, _lines(cell.value, README_WIDTHS[j - 1]))
            if lines > 1:
                ws.row_dimensions[row].height = LINE_HEIGHT * lines + 2
            row += 1
        row += 1

    block("工作表", "Sheets", ["工作表" if zh else "Sheet", "行数" if zh else "Rows",
                               "内容" if zh else "Contents"],
          [[name, len(tables.get(spec.key, ())), spec.desc_zh if zh else spec.desc_en]
           for spec, name in sheet_names], span_last=True)

    units_note = (
        "金额：各分表中以亿元（或万元，视表中数额大小而定）显示，单位写在表头并在单位列中注明；"
        "“全部数据”表保留基本单位（元、美元、人、%），与CSV、JSON、Parquet导出一致。"
        "负的变化值以红色显示。表头标有[推算]的列由报告中的数字计算得出，并非报告原文。"
        if zh else
        "Money: the table sheets show amounts in 100 million (亿) or 10 thousand (万) yuan as fits "
        "the table, with the unit in the header and in the unit column; All facts keeps base units "
        "(yuan, US$, persons, percent), as do the CSV, JSON and Parquet exports. Negative changes "
        "are red. Columns marked [derived] are computed from the report's figures, not stated by it."
    )
    used: dict[str, list[str]] = {}
    for spec, name in sheet_names:
        columns = tables.get(spec.key, pd.DataFrame()).columns
        if links and "fact_id" in columns:  # (the sheets with a link to each row's figure: reader_frame)
            used.setdefault(LINK_COLUMN, []).append(name)
        for c in columns:
            used.setdefault(str(c), []).append(name)
    field_rows = []
    for col, sheets in used.items():
        f = FIELDS.get(col)
        field_rows.append([
            col, f.zh if f else col, f.en if f else col,
            (f.desc_zh if zh else f.desc_en) if f else "",
            number_format(col) or ("文本" if zh else "text"),
            ("是" if zh else "yes") if col in derived else "",
            "、".join(sheets) if zh else ", ".join(sheets),
        ])
    block("字段说明", "Fields",
          ["字段" if zh else "Column", "中文表头", "English header", "说明" if zh else "Definition",
           "数字格式" if zh else "Number format", "推算" if zh else "Derived",
           "所在工作表" if zh else "Sheets"],
          field_rows, units_note)
    codes = _LABELS.codes
    code_heads = ["代码" if zh else "Code", "中文", "English"]
    # (each list of codes titled as its column is, whose description points to it: 代码含义见本表“数值类型”部分)
    block(FIELDS["measure"].zh, "Measures", [*code_heads, "说明" if zh else "Definition"],
          [[c.code, c.zh, c.en, c.note_zh if zh else c.note_en] for c in codes["measure"].values()])
    block(FIELDS["qualifier"].zh, "Qualifiers", code_heads,
          [[c.code, c.zh, c.en] for c in codes["qualifier"].values()])
    block(FIELDS["status"].zh, "Status", code_heads, [[c.code, c.zh, c.en] for c in codes["status"].values()])
    block("指标词汇表", "Indicator glossary",
          ["标准名称" if zh else "Canonical name", "别名" if zh else "Aliases", "English",
           "定义" if zh else "Definition", "类别" if zh else "Category", "主要指标" if zh else "Headline"],
          [[t.canonical, "、".join(t.aliases), t.english, t.definition, _LABELS.code("category", t.category, lang),
            ("是" if zh else "yes") if t.headline else ""] for t in glossary()])
    _print_setup(ws, landscape=False)


def _title(meta: Mapping[str, object], lang: str) -> object:
    """The title a workbook in ``lang`` gives its report (its README's first line and its properties): the report's,
    in English when an English one is known; None when it has none."""
    return meta.get("title") if lang == "zh" else (meta.get("title_en") or meta.get("title"))


def build_workbook(report: Report, tables: Mapping[str, pd.DataFrame], lang: str = "zh", *,
                   links: str | None = None):
    """The openpyxl Workbook of a report's tables (not saved). See :func:`to_excel`."""
    from openpyxl import Workbook

    from . import __version__

    _check_lang(lang)
    st = _Styles()
    derived = derived_columns()
    wb = Workbook()
    readme = wb.active
    readme.title = README_SHEET[0] if lang == "zh" else README_SHEET[1]
    names = [(spec, spec.zh if lang == "zh" else spec.en) for spec in SHEETS]
    for spec, name in names:
        df = tables.get(spec.key)
        df = reader_frame(df, spec.key, lang, tables, links) if df is not None and len(df.columns) else pd.DataFrame()
        _write_table(wb.create_sheet(name), df, spec, lang, derived, st, tables.get("facts"))
    _write_readme(readme, report, tables, lang, names, derived, st, links)
    wb.properties.title = _excel_value(str(_title(report.metadata, lang) or report.report_id))[:250]
    wb.properties.creator = f"dhcheng_analysis {__version__}"
    return wb


def sheet_names(lang: str = "zh") -> dict[str, str]:
    """Table key → sheet name, plus ``"readme"`` for the 说明/About sheet."""
    _check_lang(lang)
    i = 0 if lang == "zh" else 1
    return {"readme": README_SHEET[i], **{s.key: (s.zh, s.en)[i] for s in SHEETS}}


def to_excel(report: ReportLike, path: str | os.PathLike, lang: str = "zh", *,
             tables: Mapping[str, pd.DataFrame] | None = None, links: str | None = None) -> Path:
    """Write the Excel workbook of a report.

    Parameters
    ----------
    report : Report, path, str or None
        The report (None: the bundled one), as :func:`dhcheng_analysis.load_report` takes it.
    path : path
        The .xlsx file to write; its folder must exist. Written atomically.
    lang : {"zh", "en"}
        Language of the headers, sheet names and the About sheet.
    tables : mapping, optional
        Tables already built (``all_tables(report)``); built from ``report`` when omitted.
    links : str, optional
        The annotated report page beside the workbook (``"report.html"``): each row of a table
        sheet then links to its figure there (``dhcheng report`` writes both).

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    ExportError
        Missing or read-only folder, unknown language.

    Examples
    --------
    ::

        to_excel(None, "dongcheng.xlsx", lang="zh")   # PosixPath('dongcheng.xlsx')
    """
    _check_lang(lang)
    _check_links(links)
    check_target(path)
    rep, found = _resolve(report, tables)
    wb = build_workbook(rep, found, lang, links=links)
    return write_with(path, lambda tmp: wb.save(tmp))


# --------------------------------------------------------------------------------------
# CSV, JSON, Parquet
# --------------------------------------------------------------------------------------
#: What the data exports take: a table (a facts table or any key table), tables by name
#: (``all_tables(report)``), or a report as :func:`dhcheng_analysis.load_report` takes it.
TableSource = pd.DataFrame | Mapping[str, pd.DataFrame] | Report | str | os.PathLike | bytes | None


def _is_stream(target: object) -> bool:
    return hasattr(target, "write") and not isinstance(target, str | bytes | os.PathLike)


def _one_table(data: TableSource, table: str | None, tables: Mapping[str, pd.DataFrame] | None) -> pd.DataFrame:
    if isinstance(data, pd.DataFrame):
        if table is not None:
            raise ExportError(f"table={table!r} names a table of a report, but the data given is a table already "
                              "— leave table out")
        return data
    if isinstance(data, Mapping):
        tables, data = data, None
        if table is None:
            table = "facts"
        _check_table(table)
        if table not in tables:
            raise ExportError(f"no table {table!r} among the tables given — choose one of {', '.join(tables)}")
        return tables[table]
    table = _check_table(table or "facts")
    if tables is not None and table in tables:
        return tables[table]
    if table == "facts" and tables is None:
        from .facts import extract_facts

        return extract_facts(load_report(data))
    _, found = _resolve(data, tables)
    if table not in found:
        raise ExportError(f"the analysis has no table {table!r} — choose one of {', '.join(sorted(found))}")
    return found[table]


def _write_out(path: str | os.PathLike | TextIO, text: str, encoding: str) -> Path | None:
    if _is_stream(path):
        try:
            if isinstance(path, io.RawIOBase | io.BufferedIOBase) or "b" in str(getattr(path, "mode", "")):
                path.write(text.encode(encoding))  # type: ignore[union-attr]  (a stream opened with "wb")
            else:
                path.write(text)  # type: ignore[union-attr]
        except ValueError as exc:  # closed, or not open for writing
            raise ExportError(f"cannot write to the given stream: {exc} — pass a stream open for writing, "
                              "or a file name") from exc
        return None
    return write_text(path, text, encoding=encoding)  # type: ignore[arg-type]


def to_csv(data: TableSource, path: str | os.PathLike | TextIO, table: str | None = None, *,
           tables: Mapping[str, pd.DataFrame] | None = None) -> Path | None:
    """Write a table as CSV: UTF-8 with BOM (so Excel reads the Chinese), CRLF line ends, base units.

    Every CSV of the package is made here (through :func:`dhcheng_analysis.tabular.csv_text`):
    text a spreadsheet would run as a formula gets a leading ``'``; numeric columns stay numbers.

    Parameters
    ----------
    data : DataFrame, mapping of tables, Report, path, str or None
        A table to write as it is (the facts, or any key table); tables by name (pick one with
        ``table``); or a report (None: the bundled one) whose ``table`` is written.
    path : path or text stream
        The file to write (atomically; a regular file or a new path), or an open text stream
        such as ``sys.stdout`` (no BOM, LF line ends).
    table : str, optional
        With a report or tables: facts (default), headline, yoy, tax, completion, targets or audit.
    tables : mapping, optional
        Tables already built from the report (``all_tables(report)``).

    Returns
    -------
    Path or None
        The file written (None for a stream).

    Raises
    ------
    ExportError
        Unwritable path (missing folder, a folder, a device or pipe, full disk), unknown table.

    Examples
    --------
    ::

        facts = dh.extract_facts(report)
        to_csv(facts, "facts.csv")                       # PosixPath('facts.csv')
        to_csv(report, "tax.csv", table="tax")           # PosixPath('tax.csv')
        to_csv(facts.query("measure == 'yoy_pct'"), sys.stdout)
    """
    if not _is_stream(path):
        check_target(path)  # type: ignore[arg-type]
    df = _one_table(data, table, tables)
    if _is_stream(path):
        return _write_out(path, csv_text(df, lineterminator="\n"), "utf-8")
    return _write_out(path, csv_text(df), "utf-8-sig")


def to_json(data: TableSource, path: str | os.PathLike | TextIO, table: str | None = None, *,
            tables: Mapping[str, pd.DataFrame] | None = None) -> Path | None:
    """Write a table as JSON records (UTF-8, Chinese as is, exact numbers, missing values as null).

    Takes the same ``data``, ``path`` (a file or a text stream), ``table`` and ``tables`` as
    :func:`to_csv`.
    """
    if not _is_stream(path):
        check_target(path)  # type: ignore[arg-type]
    df = _one_table(data, table, tables)
    return _write_out(path, json_text(df) + "\n", "utf-8")


def require_pyarrow() -> None:
    """Raise :class:`ExportError` telling how to install pyarrow when it is missing (Parquet needs it)."""
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise ExportError(f"writing Parquet needs pyarrow, which is not installed — run: {PARQUET_HINT}") from exc


def write_parquet(df: pd.DataFrame, path: str | os.PathLike, what: str) -> Path:
    """Write ``df`` as Parquet through a temporary file; a table pyarrow cannot store raises
    :class:`ExportError` naming ``what``."""

    def write(tmp: Path) -> None:
        try:
            df.to_parquet(tmp, index=False, engine="pyarrow")
        except (TypeError, ValueError) as exc:
            raise ExportError(f"cannot store {what} as Parquet: {exc}".splitlines()[0]) from exc

    return write_with(path, write)


def to_parquet(data: TableSource, path: str | os.PathLike, table: str | None = None, *,
               tables: Mapping[str, pd.DataFrame] | None = None) -> Path:
    """Write a table as Parquet (needs the ``parquet`` extra: pyarrow); ``data`` as for :func:`to_csv`."""
    if _is_stream(path):
        raise ExportError("Parquet is written to a file, not to a stream — give a file name")
    require_pyarrow()
    check_target(path)
    return write_parquet(_one_table(data, table, tables), path, f"table {table or 'given'!r}")


def export_cli(report: TableSource, fmt: str = "xlsx", table: str | None = None,
               path: str | os.PathLike | TextIO = "", lang: str = "zh") -> Path | None:
    """What ``dhcheng export`` does: the workbook (xlsx) or one table (csv, json, parquet).

    ``path`` may be a text stream for csv and json.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} — choose one of {', '.join(FORMATS)}")
    if not _is_stream(path) and not str(path):
        raise ExportError("no output file given — add -o PATH")
    if _is_stream(path) and fmt not in ("csv", "json"):
        raise ExportError(f"{fmt} is written to a file, not to a stream — give a file name")
    _check_table(table or "facts")
    _check_lang(lang)
    if fmt == "xlsx":
        return to_excel(report, path, lang=lang)  # type: ignore[arg-type]
    if fmt == "parquet":
        require_pyarrow()
    writer = {"csv": to_csv, "json": to_json, "parquet": to_parquet}[fmt]
    return writer(report, path, table or "facts")
