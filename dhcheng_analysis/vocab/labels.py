"""The field and label dictionary (``labels.toml``) as frozen, typed data.

Read it through :func:`dhcheng_analysis.vocab.labels`; the workbook, the pages, the charts and
the command line all take their headers, definitions and code labels from here.

>>> from dhcheng_analysis.vocab import labels
>>> d = labels()
>>> d.fields["yoy_pct"].zh, d.code("status", "actual", "en"), list(d.tables)[:3]
('同比(%)', 'actual', ['facts', 'headline', 'yoy'])
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

__all__ = ["FieldLabel", "CodeLabel", "TableLabel", "Labels", "load_labels", "CodeView", "FIELD_KINDS"]

#: How a field's values are shown (see the header of ``labels.toml``).
FIELD_KINDS = ("text", "int", "count", "number", "signed_number", "amount", "signed_amount", "percent", "change",
               "rate", "pp")
LANGS = ("zh", "en")


def _lang_index(lang: str) -> int:
    """Where ``lang`` stands in :data:`LANGS`: 0 for Chinese; any other language reads the English."""
    return 0 if lang == "zh" else 1


class _Bilingual:
    """Words kept as a pair of fields, ``<stem>zh`` and ``<stem>en``."""

    def _in(self, lang: str, stem: str = "") -> str:
        return getattr(self, stem + LANGS[_lang_index(lang)])


@dataclass(frozen=True)
class FieldLabel(_Bilingual):
    """A column: headers, definition, display kind, and whether it is computed rather than stated."""

    name: str
    zh: str
    en: str
    desc_zh: str
    desc_en: str
    kind: str = "text"
    width: int | None = None
    wrap: bool = False
    derived: bool = False

    def header(self, lang: str) -> str:
        return self._in(lang)

    def description(self, lang: str) -> str:
        return self._in(lang, "desc_")


@dataclass(frozen=True)
class CodeLabel(_Bilingual):
    """A code value (``yoy_pct``, ``over``, ``actual`` …) in both languages, with optional extras."""

    code: str
    zh: str
    en: str
    note_zh: str = ""
    note_en: str = ""
    prefix_zh: str = ""
    prefix_en: str = ""

    def label(self, lang: str) -> str:
        return self._in(lang)

    def prefix(self, lang: str) -> str:
        return self._in(lang, "prefix_")


@dataclass(frozen=True)
class TableLabel(_Bilingual):
    """A key table of the registry: its key, sheet names and what it holds."""

    key: str
    zh: str
    en: str
    desc_zh: str
    desc_en: str
    scale_money: bool = True

    def name(self, lang: str) -> str:
        return self._in(lang)


@dataclass(frozen=True)
class Labels:
    """Everything in ``labels.toml``. Mappings are read-only; order is the file's order."""

    tables: Mapping[str, TableLabel]
    sheets: tuple[str, ...]
    readme_sheet: tuple[str, str]
    fields: Mapping[str, FieldLabel]
    codes: Mapping[str, Mapping[str, CodeLabel]]
    periods: Mapping[str, tuple[str, str]]
    units_en: Mapping[str, str]
    comparators_en: tuple[tuple[re.Pattern, str], ...]
    rank_groups_en: tuple[tuple[re.Pattern, str], ...]  # comparators as the set a rank is taken in (their ``group``)
    text: Mapping[str, tuple[str, str]]
    corpus_columns: Mapping[str, tuple[str, str]]  # headers of the corpus tables (tables across reports)

    def code(self, kind: str, code: Any, lang: str = "zh") -> str:
        """Label of a code value; the code itself when it has none (``"—"`` never hides data)."""
        found = self.codes.get(kind, {}).get(str(code))
        return found.label(lang) if found else str(code)

    def word(self, key: str, lang: str = "zh") -> str:
        """A word or phrase of the charts and pages (``text`` section)."""
        return self.text[key][_lang_index(lang)]

    def words(self, lang: str, prefix: str = "") -> dict[str, str]:
        """All words whose key starts with ``prefix`` (the prefix removed), in one language."""
        i = _lang_index(lang)
        return {k[len(prefix):]: v[i] for k, v in self.text.items() if k.startswith(prefix)}

    @property
    def derived(self) -> frozenset[str]:
        """Columns computed by the analysis rather than read from the report."""
        return frozenset(n for n, f in self.fields.items() if f.derived)


def _take(data: dict, where: str, required: tuple[str, ...], optional: dict[str, type]) -> dict:
    unknown = set(data) - set(required) - set(optional)
    if unknown:
        raise ValueError(f"labels.toml: unknown key(s) {sorted(unknown)} in {where}")
    missing = [k for k in required if not isinstance(data.get(k), str)]
    if missing:
        raise ValueError(f"labels.toml: {where} lacks {missing}")
    for k, typ in optional.items():
        if k in data and not isinstance(data[k], typ):
            raise ValueError(f"labels.toml: {where}.{k} must be {typ.__name__}")
    return data


def parse_labels(data: dict) -> Labels:
    """Build :class:`Labels` from the parsed TOML, refusing unknown keys and missing languages."""
    top = {"tables", "workbook", "fields", "codes", "periods", "units", "comparators", "text", "corpus_columns"}
    if set(data) != top:
        raise ValueError(f"labels.toml: sections must be {sorted(top)}, not {sorted(data)}")
    tables = {k: TableLabel(key=k, **_take(v, f"tables.{k}", ("zh", "en", "desc_zh", "desc_en"),
                                           {"scale_money": bool})) for k, v in data["tables"].items()}
    wb = _take(data["workbook"], "workbook", ("readme_zh", "readme_en"), {"sheets": list})
    sheets = tuple(wb.get("sheets", ()))
    if sorted(sheets) != sorted(tables):
        raise ValueError("labels.toml: workbook.sheets must list every table once")
    fields = {}
    for k, v in data["fields"].items():
        f = FieldLabel(name=k, **_take(v, f"fields.{k}", ("zh", "en", "desc_zh", "desc_en"),
                                       {"kind": str, "width": int, "wrap": bool, "derived": bool}))
        if f.kind not in FIELD_KINDS:
            raise ValueError(f"labels.toml: fields.{k}.kind {f.kind!r} is not one of {FIELD_KINDS}")
        fields[k] = f
    codes = {}
    for kind, values in data["codes"].items():
        codes[kind] = MappingProxyType({
            c: CodeLabel(code=c, **_take(v, f"codes.{kind}.{c}", ("zh", "en"),
                                         {"note_zh": str, "note_en": str, "prefix_zh": str, "prefix_en": str}))
            for c, v in values.items()})
    periods = {k: (v["zh"], v["en"]) for k, v in data["periods"].items()
               if _take(v, f"periods.{k}", ("zh", "en"), {})}
    comparators = tuple((re.compile(_take(c, "comparators", ("pattern", "en"), {"group": str})["pattern"]), c["en"])
                        for c in data["comparators"])
    rank_groups = tuple((p, c.get("group", english)) for (p, english), c in zip(comparators, data["comparators"], strict=True))
    text = {k: (v["zh"], v["en"]) for k, v in data["text"].items() if _take(v, f"text.{k}", ("zh", "en"), {})}
    corpus_columns = {k: (v["zh"], v["en"]) for k, v in data["corpus_columns"].items()
                      if _take(v, f"corpus_columns.{k}", ("zh", "en"), {})}
    if not all(isinstance(v, str) for v in data["units"].values()):
        raise ValueError("labels.toml: units maps a unit to its English name (a string)")
    return Labels(
        tables=MappingProxyType(tables), sheets=sheets, readme_sheet=(wb["readme_zh"], wb["readme_en"]),
        fields=MappingProxyType(fields), codes=MappingProxyType(codes), periods=MappingProxyType(periods),
        units_en=MappingProxyType(dict(data["units"])), comparators_en=comparators,
        rank_groups_en=rank_groups,
        text=MappingProxyType(text), corpus_columns=MappingProxyType(corpus_columns),
    )


@cache
def load_labels() -> Labels:
    """The dictionary shipped with the package (read once per process)."""
    raw = resources.files(__package__).joinpath("labels.toml").read_text(encoding="utf-8")
    return parse_labels(tomllib.loads(raw))


class CodeView(Mapping):
    """A read-only ``code → (zh, en)`` view of one kind of code, loaded on first use.

    Keeps the older ``MEASURE_LABELS``/``QUALIFIER_LABELS`` names working on top of the dictionary.
    """

    def __init__(self, kind: str) -> None:
        self._kind = kind

    def _codes(self) -> Mapping[str, CodeLabel]:
        return load_labels().codes[self._kind]

    def __getitem__(self, code: str) -> tuple[str, str]:
        c = self._codes()[code]
        return c.zh, c.en

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes())

    def __len__(self) -> int:
        return len(self._codes())

    def __repr__(self) -> str:
        return f"CodeView({self._kind!r})"
