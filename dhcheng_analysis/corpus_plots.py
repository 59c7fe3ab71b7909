"""Charts and reader tables across reports: targets against outcomes, hit rates, the panel over time.

Axes-level functions (``plot_x(df, ax=None, lang="zh") -> Axes``): they take the tables of
:mod:`dhcheng_analysis.corpus`, draw on ``ax`` (a new figure when None) and return the Axes;
every chart carries a source note (a text with gid ``"source-note"``). The CJK font is
registered on first use (:func:`dhcheng_analysis.fonts.use_cjk_font`).

Example (parses the bundled corpus)::

    import dhcheng_analysis as dh
    from dhcheng_analysis import corpus_plots
    outcomes = dh.target_outcomes(dh.load_corpus(), how="left")
    ax = corpus_plots.plot_target_outcomes(outcomes, "gdp", lang="en")
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator

from .corpus import ceiling_targets, floor_targets, panel_row_names
from .display import CORPUS_CODE_COLUMNS, code_label, period_label
from .fonts import use_cjk_font
from .plots import empty_chart, require_columns
from .vocab import LOWER_BOUNDS, UPPER_BOUNDS, labels

__all__ = ["plot_target_outcomes", "plot_hit_rates", "plot_panel", "reader_frame", "reader_panel", "COLOURS"]

#: Okabe–Ito colours: met / missed / no outcome, the target band, the target marks.
COLOURS = {"met": "#0173b2", "missed": "#d55e00", "unknown": "#949494", "band": "#cfe3f2", "range": "#9ec5e6",
           "target": "#333333", "line": "#7a7a7a"}
_LINE_COLOURS = ("#0173b2", "#de8f05", "#029e73", "#d55e00", "#cc78bc", "#ca9161", "#56b4e9", "#949494")
#: Markers telling the places of a panel chart apart when a colour is an indicator's.
_PLACE_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*", "<", ">")
#: The longest span of years given a tick each.
_YEAR_TICKS = 12

def _t(lang: str) -> dict[str, str]:
    """The words of the corpus charts in ``lang`` (``text.corpus_*`` of ``vocab/labels.toml``)."""
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    return labels().words(lang, "corpus_")


def _new_axes(ax: Axes | None, size: tuple[float, float] = (8.0, 3.8)) -> Axes:
    use_cjk_font()
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def _source_note(ax: Axes, text: str) -> None:
    ann = ax.annotate(text, xy=(0, 0), xycoords=("axes fraction", ax.xaxis.label), xytext=(0, -6),
                      textcoords="offset points", ha="left", va="top", fontsize=7, color="#555555",
                      annotation_clip=False)
    ann.set_gid("source-note")


def _scale(unit: str, values: pd.Series, lang: str) -> tuple[float, str]:
    """Factor and unit label for an axis: persons in 万人, yuan in 亿元 or 万亿元."""
    top = float(values.abs().max()) if len(values) and values.notna().any() else 0.0
    if unit in ("%", "pp"):
        return 1.0, "%" if unit == "%" else ("百分点" if lang == "zh" else "pp")
    if unit == "元":
        if top >= 1e12:
            return 1e12, "万亿元" if lang == "zh" else "trillion yuan"
        if top >= 1e8:
            return 1e8, "亿元" if lang == "zh" else "100 million yuan"
        if top >= 1e5:
            return 1e4, "万元" if lang == "zh" else "10,000 yuan"
        return 1.0, "元" if lang == "zh" else "yuan"
    if top >= 1e4:
        return 1e4, f"万{unit}" if lang == "zh" else f"10,000 {unit}"
    return 1.0, unit


def _broken(years: list[int], values: list[float]) -> tuple[list[float], list[float]]:
    """Points for a line that breaks where a year is missing."""
    xs: list[float] = []
    ys: list[float] = []
    for j, (y, v) in enumerate(zip(years, values, strict=True)):
        if j and y - years[j - 1] > 1:
            xs.append(math.nan)
            ys.append(math.nan)
        xs.append(y)
        ys.append(v)
    return xs, ys


def _year_axis(ax: Axes, years: Sequence[int]) -> None:
    """An x axis of whole years: a tick on each year of a span of a few years (one year too: no 2022.2 …
    2023.8, no 1925 … 2125 around a lone point), at most a dozen integer ticks over a longer span."""
    first, last = int(min(years)), int(max(years))
    ax.set_xlim(first - 0.8, last + 0.8)
    if last - first <= _YEAR_TICKS:
        ax.set_xticks(range(first, last + 1))
    else:
        ax.xaxis.set_major_locator(MaxNLocator(nbins=_YEAR_TICKS, integer=True))


def _name(row: pd.Series, lang: str) -> str:
    if lang == "en":
        return str(row.get("indicator_en") or row.get("indicator_key") or row.get("indicator"))
    return str(row.get("indicator") or row.get("indicator_key"))


def _reports_note(data: pd.DataFrame, t: dict[str, str], lang: str, source: str | None) -> str:
    if source:
        return f"{t['source']}{'：' if lang == 'zh' else ': '}{source}"
    ids = sorted({str(x) for c in ("target_report_id", "outcome_report_id", "report_id") if c in data
                  for x in data[c].dropna() if str(x)})
    if not ids:
        return f"{t['source']}{'：' if lang == 'zh' else ': '}{t['reports']}"
    span = f"{ids[0]} … {ids[-1]}" if len(ids) > 2 else "、".join(ids) if lang == "zh" else ", ".join(ids)
    return f"{t['source']}{'：' if lang == 'zh' else ': '}{t['reports']} ({span})"


def plot_target_outcomes(data: pd.DataFrame, indicator_key: str = "gdp", ax: Axes | None = None, lang: str = "zh",
                         *, measure: str | None = None, tolerance: float = 0.5, source: str | None = None) -> Axes:
    """The target of each year (a band, a range, a floor or a ceiling) against the outcome.

    Parameters
    ----------
    data : DataFrame
        ``dh.target_outcomes(corpus, how="left")`` (with ``how="inner"`` years without an
        outcome are not shown).
    indicator_key : str
        The indicator to draw (``gdp``, ``cpi``, ``urban_new_jobs`` …).
    measure : str, optional
        Which measure of the indicator; default: the one with most years.
    tolerance : float
        Half-height of the band drawn around a 左右 (about) percentage target that is no ceiling (a
        limit's key or a planned fall: :func:`~dhcheng_analysis.corpus.ceiling_targets`, drawn as one) and no
        floor (a least's key: :func:`~dhcheng_analysis.corpus.floor_targets`, 城镇新增就业1200万人左右).

    Returns
    -------
    Axes
        Targets as patches (gid ``target-band``/``target-range``) or markers (``target-floor``,
        ``target-ceiling``, ``target-point``); outcomes as points coloured by ``met``
        (gid ``outcome``).
    """
    columns = ("year", "indicator_key", "measure", "unit", "target_value", "target_high", "target_qualifier",
               "outcome_value", "met")
    require_columns(data, columns, "plot_target_outcomes", "target_outcomes(corpus)")
    t = _t(lang)
    ax = _new_axes(ax)
    d = data[data["indicator_key"] == indicator_key]
    if measure is None and len(d):
        measure = d["measure"].value_counts().idxmax()
    d = d[d["measure"] == measure].sort_values("year")
    if d.empty:
        return empty_chart(ax, t)
    d, place = _one_place(d, data)
    unit = str(d["unit"].iloc[0])
    factor, unit_label = _scale(unit, pd.concat([d["target_value"], d["outcome_value"]]), lang)
    handles: dict[str, object] = {}
    ceiling, floor = ceiling_targets(d), floor_targets(d)
    for i, r in d.iterrows():
        x = int(r["year"])
        lo = r["target_value"] / factor
        hi = r["target_high"] / factor if pd.notna(r["target_high"]) else math.nan
        q = str(r["target_qualifier"])
        if not math.isnan(hi):
            p = ax.add_patch(Rectangle((x - 0.35, lo), 0.7, hi - lo, facecolor=COLOURS["range"], edgecolor="none",
                                       gid="target-range"))
            handles.setdefault("range", p)
        elif q in LOWER_BOUNDS or (floor[i] and q not in UPPER_BOUNDS):  # (a jobs target of 1200万人左右 too)
            (m,) = ax.plot([x], [lo], marker=6, markersize=9, color=COLOURS["target"], linestyle="none",
                           gid="target-floor")
            handles.setdefault("at_least", m)
        elif q in UPPER_BOUNDS or ceiling[i]:  # (a price target of 3%左右 or a planned fall is a ceiling too)
            (m,) = ax.plot([x], [lo], marker=7, markersize=9, color=COLOURS["target"], linestyle="none",
                           gid="target-ceiling")
            handles.setdefault("at_most", m)
        else:
            if q in ("about", "nearly") and unit in ("%", "pp"):
                p = ax.add_patch(Rectangle((x - 0.35, lo - tolerance), 0.7, 2 * tolerance, facecolor=COLOURS["band"],
                                           edgecolor="none", gid="target-band"))
                handles.setdefault("band", p)
            (m,) = ax.plot([x - 0.35, x + 0.35], [lo, lo], color=COLOURS["target"], linewidth=1.6, gid="target-point")
            handles.setdefault("point", m)
    have = d[d["outcome_value"].notna()]
    xs, ys = _broken(have["year"].astype(int).tolist(), (have["outcome_value"] / factor).tolist())
    ax.plot(xs, ys, color=COLOURS["line"], linewidth=0.8, zorder=2)
    for key in ("met", "missed", "unknown"):
        sel = have[have["met"].fillna(False).astype(bool)] if key == "met" else (
            have[~have["met"].fillna(True).astype(bool)] if key == "missed" else have[have["met"].isna()])
        if sel.empty:
            continue
        sc = ax.scatter(sel["year"].astype(int), sel["outcome_value"] / factor, s=28, color=COLOURS[key], zorder=3,
                        gid="outcome", label=t[key])
        handles.setdefault(key, sc)
    name = _name(d.iloc[0], lang)
    verb = t.get(f"verb_{measure}", "")
    title = t["title"].format(name=f"{name}{verb}" if lang == "zh" else f"{name} {verb}".strip())
    ax.set_title(f"{place} {title}" if place else title, loc="left", fontsize=11)
    ax.set_xlabel(t["year"])
    ax.set_ylabel(unit_label)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#eeeeee", linewidth=0.6)
    _year_axis(ax, d["year"].astype(int).tolist())
    order = [k for k in ("band", "range", "point", "at_least", "at_most", "met", "missed", "unknown") if k in handles]
    ax.legend([handles[k] for k in order], [t[k] for k in order], fontsize=7, frameon=False, ncols=4,
              loc="upper left", bbox_to_anchor=(0, -0.22))
    _source_note(ax, _reports_note(d, t, lang, source))
    return ax


def _one_place(rows: pd.DataFrame, data: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """The rows of one place, and its name, when the table ``data`` (of which ``rows`` are the chart's) names
    several places: of ``rows``, the place with the most years judged (an outcome beside the target), then the
    most targets — two places' targets of one year drawn in one column would read as one place's two, and a chart
    of a folder of several places names the place it is of. (``rows``, "") when ``data`` names one place or none."""
    if "place" not in data.columns or _places(data).nunique() <= 1:
        return rows, ""
    places = _places(rows)
    judged = rows["outcome_value"].notna().groupby(places).sum()
    counts = places.value_counts()
    # (of places alike, the first printed: max keeps the first of equal keys)
    best = max(dict.fromkeys(places), key=lambda p: (judged.get(p, 0), counts[p]))
    return rows[places == best], best


def _places(rows: pd.DataFrame) -> pd.Series:
    """The ``place`` of each row as text, "" where none is named."""
    return rows["place"].astype("object").fillna("").astype("str")


def plot_hit_rates(data: pd.DataFrame, ax: Axes | None = None, lang: str = "zh", *, source: str | None = None) -> Axes:
    """Horizontal bars: the share of years each indicator's target was met, with met/years labels.

    ``data`` is ``dh.hit_rates(outcomes)``. Bars carry gid ``hit-rate``.
    """
    require_columns(data, ("indicator_key", "indicator", "years", "met", "share_met"), "plot_hit_rates",
                    "hit_rates(outcomes)")
    t = _t(lang)
    d = data[data["years"] > 0].sort_values("share_met")
    ax = _new_axes(ax, (7.0, max(2.2, 0.45 * len(d) + 1.2)))
    if d.empty:
        return empty_chart(ax, t)
    places = "place" in d and d["place"].nunique() > 1  # the bars of several places: each named with its place
    labels = [f"{r['place']} {_name(r, lang)}" if places else _name(r, lang) for _, r in d.iterrows()]
    if "measure" in d:  # (粮食产量 of a level and of a growth: two bars, each named with its measure)
        twice = d.groupby([c for c in ("place", "indicator_key") if c in d])["measure"].transform("nunique") > 1
        bracket = "{}（{}）" if lang == "zh" else "{} ({})"
        labels = [bracket.format(name, code_label("measure", m, lang)) if more else name
                  for name, m, more in zip(labels, d["measure"], twice, strict=True)]
    ys = range(len(d))
    bars = ax.barh(list(ys), d["share_met"], color=COLOURS["met"], height=0.6)
    for b in bars:
        b.set_gid("hit-rate")
    for y, (_, r) in zip(ys, d.iterrows(), strict=True):
        ax.text(float(r["share_met"]) + 1.5, y, t["hit_label"].format(met=int(r["met"]), n=int(r["years"])),
                va="center", fontsize=8, color="#333333")
    ax.set_yticks(list(ys), labels)
    ax.set_xlim(0, 115)
    ax.set_xlabel(t["hit_axis"])
    ax.set_title(t["hit_title"], loc="left", fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    _source_note(ax, _reports_note(data, t, lang, source))
    return ax


def plot_panel(data: pd.DataFrame, indicators: Sequence[str] | None = None, ax: Axes | None = None, lang: str = "zh",
               *, source: str | None = None) -> Axes:
    """One line per indicator over the years, from the tidy panel of one measure in one unit.

    ``data`` is ``corpus.panel(measure="yoy_pct")`` (long); ``indicators`` picks and orders
    keys (default: all). Lines carry gid ``panel-line``.
    """
    require_columns(data, ("indicator_key", "year", "value", "unit", "measure"), "plot_panel",
                    "panel(...) of a corpus")
    t = _t(lang)
    d = data if indicators is None else data[data["indicator_key"].isin(list(indicators))]
    if d.empty:
        return empty_chart(_new_axes(ax, (8.0, 4.0)), t)
    unit = d["unit"].value_counts().idxmax()
    d = d[d["unit"] == unit]
    factor, unit_label = _scale(unit, d["value"], lang)
    keys = list(indicators) if indicators is not None else list(dict.fromkeys(d["indicator_key"]))
    # a line a series: an indicator, of each place and each part of the year the panel holds
    # (and of each base of a change: 同比降低6.5%,剔除留抵退税后增长0.4% are two series, no jump within a year)
    series = [c for c in ("place", "part", "comparator") if c in d.columns and d[c].nunique() > 1]
    lines = _over_years([(key, dict(zip(series, sub, strict=True)), g) for key in keys
                         if key in set(d["indicator_key"])
                         for sub, g in (d[d["indicator_key"] == key].groupby(series, sort=False) if series
                                        else [((), d[d["indicator_key"] == key])])])
    d = pd.concat([g for _, _, g in lines])
    ax = _new_axes(ax, (8.0, max(4.0, 0.21 * len(lines) + 0.8)))
    for i, (key, sub, g) in enumerate(lines):
        g = g.sort_values("year")
        xs, ys = _broken(g["year"].astype(int).tolist(), (g["value"] / factor).tolist())
        label = " ".join([*(str(sub[c]) for c in ("place",) if c in sub), _name(g.iloc[0], lang),
                          *(period_label(str(sub[c]), lang) for c in ("part",) if c in sub),
                          *(f"({sub[c]})" for c in ("comparator",) if sub.get(c))])
        colour, marker = _line_style(i, key, sub, keys, lines)
        ax.plot(xs, ys, marker=marker, markersize=3.5, linewidth=1.3, color=colour, label=label, gid="panel-line")
    measure = str(d["measure"].iloc[0])
    verb = t.get(f"verb_{measure}", "")
    ax.set_ylabel(f"{verb}{t['pct']}" if unit == "%" and verb else unit_label)
    ax.set_xlabel(t["year"])
    ax.set_title(_panel_title(d, t, lang), loc="left", fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#eeeeee", linewidth=0.6)
    ax.axhline(0, color="#999999", linewidth=0.6)
    _year_axis(ax, d["year"].astype(int).tolist())
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    _source_note(ax, _reports_note(d, t, lang, source))
    return ax


def _over_years(lines: list[tuple[str, dict, pd.DataFrame]]) -> list[tuple[str, dict, pd.DataFrame]]:
    """The series of a panel chart: all of them when they fit its colours; else those printed for two years or
    more (a change over the years; a series of one year, a place one report of the folder names, is a point the
    table beside the chart lists), when there are any."""
    if len(lines) <= len(_LINE_COLOURS):
        return lines
    several = [line for line in lines if line[2]["year"].nunique() > 1]
    return several or lines


def _line_style(i: int, key: str, sub: dict, keys: list[str], lines: list) -> tuple[str, str]:
    """The colour and marker of the ``i``-th line: a colour each while the lines fit the colours; beyond, the
    colour of the indicator and the marker of the rest of its series (its place, part of the year, base of
    the change), so that no two lines look alike while the places and indicators each fit."""
    if len(lines) <= len(_LINE_COLOURS) or not sub:
        return _LINE_COLOURS[i % len(_LINE_COLOURS)], "o"
    names = list(dict.fromkeys(tuple(s.items()) for _, s, _ in lines))
    return (_LINE_COLOURS[keys.index(key) % len(_LINE_COLOURS)],
            _PLACE_MARKERS[names.index(tuple(sub.items())) % len(_PLACE_MARKERS)])


def _panel_title(data: pd.DataFrame, t: dict[str, str], lang: str) -> str:
    """The panel chart's title, naming the part of the year when every point is of one part (上半年): a chart of
    half-years must not read as one of whole years; the whole year (or several parts, named in the legend) adds
    nothing."""
    parts = set(data["part"].astype("str")) if "part" in data.columns else {""}
    if len(parts) != 1 or not (part := parts.pop()):
        return t["panel_title"]
    return t["panel_title_part"].format(part=period_label(part, lang))


def reader_frame(data: pd.DataFrame, columns: Sequence[str], lang: str = "zh") -> pd.DataFrame:
    """A table for people: chosen columns, headers in the language, numbers rounded, missing values blank.

    Persons become 万人 and yuan 亿元 in the value columns when the row's unit says so; booleans
    become 是/否 (yes/no).
    """
    _t(lang)
    dictionary = labels()
    i = 0 if lang == "zh" else 1
    cols = [c for c in columns if c in data.columns]
    value_cols = {"target_value", "target_high", "outcome_value", "gap", "value", "prior_level", "implied_level",
                  "stated_level", "diff"}
    out: dict[str, list[str]] = {}
    for c in cols:
        vals = []
        for _, r in data.iterrows():
            v = r[c]
            if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
                vals.append("")
            elif isinstance(v, bool) or str(type(v)).endswith("bool_'>"):
                vals.append(("是" if v else "否") if lang == "zh" else ("yes" if v else "no"))
            elif c in value_cols and isinstance(v, int | float):
                factor, label = _scale(str(r.get("unit", "")), pd.Series([abs(v)]), lang)
                vals.append(f"{v / factor:,.4g}{'' if label == '%' else ' ' + label if lang == 'en' else label}"
                            if label != "%" else f"{v:g}")
            elif isinstance(v, float):
                vals.append(f"{v:,.4g}")
            elif c == "indicator" and lang == "en":
                vals.append(str(r.get("indicator_en") or v))
            elif c == "part":
                vals.append(period_label(str(v), lang) if str(v) else "")
            elif c in CORPUS_CODE_COLUMNS:
                vals.append(dictionary.code(CORPUS_CODE_COLUMNS[c], v, lang))
            else:
                vals.append(str(v))
        out[dictionary.corpus_columns.get(c, (c, c))[i]] = vals
    return pd.DataFrame(out, index=pd.RangeIndex(1, len(data) + 1))


def reader_panel(wide: pd.DataFrame, long: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    """The wide panel (``Corpus.panel(..., wide=True)``) as a table for people: each indicator by its name in the
    language (地区生产总值, not ``gdp``; the names of ``long``, the same panel tidy, each place's row by the name its
    reports give the key: 国内生产总值 in 中国's), the row labels' headers in the
    language, figures to one decimal, a year with no figure blank (not ``NaN``)."""
    i = 0 if lang == "zh" else 1
    heads = labels().corpus_columns
    df = wide.reset_index()
    if "indicator_key" in df.columns and not long.empty:
        names = panel_row_names(df, long)
        name = names["indicator"] if lang == "zh" else names["indicator_en"].where(names["indicator_en"] != "",
                                                                                   names["indicator"])
        df["indicator_key"] = name.where(name != "", df["indicator_key"].to_numpy()).to_numpy()
        df = df.rename(columns={"indicator_key": "indicator"})
    rows = [c for c in df.columns if isinstance(c, str)]
    if "part" in rows:
        df["part"] = [period_label(str(v), lang) if str(v) else "" for v in df["part"]]
    years = {str(c): ["" if pd.isna(v) else f"{v:,.1f}" for v in df[c]] for c in df.columns if not isinstance(c, str)}
    named = [heads.get(c, (c, c))[i] for c in rows]
    out = df[rows].set_axis(named, axis=1).assign(**years)
    out.columns.name = heads["year"][i]
    return out.set_index(named) if rows else out
