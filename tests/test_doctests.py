"""The examples in the docstrings run (against the installed package)."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "dhcheng_analysis"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PKG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


# Modules whose source holds an example (a ``>>>`` line), found without importing them, so that
# collecting this file stays cheap; each test then checks that doctest finds examples there.
SOURCES = {_module_name(p): p for p in sorted(PKG.rglob("*.py"))
           if not {"notebooks", "data", "templates"} & set(p.relative_to(PKG).parts)}
MODULES = sorted(n for n, p in SOURCES.items() if ">>> " in p.read_text(encoding="utf-8"))


def test_the_main_modules_have_examples():
    assert {"dhcheng_analysis.facts", "dhcheng_analysis.numbers", "dhcheng_analysis.report"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    # only modules that hold examples: a module without any would pass whatever it did
    assert any(t.examples for t in doctest.DocTestFinder().find(module)), f"{name} holds no example"
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
