"""Key tables: selections and pivots of the facts table, each row traceable to its facts.

Every function takes a :class:`~dhcheng_analysis.report.Report`, a path or the report text
(plus, optionally, a facts table already extracted from it) and returns a DataFrame with
``report_id``, ``fact_id`` (the main fact) and ``indicator_en``. Rows built from several
facts also carry ``fact_ids`` (ids joined with ``;``). Figures the report states and figures
computed from them sit in different columns; :data:`DERIVED_COLUMNS` names the computed ones.

>>> import dhcheng_analysis as dh
>>> h = dh.headline_indicators(dh.load_report())
>>> row = h.set_index("indicator").loc["一般公共预算收入"]
>>> print(row["level"], row["yoy_pct"], row["completion_pct"], round(row["implied_annual_target"] / 1e8, 1))
9690000000.0 -7.0 48.2 201.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from . import schema, vocab
from .errors import TableInvariantError
from .report import Report, load_report, period_share

FACT_INPUT_COLUMNS = ("report_id", "fact_id", "start", "end", "indicator", "measure", "value", "unit",
                      "raw_value", "raw_unit", "qualifier", "status", "comparator", "period", "section",
                      "sentence")

DERIVED_COLUMNS = ("implied_prior_level", "implied_annual_target", "h2_required", "h2_growth_required_pct",
                   "comparator_value", "comparator_value_qualifier")
"""Headline columns computed from stated figures, never read from the report."""

YOY_BASE = "上年同期"
PCT_MEASURES = ("yoy_pct", "change_pct", "completion_pct", "rate_pct")
CHANGE_MEASURES = ("yoy_pct", "change_pct")

# Parsing rules kept as data ---------------------------------------------------------------
CLAUSE_STOPS = ",;。\n!?:"
GROUP_STOPS = ";\n"
# sector names followed by these words name a sector quantity (商务服务业税收, 批发零售业销售额)
SECTOR_SUFFIX_EN = {"税收收入": "tax revenue", "税收": "tax revenue", "营业收入": "operating revenue",
                    "收入": "revenue", "销售额": "sales", "增加值": "value added", "营业额": "turnover",
                    "利润": "profits"}
# text just before a level that makes it a reference figure (比上年同期698120万元, 年初预算150亿元)
REFERENCE_BEFORE = re.compile(r"(上年同期|去年同期|上年|去年|同期|预算|计划|目标|任务|规模)$")
# a count reached so far: 已完成64项, 已投入使用765个, 已实现开工, 已开工28个
DONE_CUE = re.compile(r"已(?:经)?(?:基本)?(?:完成|投入使用|投用|实现|开工|建成|开通|竣工|签约|落地|启动|交付|"
                      r"验收|整改|清退|销账|办结|到位|落实|完工|复工)")
# the elapsed-time benchmark applies to annual tasks
ANNUAL_CUE = re.compile(r"全年|年度|年初|本年|今年|年内")
# statements that one item did not fall while the others did: 主要税种除个人所得税外均呈现负增长
EXCEPT_NOT_DOWN = re.compile(r"除(?P<items>[^,;。除外]{1,40}?)外[^,;。]{0,12}?(?:均|都|全部|皆)[^,;。]{0,6}?"
                             r"(?:负增长|下降|减少|减收|下滑|回落)")
EXCEPT_NOT_UP = re.compile(r"除(?P<items>[^,;。除外]{1,40}?)外[^,;。]{0,12}?(?:均|都|全部|皆)[^,;。]{0,6}?"
                           r"(?:正增长|(?<!负)增长|增加|增收|上升)")
LIST_SPLIT = re.compile(r"[、和及与]|以及")
TAX_WORD = "税"
BASE_LOSS_CUE = re.compile(r"迁出|外迁|流失|迁移|转移|流出")
LOSS_CUE = re.compile(r"减收|流失|损失|造成|减少")
LOSS_VERBS = re.compile(r"^(?:共|共计|累计|合计)?(?:造成|导致|带来|形成)?")
SCOPE_WORDS = ("全口径", "地方级", "区级", "市级", "中央级", "县级")
SCOPE_EN = {"全口径": "all levels of government", "地方级": "local share", "区级": "district share",
            "市级": "city share", "中央级": "central share", "县级": "county share"}
NEW_ENTITY_CUE = re.compile(r"新设|新增|新注册|新登记|新成立")
ENTITY_WORDS = ("市场主体", "企业", "个体工商户", "经营主体")
TOTAL_TERMS = ("一般公共预算收入", "税收收入")
REVENUE_TYPE_TERMS = ("非税收入",)
RANK_VERBS = tuple(sorted(vocab.cues().get("rank_verbs", ()), key=len, reverse=True))


# Facts in context ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Indicator:
    """Canonical name of an indicator phrase and what the glossary says about it."""

    name: str
    english: str
    category: str
    headline: bool
    in_glossary: bool


def _alias_at(phrase: str, term: vocab.Term) -> tuple[int, int]:
    """Span of the longest name of ``term`` found in ``phrase`` ((-1, 0) when none is)."""
    for alias in sorted((term.canonical, *term.aliases), key=len, reverse=True):
        i = phrase.find(alias)
        if i >= 0:
            return i, i + len(alias)
    return -1, 0


def canonical_indicator(phrase: Any) -> Indicator:
    """Canonical indicator of a phrase as printed, with its English name.

    Glossary aliases map to one name (社会消费品零售额 → 社会消费品零售总额). A sector name keeps
    the quantity that follows it (商务服务业税收, 批发和零售业销售额 → 批发零售业销售额). A phrase
    the glossary lacks keeps its own wording and uses it as its label.

    >>> canonical_indicator("社会消费品零售额").name
    '社会消费品零售总额'
    >>> canonical_indicator("批发和零售业税收").english
    'Wholesale and retail trade tax revenue'
    """
    text = phrase.strip() if isinstance(phrase, str) else ""
    term = vocab.canonical_term(text)
    if term is None:
        return Indicator(text, text, "", False, False)
    if term.category == "sector":
        _, end = _alias_at(text, term)
        suffix = text[end:] if end > 0 else ""
        for word, english in SECTOR_SUFFIX_EN.items():
            if suffix.startswith(word):
                return Indicator(term.canonical + word, f"{term.english} {english}", term.category, False, True)
    return Indicator(term.canonical, term.english, term.category, term.headline, True)


class FactContext:
    """A facts table joined to its report: sentence and clause positions, canonical names.

    Built once per report and shared by the table builders (``all_tables`` builds it once).
    """

    def __init__(self, report: Report, facts: pd.DataFrame):
        missing = [c for c in FACT_INPUT_COLUMNS if c not in facts.columns]
        if missing:
            raise TableInvariantError(
                f"facts table lacks columns {missing}: pass the table returned by extract_facts")
        self.report = report
        self.text = report.text
        self.norm = report.norm
        f = facts.reset_index(drop=True).copy()
        f["fact_id"] = pd.Series([str(x) for x in f["fact_id"]], index=f.index, dtype=object)
        f["report_id"] = pd.Series([str(x) for x in f["report_id"]], index=f.index, dtype=object)
        f["start"] = f["start"].astype(int)
        f["end"] = f["end"].astype(int)
        f["value"] = pd.to_numeric(f["value"], errors="coerce").astype(float)
        for col in ("indicator", "measure", "unit", "qualifier", "status", "comparator", "period", "section",
                    "sentence", "raw_value", "raw_unit"):
            # plain Python strings: the builders select rows many times, and object columns take fast
            f[col] = pd.Series([x if isinstance(x, str) else "" for x in f[col].astype(object)],
                               index=f.index, dtype=object)
        f["qualifier"] = [q or "exact" for q in f["qualifier"]]
        f["status"] = [s or "actual" for s in f["status"]]
        sents = [report.sentence_at(s) for s in f["start"]]
        f["sent"] = [s.start if s else -1 for s in sents]
        f["sent_end"] = [s.end if s else -1 for s in sents]
        f["group"] = [self._group_of(s, st) for s, st in zip(f["sent"], f["start"], strict=True)]
        inds = [canonical_indicator(i) for i in f["indicator"]]
        f["canon"] = [i.name for i in inds]
        f["en"] = [i.english for i in inds]
        f["category"] = [i.category for i in inds]
        f["term_headline"] = [i.headline for i in inds]
        f["in_glossary"] = [i.in_glossary for i in inds]
        f["before"] = [self.clause_before(s) for s in f["start"]]
        # a figure without an indicator is labelled by the words before it (力争7月底前完成进度达到)
        f["named"] = f["indicator"] != ""
        f["canon"] = [c if c else _clause_label(b) for c, b in zip(f["canon"], f["before"], strict=True)]
        f["en"] = [e if e else c for e, c in zip(f["en"], f["canon"], strict=True)]
        f["reference"] = [(m == "level") and bool(REFERENCE_BEFORE.search(b))
                          for m, b in zip(f["measure"], f["before"], strict=True)]
        for col in ("named", "reference", "term_headline", "in_glossary"):
            f[col] = f[col].astype(bool)
        for col in ("sent", "sent_end", "group"):
            f[col] = f[col].astype("int64")
        for col in ("canon", "en", "category", "before", "qualifier", "status"):
            f[col] = f[col].astype(object)
        self.facts = f.sort_values("start", kind="stable").reset_index(drop=True)
        self.ids = set(self.facts["fact_id"])
        self._by_sentence = {k: g for k, g in self.facts.groupby("sent", sort=False)}
        self.pairs: list[tuple[pd.Series, pd.Series]] | None = None  # count pairs, found once

    def in_sentence(self, sent: int) -> pd.DataFrame:
        """Facts of the sentence starting at ``sent`` (empty frame when it holds none)."""
        g = self._by_sentence.get(sent)
        return g if g is not None else self.facts.iloc[0:0]

    def actual_in(self, sent: int) -> pd.DataFrame:
        """Achieved (not target) facts of the sentence starting at ``sent``."""
        g = self.in_sentence(sent)
        return g[g["status"] != "target"]

    # text helpers
    def _group_of(self, sent: int, start: int) -> int:
        if sent < 0:
            return -1
        seg = self.norm[sent:start]
        return sum(seg.count(c) for c in GROUP_STOPS)

    def clause_before(self, start: int) -> str:
        """Text of the clause up to ``start`` (back to the last comma, semicolon or full stop)."""
        i = start
        while i > 0 and self.norm[i - 1] not in CLAUSE_STOPS and start - i < 80:
            i -= 1
        return self.norm[i:start].strip()

    def clause_after(self, end: int) -> str:
        j = end
        while j < len(self.norm) and self.norm[j] not in CLAUSE_STOPS and j - end < 80:
            j += 1
        return self.norm[end:j]

    def group_text(self, sent: int, group: int) -> tuple[int, str]:
        """Start offset and text of clause group ``group`` (between semicolons) of a sentence."""
        s = self.report.sentence_at(sent)
        if s is None:
            return sent, ""
        norm = self.norm[s.start:s.end]
        parts = re.split(r"[;\n]", norm)
        pos = s.start
        for k, part in enumerate(parts):
            if k == group:
                return pos, part
            pos += len(part) + 1
        return pos, ""

    @cached_property
    def actual(self) -> pd.DataFrame:
        return self.facts[self.facts["status"] != "target"]

    def lead_span(self) -> tuple[int, int]:
        """Span of the block the report leads with: a 主要指标 section, else the text before the first sub-heading."""
        secs = self.report.sections
        for s in secs:
            if re.search(r"主要(?:经济)?指标|经济运行|总体情况|主要指标运行", s.heading):
                return s.start, s.end
        first = next((s for s in secs if s.level == 1), None)
        if first is None:  # no headings: the first paragraph with a figure
            if not len(self.facts):
                return 0, 0
            pos = int(self.facts["start"].iloc[0])
            end = self.text.find("\n", pos)
            return self.text.rfind("\n", 0, pos) + 1, len(self.text) if end < 0 else end
        sub = next((s for s in secs if s.start > first.start and s.level > first.level), None)
        return first.start, (sub.start if sub else first.end)


def _clause_label(before: str) -> str:
    label = before.strip(" “”\"'()")
    return label[-20:] or "(unnamed)"


def _context(report: Any, facts: pd.DataFrame | None) -> FactContext:
    if isinstance(report, FactContext):
        return report
    rep = report if isinstance(report, Report) else load_report(report)
    if facts is None:
        from .facts import extract_facts

        facts = extract_facts(rep)
    return FactContext(rep, facts)


def _cat(values: pd.Series, categories: tuple[str, ...]) -> pd.Series:
    return pd.Categorical(values, categories=list(categories))


def _direction(v: float) -> str | None:
    if pd.isna(v):
        return None
    return "up" if v > 0 else "down" if v < 0 else "flat"


def _first(df: pd.DataFrame) -> pd.Series | None:
    return df.iloc[0] if len(df) else None


def _ids(*rows: pd.Series | None) -> str:
    out: list[str] = []
    for r in rows:
        if r is not None and r["fact_id"] not in out:
            out.append(r["fact_id"])
    return ";".join(out)


def _same_indicator(df: pd.DataFrame, row: pd.Series) -> pd.DataFrame:
    return df[(df["canon"] == row["canon"]) | (df["indicator"] == row["indicator"])]


def _level_for(ctx: FactContext, row: pd.Series) -> pd.Series | None:
    """The level the report gives for a change figure: same sentence and indicator, stated before it."""
    cand = ctx.actual_in(int(row["sent"]))
    cand = cand[(cand["measure"] == "level") & ~cand["reference"]]
    cand = _same_indicator(cand, row)
    before = cand[cand["start"] < row["start"]]
    if len(before):
        return before.iloc[-1]
    return _first(cand)


def _comparator_text(ctx: FactContext, row: pd.Series) -> str:
    if row["comparator"]:
        return row["comparator"]
    before = ctx.clause_before(int(row["start"]))
    for cue, name in vocab.cues().get("comparators", ()):
        if cue in before:
            return name
    for pattern, grp in vocab.cues().get("comparator_regex", ()):
        m = re.search(pattern, before)
        if m:
            return m.group(grp)
    return ""


def _flip_qualifier(q: str, pp: float) -> str:
    """Qualifier of ``base - pp`` given the qualifier of ``pp``."""
    if q in ("nearly", "about", "exact"):
        return q
    flip = {"over": "under", "under": "over", "at_least": "at_most", "at_most": "at_least"}
    return flip.get(q, q) if pp >= 0 else q


def _str_cols(df: pd.DataFrame, cols: tuple[str, ...]) -> pd.DataFrame:
    for c in cols:
        if c in df.columns:
            df[c] = df[c].astype("string").astype(str)
    return df


# headline_indicators -------------------------------------------------------------------------

HEADLINE_COLUMNS = ("report_id", "indicator", "indicator_en", "indicator_as_printed", "level", "unit",
                    "level_measure", "level_qualifier", "yoy_pct", "completion_pct", "pp_diff", "comparator",
                    "comparator_measure", "comparator_value", "comparator_value_qualifier", "pp_diffs",
                    "change_pct", "change_comparator", "rank", "rank_group", "implied_prior_level",
                    "implied_annual_target", "h2_required", "h2_growth_required_pct", "period", "section",
                    "fact_id", "fact_ids")


def _rank_group(ctx: FactContext, row: pd.Series) -> str:
    if row["comparator"]:
        return row["comparator"]
    before = ctx.clause_before(int(row["start"]))
    for verb in RANK_VERBS:
        i = before.rfind(verb)
        if i >= 0:
            return before[i + len(verb):].removesuffix("第").strip()
    return ""


def _headline_row(ctx: FactContext, name: str, group: pd.DataFrame, share: float) -> dict | None:
    with_level = group[(group["measure"] == "level") & ~group["reference"]]
    core = group[group["measure"].isin(("yoy_pct", "completion_pct"))]
    anchor_sent = (with_level["sent"].iloc[0] if len(with_level)
                   else core["sent"].iloc[0] if len(core) else group["sent"].iloc[0])
    in_anchor = group[group["sent"] == anchor_sent]

    def pick(measure: str, extra: pd.Series | None = None) -> pd.Series | None:
        m = in_anchor[in_anchor["measure"] == measure]
        if measure == "level":
            m = m[~m["reference"]]
        if len(m):
            return m.iloc[0]
        m = group[group["measure"] == measure]
        if measure == "level":
            m = m[~m["reference"]]
        return _first(m)

    level = pick("level")
    level_measure = "level"
    if level is None and name.endswith("率"):
        level = pick("rate_pct")
        level_measure = "rate_pct"
    yoy, comp, rank, change = pick("yoy_pct"), pick("completion_pct"), pick("rank"), pick("change_pct")
    pps = in_anchor[in_anchor["measure"] == "pp_diff"]
    if not len(pps):
        pps = group[group["measure"] == "pp_diff"].head(1)
    pp = _first(pps)
    used = [level, yoy, comp, rank, change, *[r for _, r in pps.iterrows()]]
    main = next((r for r in used if r is not None), None)
    if main is None:  # nothing a headline row shows (a share, a reference level)
        return None

    row: dict[str, Any] = {
        "report_id": main["report_id"], "indicator": name, "indicator_en": main["en"],
        "indicator_as_printed": main["indicator"],
        "level": level["value"] if level is not None else np.nan,
        "unit": level["unit"] if level is not None else "",
        "level_measure": level_measure if level is not None else None,
        "level_qualifier": level["qualifier"] if level is not None else None,
        "yoy_pct": yoy["value"] if yoy is not None else np.nan,
        "completion_pct": comp["value"] if comp is not None else np.nan,
        "change_pct": change["value"] if change is not None else np.nan,
        "change_comparator": _comparator_text(ctx, change) if change is not None else "",
        "rank": rank["value"] if rank is not None else np.nan,
        "rank_group": _rank_group(ctx, rank) if rank is not None else "",
        "period": main["period"], "section": main["section"],
        "fact_id": main["fact_id"], "fact_ids": _ids(*used),
    }
    # pp differences: the comparator's own value is this figure minus the difference
    row.update(pp_diff=np.nan, comparator="", comparator_measure=None, comparator_value=np.nan,
               comparator_value_qualifier=None)
    labels = []
    for _, p in pps.iterrows():
        labels.append(f"{_comparator_text(ctx, p)}:{p['value']:+g}")
    row["pp_diffs"] = ";".join(labels)
    if pp is not None:
        row["pp_diff"] = pp["value"]
        row["comparator"] = _comparator_text(ctx, pp)
        pct = group[(group["sent"] == pp["sent"]) & (group["start"] < pp["start"])
                    & group["measure"].isin(PCT_MEASURES)]
        base = _first(pct.iloc[::-1])
        if base is None and level_measure == "rate_pct":
            base = level
        if base is not None:
            row["comparator_measure"] = base["measure"]
            row["comparator_value"] = round(base["value"] - pp["value"], 10)
            q = _flip_qualifier(pp["qualifier"], pp["value"])
            if base["qualifier"] != "exact" and q == "exact":
                q = base["qualifier"]
            row["comparator_value_qualifier"] = q
    # derived figures, from stated level, growth and completion
    is_flow = level is not None and level_measure == "level" and row["unit"] not in schema.PERCENT_UNITS
    row["implied_prior_level"] = (row["level"] / (1 + row["yoy_pct"] / 100)
                                  if is_flow and pd.notna(row["yoy_pct"]) and row["yoy_pct"] > -100 else np.nan)
    target = (row["level"] / (row["completion_pct"] / 100)
              if is_flow and pd.notna(row["completion_pct"]) and row["completion_pct"] > 0 else np.nan)
    row["implied_annual_target"] = target
    row["h2_required"] = target - row["level"] if pd.notna(target) else np.nan
    if pd.notna(target) and 0 < share < 1 and row["level"] > 0:
        pace_so_far = row["level"] / share
        pace_needed = row["h2_required"] / (1 - share)
        row["h2_growth_required_pct"] = (pace_needed / pace_so_far - 1) * 100
    else:
        row["h2_growth_required_pct"] = np.nan
    return row


def headline_indicators(report: Any = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """One wide row per headline indicator: stated level, growth, completion, differences, and derived figures.

    Headline indicators are the glossary's headline terms (地区生产总值, 一般公共预算收入,
    固定资产投资 …) plus any indicator the report's lead block states a level, growth or
    completion for. Names of one indicator (GDP / 地区生产总值, 社会消费品零售额 / 总额) share one row.

    Parameters
    ----------
    report : Report, path or str
        The report (anything :func:`~dhcheng_analysis.load_report` accepts).
    facts : DataFrame, optional
        Its facts table; extracted when omitted.

    Returns
    -------
    DataFrame
        Columns ``report_id, indicator, indicator_en, indicator_as_printed, level, unit, level_qualifier,
        yoy_pct, completion_pct, pp_diff, comparator, comparator_value, comparator_value_qualifier, rank,
        rank_group, implied_prior_level, implied_annual_target, h2_required, h2_growth_required_pct,
        period, section, fact_id, fact_ids`` and a few more. The :data:`DERIVED_COLUMNS` are computed:
        ``implied_prior_level = level / (1 + yoy/100)``, ``implied_annual_target = level / (completion/100)``,
        ``h2_required = target - level``, ``h2_growth_required_pct`` = how much faster than so far the rest
        of the year must run (for a half-year report: growth of H2 over H1), ``comparator_value`` = the
        figure minus its percentage-point difference (retail −15.4 %, 0.9 pp better than the city →
        the city −16.3 %).

    Examples
    --------
    >>> h = headline_indicators()
    >>> print(*h.set_index("indicator").loc["社会消费品零售总额", ["yoy_pct", "comparator", "comparator_value"]])
    -15.4 全市 -16.3
    """
    ctx = _context(report, facts)
    act = ctx.actual[ctx.actual["measure"].isin(("level", "yoy_pct", "completion_pct", "pp_diff", "rate_pct",
                                                 "rank", "change_pct"))]
    lo, hi = ctx.lead_span()
    in_lead = (act["start"] >= lo) & (act["start"] < hi)
    lead_names = set(act.loc[in_lead & act["measure"].isin(("level", "yoy_pct", "completion_pct"))
                             & act["named"], "canon"])
    chosen = act[(act["term_headline"] | act["canon"].isin(lead_names)) & act["named"]]
    share = period_share(ctx.report)
    rows = []
    order = chosen.groupby("canon", sort=False)["start"].min().sort_values()
    for name in order.index:
        row = _headline_row(ctx, name, chosen[chosen["canon"] == name], share)
        if row is not None:
            rows.append(row)
    df = pd.DataFrame(rows, columns=list(HEADLINE_COLUMNS))
    df = _str_cols(df, ("report_id", "indicator", "indicator_en", "indicator_as_printed", "unit",
                        "comparator", "pp_diffs", "change_comparator", "rank_group",
                        "period", "section", "fact_id", "fact_ids"))
    for c in ("level", "yoy_pct", "completion_pct", "pp_diff", "comparator_value", "change_pct", "rank",
              *DERIVED_COLUMNS[:4]):
        df[c] = pd.to_numeric(df[c]).astype(float)
    df["level_measure"] = _cat(df["level_measure"], vocab.MEASURES)
    df["comparator_measure"] = _cat(df["comparator_measure"], vocab.MEASURES)
    df["level_qualifier"] = _cat(df["level_qualifier"], vocab.QUALIFIERS)
    df["comparator_value_qualifier"] = _cat(df["comparator_value_qualifier"], vocab.QUALIFIERS)
    return schema.check_table(df, schema.HEADLINE, fact_ids=ctx.ids)


# yoy_changes ---------------------------------------------------------------------------------

YOY_COLUMNS = ("report_id", "fact_id", "indicator", "indicator_en", "indicator_as_printed", "measure",
               "change_pct", "direction", "comparator", "level", "level_unit", "level_fact_id",
               "implied_prior_level", "qualifier", "status", "period", "section", "sentence", "start", "end")

_DATED_BASE = re.compile(r"(?:19|20)\d{2}年|上年|去年|同期|季度|上半年|年初|年末")


def _change_base(ctx: FactContext, r: pd.Series) -> str:
    """The base a change is measured against: 上年同期 for a plain year-on-year figure, else as stated."""
    if r["measure"] == "yoy_pct":
        return r["comparator"] or YOY_BASE
    return _comparator_text(ctx, r)


def yoy_changes(report: Any = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every year-on-year (``yoy_pct``) and other-base (``change_pct``) figure, with its level.

    ``comparator`` is the base: ``上年同期`` for plain year-on-year figures, else the base the
    report states (``2019年上半年``, ``两年平均``, ``剔除留抵退税因素后``). ``level`` is the
    level stated for the same indicator in the same sentence; ``implied_prior_level`` (derived)
    is ``level / (1 + change/100)``, the level of the base period (given only for a dated base).

    Examples
    --------
    >>> y = yoy_changes()
    >>> print(*y.set_index("indicator").loc["实际利用外资", ["change_pct", "direction", "level", "level_unit"]])
    1.14 up 268000000.0 美元
    """
    ctx = _context(report, facts)
    f = ctx.facts
    rows = []
    for _, r in f[f["measure"].isin(CHANGE_MEASURES)].iterrows():
        level = _level_for(ctx, r) if r["status"] != "target" else None
        comparator = _change_base(ctx, r)
        lv = level["value"] if level is not None and level["unit"] not in schema.PERCENT_UNITS else np.nan
        dated = bool(_DATED_BASE.search(comparator)) and not re.search(r"平均|剔除|扣除", comparator)
        prior = lv / (1 + r["value"] / 100) if pd.notna(lv) and dated and r["value"] > -100 else np.nan
        rows.append({
            "report_id": r["report_id"], "fact_id": r["fact_id"], "indicator": r["canon"], "indicator_en": r["en"],
            "indicator_as_printed": r["indicator"], "measure": r["measure"], "change_pct": r["value"],
            "direction": _direction(r["value"]), "comparator": comparator, "level": lv,
            "level_unit": level["unit"] if pd.notna(lv) else None,
            "level_fact_id": level["fact_id"] if pd.notna(lv) else None,
            "implied_prior_level": prior, "qualifier": r["qualifier"], "status": r["status"],
            "period": r["period"], "section": r["section"], "sentence": r["sentence"],
            "start": r["start"], "end": r["end"],
        })
    df = pd.DataFrame(rows, columns=list(YOY_COLUMNS))
    df = _str_cols(df, ("report_id", "fact_id", "indicator", "indicator_en", "indicator_as_printed", "direction",
                        "comparator", "level_unit", "level_fact_id", "period", "section", "sentence"))
    for c in ("change_pct", "level", "implied_prior_level"):
        df[c] = pd.to_numeric(df[c]).astype(float)
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    df["measure"] = _cat(df["measure"], CHANGE_MEASURES)
    df["qualifier"] = _cat(df["qualifier"], vocab.QUALIFIERS)
    df["status"] = _cat(df["status"], vocab.STATUSES)
    return schema.check_table(df, schema.YOY, fact_ids=ctx.ids)


# tax_declines --------------------------------------------------------------------------------

TAX_DIMENSIONS = ("total", "sector", "tax_type", "base_loss", "new_entities")
TAX_COLUMNS = ("report_id", "fact_id", "fact_ids", "dimension", "item", "item_as_printed", "scope",
               "indicator_en", "measure", "change_pct", "direction", "comparator", "level", "level_unit",
               "abs_change", "unit", "qualifier", "basis", "section", "sentence")


def _scope(ctx: FactContext, r: pd.Series) -> str:
    gstart, gtext = ctx.group_text(int(r["sent"]), int(r["group"]))
    head = gtext[: max(0, int(r["start"]) - gstart)]
    best, pos = "", -1
    for w in SCOPE_WORDS:
        i = head.rfind(w)
        if i > pos:
            best, pos = w, i
    return best


def _tax_dimension(ctx: FactContext, r: pd.Series, group_text: str) -> str | None:
    ind, canon, cat = r["indicator"], r["canon"], r["category"]
    clause = ctx.clause_before(int(r["start"]))
    taxish = TAX_WORD in ind or TAX_WORD in clause
    if (TAX_WORD in group_text and BASE_LOSS_CUE.search(group_text) and LOSS_CUE.search(group_text)
            and cat not in ("tax_type", "sector") and canon not in TOTAL_TERMS and not NEW_ENTITY_CUE.search(ind)):
        return "base_loss"
    bare = ind
    for w in SCOPE_WORDS:
        bare = bare.replace(w, "")
    named_tax = len(bare) > 1 and re.search(r"税(?:收入)?$", bare) is not None
    if cat == "tax_type" or (named_tax and cat != "sector") or canon in REVENUE_TYPE_TERMS:
        return "tax_type"
    if cat == "sector" and taxish:
        return "sector"
    if canon in TOTAL_TERMS:
        return "total"
    if any(w in ind for w in ENTITY_WORDS) and (NEW_ENTITY_CUE.search(ind) or NEW_ENTITY_CUE.search(clause)):
        return "new_entities" if r["measure"] in CHANGE_MEASURES else None
    return None


def _bare_loss_name(indicator: str) -> str:
    name = indicator
    for w in SCOPE_WORDS:
        name = name.replace(w, "")
    return LOSS_VERBS.sub("", name).strip()


def _loss_item(ctx: FactContext, r: pd.Series, scope: str) -> tuple[str, str]:
    """税款(全口径), 税款(地方级): the amount lost, named by the group's first loss figure, with its scope."""
    name = _bare_loss_name(r["indicator"])
    if not name:
        g = ctx.in_sentence(int(r["sent"]))
        g = g[(g["group"] == r["group"]) & (g["measure"] == "abs_change")]
        name = next((n for n in map(_bare_loss_name, g["indicator"]) if n), "减收")
    ind = canonical_indicator(name)
    if not scope:
        return ind.name, ind.english
    return f"{ind.name}({scope})", f"{ind.english} ({SCOPE_EN.get(scope, scope)})"


def _except_rows(ctx: FactContext) -> list[dict]:
    """Items stated only as exceptions to a general fall (主要税种除个人所得税外均呈现负增长)."""
    rows = []
    for sent in ctx.report.sentences:
        norm = ctx.norm[sent.start:sent.end]
        for pattern, direction in ((EXCEPT_NOT_DOWN, "up"), (EXCEPT_NOT_UP, "down")):
            for m in pattern.finditer(norm):
                if TAX_WORD not in norm[max(0, m.start() - 12):m.end()]:
                    continue
                pos = sent.start + m.start("items")
                for item in LIST_SPLIT.split(m.group("items")):
                    item_s = item.strip()
                    if not item_s:
                        continue
                    start = pos + m.group("items").find(item_s)
                    ind = canonical_indicator(item_s)
                    dim = ("sector" if ind.category == "sector"
                           else "tax_type" if ind.category == "tax_type" or item_s.endswith(TAX_WORD) else None)
                    if dim is None:
                        continue
                    in_sent = ctx.in_sentence(sent.start)
                    if not len(in_sent):  # provenance: the figures of the paragraph
                        a, b = ctx.text.rfind("\n", 0, sent.start) + 1, ctx.text.find("\n", sent.end)
                        b = len(ctx.text) if b < 0 else b
                        in_sent = ctx.facts[(ctx.facts["start"] >= a) & (ctx.facts["start"] < b)]
                    if not len(in_sent):
                        continue
                    rows.append({
                        "report_id": ctx.report.report_id, "fact_id": None,
                        "fact_ids": ";".join(in_sent["fact_id"]),
                        "dimension": dim, "item": ind.name, "item_as_printed": ctx.text[start:start + len(item_s)],
                        "scope": "", "indicator_en": ind.english, "measure": None, "change_pct": np.nan,
                        "direction": direction, "comparator": YOY_BASE, "level": np.nan, "level_unit": None,
                        "abs_change": np.nan, "unit": "", "qualifier": None, "basis": "text",
                        "section": ctx.report.section_at(start), "sentence": sent.text,
                    })
    return rows


def tax_declines(report: Any = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Tax and revenue change by dimension: total, sector, tax_type, base_loss, new_entities.

    One row per stated change (``yoy_pct``, ``change_pct``, ``abs_change``) of fiscal revenue,
    of a sector's or a tax type's revenue, of newly registered entities, and every figure on
    the tax base lost to relocations. ``level`` and ``abs_change`` are the level and absolute
    change stated with the same indicator in the same sentence (budget reports: 增值税收入X万元,
    同比减收Y万元, 下降Z%). Items the report names only as exceptions to a general fall
    (主要税种除个人所得税外均呈现负增长) are rows with ``basis`` ``"text"``, a direction and no
    value; their ``fact_id`` is empty and ``fact_ids`` lists the figures of that sentence.
    The same change stated twice (一般公共预算收入 and 财政收入, −7 %) is one row.

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
    ctx = _context(report, facts)
    f = ctx.actual
    rows: list[dict] = []
    used: set[str] = set()
    for _, r in f.iterrows():
        if r["fact_id"] in used:
            continue
        _, gtext = ctx.group_text(int(r["sent"]), int(r["group"]))
        dim = _tax_dimension(ctx, r, gtext)
        if dim is None:
            continue
        if dim != "base_loss" and r["measure"] not in (*CHANGE_MEASURES, "abs_change"):
            continue
        same = _same_indicator(ctx.actual_in(int(r["sent"])), r)
        level = abs_ch = None
        if dim != "base_loss" and r["measure"] in CHANGE_MEASURES:
            level = _level_for(ctx, r)
            ab = same[(same["measure"] == "abs_change") & ~same["fact_id"].isin(used)]
            earlier = ab[ab["start"] < r["start"]]
            abs_ch = earlier.iloc[-1] if len(earlier) else _first(ab)
        if r["measure"] == "abs_change" and dim != "base_loss":
            ch = same[same["measure"].isin(CHANGE_MEASURES)]
            if len(ch):
                continue  # it rides on the row of its percentage change
        if abs_ch is not None:
            used.add(abs_ch["fact_id"])
        used.add(r["fact_id"])
        if r["measure"] == "level":
            lv, lu = r["value"], r["unit"]
        elif level is not None and level["unit"] not in schema.PERCENT_UNITS:
            lv, lu = level["value"], level["unit"]
        else:
            lv, lu = np.nan, None
        change = r["value"] if r["measure"] in CHANGE_MEASURES else np.nan
        absv = r["value"] if r["measure"] == "abs_change" else (abs_ch["value"] if abs_ch is not None else np.nan)
        scope = _scope(ctx, r)
        item, item_en = r["canon"], r["en"]
        if dim == "base_loss" and r["measure"] == "abs_change":
            item, item_en = _loss_item(ctx, r, scope)
        rows.append({
            "report_id": r["report_id"], "fact_id": r["fact_id"],
            "fact_ids": _ids(r, level if pd.notna(lv) and r["measure"] != "level" else None, abs_ch),
            "dimension": dim, "item": item or r["indicator"], "item_as_printed": r["indicator"], "scope": scope,
            "indicator_en": item_en or item, "measure": r["measure"], "change_pct": change,
            "direction": _direction(change if pd.notna(change) else absv),
            "comparator": _change_base(ctx, r) if r["measure"] in CHANGE_MEASURES else "",
            "level": lv, "level_unit": lu, "abs_change": absv, "unit": r["unit"], "qualifier": r["qualifier"],
            "basis": "fact", "section": r["section"], "sentence": r["sentence"],
        })
    seen = {(r["dimension"], r["item"]) for r in rows}
    for r in _except_rows(ctx):
        if (r["dimension"], r["item"]) not in seen:
            seen.add((r["dimension"], r["item"]))
            rows.append(r)
    df = pd.DataFrame(rows, columns=list(TAX_COLUMNS))
    if len(df):
        # one change stated twice under two names (一般公共预算收入 / 财政收入) is one row
        key = ["dimension", "item", "measure", "change_pct", "comparator"]
        has = df["change_pct"].notna()
        dup = has & df.duplicated(key, keep="first")
        if dup.any():
            for i in df.index[dup]:
                k = tuple(df.loc[i, key])
                j = df.index[has & (df[key].apply(tuple, axis=1) == k)][0]
                df.loc[j, "fact_ids"] = ";".join(dict.fromkeys(df.loc[j, "fact_ids"].split(";")
                                                                + df.loc[i, "fact_ids"].split(";")))
            df = df[~dup]
        df["_order"] = df["dimension"].map({d: i for i, d in enumerate(TAX_DIMENSIONS)})
        df = df.sort_values(["_order"], kind="stable").drop(columns="_order").reset_index(drop=True)
    df = _str_cols(df, ("report_id", "fact_id", "fact_ids", "item", "item_as_printed", "scope", "indicator_en",
                        "direction", "comparator", "level_unit", "unit", "basis", "section", "sentence"))
    for c in ("change_pct", "level", "abs_change"):
        df[c] = pd.to_numeric(df[c]).astype(float)
    df["dimension"] = _cat(df["dimension"], TAX_DIMENSIONS)
    df["measure"] = _cat(df["measure"], vocab.MEASURES)
    df["qualifier"] = _cat(df["qualifier"], vocab.QUALIFIERS)
    return schema.check_table(df, schema.TAX, fact_ids=ctx.ids)


# target_completion ---------------------------------------------------------------------------

COMPLETION_COLUMNS = ("report_id", "fact_id", "fact_ids", "indicator", "indicator_en", "indicator_as_printed",
                      "completion_pct", "source", "numerator", "denominator", "count_unit", "benchmark_pct",
                      "gap_pp", "on_track", "annual", "status", "period", "section", "sentence")


def count_pairs(report: Any = None, facts: pd.DataFrame | None = None) -> list[tuple[pd.Series, pd.Series]]:
    """(total, done) fact pairs: "71项创建任务已完成64项", "规划建设5G宏基站1584个,已投入使用765个".

    The done count follows a 已… cue (已完成, 已投入使用, 已实现开工, 已开工) and is preceded in the same
    sentence by a total in the same unit that is at least as large.
    """
    ctx = _context(report, facts)
    if ctx.pairs is not None:
        return ctx.pairs
    f = ctx.facts
    levels = f[(f["measure"] == "level") & ~f["unit"].isin(("", *schema.PERCENT_UNITS, *schema.MONEY_UNITS))]
    pairs: list[tuple[pd.Series, pd.Series]] = []
    ctx.pairs = pairs
    for _, m in levels.iterrows():
        if m["qualifier"] != "exact" or m["status"] == "target":
            continue
        before = ctx.clause_before(int(m["start"]))
        after = ctx.clause_after(int(m["end"]))
        if not (DONE_CUE.search(before) or DONE_CUE.search(after)):
            continue
        tot = ctx.in_sentence(int(m["sent"]))
        tot = tot[(tot["measure"] == "level") & (tot["start"] < m["start"]) & (tot["unit"] == m["unit"])
                  & (tot["qualifier"] == "exact") & (tot["value"] >= m["value"])]
        tot = tot[[_akin(t, m["indicator"]) for t in tot["indicator"]]]
        if len(tot) and tot.iloc[-1]["value"] > 0:
            pairs.append((tot.iloc[-1], m))
    return pairs


def _akin(total: str, done: str) -> bool:
    """Whether two count phrases can name the same things (share two characters in a row)."""
    done = DONE_CUE.sub("", done).strip()
    if not total or not done:
        return True
    return any(done[i:i + 2] in total for i in range(len(done) - 1))


def target_completion(report: Any = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every completion figure, stated or computed from a count pair, against the elapsed-time benchmark.

    Stated: 完成全年任务的48.2%, 完成率77%, 完成总工程量的70% (``source`` ``"stated"``).
    Computed: 71项创建任务已完成64项 → 90.14 % (``source`` ``"computed"``, with ``numerator`` and
    ``denominator``). ``benchmark_pct`` is the share of the year elapsed at the report's period
    (时间过半、任务过半: 50 at mid-year); ``gap_pp = completion_pct - benchmark_pct``;
    ``on_track = gap_pp >= 0``. ``annual`` says whether the text names the task as an annual one
    (全年, 年度 …; the benchmark is strictly meaningful only then). Targets (status ``target``)
    are listed by :func:`plan_targets`, not here.

    Examples
    --------
    >>> c = target_completion()
    >>> c[c["source"] == "computed"][["numerator", "denominator", "completion_pct"]].round(2).values.tolist()[0]
    [765.0, 1584.0, 48.3]
    """
    ctx = _context(report, facts)
    bench = period_share(ctx.report) * 100
    rows: list[dict] = []
    pairs = count_pairs(ctx)
    for _, r in ctx.actual[ctx.actual["measure"] == "completion_pct"].iterrows():
        pair = next(((t, d) for t, d in pairs if t["sent"] == r["sent"] and d["start"] < r["start"]
                     and (not r["named"] or _akin(t["indicator"], r["indicator"]))), None)
        rows.append(_completion_row(ctx, r, r["value"], "stated", pair, bench))
    for tot, done in pairs:
        rows.append(_completion_row(ctx, tot, done["value"] / tot["value"] * 100, "computed", (tot, done), bench))
    df = pd.DataFrame(rows, columns=[*COMPLETION_COLUMNS, "_pos"])
    df = df.sort_values("_pos", kind="stable").drop(columns="_pos").reset_index(drop=True)
    df = _str_cols(df, ("report_id", "fact_id", "fact_ids", "indicator", "indicator_en", "indicator_as_printed",
                        "count_unit", "period", "section", "sentence"))
    for c in ("completion_pct", "numerator", "denominator", "benchmark_pct", "gap_pp"):
        df[c] = pd.to_numeric(df[c]).astype(float)
    df["on_track"] = df["on_track"].astype(bool)
    df["annual"] = df["annual"].astype(bool)
    df["source"] = _cat(df["source"], ("stated", "computed"))
    df["status"] = _cat(df["status"], vocab.STATUSES)
    return schema.check_table(df, schema.COMPLETION, fact_ids=ctx.ids)


def _completion_row(ctx: FactContext, r: pd.Series, pct: float, source: str,
                    pair: tuple[pd.Series, pd.Series] | None, bench: float) -> dict:
    tot, done = pair if pair else (None, None)
    ind = r
    if source == "stated" and not r["named"] and tot is not None:
        ind = tot
    name = ind["canon"]
    if source == "computed" and not ind["in_glossary"]:
        name = re.sub(r"(?:中|当中|之中)$", "", name) or name
    sent_start = int(r["sent"])
    head = ctx.norm[sent_start:int(r["start"])] if sent_start >= 0 else ""
    return {
        "report_id": r["report_id"],
        "fact_id": r["fact_id"] if source == "stated" else done["fact_id"],
        "fact_ids": _ids(r, tot, done) if source == "stated" else _ids(tot, done),
        "indicator": name, "indicator_en": ind["en"] if ind["in_glossary"] else name,
        "indicator_as_printed": ind["indicator"],
        "completion_pct": pct, "source": source,
        "numerator": done["value"] if done is not None else np.nan,
        "denominator": tot["value"] if tot is not None else np.nan,
        "count_unit": tot["unit"] if tot is not None else None,
        "benchmark_pct": bench, "gap_pp": pct - bench, "on_track": bool(pct >= bench),
        "annual": bool(ANNUAL_CUE.search(head)) or bool(ANNUAL_CUE.search(ctx.clause_before(int(r["start"])))),
        "status": r["status"], "period": r["period"], "section": r["section"], "sentence": r["sentence"],
        "_pos": int(r["start"]) if source == "stated" else int(done["start"]),
    }


# plan_targets --------------------------------------------------------------------------------

TARGET_COLUMNS = ("report_id", "fact_id", "indicator", "indicator_en", "indicator_as_printed", "measure", "value",
                  "unit", "qualifier", "period", "section", "sentence")


def plan_targets(report: Any = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every figure the report sets as a goal (status ``target``): 力争…, 确保…, 下半年工作安排.

    Examples
    --------
    >>> t = plan_targets()
    >>> print(*t.set_index("indicator").loc["招商引税", ["measure", "value", "unit"]])
    level 2247000000.0 元
    """
    ctx = _context(report, facts)
    t = ctx.facts[ctx.facts["status"] == "target"]
    df = pd.DataFrame({
        "report_id": t["report_id"], "fact_id": t["fact_id"], "indicator": t["canon"], "indicator_en": t["en"],
        "indicator_as_printed": t["indicator"],
        "measure": t["measure"], "value": t["value"], "unit": t["unit"], "qualifier": t["qualifier"],
        "period": t["period"], "section": t["section"], "sentence": t["sentence"],
    }, columns=list(TARGET_COLUMNS)).reset_index(drop=True)
    df = _str_cols(df, ("report_id", "fact_id", "indicator", "indicator_en", "indicator_as_printed", "unit",
                        "period", "section", "sentence"))
    df["value"] = df["value"].astype(float)
    df["measure"] = _cat(df["measure"], vocab.MEASURES)
    df["qualifier"] = _cat(df["qualifier"], vocab.QUALIFIERS)
    return schema.check_table(df, schema.TARGETS, fact_ids=ctx.ids)


def __getattr__(name: str) -> Any:
    # all_tables lives in analysis (it needs the audit, a later stage); re-exported here.
    if name == "all_tables":
        from .analysis import all_tables

        return all_tables
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
