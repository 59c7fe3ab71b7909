"""Every table of a real excerpt (``tests/gold/real/texts``), or of a text quoted in a test, built once in a test
process and shared by the tests and modules that read it; tests read the tables and never change them."""

from __future__ import annotations

import warnings
from functools import cache, lru_cache
from pathlib import Path

import pandas as pd

import dhcheng_analysis as dh

TEXTS = Path(__file__).resolve().parent / "gold" / "real" / "texts"


@cache
def real_tables(name: str) -> dict[str, pd.DataFrame]:
    """``all_tables`` of the real excerpt ``name`` (its file name without ``.txt``)."""
    return dh.all_tables(dh.load_report(TEXTS / f"{name}.txt"))


@lru_cache(maxsize=64)
def text_tables(text: str) -> dict[str, pd.DataFrame]:
    """``all_tables`` of a text quoted in a test, its warnings (a text too short to know its years) silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.all_tables(text)
