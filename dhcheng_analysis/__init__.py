"""dhcheng_analysis: typed facts, key tables, charts and reports from Chinese district
plan-execution reports (国民经济和社会发展计划执行情况的报告).

>>> import dhcheng_analysis as dh
>>> report = dh.load_report()                 # the bundled Dongcheng 2020 H1 report
>>> facts = dh.extract_facts(report)          # one row per figure, with its sentence

Importing the package is light: plotting, notebooks and Excel load on first use.
"""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import Any

from .errors import (
    BinaryInputError,
    CutShortWarning,
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

__version__ = "0.1.0"

_LAZY = {
    "Report": "report",
    "load_report": "report",
    "ReportLike": "apitypes",
    "mentions": "mentions",
    "extract_facts": "facts",
    "FACT_COLUMNS": "facts",
    "headline_indicators": "tables",
    "yoy_changes": "tables",
    "growth_comparisons": "tables",
    "tax_declines": "tables",
    "target_completion": "tables",
    "plan_targets": "tables",
    "all_tables": "analysis",
    "audit": "analysis",
    "to_excel": "export",
    "to_csv": "export",
    "to_json": "export",
    "to_parquet": "export",
    "build_report": "publish",
    "build_corpus_report": "publish",
    "show": "annotate",
    "load_corpus": "corpus", "Corpus": "corpus", "target_outcomes": "corpus", "hit_rates": "corpus",
    "level_consistency": "corpus",
}

#: Submodules reachable as attributes (``dh.plots``), imported on first use.
SUBMODULES = ("analysis", "display", "export", "facts", "fonts", "narrative", "notebook", "plots", "publish",
              "report", "tables", "vocab")

__all__ = [
    "Report", "ReportLike", "load_report", "ReportError", "ReportNotFoundError", "ReportReadError",
    "EmptyReportError", "BinaryInputError", "DecodeError", "NoFiguresWarning", "CutShortWarning",
    "TableInvariantError", "ExportError", "NotebookError", "ReportTooLargeError", "UsageError", *_LAZY,
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(import_module(f".{module}", __name__), name)
    elif name in SUBMODULES:
        value = import_module(f".{name}", __name__)
    else:
        raise AttributeError(f"module 'dhcheng_analysis' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*__all__, *SUBMODULES})


class _Package(types.ModuleType):
    """The package module, keeping its public functions when a submodule of the same name is imported.

    Importing ``dhcheng_analysis.mentions`` (as ``extract_facts`` does) would otherwise bind the
    submodule to the package's ``mentions`` and ``dh.mentions(report)`` would then fail with
    "'module' object is not callable".  The submodule stays importable by its full name.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and name in _LAZY and _LAZY[name] == name:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
