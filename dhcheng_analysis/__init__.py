"""dhcheng_analysis: typed facts, key tables, charts and reports from Chinese district
plan-execution reports (国民经济和社会发展计划执行情况的报告).

>>> import dhcheng_analysis as dh
>>> report = dh.load_report()                 # the bundled Dongcheng 2020 H1 report
>>> facts = dh.extract_facts(report)          # one row per figure, with its sentence

Importing the package is light: plotting, notebooks and Excel load on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .errors import (
    BinaryInputError,
    DecodeError,
    EmptyReportError,
    ExportError,
    NoFiguresWarning,
    NotebookError,
    ReportError,
    ReportNotFoundError,
    ReportReadError,
    ReportTooLargeError,
    TableInvariantError,
    UsageError,
)
from .report import Report, load_report

__version__ = "0.1.0"

_LAZY = {
    "mentions": "mentions",
    "extract_facts": "facts",
    "FACT_COLUMNS": "facts",
    "headline_indicators": "tables",
    "yoy_changes": "tables",
    "tax_declines": "tables",
    "target_completion": "tables",
    "plan_targets": "tables",
    "all_tables": "tables",
    "audit": "analysis",
    "to_excel": "export",
    "to_csv": "export",
    "to_json": "export",
    "to_parquet": "export",
    "build_report": "publish",
    "load_corpus": "corpus", "Corpus": "corpus", "target_outcomes": "corpus", "hit_rates": "corpus",
    "level_consistency": "corpus",
}

__all__ = [
    "Report", "load_report", "ReportError", "ReportNotFoundError", "ReportReadError",
    "EmptyReportError", "BinaryInputError", "DecodeError", "NoFiguresWarning",
    "TableInvariantError", "ExportError", "NotebookError", "ReportTooLargeError", "UsageError", *_LAZY,
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dhcheng_analysis' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
