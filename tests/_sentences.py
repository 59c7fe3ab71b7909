"""The facts of a sentence quoted in a test, and the fact of one figure in it.

A text's facts are extracted once in a test process and shared by every test that quotes the same text (many
tests read several figures of one sentence, a case each): each caller gets its own shallow copy, which pandas'
copy-on-write keeps apart from the shared table, so a test that changes its copy changes no other test's."""

from __future__ import annotations

import warnings
from functools import lru_cache

import numpy as np
import pandas as pd

import dhcheng_analysis as dh

# the title and first heading of a district's mid-year report, framing a written sentence as one of its review
MIDYEAR_HEAD = "关于2021年国民经济和社会发展计划上半年执行情况的报告\n\n一、上半年计划执行情况\n\n"


def facts(text: str | dh.Report) -> pd.DataFrame:
    """``extract_facts`` of ``text`` (a string, or a loaded report, which is not shared), its warnings (a text too
    short to know its years) silenced."""
    return _shared(text).copy(deep=False) if isinstance(text, str) else _extracted(text)


def _extracted(text: str | dh.Report) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)


@lru_cache(maxsize=4096)
def _shared(text: str) -> pd.DataFrame:
    """The facts of ``text``, extracted once a test process (never handed out: ``facts`` gives copies).

    The cache holds every sentence the quick run quotes (some 2,600, a few hundred of them quoted by tests of
    several modules, which a smaller cache had dropped in between)."""
    return _extracted(text)


@lru_cache(maxsize=4096)
def _spans(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The starts and ends of the figures of ``text``'s shared facts, read once a test process (the lookups of one
    figure read the shared table, never change it, and give a dict of their own)."""
    f = _shared(text)
    return f["start"].to_numpy(), f["end"].to_numpy()


def fact(text: str, printed: str, within: str = "") -> dict:
    """The fact whose figure starts inside the first ``printed`` of ``text`` (of the first ``within`` of it, when
    given)."""
    f = _shared(text)
    at = text.index(within) + within.index(printed) if within else text.index(printed)
    start, _ = _spans(text)
    hit = ((start >= at) & (start < at + len(printed))).nonzero()[0]
    assert len(hit) == 1, f[["raw_value", "indicator"]].to_string()
    return f.iloc[hit[0]].to_dict()


def fact_printed(text: str, printed: str) -> dict:
    """The fact whose printed figure is ``printed`` (its ``raw_value``), the only one of the sentence."""
    f = _shared(text)
    hit = (f["raw_value"].to_numpy() == printed).nonzero()[0]
    assert len(hit) == 1, f[["raw_value", "indicator"]].to_string()
    return f.iloc[hit[0]].to_dict()


def fact_at(text: str, printed: str, nth: int = 0) -> dict:
    """The fact whose printed span holds the start of the ``nth`` occurrence of ``printed`` in ``text``."""
    f = _shared(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(printed, start + 1)
    starts, ends = _spans(text)
    hit = ((starts <= start) & (ends > start)).nonzero()[0]
    assert len(hit) == 1, (printed, f[["raw_value", "indicator", "measure", "qualifier", "status", "period"]].to_string())
    return f.iloc[hit[0]].to_dict()
