"""The State Council work reports bundled with the package, by year: each loaded and read when first asked for."""

from __future__ import annotations

import gzip
import json
import warnings
from importlib import resources

import dhcheng_analysis as dh
from dhcheng_analysis.corpus import BUNDLED_CORPUS


class WorkReports(dict):
    """``reports[year]`` is the work report of ``year`` and its facts, ``(Report, DataFrame)``, each parsed
    when first asked for."""

    def __init__(self):
        super().__init__()
        # the texts as bundled (``load_corpus`` gives the same texts, and reads every report's metadata too)
        data = resources.files("dhcheng_analysis.data").joinpath(BUNDLED_CORPUS).read_bytes()
        records = map(json.loads, gzip.decompress(data).decode("utf-8-sig").splitlines())
        self.texts = {r["report_id"]: r["text"] for r in records}

    def __missing__(self, year: int):
        report = dh.load_report(self.texts[f"gwr_{year}"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self[year] = (report, dh.extract_facts(report))
        return self[year]

    def fact_at(self, year: int, phrase: str, printed: str) -> dict:
        """The fact printed as ``printed`` inside the first ``phrase`` of the work report of ``year``."""
        report, f = self[year]
        at = report.text.index(phrase) + phrase.index(printed)
        hit = ((f["start"].to_numpy() <= at) & (f["end"].to_numpy() > at)).nonzero()[0]
        assert len(hit) == 1, (phrase, printed)
        return f.iloc[hit[0]].to_dict()
