"""Compiled views of the cue-word tables in ``vocab/cues.json`` (built once per process)."""

from __future__ import annotations

import re
from functools import cache

from .vocab import cues


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def compiled() -> dict:
    c = cues()
    units = {}
    units.update({k: ("money", v) for k, v in c["money_units"].items()})
    units.update({k: ("percent", v) for k, v in c["percent_units"].items()})
    units.update({k: ("count", k) for k in c["counters"] if k not in units})
    q_before = c["qualifiers_before"]
    return {
        "unit_re": re.compile(
            r"(?P<mag1>万亿|亿|万|千(?=[万亿]?(?:元|美元|人|户|家|个|吨|平方米|亩)))?"
            r"(?P<q>余|多)?"
            r"(?P<mag2>万亿|亿|万)?"
            rf"(?P<unit>{_alt(units)})?"
        ),
        "units": units,
        "q_before_re": re.compile(rf"(?:{_alt(q_before)})$"),
        "q_before": q_before,
        "q_after_re": re.compile(rf"(?:{_alt(c['qualifiers_after'])})"),
        "q_after": c["qualifiers_after"],
        "growth_end": re.compile(rf"(?:{_alt(c['growth_cues'])})(?:了|分别为|分别达|分别|仅为|为|达到|达)?$"),
        "decline_end": re.compile(rf"(?:{_alt(c['decline_cues'])})(?:了|分别为|分别达|分别|仅为|为|达到|达)?$"),
        "growth_to": re.compile(
            rf"(?:{_alt(c['growth_subjects'])})[^,;。:]{{0,6}}?(?:至|为|达到|达|是)?(?:分别为|分别是|分别)?$"),
        "decline_to": re.compile(
            rf"(?:{_alt(c['decline_subjects'])})[^,;。:]{{0,6}}?(?:至|为|达到|达|是)?(?:分别为|分别是|分别)?$"),
        "pp_up": re.compile(rf"(?:{_alt(c['pp_up'])})"),
        "pp_down": re.compile(rf"(?:{_alt(c['pp_down'])})"),
        "decline_subject": re.compile(_alt(c["decline_subjects"]) + "|下降|负增长"),
        "completion_end": re.compile(
            r"(?:完成(?:[^,;。:!?]{0,30}?)的"
            r"|完成(?:率|进度)(?:为|达到|达|已达|仅为|已)?"
            r"|(?<!序时)(?<!时间)进度(?:为|达到|达|仅为|已达)?"
            r"|(?:为|占)(?:调整|调整后|年初|全年|年度)?预算(?:数)?的"
            r"|占(?:全年|年度|全区|年初)?(?:任务|计划|目标)(?:总量|量)?的"
            r"|完成[^,;。:!?的]{0,12}?(?:任务|计划|目标|预算|工程量)"
            r"|完成)$"
        ),
        "share_end": re.compile(r"(?:占[^,;。:]{0,20}?(?:的)?(?:比重|比例|份额)?(?:为|达到|达)?|(?:比重|占比)(?:为|达到|达|是)?)$"),
        "rank_re": re.compile(rf"(?:{_alt(c['rank_verbs'])})([^,;。:]{{0,12}}?)$"),
        "abs_change_end": re.compile(rf"(?:{_alt(c['abs_change_cues'])})(?:了)?$"),
        "abs_change_sign": c["abs_change_cues"],
        "comparators": [(w, lab) for w, lab in sorted(c["comparators"], key=lambda p: -len(p[0]))],
        "comparator_end": re.compile(
            rf"(?:{_alt(w for w, _ in c['comparators'])}|剔除[^,;。:]{{1,20}}?(?:因素|影响)?后"
            r"|\d{4}年(?:同期|上半年|一季度|前三季度|全年|末|初|水平)?)(?:平均)?(?:水平)?$"),
        "comparator_regex": [(re.compile(p), g) for p, g in c["comparator_regex"]],
        "target_re": re.compile(
            r"力争|确保|争取|预计|[须需]完成|计划(?:于|在|到|实现|完成|新增|开工|建成|投入|全年)|目标(?:是|为)|年内|年底前|月底前|底前|"
            + "|".join(c["target_regex"])
        ),
        "target_sections": re.compile(_alt(c["target_sections"])),
        "budget_end": re.compile(r"(?:年初|全年|年度|调整后)?预算(?:数|目标|任务)?(?:为)?$"),
        "period_re": re.compile(
            "|".join(c["period_regex"]) + "|" + _alt(c["periods"])
        ),
        "strip_tail": re.compile(rf"(?:{_alt(c['prefix_strip_tail'] + c['measure_words'])})$"),
        "strip_head": re.compile(rf"(?:{_alt(c['prefix_strip_head'])})"),
        "attribute_end": re.compile(rf"(?:{_alt(c['attribute_words'])})$"),
        "following_stop": re.compile(_alt(c["following_stops"])),
        "list_suffixes": sorted(c["list_suffixes"], key=len, reverse=True),
        "measure_words": re.compile(rf"(?:{_alt(c['measure_words'])})+$"),
        "table_columns": c["table_columns"],
        "column_target": re.compile(_alt(c["table_columns"]["target_header"])),
        "column_actual": re.compile(_alt(c["table_columns"]["actual_header"])),
        "subject_verbs": re.compile(rf"(?:{_alt(c['subject_verbs'])})+"),
        "scope_words": frozenset(c["scope_words"]),
        "plan_review": re.compile(_alt(c["plan_review"])),
        "cut_end": re.compile(rf"(?:{_alt(c['cut_cues'])})(?:了)?$"),
        "not_about_before": frozenset(c["not_about_before"]),
        "period_not_after": tuple(c["period_not_after"]),
        "abs_change_strong": frozenset(c["abs_change_strong"]),
        "comparison_cut": re.compile(_alt(c["comparison_cut"])),
        "following_reject": re.compile(rf"(?:{_alt(c['following_reject'])}|中$)"),
        "generic_subject": re.compile(c["generic_subject_regex"]),
        "threshold_after": re.compile(c["threshold_after_regex"]),
        "threshold_units": frozenset(c["threshold_units"]),
        "growth_subject": re.compile(_alt(c["growth_subjects"])),
        "completion_generic": sorted(c["completion_object_generic"], key=len, reverse=True),
    }
