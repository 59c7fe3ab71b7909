"""Numbers and names as a reader sees them: one place for every page, chart, sheet and the CLI.

Values in the facts and tables are in base units (元, persons, percent as 48.2).  These
functions turn them into text for people: money in 亿元/万元 (or bn/m yuan), changes with a
true minus sign, qualifiers kept (超3万家), codes through the label dictionary
(``vocab/labels.toml``), indicators in Chinese or with their glossary English name.

>>> format_level(9.69e9, "元"), format_pct(-7), format_pp(1.5)
('96.9亿元', '−7%', '+1.5')
>>> code_label("status", "actual", "zh"), column_header("yoy_pct", "en")
('实际', 'YoY change (%)')
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from .htmlpage import REPORT_PAGE
from .report import month_name, months_covered, period_words
from .vocab import QUALIFIER_FLIP, concept_rules, english_name, extractor_cues, labels

__all__ = [
    "LANGS", "SCALES", "check_lang", "choose_scale", "code_label", "column_header", "comparator_label",
    "column_wan_from", "worded_units", "format_cell", "cell_qualifier", "format_level", "report_caption", "format_pct", "format_pp", "indicator_label", "is_missing", "qualifier_prefix",
    "scoped_label", "planned_comparator", "rank_group_label", "one_period_form",
    "reader_table", "printed_numerals", "raw_decimals", "level_scale", "printed_scale", "shown_scale", "unit_of_others", "period_code", "rest_of_year", "year_span", "fact_value", "fact_anchor", "fact_href",
]

LANGS = ("zh", "en")
#: Money scales: (factor, Chinese prefix, English word).
SCALES = ((1e8, "亿", "100m"), (1e4, "万", "10k"))
#: Amount columns and the unit column that says what they are in (first one present wins).
AMOUNT_UNIT_COLUMNS: dict[str, tuple[str, ...]] = {
    "level": ("level_unit", "unit"),
    "implied_prior_level": ("level_unit", "unit"),
    "implied_annual_target": ("unit", "level_unit"),
    "h2_required": ("unit", "level_unit"),
    "abs_change": ("unit",),
    "value": ("unit",),
    "outcome_value": ("unit",),
    "numerator": ("count_unit",),
    "stated": ("unit",),
    "computed": ("unit",),
    "difference": ("unit",),
    "tolerance": ("unit",),
    "denominator": ("count_unit",),
}
#: The qualifier columns of a value column, where they differ: the first a row holds is its qualifier (a headline
#: row's ``change_qualifier``: 增幅近1/4, 近+25%).
# (a prior level derived from a bound is a bound: 超6000亿元, +5.8% → 超5,671.1亿元)
QUALIFIER_COLUMNS = {"level": ("level_qualifier",), "implied_prior_level": ("level_qualifier",),
                     "change_pct": ("change_qualifier", "qualifier"), "yoy_pct": ("yoy_qualifier",),
                     "comparator_value": ("comparator_value_qualifier",), "completion_pct": ("qualifier",),
                     # (a target printed as a bound, 3.6万人以上, and what the rest of the year must add to reach it)
                     "implied_annual_target": ("annual_target_qualifier",), "h2_required": ("annual_target_qualifier",)}
_YEAR_PERIOD = re.compile(r"(\d{4})年(上半年|一季度|前三季度|全年|末|初)?")
_YEAR_PARTS_EN = {"上半年": "H1 ", "一季度": "Q1 ", "前三季度": "Q1–Q3 ", "末": "end of ", "初": "start of "}


#: Columns of the corpus tables holding a code → the kind of code in ``vocab/labels.toml`` (``codes.<kind>``), as the
#: reader tables of the pages, the corpus workbook and the corpus charts read them.
CORPUS_CODE_COLUMNS: Mapping[str, str] = {
    "qualifier": "qualifier", "target_qualifier": "qualifier", "outcome_qualifier": "qualifier", "measure": "measure",
    "growth_basis": "growth_basis", "stage": "error_stage", "level": "place_level", "kind": "report_kind",
}

def check_lang(lang: str) -> str:
    """``lang`` when it is ``"zh"`` or ``"en"``; ValueError otherwise."""
    if lang not in LANGS:
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    return lang


def is_missing(value: Any) -> bool:
    """None, NaN, NA or a blank string."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and arrays are values
        return False


def _text(value: Any) -> str:
    return "" if is_missing(value) else str(value)


_SAFE_ID = re.compile(r"[A-Za-z0-9_.:-]{1,80}")


def fact_anchor(fact_id: Any) -> str | None:
    """The anchor (element id) of a fact on the annotated page; None for an id that is not plain."""
    text = "" if is_missing(fact_id) else str(fact_id)
    return f"fact-{text}" if _SAFE_ID.fullmatch(text) else None


def fact_href(fact_id: Any, page: str = REPORT_PAGE) -> str | None:
    """Link to a fact on the annotated page (:mod:`dhcheng_analysis.annotate`), e.g. ``report.html#fact-f00281``."""
    anchor = fact_anchor(fact_id)
    return f"{page}#{anchor}" if anchor else None


def _num(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


# ----------------------------------------------------------------------------- numbers
def printed_target(row: Mapping | Any) -> bool:
    """Whether a headline row's annual target is the one the report prints (完成年初预算数60999万元的40.4%), not
    the level over the completion: the headline table takes a printed target as printed.

    Parameters
    ----------
    row : mapping
        A row of the headline table (``level``, ``completion_pct``, ``implied_annual_target``).

    Returns
    -------
    bool
    """
    target, level, done = (_num(row.get(c)) for c in ("implied_annual_target", "level", "completion_pct"))
    if math.isnan(target) or math.isnan(level) or not done or math.isnan(done):
        return False
    return not math.isclose(target, level / (done / 100), rel_tol=1e-9, abs_tol=0.0)


def computed_completion(row: Mapping | Any) -> bool:
    """Whether a row's completion was computed from a count pair (21 of 28: 75.0%), not printed: it is shown with a
    fixed precision, as a derived figure is.

    >>> computed_completion({"source": "computed"}), computed_completion({"source": "stated"}), computed_completion({})
    (True, False, False)
    """
    return _text(row.get("source")) == "computed"


def format_pct(value: Any, *, signed: bool = True, digits: int | None = None, qualifier: Any = None,
               lang: str = "zh", derived: bool = False, raw: Any = None) -> str:
    """``-7`` → ``"−7%"`` (true minus sign); NaN → ``"—"``; after the word a ``qualifier`` puts before it.

    A figure as printed keeps its decimals, no fewer and no more (59.74% is not 59.7%, 7% is not 7.0%); one
    computed from others (``derived``, or a value with more decimals than any printed one) has a fixed precision:
    two decimals under 10 when the second counts, else one (:func:`derived_digits`); ``raw``: the printed
    numeral, whose decimals are kept (``3.90``).

    >>> format_pct(1.14), format_pct(48.2, signed=False), format_pct(float("nan")), format_pct(10, qualifier="at_least")
    ('+1.14%', '48.2%', '—', '≥+10%')
    >>> format_pct(-8, qualifier="at_least")  # 下降8%以上
    '≤−8%'
    >>> format_pct(59.74, signed=False), format_pct(50, signed=False, derived=True), format_pct(76.66666)
    ('59.74%', '50.0%', '+76.7%')
    """
    prefix = qualifier_prefix(qualifier, lang, value)
    x = _num(value)
    if math.isnan(x):
        return prefix + "—"
    if digits is None:
        digits = shown_digits(x, derived=derived, raw=raw)
    body = f"{abs(x):.{digits}f}%"
    if not signed:
        return prefix + ("−" if x < 0 else "") + body
    return prefix + ("+" if x > 0 else "−" if x < 0 else "±") + body


#: The most decimals a printed percentage or point difference is read with (0.845%); a value with more is computed.
PRINTED_PCT_DECIMALS = 3


def exact_decimals(value: float, most: int) -> int | None:
    """The decimals ``value`` carries when it has at most ``most`` (59.74 → 2, 7.0 → 0), else None (a computed
    value: 76.666…).

    >>> exact_decimals(59.74, 3), exact_decimals(7.0, 3), exact_decimals(76.66666666, 3)
    (2, 0, None)
    """
    for digits in range(most + 1):
        if abs(round(value, digits) - value) <= 1e-9 * max(1.0, abs(value)):
            return digits
    return None


def derived_digits(value: float) -> int:
    """The fixed decimals of a computed percentage: two under 10 when the second counts, else one.

    >>> derived_digits(3.3333), derived_digits(76.666), derived_digits(50.0)
    (2, 1, 1)
    """
    return 2 if abs(value) < 10 and round(value, 1) != round(value, 2) else 1


def shown_digits(value: float, *, derived: bool = False, raw: Any = None) -> int:
    """The decimals a percentage or point difference is shown with: those of the printed form ``raw`` when it is
    a plain numeral (``3.90`` → 2), else those the value carries (up to :data:`PRINTED_PCT_DECIMALS`); a
    ``derived`` value, or one with more decimals, with :func:`derived_digits`.

    >>> shown_digits(39.89), shown_digits(-7.0), shown_digits(-3.9, raw="3.90"), shown_digits(50.0, derived=True)
    (2, 0, 2, 1)
    """
    if derived:
        return derived_digits(value)
    text = _text(raw).replace(",", "")
    if _PLAIN_NUMERAL.fullmatch(text) and math.isclose(abs(float(text)), abs(value), rel_tol=1e-9):
        return len(text.partition(".")[2])
    found = exact_decimals(value, PRINTED_PCT_DECIMALS)
    return derived_digits(value) if found is None else found


_PLAIN_NUMERAL = re.compile(r"\d+(?:\.\d+)?")


def raw_decimals(raw: Any, shown: Any, *, whole: bool = False) -> int | None:
    """The decimals a figure printed as ``raw`` keeps when it is shown as the number ``shown``, in whatever scale:
    the printed numeral's own (``10.0`` → 1), moved by the scale it is shown in (``3.50`` 亿元 shown as 35000
    万元 → 0); None when ``raw`` prints no decimal (``245800`` 万元 shown as 24.58亿元 has no zero to keep: a
    page drops the zeros of a whole numeral), is no plain numeral or is not ``shown`` in a scale of ten.
    ``whole``: a whole numeral counts the places it is printed to as well (a column of a workbook, whose
    figures line up: ``20990`` 万元 shown in 亿元 is 2.0990, as 20745万元 is 2.0745).

    >>> raw_decimals("10.0", 10), raw_decimals("3.50", 3.5), raw_decimals("3.50", 35000), raw_decimals("245800", 24.58)
    (1, 2, 0, None)
    >>> raw_decimals("20990", 2.099, whole=True), raw_decimals("212", 2.12e6, whole=True)
    (4, 0)
    >>> raw_decimals("第五", 5)
    """
    text = _text(raw).replace(",", "")
    x = _num(shown)
    if not _PLAIN_NUMERAL.fullmatch(text) or math.isnan(x):
        return None
    r, v, d = abs(float(text)), abs(x), len(text.partition(".")[2])
    if not r or not v:
        return d if r == v else None
    k = math.log10(r / v)
    if not (d or whole) or abs(k - round(k)) >= 1e-6:
        return None  # (no decimal printed: 245800万元 shown as 24.58亿元 has no zero to keep)
    return max(0, d + round(k))


#: Columns whose figure is a percentage or points (its fact's unit ``%`` or ``pp``), by field kind.
_PCT_KINDS = ("percent", "change", "rate", "pp")


#: Columns whose figure is a percentage or not as the row's ``unit`` says (a headline row's level of a rate: 失业率1.49%)
_UNIT_OF_ROW = ("value", "level")


def printed_numerals(data: pd.DataFrame, facts: pd.DataFrame | None, columns: Iterable[str]) -> dict[str, list[Any]]:
    """The figure as printed (the fact's ``raw_value``: ``10.0``, ``3.50``) of each cell of ``columns`` a report
    prints: the fact the row cites (``fact_id``, ``fact_ids``, ``level_fact_id``) of the cell's value, a percentage
    for a column of percentages or points, an amount for the others; None where the cell is computed (a derived
    column) or no cited fact has its value. A table keeps numbers in base units (10.0% is 10, 3.50亿元 is 3.5e8); this
    lets its display keep the printed trailing zero.

    Parameters
    ----------
    data : DataFrame
        A key table.
    facts : DataFrame or None
        The report's facts (``fact_id``, ``value``, ``unit``, ``raw_value``); None gives no column.
    columns : iterable of str
        The columns shown.

    Returns
    -------
    dict
        Column → one printed numeral (or None) per row of ``data``, for the columns that have some.
    """
    ids = [c for c in ("fact_id", "level_fact_id", "outcome_fact_id", "fact_ids") if c in data.columns]
    if facts is None or facts.empty or not ids or not {"fact_id", "value", "raw_value"} <= set(facts.columns):
        return {}
    units = facts["unit"].astype("object") if "unit" in facts.columns else pd.Series("", index=facts.index)
    by_id = {i: (_num(v), _text(u) in ("%", "pp"), r)
             for i, v, u, r in zip(facts["fact_id"], facts["value"], units, facts["raw_value"], strict=True)}
    rows = zip(*(data[c].tolist() for c in ids), strict=True)
    cited = [[i for v in row for i in _text(v).split(";") if i in by_id] for row in rows]
    if "sentence" in facts.columns:  # (then the facts of their sentences: an annual target its completion prints)
        sentence = dict(zip(facts["fact_id"], facts["sentence"], strict=True))
        of_sentence: dict[Any, list[str]] = {}
        for i, text in sentence.items():
            of_sentence.setdefault(text, []).append(i)
        cited = [c + [i for s in dict.fromkeys(sentence[j] for j in c) for i in of_sentence[s] if i not in c]
                 for c in cited]
    records = data.to_dict("records")
    out: dict[str, list[Any]] = {}
    for col in columns:
        field = labels().fields.get(col)
        if col not in data.columns or not field or field.kind == "text":
            continue
        pct = field.kind in _PCT_KINDS
        # (a prior level the report prints, 比上年同期144987万元, is its numeral, though the column is derived)
        found = [None if _derived_cell(col, r) and col not in _PRINTED_WHEN_CITED else
                 _printed_of(r[col], cited[i], by_id, _text(r.get("unit")) in ("%", "pp") if col in _UNIT_OF_ROW else pct)
                 for i, r in enumerate(records)]
        if any(f is not None for f in found):
            out[col] = found
    return out


#: Derived columns whose cell is as printed when a fact of the row's sentence prints its value (the prior level).
_PRINTED_WHEN_CITED = frozenset({"implied_prior_level"})


def _printed_of(value: Any, cited: list[str], by_id: Mapping[str, tuple[float, bool, Any]], pct: bool) -> Any:
    """The printed numeral of the first cited fact of the kind ``pct`` whose value is ``value`` (its size: a fall
    prints its size), or None."""
    x = abs(_num(value))
    if math.isnan(x):
        return None
    for i in cited:
        v, is_pct, raw = by_id[i]
        if is_pct == pct and math.isclose(abs(v), x, rel_tol=1e-9, abs_tol=1e-12):
            return raw
    return None


def format_pp(value: Any, *, derived: bool = False, raw: Any = None) -> str:
    """Percentage points with a sign: ``1.5`` → ``"+1.5"``, ``-0.9`` → ``"−0.9"``, the decimals as printed
    (``1.17`` → ``"+1.17"``, ``12.35`` → ``"+12.35"``, ``2`` → ``"+2"``); a ``derived`` difference with
    :func:`derived_digits`; NaN → ``"—"``."""
    x = _num(value)
    if math.isnan(x):
        return "—"
    digits = shown_digits(x, derived=derived, raw=raw)
    return f"{'+' if x > 0 else '−' if x < 0 else '±'}{abs(x):.{digits}f}"


#: The bounds printed as signs (≥, ≤), which turn before a minus sign; 超 and 不足 are words of size and stay.
_SIGNED_BOUNDS = ("at_least", "at_most")


def qualifier_prefix(qualifier: Any, lang: str = "zh", value: Any = None) -> str:
    """What a qualifier puts before a number: ``over`` → ``超`` / ``over ``; ``exact`` → ``""``. A bound
    (以上, 以内) bounds the magnitude printed, so before a negative ``value`` shown with its minus sign the
    sign of the bound turns: 下降8%以上 is −8 at least in size, ``≤−8.0%``, not ``≥−8.0%``.

    >>> qualifier_prefix("at_least"), qualifier_prefix("at_least", value=-8), qualifier_prefix("at_most", value=-3)
    ('≥', '≤', '≥')
    """
    code = _text(qualifier)
    if code in _SIGNED_BOUNDS and _num(value) < 0:
        code = QUALIFIER_FLIP[code]
    found = labels().codes["qualifier"].get(code)
    return found.prefix(lang) if found else ""


def choose_scale(values: Iterable[float]) -> tuple[float, str, str]:
    """The money scale that fits a set of amounts: 亿 when the typical amount is 1亿 or more, else 万.

    >>> choose_scale([9.69e9, 3.2e8])[1], choose_scale([5e6, 2e5])[1]
    ('亿', '万')
    """
    nonzero = sorted(abs(v) for v in values if v and math.isfinite(v))
    if not nonzero:
        return SCALES[0]
    median = nonzero[len(nonzero) // 2]
    return SCALES[0] if median >= 1e8 else SCALES[1]


def printed_decimals(value: float, most: int = 3) -> int:
    """The decimals a figure carries in its display unit when it has few (as printed: 786.15亿元 has 2), else 0.

    A figure read from a report keeps every decimal it was printed with (786.15亿元 is not shown as 786.1亿元, nor
    440.95亿元 as 440.9 by the binary rounding of .1f); one computed (a prior level, 1,005.5236…) has more than
    ``most`` and is rounded as usual.

    >>> printed_decimals(786.15), printed_decimals(7256.0), printed_decimals(1005.5251141552511)
    (2, 0, 0)
    """
    found = exact_decimals(value, most)
    return 0 if found is None else found


def format_level(value: Any, unit: Any = "", lang: str = "zh", qualifier: Any = None, *, signed: bool = False,
                 wan_from: float | None = None, derived: bool = False, raw: Any = None,
                 scale: float | None = None, basis: float | None = None, basis_raw: Any = None) -> str:
    """A level in base units as a reader expects it: money in 亿元/万元, persons in 万人; ``signed``: a change,
    ``+`` before a rise; ``wan_from``: the least amount of money shown in 万 (1e5 元 unless given: a column of
    amounts in 万元 shows 60000元 as 6万元, see :func:`column_wan_from`). An amount as printed keeps its digits:
    when its scale would round it, it is shown in a smaller one (60999万元, not 6.1亿元; 691372人份, not 69.14万人份); a ``derived`` one (a prior level, an annual target) is rounded.
    ``raw``: the printed numeral, whose trailing zeros are kept in the scale shown (``3.50`` 亿元 → 3.50亿元);
    ``scale``: the size to show it in (1e4: 万), that of the amounts it is compared with (see :func:`level_scale`);
    ``basis``: the printed amount a ``derived`` one is computed from, whose decimals it keeps up to its own rounding
    (a prior level of 325.08亿元 is 301.0亿元, not 301亿元, as if counted in whole 亿), and none it lacks, whatever
    its size: a level known to 0.1亿 divided by a growth factor is known to about 0.1亿, not 0.01亿 (from 3777878万元,
    +5.8%: 3,570,773万元, not 3,570,773.2万元; from 70.5亿元, −1.1%: 71.3亿元, not 71.28亿元; from 52微克/立方米:
    60, not 59.98). A derived amount has no printed decimals: 3570773.157 is not read as a figure printed with two.
    ``basis_raw``: the basis as printed, whose trailing zeros count as its decimals (from 212.0亿元, +3.2%: 205.4亿元,
    not 205亿元).

    >>> format_level(9.69e9, "元")
    '96.9亿元'
    >>> format_level(9.69e9, "元", "en")
    '9.69 bn yuan'
    >>> format_level(30000, "家", qualifier="over")
    '超3万家'
    >>> format_level(1.26e14, "元", qualifier="over"), format_level(1.26e14, "元", "en")
    ('超126万亿元', '126 tn yuan')
    >>> format_level(-2, "位次"), format_level(-2, "位次", "en")  # a move in a ranking: a smaller rank number
    ('提升2位', 'up 2 in the ranking')
    >>> format_level(60000, "元"), format_level(60000, "元", wan_from=1e4)
    ('60,000元', '6万元')
    >>> format_level(40786.902, "件"), format_level(40786.902, "件", "en")  # a derived level: no 3 decimals
    ('4.08万件', '40,787 items')
    >>> format_level(6.0999e8, "元"), format_level(6.0999e8, "元", derived=True), format_level(691372, "人份")
    ('60,999万元', '6.1亿元', '691,372人份')
    >>> format_level(3.5e8, "元"), format_level(3.5e8, "元", raw="3.50"), format_level(2.144e10, "元", "en", raw="214.40")
    ('3.5亿元', '3.50亿元', '21.440 bn yuan')
    >>> format_level(2.458e9, "元"), format_level(2.458e9, "元", scale=1e4), format_level(9.8955e8, "元", derived=True, scale=1e4)
    ('24.58亿元', '245,800万元', '98,955万元')
    >>> format_level(3.01e10, "元", derived=True), format_level(3.01e10, "元", derived=True, basis=3.2508e10)
    ('301亿元', '301.0亿元')
    >>> format_level(3.570773157e10, "元", derived=True, scale=1e4, basis=3.777878e10)
    '3,570,773万元'
    >>> format_level(7.128e9, "元", derived=True, basis=7.05e9), format_level(59.98, "微克/立方米", derived=True, basis=52)
    ('71.3亿元', '60微克/立方米')
    >>> format_level(2.0543e10, "元", derived=True, basis=2.12e10), format_level(2.0543e10, "元", derived=True, basis=2.12e10, basis_raw="212.0")
    ('205亿元', '205.4亿元')
    >>> format_level(2.478e8, "元", derived=True, basis=2e8)  # (2亿元, −19.3%: not 2亿元 as well)
    '2.5亿元'
    """
    x = _num(value)
    if math.isnan(x):
        return "—"
    unit = _text(unit)
    if unit in extractor_cues().rank_move_units and x:
        move = labels().text["rank_move_up" if x < 0 else "rank_move_down"]
        return move[lang != "zh"].format(n=f"{abs(x):g}")
    prefix = qualifier_prefix(qualifier, lang, x)
    if x < 0:
        prefix, x = prefix + "−", -x
    elif signed and x > 0:
        prefix += "+"

    def num(v: float, scaled: bool = True, size: float = 1.0) -> str:
        most = _scaled_most(lang, v, scaled)
        digits = 0 if abs(v) >= 1000 and not scaled else 2 if abs(v) < 100 else 1
        if not derived:  # (786.15亿: 78.615 bn; a computed figure has no printed decimals)
            digits = max(digits, printed_decimals(v, most))
        known = abs(_num(basis)) / size  # (the printed level a derived figure is computed from, in this unit)
        of_basis = None if math.isnan(known) or not derived else exact_decimals(known, most)
        if of_basis is not None:  # (no decimal its printed level lacks: 3777878万元 → 3,570,773万元; 52 → 60; a
            # trailing zero of the printed basis is a decimal it is known to: 212.0亿元)
            of_basis = max(of_basis, raw_decimals(basis_raw, known) or 0)
            most_digits, digits = digits, min(digits, of_basis)
            # but no figure shown as its basis is when they differ (2亿元, −19.3%: 2.5亿元, not 2亿元)
            while digits < most_digits and v != known and f"{v:.{digits}f}" == f"{known:.{digits}f}":
                digits += 1
        text = f"{v:,.{digits}f}"
        text = text.rstrip("0").rstrip(".") if "." in text else text
        # (the decimals of what it is computed from: 301.0亿元; a trailing zero as printed: 3.50亿元)
        keep = digits if of_basis is not None else None if derived else raw_decimals(raw, v)
        return f"{v:,.{keep}f}" if keep and len(text.partition(".")[2]) < keep else text

    if unit in ("%", "pp"):
        sign = ("%" if unit == "%" else "个百分点") if lang == "zh" else ("%" if unit == "%" else " pp")
        return f"{prefix}{num(x)}{sign}"
    scales = _scales_of(x, unit, lang, wan_from)
    size, word = _forced_scale(scale, scales) or _amount_scale(x, scales, lang, derived)
    if lang == "zh":
        return f"{prefix}{num(x / size, size > 1, size)}{word}{unit}"
    unit_en = labels().units_en.get(unit, unit)
    if derived and size == 1:
        x = _to_place_of(x, _num(basis))
    return f"{prefix}{num(x / size, size > 1, size)} {word} {unit_en}".replace("  ", " ").rstrip()


def _to_place_of(x: float, basis: float) -> float:
    """``x`` rounded to the last place ``basis`` is known to where that is tens or more of a count printed in 万
    (2.1万人, read 21000: a target derived from it is about 36,000 persons, not 36,021); ``x`` itself otherwise.

    >>> _to_place_of(36021.4, 21000.0), _to_place_of(36021.4, 21345.0), _to_place_of(3602.1, 2100.0)
    (36000.0, 36021.4, 3602.1)
    """
    if math.isnan(basis) or abs(basis) < 1e4 or basis % 1:
        return x
    digits = str(int(abs(basis)))
    zeros = len(digits) - len(digits.rstrip("0"))
    return float(round(x, -zeros)) if zeros else x


def _scales_of(x: float, unit: str, lang: str, wan_from: float | None) -> list[tuple[float, float, str]]:
    """The ``(from, size, word)`` scales an amount ``x`` of ``unit`` may be shown in, largest first: 万亿, 亿 and
    万 in Chinese (money in 万 from 1e5 元, or ``wan_from``), tn, bn and m in English; a concentration in none."""
    physical = unit in ("微克/立方米",)
    if lang == "zh":
        least = 1e4 if not unit.endswith("元") else wan_from if wan_from and not x % 1e3 else 1e5
        scales = [(1e12, 1e12, "万亿")] if unit and not physical else []  # 126万亿元, 1.39万亿斤 as printed
        return scales + [(1e8, 1e8, "亿")] + ([(least, 1e4, "万")] if unit and not physical else [])
    return [] if physical else [(1e12, 1e12, "tn"), (1e9, 1e9, "bn"), (1e6, 1e6, "m")]


def _forced_scale(scale: float | None, scales: list[tuple[float, float, str]]) -> tuple[float, str] | None:
    """The ``(size, word)`` of ``scale`` among an amount's scales (1: none), None when not given or not one of them."""
    if scale is None:
        return None
    return next(((size, word) for _, size, word in scales if size == scale), (1.0, "") if scale == 1 else None)


def level_scale(value: Any, unit: Any = "", lang: str = "zh", *, derived: bool = False,
                wan_from: float | None = None) -> float:
    """The size :func:`format_level` shows an amount in (1e8: 亿, 1e4: 万, 1: none; in English 1e9: bn …), so the
    amounts compared with it can be shown in the same unit.

    >>> level_scale(1.46845e9, "元"), level_scale(2.458e9, "元"), level_scale(41228, "元"), level_scale(5, "%")
    (10000.0, 100000000.0, 1.0, 1.0)
    """
    x, unit = abs(_num(value)), _text(unit)
    if math.isnan(x) or not x or unit in ("%", "pp") or unit in extractor_cues().rank_move_units:
        return 1.0
    return _amount_scale(x, _scales_of(x, unit, lang, wan_from), lang, derived)[0]


def printed_scale(value: Any, raw: Any, lang: str = "zh") -> float | None:
    """The unit an amount was printed in, as a size (0.69亿元: 1e8; 245800万元: 1e4), from its printed numeral
    ``raw``; None in English (whose scales are others) or when ``raw`` is no plain numeral of the amount.

    >>> printed_scale(6.9e7, "0.69"), printed_scale(2.458e9, "245800"), printed_scale(2.458e9, "245800", "en")
    (100000000.0, 10000.0, None)
    """
    text = _text(raw).replace(",", "")
    x = abs(_num(value))
    if lang != "zh" or not _PLAIN_NUMERAL.fullmatch(text) or not float(text) or math.isnan(x):
        return None
    return next((size for size in (1e12, 1e8, 1e4, 1.0) if math.isclose(x / float(text), size, rel_tol=1e-9)), None)


def shown_scale(value: Any, unit: Any, lang: str = "zh", raw: Any = None, *, derived: bool = False,
                wan_from: float | None = None) -> float:
    """The size an amount is shown in alone: the unit it was printed in (:func:`printed_scale` of ``raw``), else,
    and always when it is ``derived``, that of :func:`level_scale`.

    >>> shown_scale(2.458e9, "元"), shown_scale(2.458e9, "元", raw="245800"), shown_scale(2.458e9, "元", raw="245800", derived=True)
    (100000000.0, 10000.0, 100000000.0)
    """
    printed = None if derived else printed_scale(value, raw, lang)
    return printed or level_scale(value, unit, lang, derived=derived, wan_from=wan_from)


def unit_of_others(value: Any, unit: Any, lang: str, scale: float, *, derived: bool = False,
                   qualifier: Any = None, raw: Any = None, wan_from: float | None = None,
                   basis: float | None = None, basis_raw: Any = None) -> str:
    """An amount shown beside others in the unit ``scale`` of theirs: itself when it is in that unit already (or
    ``derived``: in that unit outright), else as it is shown alone and, after it, in their unit
    (``24.58亿元（即245,800万元）`` beside 146,845万元), so a reader compares them at a glance and sees which is
    converted. ``basis``, ``basis_raw``: see :func:`format_level`.

    >>> unit_of_others(2.458e9, "元", "zh", 1e4), unit_of_others(9.8955e8, "元", "zh", 1e4, derived=True)
    ('24.58亿元（即245,800万元）', '98,955万元')
    >>> unit_of_others(2.458e9, "元", "zh", 1e4, raw="245800")  # printed in 万元: as printed, nothing converted
    '245,800万元'
    """
    kw = {"qualifier": qualifier, "raw": raw, "wan_from": wan_from}
    # (in English every amount is converted: no unit as printed)
    if derived or lang != "zh" or shown_scale(value, unit, lang, raw, wan_from=wan_from) == scale:
        return format_level(value, unit, lang, derived=derived, scale=scale, basis=basis, basis_raw=basis_raw, **kw)
    alone = format_level(value, unit, lang, scale=printed_scale(value, raw, lang), **kw)
    return alone + labels().word("in_unit_of_others", lang).format(v=format_level(value, unit, lang, scale=scale, **kw))


def _scaled_most(lang: str, v: float, scaled: bool) -> int:
    """The most decimals a number shown in a scale keeps (786.15亿元: 78.615 bn yuan; 1769.61万元: 17.6961 m yuan)."""
    return 4 if lang == "en" and scaled else 3 if lang == "en" and abs(v) < 1000 else 2


def _amount_scale(x: float, scales: list[tuple[float, float, str]], lang: str, derived: bool) -> tuple[float, str]:
    """The scale an amount is shown in, from ``(from, size, word)`` largest first: the largest it reaches; an
    amount as printed that needs more decimals there than the scale shows takes the next one down where it keeps
    them (691372人份 is 691,372人份, not 69.14万人份; 60999万元 is 60,999万元, not 6.1亿元); a ``derived`` one stays."""
    reached = [(size, word) for start, size, word in scales if abs(x) >= start] + [(1.0, "")]
    if derived:
        return reached[0]
    for size, word in reached:
        v = x / size
        most = _scaled_most(lang, v, size > 1)
        if any(abs(round(v, d) - v) <= min(1e-9 * max(1.0, abs(v)), 1e-6 * 10.0 ** -d) for d in range(most + 1)):
            return size, word  # (a computed amount has a fraction of a yuan: it is never whole in a smaller scale)
    return reached[0]


def column_wan_from(values: Iterable[Any], units: Iterable[Any]) -> float | None:
    """The least amount of money a column shows in 万: one scale for a column of amounts. When some amount of
    the column reads in 万元 (10万 to 1亿元), a round amount of whole thousands from 1万元 reads in 万 too
    (上划市级收入 6万元 among 7,716万元, not 60,000元); an amount not round in thousands (人均 52316元) stays in 元.
    ``None``: the usual threshold.

    >>> column_wan_from([7.716e7, 6e4], ["元", "元"]), column_wan_from([52316, 9.69e9], ["元", "元"])
    (10000.0, None)
    """
    money = [abs(_num(v)) for v, u in zip(values, units, strict=True) if _text(u).endswith("元")]
    return 1e4 if any(1e5 <= v < 1e8 for v in money) else None


# ----------------------------------------------------------------------------- names
_UNIT_SCALES_EN = (("万亿", "tn"), *((zh, en) for _, zh, en in SCALES))  # 亿 → 100m, as the headers


def unit_label(unit: Any, lang: str = "zh") -> str:
    """A unit as printed (``亿元``, ``万人``, ``个百分点``) in the chosen language: the scale as the workbook's
    headers name it (亿 → 100m, 万 → 10k), the unit by the dictionary of units; a unit it lacks stays as printed;
    the facts' code of percentage points (``pp``) as its word (百分点, pp).

    >>> unit_label("亿元", "en"), unit_label("万元", "en"), unit_label("个百分点", "en"), unit_label("户", "en")
    ('100m yuan', '10k yuan', 'pp', 'units')
    >>> unit_label("pp"), unit_label("pp", "en")
    ('百分点', 'pp')
    """
    text = _text(unit)
    if text == "pp":
        return labels().word("unit_pp", lang)
    if lang == "zh" or not text or text == "%":
        return text
    if text == "个百分点":
        return "pp"
    units = labels().units_en
    if text in units:
        return units[text] or ""
    for scale, word in _UNIT_SCALES_EN:
        if text.startswith(scale) and text[len(scale):] in units:
            return f"{word} {units[text[len(scale):]]}".rstrip()
    return text


def worded_units(frame: pd.DataFrame, columns: Iterable[str], lang: str = "zh") -> pd.DataFrame:
    """``frame`` with its unit ``columns`` (those it has) in the reader's language, by :func:`unit_label`: the unit
    code pp as 百分点 (pp), and in English every unit (亿元 → 100m yuan, 户 → units); a missing unit stays missing."""
    cols = [c for c in columns if c in frame.columns]
    return frame.assign(**{c: [v if is_missing(v) else unit_label(v, lang) for v in frame[c]] for c in cols})


def code_label(kind: str, code: Any, lang: str = "zh") -> str:
    """Label of a code value from the dictionary (``status``/``actual`` → 实际); unknown codes as they are."""
    return labels().code(kind, code, lang)


def column_header(col: str, lang: str = "zh", unit: tuple[str, str] | None = None, derived: bool | None = None) -> str:
    """Header of a column, e.g. ``水平值(亿元)`` or ``Level (100m yuan) [derived]``.

    ``derived`` defaults to the dictionary's flag for the column.
    """
    field = labels().fields.get(col)
    base = field.header(lang) if field else col
    if unit and (lang == "zh" or unit[1]):  # (an English count has no unit to name: 个 → "")
        base += f"({unit[0]})" if lang == "zh" else f" ({unit[1]})"
    if derived is None:
        derived = bool(field and field.derived)
    if derived:
        base += "[推算]" if lang == "zh" else " [derived]"
    return base


def indicator_label(row: Mapping | Any, lang: str = "zh", *, name_col: str = "indicator") -> str:
    """Label of a table row: the Chinese phrase, or its English name from the glossary.

    English comes from the row's ``indicator_en``, else the glossary, else the Chinese phrase.
    """
    zh = _text(row.get(name_col)) or _text(row.get("indicator")) or _text(row.get("item"))
    if lang == "zh":
        return zh
    return _text(row.get("indicator_en")) or english_name(zh) or zh


def scoped_label(row: Mapping | Any, lang: str = "zh", *, name_col: str = "indicator") -> str:
    """Label of a table row with the row's ``scope`` when its name lacks it: a level of government
    (``一般公共预算收入（区级）``) or a place (a table of every county names each one alike).

    A level of government the name says without its 级 is carried too (上划中央收入 of 中央级), a stem of one
    character is not (区级 of 区属企业收入: 区 is in many names).

    >>> scoped_label({"indicator": "一般公共预算收入", "scope": "地方级"})
    '一般公共预算收入（地方级）'
    >>> scoped_label({"indicator": "上划中央收入", "scope": "中央级"}), scoped_label({"indicator": "区属企业收入", "scope": "区级"})
    ('上划中央收入', '区属企业收入（区级）')
    """
    label = indicator_label(row, lang, name_col=name_col)
    scope = _text(row.get("scope"))
    if not scope or _names_scope(label, scope) or _names_scope(indicator_label(row, "zh", name_col=name_col), scope):
        return label  # (the printed name carries it: 税款(地方级) → Tax receipts (local share))
    return f"{label}（{scope}）" if lang == "zh" else f"{label} ({comparator_label(scope, 'en')})"


_SCOPE_LEVEL_END = re.compile(concept_rules().scope_level_suffix_regex)


def _names_scope(name: str, scope: str) -> bool:
    """Whether ``name`` says ``scope``: as printed, or a level of government without its 级 (中央 of 中央级) when
    what is left is two characters or more."""
    stem = _SCOPE_LEVEL_END.sub("", scope)
    return scope in name or (len(stem) >= 2 and stem in name)


def comparator_label(text: Any, lang: str = "zh") -> str:
    """A comparator as printed (``全市``, ``一季度``, ``2019年上半年``) in the chosen language.

    >>> comparator_label("全市", "en"), comparator_label("2019年上半年", "en"), comparator_label("1-7月", "en")
    ('city average', 'H1 2019', 'January–July')
    """
    text = _text(text)
    if lang == "zh" or not text:
        return text
    m = _YEAR_PERIOD.fullmatch(text)
    if m:
        return f"{_YEAR_PARTS_EN.get(m.group(2) or '', '')}{m.group(1)}"
    return _english_of(text, labels().comparators_en)


def rank_group_label(text: Any, lang: str = "zh") -> str:
    """The set a rank is taken in (``全省`` of 居全省第6位) in the chosen language: the set, not the average a
    comparator of the same words is (全省 → all in the province, where a comparator 全省 is the provincial average).

    >>> rank_group_label("全省", "en"), rank_group_label("城六区", "en"), rank_group_label("全省", "zh")
    ('all in the province', 'six urban districts', '全省')
    """
    text = _text(text)
    return text if lang == "zh" or not text else _english_of(text, labels().rank_groups_en)


def _english_of(text: str, pairs: tuple[tuple[re.Pattern, str], ...]) -> str:
    """The English of the first pattern of ``pairs`` ``text`` matches (its month slots named); ``text`` itself
    without one."""
    for pattern, english in pairs:
        if m := pattern.search(text):
            return _MONTH_SLOT.sub(lambda s: month_name(int(s.group(1))), m.expand(english))
    return text


_MONTH_SLOT = re.compile(r"\{month:(\d{1,2})\}")


def planned_comparator(text: Any) -> bool:
    """Whether a comparator names a level that was set, not one that happened: a target, plan or budget
    (塌目标1.8个百分点 → ``目标``; 比年初预算 → ``年初预算``), read with the extractor's plan words.

    >>> planned_comparator("目标"), planned_comparator("年初预期目标"), planned_comparator("全市")
    (True, True, False)
    """
    return bool(_text(text)) and re.search(extractor_cues().compared_plan_regex, _text(text)) is not None


def adjusted_basis(text: Any) -> bool:
    """Whether a change's stated base is a way of counting it (剔除留抵退税因素, 两年平均), not a level it is
    compared with (2019年同期, 上月, 年初预算): it reads 财政总收入（剔除留抵退税因素）−4.4%, never 比剔除留抵退税因素.

    >>> adjusted_basis("剔除留抵退税因素"), adjusted_basis("两年平均"), adjusted_basis("2019年同期"), adjusted_basis("年初预算")
    (True, True, False, False)
    """
    words = concept_rules().undated_base_words
    return any(w in _text(text) for w in words) and not planned_comparator(text)


def has_values(data: pd.DataFrame, column: str) -> bool:
    """Whether some row of ``data`` has a value in ``column`` (not missing, not blank).

    >>> has_values(pd.DataFrame({"rank": [None, 3.0], "rank_group": ["", " "]}), "rank_group")
    False
    """
    if column not in data.columns:
        return False
    values = data[column]
    return bool((values.notna() & (values.astype(str).str.strip() != "")).any())


def change_note(change: float, comparator: Any, lang: str = "zh", qualifier: Any = None) -> str:
    """A change against another base than the year before, with what it is measured against.

    Parameters
    ----------
    change : float
        The change in percent.
    comparator : str
        Its stated base or basis (``剔除留抵退税因素``, ``2019年同期``); empty when the report names none.
    lang : str
        ``"zh"`` or ``"en"``.
    qualifier : str, optional
        The change's qualifier code, put before it (增幅近1/4: ``近+25%``).

    Returns
    -------
    str
        ``剔除留抵退税因素−4.4%`` (a basis), ``比2019年同期+1.2%`` (a base), ``−40.0%（未写明基期）`` (none).

    >>> change_note(-4.4, "剔除留抵退税因素"), change_note(1.2, "2019年同期"), change_note(-40, "")
    ('剔除留抵退税因素−4.4%', '比2019年同期+1.2%', '−40%（未写明基期）')
    >>> change_note(25, "2020年", qualifier="nearly")
    '比2020年近+25%'
    """
    words = labels().words(check_lang(lang))
    v = format_pct(change, qualifier=qualifier, lang=check_lang(lang))
    comp = _text(comparator)
    if not comp:
        return words["change_unstated"].format(v=v)
    key = "change_basis" if adjusted_basis(comp) else "change_against"
    return words[key].format(comp=comparator_label(comp, lang), v=v)


def period_code(metadata: Mapping[str, Any]) -> str:
    """The period a report covers as a code: ``H1``, ``Q1``, ``Q1-Q3``, ``FY``, ``M5`` (the months to May), ``plan``
    (a plan draft) or ``""``.

    >>> period_code({"period": "Q1-Q3"}), period_code({"title": "2021年国民经济和社会发展计划草案"})
    ('Q1-Q3', 'plan')
    """
    code = str(metadata.get("period") or "")
    code = re.sub(r"^\d{4}", "", code)  # 2020H1 → H1
    if code in labels().periods or months_covered(code):
        return code
    kind = str(metadata.get("kind") or "")
    if "草案" in str(metadata.get("title") or "") or kind in ("plan", "plan_draft"):
        return "plan"
    return ""


def year_span(first: int, last: int) -> str:
    """A span of years as the pages print it: ``2020–2023``, one year once (``2020``, not 2020–2020).

    >>> year_span(2020, 2023), year_span(2020, 2020)
    ('2020–2023', '2020')
    """
    return str(first) if first == last else f"{first}–{last}"


def period_label(code: str, lang: str = "zh") -> str:
    """A report period code as printed (``H1`` → 上半年; ``M5`` → 1-5月, January–May), else the code itself.

    >>> period_label("Q1"), period_label("M5"), period_label("M5", "en")
    ('一季度', '1-5月', 'January–May')
    """
    return period_words(code, check_lang(lang)) or code


def rest_of_year(code: str, lang: str = "zh") -> str:
    """What remains after a report's period, as its targets speak of it: 下半年, 第四季度, 余下时间, 明年.

    >>> rest_of_year("H1"), rest_of_year("Q1-Q3"), rest_of_year("Q1"), rest_of_year("FY", "en")
    ('下半年', '第四季度', '余下时间', 'next year')
    """
    words = labels().words(check_lang(lang), "period_rest_")
    return words.get(code) or words["other"]


def report_caption(report: Any, lang: str = "zh") -> dict[str, str]:
    """Title, period and district of a report for headings, e.g. ``{"period": "2020年上半年", ...}``."""
    check_lang(lang)
    meta = report.metadata or {}
    year = meta.get("year")
    code = str(meta.get("period") or "")
    label = period_label(code, lang)
    if lang == "zh":
        period = meta.get("period_label") or (f"{year}年{label}" if year else label)
    else:
        period = f"{label} {year}".strip() if year else label
    title = meta.get("title") or report.title or report.report_id
    if lang == "en" and meta.get("title_made") and meta.get("title_en"):
        title, title_en = meta["title_en"], ""  # (a title the report does not print is ours: in the page's language)
    elif lang == "en" and meta.get("title_en"):
        title_en = meta["title_en"]
    else:
        title_en = ""
    return {"title": str(title), "title_en": str(title_en), "period": str(period),
            "district": str(meta.get("district") or ""), "report_id": report.report_id,
            "period_code": period_code(meta)}


# ----------------------------------------------------------------------------- table cells
def _derived_cell(col: str, row: Mapping | Any) -> bool:
    """Whether a cell is computed, not printed: a derived column (an annual target the report prints is not), a
    completion computed from a count pair."""
    field = labels().fields.get(col)
    derived = bool(field and field.derived) and not (col == "implied_annual_target" and printed_target(row))
    return derived or (col == "completion_pct" and computed_completion(row))


def cell_qualifier(col: str, row: Mapping | Any) -> Any:
    """The qualifier of the value of ``col`` in ``row`` (see :data:`QUALIFIER_COLUMNS`), None when it has none.

    >>> cell_qualifier("implied_annual_target", {"annual_target_qualifier": "at_least"}), cell_qualifier("rank", {})
    ('at_least', None)
    """
    return next((row.get(c) for c in QUALIFIER_COLUMNS.get(col, ()) if c in row), None)


def format_cell(col: str, row: Mapping | Any, lang: str = "zh", *, wan_from: float | None = None,
                raw: Any = None, scale: float | None = None, level_raw: Any = None) -> str:
    """One cell of a reader table: the value of ``col`` in ``row``, formatted by the column's kind.

    Amounts take their unit (and qualifier) from the row, percentages and points get their
    sign, codes their label; missing values are blank. The ``value`` of a row with a ``measure`` (a target)
    is shown as :func:`fact_value` shows it, its qualifier before it (约+6.0%), as every page shows a target;
    the elapsed-time mark (``benchmark_pct``) of a completion that is no annual task is blank, as nothing is
    measured against it; ``wan_from``: see :func:`format_level`. A figure as printed keeps its precision; a
    derived column (and a completion computed from a count pair) has a fixed one; ``raw``: the cell's figure as
    printed (see :func:`printed_numerals`), whose trailing zeros it keeps (10.0%, 3.50亿元); ``scale``: the unit of
    the amounts of its row it is compared with (see :func:`unit_of_others`); ``level_raw``: the row's level as
    printed, whose decimals a derived amount keeps (212.0亿元 → 205.4亿元).
    """
    if col in ("indicator", "item"):
        return indicator_label(row, lang, name_col=col)
    v = row.get(col)
    annual = row.get("annual")
    if is_missing(v) or (col == "benchmark_pct" and not is_missing(annual) and not bool(annual)):
        return ""  # (the elapsed-time mark of a task that is not annual: nothing it is measured against)
    field = labels().fields.get(col)
    kind = field.kind if field else "text"
    derived = _derived_cell(col, row)
    q = cell_qualifier(col, row)
    if col == "abs_change" and _text(row.get("measure")) == "abs_change":  # (增长超1500亿元: 超+1,500亿元)
        q = row.get("qualifier")
    raw = None if derived else raw
    # (a derived amount keeps the decimals of the level it is computed from: 325.08亿元, +8% → 301.0亿元)
    basis = row.get("level") if derived and col != "level" else None
    if col == "value" and not is_missing(row.get("measure")):
        return fact_value(row if raw is None else {**row, "raw_value": raw}, lang, wan_from=wan_from,
                          scale=printed_scale(v, raw, lang))
    if col == "outcome_value" and not is_missing(row.get("measure")):  # (beside its target: 预计 约+6.5%)
        outcome = {**row, "value": v, "qualifier": row.get("outcome_qualifier"), "raw_value": raw}
        return fact_value(outcome, lang, wan_from=wan_from, scale=printed_scale(v, raw, lang))
    if col in AMOUNT_UNIT_COLUMNS:
        unit = _amount_unit(col, row)
        if col in ("numerator", "denominator"):
            return f"{_num(v):g}{unit if lang == 'zh' else ''}"
        if scale is not None and col != "abs_change":
            return unit_of_others(v, unit, lang, scale, derived=derived, qualifier=q, raw=raw, wan_from=wan_from,
                                  basis=basis, basis_raw=level_raw)
        scale = scale or printed_scale(v, raw, lang)  # (a figure in the unit it was printed in: 0.69亿元)
        return format_level(v, unit, lang, q, wan_from=wan_from, signed=col == "abs_change", derived=derived,
                            raw=raw, scale=scale, basis=basis, basis_raw=level_raw)
    if col == "comparator_value":
        signed = _text(row.get("comparator_measure")) in ("yoy_pct", "change_pct", "")
        return format_pct(v, signed=signed, qualifier=q, lang=lang, derived=derived, raw=raw)
    if kind == "change":
        return format_pct(v, qualifier=q, lang=lang, derived=derived, raw=raw)
    if kind in ("percent", "rate"):  # (a completion of about 60%: 约60%)
        return format_pct(v, signed=False, qualifier=q, lang=lang, derived=derived, raw=raw)
    if kind == "pp":
        return format_pp(v, derived=derived, raw=raw)
    if col == "rank_group":
        return rank_group_label(v, lang)
    if col == "rank_change":  # (−2: 提升2位, a smaller rank number)
        return format_level(v, extractor_cues().rank_move_units[0], lang, signed=True)
    if col in ("comparator", "period", "scope", "rank_change_comparator"):
        return comparator_label(v, lang)
    if isinstance(v, bool) or col == "on_track":
        return code_label("boolean", str(bool(v)).lower(), lang)
    if col == "qualifier":
        return "" if _text(v) == "exact" else code_label("qualifier", v, lang)
    if col == "outcome_status":  # (预计 beside a target: the report expects it of the year)
        return code_label("status", v, lang)
    if col in MEASURE_COLUMNS:  # (排名对象 of 全省第15位: 水平值, the size ranked, not the growth beside it)
        return code_label("measure", v, lang)
    if col in labels().codes:
        return code_label(col, v, lang)
    if kind in ("int", "count", "number"):
        return f"{_num(v):g}"
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


#: Columns holding a measure code (what a comparator's value, a level or a rank is of), shown with its label.
MEASURE_COLUMNS = ("level_measure", "comparator_measure", "rank_measure")


def _amount_unit(col: str, row: Mapping | Any) -> str:
    return next((_text(row.get(u)) for u in AMOUNT_UNIT_COLUMNS[col] if not is_missing(row.get(u))), "")


def fact_value(fact: Mapping[str, Any], lang: str = "zh", *, wan_from: float | None = None,
               scale: float | None = None) -> str:
    """The value of a fact (or a target) in display units, its qualifier before it: ``96.9亿元``, ``−7%``,
    ``+1.5个百分点``, ``第3``, ``约+6%``: the one form of a target on every page. A percentage keeps the decimals
    of its printed ``raw_value`` (3.90% → −3.90%); ``scale``: the unit to show an amount in (see :func:`format_level`),
    by default the unit it was printed in, as a table shows it (预期为2020300万元: 2,020,300万元, not 202.03亿元).

    >>> fact_value({"measure": "level", "value": 9.69e9, "unit": "元"}), fact_value({"measure": "yoy_pct", "value": -7})
    ('96.9亿元', '−7%')
    >>> fact_value({"measure": "level", "value": 2.0203e10, "unit": "元", "raw_value": "2020300"})
    '2,020,300万元'
    >>> fact_value({"measure": "rank", "value": 3}), fact_value({"measure": "rank", "value": 3, "qualifier": "at_most"})
    ('第3', '前3')
    >>> fact_value({"measure": "rate_pct", "value": 59.74, "raw_value": "59.74"}), fact_value(
    ...     {"measure": "yoy_pct", "value": -3.9, "raw_value": "3.90"})
    ('59.74%', '−3.90%')
    >>> fact_value({"measure": "abs_change", "value": 8e11, "unit": "元", "raw_value": "8000"})
    '+8,000亿元'
    """
    measure, value, unit = _text(fact.get("measure")), fact.get("value"), _text(fact.get("unit"))
    q, raw = fact.get("qualifier"), fact.get("raw_value")
    if is_missing(value):
        return _text(raw)
    if measure in ("yoy_pct", "change_pct"):
        return format_pct(value, qualifier=q, lang=lang, raw=raw)
    if measure == "pp_diff":
        pp = format_pp(value, raw=raw)
        return qualifier_prefix(q, lang, value) + (f"{pp}个百分点" if lang == "zh" else f"{pp} pp")
    if measure in ("completion_pct", "rate_pct") or unit == "%":
        return format_pct(value, signed=False, qualifier=q, lang=lang, raw=raw)
    if measure == "rank":  # (排名全市前三: 前3, one of the first three, not the third)
        place = labels().text["rank_within" if _text(q) == "at_most" else "rank_place"]
        return place[lang != "zh"].format(n=f"{_num(value):g}")
    scale = scale or printed_scale(value, raw, lang)
    # (a change of an amount carries its sign, as a growth does: 比上年增加8000亿元 is +8,000亿元, not a level)
    return format_level(value, unit, lang, q, signed=measure == "abs_change", wan_from=wan_from, raw=raw,
                        scale=scale)


def reader_table(data: Any, columns: Sequence[str], lang: str = "zh", facts: pd.DataFrame | None = None,
                 year: Any = None) -> Any:
    """A table for people: chosen columns, headers from the label dictionary, values formatted.

    Money in 亿元/万元, changes with a sign (``−7.0%``), qualifiers kept (``超3万家``),
    derived columns marked in the header, codes as labels, missing values blank.  Rows are
    numbered from 1.  Columns the table lacks are skipped.

    Parameters
    ----------
    data : DataFrame
        A key table (headline, yoy, tax, completion, targets).
    columns : sequence of str
        Columns to show, in order.
    lang : {"zh", "en"}
    facts : DataFrame, optional
        The report's facts: a figure keeps the trailing zeros it was printed with (``10.0%``, ``3.50亿元``; see
        :func:`printed_numerals`).
    year : str or int, optional
        The report's year, which a period the column also writes without it is shown without (see
        :func:`one_period_form`).
    """
    check_lang(lang)
    cols = [c for c in columns if c in data.columns]
    printed = printed_numerals(data, facts, cols)
    none = [None] * len(data)
    # the rows as dicts of Python values, as to_dict("records") gives them, read column by column (faster)
    names = list(data.columns)
    values = [column.tolist() for _, column in data.items()]
    rows = [dict(zip(names, row, strict=True)) for row in zip(*values, strict=True)] if names else [
        {} for _ in range(len(data))]
    least = {c: column_wan_from([r.get(c) for r in rows], [_amount_unit(c, r) for r in rows])
             for c in cols if c in AMOUNT_UNIT_COLUMNS}
    scales = [_row_scales(r, cols, lang, least, {c: p[i] for c, p in printed.items()}) for i, r in enumerate(rows)]
    levels = printed.get("level", none)
    if "period" in cols and year:  # (one period written one way: 2024年1-2月 of a table's rows as 1-2月)
        shown = one_period_form([r.get("period") for r in rows], year)
        rows = [{**r, "period": p} for r, p in zip(rows, shown, strict=True)]
    out = {column_header(c, lang): [format_cell(c, r, lang, wan_from=least.get(c), raw=p, scale=k.get(c), level_raw=lr)
                                    for r, p, k, lr in zip(rows, printed.get(c, none), scales, levels, strict=True)]
           for c in cols}
    if "qualifier" in cols:  # (近+70% already says 近: the qualifier column of the row is left blank, not said twice)
        said = [any(_shows_qualifier(c, r) for c in cols) for r in rows]
        header = column_header("qualifier", lang)
        out[header] = ["" if s else v for v, s in zip(out[header], said, strict=True)]
    return pd.DataFrame(out, index=pd.RangeIndex(1, len(rows) + 1))


def _shows_qualifier(col: str, row: Mapping) -> bool:
    """Whether the cell of ``col`` in ``row`` shows the row's ``qualifier`` (a change printed as 近70%: 近+70%)."""
    if col == "qualifier" or is_missing(row.get(col)):
        return False
    if col == "abs_change" and _text(row.get("measure")) == "abs_change":
        return True
    return next((c for c in QUALIFIER_COLUMNS.get(col, ()) if c in row), None) == "qualifier"


def one_period_form(periods: Sequence[Any], year: Any) -> list[Any]:
    """``periods``, a column of a table, with a period of the report's ``year`` written without the year where the
    column writes that period without it too (a budget table's 2024年1-2月 beside its sentences' 1-2月): the page
    names the report's period in its head; the year alone (2024年), another year's period and a period no other
    row writes so keep theirs.

    >>> one_period_form(["2月份", "1-2月", "2024年1-2月", "2024年", "2023年1-2月", "2024年上半年"], 2024)
    ['2月份', '1-2月', '1-2月', '2024年', '2023年1-2月', '2024年上半年']
    """
    bare, opening = {_text(p) for p in periods} - {""}, f"{_text(year)}年"
    return [p[len(opening):] if isinstance(p, str) and p.startswith(opening) and p[len(opening):] in bare
            else p for p in periods]


def _row_scales(row: Mapping, cols: Sequence[str], lang: str, least: Mapping[str, float | None],
                raws: Mapping[str, Any]) -> dict[str, float]:
    """The unit each amount of a row is shown in when the row compares amounts of one unit (a level, its prior
    level, the annual target, what is left to do): the smallest of those its printed amounts are shown in (the unit
    printed, when ``raws`` give it: 146,845万元 beside a target of 24.58亿元: 万), so the row reads in one unit; {}
    when there is nothing to compare."""
    amounts: dict[str, list[tuple[str, float, bool]]] = {}
    for c in cols:
        if c in AMOUNT_UNIT_COLUMNS and c not in ("numerator", "denominator") and not math.isnan(_num(row.get(c))):
            derived = _derived_cell(c, row)
            unit = _amount_unit(c, row)
            own = shown_scale(row.get(c), unit, lang, raws.get(c), derived=derived, wan_from=least.get(c))
            amounts.setdefault(unit, []).append((c, own, derived))
    out: dict[str, float] = {}
    for same in amounts.values():
        printed = [own for _, own, derived in same if not derived]
        if len(same) > 1 and printed and len({own for _, own, _ in same}) > 1:
            out.update({c: min(printed) for c, _, _ in same})
    return out

