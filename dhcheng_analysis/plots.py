"""Charts of the key tables: matplotlib, labels in Chinese or English.

Axes-level functions take a tidy table, draw on ``ax`` (a new figure when ``ax`` is None)
and return the Axes; they never call ``show`` or ``savefig``.  The figure-level
:func:`plot_headline_dashboard` builds its own figure and returns it.  Every chart carries a
source note (report and section) as a text with gid ``"source-note"``.

>>> import dhcheng_analysis as dh
>>> from dhcheng_analysis import plots
>>> report = dh.load_report()
>>> ax = plots.plot_yoy_changes(dh.yoy_changes(report), comparators=dh.headline_indicators(report),
...                             source=report.title)

Colours: the default palette ``"colorblind"`` (Okabe–Ito blue for up, vermillion for down)
is safe for colour-blind readers; ``palette="market"`` follows the Chinese market
convention, red for up and green for down.

The CJK font (Noto Sans CJK SC from ``mplfonts``) is registered on first use, see
:mod:`dhcheng_analysis.fonts`.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from .cuewords import layout_views
from .display import (
    cell_qualifier,
    change_note,
    check_lang,
    code_label,
    comparator_label,
    computed_completion,
    format_cell,
    format_level,
    format_pct,
    indicator_label,
    printed_numerals,
    printed_scale,
    printed_target,
    rank_group_label,
    scoped_label,
)
from .fonts import use_cjk_font
from .numbers import normalize
from .report import SECTION_SEPARATOR, section_headings
from .tables import REAL_TERMS, change_base, holds_flag, period_end, single_month
from .vocab import concept_rules
from .vocab import labels as _labels

__all__ = [
    "PALETTES", "plot_yoy_changes", "plot_tax_changes", "plot_target_completion",
    "plot_headline_dashboard", "format_level", "format_pct", "indicator_label", "comparator_label",
    "show", "nothing_drawn", "figure_png", "alt_text", "period_labels",
]

#: The colour-blind-safe palette: seaborn's "colorblind" (based on Okabe–Ito), written out so that
#: drawing a chart does not import seaborn for ten colours.
_CB = ("#0173b2", "#de8f05", "#029e73", "#d55e00", "#cc78bc", "#ca9161", "#fbafe4", "#949494", "#ece133",
       "#56b4e9")
#: Named colour sets. ``up``/``down``: sign of a change; ``ok``/``behind``: on track or not.
PALETTES: dict[str, dict[str, str]] = {
    "colorblind": {
        "up": _CB[0], "down": _CB[3], "flat": _CB[7], "ok": _CB[0], "behind": _CB[1],
        "unknown": _CB[7], "band": "#e6e6e6", "band_dark": "#cfcfcf", "ref": "#333333", "marker": "#222222",
    },
    "market": {
        "up": "#d62728", "down": "#2ca02c", "flat": "#8c8c8c", "ok": "#d62728", "behind": "#2ca02c",
        "unknown": "#8c8c8c", "band": "#e6e6e6", "band_dark": "#cfcfcf", "ref": "#333333", "marker": "#222222",
    },
}

# ----------------------------------------------------------------------------- helpers
def _check_lang(lang: str) -> dict[str, str]:
    """The chart words (``text`` of the label dictionary) in ``lang``."""
    return _labels().words(check_lang(lang))


_QUALIFIER_PREFIX = {lang: {c.code: c.prefix(lang) for c in _labels().codes["qualifier"].values() if c.prefix(lang)}
                     for lang in ("zh", "en")}
_RANK_TEXT = {"yoy_pct": "rank_growth", "completion_pct": "rank_completion"}  # the card's words of a rank of what it ranks


def _palette(palette: str | dict) -> dict[str, str]:
    if isinstance(palette, dict):
        return {**PALETTES["colorblind"], **palette}
    if palette not in PALETTES:
        raise ValueError(f"palette must be one of {sorted(PALETTES)} or a dict of colours, not {palette!r}")
    return PALETTES[palette]


def require_columns(data: pd.DataFrame, columns: Iterable[str], func: str, call: str) -> None:
    """Raise when ``func`` is given no DataFrame or one without ``columns``, naming the ``dh.{call}`` that
    gives the table (``yoy_changes(report)``)."""
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"{func} needs a DataFrame — pass the table from dh.{call}")
    missing = [c for c in columns if c not in data.columns]
    if missing:
        raise ValueError(f"{func} needs the column(s) {', '.join(missing)} — pass the table from dh.{call}")


def _text(value) -> str:
    """A cell as text: missing values become the empty string."""
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def _num(value) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return math.nan
    return x


def _mpl(text: str) -> str:
    """Text from a report as matplotlib shows it verbatim: a ``$`` never starts mathtext."""
    return text.replace("$", r"\$")


def _with(label: str, extra: str) -> str:
    """A label with a word that tells it apart, in the brackets of its script: 规上工业（8月）, Retail (city average)."""
    return f"{label}（{extra}）" if _cells(label) > len(label) else f"{label} ({extra})"


def _other_period(periods: pd.Series) -> pd.Series:
    """Whether each period is one a chart's reader must be told: a month alone (8月 among 1-8月), months that
    end before or after the rest end (1-2月 among the figures of 一季度: a services revenue a month behind the
    quarter's output), or a year other than the rest's (a growth of 2021年 among those of 2022年); a point at the
    rest's end (3月末 in 一季度) is not.

    >>> _other_period(pd.Series(["一季度", "1-2月", "3月末", "一季度"])).tolist()
    [False, True, False, False]
    >>> _other_period(pd.Series(["2022年", "2021年", "2022年"])).tolist()
    [False, True, False]
    """
    ends = periods.map(lambda p: period_end(str(p)))
    return single_month(periods) | _not_common(ends.str[1]) | _not_common(ends.str[0])


def _not_common(values: pd.Series) -> pd.Series:
    """Whether each value is given and is not the one most of the given values are (all False without one such)."""
    common = values.dropna().mode()
    if len(common) != 1:
        return pd.Series(False, index=values.index)
    return (values.notna() & (values != common.iloc[0])).astype(bool)


def _with_other_period(names: list[str], d: pd.DataFrame, lang: str) -> list[str]:
    """``names``, one per row of ``d``, each with its period where that is one a reader must be told
    (:func:`_other_period`: a month's growth, 8月 9.7%, among the growths of the months to it, 1-8月 7.5%), unless
    every row's is."""
    if "period" not in d.columns or d.empty:
        return names
    apart = _other_period(d["period"].fillna(""))
    if apart.all():
        return names
    return [_with(n, comparator_label(_text(p), lang)) if a else n
            for n, p, a in zip(names, d["period"], apart, strict=True)]


def _printed_column(d: pd.DataFrame, facts: pd.DataFrame | None, col: str) -> list[Any]:
    """The numeral each row's figure of ``col`` is printed with (None where it has none or ``facts`` is None),
    whose decimals its label keeps (:func:`~dhcheng_analysis.display.printed_numerals`)."""
    return printed_numerals(d, facts, [col]).get(col, [None] * len(d))


def _real_terms_words(d: pd.DataFrame, facts: pd.DataFrame | None, lang: str) -> list[str]:
    """The flag's words of a change in real terms or on a comparable basis (实际增长, 扣除价格因素) for each row of
    ``d`` whose fact ``facts`` flags so, else ""."""
    if facts is None or "flags" not in facts.columns or "fact_id" not in d.columns:
        return [""] * len(d)
    real = set(facts.loc[holds_flag(facts["flags"].fillna("").astype(str), REAL_TERMS), "fact_id"].astype(str))
    word = code_label("flag", REAL_TERMS, lang)
    return [word if _text(i) in real else "" for i in d["fact_id"]]


def _unique_labels(labels: list[str], *extras: list[str]) -> list[str]:
    """Make duplicate labels distinct with the row's value of each of ``extras`` in turn (comparator,
    period …) where it tells the rows of a label apart, then with a counter."""
    out = list(labels)
    for extra in extras:
        groups: dict[str, list[int]] = {}
        for i, lab in enumerate(out):
            groups.setdefault(lab, []).append(i)
        for rows in groups.values():
            if len(rows) < 2 or len({extra[i] for i in rows}) < 2:
                continue
            for i in rows:
                if extra[i]:
                    out[i] = _with(out[i], extra[i])
    seen: Counter = Counter()
    final = []
    for lab in out:
        seen[lab] += 1
        final.append(_mpl(lab if seen[lab] == 1 else f"{lab} #{seen[lab]}"))
    return final


def _heading_words(heading: str) -> str:
    """A heading without its number (一、 (二) 3. …, ``vocab/layout.json``): the words a note names it by, so
    that a list of headings joined with 、 reads as one list and a wrapped note never ends a line at 一、."""
    m = layout_views().heading_line.match(normalize(heading))
    return heading[m.end():].strip() or heading if m else heading


def _sections(data: pd.DataFrame) -> str:
    if "section" not in data.columns:
        return ""
    paths = [SECTION_SEPARATOR.join(_heading_words(h) for h in section_headings(p)) for p in (_text(s) for s in data["section"])
             if p]
    if not paths:
        return ""
    uniq = list(dict.fromkeys(paths))
    if len(uniq) == 1:
        return uniq[0]
    tops = list(dict.fromkeys(section_headings(p)[0] for p in uniq))
    return "、".join(tops[:3]) + ("等" if len(tops) > 3 else "")


def _source_text(data: pd.DataFrame, source: str | None, lang: str, section: str | None) -> str:
    t = _check_lang(lang)
    report = source
    if not report and "report_id" in data.columns and len(data):
        report = _text(data["report_id"].iloc[0])
    section = section if section is not None else _sections(data)
    parts = [p for p in (report, section) if p]
    return f"{t['source']}{t['colon']}{t['sep'].join(parts)}" if parts else t["source"]


def _cells(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _wrap(text: str, width: int) -> str:
    """Wrap to ``width`` cells (a CJK character is two), breaking after separators when possible."""
    pieces = re.split(r"(?<=[；;、，,/ ])", text)
    lines, line = [], ""
    for piece in pieces:
        if line and _cells(line + piece) > width:
            lines.append(line.rstrip())
            line = ""
        while _cells(piece) > width:
            cut, n = 0, 0
            for i, ch in enumerate(piece):
                n += 2 if ord(ch) > 0x2E80 else 1
                if n > width:
                    cut = i
                    break
            lines.append(piece[:cut])
            piece = piece[cut:]
        line += piece
    lines.append(line.rstrip())
    return "\n".join(x for x in lines if x)


def _add_source_note(ax: Axes, text: str) -> None:
    width_in = ax.figure.get_size_inches()[0] * ax.get_position().width
    ann = ax.annotate(
        _mpl(_wrap(text, max(40, int(width_in * 15)))), xy=(0, 0), xycoords=("axes fraction", ax.xaxis.label),
        xytext=(0, -6), textcoords="offset points", ha="left", va="top", fontsize=7, color="#555555",
        annotation_clip=False,
    )
    ann.set_gid("source-note")


def _alt(target: Axes | Figure, text: str) -> None:
    """Keep the chart's alternative text (what it shows, in words) for :func:`show` and the pages."""
    fig = target.figure if isinstance(target, Axes) else target
    fig.dh_alt = text  # type: ignore[attr-defined]


def alt_text(fig: Figure | Axes) -> str:
    """The alternative text of a chart drawn by this module ("" for another figure)."""
    fig = fig.figure if isinstance(fig, Axes) else fig
    return str(getattr(fig, "dh_alt", ""))


def _items(pairs: list[tuple[str, str]], lang: str, limit: int = 12) -> str:
    sep = "；" if lang == "zh" else "; "
    shown = [f"{a} {b}".strip() for a, b in pairs[:limit]]
    more = len(pairs) - limit
    if more > 0:
        shown.append(f"另{more}项" if lang == "zh" else f"{more} more")
    return sep.join(shown) + ("。" if lang == "zh" and shown else "." if shown else "")


def _despine(ax: Axes) -> None:
    """No frame but the bottom axis line (what ``seaborn.despine(ax=ax, left=True)`` does)."""
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_visible(True)


def _finish(ax: Axes, title: str, source_note: str) -> Axes:
    """Finish a bar chart: its title at the left, no frame but the bottom axis line, no ticks beside the
    labels, and the source note under it."""
    ax.set_title(title, loc="left", fontsize=11, pad=_TITLE_PAD)
    _despine(ax)
    ax.tick_params(axis="y", length=0)
    _add_source_note(ax, source_note)
    return ax


def _begin(data: pd.DataFrame, columns: Iterable[str], func: str, call: str, lang: str,
           palette: str | dict) -> tuple[dict[str, str], dict[str, str]]:
    """What a chart does first: its words in ``lang`` and its colours, its table checked
    (:func:`require_columns`), the CJK font set."""
    t, pal = _check_lang(lang), _palette(palette)
    require_columns(data, columns, func, call)
    use_cjk_font()
    return t, pal


def _new_axes(ax: Axes | None, n_rows: int, width: float = 8.0) -> Axes:
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=(width, max(2.6, 0.36 * n_rows + 1.6)), layout="constrained")
    return ax


#: The gid of an Axes that has nothing to draw (:func:`empty_chart`); :func:`show` leaves its figure out of a page.
NO_DATA_GID = "no-data"


def empty_chart(ax: Axes, t: dict[str, str]) -> Axes:
    """``ax`` saying in its middle that there is nothing to show (``t["no_data"]``), without ticks.

    The Axes carries gid :data:`NO_DATA_GID`, so :func:`nothing_drawn` knows it and a page leaves the chart out.
    """
    ax.text(0.5, 0.5, t["no_data"], transform=ax.transAxes, ha="center", va="center", color="#777777")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_gid(NO_DATA_GID)
    return ax


def nothing_drawn(fig: Figure | Axes) -> bool:
    """Whether a chart has nothing to draw: some Axes of its figure was made an :func:`empty_chart`.

    The one test a page makes before it shows a chart (:func:`show`): a frame saying 无数据 is no chart.
    """
    fig = fig.figure if isinstance(fig, Axes) else fig
    return any(a.get_gid() == NO_DATA_GID for a in fig.axes)


def _sign_patches(values: Iterable[float], pal: dict, t: dict) -> list[Patch]:
    """Legend entries of the colours of rises and falls, of those the bars show (no 下降 beside rises alone)."""
    values = list(values)
    return [Patch(color=pal[sign], label=t[sign]) for sign, shown in (("up", any(v > 0 for v in values)),
                                                                       ("down", any(v < 0 for v in values))) if shown]


def _sign_colour(x: float, pal: dict[str, str]) -> str:
    return pal["up"] if x > 0 else pal["down"] if x < 0 else pal["flat"]


#: The width of a value label's character cell, as a share of the span of the values (a generous reach, so a marker under
#: the label moves the label beyond it).
_LABEL_CELL = 0.025


def _bar_labels(ax: Axes, ys: Iterable[float], xs: Iterable[float], texts: Iterable[str], span: float,
                ends: dict[float, float] | None = None) -> None:
    """Value labels just beyond each bar end, or beyond a marker (from ``ends``) that stands where the label would:
    a marker further out than the label reaches leaves the label on its bar, so it is not read as the marker's
    value (研发经费 +0.3% beside a target of 25 %)."""
    pad = span * 0.012
    for y, x, s in zip(ys, xs, texts, strict=True):
        x = float(x)
        end = (ends or {}).get(float(y), x)
        beyond = (end - x) if x >= 0 else (x - end)
        at = end if 0 < beyond <= pad * 2 + _cells(s) * span * _LABEL_CELL else x
        ax.text(at + (pad if x >= 0 else -pad) * (2.2 if at != x else 1), y, s, va="center",
                ha="left" if x >= 0 else "right", fontsize=8, color="#333333", zorder=5, gid="value-label",
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6, "alpha": 0.85})


def _comparator_markers(data: pd.DataFrame, comparators: pd.DataFrame | None, value_col: str,
                        ) -> pd.DataFrame:
    """Comparator values (city average, Q1 …) that refer to ``value_col`` of the rows of ``data``.

    A comparator row applies when its ``comparator_measure`` names the measure, or, without
    that column, when ``value - pp_diff == comparator_value`` (the comparator is then on the
    same quantity as the bar). ``own_value`` is the comparator row's own figure of that measure, which
    tells its bar from another of the same indicator (the national figure beside the district's).
    """
    cols = ["indicator", "comparator", "comparator_value"]
    if comparators is None or not isinstance(comparators, pd.DataFrame) or any(
            c not in comparators.columns for c in cols):
        return pd.DataFrame(columns=[*cols, "comparator_value_qualifier", "own_value"])
    named = comparators["comparator"].fillna("").astype(str).str.strip() != ""  # a comparator it could not read
    c = comparators[comparators["comparator_value"].notna() & named].copy()
    if "comparator_value_qualifier" not in c.columns:
        c["comparator_value_qualifier"] = ""
    measure = "yoy_pct" if value_col == "change_pct" else value_col
    c["own_value"] = pd.to_numeric(c[measure], errors="coerce") if measure in c.columns else np.nan
    # (the scope and period of the figure compared, which tell its bar from one of another scope or period)
    cols = [*cols, "comparator_value_qualifier", "own_value", *(k for k in ("scope", "period") if k in c.columns)]
    if c.empty:
        return c[cols]
    if "comparator_measure" in c.columns:
        keep = c["comparator_measure"].astype(str).isin([measure, value_col])
    elif measure in c.columns and "pp_diff" in c.columns:
        own = pd.to_numeric(c[measure], errors="coerce")
        keep = (own - pd.to_numeric(c["pp_diff"], errors="coerce") - c["comparator_value"]).abs() < 1e-6
    else:
        return c.iloc[0:0][cols]
    return c[keep.fillna(False)][cols]


def _drawn_as_marker(d: pd.DataFrame, marks: pd.DataFrame) -> pd.Series:
    """The bars of ``d`` that a comparator marker already shows: the growth of the place or scope a row is compared
    with, printed beside the comparison (高于全国(3.9%)3.6个百分点: 规模以上工业增加值（全国）+3.9%), of the same
    indicator and value as the marker, while the row compared with it keeps its own bar for the marker to stand on;
    drawn as a bar too, the one figure would be shown twice."""
    drop = pd.Series(False, index=d.index)
    if d.empty or marks.empty or "scope" not in d.columns:
        return drop
    scope, value = d["scope"].fillna("").astype(str), pd.to_numeric(d["change_pct"], errors="coerce")
    for _, m in marks.iterrows():
        same = d["indicator"].astype(str).eq(_text(m["indicator"]))
        theirs = same & scope.eq(_text(m["comparator"])) & (value - float(m["comparator_value"])).abs().lt(1e-6)
        ours = same & ~theirs & (value - _num(m.get("own_value"))).abs().lt(1e-6)
        drop |= theirs if ours.any() else False
    return drop


#: Faux bold: the bundled CJK font has one weight only, and asking for bold logs a font warning.
_BOLD = [patheffects.withStroke(linewidth=0.6, foreground="#222222")]

_TITLE_PAD = 22
#: Comparators that mean a plain year-on-year change.
_PLAIN_BASES = ("上年同期", "去年同期", "上年", "去年", "同比")


def _top_legend(ax: Axes, handles: list) -> None:
    """One-row legend between the title and the plot."""
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), fontsize=8, frameon=False,
              ncols=len(handles), borderaxespad=0.2, handlelength=1.6, columnspacing=1.2)


_MARKERS = ("D", "^", "s", "v", "P", "X")


def _draw_markers(ax: Axes, rows: pd.DataFrame, ys: dict[str, list[float]], lang: str,
                  pal: dict[str, str], ends: dict[float, float] | None = None,
                  values: dict[float, float] | None = None,
                  keys: dict[str, dict[float, str]] | None = None) -> list:
    """Draw comparator markers on the rows whose indicator matches; return legend handles.

    With ``values`` (row y → bar value), a marker whose ``own_value`` is the value of some of those rows goes
    on those rows only. With ``keys`` (``scope`` or ``period`` → row y → its value), a marker goes on the rows of
    its own scope and period when some are among them (the city's −10.9% compared with the provincial average, not
    the counties' −10.9% beside it). ``ends`` (row y → marker x) is filled in so value labels can keep clear of the
    markers.
    """
    handles = []
    kinds = list(dict.fromkeys(_text(c) for c in rows["comparator"]))
    for i, kind in enumerate(kinds):
        sub = rows[rows["comparator"].astype(str) == kind]
        px, py = [], []
        for _, r in sub.iterrows():
            on = ys.get(_text(r["indicator"]), [])
            own = _num(r.get("own_value"))
            if values is not None and not math.isnan(own):
                on = [y for y in on if abs(values.get(y, math.nan) - own) < 1e-6] or on
            for key, of_row in (keys or {}).items():
                if key in r.index:
                    on = [y for y in on if of_row.get(y, "") == _text(r[key])] or on
            for y in on:
                px.append(float(r["comparator_value"]))
                py.append(y)
                if ends is not None:
                    ends[float(y)] = float(r["comparator_value"])
        if not px:
            continue
        label = _mpl(comparator_label(kind, lang))
        h = ax.scatter(px, py, marker=_MARKERS[i % len(_MARKERS)], s=42, color="white", edgecolor=pal["marker"],
                       linewidth=1.3, zorder=4, label=label, gid="comparator-marker")
        handles.append(h)
    return handles


# ----------------------------------------------------------------------------- charts
def plot_yoy_changes(
    data: pd.DataFrame,
    *,
    comparators: pd.DataFrame | None = None,
    ax: Axes | None = None,
    lang: str = "zh",
    palette: str | dict = "colorblind",
    measures: Iterable[str] = ("yoy_pct",),
    source: str | None = None,
    section: str | None = None,
    title: str | None = None,
    facts: pd.DataFrame | None = None,
    **kwargs,
) -> Axes:
    """Diverging bar chart of year-on-year changes, largest rise on top, with comparator markers.

    Parameters
    ----------
    data : DataFrame
        ``dh.yoy_changes(report)``: needs ``indicator`` and ``change_pct``; uses ``measure``,
        ``indicator_en``, ``scope`` (named after the indicator, as the pages name it), ``period``, ``section`` and
        ``report_id`` when present.
    comparators : DataFrame, optional
        ``dh.headline_indicators(report)`` (or any frame with ``indicator``, ``comparator``,
        ``comparator_value``): where the report compares a change with the city average or an
        earlier quarter, that value is drawn as a marker on the indicator's row.
    ax : Axes, optional
        Where to draw; a new figure sized to the rows when None.
    lang : {"zh", "en"}
        Language of labels.
    palette : {"colorblind", "market"} or dict
        ``"market"``: red up, green down.
    measures : iterable of str
        Rows of these ``measure`` values are drawn (default year-on-year only).
    source : str, optional
        Report named in the source note (default: the ``report_id`` column).
    section : str, optional
        Section named in the source note (default: from the ``section`` column).
    title : str, optional
        Axes title; ``""`` for none.
    facts : DataFrame, optional
        The report's facts: a label keeps the decimals of the figure as printed (``同比增长4.0%`` → +4.0%); a
        growth in real terms beside the nominal one of its indicator is named so (进出口总额（实际或可比口径）).
    **kwargs
        Passed to :meth:`Axes.barh` (e.g. ``height``, ``alpha``).

    Returns
    -------
    Axes
    """
    t, pal = _begin(data, ("indicator", "change_pct"), "plot_yoy_changes",
                    "yoy_changes(report)", lang, palette)
    d = data.copy()
    if "measure" in d.columns and measures is not None:
        d = d[d["measure"].astype(str).isin(list(measures))]
    if "status" in d.columns:
        d = d[d["status"].astype(str) != "target"]
    d = d[pd.to_numeric(d["change_pct"], errors="coerce").notna()]
    # the same growth of another county or period is another bar (县级 −10.9% beside the whole city's)
    subset = [c for c in ("indicator", "scope", "period", "change_pct", "comparator") if c in d.columns]
    d = d.drop_duplicates(subset=subset).sort_values("change_pct", kind="stable").reset_index(drop=True)
    marks = _comparator_markers(d, comparators, "change_pct")
    d = d[~_drawn_as_marker(d, marks)].reset_index(drop=True)
    ax = _new_axes(ax, len(d))
    _alt(ax, t["alt_empty"])
    if d.empty:
        empty_chart(ax, t)
    else:
        rows = [r for _, r in d.iterrows()]
        comps = [_text(r.get("comparator")) for r in rows]
        # (each row named with its scope, as the pages name it: 一般公共预算收入（区级）, 企业所得税（40%部分）)
        names = _with_other_period([scoped_label(r, lang) for r in rows], d, lang)
        # rows of one name told apart by their bases, then by a growth in real terms (进出口总额 比上年增长39.7%,扣除价格和
        # 汇率变动因素,实际增长19.6%), then by their periods
        labels = _unique_labels(names,
                                [comparator_label(c, lang) if c not in _PLAIN_BASES else "" for c in comps],
                                _real_terms_words(d, facts, lang),
                                [comparator_label(_text(r.get("period")), lang) for r in rows])
        values = d["change_pct"].astype(float).to_numpy()
        ys = np.arange(len(d), dtype=float)
        colours = [_sign_colour(v, pal) for v in values]
        ax.barh(ys, values, color=colours, height=kwargs.pop("height", 0.62), gid="change-bar", **kwargs)
        ax.axvline(0, color=pal["ref"], linewidth=0.9, gid="zero-line")
        ax.set_yticks(ys, labels)
        qual = d["qualifier"] if "qualifier" in d.columns else pd.Series([""] * len(d))
        raws = _printed_column(d, facts, "change_pct")
        texts = [format_pct(v, qualifier=q, lang=lang, raw=p) for v, q, p in zip(values, qual, raws, strict=True)]
        rows_by_indicator: dict[str, list[float]] = {}
        for y, ind in zip(ys, d["indicator"].astype(str), strict=True):
            rows_by_indicator.setdefault(ind, []).append(y)
        ends: dict[float, float] = {}
        keys = {k: dict(zip(ys, (_text(v) for v in d[k]), strict=True)) for k in ("scope", "period") if k in d.columns}
        handles = (_draw_markers(ax, marks, rows_by_indicator, lang, pal, ends, dict(zip(ys, values, strict=True)),
                                 keys) if len(marks) else [])
        allx = [*values, *(marks["comparator_value"].astype(float) if len(marks) else [])]
        lo, hi = min(0.0, *allx), max(0.0, *allx)
        span = (hi - lo) or 1.0
        ax.set_xlim(lo - span * 0.2 if lo < 0 else -span * 0.04, hi + span * 0.2 if hi > 0 else span * 0.04)
        _bar_labels(ax, ys, values, texts, span, ends)
        legend = [*_sign_patches(values, pal, t), *handles]
        _top_legend(ax, legend)
        ax.set_ylim(-0.6, len(d) - 0.4)
        order = sorted(zip(labels, texts, values, strict=True), key=lambda x: -x[2])
        _alt(ax, t["alt_yoy"].format(n=len(d), up=int((values > 0).sum()), down=int((values < 0).sum()),
                                     items=_items([(a.replace("\\$", "$"), b) for a, b, _ in order], lang)))
    ax.set_xlabel(t["change_axis"] if lang == "zh" else _labels().code("measure", "yoy_pct", "en"))
    return _finish(ax, t["yoy_title"] if title is None else title, _source_text(data, source, lang, section))


def _total_row(total: pd.DataFrame) -> pd.DataFrame:
    """The reference total: tax revenue if the report gives it, else the first plain year-on-year total."""
    if total.empty:
        return total
    taxed = total[total["item"].astype(str).str.contains("税", regex=False)]
    if len(taxed):
        return taxed.iloc[:1]
    if "comparator" in total.columns:
        plain = total[total["comparator"].isna() | total["comparator"].astype(str).isin(["", *_PLAIN_BASES])]
        if len(plain):
            return plain.iloc[:1]
    return total.iloc[:1]


def plot_tax_changes(
    data: pd.DataFrame,
    *,
    ax: Axes | None = None,
    lang: str = "zh",
    palette: str | dict = "colorblind",
    dimensions: Iterable[str] = ("sector", "tax_type"),
    source: str | None = None,
    section: str | None = None,
    title: str | None = None,
    facts: pd.DataFrame | None = None,
    **kwargs,
) -> Axes:
    """Tax change by sector and by tax type, each group sorted, against the total (dashed line).

    Parameters
    ----------
    data : DataFrame
        ``dh.tax_declines(report)``: needs ``dimension``, ``item`` and ``change_pct``; uses ``scope`` (named after
        the item, as the pages name it).
    dimensions : iterable of str
        Groups drawn, top to bottom; the ``"total"`` row is the reference line.
    Other parameters as in :func:`plot_yoy_changes`.

    Returns
    -------
    Axes
    """
    t, pal = _begin(data, ("dimension", "item", "change_pct"), "plot_tax_changes",
                    "tax_declines(report)", lang, palette)
    d = data[pd.to_numeric(data["change_pct"], errors="coerce").notna()].copy()
    d["change_pct"] = d["change_pct"].astype(float)
    if "measure" in d.columns:
        d = d[d["measure"].astype(str).isin(["yoy_pct", "change_pct"]) | d["measure"].isna()]
    d["printed"] = _printed_column(d, facts, "change_pct")
    total = _total_row(d[d["dimension"].astype(str) == "total"])
    groups = [(dim, d[d["dimension"].astype(str) == dim].drop_duplicates(subset=["item", "change_pct"]))
              for dim in dimensions]
    groups = [(dim, g.sort_values("change_pct", ascending=False, kind="stable")) for dim, g in groups if len(g)]
    n_rows = sum(len(g) + 1 for _, g in groups)
    ax = _new_axes(ax, n_rows)
    _alt(ax, t["alt_empty"])
    if not groups:
        empty_chart(ax, t)
    else:
        ys, labels, values, heads = [], [], [], []
        y = 0.0
        for dim, g in groups:
            heads.append(len(labels))
            labels.append({"sector": t["by_sector"], "tax_type": t["by_tax_type"]}.get(dim, dim))
            ys.append(y)
            y += 1
            for _, r in g.iterrows():
                labels.append("  " + _mpl(scoped_label(r, lang, name_col="item")))
                ys.append(y)
                values.append((y, r["change_pct"], _text(r.get("qualifier")), r["printed"]))
                y += 1
            y += 0.4
        bar_y = [v[0] for v in values]
        bar_x = [v[1] for v in values]
        ax.barh(bar_y, bar_x, color=[_sign_colour(x, pal) for x in bar_x], height=kwargs.pop("height", 0.62),
                gid="change-bar", **kwargs)
        ax.axvline(0, color=pal["ref"], linewidth=0.9, gid="zero-line")
        allx = list(bar_x)
        handles = _sign_patches(bar_x, pal, t)
        if len(total):
            tv = float(total["change_pct"].iloc[0])
            allx.append(tv)
            name = _mpl(scoped_label(total.iloc[0], lang, name_col="item")) or t["total"]
            line = ax.axvline(tv, color=pal["ref"], linestyle="--", linewidth=1.2, gid="total-line",
                              label=f"{name} {format_pct(tv, raw=total['printed'].iloc[0])}")
            handles.append(line)
        lo, hi = min(0.0, *allx), max(0.0, *allx)
        span = (hi - lo) or 1.0
        ax.set_xlim(lo - span * 0.18 if lo < 0 else -span * 0.04, hi + span * 0.18 if hi > 0 else span * 0.04)
        _bar_labels(ax, bar_y, bar_x,
                    [format_pct(x, qualifier=q, lang=lang, raw=p) for _, x, q, p in values], span)
        ax.set_yticks(ys, labels)
        for i, tick in enumerate(ax.get_yticklabels()):
            if i in heads:
                tick.set_path_effects(_BOLD)
        ax.set_ylim(y - 0.4, -0.8)
        _top_legend(ax, handles)
        parts = []
        for dim, g in groups:
            what = {"sector": t["by_sector"], "tax_type": t["by_tax_type"]}.get(dim, dim)
            pairs = [(scoped_label(r, lang, name_col="item"), format_pct(r["change_pct"], raw=r["printed"]))
                     for _, r in g.iterrows()]
            parts.append(t["alt_tax_group"].format(what=what if lang == "zh" else what.lower(), n=len(g),
                                                   items=_items(pairs, lang).rstrip("。.")))
        total_text = (t["alt_tax_total"].format(name=scoped_label(total.iloc[0], lang, name_col="item") or t["total"],
                                                value=format_pct(float(total["change_pct"].iloc[0]),
                                                                 raw=total["printed"].iloc[0]))
                      if len(total) else "")
        _alt(ax, t["alt_tax"].format(groups=t["sep"].join(parts), total=total_text).strip())
    ax.set_xlabel(t["change_axis"])
    # a title naming only the breakdowns the chart shows (by tax type, when the report gives no sector's tax)
    shown = {dim for dim, _ in groups}
    default = next((t[f"tax_title_{dim}"] for dim in ("sector", "tax_type") if shown == {dim}), t["tax_title"])
    return _finish(ax, default if title is None else title, _source_text(data, source, lang, section))


def plot_target_completion(
    data: pd.DataFrame,
    *,
    comparators: pd.DataFrame | None = None,
    ax: Axes | None = None,
    lang: str = "zh",
    palette: str | dict = "colorblind",
    benchmark: float | None = None,
    source: str | None = None,
    section: str | None = None,
    title: str | None = None,
    facts: pd.DataFrame | None = None,
    **kwargs,
) -> Axes:
    """Bullet chart of target completion against the elapsed-time line (50 % at mid-year).

    Each row: a grey band to 100 % (darker up to the benchmark), the completion bar coloured
    on track / behind, hatched when the share is computed from "N项…已完成M项" rather than
    stated, and the value at its end.

    Parameters
    ----------
    data : DataFrame
        ``dh.target_completion(report)``: needs ``indicator`` and ``completion_pct``; uses
        ``source`` (stated/computed), ``on_track``, ``benchmark_pct``, ``numerator``,
        ``denominator``, ``count_unit``.
    comparators : DataFrame, optional
        ``dh.headline_indicators(report)``: a city-average completion is drawn as a marker.
    benchmark : float, optional
        The elapsed-time line in percent (default: the table's ``benchmark_pct``, else 50).
    Other parameters as in :func:`plot_yoy_changes`.

    Returns
    -------
    Axes
    """
    t, pal = _begin(data, ("indicator", "completion_pct"), "plot_target_completion",
                    "target_completion(report)", lang, palette)
    d = data[pd.to_numeric(data["completion_pct"], errors="coerce").notna()].copy()
    if "status" in d.columns:
        d = d[d["status"].astype(str) != "target"]
    d["completion_pct"] = d["completion_pct"].astype(float)
    d = d.sort_values("completion_pct", ascending=True, kind="stable").reset_index(drop=True)
    if benchmark is None:
        bm = pd.to_numeric(d["benchmark_pct"], errors="coerce").dropna() if "benchmark_pct" in d.columns else []
        benchmark = float(Counter(bm).most_common(1)[0][0]) if len(bm) else 50.0
    ax = _new_axes(ax, len(d))
    _alt(ax, t["alt_empty"])
    if d.empty:
        empty_chart(ax, t)
    else:
        ys = np.arange(len(d), dtype=float)
        hi = max(105.0, float(d["completion_pct"].max()) * 1.12)
        ax.barh(ys, [100.0] * len(d), color=pal["band"], height=0.72, zorder=1, gid="band")
        # each row's band to the mark of its own period (2月份 1/12 of the year beside 1-2月 2/12), the line at one
        own = (pd.to_numeric(d["benchmark_pct"], errors="coerce") if "benchmark_pct" in d.columns
               else pd.Series(np.nan, index=d.index))
        ax.barh(ys, own.fillna(benchmark).to_numpy(dtype=float), color=pal["band_dark"], height=0.72, zorder=1,
                gid="band")
        on = d["on_track"] if "on_track" in d.columns else pd.Series([None] * len(d))
        src = d["source"].astype(str) if "source" in d.columns else pd.Series(["stated"] * len(d))
        colours, hatches = [], []
        for v, ok in zip(d["completion_pct"], on, strict=True):
            okv = None if _text(ok) == "" else bool(ok)
            if okv is None:
                okv = v >= benchmark
            colours.append(pal["ok"] if okv else pal["behind"])
        for s in src:
            hatches.append("////" if s == "computed" else "")
        bars = ax.barh(ys, d["completion_pct"], color=colours, height=0.34, zorder=2, gid="completion-bar",
                       **kwargs)
        for bar, h in zip(bars, hatches, strict=True):
            if h:
                bar.set_hatch(h)
                bar.set_edgecolor("white")
                bar.set_linewidth(0)
        ax.axvline(benchmark, color=pal["ref"], linestyle="--", linewidth=1.2, zorder=3, gid="benchmark-line",
                   label=f"{t['benchmark']} {format_pct(benchmark, signed=False, derived=True)}")
        texts = []
        raws = _printed_column(d, facts, "completion_pct")
        for (_, r), raw in zip(d.iterrows(), raws, strict=True):
            computed = computed_completion(r)
            s = format_pct(r["completion_pct"], signed=False, qualifier=r.get("qualifier"), lang=lang, derived=computed,
                           raw=None if computed else raw)
            num, den = _num(r.get("numerator")), _num(r.get("denominator"))
            if computed and not (math.isnan(num) or math.isnan(den)):
                s += f"（{num:g}/{den:g}{_text(r.get('count_unit'))}）" if lang == "zh" else f" ({num:g}/{den:g})"
            texts.append(s)
        for y, v, s in zip(ys, d["completion_pct"], texts, strict=True):
            ax.text(max(100.0, v) + hi * 0.012, y, s, va="center", ha="left", fontsize=8, color="#333333",
                    gid="value-label")
        # a row of another period named by it (财政总收入（2月份） beside 财政总收入 of 1-2月), as the growth chart
        # names it; rows of one name told apart by the source of their rate, then by their periods
        extra = [t.get(_text(r.get("source")), "") for _, r in d.iterrows()]
        periods = [comparator_label(_text(p), lang) for p in d["period"]] if "period" in d.columns else []
        labels = _unique_labels(period_labels(d, lang), extra, *([periods] if periods else []))
        ax.set_yticks(ys, labels)
        rows_by_indicator: dict[str, list[float]] = {}
        for y, ind in zip(ys, d["indicator"].astype(str), strict=True):
            rows_by_indicator.setdefault(ind, []).append(y)
        marks = _comparator_markers(d, comparators, "completion_pct")
        # a mark on the row of the rate it is compared with only (均衡进度 of 1-2月 not on the row of 2月份)
        handles = (_draw_markers(ax, marks, rows_by_indicator, lang, pal,
                                 values=dict(zip(ys, d["completion_pct"], strict=True))) if len(marks) else [])
        ax.set_xlim(0, hi + 22)
        ax.set_xticks([x for x in range(0, int(hi) + 1, 20 if hi <= 160 else 50) if x <= max(100.0, hi - 5)])
        # the legend names what the chart shows: no 落后时间进度 when nothing is behind, and the solid and hatched
        # bars told apart only when some share is computed
        legend = [Patch(color=pal[k], label=t[w]) for k, w in (("ok", "on_track"), ("behind", "behind"))
                  if pal[k] in colours]
        if any(hatches):
            legend += [Patch(facecolor=pal["unknown"], label=t["stated"]),
                       Patch(facecolor=pal["unknown"], hatch="////", edgecolor="white", label=t["computed"])]
        _top_legend(ax, [*legend, ax.get_lines()[-1], *handles])
        ax.set_ylim(-0.7, len(d) - 0.3)
        on_n = sum(1 for c in colours if c == pal["ok"])
        pairs = [(lab.replace("\\$", "$"), s) for lab, s in zip(labels, texts, strict=True)][::-1]
        _alt(ax, t["alt_completion"].format(n=len(d), bench=format_pct(benchmark, signed=False, derived=True), on=on_n,
                                            behind=len(d) - on_n, items=_items(pairs, lang)))
    ax.set_xlabel("")
    ax.xaxis.set_major_formatter(lambda x, _pos: f"{x:g}%")
    title = t["completion_title"] if title is None else title
    return _finish(ax, title, _source_text(data, source, lang, section))


def plot_headline_dashboard(
    data: pd.DataFrame,
    *,
    lang: str = "zh",
    palette: str | dict = "colorblind",
    ncols: int = 3,
    benchmark: float = 50.0,
    source: str | None = None,
    section: str | None = None,
    title: str | None = None,
    facts: pd.DataFrame | None = None,
    completion: pd.DataFrame | None = None,
) -> Figure:
    """Small multiples of the headline indicators: one card per indicator, all on one scale.

    Each card shows the level (money in 亿元), the year-on-year change as a bar on a scale
    shared by all cards, the completion of the annual target against the elapsed-time tick,
    the comparison with a comparator (city average, an earlier quarter) or a rank, and the
    derived figures (implied prior-year level, implied annual target) marked as derived.

    Parameters
    ----------
    data : DataFrame
        ``dh.headline_indicators(report)``: needs ``indicator``; uses ``scope`` (named in a card's title
        when the indicator's name lacks it), ``level``, ``unit``, ``yoy_pct``, ``completion_pct``, ``pp_diff``, ``comparator``, ``rank``, ``rank_group``, ``rank_measure``,
        ``implied_prior_level``, ``implied_annual_target``.
    ncols : int
        Cards per row.
    benchmark : float
        The elapsed-time mark for completion, in percent (50 at mid-year).
    facts : DataFrame, optional
        The report's facts: a figure keeps the decimals and the unit it is printed with (``230.0亿元``, ``+4.0%``).
    completion : DataFrame, optional
        ``dh.target_completion(report)``: a card's completion that is of no target of the year (its row's
        ``annual`` is false: 市政府固定资产投资已下达70%) is drawn grey with no elapsed-time tick, as the completion
        page sets it against none.

    Returns
    -------
    Figure
        A new figure (figure-level: it takes no ``ax``).
    """
    t, pal = _begin(data, ("indicator",), "plot_headline_dashboard",
                    "headline_indicators(report)", lang, palette)
    d = data.drop_duplicates(subset=[c for c in ("indicator", "scope") if c in data.columns]).reset_index(drop=True)
    n = max(len(d), 1)
    ncols = max(1, min(ncols, n))
    nrows = math.ceil(n / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.7 * ncols, 2.55 * nrows + 0.8), squeeze=False)
    fig.subplots_adjust(left=0.02, right=0.98, top=1 - 0.55 / (2.55 * nrows + 0.8),
                        bottom=0.5 / (2.55 * nrows + 0.8), wspace=0.08, hspace=0.12)
    yoys = pd.to_numeric(d["yoy_pct"], errors="coerce") if "yoy_pct" in d.columns else pd.Series(dtype=float)
    scale = float(yoys.abs().max()) if yoys.notna().any() else 1.0
    scale = scale or 1.0
    titles = period_labels(d, lang)
    # no completion row on any card when no headline figure states one (the cards of a year's outcomes)
    progress = "completion_pct" in d.columns and bool(pd.to_numeric(d["completion_pct"], errors="coerce").notna().any())
    printed = printed_numerals(d, facts, ["level", "yoy_pct", "completion_pct"])
    raws = [{c: p[i] for c, p in printed.items()} for i in range(len(d))]
    annual = _of_annual_target(d, completion)
    for i, ax in enumerate(axes.flat):
        ax.set_axis_off()
        if i >= len(d):
            continue
        _card(ax, d.iloc[i], lang, t, pal, scale, benchmark if annual[i] else None, title=titles[i],
              progress=progress, raws=raws[i])
    if d.empty:
        empty_chart(axes.flat[0], t)
        _alt(fig, t["alt_empty"])
    else:
        pairs = []
        gap = "" if lang == "zh" else " "  # a word and its figure: 同比+1.5%, YoY +1.5%
        for title_of, (_, r), raw in zip(titles, d.iterrows(), raws, strict=True):
            bits = [_card_level(r, lang, raw.get("level")) if not math.isnan(_num(r.get("level"))) else ""]
            if not math.isnan(_num(r.get("yoy_pct"))):
                yoy = format_pct(r.get("yoy_pct"), qualifier=r.get("yoy_qualifier"), lang=lang, raw=raw.get("yoy_pct"))
                bits.append(f"{_unachieved(r, lang)}{t['yoy']}{gap}{yoy}")
            if not math.isnan(_num(r.get("change_pct"))):
                bits.append(change_note(_num(r.get("change_pct")), _text(r.get("change_comparator")), lang,
                                             r.get("change_qualifier")))
            if not math.isnan(_num(r.get("completion_pct"))):
                done = format_pct(r.get("completion_pct"), signed=False, raw=raw.get("completion_pct"))
                bits.append(f"{t['completion']}{gap}{done}")
            pairs.append((title_of, ("，" if lang == "zh" else ", ").join(b for b in bits if b)))
        _alt(fig, t["alt_dashboard"].format(n=len(d), items=_items(pairs, lang, limit=20)))
    fig.suptitle(t["dashboard_title"] if title is None else title, x=0.02, ha="left", fontsize=13,
                 path_effects=_BOLD)
    note = fig.text(0.02, 0.012, _mpl(_wrap(_source_text(data, source, lang, section), int(3.7 * ncols * 15))),
                    fontsize=7, color="#555555", ha="left", va="bottom")
    note.set_gid("source-note")
    return fig


def _of_annual_target(d: pd.DataFrame, completion: pd.DataFrame | None) -> list[bool]:
    """Whether each headline row's completion is of a target of the year: False where a figure it cites
    (``fact_ids``) is a row of ``completion`` whose ``annual`` is false; True otherwise (no such table)."""
    if completion is None or not {"fact_id", "annual"} <= set(completion.columns) or "fact_ids" not in d.columns:
        return [True] * len(d)
    other = {str(f) for f, a in zip(completion["fact_id"], completion["annual"], strict=True) if not pd.isna(a) and not a}
    return [not other.intersection(_text(ids).split(";")) for ids in d["fact_ids"]]


def period_labels(d: pd.DataFrame, lang: str = "zh") -> list[str]:
    """The label of each row of a table: the indicator with its scope, and with its period where that is not the
    other rows' (北京地区进出口总额（1-5月） among the figures of 上半年), as the growth chart names it.

    Parameters
    ----------
    d : DataFrame
        Rows of a key table with ``indicator``; ``scope`` and ``period`` when present.
    lang : str
        ``"zh"`` or ``"en"``.

    Returns
    -------
    list of str
        One label per row, in the rows' order.
    """
    return _with_other_period([scoped_label(r, lang) for _, r in d.iterrows()], d, lang)


def _unachieved(r: pd.Series, lang: str) -> str:
    """The word put before a change that is no outcome: 预计 before an estimate (单位地区生产总值能耗预计下降3.8%), 目标
    before a target; nothing before an outcome."""
    status = _text(r.get("status"))
    if status not in ("estimate", "target"):
        return ""
    word = code_label("status", status, lang)
    return word if lang == "zh" else f"{word} "


def _card_level(r: pd.Series, lang: str, raw: object) -> str:
    """A card's level as printed (``raw``: its printed numeral, whose decimals and unit it keeps: 230.0亿元); that of
    an estimate or a target with no growth beside it, whose label would say so, says so itself (预计约380亿元)."""
    level = _num(r.get("level"))
    shown = format_level(level, _text(r.get("unit")), lang, _text(r.get("level_qualifier")), raw=raw,
                         scale=printed_scale(level, raw, lang))
    alone = not math.isnan(level) and math.isnan(_num(r.get("yoy_pct")))
    return f"{_unachieved(r, lang)}{shown}" if alone else shown


def _card(ax: Axes, r: pd.Series, lang: str, t: dict[str, str], pal: dict[str, str], scale: float,
          benchmark: float | None, *, title: str, progress: bool, raws: dict[str, object]) -> None:
    """One dashboard card, drawn in axes-fraction coordinates, headed ``title`` (:func:`period_labels`);
    ``progress``: with the row of the completion; ``raws``: the printed numerals of its level, growth and completion;
    ``benchmark`` None: a completion of no target of the year, grey and set against no tick."""
    tr = ax.transAxes
    ax.add_patch(Rectangle((0.004, 0.004), 0.992, 0.992, transform=tr, facecolor="#f7f7f7",
                           edgecolor="#d0d0d0", linewidth=0.8, zorder=0, clip_on=False, gid="card"))
    ax.text(0.05, 0.93, _mpl(_wrap(title, 38)), transform=tr, fontsize=10, va="top", path_effects=_BOLD,
            gid="card-title")
    level = _num(r.get("level"))
    ax.text(0.05, 0.64, _card_level(r, lang, raws.get("level")),
            transform=tr, fontsize=17, va="center", color="#111111" if not math.isnan(level) else "#999999",
            gid="card-level")
    x0, width = 0.3, 0.48
    # year-on-year bar on the scale shared by all cards: zero in the middle of the bar area
    yoy = _num(r.get("yoy_pct"))
    y0, mid = 0.46, x0 + width / 2
    # an estimate or a target says so before the row's name (预计同比 −3.8%), as the alt text does, so the figure
    # after the bar stays as short as any other and inside the card
    ax.text(0.05, y0, (_unachieved(r, lang) if not math.isnan(yoy) else "") + t["yoy"], transform=tr, fontsize=8,
            va="center", color="#444444", gid="card-yoy-label")
    ax.plot([mid, mid], [y0 - 0.055, y0 + 0.055], transform=tr, color="#777777", linewidth=0.8, gid="card-zero")
    if not math.isnan(yoy):
        w = width / 2 * yoy / scale
        ax.add_patch(Rectangle((mid if w >= 0 else mid + w, y0 - 0.04), abs(w), 0.08, transform=tr,
                               color=_sign_colour(yoy, pal), gid="card-yoy-bar"))
        text = format_pct(yoy, qualifier=r.get("yoy_qualifier"), lang=lang, raw=raws.get("yoy_pct"))
        ax.text(x0 + width + 0.02, y0, text, transform=tr,
                fontsize=9, va="center", color=_sign_colour(yoy, pal), gid="card-yoy")
    else:
        ax.text(x0 + width + 0.02, y0, "—", transform=tr, fontsize=9, va="center", color="#777777")
    # completion bar against the elapsed-time tick (none where no card states a completion)
    if progress:
        comp = _num(r.get("completion_pct"))
        y1 = 0.3
        ax.text(0.05, y1, t["completion"], transform=tr, fontsize=8, va="center", color="#444444")
        ax.add_patch(Rectangle((x0, y1 - 0.035), width, 0.07, transform=tr, color=pal["band"], gid="card-band"))
        if not math.isnan(comp):
            colour = pal["unknown"] if benchmark is None else pal["ok"] if comp >= benchmark else pal["behind"]
            ax.add_patch(Rectangle((x0, y1 - 0.035), width * min(comp, 100) / 100, 0.07, transform=tr,
                                   color=colour, gid="card-completion-bar"))
            ax.text(x0 + width + 0.02, y1, format_pct(comp, signed=False, raw=raws.get("completion_pct")), transform=tr,
                    fontsize=9, va="center", gid="card-completion")
        else:
            ax.text(x0 + width + 0.02, y1, "—", transform=tr, fontsize=9, va="center", color="#777777")
        if benchmark is not None:
            ax.plot([x0 + width * min(benchmark, 100) / 100] * 2, [y1 - 0.06, y1 + 0.06], transform=tr,
                    color=pal["ref"], linewidth=1, gid="card-benchmark")
    # comparison and derived figures
    notes = []
    pp, comp_name = _num(r.get("pp_diff")), _text(r.get("comparator"))
    if not math.isnan(pp) and comp_name:
        q = _QUALIFIER_PREFIX[lang].get(_text(r.get("comparator_value_qualifier")), "")
        key = "higher" if pp > 0 else "lower" if pp < 0 else "same"
        notes.append(t[key].format(comp=comparator_label(comp_name, lang), q=q, v=f"{abs(pp):g}"))
    change = _num(r.get("change_pct"))
    if not math.isnan(change):  # a growth net of an adjustment or against another base: the card names its basis
        notes.append(change_note(change, _text(r.get("change_comparator")), lang, r.get("change_qualifier")))
    rank = _num(r.get("rank"))
    if not math.isnan(rank):
        group = _text(r.get("rank_group"))
        group = rank_group_label(group, lang)
        # 增速居全市第6位: a rank of the growth; 总量居全市第6位: of an amount's size, named so beside its growth
        ranked = _text(r.get("rank_measure"))
        amount = ranked == "level" and _text(r.get("level_measure")) == "level"
        key = _RANK_TEXT.get(ranked, "rank_level" if amount else "rank")
        notes.append(t[key].format(group=group, rank=f"{rank:g}"))
        move = _num(r.get("rank_change"))
        if not math.isnan(move) and move and (since := _text(r.get("rank_change_comparator"))):
            # 居全国第5位,较上月提升2位: the rank's move, beside it
            move_text = format_cell("rank_change", r, lang)  # (as the headline table shows it: 提升2位)
            notes.append(t["rank_move"].format(comp=comparator_label(since, lang), move=move_text))
    prior = _num(r.get("implied_prior_level"))
    target = _num(r.get("implied_annual_target"))
    # the prior level and the target in the unit the level is printed in, as the table shows them (3,777,878万元:
    # 推算上年同期 3,570,773万元, not 357.1亿元; 全年目标 2,020,300万元 as printed, not 202.03亿元)
    unit, size = _text(r.get("unit")), printed_scale(level, raws.get("level"), lang)  # (not ``scale``, the bars')
    derived = []
    if not math.isnan(prior):
        # the prior level of a bound is a bound too (超6000亿元, +5.8% → 超5,671.1亿元), as the table shows it
        bound = format_level(prior, unit, lang, _text(r.get("level_qualifier")), derived=True, scale=size,
                             basis=level, basis_raw=raws.get("level"))  # (325.08亿元 → 301.0亿元; 212.0亿元 → 205.4亿元)
        # (the base the growth is of: 上年 for a whole year's figure, 上年同期 for part of a year)
        base = change_base(pd.Series(["yoy_pct"]), pd.Series([""]), pd.Series([_text(r.get("period"))])).iat[0]
        word = t["implied_prior_year"] if base == concept_rules().full_year_base else t["implied_prior"]
        derived.append(f"{word} {bound}")
    if not math.isnan(target):
        word = t["printed_target"] if printed_target(r) else t["implied_target"]  # (完成年初预算数60999万元的40.4%)
        shown = format_level(target, unit, lang, cell_qualifier("implied_annual_target", r),
                             derived=not printed_target(r),
                             scale=size, basis=level, basis_raw=raws.get("level"))  # (确保…3.6万人以上: 全年目标 ≥3.6万人)
        derived.append(f"{word} {shown}")
    if notes:
        ax.text(0.05, 0.155, _mpl(t["sep"].join(notes)), transform=tr, fontsize=8, va="center", color="#222222",
                gid="card-comparison")
    if derived:
        ax.text(0.05, 0.06, t["sep"].join(derived), transform=tr, fontsize=7, va="center", color="#666666", gid="card-derived")


# ----------------------------------------------------------------------------- display
def figure_png(fig: Figure | Axes, *, dpi: int = 110) -> bytes:
    """Render a figure (or the figure of an Axes) to PNG bytes.

    Rendering happens here, so a "missing from font" warning turned into an error by the
    caller is raised here too.  The charts of this module are laid out already (constrained
    layout, or placed by hand): they are drawn once, the layout engine running inside that
    drawing (``savefig`` would draw twice: once to lay out, once to render), on white, and
    written with a palette of 256 colours, which keeps their flat colours and smooth text
    while making the file about a third of the size of a full-colour one, and quicker to
    write.  Any other figure is saved by ``savefig`` with a tight bounding box.
    """
    fig = fig.figure if isinstance(fig, Axes) else fig
    buf = io.BytesIO()
    if fig.get_layout_engine() is None and not hasattr(fig, "dh_alt"):
        fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight", facecolor="white")
        return buf.getvalue()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    canvas, old_dpi, old_face = fig.canvas, fig.dpi, fig.get_facecolor()
    try:
        fig.dpi = dpi
        fig.set_facecolor("white")
        agg = FigureCanvasAgg(fig)
        agg.draw()
        size = agg.get_width_height(physical=True)
        rgb = Image.frombuffer("RGBA", size, agg.buffer_rgba(), "raw", "RGBA", 0, 1).convert("RGB")
    finally:
        fig.set_canvas(canvas)
        fig.dpi = old_dpi
        fig.set_facecolor(old_face)
    rgb.quantize(256, method=Image.Quantize.FASTOCTREE).save(buf, format="png", dpi=(dpi, dpi))
    return buf.getvalue()


def show(fig: Figure | Axes, *, dpi: int = 110, alt: str | None = None) -> None:
    """Display a chart in a notebook as one PNG (with its alternative text) and close its figure.

    Unlike the inline backend's automatic display, rendering errors (such as a missing-glyph
    warning made an error in the notebook's setup cell) fail the cell that draws the chart.
    ``alt`` defaults to the text the chart function wrote (:func:`alt_text`). A chart with nothing to draw
    (:func:`nothing_drawn`) is closed and left out: the page's words say what the report or folder lacks.
    """
    from IPython.display import Image, display

    fig = fig.figure if isinstance(fig, Axes) else fig
    if nothing_drawn(fig):
        plt.close(fig)
        return
    data = figure_png(fig, dpi=dpi)
    text = alt if alt is not None else alt_text(fig)
    plt.close(fig)
    display(Image(data=data, format="png", metadata={"alt": text} if text else None))
