"""Vocabulary: cue words, units, counters and the indicator glossary, read from data files.

The parser, the tables, the Excel field sheet and the chart labels all read names from here.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .labels import CodeView, Labels, load_labels


def _read_text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@cache
def cues() -> dict:
    """Cue-word tables used by the extractor (``cues.json``)."""
    return json.loads(_read_text("cues.json"))


@dataclass(frozen=True)
class Term:
    canonical: str
    aliases: tuple[str, ...]
    english: str
    definition: str
    headline: bool
    category: str
    key: str = ""  # stable snake_case concept key (gdp, cpi, urban_new_jobs …); rows naming one concept share it


@cache
def glossary() -> tuple[Term, ...]:
    """The indicator glossary (``glossary.tsv``): canonical name, aliases, English name."""
    rows = csv.DictReader(_read_text("glossary.tsv").splitlines(), delimiter="\t")
    return tuple(
        Term(
            canonical=r["canonical"],
            aliases=tuple(a for a in (r["aliases"] or "").split("|") if a),
            english=r["english"],
            definition=r["definition"],
            headline=r["headline"] == "1",
            category=r["category"],
            key=r.get("key") or "",
        )
        for r in rows
    )


@cache
def _alias_index() -> tuple[tuple[str, Term], ...]:
    pairs = [(t.canonical, t) for t in glossary()]
    pairs += [(a, t) for t in glossary() for a in t.aliases]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def canonical_term(phrase: str) -> Term | None:
    """The glossary term named in ``phrase`` (longest alias wins), or None.

    >>> canonical_term("全区地区生产总值").english
    'Gross regional product (GDP)'
    """
    if not isinstance(phrase, str) or not phrase:
        return None
    for alias, term in _alias_index():
        if alias in phrase:
            return term
    return None


def english_name(phrase: str) -> str:
    """English name of the indicator in ``phrase``, or an empty string when it is not in the glossary."""
    term = canonical_term(phrase)
    return term.english if term else ""


MEASURES = ("level", "yoy_pct", "change_pct", "completion_pct", "pp_diff", "rate_pct", "rank", "abs_change")
QUALIFIERS = ("exact", "over", "nearly", "about", "at_least", "at_most", "under")
STATUSES = ("actual", "target")

#: ``code → (zh, en)``: views of the label dictionary (``labels.toml``), kept for older callers.
MEASURE_LABELS = CodeView("measure")
QUALIFIER_LABELS = CodeView("qualifier")


def labels() -> Labels:
    """The field and label dictionary (``labels.toml``): headers, definitions, code labels, sheet names.

    >>> labels().code("measure", "yoy_pct", "en")
    'Year-on-year change (%)'
    """
    return load_labels()
