"""Derived analyses on top of the key tables: the report's self-audit, and all tables at once.

:func:`audit` recomputes every stated ratio it can from figures stated next to it and says
whether the two agree within the rounding of the printed numbers:

- a stated completion rate against its count pair ("120座…已完成92座,完成率77%");
- parts against their total ("减收7亿元(地方级3.3亿元、区级1.4亿元)", "其中…");
- a change against the level and the prior level or the absolute change stated with it
  ("完成712345万元,比上年同期698120万元增收14225万元,增长2.04%");
- a completion against the target level stated with it ("完成年初预算1500000万元的47.49%");
- a share against the two levels it relates ("非税收入9.8亿元,占一般公共预算收入的比重为11.1%").

>>> import dhcheng_analysis as dh
>>> a = dh.audit(dh.load_report())
>>> print(a[a["check"] == "completion_vs_count_pair"].iloc[0]["message"])
consistent: 92/120 = 76.67% vs stated 77% (difference -0.33 pp, rounding allows ±0.5)
"""

from __future__ import annotations

import math
import re
from typing import Any

import pandas as pd

from . import schema
from .tables import (
    CHANGE_MEASURES,
    FactContext,
    _akin,
    _context,
    _level_for,
    _same_indicator,
    _str_cols,
    canonical_indicator,
    count_pairs,
    headline_indicators,
    plan_targets,
    target_completion,
    tax_declines,
    yoy_changes,
)

AUDIT_CHECKS = ("completion_vs_count_pair", "parts_within_total", "change_vs_prior_level",
                "abs_change_vs_levels", "change_vs_abs_change", "completion_vs_target_level", "share_vs_levels")
AUDIT_COLUMNS = ("report_id", "fact_id", "fact_ids", "indicator", "indicator_en", "check", "stated", "computed",
                 "difference", "tolerance", "verdict", "message", "sentence")

PRIOR_BEFORE = re.compile(r"(?:上年同期|去年同期|上年|去年|同期)$")
TARGET_BEFORE = re.compile(r"(?:预算|计划|目标|任务)$")
SHARE_BEFORE = re.compile(r"占(?P<whole>[^,;。占]{1,30}?)(?:的)?(?:比重|比例|份额|总量)?(?:为|达到|达|是)?$")
EPS = 1e-9


# rounding ------------------------------------------------------------------------------------

def _decimals(raw: str) -> int | None:
    m = re.fullmatch(r"[\d,]+(?:\.(\d+))?", str(raw).replace(" ", ""))
    return None if m is None else len(m.group(1) or "")


def pct_tolerance(raw: str) -> float:
    """Half a unit of the last printed digit of a percentage: "77" → 0.5, "48.2" → 0.05."""
    d = _decimals(raw)
    return 0.0 if d is None else 0.5 * 10.0 ** -d


def half_unit(row: pd.Series) -> float:
    """Rounding of a printed amount, in base units: 96.9亿元 → 5e6 元; an integer count → 0 (exact)."""
    d = _decimals(row["raw_value"])
    if d is None:
        return 0.0
    raw = float(str(row["raw_value"]).replace(",", ""))
    if raw == 0:
        return 0.0
    scale = abs(row["value"] / raw)
    if d == 0 and math.isclose(scale, 1.0):
        return 0.0
    return 0.5 * 10.0 ** -d * scale


def _amount(value: float, like: pd.Series) -> str:
    """``value`` written in the printed unit of ``like`` (4.7亿元, 14225万元)."""
    try:
        raw = float(str(like["raw_value"]).replace(",", ""))
    except ValueError:
        return f"{value:g}{like['unit']}"
    scale = abs(like["value"] / raw) if raw else 0.0
    if not scale:
        return f"{_num(value)}{like['unit']}"
    return f"{_num(value / scale)}{like['raw_unit']}"


def _num(x: float) -> str:
    if math.isclose(x, round(x), abs_tol=1e-9):
        return f"{round(x):,}"
    return f"{x:,.4f}".rstrip("0").rstrip(".")


def _row(ctx: FactContext, check: str, main: pd.Series, others: list[pd.Series], stated: float, computed: float,
         tolerance: float, message: str, *, inequality: bool = False) -> dict:
    diff = computed - stated
    ok = (abs(computed) <= abs(stated) + tolerance + EPS) if inequality else abs(diff) <= tolerance + EPS
    verdict = "consistent" if ok else "inconsistent"
    ids = list(dict.fromkeys([main["fact_id"], *[o["fact_id"] for o in others]]))
    return {
        "report_id": main["report_id"], "fact_id": main["fact_id"], "fact_ids": ";".join(ids),
        "indicator": main["canon"], "indicator_en": main["en"], "check": check, "stated": float(stated),
        "computed": float(computed), "difference": float(diff), "tolerance": float(tolerance),
        "verdict": verdict, "message": f"{verdict}: {message}", "sentence": main["sentence"],
    }


# checks --------------------------------------------------------------------------------------

def _completion_vs_pairs(ctx: FactContext) -> list[dict]:
    rows = []
    comp = ctx.facts[ctx.facts["measure"] == "completion_pct"]
    for tot, done in count_pairs(ctx):
        stated = comp[(comp["sent"] == tot["sent"]) & (comp["start"] > done["start"])]
        stated = stated[[not n or _akin(tot["indicator"], i) for n, i in zip(stated["named"], stated["indicator"],
                                                                              strict=True)]]
        if not len(stated):
            continue
        s = stated.iloc[0]
        computed = done["value"] / tot["value"] * 100
        tol = pct_tolerance(s["raw_value"])
        rows.append(_row(ctx, "completion_vs_count_pair", s, [tot, done], s["value"], computed, tol,
                         f"{done['raw_value']}/{tot['raw_value']} = {computed:.2f}% vs stated {s['raw_value']}% "
                         f"(difference {computed - s['value']:+.2f} pp, rounding allows ±{tol:g})"))
    return rows


def _parts_groups(ctx: FactContext) -> list[tuple[pd.Series, list[pd.Series]]]:
    """(total, parts) from "X(地方级A、区级B)" and from "X…,其中A…B" in one sentence or the next."""
    out: list[tuple[pd.Series, list[pd.Series]]] = []
    norm = ctx.norm
    for sent in ctx.report.sentences:
        segment = norm[sent.start:sent.end]
        if "(" not in segment and "其中" not in segment:
            continue
        in_sent = ctx.actual_in(sent.start)
        in_sent = in_sent[~in_sent["reference"]]
        if not len(in_sent):
            continue
        # parenthesised parts right after a figure
        for m in re.finditer(r"\(([^()]{2,80})\)", norm[sent.start:sent.end]):
            a, b = sent.start + m.start(), sent.start + m.end()
            before = in_sent[(in_sent["end"] <= a) & (in_sent["end"] >= a - 1)]
            if not len(before):
                continue
            total = before.iloc[-1]
            parts = in_sent[(in_sent["start"] > a) & (in_sent["end"] < b) & (in_sent["unit"] == total["unit"])
                            & (in_sent["measure"] == total["measure"])]
            if len(parts) >= 1 and total["unit"] not in schema.PERCENT_UNITS:
                out.append((total, [p for _, p in parts.iterrows()]))
        # 其中 …
        for m in re.finditer("其中", norm[sent.start:sent.end]):
            at = sent.start + m.start()
            pool = in_sent[(in_sent["measure"] == "level") & (in_sent["start"] < at)]
            if not len(pool) and not norm[sent.start:at].strip(" :"):
                prev = ctx.report.sentence_at(sent.start - 1) if sent.start > 0 else None
                if prev is not None:
                    pool = ctx.actual_in(prev.start)
                    pool = pool[~pool["reference"] & (pool["measure"] == "level")]
            pool = pool[~pool["unit"].isin(schema.PERCENT_UNITS)]
            if not len(pool):
                continue
            total = pool.iloc[-1]
            after = in_sent[(in_sent["start"] > at) & (in_sent["measure"] == "level")
                            & (in_sent["unit"] == total["unit"])]
            parts = _scope_parts(ctx, at, after)
            if parts:
                out.append((total, parts))
    return out


def _scope_parts(ctx: FactContext, at: int, after: pd.DataFrame) -> list[pd.Series]:
    """Parts named after 其中: up to the next semicolon, further only while they are of one kind."""
    parts: list[pd.Series] = []
    kind = None
    for _, p in after.iterrows():
        crossed = any(c in ";\n" for c in ctx.norm[at:int(p["start"])])
        if crossed:
            if not kind or p["category"] != kind:
                break
        kind = kind or p["category"]
        parts.append(p)
    return parts


def _parts_within_total(ctx: FactContext) -> list[dict]:
    rows = []
    for total, parts in _parts_groups(ctx):
        s = sum(abs(p["value"]) for p in parts)
        tol = half_unit(total) + sum(half_unit(p) for p in parts)
        names = " + ".join(f"{p['indicator'] or '?'} {_amount(abs(p['value']), p)}" for p in parts)
        rows.append(_row(ctx, "parts_within_total", total, parts, abs(total["value"]), s, tol,
                         f"parts {names} = {_amount(s, total)} against total {total['indicator']} "
                         f"{_amount(abs(total['value']), total)} (parts may not exceed the total)",
                         inequality=True))
    return rows


def _change_checks(ctx: FactContext) -> list[dict]:
    rows = []
    f = ctx.actual
    for _, c in f[f["measure"].isin(CHANGE_MEASURES)].iterrows():
        if c["measure"] == "change_pct" and not PRIOR_BEFORE.search(c["comparator"] or "上年同期"):
            continue
        if c["comparator"] and re.search(r"剔除|扣除|平均", c["comparator"]):
            continue
        level = _level_for(ctx, c)
        if level is None or level["unit"] in schema.PERCENT_UNITS:
            continue
        same = _same_indicator(ctx.actual_in(int(c["sent"])), c)
        prior = same[same["reference"] & (same["measure"] == "level") & same["before"].map(
            lambda b: bool(PRIOR_BEFORE.search(b))).astype(bool)]
        ab = same[same["measure"] == "abs_change"]
        tol_pct = pct_tolerance(c["raw_value"])
        if len(prior):
            p = prior.iloc[0]
            computed = (level["value"] / p["value"] - 1) * 100
            tol = tol_pct + abs(computed + 100) * (half_unit(level) / level["value"] + half_unit(p) / p["value"])
            rows.append(_row(ctx, "change_vs_prior_level", c, [level, p], c["value"], computed, tol,
                             f"{_amount(level['value'], level)} / {_amount(p['value'], p)} − 1 = {computed:+.3f}% "
                             f"vs stated {c['value']:+g}% (rounding allows ±{tol:.3g})"))
            if len(ab):
                a = ab.iloc[0]
                diff = level["value"] - p["value"]
                tol = half_unit(level) + half_unit(p) + half_unit(a)
                rows.append(_row(ctx, "abs_change_vs_levels", a, [level, p], a["value"], diff, tol,
                                 f"{_amount(level['value'], level)} − {_amount(p['value'], p)} = {_amount(diff, a)} "
                                 f"vs stated {_amount(a['value'], a)}"))
        elif len(ab):
            a = ab.iloc[0]
            base = level["value"] - a["value"]
            if base <= 0:
                continue
            computed = a["value"] / base * 100
            rel = (half_unit(a) / abs(a["value"]) if a["value"] else 0) + (half_unit(level) + half_unit(a)) / base
            tol = tol_pct + abs(computed) * rel
            rows.append(_row(ctx, "change_vs_abs_change", c, [level, a], c["value"], computed, tol,
                             f"change {_amount(a['value'], a)} over prior level {_amount(base, level)} "
                             f"(= {_amount(level['value'], level)} minus the change) = {computed:+.3f}% "
                             f"vs stated {c['value']:+g}% (rounding allows ±{tol:.3g})"))
    return rows


def _completion_vs_target(ctx: FactContext) -> list[dict]:
    rows = []
    for _, c in ctx.actual[ctx.actual["measure"] == "completion_pct"].iterrows():
        same = _same_indicator(ctx.in_sentence(int(c["sent"])), c)
        same = same[(same["measure"] == "level") & (same["start"] < c["start"])]
        target = same[same["before"].map(lambda b: bool(TARGET_BEFORE.search(b))).astype(bool)]
        level = same[~same["reference"] & (same["status"] != "target")]
        if not len(target) or not len(level) or target.iloc[-1]["value"] <= 0:
            continue
        t, lv = target.iloc[-1], level.iloc[0]
        computed = lv["value"] / t["value"] * 100
        tol = pct_tolerance(c["raw_value"]) + computed * (half_unit(lv) / lv["value"] + half_unit(t) / t["value"])
        rows.append(_row(ctx, "completion_vs_target_level", c, [lv, t], c["value"], computed, tol,
                         f"{_amount(lv['value'], lv)} / {_amount(t['value'], t)} = {computed:.3f}% vs stated "
                         f"{c['raw_value']}% (rounding allows ±{tol:.3g})"))
    return rows


def _share_checks(ctx: FactContext) -> list[dict]:
    rows = []
    f = ctx.actual
    levels = f[(f["measure"] == "level") & ~f["reference"]]
    for _, r in f[f["measure"] == "rate_pct"].iterrows():
        m = SHARE_BEFORE.search(r["before"])
        if not m:
            continue
        whole_name = canonical_indicator(m.group("whole")).name
        wholes = levels[levels["canon"] == whole_name]
        if not len(wholes) or wholes["value"].nunique() != 1:
            continue
        part = _same_indicator(ctx.actual_in(int(r["sent"])), r)
        part = part[(part["measure"] == "level") & ~part["reference"] & (part["start"] < r["start"])]
        if not len(part):
            continue
        w, p = wholes.iloc[0], part.iloc[-1]
        if w["unit"] != p["unit"] or w["value"] <= 0:
            continue
        computed = p["value"] / w["value"] * 100
        tol = pct_tolerance(r["raw_value"]) + computed * (half_unit(p) / p["value"] + half_unit(w) / w["value"])
        rows.append(_row(ctx, "share_vs_levels", r, [p, w], r["value"], computed, tol,
                         f"{_amount(p['value'], p)} / {_amount(w['value'], w)} = {computed:.3f}% vs stated "
                         f"{r['raw_value']}% (rounding allows ±{tol:.3g})"))
    return rows


def audit(report: Any = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """The report checks itself: every stated ratio recomputed from the figures stated with it.

    Parameters
    ----------
    report : Report, path or str
        The report.
    facts : DataFrame, optional
        Its facts table; extracted when omitted.

    Returns
    -------
    DataFrame
        One row per check: ``report_id, fact_id`` (the stated figure checked), ``fact_ids`` (all
        figures used), ``indicator, indicator_en, check, stated, computed, difference`` (computed −
        stated), ``tolerance`` (what the rounding of the printed figures allows), ``verdict``
        (``consistent`` / ``inconsistent``), ``message`` (both numbers, in words) and ``sentence``.

    Examples
    --------
    >>> a = audit()
    >>> print(a[a["check"] == "parts_within_total"].iloc[-1]["message"])  # doctest: +ELLIPSIS
    consistent: parts 地方级 3.3亿元 + 区级 1.4亿元 = 4.7亿元 against total ... 7亿元 (parts may not exceed the total)
    """
    ctx = _context(report, facts)
    rows = (_completion_vs_pairs(ctx) + _parts_within_total(ctx) + _change_checks(ctx)
            + _completion_vs_target(ctx) + _share_checks(ctx))
    df = pd.DataFrame(rows, columns=list(AUDIT_COLUMNS))
    df = df.drop_duplicates(["check", "fact_ids"]).reset_index(drop=True)
    df = _str_cols(df, ("report_id", "fact_id", "fact_ids", "indicator", "indicator_en", "message", "sentence"))
    for c in ("stated", "computed", "difference", "tolerance"):
        df[c] = pd.to_numeric(df[c]).astype(float)
    df["check"] = pd.Categorical(df["check"], categories=list(AUDIT_CHECKS))
    df["verdict"] = pd.Categorical(df["verdict"], categories=["consistent", "inconsistent"])
    return schema.check_table(df, schema.AUDIT, fact_ids=ctx.ids)


TABLE_KEYS = ("facts", "headline", "yoy", "tax", "completion", "targets", "audit")


def all_tables(report: Any = None, facts: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Every key table of a report, from one extraction.

    Returns
    -------
    dict
        Keys ``facts, headline, yoy, tax, completion, targets, audit``.

    Examples
    --------
    >>> list(all_tables())
    ['facts', 'headline', 'yoy', 'tax', 'completion', 'targets', 'audit']
    """
    if facts is None and not isinstance(report, FactContext):
        from .facts import extract_facts
        from .report import Report, load_report

        rep = report if isinstance(report, Report) else load_report(report)
        facts = extract_facts(rep)
        report = rep
    ctx = _context(report, facts)
    source = facts if facts is not None else ctx.facts
    return {
        "facts": source,
        "headline": headline_indicators(ctx),
        "yoy": yoy_changes(ctx),
        "tax": tax_declines(ctx),
        "completion": target_completion(ctx),
        "targets": plan_targets(ctx),
        "audit": audit(ctx),
    }


__all__ = ["audit", "all_tables", "pct_tolerance", "half_unit", "AUDIT_CHECKS", "TABLE_KEYS"]
