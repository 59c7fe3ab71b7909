"""The examples in the docstrings run (against the installed package)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import dhcheng_analysis

ALL = ["dhcheng_analysis", *sorted(m.name for m in pkgutil.walk_packages(dhcheng_analysis.__path__,
                                                                         "dhcheng_analysis."))]
# only modules that hold examples: a module without any would pass whatever it did
MODULES = [n for n in ALL if any(t.examples for t in doctest.DocTestFinder().find(importlib.import_module(n)))]


def test_the_main_modules_have_examples():
    assert {"dhcheng_analysis.facts", "dhcheng_analysis.numbers", "dhcheng_analysis.report"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
