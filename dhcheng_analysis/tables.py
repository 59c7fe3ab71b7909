"""Key tables: selections, merges and pivots of the facts table, each row traceable to its facts.

Every function takes a :class:`~dhcheng_analysis.report.Report`, a path or the report text
(plus, optionally, a facts table already extracted from it) and returns a DataFrame with
``report_id``, ``fact_id`` (the main fact), ``indicator_key`` and ``indicator_en``. Rows built
from several facts also carry ``fact_ids`` (ids joined with ``;``). Figures the report states and
figures computed from them sit in different columns; :data:`DERIVED_COLUMNS` names the computed ones.

The tables read only the facts: what they need from the text (the base of a comparison, the
scope, the dimension, reference levels, parts and counts done, the lead block) is a column of
the facts, read once by the extractor. Indicator names are matched to the glossary by whole
name (:func:`~dhcheng_analysis.vocab.concept`), so a table never files a phrase under a wider or
narrower concept than the one printed.

>>> import dhcheng_analysis as dh
>>> h = dh.headline_indicators(dh.load_report())
>>> row = h.set_index("indicator").loc["一般公共预算收入"]
>>> print(row["level"], row["yoy_pct"], row["completion_pct"], round(row["implied_annual_target"] / 1e8, 1))
9690000000.0 -7.0 48.2 201.0
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property

import numpy as np
import pandas as pd

from . import schema, vocab
from .apitypes import ReportLike
from .errors import TableInvariantError
from .numbers import year_number
from .report import Report, load_report, period_share, period_words

FACT_INPUT_COLUMNS = ("report_id", "fact_id", "start", "end", "indicator", "measure", "value", "unit",
                      "raw_value", "raw_unit", "qualifier", "status", "section", "sentence")
"""Columns a facts table must have for the tables to be built from it."""

CONTEXT_COLUMNS = {"comparator": "", "period": "", "scope": "", "dimension": "", "reference": "",
                   "parent_id": "", "relation": "", "lead": False}
"""Columns the extractor writes for the tables, with the value a facts table without them implies."""

DERIVED_COLUMNS = ("implied_prior_level", "implied_annual_target", "h2_required", "h2_growth_required_pct",
                   "comparator_value", "comparator_value_qualifier", "computed_pct")
"""Columns computed from stated figures, never read from the report."""

PCT_MEASURES = ("yoy_pct", "change_pct", "completion_pct", "rate_pct")
CHANGE_MEASURES = ("yoy_pct", "change_pct")
HEADLINE_MEASURES = ("level", "yoy_pct", "completion_pct", "pp_diff", "rate_pct", "rank", "change_pct")
STATUSES = schema.STATUSES
BREAKDOWNS = ("sector", "tax_type")
"""Table kinds that break an aggregate down (an industry's tax, a tax type): never headline indicators."""
UNNAMED = "(未命名)"
TABLE_CELL = "table_cell"
"""The flag of a figure read from a cell of a table (``flags``)."""
REAL_TERMS = "real_terms"
"""The flag of a change in real terms or on a comparable basis (实际增长, 扣除价格因素, 同口径)."""


# Facts, prepared once --------------------------------------------------------------------------

@dataclass(frozen=True)
class FactTable:
    """A facts table made ready for the table builders: typed columns, sentence ids, and each
    indicator's glossary concept. Built once per report (``all_tables`` builds it once).

    ``frame`` adds to the facts: ``sid`` (statement id: of a sentence, or of the cells of one table row),
    ``key``/``canon``/``en``/``category``/``term_headline`` (the concept), ``ikey`` (what identifies an
    indicator: its key, else its name), ``kind`` (``total``, ``sector``, ``tax_type``, ``base_loss``, ``entity`` or empty),
    ``quantity`` (of a sector phrase), ``named``, ``ref`` (a reference level), ``part_of`` (the scope of a
    part of the whole: the scope, empty when it is the report's own place, 西城区 in a report of 西城区).
    """

    report: Report
    facts: pd.DataFrame
    frame: pd.DataFrame
    ids: frozenset

    @property
    def share(self) -> float:
        """Share of the year elapsed at the report's period (H1 → 0.5)."""
        return period_share(self.report)

    @cached_property
    def own_spelling(self) -> tuple[str, str] | None:
        """The months from January the report covers and the one way its tables spell them (see
        :func:`one_spelling`); found once, from the report's facts."""
        return _own_spelling(self.report, self.facts["period"])

    def one_spelling(self, periods: pd.Series) -> pd.Series:
        """``periods`` of a table's rows, those of the report's own months from January spelled one way (see
        :func:`one_spelling`)."""
        return _spelled(periods, self.report, self.own_spelling)

    @cached_property
    def levels(self) -> pd.DataFrame:
        """For every fact, the level stated with it (see :func:`stated_levels`), never one of another time (see
        :func:`other_time`) nor a multiple of another level; computed once."""
        f = self.frame
        lv = f[(f["measure"] == "level") & ~f["ref"] & (f["status"] != "target") & ~multiples(f)]
        exact = (lv["qualifier"] == "exact").to_numpy()

        # (a figure of one month or quarter alone has the level of that month or quarter or none: 三季度当季GDP增长3.1%
        # is no growth of the 前三季度 GDP of 1876.3亿元 printed before it)
        alone = _each(f["period"], re.compile(vocab.concept_rules().single_span_period_regex).match).to_numpy()

        def nearest(among: np.ndarray) -> np.ndarray:
            # of the figure's own period first (一九五八年又比一九五七年增加百分之五十,达到六十六万人: 66万, not
            # 1957's 44万 printed before)
            own = _nearest_pick(f, lv, ["sid", "ikey", "period"], among)
            dated = ((own >= 0) & (f["period"] != "").to_numpy()) | alone
            return np.where(dated, own, _nearest_pick(f, lv, ["sid", "ikey"], among))

        # no level of another time than the figure's (一九五七年已经有七百多万人，…，一九五八年又比一九五七年增加百分之七十，
        # 达到了一千二百万人: the 1957 change is of 七百多万, not of the 1958 level printed exact; 如果同…一九五零年的
        # 一百七十亿元作比较，则增长二点八倍: the base of 1950 is no level of 1959's growth)
        times, own_times = lv["period"].to_numpy(dtype=object), f["period"].to_numpy(dtype=object)

        def of_time(pick: np.ndarray) -> np.ndarray:
            theirs = np.where(pick >= 0, times[np.maximum(pick, 0)] if len(times) else "", "")
            return np.where((pick >= 0) & other_time(own_times, theirs), -1, pick)

        # a level as printed before a bound it passes (完成1012.9亿元,突破千亿元大关,同比增长10.6%: 1012.9亿元)
        pick = of_time(nearest(exact))
        pick = np.where(pick >= 0, pick, of_time(nearest(np.ones(len(lv), dtype=bool))))
        return _take(f, lv, pick, ["fact_id", "value", "unit", "raw_value", "raw_unit", "qualifier"])

    @cached_property
    def flagged(self) -> dict[str, frozenset]:
        """The ids of the facts carrying each flag (``flags``: names joined by ``;``); read once."""
        ids: dict[str, set] = {}
        if "flags" in self.facts.columns:  # (facts of another source may carry none)
            for fid, flags in zip(self.facts["fact_id"], self.facts["flags"], strict=True):
                for name in flags.split(";") if isinstance(flags, str) else ():
                    ids.setdefault(name, set()).add(fid)
        return {name: frozenset(v) for name, v in ids.items()}

    @cached_property
    def unquantified(self) -> pd.DataFrame:
        """Changes the report states without a figure (:func:`~dhcheng_analysis.facts.unquantified_changes`)."""
        from .facts import unquantified_changes

        return unquantified_changes(self.report)

    @cached_property
    def pairs(self) -> pd.DataFrame:
        """The count pairs of :func:`count_pairs`; computed once."""
        return _count_pairs(self)

    @cached_property
    def printed_levels(self) -> pd.DataFrame:
        """The facts that print a target level or a plan (see :func:`_printed_levels`); selected once."""
        return _printed_levels(self)

    @cached_property
    def year_targets(self) -> dict[tuple[str, str], str]:
        """The target of the whole year of each indicator and scope (see :func:`year_targets`); found once (the
        headline table and the audit read it)."""
        return year_targets(self)

    @cached_property
    def yoy(self) -> pd.DataFrame:
        """The table of :func:`yoy_changes`; built once (:func:`growth_comparisons` reads it too)."""
        return _yoy_table(self)


def _strings(s: pd.Series) -> pd.Series:
    return pd.Series([x if isinstance(x, str) else "" for x in s.tolist()], index=s.index, dtype=object)


def _each(values: pd.Series, test: Callable[[object], bool]) -> pd.Series:
    """Whether each value of ``values`` passes ``test``: a bool Series on its index (what
    ``values.map(test).astype(bool)`` gives, without the cost of mapping a short column)."""
    return pd.Series([bool(test(v)) for v in values.tolist()], index=values.index, dtype=bool)


def _by_value(values: pd.Series, fn: Callable[[object], object], dtype: object) -> pd.Series:
    """``fn`` of each of ``values``, computed once per distinct value, a Series of ``dtype`` on their index (what
    ``values.map({v: fn(v) for v in values.unique()}).astype(dtype)`` gives, without the cost of mapping a short
    column)."""
    memo: dict[object, object] = {}
    out = [memo[v] if v in memo else memo.setdefault(v, fn(v)) for v in values.tolist()]
    return pd.Series(out, index=values.index, dtype=dtype)


def _rows(df: pd.DataFrame, columns: Iterable[str]) -> Iterable[tuple]:
    """The values of ``columns`` of each row of ``df``, a tuple a row."""
    return zip(*(df[c].tolist() for c in columns), strict=True)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """``pd.concat(frames)``; when only one of them has rows and all share its columns and dtypes, that one (a shallow
    copy), without the cost of joining empty frames to it."""
    full = [d for d in frames if len(d)]
    if len(full) == 1:
        one, dtypes = full[0], full[0].dtypes.tolist()
        if all(d is one or (d.columns.equals(one.columns) and d.dtypes.tolist() == dtypes) for d in frames):
            return one.copy(deep=False)
    return pd.concat(frames)


def holds_flag(flags: pd.Series, flag: str) -> pd.Series:
    """Whether each fact's ``flags`` (strings of names joined by ``;``) hold ``flag``.

    >>> holds_flag(pd.Series(["real_terms;about", "real_terms_x", ""]), "real_terms").tolist()
    [True, False, False]
    """
    return _each(flags, lambda names: flag in names.split(";"))


@cache
def _string_dtype(storage: str) -> tuple[pd.StringDtype, type, bool]:
    """The ``str`` dtype under pandas' string storage option ``storage``, its array type, and whether it
    holds Arrow strings (looked up once: a lookup by name costs more than a short column)."""
    dtype = pd.api.types.pandas_dtype("str")
    return dtype, dtype.construct_array_type(), dtype.storage == "pyarrow"


def _str_array(values: Iterable[object]) -> pd.api.extensions.ExtensionArray:
    """A ``str`` array of ``values``, missing where a value is not a string: what
    ``pd.array([v if isinstance(v, str) else None for v in values], dtype="str")`` builds."""
    vals = [v if isinstance(v, str) else None for v in values]
    dtype, array, arrow = _string_dtype(pd.get_option("mode.string_storage"))
    if arrow:
        import pyarrow as pa

        return array(pa.array(vals, type=pa.large_string()), dtype=dtype)
    return array._from_sequence(vals, dtype=dtype)


_NO_KEY = "(none given)"  # not a key: keys are snake_case


_CONCEPT_COLUMNS = ("key", "canon", "en", "category", "term_headline", "kscope", "quantity", "ckind", "bare")


def _concept_columns(indicators: pd.Series, keys: pd.Series | None) -> dict[str, np.ndarray]:
    """Concept of every (indicator, key), one array per column of :data:`_CONCEPT_COLUMNS`
    (``term_headline`` bool, the others object): computed once per distinct pair."""
    inds = indicators.tolist()
    given = keys.tolist() if keys is not None else [_NO_KEY] * len(inds)
    memo: dict[tuple[str, str], tuple] = {}
    rows = []
    for pair in zip(inds, given, strict=True):
        row = memo.get(pair)
        if row is None:
            row = memo[pair] = _concept_row(*pair)
        rows.append(row)
    out = {}
    for i, col in enumerate(_CONCEPT_COLUMNS):
        values = np.empty(len(rows), dtype=object)
        values[:] = [r[i] for r in rows]
        out[col] = values.astype(bool) if col == "term_headline" else values
    return out


def _concept_row(ind: str, given: str) -> tuple:
    """The values of :data:`_CONCEPT_COLUMNS` for one indicator phrase and the key the extractor gave it."""
    rules = vocab.concept_rules()
    c = vocab.concept(ind)
    key = c.key if given == _NO_KEY else given
    canon, en, cat, head = c.name, c.english, c.category, c.headline
    if key != c.key:  # the extractor's key: name the row by it
        t = vocab.terms_by_key().get(key)
        canon, en, cat, head = (t.canonical, t.english, t.category, t.headline) if t else (ind, "", "", False)
    kind = ("tax_type" if cat == "tax_type" or key in rules.revenue_type_keys
            else "sector" if cat == "sector_quantity"
            else "total" if key in (*rules.tax_total_keys, *rules.revenue_total_keys) else "")
    bare = canon if key else c.bare
    return key, canon or ind, en, cat, head, c.scope, c.quantity, kind, bare


def _part_of(scope: pd.Series, report: Report) -> pd.Series:
    """The scope of each figure as a part of the whole: its scope, empty when that is the report's own place
    (西城区 in a report of 西城区; a district report's city is the city around it: 北京市's figures in a report of
    西城区 are not its own)."""
    own = report.metadata.get("district") or report.metadata.get("city") or ""
    return scope.where(scope != own, "")


def prepare(report: ReportLike | FactTable = None, facts: pd.DataFrame | None = None) -> FactTable:
    """The facts of ``report`` made ready for the table builders (extracted when ``facts`` is None)."""
    if isinstance(report, FactTable):
        return report
    if isinstance(report, pd.DataFrame):
        raise TypeError("the tables take the report first and its facts second: all_tables(report, facts)")
    rep = report if isinstance(report, Report) else load_report(report)
    if facts is None:
        from .facts import extract_facts

        facts = extract_facts(rep)
    missing = [c for c in FACT_INPUT_COLUMNS if c not in facts.columns]
    if missing:
        raise TableInvariantError(
            f"facts table lacks columns {missing}: pass the table returned by extract_facts")
    index = pd.RangeIndex(len(facts))
    src = facts.reset_index(drop=True)
    # the columns are computed first and made a frame once (adding columns one by one copies the frame)
    f: dict[str, object] = {}
    for col in ("report_id", "fact_id", "indicator", "measure", "unit", "raw_value", "raw_unit", "qualifier",
                "status", "section", "sentence"):
        f[col] = _strings(src[col])
    for col, default in CONTEXT_COLUMNS.items():
        if col == "lead":
            f[col] = src[col].fillna(False).astype(bool) if col in src.columns else False
        else:
            f[col] = _strings(src[col]) if col in src.columns else pd.Series(default, index=index)
    try:
        f["start"] = src["start"].astype("int64")
        f["end"] = src["end"].astype("int64")
    except (TypeError, ValueError) as exc:  # a missing or non-whole offset: not the extractor's table
        raise TableInvariantError("facts table has start or end offsets that are missing or not whole numbers: "
                                  "pass the table returned by extract_facts") from exc
    f["value"] = pd.to_numeric(src["value"], errors="coerce").astype(float)
    f["qualifier"] = f["qualifier"].where(f["qualifier"] != "", "exact")
    f["status"] = f["status"].where(f["status"] != "", "actual")
    cell = (holds_flag(_strings(src["flags"]), TABLE_CELL) if "flags" in src.columns
            else pd.Series(False, index=index))
    keys = _strings(src["indicator_key"]) if "indicator_key" in src.columns else None
    con = _concept_columns(f["indicator"], keys)
    for col in ("key", "canon", "en", "category", "kscope", "quantity", "bare"):
        f[col] = pd.Series(con[col], index=index, dtype=object)
    f["term_headline"] = con["term_headline"]
    named = f["named"] = f["indicator"] != ""
    canon = f["canon"] = f["canon"].where(named, UNNAMED)
    f["en"] = f["en"].where(f["en"] != "", canon)
    f["ikey"] = pd.Series([k or "~" + c for k, c in zip(f["key"], canon, strict=True)], index=index, dtype=object)
    f["ref"] = f["reference"] != ""
    f["part_of"] = _part_of(f["scope"], rep)
    ckind = pd.Series(con["ckind"], index=index, dtype=object)
    if "dimension" not in src.columns:  # facts without the extractor's columns: the phrase alone says it
        f["dimension"] = ckind
    # the table kind: the extractor's context (base_loss, entity) first, then the whole-name concept,
    # then the extractor's reading of a phrase the glossary does not know
    dim = f["dimension"]
    order = f["start"].sort_values(kind="stable").index  # in printed order
    kind = ckind.mask((ckind == "") & (f["key"] == "") & dim.isin(BREAKDOWNS), dim)
    kind = kind.mask((kind == "") & dim.isin(BREAKDOWNS) & _listed_with_breakdown(f, kind, order), dim)
    f["kind"] = kind.mask(dim.isin(("base_loss", "entity")), dim)
    # a statement: a sentence, or the cells of one row of a table (地区生产总值 | 亿元 | 91.3 | 7.5, one cell a
    # line): consecutive cells of one indicator and scope
    unit = f["sentence"]
    if cell.any():
        c, k, sc = cell[order], f["ikey"][order], f["scope"][order]
        row = (~c | ~c.shift(fill_value=False) | (k != k.shift()) | (sc != sc.shift())).cumsum().reindex(index)
        unit = unit.where(~cell, "\0" + row.astype(str))
    f["sid"] = pd.factorize(unit)[0].astype("int64")
    # copied into one block per dtype: the builders select rows of the frame many times, and a selection
    # takes each block once (a frame of one block per column costs as many takes as it has columns); its column
    # labels held as Python strings, which the builders' hundreds of column reads look up faster than labels of
    # pandas' ``str`` dtype (the frames made of it keep them; every table is built anew of its own columns)
    frame = pd.DataFrame(f, index=index, columns=pd.Index(list(f), dtype=object), copy=True)
    if len(frame) > 1 and not frame["start"].is_monotonic_increasing:
        frame = frame.sort_values("start", kind="stable").reset_index(drop=True)
    return FactTable(rep, facts, frame, frozenset(frame["fact_id"].tolist()))


LISTED_VALUES_GAP = 2  # how many characters at most stand between two values printed as one list (18.2%和12.7%)


def _listed_with_breakdown(f: Mapping[str, pd.Series], kind: pd.Series, order: pd.Index) -> pd.Series:
    """Whether each fact of ``f`` (``order``: its index in printed order) is a value of a list of values printed
    together after one verb, of one measure in one sentence (高技术制造业、战略性新兴产业增加值分别增长18.2%和12.7%), one
    of which is read as a breakdown already (``kind`` a sector or tax type: by the glossary, or by the extractor for a
    name the glossary does not know): the other names of that list are breakdowns too when the extractor reads them
    so."""
    sent, meas, start, end = (f[col][order] for col in ("sentence", "measure", "start", "end"))
    joined = (sent == sent.shift()) & (meas == meas.shift()) & (start - end.shift() <= LISTED_VALUES_GAP)
    listed = (~joined).cumsum().to_numpy()  # (the number of each list, from 1 on)
    breakdown = kind[order].isin(BREAKDOWNS).to_numpy()
    any_breakdown = np.bincount(listed, weights=breakdown) > 0
    return pd.Series(any_breakdown[listed], index=order).reindex(kind.index)


@cache
def _closed_vocabulary(categories: tuple[str, ...], storage: str) -> tuple[dict[str, int], pd.CategoricalDtype]:
    """The code of each category and the categorical dtype of a closed vocabulary, built once (per
    string storage option)."""
    return {c: i for i, c in enumerate(categories)}, pd.CategoricalDtype(pd.Index(list(categories), dtype="str"))


def _cat(values: pd.Series | list, categories: tuple[str, ...]) -> pd.Categorical:
    """A categorical of a closed vocabulary (values outside it become missing)."""
    code, dtype = _closed_vocabulary(tuple(categories), pd.get_option("mode.string_storage"))
    return pd.Categorical.from_codes([code.get(v, -1) if isinstance(v, str) else -1 for v in values], dtype=dtype)


def _direction(v: pd.Series) -> pd.Series:
    out = np.select([v > 0, v < 0, v == 0], ["up", "down", "flat"], default=None)  # (None: no value)
    return pd.Series(out, index=v.index, dtype=object)


def multiples(f: pd.DataFrame) -> pd.Series:
    """Whether each fact of ``f`` is a level printed as a multiple of another level (是一九四九年的一點五倍,
    是1997年的1.8倍): a ratio to its base, no amount of the quantity, so no level a table shows or derives from."""
    return (f["measure"] == "level") & f["unit"].isin(vocab.extractor_cues().times_units)


def rank_moves(f: pd.DataFrame) -> pd.Series:
    """Whether each fact of ``f`` is a move in a ranking (居全国第5位,较上月提升2位: ``abs_change`` in 位次), a change
    of the indicator's rank, not of the indicator."""
    return f["measure"].eq("abs_change") & f["unit"].isin(vocab.extractor_cues().rank_move_units)


def _typed(df: pd.DataFrame | Mapping[str, pd.Series], strings: tuple[str, ...] = (), floats: tuple[str, ...] = (),
           ints: tuple[str, ...] = (), cats: Mapping[str, tuple[str, ...]] | None = None) -> pd.DataFrame:
    """``df`` (a frame, or its columns: Series of one index) with its columns typed, made one new frame (setting
    the columns one by one copies the frame each time): ``strings`` as ``str`` (missing where a value is not a
    string), ``floats`` as float64, ``ints`` as int64 and ``cats`` as categoricals of their closed vocabularies
    (see :func:`_cat`)."""
    cats = cats or {}
    # the frame is built of the columns' arrays on one index: a frame of Series aligns every one of them first
    out: dict[str, object] = {}
    index = df.index if isinstance(df, pd.DataFrame) else None
    for c, s in df.items():
        if index is None:
            index = s.index
        if c in strings:
            out[c] = _str_array(s.tolist())
        elif c in floats:
            out[c] = (s if s.dtype == np.float64 else pd.to_numeric(s).astype(float)).array
        elif c in ints:
            out[c] = s.astype("int64").array
        elif c in cats:
            out[c] = _cat(s, cats[c])
        else:
            out[c] = s.array
    return pd.DataFrame(out, index=index, copy=False)


_EMPTY: dict[tuple, pd.DataFrame] = {}


def _empty(columns: tuple[str, ...], types: Mapping[str, object], other: Mapping[str, str] | None = None
           ) -> pd.DataFrame:
    """The table of ``columns`` without rows, typed as :func:`_typed` types it (``types``); ``other`` gives
    the dtype of a column neither names (what the builder's own steps make of no rows). Built once (per
    string storage option), a copy returned."""
    key = (columns, pd.get_option("mode.string_storage"))
    if key not in _EMPTY:
        other = other or {}
        df = pd.DataFrame({c: pd.Series([], dtype=other.get(c, object)) for c in columns})
        _EMPTY[key] = _typed(df, **types)
    return _EMPTY[key].copy()


def _join_ids(df: pd.DataFrame, group: str, id_col: str = "fact_id") -> pd.Series:
    """Ids of each group joined with ``;`` in row order, each once."""
    acc: dict[object, dict[str, None]] = {}
    for g, x in zip(df[group], df[id_col], strict=True):
        ids = acc.setdefault(g, {})
        if isinstance(x, str) and x:
            ids[x] = None
    return pd.Series({g: ";".join(ids) for g, ids in acc.items()}, dtype=object)


def _ids_of(*columns: pd.Series) -> pd.Series:
    """Per row, the ids of ``columns`` (each a fact id or ids joined with ``;``; in that order, empty and repeated
    ones left out) joined with ``;``."""
    joined = [";".join(dict.fromkeys(i for x in ids if isinstance(x, str) and x for i in x.split(";") if i))
              for ids in zip(*(c.tolist() for c in columns), strict=True)]
    return pd.Series(joined, index=columns[0].index, dtype=object)


def _group_numbers(df: pd.DataFrame, key: list[str]) -> np.ndarray:
    """Per row of ``df``, the number of its group of rows agreeing on every column of ``key``, in the order the
    groups first appear; −1 for a row missing a value of ``key`` (the numbers of ``df.groupby(key, sort=False)
    .ngroup()``, which leaves such a row unnumbered, without the cost of a grouping of a few rows)."""
    numbers: dict[tuple, int] = {}
    out = np.full(len(df), -1, dtype=np.int64)
    for i, row in enumerate(_rows(df, key)):
        if not any(pd.isna(v) for v in row):
            out[i] = numbers.setdefault(row, len(numbers))
    return out


def merge_restated(df: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """``df`` with the rows that agree on every column of ``key`` (none of them missing) made one: the first,
    with the ``fact_ids`` of all.

    A figure printed twice (in the text and again in a table row, under the report's place named once and
    left unnamed once: 全市一般公共预算收入…累计完成234267万元,下降10.9% and 濮阳市 | 73795 | 234267 | | -10.9;
    of a period named two ways: 全年 and 2020年, 1-9月 and 2021年前三季度) agrees on its change *and* its level;
    two places or periods with the same growth (县 级 … -10.9) differ in level.

    Parameters
    ----------
    df : DataFrame
        A table with a ``fact_ids`` column (ids joined with ``;``).
    key : list of str
        The columns that identify one figure.

    Returns
    -------
    DataFrame
        ``df`` without the later rows of each figure, in its order.
    """
    if len(df) < 2:
        return df
    group = pd.Series(_group_numbers(df, key), index=df.index)  # (-1: a row with a missing key, never merged)
    again = group.duplicated() & (group >= 0)
    if not again.any():
        return df
    merged = group.isin(group[again])
    ids = (df.loc[merged, "fact_ids"].str.split(";").groupby(group[merged], sort=False)
           .agg(lambda lists: ";".join(dict.fromkeys(i for ids in lists for i in ids))))
    return df.assign(fact_ids=df["fact_ids"].where(~merged, group.map(ids)))[~again]


def _nearest(rows: pd.DataFrame, cand: pd.DataFrame, on: list[str], cols: list[str]) -> pd.DataFrame:
    """For each row, the candidate sharing ``on`` printed last before it, else the first after it (an
    as-of join by group, both directions; a row is never its own candidate).

    Returns ``cols`` of the chosen candidate (prefixed ``c_``, with ``c_start``), aligned on ``rows.index``
    (NaN where none).
    """
    return _take(rows, cand, _nearest_pick(rows, cand, on), cols)


def _nearest_pick(rows: pd.DataFrame, cand: pd.DataFrame, on: list[str], among: np.ndarray | None = None
                  ) -> np.ndarray:
    """The position in ``cand`` of each row's nearest candidate (see :func:`_nearest`), −1 where none;
    only the candidates ``among`` marks (a bool array on ``cand``) when given."""
    groups: dict[tuple, list[int]] = {}
    keys = list(zip(*(cand[k].tolist() for k in on), strict=True))
    starts = cand["start"].tolist()
    for i in sorted(range(len(starts)), key=starts.__getitem__):
        if among is None or among[i]:
            groups.setdefault(keys[i], []).append(i)
    cand_ids = cand["fact_id"].tolist() if "fact_id" in cand.columns else [None] * len(starts)
    row_ids = rows["fact_id"].tolist() if "fact_id" in rows.columns else [object()] * len(rows)
    row_keys = list(zip(*(rows[k].tolist() for k in on), strict=True))
    chosen = []
    for key, start, own in zip(row_keys, rows["start"].tolist(), row_ids, strict=True):
        members = [i for i in groups.get(key, ()) if cand_ids[i] != own]
        before = [i for i in members if starts[i] < start]
        chosen.append(before[-1] if before else next(iter(members), -1))
    return np.array(chosen, dtype=np.int64)


def _take(rows: pd.DataFrame, cand: pd.DataFrame, pick: np.ndarray, cols: list[str]) -> pd.DataFrame:
    """``cols`` (and ``start``) of the candidates at positions ``pick`` (−1: none), prefixed ``c_`` and aligned
    on ``rows.index``: numbers as floats (NaN where none), other values as objects."""
    cols = list(dict.fromkeys(["start", *cols]))
    found = pick >= 0
    out = {}
    for col in cols:
        column = cand[col]
        numbers = pd.api.types.is_numeric_dtype(column.dtype) and not pd.api.types.is_bool_dtype(column.dtype)
        # numbers stay numbers (as floats), read without a pass through objects
        values = column.to_numpy(dtype=float, na_value=np.nan) if numbers else column.to_numpy(dtype=object)
        col_values = np.full(len(rows), np.nan, dtype=float if numbers else object)
        col_values[found] = values[pick[found]]
        out[f"c_{col}"] = col_values
    return pd.DataFrame(out, index=rows.index, copy=False)


def stated_levels(ft: FactTable, rows: pd.DataFrame) -> pd.DataFrame:
    """The level the report states with each row's figure (``rows`` are facts of ``ft.frame``): same
    statement and indicator, achieved, not a reference level, of the figure's period when one is; the last
    one printed before the figure, else the first after it. Columns ``c_fact_id, c_value, c_unit,
    c_raw_value, c_raw_unit, c_qualifier, c_start``."""
    return ft.levels.loc[rows.index]


@cache
def _base_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r = vocab.concept_rules()
    return (re.compile(r.dated_base_regex), re.compile(r.full_year_period_regex),
            re.compile("|".join(map(re.escape, r.undated_base_words))))


def change_base(measure: pd.Series, comparator: pd.Series, period: pd.Series) -> pd.Series:
    """The base of each change: the stated comparator; for a plain year-on-year figure 上年同期
    (上年 when the figure is of a full year), and so for a growth of part of a year printed against 上年
    (1-2月 … 比上年下降1.8%: the same months of the year before); a year-on-year base printed in other words
    (比去年同期下降58.8%, 比去年增长) is named as the plain one is, so that one base has one name in a table.

    >>> change_base(pd.Series(["yoy_pct"] * 6), pd.Series(["上年", "上年", "", "去年同期", "去年", "去年"]),
    ...             pd.Series(["1-2月", "2022年", "一季度", "1-6月", "", "1-6月"])).tolist()
    ['上年同期', '上年', '上年同期', '上年同期', '上年', '上年同期']
    """
    r = vocab.concept_rules()
    _, full_rx, _ = _base_words()
    full = period.isin(r.full_year_periods) | _each(period, full_rx.match)
    plain = pd.Series(np.where(full, r.full_year_base, r.yoy_base), index=measure.index)
    # (a base naming the year, 上年 or 去年, is the same months of it for a figure of part of a year)
    of_year = pd.Series(np.where((period != "") & ~full, r.yoy_base, r.full_year_base), index=measure.index)
    yoy = measure == "yoy_pct"
    same_months = r.yoy_base.removeprefix(r.full_year_base)  # (同期)
    words = comparator.isin(vocab.extractor_cues().plain_yoy_bases)
    year_word = yoy & words & ~comparator.str.endswith(same_months)
    as_plain = yoy & ((comparator == "") | (words & ~year_word))
    return comparator.where(~as_plain, plain).where(~year_word, of_year)


def dated_base(comparator: pd.Series) -> pd.Series:
    """Whether a base is a dated level (上年同期, 2019年上半年), not an average or an adjusted basis."""
    dated, _, undated = _base_words()
    return _each(comparator, lambda c: dated.search(c) and not undated.search(c))


def other_base(comparator: pd.Series) -> pd.Series:
    """Whether a base is stated and is not the same period of the year before (比2019年末, 比一季度)."""
    prior = vocab.concept_rules().prior_base_suffixes
    return _each(comparator, lambda c: c != "" and not c.endswith(prior))


def year_before(comparator: pd.Series, period: pd.Series) -> pd.Series:
    """Whether each base is the whole year before the figure's own whole year, named by its number: 一九七八年又比
    一九七七年增长百分之十三点五 is the growth of 1978 on the year before, as 比上年 would say.

    >>> year_before(pd.Series(["一九七七年", "1976年", "2019年末"]), pd.Series(["一九七八年", "1978年", "2020年"])).tolist()
    [True, False, False]
    """
    _, full_rx, _ = _base_words()

    def before(c: str, p: str) -> bool:
        if not (full_rx.match(c) and full_rx.match(p)):
            return False
        base, own = period_end(c)[0], period_end(p)[0]
        return base is not None and own is not None and base == own - 1

    return pd.Series([before(c, p) for c, p in zip(comparator.tolist(), period.tolist(), strict=True)],
                     index=comparator.index, dtype=bool)


def real_growth(ft: FactTable, key: pd.Series, name: pd.Series, fact_id: pd.Series) -> pd.Series:
    """Whether each growth is in real terms, so that no level of its base can be divided out of it: a growth of
    GDP or of a value added (增加值), which the statistics office states at constant prices whether the sentence
    says so or not (上半年GDP实现2806.8亿元,按不变价计算,同比增长6.5%: 2806.8 ÷ 1.065 is no GDP of the year
    before as it was printed, the change of prices left out), as it states the growth of the national income and of
    the gross output values of the material product system (国民收入７７９０亿元，比上年增长７．４％ in 1987: at
    comparable prices), or one its sentence states so (``real_terms``).

    Parameters
    ----------
    ft : FactTable
        The prepared facts (their ``flags``).
    key, name, fact_id : Series
        Each growth's glossary key, indicator name and fact id.

    Returns
    -------
    Series of bool, on the index of ``key``.
    """
    flagged = ft.flagged.get(REAL_TERMS, frozenset())
    names = name.fillna("").astype(str)
    rules = vocab.concept_rules()  # (gdp, and a value added: 增加值)
    constant = (key.fillna("").astype(str).isin(rules.constant_price_keys)
                | names.str.endswith(rules.constant_price_suffixes))
    return (constant | fact_id.isin(flagged)).astype(bool)


def single_month(period: pd.Series) -> pd.Series:
    """Whether each period is one month alone (2月份), not the months to it (1-2月)."""
    single = re.compile(vocab.concept_rules().single_month_period_regex)  # (compiled once: re caches it)
    return _each(period, lambda p: single.match(str(p)))


def distinct_figures(rows: pd.DataFrame, *values: str) -> pd.DataFrame:
    """The rows of a table, a figure stated twice (in the lead and again in its section) kept once.

    A figure is its indicator, scope, period and values: the same growth of another scope or period is
    another figure (县级一般公共预算收入 −10.9% beside the whole city's −10.9%, in a table of every county).

    Parameters
    ----------
    rows : DataFrame
        Rows of a key table with ``indicator`` and the ``values`` columns; ``scope`` and ``period`` when present.
    *values : str
        The columns that tell two figures of one indicator, scope and period apart (``change_pct``, ``measure`` …).

    Returns
    -------
    DataFrame
        The first row of each figure, in the rows' order.
    """
    key = [c for c in ("indicator", "scope", "period") if c in rows.columns]
    names = rows[key].astype(object).where(rows[key].notna(), "").astype(str)
    return rows[~pd.concat([names, rows[[v for v in values if v in rows.columns]]], axis=1).duplicated()]


def annual_base(text: pd.Series) -> pd.Series:
    """Whether a comparator (or a period or name) speaks of an annual task: 全年任务, 年度预算 …"""
    words = vocab.concept_rules().annual_words
    return _each(text, lambda s: any(w in s for w in words))


# headline_indicators ---------------------------------------------------------------------------

HEADLINE_COLUMNS = ("report_id", "indicator", "indicator_key", "indicator_en", "indicator_as_printed", "part_of_indicator",
                    "scope", "level",
                    "unit", "level_measure", "level_qualifier", "yoy_pct", "yoy_qualifier", "completion_pct", "pp_diff",
                    "comparator",
                    "comparator_measure", "comparator_value", "comparator_value_qualifier", "pp_diffs",
                    "change_pct", "change_comparator", "change_qualifier", "rank", "rank_group", "rank_measure",
                    "rank_change", "rank_change_comparator", "implied_prior_level", "implied_annual_target",
                    "annual_target_qualifier", "h2_required", "h2_growth_required_pct", "status", "period", "section",
                    "fact_id", "fact_ids")

_ROLE_ORDER = {"level": 0, "rate_level": 0, "yoy_pct": 1, "completion_pct": 2, "rank": 3, "rank_change": 4,
               "change_pct": 5, "pp_diff": 6}
_ROLES = tuple(_ROLE_ORDER)


_HEADLINE_TYPES = {
    "strings": ("report_id", "indicator", "indicator_key", "indicator_en", "indicator_as_printed", "part_of_indicator",
                "scope", "unit",
                "comparator",
                "pp_diffs", "change_comparator", "rank_group", "rank_change_comparator", "period", "section", "fact_id",
                "fact_ids"),
    "floats": ("level", "yoy_pct", "completion_pct", "pp_diff", "comparator_value", "change_pct", "rank", "rank_change",
               *DERIVED_COLUMNS[:4]),
    "cats": {"level_measure": vocab.MEASURES, "comparator_measure": vocab.MEASURES, "rank_measure": vocab.MEASURES,
             "level_qualifier": vocab.QUALIFIERS,
             "yoy_qualifier": vocab.QUALIFIERS, "comparator_value_qualifier": vocab.QUALIFIERS,
             "change_qualifier": vocab.QUALIFIERS, "annual_target_qualifier": vocab.QUALIFIERS, "status": STATUSES},
}

_HEADLINE_FIELDS = ["report_id", "fact_id", "indicator", "canon", "key", "en", "measure", "value", "unit",
                    "qualifier", "status", "comparator", "period", "scope", "part_of", "section", "start", "sid", "ikey",
                    "ref", "parent_id", "relation"]


def _lead(f: pd.DataFrame) -> pd.Series:
    """Whether each fact of ``f`` (in printed order) is of the block the report leads with: the facts' ``lead``;
    when that block holds no figure (一、2021年收支决算情况 opening onto (一)一般公共预算收支决算情况 after words
    alone), the section of the first figure printed, if it states a headline indicator of the glossary
    (2021年全区财政总收入决算为3777878万元…全区一般公共预算收入决算为2013817万元); a first section of one
    task (疏解整治促提升: 重点区域涉及人口减少16863人) leads with nothing."""
    if f["lead"].any() or not len(f) or f["section"].iloc[0] == "":
        return f["lead"]
    first = f["section"] == f["section"].iloc[0]
    return first & bool((first & f["term_headline"]).any())


def _after_completion(f: pd.DataFrame) -> dict[str, bool]:
    """For each fact of ``f`` (in printed order), whether the figure printed just before it is a completion of the
    same indicator in the same statement (完成全年任务的34.8%,位列城六区第三: the rank follows the completion)."""
    fact_id, sid, ikey, measure = (f[c].tolist() for c in ("fact_id", "sid", "ikey", "measure"))
    follows = [i > 0 and measure[i - 1] == "completion_pct" and sid[i - 1] == sid[i] and ikey[i - 1] == ikey[i]
               for i in range(len(fact_id))]
    return dict(zip(fact_id, follows, strict=True))


def _moves_of_ranks(ranked: pd.DataFrame, picks: pd.DataFrame) -> pd.DataFrame:
    """The move of each row's rank (``picks`` of role ``rank``) among the facts of role ``rank_change`` of ``ranked``:
    the first printed after the rank in its sentence under the rank's name as printed (收入规模位居全省第15位,同比提升
    1个位次; none for 支出规模位居全省第13位,同比持平;支出增幅…居全省第8位,同比回落6个位次, a move of the growth's rank)."""
    ranks = picks[picks["role"] == "rank"].set_index("ikey")
    moves = ranked[ranked["role"] == "rank_change"]
    if moves.empty or ranks.empty:  # (an empty map of the ranks' places is typed as text, no number to compare)
        return moves.iloc[:0]
    at = moves["ikey"]
    own = ((moves["indicator"] == at.map(ranks["indicator"])) & (moves["sid"] == at.map(ranks["sid"]))
           & (moves["start"] > at.map(ranks["start"])))
    return moves[own].sort_values("start", kind="stable").drop_duplicates("ikey")


def _narrower_than_whole(f: pd.DataFrame, rows: pd.DataFrame) -> pd.Series:
    """Whether each row of ``rows`` (facts of ``f``) names, outside the glossary's headline concepts, a part of one
    whose whole its statement prints: its name ends with that headline's name, after words narrowing it (国有单位
    固定资产投资 beside 全社会固定资产投资 in one sentence)."""
    heads: dict[int, set[str]] = {}
    whole = f[f["term_headline"] & f["named"]]
    for sid, canon, printed in zip(whole["sid"].tolist(), whole["canon"].tolist(), whole["indicator"].tolist(),
                                   strict=True):
        heads.setdefault(sid, set()).update((canon, printed))
    narrower = [not head and any(len(name) > len(w) and name.endswith(w) for w in heads.get(sid, ()))
                for sid, name, head in zip(rows["sid"].tolist(), rows["canon"].tolist(),
                                           rows["term_headline"].tolist(), strict=True)]
    return pd.Series(narrower, index=rows.index, dtype=bool)


@cache
def _within_lead() -> re.Pattern[str]:
    return re.compile(vocab.extractor_cues().within_lead_regex)


def _led_by_a_set(rows: pd.DataFrame) -> pd.Series:
    """Whether each row of ``rows`` (facts) names a quantity its clause opens as one of a wider set, the set and 中
    before the name (规模工业中,战略性新兴产业工业产值增长77.2%: the output of a part of industry, the set's name printed
    with no figure of its own)."""
    lead = _within_lead()
    out = []
    for sentence, name in zip(rows["sentence"].tolist(), rows["indicator"].tolist(), strict=True):
        at = sentence.find(name) if name else -1
        if at <= 0 or sentence[at - 1] not in ",，":
            out.append(False)  # (no clause of its own before the name: no set to read back)
            continue
        opened = max(sentence.rfind(c, 0, at - 1) for c in ",，;；:：。") + 1
        out.append(lead.fullmatch(sentence, opened, at) is not None)
    return pd.Series(out, index=rows.index, dtype=bool)


def _headline_candidates(f: pd.DataFrame) -> pd.DataFrame:
    act = f[(f["status"] != "target") & (f["measure"].isin(HEADLINE_MEASURES) | rank_moves(f))]
    # an indicator the lead block tracks: one it gives a year-on-year growth or a completion for (a count of things
    # done, 走访企业650家次, is stated there too but tracks nothing)
    lead = _lead(f).reindex(act.index) & act["named"] & act["measure"].isin(("yoy_pct", "completion_pct"))
    # (nor one figure printed once for a list naming a sector: 信息服务业收入、商务服务业收入、商品房销售面积均实现10%以上
    # 增长 speaks of the sectors, not of a quantity the block tracks)
    of_sectors = {span for span, kind in zip(_rows(f, ("start", "end")), f["kind"].tolist(), strict=True)
                  if kind in BREAKDOWNS}
    lead &= np.array([span not in of_sectors for span in _rows(act, ("start", "end"))], dtype=bool)
    # (nor a word for several indicators: 多项指标完成全年目标任务的75%以上 is a completion of no one indicator)
    lead &= ~act["canon"].str.fullmatch(vocab.concept_rules().indicator_group_regex)
    # (nor a name listing several quantities one figure is printed for: 国有企业下岗职工基本生活费水平、失业保险金水平、
    # 城镇居民最低生活保障金水平提高30% raises three allowances, no one indicator the block tracks)
    lead &= ~act["canon"].str.contains(vocab.extractor_cues().item_separator, regex=False)
    # (nor a part of a headline quantity whose whole its statement prints: 国有单位固定资产投资…全年增长19.5%,全社会固定资产
    # 投资增长14.1% grows the state units' share of the investment, a narrower quantity than the headline beside it)
    lead &= ~_narrower_than_whole(f, act)
    # (nor a quantity of a part of a wider set its clause opens with: 规模工业中,战略性新兴产业工业产值增长77.2% grows a part
    # of the industry, as a part printed after 其中 does)
    lead &= ~_led_by_a_set(act[lead]).reindex(act.index, fill_value=False)  # (read only of the rows still kept)
    # (nor the completion of works, counted in the things done beside it: 120座楼宇提质升级任务已完成68座,完成率56.7%,
    # 新建改造农村公路36.5公里,完成年度任务的52.1% tell how far a task is done, rows of the completion table; the block
    # tracks by its completion an amount of the year's plan, in money: 服务外包执行额完成14.4亿美元,完成年计划51.7%)
    money = set(vocab.extractor_cues().money_units.values())
    counted = f[(f["measure"] == "level") & ~f["unit"].isin(money) & ~f["unit"].isin(schema.PERCENT_UNITS)
                & (f["unit"] != "")]
    works = set(_rows(counted, ("sid", "ikey")))
    lead &= (act["measure"] != "completion_pct") | ~np.array(
        [row in works for row in _rows(act, ("sid", "ikey"))], dtype=bool)
    ikeys = act["ikey"].tolist()
    lead_keys = ({k for k, on in zip(ikeys, lead.tolist(), strict=True) if on}
                 - {k for k, rel in zip(ikeys, act["relation"].tolist(), strict=True) if rel == "part"})  # (not a part)
    keep = act["named"] & (act["term_headline"] | (act["ikey"].isin(lead_keys) & ~act["kind"].isin(BREAKDOWNS)))
    return act.loc[keep, _HEADLINE_FIELDS]


def _whole_names(keys: pd.Series, reports: pd.Series) -> pd.Series:
    """The canonical name of the headline concept each key is a part of (建安投资, the building and installation part of
    investment → 固定资产投资) when the table has a row of that whole for the same report, empty otherwise: a reader adds
    no such row to its whole, and a report that prints no investment beside its 建安投资 shows no whole to add it to."""
    wholes = vocab.concept_rules().headline_parts
    names = vocab.terms_by_key()
    shown = set(zip(reports, keys, strict=True))
    return pd.Series([names[wholes[k]].canonical if wholes.get(k, "") in names and (r, wholes[k]) in shown else ""
                      for r, k in zip(reports, keys, strict=True)], index=keys.index, dtype=object)


def _passed_bounds(c: pd.DataFrame) -> pd.Series:
    """Whether each row of ``c`` (facts with their ``role`` in a headline row) is a lower bound of its level that an
    exact level of the same indicator, period and statement reaches: 总额首次突破万亿元,达到11377亿元 states the revenue
    passed the bound of 万亿元 on its way to 11377亿元, the level of the row."""
    level = (c["role"] == "level") & (c["unit"] != "")
    key = ["ikey", "sid", "period", "unit"]
    bound = level & c["qualifier"].isin(vocab.LOWER_BOUNDS)
    if not bound.any():  # (most statements print no bound: nothing to group)
        return pd.Series(False, index=c.index)
    exact = c[level & (c["qualifier"] == "exact")].groupby(key)["value"].max()
    if exact.empty:
        return pd.Series(False, index=c.index)
    reach = exact.reindex(pd.MultiIndex.from_frame(c.loc[bound, key])).to_numpy()
    out = pd.Series(False, index=c.index)
    out[bound] = c.loc[bound, "value"].to_numpy(dtype=float) <= reach  # (NaN: no exact level, no bound passed)
    return out


def headline_indicators(report: ReportLike | FactTable = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """One wide row per headline indicator: stated level, growth, completion, differences, and derived figures.

    Headline indicators are the glossary's headline concepts (地区生产总值, 一般公共预算收入,
    规模以上工业增加值 …) plus any indicator the report's lead block (the facts' ``lead``) states a
    year-on-year growth for, or a completion of what is not counted in things done (not of works: 36.5公里,完成
    年度任务的52.1%) — never a breakdown (a sector's tax, a tax type), nor a part of a set its clause opens with
    (规模工业中,战略性新兴产业工业产值增长77.2%). Names of one
    concept (GDP / 地区生产总值, 社会消费品零售额 / 总额) share one row, of one scope (the report's own place
    before another it names: 西城区's retail sales, not 北京市's printed first; 区级 revenue is not shown with
    the 地方级 revenue's growth, which is a row of its own when one statement gives both: rows are keyed
    by indicator and ``scope``) and of the months the report adds up to (1-2月) before a single
    month of them (2月份). A row is of its anchor's time: no figure of another year, nor of months of a part of the
    whole year its anchor names (see :func:`other_time`); a multiple of another level (是一九四九年的一點五倍) is no
    level. A growth against another base than the year before (剔除留抵退税因素) is shown
    as ``change_pct`` with its ``change_comparator``.

    Parameters
    ----------
    report : Report, path or str
        The report (anything :func:`~dhcheng_analysis.load_report` accepts).
    facts : DataFrame, optional
        Its facts table; extracted when omitted.

    Returns
    -------
    DataFrame
        Columns ``report_id, indicator, indicator_key, indicator_en, indicator_as_printed, part_of_indicator, scope,
        level, unit,
        level_qualifier, yoy_pct, completion_pct, pp_diff, comparator, comparator_value,
        comparator_value_qualifier, rank, rank_group, rank_measure, rank_change, rank_change_comparator,
        implied_prior_level, implied_annual_target, annual_target_qualifier, h2_required, h2_growth_required_pct,
        status, period, section, fact_id, fact_ids`` and a few more; ``rank_change`` is the move of the rank printed
        after it in its sentence (较上月提升2位: −2, a smaller rank number) against ``rank_change_comparator``;
        ``part_of_indicator`` names the headline indicator the row is a part of (建安投资: 固定资产投资) when the table
        has a row of it, empty otherwise.
        The :data:`DERIVED_COLUMNS` are computed: ``implied_prior_level = level / (1 + yoy/100)``
        (the level of the year before, of its same period for a figure of part of a year),
        ``implied_annual_target = level / (completion/100)`` (the target itself where the report prints it, with its
        qualifier in ``annual_target_qualifier``: 3.6万人以上 → ``at_least``), ``h2_required = target - level`` (what the
        rest of the year must add: none for a row of a whole year), ``h2_growth_required_pct`` = how much
        faster than so far the rest of the year must run (after the row's period: 1-2月, else the report's),
        ``comparator_value`` = the
        figure minus its percentage-point difference (retail −15.4 %, 0.9 pp better than the city → the
        city −16.3 %). ``status`` is ``estimate``
        when a figure shown is a forecast (预计).

    Examples
    --------
    >>> h = headline_indicators()
    >>> print(*h.set_index("indicator").loc["社会消费品零售总额", ["yoy_pct", "comparator", "comparator_value"]])
    -15.4 全市 -16.3
    """
    ft = prepare(report, facts)
    c = _headline_candidates(ft.frame)
    if not len(c):
        return schema.check_table(_empty(HEADLINE_COLUMNS, _HEADLINE_TYPES), schema.HEADLINE, fact_ids=ft.ids)
    # (a multiple of another time's level is no level: 預計今年的糧食産量可以等於一九四九年的一點五倍)
    is_level = (c["measure"] == "level") & ~c["ref"] & ~multiples(c)
    # (a move in a ranking, 较上月提升2位, anchors no row: it is shown beside the rank)
    prio = np.select([is_level, c["measure"].isin(("yoy_pct", "completion_pct")), rank_moves(c)], [0, 1, 3], 2)
    # the anchor of a row: its first level (else growth or completion), of the period the report adds up
    # to (1-2月) before a single month of it (2月份); of the report's own year before an earlier one (``_old``): a
    # report of 2021年决算和2022年上半年预算执行情况 heads with the revenue of 1-6月, not of 2021 printed first; a row
    # keeps to its anchor's side, no completion of 2021 beside a level of 2022
    c = c.assign(single=single_month(c["period"]), _old=earlier_year(c["period"], ft.report))
    # (the level a change starts from is no level of the row: 每10万人中具有大学文化程度的由18234人增加到28012人 is
    # 28012人; the level reached, printed after it, anchors and shows)
    c = c.assign(_from=c["fact_id"].isin(ft.flagged.get("from_value", frozenset())))
    # of the report's own place before another (北京市 printed before 西城区 in a report of 西城区); a level of
    # government (区级, 地方级) is no other place
    fiscal = vocab.extractor_cues().fiscal_scopes
    elsewhere = (c["part_of"] != "") & ~c["scope"].isin(fiscal)
    ranked = c.assign(_p=prio, _e=elsewhere).sort_values(["_e", "_old", "single", "_p", "_from", "start"], kind="stable")
    anchor = ranked.drop_duplicates("ikey")
    c = c[c["_old"].to_numpy() == c["ikey"].map(dict(zip(anchor["ikey"], anchor["_old"], strict=True))).to_numpy()]
    ranked = ranked[ranked.index.isin(c.index)]
    # a row is of one scope, its anchor's: 区级 revenue and its completion, not the 地方级 revenue's growth; the
    # anchor's statement giving the indicator at another level of government gives that level a row of its own
    # (区级一般公共预算收入97.2亿元,完成全年目标的46.2%;地方级一般公共预算收入239.3亿元,同比增长1.7%)
    level = (ranked["sid"] == ranked["ikey"].map(dict(zip(anchor["ikey"], anchor["sid"], strict=True))))
    level &= ranked["scope"].isin(fiscal)
    anchor = _concat([anchor, ranked[level]]).drop_duplicates(["ikey", "scope"])
    rows = anchor.set_index(["ikey", "scope"])["sid"]
    at = pd.MultiIndex.from_arrays([c["ikey"], c["scope"]])
    c = c[at.isin(rows.index)]
    at = pd.MultiIndex.from_arrays([c["ikey"], c["scope"]])
    # a row is of its anchor's time: no completion of 1955 beside a level of 1956, nor one of 1-5月 beside a growth of
    # the whole year 1955 (see :func:`other_time`)
    when = anchor.set_index(["ikey", "scope"])["period"]
    c = c[~other_time(when.reindex(at).to_numpy(), c["period"].to_numpy())]
    at = pd.MultiIndex.from_arrays([c["ikey"], c["scope"]])
    # (a row's key from here on: the indicator and its level of government)
    c = c.assign(in_anchor=c["sid"].to_numpy() == rows.reindex(at).to_numpy(), okey=c["ikey"],
                 ikey=c["ikey"] + "|" + c["scope"])
    # the role a fact plays in its row; a rate that is not a share (失业率) stands in for a missing level;
    # a growth against another base than the year before (剔除留抵退税因素) is a change, not the growth
    role = c["measure"].where(~((c["measure"] == "level") & c["ref"]) & ~multiples(c), "")
    role = role.mask((c["measure"] == "rate_pct") & (c["comparator"] == ""), "rate_level")
    role = role.mask((c["measure"] == "yoy_pct") & other_base(c["comparator"]) & ~year_before(c["comparator"], c["period"]),
                     "change_pct")
    role = role.mask(rank_moves(c), "rank_change")  # (居全国第5位,较上月提升2位: the rank's move)
    c["role"] = role.where(role.isin(_ROLES), "")
    # one fact per indicator and role: in the sentence of its level first, else the first printed (a single
    # month's after the months to it)
    # (a bound its statement's level passes gives way to that level: 总额首次突破万亿元,达到11377亿元 is 11377亿元)
    ranked = c[c["role"] != ""].assign(_passed=_passed_bounds(c))
    ranked = ranked.sort_values(["in_anchor", "single", "_passed", "_from", "start"],
                                ascending=[False, True, True, True, True], kind="stable")
    picks = ranked[~ranked["role"].isin(("pp_diff", "rank_change"))].drop_duplicates(["ikey", "role"])
    picks = _concat([picks, _moves_of_ranks(ranked, picks)])
    has_level = set(picks.loc[picks["role"] == "level", "ikey"])
    picks = picks[(picks["role"] != "rate_level") | ~picks["ikey"].isin(has_level)]
    use_rate = set(picks.loc[picks["role"] == "rate_level", "ikey"])
    picks = picks.assign(role=picks["role"].replace({"rate_level": "level"}))
    # percentage-point differences: those of the anchor sentence, else the first one; not the change of a
    # share the row does not show (占全市投资的比重43.8%、较上年同期减少5.9个百分点 is no change of the growth)
    pct = c.loc[c["measure"].isin(PCT_MEASURES), ["ikey", "sid", "start", "fact_id", "value", "measure",
                                                   "qualifier", "comparator"]]
    pp = c[c["role"] == "pp_diff"]
    # not the difference of one month alone in a row of the months to it (1-8月…较1-7月份提高0.3个百分点 beside 8月当月
    # 全区规上工业增速9.7%,环比7月提高0.8个百分点: that month's growth against the month before)
    alone = c.groupby("ikey")["single"].all()
    pp = pp[~pp["single"].to_numpy() | pp["ikey"].map(alone).to_numpy(dtype=bool)]
    # (the share read under its name as printed too: 税收收入…完成年初预算的53.0%,占一般公共预算收入的比重为85.9%,
    # 比上年同期提高1.3个百分点 names the share 税收收入占…比重, a concept of its own, yet the 1.3 is its change, not
    # a completion's against last year's)
    f = ft.frame
    shares = f.loc[f["measure"].isin(PCT_MEASURES), ["indicator", "sid", "start", "fact_id", "measure", "comparator"]]
    of_share = [(of["c_start"] < pp["start"]) & (of["c_measure"] == "rate_pct") & (of["c_comparator"] != "")
                for of in (_nearest(pp, pct, ["ikey", "sid"], ["measure", "comparator"]),
                           _nearest(pp, shares, ["indicator", "sid"], ["measure", "comparator"]))]
    pp = pp[~(of_share[0] | of_share[1])]
    anchored = set(pp.loc[pp["in_anchor"], "ikey"])
    pps = _concat([pp[pp["in_anchor"]], pp[~pp["ikey"].isin(anchored)].drop_duplicates("ikey")])
    pps = pps.sort_values("start", kind="stable")
    main_pp = pps.drop_duplicates("ikey")
    # of several changes against another base, the row shows the one its difference is of (“十四五”以来，全区地区生产
    # 总值年均增长5.8%… 全区地区生产总值三年年均增长5.4%，低于规划预期0.6个百分点: 5.4%, whose plan was 6%)
    of_pp = _nearest(main_pp, pct, ["ikey", "sid"], ["fact_id"])
    of_pp = set(of_pp.loc[of_pp["c_start"] < main_pp["start"], "c_fact_id"])
    swap = ranked[(ranked["role"] == "change_pct") & ranked["fact_id"].isin(of_pp)].drop_duplicates("ikey")
    if len(swap):
        moved = (picks["role"] == "change_pct") & picks["ikey"].isin(set(swap["ikey"]))
        picks = _concat([picks[~moved], swap])
    # the facts a row shows, in the order level, growth, completion, rank, the rank's move, change, differences
    used = _concat([picks, pps]).assign(_r=lambda d: d["role"].map(_ROLE_ORDER))
    used = used.sort_values(["_r", "start"], kind="stable")
    order = c.groupby("ikey", sort=False)["start"].min().sort_values(kind="stable").index
    # nothing a headline row shows (a share, a reference level; a move in a ranking alone: a move is picked only
    # beside its rank)
    order = order[order.isin(set(used["ikey"]))]
    main = used.drop_duplicates("ikey").set_index("ikey").reindex(order)
    shown = ("ikey", "role", "fact_id", "indicator", "value", "unit", "qualifier", "comparator", "period")
    picked = {(row[0], row[1]): dict(zip(shown, row, strict=True)) for row in _rows(picks, shown)}

    def field(col: str, r: str, fill: object = np.nan) -> pd.Series:
        return pd.Series([picked[(k, r)][col] if (k, r) in picked else fill for k in order], index=order,
                         dtype=float if col == "value" else object)

    mp = main_pp.set_index("ikey").reindex(order)
    # the comparator's own value: the percentage the difference is taken from (this figure − difference)
    base = _nearest(main_pp, pct, ["ikey", "sid"], ["value", "measure", "qualifier"])
    base = base[base["c_start"] < main_pp["start"]]
    # (a difference the text says is of a growth or of a completion, the facts' ``of`` relation, is of that figure:
    # 完成全年预算的56.2%,增速由负转正,较上年同期提高25.6个百分点 is of the growth before the completion)
    of = main_pp[main_pp["relation"] == "of"]
    if len(of):  # (the three columns indexed, not the whole frame)
        rate = f[["fact_id", "value", "measure", "qualifier"]].set_index("fact_id").reindex(of["parent_id"])
        rate = rate.set_axis(of.index).add_prefix("c_")
        base = pd.concat([base[~base.index.isin(rate.index)], rate[rate["c_value"].notna()]])
    base = base.set_axis(main_pp.loc[base.index, "ikey"]).reindex(order)
    rate_lv = pd.Series(order.isin(use_rate), index=order)
    rate_base = base["c_value"].isna() & rate_lv
    base_value = base["c_value"].where(~rate_base, field("value", "level")).astype(float)
    base_measure = base["c_measure"].where(~rate_base, "rate_pct")
    base_q = base["c_qualifier"].where(~rate_base, field("qualifier", "level"))
    # a difference whose sentence prints no percentage of its row before it (累计完成234267万元,下降10.9%。…收入增幅
    # 高于省辖市平均增幅3.7个百分点) is of the row's growth of its period, as the comparisons table reads it; not in a row
    # with a completion, which a difference apart may be of (完成全年的55%。…快于时间进度5个百分点)
    growth, growth_q = field("value", "yoy_pct"), field("qualifier", "yoy_pct", None)
    completion = field("value", "completion_pct")
    apart = base_value.isna() & growth.notna() & completion.isna()
    apart &= mp["period"].eq(field("period", "yoy_pct", None))
    base_value = base_value.where(~apart, growth)
    base_measure = base_measure.where(~apart, "yoy_pct")
    base_q = base_q.where(~apart, growth_q)
    estimate = pd.Series(order.isin(set(used.loc[used["status"] == "estimate", "ikey"])), index=order)

    out: dict[str, pd.Series] = {}  # the columns, each indexed by ``order``; made a frame once
    out["report_id"] = main["report_id"]
    out["indicator"] = main["canon"]
    out["indicator_key"] = main["key"]
    out["indicator_en"] = main["en"]
    out["indicator_as_printed"] = main["indicator"]
    out["part_of_indicator"] = _whole_names(main["key"].fillna(""), main["report_id"])
    out["scope"] = main["scope"]
    out["level"] = field("value", "level").astype(float)
    out["unit"] = field("unit", "level", "").fillna("")
    out["level_measure"] = pd.Series(np.where(rate_lv, "rate_pct", np.where(out["level"].notna(), "level", None)),
                                     index=order)
    out["level_qualifier"] = field("qualifier", "level", None)
    out["yoy_pct"] = growth
    out["yoy_qualifier"] = growth_q  # (均实现10%以上增长: at least)
    out["completion_pct"] = completion
    out["pp_diff"] = mp["value"].astype(float)
    out["comparator"] = mp["comparator"].fillna("")
    # a difference from an unnamed base gives no comparator value (降幅比…收窄 with the base not read)
    has_base = mp["value"].notna() & base_value.notna() & (out["comparator"] != "")
    out["comparator_measure"] = base_measure.where(has_base)
    out["comparator_value"] = (base_value - out["pp_diff"]).round(10).where(has_base)
    flip, q = vocab.QUALIFIER_FLIP, mp["qualifier"]
    q = q.where(~((mp["value"] >= 0) & q.isin(list(flip))), q.map(flip))
    q = q.where(~((q == "exact") & (base_q.fillna("exact") != "exact")), base_q)
    out["comparator_value_qualifier"] = q.where(has_base)
    # every difference of the row, of any sentence (较1-7月提高0.3个百分点 and 高于全国3.6个百分点)
    every = pp.sort_values("start", kind="stable").drop_duplicates(["ikey", "comparator", "value"])  # (text and table)
    labels = every["comparator"] + ":" + every["value"].map(lambda v: f"{v:+g}")
    out["pp_diffs"] = labels.groupby(every["ikey"].to_numpy(), sort=False).agg(";".join).reindex(order).fillna("")
    out["change_pct"] = field("value", "change_pct").astype(float)
    out["change_comparator"] = field("comparator", "change_pct", "").fillna("")
    out["change_qualifier"] = field("qualifier", "change_pct", None)  # (增幅近1/4: nearly)
    out["rank"] = field("value", "rank").astype(float)
    out["rank_group"] = field("comparator", "rank", "").fillna("")
    # what the rank ranks: the quantity's growth (收入增幅…居全省第6位), its completion when printed straight after it
    # (建安投资完成25.1亿元,完成全年任务的34.8%,位列城六区第三) or its size (收入规模位居全省第15位)
    of_growth = field("indicator", "rank", "").fillna("").str.endswith(vocab.concept_rules().growth_suffixes)
    after_completion = _after_completion(ft.frame)
    of_done = _each(field("fact_id", "rank", ""), lambda i: after_completion.get(i, False))
    out["rank_measure"] = pd.Series(np.select([of_growth, of_done], ["yoy_pct", "completion_pct"], "level"),
                                    index=order).where(out["rank"].notna())
    # the rank's move against an earlier time (较上月提升2位: −2, a smaller rank number, as the facts hold it)
    out["rank_change"] = field("value", "rank_change").astype(float)
    out["rank_change_comparator"] = field("comparator", "rank_change", "").fillna("")
    # derived figures, from the stated level, growth and completion
    share = elapsed(main["period"].fillna(""), ft.share)  # of the row's period, else of the report's
    flow = (out["level_measure"] == "level") & ~out["unit"].isin(schema.PERCENT_UNITS)
    # (a growth at constant prices gives no prior level: GDP's 6.5% is no change of the levels as printed)
    real = real_growth(ft, out["indicator_key"], out["indicator"], field("fact_id", "yoy_pct", "").fillna(""))
    # (增长10%以上: no level of the year before, a bound of it)
    bound = out["yoy_qualifier"].isin(list(vocab.QUALIFIER_FLIP))
    out["implied_prior_level"] = (out["level"] / (1 + out["yoy_pct"] / 100)).where(flow & (out["yoy_pct"] > -100)
                                                                                   & ~real & ~bound)
    # (the prior level the statement gives, printed or the level less the amount of the change, as the change
    # table has it: 比上年同期144987万元增收1858万元,增长1.28% → 144987万元, not 146845 ÷ 1.0128)
    y = ft.yoy
    y = y[y["level_fact_id"].notna() & ~y["fact_id"].duplicated()]
    growth_id = field("fact_id", "yoy_pct", "")
    same_level = growth_id.map(dict(zip(y["fact_id"], y["level_fact_id"], strict=True)))
    exact = growth_id.map(dict(zip(y["fact_id"], y["implied_prior_level"], strict=True)))
    out["implied_prior_level"] = exact.astype(float).where(out["implied_prior_level"].notna()
                                                            & (same_level == field("fact_id", "level", "")),
                                                            out["implied_prior_level"])
    target = (out["level"] / (out["completion_pct"] / 100)).where(flow & (out["completion_pct"] > 0))
    # a target the report prints is taken as printed (see :func:`_printed_targets`); one of another sentence only
    # when the completion over it rounds to the completion printed (88.7亿元 of 190亿元 is 46.7%, no 完成全年任务的47.3%:
    # another target of the year), within half its last digit and a per mille for the amounts' rounding
    plan_value, plan_unit, plan_qualifier, plan_id, same = _printed_targets(ft, picks, order)
    agree = same | pd.Series([completion_of(d, lv, t) for d, lv, t in zip(out["completion_pct"], out["level"],
                                                                            plan_value, strict=True)], index=order)
    as_printed = target.notna() & (plan_unit == out["unit"]) & agree
    target = plan_value.where(as_printed, target).astype(float)
    out["implied_annual_target"] = target
    # (确保城镇新增就业3.6万人以上: the target is a bound, ≥3.6万人, wherever it is shown)
    out["annual_target_qualifier"] = plan_qualifier.where(as_printed, None)
    # what the rest of the year must add: only a period that leaves part of the year has a rest (a year's outcome,
    # 2021年决算…完成预期的99.7%, falls short of its target; nothing is left to bring it)
    part = (share > 0) & (share < 1)
    out["h2_required"] = (target - out["level"]).where(part)
    # how much faster than so far the rest of the year must run
    pace = (out["h2_required"] / (1 - share)) / (out["level"] / share)
    out["h2_growth_required_pct"] = ((pace - 1) * 100).where(target.notna() & (out["level"] > 0) & part)
    out["status"] = pd.Series(np.where(estimate, "estimate", "actual"), index=order)
    out["period"] = main["period"]
    out["section"] = main["section"]
    out["fact_id"] = main["fact_id"]
    # (a row cites every fact it shows a value of: the target printed in another sentence too)
    ids = _join_ids(_concat([used, every[~every["fact_id"].isin(used["fact_id"])]]), "ikey").reindex(order)
    out["fact_ids"] = _ids_of(ids, plan_id.where(as_printed, ""))
    index = pd.RangeIndex(len(order))
    df = _typed({c: out[c].set_axis(index) for c in HEADLINE_COLUMNS}, **_HEADLINE_TYPES)
    df["period"] = ft.one_spelling(df["period"])
    return schema.check_table(df, schema.HEADLINE, fact_ids=ft.ids)


def other_time(anchors: Iterable[str], periods: Iterable[str]) -> np.ndarray:
    """Whether each period is of another time than the anchor period beside it: both name a year and the years
    differ (a completion of 1955年 beside a level of 1956年), or the anchor is a whole year it names and the period
    months of a part of a year, of that year or of none named (a completion of 1-5月, 本年1——5月份…钢完成96.4%, beside a
    growth of 1955年; 一九五八年上半年 beside 一九五八年). A period that names neither (上年, empty) is of no other time.

    Parameters
    ----------
    anchors, periods : iterables of str
        The anchor's period and the fact's, pairwise.

    Returns
    -------
    ndarray of bool
    """
    memo: dict[str, tuple[int | None, int | None]] = {}

    def end(p: str) -> tuple[int | None, int | None]:
        if p not in memo:
            memo[p] = period_end(p) if isinstance(p, str) else (None, None)
        return memo[p]

    out = []
    for a, p in zip(anchors, periods, strict=True):
        (ya, ma), (yp, mp) = end(a), end(p)
        out.append(ya is not None and (yp is not None and yp != ya or ma is None and mp is not None and mp < 12))
    return np.array(out, dtype=bool)


def completion_of(done_pct: float, level: float, target: float) -> bool:
    """Whether a completion printed as ``done_pct`` is of ``target``: the level over the target rounds to it, within
    half its last digit and a per mille for the amounts' rounding (4125683万元 of 579.5亿元 is 71.19%: 完成年度预算的71.2%;
    88.7亿元 of 186亿元 is 47.69%, no 完成全年任务的47.5%: another target of the year). False where any is missing.

    >>> completion_of(71.2, 4125683, 5795000), completion_of(47.5, 88.7, 186)
    (True, False)
    """
    if not (done_pct == done_pct and level == level and target == target and target):
        return False
    half = 0.5 * 10.0 ** -len(f"{done_pct:g}".partition(".")[2])
    return abs(level / target * 100 - done_pct) <= half + done_pct / 1000


def _printed_levels(ft: FactTable) -> pd.DataFrame:
    """The facts that print a target level (确保城镇新增就业3.6万人以上) or the plan a completion is of (完成年初预算数60999万元的
    40.4%), in printed order."""
    f = ft.frame
    return f[(f["status"] == "target") & (f["measure"] == "level") & f["reference"].isin(("", "plan"))]


def year_targets(ft: FactTable) -> dict[tuple[str, str], str]:
    """The target each indicator and scope has for the whole of the report's year, as printed: ``(ikey, scope)`` →
    the fact id of the first target level printed for a whole year (力争全年一般公共预算收入完成579.5亿元; 2024年 | 印花税 |
    本年收入计划 1590), the report's year or one naming no year. An indicator and scope printed
    with two such targets of different values (a budget and a goal above it) has none: which one a completion
    is of, the facts do not say."""
    printed = ft.printed_levels
    own_year = ft.report.metadata.get("year")
    years = {p: period_end(p)[0] for p in printed["period"].unique()}
    whole = printed[((elapsed(printed["period"], 0.0) == 1) & printed["period"].map(
        lambda p: years[p] is None or not isinstance(own_year, int) or years[p] == own_year)).astype(bool)]
    found: dict[tuple[str, str], str] = {}
    values: dict[tuple[str, str], set] = {}
    for key, scope, value, unit, fact_id in _rows(whole, ["ikey", "scope", "value", "unit", "fact_id"]):
        found.setdefault((key, scope), fact_id)
        values.setdefault((key, scope), set()).add((value, unit))
    return {k: i for k, i in found.items() if len(values[k]) == 1}


def _printed_targets(ft: FactTable, picks: pd.DataFrame,
                     order: pd.Index) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series]:
    """The annual target each headline row's completion is of, as the report prints it.

    The target the completion's sentence prints (预期为2020300万元…完成预期的99.7%: the level over a rounded
    completion misses it by up to half a per mille), or the base the completion names (完成年初预算数60999万元的40.4%:
    a plan reference); else a target of the same indicator and scope for the whole of the report's year printed
    in another sentence (前三季度…完成年度预算的71.2%, then 力争全年一般公共预算收入完成579.5亿元).

    Returns
    -------
    tuple of Series
        The target's value, its unit, its qualifier (确保城镇新增就业3.6万人以上: ``at_least``), its fact id and whether it
        is of the completion's own sentence, indexed by ``order`` (NaN, None, None, "" and False where the report
        prints none).
    """
    first: dict[tuple, tuple] = {}  # the first printed of each indicator, statement and scope
    by_id: dict[str, tuple] = {}
    for key, sid, scope, *target in _rows(ft.printed_levels, ["ikey", "sid", "scope", "value", "unit", "qualifier",
                                                              "fact_id"]):
        first.setdefault((key, sid, scope), tuple(target))
        by_id[target[-1]] = tuple(target)
    # of each indicator and scope, for the whole year
    of_year = {key_scope: by_id[fact_id] for key_scope, fact_id in ft.year_targets.items()}
    done = picks[picks["role"] == "completion_pct"]
    plan: dict[str, tuple] = {}
    for k, key, sid, scope in zip(done["ikey"], done["okey"], done["sid"], done["scope"], strict=True):
        if (key, sid, scope) in first:
            plan[k] = (*first[(key, sid, scope)], True)
        elif (key, scope) in of_year:
            plan[k] = (*of_year[(key, scope)], False)
    value, unit, qualifier, fact_id = (
        pd.Series([plan[k][i] if k in plan else fill for k in order], index=order, dtype=float if i == 0 else object)
        for i, fill in enumerate((np.nan, None, None, "")))
    same = pd.Series([k in plan and plan[k][4] for k in order], index=order, dtype=bool)
    return value, unit, qualifier, fact_id, same


# yoy_changes -----------------------------------------------------------------------------------

YOY_COLUMNS = ("report_id", "fact_id", "fact_ids", "indicator", "indicator_key", "indicator_en",
               "indicator_as_printed", "measure", "change_pct", "abs_change", "unit", "direction", "comparator",
               "level", "level_unit", "level_qualifier", "level_fact_id", "implied_prior_level", "qualifier",
               "status", "scope", "period", "section", "sentence", "start", "end")

_YOY_TYPES = {
    "strings": ("report_id", "fact_id", "fact_ids", "indicator", "indicator_key", "indicator_en", "indicator_as_printed",
                "unit", "direction", "comparator", "level_unit", "level_fact_id", "scope", "period", "section",
                "sentence"),
    "floats": ("change_pct", "abs_change", "level", "implied_prior_level"), "ints": ("start", "end"),
    "cats": {"measure": (*CHANGE_MEASURES, "abs_change"), "qualifier": vocab.QUALIFIERS,
             "level_qualifier": vocab.QUALIFIERS, "status": STATUSES},
}


def yoy_changes(report: ReportLike | FactTable = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every year-on-year (``yoy_pct``) and other-base (``change_pct``) change, and every absolute change
    stated against another base than the year before (比2019年末减少1.2万人), with its level.

    ``comparator`` is the base: ``上年同期`` for plain year-on-year figures (``上年`` for a full-year
    figure), else the base the report states (``2019年上半年``, ``两年平均``, ``剔除留抵退税因素后``).
    ``level`` is the level stated for the same indicator in the same sentence (``level_qualifier``: 超6000亿元 is
    a bound, and so is the prior level derived from it); ``implied_prior_level``
    (derived) is the level of the base period: ``level / (1 + change/100)``, or ``level − abs_change``
    (given only for a dated base). A growth's row carries the amount of the same change its statement prints
    (比上年减收1070万元,下降4.2%: ``abs_change`` −1070万元 in ``unit`` 元, its id in ``fact_ids``). The same change printed twice under two names of one concept (一般
    公共预算收入 and 财政收入, −7 %) is one row; ``fact_ids`` lists both. A goal (``status`` ``target``) printed again
    is one row, and a revised goal has the scope of the goal it restates, as :func:`plan_targets` shows it (增长由年初的2%
    调整为-4%左右 after 区级…增长2%左右: the 2 % is that goal's row, the −4 % is 区级); a goal of the whole year (全年) or
    of no time in a report of part of a year is of the year the report is in, as there too.

    Examples
    --------
    >>> y = yoy_changes()
    >>> print(*y.set_index("indicator").loc["实际利用外资", ["change_pct", "direction", "level", "level_unit"]])
    1.14 up 268000000.0 美元
    """
    return prepare(report, facts).yoy.copy(deep=False)  # (a frame of its own: the one built stays as built)


def _yoy_table(ft: FactTable) -> pd.DataFrame:
    f = ft.frame
    # (not a move in a ranking, 较上月提升2位: a change of the rank, no growth of the indicator)
    rows = f[f["measure"].isin(CHANGE_MEASURES)
             | ((f["measure"] == "abs_change") & other_base(f["comparator"]) & ~rank_moves(f))].copy()
    if not len(rows):
        return schema.check_table(_empty(YOY_COLUMNS, _YOY_TYPES), schema.YOY, fact_ids=ft.ids)
    # a goal revised, and the value it is revised from, of the scope of the goal they restate, and a goal of the whole
    # year (全年) or of no time in a report of part of a year, of the year the report is in (as in the targets table)
    goals = rows["status"] == "target"
    if goals.any():
        scope = _revised_scope(rows[goals], ft)
        rows.loc[goals, "scope"] = scope
        rows.loc[goals, "part_of"] = _part_of(scope, ft.report)
        rows.loc[goals, "period"] = _undated_year(rows[goals], ft.report)
    rows["comparator"] = change_base(rows["measure"], rows["comparator"], rows["period"])
    lv = stated_levels(ft, rows)
    ok = lv["c_fact_id"].notna() & ~lv["c_unit"].isin(schema.PERCENT_UNITS) & (rows["status"] != "target")
    level = lv["c_value"].where(ok).astype(float)
    is_abs = rows["measure"] == "abs_change"
    dated = dated_base(rows["comparator"])
    prior = np.where(is_abs, level - rows["value"], level / (1 + rows["value"] / 100))
    real = ~is_abs & real_growth(ft, rows["key"], rows["canon"], rows["fact_id"])  # (at constant prices)
    # (a change printed as a bound gives no level of its base: 比2020年增长超1500亿元 puts it under 6,536亿元)
    bound = rows["qualifier"].isin(list(vocab.QUALIFIER_FLIP))
    prior = pd.Series(prior, index=rows.index).where(dated & (is_abs | (rows["value"] > -100)) & ~real & ~bound)
    amount = _amounts_of_growths(f, rows)
    exact = _exact_priors(f, rows, level, lv["c_unit"].where(ok), amount).where(dated & ~bound)
    prior = exact.fillna(prior)
    df = pd.DataFrame({
        "report_id": rows["report_id"], "fact_id": rows["fact_id"], "indicator": rows["canon"],
        "indicator_key": rows["key"], "indicator_en": rows["en"], "indicator_as_printed": rows["indicator"],
        "measure": rows["measure"], "change_pct": rows["value"].where(~is_abs),
        "abs_change": rows["value"].where(is_abs, amount["c_value"]),
        "unit": rows["unit"].where(is_abs, amount["c_unit"].fillna("")),
        "direction": _direction(rows["value"]),
        "comparator": rows["comparator"], "level": level,
        "level_unit": lv["c_unit"].where(ok), "level_qualifier": lv["c_qualifier"].where(ok),
        "level_fact_id": lv["c_fact_id"].where(ok),
        "implied_prior_level": prior, "qualifier": rows["qualifier"], "status": rows["status"],
        "scope": rows["scope"], "period": rows["period"], "section": rows["section"], "sentence": rows["sentence"],
        "start": rows["start"], "end": rows["end"], "_ikey": rows["ikey"], "_value": rows["value"],
        "_part_of": rows["part_of"],
    })
    # one change printed twice (一般公共预算收入 / 财政收入 −7 %): one row, both ids; the same growth of
    # another scope (县级 −10.9 % beside the city's −10.9 %) is another row
    same = ["_ikey", "measure", "_value", "comparator", "status", "period", "_part_of"]
    ids: dict[tuple, list[str]] = {}
    for k, fid in zip(zip(*(df[c] for c in same), strict=True), df["fact_id"], strict=True):
        ids.setdefault(k, []).append(fid)
    df["fact_ids"] = [";".join(ids[k]) for k in zip(*(df[c] for c in same), strict=True)]
    df["fact_ids"] = _ids_of(df["fact_ids"], amount["c_fact_id"])
    df = df.drop_duplicates(same)
    # one figure printed again, under the report's place named (濮阳市 in its table, 全市 in the text) or its period
    # named otherwise (全年 in the text, 2020年 in the table): its level too
    df = merge_restated(df, ["_ikey", "measure", "_value", "comparator", "status", "level", "level_unit"])
    df = _merge_spans(df, ft.report)
    # a goal printed again, in the table of goals after the text (全年…预期目标增长6.5% and 2023年预期目标 | 6.5%): the
    # same goal as for the targets table, of periods naming at most one year between them (see :func:`_restated`)
    df = _goals_once(df)
    df = df.drop(columns=["_ikey", "_value", "_part_of"])
    df = df.reset_index(drop=True)[list(YOY_COLUMNS)]
    df = _typed(df, **_YOY_TYPES)
    df["period"] = ft.one_spelling(df["period"])
    return schema.check_table(df, schema.YOY, fact_ids=ft.ids)


def _spans_from_january(periods: pd.Series, report: Report) -> pd.Series:
    """The months from January each period covers, as ``"year|last month"`` (``"2021|9"`` for 前三季度, 1-9月 and
    2021年1-9月 in a report of 2021: one span named three ways); missing for a period of months not from January
    (三季度, 4-6月, 下半年) or of no known year."""
    rx = re.compile(vocab.concept_rules().from_january_period_regex)
    own = report.metadata.get("year")

    def span(p: str) -> str | None:
        if not rx.match(p):
            return None
        year, month = period_end(p)
        year = own if year is None else year
        return f"{year}|{month}" if isinstance(year, int) and month else None

    return _by_value(periods, span, object)


def one_spelling(periods: pd.Series, report: Report, printed: pd.Series) -> pd.Series:
    """Each period naming the months from January the report covers, of its own year, spelled one way: as the
    report's facts (``printed``) spell that time most often without the report's year (which names the report),
    the report's period words on a tie. In a report of 2018年上半年 the paragraphs open 2018年1-6月 and the budget's
    lines 1-6月 (xicheng_2018_h1_indicators: 1-6月); a heading 2024年计划上半年执行情况 dates its facts 2024年上半年
    beside the lead paragraph's 上半年 (chaoyang_2024_h1: 上半年): one half-year, which a table shows one way, so
    that grouping by period finds one period. Every other period (2017年上半年, 1-5月, 截至6月底) as printed.

    Parameters
    ----------
    periods : Series of str
        Periods of a table's rows.
    report : Report
        The report; its ``metadata`` ``year`` and ``period`` (``H1``, ``Q1-Q3``, ``M2``) are the time it covers.
    printed : Series of str
        Periods of the report's facts.

    Returns
    -------
    Series of str
        ``periods``, those of the report's own time spelled one way.
    """
    return _spelled(periods, report, _own_spelling(report, printed))


def _own_spelling(report: Report, printed: pd.Series) -> tuple[str, str] | None:
    """The months from January the report covers (``"year|last month"``, see :func:`_spans_from_january`) and the
    one spelling its tables show them in (see :func:`one_spelling`); None for a report of no such time."""
    words = period_words(str(report.metadata.get("period") or ""))
    if not words:
        return None
    own = _spans_from_january(pd.Series([words]), report).iloc[0]
    if own is None:
        return None
    facts = printed.fillna("").astype(str)
    facts = facts[_spans_from_january(facts, report).eq(own)]
    year = f"{report.metadata.get('year')}年"
    counts = facts.map(lambda p: p[len(year):] if p.startswith(year) and len(p) > len(year) else p).value_counts()
    counts = counts[counts.eq(counts.max())] if len(counts) else counts
    return own, str(counts.index[0]) if len(counts) == 1 else words


def _spelled(periods: pd.Series, report: Report, spelling: tuple[str, str] | None) -> pd.Series:
    """``periods`` with those of the report's own months from January (``spelling``: their span and the one
    spelling, from :func:`_own_spelling`) spelled that one way; the others as printed."""
    if spelling is None or not len(periods):
        return periods
    own, word = spelling
    span = _spans_from_january(periods.fillna("").astype(str), report)
    return periods.where(span.ne(own) | span.isna(), word)


_LEVEL_COLUMNS = ["level", "level_unit", "level_qualifier", "level_fact_id", "implied_prior_level"]


def _merge_spans(df: pd.DataFrame, report: Report) -> pd.DataFrame:
    """``df`` (a change table with ``_ikey``, ``_value`` and ``_part_of``) with a change printed twice, its period named
    two ways (前三季度…规模以上工业总产值同比增长18.6% in the text, 规模以上工业总产值 | 亿元 | 7358.2 | 18.6 of 2021年1-9月 in a
    table) and its level printed with one of them at most, made one row: the first, with the level printed and the ids
    of both (see :func:`merge_restated`). Two levels of one change are two figures (县级 and the city's −10.9 %)."""
    span = _spans_from_january(df["period"], report)
    if span.notna().sum() < 2:
        return df
    key = ["_ikey", "measure", "_value", "comparator", "status", "_part_of", "_span"]
    group = pd.Series(_group_numbers(df.assign(_span=span), key), index=df.index)
    level = (df["level"].astype(str) + df["level_unit"].astype(str)).where(df["level"].notna())
    group = group.where(group.map(level.groupby(group).nunique()) < 2, -1)
    again = group.duplicated() & (group >= 0)
    if not again.any():
        return df
    # the first row of each figure takes the level printed with any of its rows
    printed = df[(group >= 0) & df["level"].notna()].groupby(group, sort=False).head(1)
    take = ~group.duplicated() & group.isin(group[again]) & df["level"].isna()
    source = group[take].map(pd.Series(printed.index, index=group[printed.index]))
    fill = take & source.reindex(df.index).notna()
    if fill.any():
        df = df.copy()
        df.loc[fill, _LEVEL_COLUMNS] = df.loc[source[fill[fill].index].astype(int), _LEVEL_COLUMNS].to_numpy()
    return merge_restated(df.assign(_group=group.where(group >= 0)), ["_group"]).drop(columns="_group")


def _amounts_of_growths(f: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """For each year-on-year growth of ``rows``, the amount of the same change its statement prints against the
    same year (比上年减收1070万元,下降4.2%: −1070万元), as the tax table shows it; NaN for every other row.
    Columns ``c_fact_id, c_value, c_unit`` aligned on ``rows.index``."""
    # (not a move in a ranking, 同比提升1个位次, nor a change in % or points: no amount of the growth)
    amounts = f[(f["measure"] == "abs_change") & ~other_base(f["comparator"]) & ~rank_moves(f)
                & ~f["unit"].isin(("%", "pp"))]
    if amounts.empty:  # (none printed: no row has one)
        return _take(rows, amounts, np.full(len(rows), -1, dtype=np.int64), ["fact_id", "value", "unit"])
    growths = rows[rows["measure"] == "yoy_pct"]
    near = _nearest(growths, amounts, ["sid", "ikey", "status", "period"], ["fact_id", "value", "unit"])
    near = near[near["c_fact_id"].notna() & ~near["c_fact_id"].duplicated()]
    return near.reindex(rows.index)


def _exact_priors(f: pd.DataFrame, rows: pd.DataFrame, level: pd.Series, level_unit: pd.Series,
                  amount: pd.DataFrame) -> pd.Series:
    """For each year-on-year growth of ``rows`` with a ``level`` (in ``level_unit``), the level of the year before
    as its statement gives it: the prior level it prints (比上年同期144987万元增收1858万元,增长1.28%: 144987万元),
    else the level less the amount of the change it prints (146845万元 − 1858万元), not the level divided by the
    rounded growth (146845 ÷ 1.0128 = 144989万元, two 万元 off the text); NaN for every other row."""
    growth = (rows["measure"] == "yoy_pct") & level.notna()
    printed = f[(f["measure"] == "level") & (f["reference"] == "prior") & (f["status"] == "actual")]
    from_amount = (level - amount["c_value"]).where(growth & (amount["c_unit"] == level_unit))
    if printed.empty:  # (no prior level printed: the amounts alone)
        return from_amount.where(growth).astype(float)
    near = _nearest(rows[growth], printed, ["sid", "ikey"], ["value", "unit"]).reindex(rows.index)
    from_printed = near["c_value"].where(near["c_unit"] == level_unit)
    return from_printed.fillna(from_amount).where(growth).astype(float)


def _goals_once(df: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``df`` (a change table, with ``_ikey``, ``_value`` and ``_part_of``) without a goal printed
    again, the first row of each goal carrying the ``fact_ids`` of all (全年…预期目标增长6.5% in the text and
    2023年预期目标 | 6.5% in the table of goals after it: one goal, as :func:`plan_targets` shows it)."""
    goals = df[df["status"] == "target"]
    if len(goals) < 2:
        return df
    t = goals.assign(ikey=goals["_ikey"], value=goals["_value"], part_of=goals["_part_of"])
    again = _restated(t)
    if not again.any():
        return df
    group = t.groupby(["ikey", "measure", "value", "unit", "part_of"], sort=False, dropna=False).ngroup()  # (as _restated)
    ids = (goals["fact_ids"].str.split(";").groupby(group, sort=False)
           .agg(lambda lists: ";".join(dict.fromkeys(i for x in lists for i in x))))
    first = ~group.duplicated()
    merged = goals["fact_ids"].where(~first | ~group.isin(group[again]), group.map(ids))
    return df.assign(fact_ids=merged.reindex(df.index).fillna(df["fact_ids"])).drop(index=again[again].index)


COMPARISON_COLUMNS = schema.COMPARISONS.required

_COMPARISON_TYPES = {
    "strings": ("report_id", "fact_id", "fact_ids", "indicator", "indicator_key", "indicator_en", "scope", "period",
                "comparator"),
    "floats": ("yoy_pct", "comparator_value", "pp_diff"),
    "cats": {"comparator_measure": vocab.MEASURES, "source": ("stated", "computed")},
}


def growth_comparisons(report: ReportLike | FactTable = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each percentage-point difference the report states between a growth and another (高于全国3.6个百分点,
    较1-7月提高0.3个百分点), beside that growth: the year-on-year row (:func:`yoy_changes`) of the same
    indicator, scope and period, printed last before it (else first after it); then each growth of the
    report's city printed beside the district's own (a table of 北京市 | 西城区 columns: 现价工业总产值 −5.6
    and 4.9).

    ``source`` tells the two apart: ``stated`` (the report states the difference; ``comparator_value`` is the
    growth minus it, derived) or ``computed`` (``comparator_value`` is the city's growth as printed and
    ``pp_diff`` the district's growth minus the city's, derived). A difference with no such growth (a rate's:
    失业率同比增加1.17个百分点) or after another percentage in its sentence (a share: 占比重43.8%、较上年同期减少
    5.9个百分点; a completion: 完成预算的5.39%,较均衡进度慢2.94%) is no comparison of growths and left out, unless the
    facts say it is of a growth (relation ``of``: 完成全年预算的56.2%,增速由负转正,较上年同期提高25.6个百分点).

    Returns
    -------
    DataFrame
        Columns ``COMPARISON_COLUMNS``, one row per comparison, the stated ones first, each in printed order.

    Examples
    --------
    >>> c = growth_comparisons()  # the bundled report: 降幅为3.9%,较一季度收窄1.5个百分点
    >>> print(*c.loc[0, ["indicator", "yoy_pct", "comparator", "pp_diff", "comparator_value", "source"]])
    地区生产总值 -3.9 一季度 1.5 -5.4 stated
    """
    ft = prepare(report, facts)
    meta = ft.report.metadata
    city, district = meta.get("city") or "", meta.get("district") or ""
    # (the prepared facts: their columns strings already, an empty one where the facts hold none)
    yoy, facts = ft.yoy, ft.frame

    def join(key: pd.Series, name: pd.Series) -> pd.Series:
        return key.where(key != "", "~" + name)

    f = facts[facts["status"] != "target"]
    f = f.assign(_k=join(f["key"], f["indicator"]))
    pp = f[(f["measure"] == "pp_diff") & (f["comparator"] != "")]
    if pp.empty and not (city and (yoy["scope"] == city).any()):
        # (no difference stated and no growth of the city: no row, and nothing to match)
        return schema.check_table(_empty(COMPARISON_COLUMNS, _COMPARISON_TYPES), schema.COMPARISONS, fact_ids=ft.ids)
    g = yoy[(yoy["measure"] == "yoy_pct") & (yoy["status"] == "actual")]
    g = g.assign(_k=join(g["indicator_key"].fillna(""), g["indicator_as_printed"].fillna("")),
                 **{c: g[c].fillna("") for c in ("scope", "period")})
    # a growth printed twice, its period named two ways, is one row (see :func:`_merge_spans`), found under each name
    # under the id of the statement of that name
    growths = facts[facts["measure"] == "yoy_pct"]
    named = dict(zip(growths["fact_id"], growths["period"], strict=True))
    ids = g["fact_ids"].fillna("").astype(str).str.split(";")
    every = [i for x in ids for i in x]
    g = g.loc[g.index.repeat(ids.str.len())].assign(fact_id=every, period=[named.get(i) for i in every])
    g = g[g["period"].notna()].drop_duplicates(["_k", "period", "start"])
    growth = _nearest(pp, g, ["_k", "scope", "period"], ["change_pct", "indicator", "indicator_en", "indicator_key",
                                                          "fact_id"])
    pct = f[f["measure"].isin(PCT_MEASURES)]
    before = _nearest(pp, pct, ["_k", "sentence"], ["measure"])
    other = (before["c_start"] < pp["start"]) & (before["c_measure"] != "yoy_pct")
    # (unless the text says what the difference is of, the facts' ``of`` relation: 完成全年预算的56.2%,增速由负转正,
    # 较上年同期提高25.6个百分点 is of the growth; 支出进度较上年同期加快 of the completion)
    of = pp["parent_id"].map(dict(zip(facts["fact_id"], facts["measure"], strict=True)))
    other = other.where(pp["relation"] != "of", of != "yoy_pct")
    ok = growth["c_fact_id"].notna() & ~other
    pp, growth = pp[ok], growth[ok]
    diff = pp["value"]
    stated = pd.DataFrame({
        "indicator": growth["c_indicator"], "indicator_en": growth["c_indicator_en"],
        "indicator_key": growth["c_indicator_key"], "scope": pp["scope"], "period": pp["period"],
        "yoy_pct": growth["c_change_pct"].astype(float), "comparator": pp["comparator"], "pp_diff": diff,
        "source": "stated", "comparator_measure": "yoy_pct",
        "comparator_value": (growth["c_change_pct"].astype(float) - diff).round(10),
        "fact_id": pp["fact_id"], "fact_ids": _ids_of(pp["fact_id"], growth["c_fact_id"]),
    }).sort_index(kind="stable")
    # the city's growth printed beside the district's own, of one indicator and period
    wider = g[g["scope"] == city] if city else g.iloc[:0]
    beside = _beside_city(g, wider, city, district) if len(wider) else wider
    df = pd.concat([stated, beside], ignore_index=True) if len(beside) else stated.reset_index(drop=True)
    df.insert(0, "report_id", ft.report.report_id)
    df = _typed(df[list(COMPARISON_COLUMNS)], **_COMPARISON_TYPES)
    df["period"] = ft.one_spelling(df["period"])
    return schema.check_table(df, schema.COMPARISONS, fact_ids=ft.ids)


def _beside_city(g: pd.DataFrame, wider: pd.DataFrame, city: str, district: str) -> pd.DataFrame:
    """The comparisons of each growth of the district (``g``: year-on-year rows keyed ``_k``) with the growth of its
    city (``wider``) of one indicator and period printed beside it (``source`` computed), in printed order."""
    own = g[g["scope"].isin(("", district)) & (g["scope"] != city)]
    pairs = own.reset_index().merge(wider[["_k", "period", "change_pct", "fact_id"]], on=["_k", "period"],
                                    suffixes=("", "_city")).sort_values("start", kind="stable")
    return pd.DataFrame({
        "indicator": pairs["indicator"], "indicator_en": pairs["indicator_en"], "indicator_key": pairs["indicator_key"],
        "scope": pairs["scope"], "period": pairs["period"], "yoy_pct": pairs["change_pct"].astype(float),
        "comparator": city, "pp_diff": (pairs["change_pct"] - pairs["change_pct_city"]).astype(float).round(10),
        "source": "computed", "comparator_measure": "yoy_pct",
        "comparator_value": pairs["change_pct_city"].astype(float),
        "fact_id": pairs["fact_id"], "fact_ids": _ids_of(pairs["fact_id"], pairs["fact_id_city"]),
    }).drop_duplicates(["indicator", "period", "yoy_pct", "comparator_value"])


def beside_growth_ids(comparisons: pd.DataFrame) -> set[str]:
    """The fact ids of the city's growths a comparisons table (:func:`growth_comparisons`) sets beside the
    district's own (``source`` computed; a table of 北京市 | 西城区 columns): a chart of the district's growths
    draws each as the marker on the district's bar, not as a bar of its own, and counts it among none of the
    district's rises and falls.

    >>> c = pd.DataFrame({"source": ["stated", "computed"], "fact_ids": ["f1;f2", "f00191;f00160"]})
    >>> sorted(beside_growth_ids(c))
    ['f00160']
    """
    rows = comparisons[comparisons["source"].astype(str) == "computed"]
    return {i for ids in rows["fact_ids"].fillna("").astype(str) for i in ids.split(";")[1:] if i}


# tax_declines ----------------------------------------------------------------------------------

TAX_DIMENSIONS = ("total", "sector", "tax_type", "base_loss", "new_entities")
TAX_COLUMNS = ("report_id", "fact_id", "fact_ids", "dimension", "item", "item_as_printed", "indicator_key", "scope",
               "indicator_en", "measure", "change_pct", "direction", "comparator", "level", "level_unit",
               "abs_change", "unit", "qualifier", "status", "basis", "section", "sentence")

_TAX_TYPES = {
    "strings": ("report_id", "fact_id", "fact_ids", "item", "item_as_printed", "indicator_key", "scope", "indicator_en",
                "direction", "comparator", "level_unit", "unit", "basis", "section", "sentence"),
    "floats": ("change_pct", "level", "abs_change"),
    "cats": {"dimension": TAX_DIMENSIONS, "measure": vocab.MEASURES, "qualifier": vocab.QUALIFIERS,
             "status": STATUSES},
}


def _tax_facts(ft: FactTable) -> pd.DataFrame:
    """Achieved facts of the tax table, each with its dimension: one fiscal total (the tax revenue of the scope
    the breakdown is printed at, else the tax revenue when the report states it, else the budget revenue unless the
    breakdown is of all levels), sectors' taxes, tax types, base lost, new entities."""
    rules = vocab.concept_rules()
    f = ft.frame
    f = f[f["status"] != "target"]
    dim = f["kind"].replace({"entity": "new_entities"})
    # a sector's tax: the phrase ends with a tax word (金融业税收), or the glossary does not know it and it
    # holds one (商务服务业税收由负转正); 信息服务业收入 is business revenue, not tax
    tax_words = tuple(w for w, _, q, _ in rules.sector_quantities if q == "sector_tax")
    holds_tax = _each(f["indicator"], lambda s: any(w in s for w in tax_words))
    sector_tax = (dim != "sector") | (f["quantity"] == "sector_tax") | ((f["key"] == "") & holds_tax)
    # (a move in a ranking, 同比提升1个位次, is no change of the tax; nor is a change of no unit, 增长14.6 with
    # its % cut off, an amount)
    not_change = rank_moves(f) | f["measure"].eq("abs_change") & f["unit"].eq("")
    measure_ok = (dim == "base_loss") | f["measure"].isin((*CHANGE_MEASURES, "abs_change")) & ~not_change
    measure_ok &= (dim != "new_entities") | f["measure"].isin(CHANGE_MEASURES)
    keep = dim.isin(TAX_DIMENSIONS) & sector_tax & measure_ok
    # a sector or tax type the report gives only as a level (土地增值税收入238074万元, its change cut off) is
    # still one of the breakdown: a row of its level, when no change of it is a row (a level of no unit,
    # 企业所得税收入56 cut off at the end of a page, is no amount); a sector's, only of a sector's tax the glossary
    # knows (每百元工业固定资产净值提供的税收利润31.5元 is a ratio of taxes and profits, not the tax of a sector)
    known = (dim == "tax_type") | (f["quantity"] == "sector_tax")
    level_only = dim.isin(BREAKDOWNS) & known & f["measure"].eq("level") & f["unit"].ne("")  # (a kept row is a change)
    levels = f[level_only].assign(dimension=dim[level_only])
    t = f[keep].assign(dimension=dim[keep])  # (a whole column assigned to no rows would make rows of it)
    totals = t["dimension"] == "total"
    kinds = [totals & t["key"].isin(keys) for keys in (rules.tax_total_keys, rules.revenue_total_keys)]
    scopes = set(t.loc[t["dimension"].isin(("sector", "tax_type")), "scope"]) - {""}
    # one kind of total: the tax revenue of the scope its breakdown is printed at (区级税收减收4.6亿元，其中增值税…
    # 下降12.3%), else the first (tax revenue, else budget revenue) whose change the report states in percent, else
    # the first stated at all
    own_scope = kinds[0] & t["scope"].isin(scopes)
    chosen = own_scope if own_scope.any() else next((k for k in kinds if (k & t["measure"].isin(CHANGE_MEASURES)).any()),
                                                    next((k for k in kinds if k.any()), totals & False))
    # a growth over several years (由2020年的98.6亿元增加到2022年的112.4亿元，年均增长6.8%: the plan's years so far) is
    # no change of the report's year beside a total's change over a year (同比增长5.3%): no second total
    multi = t["fact_id"].isin(ft.flagged.get("multi_year", frozenset()))
    if (chosen & ~multi & t["measure"].isin(CHANGE_MEASURES)).any():
        chosen &= ~multi
    # a budget revenue, a local share, is no total of taxes printed of all levels (财政收入下降7%…全口径企业所得税…
    # 降幅为6.3%): the table then has no total rather than one of another scope
    if scopes & set(rules.beyond_budget_scopes) and not (chosen & t["key"].isin(rules.tax_total_keys)).any():
        chosen = totals & False
    # the total is of the scopes whose change the report states in percent: a total of another scope stated only
    # as an amount elsewhere (其中税收收入…下降10.9%, then 区级税收减收27.6亿元 among the difficulties) is no second total
    in_pct = set(t.loc[chosen & t["measure"].isin(CHANGE_MEASURES), "scope"])
    if in_pct:
        chosen &= t["scope"].isin(in_pct)
    t = t[~totals | chosen]
    smaller = _smaller_totals(t, ft)
    t, chosen = t[~smaller], chosen & ~smaller.reindex(chosen.index, fill_value=False)
    if len(levels):
        # one row of an item no row holds, of the level printed with no scope when there is one (the shares of
        # each level of government, 中央级 省级 县乡级, of a tax whose change is a row are no further rows)
        levels = levels[~levels["ikey"].isin(set(t.loc[t["dimension"].isin(BREAKDOWNS), "ikey"]))]
        levels = levels.iloc[np.argsort((levels["scope"] != "").to_numpy(), kind="stable")]
        levels = levels[~levels["ikey"].duplicated()].sort_index()
        t = pd.concat([t, levels]) if len(levels) else t
    # a revenue type (非税收入) breaks the budget revenue down, not the tax revenue beside it
    if chosen.any() and t.loc[chosen[chosen].index, "key"].isin(rules.tax_total_keys).all():
        t = t[~t["key"].isin(rules.revenue_type_keys)]
    # a single month's figure (3月份) goes where the report gives none for the months to it (1-3月)
    single = single_month(t["period"])
    item = t["ikey"] + "|" + t["scope"] + "|" + t["measure"]
    return t[~single | ~item.isin(set(item[~single]))]


def _smaller_totals(t: pd.DataFrame, ft: FactTable) -> pd.Series:
    """Which totals of the tax rows ``t`` (facts of ``ft.frame`` with their ``dimension``), of several scopes, cannot
    hold the sectors and tax types printed with no scope: a total whose level is below the level of one of them
    (增值税、企业所得税、个人所得税分别完成412.6亿元、538.4亿元和196.3亿元 are parts of 全口径税收收入1386.2亿元, not of
    区级税收收入1946520万元). None when the levels do not tell one total from another."""
    totals = t["dimension"] == "total"
    items = t["dimension"].isin(BREAKDOWNS) & (t["scope"] == "")
    none = pd.Series(False, index=t.index)
    if t.loc[totals, "scope"].nunique() < 2 or not items.any():
        return none
    lv = stated_levels(ft, t)
    largest = lv[items].groupby("c_unit")["c_value"].max()  # (of each unit: 元 with 元)
    smaller = totals & (lv["c_value"] < lv["c_unit"].map(largest))
    return smaller if (totals & ~smaller).any() else none


def _lost_base_names(t: pd.DataFrame, f: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Name of a tax base lost, in Chinese and English: a part takes the name of its total (减收7亿元(地方级3.3亿元、
    区级1.4亿元): 税款 of each scope); the scope stays in the row's own ``scope`` column, never a second time in the
    name (a label adds it where no scope column stands beside it: :func:`display.scoped_label`)."""
    bare = dict(zip(f["fact_id"], f["bare"], strict=True))
    eng = dict(zip(f["fact_id"], f["en"], strict=True))
    items, items_en = [], []
    for own_bare, own_en, key, parent, relation in zip(
            t["bare"], t["en"], t["key"], t["parent_id"], t["relation"], strict=True):
        part = relation == "part" and parent in bare
        name = bare[parent] if part else own_bare
        items.append(name)
        items_en.append(eng[parent] if part else (own_en if key else name))
    return pd.Series(items, index=t.index, dtype=object), pd.Series(items_en, index=t.index, dtype=object)


def _except_rows(ft: FactTable) -> pd.DataFrame:
    """Items stated only as exceptions to a general fall (主要税种除个人所得税外均呈现负增长)."""
    u = ft.unquantified
    if not len(u):
        return pd.DataFrame()
    u = u[u["dimension"].astype(str).isin(BREAKDOWNS)].copy()
    con = u["indicator"].map(vocab.concept)
    u = u[(u["dimension"].astype(str) != "sector") | (con.map(lambda c: c.quantity) == "sector_tax")]
    if not len(u):
        return pd.DataFrame()
    con = u["indicator"].map(vocab.concept)
    f = ft.frame
    ids = _join_ids(f.loc[f["sentence"].isin(set(u["sentence"])), ["sentence", "fact_id"]], "sentence")
    u["fact_ids"] = u["sentence"].map(ids)
    if u["fact_ids"].isna().any():  # a statement without a figure of its own: the nearest before it in its section
        left = u[["start", "section"]].astype({"start": "int64", "section": object}).reset_index().sort_values("start")
        near = pd.merge_asof(left, f[["start", "section", "fact_id"]].sort_values("start"), on="start",
                             by="section", direction="backward").set_index("index")["fact_id"]
        u["fact_ids"] = u["fact_ids"].fillna(near.reindex(u.index))
    u = u[u["fact_ids"].notna() & (u["fact_ids"] != "")]
    con = con.reindex(u.index)
    return pd.DataFrame({
        "report_id": u["report_id"], "fact_id": None, "fact_ids": u["fact_ids"],
        "dimension": u["dimension"].astype(str), "item": con.map(lambda c: c.name),
        "item_as_printed": u["item"], "indicator_key": con.map(lambda c: c.key), "scope": "",
        "indicator_en": con.map(lambda c: c.english or c.name), "measure": None, "change_pct": np.nan,
        "direction": u["direction"], "comparator": vocab.concept_rules().yoy_base, "level": np.nan,
        "level_unit": None, "abs_change": np.nan, "unit": "", "qualifier": None, "status": "actual",
        "basis": "text", "section": u["section"], "sentence": u["sentence"], "_pos": u["start"] + (1 << 40),
    })


def tax_declines(report: ReportLike | FactTable = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Tax and revenue change by dimension: total, sector, tax_type, base_loss, new_entities.

    One row per stated change (``yoy_pct``, ``change_pct``, ``abs_change``) of the fiscal total (total
    tax revenue when the report states it, else the budget revenue: one kind of total; the budget revenue
    only beside taxes it breaks down into, a tax base lost or the revenue of other scopes), of a sector's
    tax, of a tax type, of newly registered entities, and every figure on the tax base lost to
    relocations. ``level`` and ``abs_change`` are the level and absolute change stated with the same
    indicator in the same sentence (budget reports: 增值税收入X万元, 同比减收Y万元, 下降Z%). Items the
    report names only as exceptions to a general fall (主要税种除个人所得税外均呈现负增长) are rows with
    ``basis`` ``"text"``, a direction and no value; their ``fact_id`` is empty and ``fact_ids`` lists the
    figures of that sentence. A sector or tax type the report gives only as a level (房产税完成18.9亿元) is a row
    of ``measure`` ``"level"`` with that level and no change. The same change stated twice (一般公共预算收入 and 财政收入, −9.3 %) is one row.
    The total is of the scope of the items: the tax revenue of their scope when printed (区级税收 over 区级 tax
    types); a budget revenue, a local share, is no total of taxes of all levels (全口径企业所得税), so a report
    printing no total of that scope has no total row. When the report states the total's change in percent, a
    total of another scope stated only as an amount (区级税收减收27.6亿元 among the difficulties) is left out.

    Examples
    --------
    >>> t = tax_declines()
    >>> for _, r in t[t["dimension"] == "tax_type"].iterrows():
    ...     print(r["item"], r["change_pct"], r["direction"], r["basis"])
    企业所得税 -6.3 down fact
    增值税 -13.6 down fact
    契税 -8.4 down fact
    个人所得税 nan up text
    """
    ft = prepare(report, facts)
    t = _tax_facts(ft)
    ex = _except_rows(ft)
    # the budget revenue stands as the total of the taxes a report breaks down or loses, or beside the revenue of
    # other scopes; alone it is no tax figure (一般公共预算收入2亿元,同比-19.3% says nothing of the taxes in it)
    alone = (t["dimension"] == "total").all() and t["scope"].nunique() < 2
    if alone and not len(ex) and not t["key"].isin(vocab.concept_rules().tax_total_keys).any():
        t = t.iloc[:0]
    if not len(t) and not len(ex):
        return schema.check_table(_empty(TAX_COLUMNS, _TAX_TYPES), schema.TAX, fact_ids=ft.ids)
    is_change = t["measure"].isin(CHANGE_MEASURES)
    ch = t[is_change & (t["dimension"] != "base_loss")]
    ab = t[(t["measure"] == "abs_change") & (t["dimension"] != "base_loss")]
    # an absolute change rides on the row of the percentage change stated with it
    near = _nearest(ch, ab, ["sid", "ikey"], ["fact_id", "value", "unit"]).dropna(subset=["c_fact_id"])
    near = near[~near["c_fact_id"].duplicated()]
    with_change = set(zip(ch["sid"], ch["ikey"], strict=True))
    alone = ab[[(s, k) not in with_change for s, k in zip(ab["sid"], ab["ikey"], strict=True)]]
    loss = t[t["dimension"] == "base_loss"]
    level_rows = t[t["dimension"].isin(BREAKDOWNS) & (t["measure"] == "level")]
    rows = pd.concat([ch, alone, loss, level_rows]).sort_values("start", kind="stable")
    lv = stated_levels(ft, rows)
    ok = (rows["measure"].isin(CHANGE_MEASURES) & (rows["dimension"] != "base_loss") & lv["c_fact_id"].notna()
          & ~lv["c_unit"].isin(schema.PERCENT_UNITS))
    own_level = rows["measure"] == "level"
    level = rows["value"].where(own_level, lv["c_value"].where(ok))
    level_unit = rows["unit"].where(own_level, lv["c_unit"].where(ok))
    abs_fact = near.reindex(rows.index)
    change = rows["value"].where(rows["measure"].isin(CHANGE_MEASURES))
    absv = rows["value"].where(rows["measure"] == "abs_change", abs_fact["c_value"])
    # the unit of the row's own figure when it is no percentage change, else of the amount riding on it (增长18.8%,
    # 增收1284万元: 元, never the % of the change)
    own_unit = ~rows["measure"].isin(CHANGE_MEASURES)
    unit = rows["unit"].where(own_unit, abs_fact["c_unit"].where(abs_fact["c_unit"].notna(), ""))
    fact_ids = _ids_of(rows["fact_id"], lv["c_fact_id"].where(ok & ~own_level), abs_fact["c_fact_id"])
    loss_item, loss_en = _lost_base_names(rows, ft.frame)
    is_loss = (rows["dimension"] == "base_loss") & (rows["measure"] == "abs_change")
    df = pd.DataFrame({
        "report_id": rows["report_id"], "fact_id": rows["fact_id"], "fact_ids": fact_ids,
        "dimension": rows["dimension"], "item": rows["canon"].where(~is_loss, loss_item),
        "item_as_printed": rows["indicator"], "indicator_key": rows["key"], "scope": rows["scope"],
        "indicator_en": rows["en"].where(~is_loss, loss_en), "measure": rows["measure"], "change_pct": change,
        "direction": _direction(change.where(change.notna(), absv)),
        "comparator": change_base(rows["measure"], rows["comparator"], rows["period"]).where(
            rows["measure"].isin(CHANGE_MEASURES), ""),
        "level": level, "level_unit": level_unit.where(level.notna()), "abs_change": absv, "unit": unit,
        "qualifier": rows["qualifier"], "status": rows["status"], "basis": "fact", "section": rows["section"],
        "sentence": rows["sentence"], "_pos": rows["start"], "_part_of": rows["part_of"],
    })
    # one change stated twice under two names of the fiscal total is one row, with the ids of both (not the
    # same change of another scope)
    key = ["dimension", "indicator_key", "item", "measure", "change_pct", "comparator", "_part_of"]
    first: dict[tuple, int] = {}
    ids = df["fact_ids"].tolist()
    drop = []
    for i, (k, has) in enumerate(zip(zip(*(df[c] for c in key), strict=True), df["change_pct"].notna(),
                                     strict=True)):
        if not has:
            continue
        j = first.setdefault(k, i)
        if j != i:
            ids[j] = ";".join(dict.fromkeys([*ids[j].split(";"), *ids[i].split(";")]))
            drop.append(i)
    df = df.assign(fact_ids=ids)
    df = df[~np.isin(np.arange(len(df)), drop)]
    # and one figure of one level printed under two names of one place (see :func:`merge_restated`)
    df = merge_restated(df, ["dimension", "indicator_key", "item", "measure", "change_pct", "comparator", "level",
                             "level_unit"])
    if len(ex):
        seen = set(zip(df["dimension"], df["item"], strict=True))
        ex = ex[[(d, i) not in seen for d, i in zip(ex["dimension"], ex["item"], strict=True)]]
        ex = ex.drop_duplicates(["dimension", "item"])
        df = pd.concat([df, ex], ignore_index=True) if len(df) else ex
    df = df.assign(_order=df["dimension"].map({d: i for i, d in enumerate(TAX_DIMENSIONS)}))
    df = df.sort_values(["_order", "_pos"], kind="stable").drop(columns=["_order", "_pos"]).reset_index(drop=True)
    df = df.reindex(columns=list(TAX_COLUMNS))
    df = _typed(df, **_TAX_TYPES)
    return schema.check_table(df, schema.TAX, fact_ids=ft.ids)


# target_completion -----------------------------------------------------------------------------

COMPLETION_COLUMNS = ("report_id", "fact_id", "fact_ids", "indicator", "indicator_key", "indicator_en",
                      "indicator_as_printed", "scope", "completion_pct", "qualifier", "computed_pct", "source", "comparator",
                      "numerator",
                      "done_as_printed", "denominator", "count_unit", "benchmark_pct", "gap_pp", "on_track", "annual", "status",
                      "period", "section", "sentence")

_COMPLETION_TYPES = {
    "strings": ("report_id", "fact_id", "fact_ids", "indicator", "indicator_key", "indicator_en",
                "indicator_as_printed", "scope", "comparator", "done_as_printed", "count_unit", "period", "section",
                "sentence"),
    "floats": ("completion_pct", "computed_pct", "numerator", "denominator", "benchmark_pct", "gap_pp"),
    "cats": {"source": ("stated", "computed"), "status": STATUSES, "qualifier": vocab.QUALIFIERS},
}


def count_pairs(report: ReportLike | FactTable = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """(total, done) count pairs — "71项创建任务已完成64项", "规划建设5G宏基站1584个,已投入使用765个" — from
    the facts' ``relation`` ``done``, each with the completion rate stated after it, if any.

    Returns
    -------
    DataFrame
        One row per pair: ``total_id``, ``done_id``, ``numerator``, ``denominator``, ``unit``,
        ``computed_pct``, ``stated_id`` (the completion rate of the same sentence that states the share
        of this pair: 完成率77%; empty when none), with the total's and the done count's other columns
        prefixed ``t_`` and ``d_``.

    Examples
    --------
    >>> p = count_pairs()
    >>> p.loc[p["stated_id"] != "", ["numerator", "denominator", "computed_pct"]].round(2).values.tolist()
    [[92.0, 120.0, 76.67]]
    """
    return prepare(report, facts).pairs


_NO_PAIRS: dict[tuple, pd.DataFrame] = {}


def _count_pairs(ft: FactTable) -> pd.DataFrame:
    f = ft.frame
    done = f.loc[(f["relation"] == "done") & (f["status"] != "target"),
                 ["fact_id", "parent_id", "value", "unit", "status", "sid", "start", "ikey", "indicator", "period"]]
    if not len(done):  # no pair: the same empty frame for every report whose facts have these dtypes
        dtypes = (tuple(f.columns), tuple(map(str, f.dtypes)), pd.get_option("mode.string_storage"))
        if dtypes not in _NO_PAIRS:
            _NO_PAIRS[dtypes] = _pairs_of(f, done)
        return _NO_PAIRS[dtypes].copy()
    return _pairs_of(f, done)


def _pairs_of(f: pd.DataFrame, done: pd.DataFrame) -> pd.DataFrame:
    totals = f.loc[f["fact_id"].isin(set(done["parent_id"])),
                   ["report_id", "fact_id", "value", "unit", "ikey", "canon", "key", "en", "indicator", "scope",
                    "comparator", "period", "section", "sentence"]]
    pairs = done.add_prefix("d_").merge(totals.add_prefix("t_"), left_on="d_parent_id", right_on="t_fact_id")
    pairs = pairs[(pairs["t_value"] > 0) & (pairs["t_unit"] == pairs["d_unit"])].reset_index(drop=True)
    pairs["total_id"], pairs["done_id"] = pairs["t_fact_id"], pairs["d_fact_id"]
    pairs["numerator"], pairs["denominator"], pairs["unit"] = pairs["d_value"], pairs["t_value"], pairs["t_unit"]
    pairs["computed_pct"] = pairs["d_value"] / pairs["t_value"] * 100
    # the stated rate of a pair: a completion of the same sentence after the done count, of the same
    # indicator (or of none), with no other pair in between
    comp = f[(f["measure"] == "completion_pct") & (f["status"] != "target")]
    stated_of: dict[str, str] = {}
    if len(comp) and len(pairs):
        m = comp[["fact_id", "sid", "start", "named", "ikey"]].merge(
            pairs[["done_id", "d_sid", "d_start", "t_ikey", "d_ikey"]], left_on="sid", right_on="d_sid")
        m = m[(m["d_start"] < m["start"]) & (~m["named"] | (m["ikey"] == m["t_ikey"]) | (m["ikey"] == m["d_ikey"]))]
        m = m.sort_values(["fact_id", "d_start"], ascending=[True, False]).drop_duplicates("fact_id")
        m = m.sort_values("start").drop_duplicates("done_id")
        stated_of = dict(zip(m["done_id"], m["fact_id"], strict=True))
    pairs["stated_id"] = pd.Series([stated_of.get(d, "") for d in pairs["done_id"]], index=pairs.index, dtype=object)
    return pairs


def _annual_totals(pairs: pd.DataFrame) -> pd.Series:
    """Whether the total of each count pair of ``pairs`` (:func:`count_pairs`) is an annual task: its period, name
    or base speaks of the year (全年拟改造的60栋老旧楼宇, “疏解整治促提升”专项行动年度任务386项), whether or not a rate of
    it is printed. A planned or multi-year total (十四五期间, 规划建设) is not."""
    return annual_base(pairs["t_period"] + " " + pairs["t_indicator"] + " " + pairs["t_comparator"])


def target_completion(report: ReportLike | FactTable = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every completion figure, stated or computed from a count pair, against the elapsed-time benchmark.

    Stated: 完成全年任务的48.2%, 完成率77%, 完成总工程量的70% (``source`` ``"stated"``); when a count
    pair gives the same share (120座…已完成92座,完成率77%) the row is one, with ``numerator``,
    ``denominator`` and the derived ``computed_pct`` beside the stated figure. Computed: 71项创建任务已完成
    64项 → 90.14 % (``source`` ``"computed"``). ``done_as_printed`` names what the count done counts, as the
    facts name it (已开工的区级重点工程: 22 of 30 projects started, not finished). ``comparator`` is what the
    figure is measured against (全年任务, 年初预算, 总工程量), ``annual`` whether that is an annual task (from the
    comparator; for a count pair, stated rate or not, from the total's period or name: a planned or multi-year total
    is not annual). A row computed from a count pair is of the period of the count done (截至6月底已开工11个), not of
    the total's year.
    ``benchmark_pct`` is the share of the year elapsed at the end of the row's period (时间过半、任务过半: 50
    at mid-year, 33.3 for 1-4月, 8.3 for 2月份 alone), at the report's period when the row's names none, or names
    only the whole year (全年) for an outcome of a report of part of it;
    only an annual task is measured against it: ``gap_pp = completion_pct - benchmark_pct`` and
    ``on_track = gap_pp >= 0`` for annual tasks, empty for the others. A completion of a budget item
    (budget revenue or expenditure, a tax) that names no base is of the annual budget. Targets (status
    ``target``) are listed by :func:`plan_targets`, not here; estimates (预计) are listed with status ``estimate``.

    Examples
    --------
    >>> c = target_completion()
    >>> c[c["source"] == "computed"][["numerator", "denominator", "completion_pct"]].round(2).values.tolist()[0]
    [765.0, 1584.0, 48.3]
    """
    ft = prepare(report, facts)
    f = ft.frame
    pairs = count_pairs(ft)
    stated = f[(f["measure"] == "completion_pct") & (f["status"] != "target")]
    if not len(stated) and not len(pairs):
        return schema.check_table(_empty(COMPLETION_COLUMNS, _COMPLETION_TYPES, {"annual": "bool"}),
                                  schema.COMPLETION, fact_ids=ft.ids)
    pairs = pairs.assign(t_annual=_annual_totals(pairs))
    linked = pairs[pairs["stated_id"] != ""].set_index("stated_id").reindex(stated["fact_id"]).set_axis(stated.index)
    of_year = linked["t_annual"].fillna(False).astype(bool)  # (a rate of a pair whose total is the year's task)
    # an unnamed stated rate is named by its pair's total
    by_total = ~stated["named"] & linked["total_id"].notna()

    def name(col: str) -> pd.Series:
        return stated[col].where(~by_total, linked[f"t_{col}"])

    # a completion of a budget item or an investment with no base named (区级一般公共预算收入…完成进度55.5%;
    # 固定资产投资额…完成进度51.1%), or of its plan (a budget table's column 本年收入计划 | 累计完成数 | 占计划%), is of its
    # annual budget or plan
    # and so is one of a whole year, whatever word it gives the budget (2021年…财政总收入决算…完成收入预期的98.3%)
    rules = vocab.concept_rules()
    whole_year = elapsed(stated["period"], math.nan) == 1.0
    budgeted = ((stated["comparator"].isin(("", *rules.annual_budget_plans)) | whole_year)
                & stated["category"].isin(rules.annual_budget_categories))

    s_rows = pd.DataFrame({
        "report_id": stated["report_id"], "fact_id": stated["fact_id"],
        "fact_ids": _ids_of(stated["fact_id"], linked["total_id"], linked["done_id"]),
        "indicator": name("canon"), "indicator_key": name("key"), "indicator_en": name("en"),
        "indicator_as_printed": name("indicator"), "scope": name("scope"), "completion_pct": stated["value"],
        "qualifier": stated["qualifier"],  # (整体进度达到60%左右: about, not exactly, 60%)
        "computed_pct": linked["computed_pct"], "source": "stated", "comparator": stated["comparator"],
        "numerator": linked["numerator"], "done_as_printed": linked["d_indicator"], "denominator": linked["denominator"],
        "count_unit": linked["unit"], "annual": annual_base(stated["comparator"]) | budgeted | of_year,
        "status": stated["status"], "period": stated["period"],
        "section": stated["section"], "sentence": stated["sentence"], "_pos": stated["start"],
        "_level": ft.levels["c_value"].reindex(stated.index), "_level_unit": ft.levels["c_unit"].reindex(stated.index),
    })
    alone = pairs[pairs["stated_id"] == ""]
    c_rows = pd.DataFrame({
        "report_id": alone["t_report_id"], "fact_id": alone["done_id"],
        "fact_ids": alone["total_id"] + ";" + alone["done_id"], "indicator": alone["t_canon"],
        "indicator_key": alone["t_key"], "indicator_en": alone["t_en"], "indicator_as_printed": alone["t_indicator"],
        "scope": alone["t_scope"],
        "completion_pct": alone["computed_pct"], "qualifier": "exact", "computed_pct": alone["computed_pct"],
        "source": "computed",
        "comparator": "", "numerator": alone["numerator"], "done_as_printed": alone["d_indicator"],
        "denominator": alone["denominator"], "count_unit": alone["unit"],
        "annual": alone["t_annual"], "status": alone["d_status"],
        "period": alone["d_period"].where(alone["d_period"] != "", alone["t_period"]), "section": alone["t_section"],
        "sentence": alone["t_sentence"], "_pos": alone["d_start"],
        "_level": math.nan, "_level_unit": math.nan,  # (no level a computed rate is printed with: never merged)
    })
    df = pd.concat([x for x in (s_rows, c_rows) if len(x)] or [s_rows], ignore_index=True)
    df = df.sort_values("_pos", kind="stable").drop(columns="_pos").reset_index(drop=True)
    # one completion printed again with the level it is of (为调整预算的100.6% in the text, the table's 完成预算% 100.6)
    df = merge_restated(df, ["indicator", "scope", "completion_pct", "source", "status", "_level", "_level_unit"])
    df = df.drop(columns=["_level", "_level_unit"], errors="ignore").reset_index(drop=True)
    df["annual"] = df["annual"].astype(bool)
    # (an outcome is measured by the end of the period the report covers at the latest: 全年拟改造的60栋老旧楼宇中,已完成
    # 改造25栋,完成率41.7% in a half-year report is half a year's work, though the rate is read with 全年)
    bench = elapsed(df["period"], ft.share)
    if 0 < ft.share < 1:
        whole = df["period"].isin(vocab.concept_rules().full_year_periods) & (df["status"] != "estimate")
        bench = bench.where(~whole, ft.share)
    bench = df["benchmark_pct"] = bench * 100
    df["gap_pp"] = (df["completion_pct"].astype(float) - bench).where(df["annual"])
    # True/False for an annual task, None (not judged) otherwise: ``completion[completion["on_track"] == True]``
    # keeps the annual tasks on track
    df["on_track"] = pd.Series([bool(v >= b) if a else None for v, b, a in zip(df["completion_pct"], bench,
                                                                                 df["annual"], strict=True)],
                               index=df.index, dtype=object)
    df = df[list(COMPLETION_COLUMNS)]
    df = _typed(df, **_COMPLETION_TYPES)
    df["period"] = ft.one_spelling(df["period"])
    return schema.check_table(df, schema.COMPLETION, fact_ids=ft.ids)


# plan_targets ----------------------------------------------------------------------------------

TARGET_COLUMNS = ("report_id", "fact_id", "indicator", "indicator_key", "indicator_en", "indicator_as_printed", "scope",
                  "measure", "value", "unit", "qualifier", "comparator", "period", "outcome_value", "outcome_qualifier",
                  "outcome_status", "outcome_fact_id", "section", "sentence")

_TARGET_TYPES = {
    "strings": ("report_id", "fact_id", "indicator", "indicator_key", "indicator_en", "indicator_as_printed", "scope",
                "unit", "comparator", "period", "outcome_status", "outcome_fact_id", "section", "sentence"),
    "floats": ("value", "outcome_value"),
    "cats": {"measure": vocab.MEASURES, "qualifier": vocab.QUALIFIERS, "outcome_qualifier": vocab.QUALIFIERS},
}
_OUTCOME_MATCH = ("ikey", "measure", "unit", "scope", "comparator", "period")


@cache
def _period_rules() -> tuple[re.Pattern[str], re.Pattern[str], tuple[tuple[str, int], ...]]:
    r = vocab.concept_rules()
    words = tuple(sorted(r.period_end_months.items(), key=lambda kv: -len(kv[0])))
    return re.compile(r.period_year_regex), re.compile(r.period_month_regex), words


def _cutoff(period: str) -> bool:
    return any(w in period for w in vocab.concept_rules().cutoff_words)


def period_end(period: str) -> tuple[int | None, int | None]:
    """(year, last month) a period string names: 截至6月30日 → (None, 6), 2019年末 → (2019, 12),
    三季度 → (None, 9), 一九七七年 (a year in Chinese numerals, as the reports of the 1950s to 1980s print it)
    → (1977, None); None where it names none.

    >>> period_end("截至6月30日"), period_end("2021年"), period_end("7月底前"), period_end("一九七七年"), period_end("")
    ((None, 6), (2021, None), (None, 7), (1977, None), (None, None))
    """
    year_rx, month_rx, words = _period_rules()
    years = year_rx.findall(period)
    months = month_rx.findall(period)
    year = year_number(years[-1]) if years else None
    if months:
        return year, int(months[-1])
    for word, month in words:
        if word in period:
            return year, month
    return year, None


def elapsed(periods: pd.Series, default: float) -> pd.Series:
    """Share of the year each period covers from January: 1-4月 → 1/3, 上半年 → 1/2, 2021年 → 1, a single
    month (2月份) → 1/12; ``default`` (the report's) for a period that names no end.

    >>> elapsed(pd.Series(["1-4月", "2月份", "全年", ""]), 0.5).round(3).tolist()
    [0.333, 0.083, 1.0, 0.5]
    """
    r = vocab.concept_rules()
    _, full_rx, _ = _base_words()
    single = re.compile(r.single_month_period_regex)

    def share(p: str) -> float:
        if single.match(p):
            return 1 / 12
        month = period_end(p)[1]
        if month is not None:
            return month / 12
        return 1.0 if p in r.full_year_periods or full_rx.match(p) else default

    return _by_value(periods, share, float)


def earlier_year(periods: pd.Series, report: Report) -> pd.Series:
    """Whether each period names a year before the report's own (``2021年`` in a report of 2022年上半年);
    False for a period naming no year (上半年, 1-5月) or when the report's year is unknown.

    Parameters
    ----------
    periods : Series of str
        Periods of facts.
    report : Report
        The report; its ``metadata["year"]`` is its own year.

    Returns
    -------
    Series of bool
        Indexed like ``periods``.
    """
    own = (report.metadata or {}).get("year")
    return _by_value(periods, lambda p: isinstance(own, int) and (y := period_end(p)[0]) is not None and y < own,
                     bool)


def _past(periods: pd.Series, report: Report) -> pd.Series:
    """Whether each period lies before the end of the period the report covers: an earlier year, an
    earlier month, or a cutoff (截至6月30日) at that end. A deadline at that end (6月底前) is not past:
    the report may have been planned before it."""
    share = period_share(report)
    own_year = report.metadata.get("year")
    own_month = round(12 * share)

    def past(p: str) -> bool:
        year, month = period_end(p)
        if year is not None and isinstance(own_year, int) and year != own_year:
            return year < own_year
        if month is None or own_month >= 12:
            return False
        return month < own_month or (month == own_month and _cutoff(p))

    return _by_value(periods, past, bool)


def _restated(t: pd.DataFrame) -> pd.Series:
    """Whether each target restates one printed before it: the same figure of the same indicator and scope,
    of the same year or of periods naming at most one year between them (全年 and 2023年)."""
    key = ["ikey", "measure", "value", "unit", "part_of"]
    years = {p: period_end(p)[0] for p in t["period"].unique()}
    t = t.assign(_year=t["period"].map(years).astype(float))
    one_year = t.groupby(key, sort=False, dropna=False)["_year"].transform("nunique") <= 1
    return (t.duplicated(key) & one_year) | (t.duplicated([*key, "_year"]) & t["_year"].notna())


def _from_values(t: pd.DataFrame, ft: FactTable) -> pd.Series:
    """Whether each target of ``t`` is a fact flagged ``from_value`` (the A of 由A调整为B) among ``ft``'s facts."""
    return t["fact_id"].isin(ft.flagged.get("from_value", frozenset()))


def _revised(t: pd.DataFrame, ft: FactTable) -> pd.Series:
    """Whether each target is a value a change or a revision starts from: the A of 由A调整为B, flagged
    ``from_value`` (增长由年初的2%调整为-4%左右: the 2 %; 由年初设定的6%左右调整为正增长: the 6 %, replaced by
    words), and the same goal stated elsewhere (区级一般公共预算收入增长2%左右 in the list of goals). The A
    stays a fact; the goal is the B."""
    is_from = _from_values(t, ft)
    goal = ["ikey", "measure", "value", "unit"]
    gone = set(zip(*(t.loc[is_from, c] for c in goal), strict=True))
    return is_from | pd.Series([k in gone for k in zip(*(t[c] for c in goal), strict=True)], index=t.index,
                               dtype=bool)


def _revised_scope(t: pd.DataFrame, ft: FactTable) -> pd.Series:
    """The scope of each target, a revised goal taking the scope of the goal it replaces when it names none:
    区级一般公共预算收入增长2%左右 in the list of goals, then 西城区一般公共预算收入…增长由年初的2%调整为-4%左右 (the
    −4 % is 区级, and so is the 2 %: the goal of the list, named again). The goal replaced is the same figure as the
    ``from_value`` A of the revision, stated with a scope elsewhere; the B is the target of the A's statement,
    indicator and measure printed after it."""
    scope = t["scope"]
    is_from = _from_values(t, ft)
    if not is_from.any():  # (no goal revised; facts of another source may carry no flags)
        return scope
    goal = ["ikey", "measure", "value", "unit"]
    scoped = t[~is_from & (t["scope"] != "")].drop_duplicates(goal)
    a = t[is_from].reset_index().merge(scoped[[*goal, "scope"]], on=goal, suffixes=("", "_goal"))
    a = a[a["scope"] == ""]
    if not len(a):
        return scope
    scope = scope.mask(scope.index.isin(a["index"]), a.set_index("index")["scope_goal"].reindex(scope.index))
    # the B: the first target after the A of its statement, indicator and measure, not itself a from value
    b = t[~is_from & (t["scope"] == "")].reset_index()
    b = b.merge(a[["sid", "ikey", "measure", "start", "scope_goal"]], on=["sid", "ikey", "measure"],
                suffixes=("", "_a"))
    b = b[b["start"] > b["start_a"]].sort_values("start").drop_duplicates("start_a").drop_duplicates("index")
    return scope.mask(scope.index.isin(b["index"]), b.set_index("index")["scope_goal"].reindex(scope.index))


def _undated_year(t: pd.DataFrame, report: Report) -> pd.Series:
    """The period of each target, the year the report is in for a goal naming no time of its own or only the whole
    year (全年, 年内) in a report of part of a year (下半年…新增中小学学位3000个, 全年拆除违法建设8万平方米 in a half-year
    report of 2019: 2019年): the goals set then are for the rest of that year. A report of a whole year sets goals
    for a year it may name or not; its goals are left as printed. A report of no known year names its year 全年."""
    if period_share(report) >= 1:
        return t["period"]
    year = report.metadata.get("year")
    whole = vocab.concept_rules().full_year_periods
    own = f"{year}年" if isinstance(year, int) else whole[0]
    return t["period"].where((t["period"] != "") & ~t["period"].isin(whole), own)


def _outcomes(t: pd.DataFrame, f: pd.DataFrame) -> pd.DataFrame:
    """The outcome the report states beside each target in ``t``: the first figure achieved or estimated (status
    ``actual`` or ``estimate``) of the same indicator, measure, unit, scope, base and period (a report of a whole
    year that prints its year's targets and what it expects of the year: 全年地区生产总值预期目标增长6.5%:预计全年实现
    增长6.5%左右). Columns ``value``, ``qualifier``, ``status``, ``fact_id``, indexed as ``t``; missing where the
    report states none (a half-year outcome is no outcome of the year: its completion is)."""
    cols = ["value", "qualifier", "status", "fact_id"]
    done = f[f["status"].isin(("actual", "estimate")) & (f["period"] != "")]
    first: dict[tuple, tuple] = {}  # of each match, the first printed (the text before its table)
    for at, row in zip(_rows(done, _OUTCOME_MATCH), _rows(done, cols), strict=True):
        first.setdefault(at, row)
    none = (np.nan,) * len(cols)
    return pd.DataFrame([first.get(at, none) for at in _rows(t, _OUTCOME_MATCH)], columns=cols, index=t.index)


def range_ends(targets: pd.DataFrame, facts: pd.DataFrame) -> list[tuple[pd.Series, pd.Series]]:
    """The pairs of rows of a targets table (:func:`plan_targets`) that are the low and the high end of one range
    (国内生产总值增长6%－6.5%: two rows, one goal), as the extractor flags their facts (``range_low``, then
    ``range_high`` of the same indicator, measure and sentence).

    Parameters
    ----------
    targets : DataFrame
        Rows of :func:`plan_targets`, in its order.
    facts : DataFrame
        The report's facts, with ``fact_id`` and ``flags`` (``;``-joined codes).

    Returns
    -------
    list of (Series, Series)
        Each range's low row and high row.

    Examples
    --------
    >>> t = pd.DataFrame({"fact_id": ["f1", "f2"], "indicator": ["国内生产总值"] * 2, "measure": ["yoy_pct"] * 2,
    ...                   "sentence": ["国内生产总值增长6%－6.5%"] * 2, "value": [6.0, 6.5]})
    >>> f = pd.DataFrame({"fact_id": ["f1", "f2"], "flags": ["range_low", "range_high"]})
    >>> [(lo["value"], hi["value"]) for lo, hi in range_ends(t, f)]
    [(6.0, 6.5)]
    """
    if len(targets) < 2 or "flags" not in facts.columns:
        return []
    flags = dict(zip(facts["fact_id"].astype(str), facts["flags"].astype(object).fillna("").astype(str).str.split(";"),
                     strict=True))
    rows = [r for _, r in targets.iterrows()]
    same = ("indicator", "measure", "sentence")
    return [(a, b) for a, b in zip(rows, rows[1:], strict=False)
            if "range_low" in flags.get(str(a["fact_id"]), ()) and "range_high" in flags.get(str(b["fact_id"]), ())
            and all(a[c] == b[c] for c in same)]


def plan_targets(report: ReportLike | FactTable = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every figure the report sets as a goal (status ``target``: 力争…, 确保…, 下半年工作安排) for a time
    still ahead: a target whose period ended with the period the report covers (截至6月30日 in a
    half-year report) is not a goal for the rest of the year, nor is a value a revision replaces (the 2 % of
    增长由年初的2%调整为-4%左右: the goal is the −4 %). A goal stated again (the same figure of the
    same indicator and scope, in a table after the text, or in the plan after the list of goals) is shown
    once, where it is first stated, unless the two name different years. A goal a report of part of a year
    sets with no time of its own, or of the whole year (全年), is shown with the year the report is in (see :func:`_undated_year`); a revised
    goal naming no scope, with the scope of the goal it replaces (see :func:`_revised_scope`).

    Examples
    --------
    >>> t = plan_targets()
    >>> print(*t.set_index("indicator").loc["招商引税", ["measure", "value", "unit"]])
    level 2247000000.0 元
    """
    ft = prepare(report, facts)
    f = ft.frame
    t = f[f["status"] == "target"]
    if not len(t):
        return schema.check_table(_empty(TARGET_COLUMNS, _TARGET_TYPES), schema.TARGETS, fact_ids=ft.ids)
    t = t[~_past(t["period"], ft.report)]
    scope = _revised_scope(t, ft)
    t = t.assign(scope=scope, part_of=_part_of(scope, ft.report), period=_undated_year(t, ft.report))
    t = t[~_restated(t) & ~_revised(t, ft)]
    out = _outcomes(t, f)
    df = pd.DataFrame({
        "report_id": t["report_id"], "fact_id": t["fact_id"], "indicator": t["canon"], "indicator_key": t["key"],
        "indicator_en": t["en"], "indicator_as_printed": t["indicator"], "scope": t["scope"], "measure": t["measure"],
        "value": t["value"], "unit": t["unit"], "qualifier": t["qualifier"], "comparator": t["comparator"],
        "period": t["period"], "outcome_value": out["value"], "outcome_qualifier": out["qualifier"],
        "outcome_status": out["status"], "outcome_fact_id": out["fact_id"], "section": t["section"],
        "sentence": t["sentence"],
    }, columns=list(TARGET_COLUMNS)).reset_index(drop=True)
    df = _typed(df, **_TARGET_TYPES)
    df["period"] = ft.one_spelling(df["period"])
    return schema.check_table(df, schema.TARGETS, fact_ids=ft.ids)
