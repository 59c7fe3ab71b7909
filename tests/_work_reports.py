"""The State Council work reports bundled with the package, by year: each loaded and read when first asked for.

A report is parsed once in a test process and shared by every module that asks for it (some 35 modules read
the work reports, many the same years); tests read the facts and never change them.
"""

from __future__ import annotations

import gzip
import json
import warnings
from functools import cache
from importlib import resources

import pandas as pd

import dhcheng_analysis as dh
from dhcheng_analysis.corpus import BUNDLED_CORPUS


@cache
def _texts() -> dict[str, str]:
    """The texts as bundled, by report id (``load_corpus`` gives the same texts, and reads every report's
    metadata too)."""
    data = resources.files("dhcheng_analysis.data").joinpath(BUNDLED_CORPUS).read_bytes()
    records = map(json.loads, gzip.decompress(data).decode("utf-8-sig").splitlines())
    return {r["report_id"]: r["text"] for r in records}


@cache
def _parsed(year: int) -> tuple[dh.Report, pd.DataFrame]:
    report = dh.load_report(_texts()[f"gwr_{year}"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return report, dh.extract_facts(report)


class WorkReports(dict):
    """``reports[year]`` is the work report of ``year`` and its facts, ``(Report, DataFrame)``, each parsed
    when first asked for in the test process."""

    def __init__(self):
        super().__init__()
        self.texts = _texts()

    def __missing__(self, year: int):
        self[year] = _parsed(year)
        return self[year]

    def fact_at(self, year: int, phrase: str, printed: str) -> dict:
        """The fact printed as ``printed`` inside the first ``phrase`` of the work report of ``year``."""
        report, f = self[year]
        at = report.text.index(phrase) + phrase.index(printed)
        hit = ((f["start"].to_numpy() <= at) & (f["end"].to_numpy() > at)).nonzero()[0]
        assert len(hit) == 1, (phrase, printed)
        return f.iloc[hit[0]].to_dict()
