"""Mentions → typed facts: one row per quantitative figure (the schema of DESIGN.md).

The rules read their words from ``vocab/cues.json`` (through :mod:`cuewords`); this module holds
only the logic that combines them: unit and magnitude after the number, qualifier around it,
the measure and its sign from the cue before it, the indicator (the subject of the clause, the
noun the counter quantifies, or the subject carried forward within the sentence), the
comparator, the period and the actual/target status.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import itertools
import operator
import os
import re
import warnings
from collections import defaultdict, deque
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from .cuewords import (
    ANY_CHAR,
    STATUS_OBJECT_REACH,
    Ahead,
    AnyChar,
    CueViews,
    ahead_reach,
    back_reach,
    compiled,
    final_chars,
    first_chars,
    gated_source,
    last_chars,
    layout_views,
    needed_chars,
    widest,
)
from .errors import NoFiguresWarning, ReportTooLargeError
from .mentions import OUTLINE_LINE, YEARS_QUANTITY_REACH, Mention, iter_mentions, row_number_end
from .numbers import (
    CHINESE_DIGITS,
    CHINESE_UNITS,
    MAGNITUDES,
    fold_traditional,
    half_width_all,
    normalize,
    parse_chinese_numeral,
    year_number,
)
from .report import (
    PLAN_OPENING_CHARS,
    Report,
    ReportYears,
    Section,
    is_place_name,
    letter_spaces,
    load_report,
    period_words,
    run_in_headings,
    section_headings,
    share_of_year,
    spaced_heading_end,
    without_chars,
)
from .tabletext import (
    COLUMN_YEAR,
    CellFigure,
    Table,
    calendar_period,
    cell_figures,
    find_tables,
    is_current_column,
    table_calendar,
    table_vocab,
    word_cell_frame,
)
from .vocab import (
    FLAGS,
    QUALIFIER_FLIP,
    Concept,
    canonical_term,
    concept,
    concept_rules,
    cut_end,
    extractor_cues,
    indicator_key,
    industry_with_head,
    share_keys,
    terms_by_key,
)

if TYPE_CHECKING:
    import numpy as np

FACT_COLUMNS = ["report_id", "fact_id", "start", "end", "indicator", "indicator_key", "measure", "value", "unit",
                "raw_value", "raw_unit", "qualifier", "status", "comparator", "period", "scope",
                "dimension", "reference", "parent_id", "relation", "lead", "flags", "section", "sentence"]

_START = re.Match.start  # the start of each match of a finditer, mapped at C speed
_END = re.Match.end
_ROUND_BRACKET = re.compile(r"[()]")
_YEAR_OR_MONTH = re.compile("[年月]")  # a time a sentence prints: its first 年 or 月
_ASIDE_END = re.compile(r"\([^()0-9]{1,12}\)$")  # a note in brackets right before a figure: 增长(下同)5.6%
_SHORT_WINDOW = 32  # a window this short is searched as it is (its first characters are not looked up)
_HEAD_NOTE = re.compile(r"\([^()0-9,;。:!?]{1,30}\)")  # a note in brackets with no figure and no clause stop
PAREN_NOTE = re.compile(r"\(([^()]{1,12})\) ?$")
FOOTNOTE = re.compile(r"\[\d{1,2}\]$")
LOOKBACK = 80
BUDGET_LOOKBACK = 600  # how far back a budget's total looks for the budget it totals (its paragraph or so)
BUDGET_LEVEL_CHARS = 3  # the longest level word before a budget's kind (区本级)
PLACE_COUNT_CHARS = 6  # the longest count of places before the places a quality names (七十四个)


@dataclass(slots=True)
class _Fig:
    role: str  # of the mention: figure or ordinal
    kind: str  # tokenizer branch of the mention: arabic, cheng, approx …
    mstart: int  # span of the number as printed
    start: int
    end: int  # end of the printed figure (number, magnitude, unit)
    qend: int  # end including a trailing qualifier (以上, 左右)
    value: Decimal
    unit: str
    unit_kind: str  # money, percent, count, none
    raw_value: str
    raw_unit: str
    qualifier: str = "exact"
    measure: str = ""
    sign: int = 1
    indicator: str = ""
    comparator: str = ""
    period: str = ""
    status: str = "actual"
    sentence: tuple[int, int] = (0, 0)
    paren: bool = False  # a part inside the parentheses after a figure it breaks down
    magnitude: bool = False  # read off 降幅为/下降幅度为: later pp comparisons are of the magnitude; of a move in
    # points (pp_diff): it narrowed or widened a fall (降幅比1-5月收窄), which a bare 收窄 after it moves too
    range_of: _Fig | None = None  # the first end of a range (2万至3万人次)
    status_fixed: bool = False  # set by a table column (2021年目标 / 2020年完成)
    section: str = ""
    cs: int = -1  # start of the clause before the figure (-1 for table cells)
    subj_end: int = -1  # end of the subject span (the number less the qualifier words before it)
    scope: str = ""
    dimension: str = ""
    reference: str = ""
    parent: _Fig | None = None
    relation: str = ""
    list_head: _Fig | None = None  # the first member of the 分别 list this figure belongs to
    flags: tuple[str, ...] = ()  # reasons to check the fact by eye (vocab/labels.toml, codes.flag)
    named_by_clause: bool = False  # the name is built from the figure's own clause (解决…问题的人口)
    basis: str = ""  # the basis per unit heading the name (平均一个人民公社), which the next items of its list share
    class_measure: str = ""  # what the bound of its class measures (亩产皮棉 of 亩产皮棉达到一百斤以上的), for later classes
    parallel: bool = False  # its year is that of the sentence before, which it runs parallel to (_parallel_source)
    revised: bool = False  # the A of a move that revises a plan (由原定的6%调整为5%): a plan of the time B's is
    share_whole: bool = False  # the size of the whole a share printed right after it is of (占棉田实收面积…的百分之四十二)
    changed_object: re.Match[str] | None = None  # 增产原油: the object whose change the figure is (_measure)
    next_object: bool = False  # 、涉企收费约2000亿元 after 减少企业税负3500亿元: one more object of the change before
    extreme_of: _Fig | None = None  # 都在百分之四点三以上，高的达到百分之五点五: the figure whose highest member it is
    cell_row: tuple[int, int] = (-1, -1)  # table and row of a table cell
    class_of: tuple[int, int] | None = None  # 超过30%的企业占…的10.6%: the class bound before it (start, noun end)
    each: tuple[str, ...] = ()  # the names the one figure is each one's (see _each_of_list)
    held: str = ""  # 连续三年增长8%以上: the years a yearly growth held, its period (_measure)
    subset_of: _Fig | None = None  # 共有15个指标,涉及中心城区的10个: the count before it, named as some of its things
    restates: _Fig | None = None  # 追加了八十亿元。这八十亿元中: the figure it says again (_restated)
    qualified_word: tuple[int, int] = (-1, -1)  # 全国大约损失…: where the qualifier word before the verb stands in the
    # text (_type), no part of the name
    change_verb: str = ""  # 损失 of 损失工业总产值一千亿元，钢产量…: the verb of the comma list it heads or is an item of
    list_qualifier: str = ""  # about of 大约损失…: the qualifier printed before that verb, of every item of the list
    of_increment: bool = False  # 同比多增: a change of how much its quantity grew (_measure), named so
    # (_increments_compared)

    def drop_flag(self, flag: str) -> None:
        """Take ``flag`` off the figure (a reason to check it the rule that set it no longer gives)."""
        self.flags = tuple(x for x in self.flags if x != flag)


_NONE_UNIT = ("none", "")
_COLON_MARKS = frozenset(":：")
_THIS_REACH = 160  # how far back 为此 before an amount looks for the programme it points back to (a few clauses)
_LABEL_REACH = 16  # the longest label before a colon a figure right after it is named by (_colon_label)
_BOUND_QUALIFIERS = frozenset(QUALIFIER_FLIP)
_LIST_REACH = 340  # how far after an item of a list its 等 and head are looked for (12 items of at most 25)
_LIST_NEXT = frozenset("、等的")  # what follows an item of a list that shares a word (_shared_list_name)
_NAME_GAP = 2  # the longest word between a printed name and its figure (近, 约, 超过)
_RANGE_MAGNITUDES = ("万亿", "亿", "万")
_RANGE_WIDE_QUALIFIERS = ("about", "nearly")  # a word before a range's low end that bounds both ends (约, 近); so a
# word before the figure of a list's item after a comma, no part of its name (港口吞吐能力近２６００万吨)
_GAP_LAST = frozenset("快慢高低超后先")
_ABOVE_REACH = 16  # how far before its end above_base may start (低于中心城区的平均水平: 12)
_MORE_REACH = 40  # how far before its last word more_than_base may start (比 and a base of at most 30)
_POINT_RATE_REACH = 64  # how far before a figure in basis points the rate it moves is looked for (its clause)
_BUDGET_GAP_REACH = 4  # how far before an amount its 超收 or 短收 may end (超收了约, 短收近)
_OPEN_UNIT_KINDS = frozenset(("arabic", "cnbig", "spaced", "approx"))
_PERCENT_KINDS = frozenset(("cheng", "half", "fraction", "baifen"))
_SHARE_KINDS = frozenset(("cheng", "half", "fraction"))  # 八成, 一半, 三分之一: always a share of some whole
_FRACTION_KINDS = frozenset(("half", "fraction"))  # 一半, 三分之一, 1/3 (八成 counts tenths, as a yield falls)


def _smaller_part(ms: re.Match[str], after: re.Match[str], mag: str) -> Decimal | None:
    """What the digits ``ms`` printed right after a number's magnitude ``mag`` add to it, in units of ``mag``,
    with ``after`` the magnitude and unit that follow them: a part with a magnitude of its own (5千 after 万,
    3千万 or 3000万 after 亿) or after 零 (3万零500), smaller than one ``mag``; None when the digits are a
    number of their own (a year, a percentage, a bare count run on)."""
    small = after.group("mag1") or after.group("mag2")
    if after.group("mag1") and after.group("mag2") or not (small or ms.group("mag") or ms.group("zero")):
        return None
    part = Decimal(ms.group("digit")) * (MAGNITUDES[ms.group("mag")] if ms.group("mag") else 1)
    part *= MAGNITUDES[small] if small else 1
    return part / MAGNITUDES[mag] if 0 < part < MAGNITUDES[mag] else None


def _own_work_verb(item: str, cw: CueViews) -> bool:
    """``item`` opens with a verb of works done to the noun after it (治理河道, 整治架空线), not with one heading a
    compound noun (绿化覆盖面积, 绿化带, 造林面积: the noun a list's verb before it is done to)."""
    head = next((w for w in cw.work_verb_heads if item.startswith(w)), "")
    return bool(head) and not item.startswith(cw.work_compound_tails, len(head))


def _rate_before(norm: str, start: int, cw: CueViews) -> bool:
    """A rate named before ``start`` in its clause (利率…同比下降32个基点): what a figure in basis points moves."""
    return cw.point_fraction_rate.search(norm, max(0, start - _POINT_RATE_REACH), start) is not None


def _parse_figure(report: Report, m: Mention, cw: CueViews | None = None, pp: Ahead | None = None) -> _Fig | None:
    """The figure of mention ``m``: unit, magnitude and qualifiers around the number. ``pp`` tells where
    a percentage-point word lies ahead (see :class:`cuewords.Ahead`)."""
    norm, text = report.norm, report.text
    cw = cw or compiled()
    mstart, mend, mkind = m.start, m.end, m.kind
    value = m.value if m.value is not None else Decimal(0)
    c0 = norm[mend:mend + 1]
    # no magnitude, 余/多 or unit can start with any other character: the match would be empty
    um = cw.unit_re.match(norm, mend) if cw.unit_first is None or c0 in cw.unit_first else None
    ustart = mend
    if c0 in _UNIT_GAP and (um is None or um.end() == mend):
        gap = _unit_gap(norm, mend)
        if gap > mend:  # 2.37 %, 39.8 万亿元, 74.4⏎​⏎万亿元, 4.1.%: the unit after a space or a stray dot
            um2 = cw.unit_re.match(norm, gap)
            if um2.group("unit") or um2.group("mag1") or um2.group("mag2"):
                um, ustart = um2, gap
    raw_end = mend  # where the printed numeral ends (past the smaller part of 2万5千公里)
    if um is None:
        mag1 = over = mag2 = unit_word = None
        end = mend
    else:
        mag1, over, mag2, unit_word = um.groups()
        if (mkind == "arabic" and mag1 and not (over or mag2 or unit_word)
                and (ms := cw.sub_magnitude.match(norm, um.end()))
                and (part := _smaller_part(ms, cw.unit_re.match(norm, ms.end()), mag1)) is not None):
            # 2万5千公里, 1亿3千多万, 2亿3000万人, 3万零500人: the smaller part printed after the magnitude is
            # part of one number
            value, um, raw_end = value + part, cw.unit_re.match(norm, ms.end()), ms.end()
            over, unit_word = um.group("q"), um.group("unit")
        end = um.end()
    unit_word = unit_word or ""
    qualifier = "over" if over or unit_word in cw.over_inside_units else "exact"  # 3万余家, 20多项, 2个多百分点
    if um is not None and not over and um.end() > ustart and norm[ustart] in cw.over_suffixes:
        over = norm[ustart]  # 十几个亿: the 几 before the counter spoken before the magnitude
        qualifier = "over"
    kind, unit = cw.units.get(unit_word, _NONE_UNIT)
    if kind == "percent" and unit_word.endswith(cw.point_place_words) and not _rate_before(norm, mstart, cw):
        um = cw.unit_re.match(norm, ustart, end - 1)  # 设立了25个基点, 增加5个基点: places named 基点, no basis points
        mag1, over, mag2, unit_word = um.groups()  # of a rate
        unit_word, end = unit_word or "", um.end()
        kind, unit = cw.units.get(unit_word, _NONE_UNIT)
    if unit_word in cw.unit_fractions:
        value = value * cw.unit_fractions[unit_word]  # 1毛钱: 0.1元
    if unit_word in cw.doubling_units:  # 翻两番: doubled twice, three times more (as 增长3倍)
        value = 2 ** value - 1
        kind, unit = cw.units[cw.doubling_units[unit_word]]
    if unit_word and kind != "percent" and norm.startswith("/", end) and (mp := cw.per_unit.match(norm, end)):
        # 385公斤/亩, 0.42吨标准煤/万元, 5万吨/日: the unit is given per what follows the slash, printed as is
        kind, unit, unit_word, end = "count", unit + mp.group(), unit_word + mp.group(), mp.end()
    if (kind == "none" and norm.startswith("年", end) and m.role == "figure"
            and cw.years_quantity.search(norm, max(0, mstart - YEARS_QUANTITY_REACH), mstart)):
        kind, unit, unit_word, end = "count", "年", "年", end + 1  # 受教育年限从13.5年: years as a quantity
    if ((unit_word in cw.elided_pp_counters or not unit_word) and not mag1 and not mag2
            and (pp is None or pp.after(end)) and (me := cw.elided_pp.match(norm, end))
            and (not me.group("point").endswith(cw.point_place_words) or _rate_before(norm, mstart, cw))):
        kind, unit = "percent", "pp"  # 分别收窄3.1个和6.5个百分点
        value = value * cw.unit_fractions.get(me.group("point"), 1)  # (分别下降20个和25个基点: 0.2 pp)
    elif unit_word in cw.elided_pp_counters and not mag1 and not mag2 and _colloquial_point(norm, mstart, mend, end, cw):
        kind, unit, unit_word, end = "percent", "pp", unit_word + norm[end], end + 1  # 增速回落1.2个点: 个百分点
    if mkind in _PERCENT_KINDS:
        kind, unit, unit_word = "percent", "%", "成" if mkind == "cheng" else ""
        value = value * (100 if mkind == "fraction" else 10)
        end = mend
    elif mkind == "qianfen":
        kind, unit, unit_word, end = "percent", "‰", "", mend  # 千分之十三: 13‰
    flags: tuple[str, ...] = ()
    mc = (cw.counted_noun.match(norm, ustart) if m.role == "figure" and mkind in _OPEN_UNIT_KINDS
          and norm[ustart:ustart + 1] in cw.counted_first else None)  # (1.5 亿中小学生: after a space)
    if mc:  # 1.5亿学生, 上千万家庭: the noun says what is counted (人, 户) and stays the thing measured
        kind, unit, end = "count", cw.counted_nouns[mc.group(1)], mc.start(1)
        unit_word = ""
        if mc.start(1) > ustart:
            um = cw.unit_re.match(norm, ustart, mc.start(1))
            mag1, over, mag2, _ = um.groups()
            qualifier = "over" if over else qualifier
    elif (kind == "none" and not unit_word and (mag1 or mag2 or mkind == "cnbig" and norm[mend - 1] in "万亿")
          and m.role == "figure" and (mf := cw.counted_noun_far.match(norm, end))):
        kind, unit = "count", cw.counted_nouns[mf.group(1)]  # 1亿农业转移人口, 四千二百多万城镇劳动力: 人; the noun
        # phrase after it stays the name
    elif (kind == "none" and m.role == "figure" and mkind in _OPEN_UNIT_KINDS and not over
          and (cw.unknown_unit_first is None or "\u4e00" <= (ce := norm[end:end + 1]) <= "\u9fff"
               or ce in cw.unknown_unit_first)):
        mu = cw.unknown_unit.match(norm, end)
        if mu and mu.end() > end and not mu.group().startswith(cw.unknown_unit_reject):
            # 出栏48.93万羽, 7600多万重量箱: a short word no unit list knows, right before a stop or a
            # comparison, is the figure's unit (never its indicator)
            kind, unit, unit_word, end = "count", mu.group(), mu.group(), mu.end()
            flags = ("unknown_unit",)
    if m.role == "ordinal":
        kind, unit = "none", ""
        end = mend
    if mag1:
        value = value * MAGNITUDES[mag1]
    if mag2 and not (mag1 and MAGNITUDES[mag2] < MAGNITUDES[mag1]):  # 10亿余万: some 万 over 10亿, no 万亿
        value = value * MAGNITUDES[mag2]
    if mkind == "approx" and norm[mstart:mend].endswith(cw.over_suffixes):
        qualifier = "over"
    elif mkind == "cnbig" and any(map(norm[mstart:mend].__contains__, cw.over_suffixes)):
        qualifier = "over"  # 二十五亿七千多万元
    if (unit_word in cw.half_units and not mag1 and not mag2 and norm.startswith(cw.half_word, end)
            and value == value.to_integral_value()):
        value += Decimal("0.5")  # 等於一九五〇年的六倍半, 一九五四年提高到十三斤半: a half more
        end += len(cw.half_word)
    start = mstart
    if (start > 0 and norm[start - 1] == "-" and (start < 2 or cw.minus_after.match(norm, start - 2))
            and not cw.range_dash_after.search(norm, max(0, start - 8), start - 1)):
        start -= 1  # (3万-5万人, 10亿—12亿元: the dash after a magnitude or unit joins the ends of a range, no sign)
        value = -value
    elif start > 1 and norm[start - 1] in cw.starts["minus_word"] and cw.minus_word.search(norm, start - 1, start):
        start -= 1  # 人口自然增长率为负0.5‰: the sign printed as a word, read as the sign - is
        value = -value
    elif start > 0 and norm[start - 1] == "+" and (start < 2 or cw.minus_after.match(norm, start - 2)):
        start -= 1  # 同比+5.2%: a plus sign printed before the figure is part of it, as a minus is (no name's end)
    raw_value = text[mstart:raw_end]  # (2万5千 of 2万5千公里: the numeral as printed, its unit 公里, as 二万五千千瓦)
    if unit_word == "成":
        raw_unit = ""  # 九成, 九成五: the printed figure holds its unit, as 一半 does
    elif end > (rs := max(ustart, raw_end)):
        raw_unit = text[rs:end]
        if over:
            for word in cw.over_suffixes:
                raw_unit = raw_unit.replace(word, "")
    else:
        raw_unit = ""
    if m.role == "ordinal" and norm[mstart] == "前":
        qualifier = "at_most"  # 排名全市前三, 进入前3名: a place among the first three, not the third
    f = _Fig(m.role, mkind, mstart, start, end, end, value, unit, kind, raw_value, raw_unit, qualifier)
    if flags:  # (set apart: a keyword argument costs more than the attribute)
        f.flags = flags
    # qualifiers after (以上, 左右) and before (近, 约, 不低于)
    qa = cw.q_after_re.match(norm, end) if norm[end:end + 1] in cw.q_after_first else None
    if qa:
        f.qualifier = cw.q_after[qa.group()]
        f.qend = qa.end()
    if qa and f.qualifier != "exact":
        return f  # 控制在42微克/立方米左右: the word after the figure says how exact it is
    qpos = _qualifier_end(norm, mstart, unit_word, cw)
    qb = (cw.q_before_re.search(norm, max(0, qpos - cw.q_before_span), qpos)
          if qpos > 0 and norm[qpos - 1] in cw.q_before_last else None)
    if qb and qb.end() == qpos:
        word = "" if _about_in_word(norm, qb.start(), qb.group()) else qb.group()
        if word and not (word in cw.pp_not_over and unit in cw.point_units) and not _more_than_base_word(norm, qb):
            f.qualifier = cw.q_before[word]
    elif _milestone_verb_before(norm, qpos, cw) and cw.milestone_noun.match(norm, f.qend) is not None:
        f.qualifier = "over"  # 跨越1000亿元大关: a threshold passed (高速公路跨越3个乡镇 crosses, passes no threshold)
    elif _pass_bound(norm, mstart, end, cw):
        f.qualifier = cw.pass_bound_words[norm[mstart - 1]]  # 旅游收入过10亿元, 营业收入破5000万元: over
    elif mkind == "approx" and mstart > 0 and norm[mstart - 1] in cw.approx_prefix_qualifiers:
        f.qualifier = cw.approx_prefix_qualifiers[norm[mstart - 1]]
    elif mkind == "approx" and norm[mstart] in cw.approx_prefix_qualifiers:
        f.qualifier = cw.approx_prefix_qualifiers[norm[mstart]]  # 上百家, 数十个, 几千人: at least as many
    return f


def _milestone_verb_before(norm: str, pos: int, cw: CueViews) -> re.Match[str] | None:
    """The milestone verb (跨越, 跨越了, 突破) ending right at ``pos``, or None."""
    if pos > 0 and norm[pos - 1] in cw.milestone_verb_last:
        return cw.milestone_verb_end.search(norm, max(0, pos - 3), pos)
    return None


def _pass_bound(norm: str, mstart: int, end: int, cw: CueViews) -> bool:
    """Whether a bound word of one character (过, 破) stands right before the figure ``norm[mstart:end]`` and the
    figure prints a magnitude (旅游收入过10亿元): the figure is a level passed, as after 超过. Not the 过 of a word
    (不过, 经过, 通过, 作过六次报告: no magnitude either).

    Parameters
    ----------
    norm : str
        The normalised text.
    mstart, end : int
        Where the printed number starts and where the figure (its unit included) ends.
    cw : CueViews
        The compiled cue words.

    Returns
    -------
    bool
        True when the word is the figure's bound.
    """
    if mstart < 2 or norm[mstart - 1] not in cw.pass_bound_words or norm[mstart - 2] in cw.pass_bound_not_after:
        return False
    return any(mag in norm[mstart:end] for mag in _RANGE_MAGNITUDES)


def _colloquial_point(norm: str, mstart: int, mend: int, end: int, cw: CueViews) -> bool:
    """Whether the 个 ending at ``end`` after the number ``norm[mstart:mend]`` is followed by the 点 of a colloquial
    个百分点 (增速回落1.2个点): a number with decimals, or one right after a word of a move or a gap (确定故宫周边等10个点
    counts places)."""
    return (cw.colloquial_point.match(norm, end) is not None
            and ("." in norm[mstart:mend] or cw.colloquial_point_lead.search(norm, max(0, mstart - 3), mstart) is not None))


def _signed_note(norm: str, f: _Fig, prev: _Fig | None) -> bool:
    """Whether the percentage ``f`` prints its sign (+5.2%, -3%) and stands alone in the brackets opened right
    after the level ``prev`` (税收收入12.3亿元(+5.2%)): the level's change against last year, as a web page or a
    table note prints it."""
    return (prev is not None and prev.measure == "level" and norm[f.start:f.start + 1] in "+-"
            and norm[prev.qend:f.start].strip(" ") == "(" and norm[f.qend:f.qend + 1] == ")")


def _more_than_base_word(norm: str, qb: re.Match[str]) -> bool:
    """Whether the qualifier word ``qb`` (超过, 超出) is the verb of so much more than a base after 比, with no
    change verb of its own before it (比原计划超过百分之四: the excess, no bound; 超过了 as 超过)."""
    cw = compiled()
    end = qb.end() - 1 if qb.group().endswith(tuple(cw.perfective)) else qb.end()
    mm = cw.more_than_base.search(norm, max(0, end - _MORE_REACH), end)
    if mm is None or mm.start("word") != qb.start():
        return False
    before = norm[mm.start():qb.start()]  # 比上年增长超过10%: a bound of the growth after its verb
    return not (cw.abs_change_end.search(before) or cw.growth_end.search(before) or cw.decline_end.search(before))


_QUALIFIER_GAP = 2  # how many spaces a qualifier word may stand apart from its figure (≥ 80%, 约 5%)


def _qualifier_end(norm: str, start: int, unit_word: str, cw: CueViews) -> int:
    """Where a qualifier of the figure starting at ``start`` ends: right before it, or before the verb of a
    doubling (较2020年接近翻一番), or before the spaces between them (优良天数比例 ≥ 80%)."""
    if unit_word in cw.doubling_units and (mv := cw.doubling_verb.search(norm, max(0, start - 2), start)):
        return mv.start()
    if start == 0 or norm[start - 1] != " ":
        return start  # (most figures: no space before them)
    gap = start
    while gap > 0 and start - gap < _QUALIFIER_GAP and norm[gap - 1] == " ":
        gap -= 1
    return gap


_UNIT_GAP = frozenset(" .\u200b\n")


def _unit_gap(norm: str, pos: int) -> int:
    """Where a unit may start after the number ending at ``pos``: past one space, a stray dot before %
    (4.1.%), or a soft line break (spaces and line ends that the reading copy blanked); ``pos`` when
    no such gap is there."""
    ch = norm[pos]
    if ch == ".":
        return pos + 1 if norm[pos + 1:pos + 2] in ("%", "‰") else pos
    if ch == " ":
        end = pos + 1
        while end < len(norm) and end - pos < 4 and norm[end] == " ":
            end += 1
        return end if end - pos == 1 or end - pos == 3 else pos
    return pos


def _about_in_word(text: str, pos: int, word: str) -> bool:
    """约 that ends a word (签约, 节约, 制约) or opens one (约定, 约束) is not the qualifier "about"."""
    cw = compiled()
    return word.startswith(cw.about_word) and (pos > 0 and text[pos - 1] in cw.not_about_before
                                               or word == cw.about_word
                                               and text[pos + 1:pos + 2] in cw.not_about_after)


def _clause_start(norm: str, sent_start: int, pos: int) -> int:
    lo = max(sent_start, pos - LOOKBACK)
    i = pos - 1
    stops = compiled().clause_stops
    while i >= lo:
        if norm[i] in stops:
            return i + 1
        i -= 1
    return lo


@functools.lru_cache(maxsize=16)
def _tail_re(measure: str) -> re.Pattern[str]:
    """One alternation of every cue that may end an indicator phrase for ``measure``."""
    cw = compiled()
    parts = [cw.strip_tail, cw.growth_end, cw.decline_end, cw.measure_words]
    if measure in ("yoy_pct", "change_pct"):
        parts += [cw.decline_to, cw.growth_to, cw.adjust_end, cw.raise_end]  # (基本养老金上调幅度为, 劳动生产率提升)
    if measure == "completion_pct":
        parts += [cw.completion_end, cw.done_total_share]
    if measure in ("pp_diff", "rank"):
        parts += [cw.pp_up, cw.pp_down]
    if measure == "abs_change":
        parts.append(cw.abs_change_end)
    if measure in ("pp_diff", "yoy_pct", "change_pct", "abs_change"):
        parts.append(cw.deviation_end)  # 降水量偏多: a departure from the usual level, no part of the name
    if measure in ("pp_diff", "yoy_pct", "change_pct", "abs_change", "rate_pct"):
        parts.append(cw.comparator_end)
    alts = []
    for rx in parts:
        src = rx.pattern if rx.pattern.endswith("$") else f"(?:{rx.pattern})$"
        alts.append(f"(?:{src})")
    return gated_source("|".join(alts))


@functools.lru_cache(maxsize=16)
def _tail_ends(measure: str) -> frozenset[str] | AnyChar:
    """The characters a string :func:`_tail_re` of ``measure`` finds a cue in may end with (any, when they are not a
    short list: :func:`cuewords.last_chars`)."""
    return last_chars(_tail_re(measure)) or ANY_CHAR


_SOFT_GAP = re.compile(" +")


def _tail_start(tail_re: re.Pattern[str], seg: str, ends: frozenset[str] | AnyChar) -> int:
    """Where the cue word that ends ``seg`` starts (``len(seg)`` when none does). A soft line break of the layout,
    blanked to spaces in the reading copy, splits no word: ``目标设定⏎​⏎为`` ends on the verb ``设定为`` (and
    ``设定为⏎​⏎`` on it too). ``ends``: the characters a string ``tail_re`` finds a cue in ends with (a ``seg``
    with no soft break ending otherwise is not searched)."""
    n = len(seg)
    if " " not in seg:
        if seg[-1:] not in ends:
            return n
        mt = tail_re.search(seg, n - 40 if n > 40 else 0)
        return mt.start() if mt else n
    keep = [i for i, ch in enumerate(seg) if ch != " "]
    flat = _SOFT_GAP.sub("", seg)
    mt = tail_re.search(flat, len(flat) - 40 if len(flat) > 40 else 0)
    return keep[mt.start()] if mt and mt.start() < len(flat) else n


def _strip(norm: str, a: int, b: int, measure: str) -> tuple[int, int]:
    """Shrink [a, b) of ``norm`` to the indicator phrase: drop cue words at the end, scope words at the head."""
    if a >= b:  # nothing to strip (a figure right after a list comma or another figure)
        return (a, a) if "" in compiled().empty_subjects else (a, b)
    cw = compiled()
    b0 = b
    tail_re = _tail_re(measure)
    tail_ends = _tail_ends(measure)
    ends = cw.ends  # (a pattern anchored at the segment's end: run only where it ends as a match may)
    if measure == "pp_diff":
        mv = cw.comparison_cut.search(norm, a, b)
        if mv:
            b = mv.start()
    starts = cw.starts  # (a pattern at ``a`` is tried only where a match of it may start there)
    mf = ((cw.year_frame.match(norm, a, b) if norm[a:a + 1] in starts["year_frame"] else None)
          or (cw.year_prior_frame.match(norm, a, b) if norm[a:a + 1] in starts["year_prior_frame"] else None)
          or (cw.period_frame.match(norm, a, b) if norm[a:a + 1] in starts["period_frame"] else None))
    if mf and mf.end() < b:
        a = mf.end()  # 一九五四年比一九五二年医院病床增长, 而1956年…, 1979年比上年产值增长: the subject follows the year frame
    if norm[a:a + 1] in starts["evidence_frame"] and (me := cw.evidence_frame.match(norm, a, b)):
        a = me.end()  # 调查显示近四成企业营业收入同比下降: what the survey shows is named, not the survey
    mr = cw.rate_noun_end.search(norm, a, b) if norm[b - 1:b] in ends["rate_noun_end"] else None
    noun_end = -1
    if mr:  # 人口自然增长率为, 人口自然增长率由上年的: the rate's name
        noun_end = (mr.end("noun") if mr.group("frame") or mr.group("each")  # (自然增长率分别为: the rates listed)
                    else mr.start() + len(mr.group().rstrip("为是达到")))
    comparison_tail = (cw.comparison_tail if measure in ("pp_diff", "yoy_pct", "change_pct", "abs_change")
                       else None)
    part_place = (mp.span("place") if norm[a:a + 1] in starts["part_scope_lead"]
                  and (mp := cw.part_scope_lead.match(norm, a, b)) else None)
    if (measure == "level" and norm[b - 1:b] in ends["base_time_level"]
            and (mb := cw.base_time_level.search(norm, max(a, b - BASE_TIME_REACH), b))):
        b = mb.start()  # 比2010年第六次全国人口普查的2.85人: the level of the time compared with, the name none of it
    changed = True
    guard = 0
    before_basis: tuple[int, int] | None = None
    while changed and a < b and guard < 12:
        guard += 1
        changed = False
        seg = norm[a:b]
        n = b - a
        cut = _tail_start(tail_re, seg, tail_ends)
        if cut == n - 1 and seg[-1] == "有" and cw.owned_kind.search(seg):
            cut = n  # 其中国有2个、非国有3个: an ownership naming the part, no verb of having (全国有…: it is)
        if 0 < cut < n and (mk := cw.name_tail_cue_nouns.search(seg, cut - 1)) and 0 < mk.start() < cut:
            cut = n  # 查处违法行为165起: a noun ending in the cue's character (行为) is no cue
        if cut < n:
            b = a + cut
            while b > a and norm[b - 1] == "、":  # 扣除留抵退税后、同口径: the words before the comma go too
                b -= 1
            changed = True
            continue
        if mav := cw.adverb_verb_tail.search(norm, b - 5 if b - 5 > a else a, b):
            b = mav.start()  # 日产量总是停留在六百吨: what keeps on is told of the output, it is no part of its name
            changed = True
            continue
        last = seg[-1]
        mpt = cw.period_tail.search(seg, n - 12 if n > 12 else 0) if last in ends["period_tail"] else None
        if mpt and mpt.start() >= 2 and seg[mpt.start() - 1] not in cw.period_tail_not_after:
            # 地区生产总值上半年: the time is no part of the name (国家外汇储备2000年底 keeps its year)
            b = a + mpt.start()
            if norm[b - 1:b] == "、" and (ms := cw.period_tail_shared.search(norm, a, b)):
                b = ms.start()  # 全区税收一、二季度: the numerals sharing the time's word go with it
            changed = True
            continue
        if last in ends["from_to_tail"] and (mft := cw.from_to_tail.search(seg)) and mft.start() >= 2:
            b = a + mft.start()  # 企业开办时间从一个月以上压缩到目前的平均4个工作日: the time, less the move to the figure
            changed = True
            continue
        mc = comparison_tail.search(seg) if comparison_tail is not None else None
        if mc is None and measure in ("change_pct", "pp_diff", "abs_change"):
            mc = cw.plan_excess.search(seg)  # 工业投资额…，超过原定的年度计划: the plan is no name
            if mc is None and last in ends["times_more_than"]:
                mc = cw.times_more_than.search(seg)  # 比农民一家人的全年平均收入高[一倍多]: nor is the base
        if mc:
            b = a + mc.start()
            changed = True
            continue
        if (k := norm.rfind("每", b - 12 if b - 12 > a else a, b)) >= a + 2 and (kb := _basis_tail(norm, a, b, k)) < b:
            before_basis = (a, b)  # 补助标准提高到每人每年, 最低收购价每50公斤: the basis is no part of the name
            b = kb
            changed = True
            continue
        if norm[b - 1] == "均" and (mpc := cw.per_capita_tail.search(norm, a + 2, b)):
            before_basis = (a, b)  # 补助标准提高到人均320元: so is 人均 after the verb
            b = mpc.start()
            changed = True
            continue
        if (mm := cw.modal_object_head.search(norm, a, b)) and b - mm.end() >= 2:
            a = mm.end()  # 我国将能够每年出产五十四匹马力的拖拉机一万五千台: the object of what will be made is counted
            changed = True
            continue
        if ("基" in seg and (mb := next(reversed(list(cw.basis_frame_inner.finditer(norm, a, b))), None))
                and clean_name(norm[slice(*(after := _strip(norm, mb.end(), b, measure)))])):
            a, b = after  # 各地区、各部门在各企业今年计划定额的基础上节约煤和电: what is done from the base, not who does it
            changed = True  # (预期目标是在…的基础上年均增长7%: no name after the frame, the name before it stays)
            continue
        if norm[a] in starts["duration_means_head"] and (md := cw.duration_means_head.match(norm, a, b)):
            a = md.end()  # 用四个月的时间完成了全年任务的80%: the time spent doing it names nothing
            changed = True
            continue
        mh = cw.strip_head.match(norm, a, b) if norm[a] in starts["strip_head"] else None
        mp = cw.period_re.match(norm, a, b) if not (mh and mh.end() > a) else None
        if (mh and mh.end() > a or mp and mp.end() > a) and not cw.name_head_keep.match(norm, a, b):
            # (计划内签约的项目 keeps 计划, 上年结转收入 keeps 上年)
            timed = mp is not None or cw.period_re.fullmatch(norm, a, mh.end()) is not None
            a = (mh or mp).end()
            if timed and (mj := cw.period_then.match(norm, a, b)):
                a = mj.end()  # 仅一九八一、一九八二两年就节约和少用了: the word stressing the period goes with it
            changed = True
    if noun_end > b and a < noun_end:
        b = noun_end
    if part_place is not None and b <= part_place[0]:
        a, b = part_place  # 全市社会消费品零售总额增长5%，其中中心城区增长7%: the part's place, no comparator
    if (k := norm.rfind(cw.item_separator, a, b)) > a and b - k > 2 and cw.changed_clause.search(norm, a, k):
        a = k + 1  # 中央对地方一般性转移支付规模大幅增加、专项转移支付项目减少三分之二: the clause before has its own change
    if (b < b0 and norm.startswith(cw.object_to_words, b) and (mo := cw.object_to_head.match(norm, a, b))
            and b - mo.end() >= 2):
        a = mo.end()  # 扩充重点服务企业名单至500家: the list the verb brings to the figure, not the verb
        if (lw := next((w for w in cw.object_list_words if norm.endswith(w, a, b)), "")) and b - a - len(lw) >= 2:
            b -= len(lw)  # 动态调整区级服务包企业名单至651家: the firms the list holds are what is counted
    if before_basis is not None and (a >= b or norm[a:b] in cw.empty_subjects):
        a, b = before_basis  # 全国平均每人达到: the basis is all the name there is
    if norm[a:b] in cw.empty_subjects:
        return a, a
    while a < b and norm[a] in cw.subject_trim_head:
        a += 1
    while b > a and norm[b - 1] in cw.subject_trim_tail:
        b -= 1
    if a > 0 and norm[a - 1] == "“" and (seg := norm[a:b]).count("”") > seg.count("“"):
        a -= 1  # “紫金服务管家团”联系服务企业: the quote the name closes opens it
    seg = norm[a:b]
    for q in cw.straight_quotes:  # "专精特新"中小企业新增312家: a straight quote opens and closes alike, so a name
        if q in seg and seg.count(q) % 2:  # holding one of them keeps the other it was cut from
            if a > 0 and norm[a - 1] == q:
                a -= 1
            elif b < len(norm) and norm[b] == q:
                b += 1
            seg = norm[a:b]
    if "“" in seg and seg.count("“") != seg.count("”"):
        while b > a and norm[b - 1] == "“":
            b -= 1
    return a, b


def _scoped_owned_head(name: str, norm: str, cs: int, end: int, cw: CueViews) -> bool:
    """Whether ``name`` is a fiscal level and a head the things counted before it own, as a verb of yield before it
    tells (企业回迁50家，形成区级税收2亿元: the firms' district share of tax, not the district's tax revenue, which a
    report completes or reaches, 区级税收完成20亿元, and never yields).

    Parameters
    ----------
    name : str
        The figure's name.
    norm : str
        The normalised text.
    cs, end : int
        Where the figure's clause starts and where the figure starts: the clause's words before it are searched.
    cw : CueViews
        The cue words.

    Returns
    -------
    bool
        True when the name is such a level and head, right after a verb of yield.
    """
    if not name.startswith(cw.fiscal_scopes):
        return False  # (most names: one test of all the levels, before the one it opens with is looked for)
    level = next(s for s in cw.fiscal_scopes if name.startswith(s))
    return name[len(level):] in cw.owned_heads and any(norm.find(v + name, cs, end) >= 0 for v in cw.yield_verbs)


def _past_size_bound(name: str, cw: CueViews) -> str:
    """The part of a name of things counted after the amount bound that sets their size class, the whole name when
    it has none (落地注册资本金、投资资金1000万元以上企业、项目 → 企业、项目: the 资金 of the bound is no quantity of theirs).

    Parameters
    ----------
    name : str
        The name of the things counted.
    cw : CueViews
        The cue words.

    Returns
    -------
    str
        The name past its last size bound.
    """
    bounds = list(cw.size_bound.finditer(name))
    return name[bounds[-1].end():] if bounds else name


def _basis_tail(norm: str, a: int, b: int, k: int) -> int:
    """Where a name in [a, b) ends before a per-unit basis at its end (``提高到每人每年``, ``价每50公斤``,
    ``税收贡献每平方米``), else ``b``: the figure after it is per person, year or measure, and the name is what
    is measured (a name that is only the basis, or one where 每 is inside the concept, ``每万人口发明专利拥有量``,
    ``平均每人的纯收入``, keeps it). ``k`` is the last 每 of the name, with a name before it."""
    m = compiled().per_unit_tail.match(norm, k - 2 if norm.startswith("平均", k - 2) and k - 2 >= a + 2 else k, b)
    return m.start() if m and m.end() == b else b


FOLLOWING_MAX = 18  # how many characters after a figure may name what it counts
NOTE_MAX = 40  # characters of a note in brackets, at the most, that a counted noun goes on past
SCHOOL_STAGE_MAX = 14  # characters of a stage of schooling and its place, at the most, printed before a count of pupils


def _joined_head(norm: str, a: int, ms: re.Match[str], b: int, cw: CueViews, paid: bool = False) -> bool:
    """Whether the words after the joint ``ms`` of a noun run (``norm[a:b]``) end with a head noun the words before it
    lack, so share (123项职业资格许可和认定事项, 320家规模以上工业和限额以上商贸企业), or both end with the same word or
    with words for persons, so are two kinds of one count (15部法律草案和行政法规草案, 4.32亿城镇职工和城镇居民), or,
    with ``paid`` (a sum of money and its 的 before the run), are what one sum pays or takes (取消了700多亿元的“三提五统”
    和农村教育集资等); not 300家企业和个体户, the words before ending with a head of their own, nor
    十个水泥厂和二十三个森林工业企业, 一百多个国营农场和一些县试办了…企业: a figure or a clause after the joint."""
    end = next((m.start() for m in cw.following_stop.finditer(norm, ms.end(), b) if m.group("stop")), b)
    before = norm[a:ms.start()]
    if (len(before) >= 2 and cw.person_head_end.search(before)
            and (mp := cw.person_head.search(norm, ms.end() + 1, min(end, ms.end() + JOINED_HEAD_MAX)))
            and not cw.following_figure.search(norm, ms.end(), mp.end())):
        return True  # 近6000万低保人员和特困群众基本生活得到保障: two kinds of persons, what is said of them after both
    if not 2 <= end - ms.end() <= JOINED_HEAD_MAX or cw.following_figure.search(norm, ms.end(), end):
        return False
    after = norm[ms.end():end]
    if (len(before) >= 2 and (paid and len(before) <= JOINED_HEAD_MAX
                              or cw.money_name.search(before) and cw.money_name.search(after))):
        return True  # 带动4200多亿元银行贷款和自筹资金: two kinds of money, one sum of both (再增加几百亿元的资金来扩大
        # 基础工业和…: a long run before the joint says what the sum does, no noun of it)
    if len(before) >= 2 and (before[-2:] == after[-2:]
                             or cw.person_head_end.search(before) and cw.person_head_end.search(after)):
        return True
    return cw.joined_head_end.search(after) is not None and cw.joined_head_end.search(before) is None


@functools.cache
def _money_unit_words() -> tuple[str, ...]:
    """The units of money (元, 万元, 亿美元 …): one of them before a 的 makes the noun after it paid."""
    return tuple(u for u, (kind, _) in compiled().units.items() if kind == "money")


ATTRIBUTIVE_HAVE_REACH = 16  # characters before the noun a figure counts, at the most, of 一个共有 and the figure
JOINED_TAIL_MAX = 5  # characters after 和, at the most, of a second noun of the kind counted, closing its clause
JOINED_HEAD_MAX = 8  # characters after a joint, at the most, of a modifier and the head it shares (限额以上商贸企业)
_FOLLOWING_JOINT = re.compile("|".join(map(re.escape, extractor_cues().following_joints)))  # one of them, anywhere


def _mark_before(norm: str, pos: int, mark: str, stops: Container[str]) -> bool:
    """Whether ``mark`` stands before ``pos`` within reach of a counted noun (``FOLLOWING_MAX``), none of ``stops``
    between them."""
    for i in range(pos - 1, max(-1, pos - FOLLOWING_MAX - 1), -1):
        if norm[i] == mark:
            return True
        if norm[i] in stops:
            return False
    return False


def _in_item_list(norm: str, pos: int) -> bool:
    """Whether a list comma (、) stands between the start of the clause and ``pos``, within reach."""
    cw = compiled()
    return _mark_before(norm, pos, cw.item_separator, cw.following_blockers)


def _modifier_list(norm: str, a: int, lim: int, sent_end: int, cw: CueViews) -> re.Match[str] | None:
    """The list of modifiers before one noun that opens ``norm`` at ``a`` (:func:`_following`), within ``lim``; or,
    when none ends there, a longer list whose modifiers each end with 的 (二万六千多个[大规模的、工农商学兵相结合的、
    政社合一的]人民公社 in 1959: each 的 marks a modifier, so the list is read past the reach of a noun)."""
    if (lv := cw.modifier_list.match(norm, a, lim)) is not None or lim >= sent_end:
        return lv
    lv = cw.modifier_list.match(norm, a, min(sent_end, a + 2 * FOLLOWING_MAX))
    return lv if lv is not None and lv.end() > lim and cw.de + cw.item_separator in lv.group() else None


def _in_except_frame(norm: str, pos: int, cw: CueViews) -> bool:
    """Whether the clause up to ``pos`` opens a frame of what is set aside (除, 除了) that no stop has closed."""
    return _mark_before(norm, pos, cw.except_frame_open, cw.clause_stops)


def _following(norm: str, pos: int, sent_end: int, stops: bool = True) -> tuple[int, int]:
    """Span of the noun phrase a counter quantifies: 3978家[企业]发放…, 1000万元[文化企业风险补偿资金]."""
    cw = compiled()
    a = pos
    starts = cw.starts  # (a pattern at ``a`` is tried only where a match of it may start there)
    if (de := cw.following_de.match(norm, a) if norm[a:a + 1] in starts["following_de"] else None):
        a = de.end()
    if a < sent_end and (norm[a] in cw.following_blockers or norm[a] in cw.range_separators and cw.range_count_high.match(norm, a)):
        return a, a  # (a stop or a list comma right after the figure: no noun follows; nor the high end of a range of
        # counts, 8000-9000户, whose noun is the low end's too)
    if norm[a:a + 1] in starts["following_conjunction"] and cw.following_conjunction.match(norm, a):
        return a, a  # 粮食总产量连续6年稳定在万亿斤以上并逐年增加: a second predicate joined, no noun counted
    lim = min(sent_end, a + FOLLOWING_MAX)
    # (250个省、市（地）级疾病预防控制中心: the comma of a list of levels before 级 ends no noun, nor does that of a list
    # of modifiers before 的, 十四个实力比较雄厚、布局比较合理的工业基地, unless the figure is itself in a list of
    # phrases: 反对美国侵略、坚持五项正义要求、保卫革命的斗争)
    # (both lists hold a list comma: where the run holds none, neither is tried)
    lv = cw.level_list.match(norm, a, lim) if _may_hold("level_list", norm, a, lim) else None
    if (lv is None and _may_hold("modifier_list", norm, a, lim)
            and (lv := _modifier_list(norm, a, lim, sent_end, cw)) is not None and _in_item_list(norm, pos)):
        lv = None  # (the walk back to the clause's start only where a list of modifiers follows: it seldom does)
    if lv is not None and lv.end() > lim:
        lim = min(sent_end, lv.end() + FOLLOWING_MAX)  # the noun after a long list of modifiers is within reach of it
    mb = cw.following_run.match(norm, lv.end() if lv else a, lim)
    b = mb.end()
    if (b < lim and "0" <= norm[b] <= "9" and (a == b or norm[a:b] in cw.output_attribute_verbs)
            and (sf := cw.size_class_figure.match(norm, b, lim))):
        b = cw.following_run.match(norm, sf.end(), min(sent_end, sf.end() + FOLLOWING_MAX)).end()
        # (建成2个5000平方米的社区服务中心, 2个年产30万吨的项目: the size of each thing counted is part of the name of
        # the things)
    if a == b:
        return a, a
    cut_off = b == lim < sent_end and cw.following_run.match(norm, b, b + 1).end() > b
    if (_may_hold("following_figure", norm, a, b) and (mf := cw.following_figure.search(norm, a, b))
            and norm.find(cw.de, mf.end(), b) < 0 and not cw.figure_grade.match(norm, mf.end(), b)):
        # (培育5个百亿级产业集群: a figure that grades the noun is part of it, as one before 的 is)
        b = mf.start()  # 两次接近三亿吨: a name never holds the next figure, nor the qualifier before it (五万千瓦的
        # 发电设备 is one noun)
        if a == b:
            return a, a
    elif (b < sent_end and norm[b] in cw.clause_stops and norm[b - 1] in cw.ends["following_count_end"]
          and (mc := cw.following_count_end.search(norm, a + 2, b))):
        b = mc.start()  # 三十万千瓦的核电站一个，: the count of the things the noun names ends the run, no part of it
        # (a count printed in digits is no part of the run: 30万千瓦的光伏电站2个)
    stops_at = ((m for m in cw.following_stop.finditer(norm, lv.end() if lv else a, b) if m.group("stop"))
                if stops and _may_hold("following_stop", norm, a, b) else iter(()))
    ms = next(stops_at, None)
    paid = de is not None and ms is not None and norm.endswith(_money_unit_words(), 0, pos)
    while ms and ms.group() in cw.following_joints and (cw.joined_modifier_end.search(norm, a, ms.start())
                                                         or cw.joined_verb_modifier.fullmatch(norm, a, ms.start())
                                                         or _joined_head(norm, a, ms, b, cw, paid)):
        after = next(stops_at, None)  # 7356座大中型和重点小型水库, 1700多万困难和重度残疾人: two modifiers joined, the
        if (after.start() if after else b) - ms.end() < 2:  # noun after both counted (1410个县级和250个…: no noun)
            break
        ms = after  # (受过高等教育和有专业技能的人才: two modifiers of having)
    if (ms and ms.group() in cw.following_joints and ms.start() - a >= 2
            and (k := norm.find(norm[ms.start() - 2:ms.start()], ms.end() + 1, min(b, ms.end() + JOINED_HEAD_MAX))) > 0
            and not cw.following_figure.search(norm, ms.end(), k)):
        b, ms = k + 2, None  # 15部法律草案和行政法规草案向社会公开征求意见: the words after the joint end with the
        # word the words before it end with, both counted, what is said of them after it
    elif (ms and ms.group() == "和" and ms.start() - a >= 2 and not cut_off and 2 <= b - ms.end() <= JOINED_TAIL_MAX
          and (b >= sent_end or norm[b] in cw.clause_stops) and norm[b - 1] == norm[ms.start() - 1]
          and not any(m.group("stop") for m in cw.following_stop.finditer(norm, ms.end(), b))
          and not any("0" <= ch <= "9" for ch in norm[ms.end():b]) and not cw.following_figure.search(norm, ms.end(), b)):
        ms = None  # 八个选矿厂和烧结厂，: two nouns of one kind (厂, 率) joined closing the clause, both counted
        # (十四个沿海港口城市和海南岛, 在１００多个国家和地区展开: the second is no thing of the kind counted, or no noun)
    if ms:  # (受过高等教育和有专业技能的人才: 高等 holds no 等 of a list)
        if ms.start() == a:
            return a, a
        b = ms.start()
        if norm[b] == "均" and b - a > 2 and norm[b - 1] in compiled().average_heads:
            b -= 1  # 3家公立医院平均住院日8.3天: the units counted end before the word of their average, no part of it
    elif (cut_off and _FOLLOWING_JOINT.search(norm, a + 2, b)
          and (j := max(norm.rfind(w, a + 2, b) for w in cw.following_joints)) > a and b - j <= 3):
        b = j  # 三次提高机关事业单位职工基本工资标准和离退休人员离退休金: a run cut off by the limit inside the first
        # word after a joint ends at the joint (…标准), not inside the word (…标准和离)
    if (norm[a:a + 1] in starts["following_reject"] and cw.following_reject.match(norm[a:b])
            and not norm.startswith(cw.following_keep, a)):
        return a, a
    if cw.following_frame_end.fullmatch(norm, a, b):
        return a, a  # 稳定在１９５２年夏征和秋征总额３８８亿斤细粮的水平上 in 1956: the level the total is held at
    if de and cw.counted_frame.fullmatch(norm, a, b):
        return a, a  # 棉花产量一亿担的四项指标: the targets the list of figures makes, not what the last one is of
    if de and norm[a:b] in cw.portion_words:
        return a, a  # 对年应纳税所得额不到100万元的部分，减半征收: the portion of the amount, named before it
    if (b - a > 3 and (b < sent_end and norm[b].isdigit() or cw.following_figure.match(norm, b))
            and (mv := cw.following_verb_end.search(norm, a + 2, b)) is not None):
        b = mv.start()  # 在10个乡镇新建200个充电桩: the places counted, not the verb whose own figure follows
    close = (next(w for w in cw.except_frame_closes if norm.endswith(w, a + 2, b))
             if b - a > 2 and norm.endswith(cw.except_frame_closes, a + 2, b) else "")  # (one test of them all first)
    if close and _in_except_frame(norm, pos, cw):
        b -= len(close)  # 五年内除建设十三个大型水库外: the reservoirs, the 外 closes the frame of what is set aside
    if (b - a > 2 and (k := norm.rfind(cw.de, a + 1, b - 1)) > a
            and cw.attributive_have.search(norm, max(0, pos - ATTRIBUTIVE_HAVE_REACH), pos)):
        b = k  # 我国是一个共有五十多个民族的统一国家: the units the one thing has, not that thing
    if b - a > 2 and norm[b - 1] in cw.inside_suffixes:
        b -= 1
    elif (b - a > 3 and norm[b - 1] == cw.de and norm[b - 2] in cw.inside_suffixes
          and b < sent_end and (norm[b].isdigit() or cw.following_figure.match(norm, b))):
        b -= 2  # 已完成年度45项改革任务中的31项: the set the figure after counts a part of, no 中的 of it
    elif (b - a > 3 and b < sent_end and (norm[b].isdigit() or cw.following_figure.match(norm, b))
          and (ml := _search_end(cw.subset_lead, "subset_lead", norm, max(a, b - 8), b)) is not None
          and ml.group("within") and ml.start() - a >= 2):
        b = ml.start()  # 26个行业大类中有18个行业增加值实现增长: the set the figure after counts a part of, no 中有
        # of it
    return a, b


def _cut_object(clause: str) -> int:
    """Where the thing a cut verb cuts starts in ``clause``, a percentage's clause up to it, or -1: the verb opens
    the clause (全年压减一般性支出10%) or follows its subject (本届政府减少行政审批事项三分之一, 窑外分解法可以节约能源
    三分之一), then with a thing of two characters at least (减价40%: one cut word, no cut of a 价). The clause is read from
    the first character a match may start with (on a clause of figures, ``、1、1…``, none: one class scan)."""
    mc = _search_cue(compiled().cut_lead, "cut_lead", clause)
    if mc is not None and compiled().share_verb in clause[:mc.start()]:
        return -1  # 占全部退税减税的72.2%: a share of a whole whose name holds a cut word (减税), no cut
    return -1 if mc is None or mc.start() > 0 and len(clause) - mc.end() < 2 else mc.end()


def _cue_tail(clause: str) -> str:
    """The end of a clause where measure cues sit, without a qualifier before the number (增长约5%)."""
    tail = clause[-TAIL:]
    cw = compiled()
    m = cw.q_before_re.search(tail, max(0, len(tail) - cw.q_before_span)) if tail[-1:] in cw.q_before_last else None
    if m and not _about_in_word(tail, m.start(), m.group()):
        tail = tail[:m.start()]
    return tail


TAIL = 48
# the cues of a percentage searched over its clause's tail (see _measure), and of a share's base over its wide clause
_PERCENT_MOVE_CUES = ("plan_excess", "rate_move_to", "decline_to", "growth_to")
_SHARE_BASE_CUES = ("share_whole", "share_recovery")


def _plan_excess_base(clause: str, at: int | None = None) -> str | None:
    """The plan or budget ``clause`` says a figure goes beyond (超过原定的年度计划, 超额完成年度预算), without the 的
    after it, or None when it names none; ``at`` is where a match may start at the earliest (:func:`_cues_start`,
    by default of this cue alone)."""
    cw = compiled()
    mx = _search_cue(cw.plan_excess, "plan_excess", clause, _cues_start(("plan_excess",), clause) if at is None else at)
    return mx.group("base").removesuffix(cw.de) if mx is not None else None


def _measure(f: _Fig, clause: str, prev_change: float | None, prev_magnitude: bool = False,
             prev_base: str = "", sentence: tuple[str, int] | None = None) -> None:
    """Set f.measure and f.sign from the clause text before the figure (``sentence``: the text and the start of
    its sentence, when known)."""
    cw = compiled()
    if f.role == "ordinal":
        f.measure = "rank"
        return
    if f.kind == "ratio":
        f.measure = "ratio"  # 三次产业结构为6.7∶24.9∶68.4: one fact per part
        return
    if f.unit in cw.point_units:
        f.measure = "pp_diff"
        if (base := _plan_excess_base(clause)) is not None:
            f.comparator = base  # 超额完成年度预算2.3个百分点: so many points above
            return  # the budget (a completion share past 100), compared with it
        f.sign, f.magnitude = _pp_sign(clause, prev_change, prev_magnitude)
        if _may_hold("pull_object", clause) and (pulls := list(cw.pull_object.finditer(clause))):
            clause = clause[:pulls[-1].start()]  # 拉动全市经济增长3.2个百分点: the growth a pull moves, named after
            # its verb, is no base the points are compared with (as 高于全市 is); a base before the verb still is
        f.comparator = _yoy_word_base(_comparator(clause), clause)
        return
    if f.unit_kind == "percent":
        full, clause = clause, _cue_tail(clause)
        last, ends = clause[-1:], cw.ends  # (a cue anchored at the end is looked for where the clause ends as it may)
        gap = cw.gap_pct.search(clause) if last in _GAP_LAST else None
        if last in ends["rate_noun_end"] and cw.rate_noun_end.search(clause):
            f.measure = "rate_pct"  # 人口自然增长率为-1.2‰: a rate, its name holds the growth word
            return
        at = _cues_start(_PERCENT_MOVE_CUES, clause)
        if at >= 0 and (base := _plan_excess_base(clause, at)) is not None:  # (at -1: none of them is there)
            f.measure, f.comparator = "change_pct", base  # 超过原定的年度计划百分之四点一:
            # above the plan (超额完成年度预算3.2%: so much more than the budget, not a completion of 3.2%)
            return
        if (moved := _search_cue(cw.rate_move_to, "rate_move_to", clause, at) if at >= 0 else None) is not None and moved.group("rate"):
            moved = None  # 人口自然增长率由上年的1.2％下降到1.17％: a rate reached
        if moved is None and last in ends["change_to_end"] and cw.change_to_end.search(clause):
            f.measure = "rate_pct"  # 一九五七年上升为百分之五十二点八, 将下降为４８．２％: the rate reached
            return
        if moved is not None:  # 增长速度由今年预计的３％提高到４％, 降幅由8%收窄至5%: the growth rate reached, not a share
            f.measure = "yoy_pct"
            if moved.group("down"):
                f.sign, f.magnitude = -1, True
        elif last in ends["completion_end"] and cw.completion_end.search(clause):
            f.measure = "completion_pct"
        elif gap:  # 较均衡进度慢2.94%: a gap to a benchmark, in percentage points although printed with %
            f.measure, f.unit = "pp_diff", "pp"
            f.sign = -1 if gap.group("word") in cw.pp_down_words else 1
            f.comparator = _comparator(full)
            return
        elif at >= 0 and _search_cue(cw.decline_to, "decline_to", clause, at):
            f.measure, f.sign, f.magnitude = "yoy_pct", -1, True
            if (cw.average_cut.search(clause) and not cw.comparison_word.search(full)
                    and (cw.average_cut_goods.search(sentence[0], sentence[1], f.start) if sentence
                         else cw.average_cut_goods.search(full))):
                f.measure = "change_pct"  # 集采药品平均降幅56%: the prices of many goods cut, on average, as 平均降价
                # (not another thing's average fall, 单位GDP能耗平均降幅3.2%: a fall against last year)
                return
        elif at >= 0 and _search_cue(cw.growth_to, "growth_to", clause, at):
            f.measure = "yoy_pct"
        elif (last in ends["reform_cut_end"] and cw.reform_cut_end.search(clause)
              and not cw.comparison_word.search(full)):
            # 中央政府定价项目减少80%, 企业开办时间减少50%: a reform's cut of items, papers or time, a change of its
            # own as 精简85% and 减少一半 are (比上年减少1/3 is against last year)
            f.measure, f.sign = "change_pct", -1
            return
        elif last in ends["decline_end"] and cw.decline_end.search(clause):
            f.measure, f.sign = "yoy_pct", -1
        elif last in ends["growth_end"] and cw.growth_end.search(clause):
            f.measure = "yoy_pct"
        elif last in ends["raise_end"] and cw.raise_end.search(clause):
            f.measure = "yoy_pct"  # 劳动生产率提升5.2% (整治提升: one action, no growth)
        elif last in ends["adjust_end"] and (madj := cw.adjust_end.search(clause)):
            # 较上年压缩35% against last year; 平均时限缩短40%, 基本养老金上调5.7% a change of its own
            f.measure = "yoy_pct" if cw.comparison_word.search(clause) else "change_pct"
            f.sign = -1 if madj.group("cut") else 1
            if f.measure == "change_pct":
                return
        elif _cut_object(full) >= 0 and not cw.comparison_word.search(full):
            f.measure, f.sign = "change_pct", -1  # 全年压减一般性支出10%: a cut of its own, not a share
            return
        elif last in ends["growth_target"] and cw.growth_target.search(clause):
            f.measure = "yoy_pct"  # 经济增长预期目标为5%左右: a growth target, against last year
            _multi_year_target(f, clause)
            return
        elif (last in ends["more_than_base"] and (mmore := cw.more_than_base.search(clause))
              or full[-1:] in ends["more_than_base"] and (mmore := cw.more_than_base.search(full))):
            # 比上年多百分之五, 比…的总和还多百分之八十三, 比原来设想的六百亿元多出５４％: so much more (less) than
            # the base after 比, a change against it (比原计划超过百分之四: its word no qualifier, in the full clause)
            f.measure, f.sign = "yoy_pct", _more_than_base_sign(mmore, cw)
        elif last in ends["deviation_end"] and (mdev := cw.deviation_end.search(clause)):
            # 降水量612.3毫米，偏多16.7%: more (less) than the usual level, no base printed (较常年偏多 names it)
            f.measure, f.sign = "change_pct", cw.deviation_sign[mdev.group()]
            f.comparator = _base_comparator(full)
            return
        else:
            f.measure = "rate_pct"
            return
        if f.measure == "yoy_pct" and last in ends["multi_year"] and (mm := cw.multi_year.search(clause)):
            if mm.group("held") and not mm.group("total"):
                f.held = mm.group("held")  # 连续三年增长8%以上: each year's growth, over the years it held
                return
            # 年均增长9.5%, 两年平均增长3.9%, 连续三年累计增长25%: a rate over several years
            f.measure, f.comparator = "change_pct", mm.group("period")
            f.flags += ("multi_year",)
            return
        if f.measure == "yoy_pct" and _multi_year_target(f, clause):
            return
        if f.measure == "yoy_pct" and (ms := cw.span_opening.match(full)) and not cw.comparison_word.search(full):
            if full.endswith(cw.cap_words):
                f.held = ms.group("period")  # 十年来我国居民消费价格涨幅稳定在2%左右: each year's, held over the years
                return
            # 两年国营工业的劳动生产率已提高百分之二十九: a change over the years the clause opens with
            f.measure, f.comparator = "change_pct", ms.group("period")
            f.flags += ("multi_year",)
            return
        if (f.measure == "yoy_pct" and prev_base and not cw.comparison_word.search(full)
                and not _comparator(full)):
            _set_change_base(f, prev_base)  # 相较于2020年增长超1500亿元,…,增幅近1/4: the same base
            return
        if f.measure == "yoy_pct":
            _set_change_base(f, _base_comparator(full))
        return
    tail = _cue_tail(clause)
    if f.unit in cw.times_units and (mt := cw.times_more_than.search(tail)):
        # 比农民一家人的全年平均收入高一倍多, 稻米的单位面积产量比小麦高至将近两倍: so many times more than the base,
        # a change of +100 % a time
        f.measure, f.unit, f.unit_kind = "yoy_pct", "%", "percent"
        f.value = f.value * 100
        _set_change_base(f, mt.group("base"))
        return
    if f.unit in cw.times_units and (cw.growth_end.search(tail) or cw.decline_end.search(tail)):
        # 增长1.2倍 is a change of +120 %
        f.measure, f.unit, f.unit_kind = "yoy_pct", "%", "percent"
        f.value = f.value * 100
        if cw.decline_end.search(tail):
            f.sign = -1
        if mm := cw.multi_year.search(tail):  # 四年增长一点二倍, 五年增长1倍多: a change over those years
            f.measure, f.comparator = "change_pct", mm.group("period")
            f.flags += ("multi_year",)
            return
        comp = _base_comparator(clause)
        if not comp and prev_base and not cw.comparison_word.search(clause) and not cw.part_marker.search(clause):
            comp = prev_base  # 资产总额比2002年增长60.98%，实现利润增长2.23倍: a list member keeps the base before it
            # (其中高技术产业投资增长1.2倍: a part is compared as its total is first, on last year)
        _set_change_base(f, comp)
        return
    if f.unit in cw.rank_move_units or f.unit in cw.rank_move_place_units and cw.rank_move_place.search(tail):
        mm = cw.rank_move.search(tail)  # (较上年前移3名, 排名上升3名: places of a rank, no persons)
        if mm:  # 同比提升1个位次 (−1: a smaller rank), 回落6个位次 (+6)
            f.measure, f.sign = "abs_change", cw.rank_move_sign[mm.group(1)]
            f.unit = "位次"
            f.comparator = _yoy_word_base(_comparator(clause), clause)
            return
    ma = cw.abs_change_end.search(tail) if tail[-1:] in cw.abs_change_last else None
    if ma:
        word = ma.group().rstrip(cw.perfective)
        if (word in cw.abs_change_strong or cw.comparison_word.search(clause)
                or word in cw.target_gap_words and cw.target_gap.search(clause)
                or word in cw.abs_change_uncompounded and cw.raise_end.search(tail)):
            # (亩产提升10.1斤: the yield raised; 完成背街小巷整治提升316条: the lanes one action, 整治提升, counts)
            f.measure = "abs_change"
            f.sign = cw.abs_change_sign.get(word, 1)
            f.comparator = _yoy_word_base(_base_comparator(clause), clause)
            f.of_increment = word in cw.increment_change_words
            if (mm := cw.multi_year.search(tail)) and not cw.comparison_word.search(tail, 0, mm.start()):
                # 平均每年增加2053亿元, 五年增加489亿元: a change over several years (比上一个五年增加: against those)
                f.comparator = mm.group("period")
                f.flags += ("multi_year",)
            return
    if tail[-1:] in cw.ends["deviation_end"] and (mdev := cw.deviation_end.search(tail)):
        # 年平均气温14.2℃，偏高0.8℃: so much above (below) the usual level, no base printed (较常年偏高 names it)
        f.measure, f.sign = "abs_change", cw.deviation_sign[mdev.group()]
        f.comparator = _base_comparator(clause)
        return
    if ma is None and clause[-1:] in cw.ends["more_than_base"] and (mmore := cw.more_than_base.search(clause)):
        # 比五年计划原定１９５７年３，８５６亿斤的水平超过１３３亿斤: so much more (less) than the base after 比
        f.measure, f.sign = "abs_change", _more_than_base_sign(mmore, cw)
        f.comparator = _yoy_word_base(_base_comparator(clause), clause)
        return
    if (ma is None and clause[-1:] in cw.ends["above_base"]
            and (mabove := cw.above_base.search(clause, max(0, len(clause) - _ABOVE_REACH)))):
        # 高于全市平均水平2000元, 低于全市3微克/立方米: so much above (below) the place's level, as 高于全市0.9个百分点
        # is a difference of points from it
        f.measure, f.sign = "abs_change", -1 if mabove.group("word")[0] in "低少" else 1
        f.comparator = mabove.group("base")
        return
    mo = (cw.object_change.search(tail, max(0, len(tail) - 15))
          if "\u4e00" <= tail[-1:] <= "\u9fff" and tail[-1:] not in cw.perfective else None)
    if mo and f.unit not in cw.occasion_units and mo.group("object") not in cw.change_compound_objects and not (
            f.unit in cw.object_change_counted_units and mo.group("verb") in cw.object_change_counted_verbs) and (
            len(mo.group("object")) > 1 and (mo.group("object").endswith(cw.quantity_ends)
                                             or f.unit_kind == "money" and mo.group("money") is not None)
            if mo.group("verb") in cw.quantity_change_verbs
            else not (cw.object_change_nouns[mo.group("verb")] and mo.group("object").endswith(cw.quantity_ends))):
        # 增产原油300万吨: the change of the oil's output, not a level (named so when no change cue ends the tail);
        # 减少农村贫困人口1000万人, 裁减军队员额20万: the change of the thing cut (受灾减产面积2000亩 is a level of the
        # area the output fell on; 降低存款准备金率4次 counts the cuts); 农民增加收入108亿元: the change of a quantity
        # (增加学前学位2000个 counts the places added; 增加值 is no change of a 值; 核减金额3.6亿元: a bare 金额 after the
        # verb is the amount the verb names, a level of it; 化解矛盾纠纷1260件 counts the disputes settled, as 化解债务
        # 15亿元 and 化解钢铁过剩产能120万吨 are the debt and the capacity cut)
        f.measure = "abs_change"
        f.sign = cw.abs_change_sign.get(mo.group("verb"), 1)
        f.comparator = _yoy_word_base(_base_comparator(clause), clause)
        f.changed_object = mo if ma is None else None
        return
    f.measure = "level"


def _averaged_per_year(clause: str, name: str, cw: CueViews) -> str:
    """The word of an amount per year (年均, 平均每年, 每年) before a level or a change in its clause, when what follows
    it up to the figure is only the thing counted and its verb (城镇新增就业年均1270多万人, 年均临时救助1100万人次, 平均每年
    城镇新增就业1000万人, 每年减轻农民负担1335亿元, 平均每年降低1个百分点): the amount each year of the span, no total
    over it; '' when the word is part of the name (PM2.5年均浓度) or another figure or a 的 lies between
    (平均每年建成住宅面积的二点六倍). The words are ``per_year_word``'s, which leaves out the 每年 of a person
    (每人每年) or household. The caller reads no clause that holds none of their characters (``may_need``).

    Parameters
    ----------
    clause : str
        The clause before the figure.
    name : str
        The name the figure was given.
    cw : CueViews
        The compiled cue words.

    Returns
    -------
    str
        The word as printed, or ''.
    """
    m = next(iter(reversed(list(cw.per_year_word.finditer(clause)))), None)
    if (m is None or m.group() in name or cw.de in clause[m.end():] or any(ch.isdigit() for ch in clause[m.end():])
            or cw.standard_tail.search(name)):
        return ""  # (优待金标准提高到每年2.8万元: a standard's amount a year, no average over a span)
    return m.group()


def _per_year_carried(norm: str, f: _Fig, prev: _Fig | None, cw: CueViews) -> str:
    """The word of an amount per year of ``prev``, the figure right before ``f`` in its sentence, when ``f`` is the
    next item of its list: of the same measure, only a separator and a name with its verb between (平均每年城镇新增
    就业1000多万人、农村劳动力转移就业800万人; 每年资助金额近1000亿元，资助学生近8000万人次: both per year); '' when a
    time, a total or a part (去年, 累计, 其中) or another figure lies between."""
    if (prev is None or prev.measure != f.measure or not prev.comparator
            or not cw.per_year_word.fullmatch(prev.comparator)
            or not cw.per_year_next_item.fullmatch(norm, prev.qend, f.start)):
        return ""
    return prev.comparator


def _multi_year_target(f: _Fig, clause: str) -> bool:
    """“十五”期间年均经济增长速度预期目标为7%: a growth target over several years, not against last year."""
    cw = compiled()
    mt = cw.multi_year_word.search(clause) if cw.growth_target.search(clause) else None
    if mt:
        f.measure, f.comparator = "change_pct", mt.group()
        f.flags += ("multi_year",)
    return mt is not None


_FRAMED_YEAR = re.compile(r"((?:\d{4}|[一二][九零〇○][零〇○一二三四五六七八九]{2}))年$")


def _year_before(norm: str, at: int, base: str, covered: int | None = None) -> bool:
    """Whether ``base`` (一九八○年) is the year before the one printed right before ``at`` (一九八一年比…), or,
    with no year printed there, before ``covered`` (the year a review speaks of: 同１９５４年比较 in the review of
    1955)."""
    m = _FRAMED_YEAR.search(norm, max(0, at - 6), at)
    y1 = year_number(m.group(1)) if m else covered
    y2 = year_number(base[:4]) if len(base) >= 5 else None
    return y1 is not None and y2 is not None and y1 - y2 == 1


def _year_end_period(period: str) -> bool:
    """Whether ``period`` is the end of a year printed (``1955年底``, ``一九五五年末``)."""
    cw = compiled()
    return period.endswith(cw.year_end_words) and cw.period_bare_year.fullmatch(period[:-1]) is not None


def _set_change_base(f: _Fig, comp: str) -> None:
    """A change against last year stays yoy_pct; any other stated base makes it change_pct."""
    f.comparator = comp
    if comp and not comp.startswith(compiled().yoy_bases):
        f.measure = "change_pct"


def _pp_sign(clause: str, prev_change: float | None, prev_magnitude: bool = False) -> tuple[int, bool]:
    """The sign of a move in points read off ``clause``, and whether it narrows or widens a fall (降幅比1-5月收窄
    1.2个百分点: a bare 比一季度收窄4个百分点 after it narrows the same fall, +4: see :meth:`_Reader._type`)."""
    cw = compiled()
    if _may_hold("pull_object", clause) and (pulls := list(cw.pull_object.finditer(clause))) and cw.pp_down.search(
            pulls[-1].group()):
        return -1, False  # 下拉全区税收增长1.9个百分点: a pull down; the growth named after its verb is what it pulls
    ups = [(mt.end(), 1, mt.group()) for mt in cw.pp_up.finditer(clause)]
    downs = [(mt.end(), -1, mt.group()) for mt in cw.pp_down.finditer(clause)]
    if not ups and not downs:
        return 1, False
    pos, sign, word = max(ups + downs)
    before = clause[: pos - len(word)]
    dec_subject = cw.decline_subject.search(before)
    grow_subject = cw.growth_subject.search(before)
    if word in cw.pp_narrowing or word in cw.pp_widening:
        narrowing = word in cw.pp_narrowing
        fall = bool(dec_subject) or not grow_subject and prev_change is not None and prev_change < 0
        return (1 if narrowing == fall else -1), fall
    if (dec_subject or prev_magnitude) and not grow_subject and word not in cw.pp_judged:
        return -sign, False  # 降幅低于全市; 下降幅度为5.2%,比全市平均低4.1个百分点 (降幅好于全市: a smaller fall is better,
        # the growth higher)
    return sign, False


@functools.cache
def _comparator_rules() -> tuple[tuple[re.Pattern[str], int, frozenset[str] | None], ...]:
    """The base patterns of :func:`_comparator`, each with its group and the characters a match of it may start
    with (None: any), read off the pattern once."""
    return tuple((rx, g, first_chars(rx)) for rx, g in compiled().comparator_regex)


@functools.lru_cache(maxsize=256)
def _comparator(clause: str) -> str:
    """The base of a comparison ``clause`` states (比上年, 较一季度, 高于全市平均水平), the last one printed, else ''.
    Read once a clause text: its figures ask for it again (the measure and the base of a figure, a level and the
    change after it, 比上年增加439亿元，增长17.6%, a list's members). A base pattern or word is looked for only in a
    clause that holds a character its matches may start with (most clauses hold no 比 or 较: one set of the clause's
    characters, not some fifty scans)."""
    cw = compiled()
    if " " in clause:
        clause = cw.spaced_digit.sub("", clause)  # 比1 9 8 0 年: read as printed without the spaces, 比1980年
    held = set(clause)
    best, average_end = (-1, ""), -1
    for rx, g, first in _comparator_rules():
        if first is not None and held.isdisjoint(first):
            continue
        for mt in rx.finditer(clause):
            if mt.start() > best[0]:
                best = (mt.start(), mt.group(g))
                # 高于全省县区平均水平: the average of a class of units, whose place word (全省) is no base alone;
                # 比第三次全国经济普查(2013年末): the time in brackets of a base, whose 全国 is no base alone
                average_end = mt.end(g) if mt.group(g).endswith("平均") or clause[mt.start(g) - 1] in "(（" else -1
    for word, label in cw.comparators:
        if word[0] not in held:
            continue
        i = clause.rfind(word)
        if i > best[0] and i >= average_end:
            best = (i, label)
    return best[1] or _stated_base(clause)


def _yoy_word_base(comp: str, clause: str) -> str:
    """``comp``, else the base 同比 names when the clause holds it (同比减收12340万元, 同比增加1.17个百分点: against
    上年同期): the base of a change of an amount or of points, which no measure names (a growth 同比 is yoy_pct)."""
    cw = compiled()
    return comp or (cw.yoy_base if cw.yoy_word in clause else "")


def _stated_base(clause: str) -> str:
    """The base the text names after 比/较 in no list of comparators (比别的杂粮可能增加, 比五年前增长), else ''."""
    cw = compiled()
    found = list(cw.stated_base.finditer(clause))
    return found[-1].group("base") if found and found[-1].group("base") not in cw.stated_base_rejects else ""


def _base_comparator(clause: str) -> str:
    """The base of a change the clause states (see :func:`_comparator`), without a scope word no comparison word
    leads: 全市规模以上工业总产值同比增长 and 列入全市专项行动的五个重点区域涉及人口减少16863人 compare with no 全市
    (全国病床数比解放前的最高水平增加了: the base the text names after it)."""
    cw = compiled()
    comp = _comparator(clause)
    if comp in cw.scope_words and not re.search(rf"(?:{cw.scope_base_prefixes}){re.escape(comp)}", clause):
        return _stated_base(clause)
    return comp


def _paired_bases(head: str, n: int, tail: str = "") -> list[str] | None:
    """The bases of the ``n`` members of a list, in order, when the clause before 分别 names as many joined
    by 和 or 、 after one comparison word (增速较一季度和1-5月分别提高15.5和2.2个百分点 → 一季度, 1-5月), or
    ``tail``, the words between 分别 and the first figure, does (增速分别高于全市、全省2.1和1.5个百分点 → 全市, 全省),
    else None. Each item must be a base the comparator rules read after the comparison word."""
    cw = compiled()
    mp = cw.comparator_pair.search(head) if cw.comparator_pair_separator.search(head) else None
    if mp is None and tail and cw.comparator_pair_separator.search(tail):
        head = tail.strip()
        mp = cw.comparator_pair_after.match(head)
    if mp is None:  # (a list head only: once a 分别 list)
        return None
    items = cw.comparator_pair_separator.split(mp.group("items"))
    if len(items) != n:
        return None
    word = head[mp.start():mp.start("items")]
    bases = [_comparator(word + item.strip()) for item in items]
    return bases if all(bases) else None


def _listed_periods(norm: str, a: int, b: int, n: int) -> tuple[list[str] | None, int, int]:
    """The periods of the ``n`` members of a list, in order, when the clause ``norm[a:b]`` before 分别 opens with as
    many joined by 、 or 和 (一季度、上半年、前三季度地区生产总值分别增长… → 一季度, 上半年, 前三季度) or ends with them
    after its subject (全区税收一季度、二季度分别增长…); items that print a numeral only share the last one's word
    (一、二季度 → 一季度, 二季度; 1、2月 → 1月, 2月); and where the subject starts and ends around them; else
    (None, ``a``, ``b``)."""
    cw = compiled()
    mp = cw.period_list.match(norm, a, b)
    if mp is None:
        mp = next((m for m in cw.period_list.finditer(norm, a, b)
                   if m.end() == b and norm[m.start() - 1] not in cw.period_not_before), None)  # (较一季度和1-5月: bases)
    items = cw.comparator_pair_separator.split(mp.group("items")) if mp else []
    bare = [cw.listed_numeral.fullmatch(it) is not None for it in items]
    head = cw.listed_numeral.match(items[-1]) if any(bare) else None
    if not items or len(items) != n or bare[-1] or any(bare) and head is None:
        return None, a, b
    word = items[-1][head.end():] if head else ""
    items = [it + word if nb else it for it, nb in zip(items, bare, strict=True)]
    return (items, mp.end(), b) if mp.start() == a else (items, a, mp.start())


def _rank_group(clause: str, mr: re.Match[str] | None, ms: re.Match[str] | None) -> str:
    """The group a rank is in: the words after its rank verb (居全市第6位), else the set named before the verb
    (均在全市排名第一, 增幅在全市16县区中排名第五, 在全市营商环境评价中排名第三 → 全市, 世界排名由第十位 → 世界,
    在16区排名进入前3名 → 16区); ``mr`` is the rank verb's match in ``clause``, ``ms`` the group's without one."""
    if mr is None:
        return ms.group("scope") if ms else ""
    cw = compiled()
    group = mr.group(1).strip(cw.de)
    if group and group not in cw.rank_verb_tails:
        lead = next((t for t in cw.rank_verb_tails if group.startswith(t)), "")
        # (排名进入全区前十: the group past the verb's tail, when what is left names one)
        return group[len(lead):] if lead and cw.rank_scope.fullmatch(group, len(lead)) else group
    head = clause[:mr.start(1)]
    ms = cw.rank_scope.search(head) or (cw.rank_within.search(head) if "在" in head else None)
    return ms.group("scope") if ms else ""


def _same_quantity(own: str, lead: str) -> bool:
    """The quantity ``own`` a clause prints is the one ``lead`` the items listed before lead in (从业人员 and
    从业人员, 数量 and 法人单位数量)."""
    lead = clean_name(lead)
    return bool(lead) and (lead.endswith(own) or own.endswith(lead))


def _counts_budgets(norm: str, f: _Fig, lo: int, end: int, cw: CueViews) -> bool:
    """``f`` counts the budgets its words (``lo``..``end``) end with (审查区级部门预算86个), no budget's figure."""
    return f.unit in cw.target_name_counters and cw.counted_budget_end.search(norm, lo, end) is not None


def _split_list(subject: str, n: int, ranked: bool = False) -> list[str] | None:
    """Items of a 分别 list subject (商务服务业、批发零售业税收 → two items sharing 税收); of a list of ranks
    (``ranked``), the growth word ending it is an item's own (总量、增速分别居全市第6位、第2位)."""
    cw = compiled()
    if (mt := cw.top_list_lead.match(subject)) is not None:
        # 法人单位数量居前三位的行业是批发和零售业、建筑业、制造业: the items that lead in the quantity, each its own
        items = _split_list(subject[mt.end():], n, ranked)
        quantity = clean_name(mt.group("quantity"))
        return [it if it.endswith(quantity) else it + quantity for it in items] if items and quantity else items
    if not ranked:
        subject = cw.measure_words.sub("", subject)
    for word, parts in cw.list_expansions:  # 城乡居民人均可支配收入, 中、高等职业教育在校生: one phrase, n items
        i = subject.find(word)
        if i >= 0 and len(parts) == n:
            head, rest = subject[:i], subject[i + len(word):]
            # (国内生产总值和城乡居民人均收入: the list is the words around the phrase, which is one of its items)
            if cw.item_separator not in head + rest and not cw.list_last_split.search(head + rest):
                return [head + part + rest for part in parts]
    items = [s for s in subject.split(cw.item_separator) if s]
    if len(items) > 1 and (mo := _ORDINAL_ITEM.fullmatch(items[0])) and (ml := _NUMERAL_HEAD.match(items[-1])) and all(
            _NUMERAL_HEAD.fullmatch(it) for it in items[1:-1]) and ml.end() < len(items[-1]):
        # 第一、二、三产业增加值: ordinals sharing the 第 of the first and the noun of the last
        noun = items[-1][ml.end():]
        items = [mo.group(1) + _NUMERAL_HEAD.match(it.removeprefix(mo.group(1))).group() + noun for it in items]
    if len(items) != n and items:
        last = cw.list_last_split.split(items[-1])
        if len(items) - 1 + len(last) == n and all(last):
            items = items[:-1] + last
    if len(items) != n or n < 2:
        return None
    tail = items[-1]
    if (mr := cw.recap_group.search(tail)) and mr.start() > 0 and parse_chinese_numeral(mr.group("num")) == n:
        # 金融、科技和信息服务业三大优势行业增加值: the group the items make is no part of the last one; what is
        # measured of them all follows it, and an item that names no industry takes the group's (金融行业增加值)
        rest, head, last = tail[mr.end():], mr.group("head"), tail[:mr.start()]
        sector = cw.sector_phrase.search(head) is not None
        return [it + (_industry_shared(it, last, cw) or head if sector and not cw.sector_phrase.search(it) else "")
                + rest for it in (*items[:-1], last)]
    for part, lead, rest in ((cw.age_item, cw.age_item, 1), (cw.grade_name, cw.grade_name, 2),
                             (cw.class_item, cw.class_item_lead, 2)):
        # 0—14岁、15—59岁、60岁及以上人口 / 国家级、省级、市级非遗代表性传承人 / 货物类、工程类、服务类采购: age groups,
        # grades or classes sharing the noun the last one prints (the people each age group is of, the things of each
        # grade, what is measured of each class from its 类 on, which a class of procurement may leave to the last:
        # 货物、工程、服务类采购金额 → 货物类采购金额); a lead's group is what of the item comes before the shared words
        if ((m := part.match(tail)) and len(tail) - m.end() >= rest
                and all(ms := [lead.fullmatch(it) for it in items[:-1]])):
            return [(mi.group(1) if lead.groups else mi.group()) + tail[m.end():] for mi in ms] + [tail]
    suffix = ""
    # a scope word heading the last item is its own, not a name the others share words after (增值税、全口径企业所得税)
    scoped = max((len(w) for w in (*cw.fiscal_scopes, *cw.scope_words) if tail.startswith(w)), default=0)
    for word in cw.list_suffixes:
        i = tail.find(word, scoped)
        if i > scoped and (not suffix or i < tail.find(suffix)):
            suffix = tail[i:]
    if suffix and (mo := cw.owner_end.search(items[0])) and len(w := mo.group()) > 1 and all(
            it.endswith(w) for it in items[:-1]) and (j := tail.rfind(w)) >= len(tail) - len(suffix):
        suffix = tail[j + len(w):]  # 城投集团、文旅集团、产业投资集团营业收入: items naming their body share what follows it
    lead = items[0][mh.end():] if (mh := cw.name_head.match(items[0])) else items[0]  # (把小学、初中学生…: 小学)
    if suffix and 1 < (k := len(lead)) < len(tail) - len(suffix) and tail[k - 1] == lead[-1]:
        suffix = tail[k:]  # 鄱阳湖、洞庭湖还湖面积: the last item's words after a head as long as the first item, ending alike
    # (木材和水泥的产量, 广播和电视的人口覆盖率: the last item's words from its 的 are shared)
    if cw.de in tail and tail.rindex(cw.de) < len(tail) - len(suffix) and not any(cw.de in it for it in items[:-1]):
        suffix = tail[tail.rindex(cw.de):]
    suffix = cw.measure_words.sub("", suffix)
    suffix = _persons_shared(lead, tail, suffix, cw)
    # an item that names its own quantity (单位国内生产总值用水量, 城镇居民人均可支配收入, 广义货币M2) takes no shared
    # suffix, unless the item with it is the glossary's name too (PM2.5、PM10年均浓度: PM2.5年均浓度, as printed); a count of
    # firms (规模以上工业企业) or of bodies (三级医院, counted by the glossary too) is as much the owner of the quantity the
    # list shares, and a count of persons (特困人员) the owner of a rate or proportion (特困人员、低保对象救助比例)
    # (办理人大代表建议、政协提案和信访案件: a thing counted of its own, 建议, takes no shared 案件)
    noun_suffix = suffix in cw.list_noun_suffixes
    out = [it if not suffix or it.endswith(suffix) or noun_suffix and it.endswith(cw.list_item_own_nouns)
           or it in cw.quantity_names and not it.endswith(cw.entity_words) and not cw.body_end.search(it)
           and it + suffix not in cw.quantity_names
           and not (suffix.endswith(cw.person_rate_ends) and cw.person_head_end.search(it)) or it.endswith(cw.quantity_ends) and it not in cw.substances_named_by_quantity
           else _joined_name(it, suffix) if len(suffix) > 2 and it.endswith(suffix[:2])
           else it + suffix for it in items]  # (化学需氧量、氨氮排放: the oxygen demand's emission; 工业企业、建筑业企业
    # 利润: the industry's firms' profit, the firms named once)
    if suffix and tail.endswith(suffix) and cw.sector_phrase.search(last := tail[:-len(suffix)]):
        # 金融、科技和信息服务业增加值: the industry's words the last item prints once (科技服务业, 金融业)
        # (新材料、生物医药产业产值: the industry word of the last item, when no glossary industry is made, 新材料产业)
        # (第一产业、第二产业、第三产业用电量: items printing the word and the suffix already keep their names)
        out = [it + shared + suffix if not cw.sector_phrase.search(it) and not it.endswith(suffix) and (
            shared := _industry_shared(it, last, cw) or next(
                (w for w in cw.list_industry_heads if last.endswith(w) and len(last) > len(w) and not it.endswith(w)), ""))
               else name for it, name in zip(items, out, strict=True)]
    first = out[0]
    if head := next((first[:i + len(w)] for w in cw.list_head_links if (i := first.find(w)) > 0), ""):
        # 中央财政用于科技、教育、卫生和文化事业的支出: the payer and its purpose word are every item's
        out = [first] + [it if any(w in it for w in cw.list_head_links) else head + it for it in out[1:]]
    elif ((mp := cw.person_head_end.search(first)) and mp.start() > 0
          and all(cw.person_head_end.fullmatch(it) for it in out[1:])):
        # 向农村派驻教师和医生各1万人: the words before the first persons are those of the persons after them too
        out = [first] + [first[:mp.start()] + it for it in out[1:]]
    else:  # 城镇职工基本养老保险、基本医疗保险参保人数: the employees' medical insurance too
        out = [first] + [_owner_shared(lead, it, name, suffix, cw)
                         for it, name in zip(items[1:], out[1:], strict=True)]
    own = next((q for q in cw.bare_quantities if first.endswith(q)), "")  # (the longest: 营业收入 owns no 营业)
    own = own if len(first) > len(own) else ""
    if own:  # 小麦面积和产量: the wheat's output; 规模以上工业增加值和利润: the industry's profit
        stem = first[:-len(own)]  # (规模以上工业总产值、增加值: the industry's, 总 the output's own word)
        stem = next((stem[:-len(w)] for w in cw.measure_whole_words if stem.endswith(w)), stem)
        out = [first] + [_joined_name(stem, it) if it in cw.bare_quantities and it != own else it for it in out[1:]]
    if size := next((w for w in cw.trade_size_heads if first.startswith(w)), ""):
        # 限上批发业、零售业销售额: the trade size class heading the first trade is every trade's of the list (规模以上
        # 工业、建筑业企业利润: the size of industry is no class of construction)
        out = [first] + [size + it if not it.startswith(cw.trade_size_heads) and it.startswith(cw.trade_sectors)
                         else it for it in out[1:]]
    # 单位国内生产总值能耗和二氧化碳排放: the emissions per unit of output too, not the emissions; 生产安全事故起数和死亡
    # 人数: the dead of the incidents counted
    return [first] + [_per_output(first, it, cw) or (_casualties_of_count(first, mc, cw)
                                                      if (mc := cw.casualty_name.fullmatch(it)) else "") or it
                      for it in out[1:]]


def _industry_shared(item: str, last: str, cw: CueViews) -> str:
    """The words of the industry the last item ``last`` of a list of industries ends with that make ``item`` the name
    of an industry the glossary knows, the longest (金融、科技和信息服务业三大优势行业: 科技 + 服务业 is 科技服务业,
    金融 + 业 is 金融业); '' when none does."""
    return next((last[i:] for i in range(1, len(last)) if item + last[i:] in cw.sector_names), "")


def _owner_shared(lead: str, item: str, name: str, suffix: str, cw: CueViews) -> str:
    """``name`` of a later list item ``item`` with the owner words the first item ``lead`` prints before the
    words ``item`` opens with, when both items end in the same noun: the owner is then written once, for all
    (城镇职工基本养老保险、基本医疗保险 → 城镇职工基本医疗保险); or with the owner ``lead`` joins by 的 when
    ``item`` is another thing of it and opens with no owner of its own (全国重点企业的主要工业产品质量指标和原材料消耗指标
    → 全国重点企业的原材料消耗指标; 重点企业的研发投入和政府科技投入: the government's own); else ``name``."""
    own = item[:-len(suffix)] if suffix and item.endswith(suffix) else item
    if len(own) < 4 or len(lead) < 6 or own[-2:] != lead[-2:]:
        return name
    at = lead.find(own[:2])
    # (the owner is a word of two characters at least, and the item prints none of its own before: 进出口、出口)
    if at >= 2:
        return lead[:at] + name if not name.startswith(lead[:at]) else name
    # an owner the first item joins by 的 is the later item's too, when that item is another thing of it, not the same
    # one of an owner of its own (全国重点企业的主要工业产品质量指标和原材料消耗指标 in 1979: the key firms' material use;
    # 城镇居民的人均收入和农村居民人均收入: the rural residents' own)
    de = lead.find("的")
    if (de >= 2 and "的" not in own and not own.endswith(lead[de + 1:]) and not name.startswith(lead[:de])
            and not own.startswith(cw.item_owner_heads)):
        return lead[:de + 1] + name  # (政府科技投入, 全市…, 居民…: an owner of its own)
    return name


def _persons_shared(lead: str, tail: str, suffix: str, cw: CueViews) -> str:
    """``suffix`` with the word for persons the last item ``tail`` prints right before it, when the first item
    ``lead`` names none and the last one prints words of its own before that word: 把小学、初中学生人均公用经费 →
    学生人均公用经费 (the pupils of both schools are the persons per head); else ``suffix``."""
    if not suffix or not tail.endswith(suffix) or cw.person_head.search(lead):
        return suffix
    mp = cw.person_head_end.search(tail, 0, len(tail) - len(suffix))
    return tail[mp.start():] if mp and mp.start() > 0 else suffix


def _per_output(head_name: str, name: str, cw: CueViews) -> str:
    """``name`` per the unit of output ``head_name`` opens with, when ``name`` is a quantity that may be so and
    ``head_name`` holds more than that output (单位国内生产总值能耗 and 二氧化碳排放 → 单位国内生产总值二氧化碳排放);
    else ''. A count per people (每千人口执业（助理）医师 and 注册护士 → 每千人口注册护士) is per them whatever it counts, when
    ``name`` names no basis of its own it is per (人均, 平均, 日均: 医师日均担负诊疗) and no rate (孕产妇死亡率)."""
    mi = cw.intensity_head.match(head_name)
    if mi and len(head_name) > mi.end() and name in cw.intensity_measures:
        return mi.group() + name
    mp = cw.per_population_head.match(head_name)
    if (mp and len(head_name) > mp.end() + 1 and not name.startswith((*cw.per_head_words, cw.per_word))
            and not name.endswith(cw.rate_name_ends) and not cw.per_head_word.search(name)
            and not cw.time_basis.search(name)):
        return mp.group() + name
    return ""


_BARE_MAGNITUDES = frozenset(("万", "亿", "万亿", "萬", "億", "萬億"))  # a magnitude printed with no unit (12.5亿)
_MAGNITUDE_ENDS = "".join(sorted(set("".join(_BARE_MAGNITUDES))))  # the magnitude a bare size class ends with (10亿级)
_RANK_HELD = re.compile(r"[位名]?的(?!是)")  # 排名第1的朝阳区: the rank's 的 before what holds it (的是: a verb)
_CLAUSE_BREAK = re.compile(r"[,;。]")  # a comma or a stop: the parts after 其中 are no list of one clause
_LIST_ITEM_STOP = re.compile(r"[、,;。:(]")  # a pause or bracket: the words before a figure are no single list item
_ORDINAL_ITEM = re.compile(r"(第)[一二三四五六七八九十]+")
_NUMERAL_HEAD = re.compile(r"[一二三四五六七八九十]+")
OWNER_TOPIC_MAX = 16  # characters of the bodies a sentence opens with, at the most, before an aside of what they include


def _last_level_of_sentence(kept: list[_Fig], f: _Fig) -> _Fig | None:
    """The last named level in a unit other than % of the sentence of ``f`` among the figures ``kept`` before it,
    or the level right before that one when it is its set (the same unit, a name opening with the same two
    characters: 调解矛盾纠纷2365件，调解成功2298件), or None."""
    last = None
    for g in reversed(kept):
        if g.sentence != f.sentence:
            break
        if g.unit != "%" and g.measure == "level" and g.indicator:
            if last is not None:
                return g if g.unit == last.unit and g.indicator[:2] == last.indicator[:2] else last
            last = g
    return last


def _peer_owned(owner: str, subject: str, cw: CueViews) -> str:
    """``owner`` with the quantity ``subject`` owns after the body it names that ``owner``'s name ends with too
    (民营医院, 公立医院病床使用率 → 民营医院病床使用率; 小微企业, 规上工业企业利润率 → 小微企业利润率), or ''. The words
    shared end with a word of two characters at the least naming a body (医院, 企业: not the 业 of 工业, 农业), and the
    subject, no list (国营商业和合作社营商业), names more after them. The words before them in ``owner`` are a class of
    such bodies (公立, 民营, 二级, 小微), no verb or state of theirs (亏损企业, 新登记企业, 新认定高新技术企业: bodies counted)."""
    if any(j in subject for j in cw.scope_item_openers):
        return ""
    for k in range(len(owner) - 1, 1, -1):
        body = owner[-k:]
        mb = cw.owner_end.search(body) or cw.body_end.search(body)
        if mb is None or len(mb.group()) < 2 or not cw.peer_owner_class.fullmatch(owner[:-k]):
            continue
        at = subject.find(body)
        if at >= 0 and len(rest := subject[at + k:]) >= 2 and not rest.startswith(cw.de):
            return owner + rest
    return ""


def _shared_head(part: str, whole: str, least: int = 1) -> int:
    """How many characters the name ``whole`` opens with that ``part`` ends with (发明专利, 专利授权量: 2; ``least`` at
    the fewest), 0 when none, or when the part is the whole's name or longer than it."""
    return next((k for k in range(min(len(part), len(whole)) - 1, least - 1, -1) if part.endswith(whole[:k])), 0)


def _joined_name(stem: str, noun: str, least: int = 1) -> str:
    """``stem`` + ``noun`` without the words they share (``least`` characters at the fewest): 商品房销售 + 销售额 →
    商品房销售额."""
    return stem + noun[_shared_head(stem, noun, least):]


def _is_threshold(norm: str, f: _Fig, cw: CueViews) -> bool:
    """A number that names a class rather than counts one: 年营收10亿元以上企业, 60岁以上人群, 500米服务半径."""
    if f.unit in cw.threshold_count_units and cw.threshold_noun.match(norm, f.end) and not (
            cw.threshold_frame_noun.match(norm, f.end) and cw.threshold_frame_open.search(norm, max(0, f.start - 12), f.start)):
        # 跨越两个千亿级台阶: thresholds passed (粮食产量跃上1.4万亿斤新台阶 is the output); 在建设141项企业方面 counts the
        # enterprises, 方面 closing the 在 frame
        return True
    if (f.unit in cw.duration_units and norm.startswith(cw.duration_after, f.end)
            and not cw.to_target_end.search(norm, max(0, f.start - 9), f.start)):
        return True  # 14天内实现, 14天建成: a deadline or a duration (压缩至4个工作日以内, 压缩到目前的平均4个工作日以内 is an outcome)
    if (f.unit in cw.duration_units and norm.startswith(("的时间", "时间"), f.end)
            and cw.duration_means.search(norm, max(0, f.start - 5), f.start)):
        return True  # 用四个月的时间超额完成了全年度的任务: the time spent doing it, no figure
    if norm[f.start - 1:f.start] in cw.duration_lead_last and cw.duration_lead.search(norm, max(0, f.start - 5), f.start) and (
            cw.duration_follow.match(norm, f.end) or cw.duration_follow.fullmatch(f.raw_unit)):
        return True  # 经过30多年改革开放, 经过三个五年计划的努力: a span of time passed, no figure
    if (f.unit in cw.class_time_units and "\u4e00" <= norm[f.end:f.end + 1] <= "\u9fff"
            and norm[f.end] not in cw.class_time_not_before):
        return True  # 24小时采样点, 24小时便利店
    if not f.unit and f.value == 100 and cw.index_base.search(norm, max(0, f.start - 16), f.start):
        return True  # 如果以１９５０年为１００: the base of an index, not a figure of it
    if (f.unit_kind == "money" and cw.class_money_noun.match(norm, f.end)
            and (cw.class_money_bound.search(norm, max(0, f.start - 2), f.start)
                 or cw.class_money_lead.search(norm, max(0, f.start - 2), f.start))):
        # 产值超100亿元企业达到12家: the firms above the amount are counted, the amount is no figure; so with no
        # bound when the amount opens its clause or follows what it is an amount of (其中10亿元楼宇8座, 税收5000万元楼宇)
        return True
    if ((f.unit_kind == "money" or f.unit in cw.threshold_units) and norm[f.end:f.end + 1] in cw.starts["size_class_after"]
            and cw.size_class_after.match(norm, f.end) and cw.size_class_count.search(norm, max(0, f.start - 8), f.start)):
        return True  # 建成2个5000平方米的社区服务中心, 三十个五万千瓦规模的电站: the size of each thing counted names its kind
    if not f.unit and norm[f.end - 1:f.end] in _MAGNITUDE_ENDS and norm.startswith("级", f.end) and (
            "\u4e00" <= norm[f.end + 1:f.end + 2] <= "\u9fff"):
        return True  # 培育10亿级企业3家: a size class named by its magnitude, as 百亿级 is
    if norm.startswith(cw.scope_note_bounds, f.qend) and cw.scope_note.search(norm, max(0, f.start - 40), f.start):
        return True  # 统计范围为年主营业务收入2000万元及以上的工业法人单位: the bound of the class a statistic covers
    if (f.unit_kind == "count" and cw.de in norm[f.end + 3:f.end + 8] and cw.counted_class_bound_gate in norm[f.end + 1:f.end + 6]
            and cw.counted_class_bound.match(norm, f.end)):
        return True  # 十个职工以上的资本主义工业企业有四万五千多户, 100张床位以上的医院: the size of each thing counted
        # after it, by a count of its parts, names its kind
    if f.unit in cw.settlement_size_units and cw.settlement_size_class.match(norm, f.end):
        return True  # 20户以上自然村通硬化路: villages of that size (20 households or more) are named, none counted
    if (f.unit in cw.reach_units and cw.reach_coverage.match(norm, f.end)
            and cw.reach_owner_end.search(norm, max(0, f.start - 4), f.start)):
        return True  # 公交站点500米覆盖率: the reach around the stops the coverage is of, no figure (通车里程1200公里覆盖率:
        # a length measured, a figure)
    if f.unit in cw.reading_threshold_units and (
            (mb := cw.reading_bound_after.match(norm, f.end))
            and (mb.group().endswith(cw.de) or not cw.reading_value_lead.search(norm, max(0, f.start - 3), f.start))
            or norm[f.start - 1:f.start] in cw.reading_bound_signs
            and f.start > 0 and cw.reading_bound_close.match(norm, f.end)):
        return True  # 35℃以上高温日数, 日最高气温≥35℃的高温日数, 高温日数(日最高气温≥35℃): the bound of the readings that make
        # the days counted, no reading of the year (降水量达1200毫米以上为有气象记录以来最多, 气温降至-10℃以下导致…: a
        # reading a verb reaches, no class after it; 厚度达8厘米以上的路段: a class again)
    if f.unit_kind != "money" and f.unit not in cw.threshold_units:
        return False  # 10项以上促消费活动 still counts events
    return cw.threshold_after.match(norm, f.end) is not None


def _names_a_thing(norm: str, end: int, cw: CueViews) -> bool:
    """An ordinal ending at ``end`` is the ordinal of the thing named after it, not a rank: a word
    follows it that is no rank's own (第一家, 第二批, 第一梯队, 第七届; 第三位, 第2名, 第一和第三, 第一的位置 and
    全球第一货物贸易大国 are ranks); so is one of a list of ordinals whose last names a thing (全区第二、三产业, 第二、
    第三产业; 居全国第三、四位 is a rank)."""
    if (nxt := cw.ordinal_list_next.match(norm, end)) is not None:
        end = nxt.end()
    return ("\u4e00" <= norm[end:end + 1] <= "\u9fff" and not norm.startswith(cw.counted_rank_tails, end)
            and not norm.startswith(cw.rank_ordinal_followers, end) and not cw.rank_title_after.match(norm, end))


def _recap_count(norm: str, m: Mention, f: _Fig) -> bool:
    """A small count in words of things named elsewhere is no figure: two or three just joined (国内和国际两条战线,
    新旧两种体制), or up to ten pointed at (这两个指标, 上述三项任务, 以下的十项工作, 他们两位, “…长期稳定”三项原则), or two or
    three a merger or a relation joins (两种价格的并轨); 以下四十八个主要工程 is the total of the parts listed next."""
    if m.kind != "cncount" or f.unit_kind != "count" or f.value > 10:
        return False
    lo = max(0, m.start - 14)
    if (_RECAP_POINTER.search(norm, lo, m.start) is not None
            or f.value in (2, 3) and _RECAP_BEFORE.search(norm, lo, m.start) is not None):
        return True
    if f.value in (2, 3) and _RECAP_RELATION.match(norm, f.end) is not None:
        return True  # 计划内外两种价格的并轨, 消除两个军事集团的严重对立: the things a merger or a relation joins, named
        # by how many they are (两种体制同时并存 is said of the two, a count)
    if not "\u4e00" <= norm[f.end:f.end + 1] <= "\u9fff" or f.unit in compiled().occasion_units:
        return False  # (新增国家级、市级专精特新企业两家: the count is what is said; 党中央、国务院两次召开…会议: how often)
    ml = _RECAP_LIST.search(norm, max(0, m.start - 40), m.start)
    if ml is None:
        return False
    # 京津冀交通、生态、产业三个重点领域, 优化开发、重点开发、限制开发和禁止开发四类主体功能区: as many things as
    # the list just named, before the noun counted (a list closed by 等 or counting more than it names is no recap:
    # 检疫检测组、市场防疫组等四个专项小组)
    last = ml.group().rindex("、") + ml.start() + 1
    items = ml.group().count("、") + 1 + (_RECAP_BEFORE.search(norm, last, m.start) is not None)
    return items == f.value


def _restated(report: Report, m: Mention, f: _Fig, said: dict[tuple[Decimal, str], _Fig]) -> _Fig | None:
    """The figure of its sentence or the one before that ``f``, pointed back at, says again (1981: 后来又追加了八十亿元。
    这八十亿元中，有三十五亿元…; 1958: 共计一百一十九个。在这一百一十九个项目中), or None. ``said`` holds, by value and
    unit, the last figure printed so."""
    g = said.get((f.value, f.unit))
    if (g is None or report.norm[m.start - 1:m.start] not in _RECAP_LAST  # (the pointer ends right before the figure:
            # tried over the 14 characters before it only where the last of them may end it, as 这, 的, 上述 do; the
            # figures of 收入、1、1、… each say a value said before, none pointed back at)
            or _RECAP_POINTER.search(report.norm, max(0, m.start - 14), m.start) is None):
        return None
    here = report.sentence_span(f.start)
    lo = here[0] if here is not None else f.start
    before = report.sentence_span(lo - 1) if lo > 0 else None
    return g if g.start >= (before[0] if before is not None else lo) else None


def _restatements_dropped(figs: list[_Fig]) -> list[_Fig]:
    """``figs`` less the figures that say a figure again (:func:`_restated`): what the clause after one names by it
    (这八十亿元中，有三十五亿元…, carried as 这) is named by the figure said, and a part of it is a part of that figure."""
    kept = {id(g) for g in figs}
    said: dict[int, _Fig] = {}  # by the id of a figure dropped, the figure it says again
    for f in figs:
        if f.restates is not None and id(f.restates) in kept:
            said[id(f)] = said.get(id(f.restates), f.restates)
    if not said:
        return figs
    out: list[_Fig] = []
    names: dict[str, str] = {}  # in the sentence read, the name a figure dropped had → the name of the one it says
    sentence = (-1, -1)
    for f in figs:
        if f.sentence != sentence:
            sentence, names = f.sentence, {}
        if f.parent is not None and id(f.parent) in said:
            f.parent = said[id(f.parent)]
        if (g := said.get(id(f))) is not None:
            if g.indicator:
                names[f.indicator] = g.indicator
            continue
        f.indicator = names.get(f.indicator, f.indicator)
        out.append(f)
    return out


def _figures(report: Report) -> list[_Fig]:
    out = []
    norm = report.norm
    cw = compiled()
    rank_re = cw.rank_re
    said: dict[tuple[Decimal, str], _Fig] = {}  # the last figure printed, by value and unit (_restated)
    reached = -1  # the end of the last figure read: a mention inside it (the 5 of 2万5千公里) is part of it
    pending: tuple[int, int] | None = None  # a class bound just dropped (_class_bound_end)
    pp = Ahead(norm, cw.point_words)
    for m in iter_mentions(report):
        role = m.role
        if m.start < reached:
            continue
        if role == "figure" or role == "ordinal":
            if role == "ordinal" and (m.kind != "top" and not rank_re.search(norm, max(0, m.start - 14), m.start)
                                      and not cw.rank_scope.search(norm, max(0, m.start - 12), m.start)
                                      and not cw.rank_move_to.search(norm, max(0, m.start - 10), m.start)
                                      and not (out and out[-1].role == "ordinal"
                                               and cw.rank_list_gap.fullmatch(norm, out[-1].end, m.start))
                                      or m.kind != "top" and _names_a_thing(norm, m.end, cw)):
                continue  # 第一时间, 第七届: an ordinal is a figure only after 排名/位列/居 …, another rank it moves from
                # (第六位上升到第四位) or the rank before it in a list (分别居全市第6位、第2位), never in a name
                # (列入第六个五年计划, 全国第一个营商环境示范区)
            if (role == "figure" and out and out[-1].role == "ordinal" and out[-1].end == m.start - 1
                    and norm[m.start - 1] == cw.item_separator and norm.startswith(cw.counted_rank_tails, m.end)):
                m = replace(m, role="ordinal")  # 居全国第三、四位: a list of ranks, 第 printed once
            f = _parse_figure(report, m, cw, pp)
            reached = f.end if f is not None else reached
            if f is not None:
                f.restates = _restated(report, m, f, said)
                said[(f.value, f.unit)] = f
            if f is not None and not _is_threshold(norm, f, cw) and not (
                    f.unit_kind == "count" and _ENUMERATION_HEAD.match(norm, f.end)) and not (
                    _recap_count(norm, m, f)):
                if f.qualifier in _BOUND_QUALIFIERS and cw.bracket_part.match(norm, f.end):
                    continue  # 年应纳税所得额不到100万元的部分，…再减半征收所得税, 超过100万元但不超过300万元的部分: the
                    # bounds of a bracket, which the rate or relief applied to it is said of, no figures of their own
                low = out[-1] if out and norm[out[-1].qend:f.start] in cw.range_separators else None
                if low is not None and cw.bracket_part.match(norm, f.end):
                    out.pop()  # 100万元至300万元(的)部分: both bounds of a bracket
                    continue
                if norm.find(cw.de, f.end, f.qend + 1) >= 0 or low is not None:  # (5万人至10万人之间的街道)
                    if (bound := _class_bound_end(norm, f, cw, low is not None)) > 0:
                        pending = (f.start, bound)  # 降薪幅度超过30%的企业占…: the class of what the next figure counts
                        if low is not None:  # 八十斤到九十九斤的有五十五个县: both ends bound the class
                            pending = (out.pop().start, bound)
                        continue
                    if ((f.unit_kind == "money" or f.unit in cw.threshold_units or f.unit in cw.person_units
                         or f.unit in cw.class_span_units)
                            and (cw.class_named.match(norm, f.end) or cw.class_object_tail.match(norm, f.end)
                                 and cw.class_object_lead.search(norm, max(0, f.start - 16), f.start))):
                        continue  # 年主营业务收入2000万元以上的工业企业实现产值50亿元: the bound names the class whose
                        # figure follows in the clause (从业人员10人以下的小微企业: persons bound a class of firms);
                        # 对使用年限20年以上的老旧电梯进行更新: the class a measure is taken on
                if pending is not None and pending[1] <= f.start and not any(
                        map(cw.clause_stops.__contains__, norm[pending[1]:f.start])):
                    f.class_of = pending
                pending = None
                if f.unit_kind != "none":  # 增长5-6%, 分别增长2.1、4.5和6.3%: the unit printed once, after the last
                    k, after = len(out) - 1, f
                    while k >= 0 and out[k].unit_kind == "none" and norm[out[k].qend:after.start] in cw.unit_shared:
                        _range_unit(out[k], f)
                        after, k = out[k], k - 1
                if (low := _approx_pair_low(norm, f, cw)) is not None:
                    out.append(low)
                out.append(f)  # (重点抓好三件事：一是…: the count of the list the speech announces is no figure)
    return out


def _approx_pair_low(norm: str, f: _Fig, cw: CueViews) -> _Fig | None:
    """The low end of a range in round numbers that prints two neighbouring digits before one place and unit
    (二、三十亿斤: 20亿斤 to 30亿斤; 一、二千万亩; 五、六倍), as a figure of its own, or None. The low digit is
    no item of a list (一、二、三级) and the high figure prints only its digit and places (not 三十五亿). Such a
    pair is a guess (四、五十亿元: forty or fifty), so both ends are about, unless the high end says otherwise."""
    a, digits = f.mstart, cw.approx_pair_digits
    if a < 2 or f.role == "ordinal" or norm[a - 1] != cw.approx_pair_separator or norm[a - 2] not in digits:
        return None
    if a >= 3 and (norm[a - 3] in digits or norm[a - 3] == cw.approx_pair_separator):
        return None
    raw = f.raw_value
    if not raw or raw[0] not in digits or not all(c in cw.approx_pair_places for c in raw[1:]):
        return None
    lo, hi = parse_chinese_numeral(norm[a - 2]), parse_chinese_numeral(raw[0])
    if hi - lo != 1:
        return None
    low = replace(f, mstart=a - 2, start=a - 2, end=a - 1, qend=a - 1, value=f.value * lo / hi,
                  raw_value=norm[a - 2], raw_unit="", qualifier="about", flags=("range_low",))
    if f.qualifier == "exact":
        f.qualifier = "about"
    else:
        low.qualifier = f.qualifier  # 一、二百多人: over both
    f.range_of = low
    f.flags += ("range_high",)
    return low


def _per_unit_once(low: _Fig, high: _Fig) -> bool:
    """Whether the high end of a range prints the low end's unit per something (2000元～3000元/平方米): the per-unit
    printed once, after the high end."""
    return bool(low.unit) and "/" not in low.unit and high.unit.startswith(low.unit + "/")


def _range_unit(low: _Fig, high: _Fig) -> None:
    """The unit of a range's high end given to its low end when that prints none (5-6%, 5至8万羽: 5万), or of
    a list's last item to an item before it (分别为1.2和3.5亿元: 1.2亿); a rank takes none (我区5次位列全市第一、3次…)."""
    if low.unit_kind != "none" or high.unit_kind == "none" or low.role == "ordinal":
        return
    low.unit, low.unit_kind = high.unit, high.unit_kind
    if "unknown_unit" in high.flags:
        low.flags += ("unknown_unit",)  # (the unit no list knows is flagged on both ends)
    if not low.raw_unit and high.raw_unit.startswith(_RANGE_MAGNITUDES):
        low.value *= MAGNITUDES[next(m for m in _RANGE_MAGNITUDES if high.raw_unit.startswith(m))]


def _class_bound_end(norm: str, f: _Fig, cw: CueViews, ranged: bool = False) -> int:
    """Where the class ends that ``f`` bounds, or -1: a figure above or below which a class of things is
    counted or shared next gives no fact (``降薪幅度超过30%的企业占总体调查企业的10.6%``, ``投资在五亿元以上的
    重大建设项目有九十三个``: 30% and 五亿元 say which firms and projects, the figures are 10.6% and 九十三个);
    nor does a range that bounds it (``ranged``: 八十斤到九十九斤的有五十五个县)."""
    if f.qualifier not in _BOUND_QUALIFIERS and not ranged:  # (the caller has seen the 的 after it)
        return -1
    m = cw.class_bound.match(norm, f.end)
    if m is None or f.qend == f.end and not ranged and not norm.endswith(
            cw.class_bound_before, max(0, f.start - 3), f.start):
        return -1  # (a bound is printed 以上/以下 after the figure, or 超过/低于 … right before it)
    return m.end("own") if m.group("own") else m.end("noun")  # (企业占比达到20%: the class's share)


def _cell_fig(report: Report, cell: CellFigure, cw: CueViews) -> _Fig:
    """A table cell as a figure: value scaled by the unit the table gives it (row unit cell, column
    header, the table's unit line), measure from its column, indicator from its row label (:func:`_row_name`)."""
    value = cell.value * MAGNITUDES.get(cell.magnitude, Decimal(1))
    kind, unit = _table_unit(cell.base_unit, cw)
    text = report.text
    a, b = cell.start, cell.end
    digits = a + 1 if text[a] in "+-−－" else a
    mend = b - 1 if text[b - 1] in "%％‰" else b
    f = _Fig("figure", "table", digits, a, b, b, value, unit, kind, text[digits:mend], cell.unit, "exact",
             measure=cell.measure, indicator=_row_name(cell.indicator, cw), status=cell.status or "actual",
             status_fixed=bool(cell.status), period=cell.period, scope=cell.scope,
             flags=("table_cell", "multi_year") if "multi_year" in cell.flags else ("table_cell",))
    if (cell.measure in ("change_pct", "rate_pct") and f.indicator != cell.indicator
            and cell.indicator.endswith((tv := table_vocab()).decline_rows + tv.growth_rows)):
        # | 单位地区生产总值能耗降低(%) | … | [14] |: a fall of 14%, as 累计下降14% is; | 国内生产总值增长(%) | 2.3 |:
        # the year's growth, as 国内生产总值增长2.3% is
        if cell.indicator.endswith(tv.decline_rows):
            f.value = -f.value
        if cell.measure == "rate_pct":
            f.measure = "yoy_pct"
    if cell.measure == "level" and cell.period and cw.prior_level.search(cell.period):
        f.reference = "prior"  # 上年同期数
    if cell.comparator:
        f.comparator = cell.comparator  # 占全市比重%: a share of 全市, as 占全市的比重为15.6% is
    return f


def _table_unit(base: str, cw: CueViews) -> tuple[str, str]:
    """The kind and the unit of a fact of the base unit ``base`` a table gives its cells (``元``, ``%``)."""
    if base in ("%", "％"):
        return "percent", "%"
    if base in ("个百分点", "百分点"):
        return "percent", "pp"
    if base:
        return cw.units.get(base, ("count", base))
    return _NONE_UNIT


def _row_name(label: str, cw: CueViews) -> str:
    """A table's row label as the name a sentence gives the same figure: without the verb at its head that
    says what is done to the things counted (实施重大项目 → 重大项目), a plan word before what it measures (重大项目年度
    计划投资 → 重大项目投资, the plan's and the outcome's) and what else no name holds (固定资产投资(不含农户) →
    固定资产投资); the label as printed when nothing would be left."""
    name = cw.name_plan_word.sub("", label)
    if (mh := cw.strip_head.match(name)) and len(name) - mh.end() >= 2 and not cw.name_head_keep.match(name):
        name = name[mh.end():]
    return clean_name(name) or label


@dataclass(slots=True)
class _FrameReads:
    """The years, plan periods, spans of years and words of the year reviewed a sentence prints, as the period of a
    review frame reads them before each figure (:meth:`_Reader._framed`): found once a sentence, with what each
    figure asks of those before it kept along them (a run of figures in a frame is not read back from each:
    一、过去五年工作回顾 / 收入、1、1、…%). A figure sees the matches that end by its start."""

    year_ends: list[int]  # ends of its bare years (一九五八年, 2022年)
    years: list[re.Match[str]]
    compared: list[str]  # by year, the last year up to it, not a base, that a comparison follows (一九五八年比…), or ''
    plan_ends: list[int]  # ends of its plan times (“六五”时期, 今后五年)
    plans: list[re.Match[str]]
    first_fyp: int  # index of its first five-year period (“六五”时期), or len(plans)
    span_ends: list[int]  # ends of its spans of years (近三年, 连续7年)
    spans: list[re.Match[str]]
    counts: list[int]  # by span, the years it counts (0 after a numeral head)
    held: list[int]  # by span, the years of the last streak up to it (连续7年), 0 when none
    own: list[int]  # indices of the spans of their own years a frame may not hold (not a streak, 2-10 years, …)
    reviewed: int  # the least start of a figure that sees a word of the year reviewed (去年，…) before it, else -1
    first_own: dict[int, int] = field(default_factory=dict)  # by the frame's count of years, its first own span other


def _frame_reads(norm: str, st: _SentenceState, cw: CueViews) -> _FrameReads:
    """What :meth:`_Reader._framed` reads in the sentence ``st``, found once (see :class:`_FrameReads`)."""
    years = list(st.scan(cw.period_bare_year, "period_bare_year", norm))
    compared, last = [], ""
    for m in years:
        if norm[m.start() - 1] not in cw.period_not_before and norm[m.end()] in cw.period_not_before:
            last = m.group()  # (not 比一九五八年的二千零五十亿元增长: the base)
        compared.append(last)
    plan_ends, plans = st.plan_times_in(norm)
    first_fyp = next((i for i, m in enumerate(plans) if m.group("fyp")), len(plans))
    spans = list(st.scan(cw.span_period, "span_period", norm))
    counts, held, own, streak = [], [], [], 0
    for i, m in enumerate(spans):
        k = _count(m.group("k")) if norm[m.start() - 1] not in cw.period_numeral_head else 0
        counts.append(k)
        if norm.endswith(cw.span_streak_heads, st.start, m.start()):
            streak = k
        elif 1 < k <= SPAN_FRAME_MAX_YEARS and not norm.startswith(cw.span_frame_not_before, m.end()):
            own.append(i)
        held.append(streak)
    reviewed = -1
    for m in st.scan(cw.sentence_last_year, "sentence_last_year", norm):
        if norm[m.start() - 1] not in cw.period_not_before:
            # (the Han character its look-ahead reads after it, past a comma, must lie before the figure too)
            reviewed = m.end() + (norm[m.end()] in ",，") + 1
            break
    return _FrameReads([m.end() for m in years], years, compared, plan_ends, plans, first_fyp,
                       [m.end() for m in spans], spans, counts, held, own, reviewed)


@dataclass(slots=True)
class _Stripped:
    """A window's text from its first match of a pattern on, less every match (:meth:`_SentenceState.strip_split`)."""

    text: str
    after: dict[int, int]  # by the start of each match taken out, where the text after it starts in ``text``
    lasts: dict[str, int] = field(default_factory=dict)  # the last place in ``text`` of each word asked of

    def last(self, word: str) -> int:
        """The last place of ``word`` in the text, -1 where it is not there (found once a word)."""
        at = self.lasts.get(word)
        if at is None:
            at = self.lasts[word] = self.text.rfind(word)
        return at


_NOTHING_STRIPPED = _Stripped("", {})


@dataclass(slots=True)
class _SentenceState:
    """What the reader knows of the sentence it is in, found once and shared by its figures."""

    start: int
    end: int
    semi: int  # the last semicolon before the current figure: the subject scope starts after it
    pos: int  # where the next semicolon search resumes
    periods: tuple[list[int], list[str]] | None = None  # ends and names of the periods named in the sentence
    compared: set[int] = field(default_factory=set)  # ends of the years framed by a comparison (Y1比Y2，)
    item_ends: set[int] = field(default_factory=set)  # ends of the items a period of a later clause held to
    to_frames: tuple[list[int], list[str]] | None = None  # ends and years of its 到YEAR frames (found once)
    plan_times: tuple[list[int], list[re.Match[str]]] | None = None  # ends and matches of its plan times (once)
    reviewed_at: list[int] | None = None  # starts of its words of a year reviewed (去年, 上年; found once)
    cues: list[tuple[int, str]] | None = None  # status words of the sentence (see _status_cues)
    plan_head: int | None = None  # end of a plan head in its first clause (计划草案规定), -1 when none (found once)
    # its heads of lists of items, by rule (capacity_list_head: of new capacities; kind_list_head: of kinds of school
    # counted), each found once
    list_heads: dict[str, list[re.Match[str]]] = field(default_factory=dict)
    markers: list[tuple[int, str]] | None = None  # what the sentence says it speaks of (去年, 今年 …)
    front: list[re.Match[str]] | None = None  # 与2019年同期相比 at the head of the sentence, or of its clauses
    front_read: bool = False
    chapter: re.Match[str] | None = None  # 一、综合全年实现 at the head of the sentence (read once, ``chapter_read``)
    chapter_read: bool = False
    hypothesis: re.Match[str] | None = None  # its first condition or supposition (如果…就), read once (``hypothesis_read``)
    hypothesis_read: bool = False
    items: list[str] | None = None  # item names of the sentence's last 分别 list
    base: tuple[str, str, int] | None = None  # (base, period, end) of its last change against a stated year
    last_indicator: str = ""
    before: _Fig | None = None  # the last figure read before the sentence
    outer: _Fig | None = None  # when the sentence opens with 其中: the last figure before it no level compared with
    held: str = ""  # the period held on from before the sentence (its paragraph's)
    now_at: int = -1  # where a later clause of it opening with 现在 starts (the time of the report), -1 when none
    time_at: int | None = None  # where its first 年 or 月 stands (its end when none; found once)
    back: str = ""  # the period of the sentence before, when the sentence goes on with its figures (其中，…)
    stops: list[int] = field(default_factory=list)  # positions of clause stops (found once a sentence)
    span: tuple[int, int] = (0, 0)
    cue_at: list[int] | None = None  # offsets of ``cues``, for bisection
    marker_at: list[int] | None = None  # offsets of ``markers``, for bisection
    # the offsets and lengths of the part markers (其中) of the sentence, in text order (found once)
    part_marks: list[int] | None = None
    part_marks_len: list[int] = field(default_factory=list)
    whole: tuple[int, int, str] | None = None  # (its 其中, end, status) of the whole its parts are of
    brackets: list[int] | None = None  # offsets of the round brackets of the sentence (found once)
    # a sentence on one line lies in one section and one part of the report (headings start lines):
    # found once, for its first figure
    one_line: bool = False
    section: str | None = None
    part: str | None = None
    topic: str | None = None  # the period its paragraph opens with
    # by pattern field name, the offsets in the sentence of the characters a match of it may start with
    # (keyed by name: a compiled pattern hashes all of its code at every lookup)
    first_at: dict[str, list[int] | None] = field(default_factory=dict)
    last_at: dict[str, list[int] | None] = field(default_factory=dict)  # the same, of the characters a match may end with
    needed_at: dict[str, list[int] | None] = field(default_factory=dict)  # and of those one of which every match holds
    printed: dict[str, list[int]] = field(default_factory=dict)  # every place in the sentence of each word asked of, in order
    # for each tuple of words asked of together: the ends of their places in the sentence, in order, and the last start
    # of a place ending at or before each (``last_printed_of``)
    printed_of: dict[tuple[str, ...], tuple[list[int], list[int]]] = field(default_factory=dict)
    named_at: dict[str, list[int]] = field(default_factory=dict)  # the same in the text as printed (``holds_printed``)
    # by name, the last place from which the sentence is known to print the first characters of its parts, and the
    # first from which it is known not to (``_Reader._first_chars_printed_on``)
    first_printed: dict[str, tuple[int, int]] = field(default_factory=dict)
    framing: _FrameReads | None = None  # what a review frame's period reads in the sentence (found once, for its first figure)
    # by pattern name and place searched from, the end of the last search from there and what it found
    searched: dict[tuple[str, int], tuple[int, re.Match[str] | None]] = field(default_factory=dict)
    # offsets of every character of a clause stop in the sentence, thousands separators too (found once, ``stop_from``)
    stop_chars: list[int] | None = None
    # by pattern name and window end, the last place searched from in place and the first match found from there
    # (``holds_match``, ``strip_split``)
    found_from: dict[tuple[str, int], tuple[int, re.Match[str] | None]] = field(default_factory=dict)
    # by the class of characters a cue pattern's match needs, whether the sentence holds one (``scan``: the period
    # patterns of a sentence mostly need its 年, looked for once)
    holds_class: dict[str, bool] = field(default_factory=dict)  # (keyed by the class's pattern text)
    # by pattern name and window end, the text from a first match to that end less every match of the pattern found
    # in place, where in it the text after each of those matches starts, and the last place in it of each word asked
    # of (``strip_split``)
    stripped_tails: dict[tuple[str, int], _Stripped] = field(default_factory=dict)

    def may_hold(self, name: str, text: str, a: int, b: int) -> bool:
        """Whether ``text[a:b]`` (inside the sentence) holds a character a match of the cue pattern
        ``name`` may start with: where none does, a search of it there finds nothing (and costs a step
        a character). ``text`` is the same string at every call for one pattern."""
        return self._holds(self.first_at, _first_class, name, text, a, b)

    def prints(self, norm: str, word: str, pos: int) -> bool:
        """Whether the sentence prints ``word`` wholly before ``pos`` (inside it): what ``norm.find(word, start, pos)
        >= 0`` gives, the word's first place in the sentence found once a sentence (a period asked of at every figure
        of a long sentence is not read for again up to each: 2019年，收入、1、1、…%)."""
        at = self._places(norm, word)
        return bool(at) and at[0] + len(word) <= pos

    def prints_outside_plan_names(self, norm: str, word: str, pos: int) -> bool:
        """Whether the sentence prints ``word`` wholly before ``pos`` other than inside the name of a plan time
        (the 2025年 of “十四五”（2021-2025年）时期 is part of the plan's name, no period printed)."""
        if not self.prints(norm, word, pos):
            return False
        names = [m for m in self.plan_times_in(norm)[1] if m.group("fyp")]
        return any(not any(m.start() < p < m.end() for m in names) for p in self._places(norm, word)
                   if p + len(word) <= pos)

    def last_printed(self, norm: str, word: str, pos: int) -> int:
        """Start of the last place the sentence prints ``word`` wholly before ``pos`` (inside it), or -1: what
        ``norm.rfind(word, start, pos)`` gives, the word's places in the sentence found once a sentence (a word asked of
        at every figure of a long sentence is not read for back from each: 4月，收入累计、1、1、…%)."""
        at = self._places(norm, word)
        k = bisect.bisect_right(at, pos - len(word)) - 1
        return at[k] if k >= 0 else -1

    def last_printed_of(self, norm: str, words: tuple[str, ...], pos: int) -> int:
        """Start of the last place the sentence prints one of ``words`` wholly before ``pos``, or -1: the places of
        all of them merged once a sentence (one lookup a figure, not one a word)."""
        at = self.printed_of.get(words)
        if at is None:
            places = sorted((p + len(w), p) for w in words for p in self._places(norm, w))
            best = -1
            at = self.printed_of[words] = ([], [])
            for end, p in places:  # (by end, the latest start so far: the last place ending before any pos)
                best = max(best, p)
                at[0].append(end)
                at[1].append(best)
        k = bisect.bisect_right(at[0], pos) - 1
        return at[1][k] if k >= 0 else -1

    def stop_from(self, norm: str, pos: int) -> int:
        """The first place at or after ``pos`` (inside the sentence) whose character is a clause stop, a comma
        between thousands too, or the sentence's end: what a read of the sentence from ``pos`` gives, the places found
        once a sentence (a sentence cut with no stop after its figures is not read to its end from each:
        收入、1、1、…)."""
        at = self.stop_chars
        if at is None:
            at = self.stop_chars = list(map(_START, _clause_stop_class().finditer(norm, self.start, self.end)))
        k = bisect.bisect_left(at, pos)
        return at[k] if k < len(at) else self.end

    def holds_printed(self, text: str, word: str, a: int, b: int) -> bool:
        """Whether ``text[a:b]`` (inside the sentence; ``text`` the report as printed, the same string at every call)
        holds ``word``: what ``text.find(word, a, b) >= 0`` gives. A window longer than two clauses (one running to the
        end of a sentence with no stop after its figures: 收入、1、1、…) is not read again from each figure: the word's
        places in the sentence are found once a sentence, kept in ``named_at``."""
        if b - a <= 2 * LOOKBACK or not word:
            return text.find(word, a, b) >= 0
        at = self._places(text, word, self.named_at)
        k = bisect.bisect_left(at, a)
        return k < len(at) and at[k] + len(word) <= b

    def holds_match(self, rx: re.Pattern[str], name: str, text: str, a: int, b: int) -> bool:
        """Whether ``rx.search(text[a:b])`` of the cue pattern ``rx`` of field ``name`` finds a match (``text`` the same
        string at every call, ``text[a:b]`` inside the sentence). A window longer than two clauses (one running to the
        end of a sentence with no stop after its figures: 收入、1、1、…年) is not cut out and searched again from each
        figure: a match in place further from ``a`` than the pattern reads before its start (:func:`cuewords.back_reach`)
        is one in the window, and the pattern is searched in place from there, on from where the search for a figure
        before found its first match (a match in place does not depend on where the search starts), the window's end
        being the same; nearer ``a``, where a match reads what the window cuts off, only the head of the window is cut
        out, as far as such a match reads on (:meth:`_head_match`). Where either bound is not read off the pattern,
        the window is searched as it is."""
        reach = _back_reach(name)
        if b - a <= 2 * LOOKBACK or reach is None:
            return rx.search(text[a:b]) is not None
        head = self._head_match(rx, name, text, a, b)
        if head is False:
            return rx.search(text[a:b]) is not None
        return head is not None or self._found(rx, name, text, a + reach, b) is not None

    def _head_match(self, rx: re.Pattern[str], name: str, text: str, a: int,
                    b: int) -> re.Match[str] | None | bool:
        """The first match ``rx.search(text[a:b])`` finds where it starts nearer ``a`` than the cue pattern ``name`` reads
        before a match (:func:`cuewords.back_reach`; offsets in the window), None where none starts there, False where
        it is not found so (a pattern whose reach before or after a match is not read off it). Such a match may read
        before ``a``, where the window holds nothing: only the head of the window is cut out, to as far as a match
        starting in it reads on (:func:`cuewords.ahead_reach`), and searched; none is where the head holds no character
        a match starts with (in a run of 收入、全国累计1、全国累计1、… each figure's window has a short head cut out, not the text to its end)."""
        reach, ahead = _back_reach(name), _ahead_reach(name)
        if reach is None or ahead is None:
            return False
        if not reach or not self.may_hold(name, text, a, a + reach):
            return None
        m = rx.search(text[a:min(b, a + reach + ahead)])
        return m if m is not None and m.start() < reach else None

    def strip_split(self, text: str, a: int, b: int) -> tuple[int, _Stripped, int] | None:
        """``_strip_inner(text[a:b])`` (the words inside a name that are no part of it taken out of a window), as
        ``text[a:p]`` and the tail ``kept.text[at:]``: ``(p, kept, at)``, or None where that is not found so (a
        window of two clauses or less, a first match too near ``a`` to be the same in the window as in place, an
        inner word and a span of years both to take out). The window's first match (found as for :meth:`holds_match`)
        is at ``p``; what follows it is the same whichever figure's window it ends, so the tail is made once for the
        matches of a run, and a window that runs to the end of a long sentence with no stop is not cut out and
        stripped again from each figure (收入、1、1、…、1财政五年支出)."""
        if b - a <= 2 * LOOKBACK:
            return None
        cw = compiled()
        found = self._first_in_window(cw.name_inner, "name_inner", text, a, b)
        if found is False:
            return None
        if found is not None:
            split = self._stripped_tail(cw.name_inner, "name_inner", text, found.start(), b)
            if split is None:
                return None
            if split[0].last("年") < split[1] and not self.holds_printed(text, "年", a, found.start()):
                return found.start(), *split
            return self._spans_stripped(text, a, found.start(), b, split)
        if not self.holds_printed(text, "年", a, b):
            return b, _NOTHING_STRIPPED, 0
        found = self._first_in_window(cw.name_payer_span, "name_payer_span", text, a, b)
        if found is False:
            return None
        if found is None:
            return b, _NOTHING_STRIPPED, 0
        split = self._stripped_tail(cw.name_payer_span, "name_payer_span", text, found.start(), b)
        return None if split is None else (found.start(), *split)

    def _spans_stripped(self, text: str, a: int, p: int, b: int,
                        split: tuple[_Stripped, int]) -> tuple[int, _Stripped, int] | None:
        """:meth:`strip_split` of a window from ``a`` whose first inner word is at ``p`` and which holds a 年 (收入、1、1、
        …、1全国累计完成财政五年支出): the spans of years are taken out of the text left once the inner words are. Every
        span holds a 年, so none starts more than its widest match before the window's first 年 (or ``p``, where none
        is before it), at ``q``: what is left is ``text[a:q]`` and the text from ``q`` to ``b``, its spans taken out,
        the same for every window from at least their reach before ``q`` (made once for the windows of a run); None for
        a window nearer ``q``."""
        width, reach = _widest("name_payer_span"), _back_reach("name_payer_span")
        if width is None or reach is None:
            return None
        years = self._places(text, "年", self.named_at)
        k = bisect.bisect_left(years, a)
        q = min(p, years[k] if k < len(years) else p) - width
        if a > q - reach:
            return None
        kept, at = split
        key = ("name_inner name_payer_span", b)  # (the text left from ``p`` to ``b`` is the same for every window)
        spans = self.stripped_tails.get(key)
        if spans is None or spans.after.get(q) != p:
            joined = text[q - reach:p] + kept.text[at:]
            pieces, i = [], reach
            for m in compiled().name_payer_span.finditer(joined, reach):
                if m.end() == m.start():
                    return None
                pieces.append(joined[i:m.start()])
                i = m.end()
            pieces.append(joined[i:])
            spans = self.stripped_tails[key] = _Stripped("".join(pieces), {q: p})
        return q, spans, 0

    def split_holds(self, text: str, word: str, a: int, split: tuple[int, _Stripped, int]) -> bool:
        """Whether ``text[a:p]`` and its tail (``split`` from :meth:`strip_split` of a window from ``a``) hold
        ``word``: in ``text[a:p]`` (:meth:`holds_printed`), in the tail (its last place in the text kept, found once
        a word), or across the two."""
        p, kept, at = split
        if not word or self.holds_printed(text, word, a, p) or kept.last(word) >= at:
            return True
        k = len(word) - 1
        return k > 0 and word in text[max(a, p - k):p] + kept.text[at:at + k]

    def _found(self, rx: re.Pattern[str], name: str, text: str, lo: int, b: int) -> re.Match[str] | None:
        """``rx.search(text, lo, b)``, on from the last search of the cue pattern ``name`` to ``b`` where it ended at or
        before ``lo`` (its first match, where it found one, not before ``lo``)."""
        last = self.found_from.get((name, b))
        if last is not None and last[0] <= lo and (last[1] is None or last[1].start() >= lo):
            return last[1]
        m = rx.search(text, lo, b)
        self.found_from[(name, b)] = (lo, m)
        return m

    def _first_in_window(self, rx: re.Pattern[str], name: str, text: str, a: int,
                         b: int) -> re.Match[str] | None | bool:
        """The first match ``rx.search(text[a:b])`` finds, as the match in place (offsets in ``text``), None where
        there is none, False where it is not found so (see :meth:`holds_match`: a pattern that reads before or after
        its start in ways no reach bounds, a first match in the window's head that is not the same in place or ends
        in that head, an empty match)."""
        head = self._head_match(rx, name, text, a, b)
        if head is False:
            return False
        reach = _back_reach(name)  # (bounded: else no head was looked for)
        if head is not None:
            m = rx.match(text, a + head.start(), b)
            same = m is not None and m.end() == a + head.end() and m.end() >= a + reach
            return m if same and m.end() > m.start() else False
        m = self._found(rx, name, text, a + reach, b)
        if m is None:
            return None
        return m if m.end() > m.start() else False

    def _stripped_tail(self, rx: re.Pattern[str], name: str, text: str, p: int,
                       b: int) -> tuple[_Stripped, int] | None:
        """``text[p:b]`` less every match of the cue pattern ``rx`` of field ``name`` found in place from ``p`` on
        (what ``rx.sub`` leaves of a window's text from its first match, at ``p``, on), as the text kept and where in
        it that tail starts; None where a match is empty (the two ways of reading on past one are not taken to be the
        same). Made once for all the matches of one reading on to ``b``: a window whose first match is one of them
        takes its tail from there."""
        kept = self.stripped_tails.get((name, b))
        if kept is None or p not in kept.after:
            pieces, after, size, at = [], {}, 0, p
            for m in rx.finditer(text, p, b):
                if m.end() == m.start():
                    return None
                pieces.append(text[at:m.start()])
                size += len(pieces[-1])
                after[m.start()] = size
                at = m.end()
            pieces.append(text[at:b])
            kept = self.stripped_tails[(name, b)] = _Stripped("".join(pieces), after)
        return kept, kept.after[p]

    def _places(self, norm: str, word: str, found: dict[str, list[int]] | None = None) -> list[int]:
        """Every place the sentence prints ``word`` at, in order (found once a sentence, kept in ``found``, by
        default ``printed``: the places in the reading copy ``norm``)."""
        found = self.printed if found is None else found
        at = found.get(word)
        if at is None:
            at = found[word] = []
            i = norm.find(word, self.start, self.end)
            while i >= 0:
                at.append(i)
                i = norm.find(word, i + 1, self.end)
        return at

    def plan_times_in(self, norm: str) -> tuple[list[int], list[re.Match[str]]]:
        """The ends and matches of the plan times the sentence names (“十四五”时期, 今后五年, 到2025年, 今年), in order
        (found once a sentence, kept in ``plan_times``)."""
        if self.plan_times is None:
            found = list(self.scan(compiled().plan_time, "plan_time", norm))
            self.plan_times = ([m.end() for m in found], found)
        return self.plan_times

    def search_on(self, rx: re.Pattern[str], name: str, text: str, a: int, b: int) -> re.Match[str] | None:
        """``rx.search(text, a, b)`` of the cue pattern ``rx`` of field ``name``, asked from one place ``a`` (a status word) up to each
        figure after it in turn: where the last search from ``a`` ended at or before ``b``, only the run a match may
        start in that it could not see whole is searched again (its widest match back from its end) with what is new,
        so a long sentence of figures is read once, not up to each (预计收入增加、1、1、…%). A pattern whose match may
        depend on what follows it (a look-ahead, an end or a word boundary) or has no widest match is searched whole;
        where ``text[a:b]`` holds no character a match starts with (:meth:`may_hold`), none is. ``text`` is the same
        string at every call."""
        if not self.may_hold(name, text, a, b):
            return None
        width = _end_blind_width(name)
        last = self.searched.get((name, a))
        if width is None or last is None or b < last[0]:
            m = rx.search(text, a, b)
        else:
            hi, m = last
            cut = max(a, hi - width + 1)  # (a match starting before ``cut`` was seen whole: it is found the same)
            if m is None or m.start() >= cut:
                m = rx.search(text, cut, b)
        self.searched[(name, a)] = (b, m)
        return m

    def may_need(self, name: str, text: str, a: int, b: int) -> bool:
        """Whether ``text[a:b]`` (inside the sentence) holds a character one of which every match of the cue pattern
        ``name`` holds (:func:`_may_hold`): a window longer than ``_SHORT_WINDOW`` is answered from the offsets of those
        characters in the sentence, found once a sentence, not searched again for each figure of a long run (the clause
        of each ``、1`` of 收入、1、1、… is the one before it, moved on by two characters). ``text`` is the same string at
        every call for one pattern."""
        if b - a <= _SHORT_WINDOW:
            return _may_hold(name, text, a, b)
        return self._holds(self.needed_at, _needed_class, name, text, a, b)

    def may_end(self, name: str, text: str, a: int) -> bool:
        """Whether a match of the cue pattern ``name`` that starts at ``a`` (inside the sentence) may end inside it:
        the sentence holds, before the widest match from ``a`` ends, a character such a match may end with (found
        once a sentence, as for :meth:`may_hold`). Where a match may run past the sentence's end, or its last
        characters or its width are not a short list, the answer is yes. ``text`` is the same string at every call
        for one pattern."""
        width = _widest(name)
        return width is None or a + width > self.end or self._holds(self.last_at, _last_class, name, text, a, a + width)

    def _holds(self, found: dict[str, list[int] | None], chars: Callable[[str], re.Pattern[str] | None], name: str,
               text: str, a: int, b: int) -> bool:
        """Whether ``text[a:b]`` holds a character of the class ``chars`` gives for the cue pattern ``name`` (always,
        where it gives none): the offsets of that class in the sentence are found once and kept in ``found``."""
        at = found.get(name, False)
        if at is False:
            rx = chars(name)
            at = found[name] = None if rx is None else list(map(_START, rx.finditer(text, self.start, self.end)))
        if at is None:
            return True
        k = bisect.bisect_left(at, a)
        return k < len(at) and at[k] < b

    def scan(self, rx: re.Pattern[str], name: str, norm: str) -> Iterator[re.Match[str]]:
        """The matches of the cue pattern ``rx`` of field ``name`` in the sentence, in order: none looked for where
        the sentence holds none of the characters one of which every match holds (a scan of one class, not of the
        pattern: most sentences name no year, 年, that a period frame needs)."""
        needed = _needed_class(name)
        if needed is not None:
            held = self.holds_class.get(needed.pattern)
            if held is None:
                held = self.holds_class[needed.pattern] = needed.search(norm, self.start, self.end) is not None
            if not held:
                return iter(())
        return rx.finditer(norm, self.start, self.end)

    def section_at(self, report: Report, pos: int) -> str:
        """``report.section_at(pos)``, found once a sentence (on one line)."""
        value = self.section
        if value is None:
            value = report.section_at(pos)
            if self.one_line:
                self.section = value
        return value

    def part_at(self, report: Report, pos: int) -> str:
        """``report.part_at(pos)``, found once a sentence (on one line)."""
        value = self.part
        if value is None:
            value = report.part_at(pos)
            if self.one_line:
                self.part = value
        return value

    def first_part_marker(self, norm: str, lo: int, hi: int) -> int:
        """Start of the first part marker (其中) wholly inside ``norm[lo:hi]``, or -1 — what
        ``part_marker.search(norm, lo, hi).start()`` gives, without reading the sentence again for
        every figure in it (the markers are plain words, found once a sentence)."""
        at = self.part_marks
        if at is None:
            found = sorted((i, len(w)) for w in compiled().part_markers for i in self._places(norm, w))
            at = self.part_marks = [a for a, _ in found]
            self.part_marks_len = [n for _, n in found]
        k = bisect.bisect_left(at, lo)
        while k < len(at) and at[k] < hi:
            if at[k] + self.part_marks_len[k] <= hi:
                return at[k]
            k += 1
        return -1

    def in_brackets(self, norm: str, pos: int) -> bool:
        """Whether the last bracket of the sentence before ``pos`` opens one."""
        at = self.brackets
        if at is None:
            s0, s1 = self.start, self.end
            at = self.brackets = ([] if norm.find("(", s0, s1) < 0 and norm.find(")", s0, s1) < 0
                                  else list(map(_START, _ROUND_BRACKET.finditer(norm, s0, s1))))
        k = bisect.bisect_left(at, pos) - 1
        return k >= 0 and norm[at[k]] == "("

    @classmethod
    def of(cls, norm: str, s0: int, s1: int) -> _SentenceState:
        return cls(s0, s1, s0 - 1, s0, stops=list(map(_START, compiled().clause_stop.finditer(norm, s0, s1))),
                   span=(s0, s1), one_line=norm.find("\n", s0, s1) < 0)

    def clause_start(self, pos: int) -> int:
        """Start of the clause that ends at ``pos``: after the last stop, at most LOOKBACK back."""
        lo = max(self.start, pos - LOOKBACK)
        k = bisect.bisect_left(self.stops, pos) - 1
        return self.stops[k] + 1 if k >= 0 and self.stops[k] >= lo else lo


def _indent_end(norm: str, a: int, b: int) -> int:
    """Where the text of the line that starts at ``a`` begins, past its indent (spaces and tabs: the reading copy
    reads ``　`` as a space), at most ``b``."""
    return b - len(norm[a:b].lstrip(" \t"))


def _holds_payer_span(s: str, cw: CueViews) -> bool:
    """Whether ``s`` holds a span of years between a payer and its verb (中央财政五年支出)."""
    return "年" in s and cw.name_payer_span.search(s) is not None


def _strip_inner(s: str, cw: CueViews) -> str:
    """``s`` less the words inside a name that are no part of it (拟安排, 累计, 去年; a span of years after a payer)."""
    s = cw.name_inner.sub("", s)
    return cw.name_payer_span.sub("", s) if "年" in s else s


@functools.cache
def _first_class(name: str) -> re.Pattern[str] | None:
    """One character class of the characters a match of the cue pattern ``name`` may start with, or
    None when it may start with any (see ``CueViews.starts``)."""
    chars = compiled().starts[name]
    return _char_class(chars) if isinstance(chars, frozenset) else None


def _char_class(chars: Iterable[str]) -> re.Pattern[str]:
    """One character class of ``chars``: a search of it skips at once to the first of them."""
    return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]")


@functools.cache
def _clause_stop_class() -> re.Pattern[str]:
    """One character class of the clause stops (``CueViews.clause_stops``): the stops of a span are found by the
    engine, not by a test of each character in Python."""
    return _char_class(compiled().clause_stops)


@functools.cache
def _through_last_sentence_stop() -> re.Pattern[str]:
    """A span up to and through its last sentence stop (``CueViews.sentence_stops``): the end of its match in a
    window is where the last sentence there closed, the window read back once by the engine."""
    return re.compile("(?s).*" + _char_class(compiled().sentence_stops).pattern)


@functools.cache
def _size_prefix_re() -> re.Pattern[str]:
    """The size class words before an industry (``CueViews.sector_size_prefixes``) as one alternation: its first
    match in a span is where the first of them is printed, the span read once, not once a word."""
    return re.compile("|".join(map(re.escape, compiled().sector_size_prefixes)))


@functools.cache
def _last_class(name: str) -> re.Pattern[str] | None:
    """One character class of the characters a match of the cue pattern ``name`` may end with, or None when they
    are not a short list (see :func:`cuewords.final_chars`)."""
    chars = final_chars(getattr(compiled(), name))
    return None if chars is None else _char_class(chars)


@functools.cache
def _end_blind_width(name: str) -> int | None:
    """The widest match of the cue pattern ``name`` (:func:`_widest`) when no match of it reads past its own end (no
    look-ahead, end or word boundary in it but the test of its first character it may open with: what follows a
    match cannot change it), else None."""
    pattern = _LEAD_CLASS.sub("", getattr(compiled(), name).pattern, count=1)
    return None if any(t in pattern for t in ("(?=", "(?!", "$", "\\b", "\\B", "\\Z")) else _widest(name)


_LEAD_CLASS = re.compile(r"^\(\?=\[[^\]]*\]\)")  # (?=[再加]) opening a pattern: a test of its match's first character


@functools.cache
def _ahead_reach(name: str) -> int | None:
    """How far from its start a match of the cue pattern ``name`` may read, or None (see :func:`cuewords.ahead_reach`)."""
    return ahead_reach(getattr(compiled(), name))


@functools.cache
def _back_reach(name: str) -> int | None:
    """How far before its start a match of the cue pattern ``name`` may read, or None (see :func:`cuewords.back_reach`:
    a match in place no nearer a window's start than this is one in the window)."""
    back = back_reach(getattr(compiled(), name))
    return None if back is None else back[0]


@functools.cache
def _widest(name: str) -> int | None:
    """The most characters a match of the cue pattern ``name`` may span, or None (see :func:`cuewords.widest`)."""
    return widest(getattr(compiled(), name))


def _reach_back(name: str, lo: int, a: int) -> int:
    """Where a search for a match of the cue pattern ``name`` that ends at ``a`` starts: its widest match back from
    ``a`` (:func:`_widest`), not before ``lo`` (from ``lo`` when the pattern has no widest match)."""
    width = _widest(name)
    return lo if width is None else max(lo, a - width)


def _back_from(name: str, a: int, st: _SentenceState) -> int:
    """:func:`_reach_back` from the start of the sentence."""
    return _reach_back(name, st.start, a)


@functools.cache
def _needed_class(name: str) -> re.Pattern[str] | None:
    """One character class of the characters one of which every match of the cue pattern ``name`` holds, or None
    when none is found (see :func:`cuewords.needed_chars`)."""
    chars = needed_chars(getattr(compiled(), name))
    return None if chars is None else _char_class(chars)


# The cue patterns the name rules of ``_Reader._name`` look for in a name (or in a part of it, as clean_name leaves it),
# each behind the test that the name is not ``plain``: a name holding none of the characters one of which every match
# of one of them holds (:func:`_plain_name`) skips these rules in one string test each, whichever words they seek
_NAME_CUES = ("region_name", "payer_spend_lead", "spend_lead", "numeral_in_name", "frame_name", "disposal_object",
              "effort_frame", "tail_addition", "share_of_whole_name", "place_subject", "contribution_name")
# The cue patterns of the rules that read the name later, once its owner may be sought (a loss turned to a profit,
# a topic, a pilot's scope, a demonstrative or a pointer to what was said before, a state reached, a size class),
# gated alike by a class of their own (亏能试标比这這并以超过: a bare measure, 收入, holds none)
_LATER_NAME_CUES = ("loss_turn_from", "topic_owned", "pilot_scope_name", "demonstrative_measure", "field_pointer",
                    "pointed_units", "reached_state_tail", "size_bound")


@functools.cache
def _name_cue_class(names: tuple[str, ...] = _NAME_CUES) -> re.Pattern[str] | None:
    """One character class of the characters one of which every match of a cue pattern of ``names`` holds,
    read off the patterns (:func:`cuewords.needed_chars`); None when one of them has no such characters."""
    cw = compiled()
    needed = [needed_chars(getattr(cw, name)) for name in names]
    if any(chars is None for chars in needed):
        return None
    return _char_class(frozenset().union(*needed))


def _plain_name(name: str, names: tuple[str, ...] = _NAME_CUES) -> str | None:
    """``name`` when it holds none of the characters of :func:`_name_cue_class` of ``names``, else None: a name rule
    keyed on a pattern of ``names`` fires only on a name that is not this (a rename it is not equal to reads them
    all)."""
    cues = _name_cue_class(names)
    return name if cues is not None and cues.search(name) is None else None


def _may_hold(name: str, s: str, a: int = 0, b: int = -1) -> bool:
    """Whether ``s[a:b]`` (``b`` -1: to its end) holds a character every match of the cue pattern ``name`` holds
    one of: where none is, the pattern finds nothing there, and its search (a step a position) is not run."""
    needed = _needed_class(name)
    return needed is None or needed.search(s, a, len(s) if b < 0 else b) is not None


@functools.cache
def _opening_chars(name: str) -> frozenset[str] | None:
    """The characters a non-empty match of the cue pattern ``name`` may start with, for a pattern that may also
    match the empty string (None: any)."""
    return first_chars(getattr(compiled(), name), empty=True)


@functools.cache
def _closing_chars(name: str) -> frozenset[str] | AnyChar:
    """The characters a match of the cue pattern ``name`` may end with (any, where they are not a short list): a
    span whose last character is none of them is not matched in full (:func:`cuewords.final_chars`), and the
    pattern, costly where a clause is long and each of its words is tried, is not run over it."""
    return final_chars(getattr(compiled(), name)) or ANY_CHAR


def _may_fullmatch(name: str, s: str) -> bool:
    """Whether ``s``, not empty, opens with a character a match of the cue pattern ``name`` may start with: where
    it does not, the pattern (its words all optional) matches none of ``s`` in full."""
    chars = _opening_chars(name)
    return chars is None or s[0] in chars


def _search_cue(rx: re.Pattern[str], name: str, s: str, lo: int = 0, hi: int = -1) -> re.Match[str] | None:
    """``rx.search(s, lo, hi)`` for the cue pattern ``rx`` of field ``name`` (``hi`` -1: to the end of ``s``), begun
    at the first character a match of it may start with: the engine skips to a character of a class at once, while
    it tries a pattern behind a look-ahead (:func:`cuewords.gated`) at every position, which is what a long clause
    holding none costs. ``lo`` is where the first such character may be at the earliest (:func:`_cues_start`; -1:
    there is none, nothing is searched)."""
    if lo < 0:
        return None
    if hi < 0:
        hi = len(s)
    first = _first_class(name)
    if first is None:
        return rx.search(s, lo, hi)
    m = first.search(s, lo, hi)
    return rx.search(s, m.start(), hi) if m is not None else None


def _search_end(rx: re.Pattern[str], name: str, s: str, lo: int, hi: int) -> re.Match[str] | None:
    """``rx.search(s, lo, hi)`` for the cue pattern ``rx`` of field ``name``, run only where ``s[lo:hi]`` ends with a
    character a match of it may end with (``CueViews.ends``): a pattern anchored at the window's end (``…预算数$``, the to-word
    before a figure) is tried at every position of the window, some 3-6 µs over the 80 characters of a clause of
    ``、1``, where it cannot match unless that last character is one of its final ones (a figure after a list comma)."""
    if hi > lo and s[hi - 1] not in compiled().ends[name]:
        return None
    return rx.search(s, lo, hi)


@functools.cache
def _first_union(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One character class of the characters a match of any of the cue patterns ``names`` may start with, or None
    when one of them may start with any."""
    chars = [compiled().starts[name] for name in names]
    return _char_class(frozenset().union(*chars)) if all(isinstance(c, frozenset) for c in chars) else None


def _cues_start(names: tuple[str, ...], s: str) -> int:
    """Where in ``s`` the first character is that a match of one of the cue patterns ``names`` may start with, -1
    when there is none: ``s`` is read once for all of them, and those searched with ``lo`` this (:func:`_search_cue`)
    look no further where none may match, as on a long clause of figures."""
    first = _first_union(names)
    if first is None:
        return 0
    m = first.search(s)
    return m.start() if m is not None else -1


@dataclass(slots=True)
class _ListState:
    """The 分别 list being read: its head figure, member count and item names."""

    head: _Fig
    items: list[str] | None
    n: int
    idx: int = 0
    bases: list[str] | None = None  # 较一季度和1-5月分别…: the base of each member, in order
    periods: list[str] | None = None  # 一季度、上半年、前三季度…分别: the period of each member, in order
    read: list[_Fig] = field(default_factory=list)  # the members read so far, the head first
    printed: bool = False  # the items are the words of the head's own clause split (城乡居民人均可支配收入分别增长…)


@dataclass(slots=True)
class _Carry:
    """The subject carried forward within a sentence, cut at semicolons (also by unit)."""

    scope: tuple[int, int] = (-1, -1)
    subject: str = ""
    by_unit: dict[str, str] = field(default_factory=dict)
    unit: str = ""  # the unit of the figure that named the subject
    parts: dict[str, str] = field(default_factory=dict)  # the name of a part carried -> the name of its set
    wholes: dict[str, str] = field(default_factory=dict)  # the name of a part printed after 其中 -> the whole's


def _analyse(report: Report) -> list[_Fig]:
    """Every figure of the report typed and named: prose figures in text order, then table cells."""
    figs, tables, worded = _split_tables(report, _figures(report))
    kept = _restatements_dropped(_Reader(report, figs).read())
    _worded_cells(report.norm, kept, worded)
    _framed_list_items(report, kept)
    _colon_lead_items(report, kept)
    _shared_predicates(report, kept)
    _breakdown_quantities(report, kept)
    _section_quantities(report, kept)
    _heading_size_classes(kept)
    _topic_size_classes(report, kept)
    _units_by_agreement(kept, tables)
    _rows_restating(kept, tables)
    kept = _each_of_list(report, kept)
    _aspect_dropped(kept)
    _per_population_fronted(kept)
    _share_list_heads(report.norm, kept)
    _money_by_name(kept)
    _zero_rates(kept)
    _increments_compared(kept)
    _heading_names(kept)
    norm = report.norm
    for f in tables:
        f.sentence = report.sentence_span(f.start) or (f.start, f.end)
        state = _SentenceState(f.sentence[0], f.sentence[1], f.sentence[0] - 1, f.sentence[0])
        f.section = report.section_at(f.start)
        if not f.status_fixed:
            f.status = _status(report, norm, f, f.start, f.start, state, _compared_level(norm, f, state))
        f.period = f.period or _period(norm, f.start, state)
    return sorted(kept + tables, key=lambda g: g.start)




def _chain_bases(figs: list[_Fig]) -> None:
    """Name the period a change against the period before (环比, comparator ``上期``) is against, from the figure's
    own period: 上半年 → 一季度, 8月 → 7月; of a difference of growths (``pp_diff``) also when the periods are summed
    from January (1-8月 → 1-7月, 前三季度 → 上半年), as 较一季度 names it. A period it cannot tell stays ``上期``.

    Parameters
    ----------
    figs : list of _Fig
        The figures read, with their periods and comparators; changed in place.
    """
    cw = compiled()
    for f in figs:
        if f.comparator == cw.chain_base and f.measure in ("pp_diff", "change_pct"):
            f.comparator = _period_before(f.period, growth=f.measure == "pp_diff", cw=cw) or f.comparator


def _period_before(period: str, *, growth: bool, cw: CueViews) -> str:
    """The period just before ``period`` (二季度 → 一季度, 2020年8月 → 2020年7月), '' when none is known; a period
    summed from January (上半年, 1-8月) only for a growth, whose base is then the months summed before (一季度, 1-7月).

    >>> _period_before("上半年", growth=True, cw=compiled()), _period_before("上半年", growth=False, cw=compiled())
    ('一季度', '')
    >>> _period_before("2023年1-8月", growth=True, cw=compiled()), _period_before("8月份", growth=False, cw=compiled())
    ('2023年1-7月', '7月')
    """
    year = m.group() if (m := cw.period_bare_year.match(period)) else ""
    part = period[len(year):]
    if part in cw.chain_previous_periods:
        return year + cw.chain_previous_periods[part] if growth or part not in cw.chain_cumulative_periods else ""
    if (mm := cw.chain_month.fullmatch(period)) is None or int(mm.group("month")) < 2 or mm.group("from") and not growth:
        return ""
    before = int(mm.group("month")) - 1
    summed = mm.group("from") and before > 1
    return f"{mm.group('year') or ''}{'1-' if summed else ''}{before}月"


def _share_list_heads(norm: str, figs: list[_Fig]) -> None:
    """Name the later items of a list of shares of one whole by the head noun of ``share_list_heads`` the first item
    ends with and they leave out (其中，教育支出占18.5%，卫生健康占9.2% → 卫生健康支出; 保障性安居工程、…社会事业投资占
    43.7%，…，重大基础设施建设占23.6% → 重大基础设施建设投资): an item printed after a comma, a semicolon or a 、 as its name
    and the share verb alone, of the same whole as the item before it; an item naming a quantity of money of its own
    (一般公共预算收入占60%，基金收入占…; 税收占…) keeps its name.

    Parameters
    ----------
    norm : str
        The report's normalised text, which the figures' offsets index.
    figs : list of _Fig
        The figures read, named, in text order; changed in place.
    """
    cw = compiled()
    verb, head, prev = cw.share_verb, "", None
    for f in figs:
        if f.measure != "rate_pct":
            prev, head = None, ""
            continue
        name = f.indicator
        if (prev is None or prev.sentence != f.sentence or prev.comparator != f.comparator or not name
                or norm[prev.qend:prev.qend + 1] not in (",", ";", cw.item_separator)
                or norm[prev.qend + 1:f.start] != name + verb):
            # (an item opening a run: its name printed whole before the share verb, ending with the head)
            at = f.start - len(name) - len(verb)
            printed = bool(name) and at >= 0 and norm.startswith(name + verb, at)
            head = next((h for h in cw.share_list_heads if name.endswith(h)), "") if printed else ""
        elif head and not name.endswith(head) and not cw.money_name.search(name):
            f.indicator = name + head
        prev = f


def _zero_rates(figs: list[_Fig]) -> None:
    """Give a rate printed as a bare zero (成灾率为0, 森林火灾受害率为零) its measure: a rate of none, 0 %, flagged
    ``unit_inferred`` (a zero is the same in per cent and per mille; any other bare figure keeps no unit).

    Parameters
    ----------
    figs : list of _Fig
        The figures read, named; changed in place.
    """
    cw = compiled()
    for f in figs:
        if (f.value == 0 and not f.unit and not f.raw_unit and f.measure == "level"
                and f.indicator.endswith(cw.rate_name_ends)):
            f.measure, f.unit, f.unit_kind = "rate_pct", "%", "percent"
            f.flags += ("unit_inferred",)


def _money_by_name(figs: list[_Fig]) -> None:
    """Give the unit 元 to amounts printed with a magnitude and no unit whose name is a quantity of money
    (实现税收12.5亿 → 1.25e9 元, 人均可支配收入达到5万 → 50000 元), flagged ``unit_inferred``; a name of money
    perhaps counted in a foreign currency (外资, 出口) keeps no unit.

    Parameters
    ----------
    figs : list of _Fig
        The figures read, named; changed in place.
    """
    cw = compiled()
    for f in figs:
        # (a bare magnitude ends the raw unit, the counter spoken before it taken out or not: a figure printed with no
        # unit nor magnitude, 收入、1、1、…, is passed over at one test, with no pattern run nor string made)
        if (not f.unit and f.raw_unit and f.raw_unit[-1] in _MAGNITUDE_ENDS and f.measure in ("level", "abs_change")
                and cw.spoken_magnitude.sub("", f.raw_unit) in _BARE_MAGNITUDES
                and cw.money_name.search(f.indicator) and not cw.money_name_foreign.search(f.indicator)):
            f.unit, f.unit_kind = "元", "money"
            f.flags += ("unit_inferred",)


def _aspect_dropped(figs: list[_Fig]) -> None:
    """Take the aspect adverb 已 (已经) off the names of ``figs`` where it stands before a verb with no 的 after it in
    the name: a verb and its object name what is measured, not when it was done (已积累资金1242亿元 → 积累资金,
    各地已偿还拖欠工程款1834亿元 → 各地偿还拖欠工程款), less the words a name drops that it hid (已完成退租签约 →
    退租签约); in a clause with 的 it marks the things done and stays (已开工的区重点项目).

    Parameters
    ----------
    figs : list of _Fig
        The figures read, named; changed in place.
    """
    rx = compiled().aspect_in_name
    for f in figs:
        if (_may_hold("aspect_in_name", f.indicator) and (name := rx.sub("", f.indicator)) != f.indicator
                and len(name) >= 2):
            f.indicator = clean_name(name) or name  # (已完成退租签约 → 退租签约: the verb 完成 a name drops, as without 已)


def _per_population_fronted(figs: list[_Fig]) -> None:
    """Put the people a figure is counted per before the name of what is counted, when the name ends with them (食品
    安全抽检达到每千人5批次 → 每千人食品安全抽检, as 每千人口执业医师 is printed; 发明专利拥有量达到每万人23.5件), the
    verb linking them to the figure left out.

    Parameters
    ----------
    figs : list of _Fig
        The figures read, named; changed in place.
    """
    rx = compiled().per_population_tail
    for f in figs:
        if (mp := rx.search(f.indicator)) is not None and mp.start() >= 2:
            f.indicator = mp.group("per") + (clean_name(f.indicator[:mp.start()]) or f.indicator[:mp.start()])


def _each_of_list(report: Report, figs: list[_Fig]) -> list[_Fig]:
    """``figs`` with a figure printed once after a list of names and 分别, 均 or 都 made one figure of each
    name, of the same value, measure, qualifier and status (二氧化硫、氮氧化物排放量要分别下降3%; 草原综合植被盖度和
    湿地保护率均达50%以上; 厨余垃圾分出率10.3%,生活垃圾减量率43.36%,均在全市排名第一; the one value a list moves
    to from values of its own, 将制造业企业、科技型中小企业分别从50%、75%提高至100%); a figure after it in the
    sentence that carries the list's name is each name's too."""
    norm, cw = report.norm, compiled()
    heads = {id(g.list_head) for g in figs if g.list_head is not None}
    starts = frozenset(g.start for g in figs)
    out: list[_Fig] = []
    lists: dict[str, tuple[str, ...]] = {}  # the lists of the sentence read so far: joint name → names
    sentence = (-1, -1)
    for f in figs:
        if f.sentence != sentence:
            sentence, lists = f.sentence, {}
        names = f.each or (lists.get(f.indicator) if "subject_carried" in f.flags else None)
        if not names and id(f) not in heads:
            names = _each_named(norm, f, cw, starts)
        out.append(f)
        if names:
            lists[f.indicator] = names
            f.indicator, f.each = names[0], ()
            out.extend(replace(f, indicator=name) for name in names[1:])
    return out


def _each_named(norm: str, f: _Fig, cw: CueViews, starts: frozenset[int]) -> tuple[str, ...] | None:
    """The names of the list ``f`` is named by when 分别, 均 or 都 follows the list's last item in the clause,
    each name whole (单位国内生产总值能耗、水耗均下降20%以上: 单位国内生产总值水耗; 烤烟、桑蚕茧、猪牛羊肉等都增长: 猪牛羊肉),
    or when its items are things whose amounts are never summed and it is a percent (二氧化硫、氮氧化物排放量要下降3%:
    each pollutant's; 排放量合计1.2万吨 is their sum), or when it is a rank of one place the list's own (水电、风电装机位居世界第一:
    each one's; 前三 places they share, and a rank after a sum of them, 由8354万户增加到4.21亿户，居世界首位, the sum's),
    or when 等 and a word for indicators close the list (…、登记失业率等重要经济社会发展指标,保持全市第一: each
    indicator ranks first, the closing words no part of its name); None when its name is no list or nothing says each.
    ``starts`` are where the sentence's figures start: a pause before one of them is between figures, one before a
    number that is no figure is an item's (7日内程序性回复率、3个月内答复率均为100%)."""
    name, sep = f.indicator, cw.item_separator
    if f.cs < 0 or not (sep in name or cw.list_last_split.search(name)):
        return None
    at = norm.rfind(sep, f.cs, f.start)
    while at > f.cs and f.list_head is None and at + 1 in starts:
        at = norm.rfind(sep, f.cs, at)  # (分别从50%、75%提高至100%: a comma between figures is no item's)
    last = max([at, *(m.end() for m in cw.list_last_split.finditer(norm, f.cs, f.start))])
    item = normalize(name[name.rfind(sep) + 1:][:2])
    if mi := cw.list_of_indicators_end.search(name, name.rfind(sep) + 1):
        name = name[:mi.start()]
    elif ((last < 0 or not cw.list_each.search(norm, last, f.start)
           or norm.find(normalize(name[-2:]), last, f.start) < 0 and not norm.startswith(item, last + (at == last)))
          and not (f.unit_kind == "percent" and cw.apart_items.match(name))
          and not (f.measure == "rank" and f.raw_value.startswith(cw.list_rank_each_heads)
                   and "subject_carried" not in f.flags)):
        return None  # (年产各30万吨的扬子和齐鲁乙烯工程: the list the name holds is printed before the figure)
    elif (mo := next(cw.list_open_end.finditer(name, name.rfind(sep) + 1), None)) is not None:
        name = name[:mo.start()] + name[mo.end():]  # (等: some of the things listed; each one named is one)
    k = name.count(sep) + 1
    parts = len(cw.list_last_split.split(name.rsplit(sep, 1)[-1]))
    for n in dict.fromkeys((k - 1 + parts, k)):
        if n >= 2 and (items := _split_list(name, n)):
            return tuple(items)
    return None


def _framed_list_items(report: Report, figs: list[_Fig]) -> None:
    """Item lines (``钢：从一百三十五万吨增加到四百十二万吨，增长二点一倍。``) under a line that frames them
    (``主要产品在一九五七年的计划产量比一九五二年的产量增长的情况如下列：``) are of the year it plans or names,
    against its base year: a change is a ``change_pct`` on that base, the level it reaches is of that year (a
    ``target`` when the line plans it), a level after 从 is of the base year."""
    norm, text, cw = report.norm, report.text, compiled()
    frames: dict[int, tuple[str, str, bool] | None] = {}  # line start → (year, base, planned) of its frame

    def frame(line_start: int) -> tuple[str, str, bool] | None:
        if line_start in frames:
            return frames[line_start]
        found = None
        end = norm.find("\n", line_start)
        if cw.list_item.fullmatch(norm, line_start, len(norm) if end < 0 else end):
            a = line_start - 1
            while a > 0:
                b = a
                a = norm.rfind("\n", 0, b) + 1
                line = norm[a:b].strip()
                if not line:
                    a -= 1
                    continue
                if (mi := cw.list_intro.search(line)) is not None:
                    off = a + (norm[a:b].find(line))
                    found = (text[off + mi.start("year"):off + mi.end("year")],
                             text[off + mi.start("base"):off + mi.end("base")], bool(mi.group("plan")))
                    break
                if not cw.list_item.fullmatch(norm, a, b):
                    break
                a -= 1
        frames[line_start] = found
        return found

    ls, le = 0, -1  # the line of the figure before, its start and end: looked up again for a figure past it
    for f in figs:
        if not ls <= f.start < le:
            ls = norm.rfind("\n", 0, f.start) + 1
            le = norm.find("\n", f.start)
            if le < 0:
                le = len(norm)
        fr = frame(ls)
        if fr is None:
            continue
        year, base, planned = fr
        if f.measure in ("yoy_pct", "change_pct") and not f.comparator:
            f.measure, f.comparator, f.period = "change_pct", base, year
            if planned:
                f.status = "target"
        elif f.measure == "level":
            if cw.from_word.search(norm, max(0, f.start - 12), f.start):
                f.period, f.status = base, "actual"
            else:
                f.period = year
                if planned:
                    f.status = "target"


def _colon_lead_items(report: Report, figs: list[_Fig]) -> None:
    """Item lines (``工业部门为二百四十八亿五千万元，占百分之五十八点二；``) under a line that closes with a colon after a
    figure of a period (``五年基本建设的投资四百二十七亿四千万元，是这样分配的：``) share out that figure: an item
    naming no time and no status word of its own is of the lead's period, and of its status when the lead plans or
    estimates it. The items run over the following lines, each closed by a semicolon or a full stop, up to a line
    closed otherwise or a heading."""
    norm, cw, lead_ends = report.norm, compiled(), layout_views().list_lead_ends  # (a line ending in a colon)
    heads = {s.start for s in report.sections}
    lead: _Fig | None = None  # the last figure of the lead line in force
    lead_end = -1  # where the run of items under ``lead`` has reached (the end of its last line)
    by_line: dict[int, list[_Fig]] = {}
    ls, seen = 0, 0  # (the figures in text order: a line's start is searched for after the figure before only)
    for f in figs:
        if f.start >= seen:
            ls = max(ls, norm.rfind("\n", seen, f.start) + 1)
        else:
            ls = norm.rfind("\n", 0, f.start) + 1
        seen = f.start
        by_line.setdefault(ls, []).append(f)
    for ls in sorted(by_line):
        le = norm.find("\n", ls)
        le = len(norm) if le < 0 else le
        line = norm[ls:le].rstrip()
        if lead is not None and (norm[lead_end:ls].strip() or ls in heads or not line
                                 or line[-1] not in cw.colon_item_ends):
            lead = None  # (prose between, a heading, or a line closed otherwise ends the run)
        if lead is not None:
            lead_end = le
            if _time_markers(report, norm, ls, le):
                continue  # (an item of a time of its own)
            st = _SentenceState(ls, le, ls - 1, ls)
            cued = _status_cues(norm, st, report.years)
            for f in by_line[ls]:
                if f.period or f.status_fixed or f.measure not in ("level", "rate_pct"):
                    continue
                f.period = lead.period
                if lead.status != "actual" and not cued:
                    f.status = lead.status
            continue
        if line and line[-1] in lead_ends and (mine := [f for f in by_line[ls] if f.period]):
            lead, lead_end = mine[-1], le


def _shared_predicates(report: Report, figs: list[_Fig]) -> None:
    """Counts listed before one predicate all take it: in 17个街道、178个社区完成换届选举 the streets named bare
    (街道, the predicate read only after the last count) take the predicate of the next count's name (完成换届选举的社区
    → 完成换届选举的街道), each from the last count of the list back to the first."""
    text, cw = report.text, compiled()
    shared: set[int] = set()  # the counts given the predicate of the count after them
    for f, g in zip(reversed(figs[:-1]), reversed(figs[1:]), strict=True):
        if (f.sentence != g.sentence or f.unit_kind != "count" or g.unit_kind != "count"
                or f.measure != "level" or g.measure != "level" or not f.indicator):
            continue
        between = text[f.qend:g.start]
        joint = between[len(f.indicator):]
        if not between.startswith(f.indicator) or joint not in cw.unit_list_joiners:
            continue  # (the first count named by more than its noun, or no joint between the two counts)
        k = g.indicator.rfind(cw.de)
        noun, said = g.indicator[k + 1:], g.indicator[:k]
        end = g.qend + len(noun)
        if k < 2 or text[g.qend:end] != noun or id(g) not in shared and not _NAME_SPACE.sub(
                "", text[end:end + 2 * len(said)]).startswith(said):
            continue  # (the next count not named by the predicate printed right after its noun, nor by that of a
            # count after it)
        f.indicator = said + cw.de + f.indicator
        f.named_by_clause = True
        shared.add(id(f))


def _breakdown_quantities(report: Report, figs: list[_Fig]) -> None:
    """A sector or kind named bare in a breakdown takes the quantity of the breakdown: 全县固定资产投资增长9.7%。
    分产业看,第一产业增长129.2% → 第一产业投资; 三大门类中,采矿业增加值…;制造业增长11.9% → 制造业增加值; after 其中 (in
    its clause): 新增发电装机容量4.45亿千瓦,其中水电9601万千瓦 → 水电装机容量.

    The quantity is that of the first sector item after the opener that names one, else the one the name of the
    last figure before the opener in its paragraph (or the paragraph before) ends with: what ``part_quantity_suffixes``
    maps that ending to (社会消费品零售总额 → 餐饮收入), else the ending itself when it is a sector quantity of a total
    that is no sector. A kind that is no sector (基础设施, 水电) takes it only as a part of the total's measure and unit."""
    norm = report.norm
    if not figs:
        return
    cw = compiled()
    openers = sorted([(m.start(), m.end(), False) for m in cw.breakdown_opener.finditer(norm)]
                     + [(m.start(), m.end(), True) for m in cw.part_marker.finditer(norm)])
    if not openers:
        return
    starts = [a for a, _, _ in openers]
    reach = [_second_break(norm, oe) for _, oe, _ in openers]  # a figure past it lies a paragraph or more away
    quantity_at: dict[int, tuple[str, ...]] = {}
    sector_only: set[int] = set()  # openers whose total is a sector's: only sectors after them take its quantity
    total_at: dict[int, _Fig | None] = {}
    # the measures and units the total states (全区一般公共预算支出完成45.6亿元，同比增长3.2%: a level and a change)
    total_kinds: dict[int, set[tuple[str, str]]] = {}
    renamed: dict[tuple[tuple[int, int], str], str] = {}  # (sentence, name before) → the name with its quantity
    in_sentence: defaultdict[tuple[int, int], list[int]] = defaultdict(list)  # the indexes of each sentence's figures
    for i, f in enumerate(figs):
        if new := renamed.get((f.sentence, f.indicator)):
            f.indicator = new  # 其中高速铁路超过1.9万公里，占世界60%以上: the share (a rank) after a part is of what
            continue  # the part names, its name the same in the sentence
        k = bisect.bisect_right(starts, f.start) - 1
        if k < 0 or not f.indicator or f.kind == "ratio":
            continue  # (三次产业结构6.7∶24.9∶68.4)
        o, oe, clause = openers[k]
        if f.start > reach[k]:
            continue  # the opener of an earlier paragraph
        if clause and (o < f.sentence[0] or cw.semicolon.search(norm, oe, f.start)):
            continue  # 其中 breaks down its own clause only
        if o not in total_at:
            before = next((figs[j] for j in range(i - 1, -1, -1) if figs[j].start < o), None)
            total_at[o] = before if before is not None and norm.count("\n", before.end, o) <= 1 else None
            if total_at[o] is not None and not in_sentence:
                for j, g in enumerate(figs):  # (the figures of each sentence, found once for all the totals)
                    in_sentence[g.sentence].append(j)
            total_kinds[o] = set() if total_at[o] is None else {
                (g.measure, g.unit) for j in in_sentence[before.sentence] if j < i
                and (g := figs[j]).indicator == before.indicator}
        total = total_at[o]
        sector = _phrase_kind(f.indicator).sector
        # (投资 of 外商及港澳台商投资企业 names the firms, not a quantity of theirs)
        tail = next((q for q in cw.sector_quantities if _quantity_in(f.indicator, q, cw.entity_words)), "")
        if total is None and not clause and tail and not total_kinds[o] and o not in quantity_at:
            # 分经济类型看，国有控股企业增加值增长3.1%，股份制企业增长4.2%: with no total before it, the first item names
            # the quantity the items after it, of its measure and unit, break down
            total_kinds[o] = {(f.measure, f.unit)}
            quantity_at[o] = (tail,)
            continue
        # a kind that is no sector (基础设施, 水电), and a count (27个行业), only as a part of the same measure
        if (f.measure, f.unit) not in total_kinds[o] and (not sector or f.unit_kind == "count"):
            continue
        if tail:
            if sector:
                quantity_at.setdefault(o, (tail,))  # the first item that names its quantity names the breakdown's
            continue
        quantity = quantity_at.get(o)
        if quantity is None:
            quantity = ()
            if total is not None and (m := cw.part_quantity_suffix.search(total.indicator)) is not None:
                quantity = cw.part_quantity_suffixes[m.group()]
            elif total is not None and not _phrase_kind(total.indicator).sector:
                quantity = (q,) if (q := _quantity_end(total.indicator)) else ()
            elif total is not None and clause:  # 规模以上服务业营业收入增长12%，其中信息传输、软件和信息技术服务业增长
                # 18.5%: a sector's total names the quantity of the sectors after 其中, no other kind of part
                quantity = (q,) if (q := _quantity_end(total.indicator)) else ()
                sector_only.add(o)
            quantity_at[o] = quantity
        if o in sector_only and not sector:
            continue
        if (clause and total is not None and not sector and f.measure in ("yoy_pct", "change_pct")
                and cw.part_place.fullmatch(f.indicator)
                and canonical_term(f.indicator) is None):
            new = f.indicator + total.indicator  # 全市地区生产总值增长6%，其中东城区增长7%: the place's own total, named in
            # full (全市一般公共预算收入…，其中朝阳区… → 朝阳区一般公共预算收入; its growth only: 其中各类棚户区470万套
            # names what is counted)
            renamed[(f.sentence, f.indicator)] = new
            f.indicator = new
            continue
        if quantity and (new := _quantity_named(f.indicator, quantity, _counted(figs, i))) != f.indicator:
            renamed[(f.sentence, f.indicator)] = new
            f.indicator = new


def _counted(figs: list[_Fig], i: int) -> bool:
    """Whether the figure ``figs[i]`` is a count, or the change of a count of its name before it in its sentence
    (新设市场主体986户,同比增长42.5%)."""
    f = figs[i]
    if f.unit_kind == "count":
        return True
    for j in range(i - 1, -1, -1):
        if (g := figs[j]).sentence != f.sentence:
            break
        if g.indicator == f.indicator and g.unit_kind == "count":
            return True
    return False


def _second_break(norm: str, a: int) -> int:
    """Where the second line break from ``a`` on stands in ``norm`` (``len(norm)`` when there is none): a position
    past it lies two line breaks or more after ``a``."""
    k = norm.find("\n", a)
    k = norm.find("\n", k + 1) if k >= 0 else -1
    return k if k >= 0 else len(norm)


@functools.lru_cache(maxsize=1024)
def _quantity_in(name: str, quantity: str, entities: tuple[str, ...]) -> bool:
    """Whether ``name`` holds ``quantity`` as a quantity, not as the word that qualifies an entity after it
    (``外商投资企业`` names firms, ``工业投资`` a quantity)."""
    i = name.find(quantity)
    while i >= 0:
        if not name.startswith(entities, i + len(quantity)):
            return True
        i = name.find(quantity, i + 1)
    return False


@functools.lru_cache(maxsize=1024)
def _quantity_named(name: str, suffixes: tuple[str, ...], count: bool = True) -> str:
    """``name`` with the first of ``suffixes`` that makes a glossary name, else the last, when it is a bare sector or
    kind (工业 → 工业投资, 餐饮 → 餐饮收入); else ``name``. A glossary name of a set of firms (高新技术企业) names
    their count only: on a figure that is no count (``count`` False) it is a bare kind too."""
    cw = compiled()
    term = canonical_term(name)
    if term is not None and (name.endswith(tuple(cw.class_counters))
                             or not count and name.endswith(cw.entity_words)):
        term = None  # 石油及制品类: a class of goods, whatever product its name holds (石油), no glossary quantity
    if (len(name) < 2 or term is not None and term.category != "sector"
            or name.endswith((*cw.quantity_ends, *cw.unit_quantity_ends))
            or any(_quantity_in(name, w, cw.entity_words) for w in cw.bare_quantities) or cw.fiscal_scope.fullmatch(name)
            or cw.person_head_end.search(name) or name.endswith(cw.generic_fund_nouns)
            or cw.tax_name.search(name) or cw.figure_in_name.search(name)
            or cw.use_part.fullmatch(name)):  # a use (用于农村基础设施建设): its total's money names it (_use_part_name)
        return name
    for suffix in suffixes:
        term = canonical_term(name + suffix)
        if term is not None and name + suffix in (term.canonical, *term.aliases):
            return name + suffix
    return name + suffixes[-1]


SECTION_REACH = 2  # how many full stops may stand between a total and the industries it breaks into, printed with no
# opener (counted in sentences, not lines, so that a text set a sentence a line reads alike)


@functools.cache
def _section_owners(key: str) -> frozenset[str]:
    """The keys of the totals whose breakdown (``breakdown_totals``) lists the industry quantity ``key``
    (sector_va:manufacturing → industrial_va_above_size, industry_va → secondary_industry_va); none for no key."""
    if not key:
        return frozenset()
    return frozenset(t for t, items in compiled().breakdown_totals.items() if key in items)


@functools.lru_cache(maxsize=64)
def _breakdown_items(owners: frozenset[str]) -> frozenset[str]:
    """The keys the totals ``owners`` break into, and those their items break into in turn (gdp: 第一产业增加值 …,
    and 工业增加值, 建筑业增加值 of 第二产业增加值), so a walk back from 第三产业 passes the rows of 第二产业's breakdown."""
    totals = compiled().breakdown_totals
    items: set[str] = set()
    todo = [k for t in owners for k in totals[t]]
    while todo:
        if (k := todo.pop()) not in items:
            items.add(k)
            todo.extend(totals.get(k, ()))
    return frozenset(items)


def _other_column(f: _Fig, g: _Fig) -> bool:
    """Whether the table cell ``g`` stands in another column than the cell ``f`` (another time, unit, scope or status:
    | 2021年 | 2020年 |), or in another table; False when ``f`` is no cell."""
    if f.cell_row[0] < 0:
        return False
    return (g.cell_row[0] != f.cell_row[0] or (g.period, g.unit, g.scope, g.status) != (f.period, f.unit, f.scope,
                                                                                          f.status))


def _set_of_count(f: _Fig) -> str:
    """The set a count named by its clause counts some of: its name after its last 的 (38个工业行业大类中27个行业增加值
    实现同比增长 → 工业行业大类; 30项区级重点工程已开工22项 → the set of the part before); '' when its name is not its
    clause's or that set has under two characters."""
    de = compiled().de
    if not f.named_by_clause or de not in f.indicator:
        return ""
    noun = f.indicator.rsplit(de, 1)[1]
    return noun if len(noun) >= 2 else ""


def _section_total(norm: str, figs: list[_Fig], i: int, key: str,
                   known: dict[int, _Fig | None] | None = None) -> _Fig | None:
    """The total an industry's growth or level ``figs[i]`` (its quantity's ``key``) is a part
    of when printed after it with no opener: the last figure of its measure before it (in a table, in its column),
    past the other industries of the total's breakdown and their own parts, at most one sentence between their
    sentences (规上工业增加值同比增长1.3%,…。⏎制造业拉动有力。上半年,制造业增长3.4%,…;采矿业增加值同比下降4.5%); None
    when another figure of its measure stands between. ``known``: the totals already found for figures before it (by
    ``id``), whose own walk back this one would repeat past an industry of the same breakdown (a list of them read
    once, not once a figure)."""
    f = figs[i]
    owners = _section_owners(key)
    if not owners:
        return None
    items = _breakdown_items(owners)
    stops, seen = 0, f.start  # (the full stops from the figure read back to ``seen``: each stretch counted once)
    for j in range(i - 1, -1, -1):
        g = figs[j]
        if g.end < seen:
            stops += _full_stops(norm, g.end, seen)
            seen = g.end
        if stops > SECTION_REACH:
            return None
        if g.measure != f.measure or _other_column(f, g):
            continue
        gk = concept(g.indicator).key
        if gk in owners:
            return g
        if gk not in items:
            return None
        if known is not None and id(g) in known and _section_owners(gk) == owners:
            total = known[id(g)]  # (what its walk found, this one finds: the same stretch, past the same figures)
            return total if total is None or _full_stops(norm, total.end, f.start) <= SECTION_REACH else None
    return None


def _full_stops(norm: str, a: int, b: int) -> int:
    """How many sentences end in ``norm[a:b]`` (its 。！？): how far apart a part and its total are printed."""
    return sum(norm.count(stop, a, b) for stop in "。！？")


def _section_quantities(report: Report, figs: list[_Fig]) -> None:
    """An industry printed bare with a growth after a total whose breakdown lists it, with no opener, takes the
    quantity the total breaks into: 全县规上工业增加值同比增长1.3%。⏎…上半年,制造业增长3.4% → 制造业增加值 (the growth
    of 规模以上工业 is of its value added, and so is that of its sections; the figures after it in its sentence named
    the same take the name too)."""
    cw = compiled()
    renamed: dict[tuple[tuple[int, int], str], str] = {}
    for i, f in enumerate(figs):
        if new := renamed.get((f.sentence, f.indicator)):
            f.indicator = new
            continue
        if f.measure not in GROWTH_MEASURES or concept(f.indicator).category != "sector":
            continue
        for q in cw.sector_quantities:
            new = _quantity_named(f.indicator, (q,))
            key = concept(new).key
            if new != f.indicator and _section_total(report.norm, figs, i, key) is not None:
                renamed[(f.sentence, f.indicator)] = new
                f.indicator = new
                break


def _increments_compared(figs: list[_Fig]) -> None:
    """A change read off 多增 or 少增 of a stock compares how much it grew with how much it grew before, not the
    stock: 本外币存款余额…较年初增加112.6亿元，同比少增18.4亿元 is a change of the deposits' increase (本外币存款余额增量),
    the deposits stand higher than a year before. A stock is one named so (余额) or one whose increase the sentence
    printed before (住户存款增加86.1亿元，同比多增); of a flow (保费收入30亿元，同比多增2亿元) 多增 is its own growth. A name
    of an increase already (新增贷款, 社会融资规模增量) stays."""
    cw = compiled()
    prev: _Fig | None = None
    for f in figs:
        if (f.of_increment and f.measure == "abs_change" and f.indicator
                and not any(w in f.indicator for w in cw.increment_name_words)
                and (cw.stock_name_end.search(f.indicator) or f.indicator.endswith(cw.increment_stock_nouns)
                     or prev is not None and prev.sentence == f.sentence and prev.indicator == f.indicator
                     and prev.measure == "abs_change" and not prev.of_increment)):
            f.indicator += cw.increment_noun
        prev = f


def _heading_size_classes(figs: list[_Fig]) -> None:
    """An industry's quantity printed without a size class, under a heading that names the industry with one,
    takes the heading's size class when that makes a glossary name: 六、规模以上其他营利性服务业保持较好增长。1-5月,
    其他营利性服务业营业收入0.64亿元 → 规模以上其他营利性服务业营业收入 (the section speaks of the industry's firms
    above the size, and so do its figures; a heading of the industry whole names none)."""
    cw = compiled()
    for f in figs:
        if not f.section or f.indicator.startswith(cw.sector_size_prefixes):
            continue
        named = concept(f.indicator)
        if named.category != "sector_quantity":
            continue
        quantity = _quantity_end(f.indicator)
        industry = f.indicator[:-len(quantity)] if quantity else ""
        if len(industry) < 2:
            continue
        heading = section_headings(f.section)[-1]  # (the innermost heading)
        size = next((p for p in cw.sector_size_prefixes if _names_industry(heading, p + industry)), "")
        if size and concept(size + f.indicator).key not in ("", named.key):
            f.indicator = size + f.indicator


def _heading_names(figs: list[_Fig]) -> None:
    """A figure its sentence names nothing of, under a heading that is nothing but a glossary name, is of the
    heading's quantity: 3.规上工业总产值。全年完成1256.8亿元，同比增长8.6% → 规上工业总产值 (the items of a list of
    the main indicators, each headed by its name); a heading saying more than a name (（一）工业经济稳中有进) names
    none."""
    names: dict[str, Concept] = {}  # the heading's name, found once a section
    for f in figs:
        if f.indicator or not f.section:
            continue
        if (named := names.get(f.section)) is None:
            named = names[f.section] = concept(section_headings(f.section)[-1])
        if named.key and named.bare:
            f.indicator = named.bare
            if "subject_carried" not in f.flags:
                f.flags += ("subject_carried",)


def _topic_size_classes(report: Report, figs: list[_Fig]) -> None:
    """An industry's quantity a clause names with no size class and no subject of its own (at most 完成, 实现
    before it), in a sentence whose topic is the industry with a size class, takes that size class when that makes
    a glossary name: 西城区规模以上工业继续保持良好发展态势,产、销均呈现上升趋势,累计完成工业总产值605.3亿元 →
    规模以上工业总产值 (the sentence speaks of the firms above the size, and so do the figures it gives them; the
    figures after it in its sentence named the same take the name too). A topic that is a quantity of the industry
    (规上工业增加值增长5%,工业总产值…) names none."""
    cw, norm = compiled(), report.norm
    joiners = ("", *concept_rules().quantity_joiners)
    renamed: dict[tuple[tuple[int, int], str], str] = {}
    first_size: dict[tuple[int, int], int] = {}  # a sentence's first size class word (its end when none)
    for f in figs:
        if new := renamed.get((f.sentence, f.indicator)):
            f.indicator = new
            continue
        if f.cs < 0 or not f.indicator or f.indicator.startswith(cw.sector_size_prefixes):
            continue
        if (at := first_size.get(f.sentence)) is None:
            s0, s1 = f.sentence
            at = first_size[f.sentence] = ms.start() if (ms := _size_prefix_re().search(norm, s0, s1)) else s1
        if at >= f.cs:  # (a cheap gate, once a sentence: most sentences name none before the clause)
            continue
        head = norm[f.sentence[0]:f.cs]
        at = norm.find(f.indicator, f.cs, f.start)
        if at < 0 or norm[f.cs:at].strip(",，;；:： ") not in joiners:
            continue
        named = concept(f.indicator).key
        if not named:
            continue
        for size in cw.sector_size_prefixes:
            new = size + f.indicator
            key = concept(new).key
            if key in ("", named):
                continue
            if any(_names_industry(head, size + f.indicator[:n]) for n in range(len(f.indicator) - 1, 1, -1)):
                renamed[(f.sentence, f.indicator)] = new
                f.indicator = new
                break


def _names_industry(heading: str, industry: str) -> bool:
    """Whether ``heading`` names ``industry`` itself, not a quantity of it: 规模以上其他营利性服务业保持较好增长, not
    一是工业支撑偏弱，规上工业增加值增速低于全市… (the value added of the industry, beside which its investment
    is of the industry whole)."""
    at = heading.find(industry)
    return at >= 0 and not heading.startswith(compiled().sector_quantities, at + len(industry))


def _section_parts(report: Report, figs: list[_Fig]) -> None:
    """The growth of an industry printed after a total whose breakdown lists it, with no opener, is a part of the
    total's growth of the same period and base (全县规上工业增加值同比增长1.3%。⏎…采矿业增加值同比下降4.5%); so is its
    level, of the total's level (存贷余额440.95亿元,增长6.4%;贷款余额354.88亿元: the loans of the deposits and loans),
    and the level of an industry's row in a table of value added, of its total's level in the same column."""
    known: dict[int, _Fig | None] = {}
    for i, f in enumerate(figs):
        if f.parent is not None or not (f.measure in GROWTH_MEASURES or f.measure == "level"):
            continue  # (a growth or a level)
        total = known[id(f)] = _section_total(report.norm, figs, i, concept(f.indicator).key, known)
        if total is not None and _alike_growths(f, total):
            f.parent, f.relation = total, "part"


_AMOUNT_FACTORS = frozenset(MAGNITUDES.values())


def _level_growths(figs: list[_Fig]) -> Iterator[tuple[_Fig, _Fig]]:
    """Each level of ``figs`` (in printed order) with the growth printed right after it, of the same name."""
    for a, b in itertools.pairwise(figs):
        if a.measure == "level" and b.measure == "yoy_pct" and a.indicator == b.indicator:
            yield a, b


def _rows_restating(prose: list[_Fig], cells: list[_Fig]) -> None:
    """A table row restating a figure of the text under another name of the same quantity takes the text's name,
    for all its cells: one of its levels and the growth after it are the text's (规模以上工业企业累计完成工业总产值
    281.5亿元,同比增长4.9% and 现价工业总产值 | 亿元 | 9075.6 | -5.6 | 281.5 | 4.9, the district's columns): the
    row is that figure, of the name the text gives it (and 9075.6 the city's of the same quantity). Both the level and
    the growth must agree, and both names end with one quantity (产值, 增加值)."""
    if not cells:
        return
    stated = {(lv.value, lv.unit, g.value): lv.indicator for lv, g in _level_growths(prose)
              if _quantity_end(lv.indicator)}
    if not stated:
        return
    rows: dict[tuple[int, int], list[_Fig]] = {}
    for c in cells:
        rows.setdefault(c.cell_row, []).append(c)
    for row in rows.values():
        name = next((n for lv, g in _level_growths(row) if (n := stated.get((lv.value, lv.unit, g.value)))
                     and n != lv.indicator and _quantity_end(n) == _quantity_end(lv.indicator)), None)
        for c in row if name else ():
            c.indicator = name


def _units_by_agreement(prose: list[_Fig], cells: list[_Fig]) -> None:
    """Amounts of a table that prints no unit for them take the unit the text gives the same figures.

    A row whose label and figure the text states with a unit (table ``税收收入 | … | 15348``, text
    ``税收收入15348万元``) takes that unit for its amounts; when every row the text confirms agrees on
    one unit of money, the table's other amount rows take it too (a table of money in one unit). When
    the confirmed figures are whole numbers, only whole numbers take the unit (a table of 万元 prints
    its shares and rates with decimals, which a broken layout may leave without their ``%`` column).
    Each such cell is flagged ``unit_inferred``; rows the text does not confirm keep no unit otherwise.
    """
    bare = [c for c in cells if not c.unit and c.measure in ("level", "abs_change")]
    if not bare or not prose:
        return
    stated: dict[Decimal, list[_Fig]] = {}
    for p in prose:
        digits = "".join(p.raw_value.replace(",", "").split())  # (1,876.3; 1 876.3 with any space; 7 4 7 7 2)
        if p.unit_kind in ("money", "count") and p.indicator and digits.replace(".", "", 1).isdigit():
            stated.setdefault(Decimal(digits), []).append(p)
    rows: dict[tuple[int, int], tuple[str, str, Decimal]] = {}  # table row → unit, kind, factor
    whole: dict[int, bool] = {}  # table → every confirmed figure a whole number
    for c in bare:
        for p in stated.get(abs(c.value), ()):
            factor = p.value / abs(c.value) if c.value else Decimal(0)
            if factor in _AMOUNT_FACTORS and c.indicator and (c.indicator in p.indicator or p.indicator in c.indicator):
                rows.setdefault(c.cell_row, (p.unit, p.unit_kind, factor))
                whole[c.cell_row[0]] = whole.get(c.cell_row[0], True) and "." not in c.raw_value
                break
    if not rows:
        return
    by_table: dict[int, set[tuple[str, str, Decimal]]] = {}
    for (ti, _), found in rows.items():
        by_table.setdefault(ti, set()).add(found)
    for c in bare:
        ti = c.cell_row[0]
        if whole.get(ti) and "." in c.raw_value:
            continue
        found = rows.get(c.cell_row)
        if found is None:
            agreed = by_table.get(ti, set())
            if len(agreed) != 1 or (found := next(iter(agreed)))[1] != "money":
                continue
        unit, kind, factor = found
        c.value *= factor
        c.unit, c.unit_kind = unit, kind
        c.flags += ("unit_inferred",)


def _split_tables(report: Report, figs: list[_Fig]) -> tuple[list[_Fig], list[_Fig], list[tuple[int, int, str, str]]]:
    """Figures of the tables flattened into the text (:func:`tabletext.find_tables`) are their cells,
    typed by row and column; the numbers of a table's caption and header (表1, 2021年) are none; the
    rest, sentences written into a table included, are read as prose. Also the cells of words of the rows
    that name what they measure, with the row's name and the place or level their column names
    (start, end, label, scope)."""
    norm, text = report.norm, report.text
    tables = find_tables(text, norm)
    if not tables:
        return figs, [], []
    cw = compiled()
    cells = []
    totals = table_vocab().total_scopes
    reported = report.years.covered or report.years.this_year
    worded = [(a, b, r.label, "" if (sc := t.columns[j].scope) in totals else sc,
               _later_year_frame(word_cell_frame(t, r, j), reported))
              for t in tables if t.label_role == "indicator" for r in t.rows if r.label for j, a, b in r.texts]
    for ti, t in enumerate(tables):
        calendar = table_calendar(t, norm)  # (３月份: any width)
        # a table that names no time of its own (| 项目 | 本期 | ±% |): of its heading's period, else the report's
        placed = "" if calendar != (None, None) else _section_period(report.section_at(t.start)) or _part_reported(report)
        part = _caption_part(norm, t, calendar, cw)
        for c in cell_figures(t):
            g = _cell_fig(report, c, cw)
            if g.measure == "completion_pct" and (mb := cw.completion_header_base.search(t.columns[c.column].header)):
                g.comparator = mb.group("base")  # 占计划%: of the plan, as 完成预算105425万元的5.39% is of the budget
            g.cell_row = (ti, c.row)
            word = g.period
            g.period = calendar_period(word, *calendar)  # 累计 → 2024年1-2月, 当月 → 3月 (the table's)
            if not g.status_fixed and _after_year(g.period, reported):
                g.status, g.status_fixed = "target", True  # | 2020年 | 2025年 | in a plan made in 2021: its goal
            if placed and is_current_column(g.period):
                g.period = placed
            elif part and is_current_column(word) and g.period == f"{calendar[0]}年":
                g.period += part  # 2023年上半年主要经济指标: the half of the year the caption names
            cells.append(g)
    cells.sort(key=lambda g: g.start)
    taken = [(c.start, c.end) for c in cells] + [(t.start, t.body_start) for t in tables]
    taken += [span for t in tables for span in t.row_numbers]  # | 序号 | …, (1)增值税: the rows' numbers
    taken += [span for t in tables for span in t.unplaced]  # a figure of a broken row no column takes
    taken.sort()
    starts = [a for a, _ in taken]
    prose = []
    for f in figs:
        i = bisect.bisect_right(starts, f.end - 1) - 1  # the last taken span starting before f ends
        if i >= 0 and taken[i][1] > f.start:
            continue
        prose.append(f)
    return prose, cells, worded


def _after_year(period: str, reported: int | None) -> bool:
    """Whether a column's period is a whole year after the year the report covers (2025年 in a plan made in
    2021): what its figures are meant to reach, not what was done."""
    m = COLUMN_YEAR.fullmatch(period)
    return reported is not None and m is not None and int(m.group(1)) > reported


def _later_year_frame(frame: tuple[str, str, str, str, str, str], reported: int | None
                      ) -> tuple[str, str, str, str, str, str]:
    """The frame of a word cell (see :func:`tabletext.word_cell_frame`) with the status ``target`` when its
    column names no status and a year after the one the report covers (``≥45`` under 2025年)."""
    if not frame[4] and _after_year(frame[5], reported):
        return (*frame[:4], "target", frame[5])
    return frame


def _caption_part(norm: str, t: Table, calendar: tuple[int | None, int | None], cw: CueViews) -> str:
    """The part of the year the caption of table ``t`` names right after its year (``2023年上半年主要经济指标`` →
    ``上半年``, ``前三季度``), when the table's calendar has a year and no month; '' otherwise (a whole year word,
    全年, is the year itself)."""
    if calendar[0] is None or calendar[1] is not None:
        return ""
    caption = norm[t.start:t.body_start]
    for m in cw.period_re.finditer(caption):
        if caption[m.start() - 1:m.start()] == "年" and m.group() in cw.year_part_periods:
            return m.group()
    return ""


_WordCell = tuple[int, int, str, str, tuple[str, str, str, str, str, str]]  # start, end, row name, scope, its frame


def _worded_cells(norm: str, figs: list[_Fig], worded: list[_WordCell]) -> None:
    """A figure in a cell of words of a table row (``同比增加1.17个百分点``) that names nothing of its own is of
    the row's name, as when the row is one line of prose (a table copied one cell a line reads each cell alone),
    and of the place or level its column names (``西城区``), as the figures of the cells beside it are. A name
    the prose reader took from outside the cell (over the cells before it, where a copy sets cells apart by
    spaces: ``城镇登记失业率    %    --    2.37    同比增加1.17个百分点``) is no name of its own either."""
    if not worded:
        return
    worded.sort()
    starts = [a for a, *_ in worded]
    for f in figs:
        i = bisect.bisect_right(starts, f.start) - 1
        if i < 0 or f.end > worded[i][1]:
            continue
        cell = norm[worded[i][0]:worded[i][1]]
        if not f.indicator or _SPACE.sub("", f.indicator) not in _SPACE.sub("", cell):
            f.indicator = _row_name(worded[i][2], compiled())
        if not f.scope:
            f.scope = worded[i][3]
        _word_cell_frame(f, *worded[i][4], timed=_YEAR_OR_MONTH.search(cell) is not None)


def _word_cell_frame(f: _Fig, unit: str, magnitude: str, base: str, measure: str, status: str, period: str,
                     timed: bool = False) -> None:
    """A figure that prints no unit in a word cell of a table (``| 城镇调查失业率 | % | ≤5.5 |``, ``6左右`` under
    ``2024年目标``) takes the unit of its row or column, the status its column header says, and the year its
    column names when it prints no time of its own (``≥45`` under 2025年; ``timed``: the cell prints 年 or 月), as
    a number alone in the cell would (its qualifier is the cell's own)."""
    if status and f.status == "actual" and not f.status_fixed:
        f.status, f.status_fixed = status, True
    if period and not timed and COLUMN_YEAR.fullmatch(period):
        f.period = period if period.endswith("年") else period + "年"
    if unit and not f.unit and f.unit_kind == "none" and f.role == "figure" and f.measure == "level":
        f.unit_kind, f.unit = _table_unit(base, compiled())
        f.value = f.value * MAGNITUDES.get(magnitude, Decimal(1))
        f.raw_unit = unit
        if f.unit_kind == "percent":
            f.measure = measure if measure in ("yoy_pct", "completion_pct", "rate_pct", "pp_diff") else (
                "pp_diff" if f.unit == "pp" else "rate_pct")
    if measure == "change_pct" and f.unit == "%" and f.measure in ("yoy_pct", "level", "rate_pct"):
        f.measure = "change_pct"  # 6左右 under 年均增长(%): the average growth over the plan's years
        if "multi_year" not in f.flags:
            f.flags += ("multi_year",)


def _share_list_units(report: Report, figs: list[_Fig], cw: CueViews) -> None:
    """What is printed once after the last figure of a list, for the members before it (joined by nothing but a
    word of ``unit_list_joiners``: 、和及与以至): its unit for bare numbers (净减少10.6万、3.8万、3.3万平方公里; 分别达到5.2万、2.1万元), and the noun it counts for
    counts of the same unit (新建3个、5个和7个公园: the parks, three times)."""
    norm, text = report.norm, report.text
    named = ""  # the noun after the last count of the run being read backwards
    for i in range(len(figs) - 2, -1, -1):
        f, nxt = figs[i], figs[i + 1]
        if f.sentence != nxt.sentence or norm[f.qend:nxt.start] not in cw.unit_list_joiners:
            named = ""
            continue
        if not f.unit and f.unit_kind == "none" and nxt.unit and nxt.unit_kind != "percent" and f.role != "ordinal":
            f.unit, f.unit_kind = nxt.unit, nxt.unit_kind
        if f.unit_kind != "count" or f.unit != nxt.unit or f.measure != nxt.measure:
            named = ""
            continue
        if not named:
            after = _following_text(norm, text, nxt.qend, nxt.sentence[1])
            named = after if after and nxt.indicator.endswith(after) else ""
        if named:
            f.indicator = nxt.indicator


PARALLEL_BACK = 3  # how many figures back a clause of the same verb may name the owner
COUNTED_SET_BACK = 2  # how many figures (the part done, its rate) may stand between a set counted and its quantity
POINTED_UNITS_BACK = 4  # how many figures back the units 这些X points to may be counted, in the same sentence
_UNIT_KIND = operator.attrgetter("unit_kind")


def _names_measure(g: _Fig | None, measure: str) -> bool:
    """Whether ``g`` is a figure whose name is ``measure`` with an owner of two characters or more before it
    (一般公共预算收入 for 收入)."""
    return g is not None and g.indicator.endswith(measure) and len(clean_name(g.indicator[:-len(measure)])) >= 2


def _assessment_named(name: str, ma: re.Match[str], cw: CueViews) -> str:
    """``name``, ending in the assessment ``ma`` matched, with the noun an assessment named by an adjective takes
    (综合 → 综合排名)."""
    return name + cw.rank_assessment_noun if ma.group("adjective") else name


class _Reader:
    """Reads the prose figures in order: measure, subject span, lists, period, status, indicator."""

    def __init__(self, report: Report, figs: list[_Fig]) -> None:
        self.report = report
        self.norm = report.norm
        self.text = report.text
        self.cw = compiled()
        self.figs = figs
        self.kept: list[_Fig] = []
        self._kept_starts: list[int] = []  # where the figures kept start, in order (searched by bisection: a sentence
        # of thousands of figures costs no walk back over them for each)
        self.prev: _Fig | None = None
        self.sent: _SentenceState | None = None
        self.lst: _ListState | None = None
        self.carry = _Carry()
        self._topics: dict[int, str] = {}  # paragraph start → the period it opens with
        self._pairs_read = -1  # the last figure of the run of list members last read for pairs
        self.own_place = _own_place(report, self.cw)
        self.own_level = _own_level(report, self.cw)
        self._heading_periods: dict[str, str] = {}  # section path → the period its headings name
        self._inline: tuple[list[int], list[int], list[str]] | None = None  # headings run into lines (see below)
        self._heads: list[tuple[int, int, str]] | None = None
        self._marks: tuple[list[int], list[str], list[int]] | None = None  # lines that carry a period down
        self._frames: tuple[list[int], list[str]] | None = None  # the review frames: where each starts, its period
        self._opened: dict[int, str] = {}  # sentence start → the year reviewed it opens with (去年…), or ''
        self._para_opened: dict[int, str] = {}  # sentence start → the year reviewed a sentence before it opens with
        self._para_scan: tuple[int, str] | None = None  # the paragraph read so far: to where, the year it holds there
        self._owned: tuple[_Fig | None, str] = (None, "")  # a list's first figure, and the quantity its owners have
        # the years the report states (none when they are only guessed from its text)
        self.stated_years = report.years if report.years.source != "guess" else ReportYears()
        sy = self.stated_years  # (years guessed from the figures of the text tell no period)
        self._now = sy.this_year  # the year of 今年 (None: unknown)
        self._line = (0, 0, 0)  # (an offset, the start of its line, after its last space): searched on from there
        self.ratio: tuple[int, str, list[str] | None, bool] | None = None  # the ratio being read
        self._held_period = ""  # the period of the last figure read, before a from–to time of its own
        self._only_period: tuple[str, tuple[int, int]] = ("", (-1, -1))  # the period last read that holds in its
        # sentence only (1-8月 in a report of 前三季度, 8月当月), and that sentence
        self._held_section = ""  # the section of the figure that set it
        self._held_end = 0  # where the figure that set it ends
        self._held_span = ""  # the span of years the sentence that set it opens with (四年内), else ''
        self._plan_run = -1  # the start of the last sentence read as going on with the plan before it
        self._paragraph_tos: dict[int, tuple[list[int], list[str]]] = {}  # a paragraph's sentences opening with 到YEAR
        self._part_reported = _part_reported(report)  # (see _report_period)
        self._dated: tuple[list[int], list[str]] | None = None  # the headings that name a period: starts, periods
        self._plan_spans: dict[tuple[str, int | None], str] = {}  # (section, year planned): its five-year span
        self._opening_plan: str | None = None  # the years of the one plan the report's opening names (see below)
        self._on_plan: bool | None = None  # whether the opening says the report is on that plan (see below)
        self._span_to: tuple[tuple[int, int], str, int, str] | None = None  # (sentence, span, B's start, B's year)
        # a 由A到B whose ends print their years: (sentence, where B may start, A's year, B's year); the B of a
        # pair that prints none after it: (sentence, B's start, its year)
        self._pair: tuple[tuple[int, int], int, str, str] | None = None
        self._pair_to: tuple[tuple[int, int], int, str] | None = None
        self._pair_end: tuple[tuple[int, int], int, str] | None = None  # the B (its end, status) of a pair whose ends
        # print their years
        self._from_run: tuple[_Fig, ...] = ()  # the As listed before the last A of a move (从50%、75%提高至100%)
        # the sentence of the last figure kept over a span of years, and the first such figure of that sentence
        self._spanned: tuple[tuple[int, int] | None, _Fig | None] = (None, None)
        self._unreached: _Fig | None = None  # the figure whose review frame's span _framed last gave as its period once
        # it found no level reached at the span's end (see _resolve_period_words)
        self._listed_run: tuple[int, int, bool] = (0, -1, False)  # the run of figures joined by 、 last read by
        # _milestone_listed and whether it is a list of thresholds passed

    def _units_counted(self, f: _Fig) -> _Fig | None:
        """The last count of units (no persons) read in ``f``'s sentence, past the counts of persons after it.

        2343个县（市、区）开展新型农村社会养老保险试点，3.58亿人参保，9880万人领取养老金，覆盖面扩大到60％以上: the
        coverage is of the units the programme reaches, and the persons it goes on to count are no units of it.
        """
        cw = self.cw
        for pv in reversed(self.kept):
            if pv.sentence != f.sentence or pv.unit_kind != "count" or pv.measure != "level":
                return None
            if pv.unit not in cw.person_units:
                return pv
        return None

    def _item_head_before(self, f: _Fig, soft: int) -> _Fig | None:
        """The first figure of the run of figures of one quantity that ends the item of a semicolon list right before
        the item ``f`` opens at ``soft`` (棉纱产量286.5万吨，比1980年预计增加9万吨；纸520万吨，增加20万吨 → the cotton
        yarn's output), when each item prints its figure and then its change; None otherwise."""
        norm = self.norm
        if soft < 1 or not self.cw.semicolon.match(norm, soft - 1) or norm[f.qend:f.qend + 1] != ",":
            return None  # (an item that does not go on with its change, as the one before does: 储备粮3万吨。)
        head: _Fig | None = None
        run = 0
        for pv in reversed(self.kept):
            if pv.sentence != f.sentence or pv.start >= soft:
                break
            if head is not None and pv.qend < head.start and self.cw.semicolon.search(norm, pv.qend, head.start):
                break  # (the item before that one)
            if head is not None and pv.indicator != head.indicator:
                break  # (a quantity before the item's: 工业总产值…，钢产量…)
            head, run = pv, run + 1
        return head if run >= 2 else None  # (an item before with no change of its own is no list of this shape)

    def read(self) -> list[_Fig]:
        for fi, f in enumerate(self.figs):
            if not self._read_one(fi, f) or self._milestone_passed(f):
                continue
            if self._milestone_listed(fi):
                self.prev = f  # (the level after the list goes on with the thing that passed them)
                continue
            if f.status == "actual" and self.sent is not None and self._plan_goes_on(f, self.prev, self.sent):
                f.status = "target"
            self.kept.append(f)
            bisect.insort(self._kept_starts, f.start)
            self.prev = f
            if "multi_year" in f.flags and self._spanned[0] != f.sentence:
                self._spanned = (f.sentence, f)
        _share_list_units(self.report, self.kept, self.cw)
        before: _Fig | None = None
        owner = ""  # what reaches the units the figure before counts, if it counts units reached
        sent: list[_Fig] = []  # the figures of the sentence read before f
        for f in self.kept:
            if before is None or before.sentence != f.sentence:
                sent = []  # (once every list has shared its verb: 惠及企业2860家、职工10.2万人次 → 惠及的职工)
            touched = ""
            if f.unit_kind == "count" and f.measure == "level" and (
                    reached := _reached_name(f.indicator, self.cw)
                    or (touched := _touched_name(self.report.norm, f, self.cw))):
                # 惠及企业2860家 → 惠及的企业; 发放援企稳岗补贴1.36亿元，惠及企业2860家 → 援企稳岗补贴惠及的企业, and
                # the 职工 of 、职工10.2万人次 after it too (the items of one verb, no clause stop between them)
                shared = (owner or touched) and before is not None and before.sentence == f.sentence and not any(
                    ch in self.cw.clause_stops for ch in self.report.norm[before.qend:f.start])
                if not shared:
                    verb = reached[:reached.index(self.cw.de)]
                    verb_only = bool(touched) or self.cw.reach_verb_end.fullmatch(verb)
                    owner = _reaching_owner(self.report, f, before, sent, self.cw) if verb_only else ""
                if owner or not touched:  # (涉及职工21473人 with nothing before that touches them: the workers)
                    f.indicator = owner + reached
            else:
                owner = ""
            if before is not None and (paid := _per_head_paid(self.report.norm, before, f, self.cw)):
                f.indicator = paid + f.indicator  # 全年人均增加1680元，5700多万人受益 → 企业退休人员基本养老金受益的人
            if (before is not None and before.sentence == f.sentence and f.measure == "level"
                    and (f.unit in self.cw.person_units or f.unit in self.cw.person_visit_units)
                    and self.cw.participant_name.fullmatch(f.indicator)):
                if event := _event_taken_part_in(self.report.norm, before, f, self.cw):
                    f.indicator = event + f.indicator  # 连续举办8届全国双创活动周、超过5.2亿人次参与 → 全国双创活动周参与的人次
                elif (pilot := _reaching_owner(self.report, f, before, sent, self.cw)).endswith(self.cw.pilot_word):
                    f.indicator = pilot + f.indicator  # 新型农村合作医疗试点范围扩大到1451个县…，有4.1亿农民参加: those
                    # joining after a clause counting the places of a pilot join the pilot
            if (before is not None and before.sentence == f.sentence and before.unit_kind == "money"
                    and f.measure == "level" and (my := _YEARS_SPAN.fullmatch(before.period))
                    and f.period == f"{my.group(2)}年"
                    and before.indicator.startswith(self.cw.use_verb)
                    and (k := before.indicator.find(self.cw.de)) > len(self.cw.use_verb)
                    and f.indicator.startswith(before.indicator[len(self.cw.use_verb):k])):
                f.period = before.period  # 连续三年累计投入90亿元，用于农村寄宿制学校建设工程，7651所学校受益: those the
                # works an amount is put to reach are reached over the years of the amount, not its last
            if before is not None and before.sentence == f.sentence and (scheme := _scheme_of_persons_before(
                    self.report.norm, before, f, self.cw)):
                f.indicator = scheme + f.indicator  # 1334万人参保，641万人领取养老金 → 城镇居民社会养老保险试点领取养老金的人
            if before is not None and before.sentence == f.sentence and (networked := _network_of(before, f, self.cw)):
                f.indicator = networked  # 铁路投资要保持在8000亿元以上，新投产里程8000公里以上 → 铁路新投产里程
            if sent and f.measure in ("rate_pct", "pp_diff") and (served := _service_rate_owner(self.report.norm, f, sent, self.cw)):
                f.indicator = served + f.indicator  # 12345市民服务热线受理诉求8.9万件，…，响应率达到100% → 12345市民服务热线诉求响应率
            elif sent and f.measure in ("rate_pct", "pp_diff") and (sampled := _sampled_rate_owner(self.report.norm, f, sent, self.cw)):
                f.indicator = sampled + f.indicator  # 食品安全抽检6825批次，合格率98.6% → 食品安全抽检合格率
            if sent and (casualties := _incidents_named_before(f, sent, self.cw)
                         or _casualty_incidents(self.report.norm, f, sent, self.cw)):
                f.indicator = casualties  # 生产安全事故12起、死亡10人 → 生产安全事故死亡人数
            before = f
            sent.append(f)
        return self.kept

    def _last_rank_group(self, f: _Fig) -> str:
        """The group of the last rank read before ``f`` in its sentence (全市 of 5次位列全市第一 for 3次位列第二), or ''."""
        for g in reversed(self.kept):
            if g.sentence != f.sentence:
                return ""
            if g.measure == "rank":
                return g.comparator
        return ""

    def _stated_base_year(self, f: _Fig, indicator: str) -> str:
        """The year a figure of ``indicator`` read before ``f`` in its sentence compares with (比2002年增长65.5%,
        是1997年的1.8倍), before any figure of another name, or ''."""
        for g in reversed(self.kept):
            if g.sentence != f.sentence or g.indicator != indicator:
                return ""
            if self.cw.period_bare_year.fullmatch(g.comparator):
                return g.comparator
        return ""

    # one figure ---------------------------------------------------------------------------------
    def _read_one(self, fi: int, f: _Fig) -> bool:
        norm, cw = self.norm, self.cw
        st = self._enter(f)
        pos = f.start
        # the clause before the figure: after the last stop, at most LOOKBACK back (st.clause_start)
        lo = pos - LOOKBACK if pos - LOOKBACK > st.start else st.start
        stops = st.stops
        k = bisect.bisect_left(stops, pos) - 1
        cs = stops[k] + 1 if k >= 0 and stops[k] >= lo else lo
        if cs > st.start and norm[cs - 1] in "])":
            cs = self._clause_start(f, st)
        clause = norm[cs:pos]
        clause_at = cs  # (where the clause starts, as cut here: a joined clause may start the subject before it)
        prev = self.prev
        if prev is not None and prev.sentence is not f.sentence and prev.sentence != f.sentence:
            prev = None
        if (f.role == "ordinal" and prev is not None and prev.measure == "rank"
                and cw.rank_list_gap.fullmatch(norm, prev.end, f.start)):
            f.comparator = prev.comparator  # 居全国第三、四位, 居全市第6位、第2位: the next rank of the list, in the same set
        elif f.role == "ordinal":
            mr = cw.rank_re.search(clause)
            ms = None if mr or clause[-1:] not in cw.ends["rank_scope"] else cw.rank_scope.search(clause)
            if not mr and not ms and f.kind != "top" and not (  # 进入全市前三名 is a rank without a rank verb
                    prev is not None and prev.measure == "rank" and clause.endswith(cw.rank_move_to_last)
                    and (mt := cw.rank_move_to.search(clause)) and cs + mt.start("from") == prev.start):
                return False  # (从世界第六位上升到第四位: the rank a move ends at needs no verb of its own)
            f.comparator = _rank_group(clause, mr, ms)  # 全市第二
            if not f.comparator and cs > st.start and (mf := cw.rank_frame_clause.search(norm, max(st.start, cs - 24), cs)):
                f.comparator = mf.group("scope")  # 在全市营商环境评价中，我区排名第二: the set the clause before frames
            if not f.comparator:
                f.comparator = self._last_rank_group(f)  # 5次位列全市第一、3次位列第二: a list of ranks names its set once
        in_list = self._in_list(f, prev) if self.lst is not None else False
        self._type(f, clause[:ma.start()] if clause.endswith(")") and (ma := _ASIDE_END.search(clause)) else clause,
                   cs, prev, in_list)
        if (f.measure == "yoy_pct" and f.sign < 0 and not in_list and cw.decline_end.search(clause)
                and not cw.comparison_word.search(clause) and _cut_share_object(norm, self.text, f, st.end)):
            f.measure = "change_pct"  # 本届政府减少1/3行政审批事项: a cut of the noun after the share, not a fall
        if norm.startswith(cw.clause_joiner_heads, cs):
            cs = self._joined_clause_start(f, cs, st)
        soft, subj_end = self._subject_span(fi, f, cs, prev, st)
        f.cs, f.subj_end = cs, subj_end
        if cw.list_word in clause and not in_list:
            self._open_list(fi, f, cs, clause, st)
        elif not in_list and fi > self._pairs_read and (st.items or self._member_follows(fi, f, st)):
            # 小麦面积和产量是95517亩和37554吨: as many items as figures pair in order without 分别; 分别达到2253元
            # 和6280元，平均每年实际增长4.7%和5.7%: a later list of the sentence takes the items before
            self._open_pairs(fi, f, soft, subj_end, st)
        self._front_base(f, cs, st)
        if f.measure == "pp_diff" and not f.comparator and cw.bare_pp_change.fullmatch(clause):
            # 采矿业增加值同比增长3.7%,较1-7月提高0.2个百分点;制造业增长11.9%,提高0.6个百分点: the period the
            # first item is compared with is the later items' too
            before = next((g for g in reversed(self.kept) if g.measure == "pp_diff" and g.comparator), None)
            if (before is not None and before.sentence == f.sentence and before.start >= st.start
                    and cw.period_base.fullmatch(before.comparator)):
                f.comparator = before.comparator
        f.section = st.section if st.section is not None else st.section_at(self.report, f.start)
        f.period = ("" if st.periods is not None and (not st.periods[0] or st.periods[0][0] > f.start)
                    else _period(norm, f.start, st))  # (a sentence naming none, or none before the figure: a run of
        # amounts before the span of its payer, 收入、1、1、…、1财政五年支出)
        if not f.period and norm[st.start:st.start + 1] in cw.starts["period_pointer_opening"]:
            f.period = self._pointed_period(st)
        now_after = -1  # where 今年 stands, named after the period read (到2022年底，…累计建成…，今年新建1000个)
        if f.period and self._now is not None and (now_after := _this_year_after(norm, f.start, st)) >= 0:
            f.period = ""  # the year 今年 names (see _resolve_period), not the period before it
        if f.period and self._history_before_plan(f, st):  # (a span of years only: no period, no test)
            f.period = ""  # 从一九五三年到一九八○年的二十八年中，…，六五计划把这个比例提高到百分之三十六: a span of history is no
            # time of the plan a later clause sets
        # 到一九三三年，…: see _resolve_period (a frame after the period named before it outranks it: 在五年内
        # 增长百分之二十三点三，到一九五七年达到…)
        to_framed = _to_frame(norm, f.start, st, _period_end(f.start, st) if f.period else now_after) != ""
        if to_framed:
            f.period = ""
        if (not f.period and not to_framed and f.measure in ("level", "abs_change", "yoy_pct")
                and not cw.now_opening.match(norm, st.start) and (y := self._closing_year_before(f, st))):
            f.period = y  # 农业生产在…的情况下，一九七八年仍然夺得了丰收。粮食…总产量达到三亿零四百七十五万吨: the year the
            # sentence before ends on, in a clause with no figure, is the time the next sentence's figures tell of
        after_item = not f.period and _period_end(f.start, st) in st.item_ends  # (增值税…，全年办理…；企业所得税…)
        only = self._only_period[1]
        part_of_only = (cw.part_marker.match(norm, st.start) is not None  # 1—8月，…营业收入…增长9.3%。其中，…增长15.2%: a
                        and (only == f.sentence or 0 <= only[1] <= st.start and not norm[only[1]:st.start].strip()))
        # sentence opening with 其中 goes on with the one before, of the time that one alone is of
        held, last = (st.held, st.before) if after_item else (
            self._only_period[0] if part_of_only else self._held_period, self.prev)  # (after it, the period
        if (not f.period and last is not None and held and norm.find("\n", last.end, f.start) < 0  # held before the
                and not to_framed and not _this_year(norm, f.start, st) and not cw.now_opening.match(norm, st.start)
                and not cw.vague_span_opening.match(norm, st.start)
                and not (last.sentence[1] < st.start  # (the last figure's sentence is this one: nothing between)
                         and any(norm.find(w, last.sentence[1], st.start) >= 0 for w in cw.this_year_words))
                and not (last.sentence[1] <= st.start and _to_frame_after(norm, last.end, last.sentence[1]))
                and not 0 <= st.now_at <= f.start
                and not (f.measure in ("abs_change", "pp_diff") and not f.comparator and _year_end_period(held)
                         and _YEARS_SPAN.fullmatch(self._review_frame(f.start)))
                and not ("multi_year" in f.flags and cw.span_period.fullmatch(f.comparator)
                         and self.stated_years.covered is not None)):
            # sentence) the period stated earlier in the paragraph still holds (今年 ends it, in the figure's sentence or
            # a whole sentence between: …到去年十一月已经提高到百分之九十九。…在讨论今年计划草案的时候，…。拿北京京西矿务局来说，…原定的
            # 煤炭产量的指标是二百八十五万吨; and so does a sentence opening
            # with 现在, the time of the report: …一九五七年才达到了三千七百亿斤。现在我们要…再使粮食产量增加三千亿斤; a span of years held yields
            # to a clause opening with 去年, one year of it; a change over the span it prints, whose years the report's
            # years give, is of that span: 城乡居民的实际消费水平五年增长百分之二十七左右; a move with no base, after a
            # year's end held, in a review of several years is over the years reviewed: 2012年底，…。服务业增加值占国内
            # 生产总值比重提高2.7个百分点 in 2013)
            f.period = _last_year_in_span(held, norm, f.start, st)
        if not f.period and st.back and not to_framed and not _this_year(norm, f.start, st):
            f.period = st.back  # 两年来…共建设5100多个项目。已建成的主要有：加固…堤防近6100公里: the span it goes on with
        if not f.period and not to_framed and not cw.vague_span_opening.match(norm, st.start):
            # 刚刚过去的2017年，…。国内生产总值增长6.9% (a sentence on one line lies in one paragraph; one opening with
            # 这几年 or 近年来 is of some recent years, not of the paragraph's year: 2020年，…。近年来，全区累计建成…; nor is
            # one a 到 frame opens, its frame's year the period: 2024年，…。到2025年，全县公路通车里程达到3300公里)
            if st.topic is None:
                plan = st.part_at(self.report, f.start) == "plan"
                topic = self._paragraph_topic(norm, f.start, not plan)
                if topic and plan and self._topic_left(norm, f.start, topic, st.start):
                    topic = ""
                elif topic and self._now is not None and _this_year(norm, f.start, st):
                    topic = ""  # 下半年，…。今年计划投资120亿元: the year 今年 names, not the paragraph's part of it
                if st.one_line:
                    st.topic = topic
            f.period = _last_year_in_span(st.topic if st.topic is not None else topic, norm, f.start, st)
        if f.period:  # (an empty period has no month to read)
            f.period = self._months(f, cs, st)
        if to_framed or after_item:
            # (the year a 到 frame gives holds in its sentence only; the period held before holds on, in its own
            # section and paragraph only: 过去一年，…。⏎二、“十三五”时期主要目标任务⏎到2020年，…。全员劳动生产率…提高到22万元以上;
            # 到一九五九年底共推广了…农具五亿二千多万件…。⏎…到一九五九年已经有一亿一千多万青、壮年摆脱了文盲地位，…。各地人民
            # 公社还办了三万多所农业中学: no year's end of the paragraph before)
            if self._held_period and (self._held_section != f.section or norm.find("\n", self._held_end, f.start) >= 0):
                self._held_period = ""
        elif f.period == cw.same_year_word:
            pass  # (当年 holds in its sentence only, the period held before holds on: 到去年底，…，当年减少青壮年文盲
            # ４００万人。…职业学校在校生达到５６．８％, the stocks after it are of the end)
        elif f.period and ((f.period in cw.sentence_only_periods or f.period.endswith(cw.occasion_period_ends)
                            or self._past_months_reported(f.period) or self._early_months(f.period)
                            or self._one_month_reported(f.period))
                           and self.report.metadata.get("period")
                           or f.period.endswith(cw.holiday_period_ends)
                           or (pe := _period_end(f.start, st)) >= 0 and norm.startswith(cw.month_only_words, pe)):
            self._only_period = (f.period, f.sentence)
            # 8月当月…: that month alone, in its sentence only; 目前…, 截至7月22日 in a report of 上半年: the time of
            # writing, in its sentence only in a report of a part of the year, whose period (上半年) goes on after it; and
            # 1-5月 there, an earlier cut of the data; 国庆假期 (a holiday) in any report
        elif ((f.period.endswith(cw.deadline_period_ends)
               or (pe := _period_end(f.start, st)) >= 0 and norm.startswith(cw.deadline_after, pe))
              and st.part_at(self.report, f.start) != "review"):
            pass  # 力争7月底前完成进度达到70%。加快推动13条次支路工程建设项目: a deadline is of its task, in its sentence only
            # (so is one printed with 以前, in a part that plans or a report whose parts are unmarked: 计划在一九八五年底以前
            # 全部建成的四百个 in 1982, whose next figures are of the plan's years)
        elif f.period and (ms := _period_span(f.period)) and (ms.group("recent") or ms.group("time")):
            self._held_period = ""  # 近三年，中央和地方投入105亿元…。中央安排30亿元…: the recent years, in its sentence only;
            # so is a plan's own time (在两年时间内完成老旧小区改造20个。全区地区生产总值增长6%: the growth is of the year)
        elif f.period in cw.year_part_periods and st.periods is not None and (k := bisect.bisect_right(
                st.periods[0], f.start) - 1) > 0 and any(
                n in cw.year_part_periods and n != f.period
                and any(map(cw.clause_stops.__contains__, norm[e:st.periods[0][k] - len(f.period)]))
                for e, n in zip(st.periods[0][:k], st.periods[1][:k], strict=True)):
            self._held_period = ""  # 上半年完成征兵任务152人，下半年完成134人。征集…入伍98人: parts of the year set side by
            # side in clauses of their own are each of its clause, none the time of the sentences after them (one inside
            # another, 上半年第一季度, holds on)
        elif not st.compared or _period_end(f.start, st) not in st.compared:
            if f.period != self._held_period:
                self._held_span = self._span_opened(st)
            self._held_period, self._held_section, self._held_end = f.period, f.section, f.end
            if f.period and self._only_period[1] == f.sentence:
                self._only_period = ("", (-1, -1))  # 9月份，…增长8.1%；1-9月增长6.3%。其中，…: a period that holds on,
                # printed after the one of its sentence only, is the one a 其中 sentence after it goes on with
        elif self.prev is None or norm.find("\n", self.prev.end, f.start) >= 0:
            self._held_period = ""  # (a year framed by a comparison holds in its sentence only)
        mp = _own_year(norm, cw, f.start, cs, f.measure == "level" and f.unit not in cw.times_units)
        if mp is not None and (mb := _multiple_base(f, norm, cw)) and mb.start("base") <= mp.start(1):
            mp = None  # 在一九五三年，…對外貿易也達到一九五〇年的一點八倍: the year of a multiple's base is no time of it
        if (mp is not None and f.measure == "rate_pct" and f.unit == "%"
                and (mr := cw.share_recovery.search(norm, max(cs, f.start - OWN_YEAR_REACH), f.start))
                and mr.start("base") <= mp.start(1)):
            mp = None  # 旅游总收入恢复到2019年的96.2%: the year whose level the share recovers to is its base, no time of it
        if mp is not None:
            # 从2007年的639亿元增加到2012年的1923亿元, 从2002年1288亿元增加到…: its own time only
            f.period = norm[mp.start(1):mp.end(1)]
            if f.period.startswith(cw.last_year_word):
                # 提升到去年底的13.3%: the year before the one the report is delivered in, or none when unknown
                f.period = f"{self._now - 1}年{f.period[len(cw.last_year_word):]}" if self._now is not None else ""
        elif (f.measure in ("level", "rate_pct")  # (the window ends where a match must: 的, 约, 近)
              and norm[f.start - 1:f.start] in cw.ends["base_time_level"]
              and (mb := cw.base_time_level.search(norm, max(st.start, f.start - BASE_TIME_REACH), f.start))
              and mb.group("span")):
            f.period = self.text[mb.start("span"):mb.end("span")]  # 比第五个五年计划期间的百分之十一: the level of
            # the plan period compared with, not of the year the sentence speaks of
        if (f.measure in ("yoy_pct", "change_pct") and not f.comparator and not f.held and f.period
                and layout_views().span_heading.search(f.period)
                and (f.measure == "yoy_pct" or not cw.multi_year_word.search(clause))):
            f.measure, f.comparator = "change_pct", (self._span_opened(st) or self._held_span_of(f, st) or f.period)
            # 五年间，进出口总额增长1倍: over the span, not a year, named as the sentence names it (从一九七九年到一九八二年的
            # 四年间，: 四年间) or as the sentence that held its span did (从一九七九年到一九八二年的四年内，轻工业…。自行车增长
            # 一点八倍 in 1983: 四年内); so is a cut its verb reads as a change already (五年来，国务院部门行政审批事项削减44%:
            # 五年来, as 减少90% after it)
            if "multi_year" not in f.flags:
                f.flags += ("multi_year",)
        if ((not f.period or f.period in cw.deictic_periods) and not to_framed and st.part_at(self.report, f.start) != "plan"
                and not ((f.start - cs <= _SHORT_WINDOW or st.may_hold("named_year_end", norm, cs, f.start))
                         and cw.named_year_end.search(norm, cs, f.start))
                and not (not f.period and cw.former_time_opener.match(norm, st.start))):
            # (过去我国城乡市场的商品供应…，有些时期有些地方票证多达几十种: a time before the one reviewed, of no
            # period the report names)
            # (上年末全区常住人口201.9万人: the year's end its clause names, read with the report's years below)
            # (一)2021年一般公共预算收支决算情况: the time of the section reviewed (a plan part's heading names
            # the year planned, while its paragraphs also look back: 三、2011年的工作: 去年…增长10.3%); the
            # year a review speaks of as 这一年 is its heading's; a heading run into the line comes first
            heading = self._inline_heading_period(norm, f.start) or (self._heading_period(f.section) if f.section else "")
            if not (heading and self._frame_spans_to(f.start, heading)):
                # (一、2015年工作回顾 …2015年是“十二五”收官之年。过去五年，…: the paragraph's span frames it, read later)
                f.period = heading or f.period
            if not f.period:
                # 一季度,全县实现地区生产总值56.82亿元…。一、农业生产基本稳定⏎全县实现农林牧渔总产值9.48亿元
                f.period = self._carried_period(f.start)
                f.period = self._months(f, cs, st)
        if f.period in cw.period_year_parts and st.part_at(self.report, f.start) != "plan":
            # 首先报告2001年的工作 …城市居民最低生活保障的覆盖人数，由年初的400多万人扩大到年末的1120多万人: the
            # start and end of the year the text speaks of
            # (到明年底，全区将建成保障性住房5000套 under 一、2023年计划执行情况: the end of the year the sentence opens
            # with, read with the report's years below, not of the year reviewed)
            if ((self._now is None or not cw.named_year_end_opening.match(norm, st.start, f.start))
                    and (year := self._framing_year(f))):
                f.period = year + f.period[1:]  # (2021年 + 年末: 2021年末)
        if (norm[f.start - 1:f.start] in cw.ends["prior_same_period"]
                and (mq := cw.prior_same_period.search(norm, max(st.start, f.start - PRIOR_SAME_REACH), f.start))):
            f.period = mq.group("period")  # 全国基本建设投资总额完成年计划２７％，去年同期则完成２４％: the same part of the
            # year before, as printed, not the period of the clauses before it (which holds on after it)
            if f.measure == "rate_pct" and prev is not None and prev.measure == "completion_pct" and prev.unit == f.unit:
                f.comparator = prev.comparator  # 完成年计划的４５％，去年同期为４０％: the share of its year's plan then (the
                f.measure = prev.measure  # clause names nothing but that time: the figure before names what it is of)
        compared = _compared_level(norm, f, st)  # (read once: it gives the status and the reference)
        f.status = _status(self.report, norm, f, soft, subj_end, st, compared, prev)
        if (f.status == "actual" and self.stated_years.plan is not None and cw.period_bare_year.match(f.period)
                and (year := year_number(f.period[:4])) is not None and year > self.stated_years.plan):
            f.status = "target"  # 2025年全区一般公共预算收入达到200亿元 in a report of 2023: a year after the one planned
            # for is yet to come
        if (f.status == "actual" and f.comparator in cw.present_bases
                and f.measure in ("change_pct", "abs_change", "pp_diff")):
            f.status = "target"  # 八年内使它们提供的商品粮比现在增加两、三倍: a change against the present is of a time
            # yet to come
        if not f.reference:
            f.reference = compared  # (the level compared with: no total of the parts after it)
        if (f.qualifier == "at_most" and f.status != "target" and f.qend == f.end
                and norm.endswith(cw.cap_words, max(0, f.start - 4), f.start)):
            f.qualifier = "exact"  # 失业率控制在0.81%: an outcome is the value printed (控制在1.5%以内 stays at most)
        self._name(f, soft, subj_end, cs, clause, in_list, st)
        if (f.qualifier == "at_most" and f.qend > f.end and f.indicator.endswith(cw.ceiling_names)
                and any(norm.find(w, cs, f.start) >= 0 for w in cw.cap_words)):
            f.qualifier = "exact"  # 控制在省下达的债务限额102.5亿元以内: the ceiling is the value printed; 以内 bounds what
            # is held under it (not so without a quantity held: 新增政府债务限额12亿元以内 is at most)
        if (f.measure == "rate_pct" and not f.comparator and norm.startswith(cw.de, f.start - 1)
                and (mb := cw.rate_basis_name.fullmatch(f.indicator))
                and (name := mb.group("name") or ((mo := cw.rate_set_object.match(norm, f.qend)) and mo.group("name")))):
            f.indicator, f.comparator = name, mb.group("base")  # 预备费按本级一般公共预算支出的2%安排: a rate of the
            # reserve against the spending it is set on, as 占…的 names the whole; 按本级一般公共预算支出的2%设置预备费:
            # the reserve named after the verb that sets it
        elif (prev is not None and prev.sentence == f.sentence and "按" in f.indicator
              and (mb := cw.rate_basis_name.fullmatch(f.indicator)) and mb.group("name") == prev.indicator):
            f.indicator = prev.indicator  # (…的2%安排0.65亿元，比上年增长3%: the amount so set and its change, of the
            # reserve too, down the sentence)
        elif (prev is not None and prev.sentence == f.sentence and prev.measure == "rate_pct" and prev.comparator
              and prev.qend < f.start and (mo := cw.rate_set_object.match(norm, prev.qend)) and mo.end() == f.start
              and mo.group("name") == prev.indicator):
            f.indicator = prev.indicator  # (…的2%设置预备费0.65亿元: the amount so set, of the reserve too)
        elif (prev is not None and prev.sentence == f.sentence and f.indicator != prev.indicator
              and len(f.indicator) < prev.start and norm.endswith(f.indicator, 0, prev.start)
              and (mo := cw.rate_set_object.match(norm, prev.start - len(f.indicator))) and mo.end() == prev.start
              and mo.group("name") == prev.indicator):
            f.indicator = prev.indicator  # (…的2%设置预备费1.2亿元，比上年增长3%: the change of the amount so set, of
            # the reserve too, down the sentence, not the verb's)
        if (f.unit == "%" and prev is not None and prev.unit == "%" and f.measure == prev.measure
                and (mn := cw.inclusion_note_figure.fullmatch(norm, prev.qend, f.start))):
            open_ = self.text[prev.qend]  # 农业总产值（包括村办工业）: the whole named before, so counted
            f.indicator = f"{prev.indicator}{open_}{mn.group('note')}{'）' if open_ == '（' else ')'}"
        if (f.status == "actual" and f.unit not in cw.target_name_counters and cw.target_name.search(f.indicator)
                and not (f.measure == "rate_pct" and prev is not None and prev.sentence == f.sentence
                         and prev.unit in cw.target_name_counters and prev.indicator == f.indicator)):
            # (进度符合预期的指标22项，占81.5%: the share of the indicators counted before, no target)
            f.status = "target"  # 原定的煤炭产量的指标是二百八十五万吨，…提高到三百零五万吨: the plan's figure, raised
        if f.unit == "%" and f.indicator[-1:] in cw.ends["growth_name_end"] and (mg := cw.growth_name_end.search(f.indicator)) and (
                f.measure == "rate_pct" or f.measure == "yoy_pct" and mg.start() > 0 and cw.multi_year_word.search(clause)):
            # 工农业总产值的增长速度，一九八一年计划为百分之三点七; 国民经济增长速度由原定平均每年百分之六调高到…: the
            # growth (or fall) of what the name opens with, its link too far from the name for the measure cues (or, per
            # year over several, a growth moved from one value to another)
            f.indicator, f.measure, f.sign = _grown_name(f.indicator[:mg.start()], cw), "yoy_pct", -1 if mg.group("down") else 1
            if mt := cw.multi_year_word.search(clause):
                f.measure, f.comparator = "change_pct", mt.group()
                f.flags += ("multi_year",)
        elif (f.measure == "rate_pct" and f.unit == "%" and prev is not None and prev.unit == "%"
              and prev.measure in ("yoy_pct", "change_pct") and f.indicator == prev.indicator
              and (mt := cw.to_word_end.search(seg := norm[max(cs, prev.qend):f.start]))
              and not clean_name(seg[:mt.start()])):
            # 物价涨幅要从１４．８％降到１０％左右，经过上下各方面的努力，实际回落到６．１％: the growth the one before
            # is of, reached by a verb with no name of its own
            f.measure, f.sign, f.comparator = prev.measure, prev.sign, prev.comparator
        elif (f.measure == "completion_pct" and prev is not None and prev.sentence == f.sentence
              and prev.status == "target" and prev.unit == f.unit == "%" and prev.measure in ("yoy_pct", "change_pct")
              and cw.aim_outcome_gap.fullmatch(norm, prev.qend, f.start)):
            # 经济增长预期目标为6%，实际完成5.8%: what the growth aimed at came to, no share of a plan completed
            f.indicator, f.measure, f.sign, f.comparator = prev.indicator, prev.measure, prev.sign, prev.comparator
        if (f.status == "target" and prev is not None and f.measure in ("rate_pct", prev.measure) and prev.sentence == f.sentence
                and prev.unit == f.unit and prev.measure in ("yoy_pct", "change_pct", "rate_pct") and prev.status == "actual"
                and (mc := cw.target_compared.search(norm, prev.qend, f.start)) and mc.end() == f.start):
            # 国内生产总值比上年增长7.8％，虽然略低于8％的预定目标; 城镇登记失业率为1.5%，低于2%的控制目标: the target of
            # the growth or rate before, as printed
            f.indicator, f.measure, f.comparator = prev.indicator, prev.measure, prev.comparator
            f.drop_flag("subject_carried")
            if f.qend == f.end:
                f.qualifier = "exact"  # (低于 compares the outcome; 13%左右 keeps its about)
        elif (f.status == "target" and prev is not None and prev.sentence == f.sentence and prev.unit == f.unit
              and prev.status == "actual" and prev.measure in ("level", "yoy_pct", "change_pct", "rate_pct")
              and _bracketed_target(norm, f, st.start, cw)):
            # 两年共建成5G基站2300个，完成规划目标（3000个）的76.7%; 距规划目标（4.5个）仍有差距: the target of the
            # outcome before, in its unit
            f.indicator, f.measure, f.comparator = prev.indicator, prev.measure, prev.comparator
            f.drop_flag("subject_carried")
        elif _bound_after_outcome(norm, f, self.kept, cw):
            f.status = "target"  # 城镇登记失业率2.1%,控制在3.5%以内: the cap the outcome is held within
            f.indicator = self.kept[-1].indicator  # (…4.5%，低于全市平均水平，控制在5%以内: not 平均水平)
        elif (f.qend == f.end and f.qualifier in ("under", "over") and f.indicator.endswith(cw.compared_line_names)
              and prev is not None and prev.sentence == f.sentence and prev.unit == f.unit and prev.measure == f.measure
              and (mc := cw.target_compared.search(norm, prev.qend, f.start)) and mc.end() == f.start):
            # 政府债务率为86.3%，低于100%的警戒线: the line the rate before is below, printed as it is and named by that
            # rate (低于 compares the rate, not the line)
            f.qualifier = "exact"
            if not f.indicator.startswith(prev.indicator):
                f.indicator = prev.indicator + f.indicator
            f.drop_flag("subject_carried")
        if (f.measure in ("yoy_pct", "change_pct") and (points := cw.rate_point_units.get(f.unit))
                and f.indicator.endswith(cw.rate_name_ends)):
            f.measure, f.unit = "pp_diff", points  # 人口出生率为7.52‰，比上年下降0.63‰: the rate moved by 0.63
            # per-mille points, as 下降0.63个千分点 prints it (a relative change is printed in %)
        if prev is not None and prev.measure != f.measure and clause.startswith(cw.all_words):
            self._figure_of_all(f, cs, st)
        if (f.measure in ("level", "abs_change", "pp_diff") and not f.comparator
                and (word := (_averaged_per_year(clause, f.indicator, cw)
                              if st.may_need("per_year_word", norm, clause_at, pos) else "")
                     or _per_year_carried(norm, f, prev, cw))):
            f.comparator = word  # 城镇新增就业年均1270多万人, 每年减轻农民负担1335亿元, 平均每年降低1个百分点: an amount
            # (a move) each year, on average, over the span, no total of it
            if "multi_year" not in f.flags:
                f.flags += ("multi_year",)
        if (not f.held and f.status == "actual" and f.measure in ("level", "yoy_pct", "rate_pct")
                and st.may_need("streak_held", norm, clause_at, pos) and (mh := cw.streak_held.search(clause))
                and not (f.period and st.prints(norm, f.period, f.start))):
            f.held = mh.group("held")  # 粮食总产量…，连续5年超万亿斤; 经济增长连续四年达到或略高于10%: the value reached
            # each year of the streak, over the years it held
        elif (not f.held and f.status == "actual" and f.measure == "rank" and st.may_need("streak_years", norm, clause_at, pos)
              and (ms := cw.streak_years.search(clause)) and not (f.period and st.prints(norm, f.period, f.start))):
            f.held = ms.group()  # 连续两年在全市营商环境评价中排名第三: the rank held each year of the streak, not the
            # half-year's
        if f.held:
            f.period = f.held
        elif year := self._subject_year(f, st):
            f.period = year
        held_raw = f.period if self._held_period == f.period else None
        self._resolve_period(f, cs, st)
        if held_raw is not None and "multi_year" in f.flags:
            self._hold_averaged_span(held_raw, f.period)
        if not f.period and (source := self._parallel_source(f, prev)) is not None:
            f.period = source.period  # 1957年的工业总产值比1956年将增长百分之四点五…。农业总产值比1956年将增长百分之四点九
            if (f.status == "actual" and source.status == "target"
                    and not any(p < f.start for p, _ in _status_cues(norm, st, self.report.years))):
                f.status = "target"  # …。基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十: planned as the
                f.flags += ("year_inferred",)  # figure it runs parallel to is, when its own sentence says no status
        if f.status == "actual" and f.period and self._required_span(f):
            f.period = ""  # 纲要要求分别在七年或者十二年内，基本上消灭的…有十一种，…；其他如…的危害损失率一般已降低到百分之二
            # 以下 (and 许多地方还创造了几十万亩…无病虫害区 after it): the time within which a requirement is to be met, no
            # time of what is already reached
        if f.status == "target" and not f.reference and self.cw.to_date_period.fullmatch(f.period):
            f.status = "actual"  # 到５月份为止，…。按照完成的投资额来比较，比去年同期增长６８％ in the plan part of 1956:
            f.drop_flag("year_inferred")  # what is measured up to a date within the year is an outcome so far
        if f.status == "actual" and self.stated_years.plan is None and self._of_plan_reported(f, st):
            f.status = "target"  # 煤炭工业建设，五年投资一百七十九亿元; 一九八五年招收研究生二万人: the plan's figure
        if self._from_run and "from_value" in f.flags and self._from_run[0].sentence == f.sentence:
            for g in self._from_run:
                g.period = f.period  # 分别从50%、75%提高至100%: the As listed are of the time the last one is
            self._from_run = ()
        if (lst := self.lst) is not None and lst.periods and lst.read and lst.read[-1] is f:
            f.period = lst.periods[len(lst.read) - 1]  # 一季度、上半年、前三季度地区生产总值分别增长22.6%、16.3%和12.8%
        if "multi_year" in f.flags and f.period:
            f.period = self._span_reviewed(f)
        listed = ""
        if (f.measure in ("yoy_pct", "change_pct") and not f.comparator and not f.held and "multi_year" not in f.flags
                and (_YEARS_SPAN.fullmatch(f.period) or self._span_opened(st) or self._span_headed(f, st)
                     or (listed := self._span_listed(f, cs)))):
            f.measure = "change_pct"  # 五年来…，发电装机容量增长40%以上: a change over the span, not a year's; so is a
            # cut (五年来，国务院部门行政审批事项削减44%)
            f.flags += ("multi_year",)
            # 这两年中，社会商品零售总额增长百分之十六: the span as the sentence prints it, or as the frame it lies in
            # does (五年来，… ⏎ 中央政府定价项目缩减80%: 五年来), as a span the period holds names a change over it above
            f.comparator = self._span_word(f, st) or listed
            if listed:
                f.period = self._spanned[1].period  # (the years of the span, as the change before it has them)
            if f.period in (f.comparator, "") and (span := self._over_span_of(f.comparator, f, st)):
                f.period = span  # 在四年中间，提高了将近37% in 1957: the years of the span the change is measured over;
                # 两年铁路的货物周转量增长百分之五十五，旅客周转量增长百分之四十五 in 1955: each change the span heads
        if (f.measure == "yoy_pct" and not f.comparator and not f.held and "multi_year" not in f.flags
                and norm[f.start - 1:f.start] in cw.ends["cumulative_change"]
                and cw.cumulative_change.search(norm, max(clause_at, f.start - 8), f.start)
                and (not f.period or _YEARS_SPAN.fullmatch(f.period))
                and not cw.within_year_period.search(norm, st.start, f.start) and cw.yoy_word not in clause):
            f.measure, f.comparator = "change_pct", cw.cumulative_comparator  # 单位地区生产总值能耗累计下降8.6%,
            f.flags += ("multi_year",)  # 规模以上工业增加值累计增长12.3% in a plan's review: a change summed over the
            # years since a base no span before names, no year's. Only with no period or a span of years: under a
            # year's review or in a month's release 累计增长8.5% is the growth so far this year (今年以来，…累计增长8.5%,
            # 1-8月累计增长5.6%: the months')
        if (f.measure in ("abs_change", "pp_diff") and not f.comparator and not f.held and "multi_year" not in f.flags
                and _YEARS_SPAN.fullmatch(f.period)):
            f.flags += ("multi_year",)  # 优化能源结构，煤炭消费比重下降8.1个百分点 in 2018 (2013-2017年), 五年淘汰落后炼铁
            # 产能1亿吨: a change over the years of the span, no year's
            if f.measure == "pp_diff":  # (a rate moved over the span is compared with its start, named as a
                # growth over it is: 五年来…，地级及以上城市空气质量优良天数比例…上升4个百分点: 五年来)
                f.comparator = self._span_word(f, st)
        if f.measure == "yoy_pct" and not f.comparator and cw.yearly_restated.match(norm, f.qend):
            f.measure = "change_pct"  # 工业总产值增长百分之九十八点三，即平均每年递增百分之十四点七: over the years of that rate
            f.flags += ("multi_year",)  # (消费水平计划提高百分之二十二，平均每年递增百分之四点一: and so is a plan's)
        if ("multi_year" in f.flags and not f.period and f.status == "target"
                and st.part_at(self.report, f.start) != "review" and (plan := self._plan_reported_on())):
            f.period = plan  # 在这个期间，我国工农业总产值计划增长百分之二十一点七，平均每年递增百分之四 in the report on the
            # sixth plan: a plan's change over years no time of its own bounds is over the years of the plan reported on
        if f.measure == "yoy_pct" and not f.comparator and "-" in self._years_between(f):
            # 由2015年的91.9万人减少到2020年的70.9万人，下降22.9%: against the first of two levels years apart
            _set_change_base(f, self.kept[-2].period)
        if (f.measure == "yoy_pct" and f.sign < 0 and f.kind in _FRACTION_KINDS and not f.comparator and not in_list
                and cw.decline_end.search(clause) and not cw.comparison_word.search(clause)):
            f.measure = "change_pct"  # 人员总数减少一半, as 内设机构精简四分之一: a cut by a share (a year's fall is in percent)
        if f.measure in ("yoy_pct", "change_pct"):
            self._year_base(f, clause, st)
            if f.measure == "change_pct" and "multi_year" not in f.flags and self._against_year_before(f, st):
                f.measure = "yoy_pct"  # 一九五三年工业总产值比一九五二年增加了百分之三十三: a change on last year, as
                # 一九八一年比一九八○年，原煤增长… reads
            # its clause, or the clause before when that holds only the cue (扣除价格因素，分别增长9.6%和6.2%)
            pc = st.clause_start(cs - 1) if cs > st.start else cs
            if (cw.real_terms.search(norm, pc if prev is None or prev.end <= pc or prev.start >= cs else cs, f.start)
                    or self._opened_real_terms(cs, st)):
                f.flags += ("real_terms",)  # in real terms or on a comparable basis, not as the levels are printed
        _span_end_against_year(f)
        if f.measure == "rank" and prev is not None and prev.measure == "rank":
            self._rank_move_end(f, prev, cs, clause)
        return True

    def _against_year_before(self, f: _Fig, st: _SentenceState) -> bool:
        """Whether ``f`` is compared with the year before its own: its comparator a year (一九五二年, 2021年), one
        before the year of its period (一九五三年) or, for the whole year (全年), before the year its part of the report
        reviews or plans (一般性支出比2021年压减11.6% in the final accounts of 2022); a year's outturn is that year
        (比1955年决算数增长9.84% in the budget of 1956)."""
        cw = self.cw
        m = cw.period_bare_year.match(f.comparator)
        if m is None or not (m.end() == len(f.comparator) or cw.year_outturn_suffix.fullmatch(f.comparator, m.end())):
            return False
        if cw.period_bare_year.fullmatch(f.period) or _year_end_period(f.period):
            year = year_number(f.period[:4])  # (a year's end, 1955年底, is of that year: 比1954年 is last year)
        elif f.period in cw.whole_year_periods:
            years = self.stated_years
            year = years.plan if st.part_at(self.report, f.start) == "plan" else years.covered
        else:
            return False
        base = year_number(f.comparator[:4])
        return year is not None and base is not None and year - base == 1

    def _year_base(self, f: _Fig, clause: str, st: _SentenceState) -> None:
        """A change against a stated year (比2002年增长65.5%) sets the base of the bare changes after it in
        its sentence and period, over the levels between (；全国财政收入达到5.13万亿元，增长1.71倍), until a
        comparison or a part (其中) comes between; a change against last year (比上年增长) ends it. A change
        against the same months of a year (比2019年同期) is a second comparison beside the year's own."""
        cw = self.cw
        if f.measure == "change_pct":
            if (f.comparator and "multi_year" not in f.flags and f.comparator not in cw.scope_words
                    and cw.year_base.search(f.comparator) and not f.comparator.endswith(cw.same_period)):
                st.base = (f.comparator, f.period, f.qend)
        elif f.comparator:
            st.base = None
        elif (st.base is not None and st.base[1] == f.period and "from_value" not in f.flags
              and not cw.comparison_word.search(self.norm, st.base[2], f.start)
              and not cw.part_marker.search(self.norm, st.base[2], f.start)):
            _set_change_base(f, st.base[0])

    def _opened_real_terms(self, cs: int, st: _SentenceState) -> bool:
        """Whether the sentence of a change whose clause starts at ``cs`` opens with a clause that is only a real-terms
        cue (扣除物价上涨因素，; 按同口径计算，), which speaks of every change after it in the sentence (扣除物价上涨因素，这五年
        农民人均纯收入平均每年增长…，城镇职工家庭人均收入平均每年增长… in 1986: both in real terms)."""
        if cs <= st.start or not st.stops or (k := st.stops[0]) >= cs:
            return False
        a = _indent_end(self.norm, st.start, k)
        pm = self.cw.real_terms.search(self.norm, a, k)
        return pm is not None and pm.start() - a <= 1 and k - pm.end() <= 2  # (按…计算, …后: a word on either side)

    def _figure_of_all(self, f: _Fig, cs: int, st: _SentenceState) -> None:
        """One figure, of a measure other than theirs, for the figures of the clauses before it (厨余垃圾分出率
        10.3%,生活垃圾减量率43.36%,均在全市排名第一; 原煤产量达到七亿七千多万吨，原油达到一亿一千四百多万吨，都比上年
        增长８％) names them all, as one figure after a 分别 list does: when each of those clauses, after the
        last semicolon, holds figures of its own thing, and there are two or more things."""
        names: list[str] = []
        lo = st.semi + 1 if st.semi >= st.start else st.start
        for g in reversed(self.kept):
            if g.start < lo or g.sentence != f.sentence:
                break
            if g.measure == f.measure or not g.indicator or "subject_carried" in g.flags:
                return
            if g.indicator not in names:
                names.append(g.indicator)
        if len(names) >= 2 and self.norm.find(self.cw.list_word, lo, cs) < 0:
            if self.carry.subject == f.indicator:
                self.carry.subject = self.cw.item_separator.join(reversed(names))  # (…，在执行中争取达到百分之五: the
                # figures after it speak of them all)
            f.indicator = self.cw.item_separator.join(reversed(names))
            f.each = tuple(reversed(names))
            f.drop_flag("subject_carried")

    def _from_list(self, f: _Fig, cs: int) -> tuple[_Fig, ...]:
        """The figures listed before ``f`` after the from-word of a move that ``f`` ends the list of, each joined to
        the next by a pause mark or 和 alone (分别从50%、75%提高至100%, 分别由30平方米和35平方米提高到…: 50%, 30平方米),
        or () when ``f`` ends no such list (a to-word right after it, the from-word right before the first)."""
        norm, cw = self.norm, self.cw
        if norm[f.qend:f.qend + 1] not in cw.starts["to_word_after"] or cw.to_word_after.match(norm, f.qend) is None:
            return ()
        run: list[_Fig] = []
        nxt = f
        for g in reversed(self.kept):
            if (g.sentence != f.sentence or g.start < cs or g.unit_kind != f.unit_kind
                    or norm[g.qend:nxt.start] not in (cw.item_separator, *cw.following_joints)):
                return ()
            run.append(g)
            if cw.from_word.search(norm, max(cs, g.start - 12), g.start):
                return tuple(reversed(run))
            nxt = g
        return ()

    def _rank_move_end(self, f: _Fig, prev: _Fig, cs: int, clause: str) -> None:
        """The rank a move ends at (世界排名由第十位上升到第五位, 由上年居世界第四位上升为第三位: 第五, 第三) is
        a rank of the same thing in the same group as the rank it starts from, printed just before it."""
        norm, cw = self.norm, self.cw
        mt = cw.rank_move_to.search(clause) if clause.endswith(cw.rank_move_to_last) else None
        if mt is None or cs + mt.start("from") != prev.start:
            return
        f.indicator, f.comparator = prev.indicator, prev.comparator
        if "from_value" not in prev.flags:
            prev.flags += ("from_value",)
        if _own_year(norm, cw, prev.start, prev.cs) or _own_year(norm, cw, f.start, cs):
            return  # (由2012年的第十位…: each end its own year)
        pair = self._pair
        if pair is not None and pair[0] == f.sentence and pair[3] and pair[1] < prev.start:
            # 由1997年的3252亿美元增加到2002年的6208亿美元，世界排名由第十位上升到第五位: the years of the pair before
            prev.period, f.period = pair[2], pair[3]
        elif (prev.cs >= 0 and cw.rank_move_prior.search(norm, prev.cs, prev.start)
              and (y := year_number(f.period.removesuffix("年"))) is not None and cw.period_bare_year.fullmatch(f.period)):
            prev.period = f"{y - 1}年"  # 2004年…由上年居世界第四位上升为第三位: the start is of the year before
        elif base := self._stated_base_year(f, f.indicator):
            prev.period = base  # 2007年，国内生产总值…比2002年增长65.5%，…从世界第六位上升到第四位: the year compared with
        else:
            prev.period = self._move_start(f)  # 2007年进出口总额…从世界第六位上升到第三位 under 2003-2007年: 2002年

    def _date_onward(self, f: _Fig, st: _SentenceState) -> tuple[int, bool] | None:
        """The year of the date a rule is in force from that opens the sentence of ``f`` (从2002年1月1日起，…; 从今年
        1月1日起 of the year the report is delivered in), and whether the date is the first day of that year; None when
        no such date opens it or its year is not known."""
        if self.norm[st.start:st.start + 1] not in self.cw.starts["date_onward"]:
            return None  # (most sentences open with none of its first characters: no match tried)
        m = self.cw.date_onward.match(self.norm, st.start, f.start)
        if m is None:
            return None
        if m.group("year"):
            year = year_number(m.group("year"))
        elif self._now is not None:
            year = self._now + (1 if m.group("next") else -1 if m.group("last") else 0)
        else:
            return None
        first = _count(m.group("month")) == 1 and (m.group("day") is None or _count(m.group("day")) == 1)
        return (year, first) if year is not None else None

    def _move_start(self, f: _Fig) -> str:
        """The period of the start of a move that ends at ``f`` and prints no time of its own: the year before the
        span the move is over, the review frame ``f`` lies in when ``f`` is of its last year (2003-2007年 → 2002年;
        a review of 2004 → 2003年), else ''."""
        if not self.cw.period_bare_year.fullmatch(f.period):
            return ""
        frame = self._review_frame(f.start)
        if (ms := _YEARS_SPAN.fullmatch(frame)) is not None and _same_period(f.period, f"{ms.group(2)}年"):
            return f"{int(ms.group(1)) - 1}年"
        y = year_number(f.period.removesuffix("年"))
        return f"{y - 1}年" if y is not None and frame and _same_period(frame, f.period) else ""

    def _year_end_opened(self, f: _Fig, st: _SentenceState) -> re.Match[str] | None:
        """The 年末 (至年末) that opens the sentence of ``f``, when no period is named after it before ``f`` and
        ``f`` is a stock, a rate or a change of them: the year's end holds for the parts and changes that follow
        in that sentence (年末全区户籍人口29.5万人,其中:城镇人口20.8万人; 比上年末增加0.8万人), never beyond it."""
        if f.measure not in self.cw.year_end_opening_measures or _period_end(f.start, st) >= 0:
            return None
        return self.cw.year_end_opening.match(self.norm, st.start, f.start) or self._year_end_compared(f, st)

    def _year_end_compared(self, f: _Fig, st: _SentenceState) -> re.Match[str] | None:
        """The 年末 that opens the clause right before the clause of ``f``, when ``f`` is a change against a year's
        end or start (比上年末, 比上年底, 比2000年底, 比年初) whose clause opens with its base: the change of the stock
        that clause gives at the year's end is of that end too (…，年末国家外汇储备达到２１２２亿美元，比上年末增加…)."""
        cw = self.cw
        if not f.comparator.endswith(cw.year_end_base_ends) or f.measure in cw.year_end_measures:
            return None
        cs = st.clause_start(f.start)
        if cs <= st.start or not self.norm.startswith(cw.year_end_base_heads, cs):
            return None
        return cw.year_end_opening.match(self.norm, st.clause_start(cs - 1), cs)

    def _required_span(self, f: _Fig) -> bool:
        """Whether ``f.period`` is a span ahead (十二年内) printed in its paragraph before ``f`` right after a
        requirement (纲要要求分别在七年或者十二年内): the time within which what is required is to be met."""
        if f.period[:1] not in self.cw.starts["required_span"] or not self.cw.required_span.fullmatch(f.period):
            return False
        lo = self.norm.rfind("\n", 0, f.start) + 1
        at = self.norm.rfind(f.period, lo, f.start)
        return at >= 0 and self.cw.span_requirement.search(self.norm, max(lo, at - REQUIRED_SPAN_REACH), at) is not None

    def _subject_year(self, f: _Fig, st: _SentenceState) -> str:
        """The year printed inside the name of ``f`` where that name is the subject opening its sentence, right after
        the subject's head and before a verb or noun (基本建设1979年交付使用的固定资产占投资的比重，由上年的74.3％提高到
        83.7％ in 1980; 哈尔滨食品公司一九五四年一年中发生的浪费事件): the time of the figure when the sentence prints no
        period before it or only one held from a sentence before (今年上半年… of the sentence before); else ''."""
        if "年" not in f.indicator or f.period and st.prints(self.norm, f.period, f.start):
            return ""
        my = self.cw.subject_year.match(self.norm, st.start, f.start)
        return year if my is not None and (year := my.group("year") + "年") in f.indicator else ""

    def _resolve_period(self, f: _Fig, cs: int, st: _SentenceState) -> None:
        """``f.period`` as years where the report's years tell them (the figure's own only, never carried on):
        a target of a plan part that prints no period takes the time its plan speaks of (:func:`_plan_time`);
        a span of years counted from the report (五年来, 今后五年) its years; a year reviewed, a stock of
        whose clause speaks of the year's end (年末全区户籍人口29.5万人), that end (2021年末); a whole year
        (全年, 年内, 本年, 当年) the year it names (:meth:`_whole_year`); a bare year's end (年底) the end of the
        year its sentence names before it, or, of a target in a part that plans (年底前), of the year planned; a period
        naming a five-year plan (比“十二五”时期的800亿元) the plan's years."""
        if f.period == self.cw.same_year_word and (so_far := self._year_so_far(f, st)):
            f.period = so_far  # 截至6月底，全区累计建成5G基站1200个，当年新建300个: the year up to that date
        self._resolve_period_words(f, cs, st)
        _span_ahead_target(f, self.stated_years, st)
        if f.measure == "level" and f.indicator in self.cw.whole_people and (my := _YEARS_SPAN.fullmatch(f.period)):
            f.period = f"{my.group(2)}年"  # 14亿多人口大国 under 过去五年; 我国有十亿多人口 after 从一九八○年至一九八五年，…:
            # the whole people counted now, a stock of the span's last year whatever its clause holds (始终…), never
            # summed over its years
        if f.status == "target" and f.period in self.cw.year_part_periods and self._year_goal(f, st):
            f.period = self.cw.whole_year_word  # 下半年，全区将确保完成地区生产总值增长6%左右的目标: the year's goal,
            # though the second half does the work (下半年新开工项目10个 stays 下半年; a quarter's goal stays its own
            # unless 全年目标/年度目标 follows: _year_goal)
        if _search_end(self.cw.year_count_lead, "year_count_lead", self.norm, max(st.start, f.start - 3), f.start):
            f.period = self.cw.whole_year_word  # 年度86项重点任务已完成51项: the year's tasks (86), of
            # the year, as 全年 printed there is; those done (51) of the time the sentence speaks of
        elif (f.status == "target" and (not f.period or self.cw.year_part_period.fullmatch(f.period))
              and _search_end(self.cw.year_plan_lead, "year_plan_lead", self.norm, max(cs, f.start - 8), f.start)):
            f.period = self.cw.whole_year_word  # 区级重点项目年度计划投资85亿元，1-6月完成投资46.3亿元: the year's plan
        if "multi_year" in f.flags and (span := self._years_planned(f)):
            f.period = span
        if (f.comparator and (my := _YEARS_SPAN.fullmatch(f.period)) and f.status == "actual"
                and self.cw.past_point.fullmatch(f.comparator)):
            f.period = f"{my.group(2)}年"  # 贷款平均利率较五年前下降1.5个百分点, 比制度建立之初压减64% under 过去五年: now
            # against then, so of the span's last year, as a change against a year printed (比2017年) is of that year
        elif f.period in self.cw.year_whole_words:
            f.period = self._whole_year(f, st)
        elif f.period in self.cw.year_end_words and (named := self._year_named_before(f, st)):
            f.period = named + f.period[1:]  # 一九五八年要求猪的头数在年底达到一亿五千万头: the end of the year named
        if f.period.endswith("年度") and self.cw.period_bare_year.fullmatch(f.period):
            f.period = f.period[:-1]  # 2020年度地区生产总值初步核算数…: the year, as 2020年 names it
        elif (f.period[:1] in self.cw.starts["heading_five_year_plan"]
              and (mp := self.cw.heading_five_year_plan.fullmatch(f.period.replace(" ", "")))
              and (n := _count(mp.group("n") or mp.group("m")))):
            f.period = _five_year_span(n)  # 比“十二五”时期的800亿元, 比第五个五年计划期间的五百七十七亿元: the years of
            # the plan the period names, as a plan's time opening the sentence gives them (a space misprinted, “ 五五”, too)

    def _year_so_far(self, f: _Fig, st: _SentenceState) -> str:
        """The period its sentence names before the 当年 that is ``f``'s period when that names a part of a year (截至6月底,
        上半年): the year so far, which 当年 then means; '' when it names none, a year or a year's end (到去年底，…，当年减少
        青壮年文盲４００万人: the whole year ended then)."""
        cw = self.cw
        at = self.norm.rfind(f.period, st.start, f.start)
        before = _period(self.norm, at, st) if at > st.start else ""
        if not before or cw.period_bare_year.fullmatch(before) or before.endswith(cw.year_end_words):
            return ""
        return before

    def _summed_span(self, f: _Fig, cs: int, st: _SentenceState) -> str:
        """The years an amount ``f`` sums when its clause counts them right before a sum word and no figure comes
        between (中央财政连续三年累计投入 90亿元 in 2007 → ``2004-2006年``; 三年累计投入3.2亿元), or when its period is
        such a count its sentence opens a clause with (两年累计完成投资15亿元，新增就业岗位3000个): those up to the
        year its period names bare, else the year reviewed; '' for a figure that is no outcome, a period of years
        already told, or when the clause counts none (连续7年增产: a streak held, no sum)."""
        cw, norm = self.cw, self.norm
        if f.status != "actual" or f.unit_kind == "percent" or "multi_year" in f.flags:
            return ""
        a = st.start if _period_span(f.period) else cs
        if not st.may_need("summed_span", norm, a, f.start):
            return ""  # (no 年 before the figure: no count of years summed, and no scan of the run for one)
        found = list(cw.summed_span.finditer(norm, a, f.start))
        m = found[-1] if found else None
        if m is None or (k := _count(m.group("k"))) < 2:
            return ""
        own = bool(f.period) and norm.find(f.period, m.start(), m.end()) >= 0  # (the count itself, carried on)
        if not own and any(c.isdigit() for c in norm[m.end():f.start]):
            return ""
        if cw.period_bare_year.fullmatch(f.period):
            end = _year_of(f.period)
        elif own or not f.period or f.period in cw.year_whole_words:
            end = self.stated_years.covered
        else:
            return ""
        return _years_span(end - k + 1, end) if end else ""

    def _streak_years(self, f: _Fig, st: _SentenceState) -> str:
        """The years of the streak (连续两年) that is ``f``'s period, a rate held each year of it, as years ending with
        the year reviewed (贫困地区农村学生上重点高校人数连续两年增长10%以上 in 2015 → ``2013-2014年``; 在连续两年增长百分之十三
        的基础上 in 1994 → ``1992-1993年``), as a streak heading a clause before an average ends (连续7年提高…，年均增长10%);
        '' for a figure that is no outcome, when the year reviewed is not known, or when the sentence names a year
        before the figure, which may end the streak."""
        years = self.stated_years
        ms = self.cw.streak_years.fullmatch(f.period)
        if ms is None or f.status != "actual" or years.covered is None or (k := _count(ms.group(1))) < 2:
            return ""
        if self.cw.period_bare_year.search(self.norm, st.start, f.start):
            return ""
        return _years_span(years.covered - k + 1, years.covered)

    def _whole_year(self, f: _Fig, st: _SentenceState) -> str:
        """The year a whole-year word (全年, 年内, 本年, 当年) that is ``f``'s period names: the year its sentence (its item
        after a semicolon) names before it, not as a base (1979年全民所有制职工全年工资总额 → ``1979年``; 去年 the year before the report's,
        去年财政增发1000亿元国债…，但全年货币发行… in 1999 → ``1998年``); else, in a part that plans, the year
        planned (年内基本建成保障房480万套 in 2014 → ``2014年``); in one that reviews, the year reviewed
        (全年国内生产总值增长2.3％ in 2021 → ``2020年``); elsewhere the one planned for a target and the one
        reviewed for any other figure (a mid-year report's 全年 is its own year either way); when that year is not
        known, the bare year the text frames a figure of no plan with (``_framing_year``), else the word as printed."""
        if named := self._year_named_before(f, st):
            return named
        years = self.stated_years
        part = st.part_at(self.report, f.start)
        plan = part == "plan" or part != "review" and f.status == "target"
        year = years.plan if plan else years.covered
        if year is None and not plan and (framed := self._framing_year(f)):
            return framed  # 2021年,…。年末全区户籍人口29.5万人…。全年出生人口1552人, of a text whose title is not at hand
        return f"{year}年" if year is not None else f.period

    def _hold_averaged_span(self, raw: str, resolved: str) -> None:
        """Hold the span of years an average over years was read as (``resolved``, 1983-1987年) for the sentences
        after it, in place of the bare year ``raw`` printed before it that the span ends with: the sentence has come
        to speak of the span (城镇居民人均生活费收入，１９８２年为４９４．５元，１９８７年提高到…，平均每年增长６．３％。…城市新建职工
        住宅８．５亿平方米 in 1988: the houses of the five years, not of 1987)."""
        if ((ms := _YEARS_SPAN.fullmatch(resolved)) and self.cw.period_bare_year.fullmatch(raw)
                and _year_of(raw) == int(ms.group(2))):
            self._held_period = resolved

    def _framing_year(self, f: _Fig) -> str:
        """The bare year the text frames ``f`` with, as its heading run into the line, its section's heading or the
        period carried down to it names it (``2021年``; ``2020年度`` as ``2020年``); '' when that is no bare year."""
        year = (self._inline_heading_period(self.norm, f.start)
                or (self._heading_period(f.section) if f.section else "") or self._carried_period(f.start))
        return year.removesuffix("度") if self.cw.period_bare_year.fullmatch(year) else ""

    def _rest_of_year(self, f: _Fig, st: _SentenceState) -> str:
        """The whole-year word (全年) for a target ``f`` of a plan part that prints no time of its own, in a report of
        part of a year whose year is not known (三、下半年工作安排 …计划拆除违法建设60万平方米): a task set for the rest of
        the year is one of the year's, as 全年 printed beside it (全年新增就业岗位2.5万个) is; '' in a report of a whole
        year, or when the sentence names a plan time before ``f`` (到2025年), which tells another."""
        if not self._part_reported or _last_plan_time(self.norm, f.start, st) is not None:
            return ""
        return self.cw.whole_year_word

    def _year_named_before(self, f: _Fig, st: _SentenceState) -> str:
        """The year the sentence of ``f``, in its item after a semicolon, names last before the whole-year word that is
        ``f``'s period, not as a base (比, 较, 是…的): a year as printed, 去年 or 上年 the year before the report's, 今年 the
        report's; '' when it names none (or 去年 in a report of unknown year)."""
        cw, norm = self.cw, self.norm
        if (pe := _period_end(f.start, st)) >= st.start and norm.startswith(f.period, pe - len(f.period)):
            at = pe - len(f.period)
        elif not f.period or (at := norm.rfind(f.period, st.start, f.start)) < 0:
            return ""  # (一九五九年全年养猪…，年底存栏…；全国一亿二千万农户: the word held past the semicolon, where printed)
        item = max(st.start, norm.rfind(cw.subject_scope_stops, st.start, at) + 1)  # (全年实现:…;2021年R&D经费支出增长
        found = list(cw.year_whole_named.finditer(norm, item, at))  # 0.3%,…;一般公共预算收入全年同比增长2.6%: not that item's)
        if not found:
            return ""
        named = found[-1]
        if named.group("year"):
            return named.group("year") + "年"
        return f"{self._now - 1 if named.group('last') else self._now}年" if self._now is not None else ""

    def _year_goal(self, f: _Fig, st: _SentenceState) -> bool:
        """Whether ``f`` is the figure of a year's goal named right after it and its 左右/以上: …增长5%的全年目标, or,
        in 下半年 (``year_goal_verb_periods``), 的目标 after it and 完成/实现 anywhere in its clause before it
        (下半年，全区将确保完成地区生产总值增长6%左右的目标); 四季度，力争完成…30亿元的目标 stays the quarter's."""
        cw, norm = self.cw, self.norm
        if not norm.startswith(cw.de, f.qend):
            return False  # (a cheap gate: the goal follows the figure at once)
        mg = cw.year_goal_after.match(norm, f.qend)
        if mg is None:
            return False
        return bool(mg.group("year")) or f.period in cw.year_goal_verb_periods and any(
            w in norm[st.clause_start(f.start):f.start] for w in cw.year_goal_verbs)

    def _resolve_period_words(self, f: _Fig, cs: int, st: _SentenceState) -> None:
        """``f.period`` as years where the report's years tell them, but for a whole-year word (see
        :meth:`_resolve_period`)."""
        cw, years = self.cw, self.stated_years
        part = st.part_at(self.report, f.start)
        if "from_value" in f.flags and not (f.status == "target" and f.revised):
            self._from_period(f, cs, years, st)
            if (f.measure in cw.year_end_measures and cw.period_bare_year.fullmatch(f.period)
                    and (me := cw.year_end.search(self.norm, cs, f.start))):
                f.period += me.group("end")  # 年末常住人口城镇化率从60.2%提高到65.2% in 2020: from the end of 2019
            return
        if (onward := self._date_onward(f, st)) is not None and not _own_year(self.norm, cw, f.start, cs):
            f.period = f"{onward[0]}年"  # 从2002年1月1日起，…降到12%，涉及5300多个税目: in force from that year on
            return
        if (pair := self._pair) is not None and pair[0] == f.sentence and not pair[3]:
            if (0 <= f.start - pair[1] <= 12 and f.period
                    and (cw.period_bare_year.fullmatch(f.period) and f.period in self.norm[pair[1]:f.start]
                         or cw.period_re.search(self.norm, pair[1], f.start))):
                self._pair = (*pair[:3], f.period)  # 由1997年的3252亿美元增加到2002年的6208亿美元, 提升到去年底的13.3%
                self._pair_end = (f.sentence, f.qend, f.status)
        if self._pair_changed(f):
            return
        if (to := self._pair_to) is not None and to[0] == f.sentence and 0 <= f.start - to[1] <= 3:
            self._pair_to = None
            f.period = to[2]  # …；出口总额由1828亿美元增加到3256亿美元: B of the years the pair before printed
            return
        if part != "plan" and (span := self._summed_span(f, cs, st)):
            f.period = span  # 中央财政连续三年累计投入90亿元 in 2007: the sum of the years up to the one reviewed
            return
        if "multi_year" in f.flags and (span := self._years_between(f, run=True) or self._years_since_base(f)
                                        or self._years_counted(f) or self._compared_first_years(f)):
            f.period = span
            return
        if f.period and (span := self._first_years(f.period)):
            f.period = span  # “十一五”前四年累计单位国内生产总值能耗下降14.38% → 2006-2009年
            return
        if f.period.startswith(cw.span_streak_heads) and (span := self._streak_years(f, st)):
            f.period = span  # 连续两年增长10%以上 in 2015: each year's growth, over the years up to the one reviewed
            return
        if ((not (f.status == "target" and part == "plan") or "year_inferred" in f.flags)
                and (not f.period or not st.prints_outside_plan_names(self.norm, f.period, f.start))
                and (span := self._plan_span_opened(f, cs, st))
                and (f.status != "target" or part != "plan" or (ms := _YEARS_SPAN.fullmatch(span)) and years.covered is not None
                     and int(ms.group(2)) <= years.covered)):
            f.period = span  # “十三五”时期，全区地区生产总值年均增长6.5% under 一、2020年工作回顾: the plan's years (and in
            # a plan part, a five-year time wholly reviewed: “十四五”以来，…年均增长6.5% in the plan of 2024, an outcome)
            _reviewed_span_outcome(f, part, years)
            return
        if (f.measure in cw.year_end_measures and part != "plan" and f.indicator[:1] in cw.starts["year_start_stock"]
                and (ms := cw.year_start_stock.match(f.indicator))
                and (not f.period or f.period in cw.whole_year_periods or cw.period_bare_year.fullmatch(f.period))):
            # 年初预算稳定调节基金余额42300万元: the stock at the start of the year (2022年初), as 年末余额 is at its end
            year = (f.period.removesuffix("度") if cw.period_bare_year.fullmatch(f.period)
                    else f"{years.covered}年" if years.covered is not None else "年")
            f.period, f.indicator = year + ms.group("end"), f.indicator[ms.end():]
            return
        if (part != "plan" and f.status == "actual" and years.covered is not None
                and self.norm[f.start - 1:f.start] in cw.ends["now_reached"]
                and cw.now_reached.search(self.norm, max(0, f.start - 8), f.start)):
            f.period = f"{years.covered}年"  # 基本养老金从2004年人均每月700元提高到现在的1721元 in 2013: the year reviewed
            return
        if (part == "plan" and f.status == "actual" and not f.period and f.measure == "level"
                and years.covered is not None and (cw.present_stock.search(self.norm, max(cs, f.start - 12), f.start)
                                                   or self._stock_listed(f, f"{years.covered}年"))):
            f.period = f"{years.covered}年"  # 我国60岁以上人口已达2.5亿 in the plan of 2019: a stock standing now, counted
            return  # at the end of the year reviewed (2018年); 我国有13亿人口、9亿劳动力资源: the 9亿 too
        now = self._now
        if not f.period:
            if f.status == "target" and part == "plan":
                # (只要我们能够再连续若干年保持百分之八至百分之九的增长率: a run of years of no count, no year planned)
                if not cw.open_streak.search(self.norm, cs, f.start):
                    f.period = (_plan_time(self.norm, f.start, f.measure, years, st,
                                           self._heading_plan_span(f.section, years)) or self._rest_of_year(f, st))
                    if (my := _YEARS_SPAN.fullmatch(f.period)) and (
                            _reached_at_end(self.norm, f, cs, cw) or _based_before_span(f, int(my.group(1)), st, self.norm)):
                        f.period = f"{my.group(2)}年"  # 二、“十二五”时期的主要目标和任务: 森林覆盖率达到21.66% → 2015年
            elif year := _to_frame(self.norm, f.start, st):
                f.period = year  # 到一九四九年，粮食产量只有二千二百六十亿斤: the year the clause speaks of
            elif (f.status == "target" and f.measure == "level" and cw.span_reached.search(self.norm, cs, f.start)
                  and (year := self._paragraph_to_year(st.start))):
                f.period = year  # 到一九五七年，铁路货物周转量将达到…。内河轮驳船货物周转量将达到一百五十三亿吨公里: the year a
                # sentence opening with 到 names is the time of the levels a later sentence of its paragraph plans to
                # reach (not of what is built in the years up to it)
            elif (f.status == "target" and f.measure == "change_pct" and (base := _year_of(f.comparator)) is not None
                  and (self.prev is None or self.prev.sentence != f.sentence)
                  and (year := self._paragraph_to_year(st.start)) and (to := year_number(year[:-1])) is not None
                  and to > base):
                f.period = year  # 到１９９２年，…使国民生产总值达到…。…实现了这个目标，我国国民生产总值将比１９８０年增长１．７倍
                # (1988): a change planned against a year before it, opening its sentence, is reached by that year too
                # (one after a level of its sentence takes the level's time: _part_periods)
            elif f.status == "target" and (year := _century_end(self.norm, f.start, f.measure, years, st)):
                f.period = year  # 到本世纪末，我国粮食生产必须争取达到５０００亿公斤 in 1988, outside a plan part: 2000年
            elif (now is not None and (f.start - cs <= _SHORT_WINDOW or st.may_hold("named_year_end", self.norm, cs, f.start))
                  and (mn := cw.named_year_end.search(self.norm, cs, f.start))
                  or now is not None and (mn := cw.named_year_end_opening.match(self.norm, st.start, f.start))):
                f.period = _named_year_end(mn, now)  # 今年底, 去年末; 到明年底，…: the year end the sentence opens with
            elif now is not None and _this_year(self.norm, f.start, st):
                f.period = f"{now}年"  # 预计今年高校毕业生超过1170万人: the report's year, whatever the status
            elif (f.measure in cw.year_end_measures and part == "review" and years.covered is not None
                  and (me := cw.year_end.search(self.norm, cs, f.start))):
                f.period = f"{years.covered}年{me.group('end')}"  # 年末国家外汇储备达到…: the year reviewed
            elif part != "plan" and cw.former_time_opener.match(self.norm, st.start):
                pass  # 过去我国城乡市场的商品供应…，有些时期有些地方票证多达几十种: a time before the one reviewed, of no period
                # the report names (nor the section's, paragraph's or report's)
            else:
                # 去年财政增发1000亿元国债; 一、一年来工作回顾, 过去五年极不寻常…。——经济发展再上新台阶。…
                self._unreached = None
                f.period = (self._sentence_opened(st) or self._clause_opened(cs)
                            or (self._framed(f, cs, st) if part != "plan" else "")
                            or (self._paragraph_opened(st) if f.status != "target" else "")
                            or (self._report_period(f.start) if f.status == "actual" and part != "plan" else "")
                            or (self._compared_span(f, st) if part != "plan" else ""))
                if (f.period and f.status == "actual" and part != "plan" and (my := _YEARS_SPAN.fullmatch(f.period))
                        and self._unreached is not f and _level_reached(self.norm, f, cs, cw)):
                    f.period = f"{my.group(2)}年"  # 五年来，…。铁路营业里程达到12.1万公里: reached at the span's end
            return
        if (now is not None and years.covered is not None and (years.delivered is not None or years.source != "headings")
                and (pe := _period_end(f.start, st)) >= st.start
                and (my := next((m for m in cw.named_year_part.finditer(self.norm, max(st.start, pe - len(f.period) - 3), pe)
                                 if m.end() == pe), None))
                and my.group("part").removesuffix("份") == f.period.removesuffix("份")  # (1-2月份 read as 1-2月)
                and (year := now - 1 if my.group("last") else now) != years.covered):
            f.period = f"{year}年{f.period}"  # 今年第一季度，工业生产又比去年同期增长１２％ in the work report of 1984,
            # reviewing 1983: the quarter of the year the word names, not of the year reviewed a bare part reads as
            # (not where only headings tell the years, 一、1980年…, 二、1981年…: delivered in the year reviewed or in
            # the next, its 今年 is not known)
            return
        if now is not None and "年" in f.period and (mm := cw.named_month_frame.fullmatch(f.period)):
            # 武昌车辆厂…出勤率总是提不高，…，到去年十一月已经提高到百分之九十九 in 1958: the month of the year the word
            # names, as of which the figure stands (its lead word kept, as 截至11月底 keeps it)
            month = _count(mm.group("month"))
            year = now - 1 if mm.group("last") else now
            f.period = f"{mm.group('lead') or ''}{year}年{month}月{mm.group('end') or ''}"
            return
        if now is not None and (f.period in cw.this_year_words or f.period in (cw.last_year_word, cw.next_year_word)):
            # 今年，中央财政安排…779亿元; 去年，…累计救助灾民6800万人次; …，预计明年春耕时将达五十万个以上 in 1954 (1955年):
            # the year the word names, as run into the clause
            shift = -1 if f.period == cw.last_year_word else 1 if f.period == cw.next_year_word else 0
            f.period = f"{now + shift}年"
            return
        since = int(ms.group(1)) if "以来" in f.period and (ms := _SINCE_YEAR.fullmatch(f.period)) else None
        if since is not None and years.covered is not None and since < years.covered:
            f.period = _years_span(since, years.covered)  # 1998年以来，…: up to the year reviewed
            _reviewed_span_outcome(f, part, years)
            return
        if (since is not None and f.status == "target" and part == "plan" and years.plan is not None
                and since >= years.plan):
            f.period = f"{since}年"  # 从2022年起，…每年增长8% in the plan of 2021: a target from the year it
            return  # starts, no span up to a year reviewed
        if (since is not None and part != "plan" and since == years.covered
                and not self.report.metadata.get("period")):
            f.period = f"{since}年"  # 从2020年起，… in a review of 2020: the year reviewed
            return
        if (part != "plan" and (opened := self._sentence_opened(st)) and opened != f.period
                and not st.prints(self.norm, f.period, f.start)):
            f.period = opened  # 五年来，…。去年对外贸易总额达到2.97万亿美元: the year the sentence opens with
            return
        if f.period in cw.deictic_periods and part != "plan" and (
                cw.period_bare_year.fullmatch(frame := self._paragraph_topic(self.norm, f.start))
                or (frame := self._review_frame(f.start))):
            f.period = frame  # 1956年，…。这一年，手工业总产值达到…; 这一年, 过去一年 in a frame: its year
            if now is not None and (mn := cw.named_year_end.search(self.norm, cs, f.start)):
                # 过去一年，…。去年末居民储蓄存款余额增长8.5%: the year's end the figure's own clause names
                f.period = _named_year_end(mn, now)
            return
        if f.period in cw.period_year_parts and now is not None:
            if mn := cw.named_year_end.search(self.norm, st.start, f.start):
                # 去年底企业数量超过5200万户、…，市场主体总量超过1.6亿户: the year's end the sentence names
                f.period = _named_year_end(mn, now)
                return
            if part == "review" and years.covered is not None and f.period.startswith("年"):
                f.period = f"{years.covered}{f.period}"  # 年底国家外汇储备达4033亿美元 in a review of 2003: its end
                return
            if (part == "plan" and f.status == "target" and years.plan is not None
                    and f.period.startswith(cw.year_end_words) and not self._year_named_before(f, st)):
                f.period = f"{years.plan}{f.period}"  # 对拖欠企业的款项年底前要清偿一半以上 in the plan of 2019, 年底前完成10个
                return  # 老旧小区改造 under 三、下半年工作安排: the end of the year planned
        if (to := self._span_to) is not None:
            self._span_to = None
            if f.sentence == to[0] and f.period == to[1] and 0 <= f.start - to[2] <= 3:
                f.period = to[3]  # 五年来，国内生产总值从54万亿元增加到82.7万亿元: B is of the span's last year
                return
        m5 = _period_span(f.period)
        framed = self._five_years_framed(f, m5, part, st) if m5 is not None else ""  # 这五年, 五年内 in a report of
        # unknown years; a bare 五年 takes the plan its sentence names first (“十一五”期间，…；五年淘汰落后炼铁产能1亿吨)
        bare = m5 is not None and not (m5.group("back") or m5.group("ahead")
                                       or m5.group("since") in cw.span_back_since)
        # (五年内, 五年间, 五年中: within the five years the paragraph speaks of, as a bare 五年; 五年来 reaches the time of
        # writing)
        span = (framed if bare and framed else _span_years(f.period, f.status, years) or framed
                or (self._span_compared(f, m5, st) if m5 is not None else ""))
        if ((part == "plan" or not part and f.status == "target") and m5 is not None
                and (planned := self._span_pointed_planned(f, m5, part))):
            span = planned  # “十四五”时期…。在这五年里，全区新建学校10所 in the plan of 2021: the plan's years, not those
            # up to the year reviewed
            if not part and _reached_at_end(self.norm, f, cs, cw) and (mp := _YEARS_SPAN.fullmatch(planned)):
                span = f"{mp.group(2)}年"  # (a report of no parts: 在这五年里，要使…覆盖率达到50%以上, at the plan's end)
        if span:
            if (f.status == "target" and part == "plan" and years.plan is not None
                    and (last := _last_plan_time(self.norm, f.start, st)) and last.group("now")
                    and self.norm.find(f.period, last.end(), f.start) < 0):
                span = f"{years.plan}年"  # 五年内国家财政将投入200多亿元。…今年把试点的范围扩大到全国40%: this year's
            elif (f.status == "target" and part == "plan" and (my := _YEARS_SPAN.fullmatch(span))
                  and _reached_at_end(self.norm, f, cs, cw)):
                span = f"{my.group(2)}年"  # 今后五年，…，森林覆盖率达到23.04%: the level the plan reaches, at its end
            elif (f.status == "actual" and part != "plan" and (my := _YEARS_SPAN.fullmatch(span))
                  and (_search_end(cw.to_word_end, "to_word_end", self.norm, cs, f.start)
                       or cw.sentence_present.match(self.norm, st.start, f.start))):
                span = f"{my.group(2)}年"  # 五年内，…。人口自然增长率降到6.45‰: a value reached, of the span's last year;
                # 五年来，…。现在，…，有经济贸易关系的国家和地区１７８个: what stands now, at its end
            elif (f.status == "actual" and (my := _YEARS_SPAN.fullmatch(span))
                  and (part != "plan" or years.covered is not None and int(my.group(2)) <= years.covered)
                  and _stands_at_span_end(self.norm, f, cs, cw)):
                span = f"{my.group(2)}年"  # 过去五年，…工业增加值突破40万亿元: a stock or a year's level reached at the end;
                # 五年来，…规模跃居世界第二位: a rank not held over the years, as under a review frame; 已设21个自由
                # 贸易试验区: a stock said to stand now; so in a plan part of years wholly reviewed (五年来，…，同我国建交的
                # 国家总数现已达到１５５个 under 七、关于我国的外交工作)
            f.period = span
            _reviewed_span_outcome(f, part, years)
        elif f.indicator.endswith(cw.sector_quantities):
            return  # a quantity summed over a period (零售额, 增加值, 收入 …) is no stock at a year's end: 年末限额以上批发和
            # 零售企业网上商品零售额1956.7万元 is the year's
        elif (f.period[:1] in cw.starts["period_bare_year"] and cw.period_bare_year.fullmatch(f.period)
              and ((me := cw.named_year_end.search(self.norm, cs, f.start))  # 去年末居民储蓄存款余额增长8.5%
                   or f.measure in cw.year_end_measures and (me := cw.year_end.search(self.norm, cs, f.start))
                   or (me := self._year_end_opened(f, st)))):
            f.period = f.period.removesuffix("度") + me.group("end")
        elif (f.period in cw.year_whole_words and part != "plan"
              and (years.covered is not None and f.measure in cw.year_end_measures
                   and (me := cw.year_end.search(self.norm, cs, f.start)) or (me := self._year_end_opened(f, st)))):
            # 全年…。年末城镇登记失业率4.02%: the year's end (至年末,全区有农民专业合作社112家 of a year not known;
            # 当年补充8350万元、调入使用25000万元，年末余额25650万元: after the year's flows, its end)
            f.period = f"{years.covered if years.covered is not None else ''}年{me.group('end')}"

    def _plan_span_opened(self, f: _Fig, cs: int, st: _SentenceState) -> str:
        """The years of the five-year period (“十三五”时期, “六五”期间) that opens ``f``'s sentence or a clause of it
        before ``f``, with no year printed between (“十三五”时期，全区地区生产总值年均增长6.5%: 2016-2020年, not the
        year the report reviews); the span's last year for a value reached (…，常住人口降到70万人); '' when the
        last plan time before ``f`` is no such period, or is the base of a comparison (比“十二五”时期增长30%)."""
        norm, cw = self.norm, self.cw
        ends, found = st.plan_times_in(norm)
        i = bisect.bisect_right(ends, f.start) - 1 if ends else -1
        while True:
            m = found[i] if i >= 0 else None
            if m is None or not m.group("fyp") or m.group().endswith("末") or m.start() < st.start:
                return ""
            head = m.start() - 1 if norm[m.start() - 1:m.start()] == cw.plan_span_opener else m.start()
            # (地区生产总值“十三五”年均增长6.5%, “十三五”期间年均增长: the plan's own average, wherever it stands)
            own = not m.group().endswith(("时期", "期间")) or cw.multi_year_word.match(norm, m.end())
            if not (head > st.start and norm[head - 1] not in cw.clause_stops
                    and not (own and norm[head - 1] not in cw.period_not_before)) or head < m.start():
                break  # (计划在“六五”期间进行的三十八个重点攻关项目: a time after 在 is the time of its clause's verb,
                # wherever the clause opens)
            if norm[head - 1] not in cw.period_not_before:
                return ""  # (编制“十四五”时期规划: a time inside its clause, not the one spoken of)
            i -= 1  # 比“十二五”时期: a base, not the time spoken of; “六五”期间，…达到二千三百亿美元，比“五五”时期翻了
            # 一番: the five years the sentence opens with, before the base
        if cw.period_bare_year.search(norm, m.end(), f.start):
            return ""  # (“十三五”时期，…，2020年达到…: a year of its own)
        n = _count(m.group("n"))
        span = _five_year_span(n) if n else ""
        if span and m.group("since"):  # “十四五”以来: from the plan's first year to the one reviewed
            covered = self.stated_years.covered
            first = _five_year_first(n)
            span = _years_span(first, min(covered, first + 4)) if covered is not None and covered >= first else ""
        if (span and f.status == "actual" and _search_end(cw.to_word_end, "to_word_end", norm, cs, f.start)
                and not any(w in norm[m.end():f.start] for w in cw.plan_span_average_words)):
            return f"{_YEARS_SPAN.fullmatch(span).group(2)}年"
        return span

    def _compared_span(self, f: _Fig, st: _SentenceState) -> str:
        """The years a change over several years is measured over when its comparator opens with their span
        (十年增加近70万亿元, 地区生产总值十年来年均增长8%: ``2013-2022年`` in a report of 2022), or, for an average per
        year with no span of its own, when the comparator of the change over several years before it in its clause
        does (十年增加近70万亿元、年均增长6.2%: the average of those years); else ''."""
        if "multi_year" not in f.flags:
            return ""
        cw, pv = self.cw, self.prev
        ms = cw.span_period.match(f.comparator)
        if (ms is None and pv is not None and "multi_year" in pv.flags and cw.multi_year_word.fullmatch(f.comparator)
                and st.clause_start(f.start) <= pv.start < f.start):
            ms = cw.span_period.match(pv.comparator)
        if ms is None:
            return ""
        return self._span_of(f, ms, st)

    def _over_span_of(self, word: str, f: _Fig, st: _SentenceState) -> str:
        """The years of the span ``word`` (``f``'s comparator, or the span its clause opens with) names, a change ``f``
        being measured over it (:meth:`_span_of`: 四年中 in 1983 → ``1979-1982年``; 两年铁路的货物周转量增长百分之五十五，
        旅客周转量增长百分之四十五 in 1955, whose years are not known → 两年 for each); '' when ``word`` is no span of
        several years."""
        ms = _period_span(word)
        return self._span_of(f, ms, st) if ms is not None else ""

    def _span_of(self, f: _Fig, ms: re.Match[str], st: _SentenceState) -> str:
        """The years of the span of several years a change is measured over (``ms``, its comparator read by
        ``span_period``): the years printed right before the span (在一九七一年到一九八○年的十年间 in 1982 →
        ``1971-1980年``), else the years counted from the report's (:func:`_span_years`), else, when those are not
        known, the span as its sentence prints it with the words of its match (全国粮食总产量，在过去四年中共增加了
        一千九百零五亿斤 in 1960 → ``过去四年中``, as a sentence opening with the span gives) or, lying further back,
        as the comparator prints it; '' for a span of one year."""
        if _count(ms.group("k")) < 2:
            return ""
        lo = max(st.start, f.start - LOOKBACK)  # (a window: the figures of a long sentence each look back)
        found = max(self.cw.span_period.finditer(self.norm, lo, f.start), key=_START, default=None)
        if found is not None and not found.group().endswith(ms.group()):
            found = None
        if found is not None and (years := self._years_before_span(found, st)):
            return years
        span = _span_years(ms.group(), f.status, self.stated_years, over=True)
        if span or self.stated_years.covered is not None:
            return span
        return self.text[found.start():found.end()] if found is not None else ms.group()

    def _years_before_span(self, found: re.Match[str], st: _SentenceState) -> str:
        """The years printed before a span of years (``found``, a match of ``span_period``) when they are as many as it
        counts: a span of them right before it (一九七一年到一九八○年的十年间 → ``1971-1980年``), or the last two years
        its sentence names together before it, one after the other (使我们在一九五八年和一九五九年取得了…，粮食两年增长
        百分之四十六 → ``1958-1959年``); else ''."""
        k = _count(found.group("k"))
        lo = max(st.start, found.start() - SPAN_YEARS_REACH)
        my = max(self.cw.year_span.finditer(self.norm, lo, found.start()), key=_START, default=None)
        if my is None or self.norm[my.end():found.start()] not in ("", "的"):
            lo = max(st.start, found.start() - LOOKBACK)
            my = max(self.cw.years_joined.finditer(self.norm, lo, found.start()), key=_START, default=None)
        if (my is not None and (y0 := year_number(my.group("a"))) and (y1 := year_number(my.group("b")))
                and y1 - y0 + 1 == k):
            return _years_span(y0, y1)
        return ""

    def _span_reviewed(self, f: _Fig) -> str:
        """The years of the review frame ``f`` lies in when they end with the year of its period (or that year's
        end): a change over several years (平均每年增长, 五年增长1倍) is of the span reviewed, not of the year its
        level is printed with (五年来…。1997年国内生产总值达到74772亿元，按可比价格计算，平均每年增长11% →
        1993-1997年; 高技术制造业增加值年均增长13.4% read as of 2012年底 → 2008-2012年); a target's, the years of the
        plan the report is on (:meth:`_report_plan`) when they end with its year (到一九八五年，…平均每年递增百分之四点一
        in a report on the sixth plan → 1981-1985年); else its period."""
        ms = _YEARS_SPAN.fullmatch(frame := self._review_frame(f.start))
        if ms is not None and f.period.startswith(f"{ms.group(2)}年"):
            return frame
        if (f.status == "target" and (mp := _YEARS_SPAN.fullmatch(plan := self._report_plan()))
                and self.cw.period_bare_year.fullmatch(f.period) and year_number(f.period[:-1]) == int(mp.group(2))):
            return plan
        return f.period

    def _span_compared(self, f: _Fig, m: re.Match[str], st: _SentenceState) -> str:
        """The years a span pointed back to (``m``, a match of ``span_period`` printed with 这: 这十年中) that neither
        the report's years nor a frame tell are, when its paragraph last compares a year with one that many years
        before it (一九七四年农业总产值预计比一九六四年增长百分之五十一。…在这十年中，我们…建成了一千一百个大中型项目 in
        the report of 1975 → ``1965-1974年``): the years after the earlier one up to the later; else ''."""
        if m.group("back") != self.cw.span_this:
            return ""
        k = _count(m.group("k"))
        lo = max(self.norm.rfind("\n", 0, st.start) + 1, st.start - SPAN_COMPARED_REACH)
        last = max(self.cw.span_compared_years.finditer(self.norm, lo, f.start), key=_START, default=None)
        if last is None or (a := year_number(last.group("a"))) is None or (b := year_number(last.group("b"))) is None:
            return ""
        return _years_span(b + 1, a) if k > 1 and a - b == k else ""

    def _span_pointed_planned(self, f: _Fig, m: re.Match[str], part: str) -> str:
        """The years a span pointed back to in a plan part (``m``, a match of ``span_period`` printed with 这: 这五年,
        这十年里) stands for: those of the last span of as many years printed before it in the same ``part``, at most
        PLAN_SPAN_REACH characters back — a five-year plan named (“十四五”时期…。在这五年里 in the plan of 2021 →
        ``2021-2025年``; “十三五”时期…。在这五年里 → ``2016-2020年``), years printed as a span (2021-2025年是…。在这五年里)
        or a span counted ahead (今后五年…。在这五年里), not one after a comparison word (比“十三五”时期, a base); else ''."""
        if m.group("back") != self.cw.span_this or (k := _count(m.group("k"))) < 2:
            return ""
        norm, cw = self.norm, self.cw
        lo = max(0, f.start - PLAN_SPAN_REACH)
        best = (-1, "")
        for my in cw.year_span.finditer(norm, lo, f.start):
            if ((a := year_number(my.group("a"))) is not None and (b := year_number(my.group("b"))) is not None
                    and b - a + 1 == k and norm[my.start() - 1:my.start()] not in cw.period_not_before):
                best = max(best, (my.start(), _years_span(a, b)))
        for ma in cw.span_period.finditer(norm, lo, f.start):
            if (ma.group("ahead") and _count(ma.group("k")) == k
                    and (years := _span_years(ma.group(), "target", self.stated_years))):
                best = max(best, (ma.start(), years))  # 今后五年…。在这五年里: the years ahead counted from the plan's
        if k == 5:
            for mp in cw.heading_five_year_plan.finditer(norm, lo, f.start):
                if (norm[mp.start() - 1:mp.start()] not in cw.period_not_before
                        and (n := _count(mp.group("n") or mp.group("m")))):
                    best = max(best, (mp.start(), _five_year_span(n)))
        return best[1] if best[0] >= 0 and self.report.part_at(best[0]) == part else ""

    def _span_opened(self, st: _SentenceState) -> str:
        """The span of several years the sentence opens with, set off by a comma (这两年中，四年中，全国解放以来，), else ''."""
        ms = self.cw.span_opener.match(self.norm, st.start)
        return ms.group("span") if ms is not None and (ms.group("k") is None or _count(ms.group("k")) > 1) else ""

    def _held_span_of(self, f: _Fig, st: _SentenceState) -> str:
        """The span of years the sentence that set the period held for ``f`` opens with, when ``f`` takes that period
        from an earlier sentence (从一九七九年到一九八二年的四年内，…。自行车增长一点八倍: 四年内); else ''."""
        return self._held_span if st.held and f.period == st.held == self._held_period else ""

    def _span_word(self, f: _Fig, st: _SentenceState) -> str:
        """The span of years a change of ``f`` over several years is compared with, as its sentence opens with it
        (:meth:`_span_opened`), as its first clause is headed by it (:meth:`_span_headed`) or as the review frame
        ``f`` lies in prints it (:meth:`_frame_span_word`); else ''."""
        return self._span_opened(st) or self._span_headed(f, st) or self._frame_span_word(f)

    def _span_listed(self, f: _Fig, cs: int) -> str:
        """The span of years a change before ``f`` in its sentence was read as over (在五年内增长百分之二十三点三，到一九五七年
        达到…), when ``f`` is a change of the same plan: its clause names no year before it, and the year it is framed
        by (到一九五七年达到…) is the last of that span (；以产量说，粮食增长百分之十七点六，…，到一九五七年达到…: over the
        five years, no growth of 1957 alone); else ''. A year printed before the change (2020年增长2.3% after 五年来年均
        增长5.7%) is its own time."""
        sentence, first = self._spanned
        if sentence != f.sentence or first is None or first.measure != "change_pct" or not first.comparator:
            return ""
        mp = _YEARS_SPAN.fullmatch(first.period)
        if (mp is None or not self.cw.period_bare_year.fullmatch(f.period) or self.cw.multi_year_word.search(first.comparator)
                or year_number(f.period[:-1]) != int(mp.group(2))
                or self.cw.period_bare_year.search(self.norm, cs, f.start)):
            return ""
        return first.comparator

    def _span_headed(self, f: _Fig, st: _SentenceState) -> str:
        """The span of years the sentence's first clause opens with, run into it (两年国营工业的劳动生产率已提高百分之
        二十九，产品成本已降低百分之九点六; after a head closed by a colon, 在运输交通方面：两年铁路的货物周转量增长…), when a
        change before ``f`` in the sentence was read as over it (or an amount of change dated by it: 在坚持国营经济占主导
        地位的前提下，四年中城镇集体所有制单位就业职工增加六百零三万人，工业产值增长百分之四十九 in 1983, after a clause of
        condition, which names no time): the span of each later change the sentence prints with no time or base of
        its own; else ''."""
        sentence, first = self._spanned  # (kept once when read: a search of all figures kept for each is quadratic)
        if sentence != f.sentence or first is None or not (first.comparator or first.period):
            return ""
        cs = st.clause_start(first.start)
        if (cs > st.start and self.norm[cs - 1] not in ":："
                and not self.cw.scope_frame_clause.fullmatch(self.norm, st.start, cs - 1)):
            return ""
        ms = self.cw.span_opening.match(self.norm, _indent_end(self.norm, cs, first.start))
        if ms is None:
            return ""
        if first.comparator:
            return first.comparator if ms.group("period") == first.comparator else ""
        dated = first.measure == "abs_change" and _YEARS_SPAN.fullmatch(first.period)
        return ms.group("period") if dated and first.period == self._over_span_of(ms.group("period"), first, st) else ""

    def _years_between(self, f: _Fig, run: bool = False) -> str:
        """The years an average per year (平均每年, 年均) spans when the two figures just before it, in its part
        of the sentence, are levels of its name printed with their years (１９８２年为４９４．５元，１９８７年提高到…，
        平均每年增长６．３％; 由1997年的…增加到2002年的…，年均增长13.7%): from the year after the first to the
        last, when its own period is none, the last or a span word; else ''. With ``run``, the first is that of the
        whole run of such levels, in years ever later, the average rounds off (由一百七十五元提高到二百八十八元，１９８４年
        达到三百二十元左右，…，平均每年提高７．３％ after 从１９７８年到１９８３年 → 1979-1984年)."""
        kept = self.kept
        if len(kept) < 2:
            return ""
        a, b = kept[-2], kept[-1]
        k = len(kept) - 2
        while run and k > 0 and (g := kept[k - 1]).sentence == f.sentence and g.measure == "level" and (
                g.indicator == f.indicator and (y := year_number(g.period.removesuffix("年"))) is not None
                and (ya := year_number(a.period.removesuffix("年"))) is not None and y < ya):
            a, k = g, k - 1
        if (a.sentence != f.sentence or a.measure != "level" or b.measure != "level" or not f.indicator
                or a.indicator != f.indicator or b.indicator != f.indicator
                or self.norm.find(self.cw.subject_scope_stops, a.end, f.start) >= 0):
            return ""
        y0, y1 = (year_number(g.period.removesuffix("年")) for g in (a, b))
        if (y0 is None or y1 is None or y0 >= y1
                or f.period and year_number(f.period.removesuffix("年")) != y1 and not _period_span(f.period)):
            return ""  # (a period of its own other than the last year or a span word: 五年内, …)
        return _years_span(y0 + 1, y1)

    def _years_counted(self, f: _Fig) -> str:
        """The years an average per year (平均每年, 年均) spans when a count of years is printed right before it and
        its period is one year (一九八二年预计比一九八一年增长百分之五，两年平均每年递增百分之五点三 → 1981-1982年),
        or, with none of its own, the figure before it in its paragraph is of one year (一九八二年计划为百分之四，预计可以
        达到百分之六点四。两年平均每年递增百分之五点五 in 1982 → 1981-1982年): that many years up to that year; else ''."""
        period = f.period or self._paragraph_year_before(f)
        if not self.cw.multi_year_word.fullmatch(f.comparator) or not self.cw.period_bare_year.fullmatch(period):
            return ""
        j = self.norm.rfind(f.comparator, f.sentence[0], f.start)
        mk = _YEARS_COUNTED.search(self.norm, max(0, j - 3), j) if j > 0 else None
        y = _year_of(period)
        k = _count(mk.group(1)) if mk is not None else 0
        return _years_span(y - k + 1, y) if y is not None and k >= 2 else ""

    def _compared_first_years(self, f: _Fig) -> str:
        """The years a change over the first years of a plan spans when its comparator counts them (钢产量前三年共增加了
        一百五十万吨，而1956年就增加了… in 1957 → ``1953-1955年``: :meth:`_first_years`), the count as printed (前三年)
        when they cannot be told, never the one year its paragraph speaks of; '' when the comparator is no such count."""
        if self.cw.plan_first_years.fullmatch(f.comparator) is None:
            return ""
        return self._first_years(f.comparator) or f.comparator

    def _first_years(self, period: str) -> str:
        """The years of the first years of a five-year plan that ``period`` counts: of the plan it names (“十一五”前四年 →
        ``2006-2009年``), or, with none named, of the plan the year reviewed lies in when they end by that year
        (前三年 in 1957, reviewing 1956 → ``1953-1955年``); else ''."""
        mf = self.cw.plan_first_years.fullmatch(period) if period[:1] in self.cw.starts["plan_first_years"] else None
        if mf is None or (k := _count(mf.group(2))) < 1:
            return ""
        if mf.group(1):
            n = _count(mf.group(1))
            first = _five_year_first(n)
            return _years_span(first, first + min(k, 5) - 1) if n else ""
        covered = self.stated_years.covered
        n = _plan_number(covered) if covered is not None and k <= 5 else 0
        first = _five_year_first(n)
        return _years_span(first, first + k - 1) if n and first + k - 1 <= covered else ""

    def _parallel_source(self, f: _Fig, prev: _Fig | None) -> _Fig | None:
        """The figure whose period a figure that prints none takes when it runs parallel to the sentence before it in its
        paragraph: the last figure of that sentence, printing its own, when ``f`` is a change against the same year
        (1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元。农业总产值比1956年将增长百分之四点九 →
        1957年), or the level its change reaches in its sentence (…，达到六百一十一亿元: the year its change is of); the
        share before, when ``f`` is the share of the rest of the whole it was of (…占支出总数的百分之五十五点八。其他的
        百分之四十四点二, of the same whole at the same time); else None."""
        bare = self.cw.period_bare_year
        if prev is not None:  # (a figure of its sentence before it: the level a parallel change reaches, or the change
            # a parallel level goes on to against the year the sentence before compares with)
            if prev.parallel and prev.indicator == f.indicator and (
                    f.measure == "level" or f.measure in GROWTH_MEASURES and bare.fullmatch(f.comparator)):
                return prev
            return None
        pv = self.prev
        if pv is None or self.norm.find("\n", pv.end, f.start) >= 0:
            return None
        if (f.measure == pv.measure == "rate_pct" and f.unit == pv.unit == "%" and pv.period and not f.comparator
                and pv.sentence[1] <= f.sentence[0] and self.cw.rest_share_opening.fullmatch(self.norm, f.sentence[0], f.start)):
            f.parallel = True
            return pv
        if f.measure in GROWTH_MEASURES and bare.fullmatch(f.comparator):
            compared = f.comparator
        elif not (f.measure == "level" and (compared := self._later_base_year(f))):
            return None
        g = next((g for g in reversed(self.kept) if g.sentence != pv.sentence or g.measure in GROWTH_MEASURES), None)
        if g is None or g.sentence != pv.sentence or g.comparator != compared or not bare.fullmatch(g.period):
            return None  # (the last change of the sentence before, against the same year, of a year of its own)
        f.parallel = True
        return g

    def _later_base_year(self, f: _Fig) -> str:
        """The bare year the next clause of a level ``f`` compares with (基本建设投资缩减为一百一十一亿元，它虽然比1956年
        减少百分之二十 → ``1956年``): the level its change reaches, parallel to a sentence before that compares with the same
        year; '' when that clause compares with none."""
        m = self.cw.year_base_next.match(self.norm, f.qend, max(f.qend, f.sentence[1]))
        return m.group(1) if m else ""

    def _paragraph_year_before(self, f: _Fig) -> str:
        """The period of the figure kept just before ``f`` when it lies in ``f``'s paragraph, else ''."""
        pv = self.prev
        return pv.period if pv is not None and self.norm.find("\n", pv.end, f.start) < 0 else ""

    def _years_planned(self, f: _Fig) -> str:
        """The years a planned average per year (年均, 平均每年) spans when its period is a later year it is to reach
        (到１９９２年，…平均每年增长７．５％左右 in 1988; 到2025年，…年均增长6%左右 in 2021): from the year planned to
        that year (1988-1992年, 2021-2025年); else ''."""
        plan = self.stated_years.plan
        if (plan is None or f.status != "target" or not self.cw.multi_year_word.fullmatch(f.comparator)
                or not self.cw.period_bare_year.fullmatch(f.period)):
            return ""
        y = _year_of(f.period)
        return _years_span(plan, y) if y is not None and plan < y else ""

    def _years_since_base(self, f: _Fig) -> str:
        """The years an average per year (年均, 平均每年) with no span of its own spans when the figure right before it,
        in its part of the sentence and of its name, is a change or a multiple against a year printed as its base
        (比2015年增长35%，年均增长6.2%; 是2015年的1.4倍; 2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%): from
        the year after the base to the year of that change (2016-2020年, 2001-2005年); else ''."""
        if not self.kept or not self.cw.multi_year_word.fullmatch(f.comparator):
            return ""
        pv = self.kept[-1]
        if (pv.sentence != f.sentence or pv.indicator != f.indicator or not f.indicator
                or not self.cw.period_bare_year.fullmatch(pv.comparator) or not self.cw.period_bare_year.fullmatch(pv.period)
                or f.period and f.period != pv.period
                or self.norm.find(self.cw.subject_scope_stops, pv.end, f.start) >= 0):
            return ""
        y0, y1 = (_year_of(y) for y in (pv.comparator, pv.period))
        # (一九八二年预计比一九八一年增长百分之五，两年平均每年递增百分之五点三: one year since the base is no average's span)
        return _years_span(y0 + 1, y1) if y0 is not None and y1 is not None and y1 - y0 >= 2 else ""

    def _heading_plan_span(self, section: str, years: ReportYears) -> str:
        """The years of the five-year period the innermost heading of ``section`` that names one plans
        (二、“十三五”时期主要目标任务和重大举措: 2016-2020年; one already begun before the year planned is
        reviewed, not planned), or of the years ahead it names (三、今后五年主要目标: the five years from the year
        planned), else ''."""
        key = (section, years.plan)
        if key not in self._plan_spans:
            found = ""
            for heading in reversed(section_headings(section)) if section and years.plan is not None else ():
                if _names_year(normalize(heading), years.plan):
                    break  # （二）2024年重点工作, 二、今后五年目标任务和2024年工作安排: the year planned, no span
                ms = [m for m in self.cw.plan_time.finditer(normalize(heading)) if m.group("fyp") or m.group("ahead")]
                if ms and ms[-1].group("ahead"):
                    if k := _count(ms[-1].group("k")):  # 三、今后五年主要目标 in a 2021 report: 2021-2025年, as the
                        found = _years_span(years.plan, years.plan + k - 1)  # same words in a sentence name
                        break
                    continue
                n = _count(ms[-1].group("n")) if ms else 0
                if n and _five_year_first(n) >= years.plan:
                    found = _five_year_span(n)
                    break
            self._plan_spans[key] = found
        return self._plan_spans[key]

    def _pair_changed(self, f: _Fig) -> bool:
        """Whether ``f`` is the change that follows the B of a pair whose ends print their years (由一九八二年的
        二十九万人增加到一九八七年的一百一十万人，即增长二点八倍): B's period against A's, and B's status when B is
        planned, set here."""
        end, pair = self._pair_end, self._pair
        if (end is None or pair is None or end[0] != f.sentence or pair[0] != f.sentence or not pair[2] or not pair[3]
                or f.measure not in GROWTH_MEASURES
                or not self.cw.pair_change_gap.fullmatch(self.norm, end[1], f.start)):
            return False
        f.comparator, f.period = pair[2], pair[3]
        if end[2] == "target":
            f.status = end[2]  # (…增加到一九八七年的一百一十万人，即增长二点八倍: the growth planned, as its end is)
        a, b = year_number(pair[2].removesuffix("年")), year_number(pair[3].removesuffix("年"))
        if a is None or b is None or b - a != 1:
            f.measure = "change_pct"
        return True

    def _from_period(self, f: _Fig, cs: int, years: ReportYears, st: _SentenceState) -> None:
        """The period of the A of 由A到B that prints no time of its own (从2007年的639亿元 does): never B's —
        the year before B's (由上年的6.9∶24.2∶68.9; 2014年，…比重由46.9%提高到48.2%), the year before a
        span of years (五年来，…从54万亿元增加到82.7万亿元: 2012年, B 2017年), else none."""
        norm, cw = self.norm, self.cw
        mt = cw.to_word_after.match(norm, f.qend)
        if (f.kind == "ratio" and (pv := self.prev) is not None and pv.kind == "ratio" and "from_value" in pv.flags
                and _ratio_span(norm, pv.mstart)[0] == _ratio_span(norm, f.mstart)[0]):
            f.period = pv.period  # 由上年的0.1:16.5:83.4: a later part of a ratio is of its first part's time (its own
            return  # clause starts after the part before, past the time printed)
        if _own_year(norm, cw, f.start, cs):
            if mt is not None:  # its own time, printed; B's next
                self._pair = (f.sentence, mt.end(), f.period, "")
                if ((ms := _YEARS_SPAN.fullmatch(span := _period(norm, f.start, st)))
                        and (y := year_number(f.period.removesuffix("年"))) is not None
                        and int(ms.group(1)) - 1 <= y <= int(ms.group(1))):
                    self._span_to = (f.sentence, span, mt.end(), f"{ms.group(2)}年")  # 在一九七一年到一九八○年的十年间，
                    # 我国工业企业由一九七○年的十九万五千多个增加到三十七万七千多个: B, printing no year, of the span's last
            elif md := cw.to_dated_word_after.match(norm, f.qend):
                self._pair = (f.sentence, md.end(), f.period, md.group("year"))  # 由一九五二年的百分之三十九点七到
                self._pair_to = (f.sentence, md.end(), md.group("year"))  # 一九五七年上升为…: B of the year before its verb
            return
        if ma := cw.from_ago.search(norm, max(cs, f.start - FROM_AGO_REACH), f.start):
            # 由五年前的百分之五十左右扩大到… in 1993: five years before the report's year (1988年), as 去年 is one
            n = _count(ma.group("ago").partition("年")[0])
            f.period = f"{self._now - n}年" if self._now is not None and n else ma.group("ago")
            return
        if (onward := self._date_onward(f, st)) is not None and onward[1]:
            f.period = f"{onward[0] - 1}年"  # 从2002年1月1日起，我国关税总水平已由15.3%降到12%: in force up to that year
            return
        if base := self._compared_year_opened(st):
            f.period = base  # 一九八二年同一九七八年相比，社会商品零售总额由一千五百五十九亿元增加到…: the year compared with
            return
        if (mp := cw.compared_plan_opening.match(norm, st.start)) and (n := _count(mp.group("n"))):
            f.period = _five_year_span(n)  # “六五”时期同“五五”时期相比，我国粮食的年平均产量由三亿零五百三十万吨增加到…:
            return  # the five-year period compared with
        if (mt is not None and (pair := self._pair) is not None and pair[3]
                and (pair[0] == f.sentence and _period_end(f.start, st) < pair[1] or self._pair_just_before(pair, f, st))):
            # 由1997年的3252亿美元增加到2002年的6208亿美元…；出口总额由1828亿美元增加到3256亿美元: a pair
            # after one that printed its years, with no time of its own, is of the same years
            f.period = pair[2]
            self._pair_to = (f.sentence, mt.end(), pair[3])
            return
        if st.part_at(self.report, f.start) == "plan" and ((ms := _period_span(f.period)) is None
                                                          or ms.group("since") not in cw.span_back_since):
            # 今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元: the level the plan starts from (四年来，…已经由
            # 二十个增加到三十三个: not of the years gone by the figure's period counts back)
            f.period = f"{years.covered}年" if years.covered is not None else ""
            return
        if not f.period:
            if years.covered is not None and cw.from_prior.search(norm, max(cs, f.start - 10), f.start):
                f.period = f"{years.covered - 1}年"  # 投资增长幅度由上年的百分之五十八点六回落到…: the year before the one reviewed
                return
            if (pair := self._pair) is not None and pair[0] == f.sentence and pair[2]:
                f.period = pair[2]  # 从2007年底的8.4%提升到去年底的13.3%，不良贷款率由6.1%下降到…: the pair's before
                return
            mo = max(cw.year_onward.finditer(norm, st.start, f.start), key=_START, default=None)
            if mo is not None and (y := year_number(mo.group("year"))) is not None and not any(
                    m.start() >= mo.end() for m in cw.period_bare_year.finditer(norm, mo.end(), f.start)):
                f.period = f"{y - 1}年"  # 高等学校从1999年起连续扩大招生规模，高考录取率从36%提高到59%: from before the
                return  # span that year starts
            if (cw.period_bare_year.search(norm, st.start, f.start)
                    or any(m.group("fyp") for m in cw.plan_time.finditer(norm, st.start, f.start))):
                return  # (资本充足率从2007年底的8.4%…，不良贷款率由6.1%…; “六五”时期比“五五”时期…由A增加到B)
            f.period = self._framed(f, cs, st)  # 五年来…。常住人口城镇化率从60.2%提高到65.2%: the frame's, below
            if not f.period:
                return
        last = None
        for m in cw.year_span.finditer(norm, f.sentence[0], f.start):
            last = m
        span = _span_years(f.period, f.status, years) or f.period
        if last is not None and (a := year_number(last.group("a"))) and (b := year_number(last.group("b"))):
            span, first = _years_span(a, b), a  # 一九七八年到一九八二年，全国医院床位由…增加到…
        elif ms := _YEARS_SPAN.fullmatch(span):
            first = int(ms.group(1)) - 1
        else:
            first = 0
        year = cw.period_bare_year.fullmatch(span)
        a = _ratio_span(norm, f.mstart)[0] if f.kind == "ratio" else f.start  # (a part of a ratio: the ratio's)
        prior = cw.from_prior.search(norm, max(cs, a - 10), a)  # 由上年的6.9∶24.2∶68.9
        if year and not prior and (base := self._stated_base_year(f, f.indicator)):
            f.period = base  # 2002年，…投入3366亿元，是1997年的1.8倍，占国内生产总值的比重从2.5%提高到3.3%: the year
            # its sentence compares with
        elif first and (ms := _YEARS_SPAN.fullmatch(span)):
            if f.kind != "ratio" and (mt := cw.to_word_after.match(norm, f.qend)):
                self._span_to = (f.sentence, f.period, mt.end(), f"{ms.group(2)}年")
            f.period = f"{first}年"
        elif (year and (y := year_number(span[:4])) is not None
              and (prior or years.covered is not None and y <= years.covered)):
            f.period = f"{y - 1}年"  # 2014年，…服务业增加值比重由46.9%提高到48.2%: from the year before
        elif prior and (mp := cw.year_part_period.fullmatch(span)) and (mp.group("year") or prior.group("same")):
            # 2025年一季度: 由上年的2.05:1; 一季度 of a report of 2025: 由上年同期的2.05:1 (上年 alone may be the whole year)
            f.period = _prior_period(span, years.covered, cw)
        elif (span in cw.whole_year_periods and years.covered is not None
              and st.part_at(self.report, f.start) != "plan"):
            f.period = f"{years.covered - 1}年"  # 国务院组成部门从40个减少到29个 in a review of 1998 (全年): from the
            # year before the one reviewed, as from the year before a year printed
        else:
            f.period = ""  # (上半年, 全年: B's time, not A's)

    def _history_before_plan(self, f: _Fig, st: _SentenceState) -> bool:
        """Whether the period of ``f`` is a span of history (SPAN_FRAME_MAX_YEARS or more years) that a target word
        printed after it, before ``f``, leaves behind."""
        if not (ms := _YEARS_SPAN.fullmatch(f.period)) or int(ms.group(2)) - int(ms.group(1)) < SPAN_FRAME_MAX_YEARS:
            return False
        since = _period_end(f.start, st)
        return any(kind == "target" and since <= pos < f.start for pos, kind in _status_cues(self.norm, st, self.report.years))

    def _pair_just_before(self, pair: tuple[tuple[int, int], int, str, str], f: _Fig, st: _SentenceState) -> bool:
        """Whether ``pair``, a 由A到B that printed its years, is in the sentence right before ``f``'s, in its paragraph,
        and ``f``'s sentence prints no time before ``f`` (…由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元
        …。…工业制成品占出口总值的比重由百分之四十六点五上升到百分之五十五: the same years)."""
        norm = self.norm
        gap = norm[pair[0][1]:st.start] if pair[0][1] <= st.start else "\n"
        return (not gap.strip() and "\n" not in gap
                and _period_end(f.start, st) < 0 and not _time_printed(norm, st.start, f.start))

    def _compared_year_opened(self, st: _SentenceState) -> str:
        """The year B of a frame ``A年同B年相比，`` that opens the sentence (一九八二年同一九七八年相比，,
        １９８０年同完成经济恢复的１９５２年相比，, 一九八二年预计同一九八○年比较，), else ''."""
        norm, cw = self.norm, self.cw
        if not st.front_read:
            st.front = list(st.scan(cw.front_comparator, "front_comparator", norm))
            st.front_read = True
        m = st.front[0] if st.front else None
        if (m is None or not m.group(1) or not cw.period_bare_year.fullmatch(m.group(1))
                or not norm.startswith(",", m.end())):
            return ""
        return m.group(1) if cw.compared_year_head.fullmatch(norm, st.start, m.start()) else ""

    def _ratio_part(self, f: _Fig, carry: str) -> None:
        """A part of a ratio: named by the ratio's part names, or by the ratio's name."""
        norm, cw = self.norm, self.cw
        a, b = _ratio_span(norm, f.mstart)
        if self.ratio is None or self.ratio[0] != a:
            seps = sum(norm.count(c, a, b) for c in ":∶")
            n = seps + (0 if norm[b - 2:b] in (":1", "∶1") and seps == 1 else 1)
            name = f.indicator or carry
            if self.ratio is not None and f.sentence[0] <= self.ratio[0] and cw.to_word_end.search(norm, self.ratio[0], a):
                name = self.ratio[1]  # 由上年的6.9∶24.2∶68.9调整为6.7∶24.9∶68.4: the same ratio, later
            before = cw.from_word.search(norm, max(0, a - 12), a) and cw.to_word_after.match(norm, b)
            self.ratio = (a, name, ratio_part_names(name, n), bool(before))
        _, name, parts, _ = self.ratio
        idx = sum(norm.count(c, a, f.mstart) for c in ":∶")
        f.indicator = parts[idx] if parts and idx < len(parts) else name

    def _kept_after(self, a: int) -> bool:
        """Whether a figure kept so far starts at ``a`` or after."""
        return bool(self._kept_starts) and self._kept_starts[-1] >= a

    def _goes_on(self, carry: _Carry, a: int) -> bool:
        """Whether the sentence at ``a`` opens with its verb (达到了…, 两年平均每年增长…) right after the sentence
        ``carry`` was read in, whose subject is a name (no figure in it): it speaks of that subject."""
        norm = self.norm
        return (self.cw.verb_opening.match(norm, a) is not None and not norm[carry.scope[1]:a].strip()
                and not _doubtful_name(carry.subject) and self.cw.figure_in_name.search(carry.subject) is None)

    def _year_item(self, carry: _Carry, a: int) -> bool:
        """Whether the part of a sentence after a semicolon at ``a`` opens with a year and its verb (工农业总产值的增长速度，
        一九八一年计划为…；一九八二年计划为百分之四): an item of the subject of the part before."""
        return (self.cw.year_item_opening.match(self.norm, a) is not None and not _doubtful_name(carry.subject)
                and self.cw.figure_in_name.search(carry.subject) is None)

    def _milestone_passed(self, f: _Fig) -> bool:
        """Whether ``f`` is a round threshold its sentence says the level right before it passed (地方级一般公共预算收入
        完成1012.9亿元,突破千亿元大关): the same level of the same thing and time again, rounded down, so no new fact.
        A threshold printed alone (国内生产总值突破３万亿元大关) is the one figure of its level and stays."""
        pv, cw = self.prev, self.cw
        return (pv is not None and pv.sentence == f.sentence and f.measure == pv.measure == "level"
                and f.qualifier in ("over", "at_least") and pv.qualifier == "exact" and f.unit == pv.unit
                and f.indicator == pv.indicator and f.period == pv.period and f.status == pv.status
                and pv.value >= f.value and cw.milestone_passed.fullmatch(self.norm, pv.qend, f.start) is not None
                and cw.milestone_noun.match(self.norm, f.qend) is not None)

    def _milestone_listed(self, fi: int) -> bool:
        """Whether figure ``fi`` is one of a list of round thresholds a level passed (地区生产总值连续跨越500亿元、800亿元
        台阶): figures joined by 、, the first after a milestone verb, the last before a
        milestone noun. None is a level; a threshold printed alone (突破３万亿元大关) stays, :meth:`_milestone_passed`."""
        figs, norm = self.figs, self.norm
        f = figs[fi]
        if norm[f.qend:f.qend + 1] != "、" and norm[f.start - 1:f.start] != "、":
            return False  # (cheap gate: no list)
        lo, hi, listed = self._listed_run
        if lo <= fi <= hi:
            return listed  # (the list read once, at its first figure: a list of many figures is walked once)
        lo = hi = fi
        while lo > 0 and norm[figs[lo - 1].qend:figs[lo].start] == "、":
            lo -= 1
        while hi + 1 < len(figs) and norm[figs[hi].qend:figs[hi + 1].start] == "、":
            hi += 1
        listed = (hi > lo and _milestone_verb_before(norm, figs[lo].start, self.cw)
                  and self.cw.milestone_noun.match(norm, figs[hi].qend) is not None)
        self._listed_run = (lo, hi, listed)
        return listed

    def _pointed_period(self, st: _SentenceState) -> str:
        """The time the sentence just before ``st``, in the same paragraph, names, figure or none, when ``st`` opens by
        pointing back at a time (``period_pointer_opening``: 在这个期间，…; 此期间，…): the last period it names (not a
        comparison base, :func:`_period`), else the first five-year plan's time heading one of its clauses (…第六个五年
        计划期间，我们要继续贯彻执行…。在这个期间，我国工农业总产值计划增长百分之二十一点七), else ''."""
        norm = self.norm
        if self.cw.period_pointer_opening.match(norm, st.start) is None or st.start < 1:
            return ""
        before = self.report.sentence_span(st.start - 1)
        if before is None or "\n" in norm[before[0]:st.start]:
            return ""
        bst = _SentenceState.of(norm, *before)
        if period := _period(norm, before[1], bst):
            return period
        for m in bst.plan_times_in(norm)[1]:  # (a five-year plan's time heading a clause: 按照这样的部署，第六个五年
            if m.group("fyp") and norm[m.start() - 1] in self.cw.clause_stops:  # 计划期间，…, not 为第七个五年计划期间…)
                return m.group()
        return ""

    def _back_period(self, s0: int) -> str:
        """The period of the last figure of the sentence just before the one at ``s0``, in the same paragraph, when
        the sentence opens by going on with that one's figures (``back_opener``: 其中，…; 已建成的主要有：…): a period
        held in that sentence only holds in this one too (两年来通过财政…共建设5100多个项目。已建成的主要有：加固大江
        大河大湖堤防近6100公里); else '', also after a change against a base, whose time goes with that base (一九五七年比
        一九五二年，…即平均每年递增百分之十四点七。其中，现代工业增长百分之一百零四点一)."""
        pv = self.prev
        if (pv is None or not pv.period or pv.reference or pv.comparator and pv.measure in _CHANGE_MEASURES
                or self.cw.back_opener.match(self.norm, s0) is None):
            return ""
        gap = self.norm[pv.sentence[1]:s0]
        return pv.period if not gap.strip() and "\n" not in gap else ""

    def _enter(self, f: _Fig) -> _SentenceState:
        """The sentence of ``f`` and its subject scope (the sentence cut at semicolons)."""
        st = self.sent
        if st is None or not st.start <= f.start < st.end:  # figures come in text order
            s0, s1 = self.report.sentence_span(f.start) or (f.start, f.end)
            if st is None or st.start != s0:
                st = self.sent = _SentenceState.of(self.norm, s0, s1)
                st.before = self.prev
                st.held = self._held_period
                st.back = self._back_period(s0)
                if self.prev is not None and self.norm.startswith(self.cw.part_markers, s0):
                    last = self.prev.sentence  # (read back over the figures of the sentence before only)
                    st.outer = next((g for g in itertools.takewhile(lambda g: g.sentence == last, reversed(self.kept))
                                     if not g.reference), None)
        s1 = st.end
        f.sentence = st.span  # one tuple a sentence, shared by its figures
        semi = self.norm.rfind(self.cw.subject_scope_stops, st.pos, f.start)
        if semi >= 0:
            st.semi = semi
        st.pos = f.start
        carry = self.carry
        a = st.semi + 1
        if carry.scope[0] != a or carry.scope[1] != s1:
            self.carry = _Carry((a, s1))
            if (carry.subject and (self.cw.rate_opening.match(self.norm, a)
                                   or self.cw.remainder_opening.match(self.norm, a)
                                   or a == st.start and self._goes_on(carry, a)
                                   or a > st.start and carry.scope[1] == s1 and self._year_item(carry, a))
                    and self.cw.blank_line.search(self.norm, carry.scope[0], a) is None):
                # 规上工业增加值同比增长7.5%。累计增速高于全国3.6个百分点: the rate of the subject before; 我国的粮食
                # 总产量…。达到了七千二百亿斤: a sentence that opens with its verb goes on with the subject before
                # (；剩余8350万元全部转入…: the rest of what was named before)
                # (in its paragraph: a line may hold one sentence, a blank line ends the paragraph)
                self.carry.subject, self.carry.unit = carry.subject, carry.unit
            elif a == st.start and self.cw.verb_opening.match(self.norm, a) and (topic := self._topic_before(st)):
                self.carry.subject = topic  # 城乡居民储蓄大幅度增加。一九八五年末达到…: the subject the sentence before names
        return st

    def _topic_before(self, st: _SentenceState) -> str:
        """The subject the sentence right before ``st`` names when it holds no figure and only says that it grew or fell
        (四是，城乡居民储蓄大幅度增加。), else ''."""
        span = self.report.sentence_span(st.start - 1)
        if span is None or (self.prev is not None and self.prev.start >= span[0]):
            return ""
        m = self.cw.topic_sentence.fullmatch(self.norm, span[0], span[1])
        return clean_name(self.text[m.start("subject"):m.end("subject")]) if m else ""

    def _clause_start(self, f: _Fig, st: _SentenceState) -> int:
        norm, s0 = self.norm, st.start
        cs = st.clause_start(f.start)
        if cs > s0 and norm[cs - 1] == "]":
            mark = FOOTNOTE.search(norm, max(s0, cs - 5), cs)
            if mark and mark.start() > s0:
                cs = st.clause_start(mark.start())  # 全区生产总值 (GDP)[2]91.3亿元: a footnote marker
        while cs > s0 and norm[cs - 1] == ")":
            note = PAREN_NOTE.search(norm, max(s0, cs - 15), cs)
            # an alias (GDP) or a short note on the figure (50%部分) between a name and its figure; each alias of a
            # list of names (细颗粒物(PM2.5)、可吸入颗粒物(PM10)年均浓度)
            if note and note.start() > s0 and (not self.cw.figure_like.search(note.group(1))
                                               or len(note.group(1)) <= 8):
                cs = st.clause_start(note.start())  # 地区生产总值(GDP)1876.3亿元, 增值税收入(50%部分)672890万元
            elif (k := norm.rfind("(", s0, cs)) > s0 and norm.startswith(self.cw.inclusion_note_heads, k + 1):
                cs = st.clause_start(k)  # 投资额(包括经济、文教、行政方面的基本建设)共为86.3亿元: what the name includes
            else:
                break
        return cs

    def _joined_clause_start(self, f: _Fig, cs: int, st: _SentenceState) -> int:
        """Where the name of ``f`` starts when its clause opens with a joiner after a comma: a total (共, 合计) of
        ``A、B，以及C的X`` covers the list of the clause before as well (国家用于农用柴油、农业用电、…、民用煤，以及外贸
        进口的粮食、棉花、糖等的价格补贴共二百三十四亿元), unless that clause holds a figure of its own."""
        norm, cw = self.norm, self.cw
        if cs - 1 <= st.start or norm[cs - 1] != ",":
            return cs
        if not cw.joined_total.search(norm, cs, f.start):
            return cs
        pcs = st.clause_start(cs - 1)
        if norm.find(cw.item_separator, pcs, cs - 1) < 0 or any(pcs <= g.start < cs for g in self.figs):
            return cs  # (a clause with no list, 设计错误，以及管理不当等共计浪费, may be one item of a longer comma list)
        return pcs

    def _in_list(self, f: _Fig, prev: _Fig | None) -> bool:
        """Whether ``f`` is a later member of the 分别 list being read (it then takes the head's measure)."""
        lst = self.lst
        if lst is None:
            return False
        in_list = prev is not None and lst.idx < lst.n and self._member_gap(prev, f) is not None
        if not in_list and prev is not None and self._to_list_opens(lst, prev, f):
            lst.idx, lst.read = 0, []  # 分别由30平方米和35平方米提高到32平方米和38平方米: the Bs listed as the As are
            return True
        if not in_list:
            self.lst = None
        return in_list

    def _to_list_opens(self, lst: _ListState, prev: _Fig, f: _Fig) -> bool:
        """Whether ``f`` opens a list of the values a list of from-values moves to, one for each (``prev`` the last
        A read, a to-word between, another figure joined after ``f``: 分别从40%、30%提高到42%、31%); a single B after
        them (分别从50%、75%提高至100%) is of them all."""
        norm, cw = self.norm, self.cw
        if lst.idx != lst.n or prev is not lst.read[-1]:  # (idx counts the members read)
            return False
        if not all("from_value" in m.flags for m in lst.read) or not cw.to_word_after.fullmatch(norm, prev.qend, f.start):
            return False
        joint = next((w for w in (cw.item_separator, *cw.following_joints) if norm.startswith(w, f.qend)), "")
        at = f.qend + len(joint)
        return bool(joint) and at < len(norm) and (norm[at].isdigit() or cw.following_figure.match(norm, at) is not None)

    @staticmethod
    def _list_base(f: _Fig, base: str) -> None:
        """The base a member of a list of bases takes (a change against last year stays ``yoy_pct``)."""
        if f.measure in ("yoy_pct", "change_pct") and "multi_year" not in f.flags:
            f.measure = "yoy_pct"
            _set_change_base(f, base)
        else:
            f.comparator = base

    def _fall_carried(self, prev: _Fig, clause: str) -> bool:
        """Whether ``clause``, before a figure in points, opens with its comparison and names no subject, after a move
        in points of a fall its own clause names (降幅比1-4月收窄2.4个百分点，低于全市3.1个百分点: the fall is lower than
        the city's, +3.1, as in 降幅低于全市); not when the clause names a growth it compares with (降幅较一季度收窄16.3个
        百分点，低于全县规上工业增速5.8个百分点: the growth is lower)."""
        cw = self.cw
        return (prev.cs >= 0 and clause.lstrip(" \t\u3000").startswith(cw.fall_comparison_openers)
                and any(w in self.norm[prev.cs:prev.start] for w in cw.decline_subject_words)
                and cw.growth_subject.search(clause) is None)

    def _plan_excess_amount(self, f: _Fig, clause: str) -> None:
        """Read ``f``, an amount, as so much more than the plan or budget its clause ends with (超年初预算1.9亿元,
        仍然超过五年计划原定数约五十亿元): a change, compared with that plan; not an amount the plan is of, whose
        share follows (超过原定计划四百二十七亿四千万元的百分之十五点三: the caller has it stay a level)."""
        if (base := _plan_excess_base(_cue_tail(clause.rstrip(" \t\u3000")))) is not None:
            f.measure, f.comparator = "abs_change", base

    def _type(self, f: _Fig, clause: str, cs: int, prev: _Fig | None, in_list: bool) -> None:
        """Measure, sign and comparator of ``f``, from its clause (starting at ``cs``) and the figure before it."""
        norm, cw = self.norm, self.cw
        if in_list and self.lst is not None:
            head = self.lst.head
            f.measure, f.sign, f.comparator = head.measure, head.sign, head.comparator
            if "multi_year" in head.flags:
                f.flags += ("multi_year",)  # 平均每年实际增长4.7％和5.7％: each over the same years
            if self.lst.bases and self.lst.idx < len(self.lst.bases):
                self._list_base(f, self.lst.bases[self.lst.idx])  # 较一季度和1-5月分别提高15.5和2.2个百分点
            if prev is not None and (mv := self._member_gap(prev, f)) is not None and mv.group("verb"):
                f.sign = cw.list_member_sign[mv.group("verb")]  # 分别增长3.2%和下降1.5%
            f.list_head = head
        elif prev is None or f.unit_kind != "percent" and f.unit not in cw.point_units and f.unit not in cw.times_units:
            # (what _measure reads of prev)
            _measure(f, clause.rstrip(" \t\u3000"), None, sentence=(norm, f.sentence[0]))
            if f.unit_kind == "money" and f.measure == "level" and not norm.startswith(cw.de, f.qend):
                self._plan_excess_amount(f, clause)
        else:
            prev_change = (float(prev.value * prev.sign) if prev.measure in ("yoy_pct", "change_pct")
                           else -1.0 if prev.measure == "pp_diff" and prev.magnitude else None)
            # (a move in points that narrowed or widened a fall: the fall a bare 比一季度收窄 after it moves too)
            prev_base = (prev.comparator if prev.measure in ("abs_change", "change_pct") and prev.comparator
                         and (not prev.comparator.startswith(cw.yoy_bases) or cw.outturn_base.fullmatch(prev.comparator))
                         and "multi_year" not in prev.flags and prev.comparator not in cw.scope_words else "")
            # (比上年预计数增加439亿元，增长17.6%: last year's outturn is the base of the bare growth too)
            # 比上年增长 52％: a space between the cue and its figure
            _measure(f, clause.rstrip(" \t\u3000"), prev_change,
                     prev.magnitude and (prev.measure != "pp_diff" or self._fall_carried(prev, clause)), prev_base,
                     (norm, f.sentence[0]))
            if (f.measure == "yoy_pct" and prev.measure in ("rate_pct", "share_pct")
                    and cw.restated_point_move.fullmatch(norm, prev.qend, f.start)):
                f.measure, f.unit, f.comparator = "pp_diff", "pp", ""  # 比重由44％提高到45％，即提高1％: the move in points
            elif (f.measure == "rate_pct" and prev.measure == "level" and prev.unit_kind == "money"
                  and prev.cs >= 0 and cw.done_total_share.match(clause.lstrip())
                  and cw.done_amount.search(norm, prev.cs, prev.start)):
                f.measure = "completion_pct"  # 已完成投资6545亿元，占规划总投资的65.5%: so much of the total done
                # (其中政府投资30亿元，占计划总投资的30%: a share of it)
            elif (f.measure == "rate_pct" and prev.measure == "abs_change"
                  and cw.restated_change.fullmatch(norm, prev.qend, f.start)):
                f.measure, f.sign = "yoy_pct", prev.sign  # 比上一年增产四百四十亿斤，即百分之七点八: the change in percent
                _set_change_base(f, prev.comparator)
            elif (f.measure == "completion_pct" and prev.measure in ("yoy_pct", "change_pct") and prev.unit == f.unit
                  and norm[f.qend:f.qend + 1] in cw.starts["target_after"] and cw.target_after.match(norm, f.qend)):
                # 累计下降18.2%，超额完成市下达的17%的目标: the change the target set, as the outcome before it is one, no
                # share of the target done (完成全年目标的48.2% ends with its figure)
                f.measure, f.sign, f.comparator = prev.measure, prev.sign, prev.comparator
                if "multi_year" in prev.flags and "multi_year" not in f.flags:
                    f.flags += ("multi_year",)
        phrased = False
        if f.qualifier == "exact":
            mq = (cw.qualifier_phrase.search(clause, max(0, len(clause) - 16)) if clause.endswith(cw.de)
                  else cw.whole_qualifier.search(clause, max(0, len(clause) - 12)) if f.kind in _SHARE_KINDS
                  else None)  # the phrase ends with 的, or a share word follows its whole (超过全球一半)
            if mq and not (prev is not None and prev.end > f.start - len(clause) + mq.start(1)
                           or _about_in_word(clause, mq.start(1), mq.group(1))):
                # 仍不足疫情前的七成 (超过1.6亿户、是十年前的3倍: the word before an earlier figure is that one's;
                # 节约总投资额的百分之七: 约 ends a word)
                f.qualifier, phrased = cw.q_before[mq.group(1)], True
        if (not phrased and not cw.starts["qualified_verb"].isdisjoint(clause[-18:])  # (a quick test of its first
                and (mv := cw.qualified_verb.search(clause, max(0, len(clause) - 18)))  # characters)
                and not _about_in_word(clause, mv.start(), mv.group(1))):
            if f.qualifier == "exact":
                f.qualifier = cw.q_before[mv.group(1)]  # 工人职员的平均工资以货币计算约增长百分之三十三
            f.qualified_word = (cs + mv.start(1), cs + mv.end(1))  # 全国约损失工业总产值: the word is taken out of
            # the name, also where the figure is about already (一年大约多耗电二、三百亿度: a range of round numbers)
        if f.measure == "rate_pct" and f.unit == "%":
            mp = (cw.paren_comparator.search(norm, max(0, f.start - 12), f.start)
                  if norm[f.start - 1:f.start] in cw.ends["paren_comparator"] else None)
            if mp:  # 高于全国(3.9%)3.6个百分点: the comparator's own rate, of the kind of the figure compared
                f.measure = (prev.measure if prev is not None and prev.measure in ("yoy_pct", "change_pct")
                             else "yoy_pct")
                f.scope = mp.group("scope")
            elif _signed_note(norm, f, prev):
                f.measure = "yoy_pct"  # 税收收入12.3亿元(+5.2%): a signed change in brackets after a level is its growth
            elif (norm[f.start - 1:f.start] == "(" and norm[f.qend:f.qend + 1] == ")"
                  and (mg := cw.paren_growth.search(norm, max(0, f.start - 5), f.start))):
                f.measure = "yoy_pct"  # 规上工业增加值增速(8.6%)高于全省2.1个百分点: the growth the noun before the
                # brackets names, a fall where the noun is one (降幅(4.5%)), unless the figure prints its sign
                if mg.group("down") and norm[f.start:f.start + 1] not in "+-":
                    f.sign = -1
        if f.measure == "rate_pct" and f.unit == "%":
            after = norm[f.qend:f.qend + 1]  # (a pattern after the figure runs only where it may start a match)
            ma = (cw.growth_after.match(norm, f.qend)
                  if after not in cw.starts["to_word_after"] or not cw.to_word_after.match(norm, f.qend) else None)
            if ma:  # 均实现10%以上增长: the growth noun after the figure (not 由10.2%下降到3.1%: a from-value)
                f.measure = "yoy_pct"
                if ma.group("down"):
                    f.sign = -1
            elif (after in cw.starts["rate_cut_after"] and cw.rate_cut_after.match(norm, f.qend)
                  and cw.rate_cut_lead.search(clause)):
                f.measure, f.sign = "change_pct", -1  # 一律按不低于5%的幅度压减一般性支出: the rate of a cut
        if prev is None:
            return
        if (f.measure == "rate_pct" and f.unit == prev.unit == "%" and prev.measure in ("yoy_pct", "change_pct")
                and cw.list_sep.match(sep := norm[prev.qend:f.start] or "x")
                and not (sep in cw.following_blockers and f.qend < len(norm) and norm[f.qend] not in cw.following_blockers)):
            # 分别增长10%、11.3%: one verb for the list (外商投资限制性条目减少一半，95%以上实行备案管理: a share after a
            # clause stop opening a clause of its own, not one more change of the list)
            f.measure, f.sign, f.comparator = prev.measure, prev.sign, prev.comparator
        if (f.measure == "rate_pct" and f.unit == prev.unit == "%" and prev.measure in ("yoy_pct", "change_pct")
                and cw.aim_raised.fullmatch(norm, prev.qend, f.start)):
            # 都是平均每年递增百分之四，在执行中争取达到百分之五: a higher aim for the same growth
            f.measure, f.sign, f.comparator = prev.measure, prev.sign, prev.comparator
            f.flags += tuple(x for x in prev.flags if x == "multi_year")
        if (f.unit == prev.unit and f.measure in ("rate_pct", "level")
                and norm[prev.qend:prev.qend + 1] in cw.starts["extreme_member"]
                and cw.extreme_member.fullmatch(norm, prev.qend, f.start)):
            # 粮食产量平均每年的增长速度都在百分之四点三以上，高的达到百分之五点五: the highest of the members whose
            # bound the figure before gives, of the same quantity (its name is that one's, see _name)
            f.measure, f.sign, f.comparator = prev.measure, prev.sign, prev.comparator
            f.flags += tuple(x for x in prev.flags if x == "multi_year" and x not in f.flags)
            f.extreme_of = prev
        if (f.measure == "level" and prev.measure == "abs_change" and (prev.changed_object is not None or prev.next_object)
                and (prev.unit == f.unit or prev.unit_kind == f.unit_kind == "count") and f.start - len(clause) <= prev.start
                and norm.startswith(cw.item_separator, prev.qend) and (name := clean_name(item := norm[prev.qend + 1:f.start]))
                and item.startswith(name)):
            # 全年再减少企业税负3500亿元左右、涉企收费约2000亿元: the next object of the same cut, after the pause mark
            # (淘汰落后炼铁产能4659万吨、炼钢产能3747万吨、水泥产能8700万吨: and the one after that)
            f.measure, f.sign, f.comparator = prev.measure, prev.sign, prev.comparator
            f.next_object = True
        if (f.measure == "yoy_pct" and not f.comparator and prev.measure == "abs_change" and "multi_year" in prev.flags
                and norm[prev.qend:prev.qend + 1] in (",", cw.item_separator)
                and (mb := cw.bare_change.fullmatch(norm, prev.qend + 1, f.start)) and mb.start(1) == prev.qend + 1):
            # 平均每年增加四十二亿元，增长百分之四点九: a bare growth right after a change a year over several years is
            # one over the same years
            f.measure, f.comparator = "change_pct", prev.comparator
            f.flags += ("multi_year",)
        # 受理诉求6.8万件,增加1.6万件: a bare change right after a level of the same unit
        if f.measure == "level" and prev.measure == "level" and prev.unit == f.unit:
            mb = cw.bare_change.fullmatch(clause) if clause[:1] in cw.starts["bare_change"] else None
            if mb:
                f.measure, f.sign = "abs_change", cw.abs_change_sign.get(mb.group(1), 1)
        # a range: the first end takes the unit of the second, the second the subject of the first
        if (norm[prev.qend:f.start] in cw.range_separators and _per_unit_once(prev, f)):
            prev.unit, prev.unit_kind = f.unit, f.unit_kind  # 单价2000元～3000元/平方米: the per-unit printed once, after the high end, is both ends'
        if (norm[prev.qend:f.start] in cw.range_separators
                and not (prev.raw_unit and f.raw_unit and prev.unit != f.unit) or f.range_of is prev):
            # (增长5.2%至1234亿元, 提高0.5个百分点至62.3%: ends printed in two units are a change and the level it
            # reaches, no range)
            _range_unit(prev, f)  # (given when the figures were found; a table cell's range is met here first)
            if prev.measure == "rate_pct" and f.measure == "yoy_pct" and prev.unit == f.unit:
                prev.measure, prev.sign = f.measure, f.sign  # 百分之八至百分之九的增长率: growth, both ends
            f.measure, f.sign = prev.measure, prev.sign
            if "multi_year" in prev.flags and "multi_year" not in f.flags:
                f.flags += ("multi_year",)  # 累计提高41.7%到86.7%: both ends over the same years
                if not f.comparator and cw.per_year_word.fullmatch(prev.comparator):
                    f.comparator = prev.comparator  # 每年…增产薯类一百多亿斤到二百多亿斤: both ends each year
            if f.unit in cw.times_units and prev.unit_kind == "percent" and f.measure in ("yoy_pct", "change_pct"):
                f.value, f.unit, f.unit_kind = f.value * 100, prev.unit, prev.unit_kind  # 增加两、三倍: +300 %
            if norm[prev.qend:f.start] == cw.approx_pair_separator:
                f.indicator, f.comparator = prev.indicator, prev.comparator  # 五、六倍: one name for both digits
            f.range_of = prev
            if prev.qualifier == "exact" and f.qend > f.end:
                prev.qualifier = f.qualifier  # 增产百分之十到二十左右: the word after the range bounds both ends
            elif f.qualifier == "exact" and prev.qualifier in _RANGE_WIDE_QUALIFIERS:
                f.qualifier = prev.qualifier  # 总投资约50亿~60亿元: the 约 before the range is of both ends
            prev.flags += ("range_low",)
            f.flags += ("range_high",)
        if (f.measure == "level" and prev.measure == "abs_change" and prev.qend == f.start
                and f.unit_kind == prev.unit_kind == "count" and f.unit != prev.unit):
            # 低保对象减少218户339人: one change counted in households, then in persons, both a change
            f.measure, f.sign, f.comparator = "abs_change", prev.sign, prev.comparator
        # parenthetical parts inherit the measure of the figure they break down: 减收7亿元(地方级3.3亿元、区级1.4亿元)
        if f.measure == "level" and prev.measure == "abs_change" and f.unit_kind == prev.unit_kind:
            seg = norm[prev.qend:f.start]
            if seg.startswith("(") and ")" not in seg or (prev.paren and "(" not in seg and ")" not in seg):
                f.measure, f.sign, f.comparator = "abs_change", prev.sign, prev.comparator
                f.paren = True
        if (f.unit == "%" and prev.unit == "%" and prev.measure in ("yoy_pct", "change_pct")
                and cw.inclusion_note_figure.fullmatch(norm, prev.qend, f.start)):
            # 平均每年增长百分之四（包括村办工业为百分之六）: the growth of the whole with what the note names, as
            # the one before it is (named in _read_one)
            f.measure, f.sign, f.comparator = prev.measure, prev.sign, prev.comparator
            f.flags += tuple(x for x in prev.flags if x == "multi_year")

    def _months(self, f: _Fig, cs: int, st: _SentenceState) -> str:
        """``f.period`` read against the clause: a month (4月, 3月份) is the months from the year's start up
        to it when the clause counts from there (累计), none when the figure is of the year's budget."""
        norm, cw = self.norm, self.cw
        if f.period and (mm := cw.month_period.fullmatch(f.period)):
            if _search_end(cw.budget_end, "budget_end", norm, cs, f.start):
                return ""  # 4月,…完成年初预算数60999万元的40.4%: the year's budget, no month's
            # a word of a sum after the month's last place before the figure (the places of both in the sentence found
            # once a sentence: a month printed before the sentence only, or nowhere, lies before any word in it)
            if mm.group(1) not in ("1", "01") and st.last_printed_of(norm, cw.cumulative_words, f.start) > (
                    st.last_printed(norm, f.period, f.start)):
                return f"1-{mm.group(1)}月"  # 4月,一般公共预算收入累计完成…: from the year's start to April
        return f.period

    def _heading_period(self, section: str) -> str:
        """The period the innermost heading of ``section`` that names one sets (上半年, 2021年), else ''."""
        if section not in self._heading_periods:
            self._heading_periods[section] = _section_period(section)
        return self._heading_periods[section]

    def _review_frame(self, pos: int) -> str:
        """The period of the review frame ``pos`` lies in (see :meth:`_review_frames`), else ''."""
        if self._frames is None:
            self._frames = self._review_frames()
        starts, periods = self._frames
        i = bisect.bisect_right(starts, pos) - 1
        return periods[i] if i >= 0 else ""

    def _frame_span_word(self, f: _Fig) -> str:
        """The span of years as the review frame ``f`` lies in prints it at the head of its line (五年来, 过去五年), or
        else as the innermost heading of ``f`` that names one does (一、过去五年工作回顾 / （三）…: 过去五年), when that
        frame's years are ``f``'s period; else ''."""
        if self._frames is None:
            self._frames = self._review_frames()
        starts, periods = self._frames
        i = bisect.bisect_right(starts, f.start) - 1
        if i < 0 or periods[i] != f.period:
            return ""
        at = starts[i]
        span_heading = layout_views().span_heading
        m = span_heading.search(self.norm, at, min(at + FRAME_SPAN_REACH, len(self.norm)))
        if m is not None and self.norm.find("\n", at, m.start()) < 0:
            return _quoted_open(self.text, m.start(), m.end())
        named = [_quoted_open(h, m.start(), m.end()) for h in section_headings(f.section)
                 if (m := span_heading.search(h, 0, FRAME_SPAN_REACH))]
        return named[-1] if named else ""

    def _frame_spans_to(self, pos: int, year: str) -> bool:
        """Whether the review frame ``pos`` lies in is a span of years ending with ``year`` (a paragraph opening
        with 过去五年 under a heading of its last year)."""
        ms = _YEARS_SPAN.fullmatch(self._review_frame(pos))
        return ms is not None and year == f"{ms.group(2)}年"

    def _review_frames(self) -> tuple[list[int], list[str]]:
        """(starts, periods) of the frames of the report's reviewing text, found once: each heading starts
        one with the period it reviews (:func:`_reviewed_period` of the innermost heading that names one;
        none in a plan part), and each paragraph of a part that is no plan opening with a time (:func:`_opener_period`:
        a time reviewed, ``2022年是…``, ``过去一年，``, ``五年来，``, or the year planned after the year reviewed,
        ``１９８２年是…``) another; a frame holds over the paragraphs, bullets and run-in heads after it up to the next
        heading or opener."""
        report, norm = self.report, self.norm
        years = self.stated_years
        points: list[tuple[int, str]] = []
        period: str | None
        named: dict[str, str] = {}  # heading → the period it reviews (headings repeat: 1、, (一)…)
        for sec in report.sections:
            found = ""
            if report.part_at(sec.start) != "plan":
                for heading in reversed(section_headings(sec.path)):
                    if heading not in named:
                        named[heading] = _reviewed_period(heading, years)
                    if found := named[heading]:
                        break
                if not found and sec.level > 1 and _run_in(norm, sec):
                    continue  # (（一）创新宏观调控，保持经济运行在合理区间。面对…: the frame before goes on)
            points.append((sec.start, found))
        for m in self.cw.review_opener.finditer(norm):  # (at line starts: one scan of the text)
            if report.part_at(m.start()) != "plan" and (period := _opener_period(m, years)) is not None:
                points.append((m.start(), period))
        points.sort(key=operator.itemgetter(0))
        starts: list[int] = []
        periods: list[str] = []
        for at, period in points:
            if period == "~":  # a paragraph of the present (当前，…, 近来，…) ends a frame of a span of years (五年来，…),
                if not periods or _YEARS_SPAN.fullmatch(periods[-1]) is None:  # not that of a year or a part
                    continue  # of one, whose end it speaks from
                period = ""
            elif period.startswith("!"):  # a paragraph of a year of its own (2002年，…) ends the frame, unless
                if periods and _same_period(periods[-1], period[1:]):  # it is the frame's (在一九五七年，… under
                    continue  # （一）一九五七年经济战线上的胜利)
                period = ""
            elif periods and period != periods[-1] and _same_period(periods[-1], period):
                continue  # (过去的一年中, of the year 1957年, under （一）一九五七年经济战线上的胜利: the frame goes on as printed)
            starts.append(at)
            periods.append(period)
        return starts, periods

    def _framed(self, f: _Fig, cs: int, st: _SentenceState) -> str:
        """The period of the review frame ``f`` lies in, as it holds for ``f``: none when its clause prints
        another year not compared against, or its sentence compares another year before it (一九五八年比
        一九五七年增长了百分之一百零七，即增加了五百七十三万吨 under 一九五九年), or a span of other years
        (近三年，中央和地方投入105亿元 under 一、去年工作回顾; not a streak, 连续7年增产); the last year of a span for a value reached
        (过去五年…。国内生产总值增加到121万亿元: 2022年), or a level or rate its clause reaches with no word of a sum
        (铁路营业里程达到12.1万公里 under 过去五年: 2015年; not 累计达到, 新增加的固定资产达到, 五年…达到), the share of
        such a level, a rank not held over the years (跃升到世界第二位, not 稳居世界第二位), or in a sentence that
        speaks of the year reviewed."""
        frame = self._review_frame(f.start)
        if not frame:
            return ""
        norm, cw = self.norm, self.cw
        if st.framing is None:
            st.framing = _frame_reads(norm, st, cw)
        fr = st.framing
        k = bisect.bisect_right(fr.year_ends, f.start)  # the years before the figure
        i = k - 1
        while i >= 0 and (m := fr.years[i]).start() >= cs:
            if norm[m.start() - 1] not in cw.period_not_before and not _same_period(m.group(), frame):
                return ""  # a year of its clause, not the base of a comparison (比一九五八年的二千零五十亿元增长)
            i -= 1
        compared = fr.compared[k - 1] if k else ""  # the last year of the sentence compared with another (一九五八年比一九五七年)
        if compared and not _same_period(compared, frame):
            return ""
        ms = _YEARS_SPAN.fullmatch(frame)
        frame_years = int(ms.group(2)) - int(ms.group(1)) + 1 if ms is not None else 1  # (a year alone: 1)
        k = bisect.bisect_right(fr.plan_ends, f.start)
        i = k - 1
        while i >= fr.first_fyp and (m := fr.plans[i]).start() >= cs:
            if m.group("fyp") and _five_year_span(_count(m.group("n"))) != frame:
                return ""  # (其中增长较快的“一五”时期平均每年增长百分之四点五 under “六五”: its own)
            i -= 1
        # (“六五”时期同“五五”时期相比，…由A增加到B: averages of the periods, not years)
        periods_compared = fr.first_fyp < k
        k = bisect.bisect_right(fr.span_ends, f.start)
        held = fr.held[k - 1] if k else 0  # the years of the last streak before the figure (连续7年)
        first = fr.first_own.get(frame_years)
        if first is None:
            first = fr.first_own[frame_years] = next((j for j in fr.own if fr.counts[j] != frame_years), len(fr.spans))
        if first < k:
            # (近三年，中央和地方投入105亿元 under 一、去年工作回顾: a span of its own; not 第一个五年计划, nor
            # 结束了66年的营业税征收历史, nor a streak, 粮食产量…连续7年增产, how long a thing held); an outcome's span
            # counted back from the year reviewed when it is so (近三年) or reaches past the frame (十年1.4亿农村人口在
            # 城镇落户 under 过去五年: 2013-2022年; not 两年新增4万亿元投资 under 2008-2012年: two years of the five), else none
            m = fr.spans[first]
            return (_span_years(m.group(), f.status, self.stated_years, over=True)
                    if f.status == "actual" and (fr.counts[first] > frame_years or _counted_back(m)) else "")
        if ms is not None and not periods_compared and (_search_end(cw.to_word_end, "to_word_end", norm, cs, f.start)
                or _stands_at_span_end(norm, f, cs, cw)
                or f.measure == "rate_pct" and cw.share_reached_after.match(norm, f.qend) is not None
                # (71%的煤电机组实现超低排放 under 过去五年: the share of units in the state reached, at the end)
                or self._share_of_reached(f, f"{ms.group(2)}年") or 0 <= fr.reviewed <= f.start):
            # (中央财政此项支出从2006年20.5亿元增加到去年的98亿元，高校资助面超过20%: the sentence speaks of
            # the year reviewed)
            return f"{ms.group(2)}年"
        if ms is not None and not periods_compared:
            self._unreached = f  # (_level_reached read false above: not read again for the span given)
        if ms is not None and held > 1 and "multi_year" in f.flags:
            end = int(ms.group(2))  # 连续7年提高企业退休人员基本养老金水平，年均增长10% under 2006-2010年: the
            return _years_span(end - held + 1, end)  # average over the streak, up to the frame's last year
        return frame

    def _stock_listed(self, f: _Fig, year: str) -> bool:
        """Whether ``f`` goes on a list the level just before it opens, of ``year``, its sentence printing only that
        level's noun and a separator between (我国有十亿人口，两亿多户: the households counted at the same time)."""
        pv = self.prev
        if pv is None or pv.sentence != f.sentence or pv.measure != "level" or pv.period != year:
            return False
        gap = self.norm[pv.qend:f.start]
        return 0 < len(gap) <= _LISTED_GAP and gap[-1] in _LISTED_STOPS and all(
            "\u4e00" <= ch <= "\u9fff" for ch in gap[:-1])

    def _share_of_reached(self, f: _Fig, year: str) -> bool:
        """Whether ``f`` is the share of the figure just before it in its sentence, its subject carried, and that
        figure is of ``year`` (…审批项目总数达到2497项，占原有审批项目的69.3%: the share of the total reached)."""
        pv = self.prev
        return (f.measure == "rate_pct" and "subject_carried" in f.flags and pv is not None
                and pv.sentence == f.sentence and pv.indicator == f.indicator and pv.period == year)

    def _five_years_framed(self, f: _Fig, m: re.Match[str], part: str, st: _SentenceState) -> str:
        """The years of a span of five years printed as ``f.period`` (``m``, its match of ``span_period``: 这五年,
        五年内) that the report's years do not tell: those of the review frame of five years it lies in (一、“六五”计划执行情况的回顾: 这五年共取得
        重要科研成果三万三千项 → 1981-1985年), else of the one five-year plan its sentence (第一个五年计划规定
        农业及其副业的总产值在五年内增长百分之二十三点三) or the innermost heading naming one names (二、第一个五年
        计划概要: 在五年内，…支出总数为七百六十六亿四千万元 → 1953-1957年), else of the one plan the report's opening names
        (:meth:`_report_plan`: 五年内大学毕业生共一百五十万人 in the report on the sixth plan → 1981-1985年); else ''."""
        if m.group("ahead") or _count(m.group("k")) != 5:
            return ""
        pv = self.prev  # (the figure before, in the paragraph: 第一个五年计划期间，…投资总额共为四百九十三亿元…。五年内施工的…)
        before = pv.period if pv is not None and self.norm.find("\n", pv.end, f.start) < 0 else ""
        for frame in (self._review_frame(f.start), self._held_period, before) if part != "plan" else ():
            if (ms := _YEARS_SPAN.fullmatch(frame)) and int(ms.group(2)) - int(ms.group(1)) == 4:
                return frame  # (从一九七八年到一九八二年，…。五年招收研究生四万三千多人: the years held in the paragraph)
        if _counted_back(m):
            return ""
        at = self.norm.rfind(f.period, st.start, f.start)  # (the plans named before the span word, none a base:
        before = self.norm[st.start:at] if at >= 0 else ""  # 比第五个五年计划期间增加二十二亿元)
        for text in (before, *(normalize(h) for h in reversed(section_headings(f.section)))):
            if (years := self._plan_named(text)) is not None:
                return years
        return self._report_plan()

    def _plan_named(self, text: str) -> str | None:
        """The years of the one five-year plan ``text`` names (第一个五年计划, “六五”时期 → ``1953-1957年``,
        ``1981-1985年``), a plan after 比, 较, 与 or 同 a base, not named; '' when it names several; None when none."""
        plans = {mp.group("n") or mp.group("m") for mp in self.cw.heading_five_year_plan.finditer(text)
                 if mp.start() == 0 or text[mp.start() - 1] not in self.cw.period_not_before}
        return (_five_year_span(_count(plans.pop())) if len(plans) == 1 else "") if plans else None

    def _report_plan(self) -> str:
        """The years of the one five-year plan the report's opening, before its first heading (at most
        PLAN_OPENING_CHARS characters), names (现在，我代表国务院，作关于我国国民经济和社会发展第六个五年计划的报告 →
        ``1981-1985年``): the plan a report on it speaks of; '' when it names none or several (once a report)."""
        if self._opening_plan is None:
            sections = self.report.sections
            end = min(sections[0].start if sections else len(self.norm), PLAN_OPENING_CHARS)
            self._opening_plan = self._plan_named(self.norm[:end]) or ""
        return self._opening_plan

    def _plan_reported_on(self) -> str:
        """The years of the five-year plan the report's opening says it reports on (:meth:`_report_plan`, when the
        opening is a report on it: 作关于…第六个五年计划的报告 → ``1981-1985年``); '' for a report that only names one."""
        plan = self._report_plan()
        if self._on_plan is None:  # (the opening says it reports on the plan: not one that only names it)
            mo = layout_views().plan_report_opening.search(self.norm, 0, PLAN_OPENING_CHARS) if plan else None
            self._on_plan = mo is not None and self._plan_named(mo.group()) is not None
        return plan if self._on_plan else ""

    def _of_plan_reported(self, f: _Fig, st: _SentenceState) -> bool:
        """Whether ``f``, outside a review, is of the five-year plan the report's opening says it reports on
        (:meth:`_report_plan`): its period is the plan's span or the plan's last year. A report on a plan that prints no
        year of its own is delivered before that year ends, so such a figure is planned (作关于…第六个五年计划的报告:
        煤炭工业建设，五年投资一百七十九亿元; 一九八五年招收研究生二万人)."""
        if not f.period:
            return False
        mp = _YEARS_SPAN.fullmatch(plan := self._plan_reported_on())
        if mp is None or st.part_at(self.report, f.start) == "review":
            return False
        end = int(mp.group(2))
        if f.period != plan and not (self.cw.period_bare_year.fullmatch(f.period) and year_number(f.period[:-1]) == end):
            return False
        # (…已在一九五四年通车的康藏公路和青藏公路，全长共有四千三百多公里: another year the sentence speaks of, no base;
        # 等于一九五三年到一九八○年二十八年中平均每年建成住宅面积的二点六倍: the years of the base a multiple is of are)
        base = mb.start("base") if (mb := _multiple_base(f, self.norm, self.cw)) else f.start
        return not any(year_number(my.group().rstrip("年度")) != end
                       and self.norm[my.start() - 1:my.start()] not in self.cw.period_not_before
                       for my in self.cw.period_bare_year.finditer(self.norm, st.start, base))

    def _sentence_opened(self, st: _SentenceState) -> str:
        """The year reviewed when the sentence opens with it (``去年财政增发1000亿元国债``), else '' (once a
        sentence)."""
        if st.start not in self._opened:
            self._opened[st.start] = self._clause_opened(st.start)
        return self._opened[st.start]

    def _paragraph_to_year(self, pos: int) -> str:
        """The year of the last sentence before ``pos`` in its paragraph that opens with a ``到YEAR`` frame
        (。到一九五七年，铁路货物周转量将达到…: ``一九五七年``), else '' (each paragraph read once)."""
        norm = self.norm
        para = norm.rfind("\n", 0, pos) + 1
        if (found := self._paragraph_tos.get(para)) is None:
            end = norm.find("\n", pos)
            found = ([], [])
            for m in self.cw.period_frame.finditer(norm, para, len(norm) if end < 0 else end):
                if m.group("to") and (not norm[para:m.start()].strip() or norm[m.start() - 1] in self.cw.sentence_stops):
                    found[0].append(m.start())
                    found[1].append(m.group("y"))
            self._paragraph_tos[para] = found
        i = bisect.bisect_left(found[0], pos) - 1
        return found[1][i] if i >= 0 else ""

    def _paragraph_opened(self, st: _SentenceState) -> str:
        """The year reviewed when a sentence before ``st`` in its paragraph opens with it and no sentence after
        that one opens with another time (…。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%: the
        year reviewed, in a plan part too), else '' (once a sentence)."""
        if st.start not in self._para_opened:
            norm, cw = self.norm, self.cw
            # the paragraph is read on from where the sentence before in it was (sentences come in order): each
            # character of a paragraph is read once, however many sentences it holds
            last = self._para_scan
            if last is not None and last[0] <= st.start and norm.find("\n", last[0], st.start) < 0:
                pos, year = last
            else:
                pos, year = norm.rfind("\n", 0, st.start) + 1, ""
            for m in cw.sentence_opening_time.finditer(norm, pos, st.start):
                year = self._clause_opened(m.start("last")) if m.group("last") else ""  # another time closes it
            self._para_scan = (st.start, year)
            if year and cw.sentence_opening_time.match(norm, st.start):
                year = ""  # (…。现在，离香港回归祖国只有１２２天了: a time of its own)
            self._para_opened[st.start] = year
        return self._para_opened[st.start]

    def _clause_opened(self, cs: int) -> str:
        """The year reviewed when the text at ``cs`` opens with it (粮食产量屡创历史新高，去年达到1.09万亿斤),
        else ''."""
        covered = self.stated_years.covered
        if (covered is not None and self.norm[cs:cs + 1] in self.cw.starts["sentence_last_year"]
                and self.cw.sentence_last_year.match(self.norm, cs)):
            return f"{covered}年"
        return ""

    def _inline_heading_period(self, norm: str, pos: int) -> str:
        """The period set by the innermost dated heading run into the line before ``pos`` (a layout the
        sentence splitter glues to the text: ``一、2021年财政决算主要情况 (一)2021年一般公共预算收支决算情况
        1.全区… 全区一般公共预算收入331.1亿元``), else ''. A heading closes those of its level and below."""
        if self._inline is None:
            starts, lines, periods = [], [], []
            stack: list[tuple[int, str]] = []
            line, seen = -1, 0
            for at, level, period in self._all_inline_headings():
                a = norm.rfind("\n", seen, at) + 1 or max(line, 0)  # (headings in text order)
                seen = at
                if a != line:
                    stack, line = [], a
                while stack and stack[-1][0] >= level:
                    stack.pop()
                stack.append((level, period))
                starts.append(at)
                lines.append(a)
                periods.append(next((p for _, p in reversed(stack) if p), ""))
            self._inline = (starts, lines, periods)
        starts, lines, periods = self._inline
        i = bisect.bisect_left(starts, pos) - 1
        return periods[i] if i >= 0 and periods[i] and lines[i] == self._line_start(pos)[0] else ""

    def _all_inline_headings(self) -> list[tuple[int, int, str]]:
        """:func:`_inline_headings` of the whole text, found once."""
        if self._heads is None:
            self._heads = _inline_headings(self.norm, 0, len(self.norm))
        return self._heads

    def _report_period(self, pos: int) -> str:
        """The part of the year the report covers (上半年, 1-5月), for an outcome at ``pos`` no heading, line or words
        date (二、计划执行中需要关注的主要问题 …住宿业、餐饮业营业收入降幅分别为32.6%和28.9%), unless the last heading
        before it that names a period names another (二、1-5月财政收支情况 in a report of 一季度); else ''."""
        if not self._part_reported:
            return ""
        if self._dated is None:
            heads = [(s.start, p) for s in self.report.sections if (p := _named_period(s.heading))]
            self._dated = ([a for a, _ in heads], [p for _, p in heads])
        starts, periods = self._dated
        i = bisect.bisect_right(starts, pos) - 1
        return self._part_reported if i < 0 or periods[i].endswith(self._part_reported) else ""

    def _month_and_share(self, pattern: re.Pattern[str], period: str, group: str | int) -> tuple[int, float] | None:
        """The month ``pattern``'s ``group`` reads in ``period`` (a full match) and the share of the year the report
        covers (上半年: 0.5), or None when either is missing."""
        m = pattern.fullmatch(period)
        share = share_of_year(self.report.metadata.get("period", "")) if m else None
        return None if m is None or share is None else (int(m.group(group)), share)

    def _past_months_reported(self, period: str) -> bool:
        """Whether ``period`` is a day cut off at (截至7月22日) in a month after those the report covers (上半年):
        the time of writing, not the end of the time reported (截至6月30日)."""
        ms = self._month_and_share(self.cw.cutoff_day, period, "month")
        return ms is not None and ms[0] > ms[1] * 12

    def _early_months(self, period: str) -> bool:
        """Whether ``period`` is a run of months from January that ends before the months the report covers (1-5月
        in a report of 上半年: 1-5月北京地区进出口总额增长26.9%): an earlier cut of the data, not the time reported."""
        ms = self._month_and_share(self.cw.early_months, period, "month")
        return ms is not None and ms[1] < 1 and ms[0] < ms[1] * 12  # (1-5月 of a report of a whole year is of the
        # year after it, and may go on: 本年１——５月份…。但是…钢完成９６．４％)

    def _one_month_reported(self, period: str) -> bool:
        """Whether ``period`` is one month (9月份) of the several the report covers (1-9月, 前三季度: 其中，9月份增长8.3%):
        that month alone, in its sentence only, as 9月当月 is; the months reported go on after it."""
        ms = self._month_and_share(self.cw.month_period, period, 1)
        return ms is not None and 1 < ms[1] * 12 and ms[0] <= ms[1] * 12

    def _plan_goes_on(self, f: _Fig, prev: _Fig | None, st: _SentenceState) -> bool:
        """Whether ``f``, read as an outcome, goes on with the plan of the sentence just before it: its sentence prints
        no word of a status nor its year, the year it is of is carried down from a plan set for that year in the
        sentence before, in its paragraph (1982年的计划，要求…增长８％；…。教育…事业费用的支出增长５．９％。), and that
        year is none the report reviews. A figure after one read so in its sentence goes on with it too."""
        if prev is None or prev.status != "target" or not f.period or f.period != prev.period:
            return False
        if prev.sentence == f.sentence:
            return self._plan_run == st.start
        norm = self.norm
        if ("year_inferred" in prev.flags or norm[prev.sentence[1]:st.start].strip()
                or not self.cw.period_bare_year.fullmatch(f.period) or norm.find(f.period, st.start, st.end) >= 0):
            return False
        covered = self.stated_years.covered
        if covered is not None and ((year := year_number(f.period[:4])) is None or year <= covered):
            return False
        if st.cues is None:
            _status_cues(norm, st, self.report.years)
        if st.cues:
            return False
        self._plan_run = st.start
        return True

    def _carried_period(self, pos: int) -> str:
        """The period carried down to ``pos`` from the last line before it that sets one for the text below:
        a short unnumbered line naming a period (a title ``2020年西城区政府工作报告重点工作全年完成情况``, a
        heading ``2022年工作回顾``) or the report's first paragraph opening with one (``一季度,全县…``,
        ``2021年,是…``, ``1-5月,…``). It holds up to the next such line or dated heading; '' when none holds."""
        if self._marks is None:
            self._marks = self._carrying_lines()
        starts, periods, ends = self._marks
        i = bisect.bisect_right(starts, pos) - 1
        return periods[i] if i >= 0 and pos < ends[i] else ""

    def _carrying_lines(self) -> tuple[list[int], list[str], list[int]]:
        """(starts, periods, ends) of the lines that carry a period down (see :meth:`_carried_period`). A span
        of years (五年来) carries none: the measure of a figure names such a span, not its period."""
        norm, lay = self.norm, layout_views()
        heads = {s.start for s in self.report.sections}
        dated = [s.start for s in self.report.sections if _named_period(s.heading)]
        dated += [at for at, _, p in self._all_inline_headings() if p]
        marks: list[tuple[int, str]] = []
        first = -1  # the first paragraph: the first line that is neither blank, a heading nor a dated line
        a = 0
        while a < len(norm):
            b = norm.find("\n", a)
            b = len(norm) if b < 0 else b
            line = norm[a:b].strip()
            if line and a not in heads:
                # (——2023年3月5日在…会议上: a date; 2015年…政府工作报告: the year it is delivered, reviewing the one
                # before; 1985年的⏎工资改革: a broken line)
                period = ("" if len(line) > lay.dated_line_max_chars or _PROSE_MARK.search(line)
                          or line[-1] in lay.dated_line_not_end or lay.date_line.search(line)
                          or lay.work_report.search(line) else _named_period(line))
                if period:
                    marks.append((a, period))
                elif first < 0:
                    first = a
                    # (an indent opens the line: the paragraph starts after it)
                    at = _indent_end(norm, a, b)
                    if (m := _opening_period(norm, at)) and not any(d < a for d in dated):
                        marks.append((a, m.group()))
            a = b + 1
        marks = [(at, p) for at, p in marks if not lay.span_heading.search(p)]
        stops = sorted(dated + [at for at, _ in marks])
        ends = [stops[k] if (k := bisect.bisect_right(stops, at)) < len(stops) else len(norm) for at, _ in marks]
        return [at for at, _ in marks], [p for _, p in marks], ends

    def _line_start(self, pos: int) -> tuple[int, int]:
        """(start of the line of ``pos``, just after the last space before ``pos`` in that line, or the line
        start): figures come in text order, so only what lies after the figure before is searched."""
        seen, a, g = self._line
        norm = self.norm
        if pos >= seen:
            b = norm.rfind("\n", seen, pos) + 1
            if b:
                a, g = b, b
            g = norm.rfind(" ", max(seen, a), pos) + 1 or g
        else:
            a = norm.rfind("\n", 0, pos) + 1
            g = norm.rfind(" ", a, pos) + 1 or a
        self._line = (pos, a, g)
        return a, g

    def _closing_year_before(self, f: _Fig, st: _SentenceState) -> str:
        """The year the sentence right before ``f``'s, in its paragraph's line and with no figure, ends on in a clause of
        its own (…的情况下，一九七八年仍然夺得了丰收。), when ``f``'s sentence prints no time before it; else ''."""
        norm, cw = self.norm, self.cw
        s0 = st.start
        while s0 > 0 and norm[s0 - 1] in " \t\u3000":
            s0 -= 1
        if st.time_at is None:
            st.time_at = mt.start() if (mt := _YEAR_OR_MONTH.search(norm, st.start, st.end)) else st.end
        if st.time_at < f.start or s0 == 0 or norm[s0 - 1] not in cw.sentence_stops:
            return ""  # (a time its own sentence prints before it: 今年, 近年来, 3月; no sentence closed before it)
        line, _ = self._line_start(f.start)  # (the paragraph's line: the sentence before is searched there only)
        if s0 <= line:
            return ""
        a = ml.end() if (ml := _through_last_sentence_stop().match(norm, line, s0 - 1)) else line
        if self.prev is not None and self.prev.end > a:
            return ""
        m = cw.closing_year_clause.search(norm, max(a, s0 - CLOSING_YEAR_CLAUSE_MAX), s0)
        if m is None:
            return ""
        return norm[m.start("y"):m.end("y")]

    def _paragraph_topic(self, norm: str, pos: int, spaced: bool = True) -> str:
        """The period a paragraph opens with (``2012年，``, ``五年来，``, ``上半年，``), past a lead sentence that only
        names its topic (生态环境持续改善。五年来，…: :func:`_topic_start`), else ''; in a line that holds several
        paragraphs set apart by spaces, the one ``pos`` is in (unless not ``spaced``; no lead passed over there)."""
        a, g = self._line_start(pos)
        # paragraphs run into one line, set apart by a space (提出意见。 2014年,面对…), or indented: a span of years
        # found so is not taken (五年来: the measure of a figure names such a span), nor one in a plan part
        # (三、2011年的工作: 2011年,是“十二五”开局之年…。过去一年,…国内生产总值增长10.3%: the opening names the
        # year planned, the paragraph looks back)
        if g > a and not norm[a:g].strip():
            a = g  # (an indent opens the line: the paragraph starts after it)
        if not spaced:
            g = a
        if g > a and g not in self._topics:
            m = _opening_period(norm[g:g + 24], 0)  # (read as a line of its own)
            self._topics[g] = _opened(m) if m and not layout_views().span_heading.search(m.group()) else ""
        if g > a and self._topics[g]:
            return self._topics[g]
        if a not in self._topics:
            m = _opening_period(norm, t := _topic_start(norm, a))
            self._topics[a] = _opened(m) if m else _event_span_opening(norm, t)
        return self._topics[a]

    def _topic_left(self, norm: str, pos: int, topic: str, s0: int) -> bool:
        """Whether a sentence of a part that plans, starting at ``s0``, lies past the hold of the period ``topic``
        its paragraph opens with: a sentence between speaks of another time (2011年，是“十二五”开局之年，做好今年的
        工作…。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%: the year planned opens the paragraph,
        and the paragraph looks back)."""
        a = norm.rfind("\n", 0, pos) + 1
        a = _topic_start(norm, _indent_end(norm, a, pos))
        if not norm.startswith(topic, a):
            return False
        own = {k for _, k in _time_markers(self.report, norm, a, a + len(topic))}
        return any(k not in own for _, k in _time_markers(self.report, norm, a + len(topic), s0))

    def _subject_span(self, fi: int, f: _Fig, cs: int, prev: _Fig | None, st: _SentenceState) -> tuple[int, int]:
        """Where the subject may lie: from the clause start, a list comma or the previous figure,
        to the number less the qualifier words right before it."""
        norm, cw = self.norm, self.cw
        soft = cs
        i = norm.rfind(cw.item_separator, cs, f.start)
        joints = cw.comma_name_joints  # (a comma between other characters lies inside no such name)
        while (i >= 0 and (joints is None or norm[i - 1:i + 2] in joints)
               and (mn := cw.comma_names.search(norm, max(cs, i - 16), min(f.start, i + 16))) and mn.start() < i < mn.end()):
            i = norm.rfind(cw.item_separator, cs, mn.start())  # 信息传输、软件和信息技术服务业: one name
        if i >= 0 and not (i + 1 < f.start and _LIST_CLOSER.search(norm, i + 1, f.start)) and (
                prev is not None and prev.end > cs
                or norm.find(cw.list_word, cs, f.start) >= 0 and self._member_follows(fi, f, st)):
            # 洪涝、干旱、地震等救灾救济支出: a list closed by 等 is part of the name; a list whose items hold no
            # figure of their own shares this one (电动汽车、锂电池、光伏产品“新三样”出口增长近30%; 二氧化硫、
            # 氮氧化物排放量要分别下降3%: one figure for each), unless 分别 gives each item a figure of its own
            soft = i + 1
        else:
            i = -1
        if prev is not None and prev.qend > soft and (
                ")" in norm[prev.qend:f.start] and norm.rfind("(", soft, prev.start) >= 0
                and cw.paren_change.search(norm, max(soft, prev.start - 5), prev.start)):
            soft = prev.qend + 1 if norm[prev.qend:prev.qend + 1] == ")" else prev.qend  # 金融业(增长6.1%)、科技服务业
            # (增长4.2%)三大重点行业合计实现增加值…: the change of an item in brackets cuts, its bracket closed
        elif prev is not None and prev.qend > soft and not (
                ")" in norm[prev.qend:f.start] and norm.rfind("(", soft, prev.start) >= 0):
            soft = prev.qend  # (a figure inside a closed bracket note, 增值税收入(50%部分)672890万元, does not cut)
            if prev.measure == "rank" and norm.startswith(cw.counted_rank_tails, soft) and soft + 1 < f.start:
                soft += 1  # 排名第一位的朝阳区增长8%: the rank's 位 or 名 is no part of the next name
            k = soft + len(prev.indicator)
            if (prev.indicator and k < f.start and norm.startswith(prev.indicator, soft) and norm[k] != cw.item_separator
                    and not cw.list_last_split.match(norm, k)
                    and ((before := norm[prev.start - 1:prev.start]) in cw.ends["recipient_lead"]
                         and cw.recipient_lead.search(norm, max(0, prev.start - 6), prev.start)  # (为12所学校, and
                         # 为全区3.2万名老年人: an amount paid after them)
                         or before in cw.ends["described_object"]
                         and cw.described_object.search(norm, max(0, prev.start - 18), prev.start)
                         or (before in _GIVEN_LIST_JOINTS or norm.endswith(cw.following_joints, 0, prev.start))
                         and _first_item_given(norm, max(prev.cs, prev.sentence[0]), prev.start, cw))):
                soft = k  # 为3978家企业发放稳岗补贴2.45亿元: those the count names receive; the next name is what they get
                # (also when a clause with 的 describes them, 为符合条件的300家企业…, or the count is the last of a list
                # of them, 为30家企业和500名个体户发放补贴1200万元)
        qpos = _qualifier_end(norm, f.start, f.raw_unit, cw)
        qb = (cw.q_before_re.search(norm, max(soft, qpos - cw.q_before_span), qpos)
              if qpos > soft and norm[qpos - 1] in cw.q_before_last else None)
        subj_end = qb.start() if qb and qb.end() == qpos else f.start
        if qb and _about_in_word(norm, qb.start(), qb.group()):
            subj_end = f.start
        if f.kind == "approx" and subj_end > soft and norm[subj_end - 1] in cw.approx_subject_chars:
            subj_end -= 1
        elif subj_end == f.start and _pass_bound(norm, f.start, f.end, cw):
            subj_end -= 1  # 旅游收入过10亿元: the bound word is no part of the name
        elif (subj_end == f.start and (f.qualifier == "over" or norm[f.qend:f.qend + 1] == "、")
              and (mv := _milestone_verb_before(norm, qpos, cw))):
            subj_end = max(soft, mv.start())  # 跨越1000亿元大关, 连续跨越
            # 500亿元、800亿元台阶: the verb passing the threshold is no part of the name
        if subj_end == f.start and norm[f.start - 1:f.start] == "-":
            subj_end -= 1
        if subj_end == f.start and norm[f.start - 1:f.start] == " " and (mo := _OPEN_POINT.search(norm, soft, f.start)):
            subj_end = mo.start()  # 新设企业1. 5家: the number before a decimal point left open is no part of the name
        if ((cs == 0 or norm[cs - 1] == "\n" or norm[cs - 1] in " \t" and not norm[norm.rfind("\n", 0, cs) + 1:cs].strip())
                and norm[cs:cs + 1] > "\u4e00" and (k := row_number_end(norm, cs, f.start)) > soft):
            soft = k  # 经济社会发展主要预期目标1地区生产总值增长6%: the name starts after the row's number (after an indent too)
        if i >= 0 and soft == i + 1 and f.measure != "level" and (prev is None or prev.end <= cs):
            a, b = _strip(norm, soft, subj_end, f.measure)
            if a >= b or not clean_name(self.text[a:b]):
                soft = cs  # 一般公共预算收入扣除留抵退税后、同口径增长5.6%: no name after the comma, so the clause's
        return soft, subj_end

    def _joined(self, f: _Fig, g: _Fig, st: _SentenceState) -> bool:
        """Whether ``g`` follows ``f`` as the next member of a list in the sentence (分别增长10%、11.3%)."""
        return g.start < st.end and self._member_gap(f, g) is not None

    def _member_gap(self, f: _Fig, g: _Fig) -> re.Match[str] | None:
        """The list separator between ``f`` and the next member ``g`` (、, 和下降: a member may print its own
        direction, of the same unit: 86.5%、上升4个百分点 is no list), or None."""
        at = f.qend + (f.role == "ordinal" and self.norm.startswith(self.cw.counted_rank_tails, f.qend))
        if f.kind == "ratio":
            at = max(at, _ratio_span(self.norm, f.mstart)[1])  # (分别为13.5:1、15.2:1: the base 1 ends a member)
        m = self.cw.list_sep.match(self.norm[at:g.start] or "x")  # (第6位、第2位: the rank's 位 before the mark)
        if m is not None and m.group() == "," and f.unit_kind != g.unit_kind:
            return None  # 分别下降5.6%和4%，74个重点城市…: a comma before a figure of another kind ends the list
        return m if m is not None and (not m.group("verb") or f.unit == g.unit) else None

    def _member_follows(self, fi: int, f: _Fig, st: _SentenceState) -> bool:
        """Whether the figure after ``f`` is the next member of a list."""
        return fi + 1 < len(self.figs) and self._joined(f, self.figs[fi + 1], st)

    def _members(self, fi: int, f: _Fig, st: _SentenceState) -> int:
        """How many figures of the sentence, from ``f`` on, are joined by list separators (5%、6%和7%: 3)."""
        n = 1
        last = f
        for g in itertools.islice(self.figs, fi + 1, None):
            if not self._joined(last, g, st) or g.range_of is last:
                break  # (五、六倍: the ends of one range in round numbers, no list)
            n += 1
            last = g
        return n

    def _open_pairs(self, fi: int, f: _Fig, soft: int, subj_end: int, st: _SentenceState) -> None:
        """Figures joined by 和 or 、 without 分别 pair with a subject list of as many items (城镇居民人均可支配收入
        和农村居民人均纯收入实际增长8.4%和11.4%), or with as many subjects named just before (城镇居民…15781元,
        农村居民…4761元,实际增长8.4%和8%); otherwise they share the subject."""
        if fi <= self._pairs_read:
            return  # a later figure of a run already read from its head (收入、1、1、…%: read once)
        n = self._members(fi, f, st)
        self._pairs_read = fi + n - 1
        if n < 2:
            return
        a, b = _strip(self.norm, soft, subj_end, f.measure if f.measure != "rank" else "level")
        items = _split_list(self.text[a:b], n) if b > a else None
        printed = items is not None
        if items is None and (b <= a or not clean_name(self.text[a:b])):
            stock = self.cw.stock_clause.fullmatch(self.norm, st.clause_start(f.start), f.start) is not None
            items = _earlier_items(st.items, self.kept, f.sentence, n, stock)
        if items:
            st.items = items
            self.lst = _ListState(f, items, n, printed=printed)

    def _prior_list_year(self, f: _Fig, cs: int, at: int, st: _SentenceState) -> int | None:
        """The year before the one ``f``'s sentence names, or before the year reviewed, when the words of its clause
        before 分别 (at ``at``) end with 由上年 or 从去年: the year a 分别 list of starting values of a move is of
        (2006年，…排放量由上年分别增长5.6％和13.1％，减为增长1.2%和1.8% → 2005年); None otherwise."""
        cw = self.cw
        mp = next((m for m in cw.from_prior.finditer(self.norm, cs, at) if m.end() == at), None)
        if mp is None or mp.group("same"):
            return None
        year = _period(self.norm, f.start, st)
        if cw.period_bare_year.fullmatch(year):
            y = _year_of(year)
        elif not year and st.part_at(self.report, f.start) != "plan":
            y = self.stated_years.covered
        else:
            y = None
        return y - 1 if y is not None else None

    def _open_list(self, fi: int, f: _Fig, cs: int, clause: str, st: _SentenceState) -> None:
        """分别: count the members that follow ``f`` and split the subject list once, at the head."""
        norm, cw = self.norm, self.cw
        k = clause.rfind(cw.list_word)
        n = self._members(fi, f, st)
        if n < 2:
            return
        periods, after, before = _listed_periods(norm, cs, cs + k, n)
        if (periods is None and (mk := cw.prior_years_list.search(norm, cs, cs + k)) and _count(mk.group("k")) == n
                and cw.period_bare_year.fullmatch(year := _period(norm, f.start, st))
                and (y := _year_of(year)) is not None):
            periods = [f"{y - n + i}年" for i in range(n)]  # 2006年，…能耗由前三年分别上升4.9％、5.5％、0.2％: 2003-2005
        elif periods is None and (y := self._prior_list_year(f, cs, cs + k, st)) is not None:
            periods = [f"{y}年"] * n  # 2006年，…排放量由上年分别增长5.6％和13.1％，减为增长…: all of 2005
        ranked = f.measure == "rank"  # (总量、增速分别居全市第6位、第2位: the growth word is an item's own)
        a, b = _strip(norm, after, before, "level" if ranked or f.measure == "ratio"  # (生师比分别为: 比 ends the name)
                      else f.measure if f.measure in ("pp_diff", "completion_pct") else "yoy_pct")  # (完成率分别为:
        # the completion of each figure before, named as they are)
        if ranked and b < cs + k and norm.endswith(cw.rank_aspect_words, b, cs + k):
            b = cs + k  # (the growth word a measure word ends is what the last rank ranks)
        items = _split_list(self.text[a:b], n, ranked) if b > a else None
        if items and ranked:
            items = self._ranked_items(f, items)
        printed = items is not None
        own = clean_name(self.text[a:b]) if b > a else ""
        if (items is None and cs - 1 > st.start and not self._kept_after(pa := st.clause_start(cs - 1))
                and (not own or cw.top_list_lead.match(norm, pa, cs - 1))):
            # no subject of its own: the items of the clause before, when it prints no figure (化学需氧量、二氧化硫
            # 排放总量近年来首次出现双下降，比上年分别下降3.14％和4.66％); one that does names one item, and the
            # figures before name the others (住宿和餐饮业零售额下降35.6%，降幅较上半年分别收窄4.1个和9.3个百分点); the
            # items leading in a quantity, with the quantity the clause prints when it is another (营业收入居前三位的
            # 行业是制造业、建筑业…，利润总额分别为: 制造业利润总额)
            head = self.text[pa:cs - 1]
            mh = cw.list_item_end.search(norm, pa, cs - 1)
            if mh:
                head = self.text[pa:mh.start()]
            mt = cw.top_list_lead.match(head)
            listed = head[mt.end():] if mt else head  # (居前3位的: no figure)
            other = bool(own) and mt is not None and not _same_quantity(own, mt.group("quantity"))
            items = (_split_list(listed if other else head, n)
                     if (cw.item_separator in head or cw.list_last_split.search(head))
                     and not any(map(str.isdigit, listed)) else None)
            if items and other:
                items = [it + own for it in items]
            if items and mh:
                items = self._with_quantity(items, mh.end() if mh.group() == cw.list_word else mh.start(), cs - 1)
        if items is None and b > a and (mg := cw.generic_measure.fullmatch(norm, a, b)):
            owners = self._clause_owners(cs, st, n)  # 商务服务业保持高速增长,信息服务业、文体娱业平稳回升,上半年
            if owners:  # 行业收入分别同比增长28%、10.6%、7.3%: the industries named before, each with the measure
                items = [o + self.text[mg.start("measure"):mg.end("measure")] for o in owners]
        if (items is None and ranked and norm[a:b] in cw.rank_growth_words and st.items is not None
                and len(st.items) == n):
            # 规上工业增加值、固定资产投资分别增长5.2%、8.9%,增速分别居全市第四、第二: the growth of each member of the
            # list before, ranked
            items = [o + self.text[a:b] for o in st.items]
        if (items is None and (word := clause[:k].strip()) in cw.rank_growth_words
                and (grown := _growth_owners(self.kept, f.sentence, n))):
            # 城镇居民人均可支配收入…增长5.1%；农村居民人均可支配收入…增长7.3%，增速分别比上半年提高0.2和0.4个百分点: the
            # growths of the figures before, in order, each compared (a rank of each growth, named by the growth word)
            items = [o + word for o in grown] if ranked else grown
        stock = cw.stock_clause.fullmatch(norm, cs, f.start) is not None
        if items is None and (b <= a or not clean_name(self.text[a:b]) or stock):
            # 解决率为X,满意率为Y,分别提高…: the subjects of the figures before; a collective subject names
            # every member (累计分别达到, 总数分别为: the whole of each)
            items = _earlier_items(st.items, self.kept, f.sentence, n, stock)
        if items:
            items = self._with_quantity(items, cs + k + len(cw.list_word), f.start)
        if items:
            st.items = items
        self.lst = _ListState(f, items, n, bases=_paired_bases(clause[:k], n, clause[k + len(cw.list_word):]),
                              periods=periods, printed=printed)
        if self.lst.bases:
            self._list_base(f, self.lst.bases[0])

    def _ranked_items(self, f: _Fig, items: list[str]) -> list[str]:
        """``items`` of a list of ranks with the owner of what each ranks: an aspect alone (增速) is one of the
        quantity the first item names (地区生产总值总量、增速 → 地区生产总值增速), or, when that is an aspect alone too,
        of the quantity of the figure before in the sentence (全区生产总值91.3亿元，总量和增速分别排名全市第5和第1)."""
        aspects = self.cw.rank_aspect_words
        first = items[0]
        owner = next((first[:-len(w)] for w in aspects if first.endswith(w)), "")
        if first in aspects and (pv := self.prev) is not None and pv.sentence == f.sentence and pv.indicator and (
                pv.measure in ("level", "yoy_pct")):
            owner = pv.indicator
        if not owner and not first.endswith((*self.cw.rank_growth_words, *aspects)) and len(first) > 2:
            # 地区生产总值、增速分别居全市第6位、第2位: a bare growth word after a quantity is that quantity's growth
            return [first] + [first + it if it in self.cw.rank_growth_words else it for it in items[1:]]
        return [owner + it if it in aspects else it for it in items]

    def _with_quantity(self, items: list[str], at: int, end: int) -> list[str]:
        """``items`` with the quantity printed at ``at`` after 分别 and its verb, up to their first figure or ``end``
        (金融业、房地产业分别实现税收23.4亿元、8.9亿元: the members' tax, as 金融业、房地产业税收分别… says), for those
        that name none of their own."""
        norm, cw = self.norm, self.cw
        mq = cw.list_quantity_after.match(norm, at, end)
        if (mq is None and (ma := cw.addition_lead.match(norm, at)) and ma.end() == end
                and all(len(it) >= 2 and not it.startswith(ma.group("verb")) and not it.endswith(cw.list_owner_ends)
                        for it in items)):
            verb = self.text[ma.start("verb"):ma.end("verb")]
            return [verb + it for it in items]  # 5G基站、千兆端口分别新增128个、2.3万个: those added (新增5G基站), not all
        if mq is None or not (mq.end() == end or norm[mq.end()].isdigit()):
            if (mf := cw.list_flow_after.match(norm, at, end)) and len(flow := clean_name(self.text[at:mf.end()])) >= 4:
                if _is_cut(cut := next((v for v in cw.object_change_nouns if flow.startswith(v)), ""), cw):
                    flow = flow[len(cut):]  # (a cut is named by what is cut, as 淘汰落后炼铁产能1亿吨 is)
                return [it + flow for it in items]  # 煤炭、电解铝分别淘汰落后生产能力1.1亿吨和120万吨: 煤炭落后生产能力
            return items
        return [it if it.endswith(cw.quantity_ends) else it + mq.group("q") for it in items]

    def _list_solver(self, f: _Fig, cs: int) -> tuple[str, str] | None:
        """The verb that solves the problem of the figure before ``f`` in its clause, when ``f`` is the next item of
        their list (解决了6398万农村人口的饮水困难和60万无电地区人口的用电问题: 解决 for the 60万 too), and the
        item's lead before ``f`` (和无电区445万人: 无电区), else None."""
        norm, cw, pv = self.norm, self.cw, self.prev
        if (pv is None or pv.sentence != f.sentence or pv.start < cs or pv.unit != f.unit
                or (mv := cw.solve_before.search(norm, max(cs, pv.start - 8), pv.start)) is None):
            return None
        joins = list(cw.list_last_split.finditer(norm, pv.qend, f.start))
        lead = self.text[joins[-1].end():f.start] if joins else ""
        if not joins or _DECIMAL.search(lead) or not (lead == "" or clean_name(lead) == lead):
            return None
        return mv.group("verb"), lead

    def _clause_owners(self, cs: int, st: _SentenceState, n: int) -> list[str] | None:
        """The ``n`` owners the clauses before ``cs`` name at their heads, in order, when no figure is printed in
        them (商务服务业保持高速增长,信息服务业、文体娱业平稳回升, → 商务服务业, 信息服务业, 文体娱业), else None."""
        norm, cw = self.norm, self.cw
        owners: list[str] = []
        end = cs - 1
        while end > st.start and len(owners) < n:
            pa = st.clause_start(end)
            if _DECIMAL.search(norm, pa, end) or not (mo := cw.owner_clause.match(norm, pa, end)):
                return None
            parts = self.text[mo.start("owner"):mo.end("owner")].split(cw.item_separator)
            if not all(cw.owner_end.search(p) for p in parts):
                return None
            owners[:0] = parts
            end = pa - 1
        return owners if len(owners) == n else None

    def _rank_name(self, name: str, f: _Fig, st: _SentenceState) -> str:
        """The name of the rank ``f`` from the one its clauses give: without a verdict or the frame of the clause
        before (垃圾分类工作成效明显，连续3年位居全市第一 → 垃圾分类工作; 在全市营商环境评价中，我区排名第二 → 营商环境
        评价), and a bare assessment (综合, 考核, 综合考评成绩) owned by the service the sentence opens with
        (“12345”市民热线诉求解决率94.6%,…,综合排名全市第二 → “12345”市民热线综合排名), by the assessment framing it
        or by the work a verdict clause before names (接诉即办工作成效显著，考核成绩… → 接诉即办工作考核成绩); a name carried
        from the count of the times so ranked, less that predicate (“接诉即办”月度考核中，我区8次排名全市第一 →
        “接诉即办”月度考核)."""
        cw = self.cw
        if (mt := cw.rank_name_tail.search(name)) and mt.start() >= 2:
            name = name[:mt.start()]
        if mf := cw.rank_frame_name.fullmatch(clean_name(name) or name):  # (在2022年度全市营商环境评价中: the year
            name = mf.group("name")  # is no part of the frame)
        if ma := cw.rank_assessment.fullmatch(name):
            mo = (cw.rank_assessment_owner.search(self.norm, st.start, f.start)
                  or f.cs > st.start and cw.rank_frame_clause.search(self.norm, max(st.start, f.cs - 24), f.cs))
            if mo:  # (在全市营商环境评价中，我区综合排名第二: the assessment the clause before frames)
                name = _assessment_named(self.text[mo.start("name"):mo.end("name")] + name, ma, cw)
            elif f.cs > st.start and (mv := cw.rank_verdict_clause.search(self.norm, max(st.start, f.cs - 24), f.cs)):
                # 全区接诉即办工作成效显著，考核成绩连续3年位居全市第一: the assessment of the work the verdict is on
                name = clean_name(self.text[mv.start("name"):mv.end("name")]) + name
                f.named_by_clause = True
        elif ma := cw.rank_assessment_end.search(name):
            name = _assessment_named(name, ma, cw)  # 接诉即办综合排名进入全区前十: the owner's overall ranking, not 综合 alone
        if ((mr := cw.rank_re.search(self.norm, f.cs, f.start)) and len(name) > len(pred := self.text[mr.start():f.end])
                and name.endswith(pred)):
            name = name[:-len(pred)]  # “接诉即办”月度考核中，我区8次排名全市第一: what ranks, not the predicate carried from the
            # count of the times it ranked so
            f.named_by_clause = True
        return name

    def _frame_clause(self, f: _Fig, st: _SentenceState) -> str:
        """The assessment that frames the clause of ``f``, before it in that clause or in a clause of its own before
        (在“接诉即办”月度考核中8次排名全市第一, “接诉即办”月度考核中，我区8次排名全市第一 → “接诉即办”月度考核); ''
        when there is none."""
        spans = [(f.cs, f.start)] + ([(st.clause_start(f.cs - 1), f.cs - 1)] if f.cs > st.start else [])
        for a, b in spans:
            if mf := self.cw.rank_frame_name.fullmatch(self.norm, a, b):
                return self.text[mf.start("name"):mf.end("name")]
        return ""

    def _recipients_paid(self, f: _Fig, cs: int) -> str:
        """The name of an amount printed right after a count of its recipients and their noun, when its name
        is only that noun: the verb paying them, the recipients and 资金 (``“文菁计划”支持46家文化企业2450万元``
        → ``支持文化企业资金``); when its name is only the funding they got, the recipients' funding
        (``为120家市场主体融资1.35亿元`` → ``市场主体融资``); '' otherwise (an owner's quantity after the noun,
        ``128栋商务楼宇实现税收``, names the amount)."""
        prev, norm, cw = self.prev, self.norm, self.cw
        if (prev is None or prev.unit_kind != "count" or prev.sentence != f.sentence or prev.start < cs
                or len(noun := prev.indicator) < 2):
            return ""
        between = _NAME_SPACE.sub("", self.text[prev.qend:f.start])
        who = noun.rpartition(cw.de)[2]  # (获得贷款的企业: the recipients, named by what they got)
        if (f.indicator != noun and len(who) >= 2 and between.startswith(who)
                and (mf := cw.recipient_funding.fullmatch(between, len(who)))
                and between.endswith(f.indicator)
                and cw.recipient_lead.search(norm, _reach_back("recipient_lead", cs, prev.start), prev.start)):
            return who + mf.group("funding")  # 为120家市场主体融资1.35亿元: the recipients' funding, not any 融资
        if (f.indicator != noun or between != noun
                or (mv := cw.recipient_pay.search(norm, _reach_back("recipient_pay", cs, prev.start), prev.start)) is None):
            return ""
        return mv.group("verb") + noun + cw.actor_fund_noun

    def _done_object_name(self, f: _Fig, soft: int) -> str:
        """The name of a level counted right after a done verb and its object, as the things the verb was done to.

        Parameters
        ----------
        f : _Fig
            The figure, its name read.
        soft : int
            Where its clause's subject may start.

        Returns
        -------
        str
            ``推广的各种改良农具和半机械化农具`` for ``推广了各种改良农具和半机械化农具`` printed right before the
            figure (``停建、缓建了大中型项目295个`` → ``停建、缓建的大中型项目``); empty when the name is not such a
            verb and object, or does not end where the figure starts.
        """
        name, cw = f.indicator, self.cw
        if not name or not any(map(name.__contains__, cw.perfective)) or not self.text.endswith(name, soft, f.start):
            return ""
        m = cw.perfect_object_name.fullmatch(name)
        return m.group("verb") + cw.de + m.group("object") if m else ""

    def _name(self, f: _Fig, soft: int, subj_end: int, cs: int, clause: str, in_list: bool,
              st: _SentenceState) -> None:
        """The indicator of ``f``: its subject, a list item, a range partner or the carried subject."""
        norm, cw, carry = self.norm, self.cw, self.carry
        unit_carry = (carry.by_unit.get(f.unit, carry.subject) if f.measure == "abs_change" and f.unit != "%"
                      else carry.subject)
        if (f.unit_kind == "count" and carry.unit == "%" and unit_carry == carry.subject
                and (counted := carry.by_unit.get(f.unit))):
            unit_carry = counted  # 审计查出问题96个，…，整改率90.6%，其余9个正在整改: the things the count before counts, not
            # the rate of them printed between (the set, not the part done, when the rest of it is counted: 已整改87个,
            # 整改率90.6%，剩余9个 → 审计查出问题)
            if (k := counted.rfind(cw.de)) >= 0 and _remainder_word(self.report, f, cw):
                unit_carry = counted[k + 1:]
        elif (f.measure == "completion_pct" and carry.unit == "%" and unit_carry == carry.subject
              and (pv := self.prev) is not None and pv.sentence == f.sentence and pv.measure == "rate_pct"
              and not pv.comparator and pv.indicator == carry.subject
              and (done := _last_level_of_sentence(self.kept, f)) is not None):
            unit_carry = (done.subset_of.indicator if done.subset_of is not None and done.subset_of.indicator
                          else carry.parts.get(done.indicator, done.indicator))
            # 调解矛盾纠纷2365件，调解成功2298件，调解成功率97.2%，完成全年目标任务的56.3%: the share of the year's task
            # the count before the rate has done (of its set, when it counts a part), not of the rate between (nor of
            # a count before it: 全区常住人口85万人，完成造林3.2万亩，成活率95%，完成全年目标任务的105%)
        if (f.measure in ("completion_pct", "rate_pct") and (pv := self.prev) is not None and pv.subset_of is not None
                and pv.sentence == f.sentence and pv.indicator == unit_carry and pv.subset_of.indicator):
            unit_carry = pv.subset_of.indicator  # 42项任务已完成25项,完成率59.5%: the rate of the set, not of the part
        elif f.measure == "level" and f.unit_kind == "count" and (whole := carry.parts.get(unit_carry)):
            # 18项重点任务已完成17项，1项正在推进: one of the set, not of the part done (其余17项: 其余的任务)
            unit_carry = _remainder_name(self.report, f, whole, cw) or whole
        # a clause with no figure that ends with a measure noun names the figures after it: it is the
        # subject carried, more recent than the one of the last figure
        carry_unit = carry.unit if unit_carry == carry.subject else ""
        named = ""
        if cs > st.start + 1 and norm[cs - 1] in cw.clause_stops and (
                named := self._previous_clause_name(cs, st) or self._colon_label(f, cs, st)):
            unit_carry, carry_unit = named, ""
        if (not unit_carry and (pv := self.prev) is not None and pv.sentence == f.sentence and pv.indicator
                and _compared_base(norm, f, cw)):
            unit_carry = pv.indicator  # …比一九五八年增长百分之十九；如果同…一九五零年的一百七十亿元作比较: the base is of the
            # thing the figure before names, across the semicolon
        if f.unit_kind == "money" and (ms := cw.share_name_end.search(unit_carry)) and ms.start() >= 2:
            unit_carry = unit_carry[:ms.start()]  # 教育经费所占比例每年提高一个百分点，仅此一项五年增加489亿元: the
            # money of the thing whose share was named, not the share, a name of money (a total after 加上 adds to it:
            # 今年政府对农业的投资比重…提高到百分之十四，加上用于农业的其他各项资金，总额达到一百七十四亿元)
            carry_unit = f.unit if carry_unit else ""
        measure = f.measure  # the subject span is stripped once, for the name and the carried-subject check
        stripped = _strip(norm, soft, subj_end, measure) if measure != "rank" else None
        f.indicator = _indicator(self.report, f, soft, subj_end, st.end, unit_carry, clause, stripped, carry_unit)
        if f.extreme_of is not None and f.extreme_of.indicator:
            f.indicator = f.extreme_of.indicator  # 高的达到百分之五点五: of what the figure before is
        if (not unit_carry and f.indicator and (f.measure in _CHANGE_MEASURES or f.measure == "rank")
                and (mp := cw.pointed_growth.fullmatch(f.indicator))
                and (pv := self.prev) is not None and pv.indicator and pv.measure in ("yoy_pct", "change_pct")
                and not norm[pv.sentence[1]:st.start].strip()):
            # 地区生产总值增长6%。这一增速高于全市平均水平1.2个百分点: the growth the sentence right before names
            f.indicator = _pointed_growth_name(pv.indicator, mp.group("growth"), f.measure)
        if f.unit_kind == "count" and (part := self._part_of_set_before(f, st)):
            f.indicator = part  # 已完成年度45项改革任务中的31项: the tasks done, not the set's name and its 中
        if f.measure == "level" and (done := self._done_object_name(f, soft)):
            f.indicator = done  # 共推广了各种改良农具和半机械化农具五亿二千多万件: the things the verb was done to
        if (f.measure == "abs_change" and f.unit_kind not in ("money", "percent") and f.indicator
                and cw.de not in f.indicator and self.text.startswith(f.indicator, f.qend)
                and (ma := cw.added_before.search(norm, cs, f.start))):
            # 增加500万农村沼气用户, 增加了３４个开放口岸: the things added, a level named with 新增 as 增加放映队２，７２９个
            # is (not a quantity of them, 增加六十亿斤粮食的供应: how much the supply grows)
            f.measure, f.sign = "level", 1
            f.indicator = cw.added_head_names[ma.group().rstrip(cw.perfective)] + f.indicator
            f.named_by_clause = True
        elif (f.measure == "abs_change" and f.unit in cw.reached_units and f.indicator and cw.de not in f.indicator
              and (f.qend >= st.end or norm[f.qend] in cw.clause_stops)
              and (grown := _driven_change_owner(f.indicator, norm[cs:f.start], cw))
              and grown[0] in cw.income_grow_verbs):
            # 带动受援地区农户增收1.3万户: the persons, households or firms whose income grows, counted (no change of
            # an income; 原煤增产了一千八百二十六万吨, 增产五十万箱纸烟: of an output; 研究生扩招增收1200人: students
            # admitted, no driving verb)
            f.measure, f.sign = "level", 1
            f.indicator = grown[0] + cw.de + grown[1]
            f.named_by_clause = True
        if (named and (ms := cw.carried_balance.fullmatch(clean_name(f.indicator)))
                and not named.endswith(ms.group("balance"))):
            # 城乡居民储蓄存款大幅度增加，年末存款余额达到…; 贷款稳步增长，年末余额…: the balance of what the clause
            # before names, not of any deposit (城乡居民储蓄大幅度增加，存款余额达到…: of the savings, which are deposits)
            if named.endswith(head := ms.group("head")):
                f.indicator = named + ms.group("balance")
            elif any(map(named.endswith, cw.carried_balance_kin.get(head, ()))):
                f.indicator = named + head + ms.group("balance")
        elif (f.measure == "level" and f.unit_kind == "money" and (pv := self.prev) is not None
              and pv.sentence == f.sentence and pv.unit == f.unit and pv.measure == "level" and cw.de not in pv.indicator
              and (ms := cw.carried_balance.fullmatch(f.indicator))
              and len(owner := pv.indicator[mv.end():] if (mv := cw.count_verb.match(pv.indicator)) else pv.indicator)
              > len(head := ms.group("head")) >= 2 and owner.endswith(head)
              and _kind_of(owner[:-len(head)], cw)):
            f.indicator = owner + ms.group("balance")  # 发放个人住房贷款…38.65亿元，贷款余额256.38亿元: the balance of
            # the loans the amount before names, not of all loans (新增贷款…，贷款余额…: of all, the adding no owner)
        plain = _plain_name(f.indicator)  # the gate of the rules keyed on a cue of the name (_NAME_CUES)
        if (f.indicator and f.indicator == unit_carry and cs > st.start + 1 and stripped is not None
                and stripped[1] > stripped[0]):
            f.indicator = self._sum_name(f, stripped, cs, st, unit_carry, carry_unit)
        if (f.indicator and (f.indicator == unit_carry or cw.list_sum_lead.fullmatch(f.indicator))
                and f.measure == "level" and cs > st.start + 1
                and cw.list_sum_lead.match(norm, cs) and (items := self._summed_items(f, cs, st))):
            # 教育支出5.2亿元，卫生健康支出3.1亿元，合计8.3亿元: the sum of the amounts of the clauses before, named by
            # them together (教育、卫生健康支出), not by the last one carried nor by the count of them (两项合计)
            f.indicator = items
            f.named_by_clause = True
        if (unit_carry and f.indicator != plain and cw.region_name.fullmatch(place := clean_name(f.indicator))
                and len(measured := unit_carry[mr.end():] if (mr := cw.region_name.match(unit_carry)) else
                        unit_carry if unit_carry == named else "") >= 2):
            # 人口自然增长率，四川省由千分之二十九降到千分之六点一，上海市由千分之七…: the place's rate, the measure
            # the clause before names or the figure before measures of another place
            f.indicator = place + measured
        if (f.measure == "yoy_pct" and f.unit_kind == "percent" and (mg := cw.growth_after.match(norm, f.qend))
                and cw.de in mg.group() and not cw.growth_end.search(_cue_tail(clause))):
            # 提出8%左右的国内生产总值增长目标, 7%左右的速度可以实现比较充分的就业: the growth named after 的 (not
            # 低于１９８５年增长４４．６％的速度: a growth of the subject before its verb)
            f.indicator = mg.group("target") or self.text[mg.start() + mg.group().index(cw.de) + 1:mg.end()]
            f.named_by_clause = True
        if (f.measure == "yoy_pct" or "multi_year" in f.flags) and f.unit == "%" and cw.growth_target.search(clause):
            mg = cw.growth_target_name.search(norm, soft, subj_end)  # 经济增长预期目标为5%: 经济增长
            if mg and clean_name(self.text[soft:mg.start()]):
                f.indicator = self.text[soft:mg.start()]
            elif mg and cw.bare_growth.fullmatch(norm, soft, mg.start()):
                f.indicator = cw.bare_growth_name  # 把增长预期目标定在7.5%左右: the growth of the economy, as a work report sets it
        if ((owner := named or (carry.wholes.get(unit_carry, unit_carry) if carry.unit == f.unit else ""))
                and f.status == "target" and f.indicator and _never_subject(clean_name(f.indicator))):
            # 经济增速是综合性指标，今年预期目标设定为6%以上: a bare target is of what the clause before names (a growth,
            # when that names one) or of the subject carried in its unit (孕产妇系统管理率为96.8%，规划目标为95%以上; not
            # 完成投资120亿元，全年任务15项: the tasks counted; 其中工业投资45亿元，年度目标为110亿元: the whole 其中 breaks
            # down, not its last part)
            f.indicator = named = owner
            if f.measure == "rate_pct" and f.unit == "%" and (
                    cw.growth_name_end.search(named) or (pv := self.prev) is not None and pv.sentence == f.sentence
                    and pv.unit == "%" and pv.indicator == owner and pv.measure == "yoy_pct"):
                f.measure = "yoy_pct"  # 地区生产总值1200亿元，增长5.2%，目标为6%: the growth's target
        solved = None  # (the verb, the problem, the persons) of those whose problem is solved
        text = self.text
        if f.unit in cw.solved_units and (mo := cw.problem_after.match(norm, f.qend)) and (
                f.unit not in cw.solved_named_units or cw.person_head_end.search(norm, mo.start("noun"), mo.end("noun"))) and (
                (mv := cw.solve_before.search(norm, max(soft, f.start - 8), f.start)) or (listed := self._list_solver(f, cs))):
            # 基本解决8000万人的温饱问题, 解决了6398万农村人口的饮水困难; 解决了…和60万无电地区人口的用电问题;
            # 解决了3亿多农村人口的饮水安全和…用电问题 (the head the next part shares); 完成1000万以上农村贫困人口脱贫任务
            # (免除3000多万名农村寄宿制学生住宿费: a count of 名 only when the noun before the problem ends with persons,
            # not 解决了500多万名集体企业退休人员养老保障的历史遗留问题)
            verb, lead = (text[mv.start("verb"):mv.end("verb")], mv.group("place") or "") if mv else listed
            obj = "obj" if mo.group("obj") is not None else "shared"  # 解决750万户…家庭和240万户…居民的住房问题
            solved = (verb, text[mo.start(obj):mo.end(obj)],
                      text[mo.start("noun"):mo.end("noun")] or lead + cw.problem_default_noun)  # (解决农村6300多万人…)
            if f.measure == "abs_change":
                f.measure, f.sign = "level", 1  # 提高6000万农村人口供水保障水平: the persons whose level is raised,
                # counted (降低900多万个体工商户税负: the households whose burden is lowered)
        elif f.unit == "人" and (mo := cw.problem_solved_after.match(norm, f.qend)):
            # 有3000万贫困人口解决了温饱问题, 6600多万农村人口饮水安全问题得到解决: the same, the verb after them
            verb, obj = ("verb", "obj") if mo.group("verb") else ("verb2", "obj2")
            solved = (text[mo.start(verb):mo.end(verb)], text[mo.start(obj):mo.end(obj)],
                      text[mo.start("noun"):mo.end("noun")])
        if solved is not None:
            f.indicator = solved[0] + solved[1] + cw.de + solved[2]
            f.named_by_clause = True
        if f.range_of is not None:
            fa, fb = _following(norm, f.qend, st.end)
            if fb > fa and (f.unit_kind == "count" or norm.startswith(cw.de, f.qend) and f.indicator == self.text[fa:fb]
                            and not _verbs_or_generic(f.indicator)):
                f.range_of.indicator = f.indicator  # 打造5至8个精品绿地, 节省出七十亿到一百亿元的资金: the noun after the
                # range names both (of a unit other than a counter, after 的; not …二百元的水平)
            elif (f.unit == "%" and len(clean_name(f.indicator)) > 1 and not _verbs_or_generic(f.indicator)
                  and not clean_name(f.range_of.indicator)):
                f.range_of.indicator = f.indicator  # 有10—15%过着少吃少穿的生活: the share the low end leaves unnamed
                # is of what the high end's clause names
            else:
                f.indicator = f.range_of.indicator
                if f.qualified_word[0] < 0:
                    f.qualified_word = f.range_of.qualified_word  # (大约多耗电二、三百亿度: the word is out of both)
        if ((self.prev is None or self.prev.end <= st.start)  # (first: the cheapest test, false after a figure)
                and (f.measure in ("yoy_pct", "change_pct") or f.measure == "rate_pct" and cw.share_attain.search(clause))
                and not clean_name(f.indicator) and (owner := self._owner_before(f, cs, st))):
            # 国内生产总值增长速度比原来预计的高一些，“十一五”年均增长7.5%: the growth of the owner the clause before
            # names, when no figure of the sentence comes before (资金数量将逐步增多，目前约为国家预算收入的一半: its share of
            # a whole)
            f.indicator = owner
        if (not f.indicator and (f.measure != "level" or clause.endswith(_LEVEL_LINKS) and not clean_name(clause))
                or f.indicator and _verbs_or_generic(f.indicator)):
            # 商务服务业税收由负转正，同比增长6.2%; 推进申请式退租，累计签约387户
            verb = f.indicator
            f.indicator = (f.indicator and _repeated_verb_object(self.report, f.indicator, carry.scope[0], cs)
                           or _carried_head(_scope_head(self.report, carry.scope[0], cs, self._kept_starts))
                           or f.indicator)
            if (verb and f.unit_kind == "count" and f.indicator.endswith(cw.inside_suffixes)
                    and (done := _completed_name(f.indicator + verb, cw))):
                f.indicator = done  # 城市更新项目中，已开工38个: those of the set its clause closes with 中 that started,
                # as 区重点项目中已开工19个 names them
        if f.unit == "%" and f.measure == "yoy_pct" and (mn := cw.rate_noun_after.match(norm, f.qend)):
            f.indicator = self.text[mn.start("noun"):mn.end("noun")]  # 从…看，6.5%左右的增速可以实现…: the rate after it
            if f.range_of is not None:
                f.range_of.indicator = f.indicator  # (有6.5%－7%的增速: both ends)
        if (f.measure == "yoy_pct" and (f.indicator in cw.unowned_growth_names or f.held and not clean_name(f.indicator))
                and stripped is not None and not clean_name(self.text[stripped[0]:stripped[1]])
                and (self.prev is None or self.prev.end <= st.start or self.prev is f.range_of)):
            # 7%左右的速度可以实现比较充分的就业, 有6.5%－7%的增速就能够…: a growth of no owner is the economy's, never a
            # bare measure noun (after a figure of its sentence it may be that figure's: left as printed); so a growth
            # held for years of nothing named (在连续两年增长百分之十三的基础上)
            f.indicator = cw.unowned_growth_names.get(f.indicator, cw.bare_growth_name)
            if f.range_of is not None:
                f.range_of.indicator = f.indicator
        if not f.indicator:  # (a figure its clause names nothing for)
            if not f.indicator and (grown := self._unowned_growth(f, soft, subj_end, st)):
                f.indicator = grown  # 今年主要预期目标是：增长6%左右, 增速回落1.2个百分点: the economy's growth
            if (not f.indicator and (whole := st.outer) is not None and whole.unit == f.unit and whole.indicator
                    and (self.prev is None or self.prev.end <= st.start)):
                # 加上原有的灌溉面积，共达十亿零七千万亩。其中有六亿一千万亩，抗旱能力…: a part of no name of its own opening
                # the sentence after its whole is of the whole's quantity, as 其中 after it in one sentence is
                f.indicator = whole.indicator
            if not f.indicator and f.measure != "level":
                f.indicator = st.last_indicator  # …同比上涨1.1%；1-6月累计上涨0.6%
        if f.measure == "rank" and f.indicator:
            f.indicator = self._rank_name(f.indicator, f, st)
        if f.indicator:
            st.last_indicator = f.indicator
        lst = self.lst
        if lst is not None and (in_list or lst.head is f):
            if lst.items:
                f.indicator = lst.items[lst.idx]
            elif in_list:
                f.indicator = lst.head.indicator
            plain = _plain_name(f.indicator)
            lst.idx += 1
            lst.read.append(f)
            if lst.idx == lst.n and f.qend > f.end:
                for m in lst.read:  # 满意率分别达到90%和92%以上: the word after the last member bounds every member
                    if m.qualifier == "exact":
                        m.qualifier = f.qualifier
        if (f.unit_kind == "money" and f.indicator and norm.find("每", cs, f.start) >= 0
                and not (kind := clean_name(f.indicator)).endswith(cw.quantity_ends)
                and st.may_hold("kind_price", norm, st.start, cs) and (mk := cw.kind_price.search(norm, st.start, cs))
                and mk.group("measure") not in kind):
            f.indicator = kind + mk.group("measure")  # 提高粮食最低收购价，早籼稻、中晚籼稻、粳稻每斤分别提高3分、5分…:
            # the price of each kind, per unit
        if f.unit_kind == "money" and f.indicator and (granted := _named_grant(f.indicator, cw)):
            f.indicator = granted  # 为一线防控人员发放补助资金3150万元: the grant of those paid, as 种粮农民补贴 names it
            f.named_by_clause = True
        elif f.unit_kind != "count" and f.indicator != plain and (
                paid := _paid_name(f.indicator, cw)
                or (cleaned := clean_name(f.indicator)) != f.indicator and _paid_name(cleaned, cw)):
            # 中央财政安排科技投入716亿元: what is paid, with the budget paying it, not the verb
            f.named_by_clause = f.named_by_clause or paid not in f.indicator  # (the name joins words printed apart)
            f.indicator = paid
        elif f.unit_kind == "money" and f.indicator and (mf := cw.spent_fund.fullmatch(f.indicator)):
            f.indicator = mf.group("fund")  # 发放社会救助资金7630.58万元: the fund paid out, not the paying
        elif f.unit_kind == "money" and f.indicator and (paid := self._recipients_paid(f, cs)):
            f.indicator = paid  # “文菁计划”支持46家文化企业2450万元: the funds paid them, not the recipients
            f.named_by_clause = True
        if f.indicator != plain and (mn := cw.numeral_in_name.search(f.indicator)):
            # 占全国一千七百八十六个县的百分之二十八: a figure is no part of a name; the name ends before it
            f.indicator = f.indicator[:mn.start()] or unit_carry
        if f.indicator:
            # a subject that is only a connective, a period or a plan word (由, 即, 一九八四年, 增加到) names
            # nothing of its own: the subject carried in the sentence does
            # (实现拔钉清零的地块, built from the clause or carried: the head a name drops is the predicate's, kept)
            # (a name with no 的 holds no predicate of its noun)
            # (the name of the figure before, built from its clause and carried as it stands, is kept whole: 为落实
            # 就业政策，区财政支出7亿元，比上年增长9.9% → both 落实就业政策的区财政支出)
            f.indicator = (((f.named_by_clause or f.indicator == unit_carry) and cw.de in f.indicator
                            and _opens_with_predicate(f.indicator, cw) and f.indicator)
                           or (f.indicator == unit_carry and (pv := self.prev) is not None and pv.named_by_clause
                               and pv.indicator == unit_carry and f.indicator)
                           or clean_name(f.indicator) or unit_carry
                           or _carried_head(clean_name(_scope_head(self.report, carry.scope[0], cs,
                                                                   self._kept_starts))))
            if plain is not None and f.indicator != plain:
                plain = _plain_name(f.indicator)  # (a cleaned name mostly: plain too)
            if f.unit_kind == "money" and not f.named_by_clause and (mf := cw.spent_fund.fullmatch(f.indicator)):
                f.indicator = mf.group("fund")  # 为一线防控人员发放补助资金: the fund, once the recipients are off
            if f.measure in ("yoy_pct", "change_pct"):
                f.indicator = _grown_name(f.indicator, cw)  # 去年经济增长8.8%: the economy's growth, not the economy
                if f.range_of is not None:
                    f.range_of.indicator = f.indicator  # (定为百分之八至九: both ends)
            if (unit_carry and f.unit not in cw.times_units and f.indicator != plain
                    and cw.frame_name.fullmatch(f.indicator)
                    and not _doubtful_name(unit_carry)):
                # 积累…所占的比重，在调整初期由…; 共59个，比现有的86个减少27个: a frame of the figure is no name
                # (超过了…递增率的一点三倍: a multiple keeps its base in its name)
                f.indicator = unit_carry
        if (f.indicator in cw.frame_nouns and (pv := self.prev) is not None and pv.sentence == f.sentence
                and pv.unit == f.unit and pv.indicator and cw.list_sep.match(norm[pv.qend:f.start] or "x")):
            # 实现农村中小学生人均公用经费500元和300元的目标: the second of a list, not the target they make
            f.indicator, f.status = pv.indicator, pv.status
            f.drop_flag("year_inferred")
        elif ((pv := self.prev) is not None and pv.sentence == f.sentence and pv.unit == f.unit and pv.indicator
              and pv.indicator != f.indicator and cw.bound_target_name.fullmatch(f.indicator)
              and not (len(self.kept) > 1 and self.kept[-1] is pv and (pp := self.kept[-2]).sentence == f.sentence
                       and pp.unit == pv.unit and pp.measure == pv.measure)):
            # 亿元GDP生产安全事故死亡率为0.015，低于市下达控制指标0.02: the cap set on the quantity before, its target,
            # in its measure (地区生产总值增长6.5%，高于考核目标6%: a cap on the growth)
            # (在28项考核指标中，有25项完成: the set counted again, no cap; 规上工业增加值增长8%，一般公共预算收入增长5%，
            # 考核目标6%: a cap after a list of growths, of none of them alone)
            f.indicator, f.measure, f.status = pv.indicator, pv.measure, "target"
        if (f.indicator != plain and (mo := cw.disposal_object.search(f.indicator))
                and (obj := clean_name(mo.group("any") or mo.group("quantity")))):
            f.indicator = obj  # 用两年时间将筹资标准由每人每年50元提高到100元: what is changed, after 将/把
        elif (f.indicator and not f.indicator.endswith(cw.quantity_ends)
              and (changed := (self._owned[1] if lst is not None and in_list and self._owned[0] is lst.head else
                               self._changed_before(cs, st) if norm.startswith(cw.disposal_words, cs) else ""))
              and changed.endswith(cw.quantity_ends)
              and (k := next((n for n in range(min(len(changed), len(f.indicator)) - 1, 1, -1)
                              if f.indicator.endswith(changed[:n])), 0))):
            # 不断提高企业研发费用加计扣除比例，将制造业企业、科技型中小企业分别从50%、75%提高至100%: the owners after
            # 将, of the head word the quantity the clause before changes opens with, have that quantity
            # (制造业企业研发费用加计扣除比例), the head word once; so do the other items of their list
            f.indicator = f.indicator + changed[k:]
            self._owned = (f, changed)
        if ((pv := self.prev) is not None and (head := pv.list_head) is not None and f.list_head is None
                and pv.sentence == f.sentence and pv.unit == f.unit
                and cw.to_word_after.fullmatch(norm, pv.qend, f.start)
                and (span := _strip(norm, head.cs, head.subj_end, "level"))[1] > span[0]):
            # 将制造业企业、科技型中小企业分别从50%、75%提高至100%: the one value every item of the list reaches,
            # named by the items as the list prints them, from the first one's name to the last one's, and what
            # the last one's name adds to them (制造业企业、科技型中小企业 + 研发费用加计扣除比例)
            said = self.text[span[0]:span[1]]
            n = next((n for n in range(min(len(said), len(head.indicator)), 1, -1) if head.indicator[:n] in said), 0)
            k = next((k for k in range(min(len(said), len(pv.indicator)), 1, -1) if pv.indicator[:k] in said), 0)
            a, b = said.find(head.indicator[:n]), said.rfind(pv.indicator[:k]) + k
            if n and k and b - a > k:
                f.indicator = said[a:b] + pv.indicator[k:]
        if (f.unit == "%" and f.indicator in cw.unit_coverage_names and (pv := self._units_counted(f)) is not None
                and pv.end <= cs and pv.indicator):
            # 垃圾分类示范小区达到186个,覆盖率达到42.3%: the coverage of the units just counted (less the verb that built
            # them), and so of the figures after it that carry its name
            mv = cw.count_verb.match(pv.indicator)
            f.indicator = st.last_indicator = (pv.indicator[mv.end():] if mv and len(pv.indicator) - mv.end() >= 2
                                               else pv.indicator) + f.indicator
            f.named_by_clause = True
        if (f.unit == "%" and f.indicator in cw.insured_rate_names and (pv := self.prev) is not None
                and pv.sentence == f.sentence and pv.end <= cs and pv.measure == "level" and pv.unit in cw.person_units
                and (scheme := _insured_scheme(pv.indicator, cw))):
            # 参加城乡居民基本养老保险2.86万人，参保率99.1%; 城乡居民基本医疗保险参保人数4.92万人，参保率98.6%: the share
            # insured in the scheme the count right before it names
            f.indicator = scheme + f.indicator
            f.named_by_clause = True
        if (f.indicator.startswith(cw.added_owner_heads) and cs > st.start + 1 and norm[cs - 1] in cw.clause_stops
                and (noun := f.indicator[next(len(h) for h in cw.added_owner_heads if f.indicator.startswith(h)):])
                and (pc := st.clause_start(cs - 1)) < (i := norm.find(noun, pc, cs - 1)) - 1
                and ((pv := self.prev) is None or pv.end <= pc)
                and norm.startswith(cw.owned_stock_ends, i + len(noun))
                and len(owner := clean_name(self.text[pc:i])) >= 2 and not _verbs_or_generic(owner)):
            # 可再生能源发电装机规模历史性超过火电，全年新增装机超过全球一半: the flow named by 新增 and the stock's noun
            # alone is of the stock the clause before names with no figure of its own, the topic of what follows
            # (可再生能源发电新增装机); a stock printed with its figure is a reading of its own (各项存款余额3200亿元，
            # 新增存款280亿元: 新增存款 stays)
            f.indicator = owner + f.indicator
            f.named_by_clause = True
        if (f.measure == "change_pct" and f.indicator == unit_carry and cw.price_change_end.search(_cue_tail(clause))
                and (mo := cw.priced_goods_after.match(norm, f.qend))):
            # 并且减价４０％供应新式农具５１万部: a change of the price of the goods the clause goes on to sell, when it names
            # none before the figure (中选药品平均降价53%: the goods before the verb)
            f.indicator = self.text[mo.start("goods"):mo.end("goods")]
        if f.unit_kind == "count" and f.measure == "level":
            # (the rules naming a count of things by the set or clause it is part of; none changes the kind or measure)
            if cw.counted_predicate_rank.match(f.indicator) and (frame := self._frame_clause(f, st)):
                f.indicator = frame + f.indicator  # “接诉即办”月度考核中，我区8次排名全市第一: the times ranked so in the
                f.named_by_clause = True  # assessment the clause before frames
            if (f.indicator[-1:] in cw.completed_last
                    and (done := _completed_name(f.indicator, cw))):
                f.indicator = done  # 26个区重点项目中已开工19个: the projects started, a part of the 26
                f.named_by_clause = True
            if (f.indicator and self.text.startswith(f.indicator, f.qend)
                    and norm[f.start - 1] in cw.ends["pilot_reach"] and (mp := cw.pilot_reach.search(norm, cs, f.start))
                    and (pilot := clean_name(self.text[cs:mp.end("pilot")]))):
                # 县级公立医院综合改革试点扩大到1000个县: the pilot's counties, not all; 农村信用社改革扩大到29个省 → the
                # provinces the reform is extended to (a reform names no places of its own, as 试点县 does)
                f.indicator = (pilot + f.indicator if pilot.endswith(cw.pilot_word)
                               else pilot + self.text[mp.start("verb"):mp.end("verb")] + cw.de + f.indicator)
                f.named_by_clause = True
            item = soft if cs < soft and norm.startswith(cw.item_separator, soft - 1) else cs  # (已开工22项、竣工8项)
            if ((whole := self.prev) is not None and whole.indicator and whole.start >= cs and whole.status != "target"
                    and norm.startswith(whole.indicator, whole.qend)):
                item = max(item, whole.qend + len(whole.indicator))  # 全区18项重点任务完成17项: the set, then what is
                # done to it in the same clause
            whole = self.prev
            if whole is not None and (lv := self._level_before_change(whole)) is not None:
                whole = lv  # 完成老旧小区加装电梯126部，同比增长18.9%，其中已投入使用98部: the count before its growth
            elif (whole is not None and whole.unit != f.unit and len(self.kept) >= 2 and self.kept[-1] is whole
                  and (lv := self.kept[-2]).sentence is whole.sentence and lv.qend == whole.start and lv.unit == f.unit):
                whole = lv  # 监测对象1126户3520人，其中已消除风险812户: the households of the pair counted before
            if (whole is not None
                    and whole.sentence is f.sentence and whole.unit == f.unit and whole.unit_kind == "count"
                    and whole.measure == "level" and whole.indicator and whole.end <= item
                    and (item == cs or whole.end == item - 1 or item == whole.qend + len(whole.indicator))
                    and (cw.subset_clause.fullmatch(norm, item, f.start)
                         or self.prev.end == item - 1 and not self.text.startswith(f.indicator, f.qend)
                         and cw.done_part_clause.fullmatch(norm, item, f.start)
                         and not norm.endswith(cw.done_part_object_heads, item, f.start))
                    and not (any(v in norm[item:f.start] for v in cw.year_goal_verbs)
                             and (named := norm.rfind(whole.indicator, st.clause_start(whole.start), whole.start)) >= 0
                             and any(w in norm[named + len(whole.indicator):whole.start]
                                     for w in cw.quantity_target_words))):
                # 规划建设5G宏基站1584个,已投入使用765个: those of the set counted before that have done it (not after a
                # quantity's target, done by 完成 or 实现: 新增就业岗位目标为3万个，上半年已完成1.2万个 is the progress of
                # the quantity itself; 保障性住房计划任务数为3000套，已开工2800套 those of the houses planned started)
                done = self.text[item:f.start]
                if (mk := cw.part_marker.match(done)) is not None:
                    done = done[mk.end():]
                done = done.lstrip(",，:：")
                if (mt := cw.subset_time_lead.match(done)) is not None:
                    done = done[mt.end():].lstrip(",，:：")  # 截至6月底已开工98个: the time is the figure's period
                noun = _set_of_count(whole) or whole.indicator  # 30项区级重点工程已开工22项,完工8项: of the set
                if ((built := max((w for w in cw.build_verb_names if noun.endswith(w)), key=len, default=""))
                        and len(noun) - len(built) >= 2):
                    noun = noun[:-len(built)]  # 棚户区改造新开工2350套，基本建成1860套: the things, not their stage before
                core = done[cw.completed_lead.match(done).end():][:2]
                if ((ml := cw.set_lead.match(noun)) is not None and len(noun) - ml.end() >= 2
                        and core not in ml.group()):
                    noun = noun[ml.end():]  # (新开工项目18个,已开工11个: the new starts, of which 11 have started)
                name = done + cw.de + noun
                f.indicator = clean_name(name) or name  # (累计开通的: the head word a name drops)
                if item == whole.qend + len(whole.indicator):
                    if f.indicator == noun:
                        f.indicator = name  # 全区18项重点任务完成17项: 完成的重点任务, the done part no head word
                    if f.subset_of is None:
                        f.subset_of = whole  # (a part of the 18, 已 or not)
                f.named_by_clause = True
            part, pv = self._subset_name(f, cs, st) if f.indicator and norm[f.start - 1] in cw.subset_last else ("", None)
            if part:
                f.indicator = part  # 共取得重要科研成果三万三千项，有九百三十七项获得国家科技发明奖: those awarded
                f.named_by_clause = True
                if (pv is not None and pv.indicator
                        and part.endswith(cw.de + pv.indicator)):
                    f.subset_of = pv  # (of the set the count before counts, not of a part it is: 已开工38个，仍有12个)
            if ((norm[f.start - 1] in cw.within_last or norm[f.start - 1:f.start] in cw.clause_stops)
                    and (within := self._within_part_name(f, st))):
                f.indicator, f.subset_of = within  # 38个工业行业大类中27个行业增加值实现同比增长: those of the set that grew
                f.named_by_clause = True
            if (norm[subj_end - 1] in cw.part_said_last
                    and (part := self._part_said_name(f, cs, subj_end, st))):
                f.indicator = part  # 其中本年开始建设的２７１个，继续建设的６９３个: those of the set that do it
                f.named_by_clause = True
            if ((pv := self.prev) is not None and pv.sentence is f.sentence and pv.unit == f.unit
                    and pv.measure == "level" and (rest := _set_of_count(pv))
                    and (mr := cw.rest_share_opening.fullmatch(norm, cs, f.start))):
                # 为民办实事项目12项,已完成7项,其余5项正在推进: the rest of the set the part before is of, as a bare count
                # after a set closed by 中 names it (其余的重点项目), not the part done
                f.indicator = self.text[mr.start("word"):mr.end("word")] + cw.de + rest
                f.named_by_clause = True
            if (norm[f.start - 1:f.start] == cw.de
                    and (f.qend >= st.end or norm[f.qend] in cw.clause_stops) and (pv := self.prev) is not None
                    and st.start <= pv.start and pv.end < cs and pv.unit == f.unit and f.unit in cw.frame_noun_counters
                    and pv.indicator and not _DECIMAL.search(norm, cs, f.start)
                    and not (norm.endswith(cw.de + "有", st.start, pv.start)  # (在限额以上的有694个 names no noun,
                             or norm.endswith(cw.de, st.start, pv.start) and cw.de not in pv.indicator)  # nor 水利方面的252个)
                    and (head := clean_name(self.text[cs:f.start - 1]))):
                # 共有15个指标,涉及中心城区的10个: the noun the count before counts, left out after 的
                f.indicator = head + cw.de + pv.indicator.rsplit(cw.de, 1)[-1]
                f.named_by_clause = True
                f.subset_of = pv
        if (outcome := f.unit_kind == "count" and f.measure == "level"
                and (mo := cw.case_outcome.search(norm, cs, f.start)) is not None
                and cw.case_counted.search(norm, st.start, cs) is not None):
            f.indicator = self.text[mo.start():mo.end()]  # 已审结298件，其中维持186件、撤销18件: the cases decided so,
            f.named_by_clause = True  # no verb done to the cases carried nor a word ending a name (维持在5%); not
            # where no cases are counted (清理规范性文件86件，撤销12件: the documents revoked)
        verb = f.indicator
        if f.unit_kind == "count" and f.indicator == unit_carry and carry_unit:
            vs = mk.end() if carry_unit == f.unit and (mk := cw.part_marker.match(norm, cs)) else cs
            if (carry_unit != f.unit or vs > cs) and cw.count_verb.fullmatch(norm, vs, f.start):
                verb = self.text[vs:f.start]
        # (…已开工38个,累计完成投资126亿元,竣工12个: the verb of its clause, not the amount carried, names the count; 筹集
        # 保障性租赁住房3200套，其中新建1800套: the verb of the part after 其中, not the whole carried)
        if (not outcome and f.measure == "level" and verb[:1] in cw.starts["count_verb"] and cw.count_verb.fullmatch(verb)
                and (done := self._done_to_counted(f, verb, st))):
            f.indicator = done  # 新开工保障性安居工程740万套，基本建成511万套: those completed of the same things;
            f.named_by_clause = True  # 关停5000万千瓦小火电机组，今年要关停1000万千瓦: those shut down
        if (f.measure == "level" and norm[f.start - 1] in cw.ends["current_base"]
                and cw.current_base.search(norm, f.start - 6 if f.start - 6 > cs else cs, f.start)):
            f.reference = "prior"  # 比现有的86个: the level the change starts from
        if (f.unit_kind == "count" and f.indicator in cw.build_verb_names and cs > st.start
                and (mw := cw.programme_frame.search(norm, st.start, cs))):
            # 启动新的三年棚改攻坚计划，今年开工580万套: the units of the programme the clause before pushes
            f.indicator = self.text[mw.start("work"):mw.end("work")] + f.indicator
            f.named_by_clause = True
        if f.indicator != plain and (me := cw.effort_frame.fullmatch(f.indicator)):
            f.indicator = me.group("work")  # 加大拆违力度,力争7月底前完成进度达到70%: the work, not the effort on it
        if (f.measure == "level" and f.indicator != plain
                and f.indicator[-1:] in _closing_chars("tail_addition")
                and (ma := cw.tail_addition.fullmatch(f.indicator))
                and not cw.payer_subject.fullmatch(f.indicator) and len(added := clean_name(ma.group("name"))) >= 2):
            f.named_by_clause = True
            if ma.group("per_head"):
                f.indicator, f.measure = added, "abs_change"  # 企业退休人员养老金人均每月新增110元: the amount each gets rises
            elif ma.end("name") == ma.start("verb") and _balance_name(added, ma.group("verb"), cw):
                f.indicator, f.measure = added, "abs_change"  # 居民储蓄存款新增６３００多亿元: a balance rises by it, as
                # 存款余额…，比年初新增421.5亿元 reads (no thing added is named by a balance)
            else:  # what is added, as 新增公路 is named; 各类市场主体每天新增4.5万户 → 日均新增
                basis = _time_basis(f.indicator[ma.end("name"):ma.start("verb")], cw)  # 各类市场主体: per day, kept
                f.indicator = basis + ma.group("verb") + added
        if (f.unit_kind == "count" and f.indicator[-1:] in _closing_chars("set_rate")
                and (mr := cw.set_rate.fullmatch(f.indicator))):
            # 毕业生就业率去年底达到83%，比上年增加60万人: no count of persons measures a rate; those it counts
            f.indicator = mr.group("done") + cw.de + mr.group("set")
            f.named_by_clause = True
        if (f.indicator in cw.intensity_measures and (pv := self.prev) is not None and pv.sentence == f.sentence
                and (per := _per_output(pv.indicator, f.indicator, cw))):
            f.indicator = per  # 单位国内生产总值能耗下降8.1%、二氧化碳排放下降14.1%: per output too
            f.named_by_clause = True
        elif (f.measure == "level" and (pv := self.prev) is not None and pv.sentence == f.sentence
              and pv.measure == "level" and pv.indicator[:1] == cw.per_word and f.unit_kind == "count"
              and (norm[pv.qend:pv.qend + 1] == "、" and not _LIST_ITEM_STOP.search(norm, pv.qend + 1, f.start)
                   or norm[pv.qend:pv.qend + 1] == "," and f.raw_unit[:1] not in _MAGNITUDE_ENDS and "." in f.raw_value
                   and norm[pv.qend + 1:f.start - len(f.indicator)] in ("", *cw.per_population_verbs))
              and (per := _per_output(pv.indicator, f.indicator, cw))):
            f.indicator = per  # 每千人口拥有执业（助理）医师3.2人、注册护士3.8人: the nurses per thousand people too;
            # 每千常住人口卫生技术人员22.3人，执业（助理）医师8.96人: a clause of the bare name and figure alone (拥有 at the
            # most before it) printing a fraction is another item of the list, per the same people (not …，全区医院床位
            # 3200张, nor 3.2万人, nor 医院32家: a whole count of all)
            f.named_by_clause = True
        if (f.indicator and _may_fullmatch("basis_only_name", f.indicator) and cw.basis_only_name.fullmatch(f.indicator)
                and (changed := self._changed_before(cs, st) or self._previous_clause_name(cs, st)
                     or self._figure_before_name(cs, st))):
            f.indicator = _time_basis(f.indicator, cw) + changed  # 今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右: what grows per head;
            # 农民的纯收入，全国平均每人达到三百五十五元: the quantity the clause before names, per head
            f.named_by_clause = True
        elif (f.measure in ("yoy_pct", "change_pct", "pp_diff") and f.indicator and f.indicator == unit_carry
              and (mc := cw.change_object_lead.match(f.indicator)) and len(obj := clean_name(f.indicator[mc.end():])) >= 2):
            f.indicator = obj  # 三次较大幅度提高粮食最低收购价，提价幅度超过20%: a change of what the verb carried changes
        if (f.measure == "rank" and f.indicator in cw.rank_change_words and (pv := self.prev) is not None
                and pv.sentence == f.sentence and pv.measure in ("abs_change", "level") and pv.indicator):
            f.indicator = pv.indicator + f.indicator  # 新增“四上”企业14家,净增7家,增量居全县首位: the change of the
            # thing changed ranks, as 增速全市第一 names the growth of the thing grown
        late_plain = _plain_name(f.indicator, _LATER_NAME_CUES)  # the gate of the rules keyed on _LATER_NAME_CUES
        if (f.indicator != late_plain and (ml := cw.loss_turn_from.search(f.indicator))
                and cw.loss_turn_to.match(norm, f.qend)):
            # 利润由上年同期亏损2亿元转为盈利3亿元, 由上年亏损9，000万元转为盈利3亿多元: a loss is a profit below zero, the
            # level the turn starts from (of the time before, as the A of 由A增加到B)
            owner = f.indicator[:ml.start()]
            f.indicator = owner if owner.endswith(cw.profit_names) else owner + cw.profit_names[0]
            f.sign, f.flags = -1, (*f.flags, "from_value")
        elif ((pv := self.prev) is not None and "from_value" in pv.flags and pv.sign < 0 and pv.end >= cs
              and cw.loss_turn_to.fullmatch(f.indicator)):
            f.indicator = pv.indicator  # 转为盈利3亿多元: the profit the loss before turns into
        if (f.measure in ("level", "abs_change", "yoy_pct", "change_pct")
                and (bare := f.indicator or self.text[slice(*_strip(norm, soft, subj_end, f.measure))])
                and bare[0] in cw.starts["owned_measure"] and (mb := cw.owned_measure.fullmatch(bare))
                and ((j := self.text.find(bare, cs, f.start)) == cs
                     or j > cs and norm.endswith(cw.disposal_words, cs, j) and not _DECIMAL.search(norm, cs, j))
                and (owner := self._measure_owner(cs, st))):
            bare = mb.group("measure")  # (less an adverb heading the clause: 已积累资金)
            k = next((n for n in range(len(bare) - 1, 0, -1) if owner.endswith(bare[:n])), 0)
            f.indicator = owner + bare[k:]  # 充实全国社保基金，储备规模从1.8万亿元增加到2.5万亿元以上: the fund's
            f.named_by_clause = True  # reserve, not a reserve of nothing (设立产业引导基金，基金规模… → 产业引导基金规模;
            # 建立了全国社会保障基金，已积累资金1242亿元 → 全国社会保障基金积累资金, an adverb heading the clause; 在全国
            # 农村全面推行新型农村合作医疗制度，用两年时间将筹资标准由…: the object of 将 opening what the clause changes)
        elif ((pv := self.prev) is not None and pv.start >= cs and pv.named_by_clause and pv.indicator == f.indicator
              and (mo := cw.owned_measure.match(self.text, cs)) and f.indicator.endswith(mo.group()[-2:])
              and (owner := self._measure_owner(cs, st))
              and f.indicator.removeprefix(cw.per_person_name_head).startswith(owner)):
            f.named_by_clause = True  # 储备规模从1.8万亿元增加到2.5万亿元以上: the end of the change, named as its start
        if (f.measure in ("level", "abs_change") and f.indicator
                and not cw.per_person_name.search(per_name := f.indicator[:(mt.start() if (
                    mt := cw.per_person_tail.search(f.indicator)) else len(f.indicator))])
                and (mt or (f.start - cs <= _SHORT_WINDOW or st.may_hold("person_basis", norm, cs, f.start))
                     and cw.person_basis.search(norm, cs, f.start))
                and not cw.actor_change_end.search(norm[cs:f.start].rstrip(cw.income_change_fillers))):
            # (a long clause is searched only where its sentence holds a character a basis starts with there)
            # 我国人均只有一亩半耕地 → 人均耕地: the amount each person has, not a total (城乡居民医保财政补助由每人每年
            # 420元提高到450元 → 人均城乡居民医保财政补助; 农民的纯收入，全国平均每人达到三百五十五元 → 人均农民的纯收入);
            # a basis closing the name heads it alike (企业退休人员基本养老金月人均增加112元 → 人均企业退休人员基本养老金),
            # a standard or a rate is none (低保标准每人每月提高到800元), nor a name a change verb gives (人均增收 → 人均收入)
            f.indicator, f.named_by_clause = cw.per_person_name_head + per_name, True
            f.basis = cw.per_person_name_head if f.measure == "level" else ""
        elif (f.measure == "level" and f.indicator and f.start - cs <= _SHORT_WINDOW
              and (mg := cw.group_basis.search(norm, cs, f.start)) and not cw.per_person_name.search(f.indicator)):
            # 集体经营性收入1.58亿元，村均63.7万元 → 村均集体经营性收入: the amount each village has, not the total (the
            # basis right before the figure: not 亩均单产450公斤、总产量3.2万吨, 村均收入低于10万元的薄弱村)
            f.indicator = mg.group("basis") + cw.group_basis_total_tail.sub("", f.indicator)
            f.named_by_clause = True  # (收入总额 → 村均收入: the total's word is not said of each village)
        if f.measure == "level" and f.indicator and not f.named_by_clause:
            self._unit_basis_name(f, cs)
        if (f.measure in ("abs_change", "change_pct", "pp_diff") and f.indicator
                and (mb := cw.bare_comparison.match(norm, cs, f.start)) and f.indicator in self.text[mb.end():f.start]
                and (compared := self._compared_before(f, cs))):
            f.indicator = compared  # 提高到十三斤半，比全国每百斤大豆的平均出油量多二斤: the yield of the figure before,
            # not the base it is compared with (比原来设想的六百亿元多出５４％: nor the verb of the comparison)
        if (f.measure == "rate_pct" and f.indicator and not f.named_by_clause
                and cw.share_extend_end.search(norm, *(span := (
                    stripped if stripped is not None and f.measure == measure else _strip(norm, soft, subj_end, f.measure))))
                and (extended := _share_set_name(self.report, f, st.end, *span, f.indicator)).startswith(f.indicator)):
            f.indicator, f.named_by_clause = extended, True  # 新型农村合作医疗制度不断完善，已扩大到全国86%的县: the counties
            # what the clause before names is extended to, not the scheme
        # (the name patterns matched in full below are tried only on a name opening with a character their matches
        # may start with: most names open with none)
        first = f.indicator[:1]
        if (first in cw.starts["generic_measure"] and (mg := cw.generic_measure.fullmatch(f.indicator))
                and (owner := self._owner_before(f, cs, st))):
            measure = mg.group("measure")
            if measure in cw.sibling_measures and not owner.endswith(measure):
                # 一般公共预算收入平稳增长，支出…: the budget's spending, not its revenue's (出口额…，进口额…: no owner)
                owner = "" if owner in cw.sibling_measures else (
                    mo.group("owner") if (mo := cw.sibling_owner.fullmatch(owner)) else owner)
            if (units := cw.measure_own_units.get(measure)) and owner.endswith(units):
                owner = owner[:-len(units)]  # 规上工业企业亏损企业85家，亏损额4.6亿元: the loss-making firms' loss by its
                # name, the words before them its owner (亏损企业5户，亏损额…: none)
            f.indicator = owner if owner.endswith(measure) else owner + measure
            # 住宿和餐饮业恢复加快,上半年营业额同比增长61.6%: whose 营业额 (文化、体育和娱乐业企业类单位经营状况向好,上半年
            # 行业整体收入…: the sector's 收入; 全区税收保持增长，上半年完成50亿元: the 税收 itself, once)
            f.named_by_clause = True
        elif f.indicator in cw.attribute_measures and (owner := self._attribute_owner(cs, st)):
            f.indicator = owner + f.indicator  # …通车的康藏公路和青藏公路，全长共有四千三百多公里: the roads' length
            f.named_by_clause = True
        elif (f.indicator != late_plain and f.indicator and cw.topic_owned.search(f.indicator)
              and (mt := cw.colon_topic.match(norm, st.start, f.start))
              and not f.indicator.startswith(topic := clean_name(self.text[mt.start("topic"):mt.end("topic")]))):
            f.indicator = topic + f.indicator  # 原煤：全部建成后增加的年产能力将为…: the coal's capacity, the thing the
            f.named_by_clause = True  # sentence is about named before its colon
        elif (first in cw.starts["bare_output_name"] and cw.bare_output_name.fullmatch(f.indicator)
              and (mt := cw.example_topic.match(norm, st.start, f.start))):
            f.indicator = clean_name(self.text[mt.start("topic"):mt.end("topic")])  # 如发电设备，一九五八年我国只生产
            f.named_by_clause = True  # 八十万千瓦: the output of the example the sentence opens with, not a bare verb
        elif f.indicator and f.unit_kind == "count" and (
                head := self._list_head(f, st, cw.capacity_list_head, "capacity_list_head", cw.capacity_nouns, True)):
            f.indicator = head  # 新增加的生产能力有：生铁…，钢一百一十六万六千吨: the capacity the steel adds, not its output
            f.named_by_clause = True
        elif f.indicator and (head := self._list_head(f, st, cw.kind_list_head, "kind_list_head", cw.kind_nouns, False)):
            f.indicator = head  # 招生人数将为：高等学校十万九千人，…小学…: the pupils the primary schools enrol, not the schools
            f.named_by_clause = True
        elif f.indicator and (actual := self._actual_after_contracted(f, cs, subj_end)):
            f.indicator = actual  # 外商直接投资协议金额１２０亿美元，实际投资４３．７亿美元: the same investment's actual amount
            f.named_by_clause = True  # (外商直接投资保持增长势头，实际到位４００多亿美元: the amount of it actually put in)
        elif f.indicator and (shared := self._person_share_item(f)):
            f.indicator = shared  # 去年全国平均每人占有粮食近八百斤，棉花十多斤: the cotton each person has, as the grain
            f.named_by_clause = True
        elif (f.indicator != plain and (ms := cw.share_of_whole_name.fullmatch(f.indicator))
              and (owner := self._owner_before(f, cs, st, share=True))):
            within = cw.share_within_word if ms.group("within") and not f.indicator.startswith(cw.share_within_word) else ""
            f.indicator = owner + within + f.indicator  # 服务业快速发展，在国内生产总值中占比提高2.5个百分点: whose share
            f.named_by_clause = True
        elif f.indicator and (owner := self._parallel_owner(f, cs)):
            f.indicator = owner + f.indicator
        elif f.unit_kind == "money" and (done := self._counted_deed_amount(f)):
            f.indicator = done  # 大病保险赔付1.2万人次，赔付金额8600万元: the amount of the deed the count before names
        elif (f.indicator != late_plain and (mp := cw.pilot_scope_name.match(f.indicator))
              and (owner := self._pilot_before(cs, st))):
            # 扎实推进新型农村社会养老保险试点，试点范围扩大到23%的县: the scope of the pilot the clause before pushes on
            f.indicator = owner + mp.group("pilot") + f.indicator[mp.end():]
            f.named_by_clause = True
        elif (first in cw.starts["aspect_of_measure"] and (mo := cw.aspect_of_measure.fullmatch(f.indicator))
              and (owner := self._measured_before(mo.group("measure"), cs, st) or (
                  # 一般债务限额92.3亿元、余额86.2亿元: a side of the budget as the next item of a list after a comma
                  (item := f.start - len(f.indicator)) > cs and norm[item - 1] == cw.item_separator
                  and norm.startswith(f.indicator, item) and self._budget_side(mo.group("measure"), item, item, st)))):
            # 全市一般公共预算收入…累计完成234267万元,下降10.9%。收入规模位居全省第15位: the revenue the sentence before
            # names in full
            f.indicator = owner + f.indicator[mo.end("measure"):]
        elif ((md := cw.demonstrative_measure.fullmatch(f.indicator) if f.indicator != late_plain else None)
              and (named := self._measure_said_before(md.group("measure"), st))):
            f.indicator = named  # …现代工业的产值在工农业总产值中的比重迅速上升。在一九四九年，这个比重大约是百分之十七: that share
            if md.group().startswith(cw.new_demonstrative) and (k := named.rfind(cw.new_demonstrative + cw.de)) >= 0:
                f.indicator = named[k + len(cw.new_demonstrative + cw.de):]  # 今年将实行新的扶贫标准…。新标准提高到
                # 人均1196元: the standard the sentence before brings in, 扶贫标准
        elif (md and f.measure == "rate_pct" and (pv := self.prev) is not None and pv.sentence == f.sentence
              and pv.measure == "rate_pct" and pv.indicator):
            f.indicator = pv.indicator  # 这方面的投资占整个固定资产投资的
            # 百分之二十左右，六五计划把这个比例提高到百分之三十六: the share printed before it in the sentence
        if (f.indicator != late_plain and (mp := cw.field_pointer.search(f.indicator))
                and (field := self._field_said_before(cs, st))):
            f.indicator = f.indicator[:mp.start()] + field + f.indicator[mp.end():]  # …的重点是能源、交通建设，这方面的
            # 投资占总投资的百分之三十八点五 → 能源、交通建设的投资
        elif (f.indicator != late_plain and (mp := cw.pointed_units.match(f.indicator))
              and (counted := self._counted_before(mp.group("noun"), f))):
            f.indicator = counted + f.indicator[mp.end():]  # 国营机械化农场由１９５４年的９７个增加到１０６个，这些农场的
            # 耕地面积增加到４０４万亩 → 国营机械化农场的耕地面积
        if (f.measure == "level" and f.unit_kind == "money" and (pv := self.prev) is not None
                and pv.sentence == f.sentence and pv.unit_kind == "money" and pv.indicator
                and (mn := cw.fund_name.fullmatch(pv.indicator)) is not None
                and (mf := cw.fund_flow.fullmatch(clean_name(norm[max(cs, pv.end):f.start]))) is not None):
            # 预算稳定调节基金余额42300万元，当年补充8350万元、调入使用25000万元，年末余额25650万元: the flows and
            # the stock of the fund named before, as 补充预算稳定调节基金33.3亿元 names them
            flow, fund = mf.group("flow"), mn.group("fund")
            if flow in cw.fund_stocks and any(w in mf.group()[:mf.start("flow")] for w in cw.cumulative_words):
                flow = cw.cumulative_words[0] + flow  # 当年结余…，累计结余…: the stock summed over the years, its own
            f.indicator = fund + flow if flow.endswith(tuple(cw.fund_stocks)) else flow + fund
            f.named_by_clause = True
        if f.indicator in cw.budget_total_heads:
            kinds = [(norm.rfind(k, max(0, f.start - BUDGET_LOOKBACK), f.start), k) for k in cw.budget_kinds]
            at, kind = max(kinds)
            if at >= 0:
                # 区本级一般公共预算财力249.2亿元,…,收入总量为298亿元: the total of the district's own budget, not
                # the district's whole one
                level = cw.budget_level_end.search(norm, max(0, at - BUDGET_LEVEL_CHARS), at)
                f.indicator = (self.text[level.start():level.end()] if level else "") + kind + f.indicator  # …调入资金4.3亿元,收入总量为490.7亿元: the budget's total
        if (not f.indicator and f.measure == "yoy_pct" and norm[f.start - 1:f.start] == "("
                and (mg := cw.paren_growth.search(norm, max(st.start, f.start - 5), f.start))):
            f.indicator = clean_name(self.text[st.clause_start(mg.start()):mg.start()])  # 规上工业增加值增速(8.6%): the
            # growth of the name the noun closes (the bracket opens no clause of its own)
        if (f.measure == "yoy_pct" and "(" in norm[f.start - 5:f.start]
                and (mc := cw.paren_change.search(norm, max(st.start, f.start - 5), f.start))
                and (item := clean_name(self.text[max(st.clause_start(mc.start()),
                                                      norm.rfind("、", st.start, mc.start()) + 1):mc.start()]))
                and not _doubtful_name(item)):
            f.indicator = item  # 金融业(增长6.1%)、信息服务业(增长12.3%): the change of the item the brackets follow
        if self.own_place is not None and (mp := self.own_place.match(f.indicator)) and len(f.indicator) - mp.end() >= 2:
            f.indicator = clean_name(f.indicator[mp.end():]) or f.indicator  # 城阳区实现地区生产总值: the report's own
        elif (self.own_level and f.indicator.startswith(self.own_level)
              and indicator_key(rest := clean_name(f.indicator[len(self.own_level):]))):
            f.indicator = rest  # 街道完成税收收入 in a street's report: the street itself, as 下沙街道 or 本街道 name it
        elif (f.indicator != plain and (mp := cw.place_subject.match(f.indicator)) and len(f.indicator) - mp.end() >= 2
              and (mp.group("own") or (place := mp.group("place")) in cw.scope_words or is_place_name(place))):
            f.indicator = clean_name(f.indicator[mp.end():]) or f.indicator  # 义乌市实现地区生产总值, 全省完成: the place
            if (self.own_place is not None and not f.scope and cw.region_name.fullmatch(place := mp.group("place") or "")
                    and indicator_key(f.indicator)):
                f.scope = place  # 北京市实现社会消费品零售总额 in a report of 西城区: another place's figure
        elif (self.own_place is not None and not f.scope and f.indicator != plain
              and (mr := cw.region_name.match(f.indicator)) and is_place_name(mr.group())
              and indicator_key(f.indicator[mr.end():])):
            # 北京市社会消费品零售总额 in a report of 西城区: the city's figure, its place the scope (as a table's column
            # of 北京市 gives it); a glossary name after the place (not 新设市场主体)
            f.scope, f.indicator = mr.group(), clean_name(f.indicator[mr.end():]) or f.indicator
        elif (not f.scope and f.indicator.startswith(cw.place_set_areas)
              and (area := next(a for a in cw.place_set_areas if f.indicator.startswith(a)))
              and len(f.indicator) - len(area) >= 2 and indicator_key(f.indicator[len(area):])):
            # 74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%: the glossary quantity of the places a quality names, their
            # count printed before them (a figure of its own) part of the scope, as a subject of places gives it
            at = self.text.rfind(area, cs, f.start)
            mc = cw.place_count_end.search(norm, max(cs, at - PLACE_COUNT_CHARS), at) if at > cs else None
            f.scope = self.text[mc.start() if mc else at:at] + area
            f.indicator = clean_name(f.indicator[len(area):]) or f.indicator
        placed = f.scope if f.scope and cw.region_name.fullmatch(f.scope) else ""  # carried with the name (同比下降7.7%)
        if (f.measure == "change_pct" and f.sign < 0 and (cut := _cut_object(f.indicator)) >= 0
                and self.text.find(f.indicator, cs, f.start) >= 0):
            f.indicator = f.indicator[cut:]  # 全年压减一般性支出10%: the spending cut, less the verb (节约的资金约达
            # １０亿余元，比原投资计划减少了１６．１％: a name carried keeps its verb)
        if f.unit_kind != "count" and (f.indicator in cw.actors or f.measure == "level" and f.indicator[:1] in cw.starts[
                "payer_subject"] and (mp := cw.payer_subject.fullmatch(f.indicator)) and mp.group("payer") in cw.actors):
            # 税务部门完成16396万元, 国家财政还将拨出, 今后五年中央财政将投入: what the actor collects or spends, not the
            # actor (全国有海关42个 counts the offices)
            f.indicator = self._actor_name(f, f.indicator if f.indicator in cw.actors else mp.group("payer"), cs, st.end)
            f.named_by_clause = True
        if (f.unit_kind == "money" and f.measure == "level" and norm[f.start - 1:f.start] in cw.ends["actor_spend_end"]
                and (mv := cw.actor_spend_end.search(norm, cs, f.start))
                and (ms := cw.drawn_source.search(norm, cs, mv.start())) and f.indicator == clean_name(ms.group("source"))
                and (noun := cw.actor_spend_nouns[mv.group("verb")])):
            # 从失业保险基金结余中拿出1000亿元: the money drawn from the fund, not the fund (国家从粮食风险基金中拿出:
            # the payer's, above)
            f.indicator = self.text[ms.start("source"):mv.end("verb")] + cw.de + noun
            f.named_by_clause = True
        if not st.chapter_read:
            st.chapter, st.chapter_read = cw.chapter_heading.match(norm, st.start, st.end), True
        if st.chapter is not None and f.indicator and (name := _chapter_cut(f.indicator, st.chapter)):
            f.indicator = name  # 一、综合全年实现地区生产总值: the chapter heading run into its first sentence
        if f.measure in ("abs_change", "change_pct"):  # (a change named by the object of its verb)
            if f.measure == "abs_change" and f.unit_kind != "percent" and (mo := f.changed_object) is not None:
                obj, noun = mo.group("object"), cw.object_change_nouns.get(mo.group("verb"), "")
                name = _changed_quantity(obj, noun, cw)  # 增产原油 → 原油产量
                if not noun and (kept := _cut_name(f.indicator, mo.group("verb"), obj)):
                    name = kept  # 淘汰钢铁2700万吨、水泥4200万吨…等落后产能 → 钢铁落后产能: the name less the verb
                if obj in cw.bare_measures and (k := f.indicator.rfind(mo.group())) > 0:
                    # 农民增加收入 → 农民收入: a bare quantity keeps its owner, the one after a causative (农业税率降低可使
                    # 农民减轻负担 → 农民负担)
                    owner = f.indicator[:k]
                    caused = [m.end() for m in cw.causative.finditer(owner)]
                    name = clean_name(owner[caused[-1]:] if caused else owner) + name
                    if (not f.comparator and cw.actor_spend_nouns.get(obj) == ""
                            and (head := cw.added_head_names.get(mo.group("verb")))
                            and (mp := cw.payer_subject.fullmatch(owner))):
                        # 落实这些措施，国家财政共增加支出540多亿元: what the payer adds to spend on the measures, a
                        # level of its added outlay (as 中央财政为此新增支出 is), not how much all it spends grew (比上年
                        # 增加支出, with its base, is that)
                        name = mp.group("payer") + head + obj
                        f.measure, f.sign = "level", 1
                f.indicator = name
                f.named_by_clause = True
            elif (f.measure == "abs_change" and f.unit_kind != "percent"
                  and (mv := cw.object_change_verb.search(clause, max(0, len(clause) - 4))) and not norm.startswith(cw.de, f.qend)
                  and len(obj := clean_name(_following_text(norm, self.text, f.qend, st.end))) >= 2):
                noun = cw.object_change_nouns[mv.group("verb")]
                f.indicator = _changed_quantity(obj, noun, cw)  # 就能增产五十万箱纸烟 → 纸烟产量
                f.named_by_clause = True
            elif (f.measure == "change_pct" and f.sign < 0 and (mr := cw.rate_cut_after.match(norm, f.qend))
                  and len(obj := clean_name(_following_text(norm, self.text, mr.end(), st.end))) >= 2):
                f.indicator = obj  # 一律按不低于5%的幅度压减一般性支出: the spending cut, not who cuts it
                f.named_by_clause = True
            elif (not f.indicator and f.measure == "abs_change" and f.unit_kind == "money"
                  and (mv := cw.actor_change_end.search(clause))):
                f.indicator = cw.actor_change_nouns[mv.group("verb")]  # 从2003年到2006年年均超收2040亿元: the revenue
            elif (f.measure == "abs_change" and f.unit_kind == "money"
                  and (grown := _driven_change_owner(f.indicator, clause, cw))):
                f.indicator = grown[1] + cw.actor_change_nouns[grown[0]]  # 带动农民增收1.2亿元: the farmers' income
                f.named_by_clause = True  # grows, not the driving
            elif (f.measure == "abs_change" and f.unit_kind == "money" and f.indicator
                  and (mv := cw.actor_change_end.search(head := clause.rstrip(cw.income_change_fillers)))
                  and (f.indicator.endswith(cw.per_head_words) or mv.group("verb") in cw.loss_change_verbs)
                  and head[:mv.start()].endswith(f.indicator)):
                f.indicator += cw.actor_change_nouns[mv.group("verb")]  # 户均增收2000元: the income per household grows;
                # 国有企业减亏2亿元: the firms' loss falls
                f.named_by_clause = True
        if (f.measure in ("abs_change", "change_pct", "yoy_pct") and f.unit_kind != "money" and len(f.indicator) >= 1
                and not f.indicator.endswith(cw.quantity_ends) and (mo := cw.output_change_end.search(clause))
                and clause[:mo.start()].endswith(f.indicator)):
            f.indicator += cw.output_noun  # 原煤增产了一千八百二十六万吨, 夏粮减产一成以上: the output of the product
            f.named_by_clause = True
        if ((f.unit in cw.output_units or f.unit_kind == "percent") and f.indicator.startswith(cw.make_verb)
                and len(product := f.indicator[len(cw.make_verb):]) >= 2 and cw.de not in product
                and not product.startswith(cw.make_verb_not_before) and not product.endswith(cw.quantity_ends)
                and (f.unit in cw.output_units or any(g.sentence == f.sentence and g.indicator == product + cw.output_noun
                                                      for g in self.kept[-MADE_OUTPUT_REACH:]))):
            # 计划生产氮肥九十万六千吨 → 氮肥产量: the output made, not the making; a change in percent so only after an
            # output of its sentence so named (…，分别比上一年增长百分之三十三点七: not 生产者价格指数上涨2%)
            f.indicator = product + cw.output_noun
            f.named_by_clause = True
        if (f.measure == "level" and f.unit_kind != "percent" and f.raw_unit[-1:] not in cw.task_units
                and f.indicator[-1:] in cw.ends["plan_task_tail"] and (mt := cw.plan_task_tail.search(f.indicator))
                and len(things := f.indicator[:mt.start()]) >= 2 and not things.endswith(cw.de)):
            f.indicator = clean_name(things)  # 保障性住房计划任务数为3000套: the houses planned (任务386项: the tasks)
        if f.indicator != late_plain and f.indicator and (ms := cw.reached_state_tail.search(f.indicator)):
            f.indicator = f.indicator[:ms.start()]  # 拆除违法建设并实现“场清地净”: what is removed, not the state reached
        if f.indicator.endswith(cw.area_work_verbs) and f.unit in cw.area_work_units:
            f.named_by_clause = (f.named_by_clause or f.indicator in cw.area_work_verbs  # the noun added is not printed
                                 or next(v for v in cw.area_work_verbs if f.indicator.endswith(v)) in clause)
            f.indicator += cw.area_work_noun  # 上半年拆除并实现“场清地净”133.9万平方米: the area removed (拆除面积); 植树造林面积
        if f.indicator.endswith(cw.sale_verb) and f.unit and f.unit_kind != "percent":
            f.named_by_clause = f.named_by_clause or cw.sale_verb in clause
            f.indicator += (cw.area_work_noun if f.unit in cw.area_work_units  # 商品房销售9.37亿平方米: 商品房销售面积
                            else cw.sale_amount_noun if f.unit_kind == "money" else cw.sale_volume_noun)  # 汽车销售1364万辆: 汽车销售量
        if (f.measure in ("level", "completion_pct") and len(f.indicator) >= 6 and cw.de not in f.indicator
                and f.indicator.startswith(cw.light_work_verbs)  # (one test of them all first)
                and (verb := next((v for v in cw.light_work_verbs if f.indicator.startswith(v)), None))):
            f.indicator = f.indicator[len(verb):]  # 开展职业技能培训1.3万人次: the training, 开展 no part of what is counted
        prev = self.prev
        if (f.measure in ("level", "completion_pct") and ((body := f.indicator in cw.body_owned_heads) or f.indicator in cw.owned_heads
                                                             or _scoped_owned_head(f.indicator, norm, cs, f.start, cw))
                and (counted := self._counted_set(st)) is not None
                and counted.measure == "level" and counted.unit_kind == "count" and counted.indicator
                and (not body or cw.body_end.search(counted.indicator))  # (卫生院3个，床位680张; 客房1200间，床位…: the hotels')
                and not (body and self._listed_sibling(counted))  # (卫生院1个、村卫生室28个，床位120张: all the bodies')
                and f.indicator not in _past_size_bound(counted.indicator, cw)
                and (not norm.endswith(cw.place_count_opens, st.start, counted.start)
                     or norm.endswith(cw.cap_words, st.start, counted.start))  # (稳定在32万亩: no place)
                and st.start <= counted.start and counted.end <= max(cs, soft)
                and prev is not None and (pc := st.clause_start(cs - 1)) <= prev.start
                and ((mk := st.first_part_marker(norm, min(pc, counted.start), cs)) < 0
                     or mk == pc and norm.find(counted.indicator, mk, max(cs, counted.end)) > mk
                     and st.first_part_marker(norm, mk + 1, cs) < 0
                     and (any(st.start <= g.start < mk and g.unit == f.unit and g.indicator.endswith(f.indicator)
                              for g in self.kept[-1 - COUNTED_SET_BACK:])
                          or not any(st.start <= g.start < mk for g in self.kept[-1 - COUNTED_SET_BACK:])))):
            # 新开工项目42个，总投资320亿元: the projects' investment (在１００多个国家和地区展开，完成营业额…: not the
            # places where); a head of the owner's before is replaced (草莓种植面积达到0.52万亩,产量约1.1万吨 → 草莓产量);
            # 35个市区重点项目中已开工28个，完成年度投资计划的58.6%: the investment of all the projects counted; a part
            # printed with its noun after 其中 owns the head too when the total had its own before (项目224个，完成投资
            # 391.6亿元，其中列入市级重点项目169个，完成投资319亿元; not 项目19个，其中十亿元级项目3个，计划总投资…; a 其中 heading
            # the sentence leaves the part the only set in it: 其中小麦播种面积9.55万亩、产量3.76万吨 → 小麦产量)
            f.indicator = _joined_name(_finding_involved(counted.indicator, norm, cs, cw)
                                       or cw.owned_head_end.sub("", counted.indicator) or counted.indicator, f.indicator, 2)
            # (商品房销售面积68.5万平方米，销售额186.2亿元: 商品房销售额, a word they share once)
        elif (f.indicator in cw.owned_heads and f.measure == "level" and prev is not None and prev.start >= st.start
              and prev.unit == f.unit and prev.measure == "level" and prev.indicator.endswith(f.indicator)
              and len(owner := prev.indicator[:-len(f.indicator)]) >= 2 and clean_name(owner) == owner):
            # 重点项目年度计划投资120亿元，实际完成投资70亿元: the plan's owner owns what came of it
            f.indicator = owner + f.indicator
        if (f.indicator in cw.student_flow_heads and prev is not None and prev.start >= st.start
                and (of := self._whole_of_parts(prev, f, st) or (None if self._listed_sibling(prev) else prev))
                and (school := _school_of(of, f, norm, cw))):  # (小学5所、初中2所，在校学生…: no one school's)
            f.indicator = school + f.indicator  # 全国高等学校新招生16.3万人，毕业学生6.4万人，在校学生…: that school's
        if f.measure == "rate_pct" and f.indicator in cw.set_rates and (owner := self._rated_set(f)):
            f.indicator = owner + f.indicator  # 38个工业行业大类中27个行业增加值实现同比增长,增长面71%: 工业行业大类增长面
        if (f.unit_kind == "count" and f.indicator and cw.threshold_name.search(f.indicator)
                and (mk := st.first_part_marker(norm, st.start, f.start)) >= 0):
            whole = self._kept_in_sentence(st, f.unit, mk)
            if whole is not None and whole.indicator:
                # 引进企业137家,其中注册资金千万元以上46家: a size class of the companies brought in
                f.indicator = f.indicator + cw.de + whole.indicator
                f.named_by_clause = True
        if (2 <= len(f.indicator) <= 5 and cw.grade_name.fullmatch(f.indicator)
                and ((mk := st.first_part_marker(norm, st.start, f.start)) >= 0
                     or f.unit_kind == "count" and st.in_brackets(norm, f.start)
                     and (mk := norm.rfind("(", st.start, f.start)) >= 0)):  # (a bracket of amounts by level of
            # government, 减收7亿元（地方级3.3亿元、区级1.4亿元）, is read by its own rules)
            whole = self._kept_in_sentence(st, f.unit, mk)
            if whole is not None and whole.indicator and not whole.indicator.startswith(f.indicator):
                # 全区文物保护单位45处，其中国家级2处、省级8处: the sites of that grade, not a grade of nothing (人均预期
                # 寿命82.5岁，其中男性80.1岁: the men's; 幼儿园42所（公办28所、民办14所）: a bracket of the parts)
                lead = cw.addition_lead.match(whole.indicator) or cw.set_lead.match(whole.indicator)
                at = lead.end() if lead is not None and len(whole.indicator) - lead.end() >= 2 else 0
                # (四星级 of 星级旅游饭店: the class word once; 建成企业技术中心56个，其中国家级3个: the verb of the set
                # before the grade, 建成国家级企业技术中心)
                f.indicator = whole.indicator[:at] + _joined_name(f.indicator, whole.indicator[at:])
                f.named_by_clause = True
        if (not f.named_by_clause and 2 <= len(f.indicator) <= 5 and cw.grade_name.fullmatch(f.indicator)
                and (pv := self.prev) is not None and pv.start >= st.start and pv.unit == f.unit and pv.indicator
                and norm[pv.end:pv.end + 1] in cw.scope_item_openers and norm[pv.end + 1:f.start] == f.indicator
                and (mg := cw.grade_span.search(pv.indicator)) and mg.group() != f.indicator):
            # 新培育省级农业龙头企业3家、市级12家: the things of the item before, of the grade this item names (省级以上
            # 专精特新企业12家、市级35家: its span of grades replaced too)
            f.indicator = pv.indicator[:mg.start()] + f.indicator + pv.indicator[mg.end():]
            f.named_by_clause = True
        if (f.unit_kind == "money" and f.measure == "level" and 2 <= len(f.indicator) <= 12
                and cw.owner_end.search(f.indicator) and (mk := st.first_part_marker(norm, st.start, f.start)) >= 0):
            whole = self._kept_in_sentence(st, "", mk, unit_kind="money")
            mm = cw.bare_measure_end.search(whole.indicator) if whole is not None and whole.measure == "level" else None
            if mm and not f.indicator.endswith(measure := mm.group()):
                # 资产总额1200亿元，其中城投集团586.3亿元: the body's part of the measure the whole ends with (区属国有企业
                # 资产总额…，其中城投集团… → 城投集团资产总额)
                f.indicator = f.indicator + measure
                f.named_by_clause = True
        if (f.measure == "level" and f.unit_kind == "count" and 2 <= len(f.indicator) <= 12
                and not f.indicator.endswith(cw.quantity_ends)
                and (mk := st.first_part_marker(norm, st.start, f.start)) >= 0
                and (whole := self._kept_in_sentence(st, f.unit, mk, level=True)) is not None
                and (k := _shared_head(f.indicator, whole.indicator)) >= 2
                and (rest := whole.indicator[k:]).endswith(cw.quantity_ends) and not any(w in rest for w in cw.total_heads)):
            # 专利授权量2356件，其中发明专利286件: the kind's part of the quantity the whole measures (发明专利授权量; not
            # of a total, 人才资源总量…其中高技能人才)
            f.indicator = f.indicator + whole.indicator[k:]
            f.named_by_clause = True
        if f.indicator != late_plain and f.indicator and cw.size_bound.match(f.indicator):
            sib = self._kept_in_sentence(st, f.unit)
            if sib is not None and (mb := cw.size_bound.search(sib.indicator)) and mb.start() >= 2:
                # 其中注册资金千万元以上46家,亿元以上5家: the next class of the same amount (注册资金亿元以上)
                f.indicator = sib.indicator[:mb.start()] + f.indicator
        if (f.measure == "level" and f.indicator and f.indicator == unit_carry
                and norm[cs:cs + 1] in cw.starts["stock_clause"] and cw.stock_clause.fullmatch(norm, cs, f.start)
                and (ma := cw.addition_lead.match(f.indicator, (mo.end() if (mo := cw.addition_owner.match(f.indicator))
                                                                else 0)))):
            # 新增上市企业18家,累计达205家: all the listed companies (经开区新增规上工业企业18家，总数达到156家: all of
            # the zone's, its name kept)
            f.indicator = f.indicator[:mo.end() if mo else 0] + f.indicator[ma.end():]
        if (not f.indicator and f.start - 1 > st.start and norm[f.start - 1] == "(" and norm[f.end:f.end + 1] == ")"
                and (f.unit in cw.bracket_count_units or f.unit_kind == "count")):
            if len(noun := clean_name(self.text[st.clause_start(f.start - 1):f.start - 1])) >= 2 and (
                    f.unit in cw.bracket_count_units or noun in cw.quantity_names or noun.endswith(cw.quantity_ends)):
                f.indicator = noun  # 规模以上工业企业（45家）实现产值…: the count of the units named right before it;
                # PM2.5年均浓度（32微克/立方米）同比下降8.6%: the level of the quantity named right before it
        if (f.unit_kind == "percent" and f.indicator and f.start - 1 > st.start and norm[f.start - 1] == "("
                and (mb := cw.bracket_base.search(norm, max(st.start, f.start - 16), f.start - 1))):
            base = self.text[mb.start("base"):mb.end("base")]
            if (mb.end("base") < mb.end() and clean_name(f.indicator) == norm[mb.end("base"):mb.end()]
                    and (pv := self.prev) is not None and pv.sentence == f.sentence and pv.measure == f.measure
                    and pv.unit == f.unit and pv.indicator):
                f.indicator, f.scope = pv.indicator, f.scope or base  # 增长8.1%，高于全市平均水平(5.5%): the city's
                # growth of the thing the figure before grew, not a quantity named 平均水平
            else:
                f.indicator = base + f.indicator  # 高于全国(3.9%): the nation's rate
        if (f.measure == "abs_change" and f.indicator and f.indicator == unit_carry
                and cw.net_change_clause.fullmatch(norm, cs, f.start)
                and (ma := cw.addition_lead.match(f.indicator) or cw.disposal_lead.match(f.indicator))):
            f.indicator = f.indicator[ma.end():]  # 新增“四上”企业14家,净增7家: the net change of all of them (注销市场主体…
            # 户，净增…户: of all of them too, not of those that left)
        if (f.measure == "level" and f.indicator and f.indicator == unit_carry
                and cw.stock_rise_clause.fullmatch(norm, cs, f.start) and _is_balance(f.indicator, cw)):
            f.measure, f.sign = "abs_change", 1  # 居民储蓄存款余额增长8.5%，新增4万多亿元: the balance's rise, no balance
            # (居民储蓄存款增长8.5%，新增4万多亿元 too: the glossary names that balance so)
        elif (f.measure == "level" and f.unit_kind == "count" and f.indicator and f.indicator == unit_carry
              and (pv := self.prev) is not None and pv.sentence == f.sentence and pv.end <= cs
              and pv.measure == "level" and pv.unit == f.unit and pv.indicator == f.indicator
              and not f.indicator.startswith(cw.added_owner_heads)
              and (mr := cw.stock_rise_clause.fullmatch(norm, cs, f.start))):
            f.indicator = mr.group("verb") + f.indicator  # 持牌金融机构累计达1103家，全年新增28家: those added, not all
            f.named_by_clause = True  # of them (the stock counted just before), as 新增持牌金融机构不少于20家 names them
        if f.kind == "ratio":
            self._ratio_part(f, unit_carry)
        elif (f.measure == "level" and f.unit_kind == "none" and not f.unit and not f.raw_unit and f.indicator
              and f.indicator[-1] in cw.ends["ratio_name_end"] and cw.ratio_name_end.search(f.indicator)):
            f.measure = "ratio"  # 城乡居民收入比缩小至1.71: the ratio printed as its first term, as 1.71:1 is
        if (f.unit_kind == "none" and not f.unit and (f.raw_unit or f.raw_value.endswith(("万", "亿"))) and f.indicator
                and (mu := cw.counted_size_end.search(f.indicator))):
            f.unit, f.unit_kind = cw.counted_name_ends[mu.group(1)], "count"  # 农村贫困人口减少1240万: persons (总人口…
            # 控制在十亿六千万左右: the magnitude inside a Chinese numeral)
        if f.unit in cw.household_units and (mp := cw.population_end.search(f.indicator)):
            # 户籍人口12.5万人、4.8万户; 十亿人口，两亿多户: the households of the population named, as bulletins
            # print them (户籍户数)
            f.indicator = f.indicator[:mp.start()] + cw.population_households[mp.group()]
        if (prev is not None and "from_value" in prev.flags and prev.end >= cs
                and prev.unit_kind == "percent" and prev.measure in ("yoy_pct", "change_pct")
                and not cw.rate_noun_end.search(prev.indicator)
                and (f.measure == "rate_pct" or f.measure == "yoy_pct"
                     and cw.to_word_after.fullmatch(norm, prev.qend, f.start))):
            # 增速由年初的5%调整为3%: the same growth; 降幅由一季度的8.5%收窄至3.2%: the same decline (平均每年由原定的6%
            # 调高到8%: over the same years)
            f.measure, f.sign, f.comparator = prev.measure, prev.sign, prev.comparator
            f.flags += tuple(x for x in prev.flags if x == "multi_year" and x not in f.flags)
        mfrom = (cw.from_word.search(norm, subj_end - 12 if subj_end - 12 > cs else cs, subj_end)  # (从不到70万亿元:
                 if norm[subj_end - 1] in cw.ends["from_word"] else None)  # the qualifier is no part of the from-word)
        mto = (cw.to_word_after.match(norm, f.qend)
               or cw.to_dated_word_after.match(norm, f.qend)) if mfrom else None
        # (由一九五二年的百分之三十九点七到一九五七年上升为…: the year of the end between the start and its to-word)
        if mto or (f.kind == "ratio" and self.ratio[3]) or (mfrom is None and _current_moved(norm, cw, f, cs)):
            # 从1399亿美元增加到2864亿美元: the A is the level of the earlier period
            f.flags += ("from_value",)
            if (mfrom and mto and (mto.group().lstrip(",，") in cw.revision_words
                                   and any(w in mfrom.group() for w in cw.from_plan_words)
                                   or any(w in mfrom.group() for w in cw.from_plan_named_words))):
                # (原计划, 原定 name a plan whatever the to-word: 由原计划的5个增加到8个; 年初 only with a revision)
                f.status, f.revised = "target", True  # 由年初的2%调整为-4%: the value planned at the year's start,
                if set_word := next((w for w in cw.from_plan_words if f.period.endswith(w)), ""):  # revised, of
                    year = f.period[:-len(set_word)]  # the year planned (2020年), not of the time it was set (2020年初)
                    f.period = f"{year}年" if year else ""
            elif (f.status == "target" or f.status == "estimate" and mfrom
                  and not any(m.lastgroup == "estimate"
                              for m in cw.status_cue.finditer(norm, mfrom.start(), f.start))) and not f.reference:
                f.status = "actual"  # 预计将由一九四九年的百分之三十七增加到百分之七十一左右: the estimate is of where
                f.drop_flag("year_inferred")  # the move ends; a level it starts from is reached (由今年预计的３％: not)
        elif mfrom is None and (run := self._from_list(f, cs)):
            # 分别从50%、75%提高至100%: each value of the list the from-word opens is an A of the move
            self._from_run = run
            for g in (*run, f):
                if "from_value" not in g.flags:
                    g.flags += ("from_value",)
                if g.status == "target" and not g.reference:
                    g.status = "actual"
                    g.drop_flag("year_inferred")
        driver = ""  # 金融业增加值增长6.5%，对全区经济增长的贡献率为45.2%: the contribution of the subject before
        if (carry.subject and f.indicator != plain and (ml := cw.contribution_lead.match(norm, soft, f.start))
                and cw.contribution_name.search(f.indicator) and not f.indicator.startswith(carry.subject)):
            head = self.prev.list_head if self.prev is not None else None
            if head is None:
                driver = carry.subject
            elif head.cs >= 0 and (span := _strip(norm, head.cs, head.subj_end, "level"))[1] > span[0]:
                # 金融、科技和信息服务业三大优势行业增加值分别增长…,对经济增长贡献率合计达49.7%: the items of a
                # list contribute together, as the list's subject names them
                driver = self.text[span[0]:span[1]].removesuffix(cw.list_word)
            if driver:
                name = f.indicator
                if (j := norm.find(name, ml.end(), f.start)) > ml.end() and norm[ml.end():j] in cw.scope_words:
                    name = self.text[ml.end():j] + name  # 对全市经济增长的贡献率为31.5%: the wider growth contributed
                    # to keeps its place, as 地区生产总值对全市经济增长的贡献率 printed whole does
                f.indicator = driver + ml.group()[-1:] + name  # (贡献率达82.7% opening the clause: 第三产业增加值贡献率)
                f.named_by_clause = True
        if (not driver and carry.subject and self.prev is not None and (head := self.prev.list_head) is not None
                and head.cs >= 0 and (f.indicator == carry.subject or cw.list_sum_lead.fullmatch(f.indicator))
                and cw.list_sum_lead.match(norm, cs, f.start)
                and (span := _strip(norm, head.cs, head.subj_end, "level"))[1] > span[0]):
            # 金融业、信息服务业、商务服务业增加值分别增长7.6%、11.3%和5.8%,合计占全区经济总量的63.5%: the sum of the
            # items of the list before, named by the list's subject as a whole (as their contribution is), not by
            # the last item; the quantity the items share follows the list when a verb parts them (…商务服务业分别
            # 实现税收…，三者合计… → 金融业、信息服务业、商务服务业税收)
            items = self.text[span[0]:span[1]].split(cw.list_word, 1)[0]
            last = cw.list_last_split.split(items.rsplit(cw.item_separator, 1)[-1])[-1]
            shared = carry.subject[len(last):] if last and carry.subject.startswith(last) else ""
            f.indicator = driver = items if items.endswith(shared) else items + shared
            f.named_by_clause = True
        if (f.measure == "pp_diff" and f.indicator == carry.subject and cw.pull_object.match(norm, cs)
                and (md := cw.contribution_driver.fullmatch(f.indicator))):
            # 工业对经济增长的贡献率为42.5%，拉动经济增长2.4个百分点: the pull of what contributes, no difference of
            # its contribution's rate
            f.indicator, f.named_by_clause = md.group("driver"), True
        if (f.measure == "rate_pct" and f.indicator and norm[f.qend:f.qend + 1] in cw.starts["share_use_after"]
                and (mu := cw.share_use_after.match(norm, f.qend))
                and (ml := cw.share_use_lead.search(norm, cs, f.start))
                and (ml.start() == cs and f.indicator == carry.subject or norm.endswith(f.indicator, cs, ml.start()))):
            # 转移支付累计4.25万亿元，87%用于支持中西部地区; 全国财政支出70%以上用于民生: the share of the whole
            # (carried, or named right before the share) put to a use, named by the use before it as a noun phrase
            # (用于民生的全国财政支出), as 百分之八十以上的财政收入来自城市工商业 names it
            whole = f.indicator
            if ((pv := self.prev) is not None and pv.sentence == f.sentence and pv.measure == "abs_change"
                    and pv.sign > 0 and pv.indicator == whole):
                # 居民基本医保人均财政补助标准再增加40元，一半用于大病保险; 区级财政比上年增加支出2亿元，其中60%用于
                # 民生: the share of the amount added just before, not of the whole standard or spending
                whole += cw.share_increment_word
            f.indicator = driver = self.text[mu.start("use"):mu.end("use")] + cw.de + whole
            f.named_by_clause = True
        if f.unit_kind == "money" and f.measure in ("level", "abs_change"):  # (an amount named by its payer alone)
            if (f.measure == "level"
                    and ((cw.generic_amount_name.fullmatch(f.indicator)
                          or _payer_only(f.indicator, cw) and f.indicator.endswith((*cw.actor_spend_nouns, *cw.generic_fund_nouns))
                          and not cw.amount_for_this.search(norm, cs, f.start))
                         and (mu := cw.amount_purpose_after.match(norm, f.qend)
                              or cw.amount_purpose_before.match(norm, st.start, cs))
                         or f.indicator.endswith(cw.debt_issue_nouns)
                         and (mu := cw.amount_purpose_after.match(norm, f.qend)) is not None and mu.start("use") == f.qend
                         and not any(v in norm[cs:f.start] for v in cw.payer_issue_verbs))):
                # 今年拟安排430亿元，用于补助…廉租房建设; 为加快社会保障体系建设，今年中央财政将安排2762亿元: an amount named
                # only by who pays it, named by what it pays for; so is a payer's spending (为继续落实“两个确保”…，中央财政
                # 支出700亿元: not all it spends), unless 为此 points back to a programme that names it (below); so is an
                # amount of a debt issued with its use right after it (安排超长期特别国债3000亿元支持消费品以旧换新: the
                # part of the year's issue put to that use; 拟发行特别国债5000亿元，支持…: the issue, its use a clause of its own),
                # unless its clause issues it (全年发行再融资债券15亿元用于偿还到期债务, 发行国债1000亿元用于灾后恢复重建:
                # the whole issue, whatever it goes to)
                # (中央财政安排219亿元支持116户国有企业实施政策性关闭破产: the use less the count of those it helps, which
                # is a figure of its own)
                cut = ((mu.start("count"), mu.end("count")) if "count" in mu.re.groupindex and mu.start("count") >= 0
                       else (mu.end("use"), mu.end("use")))
                f.indicator = (self.text[mu.start("use"):cut[0]] + self.text[cut[1]:mu.end("use")] + cw.de
                               + f.indicator)
                f.named_by_clause = True
            elif ((cw.generic_amount_name.fullmatch(f.indicator) or cw.aid_amount_name.fullmatch(f.indicator)
                         or _payer_only(f.indicator, cw))
                    and (mi := cw.amount_input_before.fullmatch(norm, st.start, cs)
                         or cs == st.start and cs > 0 and norm[cs - 1] in cw.sentence_stops
                         and (span := self.report.sentence_span(cs - 1)) is not None
                         and cw.amount_input_before.fullmatch(norm, span[0], cs))):
                # 各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元: the payer's amount of the input its clause
                # raises, named by that input and the budget paying it (as 中央财政安排科技投入 is); the input may be
                # raised by the sentence of one clause before (三要进一步增加农业补贴。中央财政拟安排补贴资金1230亿元) and
                # by whom it goes to (增加对“三农”的投入 → “三农”投入); an amount named only by its payer (全国财政支出,
                # 其中中央财政支出) is the payer's part of that input, not all it spends (各级政府加大对科技、教育…的投入，
                # 全国财政支出2.82万亿元 → 全国财政科技、教育…支出, in the noun printed; 增加全国教育支出，其中中央财政支出
                # 1981亿元 → 中央财政教育支出)
                paid = "".join(self.text[mi.start(g):mi.end(g)] for g in ("whom", "input") if mi.start(g) >= 0)
                mp = cw.payer_spend_lead.match(f.indicator) or cw.payer_subject.match(f.indicator)  # (中央财政投入)
                if (mp and mi.start("whom") >= 0 and norm[mi.start("input"):mi.end("input")] in cw.actor_spend_nouns
                        and (rest := f.indicator[mp.end():]) in cw.actor_quantities):
                    paid = self.text[mi.start("whom"):mi.end("whom")] + rest
                f.indicator = _budget_paid(mp.group("payer"), mp.group(), paid, cw) if mp else paid
                f.named_by_clause = True
            if _payer_only(f.indicator, cw):
                if (cw.amount_for_this.search(norm, cs, f.start)
                        and (use := _enacted_before_this(norm, self.text, st.start, cs, cw))):
                    # 加快推进新型农村合作医疗制度建设，…，中央财政为此将增加支出42亿元: the payer's amount named by the
                    # programme 为此 points back to, the nearest clause before that sets one up or carries one out
                    f.indicator = use + cw.de + f.indicator
                    f.named_by_clause = True
                elif ms := cw.programme_state_before.fullmatch(norm, st.start, cs):
                    # 国家助学制度进一步完善，中央财政投入223亿元: the payer's amount of the programme whose state the
                    # sentence opens with, as 为此 names it
                    f.indicator = self.text[ms.start("programme"):ms.end("programme")] + cw.de + f.indicator
                    f.named_by_clause = True
        if f.class_of is not None and cs <= f.class_of[0]:
            a, b = _strip(norm, cs, f.class_of[1], "level")
            if b - a > 2:
                f.indicator = self.text[a:b]  # 其中降薪幅度超过30%的企业占总体调查企业的10.6%: the class's share
                if (head := clean_name(f.indicator)) and len(head) > 2 and f.indicator.endswith(head):
                    f.indicator = head  # 五年内新建一百万吨以上的大型矿井二十八个: the time the class is built in is
                    # no part of its name, as of any name (its tail, the bound's 以上的, stays)
                f.class_measure = clean_name(self.text[a:f.class_of[0]]) if a < f.class_of[0] else ""
                if (not f.class_measure and (pv := self.prev) is not None and pv.sentence == f.sentence
                        and pv.class_measure and not f.indicator.startswith(pv.class_measure)):
                    # 亩产皮棉达到一百斤以上的有四十五个县…；八十斤到九十九斤的有五十五个县: a later class printed as its
                    # bounds alone is of what the class before measures
                    f.class_measure = pv.class_measure
                    f.indicator = pv.class_measure + f.indicator
                if norm[f.class_of[1] - 1] == cw.de and f.unit_kind == "count":
                    # 亩产皮棉达到一百斤以上的有四十五个县: the counties of the class; …的煤矿企业，设计能力在年产煤
                    # 一百万吨以上的就有三十一个: the mines named before
                    noun = _following_text(norm, self.text, f.qend, st.end)
                    if not noun and cs > st.start + 1 and norm[cs - 1] in cw.clause_stops:
                        pa, pb = _strip(norm, st.clause_start(cs - 1), cs - 1, "level")
                        if pb > pa and not any(map(str.isdigit, norm[pa:pb])):
                            noun = self.text[pa:pb].rsplit(cw.de, 1)[-1]
                    if noun:
                        f.basis = f.indicator + cw.de  # (the class the next item of its list is of too:
                        f.indicator += cw.de + noun  # …的有四十五个县、七百六十一万三千亩棉田)
                f.named_by_clause = True
        if (f.indicator in cw.domain_heads and carry.subject
                and (tail := next((w for w in cw.domain_subject_ends if carry.subject.endswith(w)), ""))
                and len(carry.subject) > len(tail)):
            # 高等教育在学人数2500万人，毛入学率提高到22％; 粮食产量…、亩产提升10.1斤: a bare rate of the domain the
            # subject before names (高等教育, 粮食), as a reader of the sentence reads it
            f.indicator = carry.subject[:-len(tail)] + f.indicator
            f.named_by_clause = True
        if ((pv := self.prev) is not None and pv.sentence == f.sentence and pv.unit_kind == "count" and pv.indicator
                and f.indicator.startswith(pv.indicator) and (mh := cw.count_owner_has.match(f.indicator, len(pv.indicator)))
                and len(f.indicator) - mh.end() >= 2):
            f.indicator = pv.indicator + f.indicator[mh.end():]  # 21个社区卫生服务中心共有床位685张: the centres' beds
        if (siblings := cw.sibling_scopes.get(f.indicator)) and carry.subject and f.unit == carry.unit and (
                part := next((w for w in siblings if carry.subject.startswith(w)
                              or w in carry.subject and not carry.subject.endswith(w)), "")):
            # 城镇人均居住面积增加到8.7平方米，农村增加到22平方米: the countryside's living space, as the part of the
            # whole before names what it measures (区域环境噪声昼间平均等效声级54.1分贝，夜间45.3分贝: the part's word
            # inside the name, the words around it the night's too; not a part ending the name, 惠及…城镇职工和城镇居民、
            # 8.35亿农村居民, where nothing measured follows it)
            at = carry.subject.index(part)
            f.indicator = carry.subject[:at] + f.indicator + carry.subject[at + len(part):]
            f.named_by_clause = True
        elif (carry.subject and f.unit == carry.unit and f.unit not in cw.unit_counting_units and not f.named_by_clause
              and f.indicator
              and (cw.owner_end.search(f.indicator) or cw.body_end.search(f.indicator))
              and (owned := _peer_owned(f.indicator, carry.subject, cw))):
            f.indicator = owned  # 公立医院病床使用率91.2%，民营医院68.3%: the private hospitals' rate, as the
            # body the name before ends with (医院) is owned by what follows it (a count of bodies is of them: 全区市场主体
            # 总量52.6万户，新设市场主体6.35万户)
            f.named_by_clause = True
        if f.unit_kind != "percent":  # (the names an item of a list of amounts shares: none for a percentage)
            if (f.indicator and f.qend < st.end and norm[f.qend] in _LIST_NEXT
                    and (shared := _shared_list_name(self.report, f, cs, st.end))):
                f.indicator = shared  # 淘汰钢铁2700万吨、水泥4200万吨…等落后产能; 年产各30万吨的扬子和齐鲁乙烯工程
                f.named_by_clause = True
                if f.measure == "level" and (mv := cw.list_head_verb.search(norm, cs, f.start)) and _is_cut(mv.group(), cw):
                    f.measure, f.sign = "abs_change", -1  # (…、平板玻璃3500万标准箱等落后产能: cut as the first item)
            elif (pv := self.prev) is None or f.indicator and self.text.find(f.indicator, soft, f.start) < 0 and not (
                    f.unit_kind == "count" and pv.unit_kind == "count"):
                pass  # (an item whose name its own clause does not print, no count after a count, shares no word of
                # the item before: the three rules below each need one of these; 收入、1、1、… reads none of them)
            elif modified := _count_modified_name(self.report, pv, f):
                f.indicator = modified  # 用于安排1200人就业的补贴资金300万元: 用于安排就业的补贴资金, the count no part of it
                f.named_by_clause = True
            elif verb := _list_change_verb(norm, self.text, pv, f, soft):
                # 损失工业总产值一千亿元，钢产量二千八百万吨，财政收入四百亿元: each item a loss as the first is
                item, f.change_verb, f.named_by_clause = f.indicator, verb, True
                if pv.list_qualifier and f.qualifier == "exact":
                    f.qualifier = f.list_qualifier = pv.list_qualifier
                if pv.measure == "abs_change":
                    noun = cw.object_change_nouns.get(verb, "")
                    f.measure, f.sign = "abs_change", pv.sign
                    f.indicator = _changed_quantity(item, noun, cw)
                else:
                    f.indicator = verb + item
            elif verb := _list_item_verb(self.text, norm, pv, f, soft):
                obj = pv.indicator[len(verb):] if pv.indicator.startswith(verb) else ""
                shared = (next((w for w in cw.list_shared_places if obj.startswith(w) and not f.indicator.startswith(w)), "")
                          if obj[-2:] == f.indicator[-2:] else "")
                # 关停小火电2157万千瓦、小煤矿1.12万处: 关停小煤矿; 改造老旧小区供热管网20公里、燃气管网15公里: 改造老旧小区
                # 燃气管网, the place the first item's object lies in shared, when the item names the same kind of
                # thing no longer than the object after it
                f.indicator = verb + (shared if len(f.indicator) <= len(obj) - len(shared) else "") + f.indicator
                f.named_by_clause = True
            elif shared := _list_shared_modifier(self.text, pv, f, soft):
                f.indicator = shared + f.indicator  # 淘汰落后炼铁产能4659万吨、炼钢产能3747万吨: 落后炼钢产能
                f.named_by_clause = True
            elif product := _list_item_quantity(self.report, pv, f, soft):
                f.indicator = product  # 淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨: 落后水泥产能
                f.named_by_clause = True
            elif owned := _list_item_owner(self.report, pv, f, soft):
                f.indicator = owned  # 供销合作社…已有基层社三万一千余个，社员一亿六千五百五十二万余人: their members
                f.named_by_clause = True
            elif (head := self._item_head_before(f, soft)) is not None and (
                    product := _item_quantity(self.report, head, f, soft)):
                f.indicator = product  # 棉纱产量286.5万吨，比1980年预计增加9万吨；纸520万吨: 纸产量, as the item
                f.named_by_clause = True  # before names its product's output, its change between them
        if f.measure == "level":  # (the rules of a level named by what it adds or lists: one test of the measure)
            if f.measure == "level" and f.indicator and (grown := self._increment_owner(f, carry)):
                # 一九五九年比一九五八年计划增长百分之六十二，增长的绝对数却是六百九十二万吨: how much the steel grew
                f.indicator, f.measure, f.sign = grown, "abs_change", 1
                f.named_by_clause = True
                self._front_base(f, f.cs, st)
            if (f.measure == "level" and f.indicator and f.unit != cw.times_unit
                    and (verb_named := _verb_headed_name(f.indicator, f.unit, cw))):
                f.indicator = verb_named  # 增加放映队２，７２９个 → 新增放映队 (and the items of its list: 、复线643公里)
                f.named_by_clause = True
            if (f.measure == "level" and f.unit_kind == "count" and (ml := cw.listed_count.fullmatch(f.indicator))
                    and clean_name(head := ml.group("head")) == head):
                f.indicator = head  # 施工线路有包头——兰州线、内江——昆明线等２５条: the lines counted, not the examples listed
                f.named_by_clause = True
        list_named = lst is not None and lst.head is f and lst.printed and lst.items and f.indicator == lst.items[0]
        if f.indicator and not f.named_by_clause and not list_named and (  # (an item of the subject printed before 分别)
                f.measure == "level" or (span := (stripped if stripped is not None and f.measure == measure
                                                  else _strip(norm, soft, subj_end, f.measure)))[1] - span[0] >= 2):
            # (a figure that is no level and whose own subject is shorter than a name is never flagged: the
            # window is not read)
            named = self._named_after(f, cs, st)
            if not named and (f.measure == "level" or len(clean_name(text[span[0]:span[1]])) >= 2):
                # the name comes from before although the figure's own clause has words of its own (or the
                # figure is a level, which names its thing): check that the subject carried is the right one
                f.flags += ("subject_carried",)
        if f.indicator and not (driver or _never_subject(f.indicator)
                                or st.brackets != [] and st.in_brackets(norm, f.start)
                                or f.share_whole or self._counted_whole_of_share(f, cs)
                                or self._touched_aside(f, st)):
            # a budget base (完成年初预算数X的Y%) or a bracketed note (增幅在全市16县区中排名第五) is never the
            # subject of the figures after it, nor a count of what the works before touch or reach (完成老旧小区改造
            # 45个，涉及楼栋310栋、居民1.2万户，完成年度任务的112.5%: the works are done, not the households)
            was = carry.by_unit.get(f.unit, "")
            carry.subject, carry.unit = placed + f.indicator, f.unit
            if was and was != carry.subject and st.first_part_marker(norm, carry.scope[0], f.start) >= 0:
                carry.wholes[carry.subject] = carry.wholes.get(was, was)  # 其中高校毕业生3000人: a part of 新增城镇就业
            carry.by_unit[f.unit] = carry.subject
            if f.subset_of is not None and f.subset_of.indicator and f.unit_kind == "count":
                carry.parts[carry.subject] = placed + f.subset_of.indicator  # (已完成的重点任务: of 重点任务)
        if f.measure == "level" and f.unit == cw.times_unit and (verb_named := _verb_headed_name(f.indicator, f.unit, cw)):
            # 三次提高粮食最低收购价，提价幅度超过20%: the times counted (提高粮食最低收购价的次数), while the clauses after
            # go on with what was raised
            f.indicator = verb_named

    def _counted_whole_of_share(self, f: _Fig, cs: int) -> bool:
        """Whether ``f`` counts the whole a share printed right after its noun is of, inside the clause of 占 from
        ``cs`` (占全国一千七百八十六个县的百分之二十八), as a size printed before its 的 is (:func:`_share_whole`)."""
        norm, cw = self.norm, self.cw
        if f.unit_kind != "count" or not f.indicator or norm.find(cw.share_verb, cs, f.start) < 0:
            return False
        k = f.qend + len(f.indicator)
        return (norm.startswith(f.indicator, f.qend) and norm.startswith(cw.de, k)
                and cw.item_figure.match(norm, k + len(cw.de)) is not None)

    def _actor_name(self, f: _Fig, actor: str, cs: int, s1: int) -> str:
        """The name of an amount whose subject is who collects or spends it (税务部门, 中央财政): the noun after
        the figure when there is one, with a budget paying it before it (中央财政的400亿元补贴资金 → 中央财政补贴资金;
        税务部门 is no budget; a generic fund noun with the actor, 中央财政资金), else the actor, its verb and what it collects or spends — the quantity of the total its
        paragraph breaks down (税务部门完成16396万元 after 大口径财政收入… → 税务部门收入; 组织 stays), the noun of the
        verb (中央财政安排219亿元 → 中央财政安排资金; 国家财政安排支出 names it); a change of what it collects, by the
        actor and the quantity changed (全国财政比年度预算超收7239亿元 → 全国财政收入)."""
        norm, cw = self.norm, self.cw
        following = clean_name(_following_text(norm, self.text, f.qend, s1))
        ends = [k + len(w) for w in cw.generic_fund_nouns if (k := following.find(w)) >= 0]
        following = following[:min(ends)] if ends else following  # 补贴资金[用好用活]: the noun ends with the fund
        at = norm.rfind(normalize(actor), cs, f.start)
        after = norm[at + len(actor):f.start] if at >= 0 else ""
        if len(following) >= 2:  # (a budget paying it is kept before it, as :func:`_budget_paid` keeps it)
            return actor + following if following in cw.generic_fund_nouns else _budget_paid(actor, actor + after,
                                                                                               following, cw)
        if (pv := self.prev) is not None and pv.sentence == f.sentence and pv.unit_kind == "money" and (
                pv.indicator in cw.bare_measures and cw.part_marker.match(norm, cs)):
            return actor + pv.indicator  # 实施总额4万亿元的两年投资计划，其中中央政府拟新增1.18万亿元: a part of the total
        if mv := cw.actor_change_end.search(after):
            return actor + cw.actor_change_nouns[mv.group("verb")]  # 全国财政比年度预算超收7239亿元: a change of what the actor collects
        spend = [m for m in cw.actor_spend.finditer(after)][-1:]
        collect = [m for m in cw.actor_collect.finditer(after)][-1:]
        if spend and (not collect or spend[0].start() > collect[0].start()):
            verb = spend[0].group()
            return actor + verb + cw.actor_spend_nouns[verb]
        verb = collect[0].group() if collect else ""
        quantity = self._total_quantity(f.start)
        return actor + cw.actor_collect_names.get(verb, "") + (quantity or (cw.actor_default_quantity if verb
                                                                           else cw.actor_fund_noun))

    def _part_of_set_before(self, f: _Fig, st: _SentenceState) -> str:
        """The name of a count printed right after ``中的`` that closes the set the figure before it counts in the
        same unit: the verb that opens the set's clause (完成, 开工 … with 已) and 的 before the set's name
        (已完成年度45项改革任务中的31项 → 已完成的改革任务), or the verb right after the figure (…中的31项已完成), the
        set's name when no such verb is printed; '' for any other figure (the caller reads counts only)."""
        norm, cw, prev = self.norm, self.cw, self.prev
        undone = ""
        if (f.indicator and prev is not None and prev.unit == f.unit
                and ((residue := self._done_residue(f, st) or bool(undone := self._undone_residue(f, st)))
                     or f.indicator == prev.indicator)
                and (whole := self._set_closed_before(f, st, residue or self._done_residue(f, st, False))) is not None):
            # 全区５０个重点项目中，１７个已经竣工，其余３３个均已开工: a bare count after the set its sentence closes with 中
            # names the rest of the set, or the part of it its verb says is done
            if f.subset_of is None:
                f.subset_of = whole  # (全年30项民生实事，28项全面完成: a part of the 30, no 中 closing them)
            if word := _remainder_word(self.report, f, cw):
                return word + cw.de + whole.indicator
            if undone:
                return undone + cw.de + whole.indicator  # 1项因政策调整未完成: the part not done, its reason no name
            if norm[f.start - 1] in cw.clause_stops and (mv := cw.done_after_count.match(norm, f.qend)) and mv.end() > f.qend:
                return norm[mv.start():mv.end()] + cw.de + whole.indicator
            return whole.indicator if norm[f.start - 1] in cw.clause_stops else ""  # (３３个正在建设: of the set, not
            # of the part named before it)
        if (prev is None or prev.start < st.start or prev.unit != f.unit
                or not norm.startswith(cw.de, f.start - 1) or norm[f.start - 2] not in cw.inside_suffixes
                or not prev.indicator or f.indicator != prev.indicator + norm[f.start - 2]):
            return ""
        mv = (cw.done_after_count.match(norm, prev.cs) if prev.cs >= 0 else None) or cw.done_after_count.match(norm, f.qend)
        return norm[mv.start():mv.end()] + cw.de + prev.indicator if mv else prev.indicator

    def _done_residue(self, f: _Fig, st: _SentenceState, named: bool = True) -> bool:
        """Whether ``f``'s name is only what is left of the verb of what is done that closes the clause right after
        the figure, or its adverb (25项超额完成, 28项全面完成 → 全面, 2项基本完成 → 基本): no noun of the things counted
        (with ``named`` false, whether that verb closes the clause, whatever the name: 14项已全部完成)."""
        norm, cw = self.norm, self.cw
        mv = cw.done_after_count.match(norm, f.qend)
        return (mv is not None and mv.end() > f.qend and (mv.end() >= st.end or norm[mv.end()] in cw.clause_stops)
                and (not named or norm.startswith(f.indicator, f.qend) and f.qend + len(f.indicator) <= mv.end()))

    def _undone_residue(self, f: _Fig, st: _SentenceState) -> str:
        """What the clause right after the figure says is not done (未完成, 尚未实现), when the clause is only a few
        words and that and ``f``'s name only what is left of them (1项因政策调整未完成 → 因政策调整未: a reason and a
        dangling 未, no noun of the things counted); '' otherwise."""
        norm, cw = self.norm, self.cw
        mv = cw.done_after.match(norm, f.qend)
        if (mv is None or mv.start("undone") < 0 or not (mv.end() >= st.end or norm[mv.end()] in cw.clause_stops)
                or not norm.startswith(f.indicator, f.qend) or f.qend + len(f.indicator) > mv.end()):
            return ""
        return self.text[mv.start("undone"):mv.end("undone")]

    def _set_closed_before(self, f: _Fig, st: _SentenceState, done: bool = False) -> _Fig | None:
        """The count before ``f`` in its sentence, in its unit, whose noun its clause closes with 中 (全区５０个重点项目中，):
        the set the bare counts after it are parts of; None when there is none within ``COUNTED_SET_BACK`` figures.

        When ``done`` (the bare count's clause is only it and what is done: 28项全面完成), a count whose noun closes
        its clause without 中 is such a set too, right before it or picked from by the part before (全年30项民生实事，
        28项全面完成，1项因政策调整未完成: the 28 and the 1 of the 30)."""
        norm, cw = self.norm, self.cw
        for g in reversed(self.kept[-1 - COUNTED_SET_BACK:]):
            if g.start < st.start:
                return None
            k = g.qend + len(g.indicator)
            if g.unit != f.unit or not g.indicator:
                continue
            if (norm.startswith(g.indicator, g.qend)
                    and (norm[k:k + 1] in cw.inside_suffixes and norm[k + 1:k + 2] in cw.clause_stops
                         or done and norm[k:k + 1] in cw.clause_stops and norm[f.start - 1] in cw.clause_stops
                         and g is self.prev and st.clause_start(f.start) == k + 1)):
                return g
            if (done and norm[f.start - 1] in cw.clause_stops and (pv := self.prev) is not None and pv is not g
                    and pv.sentence is g.sentence and pv.unit == g.unit
                    and (pv.subset_of is g or pv.subset_of is None and pv.indicator.endswith(cw.de + g.indicator)
                         and cw.done.match(pv.indicator) is not None)):
                return g  # 全区18项重点任务完成17项，1项未完成 (民生实事20项，已完成18项，2项未完成: the part done named
                # 已完成的民生实事, linked to the set only once all is read): the 1 and the 2 of the set too
        return None

    def _counted_set(self, st: _SentenceState) -> _Fig | None:
        """The figure before the one read, in its sentence, past those that say what part of a set counted before
        it is done or its rate (155个市区重点工程中,已开工138个,开工率89.0%: the 155 projects) or another quantity
        of the set (实施重点项目120个,总投资580亿元: the 120 projects); None when there is no figure before, or when
        neither it nor any the walk may reach back to is a count (the caller reads a set counted only: a run of
        amounts, 收入、1、1、…, is not walked back from at each of its figures)."""
        prev = self.prev
        if prev is None or prev.unit_kind != "count" and "count" not in map(_UNIT_KIND, self.kept[-1 - COUNTED_SET_BACK:]):
            return None
        k = len(self.kept) - 1
        while (prev is not None and len(self.kept) - k <= COUNTED_SET_BACK and k > 0 and prev is self.kept[k]
               and st.start <= self.kept[k - 1].start
               and (prev.measure == "rate_pct" or self.cw.done.match(prev.indicator)
                    or self._owned_quantity(prev, self.kept[k - 1]) or self._touched_aside(prev, st)
                    or prev.measure in _CHANGE_MEASURES and self.kept[k - 1].measure == "level"
                    and self.kept[k - 1].indicator == prev.indicator
                    and self.kept[k - 1].unit not in self.cw.person_units
                    and self.kept[k - 1].unit not in self.cw.person_visit_units)):
            # (新建商品住宅成交5862套，同比下降13.5%，成交面积…: the change of the count passed to the count; not of persons
            # or visits, no set that owns what follows: 接待游客23.5万人次，同比增长41.2%，实现营业收入…)
            k -= 1
            prev = self.kept[k]
        return prev

    def _listed_sibling(self, g: _Fig) -> bool:
        """Whether the count ``g`` is a later item of a 、-list of counts (卫生院1个、村卫生室28个; 小学5所、初中2所): the
        figure kept right before it, in its sentence, a count closed by the 、 that opens ``g``'s item. A quantity
        printed after such a list (…，床位120张; …，在校学生6280人) is of all the things listed, not of the last."""
        kept, norm = self.kept, self.norm
        i = next((k for k in range(len(kept) - 1, max(0, len(kept) - 2 - COUNTED_SET_BACK), -1) if kept[k] is g), 0)
        if i <= 0:
            return False
        pv = kept[i - 1]
        return (pv.sentence == g.sentence and pv.unit_kind == "count" and g.unit_kind == "count"
                and norm[pv.qend:pv.qend + 1] == self.cw.item_separator and not _CLAUSE_BREAK.search(norm, pv.qend, g.start))

    def _touched_aside(self, g: _Fig, st: _SentenceState) -> bool:
        """Whether ``g`` is a count of what the works before it touch or reach, its clause opening with 涉及, 惠及 or
        覆盖 (完成老旧小区改造45个，涉及居民1.2万户，完成投资…: the households are no set the investment is of), the verb's
        object the figure's noun: no 的 between (覆盖全区的5G基站1200个: a noun phrase, the 基站 a set of its own)."""
        return (g.unit_kind == "count"
                and (m := self.cw.aside_count_lead.match(self.norm, st.clause_start(g.start))) is not None
                and self.cw.de not in self.norm[m.end():g.start])

    def _rated_set(self, f: _Fig) -> str:
        """The things a rate of a set (增长面) is of: those the count right before it, in its sentence, names some of
        (38个工业行业大类中27个行业增加值实现同比增长,增长面71%: 工业行业大类, the set after that count's 的); '' when
        the figure before is no such count."""
        pv = self.prev
        if pv is None or pv.sentence != f.sentence or pv.measure != "level" or pv.unit_kind != "count":
            return ""
        return _set_of_count(pv)

    def _owned_quantity(self, g: _Fig, before: _Fig) -> bool:
        """Whether ``g`` is a quantity of the owner the figure ``before`` it counts or has, named so (重点项目120个,
        总投资580亿元 → 重点项目总投资; 年度计划投资150亿元 after it → 重点项目投资; 卫生院3个，床位680张 → 卫生院床位, a
        count the bodies have)."""
        if g.unit_kind == "count":
            return (len(before.indicator) >= 2 and g.indicator.startswith(before.indicator)
                    and (g.indicator[len(before.indicator):] in self.cw.body_owned_heads
                         or g.unit != before.unit and g.indicator[len(before.indicator):] in self.cw.owned_heads))
            # (出让国有建设用地28宗，面积156.3公顷 → 出让国有建设用地面积: the land's area, all the name before owning it)
        owner = self.cw.owned_head_end.sub("", g.indicator)
        return (g.unit_kind != "count" and owner != g.indicator and len(owner) >= 2
                and (self.cw.owned_head_end.sub("", before.indicator) or before.indicator) == owner)

    def _level_before_change(self, g: _Fig) -> _Fig | None:
        """The figure kept right before the change ``g`` when it is of the same thing in the same sentence (加装电梯126部，
        同比增长18.9%: the 126部 the growth is of), the level a later clause speaks of past the change; else None."""
        if g.measure in _CHANGE_MEASURES and len(self.kept) >= 2 and self.kept[-1] is g:
            lv = self.kept[-2]
            if lv.sentence is g.sentence and lv.indicator == g.indicator:
                return lv
        return None

    def _listed_whole(self, f: _Fig, st: _SentenceState) -> _Fig | None:
        """The count in ``f``'s unit printed right before the 其中 that opens the list ``f`` is an item of, in its
        sentence, when another item of the list is printed before ``f`` (清理规范性文件256件，其中继续有效218件，废止
        12件: the 256件); else None."""
        norm, cw = self.norm, self.cw
        at = max((norm.rfind(w, st.start, f.start) for w in cw.part_markers), default=-1)
        if at < 0:
            return None
        whole, listed = None, False
        for g in reversed(self.kept):
            if g.sentence is not f.sentence or g.start < st.start:
                break
            if g.unit == f.unit and g.start > at:
                listed = True  # (an item of the list before f: 继续有效218件)
            elif g.unit == f.unit and g.end <= at:
                whole = g
                break
        if not listed or whole is None or not whole.indicator or cw.semicolon.search(norm, whole.end, f.start):
            return None
        return whole

    def _done_to_counted(self, f: _Fig, verb: str, st: _SentenceState) -> str:
        """The name of a level named only by what is done to the things counted or measured (基本建成511万套, 废止
        71件, 关停1000万千瓦), when the last figure before it in the same unit, in its sentence up to a semicolon,
        counts or measures the same things: the verb and their noun (新开工保障性安居工程740万套 → 基本建成的保障性安居
        工程; 进行全面清理的行政法规 → 废止的行政法规; 关停5000万千瓦小火电机组 → 关停的小火电机组; 开工27个、涉及楼栋
        193栋,完工9个 → 完工的老旧小区综合整治); ``verb`` is what is done (the figure's name, or the verb of its
        clause when the name is carried from an amount in another unit); else ''."""
        cw = self.cw
        if not (name := self.carry.by_unit.get(f.unit, "")):
            return ""
        if (whole := self._listed_whole(f, st)) is not None:
            name = whole.indicator  # 清理规范性文件256件，其中继续有效218件，废止12件: of the set 其中 breaks down,
            # not of the part listed before
        if (k := name.rfind(cw.de)) >= 0:
            noun = name[k + 1:]  # 进行全面清理的行政法规
        elif (ml := cw.set_lead.match(name)) and len(name) - ml.end() >= 2:
            noun = name[ml.end():]  # 筹集保障性租赁住房3200套，其中新建1800套: the houses, not the raising of them
        elif mv := cw.count_verb.match(name) or cw.count_verb.search(name, 2):
            noun = name[mv.end():]  # 新开工保障性安居工程; 国务院各部门共清理涉外规章… (the actor before the verb)
        else:
            noun = name  # 全力推进40个重点项目，力争二季度新开工15个: the things the figure before counts
        return verb + cw.de + noun if len(noun) >= 2 and clean_name(noun) == noun else ""

    def _subset_name(self, f: _Fig, cs: int, st: _SentenceState) -> tuple[str, _Fig | None]:
        """A count of a part of a set named by what the clause says of the part and the set (README count rule):
        ``有 N + predicate`` after the set counted in the clause before (共取得重要科研成果三万三千项，有九百三十七项
        获得国家科技发明奖 → 获得国家科技发明奖的重要科研成果) or after the set and 中 (重点项目中有7个存在征拆难题 →
        存在征拆难题的重点项目), with the figure before it the part may be of (:meth:`_set_before_parts`); '' when the
        figure's name is not the set's or no short predicate follows it."""
        norm, text, cw = self.norm, self.text, self.cw
        if (ml := _search_end(cw.subset_lead, "subset_lead", norm, max(cs, f.start - 8), f.start)) is None:
            return "", None
        before = clean_name(text[cs:ml.start()])
        prev = self._set_before_parts(f, cs, st)
        if ml.group("within") and before:
            whole = before
        elif (not before and prev is not None and prev.unit == f.unit and st.start <= prev.start and prev.end <= cs
              and not ml.group("within")):
            whole = prev.indicator
        else:
            return "", None
        said = (f.indicator[:-len(f.unit)] if f.unit in cw.person_units and f.indicator.endswith(cw.de + f.unit)
                and not cw.counted_predicate_head.fullmatch(f.indicator) else "")
        if f.indicator != whole and not said and not (text.startswith(f.indicator, f.qend)
                                                      and cw.counted_predicate_head.match(f.indicator)):
            return "", None  # (a noun after the figure names it: 有3000万贫困人口解决了温饱问题; 仍有12个尚未开工: a predicate)
        if (prev is not None and whole == prev.indicator and prev.named_by_clause
                and not text.endswith(whole[:whole.rfind(cw.de) + 1], st.start, prev.start)):
            whole = whole[whole.rfind(cw.de) + 1:]  # 50个重点项目已开工38个，仍有12个尚未开工: a part of the set the
            # part counted before is of, not of that part (列入第六个五年计划的六十五种主要产品: the set as printed)
        if said:
            return said + whole, prev  # 先后有1800多万人通过多种渠道和方式实现了再就业 → 实现了再就业的国有企业下岗职工: the
            # persons the predicate named, as no noun follows the figure, are of the set counted before
        pb = _predicate_end(norm, f.qend, st.end)
        if not 2 <= _predicate_len(norm, f.qend, pb) <= PREDICATE_MAX or cw.counted_predicate_reject.search(norm[f.qend:pb]):
            # 六十五种主要产品的产量，到１９８４年已有四十三种提前达到１９８５年的指标: a predicate too long to name
            # them leaves the set they are of, not the word it opens with
            return (whole if f.indicator != whole and cw.counted_predicate_head.fullmatch(f.indicator) else ""), prev
        name = _NAME_SPACE.sub("", text[f.qend:pb]) + cw.de + whole
        if clean_name(name) != name and not _opens_with_predicate(name, cw):
            return "", None  # (在短期内尚难排出积水: a frame, no predicate)
        return name, prev  # (as printed when it opens with a predicate head a name drops: 完成了或者超额地完成了计划)

    def _set_before_parts(self, f: _Fig, cs: int, st: _SentenceState) -> _Fig | None:
        """The figure before ``f`` a count of a part of a set may be of: the last one kept, or, when only shares of
        a set that the sentence counted before it stand between (国有企业下岗职工达2700多万人，90%以上进入再就业服务中心，
        先后有1800多万人…实现了再就业), the count of that set."""
        prev = self.prev
        if prev is None or prev.measure != "rate_pct" or prev.unit == f.unit:
            return prev
        kept, de = self.kept, self.cw.de
        for i in range(len(kept) - 1, -1, -1):
            g = kept[i]
            if g.start < st.start or g.end > cs:
                break
            if g.measure == "rate_pct":
                continue
            if (g.unit == f.unit and g.indicator and all(
                    h.indicator.endswith(de + g.indicator)
                    for h in itertools.islice(kept, i + 1, None) if h.start < f.start)):
                return g  # (kept is in text order and f is not in it yet: those after g are those between)
            break
        return prev

    def _part_said_name(self, f: _Fig, cs: int, subj_end: int, st: _SentenceState) -> str:
        """A count whose clause is only what a part of a set does and 的 (README count rule), named by it and the
        set: the set the count before it in the sentence counts (施工的限额以上建设单位共有９６４个，其中本年开始建设的
        ２７１个 → 开始建设的限额以上建设单位; 受训练的工人在今年将达７１万人，其中完成培养计划的将达２８万人) or, unless
        the part reaches its count (达到), the set the sentence opens with (这些建设项目，在今年内可以建设完工的有
        二十七个 → 可以建设完工的建设项目); '' otherwise. ``subj_end`` is where the clause's words end before the
        figure and the words printed with it (约, 近 …: 其中全部建成和部分建成而投入生产的约有七百个)."""
        norm, text, cw = self.norm, self.text, self.cw
        prev = self.prev
        if (prev is not None and cs < prev.qend < f.start and norm.startswith(cw.item_separator, prev.qend)
                and prev.sentence == f.sentence):
            cs = prev.qend + 1  # 全区新开工项目50个、投资亿元以上的20个: an item of the list that is only what a part of
            # the set counted right before it is, as after ，
        if ((mp := cw.part_said.fullmatch(norm, cs, subj_end)) is None or f.unit in cw.times_units
                or f.qend < st.end and norm[f.qend] not in cw.clause_stops):
            return ""  # (苏联帮助我国设计的一百五十六个单位: a noun after the count names it)
        raw = _NAME_SPACE.sub("", text[mp.start("said"):mp.end("said")])
        said = clean_name(raw)
        if not raw.endswith(said):
            return ""  # (其中限额以上的有九百二十一个: a qualifier the name would lose)
        if prev is not None and prev.sentence == f.sentence and prev.unit_kind == "percent":
            # (收到提案326件，办复率100%，已解决或采纳的182件: the count before the rate counts the set)
            prev = next((g for g in reversed(self.kept) if g.sentence != f.sentence or g.unit_kind != "percent"), None)
        if prev is not None and prev.sentence == f.sentence and prev.unit_kind == "count" and prev.indicator:
            if prev.measure != "level" or (prev.unit in cw.person_units) != (f.unit in cw.person_units):
                return ""
            if (norm[prev.start - 1:prev.start] == cw.de and norm[prev.qend:prev.qend + 1] in cw.clause_stops
                    and cw.de not in prev.indicator and cw.part_marker.search(norm, prev.qend, f.start) is None):
                return ""  # (反映城乡建设问题的856件；反映劳动社保问题的612件: a part of the same kind as the count
                # before, which names no set either; 反映城乡建设问题的856件，其中反映拆迁的412件: one 其中 says is of it)
            whole = prev.indicator
        elif mp.group("reach") is not None:
            return ""  # (中医的力量有了进一步的发挥，其中已经参加…机构的达到９万人: what a part reaches is of a set counted
            # before it, never of a topic the sentence opens with)
        else:
            k = next((p for p in st.stops if p > st.start), st.end)
            if k >= cs or (mt := cw.part_topic.fullmatch(norm, st.start, k)) is None:
                return ""
            whole = clean_name(text[mt.start("set"):mt.end("set")])
            if cw.period_re.fullmatch(whole):
                return ""  # (截至目前，已解决或采纳的182件: a time the sentence opens with is no set)
        noun = whole[whole.rfind(cw.de) + 1:]
        if len(said) < 2 or len(noun) < 2 or clean_name(noun) != noun or said == noun:
            return ""
        return said + cw.de + noun

    def _within_part_name(self, f: _Fig, st: _SentenceState) -> tuple[str, _Fig] | None:
        """A count of a part of the set counted right before it and 中, whose clause says only that the part grew or
        fell (README count rule): what it says and the set, less the noun of the set it repeats (38个工业行业大类中
        27个行业增加值实现同比增长 → 增加值实现同比增长的工业行业大类; 全区40种主要工业产品中,33种产量实现同比增长 →
        产量实现同比增长的主要工业产品), with the count of the set; None otherwise."""
        norm, text, cw = self.norm, self.text, self.cw
        prev = self.prev
        if (prev is None or prev.sentence is not f.sentence or prev.unit != f.unit or prev.measure != "level"
                or not prev.indicator or prev.qend >= f.start):
            return None
        whole_fig = prev
        mw = cw.within_lead.fullmatch(norm, prev.qend, f.start)
        if mw is None or clean_name(text[mw.start("set"):mw.end("set")]) != prev.indicator:
            # 19项进度符合预期，6项超出预期: a part after another part of the same set, its count opening its clause
            # (the set: the one the part before is of, or the count closed by 中 before it, 30个已开工 named so)
            if norm[f.start - 1:f.start] not in cw.clause_stops:
                return None
            whole_fig = prev.subset_of or self._set_closed_before(f, st)
            if (whole_fig is None or whole_fig is prev or not whole_fig.indicator
                    or not prev.indicator.endswith(cw.de + whole_fig.indicator)):
                return None
        whole = whole_fig.indicator
        ms = cw.comparison_clause_stop.search(norm, f.qend, min(st.end, f.qend + PREDICATE_MAX + 1))
        if ms is None or cw.part_change_predicate.fullmatch(norm, f.qend, ms.start()) is None:
            return None
        said = text[f.qend:ms.start()]
        k = next((k for k in range(min(len(said) - 2, 6), 1, -1) if said[:k] in whole), 0)
        return said[k:] + cw.de + whole, whole_fig

    def _total_quantity(self, pos: int) -> str:
        """The quantity (收入, 支出) of the total the paragraph of ``pos`` breaks down: the last amount named
        before its first breakdown (从收入结构看:), else its first amount; '' when none names one."""
        norm, cw = self.norm, self.cw
        p = norm.rfind("\n", 0, pos) + 1
        mv = cw.breakdown_view.search(norm, p, pos)
        limit = mv.start() if mv else pos
        found = ""
        for g in reversed(self.kept):
            if g.start < p:
                break
            if (g.start < limit and g.measure == "level" and g.unit_kind == "money"
                    and (q := next((q for q in cw.actor_quantities if g.indicator.endswith(q)), ""))):
                found = q
                if mv:
                    break
        return found

    def _parallel_owner(self, f: _Fig, cs: int) -> str:
        """The owner the clause of the figure before names ahead of the verb this clause opens with, when this
        clause names none (规模以上工业企业累计完成工业总产值281.5亿元,同比增长4.9%,累计完成工业销售产值281.6亿元: the
        firms' sales output too); '' otherwise."""
        text = self.text
        k = text.find(f.indicator, cs, f.start) - cs
        if k < 2:
            return ""
        lead = text[cs:cs + k]
        for pv in reversed(self.kept[-PARALLEL_BACK:]):  # (the figures after it carry its name: 同比增长4.9%)
            if pv.sentence != f.sentence or not 0 <= pv.cs < cs:
                return ""
            if (j := text.find(lead, pv.cs, pv.start)) > pv.cs:
                owner = text[pv.cs:j]
                ok = pv.indicator.startswith(owner) and pv.indicator != owner and not f.indicator.startswith(owner)
                return owner if ok else ""
        return ""

    def _counted_deed_amount(self, f: _Fig) -> str:
        """The name of the amount of a deed ``f`` names by its verb alone (赔付金额, 结算金额), when the figure right
        before in its sentence counts that deed and its name ends with the verb (大病保险赔付1.2万人次，赔付金额8600万元
        → 大病保险赔付金额; 门诊统筹报销人次356万人次，报销金额 → 门诊统筹报销金额); '' otherwise."""
        cw = self.cw
        if f.measure != "level" or (m := cw.deed_amount.fullmatch(f.indicator)) is None or self.prev is None:
            return ""
        pv = self.prev  # (the count's own change between: 结算12.6万人次，同比增长45.2%，结算金额6.3亿元)
        for g in reversed(self.kept[-PARALLEL_BACK:]):
            if g.sentence != f.sentence or g.indicator != pv.indicator:
                break
            pv = g
        if pv.sentence != f.sentence or pv.unit_kind != "count" or pv.measure != "level":
            return ""
        stem = pv.indicator.removesuffix(pv.unit) if pv.unit in cw.person_visit_units else pv.indicator
        verb = m.group("verb")
        return _joined_name(stem, f.indicator, len(verb)) if stem.endswith(verb) and len(stem) > len(verb) + 1 else ""

    def _counted_item_owner(self, f: _Fig) -> str:
        """The units a count right before owns the bare measure of ``f`` printed as the next item of their list,
        after 、 with no other word (在京新设机构28家、注册资本金14.7亿元 → 在京新设机构); '' otherwise."""
        prev, norm, cw = self.prev, self.norm, self.cw
        if (prev is None or prev.sentence != f.sentence or prev.unit_kind != "count" or prev.measure != "level"
                or prev.unit in cw.person_units or not cw.owner_end.search(prev.indicator)
                or norm[prev.end:prev.end + 1] != cw.item_separator
                or clean_name(norm[prev.end + 1:f.start]) != f.indicator):
            return ""
        return prev.indicator

    def _list_head(self, f: _Fig, st: _SentenceState, rx: re.Pattern[str], rule: str, nouns: tuple[str, ...],
                   in_name: bool) -> str:
        """The name of an item ``f`` lists after a head in its sentence naming what is counted of each item, as
        printed: after a head of new capacity (``capacity_list_head``: 新增加的生产能力有：生铁…，钢… → 钢新增加的生产
        能力; ``in_name``: the head may open the name, 当年新增加的主要生产能力有煤炭２７１４万吨), after a head naming
        what is counted of each kind of school (``kind_list_head``: 招生人数将为：高等学校十万九千人，… → 高等学校招生人数);
        "" when no such head opens the list ``f`` is in (none before it since the last semicolon) or its name is no
        bare item (longer than an item, or holding one of ``nouns``: 在校学生人数 itself); an item holding one of
        ``nouns`` after a head saying what is new (the group ``new`` of ``rx``) is named with those words before it
        (发电机组容量 → 新增加的发电机组容量: the capacity added). ``rx`` is the rule named ``rule``."""
        if (heads := st.list_heads.get(rule)) is None:
            heads = st.list_heads[rule] = list(st.scan(rx, rule, self.norm))
        head = next((m for m in reversed(heads) if m.end() <= f.start), None) if heads else None
        if head is None or head.end() <= st.semi:
            return ""
        item = f.indicator
        if in_name:
            mi = rx.search(item)
            item = clean_name(item[mi.end():] if mi else item)
        if not item or len(item) > LIST_ITEM_MAX:
            return ""
        if any(w in item for w in nouns):
            # 当年新增加的主要生产能力有…，发电机组容量１１８４万千瓦: the capacity added, not the whole installed
            new, added = head.groupdict().get("new"), head.groupdict().get("added")
            return self.text[head.start("new"):head.end("new")] + item if new and not item.startswith(added) else ""
        return item + self.text[head.start("head"):head.end("head")]

    def _actual_after_contracted(self, f: _Fig, cs: int, subj_end: int) -> str:
        """The name of an amount actually put in, printed bare (实际投资) as the next item after a contracted amount
        of the same thing (外商直接投资协议金额１２０亿美元，实际投资４３．７亿美元 → 外商直接投资实际金额): the
        contracted amount's owner, 实际 and its measure; or, when the clause of ``f`` (from ``cs`` to ``subj_end``)
        is that bare word alone and ``f``'s name comes from before it, the amount of that subject actually put in
        (外商直接投资保持增长势头，实际到位４００多亿美元 → 外商直接投资实际到位; 合同利用外资…，实际到位… →
        实际利用外资: not the contracted amount again); "" otherwise."""
        cw = self.cw
        if (ma := cw.actual_bare.fullmatch(f.indicator)) is not None:
            pv = self._item_before(f)
            m = cw.contracted_name.fullmatch(pv.indicator) if pv is not None else None
            return m.group("owner") + ma.group("actual") + m.group("measure") if m else ""
        if (ma := cw.actual_bare.fullmatch(self.norm, cs, subj_end)) is None:
            return ""
        m = cw.contracted_name.fullmatch(f.indicator)
        return (m.group("owner") + ma.group("actual") + m.group("measure") if m
                else f.indicator + self.text[ma.start():ma.end()])

    def _unit_basis_name(self, f: _Fig, cs: int) -> None:
        """Head the name of a level ``f`` printed after it with the basis per unit its clause (from ``cs``) ends with
        (平均一个人民公社拥有六万四千亩耕地 → 平均一个人民公社耕地: an average per commune, not a total), or with the
        basis of the figure before it when ``f`` opens the next item of that list (…六万四千亩耕地，一万个劳动力 →
        平均一个人民公社劳动力)."""
        norm, cw = self.norm, self.cw
        if cw.per_person_name.search(f.indicator) or not norm.startswith(f.indicator, f.qend):
            return
        if f.start - cs <= _SHORT_WINDOW and (m := cw.unit_basis.search(norm, cs, f.start)):
            basis = m.group("basis")
        elif ((pv := self.prev) is not None and pv.sentence == f.sentence and pv.basis and pv.measure == "level"
              and (k := next((i for i in range(pv.qend, f.start) if norm[i] in cw.clause_stops
                              or norm[i] == cw.item_separator), -1)) >= 0
              and k - pv.qend <= len(pv.indicator) and pv.indicator.endswith(norm[pv.qend:k])
              and f.start - k <= 3 and (f.start - k == 1 or f.qualifier != "exact")):
            basis = pv.basis  # (the next item, after a comma or a 、, a qualifier at the most before its figure)
            f.class_measure = pv.class_measure
        else:
            return
        f.indicator, f.basis, f.named_by_clause = basis + f.indicator, basis, True

    def _item_before(self, f: _Fig) -> _Fig | None:
        """The figure before ``f`` in its sentence when ``f``'s name is printed alone right after it, after a comma or
        a 、 (…协议金额１２０亿美元，实际投资４３．７亿美元; …粮食近八百斤，棉花十多斤): the next item of its list; else
        None."""
        pv, cw = self.prev, self.cw
        if pv is None or pv.sentence != f.sentence:
            return None
        gap = self.norm[pv.qend:f.start]  # (a comma, then the item's name alone)
        if gap[1:] != f.indicator or not (gap[:1] in cw.clause_stops or gap[:1] == cw.item_separator):
            return None
        return pv

    def _person_share_item(self, f: _Fig) -> str:
        """The name of a product ``f`` lists right after the share each person has of another (全国平均每人占有粮食近八百斤，
        棉花十多斤: 全国平均每人占有棉花), "" when the figure before it names no such share or ``f`` is no bare item
        printed right after it."""
        if (pv := self._item_before(f)) is None or not pv.indicator:
            return ""
        m = self.cw.person_share_name.fullmatch(pv.indicator)
        return m.group("basis") + f.indicator if m else ""

    def _owner_before(self, f: _Fig, cs: int, st: _SentenceState, share: bool = False) -> str:
        """The owner of a bare measure (营业额, 利润) named in the clause before the figure's when that clause
        holds no figure: the noun phrase at its head, before its predicate (住宿和餐饮业恢复加快, 国有及国有控股
        工业企业经济效益大幅度提高, 外商直接投资保持良好势头), or the whole clause (轻工业，总产值…); when the clause
        before holds a figure, the owner of its name (中等职业学校招生规模…，在校学生总数…), or with ``share`` (the
        owner of a share 占…比重) its whole name (高技术产业增加值增长12%，占规模以上工业增加值比重提高2个百分点)
        or the owner of its share; '' otherwise."""
        norm = self.norm
        if (not share and (pv := self.prev) is not None and pv.start >= st.start
                and norm.startswith(self.cw.item_separator, pv.end) and norm.startswith(f.indicator, pv.end + 1)
                and f.indicator not in self.cw.sibling_measures
                and pv.indicator not in self.cw.bare_measures and (mi := self.cw.item_owner.fullmatch(pv.indicator))):
            return mi.group("owner")  # 区属国有企业资产总额1256.8亿元、负债总额812.4亿元: an item right after the
            # figure before, past a 、, is a measure of its owner (not a flow of its siblings, 营业收入…、税收…, which
            # may be the place's own)
        if cs <= st.start + 1 or norm[cs - 1] not in ",;":  # (a clause of its own list item: after a comma, or a
            # semicolon between parallel items, 全日制高等学校招生数…增加到四十万人…；在校学生达到一百三十万人)
            return "" if share else self._counted_item_owner(f)
        pc = st.clause_start(cs - 1)
        prev = self.prev
        if owner := self._topic_past_aside(pc, st):
            return owner
        if share and (owner := self._share_clause_owner(pc, cs, st)):
            return owner
        if (prev is not None and prev.start >= st.start and prev.end < pc
                and (mg := self.cw.generic_measure.fullmatch(f.indicator))
                and (measure := mg.group("measure")) in self.cw.output_measures
                and prev.indicator.endswith(measure) and st.first_part_marker(norm, prev.end, cs) < 0):
            # 拿钢来说，英国早在一八八○年，年产量就已经达到…，到一九三五年，年产量才增加到…: an output named again,
            # bare, in a later clause of its sentence is the same product's
            return clean_name(prev.indicator[:-len(measure)])
        if prev is not None and prev.end > pc and prev.start >= st.start:
            # 中等职业学校招生规模扩大到741万人，在校学生总数1809万人: the owner of the item before, when the
            # figure is no part of it (其中)
            if st.first_part_marker(norm, prev.end, cs) >= 0 or prev.indicator.endswith(f.indicator):
                return ""
            if (not share and prev.measure in _CHANGE_MEASURES and f.indicator.startswith(self.cw.measure_whole_words)
                    and (mg := self.cw.generic_measure.fullmatch(f.indicator))
                    and prev.indicator.endswith(mg.group("measure")) and prev.indicator != mg.group("measure")
                    and prev.indicator not in self.text[pc:prev.start]):
                # 一九八三年国内财政收入增加…，一九八五年增加三百六十二亿元，全年总收入达到一千八百二十九亿元: the whole
                # of the quantity whose growth a clause before gives with its name carried (a run of its changes), not
                # a bare total of no owner (税收收入增长8%，总收入…: a part named in its clause, no whole of it)
                return prev.indicator
            if share:
                # 在国内商业批发中的比重达到63%，在社会零售中的比重…: the owner of the share before
                ms = self.cw.share_of_whole_name.search(prev.indicator)
                return prev.indicator if ms is None else clean_name(prev.indicator[:ms.start()])
            if prev.indicator not in self.cw.bare_measures and (mi := self.cw.item_owner.fullmatch(prev.indicator)):
                return mi.group("owner")  # (营业收入450亿元,利润总额25亿元: a bare measure itself, 营业 no owner)
            if prev.unit_kind == "count" and (mp := self.cw.pilot_units.fullmatch(prev.indicator)):
                # 城镇居民基本医疗保险试点城市由上年的88个增加到317个，参保人数增加7359万: the scheme the places
                # counted try out owns the measure, not the places
                return clean_name(mp.group("owner"))
            # 能源供应业企业为6家,累计完成产值561.9亿元: the units the item before counts own the measure; so they do
            # past the change of their count (营收亿元以上企业312家，较上年同期增加15家，实现营收2105.3亿元)
            counted = prev
            if ((lv := self._level_before_change(prev)) is not None
                    and lv.unit_kind == "count" and prev.unit in (lv.unit, "%")):
                counted = lv
            if not (counted.unit_kind == "count" and counted.measure == "level"
                    and counted.unit not in self.cw.person_units and self.cw.owner_end.search(counted.indicator)
                    and not self._listed_sibling(counted)):  # (小学5所、九年一贯制学校1所；在校学生…: of all the schools)
                return ""
            return _finding_involved(counted.indicator, norm, cs, self.cw) or counted.indicator
        mo = self.cw.owner_clause.match(norm, pc, cs - 1) or (
            # 机械工业1979年计划任务不足，…，打开了销路，全年总产值…; 重工业生产，由于正在调整中，今年的产值…: the industry
            # opening the sentence, when no figure comes before
            self.cw.sentence_owner.match(norm, st.start, pc) if prev is None or prev.end <= st.start else None) or (
            # 全面加强城乡居民最低生活保障制度建设，救助人数达到6619万人: the system the clause pushes on
            self.cw.pushed_clause.fullmatch(norm, _indent_end(norm, pc, cs - 1), cs - 1)) or (
            # 交通运输和邮电通信建设，五年投资二百九十八亿元: the building the clause only names is what is invested in
            self._built_topic(f, pc, cs))
        return _carried_head(clean_name(self.text[mo.start("owner"):mo.end("owner")])) if mo else ""

    def _attribute_owner(self, cs: int, st: _SentenceState) -> str:
        """The built thing a bare size (``attribute_measures``: 全长, 总投资) is of, when the sentence opens with a
        clause of its name alone, right before the figure's clause and holding no figure: that name, past the last 的
        of what is said of it (五年内继续进行建设并已在一九五四年通车的康藏公路和青藏公路，全长… → 康藏公路和青藏公路),
        ending with a word for such a thing (``attribute_owner_ends``: 公路, 项目); '' otherwise."""
        norm, cw = self.norm, self.cw
        if cs <= st.start + 1 or norm[cs - 1] != "," or (self.prev is not None and self.prev.end > st.start):
            return ""
        pc = st.clause_start(cs - 1)
        if pc > st.start + 1:
            return ""
        a = max(_indent_end(norm, pc, cs - 1), norm.rfind(cw.de, pc, cs - 1) + 1)
        if (not 2 <= cs - 1 - a <= OWNER_TOPIC_MAX or not _CJK_RUN.fullmatch(norm, a, cs - 1)
                or not cw.attribute_owner_end.search(norm, a, cs - 1)):
            return ""
        owner = clean_name(self.text[a:cs - 1])
        return owner if len(owner) >= 2 else ""

    def _topic_past_aside(self, pc: int, st: _SentenceState) -> str:
        """The bodies the sentence opens with, a clause of a noun alone (各种类型的成人高等学校), when the clause from
        ``pc`` before the figure's is an aside saying what they include (包括电视大学、函授大学、夜大学等) and no figure
        comes before: they own the bare measure after the aside; '' otherwise."""
        norm, cw = self.norm, self.cw
        if (pc <= st.start + 1 or norm[pc - 1] != "," or (self.prev is not None and self.prev.end > st.start)
                or not norm.startswith(cw.inclusion_note_heads, pc)):
            return ""
        tc = st.clause_start(pc - 1)
        if tc > st.start + 1 or not cw.owner_end.search(norm, tc, pc - 1):
            return ""
        a = _indent_end(norm, tc, pc - 1)
        if not 2 <= pc - 1 - a <= OWNER_TOPIC_MAX or not _CJK_RUN.fullmatch(norm, a, pc - 1):
            return ""
        return clean_name(self.text[a:pc - 1])

    def _share_clause_owner(self, pc: int, cs: int, st: _SentenceState) -> str:
        """The owner of a share whose own clause, from ``pc`` to the comma before ``cs`` (past a note in brackets that
        holds its own stops), opens with 在 (在全国农户总数中的比重), named by the whole clause before it when that clause
        holds no figure and only names (参加现有的初级形式的农业生产合作社的农户，在全国农户总数中的比重，将达到三分之一
        左右; 国营和公私合营的工业的产值，在工业总产值（包括…，不包括…）中所占的比重，已由…); '' otherwise."""
        norm, cw = self.norm, self.cw
        while pc > st.start + 1 and norm[pc - 1] == ")" and (k := norm.rfind("(", st.start, pc - 1)) >= 0:
            pc = st.clause_start(k)  # (a note in brackets inside the clause: it opens before the note)
        if pc <= st.start + 1 or norm[pc - 1] != "," or not norm.startswith(cw.share_within_word, pc):
            return ""
        po = st.clause_start(pc - 1)
        if self.prev is not None and po <= self.prev.end < pc:
            return ""  # (a figure of the clause before: no clause that only names)
        mo = cw.share_owner_clause.fullmatch(norm, _indent_end(norm, po, pc - 1), pc - 1)
        return clean_name(self.text[mo.start("owner"):mo.end("owner")]) if mo else ""

    def _built_topic(self, f: _Fig, pc: int, cs: int) -> re.Match[str] | None:
        """The clause from ``pc`` to the comma before ``cs`` when it only names what is built (交通运输和邮电通信建设,
        基础设施建设方面) and ``f`` is a bare investment, the building its owner; None otherwise."""
        mg = self.cw.generic_measure.fullmatch(f.indicator)
        if mg is None or mg.group("measure") not in self.cw.built_topic_measures:
            return None
        return self.cw.built_topic.fullmatch(self.norm, _indent_end(self.norm, pc, cs - 1), cs - 1)

    def _pilot_before(self, cs: int, st: _SentenceState) -> str:
        """The pilot (or the system tried out) the clause before ``cs`` pushes on, as all it says (扎实推进新型农村
        社会养老保险试点 → 新型农村社会养老保险), the last clause of the sentence before when ``cs`` opens its sentence
        (积极推行新型农村合作医疗制度。试点范围…); '' when that clause says more."""
        norm = self.norm
        if cs > st.start + 1 and norm[cs - 1] in self.cw.clause_stops:
            a, b = st.clause_start(cs - 1), cs - 1
        elif cs <= st.start and st.start > 0 and (span := self.report.sentence_span(st.start - 1)) is not None:
            b = span[1] - 1 if norm[span[1] - 1] in self.cw.clause_stops else span[1]
            a = _last_clause_start(norm, span[0], b, self.cw)
        else:
            return ""
        a = _indent_end(norm, a, b) if norm.find("\n", a, b) < 0 else b
        mo = self.cw.pushed_clause.fullmatch(norm, a, b) if b - a >= 4 else None
        return clean_name(self.text[mo.start("owner"):mo.end("owner")]) if mo else ""

    def _front_base(self, f: _Fig, cs: int, st: _SentenceState) -> None:
        """Give ``f``, a change of no base yet, the base a frame of comparison before its clause names (与2019年同期相比，
        住宿业…分别下降; 与第六次全国人口普查相比，…增量为13.4万人, once its increment is read)."""
        cw, norm = self.cw, self.norm
        if f.measure not in ("yoy_pct", "abs_change", "pp_diff") or f.comparator or cs <= st.start:
            return
        if not st.front_read:  # 与2019年同期相比，住宿业…分别下降 (searched once a sentence)
            st.front = list(st.scan(cw.front_comparator, "front_comparator", norm))
            st.front_read = True
        if st.front and (front := [m for m in st.front if m.end() <= cs and (m.group(3) is None or m.end() + 1 == cs)]):
            # (a basis, 扣除留抵退税因素, holds for the clause right after it only)
            base = front[-1].group(1) or front[-1].group(2) or front[-1].group(3)  # (2: 而一九五八年比一九五七年，钢增加了…;
            # 3: 扣除留抵退税因素,同比增长…, a basis the clause before sets)
            at = front[-1].start()  # 。同１９５４年比较，: a frame opening its clause compares the year reviewed
            covered = (self.report.years.covered if front[-1].group(1) and (at == st.start or norm[at - 1] in
                       cw.comparison_clause_stops) and st.part_at(self.report, f.start) != "plan" else None)
            if f.measure != "yoy_pct" or _year_before(norm, front[-1].start(), base, covered):
                f.comparator = base  # (an amount of change, or one in points, keeps its measure against any base
                # (与2010年相比，0—14岁人口的比重上升1.23个百分点); 一九八一年比
                # 一九八○年，原煤增长…: against the year before, a change on last year)
            else:
                _set_change_base(f, base)

    def _increment_owner(self, f: _Fig, carry: _Carry) -> str:
        """The quantity a level named as an increment of it measures the growth of, or ''.

        A name ending with a word for how much a quantity grew (增长的绝对数, 增加额, 增量) is the change of the
        quantity before that word (``一九五九年粮食增加的绝对数将达到三千亿斤`` → ``粮食``, ``abs_change``), or, with
        none before it, of the quantity carried to it or the figure before it names in its sentence
        (``…计划增长百分之六十二，增长的绝对数却是六百九十二万吨`` → the steel output of the figure before).

        Parameters
        ----------
        f : _Fig
            A level, named.
        carry : _Carry
            The subject carried within the sentence.

        Returns
        -------
        str
            The name of the quantity grown, or '' when the name is no increment or no quantity is known.
        """
        cw = compiled()
        mi = cw.increment_name_end.search(f.indicator) if f.indicator[-1:] in cw.ends["increment_name_end"] else None
        if mi is None:
            return ""
        owner = clean_name(f.indicator[:mi.start()].removesuffix(cw.de))
        if owner:
            return owner
        pv = self.prev
        if carry.subject:
            return carry.subject
        return pv.indicator if pv is not None and pv.start >= f.cs - 60 and pv.indicator and f.unit != pv.unit else ""

    def _measured_before(self, measure: str, cs: int, st: _SentenceState) -> str:
        """The name of a figure before that names ``measure`` with its owner (一般公共预算收入 for 收入): the figure right
        before in the sentence when the bare measure opens the figure's clause (区级一般公共预算支出完成186.4亿元，…，
        支出进度较上年同期加快2.1个百分点), else the last of the sentence right before, in its paragraph, when the bare
        measure opens the sentence, else the side ``measure`` of the budget the figure right before names with its
        other side when the bare measure opens the clause (:meth:`_budget_side`); '' otherwise (a rate named by the
        subject carried to it, 收入、1、1…%, reads no figure before)."""
        norm, pv = self.norm, self.prev
        at = cs + (next(len(w) for w in self.cw.budget_side_leads if norm.startswith(w, cs))  # (共支出…: the whole
                   if norm.startswith(self.cw.budget_side_leads, cs) else 0)  # spent, as 支出 prints it)
        opens = cs > st.start and norm.startswith(measure, at)
        if opens and _names_measure(pv, measure) and st.start <= pv.start and pv.end <= cs:
            return pv.indicator
        before = st.before
        if (norm.startswith(measure, st.start) and _names_measure(before, measure)
                and not norm[before.sentence[1]:st.start].strip() and "\n" not in norm[before.end:st.start]):
            return before.indicator
        return self._budget_side(measure, cs, at, st) if opens else ""

    def _budget_side(self, measure: str, cs: int, at: int, st: _SentenceState) -> str:
        """The name of the side ``measure`` of the budget the figure right before names with its other side, when the
        bare measure, printed at ``at``, opens the figure's clause starting at ``cs`` (社会保险基金预算收入32.1亿元,完成预算的
        51.2%;支出29.8亿元 → 社会保险基金预算支出; 地方财政共收入…;共支出… → 地方财政支出, after a word of the whole);
        '' otherwise (税收收入…;支出: 税收 is no budget)."""
        other, pv = self.cw.budget_sides.get(measure), self.prev
        if (other is None or pv is None or cs <= st.start or not self.norm.startswith(measure, at)
                or not (st.start <= pv.start and pv.end <= cs) or not pv.indicator.endswith(other)):
            return ""
        owner = pv.indicator[:-len(other)]
        return owner + measure if self.cw.budget_owner_end.search(owner) else ""

    def _counted_before(self, noun: str, f: _Fig) -> str:
        """The name of the units a figure before ``f`` in its sentence counts, when it ends with ``noun`` (the units
        这些农场 points to: 国营机械化农场); '' when none does."""
        for g in reversed(self.kept[-POINTED_UNITS_BACK:]):
            if g.sentence != f.sentence:
                return ""
            if g.unit_kind == "count" and g.indicator.endswith(noun) and len(g.indicator) > len(noun):
                return g.indicator
        return ""

    def _field_said_before(self, cs: int, st: _SentenceState) -> str:
        """The field a pointer (这方面, 这些方面) in a figure's name stands for: the last one brought in as what is
        spent on or supported (用于X的, 对X的支持, 重点是X) from the start of the sentence before, in the same
        paragraph, to the figure's clause ``cs`` (用于现有企业设备更新、技术改造的资金为一千三百亿元。…这方面的投资 →
        现有企业设备更新、技术改造); '' when none is."""
        norm = self.norm
        span = self.report.sentence_span(st.start - 1) if st.start > 0 else None
        a = span[0] if span is not None and norm.find("\n", span[0], st.start) < 0 else st.start
        fields = [m for m in self.cw.field_intro.finditer(norm, a, cs) if not self.cw.field_pointer.search(m.group("field"))]
        return self.text[fields[-1].start("field"):fields[-1].end("field")].strip() if fields else ""

    def _measure_said_before(self, measure: str, st: _SentenceState) -> str:
        """The noun phrase ending with ``measure`` last in the sentence right before ``st`` (在基本建设投资总额中，提高了
        职工住宅…等方面的投资比重 → 职工住宅…等方面的投资比重), the one a demonstrative (这个比重) points to; ''
        when that sentence names none."""
        norm = self.norm
        span = self.report.sentence_span(st.start - 1) if st.start > 0 else None
        if span is None or (k := norm.rfind(measure, span[0], st.start)) < 0:
            return ""
        a, b = _strip(norm, _clause_start(norm, span[0], k), k + len(measure), "level")
        if mc := self.cw.change_object_lead.match(norm, a, b):
            a = mc.end()  # 提高了…等方面的投资比重: the share raised, not the raising
        name = clean_name(self.text[a:b]) if b > a else ""
        return name if len(name) > len(measure) else ""

    def _sum_name(self, f: _Fig, stripped: tuple[int, int], cs: int, st: _SentenceState, carry: str,
                  carry_unit: str) -> str:
        """The name of a total whose own subject is a generic word (总额) after a clause that adds a part to
        the carried subject, of the figure's unit (…亏损金额达四十二亿元，加上粮食企业、商业企业的亏损，总额达
        一百多亿元): the carried subject and the part added; ``carry`` otherwise. ``stripped``, the span of the figure's
        own subject, is not empty."""
        a, b = stripped
        if carry_unit != f.unit or not self.cw.generic_subject.fullmatch(self.norm, a, b):
            return carry
        added = self._addend_before(cs, st)
        return carry + self.cw.sum_joiner + added + self.text[a:b] if added else carry

    def _addend_before(self, cs: int, st: _SentenceState) -> str:
        """What the clause right before the one starting at ``cs`` adds when it opens with 加上 (加上粮食企业、商业
        企业的亏损: 粮食企业、商业企业的亏损), or ''."""
        pc = st.clause_start(cs - 1)
        opener = next((w for w in self.cw.addend_openers if self.norm.startswith(w, pc)), "")
        return clean_name(self.text[pc + len(opener):cs - 1]) if opener else ""

    def _summed_items(self, f: _Fig, cs: int, st: _SentenceState) -> str:
        """The name of a total opening its clause with a joiner (合计, 共计, 共) after levels of the same unit that
        other names own in the clauses before it in its sentence (教育支出5.2亿元，卫生健康支出3.1亿元，合计8.3亿元):
        those names in their order, the ending they share written once (教育、卫生健康支出), and what a clause opening
        with 加上 right before adds (…用于增加城镇职工住宅的支出一百五十二亿元，加上减免农村税收…等方面的支出，共达一千四百多
        亿元); '' when fewer than two names are summed, when one of them is the ending they all share (parts of one
        quantity, whose total the carried name names), or when the clause before heads a 分别 list (its own rule)."""
        if self.prev is not None and self.prev.list_head is not None:
            return ""
        names: list[str] = []
        for g in reversed(self.kept):
            if g.sentence != f.sentence:
                break
            if (g.unit == f.unit and g.measure == "level" and g.indicator and not g.reference
                    and "from_value" not in g.flags and g.indicator not in names):
                names.append(g.indicator)
        if len(names) < 2:
            return ""
        names.reverse()
        shared = len(os.path.commonprefix([n[::-1] for n in names]))
        if any(len(n) == shared for n in names):
            return ""  # (…共有二百个建设项目，地方有三十二个建设项目，共计二百三十二个: parts of one quantity, named whole)
        if shared >= 2:
            name = self.cw.item_separator.join(n[:-shared] for n in names) + names[0][-shared:]
        else:
            name = self.cw.item_separator.join(names)
        if added := self._addend_before(cs, st):
            name += self.cw.sum_joiner + added
        return name

    def _compared_before(self, f: _Fig, cs: int) -> str:
        """The name of the last figure read before the clause of ``f`` (starting at ``cs``) in its sentence, which a
        clause opened by 比 with no subject of its own compares with its base; '' when there is none."""
        for g in reversed(self.kept):
            if g.sentence != f.sentence:
                return ""
            if g.end <= cs and g.indicator and g.unit_kind == f.unit_kind or g.end <= cs and f.unit_kind == "percent":
                return g.indicator
        return ""

    def _named_after(self, f: _Fig, cs: int, st: _SentenceState) -> bool:
        """Whether the figure's own clause, from ``cs``, holds its name in the 24 characters after the figure, or, where
        those do not end the clause, up to the clause's end (a name made of what the clause says after the figure:
        将312万名企业“老工伤”人员…纳入工伤保险统筹管理). Where the text from ``cs`` to the sentence's end is longer than two
        clauses and lacks a first character of a part of the name, neither window holds it (words taken out of a
        window bring no character in): the answer is no at one test, the same for every figure of a run whose
        sentence runs on past it (收入、1、1、…、1财政五年支出), with no window read, nor the clause's end looked for."""
        norm, cw = self.norm, self.cw
        name = self._looked_for_name(f)
        if st.end - cs > 2 * LOOKBACK:
            head = cw.per_person_name_head
            if not (self._first_chars_printed_on(name, cs, st) or name.startswith(head)
                    and self._first_chars_printed_on(name[len(head):], cs, st)):
                return False  # (a per-person name is looked for less its head where a basis is printed apart: 人均收入、1、1、…)
        wend = f.qend + 24 if f.qend + 24 < st.end else st.end
        if self._named_in_window(name, cs, wend, st):
            return True
        if cs <= (qw := f.qualified_word)[0] and all(map((self.text[cs:qw[0]] + self.text[qw[1]:wend]).__contains__,
                                                        name.split(cw.de))):
            return True  # 全国大约损失工业总产值一千亿元: the name as printed, less the qualifier before its verb
        if wend < st.end and norm[wend - 1] not in cw.clause_stops:
            stop = st.stop_from(norm, f.qend)  # the window then runs to the end of that clause
            return stop > wend and self._named_in_window(name, cs, stop, st)
        return False

    def _looked_for_name(self, f: _Fig) -> str:
        """The name a figure's clause prints for it (see :func:`_printed_name`); for a part of a ratio, the ratio's
        name where its ratio is the figure's (三次产业比例为1.6:49.7:48.7: a part, 第一产业, is named where its ratio is)."""
        name = f.indicator
        if (f.kind == "ratio" and self.ratio is not None and self.ratio[2] and name in self.ratio[2]
                and self.ratio[0] == _ratio_span(self.norm, f.mstart)[0]):
            name = self.ratio[1]
        return _printed_name(name, self.cw)

    def _first_chars_printed(self, name: str, cs: int, end: int, st: _SentenceState) -> bool:
        """Whether the sentence from ``cs`` to ``end`` prints the first character of every part of ``name`` (its
        parts apart where it holds 的): where it does not, no window there holds the name, however stripped."""
        return all(st.holds_printed(self.text, part[:1], cs, end) for part in name.split(self.cw.de))

    def _first_chars_printed_on(self, name: str, cs: int, st: _SentenceState) -> bool:
        """Whether the sentence from ``cs`` to its end prints the first character of every part of ``name`` (see
        :meth:`_first_chars_printed`). What is known of a name from another place is used: a sentence that prints
        them from a place prints them from any before it, and one that does not from any after it (the figures of a
        run, 收入、1、1、…, ask of the same name one after another)."""
        known = st.first_printed.get(name)
        if known is not None:
            if cs <= known[0]:
                return True
            if cs >= known[1]:
                return False
        held = self._first_chars_printed(name, cs, st.end, st)
        lo, hi = known if known is not None else (-1, st.end + 1)
        st.first_printed[name] = (max(lo, cs), hi) if held else (lo, min(hi, cs))
        return held

    def _named_in_window(self, name: str, cs: int, wend: int, st: _SentenceState) -> bool:
        """Whether the text from the figure's clause start ``cs`` to ``wend`` holds every part of ``name``, the name
        looked for after the figure (:meth:`_looked_for_name`: the growth of an owner is named where the owner is,
        经济增长预期目标为7%左右 names 经济增长速度); a name with 的 holds its parts apart, the words a name drops inside
        it being taken out first."""
        text, cw = self.text, self.cw
        if name.startswith(cw.per_person_name_head) and st.holds_match(cw.person_basis, "person_basis", text, cs, wend):
            name = name[len(cw.per_person_name_head):]  # (由每人每年420元提高到450元: the basis printed apart)
        if wend - cs > 2 * LOOKBACK and not self._first_chars_printed(name, cs, wend, st):
            return False  # (words taken out of a window bring no character in: a long window that lacks a first
            # character of the name holds none of it, and is not stripped for each figure: 收入、1、1、…、1财政五年支出)
        # (the window is cut out of the text only where it may hold an inner word or a span of years: one that runs
        # to the end of a long sentence is not copied for each figure)
        if ((wend - cs <= _SHORT_WINDOW or st.may_hold("name_inner", text, cs, wend))
                and st.holds_match(cw.name_inner, "name_inner", text, cs, wend)
                or st.holds_printed(text, "年", cs, wend)
                and st.holds_match(cw.name_payer_span, "name_payer_span", text, cs, wend)):
            if (split := st.strip_split(text, cs, wend)) is not None:
                return all(st.split_holds(text, part, cs, split) for part in name.split(cw.de))
            window = _strip_inner(text[cs:wend], cw)
            return all(map(window.__contains__, name.split(cw.de)))
        if cw.de in name:
            return all(st.holds_printed(text, part, cs, wend) for part in name.split(cw.de))
        return st.holds_printed(text, name, cs, wend)  # (the window as printed: the name looked up in place)

    def _colon_label(self, f: _Fig, cs: int, st: _SentenceState) -> str:
        """The label before a colon that ``f`` follows right after (``GDP：1256.3亿元``, ``PM2.5平均浓度：35微克/立方米``,
        as a web page or a table lists its figures): a short clause of no figure and no clause mark; '' otherwise."""
        norm = self.norm
        if norm[cs - 1] not in _COLON_MARKS or norm[cs:f.start].strip(" ") or (
                (prev := self.prev) is not None and prev.end > cs - _LABEL_REACH and prev.sentence == f.sentence):
            return ""
        pc = st.clause_start(cs - 1)
        if cs - 1 - pc > _LABEL_REACH:
            return ""
        label = clean_name(self.text[pc:cs - 1])
        return label if len(label) >= 2 else ""

    def _unowned_growth(self, f: _Fig, soft: int, subj_end: int, st: _SentenceState) -> str:
        """The name of the economy's growth for ``f`` when its subject is only a growth word and its verb and no
        figure comes before it in its sentence: a growth target (今年主要预期目标是：增长6%左右 → 经济增长速度) or a
        change in points of a growth rate (增速回落1.2个百分点 → 经济增速); '' otherwise."""
        if (f.measure == "yoy_pct" and f.status == "target" or f.measure == "pp_diff") and (
                self.prev is None or self.prev.end <= st.start) and (
                mg := self.cw.unowned_growth_subject.fullmatch(self.norm, soft, subj_end)) is not None:
            growth = mg.group("growth")
            if f.measure == "pp_diff" and growth == "增长":
                return ""  # (增长1.2个百分点: a share's rise, not a rate's)
            return self.cw.unowned_growth_names.get(growth, self.cw.bare_growth_name)
        return ""

    def _whole_of_parts(self, prev: _Fig, f: _Fig, st: _SentenceState) -> _Fig | None:
        """The count of the whole whose parts end with ``prev`` when ``f`` is printed after them, outside them: parts
        in a bracket of what the whole includes (各级各类学校86所（含民办学校23所），在校生7.8万人), or two or more
        joined by 、 after 其中 and closed by a comma (普通中学15所，其中完全中学4所、初级中学11所，在校生2.1万人: the
        pupils of all the middle schools), or a single one named by its grade alone (全区幼儿园42所，其中公办28所，
        在园幼儿1.2万人: the pupils of all the kindergartens, as in 幼儿园42所（公办28所），在园幼儿1.2万人); None
        otherwise (其中初级中学11所，在校生1.5万人 may be the part's own)."""
        norm = self.norm
        if st.in_brackets(norm, prev.start):
            if st.in_brackets(norm, f.start) or (k := norm.rfind("(", st.start, prev.start)) < 0:
                return None
        elif ((k := st.first_part_marker(norm, st.start, prev.start)) < 0 or norm[prev.qend:prev.qend + 1] not in ","
              or _CLAUSE_BREAK.search(norm, k, prev.start)
              or norm.find("、", k, prev.start) < 0 and not (prev.named_by_clause and self.cw.grade_name.match(prev.indicator))):
            return None
        return self._kept_in_sentence(st, prev.unit, k, level=True)

    def _kept_in_sentence(self, st: _SentenceState, unit: str, before: int = -1, level: bool = False,
                          unit_kind: str = "") -> _Fig | None:
        """The last figure kept in the sentence of ``st`` in ``unit`` (of ``unit_kind`` instead when that is given;
        starting before ``before`` when ``unit_kind`` is given, else ending by it, when given; a level when ``level``):
        the whole a part or class after it is of; the walk back stops at the sentence's start."""
        for g in reversed(self.kept):
            if g.start < st.start:
                return None
            if unit_kind:
                if g.unit_kind == unit_kind and (before < 0 or g.start < before):
                    return g
            elif g.unit == unit and (before < 0 or g.end <= before) and (not level or g.measure == "level"):
                return g
        return None

    def _measure_owner(self, cs: int, st: _SentenceState) -> str:
        """The programme or fund that owns a bare measure (财政补助标准, 储备规模) opening the clause at ``cs``: the
        object of the clause right before it when that clause holds no figure and is only a verb that sets up,
        improves or fills it and its object, after the place it is done in at most (在全国农村全面推行新型农村合作医疗
        制度), less the 制度 it is set up as (完善城乡居民基本医保，财政补助标准由每人每年320元提高到380元 → ``城乡居民
        基本医保``, 充实全国社保基金，储备规模从1.8万亿元增加到2.5万亿元以上 → ``全国社保基金``); '' otherwise."""
        norm, cw = self.norm, self.cw
        if cs <= st.start + 1 or norm[cs - 1] not in cw.clause_stops:
            return ""
        k = _last_clause_start(norm, st.start, cs - 1, cw)
        if (m := cw.measure_owner_clause.fullmatch(norm, k, cs - 1)) is None or _DECIMAL.search(norm, k, cs - 1):
            return ""
        owner = self.text[m.start("owner"):m.end("owner")]
        return owner if clean_name(owner) == owner else ""

    def _previous_clause_name(self, cs: int, st: _SentenceState, over_place: bool = True) -> str:
        """The clause before ``cs`` as the name of a figure whose own clause has none, when it holds no
        figure and ends with a noun that names figures (…等重要经济社会发展指标，保持全市第一; …所占的比重，
        已由X上升到Y; of a target, what it is set for: 经济增长速度的宏观调控目标，定为…), also before a bracket of what it includes, whatever commas the bracket holds (我国工业农业总产值
        （包括工业、手工业、农业和农村副业的全部产值，…，下同），比一九四九年增长了…); '' otherwise. With ``over_place``, a
        clause opened by 在 that names nothing itself gives way to the clause before it."""
        norm = self.norm
        if cs <= st.start + 1 or norm[cs - 1] not in self.cw.clause_stops:
            return ""
        end = cs - 1
        close = end - 1 if norm[end - 1] == ")" else end
        if (norm[close] == ")" and (k := norm.rfind("(", st.start, close)) > st.start and ")" not in norm[k + 1:close]
                and (close < end or norm.find(",", k, end) > 0)):
            end = k  # the clause ends before the bracket, not at a comma inside it; 总人口性别比（以女性为100，男性对女性的
            # 比例）为105.76: so with the bracket of commas the figure's clause opens after
        pc = st.clause_start(end)
        note = None  # a bracket of what the whole includes inside the clause, commas and all: no start of it
        if (norm[pc - 1:pc] == ")" and pc - 1 > st.start and (k := norm.rfind("(", st.start, pc - 1)) > st.start
                and norm.startswith(self.cw.inclusion_note_heads, k + 1) and not _DECIMAL.search(norm, k, pc)):
            note = (k, pc)  # 在工业总产值（包括现代工业…的产值，不包括…）中所占的比重，已由…: the share of that whole
            pc = st.clause_start(k)
        sourced = pc > st.start + 1 and norm[pc - 1] in self.cw.clause_stops and self.cw.source_clause.fullmatch(norm, pc, end)
        if sourced:  # 社办的农业科学试验研究组织，据十二个省的不完全统计，有七千六百九十个: the clause before the source
            end = pc - 1  # names what is counted, not the units surveyed
            pc = st.clause_start(end)
        elif (over_place and norm.startswith(self.cw.place_word, pc) and pc > st.start + 1
              and norm[pc - 1] in self.cw.clause_stops
              and not norm.startswith(self.cw.place_word, st.clause_start(pc - 1))
              and ((prev := self.prev) is None or prev.end <= pc or prev.unit_kind == "count")):
            # 粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤: the places or kinds the figures hold
            # in are no name of them; the clause before names what they measure (unless the 在 clause names a measure
            # itself: 在全国农户总数中的比重，将达到三分之一左右)
            if own := self._previous_clause_name(cs, st, over_place=False):
                return own
            end = pc - 1
            pc = st.clause_start(end)
        prev = self.prev
        if prev is not None and prev.end > pc and not end < prev.start < cs:
            if prev.unit_kind != "count" or norm.find(self.cw.de, prev.end, end) < 0:
                return ""  # (a figure of the bracket is a note: 能源消耗总量（按每公斤发热量7，000大卡的标准煤计算），比上年降低了…)
            pc = prev.end  # 二十九个省、市、自治区的总人口，必须控制在…: the measure of the units the figure counts
        if self.cw.but_also.match(norm, cs) and (mn := self.cw.not_only.search(norm, pc, cs - 1)):
            a, b = _strip(norm, pc, mn.start(), "level")  # 工农业生产总值不仅没有下降，而且将比上年增长３％
            return clean_name(self.text[a:b]) if b > a else ""
        last = norm[end - 1]  # (the patterns matched over the clause in full end with it)
        if (last in _closing_chars("copula_clause") and (mt := self.cw.copula_clause.fullmatch(norm, pc, end))
                and len(subject := clean_name(self.text[mt.start("subject"):mt.end("subject")])) >= 2):
            return subject  # 经济增速是综合性指标，今年预期目标设定为6%以上: the indicator the clause names
        if (last in _closing_chars("owned_measure_clause") and (mm := self.cw.owned_measure_clause.fullmatch(norm, pc, end))
                and pc > st.start + 1
                and norm[pc - 1] in self.cw.clause_stops and (prev is None or prev.end <= st.clause_start(pc - 1))
                and len(owner := clean_name(_scope_head(self.report, st.clause_start(pc - 1), pc))) >= 2):
            # 建立健全城镇保障性住房制度，覆盖面逐步扩大，2012年底已达到12.5%: the coverage the clause before says grew is
            # of what the clause before it names
            return owner + self.text[mm.start("measure"):mm.end("measure")]
        if (last in _closing_chars("topic_clause") and (mt := self.cw.topic_clause.fullmatch(norm, pc, end))
                and len(subject := clean_name(self.text[mt.start("subject"):mt.end("subject")])) >= 2
                and not _verbs_or_generic(subject)):
            return subject  # 经济运行总体平稳，财政收入较快增长，全年达到120亿元: what the clause before says grew
        if (norm.startswith(self.cw.example_openers, pc) and (prev is None or prev.end <= pc)
                and len(example := self._example_name(pc, end)) >= 2):
            return example  # 我国的文化教育事业…有了巨大的发展，例如高等学校的毕业生，第一个五年合计为二十八万人: the
            # example the clause names, not what the clause before says of it
        # 同我国有着贸易和文化联系的国家和地区，已经达到一百二十多个: a modified noun alone in its clause before a level
        # reached or a change (增长了6.5%) names that figure, not the subject of the clauses before it (not a clause of
        # comparison or cause: 与上年同期的水平相比, 受新冠疫情的影响)
        reached = (self.cw.reached_clause_opening.match(norm, cs) is not None
                   and self.cw.reached_subject_clause.fullmatch(norm, _indent_end(norm, pc, end), end) is not None)
        if (not (self.cw.subject_clause_end.search(norm, pc, end) or self.cw.total_clause_opening.match(norm, cs)
                 or reached or sourced and self.cw.having_count.match(norm, cs))
                or norm.startswith(self.cw.addend_openers, pc)):
            return ""  # (五年内进行建设的规模较大的纺织厂，共有三十九个: what a bare total counts; 加上原有的灌溉面积，共达…:
            # the part added is no name of the total)
        a, b = _strip(norm, pc, end, "level")
        if (mc := self.cw.change_object_lead.match(norm, a, b)) and len(obj := clean_name(self.text[mc.end():b])) >= 2:
            return obj  # 连续7年提高企业退休人员基本养老金水平，年均增长10%: what the verb changes, not the verb
        if (mg := self.cw.growth_target_name.search(norm, a, b)) and len(obj := clean_name(self.text[a:mg.start()])) >= 2:
            return obj  # 今年经济增长速度的宏观调控目标，定为百分之八至九: the growth the target is set for
        if note is not None and a <= note[0] and note[1] <= b:
            return clean_name(self.text[a:note[0]] + self.text[note[1]:b])  # the name, less the note
        return clean_name(self.text[a:b]) if b > a else ""

    def _example_name(self, pc: int, end: int) -> str:
        """The name a clause ``norm[pc:end]`` opening with an example word (例如高等学校的毕业生) gives, when what follows
        the word is a name; '' otherwise."""
        a, b = _strip(self.norm, pc, end, "level")
        name = clean_name(self.text[a:b]) if b > a else ""
        return "" if _verbs_or_generic(name) or _doubtful_name(name) else name

    def _figure_before_name(self, cs: int, st: _SentenceState) -> str:
        """The name of the figure of the clause just before ``cs``, in the same sentence (全年新登记注册企业增长
        21.6%，平均每天新增1.2万户 → 新登记注册企业: what is added each day); '' otherwise."""
        if cs <= st.start + 1 or (prev := self.prev) is None or not st.start <= prev.start < cs:
            return ""
        return prev.indicator if st.clause_start(cs - 1) <= prev.start else ""

    def _changed_before(self, cs: int, st: _SentenceState) -> str:
        """What the change verb of the clause before ``cs`` changes, when that clause holds no figure and the
        figure's own clause names only its basis (今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右 →
        企业退休人员基本养老金); '' otherwise."""
        norm = self.norm
        if cs <= st.start + 1 or norm[cs - 1] not in self.cw.clause_stops:
            return ""
        pc = st.clause_start(cs - 1)
        if (prev := self.prev) is not None and prev.end > pc:
            return ""
        found = list(self.cw.change_object_lead.finditer(norm, pc, cs - 1))
        if not found:
            return ""
        if len(obj := clean_name(self.text[found[-1].end():cs - 1])) >= 2:
            return obj
        if found[-1].end() == cs - 1:  # 企业退休人员基本养老金连续5年增加，去年又人均提高10%: what the verb ending it changes
            a, b = _strip(norm, pc, found[-1].start(), "level")
            return obj if len(obj := clean_name(self.text[a:b])) >= 2 else ""
        return ""


def _time_basis(basis: str, cw: CueViews) -> str:
    """The basis of time ``basis`` prints, as a name keeps it (平均每天 → ``日均``, 每月 → ``月均``), as a name keeps
    人均: ``全年新登记注册企业增长21.6%，平均每天新增1.2万户`` → ``日均新登记注册企业``; '' when it prints none."""
    m = cw.time_basis.search(basis)
    return cw.time_basis_names[m.group()] if m else ""


def _reached_name(name: str, cw: CueViews) -> str:
    """The name of a count of what a verb of reach (惠及, 覆盖) reaches, the verb, 的 and its object, as a count of
    persons with no object is named (惠及2100多万人 → 惠及的人): ``惠及企业`` (惠及企业2860家) → ``惠及的企业``,
    ``惠及家庭`` (惠及近千万家庭) → ``惠及的家庭``; '' when ``name`` is no verb of reach and its object."""
    mr = cw.reach_object_name.fullmatch(name)
    if mr is None or mr.group("noun").endswith(cw.quantity_ends):  # (城市居民最低生活保障的覆盖人数: a quantity)
        return ""
    return mr.group("by") + cw.de + mr.group("noun")


def _touched_name(norm: str, f: _Fig, cw: CueViews) -> str:
    """The name of a count of what a clause opening with a verb of touching (涉及) counts, the verb, 的 and the noun
    the name of ``f`` has kept, as a verb of reach names it (上半年共办理留抵退税12.5亿元，涉及企业860户 → ``涉及的企业``,
    so the clause before names what touches them); '' when the clause of ``f`` is no such verb and that noun alone."""
    mv = cw.touch_verb.match(norm, f.cs) if f.cs >= 0 and f.indicator else None
    if mv is None or f.indicator.endswith(cw.quantity_ends) or not (
            norm[mv.end():f.start] == f.indicator  # (涉及居民楼136栋、居民5862户: an item of its list too)
            or norm.endswith(cw.item_separator + f.indicator, mv.end(), f.start)):
        return ""  # (涉及资金超38亿元, 涉及人口减少16863人: no count of the things touched alone)
    return mv.group() + cw.de + f.indicator


def _reaching_owner(report: Report, f: _Fig, before: _Fig | None, sent: list[_Fig], cw: CueViews) -> str:
    """What reaches the units counted by ``f`` after a bare verb of reach (惠及, 覆盖), named by the clause right
    before the clause of ``f`` in its sentence: the sum of money that clause ends by paying, printed right after its
    name and the only figure of the clause, not one of a list of sums (发放援企稳岗补贴1.36亿元，惠及企业2860家 →
    ``援企稳岗补贴``), the pilot the places that clause counts try out (新型农村合作医疗制度试点已扩大到671个县，惠及1.77亿
    农民 → ``新型农村合作医疗制度试点``), the works that clause counts (改造城镇老旧小区16.7万个，惠及2900多万家庭 →
    ``城镇老旧小区改造``, see :func:`_reaching_works`), or the programme a clause with no figure enacts (see
    :func:`_enacted_before`); '' otherwise. A sum or a count of works after a clause, not past a semicolon, that
    ends with a figure too is one of a list, which reaches them together: ''.

    ``before`` is the figure read right before ``f``, if any, ``sent`` the figures of its sentence read before it."""
    norm, text = report.norm, report.text
    lo, e = f.sentence[0], f.cs - 1
    if f.cs < 0 or e <= lo or norm[e] not in cw.clause_stops or cw.semicolon.match(norm, e):
        return ""  # (涉及征地拆迁类申请146件，占37.8%；涉及规划建设类申请82件: a semicolon closes what reaches them)
    k = _last_clause_start(norm, lo, e, cw)
    if before is None or before.sentence != f.sentence or before.start < k:
        return _enacted_before(norm, text, f.cs, lo, cw) or _raised_standard_before(norm, text, f.cs, lo, cw)
    # (a bracket closing the clause before is no stop of its own: 扩大到1451个县（市、区），占全国总数的50.7％)
    e2 = norm.rfind("(", lo, k - 2) if k - 2 > lo and norm[k - 2] == ")" else k - 1
    if cw.reaching_aside.match(norm, k) and e2 > lo and (
            prior := [g for g in sent if (k2 := _last_clause_start(norm, lo, e2, cw)) <= g.start < k]):
        before, k = prior[-1], k2  # 完成老旧小区改造31个,涉及房屋面积约78万平方米,惠及…: what the works measure, the works
        # (so a share of the units counted before: 扩大到1451个县（市、区），占全国总数的50.7％，有4.1亿农民参加)
    sent = [g for g in sent if g.start <= before.start]
    if (before.unit_kind == "count" and (mp := cw.pilot_units.fullmatch(before.indicator))
            and not _DECIMAL.search(norm, k, before.start)):
        return mp.group("owner") + cw.pilot_word  # 新型农村合作医疗制度试点已扩大到671个县，惠及1.77亿农民: the pilot
        # the places try out reaches them, not the places
    listed = k - 1 > lo and not cw.semicolon.match(norm, k - 1) and _ends_with_figure(
        norm, _last_clause_start(norm, lo, k - 1, cw), k - 1, before.unit_kind, cw)
    if before.unit_kind == "count":
        return "" if listed else _reaching_works(before, [g for g in sent if g.start >= k], cw)
    j = norm.rfind(before.indicator, k, before.start)
    if (not listed and j >= 0 and before.unit_kind == "money" and before.measure in ("level", "abs_change")
            and not _DECIMAL.search(norm, k, j + 1) and (ms := cw.standard_tail.search(before.indicator))
            and len(programme := before.indicator[:ms.start()]) >= 2 and clean_name(programme) == programme):
        return programme  # 国家助学贷款每人每年最高额度增加4000元，惠及500多万在校生: the loan whose ceiling is raised
    if (j < 0 or before.unit_kind != "money" or _DECIMAL.search(norm, k, j + 1) or cw.spent_fund.search(before.indicator)
            or listed):
        return ""  # (发放社会救助资金1.15亿元，发放公租房补贴6830万元，惠及…: a list of sums reaches them together)
    if cw.touch_verb.match(norm, f.cs) and cw.touch_payer_verbs.search(norm, k, j + len(before.indicator)) is None:
        return ""  # 查处违法案件326件，罚没款1200万元，涉及企业45家: a sum its clause neither pays nor does (发放, 办理,
        # 追讨 before its name or in it: 追讨欠薪2856万元) touches none of the things counted after it
    return _reaching_money(norm, before.indicator, before.unit, j, f.cs, cw)


def _payer_only(name: str, cw: CueViews) -> bool:
    """Whether ``name``, an amount's, is only its payer and the verb or noun of its spending, naming nothing paid for
    (``中央财政投入``, ``中央财政支出``, ``中央财政安排资金``)."""
    mp = cw.payer_subject.match(name)
    if mp is None:
        return False
    rest = name[mp.end():]
    return not rest or rest in cw.actor_spend_nouns or rest in cw.generic_fund_nouns or rest in cw.actor_quantities


def _enacted_before_this(norm: str, text: str, lo: int, cs: int, cw: CueViews) -> str:
    """The programme the nearest clause before ``cs`` (a clause start, no earlier than ``lo``, the sentence's start)
    ends by setting up or carrying out, which a 为此 in the clause at ``cs`` points back to: 对义务教育阶段教师实行
    绩效工资制度，提高1200万中小学教师待遇，中央财政为此将投入120亿元 → ``绩效工资制度``; '' when no clause does."""
    e, lo = cs - 1, max(lo, cs - _THIS_REACH)
    while e > lo and norm[e] in cw.clause_stops:
        k = _last_clause_start(norm, lo, e, cw)
        if m := cw.enacted_purpose.search(norm, k, e):
            use = text[m.start("use"):m.end("use")]
            return use if clean_name(use) == use else ""
        e = k - 1
    return ""


def _per_head_paid(norm: str, before: _Fig, f: _Fig, cw: CueViews) -> str:
    """What is paid per head by ``before``, the figure read right before ``f``, when ``f`` counts those it reaches or
    benefits with no name of what does so (受益的人, 惠及的在校生) in the clause right after it: its name less 人均, the
    amount paid each of them being what they gain (连续第7年提高企业退休人员基本养老金，全年人均增加1680元，5700多万人
    受益 → ``企业退休人员基本养老金``; 提供助学金，每人每年1500元，惠及90%的在校生 → ``助学金``); '' otherwise."""
    if (before.sentence != f.sentence or before.unit_kind != "money" or not cw.bare_gain_name.match(f.indicator)
            or not before.indicator.startswith(cw.per_person_name_head)):
        return ""
    between = norm[before.qend:f.start]
    if sum(ch in cw.clause_stops for ch in between) != 1 or between[:1] not in cw.clause_stops or _DECIMAL.search(between):
        return ""  # (the clause of f must follow the amount's right away)
    paid = before.indicator[len(cw.per_person_name_head):]
    return paid if len(paid) >= 2 and clean_name(paid) == paid else ""


def _listed_rate_owner(norm: str, f: _Fig, sent: list[_Fig], cw: CueViews, tails: tuple[str, ...],
                       of_rate: Callable[[_Fig, str], str], of_count: Callable[[_Fig], str]) -> str:
    """What a bare rate (one of ``tails`` with nothing before it) is of, named by the figures read before ``f`` in its
    sentence, past their parts (其中涉疫诉求…) and the bare rates of the same list: the owner of the nearest rate of
    ``tails`` before it, by its longest rate (不合格率 of 食品抽检不合格率, not 合格率), as ``of_rate`` takes it, or what
    ``of_count`` names by the nearest other figure (the count the rates are of). A district report prints a count and
    then its rates bare, and never carries them across a sentence."""
    if _rate_owner(f.indicator, tails) != "":
        return ""
    for g in reversed(sent):
        if g.parent is not None or g.cs >= 0 and cw.part_marker.match(norm, g.cs):
            continue  # (其中涉疫诉求4.2万余件: a part)
        if (owner := _rate_owner(g.indicator, tails)) is not None:
            if not owner:
                continue  # (响应率100%，解决率…: a rate of the list, itself bare)
            return of_rate(g, owner)
        return of_count(g)
    return ""


def _service_rate_owner(norm: str, f: _Fig, sent: list[_Fig], cw: CueViews) -> str:
    """The service and what it handles that a bare rate of its handling (``service_rates``: 响应率, 解决率, 满意率) is
    of (``_listed_rate_owner``): the nearest figure that counts what a service takes in (12345市民服务热线受理诉求8.9万件，
    同比增加26.4%，响应率达到100% → 12345市民服务热线诉求; “接诉即办”受理诉求26.8万件 → “接诉即办”诉求) or a rate of
    such a service (市民热线诉求响应率100%，解决率、满意率分别达到… → 市民热线诉求); '' when a figure of anything else
    comes first (空气质量优良天数180天，优良率…)."""
    def of_rate(g: _Fig, owner: str) -> str:
        return owner if any(w in owner for w in cw.service_bodies) or owner.endswith(cw.service_handled_ends) else ""

    def of_count(g: _Fig) -> str:
        if (mh := cw.service_handled.fullmatch(g.indicator)) is None:
            # (市民热线诉求11.2万件: the service named with no verb of taking in)
            return g.indicator if (g.indicator.endswith(cw.service_handled_ends)
                                   and any(w in g.indicator for w in cw.service_bodies)) else ""
        body, what = mh.group("body"), mh.group("what")
        return what if not body or any(w in what for w in cw.service_bodies) else body + what

    return _listed_rate_owner(norm, f, sent, cw, cw.service_rates_tails, of_rate, of_count)


def _sampled_rate_owner(norm: str, f: _Fig, sent: list[_Fig], cw: CueViews) -> str:
    """What a bare rate of what a sampling finds (``sampled_rates``: 合格率, 不合格发现率) is of (``_listed_rate_owner``):
    the samples the nearest figure counts (食品安全抽检6825批次，合格率98.6% → 食品安全抽检; 药品抽检256批次，抽检合格率
    99.2% → 药品), or the owner of a rate of the list before it, with the sampling word its rate opened with when ``f``
    opens with none (合格率99.2%，较上年提高0.3个百分点: the rise of the same rate; 不合格率1.4%，合格率98.6% → 食品抽检;
    药品抽检合格率99.2%，不合格率… → 药品抽检); '' when a figure of anything else comes first."""
    rate = f.indicator

    def of_rate(g: _Fig, owner: str) -> str:
        if g.measure not in ("rate_pct", "pp_diff"):
            return ""
        word = next((w for w in cw.sampling_words if g.indicator.startswith(w, len(owner))), "")
        return owner + word if word and not rate.startswith(word) else owner

    def of_count(g: _Fig) -> str:
        name = g.indicator
        if not name.endswith(cw.sampling_words):
            return ""
        # (食品安全监督抽检2860批次，抽检合格率: the rate's own sampling word, 抽检, ends the samples' name once)
        word = next((w for w in cw.sampling_words if name.endswith(w) and rate.startswith(w)), "")
        return name[:-len(word)] if word else name

    return _listed_rate_owner(norm, f, sent, cw, cw.sampled_rates_tails, of_rate, of_count)


def _casualty_incidents(norm: str, f: _Fig, sent: list[_Fig], cw: CueViews) -> str:
    """The name of ``f`` when its name is nothing but the casualty word (``casualty_name``: 死亡, 死亡人数, 直接经济损失) and the nearest
    figure before it in its sentence of another name, past the parts (其中较大事故1起), counts incidents (生产安全事故12起、
    死亡10人 → 生产安全事故死亡人数; its change too, named as the count: 同比分别下降25%和28.6%) or names their count (事故
    起数和死亡人数 → 事故死亡人数): that name, less the word of the count, with the casualty word and the count word;
    '' otherwise, and when another count of incidents comes before that one (较大事故2起，一般事故30起，死亡15人: the dead
    of both kinds)."""
    if not (mc := cw.casualty_name.fullmatch(f.indicator)):
        return ""
    semi = norm.rfind(";", sent[0].start, f.start)  # (工矿商贸领域发生事故2起、死亡2人；道路运输领域发生事故3起、死亡3人:
    # each item of a ；-list counts its own incidents and their dead; 发生道路交通事故156起，…；死亡人数23人: an item
    # counting none, those of the item before)
    if not any(semi < g.start < f.start and g.unit in cw.incident_units for g in sent):
        semi = -1
    whole = [g for g in sent if g.parent is None and g.start > semi
             and not (g.cs >= 0 and cw.part_marker.match(norm, g.cs))]
    for i in range(len(whole) - 1, -1, -1):
        name = whole[i].indicator
        if cw.casualty_name.search(name):
            continue  # (死亡10人，受伤3人: casualties of the same incidents)
        if any(h.unit in cw.incident_units and h.indicator != name for h in whole[:i]):
            return ""  # (较大事故2起，一般事故30起: incidents of several kinds)
        if counted := _casualties_of_count(name, mc, cw):
            return counted
        if (any(h.indicator == name and h.unit in cw.incident_units for h in sent)
                and any(w in name for w in cw.incident_nouns)):
            return name + _casualty_word(mc, cw)  # (查处食品安全案件126起，直接经济损失: cases own no loss)
        return ""
    return ""


def _incidents_named_before(f: _Fig, sent: list[_Fig], cw: CueViews) -> str:
    """The whole name of the incidents or their casualties a bare count of them (事故起数, 死亡人数, 事故死亡人数: the word
    of the incidents or the casualty word, and the word of the count) names, when one figure before it in its sentence
    counts them by that whole name (生产安全事故5起、死亡5人，与去年同期相比，事故起数减少2起、死亡人数减少3人 → 生产
    安全事故起数, 生产安全事故死亡人数); '' when none or several do."""
    name = f.indicator
    if (mc := cw.casualty_name.search(name)) is not None and mc.end() == len(name):
        if not (mc.group("loss") or mc.group().endswith(cw.casualty_count_word)):
            return ""  # (死亡: a bare casualty word the incidents before name, not a name printed whole before)
        named = {g.indicator for g in sent if len(g.indicator) > len(name) and g.indicator.endswith(name)}
        return named.pop() if len(named) == 1 else ""
    tail = _count_tail(name, cw)
    stem = name[:-len(tail)] if tail else ""
    if len(stem) < 2:
        return ""
    named = {g.indicator for g in sent if g.unit in cw.incident_units and len(g.indicator) > len(stem)
             and g.indicator.endswith(stem)}
    return named.pop() + tail if len(named) == 1 else ""


def _casualties_of_count(name: str, mc: re.Match[str], cw: CueViews) -> str:
    """The name of the casualties ``mc`` (a match of ``casualty_name``) of the incidents whose count ``name`` names
    (事故起数 → 事故死亡人数; 事故发生起数: the incidents without the verb of occurring); '' when ``name`` names no count
    of incidents."""
    tail = _count_tail(name, cw)
    if not tail or len(name) <= len(tail):
        return ""
    return name[:-len(tail)] + _casualty_word(mc, cw)


def _count_tail(name: str, cw: CueViews) -> str:
    """The word of a count of incidents ``name`` ends with (起数, 发生起数), '' when none."""
    return next((t for t in cw.incident_count_tails if name.endswith(t)), "")


def _casualty_word(mc: re.Match[str], cw: CueViews) -> str:
    """How the casualties ``mc`` (a match of ``casualty_name``) end the name they take from their incidents: the loss
    word whole (直接经济损失), a casualty word with the count word (死亡 → 死亡人数)."""
    return mc.group("loss") or mc.group("what") + cw.casualty_count_word


def _rate_owner(name: str, tails: tuple[str, ...]) -> str | None:
    """What the rate ``name`` ends with (one of ``tails``) is printed of: the words before its longest rate (12345市民服务
    热线诉求 of 12345市民服务热线诉求解决率), '' for a bare rate, None when ``name`` ends with none of them."""
    if not name.endswith(tails):
        return None  # (most names: one test of all the tails, before the longest is looked for)
    tail = max((t for t in tails if name.endswith(t)), key=len)
    return name[:len(name) - len(tail)]


def _network_of(before: _Fig, f: _Fig, cw: CueViews) -> str:
    """The name of a length ``f`` that names no network, after the network (铁路, 公路) it is of: the first ``before``,
    the figure right before it in its sentence, names, with the words its name prints before it (铁路投资要保持在8000亿元
    以上，新投产里程8000公里以上 → 铁路新投产里程; 铁路通车里程一千五百公里、复线里程一千五百公里 → 铁路复线里程;
    新建改造城市道路12條，總里程18.5公里 → 新建改造城市道路總里程); for a line of a network (``network_lines``: 复线)
    the network word alone, put right before the line, after the verb of its name (新增复线 → 新增铁路复线); '' when
    ``f`` is no measure or line of a network, names its own (航线里程, 绿道里程), or ``before`` names none. A report
    names a network once, for the lengths and lines listed after it."""
    name = f.indicator
    if (not name.endswith(cw.network_ends) or any(w in name for w in cw.networks)
            or not cw.network_name_chars.isdisjoint(name)):
        return ""
    found = [(k, -len(w), w) for w in cw.networks if (k := before.indicator.find(w)) >= 0]
    if not found:
        return ""
    k, _, w = min(found)
    if (line := next((x for x in cw.network_lines if name.endswith(x)), "")):
        verb = name[:len(name) - len(line)]  # (the line is built by the verb of its own name: 五年内全国新建铁路铺轨…，
        # 建成复线… → 建成铁路复线; none but a verb before it: 开通公交新线 names lines of its own)
        return verb + w + line if not verb or cw.list_head_verb.fullmatch(verb) else ""
    return _joined_name(before.indicator[:k + len(w)], name, 2)  # (with the words before it: 新建改造城市道路12條，
    # 總里程18.5公里 → the roads built's; a network ending as the name opens, 国省干线 + 干线里程, names it once)


def _persons_verb(norm: str, f: _Fig, cw: CueViews) -> str:
    """The words after ``f``, a level of persons opening its clause, up to the end of that clause (参保 of
    1334万人参保，…), when its name is only those words, 的 and its unit (参保的人); '' otherwise."""
    if f.measure != "level" or not (f.unit in cw.person_units or f.unit in cw.person_visit_units):
        return ""
    tail = cw.de + f.unit
    if not f.indicator.endswith(tail) or len(f.indicator) <= len(tail):
        return ""
    e = f.qend
    while e < f.sentence[1] and norm[e] not in cw.clause_stops:
        e += 1
    verb = norm[f.qend:e]
    return verb if f.indicator.endswith(verb + tail) else ""


def _scheme_of_persons_before(norm: str, before: _Fig, f: _Fig, cw: CueViews) -> str:
    """The scheme the name of ``before`` puts before the persons it counts by what they do, when ``f`` counts
    persons by what they do with no scheme of theirs in the clause right after it, each figure opening its clause:
    2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金 → ``城镇居民社会养老保险试点``
    for 领取养老金的人 (those drawing a pension are those of the scheme, as those joining it are); '' otherwise."""
    if before.cs != before.start or f.cs != f.start:
        return ""
    own, theirs = _persons_verb(norm, f, cw), _persons_verb(norm, before, cw)
    between = norm[before.qend + len(theirs):f.start]
    if not own or not theirs or f.indicator != own + cw.de + f.unit or len(between) != 1 or between not in cw.clause_stops:
        return ""
    scheme = before.indicator[:-len(theirs + cw.de + before.unit)]
    return scheme if len(scheme) >= 2 and clean_name(scheme) == scheme and not _DECIMAL.search(scheme) else ""


def _event_taken_part_in(norm: str, before: _Fig, f: _Fig, cw: CueViews) -> str:
    """The events those counted by ``f`` take part in, when ``before``, the figure right before it in its sentence
    and its clause or the one before, counts events held (届, 场 …) and names them, less the verb holding them
    (连续举办8届全国双创活动周、超过5.2亿人次参与 → ``全国双创活动周``, 举办各类文化活动120场,参与群众3万人次 → ``各类文化
    活动``); '' otherwise."""
    if before.unit not in cw.event_units or before.measure != "level" or before.unit_kind != "count":
        return ""
    between = norm[before.qend:f.start]
    if sum(ch in cw.clause_stops or ch == cw.item_separator for ch in between) > 1 or cw.semicolon.search(between):
        return ""
    return _works_name(before.indicator, cw)


def _ends_with_figure(norm: str, k: int, e: int, kind: str, cw: CueViews) -> bool:
    """Whether the clause ``norm[k:e]`` ends with a figure whose unit is of ``kind`` (新建社区养老服务综合体6个, a
    count; 发放公租房补贴6830万元, money), its qualifiers after it with it."""
    last = next(reversed(list(_DECIMAL.finditer(norm, k, e))), None)
    if last is None:
        return False
    mu = cw.unit_re.match(norm, last.end(), e)
    return (bool(mu.group("unit")) and cw.units[mu.group("unit")][0] == kind
            and norm[mu.end():e] in ("", *cw.q_after))


def _reaching_works(before: _Fig, clause: list[_Fig], cw: CueViews) -> str:
    """The works a clause counts that reach the units counted after a bare verb of reach: ``before``, the figure
    right before the verb, counts them, and every figure of its clause (``clause``) counts the same works (举办社区体育
    赛事130场,惠及群众超2万人次 → ``社区体育赛事``; 年度18个老旧小区综合整治项目已开工16个，惠及居民近3000户 →
    ``老旧小区综合整治项目``); '' when it counts those reached (persons, households, firms) or no works (see
    :func:`_works_name`)."""
    if before.measure != "level" or before.unit in cw.reached_units:
        return ""
    works = _works_name(before.indicator, cw)
    return works if works and all(_works_name(g.indicator, cw) == works for g in clause) else ""


def _works_name(name: str, cw: CueViews) -> str:
    """The works the name of a count of them names, less the verb carrying them out before or after them, and a verb
    of work before the things worked on put after them, as works are named: ``举办各类公共文化活动`` → ``各类公共文化
    活动``, ``已开工的老旧小区综合整治项目`` → ``老旧小区综合整治项目``, ``老旧小区综合改造开工`` → ``老旧小区综合
    改造``, ``新开工改造城镇老旧小区`` → ``城镇老旧小区改造``; '' when what is left opens with a verb of adding or
    serving (新增养老床位: places added, no works) or is no name."""
    if md := cw.reaching_work_done.match(name):
        name = name[md.end():]
    elif cw.de in name:
        return ""
    if (ml := cw.reaching_work_lead.match(name)) and ml.end() < len(name):
        name = name[ml.end():]
    name = cut_end(name, cw.reaching_work_ends)
    if mo := cw.reaching_work_object.fullmatch(name):
        name = mo.group("object") + mo.group("verb")  # 改造城镇老旧小区 → 城镇老旧小区改造
    if len(name) < 2 or cw.reaching_work_not.match(name) or _DECIMAL.search(name) or clean_name(name) != name:
        return ""
    return name


def _enacted_before(norm: str, text: str, cs: int, lo: int, cw: CueViews) -> str:
    """The programme the clause before ``cs`` (a clause start past a stop, no earlier than ``lo``) enacts when it
    holds no figure and is only the verb that sets it up, carries it out or steps up its effort (加大对…力度) and its
    object, which is what reaches or benefits those counted after it: 加大对各类学校家庭困难学生资助力度，4.3亿人次受益 →
    各类学校家庭困难学生资助, 持续实施营养改善计划，每年惠及3700多万学生 → 营养改善计划, 建立困难和重度残疾人
    “两项补贴”制度，惠及2100多万人 → 困难和重度残疾人“两项补贴”制度, 对小微企业实行税收优惠，600多万户企业受益 →
    税收优惠; or the programme that clause says stands (家庭医生签约服务全面推开，惠及… → 家庭医生签约服务), or what its
    subject has come to, subject and all (住院和门诊费用实现跨省直接结算，惠及5700多万人次 → 住院和门诊费用跨省直接结算);
    '' when that clause is otherwise."""
    return (_programme_of_clause_before(cw.enacted_programme, norm, text, cs, lo, cw)
            or _programme_of_clause_before(cw.established_programme, norm, text, cs, lo, cw)
            or _programme_of_clause_before(cw.achieved_programme, norm, text, cs, lo, cw, ("subject", "programme")))


def _raised_standard_before(norm: str, text: str, cs: int, lo: int, cw: CueViews) -> str:
    """The programme whose standard the clause before ``cs`` (a clause start past a stop, no earlier than ``lo``)
    raises, when it holds no figure and is only the verb and the standard, which is what benefits or reaches those
    counted after it: 提高学生营养改善计划补助标准，3700多万学生受益 → 学生营养改善计划补助, 提高“一老一小”个人所得税专项
    附加扣除标准，6600多万纳税人受益 → “一老一小”个人所得税专项附加扣除; '' when that clause is otherwise."""
    return _programme_of_clause_before(cw.standard_raise_clause, norm, text, cs, lo, cw)


def _programme_of_clause_before(clause: re.Pattern[str], norm: str, text: str, cs: int, lo: int, cw: CueViews,
                                groups: tuple[str, ...] = ("programme",)) -> str:
    """The ``groups`` of ``clause`` (its ``programme``; or the subject and what it has come to, 住院和门诊费用实现
    跨省直接结算 → ``住院和门诊费用跨省直接结算``) matching the whole clause before ``cs`` (a clause start past a stop,
    no earlier than ``lo``), run together, when they are a clean name holding no figure; '' otherwise."""
    e = cs - 1
    if e <= lo or norm[e] not in cw.clause_stops:
        return ""
    return _named_programme(clause.fullmatch(norm, _last_clause_start(norm, lo, e, cw), e), text, groups)


def _named_programme(m: re.Match[str] | None, text: str, groups: tuple[str, ...] = ("programme",)) -> str:
    """The ``groups`` of ``m`` (a match in the normalized copy of ``text``; its ``programme``) run together, when they
    are a clean name holding no figure; '' otherwise."""
    programme = "".join(text[m.start(g):m.end(g)] for g in groups) if m else ""
    return programme if clean_name(programme) == programme and not _DECIMAL.search(programme) else ""


def _cut_name(name: str, verb: str, obj: str) -> str:
    """The name of a figure of what ``verb`` cuts, ``name`` less the verb, when the name opens with the verb and
    holds more than its object (``淘汰钢铁落后产能`` of 淘汰钢铁2700万吨、…等落后产能 → ``钢铁落后产能``), or when an
    owner of a 分别 list heads it (``煤炭淘汰落后生产能力`` of 煤炭、电解铝分别淘汰落后生产能力 → ``煤炭落后生产能力``);
    '' otherwise."""
    if name.startswith(verb) and obj in (rest := name[len(verb):]) and len(rest) > len(obj):
        return rest
    return name if verb not in name and name.endswith(obj) and len(name) > len(obj) else ""


def _paid_name(name: str, cw: CueViews) -> str:
    """The name of what a payer pays when ``name`` opens with the payer and its spending verb, the mirror of
    payer + verb + amount + noun (:func:`_indicator`): ``中央财政安排科技投入`` → ``科技投入``; '' when the name
    does not open so, or when what follows the verb names nothing without the payer — the verb's own noun
    (``国家财政安排支出``, ``中央财政投入``) or a generic fund noun (``中央财政安排资金``, as the payer's amount
    with no noun after it is named)."""
    if (mp := cw.payer_spend_lead.match(name) or cw.spend_lead.match(name)) is None:  # (安排地方专项债券: no payer)
        return ""
    rest = clean_name(name[mp.end():])
    if len(rest) < 2 or rest in cw.actor_spend_nouns or rest in cw.actor_quantities or rest in cw.generic_fund_nouns:
        return ""
    return _budget_paid(mp.groupdict().get("payer", ""), mp.group(), rest, cw)  # (spend_lead names no payer)


def _payer_kept_before(noun: str, carry: str) -> str:
    """What is kept before ``noun`` in the name ``carry`` of the amount before in a list of amounts and their nouns,
    when ``noun`` (that amount's noun, printed before the joiner) ends that name (``中央财政`` of ``中央财政救灾款`` in
    中央财政安排384亿元救灾款和740亿元恢复重建资金): the payer, kept before the next noun when it is a budget
    (:func:`_budget_paid`); '' otherwise."""
    if len(noun) < 2 or len(carry) <= len(noun) or not carry.endswith(noun):
        return ""
    return carry[:-len(noun)]


def _budget_paid(payer: str, lead: str, paid: str, cw: CueViews) -> str:
    """The name of what ``payer`` pays, ``paid``, with the payer before it when the payer is a budget
    (``中央财政`` of 中央财政安排“三农”支出5625亿元 → ``中央财政“三农”支出``, as the next report names the outcome
    中央财政用于“三农”的支出: the central budget's part, not all that is spent on it); ``paid`` alone when the payer
    is no budget (中央下达农村义务教育经费), issues what it pays (``lead`` ends with 增发 or 发行: 国家财政增发国债)
    or ``paid`` names a budget already (中央财政安排地方财政补助)."""
    if (payer.endswith(cw.kept_payer_ends) and not lead.endswith(cw.payer_issue_verbs)
            and not any(end in paid for end in cw.kept_payer_ends)):
        return payer + paid
    return paid


def _completed_name(name: str, cw: CueViews) -> str:
    """A count named by the things counted and the verb that completes them, as the count rule names a count
    by what its clause says of it (README): ``区重点项目中已开工`` → ``已开工的区重点项目``,
    ``5G宏基站累计建成`` → ``建成的5G宏基站``; a word of plan or outcome before the verb is the status, no part
    of the name (``保障房计划新开工`` → ``新开工的保障房``; ``实际新开工`` → ``新开工``); '' when ``name`` does not
    end so or what is before the verb is no noun of its own (``基本建成``, ``竣工投产``)."""
    if not _may_hold("completed_count", name) or (m := cw.completed_count.fullmatch(name)) is None:
        return ""
    noun = m.group("noun")
    if cw.completed_plan.fullmatch(noun):
        return clean_name(m.group("verb"))  # 实际新开工32个: the status word before the verb, no noun
    if clean_name(noun) != noun or cw.completed_lead.fullmatch(noun) or noun.endswith(cw.completed_verb_ends):
        return ""  # (基本建成: an adverb; 竣工投产, 可以建设完工: a verb before the verb)
    if noun.count("”") > noun.count("“"):
        noun = "“" + noun  # 44个“美丽院落”已建成30个: the quote opened before the figure
    return clean_name(m.group("verb") + cw.de + noun)  # (累计建成的: the head word a name drops)


def _shared_list_name(report: Report, f: _Fig, cs: int, s1: int) -> str:
    """The name of an item of a list that shares a word printed once, or '' when ``f`` (no percentage) is no such item.

    A list of amounts closed by 等 and a quantity noun gives every item that noun and the verb its first item
    opens with (``淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能`` → ``淘汰钢铁落后产能``,
    ``淘汰水泥落后产能`` …); one amount for each (各) of the list after it is named by the whole list, as one
    figure for a 分别 list is (``年产各30万吨的扬子和齐鲁乙烯工程`` → ``扬子和齐鲁乙烯工程``).
    """
    norm, text = report.norm, report.text
    e = f.qend
    if e >= s1:
        return ""
    cw = compiled()
    nxt = norm[e]
    if nxt == cw.de and norm[f.start - 1:f.start] == cw.each_word:
        fa, fb = _following(norm, e, s1, stops=False)
        if fb - fa > 2 and cw.list_last_split.search(norm, fa + 1, fb - 1):
            return text[fa:fb]
        return ""
    if (nxt not in "、等" or f.measure not in ("level", "abs_change")
            or not (mh := cw.list_head.match(norm, e, min(s1, e + _LIST_REACH)))):
        return ""
    head = text[mh.start("head"):mh.end("head")]
    item = f.indicator
    if head in item:
        return ""
    verb = ""
    if (mv := cw.list_head_verb.search(norm, cs, f.start)) and not any(map(str.isdigit, norm[cs:mv.start()])):
        verb = text[mv.start():mv.end()]  # the list opens with its verb (今年要淘汰钢铁…): every item shares it
        if item.startswith(verb):
            item = item[len(verb):]
    if _is_cut(verb, cw):
        verb = ""  # (淘汰钢铁2700万吨、…等落后产能 → 钢铁落后产能: a cut is named by what is cut)
    elif f.measure != "level":
        return ""
    return verb + item + head if item else ""


def _finding_involved(counted: str, norm: str, cs: int, cw: CueViews) -> str:
    """The finding a count of units is named by, with the touch verb (涉及), when the clause of an amount after
    the count, starting at ``cs``, opens with that verb and the count's name is the finding, its 的 and the units
    (12个单位存在超范围支出问题，涉及金额86万元 → 存在超范围支出问题涉及: the amount the finding involves, no amount
    the units own); '' otherwise (新开工项目42个，总投资320亿元: the projects')."""
    if (m := cw.touch_verb.match(norm, cs)) is None or (k := counted.rfind(cw.de)) <= 0:
        return ""
    return counted[:k] + m.group() if cw.owner_end.fullmatch(counted, k + 1) else ""


def _is_cut(verb: str, cw: CueViews) -> bool:
    """Whether ``verb`` cuts the thing it is printed with, so that its figure is a change of the thing (压减, 淘汰,
    退出, 化解: README, a cut verb with its object)."""
    return bool(verb) and cw.object_change_nouns.get(verb, "x") == "" and cw.abs_change_sign.get(verb, 1) < 0


def _printed_name(name: str, cw: CueViews) -> str:
    """``name`` as its clause prints it, where the growth of an owner is named (经济增长速度 is printed 经济增长, as in
    经济增长预期目标为7%左右); ``name`` otherwise."""
    if name[-1:] in cw.ends["grown_name"] and (mg := cw.grown_name.search(name)):
        return name[:mg.start()] + cw.grown_printed[mg.group()]
    return name


def _driven_change_owner(name: str, head: str, cw: CueViews) -> tuple[str, str] | None:
    """The change verb and its owner when a driving verb heads the name and the verb ends the clause right after it
    (带动农民增收[1.2亿元], 带动受援地区农户增收[1.3万户] → 增收, 受援地区农户); None with no driving verb (研究生扩招增收)."""
    if not (drives := list(cw.growth_drive_lead.finditer(name))) or len(owner := clean_name(name[drives[-1].end():])) < 2:
        return None
    mv = cw.actor_change_end.search(head := head.rstrip(cw.income_change_fillers))
    return (mv.group("verb"), owner) if mv is not None and head[:mv.start()].endswith(name) else None


def _changed_quantity(obj: str, noun: str, cw: CueViews) -> str:
    """The name of the quantity a change verb's object changes: the object with the verb's quantity noun (增产原油 →
    原油产量), or as printed when it names a quantity already or the verb has no noun."""
    return obj if not noun or obj.endswith(cw.quantity_ends) else obj + noun


def _count_modified_name(report: Report, prev: _Fig, f: _Fig) -> str:
    """The name of ``f`` when the persons counted right before it are counted inside the modifier of its noun, or ''.

    A count of persons printed inside the 的 phrase that names the noun the next figure measures (``用于安排城镇二千六
    百万人就业的支出一百零五亿元``) is named by what they do (安排城镇就业的人: :func:`_counted_name`); the noun's own
    name is the whole phrase, the count taken out: the verb that places them, with its use (用于) and the place of
    the jobs before the count, and the rest after it (``用于安排城镇就业的支出``), not the words after the count alone
    (就业的支出).
    """
    norm, text = report.norm, report.text
    cw = compiled()
    item = f.indicator
    if (prev.sentence != f.sentence or prev.cs < 0 or not prev.indicator.endswith(cw.de + prev.unit)
            or prev.unit_kind != "count" or f.unit_kind == "percent" or not text.startswith(item, prev.qend)
            or (k := item.find(cw.de)) < 1 or not prev.indicator.endswith(item[:k + 1] + prev.unit)):
        return ""
    width = _widest("placing_verb")  # (the verb reaches no farther back than its widest match)
    if (mv := cw.placing_verb.search(norm, prev.cs if width is None else max(prev.cs, prev.start - width),
                                     prev.start)) is None:
        return ""
    head = norm[prev.cs:mv.start()]  # (国家用于: of the noun's modifier only its use, 用于, not the clause's subject)
    # (a use word ending the head starts no farther back than its widest match)
    mu = cw.use_part_lead.search(head, _reach_back("use_part_lead", 0, len(head)))
    use = mu.group() if mu and mu.end() == len(head) else ""
    return use + mv.group("verb") + (mv.group("place") or "") + item


def _list_change_verb(norm: str, text: str, prev: _Fig, f: _Fig, soft: int) -> str:
    """The change verb (``list_change_verbs``: 损失, 增产, 节约) of a comma list of amounts ``f`` is a bare item of, or ''.

    A verb of change printed once before a comma list of ``noun + amount`` items is of every item: in
    ``全国大约损失工业总产值一千亿元，钢产量二千八百万吨，财政收入四百亿元`` the steel and the revenue are lost too, not
    levels. ``f`` is such an item when it is a level printed right after the comma that closes the amount before it
    (no percentage), its clause only its name (no verb, no word of its own: 钢产量达到… is a clause of its own), and
    the amount before is the list's first item, whose clause prints the verb with its object
    (损失工业总产值; 比上年减少 has no object), read as a change of it or named with the verb, or an item already of
    the list (the run goes on until a clause of its own). A qualifier printed before the verb (大约损失) is of every
    item: the first item's is kept on it for the items after.
    """
    cw = compiled()
    item = f.indicator
    if (f.measure != "level" or prev.sentence != f.sentence or f.unit_kind == "percent" or prev.unit_kind == "percent"
            or prev.qend + 1 != soft or norm[prev.qend] != "," or text[soft:f.start] != item or len(item) < 2
            or cw.list_change_verb.match(item) or cw.list_head_verb.match(item) or cw.disposal_lead.match(item)
            or cw.issue_verb.match(item) or item.startswith(cw.abs_change_words)):
        return ""  # (an item that opens with a verb of its own: 新建住房…, 增加收入…, 取消证明事项…)
    if prev.change_verb:
        return prev.change_verb
    if prev.cs < 0 or prev.measure not in ("level", "abs_change"):
        return ""
    clause = norm[prev.cs:prev.start]
    mv = next((m for m in reversed(list(cw.list_change_verb.finditer(clause)))
               if len(obj := clause[m.end():]) >= 2 and not any(ch.isdigit() for ch in obj)), None)
    if mv is None or prev.measure == "level" and mv.group() not in prev.indicator and not (
            (head := cw.added_head_names.get(mv.group())) and prev.indicator.startswith(head)):
        return ""  # (a level not named by the verb, nor by the head it names what it adds with, 增加城镇就业岗位5000个
        # → 新增城镇就业岗位: the verb is of something else than the amount)
    prev.change_verb = mv.group()
    if prev.qualified_word[1] == prev.cs + mv.start() and prev.qualifier != "exact":
        prev.list_qualifier = prev.qualifier  # 大约损失…: every amount the verb heads is approximate (the word the
        # qualifier rule read right before the verb)
    return prev.change_verb


def _list_item_verb(text: str, norm: str, prev: _Fig, f: _Fig, soft: int) -> str:
    """The verb an item of a list of amounts (no percentage) shares with the item before it, or '' when it shares none.

    An item printed right after the pause mark that closes the amount before it, naming the same kind of thing
    (the same last word) without a verb, or printed as a bare noun of no stock (新增贷款…、贷款余额: the balance is
    not added), is done by the verb that item opens with
    (``关停小火电2157万千瓦、小煤矿1.12万处`` → ``关停小煤矿``; ``新建改建高速公路6000多公里、农村公路30多万公里`` →
    ``新建改建农村公路``; ``新增第四代移动通信用户3.4亿、光缆线路550多万公里`` → ``新增光缆线路``), and so after a
    comma a bare noun counted in the same counter with no verb of its own (``五年共培养本科和专科毕业生687万人，研究生
    17.5万人`` → ``培养研究生``; ``新建学校3所，幼儿园5所`` → ``新建幼儿园``); not an area or a length
    (``sized_work_units``: 拆除违法建设10万平方米，腾退土地5万平方米, where the work after the comma is of a verb of its
    own the lists do not hold).
    A count printed right after the pause mark that closes the noun the count before it counts, with only its own
    noun after it, is of one more object of the verb that count's name opens with (``改造和新建1.88万所乡镇卫生院、
    786所县医院…和534所县妇幼保健院`` → ``改造和新建县医院``, ``改造和新建县妇幼保健院``); so after 和, 以及, 与.
    When the first item's name goes on from the verb's object to a word of purpose (``list_head_links``: 用于), the
    words up to that word are returned in place of the verb (``新增专项债券主要用于棚户区改造12.5亿元、市政基础设施
    18.6亿元`` → ``新增专项债券主要用于``).
    """
    cw = compiled()
    item, first = f.indicator, prev.indicator
    if f.measure != "level" or prev.measure != "level" or prev.sentence != f.sentence or len(item) < 2:
        return ""
    seps = (cw.item_separator, *cw.following_joints)
    if (f.unit_kind == "count" and prev.unit_kind == "count" and text.startswith(item, f.qend)
            and text.endswith(seps, 0, f.start) and (sep := next((w for w in seps if text.startswith(w, f.start - len(w))), ""))
            and (noun := text[prev.qend:f.start - len(sep)]) and first.endswith(noun)
            and (mv := cw.flow_verb_end.search(first, 0, len(first) - len(noun))) and mv.start() == 0):
        return mv.group("verb")
    after_comma = prev.qend + 1 == soft and norm[prev.qend] == ","
    comma = (after_comma and f.unit_kind == "count" and f.unit == prev.unit
             and f.unit not in cw.sized_work_units and text[soft:f.start] == item
             and item[-2:] != first[-2:] and not cw.count_verb.search(item))  # (…毕业生687万人，研究生17.5万人)
    added = after_comma and _comma_list_item(text, prev, f, soft)  # (全年新增…１５００多万千瓦，铁路新线和复线３３００多公里)
    if (prev.qend + 1 != soft or text[prev.qend] != cw.item_separator and not (comma or added)
            or item[-2:] != first[-2:] and (text[soft:f.start] != item and not added
                                            or item.endswith(tuple(cw.fund_stocks)))
            or text.find(item, soft, f.start) < 0
            or not (mv := cw.list_head_verb.match(first) or cw.count_verb.match(first))
            or first in cw.case_outcome_words  # (维持186件、撤销18件、驳回41件: outcomes of cases, no verb done to the next)
            or cw.list_head_verb.match(item) or cw.count_verb.match(item) or cw.done_after_count.match(item)
            or cw.issue_verb.match(item)  # (修订市场交易规则4项，出台管理细则2项: 出台 is its own)
            or _own_work_verb(item, cw)  # (拆除违法建设…、腾退土地…; 清理地下空间…、整治架空线…: so is a verb of works)
            or f.unit_kind != prev.unit_kind and item.endswith(cw.quantity_ends)  # (接待游客…人次、旅游收入…亿元)
            or cw.following_verb_end.search(item) or item.startswith(cw.following_keep)
            or item.startswith(cw.unadded_heads)  # (其中新增债券…、再融资债券…: refinanced, not new)
            or cw.net_change_clause.match(item)):  # (注销企业…户，净增市场主体…户: a net change names its own thing)
        return ""  # (新建充电桩300个、带动投资2亿元; 建成项目5个、在建项目10个; 新建道路3条，开通公交新线5条; 新建农村公路
        # 120公里、危桥改造15座: an item with a verb or state of its own, before its noun or after it)
    if comma and text.find(first[mv.end():], max(0, prev.start - len(first) - _NAME_GAP), prev.start) < 0:
        return ""  # (新建…，…: the verb's object not printed before the first count, the count is named by the verb
        # alone and heads no list of things the verb is done to)
    # 新增专项债券主要用于棚户区改造12.5亿元、市政基础设施18.6亿元: the items are what the purpose word after the verb's
    # object names, the words up to it every item's (新增专项债券主要用于市政基础设施), not things added
    return next((first[:k + len(w)] for w in cw.list_head_links if (k := first.find(w, mv.end())) > mv.end()),
                mv.group())


def _comma_list_item(text: str, prev: _Fig, f: _Fig, soft: int) -> bool:
    """Whether ``f`` goes on after a comma with the things the verb of the item before adds or builds, as after a
    pause mark: its clause only its name (and the qualifier of its figure), a bare noun of lines, power or capacity
    counted in their units (``comma_list_item_units``: 全年新增大中型发电机组容量１５００多万千瓦，铁路新线和复线３３００多公里，
    …，港口吞吐能力近２６００万吨 → 新增铁路新线和复线, 新增港口吞吐能力), with no verb of its own nor a quantity of the
    things before (粮食产量…吨: an output, 高速公路新建通车…公里: a verb; 腾退土地…公顷, 解决诉求…项: not counted so)."""
    cw = compiled()
    item = f.indicator
    said = text[soft:f.start]
    if f.qualifier in _RANGE_WIDE_QUALIFIERS and (mq := cw.q_before_re.search(said)):
        said = said[:mq.start()]  # 港口吞吐能力近２６００万吨: the name without the qualifier of its figure
    return (said == item and f.unit in cw.comma_list_item_units
            and not (item.endswith(cw.quantity_ends) and not item.endswith(cw.capacity_nouns))
            and not cw.stock_name_end.search(item) and item not in cw.bare_measures
            and not (cw.list_head_verb.search(item) or cw.list_change_verb.search(item) or cw.count_verb.search(item)))


def _list_shared_modifier(text: str, prev: _Fig, f: _Fig, soft: int) -> str:
    """The modifier (``list_shared_modifiers``: 落后) the name of the item before ``f`` in a list opens with, when ``f``
    is the next item: of the same measure, printed right after the pause mark that closes that item, its name only,
    naming the same kind of thing (the same last word) without it (``淘汰落后炼铁产能4659万吨、炼钢产能3747万吨`` →
    ``落后炼钢产能``; ``淘汰落后的水泥产能1.5亿吨、炼铁产能3122万吨`` → ``落后的炼铁产能``); '' otherwise."""
    cw = compiled()
    item, first = f.indicator, prev.indicator
    if (prev.sentence != f.sentence or prev.measure != f.measure or prev.qend + 1 != soft
            or text[prev.qend] != cw.item_separator or text[soft:f.start] != item
            or len(item) < 3 or item[-2:] != first[-2:]):
        return ""
    return _shared_modifier(first, item)


def _shared_modifier(first: str, item: str) -> str:
    """The modifier (``list_shared_modifiers``: 落后) the name ``first`` of a list's item opens with and the name
    ``item`` of the next does not, or ''."""
    return next((w for w in compiled().list_shared_modifiers if first.startswith(w) and not item.startswith(w)), "")


def _list_item_quantity(report: Report, prev: _Fig, f: _Fig, soft: int) -> str:
    """The name :func:`_item_quantity` gives a bare product printed as the next item of a list, right after the pause
    or comma that closes the item before (``淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨`` → ``落后水泥产能``); '' when
    it is printed elsewhere or gives none."""
    cw = compiled()
    if prev.qend + 1 != soft or report.norm[prev.qend] not in (cw.item_separator, ","):
        return ""
    return _item_quantity(report, prev, f, soft)


def _item_quantity(report: Report, prev: _Fig, f: _Fig, soft: int) -> str:
    """The name of a bare product ``f`` printed as an item of a list whose item ``prev`` before names an output or a
    capacity of a product (``list_item_quantities``: 产能, 产量), wherever the item before ends: the product's quantity
    of that kind, with the modifier the item before opens with (``钢产量3，500万吨，十种有色金属108万吨`` → ``十种有色
    金属产量``); an output only in the unit of the item before (粮食产量12.3万吨、生猪出栏2.1万头: no output named by 出栏),
    a capacity also in a unit capacities are counted in (平板玻璃7600多万重量箱; not 淘汰落后产能120万吨、企业12家: no
    product's capacity, nor firms); '' otherwise: not an item of the same measure named by its words alone, or a name
    of a quantity already."""
    cw = compiled()
    text, item, first = report.text, f.indicator, prev.indicator
    if (prev.sentence != f.sentence or prev.measure != f.measure
            or text[soft:f.start] != item or item.endswith(cw.quantity_ends) or clean_name(item) != item):
        return ""
    quantity = next((w for w in cw.list_item_quantities if first.endswith(w)), "")
    if not quantity and (verb := next((w for w in cw.output_attribute_verbs if first.startswith(w)), "")):
        # 年产生铁二百五十万吨，钢三百二十二万吨 → 年产钢: the yearly output (a plant's capacity) the item before opens
        # with, in its unit, not the output of the whole place the bare product would name
        return (verb + item if len(first) > len(verb) and not item.startswith(verb)
                and (f.unit == prev.unit or f.unit in cw.list_item_capacity_units) else "")
    shared = _shared_modifier(first, item)
    if (not quantity or len(first) <= len(shared) + len(quantity)  # (落后产能: no product named)
            or f.unit != prev.unit and (cw.list_item_quantities[quantity] == "same"
                                        or f.unit not in cw.list_item_capacity_units)):
        return ""
    return shared + item + quantity


def _list_item_owner(report: Report, prev: _Fig, f: _Fig, soft: int) -> str:
    """The name of a bare noun printed as the next item after a count its owner has (``has_word``: 有, 已有):
    the owner's, as the item before is (供销合作社和消费合作社…已有基层社三万一千余个，社员一亿六千五百五十二万余人 →
    供销合作社和消费合作社社员); '' otherwise: not the next level, printed right after the pause or comma that closes the
    item before and named by its words alone, or an item before named with no owner before its 有."""
    cw, norm, text = compiled(), report.norm, report.text
    item, first = f.indicator, prev.indicator
    if (prev.sentence != f.sentence or prev.measure != "level" or f.measure != "level" or prev.qend + 1 != soft
            or norm[prev.qend] not in (cw.item_separator, ",") or text[soft:f.start] != item
            or len(item) < 2 or clean_name(item) != item or _verb_headed_name(item, f.unit, cw)):
        return ""
    k = norm.rfind(cw.has_word, max(prev.cs, 0), prev.start)
    owned = text[k + 1:prev.start] if k >= 0 else ""
    owner = first[:-len(owned)] if owned and first.endswith(owned) else ""
    if len(owner) < 2 or owner in cw.scope_words or item.startswith(owner) or owner.endswith(cw.has_word):
        return ""  # (全国已有少数民族小学生…，中等学校学生…: the country is the scope, no owner; 有效发明专利拥有量560件，
        # 每万人口发明专利拥有量…: a 有 inside the name before, of 拥有量, owns nothing)
    return owner + item


def _chapter_cut(name: str, mh: re.Match[str]) -> str:
    """``name`` without the bulletin chapter heading and the frame words its sentence opens with (``mh``), when it
    starts with them (一、综合全年实现地区生产总值1964.71亿元 → 地区生产总值); '' otherwise."""
    head = mh.group("chapter") + mh.group("frame")
    norm = normalize(name)
    if not norm.startswith(head):
        chapter = mh.group("chapter")
        if not (norm.startswith(chapter) and mh.group("frame")
                and mh.string.startswith(head + norm[len(chapter):], mh.start("chapter"))
                and _strip_inner(head + norm[len(chapter):], compiled()) == norm):
            return ""
        head = chapter  # 二、农业全年实现农业总产值: the frame's verb is gone from the name already
    rest = clean_name(name[len(head):])
    return rest if len(rest) >= 2 else ""


def _own_place(report: Report, cw: CueViews) -> re.Pattern[str] | None:
    """The report's own place at the head of a name, with the frame words after it (城阳区实现, 西城区累计
    实现, 北京市东城区): what every figure of the report is of, so no part of a name; None when the
    report's place is unknown."""
    district = str(report.metadata.get("district") or "")
    city = str(report.metadata.get("city") or "")
    names = [re.escape(n) for n in (city + district, district) if len(n) >= 2]
    if not names:
        return None
    if not district and city.endswith(cw.city_end) and len(city) >= 3:
        # a city's report names the city as its area (北京地区进出口总额: 北京市's trade), keeping the 地区 a glossary
        # name opens with (北京地区生产总值: 北京's 地区生产总值)
        short, area = re.escape(city[:-len(cw.city_end)]), re.escape(cw.city_area)
        names += [rf"{short}{area}(?!{cw.area_named})", rf"{short}(?={area}(?:{cw.area_named}))"]
    return re.compile(rf"(?:{'|'.join(names)}){cw.own_place_frame}")


def _own_level(report: Report, cw: CueViews) -> str:
    """The word the report's own place ends with (街道 of 下沙街道), printed bare at the head of a name as that place
    itself speaks of itself (街道完成税收收入3.2亿元); '' when the report's place is unknown or ends with no such word."""
    district = str(report.metadata.get("district") or "")
    return next((w for w in cw.place_ends if district.endswith(w) and len(district) > len(w)), "")


def _verb_headed_name(name: str, unit: str, cw: CueViews) -> str:
    """The name of a level whose name opens with a verb and its object, as a noun phrase: the things a verb of
    adding adds are named as 新增 names them (增加放映队２，７２９个 → 新增放映队, 增加深松土地1.5亿亩 → 新增深松土地), and a
    count of times a change verb acts counts the times (三次提高出口退税率 → 提高出口退税率的次数), and a count of persons
    a verb of taking in heads names the persons taken in (新纳入低保、特困供养近600万人 → 新纳入低保、特困供养人员); '' for
    any other name.

    Parameters
    ----------
    name : str
        The level's name as read.
    unit : str
        Its unit (次 for a count of times).
    cw : CueViews
        The compiled cue words.

    Returns
    -------
    str
        The name as a noun phrase, or '' when ``name`` is none of these shapes.
    """
    if unit == cw.times_unit:
        return name + cw.times_name_end if cw.times_changed.match(name) else ""
    if (unit == cw.enrolled_person_unit and cw.enrolled_head.match(name) and cw.de not in name
            and not cw.person_head_end.search(name)):
        return name + cw.enrolled_person_noun  # 新纳入低保、特困供养近600万人: the persons taken into the schemes
    mh = cw.added_head.match(name) if name[:1] in cw.starts["added_head"] else None
    if mh is None or cw.name_head_keep.match(name) or cw.de in name:
        return ""
    obj = name[mh.end():]
    return cw.added_head_names[mh.group()] + obj if len(obj) >= 2 and clean_name(obj) == obj else ""


def _grown_name(name: str, cw: CueViews) -> str:
    """``name`` as the growth a rate of it is when it ends with an owner that names no quantity (经济 → 经济增长速度,
    国民经济 → 国民经济增长速度: the economy's growth, of a scope's economy too), else ``name``."""
    mo = cw.grown_owner.search(name)
    return name[:mo.start()] + cw.grown_owner_names[mo.group()] if mo else name


@functools.lru_cache(maxsize=8192)
def _verbs_or_generic(name: str) -> bool:
    """Whether ``name`` is only subject verbs (发放, 累计) or a generic subject (规模, 总数, 各区), found once a name."""
    cw = compiled()
    return cw.subject_verbs.fullmatch(name) is not None or cw.generic_subject.fullmatch(name) is not None


def _carried_head(name: str) -> str:
    """``name``, the head of a clause before a figure, unless it is never carried to a figure (a condition the
    clause is said under, 在农业机器和化学肥料还很少的条件下, names nothing measured; nor does a rank verb alone,
    排名第一位，增长8%): then ''; without a rank printed with no figure that ends it (位居全市前列)."""
    plain = clean_name(name)
    if _never_subject(plain) or plain in compiled().rank_verb_set:
        return ""
    cw = compiled()
    if plain[-1:] in cw.ends["rank_praise_tail"] and (mr := cw.rank_praise_tail.search(plain)) and mr.start() >= 2:
        return plain[:mr.start()]  # 收入增速连续三年位居全市前列，达到6.1%: the growth, the rank no part of its name
    return name


@functools.lru_cache(maxsize=8192)
def _never_subject(name: str) -> bool:
    """Whether ``name`` is never carried to the figures after it (年初预算数, 县区中), found once a name."""
    return compiled().not_subject.search(name) is not None


_NAME_SPACE = re.compile(r"[\s\u200b\u3000]+")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")  # a printed number in a predicate (_counted_name)


@functools.lru_cache(maxsize=16384)
def clean_name(name: str) -> str:
    """The printed noun phrase of what is measured, without the words around it that are no part of it.

    Takes off, until nothing changes: layout debris (line breaks, zero-width and ideographic spaces,
    spaces inside Chinese words); at the head years, periods, heading numbers and list markers
    (``2007年``, ``到2010年``, ``本世纪末``, ``1-6月``, ``五年``, ``近5年``, ``过去四年中``, a bare ``过去``, ``一、``, ``——``), prepositions, plan and modal words and verbs
    (从, 由, 将, 拟, 在, 把, 比, 为, 实现, 提出 …), except in nouns that start with them (从业人员, 比重,
    在校生, 对外贸易); at the end connectives, verbs (with their 了: 达到了), adverbs and qualifiers (增加到,
    提高到, 拟按, 年均, 实际, 以上 …) and a year, base period or span (``国民生产总值１９８７年``, ``国家外汇储备从``, a span of months ``1-9月``, ``从今年一月到九月``,
    ``粮食产量在一九五三年到一九七八年间``, ``１９７９到``, ``贸易顺差连续两年``, ``我国人口到２０００年``), except in nouns that end with them
    (公共, 人均, 结余). Returns an empty string when nothing is left; a place noun's bracket of kinds (省(区、市))
    stays.

    >>> clean_name("——全年地区生产总值"), clean_name("赤字率拟按"), clean_name("2007年城镇居民人均可支配收入由")
    ('地区生产总值', '赤字率', '城镇居民人均可支配收入')
    >>> clean_name("近5年粮食产量"), clean_name("20年以上老旧小区")  # a span of years, not a modifier of years
    ('粮食产量', '20年以上老旧小区')
    """
    if not name:
        return name
    cw = compiled()
    if _NAME_SPACE.search(name):
        name = _close_gaps(name.strip())
    norm = normalize(name)
    a, b = 0, len(norm)
    if mc := cw.name_cut.search(norm):  # 外贸出口从7月份开始大幅度回升: the name ends before the time frame
        b = mc.start()
    if "、" in norm and (mi := cw.name_clause_item.match(norm, 0, b)):
        a = mi.end()  # 推进农村承包地“三权”分置改革、确权面积超过80%: the reform is a clause of its own, the area measured
    if norm[:1] in cw.starts["listing_head"] and (ml := cw.listing_head.match(norm, 0, b)):
        # 列入市级重点项目169个: the list the things counted are put in names them; not before a 的 (列入省重大项目的项目)
        a = ml.end()
    for _ in range(16):
        before = (a, b)
        given = False
        m = cw.name_year.match(norm, a, b) if a == 0 else cw.name_year_inner.match(norm, a, b)
        if m and m.end() > a and not cw.name_year_keep.match(norm, a, b):  # (九年义务教育巩固率: a kind of schooling)
            a = m.end()
        elif given := (norm[a:a + 1] in "向给" and cw.recipient_clause_name.fullmatch(norm, a, b) is not None):
            pass  # 向灾区调运的粮食, 向企业发放的贷款: what is given, named by its recipients and verb (its head kept;
            # the year or trend word after it still goes)
        elif (m := cw.name_head_phrase.match(norm, a, b)) and m.end() > a:
            a = m.end()
            if my := cw.name_year.match(norm[a:b]):  # 区人力社保局2020年度…: the year after the office
                a += my.end()
        if a < b and not given and not cw.name_head_keep.match(norm, a, b):
            m = cw.name_head.match(norm, a, b)
            if m and m.end() > a and cw.name_compared_head.match(norm, a, b):
                m = None  # 低于上年的乡镇: the comparison its 的 closes picks out the places counted, no head to drop
            if m and m.end() > a and not (m.end() + 2 < b and norm[m.end() + 1] == "的" and m.group() in cw.modal_verb_heads):
                # (要办的民生实事, 现在要花的投资: a modal word before a verb of one character and its 的 goes with the verb)
                # 加上年结转收入, 加上解市级财政支出: a noun that starts inside the word keeps its start
                a = next((k for k in range(a + 1, m.end()) if cw.name_head_keep.match(norm, k, b)), m.end())
            elif norm[a] == "有" and (m := cw.name_owner_has.match(norm, a, b)) and b - m.end() >= 2:
                a = m.end()  # 安排平均每年有财政赤字三十亿元: the deficit had, once the years it recurs in are gone
        seg = norm[a:b]
        if seg and not cw.name_tail_keep.search(seg) and seg not in cw.budget_total_heads:  # (收入合计: a total)
            m = cw.name_tail.search(seg)
            if m and m.start() < len(seg):
                b = a + m.start()
                seg = norm[a:b]
        if seg and (mc := cw.name_list_close.match(seg)):
            b = a + mc.start("close")  # 新增涉税企业和个体工商户等超过1100万户: the list, not the 等 that closes it
            seg = norm[a:b]
        if seg and not (seg[-1] == ")" and cw.place_kind_bracket.search(seg)):  # 省(区、市): a noun, no note
            m = cw.name_year_tail.search(seg)
            if m and m.start() < len(seg):
                b = a + m.start()
        if (a, b) == before or a >= b:
            break
    if a < b and (cw.name_inner.search(norm, a, b) or _holds_payer_span(norm[a:b], cw)):
        return _strip_inner(name[a:b], cw)  # 中央财政拟安排补贴资金 → 中央财政补贴资金
    return name[a:b] if a < b else ""


def _close_gaps(name: str) -> str:
    """Whitespace inside a name: a line break or zero-width space of the layout (食糖产量前⏎​⏎三年,
    广义货币M⏎2) and the spaces of a spaced label (工 业) are closed; a plain space between two words
    of two or more characters ends what came before it (a heading run into the sentence: ``决算情况
    全区一般公共预算收入`` → ``全区一般公共预算收入``)."""
    parts = _NAME_SPACE.split(name)
    gaps = _NAME_SPACE.findall(name)
    out = parts[0]
    for gap, part in zip(gaps, parts[1:], strict=True):
        plain = gap.strip(" ") == "" and "\u3000" not in gap
        if plain and len(out) >= 2 and len(part) >= 2 and _cjk(out[-1]) and _cjk(part[0]):
            out = part  # a new phrase starts after the space
        elif part and _cjk(part[0]) and (mo := OUTLINE_LINE.match(out + gap + part)) and mo.end() == len(out):
            out = part  # 3.1 税收收入: the number of the heading the name opens is no part of it
        else:
            out += part
    return out


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_RATIO_CHARS = frozenset("0123456789.:∶")


def _ratio_span(norm: str, pos: int) -> tuple[int, int]:
    a = pos
    while a > 0 and norm[a - 1] in _RATIO_CHARS:
        a -= 1
    b = pos
    while b < len(norm) and norm[b] in _RATIO_CHARS:
        b += 1
    return a, b


def ratio_part_names(name: str, n: int) -> list[str] | None:
    """Names of the ``n`` parts of the ratio ``name``: from the vocabulary (三次产业结构 → 第一产业 …), else
    from its items (生铁和钢产量的比例 → 生铁, 钢); None when neither gives ``n`` names."""
    cw = compiled()
    for key, parts in cw.ratio_parts:
        if key in name and len(parts) == n:
            return list(parts)
    items = [it for it in cw.statement_item_split.split(name.split("的")[0]) if it]
    return items if len(items) == n and n > 1 else None


def _repeated_verb_object(report: Report, name: str, a: int, cs: int) -> str:
    """What a bare verb ``name`` acts on when a clause of the scope before ``cs`` prints the same verb and its
    object (…拟连续几年发行超长期特别国债，…，今年先发行1万亿元 → 超长期特别国债); '' otherwise."""
    cw = compiled()
    ma = cw.repeated_verb_adverb.match(name)
    verb = name[ma.end():] if ma else name
    if len(verb) < 2 or a < 0 or cw.generic_subject.fullmatch(name) or (k := report.norm.rfind(verb, a, cs - 1)) < 0:
        return ""  # (总额首次突破万亿元，达到11377亿元: a generic noun, no verb, acts on nothing)
    end = k + len(verb)
    stop = end
    while stop < cs and report.norm[stop] not in cw.clause_stops:
        stop += 1
    obj = clean_name(report.text[end:stop])
    if obj[:1].isdecimal():
        return ""  # (安排资金12.3亿元，已拨付7.6亿元，拨付进度61.8%: a figure after the verb is what it moved, no object)
    if obj and cw.campaign_object.fullmatch(obj):
        return _campaign_done(report, verb, a, k)
    return obj if 2 <= len(obj) <= 20 and not _verbs_or_generic(obj) else ""


def _campaign_done(report: Report, verb: str, a: int, k: int) -> str:
    """The name of what a bare ``verb`` does when the clause before prints it at ``k`` as the head of a campaign,
    its object before it (推进棚户区改造工程，完成改造1200户 → 棚户区改造, as 棚户区住房改造600多万套 is named; 实施背街小巷
    环境整治提升三年行动，完成整治120条 → 背街小巷环境整治): the clause up to the verb, less the verbs that open it;
    '' when nothing is before the verb."""
    norm, stops = report.norm, compiled().clause_stops
    start = k
    while start > a and norm[start - 1] not in stops:
        start -= 1
    s, e = _strip(norm, start, k + len(verb), "level")
    done = clean_name(report.text[s:e])
    while (cut := _strip(done, 0, len(done), "level")) and (shorter := clean_name(done[cut[0]:cut[1]])) != done:
        done = shorter  # 深入实施: each word that opens it
    return done if len(verb) < len(done) <= 20 and done.endswith(verb) else ""


SCOPE_HEAD_MAX = 40  # characters of the first clause of a scope, at the most, for its subject (a list of items 等)


def _scope_head(report: Report, a: int, cs: int, figures: list[int] | None = None) -> str:
    """The subject of the first clause of the scope, up to the clause's own figure (found by its digits, or among the
    starts of the ``figures`` read, in order: 一九八五年末达到一千六百二十三亿元 is no subject)."""
    norm = report.norm
    end = a
    limit = min(cs, a + SCOPE_HEAD_MAX + 1)
    stops = compiled().clause_stops
    note = None  # a note in brackets inside the clause (从事农业（包括农、林、牧、副、渔各业）的农村劳动力): no end of it
    while end < limit:
        if norm[end] not in stops:
            end += 1
        elif note is None and (note := _HEAD_NOTE.match(norm, end, limit)) is not None:
            end = note.end()  # (the clause's first note only)
        else:
            break
    if end < cs and compiled().scope_frame_clause.match(norm, a, end):
        # 为系统解决…资金问题，从今年开始拟…发行超长期特别国债，…今年先发行1万亿元; 在国家财政收入下降的同时，
        # 预算外资金却大幅度增加; 同一九五七年比较，…: a clause of purpose, concession or comparison names nothing; the
        # clause after it heads the scope
        return _scope_head(report, end + 1, cs, figures)
    if (end < cs and norm[a] in compiled().starts["scope_set_frame"]
            and compiled().scope_set_frame.match(norm, a, end) and (part := _scope_head(report, end + 1, cs, figures))):
        return part  # 在…成套设备中，由国内制造的部分，将由…的百分之四十二左右，提高到…: the part the clause after the set's names,
        # not the set (the set itself when no clause names a part before the figure's)
    if end >= cs or end - a > SCOPE_HEAD_MAX or compiled().launched_plan.fullmatch(norm, a, end):
        return ""  # (启动新的三年棚改攻坚计划，今年开工580万套: the plan launched names none of its counts)
    if (mv := compiled().scope_head_verb.match(norm, a, end)) and end - mv.end() >= 2:
        a = mv.end()  # 建立健全城镇保障性住房制度，覆盖面逐步扩大，…已达到12.5%: what is built, not the building
    a2, b2 = _strip(norm, a, end, "level")
    if (lead := _comparison_frame_lead(norm, a2, b2)) >= 0:
        b2 = lead  # 全区常住人口与2010年相比，增加…, 同2019年比较, 和上年比: the frame of comparison closing the clause is no part
        # of the name (按照完成的投资额来比较: a measure chosen, no frame)
    mf = compiled().head_figure.search(norm, a2, b2)
    k = bisect.bisect_left(figures, a2) if figures else 0
    at = min(mf.start() if mf else b2, figures[k] if figures and k < len(figures) and figures[k] < b2 else b2)
    if at < b2:
        # 棉花产量将要达到３，５５６万担，…超过２８６万担: the subject ends before the clause's own figure (如果以１９５０年为１００:
        # none), and before a comparison (国家财政收入比上年增加1501亿元)
        frame = compiled().head_index_frame.search(norm, a2, at)
        a2, b2 = _strip(norm, a2, at, "abs_change") if at > a2 and not frame else (a2, a2)
    if note is not None and a2 <= note.start() and note.end() <= b2:
        return report.text[a2:note.start()] + report.text[note.end():b2]  # the name, less the note
    return report.text[a2:b2] if b2 > a2 else ""


def _growth_owners(kept: list[_Fig], sentence: tuple[int, int], n: int) -> list[str] | None:
    """The names of the last ``n`` growths read in ``sentence`` (``kept`` in order), when they are ``n`` names apart
    and no figure of another name is read after the first of them: what a growth word before 分别 (增速分别比上半年
    提高…) speaks of; None otherwise (…增长5.8%；第二产业增加值50亿元，第三产业增加值60亿元，增速分别为…: the levels
    printed between own the growths of the list)."""
    tail = [g for g in kept[-2 * n - 2:] if g.sentence == sentence]
    at = [i for i, g in enumerate(tail) if g.measure in GROWTH_MEASURES][-n:]
    names = [tail[i].indicator for i in at]
    if not (len(names) == n and len(set(names)) == n and all(names)):
        return None
    return None if any(g.indicator and g.indicator not in names for g in tail[at[0]:]) else names


def _earlier_items(items: list[str] | None, kept: list[_Fig], sentence: tuple[int, int],
                   n: int, stock: bool = False) -> list[str] | None:
    """Names for a 分别 list with no subject of its own: the previous list of the sentence
    (增值税、企业所得税分别完成X和Y，分别增长A和B), or the last n subjects (解决率为X,满意率为Y,分别提高…). After a word
    of the whole stock (``stock``: 累计, 总数) a name of what was added names all of it (新增孵化器3家、众创空间6家，
    累计分别达到21家和37家: 孵化器, 众创空间)."""
    if not (items and len(items) == n):
        items = [g.indicator for g in kept[-n:] if g.sentence == sentence and g.indicator]
        if len(items) != n or len(set(items)) != n:
            return None
    if stock:
        lead = compiled().addition_lead
        items = [i[ma.end():] if (ma := lead.match(i)) else i for i in items]
    return items


def _heads_its_clause(norm: str, a: int, end: int, st: _SentenceState, year_at: int = -1) -> bool:
    """Whether the year ``norm[a:end]`` opens its clause, followed by 的 and a name (一九五八年的工业总产值则为…) or
    by its plan's verb (工农业总产值的增长速度，一九八一年计划为百分之三点七, 全年目标为): the clause's period, not the base of a
    comparison or a from-value (比2021年的, 从2007年的639亿元), nor the name of a plan (2022年计划的执行情况).
    ``year_at``, when given, is where the year starts after the connective that opens the clause at ``a``
    (但一九五四年的粮食产量)."""
    cw = compiled()
    if not (a == st.start or norm[a - 1] in cw.comparison_clause_stops or year_at < 0 and _place_led(norm, a, st, cw)):
        return False
    if year_at >= 0:
        a = year_at
    if cw.year_item_opening.match(norm, a) or cw.period_plan_opening.match(norm, a):
        return True  # (上半年城镇新增就业5000人,全年目标为新增就业8000人: the plan's year)
    if cw.year_plan_opening.match(norm, end) and (cw.period_bare_year.fullmatch(norm, a, end)
                                                  or norm[a:end] in cw.whole_year_periods
                                                  or norm[a:end] in cw.year_part_periods):
        return True  # 1980年计划基本建设投资总额控制在500亿元, 2024年计划新建口袋公园10个: the year the plan is of;
        # 全年计划拆除违法建设300万平方米，上半年已拆除…: the whole year's plan, in a report of part of it;
        # 下半年计划新开工项目15个: the part of the year the plan is of
    return (norm.startswith(cw.de, end) and cw.period_bare_year.fullmatch(norm, a, end) is not None
            and "\u4e00" <= norm[end + 1:end + 2] <= "\u9fff" and norm[end + 1] not in cw.period_numeral_head)


PLACE_YEAR_LEAD_MAX = 3  # characters of the place a report is of and 在 before a year opening its clause (我国在)


def _place_led(norm: str, a: int, st: _SentenceState, cw: CueViews) -> bool:
    """Whether only the place the report is of (and 在) opens the clause before ``a``: 全区2023年的地区生产总值,
    我国在一九五二年的粮食产量 (a year so placed opens its clause as one printed first does)."""
    return any(k >= st.start and (k == st.start or norm[k - 1] in cw.comparison_clause_stops)
               and cw.place_year_lead.fullmatch(norm, k, a) is not None
               for k in range(a - PLACE_YEAR_LEAD_MAX, a - 1))


_CLOSING_BRACKETS = ("）", ")")


def _period(norm: str, pos: int, st: _SentenceState) -> str:
    """The last period named in the sentence before ``pos`` (not a comparison base)."""
    cw = compiled()
    if st.periods is None:
        ends: list[int] = []
        names: list[str] = []
        items: list[tuple[int, int, str]] = []  # (end, the item's stop, the period before) of a year heading an item
        found = list(st.scan(cw.period_re, "period_re", norm))
        if more := list(st.scan(cw.period_clause_year, "period_clause_year", norm)):
            found = sorted(found + more, key=_END)  # 1 9 9 7 年，城镇居民… (the spaced digits closed up); 一九五九年，…
        if spans := list(st.scan(cw.period_clause_span, "period_clause_span", norm)):
            found = sorted(found + spans, key=_END)  # 从1979年到1983年，…: the years of the span
        frames = list(st.scan(cw.period_frame, "period_frame", norm))
        if st.to_frames is None:
            st.to_frames = _to_frames(frames)  # (the same frames, read once: see _to_frame)
        if frames:
            # 而一九五八年比一九五七年，钢增加了…; 在一九六○年…; 根据一九五三年底的统计，…: the year of the frame
            found = sorted(found + [mt for mt in frames if not any(o.start() <= mt.start("y" if mt.group("y") else "c")
                                                                      < o.end() for o in found)], key=_END)
        based = -1  # the end of the last period read as a comparison base (较一季度)
        for mt in found:
            if norm[mt.end():mt.end() + 1] in _CLOSING_BRACKETS and any(  # “十四五”（2021-2025年）时期: the plan's
                    m.start() < mt.start() and mt.end() < m.end() for m in st.plan_times_in(norm)[1]):  # years in
                continue  # brackets are part of its name, no period of their own
            a, name = mt.start(), _opened(mt) if mt.re is cw.period_re else mt.group()
            if mt.re is cw.period_clause_span:
                if (mt.group("since") or mt.group("onward")) and (y0 := year_number(mt.group("a"))):
                    ends.append(mt.end())
                    names.append(f"{y0}年以来")  # 1998年以来，…: the years from it (_resolve_period), in its
                    st.compared.add(mt.end())  # sentence only; so 从1998年起，…每年提高一个百分点 (自…起, 从…开始)
                elif (y0 := year_number(mt.group("a"))) and (y1 := year_number(mt.group("b"))) and y0 < y1:
                    ends.append(mt.end())
                    names.append(_years_span(y0, y1))
                    if y1 - y0 >= SPAN_FRAME_MAX_YEARS:
                        st.compared.add(mt.end())  # 从1900年到1948年，49年合计的钢产量…: a span of history holds
                        # in its sentence only
                continue
            if mt.re is cw.period_frame:
                g = "y" if mt.group("y") else "c"
                event = (g == "y" and norm[mt.start()] in cw.starts["year_event_frame"]
                         and cw.year_event_frame.match(norm, mt.start()) is not None)  # 在一九五八年的大跃进中，
                led = event or (g == "y" and norm[mt.start():mt.start(g)] in cw.period_frame_connectives
                                and _heads_its_clause(norm, mt.start(), mt.end(), st, year_at=mt.start(g)))
                planned = (g == "y" and norm.startswith(cw.period_plan_basis_tails, mt.end())
                           and norm[mt.start():mt.start(g)] in cw.period_plan_basis_leads)
                if (mt.group("to") or norm.startswith(cw.period_not_after, mt.end()) and not led and not planned
                        or cw.event_date.match(norm, mt.end())):
                    continue  # (到2020年，: a plan's limit or a year reached, told by the status: _resolve_period;
                    # 在一九五八年十一月召开的…会议上: the date of the meeting, no period of the figures; but 但一九五四年的
                    # 粮食产量 (1955): a connective alone before the year, which opens its clause as 一九五四年的 does)
                if led and not event or mt.group("named_by") or planned:
                    st.compared.add(mt.end())  # (of this sentence only, as 一九三六年的粮食产量是…, or a year the clause
                    # says it is of: 我国历史上钢铁生产的最高年份是一九四三年，出产生铁…; the year of an event
                    # the sentence opens in holds on as a year opening it does: 在一九五八年的大跃进中，…。…社会商品零售
                    # 总额比上年增加了百分之十六)
                if (stop := _item_end(norm, a, mt.end(), st)) >= 0:  # 前三年共开垦荒地三千六百万亩，而1956年就开垦…；
                    items.append((mt.end(), stop, names[-1] if names else ""))  # 前三年扩大的灌溉面积…: of its item
                ends.append(mt.end())
                names.append(_YEAR_YEAR_PART.sub(r"年\1", mt.group(g)))  # (在一九五三年年底 → 一九五三年底)
                if g == "c" or cw.year_frame.match(norm, mt.start(g)):
                    st.compared.add(mt.end())  # 一九八二年同一九七八年相比，: of this sentence only
                continue
            if name[0] == "年":
                while a > st.start and (norm[a - 1] in cw.period_numeral_head or norm[a - 1] == cw.approx_pair_separator
                                        and a - 1 > st.start and norm[a - 2] in cw.approx_pair_digits):
                    a -= 1  # 五年内, 二〇〇三年底: the period is the whole word, never its tail (年内); 一、二年内 too
                if (a < mt.start() and (head := next((w for w in cw.span_heads if norm.endswith(w, st.start, a)), ""))
                        and cw.span_period.fullmatch(head + norm[a:mt.start()] + name)):
                    a -= len(head)  # 今后三年内: a span ahead of the year planned; 前四年内 (1983): back to the one reviewed
                name = norm[a:mt.start()] + name
            if (mf := cw.from_time.match(norm, a)) and mf.end() == mt.end():
                continue  # 由一季度下降8.5%转为增长3.2%: the time of the A only (_own_year), not of the sentence
            if (a > 0 and norm[a - 1] in cw.period_not_before
                    or norm.endswith(cw.share_verb, st.start, a)  # 其中12月一个月的增长额就占全年增加额的48.4%: the time
                    # of the whole, not of the part
                    or cw.period_base_scope.search(norm, _back_from("period_base_scope", a, st), a)  # 比全国一九五五年
                    or based >= 0 and cw.comparator_pair_separator.fullmatch(norm, based, a)
                    or norm.endswith(cw.period_base_years, st.start, a)  # 比去年全年: the base's part of the year
                    or name[0] == "年" and norm.endswith(cw.period_base_years, st.start, a + 1)):  # 比上年底: its 年
                # is the base year's own
                based = mt.end()  # 较一季度和1-5月: every base of a list of them is no period of the sentence
                continue
            bare = mt.re is cw.period_re and mt.group("bare_span") is not None  # 五年新增装机容量: a span before a noun
            if ((norm.startswith(cw.period_not_after, mt.end()) or cw.period_base_after.match(norm, mt.end()))
                    and not bare  # (完成全年新增目标的: the time of the target a share is of, as 全年目标's)
                    and not norm.startswith(cw.period_source_tails, mt.end())):  # (据本年５月份的统计，…: the date of the count)
                if not _heads_its_clause(norm, a, mt.end(), st):  # (五年平均人口自然增长率: the average of the span)
                    continue
                st.compared.add(mt.end())  # (一九三六年的粮食产量是…: of this sentence only)
                if name in cw.whole_year_periods:  # 全年计划拆除…300万平方米，上半年已拆除…, 全年计划…，已完成…: the
                    k = bisect.bisect_right(st.stops, mt.end())  # year's plan holds in its clause, what is done is of
                    items.append((mt.end(), st.stops[k] if k < len(st.stops) else st.end,  # the report's time
                                  names[-1] if names else ""))
            if cw.event_date.match(norm, mt.end()):
                continue  # 在一九八一年举行的五届人大四次会议上: the date of the meeting, no period of the figures
            if (name.endswith(cw.occasion_period_ends) and a > st.start and norm[a - 1] not in cw.comparison_clause_stops
                    and "\u4e00" <= norm[mt.end():mt.end() + 1] <= "\u9fff"):
                continue  # 落实全市疫情期间支持中小微企业政策, 加强疫情期间企业服务: what the noun after it is of, no period
            if (names and a > 0 and norm[a - 1] in cw.subject_scope_stops
                    and cw.period_bare_year.fullmatch(name)):  # 全年实现：…；2021年R&D经费支出增长0.3%，…；
                items.append((mt.end(), _item_stop(norm, mt.end(), st), names[-1]))  # (the year of its item only,
                # then the sentence's)
            elif a > st.start and norm[a - 1] in cw.clause_span_stops and (
                    cw.run_in_span.fullmatch(name) or bare) and not cw.scope_frame_clause.fullmatch(norm, st.start, a - 1):
                k = bisect.bisect_right(st.stops, mt.end())  # 乡镇企业保持旺盛发展势头，五年间产值增长２倍，现已…: a span
                stop = st.stops[k] if k < len(st.stops) else st.end  # heading a later clause holds to that clause's end
                # (从国债投资的效果看，两年来…: after a frame naming nothing it opens the sentence, and holds in all of it)
                if bare and cw.item_figure.search(norm, mt.end(), stop):
                    stop = _list_span_stop(norm, k, st)  # 运输邮电业迅速发展，五年铁路正线铺轨总里程11344公里，高速公路
                    # 增加4083公里，…: a span before the noun of a list's first clause is the time of the list's clauses
                items.append((mt.end(), stop, names[-1] if names else ""))
            elif (stop := _item_end(norm, a, mt.end(), st)) >= 0:  # 增值税完成612345万元，…，全年办理留抵退税…；
                items.append((mt.end(), stop, names[-1] if names else ""))  # 企业所得税…: 全年 (…方舱18处,截至目前累计
                # 核酸检测约821万人次;…; 养猪二亿七千万头，年底存栏…；全国…农户)
            elif (a - st.clause_start(a) >= 2 and "\u4e00" <= norm[a - 1] <= "\u9fff"
                  and not (ends and ends[-1] >= a - 1)):
                # 7栋回迁楼5月底回迁入住;…: a time inside a clause holds to its item's end
                items.append((mt.end(), _item_stop(norm, mt.end(), st), names[-1] if names else ""))
            listed = mt.re is cw.period_re and mt.group("year_list") is not None
            if listed and (y0 := year_number(mt.group("list_first"))) and (y1 := year_number(mt.group("list_last"))):
                name = _years_span(y0, y1)  # 一九七九和一九八○两年, 1978、1979两年: the years listed
            name = name.replace(" ", "").replace("--", "-").replace("~", "-")  # (1 9 9 7 年; １——５月份, 1～5月份:
            # 1-5月份)
            if (ends and ends[-1] == a and cw.period_bare_year.fullmatch(names[-1])
                    and cw.year_part_period.fullmatch(name.removesuffix("份"))):
                ends.pop()
                name = names.pop().removesuffix("度") + name  # 一九五八年上半年小学生有三百一十九万人: the part of the
                # year printed before it, not of the report's
            ends.append(mt.end())
            names.append(name[:-1] if name.endswith("月份") and not name[:-2].isdigit() else name)  # (1-5月份 is 1-5月,
            # as 1-5月 prints it; 5月份 stays as printed)
            if (norm[mt.end():mt.end() + 1] not in ",，" and (a == st.start or norm[a - 1] in cw.comparison_clause_stops)
                    and cw.run_in_span.fullmatch(name)):
                st.compared.add(mt.end())  # 五年来城镇新增就业…: a span run into its sentence holds in it only
            elif bare or listed or mt.re is cw.period_re and mt.group("payer_span"):
                st.compared.add(mt.end())  # 中央财政五年支出551亿元, 五年新增装机容量: the span of a payer's amount or
                # before a noun, so too; and the years listed (1978、1979两年共增产粮食)
        for end, stop, before in items:
            i = bisect.bisect_right(ends, end)
            if (i == len(ends) or ends[i] > stop) and stop < st.end:
                ends.insert(i, stop)
                names.insert(i, before)
        inner = itertools.chain(st.scan(cw.period_inner_frame, "period_inner_frame", norm),
                                st.scan(cw.period_inner_year, "period_inner_year", norm),
                                st.scan(cw.period_inner_span, "period_inner_span", norm))
        for mt in inner:
            # 而赫鲁晓夫在一九六○年突然…撕毁几百个协定: the year of its clause only, then the sentence's again
            if mt.end() in ends or norm.startswith(cw.period_not_after, mt.end()) or cw.event_date.match(norm, mt.end()):
                continue  # (read as the frame of its clause: 而在一九五四年; the date of an event)
            k = bisect.bisect_left(st.stops, mt.end())
            stop = st.stops[k] if k < len(st.stops) else st.end  # (the sentence's clause stops, found once)
            while (mt.re is not cw.period_inner_span and stop < st.end and norm[stop] in cw.period_result_stops
                   and (mt.re is cw.period_inner_frame and norm.startswith(cw.period_result_heads, stop + 1)
                        or norm.startswith(cw.period_compared_heads, stop + 1))):
                k += 1  # 我们在一九五八年动员全民的力量增产钢铁，使钢产量…增长到一千一百零八万吨: what the year's deed
                stop = st.stops[k] if k < len(st.stops) else st.end  # brought about is of that year too; and so is
                # the change of the level the clause gives, in the clause after it (使每百斤大豆的出油量在一九五四年
                # 提高到十三斤半，比全国每百斤大豆的平均出油量多二斤左右)
            if (mt.re is cw.period_inner_frame and stop < st.end and norm[stop] in cw.period_result_stops
                    and not any(ch in cw.period_numeral_head for ch in norm[mt.end():stop])):
                k += 1  # 商业部所属的一些企业在一九五四年曾经因为管理不善，单是死猪和臭蛋就值八百万元: a clause the
                stop = st.stops[k] if k < len(st.stops) else st.end  # year frames with no number of its own frames
                # the clause after it
            if mt.re is cw.period_inner_span and (own := [n for n, e in enumerate(ends) if mt.start() < e <= mt.end()]):
                del ends[own[0]:own[-1] + 1], names[own[0]:own[-1] + 1]  # 全市2018年至2022年累计完成…: its first
                # year, read alone, is no period of its own
            i = bisect.bisect_right(ends, mt.start())
            before = names[i - 1] if i > 0 else ""
            j = bisect.bisect_right(ends, stop)
            if j > i:
                continue  # (another period named in the clause after it)
            if mt.re is not cw.period_inner_span:
                name = mt.group("y")
            elif (y0 := year_number(mt.group("a"))) and (y1 := year_number(mt.group("b"))) and y0 < y1:
                name = _years_span(y0, y1)  # (1953年到1978年的二十六年间: the years of the span)
            else:
                continue
            ends[i:i] = [mt.end(), stop]
            names[i:i] = [name, before]
            st.compared.add(mt.end())  # (held in its clause only)
        for p in st.stops:
            if p + 1 < st.end and norm[p] in cw.comparison_clause_stops and cw.now_opening.match(norm, p + 1):
                st.now_at = p + 1  # 一九五八年初全国有七十四万多个高级农业生产合作社，现在已经合并改组成为二万四千多个
                i = bisect.bisect_right(ends, p + 1)  # 人民公社: a clause opening with 现在 is of the time of the report,
                ends.insert(i, p + 1)  # no period named before it holds past it
                names.insert(i, "")
                break
        st.periods = (ends, names)
    ends, names = st.periods
    if not ends:
        return ""
    i = bisect.bisect_right(ends, pos) - 1
    return names[i] if i >= 0 else ""


def _item_end(norm: str, a: int, end: int, st: _SentenceState) -> int:
    """Where the semicolon item ends that a time printed at ``a``..``end`` holds in, heading a clause after figures
    of the item (its end is noted in ``st.item_ends``); -1 when it heads no such clause (解放后，…，目前我国农民…；…:
    no figure before it, the time of all the items)."""
    cw = compiled()
    if not (a > st.start and norm[a - 1] in cw.clause_span_stops and cw.item_figure.search(
            norm, max((p for p in st.stops if p < a and norm[p] in cw.subject_scope_stops), default=st.start), a)):
        return -1
    stop = _item_stop(norm, end, st)
    st.item_ends.add(stop)
    return stop


def _list_span_stop(norm: str, k: int, st: _SentenceState) -> int:
    """Where the span of years before the noun of a list's first clause, which ends at the stop ``st.stops[k]``,
    stops holding: at the end of its semicolon item (五年铁路正线铺轨总里程11344公里，高速公路增加4083公里，…), or
    before a later clause of the item that names a time of its own (五年年均增长5.2%，十年增加近70万亿元; 现已…)."""
    cw, stops = compiled(), st.stops
    if k >= len(stops) or norm[stops[k]] in cw.subject_scope_stops:
        return stops[k] if k < len(stops) else st.end  # (its clause ends the item)
    end = _item_stop(norm, stops[k], st)
    while k < len(stops) and stops[k] < end:
        nxt = stops[k + 1] if k + 1 < len(stops) else st.end
        if cw.list_clause_own_time.search(norm, stops[k] + 1, nxt):
            return stops[k]
        k += 1
    return end


def _item_stop(norm: str, pos: int, st: _SentenceState) -> int:
    """Where the semicolon item of ``st`` that goes on past ``pos`` ends: its next stop that ends an item (；), else
    the sentence's end."""
    stops, ends_item = st.stops, compiled().subject_scope_stops
    return next((p for p in stops[bisect.bisect_right(stops, pos):] if norm[p] in ends_item), st.end)


def _period_end(pos: int, st: _SentenceState) -> int:
    """Where the period :func:`_period` gave for ``pos`` ends in the sentence, -1 when none."""
    ends = st.periods[0] if st.periods is not None else []
    i = bisect.bisect_right(ends, pos) - 1
    return ends[i] if i >= 0 else -1


_YEARS_SPAN = re.compile(r"(\d{4})-(\d{4})年")


def _names_year(text: str, year: int) -> bool:
    """Whether ``text`` names ``year`` alone (2024年, 二〇二四年), not as an end of a span (2024年至2028年, 2020-2024年)."""
    seps = compiled().range_separators
    return any(year_number(m.group(1)) == year and text[m.end():m.end() + 1] not in seps
               and not text[m.start() - 1:m.start()].isdigit() and text[m.start() - 1:m.start()] not in seps
               for m in layout_views().heading_year.finditer(text))


def _year_of(period: str) -> int | None:
    """The year a period of one year names (2005年, 2020年度, 二〇〇五年) as an int; None when it names none."""
    return year_number(period.removesuffix("度").removesuffix("年"))


def _span_end_against_year(f: _Fig) -> None:
    """A change against a year before the span of years that is ``f``'s period (占国际市场份额比2007年提高2个多
    百分点 under 2008-2012年; 一九八五年末…，比一九八○年末增长三倍 under 1981-1985年) is of the span's last year,
    its end when the base is a year's end, as a change against a year printed in a report of one year is."""
    ms = _YEARS_SPAN.fullmatch(f.period) if "-" in f.period else None  # (most periods are of one year or none)
    if ms is None:
        return
    end = _year_end_period(f.comparator)
    if not (end or compiled().period_bare_year.fullmatch(f.comparator)):
        return
    base = _year_of(f.comparator[:-1] if end else f.comparator)
    if base is not None and base < int(ms.group(1)):
        f.period = f"{ms.group(2)}{f.comparator[-2:] if end else '年'}"


_LISTED_GAP = 5  # the longest noun and separator between two stocks listed (十亿人口，两亿多户)
_LISTED_STOPS = frozenset(",，、")
_OPEN_POINT = re.compile(r"\d+\. $")  # a number and a decimal point left open before a count (_subject_span)
_SINCE_YEAR = re.compile(r"(\d{4})年以来")  # the period of a clause opening with a year it counts from (_period)
SPAN_FRAME_MAX_YEARS = 10  # a span of more years in a sentence is a count (53年的总和), no time of its own


def _years_span(first: int, last: int) -> str:
    """A span of years as a period: ``1998-2002年`` (one year: ``2002年``)."""
    return f"{first}年" if first == last else f"{first}-{last}年"


def _same_period(a: str, b: str) -> bool:
    """Whether two periods are one, a year in digits or in Chinese numerals alike (1957年, 一九五七年: the year
    a report's years give and the year its text prints)."""
    return a == b or (y := year_number(a.removesuffix("年"))) is not None and y == year_number(b.removesuffix("年"))


def _one_year_part(a: str, b: str) -> bool:
    """Whether two periods are one, a part of a year printed with its year or without (2018年1-6月, 1-6月: a
    growth of a part printed after its total's growth names the total's months)."""
    if a == b:
        return True
    whole, part = (a, b) if len(a) > len(b) else (b, a)
    cw = compiled()
    return (bool(part) and whole.endswith(part) and cw.year_part_period.fullmatch(part) is not None
            and cw.period_bare_year.fullmatch(whole[:-len(part)]) is not None)


def _count(word: str) -> int:
    """The number a numeral word counts, the years of a span or a month (五 → 5, 十一 → 11, 12 → 12), 0 when
    unreadable."""
    try:
        return int(word) if word.isdigit() else int(parse_chinese_numeral(word))
    except (ValueError, ArithmeticError):
        return 0


def _five_year_first(n: int) -> int:
    """The first year of the n-th five-year period (一五 1953, 二五 1958, from 三五 on 1966 + 5(n-3))."""
    return layout_views().five_year_plan_first + 5 * (n - 3) if n >= 3 else 1953 + 5 * (n - 1)


def _plan_number(year: int) -> int:
    """The number of the five-year period ``year`` lies in (1956 → 1, 2018 → 13), 0 for a year of none (1963-1965)."""
    return next((n for n in range(1, PLAN_NUMBER_MAX + 1) if _five_year_first(n) <= year < _five_year_first(n) + 5), 0)


def _five_year_span(n: int) -> str:
    """The years of the n-th five-year period (“十四五” → 2021-2025年)."""
    first = _five_year_first(n)
    return _years_span(first, first + 4)


def _past_adverbs(norm: str, a: int, b: int, cw: CueViews) -> int:
    """Where a name ``norm[a:b]`` starts past the adverbs heading it (再, 又, 还, 已: ``今年再进城落户1300万人`` →
    ``进城落户``), ``a`` when none does.

    Parameters
    ----------
    norm : str
        The normalised text.
    a, b : int
        The span of the name.
    cw : CueViews
        The cue views (``repeated_verb_adverb``).

    Returns
    -------
    int
        The start of the name past its adverbs, never past ``b``.
    """
    ma = cw.repeated_verb_adverb.match(norm, a, b)
    return ma.end() if ma is not None and ma.end() < b else a


def _counted_back(m: re.Match[str]) -> bool:
    """Whether a span of years (``m``, a match of ``span_period``) counts back to the year reviewed: 过去五年, 这五年,
    近三年, or with a word of since (``span_back_since``: 五年来, 三年以来)."""
    return bool(m.group("back")) or m.group("since") in compiled().span_back_since


@functools.lru_cache(maxsize=1024)
def _period_span(period: str) -> re.Match[str] | None:
    """``span_period.fullmatch(period)``: whether the period a figure was given is a span of years counted from the
    report (五年来, 过去五年, 这五年), and its parts. Read once a period: the figures of a list, and a report's figures
    over and over, carry the same few periods, which several rules ask this of (4月，收入、1、1、…%)."""
    return compiled().span_period.fullmatch(period)


def _span_years(period: str, status: str, years: ReportYears, over: bool = False) -> str:
    """A period that is a span of years counted from the report (五年来, 过去五年, 这五年: the years up to the
    one reviewed; 今后五年, 未来五年, 今后三年内: the years from the one planned; 五年间/五年内: a target's ahead,
    else back, a target's 三年内 of any length ahead, and an outcome's 四年中 (``span_during``) of any length back — a
    bare span otherwise only of five years, the span of a plan, or, ``over``, of any length when it is the span a
    change is measured over: 十年增加近70万亿元), as years (``1998-2002年``); else ''."""
    m = _period_span(period)
    if m is None:
        return ""
    k = _count(m.group("k"))
    if k < 2:
        return ""
    if m.group("ahead"):
        ahead = True
    elif _counted_back(m):
        ahead = False
    elif k == 5 or over:
        ahead = status == "target"
    elif (m.group("since") == "内" or m.group("time")) and status == "target":
        ahead = True  # 三年内参保率均提高到90%以上, 用三年时间完成…: a target within so many years, from the year planned
    elif m.group("time") and status == "actual":
        ahead = False  # 用两年时间建成学校5所 in a review: the years up to the one reviewed
    elif m.group("since") in compiled().span_during and status == "actual":
        ahead = False  # 四年中城镇集体所有制单位就业职工增加六百零三万人 in 1983: an outcome of the years up to the one reviewed
    else:
        return ""
    if ahead:
        return _years_span(years.plan, years.plan + k - 1) if years.plan is not None else ""
    return _years_span(years.covered - k + 1, years.covered) if years.covered is not None else ""


REQUIRED_SPAN_REACH = 18  # how far before a span ahead the requirement that sets it may stand (要求分别在七年或者)
SPAN_YEARS_REACH = 16  # how far before a span of years its years may be printed (在一九七一年到一九八○年的十年间)
CHANGED_LEVEL_REACH = 3  # how many figures before a change its level may lie (past the level of its base)
PLAN_NUMBER_MAX = 30  # the last five-year period a year is looked up in (the thirtieth ends in 2110)
FROM_AGO_REACH = 10  # how far before a from-value its time counted back may start (由五年以前的)
LIST_ITEM_MAX = 9  # the longest name of an item listed after a head of what is counted of each (毛、麻纺锭, 抚顺矿务局所属煤矿)
OWN_YEAR_REACH = 16  # how far before a from- or to-value its own year may be printed (从2007年的, 增加到2012年)


def _own_year(norm: str, cw: CueViews, pos: int, cs: int, level: bool = False) -> re.Match[str] | None:
    """The year a from- or to-value at ``pos`` prints right before it, with or without 的 (从2007年的639亿元,
    从2002年1288亿元, 增加到2012年的1923亿元), no further back than its clause start ``cs``; with ``level``,
    also the year any level prints right before it with 的 (比一九五八年的三亿八千万吨); else None."""
    lo = max(cs, pos - OWN_YEAR_REACH)
    last = norm[pos - 1]  # (both end at ``pos``: where this is no character a match may end with, none is there)
    return ((cw.from_to_period.search(norm, lo, pos) if last in cw.ends["from_to_period"] else None)
            or (cw.value_year.search(norm, lo, pos) if level and last == cw.de else None))


def _to_frame(norm: str, pos: int, st: _SentenceState, after: int = -1) -> str:
    """The year of the last ``到YEAR`` clause frame of the sentence before ``pos`` (到一九三三年，全国钢产量…)
    that ends after ``after``, else ''."""
    if st.to_frames is None:
        st.to_frames = _to_frames(st.scan(compiled().period_frame, "period_frame", norm))
    ends, years = st.to_frames
    i = bisect.bisect_right(ends, pos) - 1 if ends else -1
    return years[i] if i >= 0 and ends[i] > after else ""


def _to_frame_after(norm: str, a: int, b: int) -> bool:
    """Whether a ``到YEAR`` clause frame stands in ``norm[a:b]``, the rest of a sentence after its last figure
    (一九七八年决定引进二十二项成套设备…所负的高利外债，到一九八二年底已经基本还清: the sentence ends at a later time than
    its figure's, so that figure's period holds no further)."""
    return norm.find("到", a, b) >= 0 and bool(_to_frames(compiled().period_frame.finditer(norm, a, b))[0])


def _to_frames(frames: Iterable[re.Match[str]]) -> tuple[list[int], list[str]]:
    """The ends and years of the ``到YEAR`` frames among the matches ``frames`` of ``period_frame``."""
    found = [m for m in frames if m.group("to")]
    return [m.end() for m in found], [m.group("y") for m in found]


def _pointed_growth_name(owner: str, growth: str | None, measure: str) -> str:
    """The name of a figure whose subject only points back to a growth (a match of ``pointed_growth``, ``growth`` its
    growth word, if any) of what ``owner`` names: ``owner`` (这一增速高于全市…1.2个百分点: a difference of that growth),
    or for a rank the growth it ranks (该增幅居全市第一 → 一般公共预算收入增幅)."""
    if measure == "rank" and growth and not owner.endswith(growth):
        return owner + growth
    return owner


def _this_year(norm: str, pos: int, st: _SentenceState) -> bool:
    """Whether the sentence last names this year (今年) before ``pos`` as the time it speaks of (not the base
    of a change: 由今年预计的44％提高到45％), with no year reviewed (去年, 上年) after it, but as a base (比去年) or
    the object of a deed done (今年职工住宅建设投资仍然保持了去年的水平)."""
    cw = compiled()
    last = _last_plan_time(norm, pos, st)
    if (last is None or not last.group("now") or last.group() not in cw.this_year_words
            or norm[last.start() - 1:last.start()] in cw.time_marker_not_after):
        return False
    if st.reviewed_at is None:
        st.reviewed_at = [m.start() for m in st.scan(cw.time_marker, "time_marker", norm)
                          if m.lastgroup == "review" and norm[m.start() - 1] not in cw.time_marker_not_after
                          and not cw.review_object.match(norm, m.start() - 1)]
    i = bisect.bisect_left(st.reviewed_at, last.end())
    return not (i < len(st.reviewed_at) and st.reviewed_at[i] < pos)


def _this_year_after(norm: str, pos: int, st: _SentenceState) -> int:
    """Where the sentence names this year (今年) as the time of the figure at ``pos`` after the last period it
    names before it (到2022年底，全区累计建成5G基站3000个，今年新建1000个: 今年, not 2022年底), else -1."""
    if not _this_year(norm, pos, st):
        return -1
    last = _last_plan_time(norm, pos, st)
    return last.start() if last is not None and last.start() >= _period_end(pos, st) else -1


def _last_year_in_span(held: str, norm: str, pos: int, st: _SentenceState) -> str:
    """``held``, the period a paragraph holds for the figure at ``pos``, or 去年 when ``held`` is a span of years
    (2013-2017年, 过去五年) and a clause of the figure's sentence before it opens with 去年, one year of the span
    (过去五年，…。国有企业效益明显好转，去年利润增长23.5%)."""
    if held and (_YEARS_SPAN.fullmatch(held) or _period_span(held) is not None) and _opens_with_last_year(norm, pos, st):
        return compiled().last_year_word
    return held


def _opens_with_last_year(norm: str, pos: int, st: _SentenceState) -> bool:
    """Whether a clause of the sentence before ``pos`` opens with the year before the report's (从１９７９年到１９８４年
    安排了…就业。据…调查，去年全国城镇居民家庭平均每人…收入达到六百零八元: 去年, not the span before)."""
    cw = compiled()
    return any(m.start() == st.start or norm[m.start() - 1] in cw.clause_stops
               for m in cw.sentence_last_year.finditer(norm, st.start, pos) if m.group().endswith(cw.last_year_word))
    # (全区去年: the report's place may open the clause before 去年)


def _last_plan_time(norm: str, pos: int, st: _SentenceState) -> re.Match[str] | None:
    """The last plan time (“十四五”时期, 今后五年, 到2025年, 今年) the sentence names before ``pos``, or None."""
    ends, found = st.plan_times_in(norm)
    i = bisect.bisect_right(ends, pos) - 1 if ends else -1
    return found[i] if i >= 0 else None


_CHANGE_MEASURES = frozenset(("yoy_pct", "change_pct", "pp_diff", "abs_change"))  # a change against a base
_AT_YEAR_MEASURES = ("level", "rate_pct", "completion_pct", "rank")  # a target of these is reached at a year, no span


def _century_last(year: int) -> int:
    """The last year of the century ``year`` lies in, as 本世纪末 names it (2000 for 1988)."""
    return (year // 100 + 1) * 100


def _plan_time(norm: str, pos: int, measure: str, years: ReportYears, st: _SentenceState, default: str = "") -> str:
    """The time a target of a plan part that prints no period of its own speaks of: the last plan time
    its sentence names before it (“十四五”时期 → 2021-2025年; 今后五年 → the five years from the year
    planned; 到2020年 → 2020年 for a level, the five-year period it ends for a change; 今年 → the year
    planned; 明年 → the year after it), else ``default`` (the five-year period a heading above names) or the year planned."""
    plan = years.plan
    if plan is None:
        return ""
    last = _last_plan_time(norm, pos, st)
    if last is None:
        return default or f"{plan}年"
    if last.group("now"):
        return f"{plan}年"
    if last.group("next"):
        # 从今年新学年开始，…由上年18亿元增加到95亿元，明年将安排200亿元: the year after the one 今年 names
        # before it; alone, the year planned (关于1980、1981年国民经济计划安排的报告: 明年能源生产计划增长0.9％)
        now_before = any(m.group("now") in compiled().this_year_words
                         for m in st.plan_times_in(norm)[1] if m.end() <= last.start())
        return f"{plan + 1 if now_before else plan}年"
    if last.group("fyp"):
        n = _count(last.group("n"))
        return _five_year_span(n) if n else f"{plan}年"
    if last.group("ahead"):
        k = _count(last.group("k"))
        return _years_span(plan, plan + k - 1) if k else f"{plan}年"
    # 本世纪末: the century's last year (2000 in a report of 1994), a year to reach as 到2000年 is
    by = _century_last(plan) if last.group("century") else int(last.group("by"))
    if by < plan:
        return f"{plan}年"  # 比到2019年: a year reviewed is no time of a target
    if measure in _AT_YEAR_MEASURES or by == plan:
        return f"{by}年" + (last.group("end") or "")
    first = by - 4 if (by - layout_views().five_year_plan_first) % 5 == 4 else plan
    return _years_span(min(first, plan), by)


def _century_end(norm: str, pos: int, measure: str, years: ReportYears, st: _SentenceState) -> str:
    """The year 本世纪末 names when it is the last plan time of the sentence before ``pos``.

    Parameters
    ----------
    norm : str
        The normalised text of the report.
    pos : int
        Where the figure starts.
    measure : str
        The figure's measure: a level is of the century's last year, a change of the years up to it.
    years : ReportYears
        The years of the report (the century is that of the year planned, else of the year reviewed).
    st : _SentenceState
        The state of the figure's sentence.

    Returns
    -------
    str
        The century's last year (``2000年`` in a report of 1988) for a level, the years from the report's to it
        for a change (平均每年增产８０亿公斤: ``1988-2000年``), or '' when the report's year is not known or the last
        plan time is another.
    """
    year = years.plan if years.plan is not None else years.covered
    last = _last_plan_time(norm, pos, st)
    if year is None or last is None or not last.group("century"):
        return ""
    end = _century_last(year)
    return f"{end}年" if measure in _AT_YEAR_MEASURES else _years_span(year, end)


def _status_cues(norm: str, st: _SentenceState, years: ReportYears | None = None) -> list[tuple[int, str]]:
    """The status words of the sentence (found once): (offset, ``target``/``estimate``/``actual``), in
    order; a target word that is the object of a comparison or a completion (高于年初预期目标, 完成年计划)
    or that stands inside a quoted slogan is none."""
    if st.cues is None:
        cw = compiled()
        cues: list[tuple[int, str]] = []
        quotes = None
        for m in cw.status_cue.finditer(norm, st.start, st.end):
            kind = m.lastgroup or ""
            a = m.start()
            if kind != "actual" and cw.status_cue_not_after.search(norm, max(st.start, a - STATUS_OBJECT_REACH - 4), a):
                continue
            if kind == "target" and cw.status_base_before.search(norm, _back_from("status_base_before", a, st), a):
                continue  # 比全国一九五五年上半年每件纱的计划用棉量降低将近七斤: the plan is the base's, not the figure's
            if kind == "estimate" and _YEAR_BEFORE.search(norm, max(st.start, a - 8), a):
                continue  # 比1980年预计增加42亿元, 比一九五七年的预计数增加了二十二亿元: the estimate of a year is the
                # base of the figure
            if kind == "estimate" and cw.estimate_base_after.match(norm, m.end()):
                continue  # 以2022年预计完成数为基数, 在上年预计执行数的基础上: the estimate is the base a plan is set on
            if (kind == "weak" and (norm[a] == "到" or norm.startswith(cw.as_of_words, a)) and years is not None
                    and years.covered is not None and years.source != "guess"):  # (a year guessed from the text may be this very one)
                kind = _year_reached_kind(norm, a, years)
                if not kind:
                    continue  # 到2019年底 in a report of part of 2019: the year's end ahead, no word of a status
            elif kind == "weak" and norm.startswith(cw.as_of_words, a) and not any(k == "target" for _, k in cues):
                kind = "actual"  # 截至2023年末，全区户籍人口72.3万人 in a report of no year known: as of a date, never a plan
            if kind == "weak" and cues and cues[-1][1] == "estimate" and cw.clause_plan_opening.match(norm, a):
                kind = "target"  # 预计…，拟将其中10亿元用于偿还债务: 拟 opening a clause after an estimate plans, in a review too
            elif (kind in ("target", "weak") and (kind == "weak" or norm[a] == cw.future_word) and cues
                    and cues[-1][1] == "estimate" and not any(c in cw.status_part_ends for c in norm[cues[-1][0]:a])):
                continue  # 預計明年春耕時將達五十萬個, 預計在本年內可以有五十一個: the future of an estimate is no plan
            if (kind == "target" and (mb := cw.basis_frame.search(norm, st.clause_start(a), st.end))
                    and mb.start() < a and mb.end() >= m.end()):
                continue  # 以第一个五年计划期间的总投资额计算: a plan named in the basis of a reckoning sets nothing
            if kind == "target" and _plan_period_past(norm, a, st, years):
                continue  # 在过去的几个五年计划期间，财政收入…增加二百二十六亿元: the time of a plan over (or of none
                # named) plans nothing; 将在第二个五年计划期间进行施工 still does
            if kind == "target" and cw.target_measure_taken.match(norm, m.end()):
                continue  # 由于采取了…优先保证轻工业生产的措施，…增长9.6％: a target word naming a measure taken, before the
                # figures it brought about, plans none of them
            if kind == "target":
                if quotes is None:
                    quotes = [(q.start(), q.end()) for q in _QUOTED.finditer(norm, st.start, st.end)]
                if any(qa < a < qb for qa, qb in quotes):
                    continue  # “力争上游”: a slogan, not a plan
            cues.append((a, kind))
        if any(kind == "target" for _, kind in cues):
            _aim_outcomes(norm, st, cues)
        st.cues = cues
    return st.cues


def _aim_outcomes(norm: str, st: _SentenceState, cues: list[tuple[int, str]]) -> None:
    """Add to ``cues`` (in order) the outcome words of a sentence that sets a target: 实际 opening a clause after the
    target's word is what came of the aim (预期目标为6%，实际增长5.8%; 年初目标增长6.5%，实际增长6.8%), and so is a gap
    printed right after the target's figure (与目标增长8%相差1.5个百分点); not the real growth 实际 means after a figure of no target (城镇居民人均可支配收入9422元，实际增长7.7%)."""
    first = next(a for a, kind in cues if kind == "target")
    cw = compiled()
    for m in (*cw.aim_outcome_head.finditer(norm, first, st.end), *cw.target_gap_outcome.finditer(norm, first, st.end)):
        if all(a != m.start() for a, _ in cues):
            cues.append((m.start(), "actual"))  # (与目标增长8%相差1.5个百分点: the gap from the target's figure is
            # what came of the aim too)
    cues.sort()


_LIST_CLOSER = re.compile(extractor_cues().list_closer_regex)
_ENUMERATION_HEAD = re.compile(extractor_cues().enumeration_head_regex)
_RECAP_BEFORE = re.compile(extractor_cues().recap_count_before_regex)
_RECAP_POINTER = re.compile(extractor_cues().recap_pointer_regex)
_RECAP_LAST = last_chars(_RECAP_POINTER) or ANY_CHAR  # the characters a pointer back may end with (这, 的, 上述)
_RECAP_LIST = re.compile(extractor_cues().recap_list_regex)
_RECAP_RELATION = re.compile(extractor_cues().recap_relation_after_regex)
_LEVEL_LINKS = extractor_cues().level_link_words  # 原油产量继续增长，达到１．４２亿吨: the level of the clause before
_QUOTED = re.compile(r"[“\"「『][^”\"」』]{1,30}[”\"」』]")
BASE_TIME_REACH = 20  # how far before a level the 比 of the time it is the base of may stand (比第五个五年计划期间的)
def _quoted_open(s: str, a: int, b: int) -> str:
    """``s[a:b]`` with the opening quote right before it, whose closing quote it holds (“十一五”时期)."""
    return s[a - 1:b] if a > 0 and s[a - 1] in "“\"「" and s.find("”", a, b) >= 0 else s[a:b]


_YEARS_COUNTED = re.compile(extractor_cues().years_counted_before_regex)  # 两年 before 平均每年
PLAN_SPAN_REACH = 1000  # how far back in a plan part a span pointed back to (在这五年里) may find the plan's years
SPAN_COMPARED_REACH = 600  # how far back in its paragraph a span pointed back to (这十年中) may find the years compared
FRAME_SPAN_REACH = 16  # how far into the line a review frame opens the span it prints may stand (一、过去五年工作回顾)
FROM_ESTIMATE_LEAD = 6  # how far before an estimate word the from-word of its change may stand (由今年预计的)
_YEAR_BEFORE = re.compile(r"[比较](?:\d{4}|[一二][九〇零○][〇零○一二三四五六七八九]{2})年的?$")  # a year compared with


COMPARISON_FRAME_REACH = 24  # how far before the end of a frame of comparison (与…相比) its lead may stand
_WORDED_FRAME_ENDS = tuple(w for w in extractor_cues().comparison_frame_ends if len(w) > 1)  # 相比, 比较: no bare 比


def _comparison_frame_lead(norm: str, a: int, b: int) -> int:
    """The offset of the word opening the frame of comparison that closes ``norm[a:b]`` (the 与 of 与2010年相比, the
    同 of 同2019年比较, the 和 of 和上年比), the last such word when several stand (与批发和零售业相比), 和 only when no
    other does (批发和零售业销售额与上年相比); -1 when the words end in no frame (按照完成的投资额来比较, 城乡收入之比)."""
    cw = compiled()
    if not norm.endswith(cw.comparison_frame_ends, a, b) or norm.endswith(cw.comparison_frame_not_ends, a, b):
        return -1
    if (mc := cw.comparison_tail.search(norm, a, b)) is None:
        return -1
    if norm[mc.start()] in cw.comparison_frame_leads and norm[mc.start():mc.start() + 2] not in cw.comparison_frame_not_leads:
        return mc.start() if mc.start() - a >= 2 else -1  # 与2010年相比 (与 a word of comparison too)
    lo = max(a + 2, mc.start() - COMPARISON_FRAME_REACH)
    for leads in (cw.comparison_frame_leads, cw.comparison_frame_joins):
        at = [i for i in range(lo, mc.start()) if norm[i] in leads and norm[i:i + 2] not in cw.comparison_frame_not_leads
              and norm[i - 1:i + 1] not in cw.comparison_frame_not_leads]
        if leads is cw.comparison_frame_joins and not norm.endswith(_WORDED_FRAME_ENDS, a, b):
            # 和 closing with a bare 比 opens a frame only before a base it covers (和上年比), never inside a name
            # ending in 比 (城镇和农村居民收入比, 投入和产出比); with 相比 or 比较 it does (和全市平均水平相比)
            at = [i for i in at if (fm := cw.front_comparator.match(norm, i)) is not None and fm.end() >= mc.end()]
        if at:
            return at[-1]  # 同2019年比较, 跟上年相比, 和上年比 (批发和零售业销售额同上年同期比较: 同期 opens nothing)
    return -1


def _year_reached_kind(norm: str, a: int, years: ReportYears) -> str:
    """The status the 到 or 截至 at ``a`` gives with the year after it: ``actual`` for a year reviewed whose end is
    past (到2022年底，全区累计建成5G基站3000个 and 截至2022年底 in a report of 2022 and plan of 2023, 截至2023年6月底
    in one of the first half of 2023), ``target`` for a year after those reviewed (到一九八五年: a plan, in any part of
    the report), '' for the year of a report of part of it (到2023年底 in a report of its first half: the year's end
    ahead, no word of a status) or for 截至 before a year ahead."""
    since = norm.startswith(compiled().as_of_words, a)
    y = year_number(norm[a + 2:a + 6] if since else norm[a + 1:a + 5])
    if y is None or years.covered is None:
        return ""
    if y <= years.covered:
        behind = years.plan is None or y < years.plan or since and compiled().month_after_year.match(norm, a + 6)
        return "actual" if behind else ""
    return "" if since else "target"


PLAN_PERIOD_REACH = 8  # how many characters a plan's name (第一个五年, “七五”) may stand before the 计划 of its time


def _plan_period_past(norm: str, a: int, st: _SentenceState, years: ReportYears | None) -> bool:
    """Whether the 计划 at ``a`` names the time of a five-year plan (计划期间, 计划时期) that is no plan of the report:
    a plan of no number (过去的几个五年计划期间), or one whose last year the report's years have reached."""
    for mp in compiled().plan_period.finditer(norm, max(st.start, a - PLAN_PERIOD_REACH), a + 4):
        if mp.end() == a + 2:
            if not (n := _count(mp.group("n") or mp.group("m") or "")):
                return True
            return years is not None and years.covered is not None and _five_year_first(n) + 4 <= years.covered
    return False


def _compared_level(norm: str, f: _Fig, st: _SentenceState) -> str:
    """The reference ``f`` is when it is the level its clause compares something with: ``plan`` when a plan
    word names it (超过五年计划规定的平均每年增长百分之八点六的速度), else ``prior``, a level reached (高于…平均每年递增
    百分之四点三的水平); '' when it is none such."""
    cw = compiled()
    if norm[f.qend:f.qend + 1] not in cw.starts["compared_level_end"] or not cw.compared_level_end.match(norm, f.qend):
        return ""  # (the character after the figure tested first: most figures are followed by none of them)
    if (mc := cw.compared_level_open.search(norm, st.clause_start(f.start), f.start)) is None:
        return ""
    return "plan" if cw.compared_plan.search(norm, mc.end(), f.start) else "prior"


def _based_before_span(f: _Fig, first: int, st: _SentenceState, norm: str) -> bool:
    """Whether ``f``, a target given the span a year to reach (到2020年) ends, is a change against a year printed
    as its base before the span (到2020年国内生产总值和城乡居民人均收入比2010年翻一番 in 2016): the value of the year
    reached set against the base, so of that year, not of the span.

    Parameters
    ----------
    f : _Fig
        The figure, a target of a plan part whose period is a span of years.
    first : int
        The first year of that span.
    st : _SentenceState
        The state of the figure's sentence.
    norm : str
        The normalised text of the report.

    Returns
    -------
    bool
        True when the base is such a year and the sentence's last plan time before the figure is a year to reach.
    """
    if f.measure != "change_pct" or not (mb := _FRAMED_YEAR.fullmatch(f.comparator)) or not mb.group(1).isdigit():
        return False
    last = _last_plan_time(norm, f.start, st)
    return last is not None and bool(last.group("by")) and int(mb.group(1)) < first


def _reached_at_end(norm: str, f: _Fig, cs: int, cw: CueViews) -> bool:
    """Whether ``f``, a target of a plan over several years, is a value the plan says is reached — a rate or a
    level after a to-word (城镇化率从47.5％提高到51.5%, 劳动年龄人口平均受教育年限提高到11.3年), a rate after a verb
    of reaching (森林覆盖率达到24.1%, 空气质量优良天数比率超过80%), or a stock or a yearly level after one
    (高铁营业里程达到3万公里) —, so of the plan's last year; a figure its clause sums over the years (五年城镇新增
    就业4500万人), or one a verb holds (控制在5.5%以内, 保持在1.3万亿斤以上), keeps the span.

    Parameters
    ----------
    norm : str
        The normalised text of the report.
    f : _Fig
        The figure, a target of a plan part.
    cs : int
        Start of the clause of ``f``.
    cw : CueViews
        The compiled cue words.

    Returns
    -------
    bool
        True when ``f`` is of the last year of the span its plan covers.
    """
    if f.measure not in ("level", "rate_pct") or cw.span_sum.search(norm, cs, f.start) is not None:
        return False
    if _search_end(cw.to_word_end, "to_word_end", norm, max(cs, f.start - 8), f.start) is not None:
        return True
    if f.measure == "rate_pct":
        return _search_end(cw.span_reached, "span_reached", norm, max(cs, f.start - 8), f.start) is not None
    return _level_reached(norm, f, cs, cw)


def _balance_name(name: str, verb: str, cw: CueViews) -> bool:
    """Whether ``name`` is a balance or another stock (:func:`_is_balance`) with no flow of its own in the glossary
    named by ``verb``, the verb of adding, before it (新增人民币贷款 is new loans)."""
    return _is_balance(name, cw) and not indicator_key(verb + name)


def _is_balance(name: str, cw: CueViews) -> bool:
    """Whether ``name`` is a balance or another stock, as printed (住户存款余额) or as the glossary names its concept
    (居民储蓄存款, the glossary's 居民储蓄存款余额)."""
    if name[-1:] in cw.ends["stock_name_end"] and cw.stock_name_end.search(name) is not None:
        return True
    c = concept(name)
    return bool(c.key) and cw.stock_name_end.search(c.name) is not None


def _level_reached(norm: str, f: _Fig, cs: int, cw: CueViews) -> bool:
    """Whether ``f``, a level or rate under a span of years, is one a verb says was reached (达到, 突破, 超过), so
    of the span's last year: a stock (铁路营业里程达到12.1万公里, 审批项目总数达到2497项, what is covered:
    社会养老保险覆盖9亿多人, not what is reached by a flow, 营养改善计划惠及3600多万农村学生), a yearly level
    (工业增加值突破40万亿元), a rate (森林覆盖率达到24%; not one of a flow, 对世界经济增长贡献率超过30%), a share 占
    gives of a stock (在校生占高中阶段教育总人数的56%; not of a flow, 国外借款收入只占国家预算收入的2.3%), or
    whatever a clause that is only the thing and 达到 reaches (专精特新中小企业达7万多家). A figure its clause
    sums or holds over the years (累计减税超过2万亿元, 五年…投入达到3406亿元, 新增加的固定资产达到, 持续超过4%)
    or a level named by what flows (城镇新增就业人数超过6400万人) keeps the span."""
    name = f.indicator
    if (f.measure == "rate_pct" and cw.share_verb in norm[max(cs, f.start - 20):f.start]
            and any(w in name for w in cw.span_stock_shares) and cw.span_sum.search(norm, cs, f.start) is None):
        return True  # 中等职业学校的在校生占高中阶段教育总人数的56%以上 under 五年来: a share of a stock, as it stands
    if (f.measure not in cw.year_end_measures
            or (_search_end(cw.span_reached, "span_reached", norm, max(cs, f.start - 8), f.start) is None
                and (f.measure != "rate_pct"  # (已接近高中阶段学生人数的百分之五十: the whole between the verb and the share)
                     or _search_end(cw.share_whole_reached, "share_whole_reached", norm, max(cs, f.start - 20), f.start) is None))
            or cw.span_sum.search(norm, cs, f.start) is not None):
        return False
    if f.measure == "rate_pct":
        return not any(w in name for w in cw.span_flow_rates)
    return cw.stock_name_end.search(name) is not None or not any(w in name for w in cw.span_flow_words) and (
        name in cw.quantity_names or any(w in name for w in cw.span_level_words)
        or cw.frame_stock_reach.fullmatch(norm, cs, f.start) is not None)


def _stands_at_span_end(norm: str, f: _Fig, cs: int, cw: CueViews) -> bool:
    """Whether ``f``, an outcome under a span of years, is of the span's last year: a level reached
    (:func:`_level_reached`: 工业增加值突破40万亿元), a rank not held over the years (规模跃居世界第二位), a stock said to
    stand now (:func:`_present_stock`: 已设21个自由贸易试验区)."""
    return (_level_reached(norm, f, cs, cw) or f.measure == "rank" and not cw.rank_held.search(norm, cs, f.start)
            or _present_stock(norm, f, cs, cw))


def _present_stock(norm: str, f: _Fig, cs: int, cw: CueViews) -> bool:
    """Whether ``f``, a level under a span of years reviewed, is a stock its verb says stands now (已设21个自由贸易
    试验区, 全国已有…, 现有…), so of the span's last year, as a stock a plan part counts from is of the year
    reviewed; a figure its clause sums over the years (累计已建成…) or named by what flows (已有1700多万人次受益)
    keeps the span.

    Parameters
    ----------
    norm : str
        The normalised text of the report.
    f : _Fig
        The figure, an outcome under a span of years.
    cs : int
        Start of the clause of ``f``.
    cw : CueViews
        The compiled cue words.

    Returns
    -------
    bool
        True when ``f`` is a stock standing at the end of the span.
    """
    return (f.measure == "level" and norm[f.start - 1:f.start] in cw.ends["present_stock"]
            and cw.present_stock.search(norm, max(cs, f.start - 12), f.start) is not None
            and cw.span_sum.search(norm, cs, f.start) is None and not any(w in f.indicator for w in cw.span_flow_words))


def _bound_after_outcome(norm: str, f: _Fig, kept: list[_Fig], cw: CueViews) -> bool:
    """Whether ``f`` is a cap or floor (控制在…以内, 保持在…以上) set in the clause right after a figure of the same
    thing whose clauses hold an outcome of its measure and unit: ``城镇登记失业率2.1%,控制在3.5%以内`` prints the rate,
    then the target it was held within (so does ``…2.1%，比上年同期下降0.2个百分点，控制在3.5%以内``, and so does a
    clause comparing the outcome with no figure between, ``城镇调查失业率为4.5%，低于全市平均水平，控制在5%以内``,
    whatever name that clause lent the cap); the caller names ``f`` as the outcome."""
    if not (f.status == "actual" and f.qualifier in ("at_most", "at_least") and f.qend > f.end and kept
            and kept[-1].sentence == f.sentence
            and (mc := cw.cap_after_outcome.fullmatch(norm, kept[-1].qend, f.start)) is not None
            and (kept[-1].indicator == f.indicator or mc.group("compared"))):
        return False
    name = kept[-1].indicator
    for g in reversed(kept):
        if g.sentence != f.sentence or g.indicator != name:
            return False
        if g.status == "actual" and g.measure == f.measure and g.unit == f.unit:
            return True
    return False


def _current_moved(norm: str, cw: CueViews, f: _Fig, cs: int) -> bool:
    """Whether ``f`` is the value in force (现行, 现有) of the thing named right after it, which a to-word then
    moves: 将制造业等行业现行16%的税率降至13% — the A of the move, as the A of 由16%降至13% is."""
    return (norm.endswith(cw.current_words, max(cs, f.start - 2), f.start)
            and cw.current_named_to.match(norm, f.qend) is not None)


def _hypothesis(norm: str, st: _SentenceState) -> re.Match[str] | None:
    """The first condition or supposition of the sentence (如果…就, 要么…), searched once for all its figures."""
    if not st.hypothesis_read:
        st.hypothesis, st.hypothesis_read = compiled().hypothesis.search(norm, st.start, st.end), True
    return st.hypothesis


def _listed_from(norm: str, f: _Fig, soft: int, st: _SentenceState, prev: _Fig | None) -> int:
    """Where the words governing ``f`` may start: its clause's start when it follows the figure before it as the
    next member of a list (实现农村中小学生人均公用经费500元和300元的目标: the verb before the first member
    governs the second), else ``soft``, where its own name may start."""
    if prev is not None and soft <= prev.qend <= f.start and compiled().list_sep.match(norm[prev.qend:f.start] or "x"):
        return min(soft, st.clause_start(f.start))
    return soft


_SHARE_DE_STOPS = frozenset(",;。:")  # a clause ends between a share and a 的 after it


def _bracketed_target(norm: str, f: _Fig, start: int, cw: CueViews) -> bool:
    """Whether ``f`` stands alone in brackets right after a target word (规划目标（3000个）, 目标值（3%）), its change
    word with it (年度目标任务（下降2.5%）)."""
    return (norm[f.qend:f.qend + 1] == ")"
            and cw.target_bracket_before.search(norm, max(start, f.start - 6), f.start) is not None)


def _target_reached(norm: str, f: _Fig, prev: _Fig | None, frame: re.Match[str] | None) -> bool:
    """Whether the target figure ``f`` names, inside the frame of a target done ``frame`` (实现…100万人目标), is what
    was reached: not when the target was exceeded (超额完成…增长6%的目标) or the outcome is printed before the frame, a
    figure of the same measure and unit (增长6.5%，完成…增长6%的目标): the figure is then the target only."""
    if frame is None:
        return False
    if norm.startswith(compiled().target_exceeded_word, frame.start()):
        return False
    return not (prev is not None and prev.sentence == f.sentence and prev.end <= frame.start()
                and prev.measure == f.measure and prev.unit == f.unit and prev.status == "actual")


def _status(report: Report, norm: str, f: _Fig, soft: int, subj_end: int, st: _SentenceState, compared: str,
            prev: _Fig | None = None) -> str:
    """Actual, target or estimate: the status word nearest before the figure in its part of the sentence
    (after the last semicolon) decides — 预计 an estimate, 力争/目标为/拟 … a target, 已/去年 an outcome; a
    plan heading the sentence (计划草案规定，…；…) or a year to reach opening it (到2025年，…；…) holds across
    its semicolons; a budget or plan level
    (年初预算数为) is a target; else the part of the report the figure lies in
    (a plan part: target, flagged ``year_inferred``), else actual. ``compared`` is the reference
    :func:`_compared_level` gives ``f`` (read once by the caller, which keeps it as the reference too)."""
    cw = compiled()
    if norm.endswith(cw.current_words, f.start - 3 if f.start > 3 else 0, f.start):
        return "actual"  # 将制造业等行业现行16%的税率降至13%: the rate in force, before the plan changes it
    if (f.measure == "rate_pct" and (k := norm.rfind(cw.share_verb, max(st.start, f.start - 16), f.start)) > st.start
            and cw.share_present_lead.search(norm, max(st.start, k - 2), k)
            and 0 <= (d := norm.find(cw.de, f.qend, min(st.end, f.qend + 8))) and not any(c in _SHARE_DE_STOPS for c in norm[f.qend:d])
            and not any(kind == "target" and st.clause_start(f.start) <= a < k
                        for a, kind in (st.cues if st.cues is not None else _status_cues(norm, st, report.years)))):
        return "actual"  # 我们主张，拥有占全世界９５％以上核武器的美苏两国应当率先大幅度削减它们的核武器 (1984): the share
        # of what is held, describing its holders as they are, is no part of what the sentence asks for (力争培育拥有占…的
        # 企业: a holding a target word of its clause sets)
    if (f.measure in ("level", "rate_pct")  # (searched only where the window ends with a character a match ends with)
            and norm[f.start - 1:f.start] in cw.ends["base_time_level"]
            and cw.base_time_level.search(norm, max(st.start, f.start - BASE_TIME_REACH), f.start)):
        return "actual"  # 力争…达到5.5%，比上年的5.1%提高0.4个百分点: the level of a time gone by a change starts from
    if cw.nation_people_after.match(norm, f.qend) or (
            f.unit == "人" and f.value >= cw.nation_size_min and cw.nation_size_after.match(norm, f.qend)):
        return "actual"  # 把14亿中国人的饭碗…, 保证我国六亿多人民的生活水平: the nation's people, in any part (充分释放十几亿
        # 人口蕴藏的…消费潜力: persons of a billion or more are the nation, whatever follows them)
    if f.unit_kind == "count" and cw.effort_people_after.match(norm, f.qend):
        return "actual"  # 在６００多万香港人的共同努力下，“一国两制”一定能够成功 (1997): the people whose effort the plan counts
        # on, as they are now, no number the plan sets
    if (norm.find(cw.base_frame_open, st.clause_start(f.start), f.start) >= 0
            and cw.base_frame_end.match(norm, f.qend) and not cw.target_after.match(norm, f.qend)):
        return "actual"  # 在连续两年增长百分之十三的基础上，安排这样的速度: the base reached, not the plan set on it
    if compared == "prior":
        return "actual"  # 这个速度高于…平均每年递增百分之四点三的水平: the level a plan is compared with was reached
    if _bracketed_target(norm, f, st.start, cw):
        return "target"  # 完成规划目标（3000个）的76.7%, 提前实现规划目标（3%）: the target's figure, in brackets after it
    cues = st.cues if st.cues is not None else _status_cues(norm, st, report.years)  # (found once a sentence)
    after = norm[f.qend:f.qend + 1]  # (the patterns after the figure run only where it may start one of their matches)
    if (f.qend < st.end and (mt := (after in cw.starts["target_after"] and cw.target_after.match(norm, f.qend)
                                    or after in cw.starts["target_after_listed"]
                                    and st.may_end("target_after_listed", norm, f.qend)
                                    and cw.target_after_listed.match(norm, f.qend)))
            and not _target_reached(norm, f, prev, cw.achieved_frame.search(norm, _listed_from(norm, f, soft, st, prev),
                                                                            f.start))
            and not cw.target_reached_after.match(norm, mt.end())):
        return "target"  # 分别达到四百斤、五百斤、八百斤的指标: the figure a target sets (实现…100万人目标, and
        # 年初确定的地区生产总值增长6%的目标顺利完成: reached; 超额完成…增长6%的目标, and 增长6.5%，完成…增长6%的目标
        # after the outcome: the target, not what came of it);
        # 能耗降低4%左右、主要污染物排放总量减少2%的目标: each figure of the list the target word closes
    if after in cw.starts["stretch_after"] and cw.stretch_after.match(norm, f.qend):
        return "target"  # 社会消费品零售总额增长5%左右,力争达到6%: the figure a stretch goal raises is a goal as well
    if (after in cw.starts["plan_basis_after"] and cw.plan_basis_after.match(norm, f.qend)
            and cw.plan_basis_before.search(norm, st.clause_start(f.start), f.start)):
        return "target"  # 赤字率按3%安排, 中央财政已按…占国内生产总值的4%编制预算: the figure a budget is set by is planned,
        # whether or not the budget is drawn up yet
    if after in cw.starts["consequence_after"] and cw.consequence_after.match(norm, f.qend):
        return "estimate"  # “十一五”年均增长7.5%，将会超过…翻一番的要求: a figure whose future consequence is drawn is projected
    if (st.may_hold("hypothesis", norm, st.start, f.start) and (mh := _hypothesis(norm, st))
            and mh.start() < f.start and (mh.end("then") <= f.start or mh.group("cond"))):
        # (the sentence's first characters of one found once: a long list holds none)
        return "estimate"  # 如果能够加速周转，…就可以节省出七十亿到一百亿元的资金; 要么就不得不再增加几百亿元的资金: what a
        # condition would bring about is projected, neither planned nor done, and so is the figure a condition supposes
        # (如果再把一、二千万亩粮田改种薯类，则虽然每年减少粮食二、三十亿斤，但能增产薯类一百多亿斤到二百多亿斤; not one of
        # what 只要 says is enough, 只要花过去一半或者更少的钱，就可以很好地建设起来了)
    lo = st.semi + 1 if st.semi >= st.start else st.start
    mk = st.first_part_marker(norm, lo, f.start)
    if (mk < 0 and st.whole is not None and st.start <= st.whole[0] < lo
            and cw.part_list_opening.match(norm, st.whole[0])
            and not cw.part_list_own_status.search(norm, lo, f.start)):
        mk = st.whole[0]  # 财政拨款支出预算77743.21万元，其中：卫生健康支出…；社会保障和就业支出…: a list of parts opened by
        # 其中 and a colon goes on over its semicolons, each part of the whole's status (not an item naming its own:
        # …；年初预算数为8500万元, …；上年实际支出8200万元: a figure beside the whole, no part of it)
    if mk >= 0:
        whole = st.whole if st.whole is not None and st.whole[0] == mk else None
        if whole is None and prev is not None and prev.end <= mk:
            whole = st.whole = (mk, prev.end, prev.status)
        elif (whole is None and prev is None and mk == st.start and (pv := st.outer) is not None
              and "year_inferred" not in pv.flags
              and not norm[pv.sentence[1]:st.start].strip() and "\n" not in norm[pv.end:st.start]):
            whole = st.whole = (mk, mk, pv.status)  # 第六个五年计划规定，…增加一千五百五十一亿元。其中，农业总产值由…增加到
            # 二千六百六十亿元: a sentence opening with its parts has the status of the whole the sentence before gives (城乡
            # 居民…的消费水平…平均每年递增百分之四点一，高于…百分之二点六的水平。其中: not that of the level it is compared with)
        if whole is not None and not any(whole[1] <= p < f.start for p, _ in cues):
            return whole[2]  # 超收7239亿元，其中中央财政超收4168亿元: a part has the status of its whole, and so
            # has each part after it (其中工业建设项目是七百一十六个，农林水利建设项目是一百八十五个)
        lo = mk  # …或计划降薪,其中…的企业占10.6%: words before 其中 do not govern it
        if cw.clause_plan_opening.match(norm, cs := st.clause_start(mk)):
            lo = cs  # ，拟将其中10亿元用于偿还债务: 其中 inside a clause 拟 opens, which governs it
    if st.cue_at is None:
        st.cue_at = [pos for pos, _ in cues]
    head = -2  # found when a cue before the scope is met
    for i in range(bisect.bisect_left(st.cue_at, f.start) - 1 if cues else -1, -1, -1):  # the cues before the figure, last first
        pos, kind = cues[i]
        if pos < lo and not (kind != "actual" and _heads_sentence(norm, st.start, pos, kind)):
            if head == -2:
                # 已建成的主要有:加固堤防近6100公里;新增公路…: the head before a colon governs the items of its list
                head = norm.find(":", st.start, st.semi) if st.semi > st.start else -1
            if head < 0:
                break
            if pos > head:
                continue  # a status word of an earlier item
        # (each pattern searched on from the cue to each figure, only where a match may start in between
        # (:meth:`_SentenceState.search_on`): 预计收入、1、1、…% reads the sentence once, not up to each figure)
        if kind == "actual" and (st.search_on(cw.this_year_head, "this_year_head", norm, pos, f.start)
                                 or st.search_on(cw.remainder_head, "remainder_head", norm, pos, f.start + 1)
                                 or _part_year(report)
                                 and st.search_on(cw.rest_of_year_head, "rest_of_year_head", norm, pos, f.start)):
            break  # 重大水利工程已开工的57个项目要加快建设，今年再开工27个项目: 今年 opens a clause of its own (截至6月底，
            # 已签约项目12个，下半年再签约10个以上: and so does the rest of the year in a report of part of it; 已完成20个，
            # 其余15个项目力争年底前全部完工: and the rest of what was done)
        if (kind != "actual" and _part_year(report)
                and st.search_on(cw.elapsed_head, "elapsed_head", norm, pos, f.start)):
            break  # 全年一般公共预算收入预期增长5%，上半年增长8.1%: in a report of part of a year, the time gone by opens a
            # clause of its own, out of the reach of a plan's or an estimate's word before it
        if (kind == "actual" and norm.startswith(cw.present_base_words, pos)
                and any(p < pos and k == "estimate" and cw.reckoning.match(norm, p) for p, k in cues)):
            continue  # 据有关部门初步估算，工业交通企业目前一年大约多耗电二、三百亿度: the present is the time of what a
            # reckoning over the sentence gives, no outcome counted
        if (kind == "actual" and (norm.startswith(cw.current_words, pos) or cw.modifier_actual.match(norm, pos))
                and st.clause_start(f.start) > pos):
            continue  # 今后一个时期，着重解决好现有“三个1亿人”问题，促进约1亿农业转移人口落户城镇: 现有 holds in its clause
            # (初步测算，今年…落实已出台的…政策，加上取消和停征100项行政事业性收费: and so does 已 of a modifier, but
            # not of a head before a colon: 已建成的主要有：…；新增公路通车里程1．2万公里)
        if (kind == "actual" and prev is not None and pos < prev.start and pos > st.start
                and cw.current_base.match(norm, pos - 1, prev.start)):
            continue  # 共59个，比现有的86个减少27个: the word of the current level is the base's, not the cut's
        if kind == "estimate" and (
                me := st.search_on(cw.estimate_scope_end, "estimate_scope_end", norm, pos, f.start)) and (
                not cw.reckoning.match(norm, pos) or st.clause_start(f.start) <= me.start()):
            break  # 预计今年财政收入继续恢复增长，加上调入资金等，一般公共预算支出规模28.5万亿元: 预计 ends at 加上 (初步测算，
            # …，加上取消和停征100项行政事业性收费，可减轻…负担约5000亿元: a reckoning holds over its sentence but the
            # part it adds, 100项)
        if (kind == "estimate"
                and (mt := st.search_on(cw.to_word_after, "to_word_after", norm, pos, f.start))
                and (mf := cw.from_to_tail.search(norm, max(st.start, pos - FROM_ESTIMATE_LEAD), mt.end()))
                and mf.start() < pos):
            continue  # 明年计划…由今年预计的44％提高到45％，即提高1％: the estimate is the base the plan moves from, not
            # what it sets
        if (kind == "target" and norm[pos] == cw.future_word and subj_end > soft
                and cw.forecast_subject.search(norm[soft:subj_end])):
            return "estimate"  # 今年高校毕业生将达727万人: the number a plan expects
        if kind == "target" and (mo := cw.plan_modifier_outcome.match(norm, pos, f.start)) and mo.end() <= f.start:
            break  # 全年计划实施的100个重点项目完成投资500亿元: the plan names the projects; what they came to is the
            # part's (an outcome in a review, a target in a plan)
        if (kind == "target" and (cs := st.clause_start(f.start)) > pos and cw.plan_outcome_clause.match(norm, cs)
                and st.part_at(report, f.start) == "review"):
            return "actual"  # 全年计划实施项目50个，完成48个: in a review, a clause opening with what was done tells the
            # outcome of the plan before it (in a plan part, 完成 is planned too)
        if kind == "target" and report.years.source != "guess" and _past_time_after(norm, pos, f, report.years, cw):
            return "actual"  # 第一个五年合计将达到…，而旧中国…从1900年到1948年，49年合计的钢产量不过七百六十万吨: a
            # clause of years gone by, printed after the plan word, tells an outcome
        if kind == "weak":  # 拟: a plan in a plan part, an approval in a review (专项资金拟支持20家企业)
            if st.part_at(report, f.start) == "review":
                continue
            if norm[pos] == "到" and st.clause_start(f.start) <= pos and cw.perfect_verb.search(norm, pos, f.start):
                continue  # 到一九五九年底共推广了各种改良农具和半机械化农具五亿二千多万件: a time reached by what was done,
                # no time to reach
            kind = "target"
        return kind
    if _plan_headed(norm, st, cues, f.start):
        return "target"
    if (subj_end > soft and norm[subj_end - 1] in cw.ends["budget_end"] and cw.budget_end.search(norm, soft, subj_end)
            and not cw.budget_end.search(f.comparator)
            and not _counts_budgets(norm, f, soft, subj_end, cw)):
        return "target"  # (超过原定的年度计划百分之四点一: the excess over a plan is an outcome; 审查区级部门预算86个
        # counts the budgets, as 15个指标 counts the indicators)
    if (prev is not None and prev.status == "target" and prev.measure in ("level", "abs_change") and prev.start >= lo
            and "year_inferred" not in prev.flags
            and f.measure in ("yoy_pct", "change_pct", "abs_change")
            and (named := _strip(norm, soft, subj_end, f.measure))[0] >= named[1]
            and not (prev.measure == "level" and cw.base_level_lead.search(norm, st.clause_start(prev.start), prev.start))):
        return "target"  # 2024年一般公共预算收入预算为115.6亿元，增长4%: the growth the budget sets (粮食的指标为…，比上一年增加
        # 二百二十亿斤，增长百分之五点九: and after the increase it sets) (比预算数２９，８２１，
        # ８２８，０００元少支…: not the change from a budget it is compared with)
    if norm[st.start:st.start + 1] in "—-" and cw.dash_target.match(norm, f.qend):
        return "target"  # ——全社会固定资产投资完成365亿元:预计全年…: the line's target, then its estimate
    if st.part_at(report, f.start) == "plan":
        if (f.measure == "completion_pct" and not (cw.ahead_period.match(f.period)
                                                   and st.prints(norm, f.period, f.start))
                or _paragraph_reviews(report, norm, f.start, st)
                or (ms := _YEARS_SPAN.fullmatch(f.period)) and report.years.covered is not None
                and int(ms.group(2)) <= report.years.covered
                or norm[f.start - 1:f.start] in cw.ends["stock_before"]  # (each window before ends at the figure)
                and cw.stock_before.search(norm, max(soft, f.start - 6), f.start)
                and not cw.stock_not_after.match(norm, f.qend)
                and not cw.pushed_remainder.search(norm, max(soft, f.start - 8), f.start)
                or cw.source_after.match(norm, f.qend) or cw.done_after.match(norm, f.qend)
                or norm[f.start - 1:f.start] in cw.ends["perfect_before"]
                and cw.perfect_before.search(norm, max(soft, f.start - 6), f.start)
                or f.measure in ("change_pct", "pp_diff", "abs_change") and f.comparator
                and cw.plan_excess.search(norm, st.clause_start(f.start), f.start)
                or prev is not None and prev.status == "actual" and prev.sentence == f.sentence
                and st.clause_start(f.start) == f.start
                or (cw.elapsed_period.match(f.period) or cw.half_elapsed_period.match(f.period)
                    and report.years.covered is not None and report.years.covered == report.years.plan)
                and st.prints(norm, f.period, f.start)):
            # 我国有2.9亿在校学生，要坚持把教育…办好: a stock the plan starts from (国家财政收入的６０％以上来自国有企业，
            # 有三分之二的城镇职工在国有企业就业: and a state, a share's source or a count a clause opens with 有, unless
            # its clause goes on to a plan or makes it a condition, 有6.5%－7%的增速就能够实现比较充分的就业; and a count its
            # clause says is done, １７个项目已经完工; and a figure that is all its clause, after one of them: 我国有十亿人口，
            # 两亿多户)
            # 二、下半年工作安排 …上半年区级收入同比增长6.2%, 截至6月底…: what is done by the time of writing
            # 成立了二十九个自治州, 小学生增加了六倍以上: a figure a perfective verb reaches is done, not planned
            # 第一季度只完成全年计划的11%: a completion is an outcome (not one of the year ahead, 全年完成…任务的100%),
            # and so is an excess over a plan, 原煤的全部可比产品成本，超过计划成本４％左右
            return "actual"  # 三、2011年的工作: 过去一年，…。国内生产总值增长10.3%
        if cw.forecast_subject.search(norm[soft:subj_end]):
            return "estimate"  # 今年高校毕业生超过1000万人: a number the plan expects, not one it sets
        if cw.open_streak.search(norm, st.clause_start(f.start), f.start):
            return "target"  # 只要我们能够再连续若干年保持百分之八至百分之九的增长率: a run of years of no count, not the
            # year planned
        f.flags += ("year_inferred",)
        return "target"
    years = report.years
    if (years.plan is not None and years.covered is not None and years.plan > years.covered
            and years.source != "guess" and f.period[:1] in cw.starts["period_bare_year"]
            and cw.period_bare_year.fullmatch(f.period) and _year_of(f.period) == years.plan
            and st.prints(norm, f.period, f.start)):
        f.flags += ("year_inferred",)
        return "target"  # 1957年的国家预算收入比1956年增长近百分之二 in a report of 1956 given in 1957: the whole of a year
        # not over when the report was given is planned, not done
    return "actual"


def _past_time_after(norm: str, pos: int, f: _Fig, years: ReportYears, cw: CueViews) -> bool:
    """Whether ``f``'s period is a year or a span of years the report has reviewed (ending by the year it covers) and
    a year of it is printed after the status word at ``pos``, not as a base compared with (比, 较) nor as a time to
    reach (到, 至), in a clause after the word's that compares nothing before it and names no plan (原定一九五七年十月
    到…增加, 比五年计划原定１９５７年３，８５６亿斤的水平: the plan's own time): the figure is of that time gone by, out
    of the word's reach (力争…增长6%，而2019年增长5.5%)."""
    ms = _YEARS_SPAN.fullmatch(f.period)
    end = int(ms.group(2)) if ms else _year_of(f.period) if cw.period_bare_year.fullmatch(f.period) else None
    if end is None or years.covered is None or end > years.covered or years.plan is not None and end >= years.plan:
        return False  # (确定2020年实施425条…任务 in a report of the first half of 2020: the year still under way)
    for m in cw.period_bare_year.finditer(norm, pos, f.start):
        stop = max(norm.rfind(c, pos, m.start()) for c in cw.clause_stops)
        lead = norm[stop + 1:m.start()]  # (its clause, up to the year)
        if (stop >= 0 and not any(c in lead for c in cw.period_not_before)
                and norm[m.start() - 1:m.start()] not in cw.reach_time_before and not cw.compared_plan.search(lead)
                and (y := _year_of(m.group())) is not None
                and y <= years.covered):
            return True
    return False


PLAN_HEAD_LEAD = 8  # how many characters of a plan's name may open the clause before its plan words


def _heads_sentence(norm: str, start: int, pos: int, kind: str) -> bool:
    """Whether the status word at ``pos`` opens the sentence starting at ``start`` so that it holds over the
    sentence's semicolons: a year to reach (到2025年，…；…), or an estimate word (预计全年…；…, 根据预计，一九五七年比
    一九五六年，粮食增加了五十亿斤…；棉花增加了约三百九十万担…)."""
    if norm[pos] == "到":
        return not norm[start:pos].strip(" \t\u3000")
    return kind == "estimate" and compiled().estimate_head_lead.fullmatch(norm, start, pos) is not None


def _reviewed_span_outcome(f: _Fig, part: str | None, years: ReportYears) -> None:
    """Make ``f`` an outcome when its status came only from the plan part it lies in and the span of years its
    sentence prints, now its period, lies wholly in the years reviewed: ``2021年以来，全区累计新增就业5万人`` and
    ``近三年全区地区生产总值年均增长6.5%`` in the plan of 2024 (2021-2023年), as ``从2003年到2006年年均超收2040亿元``
    in 2007 already is.

    Parameters
    ----------
    f : _Fig
        The figure, its status and period set.
    part : str or None
        The part of the report the figure lies in (``plan``, ``review``).
    years : ReportYears
        The years the report reviews and plans for.
    """
    if (f.status == "target" and part == "plan" and "year_inferred" in f.flags and years.covered is not None
            and (my := _YEARS_SPAN.fullmatch(f.period)) and int(my.group(2)) <= years.covered):
        f.status = "actual"
        f.drop_flag("year_inferred")


def _span_ahead_target(f: _Fig, years: ReportYears, st: _SentenceState) -> None:
    """Make ``f`` a target when it was read an outcome for no word of one before it and the span of years its
    sentence prints, now its period, lies wholly after the years the report has reviewed: ``“十四五”时期，地区生产总值
    年均增长6%左右`` in a report of 2020 given in 2021 (2021-2025年) plans years none of which is over, as
    ``“十二五”时期…年均增长7%`` does in 2011.

    Parameters
    ----------
    f : _Fig
        The figure, its status and period set.
    years : ReportYears
        The years the report reviews and plans for (not guessed from the text).
    st : _SentenceState
        The state of the figure's sentence, its status words found.
    """
    if (f.status == "actual" and years.covered is not None
            and (my := _YEARS_SPAN.fullmatch(f.period)) and int(my.group(1)) > years.covered
            and not any(kind == "actual" and a < f.start for a, kind in st.cues or ())):
        f.status = "target"
        f.flags += ("year_inferred",)


def _plan_headed(norm: str, st: _SentenceState, cues: list[tuple[int, str]], pos: int) -> bool:
    """Whether the figure at ``pos`` lies under a plan that heads its sentence (“七五”计划草案规定，…；更新改造投资
    二千七百六十亿元; 在国民收入的分配上，要求…；积累部分增长３．２％): the plan's words at the head of a clause before the
    first ； hold for every clause after them, across ；, until a word of an outcome or an estimate (已, 去年, 预计)."""
    at = st.plan_head
    if at is None:
        semi = norm.find(";", st.start, st.end)
        cw = compiled()
        m = cw.plan_head.search(norm, st.start, semi if semi >= 0 else st.end)
        # at the head of its clause: at most a plan's name before it (“七五”计划草案规定, 第一个五年计划规定), no
        # comparison (比计划规定的单位数多227个, 超过五年计划规定的速度)
        cs = st.clause_start(m.start()) if m else 0
        at = st.plan_head = (m.end() if m and m.start() - cs <= PLAN_HEAD_LEAD
                             and not cw.status_cue_not_after.search(norm, cs, m.start()) else -1)
    return 0 <= at <= pos and not any(at <= p < pos and kind in ("actual", "estimate") for p, kind in cues)


def _part_year(report: Report) -> bool:
    """Whether ``report`` covers part of the year it plans for (上半年执行情况 and 下半年工作安排 of one year), so that
    下半年, 四季度, 年内 and 全年 speak of time still ahead of it."""
    years = report.years
    return years.covered is not None and years.covered == years.plan


def _section_period(section: str) -> str:
    """The period the innermost heading of ``section`` (a heading path) that names one sets (上半年, 2021年), else ''."""
    return next((p for heading in reversed(section_headings(section)) if (p := _named_period(heading))), "")


def _part_reported(report: Report) -> str:
    """The part of the year the report covers as a report prints it (上半年, 1-5月), '' for a whole year or none."""
    code = str(report.metadata.get("period") or "")
    return period_words(code) if (share_of_year(code) or 1) < 1 else ""


def _named_period(heading: str) -> str:
    """The period a heading names (2021年, 上半年, 2017年上半年 from 一、2017年国民经济和社会发展计划上半年执行情况),
    else ''."""
    cw = compiled()
    # (２００９年: full-width too; a word named twice is one period: …计划上半年执行情况上半年,全区…, a heading run
    # into its paragraph's first sentence)
    names = list(dict.fromkeys(m.group() for m in cw.heading_period.finditer(normalize(heading))))
    # (a second year is no part of the first's period: 一、1998年工作回顾和1999年工作的总体要求 → 1998年)
    return names[0] + "".join(n for n in names[1:] if not names[0].endswith(n)
                              and not cw.period_bare_year.fullmatch(n)) if names else ""


def _reviewed_period(heading: str, years: ReportYears) -> str:
    """The period a heading sets for the text it governs when that text reviews: the one it names
    (:func:`_named_period`, also of full-width digits: ``一、１９９６年国内工作的回顾``); of two years, the one
    reviewed (``一、1998年工作回顾和1999年工作的总体要求`` → 1998年); a year of Chinese numerals outside a
    heading of a span (``（一）一九五七年经济战线上的胜利``); the year reviewed (``一、一年来工作回顾``,
    ``一、去年工作回顾``); a span reviewed as its years (``一、过去五年工作回顾`` in a 2003 report →
    ``1998-2002年``, ``一、“六五”计划执行情况的回顾`` → ``1981-1985年``); else ''."""
    cw = compiled()
    h = normalize(heading)
    named = list(dict.fromkeys(m.group("y") for m in cw.heading_bare_year.finditer(h)))
    if len(named) > 1:
        return next((f"{y}年" for y in named if years.covered is not None and year_number(y) == years.covered), "")
    if found := _named_period(h):
        return found
    span = layout_views().span_heading.search(h)
    if named and not span:
        return f"{named[0]}年"
    m = cw.review_heading_frame.search(h)
    if m is not None and m.group("n"):  # (its years are its own: “六五” in a report of unknown years)
        plan = _five_year_span(_count(m.group("n")))
        return plan if years.covered is None or int(plan[5:9]) <= years.covered else ""
    if m is None or years.covered is None:
        return ""
    if m.group("last"):
        return f"{years.covered}年"
    k = _count(m.group("k") or m.group("k2") or m.group("k3"))
    return _years_span(years.covered - k + 1, years.covered) if k > 1 else ""


def _run_in(norm: str, sec: Section) -> bool:
    """Whether the heading of ``sec`` runs into the text of its line (a run-in head ending in a stop:
    ``(一)创新宏观调控,保持经济运行在合理区间。面对…``)."""
    end = norm.find("\n", sec.start)
    line = norm[sec.start:end if end >= 0 else len(norm)].strip()
    return len(line) > len(sec.heading.strip()) + 1


def _opener_period(m: re.Match[str], years: ReportYears) -> str | None:
    """The period a paragraph opener of :attr:`CueViews.review_opener` sets: its year (``2022年是…``; after the
    year reviewed, the year planned only), the year reviewed (去年, 过去一年), a span back to it (五年来, 两年来, also
    opening the sentence after a year's: ``2015年是“十二五”收官之年。过去五年，``) as its years; a year set off by a comma (``2002年，``) as ``!2002年``: it ends the frame unless it is the
    frame's own year; a word of the present (``当前，``, ``近来，``, ``目前的``) as ``~``: it ends a frame of a span of years."""
    if m.group("z"):
        return f"!{m.group('z')}年"  # (2002年，…: a paragraph of a year of its own, see _review_frames)
    if m.group("now"):
        return "~"  # (当前，…, 近来，…: a paragraph of the present, see _review_frames)
    if m.group("y"):
        y = year_number(m.group("y"))
        # (1981, a review of 1981: １９８２年是第六个五年计划的第二年。…国民收入也安排为比今年增长４％左右: after the
        # year reviewed, the year planned, which the paragraph's targets are of; no other year after it)
        later = y is not None and years.covered is not None and y > years.covered and y != years.plan
        return "" if y is None or later else f"{m.group('y')}年"
    if years.covered is None:
        return None  # (过去的一年中 in a report of unknown years: the frame before goes on)
    if m.group("last"):
        return f"{years.covered}年"
    k = _count(m.group("k") or m.group("k2"))
    return _years_span(years.covered - k + 1, years.covered) if k > 1 else ""


def _inline_headings(norm: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """(start, level, period named) of each heading in ``norm[a:b]`` that opens at a line start or after a
    space or a full stop (``layout.json`` inline_heading_after): its text runs to the next space or heading stop."""
    lay = layout_views()
    out = []
    # (a heading that opens the text is matched there alone: the pattern of the others is led by the class of the
    # marks they follow, which the engine skips to, not tried at every numeral of the text)
    first = lay.heading_opening.match(norm, 0, b) if a == 0 else None
    found = lay.heading_inline.finditer(norm, first.end() if first else a, b)
    for m in itertools.chain((first,), found) if first else found:
        end = min(b, m.end() + lay.heading_max_chars)
        stop = _SPACE.search(norm, m.end(), end)
        text = norm[m.end():stop.start() if stop else end]
        if stop := lay.heading_text_stop.search(text):
            text = text[:stop.start()]
        at = m.start() + (m.start() > 0 or norm[:1].isspace())  # (after the space the pattern starts with)
        out.append((at, int((m.lastgroup or "l9")[1:]), _named_period(text)))
    return out


_SPACE = re.compile(r"\s")
_PROSE_MARK = re.compile(r"[。，,;；:：!?！？|]")  # a line holding one is prose or a table row, no dated heading


CLOSING_YEAR_CLAUSE_MAX = 24  # characters of the last clause of a sentence a year opens (…，一九七八年仍然夺得了丰收。)
MADE_OUTPUT_REACH = 8  # figures before a change in percent looked at for the output its product names
LEAD_MAX = 20  # characters of a lead sentence, at the most, that names a paragraph's topic before its opening period


def _topic_start(norm: str, a: int) -> int:
    """Where the period a paragraph starting at ``a`` opens with may stand: after a lead sentence that only names the
    paragraph's topic (no pause, no digit, at most ``LEAD_MAX`` characters: 生态环境持续改善。五年来，…; 西部大开发开局
    良好。…), else ``a``."""
    if _opening_period(norm, a) is not None:
        return a
    cw = compiled()
    k = ms.start() if (ms := _clause_stop_class().search(norm, a, min(len(norm), a + LEAD_MAX + 1))) else -1
    if k - a < 2 or norm[k] not in cw.sentence_stops or any(map(str.isdigit, norm[a:k])):
        return a
    return k + 1


def _opening_period(norm: str, a: int) -> re.Match[str] | None:
    """The period the paragraph starting at ``a`` opens with, set off by a comma (``五年来，``), or None."""
    m = compiled().period_re.match(norm, a)
    return m if m and norm.startswith((",", "，"), m.end()) else None


def _event_span_opening(norm: str, a: int) -> str:
    """The span of years back to the year reviewed that the paragraph starting at ``a`` opens with after a short
    clause of what was begun then, set off by a comma (``实施西部大开发战略三年来，`` → ``三年来``, held as ``三年来，``
    is), else ''."""
    k = norm.find("来", a + 3, a + EVENT_SPAN_CLAUSE_MAX + 1)  # (来, 以来: the words of since all end so)
    if k < 0 or not norm.startswith((",", "，"), k + 1):
        return ""
    cw = compiled()
    if any(c in cw.clause_stops or c.isdigit() for c in norm[a:k]):
        return ""  # (1998年以来: a year, no span of years counted back)
    for i in range(a + 2, k - 1):  # 实施西部大开发战略三年来: the span's count after the clause's own words
        if norm[i - 1] in CHINESE_DIGITS or norm[i - 1] in CHINESE_UNITS:
            continue  # (十三年来: the count starts before)
        span = norm[i:k + 1]
        if ((ms := _period_span(span)) is not None and _counted_back(ms) and not ms.group("back")
                and (m := cw.period_re.match(norm[i:k + 2])) is not None and m.end() == len(span)):
            return span  # (read as a clause of its own, the comma after it)
    return ""


EVENT_SPAN_CLAUSE_MAX = 24  # characters of a clause of what was begun and the span of years since, at the most


def _named_year(m: re.Match[str], now: int) -> int:
    """The year a match of :attr:`CueViews.named_year_end` names, the report's being ``now``: 去年末 the year before,
    明年底 the year after, 今年底 its own."""
    return now - 1 if m.group("last") else now + 1 if m.group("next") else now


def _named_year_end(m: re.Match[str], now: int) -> str:
    """The period a match of :attr:`CueViews.named_year_end` names, the report's year being ``now``: 去年末 → 2023年末,
    明年底前 → 2025年底前 (the 前 kept, as a bare 年底前 keeps it) in a report of 2024."""
    return f"{_named_year(m, now)}年{m.group('end')}{m.group('before') or ''}"


def _opened(m: re.Match[str]) -> str:
    """The period an opening match of :attr:`CueViews.period_re` names: its year alone after the words that say it is
    the one just past (刚刚过去的2017年 → 2017年), else the match as printed, a year's end or start printed after the
    year's own 年 read as one (2022年年末 → 2022年末)."""
    if year := m.group("reviewed_year"):
        return year
    printed = m.group()
    return _YEAR_YEAR_PART.sub(r"年\1", printed) if "年年" in printed else printed  # (a test before the sub)


_YEAR_YEAR_PART = re.compile(r"年年([底末初])$")  # 2022年年末: the year's end, 2022年末


def _paragraph_reviews(report: Report, norm: str, pos: int, st: _SentenceState) -> bool:
    """Whether the sentence before ``pos`` last speaks of the year reviewed (去年, 过去一年, the covered
    year) rather than of the one planned (今年, 明年, a later year) — or, when it names neither, the
    sentence before it does and holds no figure of its own (过去一年，我们的各项工作取得了很大成绩。
    国内生产总值增长10.3%)."""
    if st.markers is None:
        st.markers = _time_markers(report, norm, st.start, st.end)
        a = norm.rfind("\n", 0, st.start) + 1
        a = _indent_end(norm, a, st.start)  # (an indent opens the line)
        prev = report.sentence_span(st.start - 1) if st.start > a else None
        if prev is not None and prev[0] >= a and not any(map(str.isdigit, norm[prev[0]:prev[1]])):
            before = _time_markers(report, norm, prev[0], prev[1])
            if before:
                st.markers.insert(0, (st.start - 1, before[-1][1]))
        if not st.markers and a < st.start:
            # 五年来，人民生活明显改善。…。城镇新增就业4200万人: the period the paragraph opens with
            mp = _opening_period(norm, a)
            opening = _time_markers(report, norm, a, mp.end()) if mp else []
            if opening:
                st.markers.insert(0, (st.start - 1, opening[0][1]))
    if st.marker_at is None:
        st.marker_at = [at for at, _ in st.markers]
    i = bisect.bisect_left(st.marker_at, pos) - 1  # the last marker before pos
    return i >= 0 and st.markers[i][1] == "review"


def _time_markers(report: Report, norm: str, a: int, b: int) -> list[tuple[int, str]]:
    years = report.years
    plan = years.plan if years.plan is not None else (years.covered + 1 if years.covered is not None else None)
    cw = compiled()
    out: list[tuple[int, str]] = []
    for m in cw.time_marker.finditer(norm, a, b):
        if m.start() > a and norm[m.start() - 1] in cw.time_marker_not_after:
            continue  # 比去年, 到2025年: a base or a limit, not the time spoken of
        kind = m.lastgroup or ""
        if kind == "year":
            if plan is None:
                continue
            kind = "review" if (year_number(m.group("year")) or 0) < plan else "plan"  # a mid-year report plans its own year
        out.append((m.start(), kind))
    return out


COMPARED_BASE_REACH = 30  # how far before a base compared with its 与 or 同 may stand (同第一个五年计划的第一年——一九五三年的)


def _share_whole(norm: str, f: _Fig, a: int, cw: CueViews) -> bool:
    """Whether ``f`` is the size of the whole a share printed right after it is of, the whole named from ``a`` on
    after 占 (占棉田实收面积八千五百多万亩的百分之四十二)."""
    return (norm.startswith(cw.share_verb, a) and norm.startswith(cw.de, f.qend)
            and cw.item_figure.match(norm, f.qend + len(cw.de)) is not None)


def _compared_base(norm: str, f: _Fig, cw: CueViews) -> bool:
    """Whether ``f`` is the base a clause opening with 与 or 同 compares with (与2019年同期的60.1亿元相比)."""
    return (norm[f.qend:f.qend + 1] in cw.starts["compared_base_close"]
            and cw.compared_base_close.match(norm, f.qend) is not None
            and cw.compared_base_lead.search(norm, max(0, f.start - COMPARED_BASE_REACH), f.start) is not None)


def _indicator(report: Report, f: _Fig, soft: int, subj_end: int, s1: int, carry: str, clause: str,
               stripped: tuple[int, int] | None = None, carry_unit: str = "") -> str:
    """The name of ``f`` (see :meth:`_Reader._name`); ``stripped`` is ``_strip(norm, soft, subj_end,
    f.measure)`` when the caller has it (never for a rank, whose subject ends before its rank verb);
    ``carry_unit`` the unit of the figure that named ``carry``, when known."""
    norm, text = report.norm, report.text
    cw = compiled()
    measure = f.measure
    ranked = ""  # the growth word a rank's subject ends with (固定资产投资增速在全市排名第5位)
    if stripped is not None and measure != "rank":
        a, b = stripped
    else:
        a, b = soft, subj_end
        if measure == "rank":
            mr = cw.rank_re.search(norm, soft, f.start) or cw.rank_scope.search(norm, soft, f.start)
            b = mr.start() if mr else b
            while b > a and (mt := cw.rank_name_tail.search(norm, a, b)) and mt.start() < b:
                b = mt.start()  # 增速连续3年位居全市首位, 增速在全市16区中排名第2: the rate ranked
            ranked = next((w for w in cw.rank_growth_words if norm.endswith(w, a, b)), "")
            if carry and (growth := norm[a:b]) in cw.rank_growth_words and not carry.endswith(cw.rank_growth_words):
                return carry + growth  # 增长7.5%,总量居全市第6位,增速居全市第2位: the growth ranks (the total names
                # the level)
            if (carry and a == b and (mg := cw.rank_growth_clause.search(norm, max(0, soft - 40), soft))
                    and (norm.endswith(carry, 0, mg.start("growth"))
                         or mg.group("head") is not None and carry.endswith(mg.group("head")))):
                # 收入增幅高于省辖市平均增幅3.7个百分点,居全省第6位: the growth the clause before compares, of the
                # subject carried when it opens its clause (。累计增速高于全国…) or when the clause opens with its short
                # name (一般公共预算收入…。收入增幅高于…); a growth carried from a rank before it already (增速列全市第二,
                # 居全省第一) is named once
                return carry if carry.endswith(cw.rank_growth_words) else carry + mg.group("growth")
        a, b = _strip(norm, a, b, measure)
    subject = text[a:b] if b > a else ""
    if a <= (qw := f.qualified_word)[0] and qw[1] <= b:
        subject = text[a:qw[0]] + text[qw[1]:b]  # 全国大约损失工业总产值一千亿元: the qualifier of the figure, not of its name
    if subject and _share_whole(norm, f, a, cw) and len(whole := clean_name(text[a + len(cw.share_verb):b])) >= 2:
        f.named_by_clause = f.share_whole = True
        return whole  # 占棉田实收面积八千五百多万亩的百分之四十二: the whole the share after it is of, with its size
    if carry and _compared_base(norm, f, cw):
        return carry  # 与2019年同期的60.1亿元相比，下降6.5%; 如果同建国初期的一九五零年的一百七十亿元作比较，则增长二点八倍:
        # the base a change is set against is a level of the thing named before, not the closing 相比 nor the 同 frame
    if subject and norm[a] in cw.starts["elapsed_time"] and cw.elapsed_time.fullmatch(norm, a, b):
        f.named_by_clause = True
        return cw.elapsed_time_name  # 完成全年任务的70.9%，时间过四分之三: the share of the year gone, the time progress
        # a completion is weighed against (时间进度, as the comparator of a completion is printed)
    if (subject and carry.endswith(cw.generic_fund_nouns)
            and (ms := cw.fund_spent_subject.fullmatch(norm, a, b)) is not None):
        return carry + ms.group("verb")  # 直达资金下达45.3亿元，已支出38.9亿元: the fund named before, spent
    if subject and carry and cw.from_to_period.fullmatch(norm, soft, subj_end):
        return carry  # 从一九五〇年的百分之二十五点五增加到一九五四年预算的百分之四十五点四: the year's budget the value
        # reaches names nothing of its own
    if subject and carry and (size := subject.rstrip(cw.de)) in cw.sector_size_prefixes and not carry.startswith(size):
        return size + carry.rsplit(cw.de, 1)[-1]  # 工矿建设单位有一万多个，其中限额以上的有九百二十一个: the size class of
        # the things named before (限额以上工矿建设单位), not a bare 限额 nor those things whole
    if subject and carry and (mp := cw.pointed_growth.fullmatch(norm, a, b)):
        # 这一增速高于全市平均水平1.2个百分点; 平均每年递增百分之六，这个速度高于…平均每年递增百分之四点三的水平: the
        # growth of the subject named before, its difference from another place's or its growth over other years;
        # 该增幅居全市第一: that growth ranks
        return _pointed_growth_name(carry, mp.group("growth") or ranked, measure)
    if subject and carry and (cw.generic_subject.fullmatch(norm[a:b]) or cw.generic_subject.fullmatch(clean_name(subject))):
        if measure == "rank" and not ranked and (grown := next((w for w in cw.rank_growth_words if carry.endswith(w)), "")):
            return carry[:-len(grown)]  # 一般公共预算收入增幅居全市第一,总量居全市第三: the total ranks, not the growth
        return carry  # 总数超过2800家, 产业规模居全市第一位, 总额首次突破万亿元: the subject is the one named before
    if len(subject) >= 2 and carry != subject and carry.endswith(subject) and norm.startswith(cw.de, soft):
        # 将制造业等行业现行16%的税率降至13%: the subject opens with the 的 after the figure before, so is its noun,
        # and names this figure as it named that one, with the owner
        return carry
    verb_only = bool(subject) and norm[a] in cw.starts["subject_verbs"] and cw.subject_verbs.fullmatch(norm[a:b]) is not None
    if (measure == "level" and norm[f.qend:f.qend + 1] in cw.starts["set_as_after"]
            and (ms := cw.set_as_after.match(norm, f.qend))
            and any(w in clause for w in cw.set_as_leads)):
        return text[ms.start("noun"):ms.end("noun")]  # 将农民人均纯收入2300元作为新的国家扶贫标准: the standard's level
    if measure == "completion_pct":
        obj = cw.completion_object.search(clause)
        if obj:
            specific = cw.completion_object_era.sub("", obj.group(1))  # 完成“十四五”规划目标的: the plan's own target
            for w in cw.completion_generic:
                specific = specific.replace(w, "")
            if re.search(r"\d", specific):
                specific = ""
            if not subject and specific and carry and cw.subject_verbs.fullmatch(specific):
                return carry  # 压减法人户数18户，完成年度压减任务的120%: a task named by its verb only is of the thing before
            if not subject and specific:
                # 重点工程完成投资89.6亿元，完成全年计划投资的52.7％: the plan's quantity of the owner named before
                return carry if len(carry) > len(specific) and carry.endswith(specific) else specific
        return subject or carry
    if measure == "ratio":
        return subject if subject and not verb_only else carry  # the ratio's name, before its parts
    if (measure == "abs_change" and f.unit_kind == "money" and not carry and not clean_name(subject)
            and (following := _following_text(norm, text, f.qend, s1))):
        return following  # 一次性增加6万亿元地方专项债务限额: what is added, named after the amount
    if (measure == "abs_change" and f.unit_kind != "money" and not clean_name(subject)
            and (following := _following_text(norm, text, f.qend, s1))
            and (f.unit_kind == "count" or cw.counted_noun_end.search(following))):
        return following  # 今年要再解决…，增加500万农村沼气用户, 增加了３４个开放口岸: the units counted after the
        # amount, not the name before (nor the units of a count before it: １３个沿边城市)
    if (measure == "rank" and not clean_name(subject) and not carry and (mh := _RANK_HELD.match(norm, f.qend))
            and (held := _following_text(norm, text, mh.end(), s1))):
        return held  # 排名第1的朝阳区: what holds the rank, named after it, when nothing ranked is named before
    if measure == "rank" and (mt := cw.rank_title_after.match(norm, f.qend)):
        return text[mt.start("noun"):mt.end("noun")]  # 成为全球第一货物贸易大国: the trade, not the becoming
    if measure == "rank" and subject and (mf := cw.rank_frame_name.fullmatch(norm, a, b)):
        return text[mf.start("name"):mf.end("name")]  # 连续两年在全市营商环境评价中排名第三: the assessment ranked in
    if measure == "change_pct" and f.sign < 0 and f.unit_kind == "percent" and (cut := _cut_share_object(norm, text, f, s1)):
        return cut  # 压减30%的审批环节, 美苏即使削减了５０％的战略核武器: what is cut, named after the share cut
    if measure in ("yoy_pct", "change_pct") and subject and (md := cw.growth_drive_lead.match(norm, a, b)) and len(
            grown := clean_name(text[md.end():b])) >= 2:
        return grown  # 基础设施、制造业投资分别增长9.4%、9.1%，带动固定资产投资增长5.1%: what grows, not the driving
    if measure in ("yoy_pct", "change_pct", "pp_diff", "abs_change", "rank"):
        if measure == "pp_diff" and subject and not verb_only and (ms := cw.share_word_after.match(norm, b, subj_end)):
            return text[a:ms.end()]  # 煤炭消费比重下降8.1个百分点: the share changes, not the consumption
        if ranked and subject and not verb_only and not subject.endswith(ranked):
            return subject + ranked  # 固定资产投资增速在全市排名第5位: the growth ranks, not the investment
        if ranked and not subject and not carry:
            f.named_by_clause = True
            return cw.unowned_growth_names.get(ranked, ranked)  # 增速居全市第一位: a growth of no owner, the economy's
        return subject if subject and not verb_only else (carry or subject)
    if measure == "rate_pct":
        if norm[f.qend:f.qend + 1] in cw.starts["rate_name_after"] and (mn := cw.rate_name_after.match(norm, f.qend)):
            # 将制造业等行业现行16%的税率降至13%: the rate of what the subject names (保持6%一档的税率不变: of no owner)
            owner = clean_name(subject) if subject and not verb_only else ""
            f.named_by_clause = True
            return owner + text[mn.start("noun"):mn.end("noun")]
        if subject and carry and (mr := cw.share_recovery.search(norm, soft, subj_end)) and mr.start() - soft <= 1:
            return carry  # 接待游客1280万人次，恢复到疫情前的九成: the base the quantity recovers to names no owner (the
            # clause is only the verb, its adverb (基本, 已) and the base: the pattern ends at the figure; 基本恢复到 is no
            # name of a share attained)
        if subject and ((mr := cw.share_attain.search(norm, a, b)) and mr.end() == b
                        or (mr := cw.share_attain.search(norm, a, subj_end)) and mr.end() == subj_end
                        and mr.start() < b and not norm.startswith(cw.de, f.qend)):
            # (全区税收接近全市的一半: the whole, 全市, is stripped as a place, and the verb, 接近 or 相当于, is no part
            # of the name either; not a share of units named after it, 试点范围扩大到40%的县)
            name = clean_name(text[a:mr.start()])
            return name if len(name) >= 2 else carry  # 中等职业技术学校在校学生已接近高中阶段学生人数的百分之五十
            # (国家预算外的资金数量将逐步增多，目前约为国家预算收入的一半: the subject carried or the clause's before, not
            # the whole): the students, a share of the whole
        if subject and (mr := cw.share_recovery.search(norm, a, b)) and mr.end() == b and len(
                name := clean_name(text[a:mr.start()])) >= 2:
            return name  # 重点商圈客流恢复至去年同期的七成左右: the flow recovering, a share of its base
        if cw.share_verb in clause and cw.share_end.search(clause):
            k = norm.rfind(cw.share_verb, soft, f.start)
            if k > 0 and cw.q_before.get(norm[k - 1]) == "about" and f.qualifier == "exact":
                f.qualifier = "about"  # 约占常住人口的八成
            if (k > soft and cw.share_holder_lead.search(norm, soft, k)
                    and (units := _share_units(report, f, s1)) is not None):
                # 团结占人口百分之九十五以上的人民群众: the verb before 占 takes the units the share holds as its
                # object, it names nothing itself (the whole, 人口, is the comparator)
                return _share_set_name(report, f, s1, f.start, f.start) or text[units[0]:units[1]]
            if k > soft:
                own = cw.share_own.match(norm, k)  # 稅款和利潤所佔的比重 with no whole: the name ends after it
                mq = cw.q_before_re.search(norm, soft, k)  # 约占全区税收的42%, 文盲大约占: the qualifier is no name
                kq = mq.start() if mq else k
                a2, b2 = _strip(norm, soft, own.end() if own else
                                k + len(cw.share_noun) if norm.startswith(cw.share_noun, k) else kq, "level")
                if (mb := cw.share_basis_frame.match(norm, a2, b2)) and b2 - mb.end() >= 2 and mb.end() > a2:
                    a2 = mb.end()  # 中央财政已按全国财政性教育经费支出占国内生产总值的4%编制预算: the spending, not who budgets by it
                if (b2 - a2 < 2 and k - a2 >= 2 and cw.share_holder_lead.search(norm, a2, k)
                        and (fb := _following(norm, f.qend, s1))[1] - fb[0] >= 2):
                    # 拥有占全世界９５％以上核武器的美苏两国: the clause before 占 is only the verb holding the share (a
                    # character of it left by the name's cleaning); what it holds is named after the share, up to
                    # the 的 that opens its holders
                    held = norm.find(cw.de, fb[0] + 2, fb[1])
                    return _NAME_SPACE.sub("", text[fb[0]:held if held > 0 else fb[1]])
                if b2 > a2:
                    return text[a2:b2]
                if kq < k:
                    return carry  # (投资额，约占全年投资总额的三分之二: the subject of the clause before)
            if k >= soft and (units := _share_units(report, f, s1)) is not None:
                # 占全国人口65％的地区基本普及九年义务教育: the units the share holds, named as a share of a set is
                # (the whole, 全国人口, is the comparator)
                return _share_set_name(report, f, s1, f.start, f.start) or text[units[0]:units[1]]
            if k >= soft and norm[f.qend:f.qend + 1] in cw.comparison_clause_stops:
                return carry  # 用于社会文教事业的支出，共占本年支出的１０．８７％: a share opening its clause (after words a
                # name drops) and ending it is of the subject of the clause before, never named by its whole
            return carry or subject
        # a stop or a list comma right after the share (past its 的): no units of a set, no noun follows it
        fa = f.qend + 1 if norm.startswith(cw.de, f.qend) else f.qend
        noun_after = fa < s1 and norm[fa] not in cw.following_blockers
        if noun_after and (name := _share_set_name(report, f, s1, a, b)):
            f.named_by_clause = True  # 71%的煤电机组实现超低排放: the units of the set that do it
            return name
        if (norm[f.qend:f.qend + 1] in cw.starts["share_holder_tail"]
                and (mt := cw.share_holder_tail.match(norm, f.qend))
                and cw.share_holder_lead.search(norm, max(soft, f.start - 2), f.start)):
            fa, fb = _following(norm, mt.end() - 1, s1, stops=False)
            if fb > fa:  # 已有百分之八十以上的在押罪犯…, 团结百分之九十五以上的干部和群众: the units of which it is a share
                return _counted_name(report, f, s1, (fa, fb)) or text[fa:fb]
        if not clean_name(subject) and carry and (name := _carried_set_share_name(report, f, s1, carry)):
            f.named_by_clause = True  # 国有企业下岗职工达2700多万人，90%以上进入再就业服务中心: those of the set that did it
            return name
        if (len(subject) > 2 and subject[-1] in cw.inside_suffixes
                and (name := _carried_set_share_name(report, f, s1, subject[:-1]))):
            f.named_by_clause = True  # 规模以上企业中仍有近三成营业收入同比下降: those of the set it is among that do it
            return name
        if carry and subject and cw.times_base.match(norm, soft, subj_end):
            return carry  # 新增就业岗位2.5万个，为过去三年总和的80%: a percentage of the thing named before, the sum it
            # is against no name of it
        if subject and not verb_only and subject not in cw.scope_words:
            return subject  # (我国百分之八十以上的财政收入: the nation holds the share, the revenue is what it is of)
        if norm.startswith(cw.de, f.qend):
            fa, fb = _following(norm, f.qend, s1, stops=False)
            # 32.6%的中小微企业已降薪或计划降薪: the share of those the clause says it of, as a count is named
            return _counted_name(report, f, s1, _following(norm, f.qend, s1)) or text[fa:fb] or carry or subject
        return (_following_text(norm, text, f.qend, s1) if noun_after else "") or carry or subject
    # level
    if (output := _output_attribute(norm, text, f, soft, subj_end, s1, cw)):
        f.named_by_clause = True  # (words printed apart: none carried)
        return output
    persons = f.unit in cw.person_units or f.unit in cw.person_visit_units  # (a count of persons or visits)
    if (persons or f.unit_kind in ("none", "count")) and subject and (
            mr := cw.reach_verb_end.search(norm, a, b)) and len(head := clean_name(text[a:mr.start()])) >= 2:
        fa, fb = _following(norm, f.qend, s1)
        noun = (text[fa:fb] if fb > fa and (f.unit_kind == "count" or cw.person_head_end.search(norm, fa, fb)
                                            or cw.counted_noun_end.search(norm, fa, fb)) else
                f.unit if fb == fa and persons else "")
        if noun:
            # 社会养老保险覆盖9亿多人: the persons it reaches, not the verb (消费券惠及1.2万人次: the visits of them)
            f.named_by_clause = True
            return head + text[mr.start():b] + cw.de + ("人" if noun in cw.person_units else noun)
    if (persons and subject
            and (cw.reach_verb_end.fullmatch(norm, a, b) or cw.person_served_verb.fullmatch(
                norm, served := _past_adverbs(norm, a, b, cw), b))
            and _following(norm, f.qend, s1)[1] == f.qend):
        # 建立…“两项补贴”制度，惠及2100多万人; 覆盖10.5亿人: the persons reached, by the verb alone when what reaches
        # them is a clause before it, not that clause (惠及2900多万家庭 keeps its noun: 惠及家庭); so the persons a verb
        # works on, 累计扩招413万人、培训8300多万人次 → 培训的人次, not the name of the item before; but when that item
        # names a measure of an owner, the owner reaches them (基本养老保险参保人数增加1.4亿、覆盖10.5亿人: 基本养老保险覆盖的人)
        f.named_by_clause = True
        j = norm.rfind(carry, f.sentence[0], a) if carry else -1  # (of the item right before: no stop between)
        mo = (cw.measured_owner.fullmatch(carry) if j >= 0 and not any(
            ch in cw.clause_stops or ch == cw.item_separator for ch in norm[j + len(carry):a - 1]) else None)
        owner = (mo.group("owner") if mo else _reaching_money(norm, carry, carry_unit, j, a, cw)
                 or _paid_before(norm, text, a, f.sentence[0], cw) or _enacted_before(norm, text, a, f.sentence[0], cw))
        verb = text[a:b] if cw.reach_verb_end.fullmatch(norm, a, b) else text[served:b]  # (再进城落户: 进城落户的人)
        return owner + verb + cw.de + ("人" if f.unit in cw.person_units else f.unit)
    if carry and f.unit in cw.times_units and (mt := cw.times_base.match(norm, soft, subj_end)):
        f.comparator = text[mt.start("base"):mt.end("base")]
        return carry  # 投入5800亿元，是1950年到1997年投入总和的1.7倍: a multiple of the thing named before
    if (f.unit in cw.times_units and subject and (mt := _last_times_base(norm, a, subj_end, cw))
            and len(name := clean_name(text[a:mt.start()])) >= 2):
        return name  # 年降水量为常年的1.3倍: the thing multiplied, its base (the comparator) no part of its name
    attr = (cw.attribute_end.search(norm, soft, subj_end)
            if subj_end > soft and norm[subj_end - 1] in cw.attribute_last else None)
    if attr and _counts_budgets(norm, f, soft, subj_end, cw):
        attr = None  # 审查区级部门预算86个: the budgets are what is counted, no attribute of the departments
    if attr and norm.endswith(cw.budget_kinds, soft, subj_end):
        attr = None  # 其中调入一般公共预算2055万元: a flow into a budget the report accounts for, no budget of the thing before
    if attr and attr.end() == subj_end and (attr.group() not in cw.task_attribute_words
                                            or carry and _task_of_carried(norm, f, soft, carry_unit, cw)):
        # (“疏解整治促提升”专项行动年度任务386项: with no quantity before it, the year's tasks are what is counted)
        word = attr.group()
        if any(w in word for w in cw.scale_words):
            window = norm[f.qend:min(s1, f.qend + 60)]
            window = window[:next((i for i, ch in enumerate(window) if ch in cw.clause_stops), len(window))]
            mo = cw.scale_object.search(window)
            if mo:
                fa2, fb2 = _following(norm, f.qend + mo.start(1), s1)
                held = text[fa2:fb2] or text[f.qend + mo.start(1): f.qend + mo.end(1)]
                if word in cw.phase_scale_words:
                    # 设立总规模10亿元、首期规模4亿元的文化产业基金: the fund is 10亿元; the 4亿元 is its first phase's size
                    f.named_by_clause = True
                    return held + word
                return held
            return _following_text(norm, text, f.qend, s1) or subject or carry
        if carry:
            return carry
        a2, b2 = _strip(norm, soft, attr.start(), "level")
        return text[a2:b2] if b2 > a2 else subject
    if subject and norm.startswith(cw.de, f.qend) and (held := _attributed_head(norm, text, f, a, b, s1, cw)):
        f.named_by_clause = True
        return held  # 开工建设总投资120亿元的产业园项目, 建成仓容250亿公斤的国家粮食储备库: the quantity of the thing
        # named after the figure and its 的, as 产业园项目总投资120亿元 names it, not the thing alone
    unit_kind = f.unit_kind
    if persons and (who := _headless_subject(
            report, f, soft, subj_end, s1)):
        f.named_by_clause = True  # 其中依法判刑的有二万六千二百二十七人: the persons the clause says what of
        return who
    if f.unit in cw.person_units and not clean_name(subject) and (who := _headless_before(norm, text, f, cw)):
        f.named_by_clause = True  # 仅由各地劳动部门介绍就业的，就有二百零七万人: the persons the clause before says
        return who + "人"  # what of, as its 的 leaves them unnamed
    if f.unit in cw.person_units and (md := cw.dwellers_after.match(norm, f.qend, s1)):
        # 改造约1亿人居住的城镇棚户区和城中村: the persons who live there, counted, and the place they live in
        f.named_by_clause = True
        return text[md.start("place"):md.end("place")] + text[md.start("verb"):md.end("verb")] + cw.de + "人"
    if unit_kind == "count" or unit_kind == "none":
        fa, fb = _following(norm, f.qend, s1)  # the noun phrase after the figure: what is counted
        chain = f.qend + 1 if f.unit in cw.class_counters and norm.startswith(cw.item_separator, f.qend) else f.qend
        if fa == fb and norm[chain:chain + 1].isdecimal() and (mc := cw.chained_count.match(norm, chain)):
            fa, fb = _following(norm, mc.end(), s1)  # 5类26项政策研究, 10大类、38项具体任务: both count the tasks
            if f.unit in cw.class_counters and fb > fa and clean_name(text[fa:fb]) == text[fa:fb]:
                f.named_by_clause = True  # 5大类26项政策 → 政策类别: the first counts classes of the policies, named
                return text[fa:fb] + cw.class_count_suffix  # apart from the policies the second counts
        if fb > fa and (ml := cw.level_item_next.match(norm, fb)) and (hb := _following(norm, ml.end(), s1)[1]) > ml.end():
            mh = cw.counted_predicate_head.search(norm, ml.end(), hb)
            if (mh.start() if mh else hb) - ml.end() >= 2:
                # 1410个县级和250个省、市（地）级疾病预防控制中心: the centres of the first level, their noun printed once
                # after the last level
                f.named_by_clause = True
                return text[fa:fb] + text[ml.end():mh.start() if mh else hb]
        if (fa == fb and norm[f.qend:f.qend + 1].isdecimal()  # (both open with a digit, a decimal character)
                and (mb := cw.bound_class.match(norm, f.qend)) and (fb2 := _following(norm, mb.end(), s1)[1]) > mb.end()):
            return text[f.qend:fb2]  # 35个5万平方米以上重点拆除区域: the class, with the bound that names it
        if (fb > fa and (mk := cw.kinds_list.match(norm, fb, s1)) and "“" not in norm[fa:fb]
                and not cw.counted_owner_end.search(norm, fa, fb)
                and (nb := _following(norm, mk.end(), s1)[1]) > mk.end()):
            fb = nb  # 启动了178项节能、节水和资源综合利用等重大项目: the projects of the kinds listed, not the first kind
            # (98个中央部门和北京、上海…等省市: a noun of its own counted, not a kind)
        elif (fb > fa and norm.startswith(cw.item_separator, fb) and (ms := cw.shared_count_list.match(norm, fb))
              and not cw.counted_predicate_head.search(norm, fb, ms.end())):
            fb = ms.end()  # 支持533个县级图书馆、文化馆和4万个村广播电视设施建设: the nouns the count heads, up to the
            # next count of the list (文化馆 has none of its own), or all of a list 和 closes (在１万多个中外合资经营、
            # 合作经营和外商独资企业中: the count is of them all)
        if (f.unit in cw.occasion_units and (not subject or verb_only)
                and (mc := cw.change_object_lead.match(norm, f.qend)) and mc.start("verb") > f.qend and mc.end() > fb
                and (gb := _following(norm, mc.end(), s1, stops=False)[1]) - mc.end() >= 2):
            f.named_by_clause = True  # 三次较大幅度提高粮食最低收购价: what was done three times, not how much
            return text[mc.start("verb"):gb]
        if fb > fa and f.unit not in cw.frame_noun_counters and norm.startswith(cw.frame_nouns, fa) and any(
                norm.startswith(w, fa) and (fa + len(w) == fb or cw.counted_predicate_head.match(norm, fa + len(w), fb))
                for w in cw.frame_nouns):
            fb = fa  # 实现高职院校扩招100万人目标: the target the figure sets, not what 100万人 counts (12项任务 counts);
            # 裁军50万人的工作进展顺利: so the work, whatever is said of it
        if (fb > fa and subject and not verb_only and clean_name(subject) == subject
                and (fb >= s1 or norm[fb] in cw.clause_stops) and cw.done_after_count.fullmatch(norm, fa, fb)):
            f.named_by_clause = True  # 220千伏变电站5座建成投运: the things counted, by what is done to them, as
            return text[fa:fb] + cw.de + subject  # 区重点项目中已开工19个 names them
        theirs = ""  # 126家规上工业企业产值同比增长8.2%, 32家重点企业营业收入合计85.6亿元: the units counted, not a
        # quantity of theirs
        if (fb > fa and unit_kind == "count" and (mp := cw.name_plan_word.search(norm, fa + 2, fb)) is not None
                and cw.counted_measure_end.fullmatch(norm, mp.end(), fb) and cw.counted_owner_end.search(norm, fa, mp.start())):
            fb, theirs = mp.start(), text[mp.end():fb]  # 45个重点项目计划总投资320亿元: the plan word ends the noun
            # (clean_name drops it inside the run, so the head below would not start the run)
        elif (fb > fa and unit_kind == "count" and text[fa:fb].startswith(head := clean_name(text[fa:fb]))
                and (m := cw.counted_measure_end.search(norm, fa, fa + len(head))) and m.start() - fa >= 2
                and cw.counted_owner_end.search(norm, fa, m.start())):
            fb, theirs = m.start(), m.group()
        elif (fb > fa and unit_kind == "count" and f.unit not in cw.occasion_units
                and text[fa:fb].startswith(head := clean_name(text[fa:fb]))
                and (m := cw.counted_owner_quantity.match(norm, fa, fa + len(head))) and fa + len(head) - m.end() >= 2):
            fb, theirs = m.end(), text[m.end():fa + len(head)]  # 11个重点商圈客流量, 3个乡镇工业总产值: the units, as
            # for the quantities listed (客流量 and 工业总产值 are not); not times (三次上调金融机构存款准备金率)
        elif (fb > fa and unit_kind == "count" and (mh := cw.count_owner_has.search(norm, fa + 2, fb)) and fb - mh.end() >= 2
              and (cw.counted_owner_end.search(norm, fa, mh.start()) or cw.body_end.search(norm, fa, mh.start()))):
            fb, theirs = mh.start(), text[mh.end():fb]  # 21个社区卫生服务中心共有床位685张: the centres, what they have
            # no part of them
        if fb > fa:
            if unit_kind != "count":
                if fa < (end := _persons_end(norm, fa, fb, f.unit)) < fb:
                    return text[fa:end]  # 8000多万农业转移人口成为城镇居民: the persons, not what they do
                if (norm[subj_end - 1:subj_end] in cw.ends["flow_verb_end"]
                        and (mv := cw.flow_verb_end.search(norm, max(soft, subj_end - 6), subj_end))):
                    f.named_by_clause = True  # 新增510万沼气用户: those added, as a count with its counter is named
                    return text[mv.start("verb"):mv.end("verb")] + text[fa:fb]
                return text[fa:fb]
            if (k := norm.find(cw.de, fa, fb)) > fa and (
                    norm[fa:k] in cw.counted_nouns or cw.counted_owner_end.search(norm, fa, k) and k - fa <= 8
                    and clean_name(text[fa:k]) == text[fa:k]
                    or (mw := cw.count_work_tail.search(norm, fa, k)) and mw.end() == k):
                fb = k  # 近14亿人口的发展中大国: the people counted, not the country they make; 六个大区的经济体系,
                # 八十一个国家的领导人: the units counted, not what is theirs; 11个行业结构调整的政策措施: the work on
                # the units, cut next
            elif (j := norm.rfind(cw.de, fa, fb)) > fa and (norm[j + 1:fb] in cw.counted_frames
                                                           or f.unit not in cw.sized_work_units
                                                           and _work_after_de(norm, j, fb, cw)):
                # 1个面的工作重点, “10个点、15条线、3个面”的重点任务: the 面 counted, not the frame of the list,
                # nor the quote that closes it; 对３，２８０个较大的建设单位的统计: the units, not the survey of them;
                # 12个老旧小区的综合整治工作: the units, not the work done on them (四千万亩荒地开垦的规划设计工作:
                # an area or a length is the size of the work, which stays)
                kq = j - 1 if norm[j - 1] == "”" and "“" not in norm[fa:j] else j
                if kq > fa and (kept := clean_name(text[fa:kq])) and text[fa:kq].endswith(kept):
                    fb = kq  # (几十万个现有企业的技术改造: the units, whatever head word a name drops, 现有)
            if (_may_hold("count_work_tail", norm, fa, fb) and (ma := cw.count_work_tail.search(norm, fa, fb))
                    and ma.end() == fb and ma.start() - fa >= 2):
                return text[fa:ma.start()]  # 扎实开展7个就业基础薄弱社区帮扶工作: the communities, not the work on them
            if ((mg := cw.counted_group.match(norm, fa, s1)) and mg.end() > fb
                    and (mw := cw.count_work_tail.match(norm, mg.end())) and _predicate_end(norm, mw.end(), s1) == mw.end()):
                return text[fa:mg.end()]  # 85家酒店(驻地)保障工作: so with the bracket of the kinds after the noun
            if (f.unit in cw.sized_work_units and norm[fa:fb] in cw.sized_works and subject and not verb_only
                    and clean_name(subject) == subject):
                f.named_by_clause = True  # 东直门交通枢纽近60万平方米工程完成竣: the size of the hub's works, no count
                return subject + text[fa:fb]
            if (norm[f.start - 1:f.start] == cw.de and subject and cw.de not in norm[fa:fb]
                    and cw.counted_modifier.fullmatch(head := clean_name(subject + cw.de))):
                f.named_by_clause = True  # 重大水利工程已开工的57个项目要加快建设: the things counted, as the words
                return head + cw.de + text[fa:fb]  # before their 的 say which they are (their stage, the list they are in)
            if (norm[fa:fb] in cw.measure_package_nouns and subject and not verb_only and cw.de not in norm[fa:fb]
                    and len(head := _package_purpose(text[soft:subj_end], cw)) >= 2):
                f.named_by_clause = True  # 出台进一步扩大内需、促进经济平稳较快增长的十项措施: the measures by what they
                return head + (cw.de if norm[f.start - 1:f.start] == cw.de else "") + text[fa:fb]  # are for, a bare 措施
                # naming none (落实中非务实合作八项新举措 → 中非务实合作新举措)
            if (unit_kind == "count" and not theirs and not clean_name(subject) and cw.de not in norm[fa:fb]
                    and (who := _headless_before(norm, text, f, cw))):
                f.named_by_clause = True  # 达到和超过纲要这个规定的，已经有五百零四个县: the units the clause before
                return who + text[fa:fb]  # says what of, as its 的 leaves them unnamed (…的，就有二百零七万人)
            name = _counted_name(report, f, s1, (fa, fb)) or text[fa:fb]
            if theirs and name.startswith(theirs + cw.de):
                name = text[fa:fb]  # (三十多种主要产品产量，提前两年达到…: their quantity alone says nothing of them)
            if (f.unit in cw.person_units and norm[f.start - 1:f.start] in cw.ends["school_stage_end"]
                    and (mg := cw.school_stage_end.search(norm, max(soft, f.start - SCHOOL_STAGE_MAX), f.start))
                    and (stage := text[mg.start():mg.end()]) not in name
                    and (k := next((k for k in range(fb - fa, 1, -1) if name.endswith(text[fa:fa + k])), 0))):
                # 免除了…农村义务教育阶段5200万名学生的学杂费 → 农村义务教育阶段学生: the pupils of the stage of schooling
                # printed before their count, not all pupils (惠及3000多万农村义务教育阶段学生 names them so); the
                # noun printed after the figure ends the name, whatever the clause names them by before it
                f.named_by_clause = True
                name = name[:-k] + stage + name[-k:]
            if name != text[fa:fb] and (cause := _benefit_cause(norm, text, f, (a, b), name, cw)):
                f.named_by_clause = True  # 农村饮水安全工程使6069万农民受益: the farmers the project benefits
                return cause + name
            if (name != text[fa:fb] and cw.de in name and cw.share_topic_verb.fullmatch(name.rsplit(cw.de, 1)[0])
                    and (topic := _placed_topic(norm, text, f, (a, b), cw))):
                f.named_by_clause = True  # 对外承包工程和劳务合作在１００多个国家和地区展开: the places the topic is
                return topic + name  # carried out in, as for a share (基本药物制度在30%的基层医疗卫生机构实施)
            if name == text[fa:fb] and (rest := _noun_past_note(report, f, fb, s1)):
                f.named_by_clause = True  # 410个“两基”（基本普及…）攻坚县: the noun goes on past the note in brackets
                return name + rest
            if (name == text[fa:fb] and cw.de not in name and len(subject) >= 2
                    and (mh := cw.owner_has.search(norm, b, subj_end)) and mh.end() == subj_end and clean_name(subject)
                    and not _NUMERAL_HEAD.search(subject) and not _DECIMAL.search(subject)):
                # 煤炭工业部和石油工业部共有二百个建设项目, 全市“疏解整治促提升”专项行动共有15个指标: the owner's things
                return subject + ("" if subject.endswith(cw.de) else cw.de) + name
            if (name == text[fa:fb] and persons
                    and (mt := cw.served_task_end.search(norm, fa, fb)) and mt.start() - fa >= 2):
                return text[fa:mt.start("task")]  # 2100万人次以上农民工职业技能提升培训任务: the training, not the task
            if (name == text[fa:fb] and (mp := cw.count_work_end.search(norm, fa, fb)) and mp.start() - fa >= 2
                    and (cw.count_process_lead.search(norm, max(f.cs, f.start - PROCESS_LEAD), f.start)
                         or norm.startswith(cw.count_process_follows, fb))):
                # 同步推进23个区级专项规划编制: the plans, not the drafting pushed on (10个重点区域整治稳步推进: the
                # areas, the pushing said after them)
                return text[fa:mp.start()]
            verb_last = norm[subj_end - 1:subj_end]  # (the verbs below end the subject: looked for only where its last
            # character may end one)
            if (name == text[fa:fb] and verb_last in cw.ends["flow_verb_end"]
                    and (mv := cw.flow_verb_end.search(norm, max(soft, subj_end - 6), subj_end))):
                f.named_by_clause = True  # 新设6个国家自主创新示范区: those added, not the stock
                return text[mv.start("verb"):mv.end("verb")] + name
            if (name == text[fa:fb] and verb_last in cw.ends["reach_verb_end"]
                    and (mr := cw.reach_verb_end.search(norm, max(soft, subj_end - 8), subj_end))):
                f.named_by_clause = True  # 覆盖农村5亿人口: those reached where the verb says, not the persons alone
                return text[mr.start():mr.end()] + name
            if owned := _owned_count_name(report, f, name, text[fa:fb], cw):
                f.named_by_clause = True  # 城市副中心255个重大工程 → 城市副中心重大工程: the works of the new town
                return owned
            if ((name == text[fa:fb] or name.endswith(cw.de + text[fa:fb])) and norm[fa:fb].endswith(cw.example_led_ends)
                    and (led := _example_led_name(norm, subject, f, cw))):
                # 围挡治理等12项任务 → 围挡治理等任务: a bare 任务 says nothing of which; nor does a 重点行业 its clause
                # names (钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成 → 钢铁、水泥等淘汰落后产能…的重点行业)
                f.named_by_clause = True  # (a bare noun without the time and place a name drops: 等14个上半年全市
                return led + (clean_name(name) or name if name == text[fa:fb] else name)  # 促开工重大项目)
            return name
        if (persons
                and not norm.startswith(cw.frame_nouns, f.qend)
                and not (subject and cw.person_head_end.search(subject))
                and (len(name := _counted_name(report, f, s1, (f.qend, f.qend))) > 3 + len(f.unit)
                     or name and (not subject or verb_only))):
            # 引导约1亿人在中西部地区就近城镇化: the persons named by what they do (动员党员干部4.2万余人参与值守
            # keeps the persons named before; 扩招100万人目标: the target the figure sets; a bare verb after them,
            # 活动吸引约5万人参与, says less than the words before, but more than none: 举办8届全国双创活动周、超过5.2亿
            # 人次参与 → 参与的人次, not the weeks counted before)
            f.named_by_clause = True
            if cause := _benefit_cause(norm, text, f, (a, b), name, cw):
                return cause + name  # 新政策使3000人受益
            return name
        if f.unit in cw.occasion_units and (not subject or verb_only):
            ga, gb = _following(norm, f.qend, s1, stops=False)
            if gb - ga >= 2:
                f.named_by_clause = True  # 三次提高机关事业单位职工工资: what was done three times
                return text[ga:gb]
        if carry and unit_kind == "count" and norm.startswith(cw.actual_cues, a):
            if (carry_unit and carry_unit != f.unit and (md := cw.done.match(norm, a, b))
                    and len(done := clean_name(text[md.end():b])) >= 2):
                f.named_by_clause = True  # 申请式退租项目4个,已完成退租签约386户: the signings of the projects
                return carry + done  # counted before, not the projects (已完成4件: the things counted before)
            if (de := norm.rfind(cw.de, a, b)) > a and b - de > 2 and len(named := clean_name(subject)) > b - de:
                f.named_by_clause = True  # 其中已经全部完工投入生产的重大工程共８２个: the things a clause describing
                return named  # what is done names by their own noun after 的 (已开工的19个: those counted before)
            if not cw.work_object_lead.match(norm, a, b) and not norm.endswith(cw.done_part_object_heads, a, b):
                return carry  # 已完成4件, 已竣工验收12个, 已消除风险812户: a part of the things counted before, that
                # did what the clause says (已竣工验收的重点项目), nothing named of its own (已安置退役军人200人: the
                # clause's own noun, other things than those counted before)
            # (已完成提标改造1.1万亩: the work its verb completes is what the figure measures, named as without 已)
        if subject and unit_kind == "count" and (mr := cw.receive_lead.match(norm, a, b)):
            return text[mr.end():b]  # 组织283家企业参加…等线上招聘会26场: what the firms counted take part in
        if subject and not verb_only:
            return subject
        return (carry if verb_only or not subject else subject) or subject
    if unit_kind == "money" and subject and (mr := cw.receive_lead.match(norm, a, b) or cw.grant_lead.match(norm, a, b)):
        # 30家企业获得企业发展奖励资金1.17亿元: what the firms counted receive; 商贸物流区二期工程获批专项债1.5亿元: what
        # the project is granted
        return text[mr.end():b]
    payer = cw.payer_subject.fullmatch(norm, a, b) if unit_kind == "money" and subject else None
    # (an amount after a noun and a joiner, 安排384亿元救灾款和740亿元恢复重建资金: the next item of a list of amounts
    # and their nouns, named by its own)
    joined = subj_end > soft and norm[subj_end - 1] in cw.unit_list_joiners
    # (化解了国有商业银行和农村信用社等14486亿元金融改革成本: the owners listed before the amount, its noun after it)
    owners = subj_end > soft and norm[subj_end - 1] == cw.owner_list_end
    if unit_kind == "money" and (not subject or verb_only or norm.startswith(cw.de, f.qend) or payer or joined or owners
                                 or not clean_name(subject) or norm[subj_end - 1:subj_end] in cw.ends["spend_verb_end"]
                                 and cw.spend_verb_end.search(norm, soft, subj_end)):
        # (对种粮农民一次性发放200亿元补贴, 通过财政向银行发行2100亿元长期国债: the verb's object after the amount)  # (一次性增加6万亿元地方专项债务限额: no name before)
        if subject and not verb_only and len(clean_name(subject)) >= 2 and cw.amount_frame_noun.match(norm, f.qend):
            return clean_name(subject)  # 在我国经济总量超过60万亿元的高基数上取得的: the economy's size, not the base
            # (地区生产总值达到500亿元的目标: the product, not the target the amount sets)
        following = _following_text(norm, text, f.qend, s1)
        if joined and not following and (fb := _following(norm, f.qend, s1, stops=False)[1]) > f.qend:
            following = clean_name(text[f.qend:fb])  # (740亿元恢复重建资金: a noun may start like a verb)
        if following and norm.startswith(cw.de, f.qend):
            following = _noun_before_predicate(following, cw)  # 东单体育中心项目开工建设: the project
        if following and (mh := cw.amount_use_head.search(following)):
            # 对新增2万亿元中央财政资金建立直达机制: the fund, not what is done with it; 安排500亿元设立中央预算稳定
            # 调节基金: the fund the amount sets up
            following = following[:mh.start()] if mh.start() >= 2 else clean_name(following[mh.end():])
        if following and payer and following in cw.generic_fund_nouns:
            # 中央财政安排109亿元资金; 国务院同意地方发行2000亿元债券: the bonds of the issuer allowed, not of who allows it
            who = "issuer" if payer.group("issuer") else "payer"
            f.named_by_clause = True  # (the name joins words the clause prints apart: none carried)
            return text[payer.start(who):payer.end(who)] + following
        if following in cw.recipient_named_grants and (who := _grant_recipients(norm, text, soft, subj_end, cw)):
            f.named_by_clause = True  # 对种粮农民一次性发放200亿元补贴: the grant of those it is paid to, as it is
            return who + following  # known (种粮农民补贴), a bare 补贴 naming none
        if following:
            # 中央财政今年再安排1300亿元灾后重建资金: what is paid, with the budget that pays it; 中央财政安排384亿元
            # 救灾款和740亿元恢复重建资金: the next amount of the list, paid by the budget the first is
            if payer:
                paid = _budget_paid(payer.group("payer"), norm[a:b], following, cw)
            else:
                kept = _payer_kept_before(text[a:subj_end - 1], carry) if joined else ""
                paid = _budget_paid(kept, kept, following, cw)
            f.named_by_clause = f.named_by_clause or paid != following  # (words printed apart: none carried)
            if (paid == following and paid.endswith(cw.fund_heads)
                    and (flow := next((v for v in cw.fund_flow_verbs if norm.endswith(v, soft, subj_end)), ""))):
                f.named_by_clause = True  # (words printed apart: none carried)
                return flow + paid  # 使用1000亿元失业保险基金支持稳岗和培训: what is drawn from the fund, named as
                # 使用失业保险基金2000万元 is, not the fund's size
            if norm.startswith(cw.de, f.qend) and not paid.startswith(cw.added_owner_heads) and (
                    added := next((h for h in cw.added_owner_heads if norm.endswith(h, soft, subj_end)), "")):
                f.named_by_clause = True  # (words printed apart: none carried)
                return added + paid  # 实施两年新增4万亿元的投资计划: the investment added, as 新增…的节能能力 names it
            return paid
        if (not subject or verb_only) and not carry and (ms := cw.actor_spend_end.search(norm, soft, subj_end)):
            f.named_by_clause = True  # 今年拟安排430亿元，用于…: the amount spent, named by its verb (安排资金)
            return ms.group("verb") + cw.actor_spend_nouns[ms.group("verb")]
    if subject and not verb_only:
        return subject
    following = _following_text(norm, text, f.qend, s1)
    if following and norm.startswith(cw.de, f.qend):
        following = _noun_before_predicate(following, cw)  # 长达4000公里的西气东输管道全线贯通: the pipeline
    return following or (carry if verb_only or not subject else subject) or subject


OUTPUT_PRODUCT_MAX = 4  # the longest product between a yearly output and its 的 (年产五万吨合成氨的氮肥厂)


def _output_attribute(norm: str, text: str, f: _Fig, soft: int, subj_end: int, s1: int, cw: CueViews) -> str:
    """The name of a yearly output printed as an attribute of the plant named after it, the product between the
    figure and its 的: the plant, the output word and the product (年产一百五十万吨钢的钢铁联合企业 → 钢铁联合企业年产钢,
    as 钢铁联合企业年产钢一百五十万吨 names it; 年产五万吨合成氨的氮肥厂 → 氮肥厂年产合成氨); '' when no output word is
    right before the figure (with no product, 年产十万吨的造纸厂 → 造纸厂年产: the output is the plant's, the plant no
    amount of output)."""
    if (subj_end <= soft or not norm.endswith(cw.output_attribute_verbs, soft, subj_end)  # (one test of them all first)
            or not (verb := next(w for w in cw.output_attribute_verbs if norm.endswith(w, soft, subj_end)))):
        return ""
    k = norm.find(cw.de, f.qend, min(s1, f.qend + OUTPUT_PRODUCT_MAX + 1))
    product = text[f.qend:k] if k > 0 else ""
    if k != f.qend and (not product or clean_name(product) != product or _CJK_RUN.fullmatch(product) is None):
        return ""
    plant = _noun_before_predicate(_following_text(norm, text, k + 1, s1), cw)
    return plant + verb + product if len(plant) >= 2 and clean_name(plant) == plant else ""


def _noun_before_predicate(phrase: str, cw: CueViews) -> str:
    """The noun that opens ``phrase``, a run printed after a figure and 的, without the predicate said of it
    (``西气东输管道全线贯通并投入商业运营`` → ``西气东输管道``); ``phrase`` itself when no predicate starts
    after its first two characters."""
    mh = cw.counted_predicate_head.search(phrase, 2)
    return phrase[:mh.start()] if mh else phrase


def _noun_past_note(report: Report, f: _Fig, fb: int, s1: int) -> str:
    """The rest of a counted noun a note in brackets breaks (410个“两基”（基本普及九年义务教育…）攻坚县 → 攻坚县), when
    the clause says nothing more of it; '' when no bracket opens at ``fb`` or no noun follows its close."""
    norm, text = report.norm, report.text
    if not norm.startswith("(", fb) or (k := norm.find(")", fb, min(s1, fb + NOTE_MAX))) < 0 or "(" in norm[fb + 1:k]:
        return ""
    ga, gb = _following(norm, k + 1, s1)
    return text[ga:gb] if ga == k + 1 < gb and _counted_name(report, f, s1, (ga, gb)) in ("", text[ga:gb]) else ""


def _attributed_head(norm: str, text: str, f: _Fig, a: int, b: int, s1: int, cw: CueViews) -> str:
    """The name of a level printed as an attribute of the thing named after it and its 的: that thing and the
    quantity's head, which the words before the figure end with after nothing but verbs (开工建设总投资120亿元的
    产业园项目 → 产业园项目总投资, 建成仓容250亿公斤的国家粮食储备库 → 国家粮食储备库仓容); '' when they hold more
    than verbs before the head (实现工业总产值500亿元的目标), or a frame follows (实现产值500亿元的目标)."""
    if (not (mh := cw.owned_head_end.search(norm, a, b)) or mh.start() > a and not cw.subject_verbs.fullmatch(
            norm, a, mh.start()) or cw.amount_frame_noun.match(norm, f.qend)):
        return ""
    thing = _noun_before_predicate(_following_text(norm, text, f.qend, s1), cw)
    return thing + text[mh.start():b] if thing else ""


def _following_text(norm: str, text: str, pos: int, s1: int) -> str:
    """The noun phrase after a figure as printed (see :func:`_following`), or ''."""
    fa, fb = _following(norm, pos, s1)
    return text[fa:fb] if fb > fa else ""


def _cut_share_object(norm: str, text: str, f: _Fig, s1: int) -> str:
    """The noun a share cut is of, printed right after it (with its 的) and ending its clause: 压减30%的审批环节 →
    审批环节, 精简40%申报材料 → 申报材料, 减少1/3行政审批事项的目标提前实现 → 行政审批事项 (the goal frames the cut);
    '' when none does (减少行政审批事项三分之一目标的基础上: a frame; 成本降低20%以上的企业有30家: the class of
    firms a count after it counts)."""
    cw = compiled()
    fa, fb = _following(norm, f.qend, s1)
    if (k := norm.find(cw.de, fa, fb)) >= 0 and norm.startswith(cw.frame_nouns, k + 1):
        fb = k
    elif fb < s1 and norm[fb] not in cw.clause_stops or k >= 0:
        return ""
    if fb - fa < 2:
        return ""
    noun = text[fa:fb]
    return "" if noun.startswith(cw.frame_nouns) or clean_name(noun) != noun else noun


def _share_units(report: Report, f: _Fig, s1: int) -> tuple[int, int] | None:
    """The span of the units of a set a share counts, right after it (71%的[煤电机组], ５０％的[县（市、区）]), or None."""
    norm = report.norm
    cw = compiled()
    fa = f.qend + 1 if norm.startswith(cw.de, f.qend) else f.qend
    if fa >= s1 or norm[fa] in cw.following_blockers:
        return None  # (a stop or a list comma right after the share: no units follow)
    if (mg := cw.counted_group.match(norm, fa, s1)) is not None:
        return fa, mg.end()  # 县(市、区): the bracket of kinds is part of the noun
    run = cw.following_run.match(norm, fa, s1).end()
    if mh := cw.counted_predicate_head.search(norm, fa + 1, run):
        run = mh.start()  # (财政收入来自城市工商业: the units come before what is said of them, 城市 none of them)
    mu = cw.share_set_noun.search(norm, fa, min(run, fa + 8))  # the units, after a few words of their kind
    if mu is None and (k := norm.find(cw.de, fa + 2, min(run, fa + 8))) > 0:
        # 在60％政府举办的基层医疗卫生机构实施…: a few words of their kind after the clause that marks them
        mu = cw.share_set_noun.search(norm, k + 1, min(run, k + 9))
    return (fa, mu.end()) if mu is not None else None


def _share_set_name(report: Report, f: _Fig, s1: int, a: int, b: int, carry: str = "") -> str:
    """A share of a set of units named by what its clause says of them, as a count is (see
    :func:`_counted_name`): 71%的煤电机组实现超低排放 → 实现超低排放的煤电机组 (实现 opening what is said
    of them, as for a count), 超过一半人口居住在城镇 → 居住在城镇的人口, ５０％的县（市、区）基本普及九年义务教育 →
    基本普及九年义务教育的县（市、区）; or by the subject ``norm[a:b]`` that reaches them (新型农村社会养老保险试点覆盖24%的县
    → 新型农村社会养老保险试点覆盖的县) or is extended to them (城镇居民基本医疗保险试点要扩大到全国50%以上的城市 →
    城镇居民基本医疗保险试点扩大到的城市), or by ``carry``, the subject the clause before names, when the clause is only
    the verb that extends it (新型农村合作医疗制度不断完善，已扩大到全国86%的县 → 新型农村合作医疗制度扩大到的县); ''
    when no units of a set follow the figure, or neither says anything of them."""
    norm, text = report.norm, report.text
    cw = compiled()
    if (units := _share_units(report, f, s1)) is None:
        return ""
    fa, fb = units
    if b > a and norm[b - 1] in cw.ends["share_condition_frame"] and (mc := cw.share_condition_frame.search(norm, a, b)):
        b = mc.start()  # 做到在正常年景下百分之九十的社员收入逐年有所增加: the condition is no subject of the share
    pb = _predicate_end(norm, fb, s1)
    noun = _NAME_SPACE.sub("", text[fa:fb])
    if (pb == fb and (me := cw.share_extend_end.search(norm, a, b))
            and len(head := clean_name(text[a:me.start()])) >= 2):
        return head + text[me.start():b] + cw.de + noun  # 试点要扩大到全国50%以上的城市: the units it is extended to
    if (pb == fb and (me := cw.share_extend_end.search(norm, a, b)) and not clean_name(text[a:me.start()])
            and len(carry) >= 2 and clean_name(carry) == carry and not carry.endswith(cw.quantity_ends)):
        return carry + text[me.start():b] + cw.de + noun  # (…制度不断完善，已扩大到全国86%的县: what the clause before
        # names is extended)
    if pb == fb and b > a and (mr := cw.reach_verb_end.search(norm, a, b)) and mr.end() == b:
        head = clean_name(text[a:mr.start()])
        if mr.start() == a:
            # 高铁营业里程达到3万公里、覆盖80%以上的大城市: the units reached; by the money the clause before pays
            # out when that is what reaches them, as for a count of persons (向居民发放消费券，惠及30%的居民)
            return _paid_before(norm, text, a, f.sentence[0], cw) + text[a:b] + cw.de + noun
        return head + text[mr.start():b] + cw.de + noun if len(head) >= 2 else ""
    if (b > a and cw.share_topic_place.fullmatch(norm, b, f.start) and cw.share_topic_verb.fullmatch(norm, fb, pb)
            and len(head := clean_name(text[a:b])) >= 2):
        return _NAME_SPACE.sub("", text[fb:pb]) + head + cw.de + noun  # 基本药物制度在30%的基层医疗卫生机构实施:
        # the units that carry out the topic
    if (b > a and not cw.subject_verbs.fullmatch(norm, a, b) and len(clean_name(text[a:b])) >= 2
            and norm[a:b] not in cw.scope_words):
        return ""  # the subject names the share (国家财政收入的６０％以上来自国有企业; not the nation or city it is of,
        # 我国百分之八十以上的财政收入来自城市工商业)
    if (ma := cw.share_predicate_adverb.match(norm, fb, pb)) is not None:
        fb = ma.end()  # 95%以上的学生都能在永久性校舍中学习: what they do, without the 都 that spans them all
    if not 2 <= _predicate_len(norm, fb, pb) <= PREDICATE_MAX or (cw.counted_predicate_reject.search(norm[fb:pb]) and not (
            _opens_with_verb(norm, fb, pb, cw) and _object_de_only(norm[fb:pb], cw))):
        return ""  # (a 的 inside the object of the verb is no bar, as for a count: 有百分之二十四的国营工业企业存在着
        # 程度不同的亏损 → 存在着程度不同的亏损的国营工业企业)
    name = _NAME_SPACE.sub("", text[fb:pb]) + cw.de + noun
    if name.startswith(clean_name(name) or "\n") or _opens_with_predicate(name, cw):
        return name  # (71%的煤电机组实现超低排放 → 实现超低排放的煤电机组: the heads a name drops are the predicate's,
        # as for a count, 53个地块实现拔钉清零 → 实现拔钉清零的地块)
    # a predicate that starts with other words a name loses: the clause as printed
    return _NAME_SPACE.sub("", text[fa:units[1]] + text[fb:pb])


def _carried_set_share_name(report: Report, f: _Fig, s1: int, carry: str) -> str:
    """A share heading its clause, of the set of persons or units the name carried to it counts or rates, named by
    what its clause says of them (README share rule): 国有企业下岗职工达2700多万人，90%以上进入再就业服务中心 →
    进入再就业服务中心的国有企业下岗职工; 中小微企业复工率达九成以上,四成恢复正常经营水平 → 恢复正常经营水平的中小微企业; a
    predicate may say what of theirs changed (规模以上企业中仍有近三成营业收入同比下降 → 营业收入同比下降的规模以上企业);
    '' when the carried name is of no such set or no short predicate follows the share."""
    norm, text = report.norm, report.text
    cw = compiled()
    if norm.startswith(cw.de, f.qend):
        return ""
    pb = _predicate_end(norm, f.qend, s1)
    if not 2 <= _predicate_len(norm, f.qend, pb) <= PREDICATE_MAX:
        return ""  # (no short predicate: the carried name is not read)
    noun = carry[carry.rfind(cw.de) + 1:]
    if (mr := cw.set_rate.fullmatch(noun)) is not None:
        noun = mr.group("set")  # 中小微企业复工率: the firms it is a rate of
    elif not (cw.person_head_end.search(noun) or cw.counted_owner_end.search(noun)):
        return ""
    if len(noun) < 2 or cw.counted_predicate_reject.search(norm[f.qend:pb]):
        return ""
    said = _NAME_SPACE.sub("", text[f.qend:pb])
    kept = clean_name(said)
    if kept != said and not (len(kept) >= 2 and said.startswith(kept) and said[len(kept):] in cw.list_member_sign):
        return ""  # (no predicate of units; 营业收入同比下降: what of theirs changed, a predicate)
    if cw.share_verb in said:
        return ""  # (用于支持中西部地区, 占…: no predicate of units)
    return said + cw.de + noun


def _predicate_end(norm: str, ps: int, s1: int) -> int:
    """Where what a clause says of the things a figure counts, starting at ``ps``, ends: at the next stop of a
    clause or a comparison, or at the sentence's end ``s1``; past ``PREDICATE_MAX`` characters from ``ps`` when neither
    comes by then (a predicate longer than that is no name: look no further). Quote marks are no words and are not
    counted (摆脱了“一方水土难养一方人”的困境)."""
    lim = ps + PREDICATE_MAX + 1
    lim = min(s1, lim + (lim - ps - _predicate_len(norm, ps, lim)))
    ms = compiled().comparison_clause_stop.search(norm, ps, lim)
    return ms.start() if ms else (s1 if s1 <= lim else lim + 1)


_QUOTE_MARKS = ("“", "”")


def _predicate_len(norm: str, a: int, b: int) -> int:
    """The length of what a clause says of counted things, ``norm[a:b]``, in characters other than quote marks
    (摆脱了“一方水土难养一方人”的困境: 25 less 2)."""
    if "“" not in norm[a:b]:
        return b - a
    return b - a - sum(map(norm[a:b].count, _QUOTE_MARKS))


PRIOR_SAME_REACH = 9  # characters before a figure, at the most, of the clause opening 而去年同期则完成 that dates it
PREDICATE_MAX = 24  # characters of what a clause says of counted things, at the most, for a name (完成国有企业下岗
# 职工基本生活保障向失业保险并轨: 23)
WORK_AFTER_DE_MAX = 8  # characters after the 的 of a count, at the most, of the work done on what it counts
PROCESS_LEAD = 16  # characters before a count, at the most, where a verb pushing work on what it counts stands


def _persons_end(norm: str, fa: int, fb: int, unit: str) -> int:
    """The end of the first run of words for the persons or households ``unit`` counts in ``norm[fa:fb]``
    (党员干部[冲锋陷阵], 农业转移人口[成为城镇居民], 困难家庭[住上了新房]), or -1."""
    end = -1
    cw = compiled()
    if (head := cw.member_head.get(unit)) is None:
        return end
    for m in head.finditer(norm, fa, fb):
        if end >= 0 and m.start() != end and not cw.joined_persons.fullmatch(norm, end, m.start()) and not (
                m.start() - end <= PERSONS_LINK_MAX and _CJK_RUN.fullmatch(norm, end, m.start())
                and not cw.counted_predicate_head.search(norm, end, m.end())):
            break  # (城镇职工和城镇居民: both kinds of persons the count counts; 工亡职工供养亲属: the persons of a kind
            # of persons)
        end = m.end()
    return end


PERSONS_LINK_MAX = 2  # characters between a word for persons and one for the persons of theirs counted (职工供养亲属)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _ranked_count_name(norm: str, text: str, fa: int, s1: int, cw: CueViews) -> str:
    """A count whose clause, after its noun, only ranks the things counted (其中6个指标在16区排名进入前3名, 5项指标排名
    全市第一) named by that rank: 在16区排名进入前3名的指标; '' otherwise (12项任务完成量排名全市前三: a quantity of
    theirs is ranked, and the rank is a figure of its own)."""
    pe = _predicate_end(norm, fa, s1)
    if (mr := _search_cue(cw.counted_predicate_rank, "counted_predicate_rank", norm, fa, pe)) is None or mr.start() - fa < 2:
        return ""
    end = mr.end() + (norm.startswith(cw.counted_rank_tails, mr.end()))
    if end != pe:
        return ""
    k = mr.start()
    j = norm.rfind(cw.counted_rank_lead, fa, k)
    if j > fa and cw.rank_scope.fullmatch(norm, j + len(cw.counted_rank_lead), k):
        k = j  # (在16区: the group ranked in)
    noun = text[fa:k]
    if len(noun) < 2 or clean_name(noun) != noun or noun.endswith(cw.quantity_ends):
        return ""
    return _NAME_SPACE.sub("", text[k:end]) + cw.de + noun


def _benefit_cause(norm: str, text: str, f: _Fig, subject: tuple[int, int], name: str, cw: CueViews) -> str:
    """What makes the persons counted gain what their name says (``caused_benefit``): the subject before a
    causative, 农村饮水安全工程使6069万农民受益 → 农村饮水安全工程 (受益的农民), or with no subject the money the
    clause before pays out (向更多低收入群众发放价格补贴，约6700万人受益 → 价格补贴, see :func:`_paid_before`), or the
    programme their subject says stands (大病保险制度基本建立、已有1700多万人次受益 → 大病保险制度); '' when nothing but
    the causative precedes them (…，使1.5亿学生…受益) or the name is not of a gain."""
    if not cw.caused_benefit.match(name):
        return ""
    a, b = subject
    if b <= a or norm[a:b] in cw.q_before:  # (对小微企业实行税收优惠，600多万户企业受益: the relief the clause enacts)
        return (_paid_before(norm, text, f.cs, f.sentence[0], cw) or _enacted_before(norm, text, f.cs, f.sentence[0], cw)
                or _raised_standard_before(norm, text, f.cs, f.sentence[0], cw))
    if programme := _named_programme(cw.established_programme.fullmatch(norm, a, b), text):
        return programme
    k = next((m.start() for m in cw.causative.finditer(norm, a, b) if m.end() == b and m.start() > a), -1)
    cause = text[a:k] if k > a else ""
    return cause if len(cause) >= 2 and clean_name(cause) == cause else ""


def _placed_topic(norm: str, text: str, f: _Fig, subject: tuple[int, int], cw: CueViews) -> str:
    """The topic a count of places is where it is carried out (a name of theirs by a verb of carrying a programme out,
    ``share_topic_verbs``): the subject printed before the 在 that opens the places (对外承包工程和劳务合作在１００多个
    国家和地区展开 → 对外承包工程和劳务合作, 接诉即办改革在全区17个街道全面实施 → 接诉即办改革); '' when the subject is
    no name of its own (全区在35个社区开展试点) or no 在 stands between."""
    a, b = subject
    if cw.share_topic_place.fullmatch(norm, b, f.start) is None:
        k = norm.rfind(cw.place_word, a, b)  # (在全区: the scope of the places, run into the subject)
        if k <= a or b != f.start or b - k > PLACED_SCOPE_MAX or clean_name(text[k + 1:b]):
            return ""
        b = k
    topic = text[a:b]
    return topic if len(topic) >= 2 and clean_name(topic) == topic else ""


def _headless_subject(report: Report, f: _Fig, soft: int, subj_end: int, s1: int) -> str:
    """The name of persons counted with no noun of theirs after the figure whose subject is a clause closed by a
    的 that no noun follows (with 有, 达, 为 after it or not), the clause, 的 and the unit's persons.

    Parameters
    ----------
    report : Report
        The report the figure is read from.
    f : _Fig
        A figure counted in persons (人, 名, 位) or visits of persons (人次).
    soft, subj_end : int
        Where the subject of ``f`` starts and ends in ``report.norm``.
    s1 : int
        Where the sentence of ``f`` ends.

    Returns
    -------
    str
        ``其中依法判刑的有二万六千二百二十七人`` → ``依法判刑的人``, ``全年参加培训的有3000人次`` →
        ``参加培训的人次``; '' when a noun follows the figure, the subject ends otherwise or its clause holds a
        figure or fewer than two characters.
    """
    norm, text = report.norm, report.text
    cw = compiled()
    if f.qend < s1 and norm[f.qend] not in cw.clause_stops:
        return ""  # (其中依法判刑的有2万名罪犯: the noun after the figure names them)
    m = cw.headless_persons_subject.search(norm, soft, subj_end)
    if m is None:
        return ""
    clause = clean_name(text[soft:m.start()])
    if len(clause) < 2 or _DECIMAL.search(clause) or not text[soft:m.start()].endswith(clause):
        return ""  # (60岁以上的有5万人: a class by a figure, not by what they do)
    return clause + cw.de + (f.unit if f.unit in cw.person_visit_units else "人")


def _headless_before(norm: str, text: str, f: _Fig, cw: CueViews) -> str:
    """The clause right before the clause of ``f`` in its sentence when it ends with a 的 that no noun follows
    (仅由各地劳动部门介绍就业的，就有二百零七万人 → ``各地劳动部门介绍就业的``): those it says what of are counted by
    the figure after it; '' otherwise."""
    e = f.cs - 1
    if e <= f.sentence[0] or norm[e] not in cw.clause_stops or not norm.startswith(cw.de, e - 1):
        return ""
    a = _last_clause_start(norm, f.sentence[0], e, cw)
    name = clean_name(raw := text[a:e - 1])
    if name and (k := raw.rfind(name)) >= 0 and raw[k + len(name):] in cw.scope_note_bounds:
        name = raw[k:]  # (…一百斤以上的，共有二百零四个县: the bound closing the class is part of it)
    return name + cw.de if len(name) >= 2 and not _DECIMAL.search(name) else ""


def _last_clause_start(norm: str, lo: int, e: int, cw: CueViews) -> int:
    """Where the last clause of ``norm[lo:e]`` starts: after its last clause stop, else at ``lo``."""
    for j in range(e - 1, lo - 1, -1):
        if norm[j] in cw.clause_stops:
            return j + 1
    return lo


def _paid_before(norm: str, text: str, cs: int, lo: int, cw: CueViews) -> str:
    """The money the clause before ``cs`` (a clause start past a stop, no earlier than ``lo``) ends by paying out,
    which is what reaches the persons counted after it: 向更多低收入群众发放价格补贴，约6700万人受益 → 价格补贴,
    向困难群众发放一次性生活补助，惠及1100多万人 → 一次性生活补助; '' when that clause ends otherwise."""
    e = cs - 1
    if e <= lo or norm[e] not in cw.clause_stops:
        return ""
    k = _last_clause_start(norm, lo, e, cw)
    e = _amount_start(norm, k, e, cw)  # 发放价格补贴1.2亿元，5.6万人受益: the sum it pays is printed after the fund
    for m in cw.spent_fund.finditer(norm, k, e):
        if (mf := cw.spent_fund.fullmatch(norm, m.start(), e)) and clean_name(fund := text[mf.start("fund"):e]) == fund:
            return fund
    return ""


def _package_purpose(subject: str, cw: CueViews) -> str:
    """What a package of measures counted after ``subject`` is for, less the verb that issues or carries it out and
    the 的 before the count: 出台进一步扩大内需、促进经济平稳较快增长的 → 进一步扩大内需、促进经济平稳较快增长; ''
    when ``subject`` holds no such verb, or a figure, or the verb is all it holds (采取了). A 的 right after the verb
    closes the clause that says who issued them or when (去年提出的关于搞好国营大中型企业的 → 关于搞好国营大中型企业);
    with no such verb, a subject that is all a 的 phrase before the count is the purpose alone (支持中小企业发展的20条措施
    → 支持中小企业发展), unless it names who holds them or where (区政府的20条措施, 全国的: an actor or place is no
    purpose)."""
    mv = cw.package_lead.search(subject)
    rest = subject[mv.end():] if mv else subject if subject.endswith(cw.de) else ""
    rest = rest[len(cw.de):] if rest.startswith(cw.de) else rest
    rest = rest[:-len(cw.de)] if rest.endswith(cw.de) else rest
    if not mv and (rest in cw.actors or rest in cw.share_place_wholes):
        return ""
    return rest if len(rest) >= 2 and not _DECIMAL.search(rest) and cw.de not in rest else ""


def _named_grant(name: str, cw: CueViews) -> str:
    """``name`` of a grant paid to recipients it names before the paying verb, as the grant is known: 为一线防控人员
    发放补助资金 → 一线防控人员补助资金; '' when it is no such name. A name that holds no grant word ends with none
    however its tail is cut, and is not read (most amounts: one test a word, not the search of its tail)."""
    if not any(g in name for g in cw.recipient_named_grants):
        return ""
    while (mt := cw.name_tail.search(name)) and 0 < mt.start() < len(name):
        name = name[:mt.start()]  # (为一线防控人员发放补助资金合计3150万元: what ends no name, 合计, off first)
    grant = max((g for g in cw.recipient_named_grants if name.endswith(g)), key=len, default="")
    who = _grant_recipients(name, name, 0, len(name) - len(grant), cw) if grant else ""
    return who + grant if who else ""


def _grant_recipients(norm: str, text: str, lo: int, hi: int, cw: CueViews) -> str:
    """The recipients a subject ending at ``hi`` pays a grant to, named with no count after 对, 向, 给 or 为 before its
    paying verb (对种粮农民一次性发放 → 种粮农民), the nearest such word to the verb; '' when there is none."""
    for k in range(hi - 4, lo - 1, -1):
        if norm[k] in cw.starts["granted_recipients"] and (m := cw.granted_recipients.match(norm, k, hi)):
            who = text[m.start("who"):m.end("who")]
            return who if clean_name(who) == who and not _DECIMAL.search(norm, m.start("who"), m.end("who")) else ""
    return ""


def _amount_start(norm: str, k: int, e: int, cw: CueViews) -> int:
    """Where the sum of money that ends ``norm[k:e]`` starts (发放价格补贴1.2亿元 → the start of 1.2亿元, its
    qualifiers before and after it with it), else ``e``."""
    last = next(reversed(list(_DECIMAL.finditer(norm, k, e))), None)
    if last is None or last.start() == k:
        return e
    mu = cw.unit_re.match(norm, last.end(), e)
    if not mu.group("unit") or cw.units[mu.group("unit")][0] != "money":
        return e
    tail = norm[mu.end():e]
    if tail and tail not in cw.q_after:
        return e
    a = last.start()
    return a - max((len(q) for q in cw.q_before if a - len(q) > k and norm.startswith(q, a - len(q))), default=0)


def _kind_of(words: str, cw: CueViews) -> bool:
    """Whether ``words`` before a noun name a kind of it (个人住房 in 个人住房贷款), not the verb that granted it or a
    word of every kind (发放贷款, 发放各类贷款: no kind)."""
    if (mv := cw.subject_verbs.match(words)) is not None:
        words = words[mv.end():]
    return bool(words) and words not in cw.balance_owner_generic


def _task_of_carried(norm: str, f: _Fig, soft: int, carry_unit: str, cw: CueViews) -> bool:
    """Whether the year's task ``f`` names (全年任务3000万美元) is the target of the quantity carried before it: printed
    inside a completion (完成全年任务3000万美元的95.2%), or in a unit of that quantity's kind (money with money, 人 with
    人); a count of tasks of another unit (完成投资12亿元，年度任务25项已完成20项) counts the tasks."""
    if norm.startswith(cw.de, f.qend) and cw.completion_base.search(norm, soft, f.qend + len(cw.de)):
        return True
    if not carry_unit:
        return False
    return carry_unit == f.unit or f.unit_kind == "money" and cw.units.get(carry_unit, ("",))[0] == "money"


def _reaching_money(norm: str, carry: str, carry_unit: str, j: int, a: int, cw: CueViews) -> str:
    """The money named in the clause right before a verb that reaches persons, which it is that reaches them:
    发放消费券2000万元，惠及1.2万人次 → 消费券 (消费券惠及的人次); '' when the figure before is no sum of money, is
    not printed right after its name (最高额度增加4000元: the change of a measure reaches no one), or a clause lies
    between (``j`` is where ``carry`` is printed before ``a``, the start of the verb)."""
    k = j + len(carry)
    k += max((len(q) for q in cw.q_before if norm.startswith(q, k)), default=0) if j >= 0 else 0  # (约2000万元)
    if (j < 0 or cw.units.get(carry_unit, ("",))[0] != "money" or clean_name(carry) != carry
            or not _DECIMAL.match(norm, k)
            or any(ch in cw.clause_stops or ch == cw.item_separator for ch in norm[k:a - 1])):
        return ""
    return carry


_GIVEN_LIST_JOINTS = ("、", "及")  # (和, 以及, 与: the joints of a run, cw.following_joints)


def _first_item_given(norm: str, cs: int, b: int, cw: CueViews) -> bool:
    """Whether the first figure of the clause from ``cs``, before ``b``, counts the first of a list of recipients
    after 为, 对 or 向 (为30家企业和500名个体户…: the count at ``b`` is a later item of it)."""
    md = _DECIMAL.search(norm, cs, b)
    return (md is not None and md.start() < b
            and cw.counted_object.search(norm, max(cs, md.start() - 6), md.start()) is not None)


def _given_list_name(norm: str, text: str, fa: int, fb: int, s1: int, cw: CueViews, joined: bool = False) -> str:
    """The name of the first of several recipients counted in a list after 为 or 向, the verb giving them a thing
    printed after the last: 为19家养老机构、2家社区养老服务驿站及困难群体配发防控物资 → 配发防控物资的养老机构 (those
    given it, no stock of them); '' when the noun ``fa:fb`` ends no such list, a clause stops before the verb, or a
    figure follows it (a sum names what is given). ``joined``: the noun holds the whole list, the verb right after
    it (为3162户中小微企业和个体工商户减免房租 → 减免房租的中小微企业和个体工商户)."""
    if joined:
        m = cw.granted_persons.match(norm, fb)
    elif norm[fb:fb + 1] not in _GIVEN_LIST_JOINTS and not norm.startswith(cw.following_joints, fb):
        return ""
    else:
        m = cw.granted_persons.search(norm, fb + 1, min(s1, fb + 2 * PREDICATE_MAX))
    if m is None or any(
            ch in cw.clause_stops for ch in norm[fb:m.start()]):
        return ""
    pe = _predicate_end(norm, m.start(), s1)
    if pe > s1 or _DECIMAL.search(norm, m.start(), pe) or not 2 <= _predicate_len(norm, m.start(), pe) <= PREDICATE_MAX:
        return ""
    return _NAME_SPACE.sub("", text[m.start():pe]) + cw.de + text[fa:fb]


def _counted_name(report: Report, f: _Fig, s1: int, following: tuple[int, int]) -> str:
    """A count of entities named by what its clause says of them: 7651所学校受益 → 受益的学校,
    27个省、自治区、直辖市工业效益好于上年 → 工业效益好于上年的省、自治区、直辖市, 8400多万人受益 →
    受益的人; the counted noun alone when the clause says nothing more of it (a list goes on, a figure
    follows, a change is stated); '' when the noun is the plain run after the figure."""
    norm, text = report.norm, report.text
    cw = compiled()
    fa, fb = following  # the noun phrase after the figure (_following)
    if (norm.endswith(cw.frame_closers, fa + 2, fb)  # (one test of them all first: most runs end with none)
            and (closer := next((c for c in cw.frame_closers if norm.endswith(c, fa + 2, fb)), ""))
            and cw.de not in norm[fa:fb - len(closer)] and not cw.counted_place_lead.search(norm, fa, fb - len(closer))):
        fb -= len(closer)  # 在9个试点小区基础上: the run ends with what closes the 在 frame (方面 stops it before; 农民在
        # 农业生产合作化的基础上: the frame is of what they do, the noun ends before)
    bare = ""  # the name when the clause says nothing more of what is counted
    persons = -1  # where the words for the persons (or households) counted end
    if fb - fa > 2 and fa < (end := _persons_end(norm, fa, fb, f.unit)) < fb:
        bare = text[fa:end]  # 2300余名党员干部冲锋陷阵: the persons, not what they do
        persons = end
    if ranked := _ranked_count_name(norm, text, fa, s1, cw):
        return ranked
    mg = cw.counted_group.match(norm, fa, s1)
    cut = False  # the run after the figure holds the head of a predicate after the noun
    place = None  # the 在 of the place the predicate says they are in or do it in
    planned = None  # the word opening what is planned or expected of them (预计, 力争): no name of theirs
    compared = False  # the places counted are named by what of theirs is compared, its base kept (好于去年同期)
    if mg and mg.end() > fb:
        fb = mg.end()  # 省(区、市): the bracket of kinds is part of the noun
    else:
        mh = cw.counted_predicate_head.search(norm, fa, fb)
        if mh and mh.start() == fa + 1 and norm[fa] in cw.counted_noun_prefixes:
            mh = cw.counted_predicate_head.search(norm, mh.end(), fb)  # 18个新开工项目全部开工: 新开工 is of the noun
        if (mh and 0 < mh.start() - fa <= 2 and f.unit in cw.person_units
                and not cw.person_head.search(norm, fa, mh.start())):
            mh = None  # 1600万人进城落户: a verb of what the persons do, no noun of them before a predicate
        cut = mh is not None and mh.start() > fa
        fb = mh.start() if mh else fb
        if ((mc := cw.counted_compared_place.match(norm, fa, s1)) is not None
                and (fb == mc.end() or 2 <= fb - mc.end()) and cw.de not in norm[mc.end():fb]):
            fb, persons, cut, compared = mc.end(), -1, True, True  # 27个街道工业效益好于上年: the places counted, what of theirs is
            # compared is said of them (工业效益好于上年的街道), as of a list of kinds of place, whether or not a word
            # of a predicate cuts the run before (17个街道税收收入好于去年同期)
        lead = None  # (the 在 found below, when it cuts the noun, is the place looked for after)
        if mq := cw.counted_plan.search(norm, fa + 1, fb):
            fb, cut, planned = mq.start(), True, mq  # 12个项目预计年底完工: what is planned of them ends the noun
        elif (not cut and (lead := cw.counted_place_lead.search(norm, fa + 2, fb)) and fb - lead.end() >= 2
              and f.unit not in cw.person_units):
            cut = True  # 八個國家在馬尼拉擧行會議 (1954), 5家企业在科创板上市: the 在 of where they do it ends the noun,
            # whatever the verb after the place (persons are named by their words: 1260万农村户籍孩子在城市接受义务教育)
        if (cut and (place := lead or cw.counted_place_lead.search(norm, fa + 2, fb))
                and not cw.frame_predicate.match(norm, place.start(), _predicate_end(norm, place.start(), s1))):
            fb = place.start()  # 1.4亿农村人口在城镇落户: where they do it is said of them, not of the noun
        else:  # (1亿农业转移人口…在城镇落户目标顺利实现: a target, no predicate of theirs)
            place = None
        if persons > fa and fb > persons:
            return bare  # 2300余名党员干部冲锋陷阵: the persons, whatever is said of them (no head word of a predicate
            # after them: 1228万名中西部家庭经济困难学生享受生活补助 is named by what they receive)
    if not mg and fb > fa and norm.startswith(cw.frame_closers, fb):
        return text[fa:fb]  # 在推进12项重点任务方面取得积极进展: the tasks; 方面 closes the 在 frame, no predicate of theirs
    ps = fb  # where the predicate starts
    if not mg and fb > fa:
        if (mp := cw.period_re.match(norm, fb)) and mp.end() > fb:
            ps = mp.end()  # 7栋回迁楼5月底回迁入住: the time the predicate opens with is no part of it
        elif (mp := cw.period_re.search(norm, fa + 2, fb)) and mp.end() < fb:
            fb, ps, cut = mp.start(), mp.end(), True  # 十项经济指标全年取得5盏绿灯: the noun ends at the time
        if mm := cw.counted_predicate_modal.match(norm, ps):
            ps = mm.end()  # 57个项目要加快建设 → 加快建设的项目: what is to be done to them, the modal no part of it
    if (mf := cw.predicate_means_frame.match(norm, ps, s1)) is not None:
        ps = mf.end()  # 先后有1800多万人通过多种渠道和方式实现了再就业 → 实现了再就业的人: the means they did it by is
        # no part of what they did (a name drops it, and the predicate head after it with it)
    if norm[ps:ps + 1] in cw.starts["joined_members"] and (mj := cw.joined_members.match(norm, ps)):
        ps = mj.end()  # 98个中央部门和北京、上海、广东、陕西等省市公开“三公经费”: what the units counted do with others
        # listed after them (公开“三公经费”的中央部门), not those others
    pb = _predicate_end(norm, ps, s1)
    if (mn := cw.next_count_item.search(norm, ps, pb)) is not None:
        pb = mn.start()  # 52个贫困县全部摘帽、20万户家庭全部脱贫: the next count of the list ends the predicate of this one
    if (fb > fa and norm[pb - 1:pb] in cw.ends["following_count_end"]
            and cw.following_count_end.fullmatch(norm, ps, pb) is not None):
        return text[fa:fb]  # 三十万千瓦的核电站一个: how many of them the clause counts, nothing said of them
    if (norm[pb - 1:pb] == cw.except_frame_closes[-1]
            and (close := next((w for w in cw.except_frame_closes if norm.endswith(w, ps + 2, pb)), ""))
            and _mark_before(norm, f.start, cw.except_frame_open, cw.sentence_stops)):
        pb -= len(close)  # 除了１７个项目已经完工投入生产，１２个项目已经部分地投入生产以外: the 以外 closes the frame of what
        # is set aside, opened in its sentence before the figure, no part of what is said of the things counted
    # (4.3亿人次受益: the visits, by their unit, as 8400多万人受益 names the persons)
    noun = text[fa:fb] if fb > fa else (f.unit if f.unit == "人" or f.unit in cw.person_visit_units else "")
    if not mg and noun and (cn := clean_name(noun)) and cn != noun and noun.startswith(cn) \
            and cw.name_year_tail.match(noun, len(cn)):
        noun = cn  # 5个重点项目三季度全面开工: the period between the noun and its verb is no part of either
    if planned and noun:
        # 剩余8项重点工程力争年底开工 → 剩余的重点工程: what is planned or expected of them names none (those remaining
        # are still named so); the count is what the word says it is, a target or an estimate, not an outcome
        if f.status == "actual" and (ms := cw.status_cue.match(norm, planned.start())) and ms.lastgroup != "actual":
            f.status = "estimate" if ms.lastgroup == "estimate" else "target"  # (拟于: a plan of theirs)
        return _remainder_name(report, f, noun, cw) or noun
    ends, last = cw.ends, norm[f.start - 1:f.start]  # (the three windows below end at the figure: searched only where
    # the character before it may end a match)
    given: str | None = None  # _given_list_name of fa:fb, worked out once where first wanted
    if (fb > fa and f.unit not in cw.person_units and last in ends["recipient_lead"]
            and (ml := cw.recipient_lead.search(norm, max(0, f.start - 6), f.start))):
        if (mr := cw.recipient_noun.match(norm, fa, fb)) and fb - mr.end() >= 2:
            if norm.startswith(cw.recipient_help_verbs, ml.start()) or cw.granted_persons.match(norm, mr.end()):
                # (为35所学校配发防疫物资: those given a thing are named by it, as those helped are, when no sum follows)
                pe = _predicate_end(norm, mr.end(), s1)
                if (md := _DECIMAL.search(norm, mr.end(), pe)) and (k := norm.rfind(cw.item_separator, mr.end(), md.start())) > mr.end():
                    pe = k  # 支持2.2万多所农村中小学改造危房、建设7000多所寄宿制学校: the next count's own verb ends it
                if pe <= s1 and _predicate_len(norm, mr.end(), pe) <= PREDICATE_MAX and not _DECIMAL.search(norm, mr.end(), pe):
                    # 协助84家企业整理“国补”申领材料: the firms helped to do it, by what they are helped to do
                    return _NAME_SPACE.sub("", text[mr.end():pe]) + cw.de + text[fa:mr.end()]
            return text[fa:mr.end()]  # 为120家市场主体融资1.35亿元: the recipients, not what is done for them
        if mr and mr.end() == fb and (mm := cw.recipient_more.match(norm, fb, s1)):
            # 为3162户中小微企业和个体工商户减免…: all the recipients the list joins, by the thing given them when no
            # sum follows
            return _given_list_name(norm, text, fa, mm.end(), s1, cw, joined=True) or text[fa:mm.end()]
        if mr and mr.end() == fb and (given := _given_list_name(norm, text, fa, fb, s1, cw)):
            return given
    if (fb > fa and last == cw.item_separator and (md := _DECIMAL.search(norm, max(f.cs, f.sentence[0]), f.start))
            and cw.counted_object.search(norm, max(0, md.start() - 6), md.start())
            and (given := given if given is not None else _given_list_name(norm, text, fa, fb, s1, cw))):
        return given  # 为19家养老机构、2家社区养老服务驿站及困难群体配发防控物资: a later item of the list of recipients
    if fb > fa and (last in ends["counted_object"] and cw.counted_object.search(norm, max(0, f.start - 6), f.start)
                    or last in ends["counted_object_owner"]
                    and cw.counted_object_owner.search(norm, max(0, f.start - 12), f.start)) and not (
            (cw.granted_persons.match(norm, ps) or cw.work_done_verb.match(norm, ps)
             and cw.worked_on.search(norm, max(0, f.start - 6), f.start))
            and not _DECIMAL.search(norm, ps, pb)):
        if given is None:
            given = _given_list_name(norm, text, fa, fb, s1, cw)
        return given or text[fa:fb]  # 为120家市场主体缓缴社会保险费3.8亿元: the recipients, the sum named by what is done for
        # them; those given a thing with no sum are named by it, as with no preposition, persons or not, and so are
        # those 对 says work is done on (对85个项目开展了绩效自评 → 开展了绩效自评的项目) (向1000多万失业
        # 人员发放失业保险待遇 → 发放失业保险待遇的失业人员, 为1560户个体工商户发放经营补贴 → 发放经营补贴的个体工商户:
        # those it went to, no stock of them)
    # (为2600人按月发放…补贴: persons with no noun are named by what is done for them)
    if (noun and not mg and (mv := cw.receive_verb.match(norm, ps)) and (md := _DECIMAL.search(norm, mv.end(), pb))
            and md.start() - mv.end() >= 2 and clean_name(obj := text[mv.end():md.start()]) == obj
            and (mu := cw.unit_re.match(norm, md.end())).group("unit") and cw.units[mu.group("unit")][0] == "money"):
        f.named_by_clause = True  # 30家企业获得企业发展奖励资金1.17亿元: the firms by what they receive, whose sum
        return text[ps:md.start()] + cw.de + noun  # the figure after it is
    counts_on = (_DECIMAL.search(norm, ps, pb) is not None
                 and any(cw.unit_re.match(norm, m.end()).end() > m.end() for m in _DECIMAL.finditer(norm, ps, pb))
                 or _search_cue(cw.counted_predicate_rank, "counted_predicate_rank", norm, ps, pb) is not None)
    # (25个老旧小区综合整治项目已开工7个, 12项任务完成量排名全市前三: the clause goes on with a figure of its own)
    if (counts_on or not noun or not 2 <= _predicate_len(norm, ps, pb) <= PREDICATE_MAX
            or f.unit in cw.sized_work_units and norm.startswith(cw.de, f.qend)  # 长达4000公里的西气东输管道全线
            # 贯通: the size of the noun, by its 的, not so much of it as did it (七万户的私营工业企业已经变为…: a count)
            or cw.counted_predicate_reject.search(norm[ps:pb])
            and not ((fb == fa or _opens_with_verb(norm, ps, pb, cw)) and _object_de_only(norm[ps:pb], cw))
            or cw.frame_predicate.fullmatch(norm, ps, pb)  # 1000万以上农村贫困人口脱贫任务: the task, no predicate
            or not mg and (cw.counted_predicate_reject.search(norm, fa, fb) or clean_name(noun) != noun)):
        # the noun alone: when its predicate goes on with a figure (48家责任单位全面推动落实18项重点任务), or is too
        # long or too plain to name them by, up to where it starts (两个核大国率先停止试验、改进…, 四项原则都不能离开
        # 社会主义民主 → 核大国, 原则); the noun is searched in place, fa > 0: the words a predicate may not start
        # with, ^中…, are no bar to 中小微企业
        if (counts_on and not mg and norm.startswith("(", fb)
                and (owned := [m.end() for m in cw.counted_owner.finditer(norm, fa, fb) if fb - m.end() >= 2])):
            return text[fa:owned[-1]]  # 74个重点城市细颗粒物(PM2.5)年均浓度下降9.1%: the cities, not what of theirs
            # changes, its noun run on past a bracket
        if (counts_on and not mg and (mu := cw.units_quantity.match(norm, fa, fb))
                and not cw.counted_noun_end.search(norm, fa, fb)):
            return text[fa:mu.end()]  # 31个省份本级公务接待费减少26%: the provinces, not the quantity of theirs that changes
        done = fb  # where what the persons counted with no noun of theirs do ends
        if (not mg and fb > fa == f.qend and persons < 0 and ps == fb < s1
                and (f.unit == "人" or f.unit in cw.person_visit_units)
                and (norm[fb].isdigit() or cw.following_figure.match(norm, fb)) and (k := norm.find(cw.de, fa + 2, fb)) > 0
                and cw.de not in norm[k + 1:fb]):
            done = k  # 用于安排城镇二千六百万人就业的支出一百零五亿元: what they do, its 的 making a modifier of the noun
            # the next figure measures, no noun of theirs
        if (mg or counts_on and done == fb) and fb > fa:
            return text[fa:fb]
        alone = text[fa:fb] if cut and done == fb and fb - fa >= 2 and clean_name(text[fa:fb]) == text[fa:fb] else ""
        if (not (bare or alone) and persons < 0 and fb > fa == f.qend and not mg
                and (pb == ps or done < fb or norm.startswith(cw.item_separator, ps))  # (上亿人出棚进楼、实现安居: what
                # else they do)
                and (f.unit == "人" or f.unit in cw.person_visit_units)  # (名, 位 count a noun after them)
                and norm.startswith(f.unit, f.qend - len(f.unit))
                and not cw.person_head.search(norm, fa, done)
                and (cw.de not in norm[fa:done] or _object_de_only(norm[fa:done], cw))
                and not _DECIMAL.search(norm, fa, done)):
            # 1334万人参保，641万人领取养老金, 1600万人进城落户: the persons by what they do, as 8400多万人受益 names
            # them (the unit holds the persons: what follows is only their verb, or the first of the verbs a 、 joins);
            # with the verb before them that brings them to it (安排3700多万人就业 → 安排就业的人, 带动3000人就业 →
            # 带动就业的人: the jobs the work placed or drove, not all who found one)
            # (安置了约, 安排城镇: the verb reaches no farther back than its widest match, nor than the clause)
            lo = _reach_back("placing_verb", max(f.cs, f.sentence[0], 0), f.start)
            if mv := cw.placing_verb.search(norm, lo, f.start):
                f.named_by_clause = True  # (words printed apart: none carried)
            # (安排城镇二千六百万人就业 → 安排城镇就业的人: the place of the jobs the verb names with it)
            return (mv.group("verb") + (mv.group("place") or "") if mv else "") + _NAME_SPACE.sub("", text[fa:done]) + cw.de + f.unit
        return bare or alone
    if rest_word := _remainder_word(report, f, cw):
        if f.status != "target":
            # 加快推进剩余8项重点工程开工建设: those remaining, of which the predicate says what is to be done, not what
            # they did
            return rest_word + cw.de + noun
        # a target's predicate is its goal, of the rest only: 确保剩余17个市区重点工程年底前全部开工 → 全部开工的剩余市区
        # 重点工程 (17 of the year's works, not all of them); a name so composed is printed nowhere as one
        noun = rest_word + noun
        f.named_by_clause = True
    if place:
        # 1.4亿农村人口在城镇落户 → 城镇落户的农村人口, 230家企业在我区落户 → 落户的企业: the place without its 在,
        # the report's own area dropped as a name drops it
        name = _NAME_SPACE.sub("", text[place.end():pb]) + cw.de + noun
        f.named_by_clause = True
        return cleaned if cw.de in (cleaned := clean_name(name)) else name
    name = _NAME_SPACE.sub("", text[ps:pb]) + cw.de + noun
    if compared:
        return name
    if fb > fa and cw.name_compared_head.match(name):
        return _NAME_SPACE.sub("", text[fa:pb])  # 全区有8个行业增速高于全区平均水平: a comparison is put before the noun
        # only of kinds of place counted (compared, 高于上年的街道); of other units, the clause as printed
    if name.startswith(clean_name(name) or "\n") or fb == fa and ps == fb:
        return name
    if _opens_with_predicate(name, cw):
        f.named_by_clause = True  # 53个地块实现拔钉清零 → 实现拔钉清零的地块: the heads a name drops are the predicate's
        return name  # (and so after the means it opens with: 1800多万人通过多种渠道和方式实现了再就业)
    if fb == fa:
        return name
    return _NAME_SPACE.sub("", text[fa:pb])  # a predicate that opens with other words a name loses: the clause as printed


def _owned_count_name(report: Report, f: _Fig, name: str, run: str, cw: CueViews) -> str:
    """``name``, the name of a count printed before its noun (``run`` is the words after the figure, which the noun
    opens), with the project, area or district that alone opens the figure's clause put before the noun:
    城市副中心255个重大工程积极推进 → 城市副中心重大工程, 豆各庄项目695套安置房实现开工建设 → 实现开工建设的豆各庄
    项目安置房, 望坛项目第二批7栋回迁楼 (its batch kept); '' when the clause opens with anything else (a verb, a time,
    the report's own area: 全区, 辖区) or ``name`` does not end with the noun."""
    norm, text = report.norm, report.text
    noun = name[name.rfind(cw.de) + 1:]  # (the whole name when it has no 的)
    if f.cs < 0 or len(noun) < 2 or not run.startswith(noun):
        return ""
    a = _indent_end(norm, f.cs, f.start)
    if f.start - a < 2 or not (m := cw.count_owner_head.fullmatch(norm, a, f.start)):
        return ""
    owner = text[m.start("owner"):m.end("batch") if m.group("batch") else m.end("owner")]
    if noun.startswith(owner) or m.group("owner")[-2:] == noun[-2:]:
        return ""  # (续建项目58个项目: a kind of the things counted, no owner of them)
    return name[:-len(noun)] + owner + noun


def _example_led_name(norm: str, subject: str, f: _Fig, cw: CueViews) -> str:
    """The examples listed before the 等 printed right before ``f`` with that 等 (围挡治理等12项任务 → 围挡治理等), the
    lead of a name for things a bare noun counts; '' when no 等 is right before the figure or the words before it are no
    plain noun phrase (制定了能源、…等, 开工雍和宫周边街区更新等: a verb opens them)."""
    lead = subject[:-len(cw.owner_list_end)]
    if norm[f.start - 1:f.start] != cw.owner_list_end or not subject.endswith(cw.owner_list_end) or len(lead) < 2:
        return ""
    return subject if clean_name(lead) == lead and not _opens_with_verb(norm, f.start - len(subject), f.start, cw) else ""


def _remainder_name(report: Report, f: _Fig, noun: str, cw: CueViews) -> str:
    """``noun`` named as the rest of the things counted when 剩余 (其余, 余下) is printed right before the figure:
    剩余8项重点工程 → 剩余的重点工程; '' when no such word is."""
    word = _remainder_word(report, f, cw)
    return word + cw.de + noun if word else ""


def _remainder_word(report: Report, f: _Fig, cw: CueViews) -> str:
    """The word of the rest (剩余, 其余, 余下) printed right before the figure, as printed; '' when none is."""
    mr = cw.remainder_before.search(report.norm, max(0, f.start - 3), f.start)
    return report.text[mr.start("word"):mr.end("word")] if mr else ""


def _opens_with_verb(norm: str, ps: int, pb: int, cw: CueViews) -> bool:
    """Whether what a clause says of counted things (``norm[ps:pb]``) opens with a verb of the heads such a clause
    opens with, after its adverbs: 28个省（区、市）已初步建立社会救助体系的基本框架 (not 已到货部分所负的高利外债, an
    adverb and no verb of the heads)."""
    k = ps
    while m := cw.counted_predicate_head.match(norm, k, pb):
        if m.group() not in cw.counted_predicate_adverbs:
            return True
        k = m.end()
    return False


def _work_after_de(norm: str, k: int, fb: int, cw: CueViews) -> bool:
    """Whether the words after the 的 at ``k`` up to ``fb`` name only the work done on the things a count counts
    before the 的: 12个老旧小区的综合整治工作 (综合整治工作), 7700多项食品、药品和其他消费品安全国家标准的制定修订工作
    (制定修订工作); a few words with no 的 or figure of their own, ending with a frame noun (工作, 任务) or a work
    word (整治, 改造)."""
    tail = norm[k + 1:fb]
    return (2 <= len(tail) <= WORK_AFTER_DE_MAX and cw.de not in tail and not _DECIMAL.search(tail)
            and (tail.endswith(cw.frame_nouns) or cw.count_work_end.search(tail) is not None))


def _object_de_only(pred: str, cw: CueViews) -> bool:
    """Whether all that bars ``pred`` from naming the persons a count with no noun of them counts (by what they do) is
    a 的 inside the object of their verb, past the verb and a word of its own: 1.2万人参加区级组织的招聘活动 →
    参加区级组织的招聘活动的人, 几千万人居住在条件简陋的棚户区 → 居住在条件简陋的棚户区的人 (2000人规模的招聘会,
    2000人次参与的活动: no verb and object of theirs before the 的)."""
    found = False
    for m in cw.counted_predicate_reject.finditer(pred):
        if m.group() != cw.de or m.start() < 3:
            return False
        found = True
    return found


def _prior_period(period: str, covered: int | None, cw: CueViews) -> str:
    """The same period a year before ``period`` (a year, the whole year or a part of one: 2020年上半年 → 2019年上半年;
    1-6月 in a report of 2020 → 2019年1-6月), the time of a level the text gives as 上年同期's; when the year is not
    known, the same period of 上年 (一季度 → 上年一季度: a yearless release's 由上年同期的2.05:1), '' for no period."""
    if (mp := cw.year_part_period.fullmatch(period)) is not None:
        stated, part = mp.group("year") or "", period[len(mp.group("year") or ""):]
    elif cw.period_bare_year.fullmatch(period):
        stated, part = period, ""
    elif period in cw.whole_year_periods:
        stated, part = "", ""
    else:
        return ""
    year = year_number(stated[:4]) if stated else covered
    if year is None:
        return f"{cw.prior_year_word}{part}" if period else ""
    return f"{year - 1}年{part}"


def _opens_with_predicate(name: str, cw: CueViews) -> bool:
    """Whether all that :func:`clean_name` takes off the head of ``name`` (what a clause says of counted entities, 的,
    and their noun) is a run of the heads such a predicate opens with (实现, 完成, 率先, with their 了): words of the
    predicate, not of a frame around the name (实现拔钉清零的地块, 完成了或者超额地完成了计划的企业)."""
    cleaned = clean_name(name)
    if cw.de not in cleaned or not name.endswith(cleaned):
        return False
    k, h = 0, len(name) - len(cleaned)
    while k < h and (m := cw.counted_predicate_head.match(name, k)):
        k = m.end()  # (a head run on past what is taken off: 向社会公开征求意见的…, 向 alone taken off)
        while k < h and name[k] in cw.perfective:
            k += 1
    return k >= h > 0


# What the tables read: comparators, scope, dimension, reference levels and relations ------------

PLACED_SCOPE_MAX = 4  # the longest word of the scope of counted places run into a subject after its 在 (在全区, 在全国)
PART_MARKER_REACH = 3  # how far before a scope word the 其中 it opens the part after may stand (其中,区级)
SHARE_SCOPE_REACH = 3  # how far after 占 a scope word of the whole a share is of may stand (占全区地方级收入的)


def _item_scope(scopes: list[tuple[int, str]], k: int, g0: int, norm: str, indicator: str, cw: CueViews,
                end: int) -> int:
    """The index in ``scopes`` of the scope word of a figure at ``end`` whose nearest scope word before it is
    ``scopes[k]``: a scope word that opens a later item of a list (after 、 和 及 与) is that item's alone, no scope of
    an item its name does not hold (其中均衡性转移支付、县级基本财力保障机制奖补资金等增幅均超过10%: 均衡性转移支付 has
    none; 全口径税收收入、区级一般公共预算收入分别完成120亿元和50亿元: the first 全口径), nor one of the whole a share is
    of after a scope word of the part's own, in the share's clause (区级税收占全口径税收的比重为25.5%: 区级; 增值税占全口径
    税收的32.7%: 全口径, the whole's, when the part prints none, even after another figure's scope word in an earlier
    clause: 地方级收入完成50亿元，增值税占…), nor is one that opens the part
    (其中) of a total its 分别 list goes back to (财政总收入627.85亿元,其中区级财政收入214.40亿元,分别比上年增长8.0%和
    12.0%: 8.0% has none); the one before it is read instead, down to the start ``g0`` of the clause group; -1 when
    none is left."""
    name = normalize(indicator)
    while k >= 0 and scopes[k][0] > g0 and scopes[k][1] not in name and (
            norm[scopes[k][0] - 1] in cw.scope_item_openers or _opens_listed_part(norm, scopes[k][0], end, cw)
            or k > 0 and scopes[k - 1][0] >= g0
            and cw.share_verb in norm[max(g0, scopes[k][0] - SHARE_SCOPE_REACH):scopes[k][0]]
            and not cw.clause_stop.search(norm, scopes[k - 1][0], scopes[k][0])):
        k -= 1
    return k


def _opens_listed_part(norm: str, at: int, end: int, cw: CueViews) -> bool:
    """Whether the word at ``at`` opens the part after 其中 (其中区级财政收入) of a list whose 分别 is printed before
    ``end``."""
    return (norm[max(0, at - PART_MARKER_REACH):at].rstrip(",，").endswith(cw.part_markers)
            and norm.find(cw.list_word, at, end) >= 0)


def _scope_of_another(f: _Fig, scope: tuple[int, str], seen: list[_Fig], norm: str, cw: CueViews) -> bool:
    """Whether the scope word ``scope`` (its start, its words) is the scope of another thing than ``f``: a figure
    between them in its sentence is of a name that holds the word, ``f`` of a name of its own, printed in a later
    clause, that does not (区级一般公共预算收入增长8%左右，城镇登记失业率控制在3%以内: the rate has none), neither a
    member of a list with that figure nor a part after 其中 (区级税收减收4.6亿元，其中增值税…分别下降: of 区级)."""
    at, word = scope
    if word in normalize(f.indicator) or "subject_carried" in f.flags or f.list_head is not None:
        return False
    owner = next((g for g in reversed(seen) if g.start > at and g.indicator and word in normalize(g.indicator)), None)
    return (owner is not None and owner.indicator != f.indicator and owner.cs < f.cs
            and not cw.part_marker.search(norm, owner.end, f.start))


def _task_setter(f: _Fig, cw: CueViews) -> bool:
    """Whether the level of government heading a completion ``f``'s comparator set the task or target it is measured
    against, so names the level that set the task, not one the figure belongs to (完成存量违建销账30685平方米,完成市级
    任务61.4%, 完成市级下达计划的105%: the district's work against the quota or plan the city set); only a level's
    own budget keeps the scope (区本级支出完成区级调整预算的97%: the district's spending against its own budget)."""
    if f.measure != "completion_pct":
        return False
    comp = normalize(f.comparator)
    return comp.startswith(f.scope) and not cw.level_budget.search(comp)


def _name_level(indicator: str, cw: CueViews) -> str:
    """The level of government a word heading a glossary name gives its figure, when the name it is matched to
    drops that word (地方财政收入 → 一般公共预算收入 of 地方级, 地方财政支出 → 一般公共预算支出 of 地方级); '' for a
    place word (全区, 全国), which is no level, for a name that keeps the word (地方专项债券 → 地方政府专项债券, a
    kind of bond), for a transfer, whose level word is the level that gives it (市级财政税收返还和补助收入 → 税收返还和
    补助收入, received from 市级), or for a phrase the glossary does not name.

    Parameters
    ----------
    indicator : str
        The figure's name as printed.
    cw : CueViews
        The compiled cue words (their levels of government, ``fiscal_scopes``).

    Returns
    -------
    str
        The level as the fiscal scopes print it (地方级), or ''.
    """
    c = concept(indicator)
    if not c.key or any(w in c.name for w in cw.transfer_words):
        return ""
    return next((lv for w in c.scope.split("/") for lv in (w, w + cw.level_suffix)
                 if w and w not in c.name and lv in cw.fiscal_scopes), "")


def _firm_count_keys(figs: list[_Fig], keys: list[str]) -> list[str]:
    """``keys`` without the key of a set of firms (高新技术企业: their count) on a figure that is no count, unless a count
    of the same name stands before it in its sentence: the sum the firms got (其中高新技术企业32亿元, 分别享受…8亿元) is
    no count of them (a growth is left: 新登记注册企业增长45.9% grows their count)."""
    ends = compiled().entity_words
    for i, f in enumerate(figs):
        if keys[i] and f.indicator.endswith(ends) and f.measure not in GROWTH_MEASURES and not _counted(figs, i):
            keys[i] = ""
    return keys


def _counter_named_keys(figs: list[_Fig], keys: list[str]) -> list[str]:
    """``keys`` with the key of a level counted in a counter the glossary names a concept by (人次) taken from its
    name with the counter after it, when that names another concept: 组织义务植树35万人次 counts the planters, no trees
    (义务植树人次)."""
    counters = compiled().key_naming_counters
    for i, f in enumerate(figs):
        if (f.measure == "level" and f.unit in counters and f.indicator and not f.indicator.endswith(f.unit)
                and (k := indicator_key(f.indicator + f.unit)) and k != keys[i]):
            keys[i] = k
    return keys


def _budget_item_keys(figs: list[_Fig], keys: list[str]) -> list[str]:
    """``keys`` with the key of each unkeyed part of a budget's total that the glossary names under that budget.

    A government-fund budget balances with 上年结转收入, 调入资金, 上解支出 and 结转下年支出 as a general budget does,
    so such an item is known by the budget its total names: 加上年结转收入7.7亿元、…,收入总量为490.7亿元 after
    全区一般公共预算收入 is the general budget's balance brought forward (一般公共预算上年结转收入). The level an item
    goes to is dropped (上解市级财政支出: a remittance up, whichever level is above).

    Parameters
    ----------
    figs : list[_Fig]
        The report's figures, in the order of ``keys``.
    keys : list[str]
        The key of each figure read from its own name.

    Returns
    -------
    list[str]
        ``keys``, an unkeyed part of a named budget's total keyed when the glossary names the item in that budget.
    """
    cw = compiled()
    at: dict[int, int] | None = None  # the index of each figure, by its id (made where a total is first met)
    for i, f in enumerate(figs):
        if keys[i] or f.relation != "part" or f.parent is None or not (kind := _budget_of_total(f.parent.indicator)):
            continue
        # (the name as printed first: 上年 in 上年结转收入 is no period word)
        keys[i] = next((k for name in (f.indicator, concept(f.indicator).bare)
                        if (k := indicator_key(kind + cw.budget_item_counterpart.sub("", name)))), "")
        if not keys[i]:
            continue
        if at is None:
            at = {id(g): j for j, g in enumerate(figs)}
        p = at.get(id(f.parent), -1)
        whole = _printed_total(f.parent.indicator)
        side = whole[len(kind):len(kind) + 2] if whole.startswith(kind) else ""  # 收入 or 支出
        if p >= 0 and side and keys[p] == indicator_key(kind + side):
            # 加上级补助收入…、调入资金…，收入合计95.3亿元: a total whose parts hold the budget's balance items is all the
            # budget has to spend (its 收入总计), not its own revenue, which the name is once 合计 is taken off; the key
            # is that of the first head of the side, in the order budget_total_heads lists them (总量, then 总计, then
            # 合计), whose key is not the revenue's: the list's order decides between heads keyed differently
            keys[p] = next((k for h in cw.budget_total_heads if h.startswith(side)
                            and (k := indicator_key(kind + h)) and k != keys[p]), keys[p])
    return keys


@functools.lru_cache(maxsize=1024)
def _budget_of_total(indicator: str) -> str:
    """The budget (一般公共预算) whose revenue or spending total ``indicator`` names (区本级一般公共预算收入总量), else ""."""
    cw = compiled()
    whole = concept(indicator).name
    return next((k for k in cw.budget_kinds if whole.startswith(k) and whole[len(k):] in cw.budget_total_heads), "") or (
        next((k for k in cw.budget_kinds if (printed := _printed_total(indicator)).startswith(k)
              and printed[len(k):] in cw.budget_total_heads), ""))


@functools.lru_cache(maxsize=1024)
def _printed_total(indicator: str) -> str:
    """``indicator`` without its scope, when it ends with a total word the glossary takes off (一般公共预算收入合计,
    whose concept is the revenue), else ''."""
    c = concept(indicator)
    printed = indicator[len(c.scope):] if c.scope and indicator.startswith(c.scope) else indicator
    cw = compiled()
    return printed if printed != c.name and printed[-4:] in cw.budget_total_heads else ""


def _level_word(word: str, cw: CueViews) -> str:
    """A level of government as the fiscal scopes print it: ``word`` with 级 when only that is one (上划中央收入 →
    中央级, as a table's column 中央级 prints it), else ``word`` as printed."""
    return word if word in cw.fiscal_scopes or word + cw.level_suffix not in cw.fiscal_scopes else word + cw.level_suffix


SCOPED_KINDS = ("money", "percent")  # the unit kinds a level of government (区级, 全口径) is a scope of


def _context_columns(report: Report, figs: list[_Fig]) -> None:
    """Fill the columns the tables read instead of the text: the base of every comparison, the
    fiscal scope, the dimension, reference levels, and the part and done relations."""
    norm, text = report.norm, report.text
    cw = compiled()
    key: tuple[int, int] = (-1, -1)
    semis: list[int] = []
    scopes: list[tuple[int, str]] = []
    wide: _WideClauses | None = None
    groups: dict[int, bool] = {}
    listed: list[int] = []  # the figures of the sentence so far that end an item of a list (X亿元、)
    seen: list[_Fig] = []  # the figures of the sentence so far
    last: _Fig | None = None  # the figure before in the sentence
    amounts: dict[tuple[int, int], list[int]] = {}  # where the amounts and rates of each sentence start
    list_heads = {id(f.list_head) for f in figs if f.list_head is not None}  # the first members of 分别 lists
    for f in figs:
        if f.unit_kind in SCOPED_KINDS and "table_cell" not in f.flags:
            amounts.setdefault(f.sentence, []).append(f.start)
    for f in figs:
        if f.sentence != key:  # per sentence, once: semicolons, scope words (clause stops when asked)
            listed = []
            seen = []
            last = None
            key = f.sentence
            semis = list(map(_START, cw.semicolon.finditer(norm, key[0], key[1])))
            # (a scope word is one of an amount or rate when its clause holds one: 区级一般公共预算收入完成X亿元;
            # 出台三轮区级助企纾困政策, 列入市级重点项目169个, 区级以上龙头企业6家 class policies, projects, firms;
            # a share in brackets is read past its bracket: 增值税收入(50%部分)672890万元)
            starts = amounts.get(key, [])
            scopes = [(m.start(), m.group()) for m in cw.fiscal_scope.finditer(norm, key[0], key[1])
                      if bisect.bisect_left(starts, m.end()) < bisect.bisect_left(starts, (
                          mc.start() if (mc := cw.clause_stop.search(norm, m.end() + (norm[m.end():m.end() + 1] == ")"),
                                                                     key[1])) else key[1]))]
            wide = None
            groups = {}
        i = bisect.bisect_left(semis, f.start) - 1
        g0 = semis[i] + 1 if i >= 0 else key[0]
        if scopes and f.unit_kind in SCOPED_KINDS and "table_cell" not in f.flags:
            # (a table cell has the scope of its row or column, if any: 中央级, 省级 under 累计完成数, none under
            # 本年收入计划, whatever scope word its header line prints last)
            k = _item_scope(scopes, bisect.bisect_left(scopes, (f.start, "")) - 1, g0, norm, f.indicator, cw,
                             f.start)
            # (a scope word of an earlier item of a list, with a figure of its own, is no scope of this one:
            # 市级财政税收返还和补助收入X、上年结转收入Y; 全口径企业所得税、增值税…分别为 is the scope of all)
            if k >= 0 and scopes[k][0] >= g0 and not (
                    f.list_head is None and listed and listed[-1] > scopes[k][0]) and not _scope_of_another(
                    f, scopes[k], seen, norm, cw):
                f.scope = _level_word(scopes[k][1], cw)  # 全口径, 地方级: the level of government an amount or rate
                # belongs to
            if (f.list_head is not None or id(f) in list_heads) and (
                    own := next((w for w in cw.fiscal_scopes if f.indicator.startswith(w)), "")):
                f.scope = _level_word(own, cw)  # 中央级收入…，市级收入…，区级收入…，分别占55.3%、19.4%和25.3%: a member's
                # own level, not the one the last item names
        if not f.scope and f.unit_kind in SCOPED_KINDS:
            f.scope = _name_level(f.indicator, cw)  # 地方财政收入 → 一般公共预算收入, of 地方级
        if (f.measure == "yoy_pct" and f.comparator.endswith(cw.year_end_words) and f.period
                and cw.short_of_year.search(f.period)):
            # (截至6月末,…实有市场主体12.6万户,比上年末增长4.3%: against last year's end, a stock's change over the
            # months gone is no growth on the year, as 较年初增长 is none; 年末…比上年末增加 stays one)
            f.measure = "change_pct"
        if (not f.comparator and f.unit in cw.times_units and f.measure == "level" and last is not None
                and last.unit == f.unit and last.comparator):
            _listed_multiple_base(f, last, norm, text)
        if not f.comparator and f.unit in cw.times_units and f.measure == "level":
            _own_multiple_base(f, norm, text)
        before, last = last, f
        seen.append(f)
        if (not f.comparator and f.measure in _BASED_MEASURES and f.range_of is not None
                and f.range_of.measure == f.measure and f.range_of.comparator):
            f.comparator = f.range_of.comparator  # 占去年全部支出的5—6%, 平均每年百分之八至九: both ends share the base
        elif not f.comparator and f.measure in _BASED_MEASURES and "multi_year" not in f.flags:
            if (before is not None and "from_value" in before.flags and before.measure == f.measure
                  and before.indicator == f.indicator and before.comparator and _reached_from(norm, before, f)):
                f.comparator = before.comparator  # 占国内生产总值的比重从0.64%提高到1.13%: the whole of the A it goes from
            elif f.list_head is not None and f.list_head.measure == f.measure:
                f.comparator = f.list_head.comparator  # 分别完成全年任务的50%和60%: the base of the list
            else:
                if wide is None:
                    wide = _WideClauses(norm, key[0], key[1])
                _fill_comparator(f, norm, text, wide.before(f.start))
        if f.scope and _task_setter(f, cw):
            f.scope = _name_level(f.indicator, cw)  # 完成市级任务61.4%: the level that set the task, not the figure's
        loss = groups.get(g0)
        if loss is None:  # 税收关系迁出企业…造成税款减收: a group that speaks of tax base lost
            g1 = semis[i + 1] if i + 1 < len(semis) else key[1]
            group = norm[g0:g1]
            loss = groups[g0] = bool(cw.tax_word in group and cw.relocation.search(group) and cw.loss.search(group))
        counted = f.measure in ("level", "abs_change") and f.unit in cw.unit_counting_units
        amount = f.measure in ("level", "abs_change") and f.unit_kind == "money"
        member = f.list_head is not None or id(f) in list_heads
        if f.cs >= 0:
            # (an aggregate is the amount lost when the moving out is told before it: 税收关系迁出企业803户,…,造成区级
            # 税收减收约2.1亿元; 区级税收下降7%;税收关系迁出企业… keeps its total)
            moved = loss and f.measure == "abs_change" and cw.relocation.search(norm, g0, f.start) is not None
            f.dimension = _dimension(f.indicator, norm, loss, f.cs, f.start, moved=moved, counted=counted,
                                     amount=amount, member=member)
            if f.measure == "level" and f.subj_end > f.cs and norm[f.subj_end - 1] in cw.reference_last:
                head = norm[f.cs:f.subj_end]
                f.reference = ("prior" if cw.prior_level.search(head) else
                               "plan" if cw.plan_level.search(head) else f.reference)  # (比现有的86个: already)
                if f.reference == "prior" and f.status == "target":
                    f.status = "actual"  # 将达到…，比一九五八年的三亿八千万吨增长…: the base is an outcome
                if f.reference == "prior" and cw.prior_year_level.search(head):
                    f.period = _prior_period(f.period, report.years.covered, cw)  # 1-6月…比上年同期144987万元
                elif (f.reference == "plan" and cw.annual_plan_level.search(head)
                      and ((mp := cw.year_part_period.fullmatch(f.period)) or not f.period)):
                    # 1-6月…完成年初预算245800万元的59.74%: the budget is of the whole year, not of the months done;
                    # so is one with no time of its own (2月份,…,完成预算105425万元的5.39%); the whole year, 全年, when
                    # the report's year is unknown (4月,…完成年初预算数60999万元的40.4%), as 全年 is printed there
                    f.period = ((mp.group("year") if mp else "")
                                or (f"{report.years.covered}年" if report.years.covered else cw.whole_year_word))
        else:
            f.dimension = _dimension(f.indicator, "", False, counted=counted, amount=amount, member=member)
        if f.list_head is None and norm.startswith(cw.item_separator, f.qend):
            listed.append(f.start)
    _place_set_scopes(report, figs)
    _wider_place_scopes(report, figs)
    _relations(report, figs)
    _section_parts(report, figs)
    _part_periods(norm, figs)
    _part_scopes(figs)
    _part_change_bases(figs)
    _marked_part_change_bases(norm, figs)
    _budget_gap_bases(norm, figs)
    _generic_share_wholes(figs)
    _named_share_wholes(norm, figs)
    _differences_of(norm, figs)


_BASE_SHARED_MEASURES = frozenset(("abs_change", "yoy_pct", "change_pct"))
SHARE_LEVEL_REACH = 3  # how many figures before a share its owner's level may stand (税收收入15348万元,占收入的89.99%)


def _generic_share_wholes(figs: list[_Fig]) -> None:
    """Name the whole of a share that prints only the kind of the total (占收入的89.99%) as the total that the share's
    own level is a part of: 1-2月,全县实现大口径财政收入17056万元,…。从收入结构看:税收收入15348万元,占收入的89.99% →
    ``大口径财政收入``, when that total's name ends with the word printed.

    Parameters
    ----------
    figs : list of _Fig
        The figures of a report, in order, their parts linked.
    """
    generic = compiled().generic_share_wholes
    for k, f in enumerate(figs):
        if f.measure != "rate_pct" or f.comparator not in generic:
            continue
        level = next((g for g in reversed(figs[max(0, k - SHARE_LEVEL_REACH):k]) if g.measure == "level"
                      and g.indicator == f.indicator and g.sentence == f.sentence), None)
        total = level.parent if level is not None and level.relation == "part" else None
        if total is not None and total.indicator.endswith(f.comparator):
            f.comparator = total.indicator


SHARE_WHOLE_REACH = 12  # how many figures before a share named without its whole that whole may stand


def _named_share_wholes(norm: str, figs: list[_Fig]) -> None:
    """Give a share printed under a name that leaves its whole out (税收比重, 税收占比: the glossary's
    ``税收收入占一般公共预算收入比重``) and stating none the whole its glossary term names, as the text printed that
    whole in the figures just before it, in its paragraph: 3月份,全市一般公共预算收入…累计完成234267万元,…。
    …;税收比重为70.9% → comparator ``一般公共预算收入``. No whole is given when the text printed none nearby.

    Parameters
    ----------
    norm : str
        The normalized text of the report.
    figs : list of _Fig
        The figures of the report, in order.
    """
    for k, f in enumerate(figs):
        if f.measure != "rate_pct" or f.comparator or not f.indicator:
            continue
        whole_key = _share_whole_key(f.indicator)
        if not whole_key:
            continue
        for g in reversed(figs[max(0, k - SHARE_WHOLE_REACH):k]):
            cell = "table_cell" in f.flags and "table_cell" in g.flags  # (a row the table wraps: its place)
            if "\n" in norm[g.start:f.start] and not (cell and f.scope):
                break
            if (g.measure == "level" and g.indicator and g.scope == f.scope
                    and concept(g.indicator).key == whole_key):
                f.comparator = g.indicator
                break


#: the measures a difference in points may be of, by the group of ``difference_of`` (cue words) the words before it
#: match
_DIFFERENCE_MEASURES: dict[str, tuple[str, ...]] = {"growth": ("yoy_pct", "change_pct"), "done": ("completion_pct",),
                                                    "pull": ()}
#: the measures a difference in points whose words name no rate may be of, when printed right before it:
#: 同比下降12.1%,比1-4月回落43.5个百分点 is the growth's change; 城镇登记失业率1.05%,比上年同期下降0.21个百分点 and
#: 占全市投资的比重43.8%、较上年同期减少5.9个百分点 the change of the rate or share
_UNNAMED_DIFFERENCE_MEASURES = ("yoy_pct", "change_pct", "completion_pct", "rate_pct")


def _differences_of(norm: str, figs: list[_Fig]) -> None:
    """Link a difference in points to the figure it is a difference of (relation ``of``), as the words between the
    figure before it in its sentence and it name the rate: a growth (增速由负转正,较上年同期提高25.6个百分点 → the
    growth of its indicator printed last before it in the sentence, not the completion printed between; 同比增长18.3%,
    两年平均增长1.2%,增速高于全市2.6个百分点 → the two-year average, printed last; against an earlier part of the year
    the growth on the year before, 同比增长11.2%,两年平均增长5.3%,增速较一季度回落4.6个百分点 → the 11.2%) or a
    completion (支出进度较上年同期加快3个百分点 → the completion); a pull on a total's growth (拉动全县规上工业增加值增速2.4
    个百分点) is no difference of a rate printed before it. A member of a 分别 list is of what its head is
    of; a difference whose words name no rate is of the growth, completion, rate or share of its indicator printed
    right before it (同比下降12.1%,比1-4月回落43.5个百分点; 支出进度85.9%,高于全市平均水平6.2个百分点; 房地产开发投资…
    占全市投资的比重43.8%、较上年同期减少5.9个百分点), else of none, as is one whose rate's figure is not printed
    before it in its sentence.

    Parameters
    ----------
    norm : str
        The normalized text of the report.
    figs : list of _Fig
        The figures of the report, in order.
    """
    cw = compiled()
    seen: list[_Fig] = []
    key: tuple[int, int] = (-1, -1)
    for f in figs:
        if f.sentence != key:
            seen, key = [], f.sentence
        if f.measure == "pp_diff" and f.parent is None and seen:
            head = f.list_head if f.list_head is not None and f.list_head is not f else None
            last = None
            if head is not None:
                measures: tuple[str, ...] = (
                    (head.parent.measure,) if head.relation == "of" and head.parent is not None else ())
            else:
                for m in cw.difference_of.finditer(norm, seen[-1].qend, f.start):
                    last = m
                measures = _DIFFERENCE_MEASURES[last.lastgroup] if last is not None and last.lastgroup else ()
                if "yoy_pct" in measures and cw.year_part_period.fullmatch(f.comparator):
                    measures = ("yoy_pct",)  # (against an earlier part of the year: the growth on the year before)
            candidates = reversed(seen)
            if head is None and last is None:  # no word names the rate: the rate printed right before it
                measures, candidates = _UNNAMED_DIFFERENCE_MEASURES, iter(seen[-1:])
            of = next((g for g in candidates if g.measure in measures and g.indicator == f.indicator), None)
            if of is not None:
                f.parent, f.relation = of, "of"
        seen.append(f)


@functools.lru_cache(maxsize=1024)
def _share_whole_key(indicator: str) -> str:
    """The glossary key of the whole a share's name leaves out (税收比重 → ``general_budget_revenue``, by the
    glossary's ``税收收入占一般公共预算收入比重``), "" when the name prints its whole or names no share."""
    cw = compiled()
    term = canonical_term(normalize(indicator))
    if term is None or cw.share_whole_printed.search(indicator):
        return ""  # (税收收入占一般公共预算收入比重, …与国内生产总值之比 print it; 税收占比 does not)
    for name in (term.canonical, *term.aliases):
        if (m := cw.share_whole_name.fullmatch(name)) is not None:
            return concept(m.group("whole")).key
    return ""


def _time_printed(norm: str, a: int, b: int) -> bool:
    """Whether ``norm[a:b]`` prints a time of its own: a period word, a year, a relative year or a year's end, none
    of them a base after 比, 较, 与 or 同."""
    cw, lay = compiled(), layout_views()
    return any(m.start() == 0 or norm[m.start() - 1] not in cw.period_not_before
               for rx in (cw.period_re, lay.heading_year, lay.relative_year, cw.year_end)
               for m in rx.finditer(norm, a, b))


def _item_start(norm: str, f: _Fig) -> int:
    """Where the semicolon item of ``f``'s sentence that holds ``f`` starts."""
    return max(f.sentence[0], norm.rfind(compiled().subject_scope_stops, f.sentence[0], f.start) + 1)


def _place_set_subjects(report: Report, sentence: tuple[int, int], cw: CueViews) -> list[tuple[int, int, str]]:
    """The subjects of places of ``sentence``: each clause ended by its comma that names a set of places (a list
    and a count of them, a share of the places, places named by a quality), as (start, end, scope as printed).
    A count closing a list of places told over several clauses (广东省的澄海、潮安，福建省的龙溪，四川省的郫县等十一个
    县) takes them all."""
    norm, text = report.norm, report.text
    out: list[tuple[int, int, str]] = []
    clauses: list[tuple[int, int]] = []
    a = sentence[0]
    for m in cw.clause_stop.finditer(norm, sentence[0], sentence[1]):
        if norm[m.start()] == ",":
            clauses.append((a, m.start()))
        a = m.end()
    for k, (a, b) in enumerate(clauses):
        if norm[b - 1:b] not in cw.place_set_ends or (ms := cw.place_set_subject.fullmatch(norm, a, b)) is None:
            continue
        start = ms.start("scope")
        if "等" in ms.group("scope"):  # (…等十一个县: the count closes the list the clauses before print)
            j = k - 1
            while j >= 0 and clauses[j][1] + 1 == clauses[j + 1][0] and (
                    mi := cw.place_set_list_item.fullmatch(norm, *clauses[j])):
                start, j = mi.start("scope"), j - 1
        out.append((start, b, text[start:b]))
    return out


def _place_set_scopes(report: Report, figs: list[_Fig]) -> None:
    """Give the figures after a subject of places in their sentence that set as their scope, as printed: a list
    of places and a count of them (内蒙古、新疆、广西、宁夏四个自治区，一九五八年工业总产值…增长百分之八十八), a share
    of the places (有三分之一的省、市、自治区，粮食产量…), places named by a quality (沿海地区，…), heading the
    sentence or the clause of the figures and ended by its comma (全国已经有六十五个县、市，: the counted places in the
    whole). The figures are those places', not the whole's; the subject holds up to a semicolon, a clause heading
    with a scope word of the whole (全国), or another such subject.

    Parameters
    ----------
    report : Report
        The report read.
    figs : list[_Fig]
        The figures of the report in order; a figure with a scope of its own keeps it.
    """
    norm = report.norm
    cw = compiled()
    key: tuple[int, int] = (-1, -1)
    subjects: list[tuple[int, int, str]] = []
    for f in figs:
        if f.sentence != key:
            key = f.sentence
            subjects = _place_set_subjects(report, key, cw) if "," in norm[key[0]:key[1]] else []
        if not subjects or f.scope or "table_cell" in f.flags:
            continue
        g0 = _item_start(norm, f)
        sub = next((s for s in reversed(subjects) if s[0] <= f.start), None)
        if sub is None or sub[0] < g0 or sub[1] > f.start or any(norm.startswith(w, m.end()) for m in cw.clause_stop.finditer(
                norm, sub[1], f.start) for w in cw.scope_words):
            # (a count in a subject is no figure of the places before it: 已经有五十六个县、市; a clause after it heads
            # with the whole: 全国粮食产量…; 全国农业发展纲要 inside one is no subject)
            continue
        f.scope = sub[2]


def _wider_place_scopes(report: Report, figs: list[_Fig]) -> None:
    """Give a figure whose clause heads with the whole of a place wider than the report's own, after a time at
    most (全市 in a district's report: 全市“疏解整治促提升”专项行动共有15个指标 in a report of 东城区; 我国, 我省, 我市
    naming a wider place as the speaker's own: 全国, 全省, 全市), that place as its
    scope, and so the figures after it in its sentence carrying its name: the wider place's figures, not the report's.
    A rank keeps none (完成投资319亿元,全市第二: the report's place ranked in the wider one).

    Parameters
    ----------
    report : Report
        The report read (its level of government in its metadata).
    figs : list[_Fig]
        The figures of the report in order; a figure with a scope of its own keeps it.
    """
    cw = compiled()
    words = cw.wider_places.get(str(report.metadata.get("level") or ""), ())
    if not words:
        return
    norm = report.norm
    held: _Fig | None = None  # the figure of the sentence whose clause heads with the wider place
    for f in figs:
        if held is not None and held.sentence != f.sentence:
            held = None
        if f.cs < 0 or "table_cell" in f.flags:
            continue
        if held is None and not any(norm.find(w, f.cs, f.start) >= 0 for w in words):
            continue  # (no wider place in the clause and none held: nothing to give or to end)
        a = mp.end() if (mp := cw.period_re.match(norm, f.cs, f.start)) else f.cs
        a += norm.startswith(",", a)  # (上半年，全市…: the time's comma)
        if (w := next((w for w in words if norm.startswith(w, a)), "")) and not f.scope and f.measure != "rank":
            f.scope, held = cw.wider_place_wholes.get(w, w), f  # (我国 in a district's report: 全国)
        elif w or cw.place_year_lead.search(norm, f.cs, f.start):
            held = None  # …,我区增长7.1%,比一季度提高…: the report's own place from there on
        elif (held is not None and not f.scope and f.indicator == held.indicator
              and _item_start(norm, f) <= held.start and f.indicator not in norm[f.cs:f.start]):
            f.scope = held.scope  # 全市地区生产总值实现1000亿元,增长6.8%: the same place's


def _part_scopes(figs: list[_Fig]) -> None:
    """Give a part of a total of a level of government, in the total's sentence, printing no level of its own, the
    total's: 区级税收收入180.2亿元,…,其中:增值税65.3亿元,…;个人所得税40.1亿元 → both taxes 区级 (an item past the
    semicolon as much as the one before it; a table cell keeps the scope of its row or column; money another level
    gives, 区本级一般公共预算财力249.2亿元(含市拨专款54.5亿元), is of no level of the total's).

    Parameters
    ----------
    figs : list of _Fig
        The figures of the report in order, parts linked to their totals and scopes read.
    """
    transfer = compiled().transfer_part
    for f in figs:
        total = f.parent
        if (f.relation == "part" and total is not None and not f.scope and total.scope
                and total.sentence == f.sentence and f.unit_kind in SCOPED_KINDS
                and "table_cell" not in f.flags and "table_cell" not in total.flags
                and not transfer.match(f.indicator)):
            f.scope = total.scope


def _changed_level(before: Iterable[_Fig], f: _Fig, norm: str, cw: CueViews) -> _Fig | None:
    """The level a change ``f`` against a year (its comparator) is of: the level its sentence prints last before it
    (``before``: the figures before ``f``, nearest first), in the clause before or its own, passing over the base's
    level printed with that year (工业总产值达到了六百五十亿二千万元，比一九五二年的二百七十亿一千万元增长百分之一百四十一 in 1959:
    the 650亿); None when ``f`` is no such change, or that level is undated or dated as the base."""
    if f.measure not in _CHANGE_MEASURES or not cw.period_bare_year.fullmatch(f.comparator):
        return None
    stops, end, crossed = cw.clause_stops, f.start, 0
    for g in before:
        if g.sentence != f.sentence or g.measure != "level":
            return None
        crossed += sum(ch in stops for ch in norm[g.qend:end])
        if crossed > 1:
            return None
        if g.period != f.comparator:
            return g if g.period else None
        end = g.start
    return None


def _part_periods(norm: str, figs: list[_Fig]) -> None:
    """Give a part's level printing no time of its own the period of its total's level, and a share printed right after
    a level at the end of the span it was given, or right after such a part, the level's period.

    The part and its total are counted at one time (铁路营业里程达到12.1万公里，其中高速铁路超过1.9万公里 under 五年来
    in 2016: both 2015年; 到一九八五年，进出口贸易总额将达到八百五十五亿元…。其中，出口总额将达到四百零二亿元: 一九八五年,
    not the plan's 五年内), unless its item prints a time (其中去年超收2573亿元) or either is the A of a move. A share of
    what reached a level at a span's end, joined to it by 、 or carrying its name, is of that end too
    (高速铁路运营里程从9000多公里增加到2万5千公里、占世界三分之二 under 过去五年 in 2018: 2017年, not 2013-2017年).

    Parameters
    ----------
    figs : list of _Fig
        The figures of the report in order, parts already linked to their totals.
    """
    cw = compiled()
    moved: set[int] = set()  # the parts given their total's period
    for f in figs:
        total = f.parent
        if (f.relation != "part" or total is None or f.measure != "level" or total.measure != "level"
                or f.period == total.period or not total.period or f.status != total.status
                or "from_value" in f.flags or "from_value" in total.flags or total.start > f.start
                or total.sentence != f.sentence and not norm.startswith(cw.part_markers, f.sentence[0])
                or _time_printed(norm, max(total.qend, _item_start(norm, f)), f.start)):
            continue
        f.period = total.period
        moved.add(id(f))
    for g, f in itertools.pairwise(figs):
        if (f.measure == "rate_pct" and g.measure == "level" and g.sentence == f.sentence and g.period != f.period
                and "from_value" not in g.flags and not _time_printed(norm, g.qend, f.start)
                and (id(g) in moved and f.indicator == g.indicator  # (其中外来人口59.3万人，占常住人口的比重为29.4%)
                     or (ms := _YEARS_SPAN.fullmatch(f.period)) and g.period == f"{ms.group(2)}年"
                     and (f.indicator == g.indicator or norm.startswith(cw.item_separator, g.qend)
                          and not any(ch in cw.comparison_clause_stops for ch in norm[g.qend:f.start])))):
            f.period = g.period
    for k, f in enumerate(figs):
        if (not f.period and f.measure in _CHANGE_MEASURES
                and (g := _changed_level(reversed(figs[max(0, k - CHANGED_LEVEL_REACH):k]), f, norm, cw)) is not None
                and g.status == f.status):
            f.period = g.period  # 工业总产值达到了六百五十亿二千万元，比一九五二年的…增长百分之一百四十一 in 1959: of its level's
            # time (一九五七年, given by its total's), as 内河轮驳船货物周转量将达到…，即比一九五二年增长三点二倍 in 1955 is


def _part_change_bases(figs: list[_Fig]) -> None:
    """Give a part's change printed with no base of its own the base of its total's change.

    A part's level right before its change (其中，中央财政赤字1.12万亿元，增加1700亿元) breaks down a total whose
    change right after it has a base (财政赤字1.62万亿元，比去年增加2700亿元): the part changes against that base
    too, as the total does.

    Parameters
    ----------
    figs : list of _Fig
        The figures of the report in order, parts already linked to their totals.
    """
    at = {id(g): i for i, g in enumerate(figs)}
    for i in range(1, len(figs)):
        g, part = figs[i], figs[i - 1]
        if (g.measure not in _BASE_SHARED_MEASURES or g.comparator or part.relation != "part"
                or (total := part.parent) is None or part.measure != "level" or part.indicator != g.indicator
                or part.sentence != g.sentence or (k := at.get(id(total), -1) + 1) <= 0 or k >= i - 1):
            continue
        change = figs[k]
        if (change.measure == g.measure and change.comparator and change.indicator == total.indicator
                and change.unit == g.unit and change.status == g.status):
            g.comparator = change.comparator


_PCT_CHANGES = frozenset(("yoy_pct", "change_pct"))


def _budget_gap_bases(norm: str, figs: list[_Fig]) -> None:
    """Compare with the budget an amount of revenue above or below it (超收, 短收 right before the figure) printing no
    base and taking none from its whole: 完成预算的105%，超收2.4亿元 is 2.4亿元 more than the budget, not than last year
    (比年度预算超收7239亿元 prints its own; 年均超收 is over the years it averages)."""
    cw = compiled()
    for f in figs:
        if (f.measure == "abs_change" and not f.comparator
                and any(w in norm[max(0, f.start - _BUDGET_GAP_REACH):f.start] for w in cw.budget_gap_words)):
            f.comparator = cw.budget_gap_base


def _marked_part_change_bases(norm: str, figs: list[_Fig]) -> None:
    """Give a change printed after 其中 with no base of its own the base of the change of its whole just before.

    比一九五二年增长百分之八十左右。其中：国营商业约增长百分之一百三十三点二 (1955): the part grows against 一九五二年, as
    its whole does, whether 其中 opens the part's sentence or a clause of the whole's. A part that prints a base or a time
    of its own (其中去年超收2573亿元, 其中第四季度增长３８％) keeps its own; an average over years (即平均每年递增…) is
    no base of a part's whole change, the change the average spreads is.

    Parameters
    ----------
    norm : str
        The normalised text of the report.
    figs : list of _Fig
        The figures of the report in order.
    """
    cw = compiled()
    stops: dict[tuple[int, int], tuple[list[tuple[int, int]], list[int]]] = {}  # a sentence's 其中 and semicolons
    wholes: dict[int, _Fig | None] = {}  # the whole of each 其中, read once for all its parts
    for i, f in enumerate(figs):
        if f.measure not in _BASE_SHARED_MEASURES or f.comparator or "multi_year" in f.flags:
            continue
        if f.sentence not in stops:
            s0, s1 = f.sentence
            stops[f.sentence] = ([m.span() for m in cw.part_marker.finditer(norm, s0, s1)],
                                 [m.start() for m in cw.semicolon.finditer(norm, s0, s1)])
        marker = _part_marker_before(norm, f, *stops[f.sentence])
        if marker is None:
            continue
        at, after = marker
        if at not in wholes:
            wholes[at] = _marked_whole_change(figs, i, at)
        whole = wholes[at]
        if (whole is None or whole.status != f.status or _time_printed(norm, after, f.start)
                or cw.comparison_word.search(norm, after, f.start)):
            continue
        if f.measure == "abs_change":
            f.comparator = whole.comparator  # (an amount of change keeps its measure against any base)
        elif whole.measure == "abs_change":
            _set_change_base(f, whole.comparator)
        else:
            f.measure, f.comparator = whole.measure, whole.comparator  # (against last year, as its whole: yoy_pct)


def _part_marker_before(norm: str, f: _Fig, markers: list[tuple[int, int]], semis: list[int]) -> tuple[int, int] | None:
    """The span of the 其中 that opens the part holding ``f``: the last of the sentence's ``markers`` before it, with
    none of its ``semis`` (semicolons, as offsets in the sentence) between unless a colon follows 其中 (其中:税收收入…;
    非税收入…), else None."""
    k = bisect.bisect_right(markers, (f.start, f.start)) - 1
    if k < 0 or markers[k][1] > f.start:
        return None
    at, after = markers[k]
    j = bisect.bisect_left(semis, f.start) - 1
    if j >= 0 and semis[j] >= after and not norm.startswith(":", after):
        return None
    return at, after


def _marked_whole_change(figs: list[_Fig], i: int, at: int) -> _Fig | None:
    """The change of the whole that the 其中 at ``at`` breaks down: the last figure before it, in its sentence or, when
    其中 opens the sentence, in the sentence right before, read back over averages over years of the same thing
    (增长百分之九十八点三，即平均每年递增百分之十四点七。其中); None unless it is a change with a base."""
    s0, avg = figs[i].sentence[0], ""
    for k in range(i - 1, -1, -1):
        g = figs[k]
        if g.end > at:
            continue
        if g.sentence != figs[i].sentence and (at != s0 or g.sentence[1] != s0):
            return None
        if avg and g.indicator != avg:
            return None
        if "multi_year" in g.flags and g.measure in _BASE_SHARED_MEASURES:
            avg = g.indicator
            continue
        if g.measure not in _BASE_SHARED_MEASURES or not g.comparator:
            return None
        return None if _bare_change_before(figs, k) else g  # (增长24.5%，比2019年同期增长3.6%，其中网上零售额…
        # 增长17.3%: a part's bare change is of the whole's bare one)
    return None


def _bare_change_before(figs: list[_Fig], k: int) -> bool:
    """Whether the thing ``figs[k]`` measures, in its sentence right before it, prints a change in percent with no base
    (增长24.5%，比2019年同期增长3.6%)."""
    g = figs[k]
    same = itertools.takewhile(lambda h: h.sentence == g.sentence and h.indicator == g.indicator,
                               (figs[j] for j in range(k - 1, -1, -1)))
    return any(h.measure in _PCT_CHANGES and not h.comparator and "multi_year" not in h.flags for h in same)


def _reached_from(norm: str, a: _Fig, b: _Fig) -> bool:
    """Whether ``b`` is the value a 由A…到B reaches right after ``a`` (从0.64%提高到1.13%, 由2007年的1.4%提高到2012年的
    1.97%, 从2009年的2.8%降到去年的1.5%)."""
    cw = compiled()
    mt = cw.to_word_after.match(norm, a.qend, b.start)
    return mt is not None and (mt.end() == b.start or (
        (mp := cw.from_to_period.search(norm, a.qend, b.start)) is not None and mp.end() == b.start))


def _listed_multiple_base(f: _Fig, before: _Fig, norm: str, text: str) -> None:
    """A multiple printed after another with its own base (是全市的4.1倍、全国的23.6倍) is of the same thing,
    against the base named just before it (全国)."""
    mb = compiled().times_base_listed.fullmatch(norm, before.end, f.start)
    if mb is not None:
        f.comparator = text[mb.start("base"):mb.end("base")].strip()


_FIGURE_IN_BASE = re.compile(r"\d(?![\d.]*年)")


def _more_than_base_sign(m: re.Match[str], cw: CueViews) -> int:
    """The sign of the change a ``more_than_base`` match ``m`` tells: -1 for a word saying less (比上年低, 较常年偏早:
    a departure word takes the sign the deviation signs give it), else 1."""
    dev = cw.deviation_sign.get(m.string[m.start("word") - 1:m.end("word")])
    return dev if dev is not None else -1 if m.group("word") in cw.more_than_base_less else 1


def _multiple_base(f: _Fig, norm: str, cw: CueViews) -> re.Match[str] | None:
    """The base a multiple ``f`` names in its own clause, after the thing multiplied and before the figure
    (``times_base``: 是1997年的2.3倍, its group ``base``), or None (no multiple, no subject before it)."""
    if f.unit not in cw.times_units or f.cs < 0 or f.subj_end <= f.cs:
        return None
    return _last_times_base(norm, f.cs, f.subj_end, cw)


def _last_times_base(norm: str, a: int, end: int, cw: CueViews) -> re.Match[str] | None:
    """The last ``times_base`` in ``norm[a:end]``: the 为 or 是 right before the base, not one inside the thing
    multiplied (被评为省级示范企业的数量为上年的2倍: 数量为上年的)."""
    m = cw.times_base.search(norm, a, end)
    while m and (later := cw.times_base.search(norm, m.start("base"), end)):
        m = later
    return m


def _own_multiple_base(f: _Fig, norm: str, text: str) -> None:
    """The base of a multiple printed in its own clause after the thing multiplied (消費資料的生産將等於一九四九年的
    三點一倍, 分别为１９８２年的３．４倍和２．２倍: the second member shares the base of the first)."""
    if f.list_head is not None and f.list_head is not f and f.list_head.unit == f.unit:
        f.comparator = f.list_head.comparator
        return
    mt = _multiple_base(f, norm, compiled())
    if mt is not None and not _FIGURE_IN_BASE.search(mt.group("base")):  # (a year is no figure)
        f.comparator = text[mt.start("base"):mt.end("base")].strip()


class _WideClauses:
    """Clauses of one sentence up to a comma, semicolon, full stop, colon or line end (80 characters at
    most); unlike the subject clause they read through brackets (高于全国(3.9%)0.4个百分点)."""

    __slots__ = ("norm", "start", "end", "stops")

    def __init__(self, norm: str, s0: int, s1: int) -> None:
        self.norm, self.start, self.end = norm, s0, s1
        self.stops = list(map(_START, compiled().comparison_clause_stop.finditer(norm, s0, s1)))

    def before(self, pos: int) -> str:
        lo = max(0, pos - 80)
        k = bisect.bisect_left(self.stops, pos) - 1
        i = self.stops[k] + 1 if k >= 0 and self.stops[k] + 1 > lo else lo
        if i == lo and lo < self.start:  # the sentence start is no stop: read on before it
            i = _wide_start(self.norm, self.start, lo)
        return self.norm[i:pos].strip()

    def after(self, pos: int) -> str:
        hi = min(len(self.norm), pos + 80)
        k = bisect.bisect_right(self.stops, pos - 1)
        j = self.stops[k] if k < len(self.stops) and self.stops[k] < hi else hi
        if j == hi and hi > self.end:
            j = _wide_end(self.norm, self.end, hi)
        return self.norm[pos:j]


def _wide_start(norm: str, i: int, lo: int) -> int:
    stops = compiled().comparison_clause_stops
    while i > lo and norm[i - 1] not in stops:
        i -= 1
    return i


def _wide_end(norm: str, j: int, hi: int) -> int:
    stops = compiled().comparison_clause_stops
    while j < hi and norm[j] not in stops:
        j += 1
    return j


_BASED_MEASURES = frozenset(("change_pct", "pp_diff", "rank", "rate_pct", "completion_pct"))


def _fill_comparator(f: _Fig, norm: str, text: str, wide: str) -> None:
    """The base of the figure when the text states one: of a change or difference, the group of a
    rank, the whole of a share, the task or budget of a completion."""
    cw = compiled()
    if f.measure in ("change_pct", "pp_diff"):
        f.comparator = _base_comparator(wide)
    elif f.measure == "rank":
        mr = cw.rank_re.search(wide)
        if mr:
            f.comparator = _rank_group(wide, mr, None)
    elif f.measure == "rate_pct" and (at := _cues_start(_SHARE_BASE_CUES, wide)) >= 0:  # (-1: neither is there)
        mw = _search_cue(cw.share_whole, "share_whole", wide, at)
        if mw:  # (the clause is stripped of spaces at its ends: the whole is found where it is printed)
            whole = mw.group("whole") or mw.group("bare") or mw.group("attain") or mw.group("then")  # (占全区36%:
            # the whole right before the figure; 已接近高中阶段学生人数的百分之五十: the whole the share reaches;
            # 恢复至2019年同期的九成以上: the same quantity then)
            a = norm.rfind(whole, max(0, f.start - len(wide) - 8), f.start)
            f.comparator = text[a:a + len(whole)].strip() if a >= 0 else whole.strip()
            if f.comparator in cw.share_place_wholes and (framed := _share_frame(norm, f)):
                f.comparator = text[framed[0]:framed[1]].strip()  # 在新开工的国家重点项目投资总额中，中西部地区占全国的
                # ４３％以上: the whole the frame names, of which the place is only where it is
        elif mr := _search_cue(cw.share_recovery, "share_recovery", wide, at):
            base = mr.group("base")  # 恢复至去年同期的七成: the level of the base it recovers to
            a = norm.rfind(base, max(0, f.start - len(wide) - 8), f.start)
            f.comparator = text[a:a + len(base)].strip() if a >= 0 else base.strip()
        elif whole := _share_frame(norm, f):
            f.comparator = text[whole[0]:whole[1]].strip()
    elif f.measure == "completion_pct" and f.cs >= 0:
        mb = cw.completion_base.search(norm, f.cs, f.start)
        if mb:
            base = mb.group("base")
            cut = next((i for i, ch in enumerate(base) if ch.isdigit()), len(base))
            a = mb.start("base")
            f.comparator = text[a:a + cut].strip().rstrip("（(").removesuffix(cw.de).strip()  # (规划目标（3000个）的: 规划目标)


def _share_frame(norm: str, f: _Fig) -> tuple[int, int] | None:
    """The span of the whole a clause of the sentence before the share names for its parts (在工业总产值中，国营工业所占
    的比重由1954年的59%上升到63%), when the share states none itself; None when there is no such clause."""
    cw = compiled()
    lead = norm[f.sentence[0]:f.start]  # (a slice: the clause may open the sentence)
    frame = None
    for m in cw.share_frame_clause.finditer(lead):
        frame = m
    if frame is None or (cw.share_verb not in lead[frame.end():] and not cw.to_word_end.search(lead, frame.end())
                         and any(c in cw.clause_stops for c in lead[frame.end():])):
        return None  # (在手工业总产值中，…的产值将上升到７２．５％: a share reached names its whole by the frame too;
        # 高中阶段学生中，职业学校在校生达到５６．８％: and a share of the clause right after the frame)
    return f.sentence[0] + frame.start("whole"), f.sentence[0] + frame.end("whole")


def _dimension(indicator: str, clause: str, loss_group: bool, a: int = 0, b: int | None = None, *,
               moved: bool = False, counted: bool = False, amount: bool = False, member: bool = False) -> str:
    """What the indicator is a breakdown of: a fiscal or economic ``total``, a ``sector``'s quantity,
    a ``tax_type``, new market ``entity`` counts, a ``base_loss`` (tax lost to relocations), or "".
    The clause of the figure is ``clause[a:b]`` (read only when the indicator names entities); ``moved``:
    the figure is an amount lost after the moving out is told, so even an aggregate (区级税收) is the loss;
    ``counted``: the figure counts persons, firms or things by its unit (人, 户, 家, 栋), which no total or tax is,
    whatever its name holds (税收优惠受益的企业 600多万户, 税收亿元楼宇 46座); ``amount``: the figure is an amount of money,
    which no count of new entities is (新设机构28家、注册资本金14.7亿元: the capital of the firms, not the firms);
    ``member``: the figure is a member of a 分别 list, one item of a group it names (三大产业分别实现增加值…: one
    industry's)."""
    p = _phrase_kind(indicator)
    if (loss_group and p.cat != "tax_type" and not p.sector and (moved or not p.aggregate)
            and not p.new_entity):
        return "base_loss"
    if p.kind == "sector" and not member and compiled().recap_group.search(indicator):
        return ""  # the sum of the industries a list names, closed by their group (金融业、房地产业、批发和零售业三大行业
        # 税收), is no breakdown's item
    if p.kind and not (counted and p.kind in ("total", "tax_type")):
        return p.kind
    if p.entity_word and not amount and (p.new_entity
                                         or compiled().new_entity.search(clause, a, len(clause) if b is None else b)):
        return "entity"
    return ""


@dataclass(frozen=True, slots=True)
class _PhraseKind:
    cat: str  # glossary category
    sector: bool
    aggregate: bool
    new_entity: bool  # 新设, 新增 … in the phrase
    entity_word: bool  # 市场主体, 企业 … in the phrase
    kind: str  # tax_type, sector or total, decided from the phrase alone


@functools.lru_cache(maxsize=8192)
def _phrase_kind(indicator: str) -> _PhraseKind:
    cw = compiled()
    ind = normalize(indicator)
    bare = ind
    for w in cw.fiscal_scopes:
        bare = bare.replace(w, "")
    # 规上营利性服务业营业收入增速: of the kind of the quantity whose growth it is
    bare = cut_end(bare, concept_rules().growth_suffixes)
    term = canonical_term(bare)
    cat = term.category if term else ""
    head, tail = _around_alias(bare, term)
    if tail and term is not None and cat != "sector":
        # 规上工业企业产值: a quantity of the units a glossary count names (规上工业企业) is one of the industry they are
        # named by, as 规上工业产值 is
        alias = bare[len(head):len(bare) - len(tail)]
        cut = cut_end(alias, concept_rules().sector_unit_words)
        inner = canonical_term(cut) if cut != alias else None
        if inner is not None and inner.category == "sector":
            term, cat = inner, inner.category
            head, tail = _around_alias(bare, term)
    # a glossary industry names the sector's quantity only when the phrase ends there or with a
    # quantity (金融业税收, 制造业增加值), not 工业生产许可证; an unknown phrase by its head (…服务业税收)
    ms = cw.sector_phrase.search(bare)
    own = not tail or tail.startswith(cw.sector_quantities) or tail.endswith(cw.sector_quantities)
    sector = (((cat == "sector" or _sector_headed(bare[len(head):len(bare) - len(tail)])) and own)
              or bool(ms and not bare[:ms.end("head")].endswith(cw.sector_not_heads))
              or (term is None and _sector_without_ye(bare)))
    alias = bare[len(head):len(bare) - len(tail)]
    if (not sector and head and alias.startswith(cw.sector_quantities)
            and max(len(q) for q in cw.sector_quantities if alias.startswith(q)) < len(alias)):
        # an industry named before a term that is more than its quantity (金融业税收占比: the industry's share of tax,
        # not the tax share of revenue; 农业税收入 is a tax's)
        mh = cw.sector_phrase.search(head)
        sector = bool(mh and not head[:mh.end("head")].endswith(cw.sector_not_heads))
    # an aggregate, not its intensity or share (单位国内生产总值能耗, 占国内生产总值的比重), nor the quantity of some
    # units (新引进企业税收, 重点楼宇税收: a part of the total, no total)
    aggregate = (term is not None and term.canonical in cw.aggregate_terms
                 and not ((whole := canonical_term(ind)) is not None and whole.canonical != term.canonical
                          and whole.canonical not in cw.aggregate_terms)  # 新增区级税收: a glossary part, with its level
                 and not any(w in head for w in cw.aggregate_share_before)
                 and not any(w in head for w in cw.aggregate_unit_heads)
                 and not any(w in tail for w in cw.aggregate_share_after))
    if aggregate and sector and not ((mh := cw.sector_phrase.search(head))
                                     and not head[:mh.end("head")].endswith(cw.sector_not_heads)):
        sector = False  # an aggregate whose own name holds an industry (规模以上工业增加值) is no sector's quantity
    relief = bare.endswith(cw.tax_relief_words)  # 减税, 留抵退税: a relief, not a tax
    # 减免增值税2.3亿元, 增值税减免: the tax waived, none collected (a relief verb anywhere in the name)
    relief = relief or any(w in bare for w in cw.tax_relief_verbs)
    # nor an amount not collected (审计发现应收未收非税收入980万元, 欠缴土地增值税): an audit finding, no revenue type
    relief = relief or any(w in bare for w in cw.tax_arrears_words)
    kind = ""
    # own: the phrase names the term's own quantity (增值税, 增值税收入, 房地产业实现税收), not 增值税起征点
    if not relief and ((cat == "tax_type" and own and not sector)
                       or (term is None and len(bare) > 1 and cw.tax_name.search(bare) and not sector)
                       or (term is not None and term.canonical in cw.revenue_type_terms)):
        kind = "tax_type"
    elif sector:
        kind = "sector"
    elif aggregate:
        kind = "total"
    return _PhraseKind(cat, sector, aggregate, bool(cw.new_entity.search(ind)),
                       any(w in ind for w in cw.entity_words), kind)


def _quantity_end(name: str) -> str:
    """The sector quantity ``name`` ends with (营业额, 税收, 增加值: the longest such ending), '' when it ends with none."""
    return next((q for q in compiled().sector_quantities if name.endswith(q)), "")


@functools.lru_cache(maxsize=1024)
def _sector_headed(name: str) -> bool:
    """A glossary name that is a quantity of a glossary sector (工业销售产值, 农林牧渔业总产值), or of the sector's units
    (规模以上服务业企业营业收入, 资质内建筑业企业总产值, 限额以上批发和零售业企业网上零售额), not of two (工业农业总产值)."""
    quantity = _quantity_end(name)
    rest = name[:-len(quantity)] if quantity else ""
    for i in range(len(rest) - 1, -1, -1):  # the term nearest the quantity (规模以上工业企业工业销售产值)
        inner = canonical_term(rest[i:])
        if inner is not None:
            between = _around_alias(rest[i:], inner)[1].removesuffix(compiled().total_mark)  # (…企业总产值: 总 of the sum)
            units = concept_rules().sector_unit_words
            between = next((between[:-len(w)] for w in units if between.endswith(w)), between)
            # the sector's units before what is said of their quantity (批发和零售业企业网上零售额)
            between = next((between[len(w):] for w in units if between.startswith(w)), between)
            return inner.category == "sector" and not any(h in between for h in extractor_cues().sector_heads)
    return False


@functools.lru_cache(maxsize=1024)
def _sector_without_ye(name: str) -> bool:
    """Whether ``name`` is an industry's quantity with the industry printed without its 业 (``限上餐饮营业额``:
    餐饮业, as ``限上住宿业营业额`` beside it): only a size class (限上, 规上) before the industry, which is a
    glossary sector once 业 is put back, and a sector quantity after it, at the end or opening what the phrase
    counts of it, as a glossary industry's quantity does (``房地产投资项目`` as ``工业投资项目`` beside it).

    Parameters
    ----------
    name : str
        The indicator, normalized, with no level of government.

    Returns
    -------
    bool
        True when the name is such a quantity of a sector.
    """
    cw = compiled()
    quantity = _quantity_end(name)
    rest = name[:-len(quantity)] if quantity else ""
    if not quantity and (mq := cw.sector_quantity_inside.search(name)):
        rest = name[:mq.start()]  # (房地产投资项目: the projects of the industry's investment)
    rest = next((rest[len(p):] for p in cw.sector_size_prefixes if rest.startswith(p)), rest)
    return bool(industry_with_head(rest))


def _insured_scheme(name: str, cw: CueViews) -> str:
    """The insurance scheme a count of persons insured named ``name`` is of (参加城乡居民基本养老保险 →
    城乡居民基本养老保险; 城乡居民基本医疗保险参保人数 → 城乡居民基本医疗保险); '' when the name is no such count."""
    if name.startswith(cw.insured_count_heads):
        scheme = name[len(next(h for h in cw.insured_count_heads if name.startswith(h))):]
    elif end := next((e for e in cw.insured_count_ends if name.endswith(e)), ""):
        scheme = name[:-len(end)]
    else:
        return ""
    return scheme if len(scheme) >= 2 and cw.de not in scheme else ""


def _school_of(prev: _Fig, f: _Fig, norm: str, cw: CueViews) -> str:
    """The schools a bare intake, leavers or roll (毕业学生, 在校学生) printed after ``prev`` in its clause run are
    of: those ``prev`` counts (办了三万多所农业中学，在校学生二百九十六万人 → 农业中学), or the owner of ``prev``
    named as one of these (全国高等学校新招生16.3万人，毕业学生6.4万人 → 全国高等学校); '' when neither, or when a
    semicolon ends the run between them (each item of a ；-list prints its own school)."""
    if cw.semicolon.search(norm, prev.end, f.start):
        return ""
    name = prev.indicator
    if prev.unit in cw.school_count_units and prev.measure == "level":
        return name
    head = next((h for h in cw.student_flow_heads if name.endswith(h)), "")
    return name[:-len(head)] if head and len(name) - len(head) >= 2 else ""


def _around_alias(phrase: str, term) -> tuple[str, str]:
    """The text of ``phrase`` before and after the longest name of the glossary ``term`` in it, the last one printed
    (回迁的区级税收50万元以上企业区级税收: the firms' tax, the first named only the size of each)."""
    if term is None:
        return phrase, ""
    for alias in sorted((term.canonical, *term.aliases), key=len, reverse=True):
        i = phrase.rfind(alias)
        if i >= 0:
            return phrase[:i], phrase[i + len(alias):]
    return phrase, ""


def _drop_plan_words(figs: list[_Fig]) -> None:
    """Drop the plan word a name ends with once it has made its figure a target: 棉花的指标为三千五百万担 is cotton
    planned, named 棉花 as its outcome is (the status says it is the plan's). A count of such words (15个指标) names
    them and keeps its noun; so does a name that is nothing but its owner and the word (其中的指标)."""
    cw = compiled()
    for f in figs:
        if (f.status == "target" and f.unit not in cw.target_name_counters
                and (m := cw.target_name.search(f.indicator)) and m.start() >= 2):
            f.indicator = f.indicator[:m.start()]


def _flag_cut_off(text: str, figs: list[_Fig]) -> None:
    """Flag ``cut_off`` a figure with no unit that ends the text, its sentence with no end after it: an excerpt
    cut there may have cut its unit or digits off (增长14.6 of 增长14.6%, 企业所得税收入56 of 56亿元…). A figure
    printed with its unit, or closing a row of cells (| 指标 | 52 |, 指标<tab>52), is whole."""
    body = text.rstrip()
    last = body[body.rfind("\n") + 1:]
    if not figs or compiled().cut_off_cell_line.search(last):
        return
    end = len(body)
    for f in figs:  # (a qualifier printed after the figure, 56左右, closes it: the figure does not end the text)
        if f.end >= end and not f.unit and not f.raw_unit and "table_cell" not in f.flags:
            f.flags += ("cut_off",)


_FLAG_ORDER = {c: i for i, c in enumerate(FLAGS)}


def _flags(f: _Fig) -> str:
    """The ``flags`` cell: the reasons to check ``f`` by eye, in the order of ``vocab.FLAGS``, ';'-joined."""
    if not f.indicator.strip():
        extra = "no_subject"
    elif f.measure != "rank" and _doubtful_name(f.indicator):
        extra = "cue_subject"
    else:
        extra = ""
    if not f.flags:  # (most figures)
        return extra
    return _flag_cell(f.flags, extra)


@functools.lru_cache(maxsize=1024)
def _flag_cell(flags: tuple[str, ...], extra: str) -> str:
    """``flags`` and ``extra`` (if any) once each, in the order of ``vocab.FLAGS``, ';'-joined (built
    once a combination)."""
    found = set(flags)
    if extra:
        found.add(extra)
    return ";".join(sorted(found, key=_FLAG_ORDER.__getitem__))


@functools.lru_cache(maxsize=8192)
def _doubtful_name(name: str) -> bool:
    """A name that is a cue word, one character or layout debris rather than what is measured."""
    cw = compiled()
    return len(name) < 2 or cw.doubtful_name.search(name) is not None


def _final(f: _Fig) -> float:
    """The signed value the facts table shows."""
    if f.measure in ("yoy_pct", "change_pct", "pp_diff", "abs_change", "level") and not (f.value < 0 and f.sign < 0):
        return float(f.value) if f.sign == 1 else float(f.value * f.sign)
    return float(f.value)


def _scope_part_name(part: _Fig, total: _Fig, cw: CueViews) -> None:
    """Name a bracketed part that prints only its level of government by that level and what its total is
    of, and put a level printed after the total's name at its head (税款全口径减收7亿元(地方级3.3亿元、区级1.4亿元)
    → 全口径税款, 地方级税款, 区级税款), as a level before a name is printed (区级一般公共预算收入)."""
    for f in (total, part):
        m = cw.fiscal_scope.search(f.indicator)
        if m and m.end() == len(f.indicator) and m.start() >= 2:
            f.indicator = m.group() + f.indicator[:m.start()]
    if cw.fiscal_scope.fullmatch(part.indicator) and (m := cw.fiscal_scope.match(total.indicator)) is not None:
        if len(rest := total.indicator[m.end():]) >= 2:
            part.indicator += rest  # (only a total whose name prints its level: a name carried to it may be wrong)


def _group_average(part: str, total: str, cw: CueViews) -> bool:
    """Whether ``part`` names the same average per head as ``total`` does, of a group of those ``total`` averages over
    (城镇居民人均可支配收入 of 全体居民人均可支配收入): no part that adds up to it, as a component of it is (工资性收入,
    人均工资性收入 of 居民人均可支配收入)."""
    at = max(total.rfind(w) for w in cw.per_head_words)
    return at >= 0 and part != total and part.endswith(total[at:])


def _total_at_start(part: _Fig, total: _Fig, figs: list[_Fig]) -> _Fig:
    """The total a part is of at the part's own time: for a part that starts a change (``from_value``) at a time
    other than the total's, the last start of a change of the total's name, unit and of the part's time printed
    before ``total`` in ``figs`` (公路通车里程由1997年的123万公里增加到2002年的176万公里，其中高速公路由4771公里增加到
    2.52万公里: the 4771 is of the 123万, not of the 176万); ``total`` itself otherwise."""
    if part.period == total.period or "from_value" not in part.flags:
        return total
    return next((t for t in reversed(figs) if t.end <= total.start and t.indicator == total.indicator
                 and t.period == part.period and t.unit == total.unit and "from_value" in t.flags), total)


def _total_in_column(part: _Fig, total: _Fig, row: Iterable[_Fig]) -> _Fig:
    """The total a cell of a table's row of a part (其中：税收收入 under 一般公共预算收入) is of: the cell of the total's
    row (``row``, its figures) in the part's column, of its period, measure and unit (本月 of 本月, 累计 of 累计), not
    the last level of that row; ``total`` itself for a figure of prose, or one of the total's period."""
    if part.cell_row[0] < 0 or total.cell_row[0] != part.cell_row[0] or total.period == part.period:
        return total
    return next((t for t in row if t.cell_row == total.cell_row and t.period == part.period
                 and t.measure == total.measure and t.unit == total.unit), total)


def _use_part_name(part: _Fig, total: _Fig, cw: CueViews) -> None:
    """Name a part after 其中 that prints only its use by the money its total spends, as the total's name holds
    it (who spends it, and its last noun of money spent): 中央财政用于“三农”的支出五年累计1.6万亿元，其中用于农村基础设施
    建设近3000亿元 → 中央财政用于农村基础设施建设的支出; 中央对地方转移支付总额…，其中…用于地方增加机关事业单位职工
    工资1755亿元 → 用于地方增加机关事业单位职工工资的转移支付. A total whose name holds no such noun leaves it."""
    if not cw.use_part.fullmatch(part.indicator) or (mm := cw.use_part_money.match(total.indicator)) is None:
        return
    mu = cw.use_part_lead.search(total.indicator, 0, mm.start("money"))
    payer = total.indicator[:mu.start()] if mu is not None else ""
    part.indicator = payer + part.indicator + cw.de + mm.group("money")


def _stock_clause_before(f: _Fig, norm: str, cw: CueViews) -> bool:
    """Whether the clause before the figure ``f`` ends by saying it is all there are (总数达到, 规上企业累计达到)."""
    return f.cs >= 0 and any(m.end() == f.start and m.end() > m.start()
                             for m in cw.stock_clause.finditer(norm, f.cs, f.start))


def _part_names_flow(part: _Fig, cw: CueViews) -> bool:
    """Whether a part after 其中 names a flow of its own (其中新增贷款, 其中当年到期债务): no name of its total's added."""
    return bool(cw.addition_verb.search(part.indicator) or cw.part_flow_head.search(part.indicator))


def _addition_part_name(part: _Fig, total: _Fig, cw: CueViews) -> None:
    """Name a part after 其中 that prints only its noun by what was done to its total (added, set up, started), as
    the total's name prints it before or after its noun: 新登记市场主体1.85万户，其中企业6420户 → 新登记企业; 新增公路
    60.9万公里，其中高速公路4.2万公里 → 新增高速公路; 保障性安居工程…新开工700万套以上，其中各类棚户区470万套以上 →
    新开工各类棚户区. A part that names a doing of its own keeps its name, and so does a size class (其中投资额超10亿元项目
    12个 of 引进项目52个: the class's figure would stand between the verb and its noun)."""
    if _part_names_flow(part, cw) or cw.figure_in_name.search(part.indicator):
        return
    if (m := cw.addition_lead.match(total.indicator)) is not None:
        part.indicator = m.group("verb") + part.indicator
    elif (m := cw.addition_tail.search(total.indicator)) is not None:
        part.indicator = m.group() + part.indicator


def _stock_part_name(part: _Fig, total: _Fig, cw: CueViews) -> None:
    """Name a part after 其中 that prints only its noun by the head its total's name ends with after the same noun:
    政府债务余额612.8亿元，其中一般债务182.6亿元 → 一般债务余额; 政府债务限额…，其中专项债务… → 专项债务限额; 各项贷款余额…，
    其中人民币贷款… → 人民币贷款余额. A part that ends with a stock's word of its own, names no kind of that noun (its
    last characters not the noun's), or names a flow (其中新增贷款, 其中到期债务) keeps its name."""
    if ((m := cw.part_stock_head.search(total.indicator)) is None or cw.stock_name_end.search(part.indicator)
            or _part_names_flow(part, cw)):
        return
    name = part.indicator
    if (len(name) > HEAD_CHARS and not name.endswith(m.group())
            and name[-HEAD_CHARS:] == total.indicator[m.start() - HEAD_CHARS:m.start()]):
        part.indicator = name + m.group()


DONE_LOOKBACK = 50  # how many earlier figures of the sentence a done count looks at for its total
HEADING_BACK = 40  # how far before a sentence a list heading (收入项目完成情况如下:) may end
SUM_BACK = 6  # how far before a sum its word (收入总量为) may begin
VIEW_BACK = 3  # how many sentences of figures back a breakdown's total may stand when the one before holds none
NAMED_WHOLE_TAIL = 3  # how many last characters of a name a part shares with the whole it is named for, at least
PARTS_ROUNDING = Decimal("0.99")  # the share of the sum of its parts a total holds at least (rounded parts)


def _relations(report: Report, figs: list[_Fig]) -> None:
    """Parts of a total (in brackets after it, or after 其中) and counts done out of a total.

    Every search is a bisection or a bounded walk, so a sentence of thousands of figures stays linear.
    """
    cw = compiled()
    norm = report.norm
    percent = frozenset(u for k, u in cw.units.values() if k == "percent") | {"pp"}
    by_sentence: dict[int, list[_Fig]] = {}
    for f in figs:
        by_sentence.setdefault(f.sentence[0], []).append(f)

    def link(part: _Fig, parent: _Fig, relation: str) -> None:
        if part.parent is None and part is not parent:
            part.parent, part.relation = parent, relation

    per_head: dict[str, bool] = {}  # by name, whether it is of a figure per head (人均): read once a name

    def additive(g: _Fig) -> bool:
        if g.measure != "level" or g.unit in percent:
            return False
        name = g.indicator
        held = per_head.get(name)
        if held is None:
            held = per_head[name] = cw.per_head_word.search(name) is not None
        return not held

    def above(g: _Fig, total: _Fig) -> bool:
        """Whether level ``g`` is more than ``total`` holds: no part of it (rounded parts aside)."""
        return g.measure == "level" and abs(g.value) * PARTS_ROUNDING > abs(total.value)

    def whole(total: _Fig | None) -> _Fig | None:
        """The total a breakdown after ``total`` breaks down, when none before it holds what the breakdown lists
        (``_holds``): ``total``, or the whole it is a part of (从收入结构看:…。从征收部门看:…; 其中税收收入…,非税收入….
        从主要税种看: of the whole, never of the last part)."""
        return next(reversed(list(_chain(total))), None)

    def carried(prev: list[_Fig], view: bool) -> _Fig | None:
        """The last level of the sentence before; after a breakdown (从征收部门看:), the total of its part."""
        total = next((g for g in reversed(prev) if additive(g)), None)
        return whole(total) if view else total

    def opened(text: str, prev: list[_Fig]) -> _Fig | None:
        """The total a list heading ending ``text`` breaks down (收入项目完成情况如下:, 其中:, 从层级看:), or None."""
        if cw.list_heading.search(text):
            return carried(prev, False)
        t = text.rstrip()
        mv = cw.part_view.search(t, max(0, len(t) - HEADING_BACK // 2))
        return carried(prev, True) if mv is not None and mv.end() == len(t) - 1 else None

    prev_levels: list[_Fig] = []
    prev_plans: list[_Fig] = []  # the levels a plan sets in the sentence before
    prev_pool: list[_Fig] = []
    back: deque[list[_Fig]] = deque(maxlen=VIEW_BACK)  # the levels of the last few sentences, for a breakdown
    prev_end = 0
    listed: _Fig | None = None  # the total the items of an open list are parts of
    for s0, fs in by_sentence.items():
        s1 = fs[0].sentence[1]
        pool = [g for g in fs if g.status != "target" and not g.reference]  # achieved, not reference levels
        starts = [g.start for g in pool]
        seg = norm[s0:s1]
        # a list of parts after a heading (收入项目完成情况如下:, 其中:), one item a sentence ending with a
        # semicolon: the item's first level is a part of the level before the heading
        gap = norm[max(prev_end, s0 - HEADING_BACK):s0]
        if prev_end < s0 - HEADING_BACK or gap.strip():
            listed = opened(gap, prev_levels)
        items = [g for g in pool if additive(g) and g.cell_row[0] < 0]
        if listed is not None and items and items[0].unit == listed.unit and additive(listed):
            link(items[0], listed, "part")
        if pool and "(" in seg:
            # bracketed parts right after a figure: 减收7亿元(地方级3.3亿元、区级1.4亿元)
            for m in _PAREN_PART.finditer(seg):
                if any(w in m.group(1) for w in cw.exclusion_words):
                    continue  # (what a figure leaves out: 农业产值达到七百八十三亿元(社办工业的产值一百亿元不包括在内))
                a, b = s0 + m.start(), s0 + m.end()
                i = bisect.bisect_left(starts, a) - 1
                total = pool[i] if i >= 0 and a - 1 <= pool[i].end <= a else None
                if total is None or total.unit in percent:
                    continue
                for g in pool[bisect.bisect_right(starts, a):bisect.bisect_left(starts, b)]:
                    if g.end < b and g.unit == total.unit and g.measure == total.measure and not above(g, total):
                        link(g, total, "part")  # (造价高达二百四十元（…共浪费一百三十八万元）: no part of it)
                        _scope_part_name(g, total, cw)
        plans = [g for g in fs if g.status == "target" and not g.reference]
        markers = [s0 + m.start() for m in cw.part_marker.finditer(seg)] if pool or plans else []
        # 其中 …: the total before it (or the last level of the sentence before), parts after it,
        # up to the next 其中 or a level of another unit (其中高速公路3.3万公里，新建、改扩建机场33个，…); past a
        # semicolon only while they are of one kind
        # (a change of an amount with parts that change: 比年度预算超收7239亿元，其中中央财政超收4168亿元); the parts of
        # a plan of the plan's total, outcomes of an outcome (今年拟安排财政赤字9000亿元，其中中央财政赤字7000亿元)
        for kept, before in ((pool, prev_levels), (plans, prev_plans)) if markers else ():
            at_kept = [g.start for g in kept]
            by_measure = {ms: [g for g in kept if g.measure == ms and g.unit not in percent]
                          for ms in ("level", "abs_change")}
            semis = list(map(_START, cw.semicolon.finditer(norm, s0, s1)))
            for k, at in enumerate(markers):
                first = next((g for g in kept[bisect.bisect_right(at_kept, at):] if g.unit not in percent), None)
                levels = by_measure["abs_change" if first is not None and first.measure == "abs_change" else "level"]
                i = bisect.bisect_left([g.start for g in levels], at) - 1
                by_unit: dict[str, _Fig] = {}  # the totals of the sentence before, the last one of each unit
                if i >= 0:
                    total = levels[i]
                    if (first is not None and i >= 1 and not _counted_alike(first.unit, total.unit, cw)
                            and _counted_alike(first.unit, levels[i - 1].unit, cw)
                            and not cw.semicolon.search(norm, levels[i - 1].end, at)):
                        total = levels[i - 1]  # 签约重大项目36个，协议总投资652.8亿元，其中百亿级项目2个: the count
                        # the amount between is of
                elif not norm[s0:at].strip(" :") and (wholes := [g for g in before if g.unit not in percent]):
                    by_unit = {g.unit: g for g in wholes}  # 粮食生产总面积321140亩,…粮食总产量132772吨…。其中:小麦
                    # 面积和产量是95517亩和37554吨: each part of the total in its unit
                    total = _named_whole(first, wholes)
                    by_unit[total.unit] = total
                else:
                    continue
                stop = markers[k + 1] if k + 1 < len(markers) else s1
                kind = None
                head_kind = ""  # the head noun of the first part, the kind a part of no other kind may share with it
                summed: dict[int, Decimal] = {}  # (id of a total: the sum of the parts linked to it)
                # the parts linked after this 其中, by name and period (a run of parts of one name and time is not read
                # again for each part after it: 其中全国累计1、全国累计1、…)
                linked: dict[str, dict[str, list[_Fig]]] = {}
                for g in kept[bisect.bisect_right(at_kept, at):bisect.bisect_left(at_kept, stop)]:
                    total = by_unit.get(g.unit, total)
                    if g.measure != total.measure or not _counted_alike(g.unit, total.unit, cw):
                        if kind is not None and g.measure == "level" and g.unit not in percent:
                            break
                        continue
                    if g.indicator == total.indicator and g.period != total.period:
                        continue  # 五年合计财政支出为六千零九十八亿元，其中一九八五年为一千三百零四亿元: a time of the
                        # total's span, no part of what it adds up
                    if any("from_value" not in p.flags for period, parts in linked.get(g.indicator, {}).items()
                           if period != g.period for p in parts):
                        continue  # 其中新开工项目18个，上半年新开工项目11个: a part at another time (of the part before),
                        # no other part of the total (其中高速公路由4771公里增加到2.52万公里: the end of a part's change is)
                    owner = _total_in_column(g, _total_at_start(g, total, fs), by_sentence.get(total.sentence[0], ()))
                    category = _part_kind(g.indicator)
                    j = bisect.bisect_left(semis, at)
                    crossed = j < len(semis) and semis[j] < g.start
                    held = summed.get(id(owner), Decimal(0)) + abs(g.value)
                    if g.measure == "level" and (_group_average(g.indicator, owner.indicator, cw) or above(g, owner)):
                        continue  # (a group's average is no part of the average of all: 全体居民人均可支配收入31850元，
                        # …其中城镇居民…人均可支配收入分别为33420元和21680元; nor is a level above the total:
                        # 固定资产投资同比增长12.6%，…其中建安投资完成41.7亿元 is not of the 38.6亿元 before)
                    if crossed and (not kind or category != kind and not (
                            category.startswith(SOFT_KINDS) and HEAD_KIND + g.indicator[-HEAD_CHARS:] == head_kind)
                                    or (kind.startswith(HEAD_KIND) or category != kind)
                                    and held * PARTS_ROUNDING > abs(owner.value)):
                        break  # (parts of one head noun only while they add up to no more than the total, one of them
                        # of no kind the glossary knows: 其中：财政拨款收入…；事业收入…；其他收入…; two kinds it knows
                        # apart are no parts of one total, 其中地方财政收入…；城镇居民人均可支配收入…; nor is one the glossary
                        # knows after a part of a soft kind, 其中工业投资45亿元；民间投资30亿元)
                    if cw.addition_lead.match(total.indicator) and (
                            cw.stock_name_end.search(g.indicator)
                            or crossed and _stock_clause_before(g, norm, cw)):
                        break  # 新增公路60.9万公里，其中高速公路4.2万公里，高速公路总里程达9.56万公里: a stock
                        # ends the parts of what was added (新引进企业58家，其中科技企业7家；新增规上企业3家，总数达到
                        # 42家: so does one its clause says is all there are, past a semicolon)
                    if (crossed and cw.addition_lead.match(total.indicator) and cw.addition_verb.search(g.indicator)
                            and g.indicator[-HEAD_CHARS:] != total.indicator[-HEAD_CHARS:]):
                        break  # 新增公路通车里程1.2万公里，其中高速公路3358公里；增加铁路新线1423公里: past a semicolon, an
                        # addition that names its own doing and another head noun is no part of the one before
                    if (g.unit_kind == "count" and cw.de in g.indicator and (done_of := next((
                            p for ps in linked.get(g.indicator.rsplit(cw.de, 1)[1], {}).values() for p in ps
                            if p.parent is owner and p.unit == g.unit and abs(g.value) <= abs(p.value)), None))):
                        link(g, done_of, "done")  # 其中新开工项目18个,已开工11个: those of the part before that are
                        continue  # done, not another part of the total
                    kind = kind or category
                    head_kind = head_kind or HEAD_KIND + g.indicator[-HEAD_CHARS:]
                    link(g, owner, "part")
                    if g.parent is owner:
                        summed[id(owner)] = held
                        _use_part_name(g, owner, cw)
                        _addition_part_name(g, owner, cw)
                        _stock_part_name(g, owner, cw)
                        linked.setdefault(g.indicator, {}).setdefault(g.period, []).append(g)  # (by the name it ends with)
                    if g.parent is owner and g.measure == "abs_change" and not g.comparator:
                        g.comparator = owner.comparator  # 其中中央财政超收4168亿元: against the budget its total is
        for kept, before in ((pool, prev_pool), (plans, prev_plans)) if markers else ():
            _part_shares(norm, kept, before, markers, (s0, s1), link)
        views = [(s0 + m.start(), s0 + m.end()) for m in cw.part_view.finditer(seg)] if pool else []
        for k, (va, vb) in enumerate(views):
            # a breakdown (从征收部门看:, 分产业看, 按领域分): the first level of each clause after it, up to the
            # next breakdown, past a semicolon only while of one kind, is a part of the last level before it
            # (in its sentence, else in the sentence before) that holds them all
            stop = views[k + 1][0] if k + 1 < len(views) else s1
            semis = list(map(_START, cw.semicolon.finditer(norm, vb, stop)))
            parts: list[_Fig] = []
            clause, kind, first = -1, None, None
            for g in items:
                j = bisect.bisect_left(semis, g.start)
                if g.start < vb or g.start >= stop or parts and g.unit != parts[0].unit:
                    continue
                if j == clause and (g.list_head is None or g.list_head not in (first, first.list_head)):
                    continue  # (the members of a list: 增值税、企业所得税分别完成78.4亿元、65.2亿元)
                term = canonical_term(g.indicator)
                category = term.category if term else ""
                if kind is not None and category != kind:
                    break
                if j != clause:
                    clause, kind, first = j, category, g
                parts.append(g)
            # (first the nearest that holds what they are: 其中税收收入…;非税收入…。分税种看,增值税… of the tax revenue)
            need = sum(abs(g.value) for g in parts) * PARTS_ROUNDING
            before = [g for g in items if g.end <= va][::-1] or [g for g in prev_levels if additive(g)][::-1]
            candidates = [g for g in before if parts and _holds(g, parts[0])] + [whole(g) for g in before]
            total = next((t for t in candidates if t is not None and additive(t)
                          and parts and t.unit == parts[0].unit and abs(t.value) >= need), None)
            if total is None and parts:
                # (else the nearest a few sentences back that holds them: 全区实现全口径税收收入1386.2亿元。区级税收收入
                # 完成1946520万元…。从主要税种看,增值税…分别完成412.6亿元… of the tax revenue, not the district's part)
                total = next((t for ls in reversed(back) for t in reversed(ls) if _holds(t, parts[0])
                              and t.unit == parts[0].unit and abs(t.value) >= need), None)
            for g in parts if total is not None else ():
                link(g, total, "part")
        # a sum after what it adds (…收入331.1亿元。加市级财政税收返还和补助收入109.6亿元、…,收入总量为490.7亿元):
        # the amounts added and the one they are added to, when they make no more than it; a budget draft's sum
        # of the amounts it sets (一般公共预算收入安排16亿元；加上级补助收入18.5亿元，收入总计34.5亿元) as an outcome's
        # (a sentence holding no character a word of a sum needs is not searched for one: 收入、1、1、…)
        sums = ((items, prev_levels), ([g for g in plans if additive(g) and g.cell_row[0] < 0], prev_plans)) if (
            _may_hold("sum_total", seg)) else ()
        for kept, before in sums:
            for t in kept:
                if not cw.sum_total.search(norm, max(s0, t.start - SUM_BACK), t.start):
                    continue
                mo = max(cw.sum_opener.finditer(norm, s0, t.start), key=_START, default=None)  # (the last)
                if mo is None:
                    continue
                added = [g for g in kept if mo.start() < g.start < t.start and g.unit == t.unit]
                base = whole(next((g for g in reversed(kept) if g.end <= mo.start()), None) or carried(before, False))
                members = added + ([base] if base is not None and base.unit == t.unit else [])
                if added and sum(abs(g.value) for g in members) * PARTS_ROUNDING <= abs(t.value):
                    for g in members:
                        link(g, t, "part")
        _stated_change_parts(norm, fs, by_sentence, link)
        _growth_parts(norm, fs, pool, prev_pool, markers, views, whole, link)
        if plans and markers:  # 对地方一般性转移支付增长7.8%,其中均衡性转移支付…增幅均超过10%: a plan's parts of its own
            _growth_parts(norm, fs, plans, prev_plans, markers, [], whole, link)
        ends = seg.rstrip()
        if ends.endswith((":", "：")):
            listed = opened(ends[-HEADING_BACK:], pool)
        elif not ends.endswith((";", "；")):
            listed = None
        prev_end = s1
        # counts done out of a total: 71项创建任务已完成64项; 规划建设5G宏基站1584个,已投入使用765个
        wide: _WideClauses | None = None
        picked: tuple[_Fig, _Fig, float] | None = None  # the last subset read, its whole and the sum picked so far
        for idx, m in enumerate(fs):
            if (m.measure != "level" or m.qualifier != "exact" or m.status == "target"
                    or m.unit_kind != "count" or m.unit in percent or not m.unit):
                continue
            if wide is None:
                wide = _WideClauses(norm, s0, s1)
            said = _done_said(wide, m, cw)
            if (whole_set := _subset_whole(norm, fs, idx)) is not None:
                link(m, whole_set, "done" if said else "part")  # (37个重点工程项目中,已有29个实现开复工: done)
                picked = (m, whole_set, _final(m))
                continue
            if (picked is not None and idx and fs[idx - 1] is picked[0] and m.unit == picked[1].unit
                    and m.status == picked[1].status and picked[2] + _final(m) <= _final(picked[1])
                    and _akin(picked[1].indicator, m.indicator)):
                # 全区10个街道中，7个街道好于上年，3个街道低于上年: the next count of the list right after a subset picks
                # from the same whole
                link(m, picked[1], "done" if said else "part")
                picked = (m, picked[1], picked[2] + _final(m))
                continue
            if not said:
                continue
            done = _final(m)
            total = next((t for t in reversed(fs[max(0, idx - DONE_LOOKBACK):idx])
                          if t.measure == "level" and t.unit == m.unit and t.qualifier == "exact"
                          and _final(t) >= done and _akin(t.indicator, m.indicator)), None)
            if total is not None and _final(total) > 0:
                link(m, total, "done")
        for idx, m in enumerate(fs):
            if m.parent is None and (whole_size := _size_class_whole(fs, idx)) is not None:
                link(m, whole_size, "part")  # 新开工项目71个,…;亿元以上新开工项目26个: those of a size
        prev_levels = [g for g in pool if g.measure == "level"]
        prev_plans = [g for g in plans if g.measure == "level"]
        prev_pool = pool
        back.append([g for g in prev_levels if additive(g)])


GROWTH_MEASURES = ("yoy_pct", "change_pct")  # the growth rates a part's and its total's statements pair (not the amounts
# of change: a part may rise by more than its total when another falls, so no sum of them is checked against it)
STATED_CHANGES = (*GROWTH_MEASURES, "abs_change")  # the changes stated for a level part paired with those stated for
# its total (其中:税收收入8103万元,比上年增收1284万元 under 比上年减收1070万元 of the budget revenue: no sum checked either)
_PLAIN_BASED = frozenset(("yoy_pct", "abs_change"))  # the changes whose base, last year, is printed or left unsaid alike
# (比去年增加2700亿元; 其中,中央财政赤字…,增加1700亿元)
OPEN_LEAD = 2  # how far into its sentence a head that opens it may stand (spaces, a colon)
GROWTH_REACH = 8  # how many figures after a level its own growth may come (增值税、企业所得税、个人所得税分别完成
# 78.4亿元、65.2亿元和41.6亿元,分别增长12.3%、20.6%和24.8%)


def _stated_growth(norm: str, x: _Fig, fs: list[_Fig], starts: list[int], measure: str) -> _Fig | None:
    """The growth rate of ``measure`` stated for the level ``x`` after it in its sentence ``fs`` (of figures starting at
    ``starts``): the first of its name within a few figures, before a semicolon (税收收入8103万元,比上年增收1284万元,
    增长18.8%; 小麦面积和产量是95517亩和37554吨,比上年增长5.1%和4.6%: each of a list its own)."""
    k = bisect.bisect_left(starts, x.start)
    near = fs[k + 1:k + 1 + GROWTH_REACH]
    ms = compiled().semicolon.search(norm, x.end, near[-1].start) if near else None
    for g in near:
        if ms is not None and g.start > ms.start():
            return None
        if g.measure == measure and g.indicator == x.indicator:
            return g
    return None


def _alike_growths(part: _Fig, total: _Fig, period: str | None = None) -> bool:
    """Whether ``part`` can be the growth of a part of what ``total`` is the growth of: the same measure, unit,
    period and base (比上年增长1.1%, 增长1.2%; 比去年增加2700亿元, 增加1700亿元: the year before, printed or not), of
    another thing (工资总额增长19%, 其中第四季度增长38%: a part of the year, no part of the whole), a growth a plan sets
    only under one a plan sets (对地方一般性转移支付增长7.8%, 其中均衡性转移支付…增幅均超过10%). ``period``, when given,
    is read for the part's own period."""
    plain = compiled().plain_yoy_bases
    return (part is not total and part.measure == total.measure and part.unit == total.unit
            and _one_year_part(part.period if period is None else period, total.period)
            and part.indicator != total.indicator
            and (part.comparator == total.comparator or part.measure in _PLAIN_BASED
                 and {part.comparator, total.comparator} <= plain | {""})
            and (part.status != "target" or total.status == "target") and not part.reference)


def _chain(f: _Fig | None) -> Iterator[_Fig]:
    """``f`` and the totals it is a part of, nearest first."""
    seen: set[int] = set()
    while f is not None and id(f) not in seen:
        yield f
        seen.add(id(f))
        f = f.parent if f.relation == "part" else None


def _holds(total: _Fig, part: _Fig) -> bool:
    """Whether ``total`` is a total of what ``part`` is (``breakdown_totals``): 税收收入 of 增值税 and 金融业税收,
    规模以上工业增加值 of 制造业增加值; so a breakdown after a part of a total (全县工业增加值增长6.0%,其中规模以上工业增加值
    增长7.2%。分三大门类看,采矿业增加值下降17.3%) breaks down the part."""
    items = compiled().breakdown_totals.get(concept(total.indicator).key)
    if not items:
        return False
    c = concept(part.indicator)
    return bool({c.key, c.key.partition(":")[0], c.category} & set(items))


def _stated_change_parts(norm: str, fs: list[_Fig], by_sentence: dict[int, list[_Fig]],
                         link: Callable[[_Fig, _Fig, str], None]) -> None:
    """The growth (or amount of change) stated for each level part of the sentence ``fs`` under the one stated for its
    total, measure by measure (一般公共预算收入完成X亿元,增长Y%,其中税收收入完成Z亿元,增长W%; of a plan's as of an
    outcome's: 教育支出安排12.4亿元，增长5.2% under the budget's 增长3.1%)."""
    s0 = fs[0].sentence[0]
    starts = {s0: [g.start for g in fs]}
    for p in fs:
        total = p.parent
        if p.relation != "part" or p.measure != "level" or total is None or total.measure != "level":
            continue
        own = by_sentence.get(total.sentence[0], [])
        if total.sentence[0] not in starts:
            starts[total.sentence[0]] = [g.start for g in own]
        for measure in STATED_CHANGES:
            gp = _stated_growth(norm, p, fs, starts[s0], measure)
            gt = _stated_growth(norm, total, own, starts[total.sentence[0]], measure) if gp is not None else None
            if gt is not None and _alike_growths(gp, gt, gp.period or p.period or gt.period):
                link(gp, gt, "part")  # (a growth of a part that prints no time is of its total's: 其中，工业总产值
                # 达到了…，比一九五二年的…增长百分之一百四十一, under 工农业总产值在一九五七年达到了…，比…增长百分之六十八)


def _growth_parts(norm: str, fs: list[_Fig], pool: list[_Fig], prev_pool: list[_Fig], markers: list[int],
                  views: list[tuple[int, int]], whole: Callable[[_Fig | None], _Fig | None],
                  link: Callable[[_Fig, _Fig, str], None]) -> None:
    """The growth rates of parts printed without their levels under those of their totals, after 其中 or a breakdown
    (全县工业增加值增长6.0%,其中规模以上工业增加值增长7.2%; 分产业看,第一产业增长129.2%), under the last growth of its
    measure before it (after 其中 up to the next semicolon; after a breakdown, also before a semicolon, of the nearest
    of it and its totals that holds what the items are, else of the whole: 其中,税收收入…下降4.1%。分行业看,金融业税收…
    under the tax revenue; 其中税收收入…,非税收入…下降8.2%。从主要税种看,…契税、土地增值税分别下降… under the whole).
    ``pool`` and ``prev_pool`` hold the outcomes of the sentence ``fs`` and the one before, or the targets a plan sets
    in them (其中均衡性转移支付…增幅均超过10%, no breakdowns)."""
    cw = compiled()
    s0, s1 = fs[0].sentence
    if not any(g.measure in GROWTH_MEASURES for g in pool):
        return
    at_pool = [g.start for g in pool]
    growths = {m: [g for g in pool if g.measure == m] for m in GROWTH_MEASURES}
    at_growth = {m: [g.start for g in gs] for m, gs in growths.items()}
    semis = [m.start() for m in cw.semicolon.finditer(norm, s0, s1)]
    heads = sorted([(at, at, False) for at in markers] + [(va, vb, True) for va, vb in views])
    for k, (at, after, view) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else s1
        j = bisect.bisect_left(semis, after)
        if not view and j < len(semis) and semis[j] < stop:
            stop = semis[j]  # (the parts after 其中 end at its clause group)
        i = bisect.bisect_left(semis, at) - 1
        lo = semis[i] if i >= 0 and not view else s0  # (a breakdown after a semicolon: of the total before it)
        if not view and i >= 0 and not norm[semis[i] + 1:at].strip(" "):
            lo = semis[i - 1] if i > 0 else s0  # …同比增长4.3%;其中高技术产业投资增长1.2倍: 其中 opening its item
            # breaks down the item before it
        opens = at - s0 <= OPEN_LEAD and not norm[s0:at].strip(" :")  # (其中:, 分产业看, opening the sentence)
        totals: dict[str, _Fig | None] = {}
        level: _Fig | None = None  # the last level after the head
        grown: dict[str, _Fig] = {}  # the last growth of each measure after it
        owned: set[int] = set()  # (ids of) the growths of a level of their own
        linked: dict[str, _Fig] = {}  # the total of the first growth of each measure linked with its level
        for g in pool[bisect.bisect_right(at_pool, after):bisect.bisect_left(at_pool, stop)]:
            if g.measure == "level":
                level = g
            if g.measure not in GROWTH_MEASURES:
                continue
            prior, grown[g.measure] = grown.get(g.measure), g
            if g.parent is not None:
                if view and g.relation == "part":
                    linked.setdefault(g.measure, g.parent)
                continue
            if (g.list_head is not None and id(g.list_head) in owned
                    or level is not None and (prior is None or prior.start < level.start)
                    and not cw.semicolon.search(norm, level.end, g.start)):
                owned.add(id(g))  # (a part with its level, above; and so each growth of a list after levels:
                continue  # 分别完成412.6亿元、538.4亿元和196.3亿元,分别增长18.2%、21.5%和12.7%)
            if g.measure not in totals:
                gs = growths[g.measure]
                n = bisect.bisect_left(at_growth[g.measure], at)
                same = [h for h in gs[max(0, n - 2):n] if h.start >= lo]  # (the last two before the head)
                if opens:
                    same = [h for h in prev_pool if h.measure == g.measure][-2:]
                last = same[-1] if same else None
                # (the nearest that holds the items, of the last growth's quantity: 税收收入…同比下降9.6%,剔除留抵退税因素
                # 后增长2.1%。分行业看: the first, of the items' base)
                held = next((h for x in reversed(same) if view and x.indicator == last.indicator
                             for h in _chain(x) if _holds(h, g) and _alike_growths(g, h)), None)
                if view and last is not None and last.relation != "part" and len(same) > 1:
                    last = None  # 分行业看,…,租赁和商务服务业税收同比增长3.3%。分税种看: the last item of a list, no total
                # (after items with their levels, the total those grow under: 从主要税种看,增值税…分别完成412.6亿元…,分别
                # 增长18.2%…;契税、土地增值税分别下降23.4%和11.6%)
                totals[g.measure] = held or linked.get(g.measure) or (whole(last) if view else last)
            total = totals[g.measure]
            if total is not None and _alike_growths(g, total) and not (view and _other_quantity(g, total)):
                link(g, total, "part")


def _other_quantity(part: _Fig, total: _Fig) -> bool:
    """Whether ``part`` names a quantity (its last word of ``sector_quantities``: 零售额, 税收, 增加值) that ``total``,
    its 总 left out, does not name, when the total is no term of the glossary (whose terms hold their parts: 地区生产总值
    the 增加值 of each industry, 财政收入 each 税收), or is one and the part is a glossary term of another domain than
    the total's: the growth of 石油及制品类零售额 after 分类别看 is no part of that of 跨境电商进出口额 the sentence
    before grows by."""
    quantity = _quantity_end(part.indicator)
    if not quantity or quantity in total.indicator.replace(compiled().total_mark, ""):
        return False
    whole = concept(total.indicator)
    if not whole.key:
        return True
    # (a glossary total holds the parts of its own domain, and sectors: not a glossary quantity of another domain, the
    # 石油及制品类零售额 of the consumption under the 跨境电商进出口额 of the trade)
    own = concept(part.indicator)
    return bool(own.key) and own.category not in (whole.category, "sector", "sector_quantity")


def _is_share(norm: str, g: _Fig) -> bool:
    """Whether ``g`` is a share: a rate whose own clause, before it, says what a part takes of a whole (占44%,
    占比为82.5%, 比重达39.5%)."""
    if g.measure != "rate_pct" or g.cs < 0:
        return False
    cw = compiled()
    clause = norm[g.cs:g.start]
    return cw.share_verb in clause or cw.share_word_after.search(clause) is not None


def _broken_down(norm: str, figs: list[_Fig]) -> tuple[_Fig | None, str]:
    """The total a 其中 printed after ``figs`` breaks down and the name of its whole: the last of them that is a level
    (its name) or a share (the whole it is a share of); or a change of a thing, its level printed before it if any,
    its name (固定资产投资比上年增长6.7%，其中…). Rates that are no shares (落地率) are passed over; (None, '') when none."""
    for k in range(len(figs) - 1, -1, -1):
        g = figs[k]
        if g.reference or "from_value" in g.flags or not g.indicator:
            continue
        if g.measure == "rate_pct":
            if _is_share(norm, g):
                return g, g.comparator
        elif g.measure == "level" and g.unit_kind != "percent":
            return g, g.indicator
        elif g.measure in STATED_CHANGES:
            level = next((h for h in reversed(figs[:k]) if h.measure == "level" and h.indicator == g.indicator
                          and h.unit_kind != "percent" and not h.reference), None)
            return level, g.indicator
    return None, ""


def _part_shares(norm: str, kept: list[_Fig], before: list[_Fig], markers: list[int], span: tuple[int, int],
                 link: Callable[[_Fig, _Fig, str], None]) -> None:
    """A share after 其中 in its clause group that names no whole of its own is a share of the total the 其中 breaks
    down: its comparator the whole (the total's name, or, when the total is itself a share, the whole that share is
    of), and a ``part`` of that total (2009年中央政府公共投资9243亿元，比上年预算增加5038亿元，其中，保障性住房、…投资占44%
    → 中央政府公共投资; 其中工业投资35亿元，占35%: of the total the part's level is a part of). The total is the one
    before 其中 in its sentence, or, when 其中 opens it, in the sentence before (``before``); a level after 其中 that is
    no part of it ends the shares."""
    cw = compiled()
    s0, s1 = span
    starts = [g.start for g in kept]
    for k, at in enumerate(markers):
        stop = markers[k + 1] if k + 1 < len(markers) else s1
        i = bisect.bisect_left(starts, at)
        after = kept[i:bisect.bisect_left(starts, stop)]
        if not any(g.measure == "rate_pct" and not g.comparator for g in after):
            continue
        lead = kept[:i] or (before if not norm[s0:at].strip(" :") else [])
        total, whole = _broken_down(norm, lead)
        last, held = at, True
        for g in after:
            if cw.semicolon.search(norm, last, g.start) is not None:
                held = False  # (the shares after 其中 end at its clause group, unless a part's level opens the next)
            last = g.end
            if g.measure == "level" and g.unit_kind != "percent":
                if g.parent is None or g.relation != "part":
                    break  # (a level of another thing: the breakdown has ended)
                total, whole = g.parent, g.parent.indicator  # (其中工业投资35亿元，占35%: of what the part is a part of)
                held = True  # (其中：财政拨款收入…，占94.6%；事业收入4567.89万元，占3.8%: each part past a semicolon too)
            elif not held:
                break
            elif not g.comparator and _is_share(norm, g) and (total is not None or whole):
                g.comparator = whole
                if total is not None:
                    link(g, total, "part")


def _named_whole(part: _Fig | None, wholes: list[_Fig]) -> _Fig:
    """The level of the sentence before (``wholes``, in order) that a part opening its sentence with 其中 is a part of:
    the last one, unless an earlier one of the part's unit and measure ends in more of the part's name, a head noun of
    ``NAMED_WHOLE_TAIL`` characters or more (政府债务余额486.5亿元，控制在…债务限额512.0亿元以内。其中一般债务余额
    178.3亿元: of the 债务余额, not the 债务限额)."""
    last = wholes[-1]
    if part is None:
        return last

    def shared(g: _Fig) -> int:
        pairs = zip(reversed(part.indicator), reversed(g.indicator), strict=False)
        return next((k for k, (a, b) in enumerate(pairs) if a != b), min(len(part.indicator), len(g.indicator)))

    best = max(reversed([g for g in wholes if g.unit == part.unit and g.measure == part.measure] or [last]), key=shared)
    return best if shared(best) >= NAMED_WHOLE_TAIL and shared(best) > shared(last) else last


def _counted_alike(unit: str, other: str, cw: CueViews) -> bool:
    """Whether a part in ``unit`` may be a part of a total in ``other``: the same unit, or two units counting the
    same bodies (上半年新设市场主体5682户，…；其中科技型企业1260余家: 户 and 家 both count enterprises).

    Parameters
    ----------
    unit, other : str
        The units of the part and of the total.
    cw : CueViews
        The compiled cue words.

    Returns
    -------
    bool
        True when the part may be counted in the total.
    """
    return unit == other or unit in cw.entity_count_units and other in cw.entity_count_units


def _part_kind(indicator: str) -> str:
    """The kind of thing a part after 其中 names, which the parts past a semicolon share: the
    category of the glossary term it speaks of (第一产业增加值; 第二产业增加值), unless that term is only a sector, else
    the quantity of a sector it names (种植业产值; 畜牧业产值: ``sector_output``; 工业收入; 商业收入: ``sector_revenue``,
    whether or not the glossary knows the sector), else its head noun, ``head:`` and its last two characters (教育支出; 卫生健康支出: ``head:支出``,
    parts past a semicolon only while they add up to no more than their total), else "" (no kind, so a semicolon ends
    the parts).

    Parameters
    ----------
    indicator : str
        The part's indicator.

    Returns
    -------
    str
        The kind, "" when none is known.
    """
    term = canonical_term(indicator)
    kind = term.category if term else ""
    if kind in ("", "sector"):  # (a sector the glossary knows and one it does not, of one quantity: 工业收入; 商业收入)
        kind = concept(indicator).quantity or kind
    head = indicator[-HEAD_CHARS:]
    if kind or len(indicator) <= HEAD_CHARS or not all("\u4e00" <= c <= "\u9fff" for c in head):
        return kind
    return HEAD_KIND + head


HEAD_KIND = "head:"  # the kind of a part named by its head noun alone (教育支出; 社会保障和就业支出)
HEAD_CHARS = 2  # how many characters end a head noun (支出, 产量)
SOFT_KINDS = (HEAD_KIND, "sector_")  # the kinds of a part no glossary term gives: its head noun, or the quantity of a
# sector it names (事业收入: ``sector_revenue``), which a part the glossary knows of the same head noun may go on with


_PAREN_PART = re.compile(r"\(([^()]{2,80})\)")


def _done_said(wide: _WideClauses, m: _Fig, cw: CueViews) -> bool:
    """Whether the clauses around count ``m`` say it is done (已完成64项, 已投入使用765个), its 已 before it and its
    verb after it too (已有29个实现开复工)."""
    before, after = wide.before(m.start), wide.after(m.end)
    if cw.done.search(before) or cw.done.search(after):
        return True
    mh = cw.done_have.search(before)
    return mh is not None and cw.done.match(mh.group("already") + after) is not None


def _subset_whole(norm: str, fs: list[_Fig], idx: int) -> _Fig | None:
    """The count that the count ``fs[idx]`` picks some of, printed right before it with only its things and 中
    between (38个工业行业大类中27个行业增加值实现同比增长, 全区40种主要工业产品中,33种产量实现同比增长), or the one
    its name says it counts some of the things of (``subset_of``: 共有15个指标,涉及中心城区的10个): that count, of the
    same unit and no smaller; None otherwise.

    Parameters
    ----------
    norm : str
        The normalised text of the report.
    fs : list of _Fig
        The figures of one sentence, in order.
    idx : int
        The index in ``fs`` of the count that may be a subset.

    Returns
    -------
    _Fig or None
        The whole count, or None.
    """
    m = fs[idx]
    t = m.subset_of or (fs[idx - 1] if idx else None)
    if (t is None or t.measure != "level" or t.status != m.status or t.unit != m.unit or t.qualifier != "exact"
            or _final(t) < _final(m)
            or t is not m.subset_of and not compiled().subset_of.fullmatch(norm, t.end, m.start)):
        return None
    return t


def _size_class_whole(fs: list[_Fig], idx: int) -> _Fig | None:
    """The level that the level ``fs[idx]`` is the part of a size class of: the last before it in its sentence
    whose name is its own less a size it reaches before it (年内新开工项目71个,完成投资42.40亿元;亿元以上新开工项目26个,
    完成投资33.30亿元 → 26 under 71, 33.30 under 42.40), of the same unit, status and no smaller; None otherwise.

    Parameters
    ----------
    fs : list of _Fig
        The figures of one sentence, in order.
    idx : int
        The index in ``fs`` of the level that may be of a size class.

    Returns
    -------
    _Fig or None
        The level of all the things, or None.
    """
    m = fs[idx]
    name = m.indicator
    if m.measure != "level" or m.qualifier != "exact" or not name or not _may_hold("size_class", name):
        return None  # (a name holding none of the characters one of which every size holds has none at its head: the
        # levels before it are not walked)
    size = compiled().size_class
    unit, status = m.unit, m.status
    value: float | None = None  # (the level's own, read once for all the levels before it)
    heads: dict[int, bool] = {}  # whether the first k characters of the name are a size, by k: read once a length
    for t in reversed(fs[max(0, idx - DONE_LOOKBACK):idx]):
        if (t.measure == "level" and t.unit == unit and t.status == status and t.qualifier == "exact"
                and len(t.indicator) >= 2 and name.endswith(t.indicator)):
            k = len(name) - len(t.indicator)
            if (sized := heads.get(k)) is None:
                sized = heads[k] = size.fullmatch(name, 0, k) is not None
            if sized and _final(t) >= (value if value is not None else (value := _final(m))):
                return t
    return None


def _akin(total: str, done: str) -> bool:
    """Whether two count phrases can name the same things (share two characters in a row)."""
    done = compiled().done.sub("", done).strip()
    if not total or not done:
        return True
    return any(done[i:i + 2] in total for i in range(len(done) - 1))


def unquantified_changes(report: Report | str | bytes | None = None):
    """Changes a report states without a figure, as a tidy table.

    "主要税种除个人所得税外均呈现负增长" says that 个人所得税 did not fall: one row with
    ``direction`` ``up``. Columns: ``report_id``, ``item`` (as printed), ``indicator`` (the item
    with the quantity the statement names, 金融业税收), ``direction`` (``up``/``down``),
    ``dimension`` (as in the facts), ``start``/``end`` (span of the item in ``report.text``),
    ``section`` and ``sentence``.

    Examples
    --------
    >>> u = unquantified_changes("主要税种除个人所得税外均呈现负增长。")
    >>> u[["item", "direction", "dimension"]].values.tolist()
    [['个人所得税', 'up', 'tax_type']]
    """
    import pandas as pd

    from .vocab import DIMENSIONS

    report = load_report(report)
    cw = compiled()
    norm, text = report.norm, report.text
    rows: dict[str, list] = {c: [] for c in ("report_id", "item", "indicator", "direction", "dimension", "start",
                                             "end", "section", "sentence")}
    quantity = re.compile("|".join(re.escape(q) for q in cw.sector_quantities))  # longest first
    for rx, direction in ((cw.except_down, "up"), (cw.except_up, "down")):
        for m in rx.finditer(norm):
            sent = report.sentence_at(m.start())
            s0 = sent.start if sent else m.start()
            window = norm[max(s0, m.start() - 12):m.end()]
            mq = quantity.search(window)
            pos = m.start("items")
            for part in cw.statement_item_split.split(m.group("items")):
                item = part.strip()
                if not item:
                    continue
                a = pos + m.group("items").find(item)
                printed = text[a:a + len(item)]
                ind = printed
                if mq and not printed.endswith(mq.group()) and _phrase_kind(printed).sector:
                    ind = printed + text[max(s0, m.start() - 12) + mq.start():max(s0, m.start() - 12) + mq.end()]
                rows["report_id"].append(report.report_id)
                rows["item"].append(printed)
                rows["indicator"].append(ind)
                rows["direction"].append(direction)
                rows["dimension"].append(_dimension(ind, window, False))
                rows["start"].append(a)
                rows["end"].append(a + len(item))
                rows["section"].append(report.section_at(a))
                rows["sentence"].append(text[sent.start:sent.end] if sent else "")
    df = pd.DataFrame(rows).sort_values("start", kind="stable").reset_index(drop=True)
    df = df.astype({"start": "int64", "end": "int64"})
    for col in ("report_id", "item", "indicator", "direction", "section", "sentence"):
        df[col] = df[col].astype("str")
    df["dimension"] = pd.Categorical(df["dimension"], categories=DIMENSIONS)
    return df


SENTENCE_MAX = 2000
SENTENCE_CHUNK = 1000


def _lead_span(report: Report, first_fact: int | None, headline: Sequence[int] = ()) -> tuple[int, int]:
    """The block the report leads with: a section headed 主要指标/经济运行/总体情况 … but a task of the part that
    plans (within a review of every field, 经济社会发展总体情况, the section of the economy's figures it holds,
    经济运行总体平稳) and but a sub-heading whose lead word comes after its first words when the first figure and a
    headline one (of ``headline``, the offsets of the figures of a headline concept) are printed in the opening of
    its part, before the part's first sub-heading (that opening leads), else the text from the paragraph of the first
    figure to the first top-level heading when that figure is printed before it, else the text of the first top-level
    heading before its first sub-heading, else the paragraph of the first figure; either up to a top-level heading run
    into it after a sentence (a bulletin printed as one line: 一、综合全年实现地区生产总值…。二、农业全年实现农业总产值…
    ends at 二、)."""
    secs = report.sections
    lv = layout_views()
    for s in secs:
        # (in its reading form: （一）主要經濟指標逐步恢復 is 主要经济指标's; not an item of a list, 二是…确保经济运行处于
        # 合理区间, which is one task told, not the block the report leads with)
        # (nor a sub-heading of the part that plans: （一）着力稳定宏观经济大盘，保持经济运行在合理区间 heads one task of
        # the year planned, whose figures are targets; the block led with is the review's. A top-level chapter,
        # 二、1981年国民经济计划的任务和主要指标, is kept: the review before it is one chapter with nothing to narrow it)
        if (s.level not in lv.run_in_item_levels and (ml := lv.lead_heading.search(heading := normalize(s.heading)))
                and not (s.level > 1 and report.part_at(s.start) == "plan")
                and not (s.level > 1 and first_fact is not None and first_fact < s.start
                         and ml.start() > (mn.end() if (mn := lv.heading_opening.match(heading)) else 0)
                         and _in_part_opening(secs, s, first_fact, headline))):
            # (nor a sub-heading of a task its lead word does not open, （一）坚持稳中求进工作总基调，着力创新和完善宏观
            # 调控，经济运行保持在合理区间 or （一）创新宏观调控，保持经济运行在合理区间, when the first figure is printed
            # in the opening of its part before the part's first sub-heading (五年来，…国内生产总值从54万亿元增加到82.7万亿元):
            # that opening leads, as in a report with no such heading; (二)经济运行开局良好 leads over an opening of figures.
            # Only an opening holding a headline figure leads so: 过去一年，全区召开常务会议32次，办理人大代表建议120件 of
            # the government's own work does not, and （一）坚持稳中求进，经济运行持续回升 after it does)
            # (a heading of the review of every field, 一、前三季度经济社会发展总体情况, holding one of the economy's
            # figures, (一)经济运行总体平稳: the block is that narrower one, not the review of every field after it)
            inner = None if lv.narrow_lead_heading.search(heading) else next(
                (t for t in secs if s.start < t.start < s.end and t.level > s.level
                 and t.level not in lv.run_in_item_levels and lv.narrow_lead_heading.search(normalize(t.heading))), None)
            return (inner or s).start, (inner or s).end
    first = next((s for s in secs if s.level == 1), None)
    if first is None:
        if first_fact is None:
            return 0, 0
        text = report.text
        end = text.find("\n", first_fact)
        return _before_run_in(report, text.rfind("\n", 0, first_fact) + 1, len(text) if end < 0 else end, first_fact)
    if first_fact is not None and first_fact < first.start:  # (figures before the first heading: 一季度,全县实现地区
        # 生产总值56.82亿元,… above 一、农业生产基本稳定)
        return _before_run_in(report, report.text.rfind("\n", 0, first_fact) + 1, first.start, first_fact)
    sub = _first_sub(secs, first)
    end = sub.start if sub else first.end
    # (so does an item of a list opening a paragraph too long to be read as a heading: 一是因时因势加强和创新宏观调控,
    # 推动经济回升向好。… running on for a page opens the review of the work done, as the 二是… after it does)
    item = next((m.start() + 1 for m in lv.heading_after_newline.finditer(report.norm, first.start, end)
                 if int(m.lastgroup[1:]) in lv.run_in_item_levels), end)
    return _before_run_in(report, first.start, item)


def _first_sub(secs: Sequence[Section], part: Section) -> Section | None:
    """The first sub-heading of section ``part`` (None for none)."""
    return next((t for t in secs if part.start < t.start < part.end and t.level > part.level), None)


def _in_part_opening(secs: Sequence[Section], s: Section, at: int, headline: Sequence[int]) -> bool:
    """Whether offset ``at`` and one of the offsets ``headline`` lie in the opening of the top-level part holding
    section ``s`` (a sub-heading of it), before the part's first sub-heading."""
    part = next((t for t in secs if t.level == 1 and t.start < s.start < t.end), None)
    if part is None:
        return False
    end = (_first_sub(secs, part) or s).start
    return part.start <= at < end and any(part.start <= h < end for h in headline)


def _before_run_in(report: Report, lo: int, hi: int, after: int | None = None) -> tuple[int, int]:
    """The span ``lo``–``hi`` of the text up to the first top-level heading run into it after a sentence (from
    ``after`` on: a paragraph's heading before its first figure, 。一、综合, opens the block)."""
    run_in = layout_views().run_in_heading.search(report.text, lo if after is None else after, hi)
    return lo, run_in.start() if run_in else hi


def _lead_flags(report: Report, start: np.ndarray, keys: Sequence[str]) -> np.ndarray:
    """Whether each figure (by its ``start`` offsets, in text order, and its concept ``keys``) lies in the block the
    report leads with."""
    by_key = terms_by_key()
    headline = [int(a) for a, k in zip(start, keys, strict=True)
                if k and (t := by_key.get(k)) is not None and t.headline]
    lo, hi = _lead_span(report, int(start[0]) if len(start) else None, headline)
    return (start >= lo) & (start < hi)


@functools.cache
def _segment_end(marks: str) -> re.Pattern[str]:
    """The pattern of the marks that end a line or table cell (compiled once)."""
    return re.compile("[" + re.escape(marks) + "]")


def _closed_up(report: Report) -> tuple[Report, list[int]] | None:
    """The report read with one space between a number and a Han character or the mark beside it
    (、 ， ： - / ∶ brackets, quotes, a Latin unit) closed up on lines of prose (全区实现地区生产总值
    1876.3 亿元，比 2019 年上半年增长 7.9%, 分别增长 7.4%、 10%, 人口自然增长率为- 1.2 ‰), and where each
    closed-up space was, as offsets of the reading copy (sorted); None when the text has no such space.
    A space no table parts (a number and 年, 月 or 日, a number and its %, a year and its colon, a number
    after a lower-case word: IPv 6) is closed up on any line (the pattern's ``sure`` group).

    Text spaced so is read as if printed without the spaces; the facts' offsets are mapped back to
    ``report.text`` (:func:`_map_back`). The text is judged a line, or a table cell (between table
    marks such as | or a tab), at a time: one with a gap between two numbers keeps its spaces, which
    may part the columns of a table, and so does one with no prose mark and only one such space
    (税收收入 15348: a row of a table of two columns). A year opening a clause after the space
    (2014年工作回顾 2014年,面对…) begins a paragraph run into the line: that space stays too, as does the one
    after a numbered heading's words run into their paragraph (一、2024年工作思路 2024年是…: :func:`_heading_gap`).
    """
    text = report.text
    letters = _letter_spaced(text)
    if letters:  # the spaces between the characters first; those beside a figure judged in the text without them
        at = [c - k for k, c in enumerate(letters)]
        figures = [_original(at, j) for j in _spaced_figures(without_chars(text, letters))]
        cuts = sorted(letters + figures)
    else:
        cuts = _spaced_figures(text, report.norm)
    if not cuts:
        return None
    reading = Report(without_chars(text, cuts), report.report_id, report.metadata, report.path, None, cleaned=True)
    return reading, [c - k for k, c in enumerate(cuts)]


def _segment(text: str, after: int, i: int) -> tuple[int, int]:
    """The line, or the table cell (between table marks such as | or a tab), holding offset ``i`` of ``text``,
    as (start, end at the mark after it); its start is searched back to ``after`` only, the end of the segment
    judged before it, so that judging a text segment by segment is linear."""
    marks = "\n" + layout_views().table_marks
    a = max(text.rfind(ch, after, i) for ch in marks) + 1
    nm = _segment_end(marks).search(text, i)
    return a, nm.start() if nm else len(text)


def _original(at: list[int], j: int) -> int:
    """Offset ``j`` of a reading copy closed up at ``at`` (see :func:`_closed_up`) as an offset of the text as given."""
    return j + bisect.bisect_right(at, j)


def _letter_spaced(text: str) -> list[int]:
    """Offsets of the spaces of ``text`` set between the characters of its words (地 区 生 产 总 值 完 成, as a
    copy of a PDF set with letter spacing gives them), judged a line or a table cell at a time
    (:func:`~dhcheng_analysis.report.letter_spaces`)."""
    lv = layout_views()
    cuts: list[int] = []
    b = 0  # the end of the segment judged last (the mark after it)
    after, before = lv.letter_space_after, lv.letter_spaced_char.match  # (the space first: fast)
    for m in after.finditer(text, 1):
        i = m.start()
        if i < b or not before(text, i - 1):
            continue
        a, b = _segment(text, b, i)
        cuts.extend(letter_spaces(text, a, b))
    return cuts


def _spaced_figures(text: str, norm: str | None = None) -> list[int]:
    """Offsets of the spaces of ``text`` beside a figure that :func:`_closed_up` closes up (``norm``: the reading copy
    of ``text`` when the report holds it already)."""
    lv = layout_views()
    if lv.spaced_figure.search(text) is None:
        return []
    cuts: list[int] = []
    b, ok = 0, False  # the end of the segment judged last (the mark after it), and its judgement
    heads: frozenset[int] | None = None  # (where the headings run into a line after a blank end: read once a text)
    for m in lv.spaced_figure.finditer(text):
        i = m.start()
        if m.lastgroup == "sure":
            cuts.append(i)
            continue
        if i >= b:  # the segment: the line, or the table cell (searched from the last one's end: linear)
            a, b = _segment(text, b, i)
            seg = text[a:b]
            ok = (lv.column_gap.search(seg) is None
                  and (any(ch in seg for ch in lv.prose_marks)
                       or sum(1 for _ in itertools.islice(lv.spaced_figure.finditer(seg), 2)) > 1))
        if ok and not _outline_gap(text, i):
            if heads is None:
                heads = _run_in_heading_ends(norm if norm is not None else normalize(text))
            if not _heading_gap(text, i, heads):
                cuts.append(i)
    return cuts


def _outline_gap(text: str, i: int) -> bool:
    """The space at ``i`` of ``text`` parts the number of a heading opening its line from the heading's words
    (2.1 一般公共预算收入完成56亿元): it stays, so that the number reads as the outline's marker, no figure."""
    ls = text.rfind("\n", 0, i) + 1
    m = OUTLINE_LINE.match(text, ls)
    return m is not None and m.end() == i


def _run_in_heading_ends(norm: str) -> frozenset[int]:
    """Where the words of each heading run into a line after a blank end (:func:`run_in_headings`, read over the
    text's reading copy ``norm``, as :attr:`Report.sections` reads them): past a full stop closing them."""
    stop = layout_views().paragraph_end
    return frozenset(end + (norm[end:end + 1] == stop) for _, end, _ in run_in_headings(norm))


def _heading_gap(text: str, i: int, heads: frozenset[int]) -> bool:
    """The space at ``i`` of ``text`` parts a numbered heading opening its line, or run into it after a blank (one
    of ``heads``, :func:`_run_in_heading_ends`), from the paragraph run into it (一、2024年工作思路 2024年是…。): it
    stays, so that the heading keeps its own words and the part it heads."""
    lv = layout_views()
    if i in heads:
        return True  # (…目标。 二、2024年工作思路 2024年是…: a heading run into the line after a blank)
    reach = lv.heading_max_chars  # (a heading's words open its line: a page on one line is read near i)
    ls = text.rfind("\n", max(0, i - reach), i) + 1
    if ls == 0 and i > reach:
        return False
    le = text.find("\n", i, i + reach)
    line = normalize(text[ls:i + reach if le < 0 else le])
    return spaced_heading_end(line, 0, len(line)) + ls == i  # (a line with no heading: its end, past i)


def _simplified(report: Report) -> Report | None:
    """The report with its traditional characters simplified (``較1955年增長了16％``), read as a simplified one
    is: the cue words are simplified, and the names the rules test are taken from the text. None when it holds
    no traditional character. One character for one: every offset holds."""
    folded = fold_traditional(report.text)
    if folded is report.text:
        return None
    return Report(folded, report.report_id, report.metadata, report.path, None, cleaned=True)


_RESTORE_BEFORE = 2000  # characters before a figure's sentence searched for a name carried from earlier


def _restore_script(report: Report, reading: Report, figs: list[_Fig], at: list[int]) -> None:
    """The names and printed figures of ``figs``, read in the simplified copy ``reading`` (closed up at ``at``,
    see :func:`_closed_up`), as the report prints them (``工業總產值``, ``一萬``): each is looked up in the copy
    around its figure and the report's characters there are taken; one made of words of no place in the text
    (``已投入使用的5G宏基站``) stays as read."""
    simple = reading.text
    # the report's characters at the copy's offsets: the same spaces closed up
    text = without_chars(report.text, [c + k for k, c in enumerate(at)]) if at else report.text
    found: dict[str, str] = {}  # a name as read → as printed (a figure is looked up where it stands)
    for f in figs:
        a, b = f.sentence
        for attr in ("indicator", "comparator", "raw_value", "raw_unit"):
            s = getattr(f, attr)
            if not s:
                continue
            if attr != "raw_value" and s in found:
                setattr(f, attr, found[s])
                continue
            k = simple.find(s, f.start, b) if attr == "raw_value" else simple.find(s, a, b)
            if k < 0:
                k = simple.find(s, max(0, a - _RESTORE_BEFORE), b)
            if k >= 0:
                printed = text[k:k + len(s)]
            else:  # (规模以上服务业企业营业收入: made of pieces of the text, each as the report prints it)
                printed = _printed_pieces(s, simple, text, max(0, a - _RESTORE_BEFORE), b)
            if attr != "raw_value":
                found[s] = printed
            setattr(f, attr, printed)


def _printed_pieces(s: str, simple: str, text: str, a: int, b: int) -> str:
    """``s``, read in the simplified copy ``simple``, as ``text`` prints it: the longest pieces of it found in
    ``simple[a:b]`` taken from ``text``, the rest as it is (a word of no place in the text: 的, 资金)."""
    out: list[str] = []
    j = 0
    while j < len(s):
        n, k = len(s) - j, -1
        while n > 0 and (k := simple.find(s[j:j + n], a, b)) < 0:
            n -= 1
        out.append(text[k:k + n] if n else s[j])
        j += n or 1
    return "".join(out)


def _map_back(report: Report, figs: list[_Fig], at: list[int]) -> None:
    """Offsets of ``figs`` read in the closed-up copy (:func:`_closed_up`) mapped to ``report.text``:
    an offset moves on by the spaces closed up at or before it; sections are read off the report."""
    orig = functools.partial(_original, at)
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for f in figs:
        f.start, f.end = orig(f.start), orig(f.end - 1) + 1
        s = f.sentence
        if s not in spans:
            spans[s] = (orig(s[0]), orig(s[1] - 1) + 1 if s[1] > s[0] else orig(s[0]))
        f.sentence = spans[s]
        f.section = report.section_at(f.start)


def _sentence_key(f: _Fig) -> tuple[int, int]:
    """The span of text the ``sentence`` column shows for ``f``: its sentence, or for a pathologically
    long sentence the window around the fixed block of SENTENCE_CHUNK characters that holds the figure,
    so the facts of one block share one string (and never each carry their own copy)."""
    s0, s1 = f.sentence
    if s1 - s0 <= SENTENCE_MAX:
        return s0, s1
    k = (f.start - s0) // SENTENCE_CHUNK
    a = max(s0, s0 + k * SENTENCE_CHUNK - (SENTENCE_MAX - SENTENCE_CHUNK) // 2)
    return a, min(s1, a + SENTENCE_MAX)


def _sentence_text(text: str, key: tuple[int, int], sentence: tuple[int, int]) -> str:
    a, b = key
    return ("…" if a > sentence[0] else "") + text[a:b] + ("…" if b < sentence[1] else "")


def extract_facts(report: Report | str | bytes | None = None):
    """Every quantitative figure of a report as a tidy facts table.

    Parameters
    ----------
    report : Report, path, str or bytes
        A loaded report, or anything :func:`load_report` accepts.

    Returns
    -------
    pandas.DataFrame
        One row per figure with the columns of ``FACT_COLUMNS`` (see DESIGN.md): span into
        ``report.text``, indicator, measure, value in base units, unit, qualifier, status,
        comparator, period, section and sentence, and the columns the tables read instead of
        the text:

        - ``comparator``: the base the text states — of a change or difference (一季度, 全市),
          the group of a rank (城六区), the whole of a share (一般公共预算收入), the task or
          budget of a completion (全年任务, 年初预算); empty when none is stated;
        - ``scope``: the level of government of an amount or rate (全口径, 地方级, 区级 …);
        - ``dimension`` (categorical): ``total``, ``sector``, ``tax_type``, ``entity``,
          ``base_loss`` or empty;
        - ``reference`` (categorical): ``prior`` for a level of the base period
          (比上年同期698120万元), ``plan`` for a budget or plan level (年初预算1500000万元);
        - ``parent_id`` and ``relation`` (categorical): a ``part`` of a total, or the count
          ``done`` out of a total, with the total's ``fact_id``;
        - ``lead`` (bool): the figure lies in the block the report leads with (a 主要指标
          section, else the text before the first sub-heading).

        Empty (with a :class:`NoFiguresWarning`) when the document holds no figures.

    Examples
    --------
    >>> f = extract_facts("一般公共预算收入完成96.9亿元,同比下降7%,完成全年任务的48.2%。")
    >>> f[["indicator", "measure", "value", "unit"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['一般公共预算收入', 'level', 9690000000.0, '元'],
     ['一般公共预算收入', 'yoy_pct', -7.0, '%'],
     ['一般公共预算收入', 'completion_pct', 48.2, '%']]
    """
    with _no_cycle_collection():
        report = load_report(report)
        try:
            return _facts_frame(report)
        except MemoryError:
            raise ReportTooLargeError(
                f"not enough memory to read the facts of report {report.report_id} ({len(report.text):,} "
                "characters) — split the text into smaller files") from None


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while the facts are read, and restore it as it was.

    The extractor allocates a few objects per figure that all live until the table is built and form
    no reference cycles (a figure points only to figures before it); every collection pass walks
    them all again, a quarter of the time on a text dense in figures. Reference counting still frees
    everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@functools.cache
def _closed_vocabulary(categories: tuple[str, ...]):
    """The code of each category and the categorical dtype of a closed vocabulary, built once."""
    import pandas as pd

    return {c: i for i, c in enumerate(categories)}, pd.CategoricalDtype(pd.Index(list(categories), dtype="str"))


@functools.cache
def _string_dtype(storage: str):
    """The ``str`` dtype under pandas' string storage option ``storage``, its array type, and whether it
    holds Arrow strings: looked up once (a lookup by name costs more than building a short column)."""
    import pandas as pd

    dtype = pd.api.types.pandas_dtype("str")
    return dtype, dtype.construct_array_type(), dtype.storage == "pyarrow"


@functools.cache
def _arrow_strings(storage: str):
    """A function wrapping an Arrow ``large_string`` array as a column of the ``str`` dtype (Arrow storage).

    The array's own constructor checks the type and builds an Arrow dtype for every column (about 4 µs, some
    sixty microseconds a table); an empty column of the dtype hands its dtype on to each new one instead, where
    pandas offers the way (else the constructor is called)."""
    import pyarrow as pa

    dtype, array, _ = _string_dtype(storage)
    empty = array(pa.array([], type=pa.large_string()), dtype=dtype)
    wrap = getattr(empty, "_from_pyarrow_array", None)
    return wrap if callable(wrap) else functools.partial(array, dtype=dtype)


def _distinct_categories(categories):
    """The categorical dtype of ``categories``, an Index of distinct strings, taken as it is.

    The public constructor checks the categories for nulls and duplicates by hashing them all (some
    0.1 ms even for one sentence); the sentences of a facts table are distinct strings by construction.
    Falls back to the public constructor where pandas lacks the fast path.
    """
    import pandas as pd

    try:
        return pd.CategoricalDtype._from_fastpath(categories, False)
    except (AttributeError, TypeError):
        return pd.CategoricalDtype(categories)


@functools.cache
def _fact_columns_index():
    """The column labels of a facts table, an Index built once (each table takes a shallow copy of its own)."""
    import pandas as pd

    return pd.Index(FACT_COLUMNS)


def _frame_of_columns(arrays: list, n: int):
    """The facts table of ``arrays`` (one a column of ``FACT_COLUMNS``, each a 1-d array of ``n`` values).

    The columns are already arrays of their final dtype and length, so the checks and conversions of the
    public constructor (about 0.2 ms a table, most of the cost of a table of a few facts) are skipped where
    pandas offers the way; otherwise the public constructor builds the same frame.
    """
    import pandas as pd

    try:
        return pd.DataFrame._from_arrays(arrays, columns=_fact_columns_index().copy(), index=pd.RangeIndex(n),
                                         verify_integrity=False)
    except (AttributeError, TypeError):
        return pd.DataFrame(dict(zip(FACT_COLUMNS, arrays, strict=True)), copy=False)


def _fact_ids(starts: Iterator[int]) -> Iterator[str]:
    """The id of each figure, from where it starts; the later facts of one figure (one per name of a list,
    see :func:`_each_of_list`) add their rank (f00425, f00425-2)."""
    last, k = -1, 1
    for s in starts:
        k = k + 1 if s == last else 1
        last = s
        yield f"f{s:05d}" if k == 1 else f"f{s:05d}-{k}"


def _facts_frame(report: Report):
    """The facts table of a loaded report, built column by column."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    from .vocab import DIMENSIONS, MEASURES, QUALIFIERS, REFERENCES, RELATIONS, STATUSES

    simple = _simplified(report)
    closed = _closed_up(simple or report)
    reading = closed[0] if closed else simple or report
    figs = _analyse(reading)
    _context_columns(reading, figs)
    _chain_bases(figs)
    _drop_plan_words(figs)
    if simple is not None:
        _restore_script(report, reading, figs, closed[1] if closed else [])
    if closed:
        _map_back(report, figs, closed[1])
    elif simple is not None:
        for f in figs:
            f.section = report.section_at(f.start)
    _flag_cut_off(report.text, figs)
    text = report.text
    n = len(figs)

    def attr(name: str, figs: list[_Fig] = figs) -> Iterator[str]:
        """One attribute of every figure, read at C speed (a column is built, used and dropped in turn)."""
        return map(operator.attrgetter(name), figs)

    def named(name: str, figs: list[_Fig] = figs) -> list[str]:
        """A column of names (indicator, comparator, period, scope) with full-width digits and letters read
        half-width (１６区 → 16区), as the same text printed in half width gives."""
        return half_width_all(list(map(operator.attrgetter(name), figs)))

    storage = pd.get_option("mode.string_storage")
    str_dtype, str_array, arrow = _string_dtype(storage)
    large_string = pa.large_string()
    arrow_strings = _arrow_strings(storage) if arrow else None

    def strings(values):
        # what ``pd.array(values, dtype="str")`` builds, straight from the strings (an array, not a Series:
        # no index to align); anything but a string or None takes pandas' own conversion
        values = list(values)
        if arrow:
            try:
                return arrow_strings(pa.array(values, type=large_string))
            except (pa.ArrowTypeError, pa.ArrowInvalid):
                pass
        return str_array._from_sequence(values, dtype=str_dtype)

    def category(values, categories) -> pd.Categorical:
        code, dtype = _closed_vocabulary(categories)
        return pd.Categorical.from_codes(np.fromiter(map(code.__getitem__, values), dtype=np.int8, count=n),
                                         dtype=dtype)

    # one string per sentence (or per block of a very long sentence), shared by its facts: a
    # categorical column holds each distinct sentence once
    by_span: dict[tuple[int, int], int] = {}
    by_text: dict[str, int] = {}
    codes = np.empty(n, dtype=np.int32)
    # the figures of one sentence (or one block of a long one) come in a row: the span of starts
    # that share the last code is kept, and a figure inside it takes that code
    last_sent: tuple[int, int] = (-1, -1)
    lo = hi = code = 0
    for i, f in enumerate(figs):
        sent = f.sentence
        if sent == last_sent and lo <= f.start < hi:
            codes[i] = code
            continue
        if sent[1] - sent[0] <= SENTENCE_MAX:
            key = sent
            lo, hi = -1, len(text) + 1
        else:
            key = _sentence_key(f)
            lo = sent[0] + (f.start - sent[0]) // SENTENCE_CHUNK * SENTENCE_CHUNK  # the block of the figure
            hi = lo + SENTENCE_CHUNK
        code = by_span.get(key)
        if code is None:
            code = by_span[key] = by_text.setdefault(_sentence_text(text, key, sent), len(by_text))
        codes[i] = code
        last_sent = sent
    sentence = pd.Categorical.from_codes(codes, dtype=_distinct_categories(pd.Index(list(by_text), dtype=str_dtype)))
    del by_span, by_text
    start = np.fromiter(attr("start"), dtype=np.int64, count=n)
    keys = share_keys(named("indicator"), attr("measure"), named("comparator"), attr("sentence"))
    keys = _counter_named_keys(figs, _firm_count_keys(figs, _budget_item_keys(figs, keys)))
    columns = {
        "report_id": strings([report.report_id] * n),
        "fact_id": strings(_fact_ids(attr("start"))),
        "start": start,
        "end": np.fromiter(attr("end"), dtype=np.int64, count=n),
        "indicator": strings(named("indicator")),
        "measure": category(attr("measure"), MEASURES),
        "value": np.fromiter(map(_final, figs), dtype=np.float64, count=n),
        "unit": strings(attr("unit")),
        "raw_value": strings(attr("raw_value")),
        "raw_unit": strings(attr("raw_unit")),
        "qualifier": category(attr("qualifier"), QUALIFIERS),
        "status": category(attr("status"), STATUSES),
        "comparator": strings(named("comparator")),
        "period": strings(named("period")),
        "scope": strings(named("scope")),
        "dimension": category(attr("dimension"), DIMENSIONS),
        "reference": category(attr("reference"), REFERENCES),
        "parent_id": strings([f"f{f.parent.start:05d}" if f.parent is not None else "" for f in figs]),
        "relation": category(attr("relation"), RELATIONS),
        "lead": _lead_flags(report, start, keys),
        "flags": strings(map(_flags, figs)),
        "section": strings(attr("section")),
        "sentence": sentence,
        "indicator_key": strings(keys),
    }
    del figs, attr
    df = _frame_of_columns([columns[c] for c in FACT_COLUMNS], n)
    if getattr(report.source, "pages", None):  # a paged source (PDF): the page each figure is printed on
        df["page"] = pd.Series([report.page_at(s) for s in df["start"]], index=df.index, dtype="int64")
    if df.empty:
        warnings.warn(f"no figures found in report {report.report_id}", NoFiguresWarning, stacklevel=2)
    return df
