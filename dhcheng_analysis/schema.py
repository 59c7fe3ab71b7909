"""Table invariants: the checks every key table passes when it is built.

Each table has a :class:`TableSpec` (frozen data: required columns, key, closed vocabularies,
value ranges). :func:`check_table` runs the checks and raises
:class:`~dhcheng_analysis.errors.TableInvariantError` with the offending rows printed, so a
broken table never reaches a chart or an export silently.

>>> import pandas as pd
>>> from dhcheng_analysis.schema import TableSpec, check_table
>>> spec = TableSpec("demo", required=("report_id", "fact_id", "indicator_en"), key=("fact_id",))
>>> df = pd.DataFrame({"report_id": ["r"], "fact_id": ["f1"], "indicator_en": ["GDP"]})
>>> check_table(df, spec, fact_ids={"f1"}) is df
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import pandas as pd

from . import vocab
from .cuewords import compiled
from .errors import TableInvariantError

MAX_ROWS_SHOWN = 12

PERCENT_UNITS = ("%", "pp", "‰", "千分点", "1/10万", "1/万", "1/100万")


_MAGNITUDE_PREFIX = re.compile(r"^(?:万亿|亿|万|千|百)(?P<rest>.+)$")


def is_base_unit(unit: str) -> bool:
    """Whether ``unit`` is a base unit: 元 not 亿元, 人 not 万人; a counter or physical unit of any name."""
    if unit in allowed_units():
        return True
    if not isinstance(unit, str) or re.search(r"[\d\s]", unit) or len(unit) > 12:
        return False
    m = _MAGNITUDE_PREFIX.match(unit)
    return not (m and m.group("rest") in allowed_units())


@cache
def allowed_units() -> frozenset[str]:
    """Base units a table may carry: percent, and the money units and every counter or physical unit of the cue
    tables."""
    cues = vocab.extractor_cues()
    units = set(cues.money_units.values()) | set(PERCENT_UNITS) | {""}
    units |= set(cues.counters) | set(cues.chinese_counters)
    units.discard("成")  # 九成 is read as 90 %
    units.discard("个百分点")
    return frozenset(units)


def is_fact_unit(unit: str) -> bool:
    """Whether a fact may carry ``unit``: one of :func:`allowed_units`, or one of them given per a unit after
    a slash (``公斤/亩``, ``吨/万元``, ``吨/日``), as the extractor reads ``385公斤/亩`` and ``5万吨/日``
    (with its own pattern of what a unit may be given per)."""
    if unit in allowed_units():
        return True
    head, slash, _ = unit.partition("/")
    return bool(head and slash) and head in allowed_units() and compiled().per_unit.fullmatch(unit, len(head)) is not None


@dataclass(frozen=True)
class TableSpec:
    """What a table promises: columns, key, closed vocabularies and plausible value ranges."""

    name: str
    required: tuple[str, ...]
    key: tuple[str, ...] = ()
    vocab: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    ranges: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    unit_columns: tuple[str, ...] = ()
    fact_id_columns: tuple[str, ...] = ("fact_id",)
    fact_ids_columns: tuple[str, ...] = ()
    nonempty: tuple[str, ...] = ("report_id", "indicator_en")


def _fail(spec: TableSpec, what: str, rows: pd.DataFrame) -> None:
    shown = rows.head(MAX_ROWS_SHOWN).to_string(max_colwidth=40)
    more = f"\n… and {len(rows) - MAX_ROWS_SHOWN} more rows" if len(rows) > MAX_ROWS_SHOWN else ""
    raise TableInvariantError(
        f"table {spec.name!r}: {what} ({len(rows)} rows); this is a bug in the table builder or a "
        f"malformed facts table — rebuild the facts with extract_facts\n{shown}{more}"
    )


def _flag(spec: TableSpec, what: str, df: pd.DataFrame, bad: list[bool] | np.ndarray) -> None:
    """Fail with ``what`` when any row of ``df`` is ``bad`` (one truth value a row), showing those rows."""
    if any(bad):
        _fail(spec, what, df[np.asarray(bad, dtype=bool)])


def _blank(s: pd.Series) -> list[bool]:
    return [not (isinstance(v, str) and v.strip()) for v in s]


def _outside(s: pd.Series, allowed: set[str] | frozenset[str]) -> list[bool]:
    """Values present (not NA) and not in ``allowed``."""
    return [not _missing(v) and str(v) not in allowed for v in s]


def _missing(v: object) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and v != v)


def _unique_rows(df: pd.DataFrame, columns: list[str]) -> bool:
    """Whether no two rows of ``df`` agree on ``columns``, missing values agreeing with each other (as
    ``DataFrame.duplicated`` compares them)."""
    keys = [tuple(None if _missing(v) else v for v in row)
            for row in zip(*(df[c].tolist() for c in columns), strict=True)]
    return len(set(keys)) == len(keys)


def check_table(df: pd.DataFrame, spec: TableSpec, *, fact_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """Check ``df`` against ``spec``; return it unchanged or raise TableInvariantError.

    Parameters
    ----------
    df : DataFrame
        The built table.
    spec : TableSpec
        Its promises.
    fact_ids : iterable of str, optional
        Every fact id of the facts table the table was built from; when given, each id in the
        ``fact_id`` / ``fact_ids`` columns must be one of them.
    """
    missing = [c for c in spec.required if c not in df.columns]
    if missing:
        raise TableInvariantError(f"table {spec.name!r} lacks columns {missing}; columns are {list(df.columns)}")
    if df.empty:
        return df
    for col in spec.nonempty:
        _flag(spec, f"empty {col!r}", df, _blank(df[col]))
    if spec.key and not _unique_rows(df, list(spec.key)):
        _fail(spec, f"duplicate key {list(spec.key)}", df[df.duplicated(list(spec.key), keep=False)])
    for col, allowed in spec.vocab.items():
        if col not in df.columns:
            continue
        s = df[col]
        if isinstance(s.dtype, pd.CategoricalDtype) and set(map(str, s.dtype.categories)) <= set(allowed):
            continue
        _flag(spec, f"{col!r} outside {list(allowed)}", df, _outside(s, set(allowed)))
    for col, (lo, hi) in spec.ranges.items():
        if col not in df.columns:
            continue
        v = pd.to_numeric(df[col], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        _flag(spec, f"{col!r} outside the plausible range [{lo}, {hi}]", df, (v < lo) | (v > hi))  # (NaN: neither)
    for col in spec.unit_columns:
        if col not in df.columns:
            continue
        _flag(spec, f"unit column {col!r} holds a unit that is not a base unit (元 not 亿元)", df,
              [not _missing(u) and not (isinstance(u, str) and is_base_unit(u)) for u in df[col]])
    if fact_ids is not None:
        known = fact_ids if isinstance(fact_ids, (set, frozenset)) else set(fact_ids)
        for col in spec.fact_id_columns:
            if col not in df.columns:
                continue
            _flag(spec, f"{col!r} not found in the facts table", df, _outside(df[col], known))
        for col in spec.fact_ids_columns:
            if col not in df.columns:
                continue
            _flag(spec, f"{col!r} names ids not found in the facts table (or is empty)", df,
                  [_missing(v) or not str(v) or any(x not in known for x in str(v).split(";")) for v in df[col]])
    return df


STATUSES = tuple(dict.fromkeys((*vocab.STATUSES, "actual", "target", "estimate")))
"""Statuses a table shows: achieved, target, and estimate (预计: a forecast, never a target)."""

PCT_RANGE = (-100.0, 10_000.0)  # a change can fall at most 100 %; growth of 100× is implausible here

HEADLINE = TableSpec(
    "headline",
    required=("report_id", "indicator", "indicator_key", "indicator_en", "indicator_as_printed", "scope", "level",
              "unit", "level_qualifier", "yoy_pct", "yoy_qualifier", "completion_pct", "pp_diff", "comparator", "comparator_value",
              "comparator_value_qualifier", "rank", "rank_group", "implied_prior_level",
              "implied_annual_target", "h2_required", "h2_growth_required_pct", "status", "period", "section",
              "fact_id", "fact_ids"),
    key=("report_id", "indicator", "scope"),
    vocab={"level_qualifier": vocab.QUALIFIERS, "yoy_qualifier": vocab.QUALIFIERS,
           "comparator_value_qualifier": vocab.QUALIFIERS, "change_qualifier": vocab.QUALIFIERS, "status": STATUSES},
    ranges={"yoy_pct": PCT_RANGE, "completion_pct": (0.0, 1000.0), "pp_diff": (-100.0, 100.0),
            "rank": (1, 1000)},
    unit_columns=("unit",),
    fact_ids_columns=("fact_ids",),
)

YOY = TableSpec(
    "yoy",
    required=("report_id", "fact_id", "fact_ids", "indicator", "indicator_key", "indicator_en", "measure",
              "change_pct", "abs_change", "unit", "direction", "comparator", "level", "level_unit", "level_fact_id",
              "implied_prior_level", "qualifier", "status", "period", "section", "sentence"),
    key=("report_id", "fact_id"),
    vocab={"measure": ("yoy_pct", "change_pct", "abs_change"), "direction": ("up", "down", "flat"),
           "qualifier": vocab.QUALIFIERS, "level_qualifier": vocab.QUALIFIERS, "status": STATUSES},
    ranges={"change_pct": PCT_RANGE},
    unit_columns=("level_unit", "unit"),
    fact_id_columns=("fact_id", "level_fact_id"),
    fact_ids_columns=("fact_ids",),
)

COMPARISONS = TableSpec(
    "comparisons",
    required=("report_id", "fact_id", "fact_ids", "indicator", "indicator_key", "indicator_en", "scope", "period",
              "yoy_pct", "comparator", "comparator_measure", "comparator_value", "pp_diff", "source"),
    key=("report_id", "fact_ids"),
    vocab={"source": ("stated", "computed"), "comparator_measure": vocab.MEASURES},
    ranges={"yoy_pct": PCT_RANGE, "comparator_value": PCT_RANGE, "pp_diff": (-100.0, 100.0)},
    fact_ids_columns=("fact_ids",),
)

TAX = TableSpec(
    "tax",
    required=("report_id", "fact_id", "dimension", "item", "indicator_key", "indicator_en", "measure", "change_pct",
              "direction", "level", "level_unit", "abs_change", "unit", "qualifier", "status", "sentence"),
    key=("report_id", "dimension", "item", "measure", "fact_id"),
    vocab={"dimension": ("total", "sector", "tax_type", "base_loss", "new_entities"),
           "measure": vocab.MEASURES, "direction": ("up", "down", "flat"), "qualifier": vocab.QUALIFIERS,
           "status": STATUSES},
    ranges={"change_pct": PCT_RANGE},
    unit_columns=("unit", "level_unit"),
    fact_ids_columns=("fact_ids",),
)

COMPLETION = TableSpec(
    "completion",
    required=("report_id", "fact_id", "fact_ids", "indicator", "indicator_key", "indicator_en", "scope",
              "completion_pct", "computed_pct", "source", "comparator", "numerator", "done_as_printed", "denominator", "count_unit",
              "benchmark_pct", "gap_pp", "on_track", "annual", "status", "section", "sentence"),
    key=("report_id", "fact_ids", "source"),
    vocab={"source": ("stated", "computed"), "status": STATUSES, "qualifier": vocab.QUALIFIERS},
    ranges={"completion_pct": (0.0, 1000.0), "benchmark_pct": (0.0, 100.0)},
    unit_columns=("count_unit",),
    fact_ids_columns=("fact_ids",),
)

TARGETS = TableSpec(
    "targets",
    required=("report_id", "fact_id", "indicator", "indicator_key", "indicator_en", "scope", "measure", "value",
              "unit", "qualifier", "section", "sentence"),
    key=("report_id", "fact_id"),
    vocab={"measure": vocab.MEASURES, "qualifier": vocab.QUALIFIERS, "outcome_qualifier": vocab.QUALIFIERS,
           "outcome_status": STATUSES},
    unit_columns=("unit",),
    fact_id_columns=("fact_id", "outcome_fact_id"),
)

AUDIT = TableSpec(
    "audit",
    required=("report_id", "fact_id", "fact_ids", "indicator_key", "indicator_en", "check", "stated", "computed",
              "difference", "tolerance", "verdict", "message"),
    key=("report_id", "check", "fact_ids"),
    vocab={"verdict": ("consistent", "inconsistent")},
    fact_ids_columns=("fact_ids",),
)

SPECS = {"headline": HEADLINE, "yoy": YOY, "comparisons": COMPARISONS, "tax": TAX, "completion": COMPLETION,
         "targets": TARGETS, "audit": AUDIT}
