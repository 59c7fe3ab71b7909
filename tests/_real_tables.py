"""Every table of a real excerpt (``tests/gold/real/texts``), built once in a test process and shared by the
modules that read it; tests read the tables and never change them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

import dhcheng_analysis as dh

TEXTS = Path(__file__).resolve().parent / "gold" / "real" / "texts"


@cache
def real_tables(name: str) -> dict[str, pd.DataFrame]:
    """``all_tables`` of the real excerpt ``name`` (its file name without ``.txt``)."""
    return dh.all_tables(dh.load_report(TEXTS / f"{name}.txt"))
