"""The facts of a sentence quoted in a test, and the fact of one figure in it."""

from __future__ import annotations

import warnings

import pandas as pd

import dhcheng_analysis as dh


def facts(text: str) -> pd.DataFrame:
    """``extract_facts`` of ``text``, its warnings (a text too short to know its years) silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)


def fact(text: str, printed: str, within: str = "") -> dict:
    """The fact whose figure starts inside the first ``printed`` of ``text`` (of the first ``within`` of it, when
    given)."""
    f = facts(text)
    at = text.index(within) + within.index(printed) if within else text.index(printed)
    start = f["start"].to_numpy()
    hit = ((start >= at) & (start < at + len(printed))).nonzero()[0]
    assert len(hit) == 1, f[["raw_value", "indicator"]].to_string()
    return f.iloc[hit[0]].to_dict()


def fact_printed(text: str, printed: str) -> dict:
    """The fact whose printed figure is ``printed`` (its ``raw_value``), the only one of the sentence."""
    f = facts(text)
    hit = (f["raw_value"].to_numpy() == printed).nonzero()[0]
    assert len(hit) == 1, f[["raw_value", "indicator"]].to_string()
    return f.iloc[hit[0]].to_dict()


def fact_at(text: str, printed: str, nth: int = 0) -> dict:
    """The fact whose printed span holds the start of the ``nth`` occurrence of ``printed`` in ``text``."""
    f = facts(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(printed, start + 1)
    hit = f[(f["start"] <= start) & (f["end"] > start)]
    assert len(hit) == 1, (printed, f[["raw_value", "indicator", "measure", "qualifier", "status", "period"]].to_string())
    return hit.iloc[0].to_dict()
