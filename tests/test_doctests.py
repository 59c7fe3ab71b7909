"""The examples in the docstrings run (against the installed package)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import dhcheng_analysis

MODULES = sorted(m.name for m in pkgutil.walk_packages(dhcheng_analysis.__path__, "dhcheng_analysis."))


@pytest.mark.parametrize("name", ["dhcheng_analysis", *MODULES])
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
