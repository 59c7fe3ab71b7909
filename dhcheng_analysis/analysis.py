"""Derived analyses on top of the key tables: the report's self-audit, and all tables at once.

:func:`audit` recomputes every stated ratio it can from figures stated next to it and says
whether the two agree within the rounding of the printed numbers. It reads the facts' columns
only — no sentence is read again:

- a stated completion rate against its count pair ("120座…已完成92座,完成率77%": ``relation`` ``done``);
- parts against their total ("减收7亿元(地方级3.3亿元、区级1.4亿元)", "其中…": ``relation`` ``part``); parts of a
  change that exceed it are no inconsistency when they are items of it (税收收入减收20745万元, 其中增值税减收20990万元:
  the items not listed rose), while its shares at other levels of government are still checked; the averages of
  groups are no parts of the whole's average (城镇居民人均可支配收入 of 全体居民人均可支配收入), its sources are
  (人均工资性收入);
- a change against the level and the prior level (``reference`` ``prior``) or the absolute change
  stated with it ("完成712345万元,比上年同期698120万元增收14225万元,增长2.04%");
- a completion against the plan level stated with it (``reference`` ``plan``: "完成年初预算1500000万元的47.49%"), or
  the target of the whole year printed elsewhere ("完成年度预算的71.2%", then "力争全年…完成579.5亿元");
- a share against the two levels it relates (the share's ``comparator`` names the whole:
  "非税收入9.8亿元,占一般公共预算收入的比重为11.1%"), a whole being another figure than the part and no smaller
  than it (全区税收收入1865.2亿元,占全市税收的比重为21.4%: the city's tax is not stated).

A printed amount is rounded to half a unit of its last digit, in Arabic or Chinese numerals alike (96.9亿元: 0.05亿;
五百亿元, as 500亿元: 0.5亿).

:func:`all_tables` builds every key table of the registry (``vocab.labels().tables``) from one
extraction.

>>> import dhcheng_analysis as dh
>>> a = dh.audit(dh.load_report())
>>> print(a[a["check"] == "completion_vs_count_pair"].iloc[0]["message"])
consistent: 92/120 = 76.67% vs stated 77% (difference -0.33 pp, rounding allows ±0.5)
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Mapping
from functools import cache

import pandas as pd

from . import schema, vocab
from .apitypes import ReportLike
from .numbers import normalize, parse_chinese_numeral, parse_number
from .tables import (
    CHANGE_MEASURES,
    FactTable,
    completion_of,
    growth_comparisons,
    headline_indicators,
    period_end,
    plan_targets,
    prepare,
    stated_levels,
    target_completion,
    tax_declines,
    yoy_changes,
)

AUDIT_CHECKS = ("completion_vs_count_pair", "parts_within_total", "change_vs_prior_level",
                "abs_change_vs_levels", "change_vs_abs_change", "completion_vs_target_level", "share_vs_levels")
AUDIT_COLUMNS = ("report_id", "fact_id", "fact_ids", "indicator", "indicator_key", "indicator_en", "check", "stated",
                 "computed", "difference", "tolerance", "verdict", "message", "sentence")
EPS = 1e-9


# rounding --------------------------------------------------------------------------------------

def _arabic(raw: object) -> str:
    """A printed numeral in half-width Arabic digits (１１．１ → 11.1), spaces taken out."""
    return normalize(str(raw)).replace(" ", "")


def _decimals(raw: str) -> int | None:
    m = re.fullmatch(r"[\d,]+(?:\.(\d+))?", _arabic(raw))
    return None if m is None else len(m.group(1) or "")


_CHINESE_PCT = re.compile(r"(?:百分之)?[零〇一二两三四五六七八九十百]+(?:点([零〇一二三四五六七八九]+))?")


def pct_tolerance(raw: str) -> float:
    """Half a unit of the last printed digit of a percentage: "77" → 0.5, "48.2" → 0.05, "百分之五点九" → 0.05."""
    d = _decimals(raw)
    if d is None and (m := _CHINESE_PCT.fullmatch(_arabic(raw))):
        d = len(m.group(1) or "")
    return 0.0 if d is None else 0.5 * 10.0 ** -d


def half_unit(row: Mapping) -> float:
    """Rounding of a printed amount, in base units: 96.9亿元 → 5e6 元; an integer count → 0 (exact)."""
    return _half(row["raw_value"], row["value"])


# a Chinese numeral of one magnitude (五百亿, 三百八十六点一, 五十六点三万): rounded, as its Arabic form (500亿), to the
# last digit printed before the magnitude word
_CHINESE_AMOUNT = re.compile(r"(?P<num>[零〇一二两三四五六七八九十百千]+(?:点(?P<frac>[零〇一二三四五六七八九]+))?)(?:万亿|亿|万)?")


def _printed(raw_value: str) -> tuple[int, float] | None:
    """The decimals of a printed amount and the value of its digits before any magnitude word: "96.9" → (1, 96.9),
    "五百亿" → (0, 500), "三百八十六点一" → (1, 386.1); None for a numeral of several magnitudes (二亿三千万)."""
    raw = _arabic(raw_value)
    d = _decimals(raw)
    if d is not None:
        return d, float(parse_number(raw))
    if (m := _CHINESE_AMOUNT.fullmatch(raw)) is None:
        return None
    try:
        return len(m.group("frac") or ""), float(parse_chinese_numeral(m.group("num")))
    except ValueError:  # (characters of numerals that make none: 千千)
        return None


def _half(raw_value: str, value: float) -> float:
    printed = _printed(raw_value)
    if printed is None:
        return 0.0
    d, raw = printed
    if raw == 0:
        return 0.0
    scale = abs(value / raw)
    if d == 0 and math.isclose(scale, 1.0):
        return 0.0
    return 0.5 * 10.0 ** -d * scale


def _amount(value: float, like: Mapping) -> str:
    """``value`` written in the printed unit of ``like`` (4.7亿元, 14225万元)."""
    try:
        raw = float(parse_number(_arabic(like["raw_value"])))
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


def _row(check: str, main: Mapping, others: list[Mapping], stated: float, computed: float,
         tolerance: float, message: str, *, inequality: bool = False) -> dict:
    diff = computed - stated
    ok = (abs(computed) <= abs(stated) + tolerance + EPS) if inequality else abs(diff) <= tolerance + EPS
    verdict = "consistent" if ok else "inconsistent"
    ids = list(dict.fromkeys([main["fact_id"], *[o["fact_id"] for o in others]]))
    return {
        "report_id": main["report_id"], "fact_id": main["fact_id"], "fact_ids": ";".join(ids),
        "indicator": main["canon"], "indicator_key": main["key"], "indicator_en": main["en"], "check": check,
        "stated": float(stated), "computed": float(computed), "difference": float(diff),
        "tolerance": float(tolerance), "verdict": verdict, "message": f"{verdict}: {message}",
        "sentence": main["sentence"],
    }


AUDIT_FIELDS = ["report_id", "fact_id", "indicator", "canon", "key", "en", "measure", "value", "unit", "raw_value",
                "raw_unit", "qualifier", "status", "comparator", "period", "scope", "reference", "ref", "parent_id",
                "relation", "sid", "ikey", "start", "sentence"]


class _Facts:
    """The facts as plain records, by id and by sentence and indicator (in printed order): the joins of
    the audit are dictionary look-ups, not filters of the table."""

    def __init__(self, ft: FactTable) -> None:
        self.ft = ft
        # (the frame is in printed order; its columns read as lists: a record of Python values, as to_dict gives)
        columns = (ft.frame[c].tolist() for c in AUDIT_FIELDS)
        self.records = [dict(zip(AUDIT_FIELDS, row, strict=True)) for row in zip(*columns, strict=True)]
        self.by_id = {r["fact_id"]: r for r in self.records}
        self.groups: dict[tuple, list[dict]] = {}
        for r in self.records:
            self.groups.setdefault((r["sid"], r["ikey"]), []).append(r)
        # where each breakdown of a total opens (按领域分, 从构成看): read once, for the parts of every total
        text = ft.report.text if ft.report is not None else ""
        self.views = [m.start() for m in _part_view().finditer(text)]

    def view(self, total: Mapping, part: Mapping) -> int:
        """Where the breakdown ``part`` is printed under opens (按领域分, 从构成看), between ``total`` and the part; −1
        where none opens there."""
        at = bisect.bisect_left(self.views, part["start"]) - 1
        return self.views[at] if at >= 0 and self.views[at] > total["start"] else -1

    def same(self, r: Mapping) -> list[dict]:
        """Facts of the same sentence and indicator as ``r`` (``r`` included), in printed order."""
        return self.groups.get((r["sid"], r["ikey"]), [])


def _achieved(r: Mapping) -> bool:
    return r["status"] != "target"


def _stated_level(r: Mapping) -> bool:
    return r["measure"] == "level" and not r["ref"] and _achieved(r)


# checks ----------------------------------------------------------------------------------------

def _completion_vs_pairs(fx: _Facts) -> list[dict]:
    p = fx.ft.pairs
    p = p[p["stated_id"] != ""]
    rows = []
    for stated_id, total_id, done_id, computed in zip(p["stated_id"], p["total_id"], p["done_id"],
                                                      p["computed_pct"], strict=True):
        s, tot, done = fx.by_id[stated_id], fx.by_id[total_id], fx.by_id[done_id]
        tol = pct_tolerance(s["raw_value"])
        rows.append(_row("completion_vs_count_pair", s, [tot, done], s["value"], computed, tol,
                         f"{done['raw_value']}/{tot['raw_value']} = {computed:.2f}% vs stated {s['raw_value']}% "
                         f"(difference {computed - s['value']:+.2f} pp, rounding allows ±{tol:g})"))
    return rows


def _per_head_quantity(name: str) -> str | None:
    """What a figure per head is an average of, the words after its per-head word (人均可支配收入 → 可支配收入,
    每件纱的平均用棉量 → 用棉量); None for a name holding none."""
    cut = max((name.rfind(w) + len(w) for w in vocab.extractor_cues().per_head_words if w in name), default=-1)
    return None if cut < 0 else name[cut:]


def _group_average(part: Mapping, total: Mapping) -> bool:
    """Whether ``part`` is the average of a group of what ``total`` averages (城镇居民人均可支配收入 of 全体居民人均可支配收入;
    国营棉纺织厂每件纱的平均用棉量 of 公私纺织厂每件纱的平均用棉量): the groups' averages add up to no whole's average, as
    the parts of an average do (人均工资性收入 of 居民人均可支配收入)."""
    of = _per_head_quantity(total["indicator"])
    return of is not None and _per_head_quantity(part["indicator"]) == of


def _parts_within_total(fx: _Facts) -> list[dict]:
    groups: dict[str, list[dict]] = {}
    for p in fx.records:  # in printed order
        total = fx.by_id.get(p["parent_id"]) if p["relation"] == "part" and _achieved(p) else None
        if (total is not None and p["unit"] == total["unit"] and total["unit"] not in schema.PERCENT_UNITS
                and not _group_average(p, total)):
            groups.setdefault(p["parent_id"], []).append(p)
    rows = []
    for parent, members in groups.items():
        total = fx.by_id[parent]
        outer, inner = _nested_classes(members)
        for some in _breakdowns(total, outer, fx):
            if any(p["value"] * total["value"] < 0 for p in some):
                continue  # (增收2113万元 of parts of which one 减收71万元: a part may rise by more than its total when
                # another falls)
            s = float(sum(abs(p["value"]) for p in some))
            tol = _half(total["raw_value"], total["value"]) + sum(_half(p["raw_value"], p["value"]) for p in some)
            if total["measure"] == "abs_change" and s > abs(total["value"]) + tol and _items_of_a_change(total, some):
                continue
            names = " + ".join(f"{p['indicator'] or '?'} {_amount(abs(p['value']), p)}" for p in some)
            within = [(p, o) for p, o in inner if o in some]
            nested = "".join(f"; {p['indicator']} {_amount(abs(p['value']), p)} is counted within {o['indicator']}"
                             for p, o in within)
            rows.append(_row("parts_within_total", total, some + [p for p, _ in within], abs(total["value"]), s, tol,
                             f"parts {names} = {_amount(s, total)} against total {total['indicator']} "
                             f"{_amount(abs(total['value']), total)} (parts may not exceed the total{nested})",
                             inequality=True))
    return rows


def _items_of_a_change(total: Mapping, parts: list[dict]) -> bool:
    """Whether the parts of a change are items of it (税收收入减收20745万元, 其中增值税减收20990万元), whose changes the
    items not listed may offset, not its shares at other levels of government (全口径税款减收7亿元, 地方级3.3亿元、
    区级1.4亿元), which move with it and stay within it."""
    return not any(p["scope"] and p["scope"] != total["scope"] for p in parts)


@cache
def _lower_bound_class() -> re.Pattern[str]:
    """``lower_bound_class_regex`` of ``vocab/concepts.json``, compiled once (千万元以上, 超亿元)."""
    return re.compile(vocab.concept_rules().lower_bound_class_regex)


@cache
def _part_view() -> re.Pattern[str]:
    """``part_view_regex`` of ``vocab/cues.json``, compiled once (按领域分, 从征收部门看: a breakdown opens)."""
    return re.compile(vocab.extractor_cues().part_view_regex)


def _nested_classes(parts: list[dict]) -> tuple[list[dict], list[tuple[dict, dict]]]:
    """The parts of a total that add up, and each part that is a class within another of them.

    Parts named by lower bounds of one criterion (其中注册资金千万元以上46家,亿元以上5家) nest: every firm of the
    second class is one of the first, so only the widest class (the largest figure) is added to the others. So do
    the shares of one amount at levels of government one within another (全口径税款5.8亿元, 其中地方级2.6亿元、区级1.1亿元:
    the district's share is part of the local share), as ``fiscal_levels_within`` of ``vocab/concepts.json`` says.

    Parameters
    ----------
    parts : list of dict
        The parts of one total, as audit records, in printed order.

    Returns
    -------
    tuple
        The parts to add (printed order), and (part, the class it lies within) for each part left out.
    """
    bound = _lower_bound_class()
    classes: dict[str, list[dict]] = {}
    for p in parts:
        if bound.search(p["indicator"]):
            classes.setdefault(bound.sub("", p["indicator"]), []).append(p)
    inner: list[tuple[dict, dict]] = []
    for members in classes.values():
        if len(members) > 1:
            widest = max(members, key=lambda p: abs(p["value"]))
            inner += [(p, widest) for p in members if p is not widest]
    levels = vocab.concept_rules().fiscal_levels_within
    named = [(p, p["indicator"].replace(p["scope"], "")) for p in parts if p["scope"]]  # (地方级税款 → 税款)
    share = {(p["scope"], name): p for p, name in named}
    nested = {id(p) for p, _ in inner}
    inner += [(p, o) for p, name in named if p["scope"] in levels and id(p) not in nested
              and (o := share.get((levels[p["scope"]], name))) is not None]
    left = {id(p) for p, _ in inner}
    return [p for p in parts if id(p) not in left], inner


def _breakdowns(total: dict, parts: list[dict], fx: _Facts) -> list[list[dict]]:
    """The parts of ``total`` as one sum, the parts printed under each breakdown (按领域分,房地产开发投资…;从构成看,建安投资…:
    a field and a component of the investment, which overlap) a sum of their own; and of each breakdown, when its parts
    exceed the total and more than one statement breaks it down (其中…。其中…), the parts of each statement."""
    by_view: dict[int, list[dict]] = {}
    for p in parts:
        by_view.setdefault(fx.view(total, p), []).append(p)
    return [some for view in by_view.values() for some in _statements(total, view)]


def _statements(total: dict, parts: list[dict]) -> list[list[dict]]:
    """The parts of ``total`` as one sum, or, when they exceed it and more than one statement breaks it down, the
    parts of each statement as a sum of its own."""
    by_statement: dict[int, list[dict]] = {}
    for p in parts:
        by_statement.setdefault(p["sid"], []).append(p)
    if len(by_statement) < 2 or sum(abs(p["value"]) for p in parts) <= abs(total["value"]):
        return [parts]
    return list(by_statement.values())


def _change_checks(fx: _Facts) -> list[dict]:
    rules = vocab.concept_rules()
    f = fx.ft.frame
    c = f[(f["status"] != "target") & f["measure"].isin(CHANGE_MEASURES)]
    lv = stated_levels(fx.ft, c)
    rows = []
    changes = [fx.records[i] for i in c.index]  # (the frame's index is its row number)
    for ch, level_id, level_unit in zip(changes, lv["c_fact_id"], lv["c_unit"], strict=True):
        comp = ch["comparator"]
        prior_base = comp == "" or comp.endswith(rules.prior_base_suffixes)
        if ((ch["measure"] != "yoy_pct" and not prior_base) or any(w in comp for w in rules.undated_base_words)
                or not isinstance(level_id, str) or level_unit in schema.PERCENT_UNITS):
            continue
        level = fx.by_id[level_id]
        same = fx.same(ch)
        p = next((r for r in same if r["measure"] == "level" and r["reference"] == "prior" and _achieved(r)), None)
        # the absolute change over the same base (增长3.3% and 相较于2020年增长1500亿元 are over two bases)
        a = next((r for r in same if r["measure"] == "abs_change" and _achieved(r)
                  and _same_base(r["comparator"], comp, rules.prior_base_suffixes)), None)
        if any(r is not None and r["qualifier"] != "exact" for r in (ch, level, p, a)):
            continue  # (超1500亿元, 近1/4: no rounding to check against)
        tol_pct = pct_tolerance(ch["raw_value"])
        hl = _half(level["raw_value"], level["value"])
        if p is not None:
            hp = _half(p["raw_value"], p["value"])
            computed = (level["value"] / p["value"] - 1) * 100
            tol = tol_pct + abs(computed + 100) * (hl / level["value"] + hp / p["value"])
            rows.append(_row("change_vs_prior_level", ch, [level, p], ch["value"], computed, tol,
                             f"{_amount(level['value'], level)} / {_amount(p['value'], p)} − 1 = {computed:+.3f}% "
                             f"vs stated {ch['value']:+g}% (rounding allows ±{tol:.3g})"))
            if a is not None:
                diff = level["value"] - p["value"]
                tol = hl + hp + _half(a["raw_value"], a["value"])
                rows.append(_row("abs_change_vs_levels", a, [level, p], a["value"], diff, tol,
                                 f"{_amount(level['value'], level)} − {_amount(p['value'], p)} = {_amount(diff, a)} "
                                 f"vs stated {_amount(a['value'], a)}"))
        elif a is not None:
            base = level["value"] - a["value"]
            if base <= 0:
                continue
            computed = a["value"] / base * 100
            ha = _half(a["raw_value"], a["value"])
            rel = (ha / abs(a["value"]) if a["value"] else 0) + (hl + ha) / base
            tol = tol_pct + abs(computed) * rel
            rows.append(_row("change_vs_abs_change", ch, [level, a], ch["value"], computed, tol,
                             f"change {_amount(a['value'], a)} over prior level {_amount(base, level)} "
                             f"(= {_amount(level['value'], level)} minus the change) = {computed:+.3f}% "
                             f"vs stated {ch['value']:+g}% (rounding allows ±{tol:.3g})"))
    return rows


def _same_base(a: str, b: str, prior: tuple[str, ...]) -> bool:
    """Whether two comparators name one base: the same words, or both the year before (上年同期, 同比, none)."""
    return a == b or all(c == "" or c.endswith(prior) for c in (a, b))


def _ratio_row(check: str, stated: Mapping, part: Mapping, whole: Mapping) -> dict:
    """The check of a stated percentage against ``part / whole`` of two stated levels, each as rounded."""
    computed = part["value"] / whole["value"] * 100
    rel = (_half(part["raw_value"], part["value"]) / part["value"]
           + _half(whole["raw_value"], whole["value"]) / whole["value"])
    tol = pct_tolerance(stated["raw_value"]) + computed * rel
    return _row(check, stated, [part, whole], stated["value"], computed, tol,
                f"{_amount(part['value'], part)} / {_amount(whole['value'], whole)} = {computed:.3f}% "
                f"vs stated {_arabic(stated['raw_value'])}% (rounding allows ±{tol:.3g})")


def _completion_vs_target(fx: _Facts) -> list[dict]:
    """A completion against the level done and the target it is of: the target or plan its sentence prints before
    it (完成年初预算数60999万元的40.4%; 预期为2020300万元…决算为2013817万元,完成预期的99.7%), else the target of the
    indicator and scope for the whole of the report's year printed elsewhere (前三季度…完成4125683万元…完成年度预算的71.2%,
    then 力争全年一般公共预算收入完成579.5亿元). A target of another sentence is checked only where the completion over it
    rounds to the one printed (:func:`~dhcheng_analysis.tables.completion_of`, as the headline table takes it as the
    completion's target): one that does not is another goal of the year (力争固定资产投资完成186亿元 of 完成88.7亿元,
    完成全年任务的47.5%: 47.69 %), no disagreement of the report."""
    rows = []
    of_year = fx.ft.year_targets
    own_year = fx.ft.report.metadata.get("year") if fx.ft.report is not None else None
    for ch in fx.records:
        if ch["measure"] != "completion_pct" or not _achieved(ch):
            continue
        before = [r for r in fx.same(ch) if r["measure"] == "level" and r["start"] < ch["start"]]
        plans = [r for r in before if r["reference"] == "plan" or (not _achieved(r) and not r["reference"])]
        level = next((r for r in before if _stated_level(r)), None)
        if level is None:
            continue
        if plans:
            plan = plans[-1]
        elif period_end(ch["period"])[0] in (None, own_year) and (level["ikey"], level["scope"]) in of_year:
            plan = fx.by_id[of_year[(level["ikey"], level["scope"])]]
            if plan["unit"] != level["unit"]:
                continue
        else:
            continue
        if plan["value"] <= 0:
            continue
        if plans or completion_of(ch["value"], level["value"], plan["value"]):
            rows.append(_ratio_row("completion_vs_target_level", ch, level, plan))
    return rows


def _share_parts(fx: _Facts, r: Mapping) -> list[dict]:
    """Facts of a share's sentence that may be its part, in printed order: those of its own indicator, and those its
    name names when the glossary keys the share as a concept of its own (服务业增加值实现689.2亿元，…，占地区生产总值的
    比重为84.8%: the share ``tertiary_share``, its part ``tertiary_industry_va``)."""
    own = fx.same(r)
    c = vocab.concept(r["indicator"])
    if not c.key or c.key == r["ikey"]:
        return own
    # (another key than the share's own: the two groups share no fact)
    return sorted((*own, *fx.groups.get((r["sid"], c.key), [])), key=lambda p: p["start"])


def _share_checks(fx: _Facts) -> list[dict]:
    # the whole of a share: a level stated once (one value) for its indicator in the share's period (2月份 and 1-2月
    # each have their 大口径财政收入: 1-2月's 税收收入15348万元,占收入的89.99% is of 1-2月's 17056万元)
    wholes: dict[tuple[str, str], dict] = {}
    values: dict[tuple[str, str], set[float]] = {}
    for r in fx.records:
        if _stated_level(r):
            wholes.setdefault((r["ikey"], r["period"]), r)
            values.setdefault((r["ikey"], r["period"]), set()).add(r["value"])
    rows = []
    for r in fx.records:
        if r["measure"] != "rate_pct" or not r["comparator"] or not _achieved(r):
            continue
        c = vocab.concept(r["comparator"])
        whole_key = (c.key or "~" + c.name, r["period"])
        if len(values.get(whole_key, ())) != 1:
            continue
        # the part and the whole of the share's own period (占…的比重从0.64%提高到1.13%: 1997's share, 2002's levels)
        parts = [p for p in _share_parts(fx, r)
                 if _stated_level(p) and p["start"] < r["start"] and p["period"] == r["period"]]
        if not parts:
            continue
        w, p = wholes[whole_key], parts[-1]
        if w["unit"] != p["unit"] or w["value"] <= 0:
            continue
        # the whole the comparator names is another figure than the part, and no smaller than it: 全区税收收入完成1865.2亿元,
        # 占全市税收的比重为21.4% is of the city's tax, not of the district's own; the only 税收 stated beside 金融业实现税收
        # 312.5亿元,占全区税收的比重达62.8% (实现区级税收8.9亿元, of the firms brought in) is another quantity of the name
        if w["fact_id"] == p["fact_id"] or (w["value"] < p["value"] and r["value"] < 100):
            continue
        rows.append(_ratio_row("share_vs_levels", r, p, w))
    return rows


_SAME_FIGURE = ("ikey", "measure", "value", "unit", "scope", "period", "status")


def _checks_once(rows: list[dict], fx: _Facts) -> list[dict]:
    """One row per check of the same figures, the first, with the ids of all: a check made again of figures
    printed again (a bulletin's GDP and its three industries in the text, then in its table 地区生产总值 | 亿元 | 91.3
    …) is the same check, whatever the names the total is printed under (生产总值, 地区生产总值)."""
    first: dict[tuple, dict] = {}
    for r in rows:
        figures = sorted(repr(tuple(fx.by_id[i][c] for c in _SAME_FIGURE)) for i in r["fact_ids"].split(";"))
        kept = first.setdefault((r["check"], *figures), r)
        if kept is not r:
            kept["fact_ids"] = ";".join(dict.fromkeys([*kept["fact_ids"].split(";"), *r["fact_ids"].split(";")]))
    return list(first.values())


def audit(report: ReportLike | FactTable = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """The report checks itself: every stated ratio recomputed from the figures stated with it, and the parts of
    every total added up, those of each breakdown on their own (按领域分,房地产开发投资…;从构成看,建安投资…: two sums).

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
        figures used; a check of figures printed again, in the text and in its table, is one row with the ids of
        both), ``indicator, indicator_key, indicator_en, check, stated, computed, difference``
        (computed − stated), ``tolerance`` (what the rounding of the printed figures allows), ``verdict``
        (``consistent`` / ``inconsistent``), ``message`` (both numbers, in words) and ``sentence``.

    Examples
    --------
    >>> a = audit()
    >>> print(a[a["check"] == "parts_within_total"].iloc[-1]["message"])  # doctest: +ELLIPSIS +NORMALIZE_WHITESPACE
    consistent: parts 地方级税款 3.3亿元 = 3.3亿元 against total ... 7亿元 (parts may not exceed the total; 区级税款 1.4亿元 is
    counted within 地方级税款)
    """
    ft = prepare(report, facts)
    fx = _Facts(ft)
    rows = (_completion_vs_pairs(fx) + _parts_within_total(fx) + _change_checks(fx) + _completion_vs_target(fx)
            + _share_checks(fx))
    kept = _checks_once(rows, fx)
    columns: dict[str, object] = {}  # typed column by column, made a frame once
    for c in AUDIT_COLUMNS:
        values = [r[c] for r in kept]
        if c in _AUDIT_STRINGS:
            columns[c] = _strings(values)
        elif c in _AUDIT_FLOATS:
            columns[c] = pd.to_numeric(pd.Series(values, dtype=object)).astype(float).to_numpy()
        elif c == "check":
            columns[c] = pd.Categorical(values, categories=list(AUDIT_CHECKS))
        elif c == "verdict":
            columns[c] = pd.Categorical(values, categories=["consistent", "inconsistent"])
        else:
            columns[c] = values
    df = pd.DataFrame(columns, index=pd.RangeIndex(len(kept)), copy=False)
    return schema.check_table(df, schema.AUDIT, fact_ids=ft.ids)


_AUDIT_STRINGS = ("report_id", "fact_id", "fact_ids", "indicator", "indicator_key", "indicator_en", "message",
                  "sentence")
_AUDIT_FLOATS = ("stated", "computed", "difference", "tolerance")


@cache
def _string_dtype(storage: str) -> pd.StringDtype:
    """The ``str`` dtype under pandas' string storage option ``storage``, looked up once."""
    return pd.api.types.pandas_dtype("str")


def _strings(values: list) -> pd.api.extensions.ExtensionArray:
    """``values`` as a ``str`` array, as ``.astype("string").astype(str)`` makes them."""
    if all(isinstance(v, str) for v in values):
        dtype = _string_dtype(pd.get_option("mode.string_storage"))
        return dtype.construct_array_type()._from_sequence(values, dtype=dtype)
    return pd.Series(values, dtype=object).astype("string").astype(str).array


# every table at once ---------------------------------------------------------------------------

BUILDERS: dict[str, Callable[[FactTable], pd.DataFrame]] = {
    "facts": lambda ft: ft.facts,
    "headline": headline_indicators,
    "yoy": yoy_changes,
    "comparisons": growth_comparisons,
    "tax": tax_declines,
    "completion": target_completion,
    "targets": plan_targets,
    "audit": audit,
}
"""How each table of the registry (``vocab.labels().tables``) is built from the prepared facts."""


def all_tables(report: ReportLike | FactTable = None, facts: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Every key table of a report, from one extraction, in the order of the table registry.

    Returns
    -------
    dict
        Keys of ``vocab.labels().tables``: ``facts, headline, yoy, comparisons, tax, completion, targets, audit``.

    Examples
    --------
    >>> list(all_tables())
    ['facts', 'headline', 'yoy', 'comparisons', 'tax', 'completion', 'targets', 'audit']
    """
    ft = prepare(report, facts)
    return {key: BUILDERS[key](ft) for key in vocab.labels().tables}


__all__ = ["audit", "all_tables", "pct_tolerance", "half_unit", "AUDIT_CHECKS", "BUILDERS"]

