"""Every table of a real excerpt (``tests/gold/real/texts``), or of a text quoted in a test, built once in a test
process and shared by the tests and modules that read it; tests read the tables and never change them.  A test that
reads one table of a text builds that table alone (``real_table``, ``excerpt_table``, ``text_table``): every table of
``all_tables`` is built by its own builder from the one prepared facts of the text.

A text file's report, its facts and the facts made ready for the table builders (``tables.prepare``) are each
made once a test process too: a test that builds one table of an excerpt (``headline_indicators(prepared(path))``)
reuses the extraction that ``real_tables`` or another test made, and a builder given the prepared facts builds
the same table as given the path.  Each table of a text file is built once a test process as well (``real_table``),
and ``real_tables`` of an excerpt is made of those same tables: a test that reads one table of an excerpt shares it
with every other test that reads that table or all of them."""

from __future__ import annotations

import warnings
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

import dhcheng_analysis as dh
from dhcheng_analysis import vocab
from dhcheng_analysis.analysis import BUILDERS
from dhcheng_analysis.tables import FactTable, prepare

if TYPE_CHECKING:
    from dhcheng_analysis.notebook import Analysis

TEXTS = Path(__file__).resolve().parent / "gold" / "real" / "texts"


@cache
def _report(path: Path) -> dh.Report:
    return dh.load_report(path)


@cache
def _facts(path: Path) -> pd.DataFrame:
    return dh.extract_facts(_report(path))


def _path(path: str | Path) -> Path:
    return Path(path).resolve()


def real_report(path: str | Path) -> dh.Report:
    """``load_report`` of the text file ``path``, loaded once a test process (shared: read it, never change it)."""
    return _report(_path(path))


def real_facts(path: str | Path) -> pd.DataFrame:
    """``extract_facts`` of the text file ``path``, extracted once a test process: each caller gets its own shallow
    copy (copy-on-write keeps it apart from the shared table)."""
    return _facts(_path(path)).copy(deep=False)


@cache
def _prepared(path: Path) -> FactTable:
    return prepare(_report(path), _facts(path))


def prepared(path: str | Path) -> FactTable:
    """``tables.prepare`` of the text file ``path``, made once a test process; every table builder takes it in
    place of the path."""
    return _prepared(_path(path))


@cache
def _table(path: Path, key: str) -> pd.DataFrame:
    return BUILDERS[key](_prepared(path))


def real_table(path: str | Path, key: str) -> pd.DataFrame:
    """The table ``key`` of ``all_tables`` (``"headline"``, ``"yoy"``, ...) of the text file ``path``, built once a
    test process by its builder from ``prepared(path)``, as ``all_tables`` builds it: each caller gets its own
    shallow copy (copy-on-write keeps it apart from the shared table)."""
    return _table(_path(path), key).copy(deep=False)


@cache
def real_tables(name: str) -> dict[str, pd.DataFrame]:
    """``all_tables`` of the real excerpt ``name`` (its file name without ``.txt``): the same builders given the same
    prepared facts, each table shared with ``real_table``."""
    path = _path(TEXTS / f"{name}.txt")
    return {key: _table(path, key) for key in vocab.labels().tables}


def real_analysis(name: str, lang: str = "zh") -> Analysis:
    """``notebook.open_analysis`` of the real excerpt ``name``: its tables (``real_tables``, shared: read them, never
    change them), its caption in ``lang`` and its metadata, without computing every table again."""
    from dhcheng_analysis import display, notebook

    report = real_report(TEXTS / f"{name}.txt")
    return notebook.Analysis(tables=real_tables(name), caption=display.report_caption(report, lang), lang=lang,
                             metadata=dict(report.metadata or {}))


def excerpt_table(name: str, key: str) -> pd.DataFrame:
    """``real_table`` of the real excerpt ``name`` (its file name without ``.txt``): the one table ``key`` of its
    ``all_tables``, the others not built for it."""
    return real_table(TEXTS / f"{name}.txt", key)


@lru_cache(maxsize=64)
def _text_prepared(text: str) -> FactTable:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return prepare(text)


@lru_cache(maxsize=256)
def _text_table(text: str, key: str) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return BUILDERS[key](_text_prepared(text))


def text_table(text: str, key: str) -> pd.DataFrame:
    """The table ``key`` of ``all_tables`` of a text quoted in a test, built by its builder from the text's prepared
    facts as ``all_tables`` builds it (the other tables are not built for it), its warnings (a text too short to
    know its years) silenced: each caller gets its own shallow copy."""
    return _text_table(text, key).copy(deep=False)


def text_tables(text: str) -> dict[str, pd.DataFrame]:
    """``all_tables`` of a text quoted in a test, its warnings silenced: every table of ``text_table``, shared."""
    return {key: _text_table(text, key) for key in vocab.labels().tables}
