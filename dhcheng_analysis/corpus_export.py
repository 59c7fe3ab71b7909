"""Files of a corpus: Parquet tables, errors.csv and a workbook; what ``dhcheng corpus`` does.

``write_corpus(corpus, folder)`` writes, atomically, into ``folder``:

=========================  ==========================================================================
``facts.parquet``          every fact of every report, with the corpus columns (place, year, fact_year …)
``panel.parquet``          indicator × year, tidy (all measures; see ``Corpus.panel``)
``target_outcomes.parquet`` every target with the outcome the next report states, where it does
``consistency.parquet``    levels against the level implied by the previous level and the growth stated
``reports.parquet``        the metadata of each report and where it was read
``errors.csv``             one row per file that could not be read or parsed (text guarded against formulas)
``corpus.xlsx``            the workbook: About, reports, targets and outcomes, hit rates, panel, consistency, errors
=========================  ==========================================================================
"""

from __future__ import annotations

import math
import os
import re
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

import pandas as pd

from .atomic import user_path, write_text, write_with
from .corpus import (
    Corpus,
    hit_rates,
    level_consistency,
    load_corpus,
    panel,
    panel_row_names,
    report_years,
    target_outcomes,
)
from .display import CORPUS_CODE_COLUMNS, period_label, worded_units
from .errors import ExportError, ReportReadError, one_line
from .export import csv_safe, decimals, require_pyarrow, risky_text, write_parquet
from .generation import check_target_folder
from .tabular import shown_text
from .vocab import labels

WORKBOOK = "corpus.xlsx"
PARQUET_TABLES = {"facts": "facts", "panel": "panel_long", "target_outcomes": "targets",
                  "consistency": "consistency", "reports": "reports"}
"""Each Parquet file of :func:`write_corpus` (``<name>.parquet``) and the table of :func:`corpus_tables` it holds."""

#: What a corpus run writes into its output folder (the facts cache too); a folder holding anything else is refused.
OUTPUT_NAMES = frozenset([f"{name}.parquet" for name in PARQUET_TABLES] + ["errors.csv", WORKBOOK, ".cache"])
_EXCEL_MAX_TEXT = 32767
_EXCEL_MAX_ROWS = 1_048_575

#: Column headers of the corpus tables: column → (Chinese, English), from ``vocab/labels.toml``.
LABELS: Mapping[str, tuple[str, str]] = labels().corpus_columns
SHEETS = (
    ("reports", "报告", "Reports"), ("targets", "目标与实际", "Targets and outcomes"),
    ("hit_rates", "目标实现率", "Hit rates"), ("panel", "指标面板", "Panel"),
    ("consistency", "前后一致性", "Consistency"), ("errors", "无法读取", "Errors"),
)


def _checked_folder(path: str | os.PathLike) -> Path:
    """The output folder ``path`` names, refused as ``dhcheng report``'s is (checked before any report is read):
    a file, the current or root folder, or a folder holding files other than the corpus outputs (its own are
    never replaced)."""
    check_target_folder(path, names=OUTPUT_NAMES)
    return user_path(path)


def _folder(path: str | os.PathLike) -> Path:
    """The output folder ``path`` names, made when it is not there yet."""
    folder = _checked_folder(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the folder {folder}: {exc.strerror or exc} — choose another -o") from exc
    return folder


def errors_csv(errors: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write the errors table as CSV (UTF-8 with BOM); text a spreadsheet would run as a formula gets a ``'``."""
    safe = errors.astype("object").map(lambda v: csv_safe(v) if isinstance(v, str) else v)
    return write_text(path, safe.to_csv(index=False, lineterminator="\r\n"), encoding="utf-8-sig")


# ----------------------------------------------------------------------------- workbook
def _cell_value(v: object) -> object:
    if v is None or v is pd.NA:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item") and not isinstance(v, str):
        v = v.item()
    if isinstance(v, str):
        return shown_text(v)[:_EXCEL_MAX_TEXT]
    return v


def number_format(value: float) -> str:
    """A number's cell format: thousands grouped, the decimals the value carries (6 → 6, not 6.0; 579.5亿元 in yuan
    → 57,950,000,000, not 57,950,000,000.00), a computed value at most three (two at or above 1,000).

    >>> number_format(6.0), number_format(5.35), number_format(57950000000.0), number_format(26.29259259)
    ('#,##0', '#,##0.00', '#,##0', '#,##0.000')
    """
    d = decimals(value, 2 if abs(value) >= 1000 else 3)
    return "#,##0" + ("." + "0" * d if d else "")


#: Unit columns of the corpus tables, in English in the English workbook (元 → yuan).
UNIT_COLUMNS = ("unit",)


def _write_sheet(ws, df: pd.DataFrame, lang: str) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    i = 0 if lang == "zh" else 1
    cols = list(df.columns)
    for j, c in enumerate(cols, start=1):
        label = LABELS.get(str(c), (str(c), str(c)))[i] if not isinstance(c, int) else c
        cell = ws.cell(row=1, column=j, value=label)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(df.head(_EXCEL_MAX_ROWS).itertuples(index=False), start=2):
        for j, v in enumerate(row, start=1):
            value = _cell_value(v)
            cell = ws.cell(row=r, column=j, value=value)
            if isinstance(value, str) and risky_text(value):
                cell.data_type = "s"  # text, never a formula
            elif isinstance(value, float):
                cell.number_format = number_format(value)
    for j, c in enumerate(cols, start=1):
        width = 46 if str(c).endswith("sentence") else (14 if isinstance(c, int) else 16)
        ws.column_dimensions[get_column_letter(j)].width = width
    ws.freeze_panes = "B2"
    if cols:  # (sorted and filtered as the report workbook's sheets are)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{min(len(df), _EXCEL_MAX_ROWS) + 1}"


#: The lines of the About sheet, in order, from the ``corpus_about_`` words of ``vocab/labels.toml``; the first is
#: its title.
ABOUT_LINES = ("title", "source", "reports", "years", "facts", "units", "panel", "met", "metadata")


def about_lines(corpus: Corpus, counts: Mapping[str, int], lang: str) -> list[str]:
    """The lines of the corpus workbook's About sheet in one language, their figures filled in: the source, the
    reports read and not, the years, the facts and how to read the sheets. A line of years is left out when no
    report is dated.

    Parameters
    ----------
    corpus : Corpus
        The corpus the workbook is of.
    counts : mapping
        ``errors``: files that could not be read or parsed; ``facts``: facts of all reports.
    lang : {"zh", "en"}

    Returns
    -------
    list of str
    """
    words = labels().words(lang, "corpus_about_")
    years = report_years(corpus.reports)
    fill = {"source": corpus.source, "n": len(corpus), "errors": counts["errors"], "facts": counts["facts"],
            "first": years[0] if years else "", "last": years[1] if years else ""}
    return [words[k].format(**fill) for k in ABOUT_LINES if k != "years" or years]


def _about(ws, corpus: Corpus, counts: Mapping[str, int], lang: str) -> None:
    from openpyxl.styles import Font

    for r, text in enumerate(about_lines(corpus, counts, lang), start=1):
        cell = ws.cell(row=r, column=1, value=_cell_value(text))
        if r == 1:
            cell.font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110


def write_workbook(corpus: Corpus, tables: Mapping[str, pd.DataFrame], path: str | os.PathLike,
                   lang: str = "zh") -> Path:
    """Write the corpus workbook: About, reports, targets and outcomes, hit rates, panel, consistency, errors."""
    from openpyxl import Workbook

    if lang not in ("zh", "en"):
        raise ExportError(f"unknown language {lang!r} — choose zh or en")
    wb = Workbook()
    about = wb.active
    about.title = labels().word("corpus_about_sheet", lang)
    counts = {"errors": len(tables["errors"]), "facts": len(tables["facts"])}
    _about(about, corpus, counts, lang)
    for key, zh, en in SHEETS:
        df = tables[key]
        if key == "panel":
            df = _named_panel(df, tables["panel_long"])
        if "part" in df.columns:  # a part of the year as printed, H1 → 上半年 (the Parquet files keep the code)
            df = df.assign(part=[period_label(str(p), lang) if str(p) else "" for p in df["part"]])
        if key == "reports":  # the period a report covers as printed, 2018H1 → 2018年上半年
            df = df.assign(period=[_worded_period(p, lang) for p in df["period"]])
        df = _worded_codes(df, lang)
        # units in the reader's language, pp as 百分点 (the Parquet files keep the unit as the facts have it)
        df = worded_units(df, UNIT_COLUMNS, lang)
        _write_sheet(wb.create_sheet(zh if lang == "zh" else en), df, lang)
    return write_with(path, lambda tmp: wb.save(tmp))


_PERIOD_CODE = re.compile(r"((?:19|20)\d{2})(\S+)")


def _worded_period(code: object, lang: str) -> object:
    """A report's period code in the reader's words: ``2018H1`` → 2018年上半年 (H1 2018), ``2022Q1-Q3`` →
    2022年前三季度; a whole year (``2022``) and a blank as they are."""
    m = _PERIOD_CODE.fullmatch(code) if isinstance(code, str) else None
    if m is None:
        return code
    label = period_label(m.group(2), lang)
    return f"{m.group(1)}年{label}" if lang == "zh" else f"{label} {m.group(1)}"


def _worded_codes(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A sheet's codes in the words of the reader tables: measure ``yoy_pct`` → 同比变化(%), qualifier ``at_least`` →
    its word, growth basis, error stage, a report's level of government and kind (``district`` → 区县级,
    ``work_report`` → 政府工作报告); the Parquet files keep the codes."""
    words = labels()
    cols = {c: kind for c, kind in CORPUS_CODE_COLUMNS.items() if c in df.columns}
    return df.assign(**{c: [words.code(kind, v, lang) if isinstance(v, str) and v else v for v in df[c]]
                        for c, kind in cols.items()}) if cols else df


def _named_panel(wide: pd.DataFrame, long: pd.DataFrame) -> pd.DataFrame:
    """The wide panel as a sheet: its row labels as columns, the indicator's name (地区生产总值, in Chinese, and in
    English) beside its key, so a reader of the sheet needs no glossary to read a row; in a panel of several places
    the name each place's reports give the key (国内生产总值 in 中国's row, 地区生产总值 in a district's)."""
    df = wide.reset_index()
    if "indicator_key" not in df.columns or long.empty:
        return df
    named = panel_row_names(df, long)
    at = list(df.columns).index("indicator_key")
    for i, col in enumerate(("indicator", "indicator_en")):
        df.insert(at + i, col, named[col].to_numpy())
    return df


# ----------------------------------------------------------------------------- all files
def corpus_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """The tables ``write_corpus`` writes, by name."""
    facts = corpus.facts()
    outcomes = target_outcomes(facts, how="left")
    # whole years, and each part of a year some report covers (a folder of mid-year reports: 上半年 of each year)
    periods = corpus.reports["period"].astype("str")
    parts = ["", *sorted(set(periods.str[4:]) - {""})]
    wide = panel(facts, measure="yoy_pct", part=parts, wide=True)
    return {
        "facts": facts, "reports": corpus.reports, "targets": outcomes, "hit_rates": hit_rates(outcomes),
        "panel_long": panel(facts, measure=None, part=parts), "panel": wide,
        "consistency": level_consistency(facts), "errors": corpus.errors,
    }


def write_corpus(corpus: Corpus, folder: str | os.PathLike, lang: str = "zh",
                 tables: Mapping[str, pd.DataFrame] | None = None) -> dict[str, Path]:
    """Write the Parquet tables, ``errors.csv`` and the workbook of a parsed corpus into ``folder``.

    ``tables`` are those of :func:`corpus_tables`, built from the corpus when omitted.
    """
    require_pyarrow()
    out = _folder(folder)
    t = tables if tables is not None else corpus_tables(corpus)
    written = {name: write_parquet(t[table], out / f"{name}.parquet", f"{name}.parquet")
               for name, table in PARQUET_TABLES.items()}
    written["errors"] = errors_csv(t["errors"], out / "errors.csv")
    written["workbook"] = write_workbook(corpus, t, out / WORKBOOK, lang)
    return written


def _some_read(corpus: Corpus) -> None:
    """Raise a one-line ReportReadError when not one report of the corpus could be read."""
    if len(corpus):
        return
    errors = corpus.errors
    n = len(errors)
    first = f", the first: {errors['error'].iloc[0]}" if n else ""
    raise ReportReadError(f"no report of {corpus.source} could be read — {n} file{'s' if n != 1 else ''} "
                          f"failed{first}")


def corpus_cli(source: str | None, output: str, *, jobs: int = 1, engine: str = "local",
               scheduler: str | None = None, strict: bool = False, cache: bool = True, lang: str = "zh",
               stdout: TextIO | None = None) -> int:
    """What ``dhcheng corpus`` does; returns the exit code (1 with ``strict`` when a file failed)."""
    stdout = stdout or sys.stdout
    require_pyarrow()
    t0 = time.perf_counter()
    _checked_folder(output)  # (a usage fault is said before a report is read)
    corpus = load_corpus(source)  # (a source that names nothing fails before the output folder is made)
    _some_read(corpus)  # (nor are the outputs of an earlier run replaced by empty tables)
    out = _folder(output)
    corpus.facts(jobs=jobs, engine=engine, scheduler=scheduler, cache_dir=(out / ".cache") if cache else None,
                 progress=None)
    tables = corpus_tables(corpus)
    write_corpus(corpus, out, lang=lang, tables=tables)
    run = corpus.last_run
    errors, facts, outcomes = tables["errors"], tables["facts"], tables["targets"]
    paired = int(outcomes["outcome_value"].notna().sum())
    where = f"{jobs} {'Dask' if engine == 'dask' else 'local'} worker{'s' if jobs != 1 else ''}"
    if scheduler:
        where = f"the Dask scheduler at {scheduler}"
    print(f"dhcheng corpus: {len(corpus)} reports read from {corpus.source}; parsed {run.n_parsed}, "
          f"{run.n_cached} from the cache, with {where}, in {time.perf_counter() - t0:.1f} s", file=stdout)
    print(f"{len(facts):,} facts; {len(outcomes):,} targets, {paired:,} with the outcome a later report states",
          file=stdout)
    if len(errors):
        print(f"{len(errors)} file{'s' if len(errors) != 1 else ''} could not be read or parsed "
              f"(listed in errors.csv):", file=stdout)
        for _, e in errors.iterrows():
            print(f"  {one_line(str(e['source']))}: {one_line(str(e['error']))}", file=stdout)
    print(str(out.resolve()), file=stdout)
    return 1 if strict and len(errors) else 0
