"""Setup for the analysis notebooks, so that their cells stay short.

A notebook's parameters cell names the report (``report_path``), the language, the palette
and, when ``dhcheng report`` runs it, ``tables_path``: a folder holding the key tables
already computed (Parquet, one file per table, plus ``report.json``).  Its setup cell is::

    from dhcheng_analysis.notebook import open_analysis

    an = open_analysis(report_path, lang=lang, palette=palette, tables_path=tables_path)
    say, table, name, pct, level = an.say, an.table, an.name, an.pct, an.level

Run by hand without ``tables_path``, the notebook reads the report and computes the tables
itself.  ``say`` writes commentary from a template of the notebook's own with values filled
in and escaped (:mod:`dhcheng_analysis.narrative`); ``table`` shows a reader table.
Setup also makes matplotlib's "missing from font" warning an error: a Chinese character
drawn as a box fails the notebook instead of passing with a warning.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import display
from .narrative import Heading, HTMLTable, Narrative
from .numbers import year_number
from .vocab import concept_rules

if TYPE_CHECKING:
    from .apitypes import ReportLike

__all__ = ["Analysis", "SavedTables", "open_analysis", "save_tables", "load_tables", "REPORT_INFO"]

#: Name of the file beside the tables that describes the report (id, title, metadata).
REPORT_INFO = "report.json"
_MISSING_GLYPH = r"(?s).*missing from font"


@dataclass
class Analysis:
    """The tables of one report, its caption, and the notebook's language and palette.

    Attributes
    ----------
    tables : mapping of DataFrame
        ``facts, headline, yoy, tax, completion, targets, audit`` (see ``dh.all_tables``); read
        from Parquet when a notebook first uses one, when they were handed over (``tables_path``).
    caption : dict
        ``title``, ``title_en``, ``period``, ``district``, ``report_id`` in the notebook's language.
    lang : {"zh", "en"}
    palette : str
    """

    tables: Mapping[str, pd.DataFrame]
    caption: dict[str, str]
    lang: str = "zh"
    palette: str = "colorblind"
    metadata: dict[str, Any] = field(default_factory=dict)
    #: Page of the annotated report that table rows link to (None: no links, as in Jupyter).
    links: str | None = None

    # -------------------------------------------------------------- the report's period
    @property
    def period(self) -> str:
        """The period the report covers: ``H1``, ``Q1``, ``Q1-Q3``, ``FY``, ``plan`` or ``""``."""
        return self.caption.get("period_code", "")

    @property
    def rest(self) -> str:
        """What remains after the report's period, in the notebook's language (下半年, 第四季度 …)."""
        return display.rest_of_year(self.period, self.lang)

    @property
    def elapsed(self) -> float:
        """Share of the year elapsed at the report's period, in percent (50 at mid-year)."""
        from .report import elapsed_share

        return 100.0 * elapsed_share(self.period)

    def marks(self, rows: pd.DataFrame) -> pd.Series:
        """The elapsed-time mark of each row, in percent: the ``benchmark_pct`` of the row's own completion
        figure (a rate of 2月份 is set against 1/12 of the year, one of 1-2月 against 2/12), found in the
        completion table by the row's ``fact_ids`` when the row has no mark of its own; else the mark of
        the report's period.

        Parameters
        ----------
        rows : DataFrame
            Rows of the completion table (with ``benchmark_pct``) or of a table whose ``fact_ids`` name the
            completion figure (the headline table).

        Returns
        -------
        Series of float
            Indexed like ``rows``.
        """
        if "benchmark_pct" in rows.columns:
            own = pd.to_numeric(rows["benchmark_pct"], errors="coerce")
        else:
            own = self._of_completion(rows, pd.to_numeric(self.tables["completion"]["benchmark_pct"], errors="coerce"))
        return own.fillna(self.elapsed).astype(float)

    def annual(self, rows: pd.DataFrame) -> pd.DataFrame:
        """The rows of ``rows`` whose completion figure is of a target of the year, as the completion table reads it
        (its ``annual``: 市政府固定资产投资已下达70% names no such target, and is set against no elapsed-time mark);
        a row with no figure in that table is kept when it has a completion of its own.

        Parameters
        ----------
        rows : DataFrame
            Rows of the completion table, or of a table whose ``fact_ids`` name the completion figure (the headline).

        Returns
        -------
        DataFrame
            Those of ``rows`` with a completion of the year's target.
        """
        done = self.tables["completion"]
        if "annual" in rows.columns:
            keep = rows["annual"].fillna(False).astype(bool)
        elif "annual" in done.columns:
            keep = self._of_completion(rows, done["annual"].astype(object)).fillna(True).astype(bool)
        else:
            keep = pd.Series(True, index=rows.index)
        return rows[keep & pd.to_numeric(rows["completion_pct"], errors="coerce").notna()]

    def _of_completion(self, rows: pd.DataFrame, values: pd.Series) -> pd.Series:
        """For each of ``rows``, the first given of ``values`` (a column of the completion table) at a figure the row
        cites (``fact_ids``, else ``fact_id``); NaN where it cites none."""
        by_id = dict(zip(self.tables["completion"]["fact_id"], values, strict=True))
        ids = rows["fact_ids"] if "fact_ids" in rows.columns else rows["fact_id"]
        return pd.Series([next((by_id[i] for i in str(v).split(";") if pd.notna(by_id.get(i))), float("nan"))
                          for v in ids], index=rows.index, dtype=object)

    def other_year(self, rows: pd.DataFrame) -> str:
        """The year every row's ``period`` names, in the notebook's language, when it is not the report's year
        (2021年 for the final accounts of the year before in a report of 2022年上半年); "" when some row names no
        year, the rows name several, or it is the report's."""
        year = str(self.metadata.get("year") or "")
        if rows.empty or "period" not in rows.columns or not year:
            return ""
        # (the year a period opens with: 2021年, 2021年1-6月, 一九七七年 read as 1977)
        opens = f"^{concept_rules().period_year_regex}"
        years = rows["period"].fillna("").astype(str).str.extract(opens, expand=False)
        years = years.map(lambda y: y if pd.isna(y) else str(year_number(y)))
        if years.isna().any() or years.nunique() != 1 or years.iloc[0] == year:
            return ""
        return display.comparator_label(f"{years.iloc[0]}年", self.lang)

    def mark_words(self, marks: pd.Series) -> str:
        """The elapsed-time mark as commentary names it: ``8.33% 的时间进度`` when the rows share one mark,
        else ``各自时期的时间进度（8.33%、16.7%）`` (a report's 2月份 and 1-2月 are measured each by its own)."""
        seen = sorted({round(float(v), 6) for v in marks.dropna()})
        if len(seen) <= 1:
            mark = self.pct(seen[0] if seen else self.elapsed, signed=False, derived=True)
            return self.tr(f"{mark} 的时间进度", f"the elapsed-time mark of {mark}")
        listed = self.tr("、", ", ").join(self.pct(v, signed=False, derived=True) for v in seen)
        return self.tr(f"各自时期的时间进度（{listed}）", f"the elapsed-time marks of their periods ({listed})")

    def __getitem__(self, key: str) -> pd.DataFrame:
        return self.tables[key]

    # -------------------------------------------------------------- words
    def tr(self, zh: str, en: str) -> str:
        """The word or phrase of the notebook's language."""
        return zh if self.lang == "zh" else en

    def name(self, row: Mapping | pd.Series, name_col: str = "indicator") -> str:
        """Label of a table row in the notebook's language, with the row's scope when its name lacks it
        (``一般公共预算收入（市本级）``: a table of every county names each one alike)."""
        return display.scoped_label(row, self.lang, name_col=name_col)

    def names(self, rows: pd.DataFrame) -> pd.Series:
        """Labels of table rows (:meth:`name`), each with its period where that is not the other rows'
        (北京地区进出口总额（1-5月） among the figures of 上半年): the words a chart's bar or card reads."""
        from .plots import period_labels

        return pd.Series(period_labels(rows, self.lang), index=rows.index, dtype=object)

    def listing(self, rows: pd.DataFrame) -> str:
        """Labels of table rows joined as a list in the notebook's language."""
        return self.tr("、", ", ").join(self.name(r) for _, r in rows.iterrows())

    def pct(self, value: Any, signed: bool = True, qualifier: Any = None, *, derived: bool = False) -> str:
        """A percentage with its sign, after the word its qualifier puts before it (``≥+10%``): with its printed
        decimals, or a fixed precision when ``derived`` (an elapsed-time mark, a comparator's growth)."""
        return display.format_pct(value, signed=signed, qualifier=qualifier, lang=self.lang, derived=derived)

    def cell(self, row: pd.Series, col: str) -> str:
        """A figure of a table row as the page's tables show it: with its qualifier and the decimals it is printed
        with, found in the facts the row cites (``同比增长4.0%`` → +4.0%, not +4%; see
        :func:`~dhcheng_analysis.display.format_cell`)."""
        return display.format_cell(col, row, self.lang, raw=self._printed(row, [col]).get(col))

    def _printed(self, row: pd.Series, cols: list[str]) -> dict[str, Any]:
        """The numeral each of ``cols`` of a table row is printed with, found in the facts the row cites; a column
        of no printed numeral is left out (:func:`~dhcheng_analysis.display.printed_numerals`)."""
        printed = display.printed_numerals(pd.DataFrame([row]), self.tables.get("facts"), cols)
        return {c: p[0] for c, p in printed.items()}

    def completion(self, row: Any) -> str:
        """A row's completion (``completion_pct``): as printed, with the decimals it is printed with (完成全年计划的68.0%:
        68.0%, as the table and the chart show it), or with a fixed precision when computed from a count pair
        (:func:`~dhcheng_analysis.display.computed_completion`)."""
        return self.cell(row, "completion_pct")

    def level(self, value: Any, unit: Any = "", qualifier: Any = None, *, derived: bool = False) -> str:
        """An amount in the notebook's language: as printed, or rounded when ``derived`` (a shortfall, a target
        computed from a completion)."""
        return display.format_level(value, unit, self.lang, qualifier, derived=derived)

    def amounts(self, row: pd.Series, amounts: Mapping[str, Any], unit: Any, *, unit_of: str) -> dict[str, str]:
        """Amounts of one line shown in one unit, that of the amount ``unit_of`` (the figure done, as printed): a
        derived one outright, a printed one in another unit as printed and then in that one (``全年目标 24.58亿元
        （即245,800万元），已完成 146,845万元``), so a reader compares them at a glance.

        ``amounts`` maps a name to a column of ``row`` (a table row: a derived column's figure is computed, the
        others' are printed, found in the facts) or to a value computed from it."""
        cols = [c for c in amounts.values() if isinstance(c, str)]
        printed = self._printed(row, cols)
        values = {k: row[c] if isinstance(c, str) else c for k, c in amounts.items()}
        raws = {k: printed.get(c) if isinstance(c, str) else None for k, c in amounts.items()}
        derived = {k for k, c in amounts.items() if not isinstance(c, str) or display._derived_cell(c, row)}
        scale = display.shown_scale(values[unit_of], unit, self.lang, raws[unit_of], derived=unit_of in derived)
        # (a derived amount has the decimals of the one printed it is shown beside: 3777878万元 → 3,843,213万元; a
        # printed one has its own, whatever the basis)
        basis, basis_raw = (None, None) if unit_of in derived else (values[unit_of], raws[unit_of])
        # (a target printed as a bound keeps it, and so what the rest must add: 全年目标 ≥3.6万人，需完成 ≥1.5万人)
        quals = {k: display.cell_qualifier(c, row) if isinstance(c, str) else None for k, c in amounts.items()}
        return {k: display.unit_of_others(v, unit, self.lang, scale, derived=k in derived, qualifier=quals[k],
                                          raw=raws[k], basis=basis, basis_raw=basis_raw) for k, v in values.items()}

    def comparator(self, text: Any) -> str:
        return display.comparator_label(text, self.lang)

    # -------------------------------------------------------------- output
    def say(self, zh: str, en: str, /, **values: Any) -> None:
        """Commentary: the template of the notebook's language, every value escaped."""
        from IPython.display import display as show

        show(Narrative.from_template(self.tr(zh, en), **values))

    def heading(self, zh: str, en: str, /, level: int = 2, **values: Any) -> None:
        """A heading in the notebook's language (``{rest}`` is filled with :attr:`rest`), values escaped."""
        from IPython.display import display as show

        values.setdefault("rest", self.rest)
        show(Heading.from_template(level, self.tr(zh, en), **values))

    def table(self, data: pd.DataFrame, columns: Sequence[str], optional: Sequence[str] = ()) -> None:
        """A reader table: headers from the label dictionary, values formatted, rendered with escaping.

        When the pages are built (``links``), each row links to its figure in the annotated report. A table
        without rows is one sentence saying so, not a header alone; a column named in ``optional`` is shown
        only when some row has a value in it (no empty 排名 column beside figures the report ranks nowhere).
        """
        from IPython.display import display as show

        words = display.labels().words(self.lang, "page_")
        if data.empty:
            show(Narrative.from_template(words["table_empty"]))
            return
        columns = [c for c in columns if c not in optional or display.has_values(data, c)]
        frame = display.reader_table(data, columns, self.lang, facts=self.tables.get("facts"),
                                     year=self.metadata.get("year"))
        # (an optional column left blank once formatted, a qualifier every row's figure already says, is dropped)
        blank = [h for h in (display.column_header(c, self.lang) for c in columns if c in optional)
                 if h in frame.columns and (frame[h] == "").all()]
        frame = frame.drop(columns=blank)
        links = None
        if self.links and "fact_id" in data.columns:
            links = [display.fact_href(f, self.links) for f in data["fact_id"]]
        show(HTMLTable(frame, links, (words["source_link"], words["source_link"], words["source_link_title"])))

    def show_caption(self) -> None:
        """The report's title and period, as the first output of a notebook."""
        self.say("**报告：** {title}\n**时期：** {period}", "**Report:** {title}\n**Period:** {period}",
                 title=self.caption["title_en"] or self.caption["title"], period=self.caption["period"])

    def chart(self, fig: Any) -> None:
        """Show a chart (Figure or Axes) as one PNG and close it."""
        from . import plots

        plots.show(fig)


def save_tables(tables: Mapping[str, pd.DataFrame], folder: str | os.PathLike, report: Any) -> Path:
    """Write the tables as Parquet files and the report's description, for notebooks to read.

    Parameters
    ----------
    tables : mapping
        ``dh.all_tables(report)``.
    folder : path
        An existing folder (``dhcheng report`` uses its work folder).
    report : Report
        The report the tables come from.
    """
    folder = Path(folder)
    for key, frame in tables.items():
        frame.to_parquet(folder / f"{key}.parquet", index=False)
    info = {"report_id": report.report_id, "title": report.title, "metadata": report.metadata,
            "tables": list(tables)}
    (folder / REPORT_INFO).write_text(json.dumps(info, ensure_ascii=False, default=str), encoding="utf-8")
    return folder


class SavedTables(Mapping[str, pd.DataFrame]):
    """The tables of a folder written by :func:`save_tables`, each read when a notebook first asks for it.

    A table read once is kept (for the last folder read) as long as its file is unchanged, so the
    notebooks that run one after another in a kernel read each table once; each gets its own
    (copy-on-write) copy, which it may change without another notebook seeing the change.
    """

    _read: dict[Path, tuple[tuple[int, int], pd.DataFrame]] = {}

    def __init__(self, folder: Path, keys: Sequence[str]) -> None:
        self.folder = folder
        self._keys = list(keys)

    def __getitem__(self, key: str) -> pd.DataFrame:
        if key not in self._keys:
            raise KeyError(key)
        path = self.folder / f"{key}.parquet"
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        kept = self._read.get(path)
        if kept is None or kept[0] != stamp:
            if any(p.parent != self.folder for p in self._read):
                self._read.clear()
            kept = self._read[path] = (stamp, pd.read_parquet(path))
        return kept[1].copy(deep=False)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def load_tables(folder: str | os.PathLike) -> tuple[SavedTables, dict[str, Any]]:
    """The tables (read on use) and report description written by :func:`save_tables`."""
    folder = Path(folder)
    info = json.loads((folder / REPORT_INFO).read_text(encoding="utf-8"))
    return SavedTables(folder, info["tables"]), info


class _Described:
    """The parts of a Report that captions read, rebuilt from ``report.json``."""

    def __init__(self, info: Mapping[str, Any]) -> None:
        self.report_id = str(info.get("report_id") or "")
        self.title = str(info.get("title") or "")
        self.metadata = dict(info.get("metadata") or {})


def open_analysis(report_path: ReportLike = None, *, lang: str = "zh", palette: str = "colorblind",
                  tables_path: str | os.PathLike | None = None) -> Analysis:
    """Everything a notebook needs: the report's tables, caption and helpers in the notebook's language.

    Parameters
    ----------
    report_path : path, Report or None
        The report (None: the bundled one). Ignored when ``tables_path`` is given.
    lang : {"zh", "en"}
    palette : {"colorblind", "market"}
    tables_path : path, optional
        A folder written by :func:`save_tables` (``dhcheng report`` passes one): the tables are
        read from it instead of being computed again.
    """
    display.check_lang(lang)
    warnings.filterwarnings("error", message=_MISSING_GLYPH)
    tables: Mapping[str, pd.DataFrame]
    if tables_path is not None:
        tables, info = load_tables(tables_path)
        report: Any = _Described(info)
    else:
        from .analysis import all_tables
        from .report import load_report

        report = load_report(report_path)
        tables = dict(all_tables(report))
    return Analysis(tables=tables, caption=display.report_caption(report, lang), lang=lang, palette=palette,
                    metadata=dict(report.metadata or {}), links="report.html" if tables_path is not None else None)
