"""The annotated report: the full text with every fact highlighted where it was printed.

``dhcheng report`` writes it as ``report.html`` beside the analysis pages; every table row of
the pages and of the workbook links to its fact there (``report.html#fact-<fact_id>``).
In Jupyter, a :class:`~dhcheng_analysis.report.Report` displays the same view, and
:func:`show` takes facts of one's own (a filtered or corrected table)::

    import dhcheng_analysis as dh
    report = dh.load_report()
    report                                         # the annotated text
    dh.show(report, facts.query("status == 'target'"))

What the page offers:

* the text with its sections (headings as headings), and page numbers when the report came
  from a PDF;
* every fact highlighted in the colour of its measure (a colour-blind-safe palette), targets
  underlined with a dashed line, flagged facts marked with ``!``; each is an element with
  ``data-fact-id`` and the anchor ``fact-<fact_id>``;
* hover, keyboard focus (Tab) or a link to the fact shows the typed fact: indicator,
  measure, value in display units, qualifier, status, comparator, period, scope, flags, page;
* filters by measure and by status (check boxes, no script needed) and a search box over
  indicators, printed figures and sentences (the page's one inline script, allowed by its
  hash in the Content-Security-Policy; without it the rest of the page works the same).

Every string from the report is escaped; the page loads nothing from anywhere.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from . import display
from .apitypes import ReportLike
from .display import fact_anchor, fact_href
from .htmlpage import REPORT_PAGE
from .report import Report, load_report
from .vocab import labels

__all__ = ["REPORT_PAGE", "AnnotatedReport", "annotated_body", "annotated_fragment", "annotated_page", "fact_anchor", "fact_href",
           "show", "ANNOTATION_CSS", "SEARCH_SCRIPT"]

#: Measures in legend order, each with its colour (seaborn's / Okabe–Ito "colorblind" palette).
MEASURE_COLOURS: dict[str, str] = {
    "level": "#0173b2", "yoy_pct": "#de8f05", "change_pct": "#029e73", "completion_pct": "#d55e00",
    "pp_diff": "#cc78bc", "rate_pct": "#ca9161", "rank": "#949494", "abs_change": "#56b4e9", "ratio": "#ece133",
}
_OTHER_COLOUR = "#7f7f7f"


def _words(lang: str) -> dict[str, str]:
    return labels().words(lang, "annot_")


def _text(value: Any) -> str:
    return "" if display.is_missing(value) else str(value)


def _value_text(f: Mapping[str, Any], lang: str) -> str:
    return display.fact_value(f, lang)


def _flags(value: Any) -> list[str]:
    if display.is_missing(value):
        return []
    if isinstance(value, list | tuple | set):
        return [str(v) for v in value if str(v)]
    return [p for p in re.split(r"[;,\s|]+", str(value)) if p]


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    fact: dict


def _details(f: Mapping[str, Any], lang: str, page: int | None) -> list[tuple[str, str]]:
    """(label, value) rows of a fact's details, in the reader's language."""
    w = _words(lang)
    rows = [(w["indicator"], display.indicator_label(f, lang)),
            (w["measure"], display.code_label("measure", f.get("measure"), lang)),
            (w["value"], _value_text(f, lang)),
            (w["printed"], _text(f.get("raw_value")) + _text(f.get("raw_unit")))]
    q = _text(f.get("qualifier"))
    if q and q != "exact":
        rows.append((w["qualifier"], display.code_label("qualifier", q, lang)))
    rows.append((w["status"], display.code_label("status", f.get("status"), lang)))
    ranked = _text(f.get("measure")) == "rank"  # (居全省第6位: the set it is ranked among, not an average)
    for col in ("comparator", "period", "scope"):
        v = _text(f.get(col))
        if v and ranked and col == "comparator":
            rows.append((w["rank_group"], display.rank_group_label(v, lang)))
        elif v:
            rows.append((w[col], display.comparator_label(v, lang) if col != "scope" else v))
    flags = _flags(f.get("flags"))
    if flags:
        rows.append((w["flags"], "、".join(display.code_label("flag", x, lang) for x in flags) if lang == "zh"
                     else ", ".join(display.code_label("flag", x, lang) for x in flags)))
    if page is not None:
        rows.append((w["page"], str(page)))
    rows.append((w["fact_id"], _text(f.get("fact_id"))))
    return rows


def _mark_html(m: _Mark, text: str, lang: str, page: int | None, prefix: str) -> str:
    e = html.escape
    f = m.fact
    fid = _text(f.get("fact_id"))
    anchor = fact_anchor(fid)
    measure = _text(f.get("measure"))
    status = _text(f.get("status"))
    flagged = bool(_flags(f.get("flags")))
    classes = ["dh-fact", f"m-{measure if measure in MEASURE_COLOURS else 'other'}",
               f"s-{status if status in ('actual', 'target', 'estimate') else 'other'}"]
    if flagged:
        classes.append("dh-flagged")
    tip_id = f"{prefix}tip-{anchor}" if anchor else ""
    details = "".join(f"<span class=\"dh-row\"><span class=\"dh-k\">{e(k)}</span>"
                      f"<span class=\"dh-v\">{e(v)}</span></span>" for k, v in _details(f, lang, page) if v)
    search = " ".join(_text(f.get(c)) for c in ("indicator", "raw_value", "raw_unit", "comparator", "period"))
    search += " " + display.indicator_label(f, "en") if lang == "en" else ""
    attrs = (f' class="{" ".join(classes)}" data-fact-id="{e(fid)}" data-measure="{e(measure)}"'
             f' data-status="{e(status)}" data-search="{e(search.strip())}" tabindex="0"')
    if anchor:
        attrs = f' id="{prefix}{anchor}"' + attrs + f' aria-describedby="{tip_id}"'
    tip = f'<span class="dh-tip" role="tooltip" id="{tip_id}">{details}</span>' if anchor else \
        f'<span class="dh-tip" role="tooltip">{details}</span>'
    return f"<mark{attrs}>{e(text[m.start:m.end])}{tip}</mark>"


def _marks(facts: pd.DataFrame, n: int) -> tuple[list[_Mark], list[dict]]:
    """Facts as non-overlapping marks in text order; facts that overlap an earlier one come back apart."""
    rows = facts.to_dict("records")
    rows = [r for r in rows if not display.is_missing(r.get("start")) and not display.is_missing(r.get("end"))]
    rows.sort(key=lambda r: (int(r["start"]), -int(r["end"])))
    marks: list[_Mark] = []
    apart: list[dict] = []
    last = 0
    for r in rows:
        a, b = max(0, int(r["start"])), min(n, int(r["end"]))
        if b <= a:
            apart.append(r)
            continue
        if a < last:
            apart.append(r)
            continue
        marks.append(_Mark(a, b, r))
        last = b
    return marks, apart


def _heading_level(level: int) -> int:
    return min(max(level + 1, 2), 4)


def annotated_body(report: Report, facts: pd.DataFrame | None = None, *, lang: str = "zh",
                   prefix: str = "", search: bool = True) -> str:
    """The annotated text with its legend, filters and search box (HTML, every report string escaped).

    Parameters
    ----------
    report : Report
    facts : DataFrame, optional
        The facts to mark (default: all facts of the report).
    lang : {"zh", "en"}
        Language of the legend and the details.
    prefix : str
        Prefix of every element id (several views on one Jupyter page).
    search : bool
        Include the search box (it needs the page's script).
    """
    display.check_lang(lang)
    if facts is None:
        from .facts import extract_facts

        facts = extract_facts(report)
    e = html.escape
    w = _words(lang)
    text = report.text
    marks, apart = _marks(facts, len(text))
    heads = {s.start: s for s in report.sections}
    pages = list(report.source.pages) if report.source is not None and report.source.pages else []
    page_starts = {p.start: p.page for p in pages}

    out: list[str] = []
    # ---- legend and filters
    counts_m = Counter(_text(m) for m in facts["measure"]) if "measure" in facts.columns else Counter()
    counts_s = Counter(_text(s) for s in facts["status"]) if "status" in facts.columns else Counter()
    flagged = sum(bool(_flags(v)) for v in facts["flags"]) if "flags" in facts.columns else 0
    boxes_m = []
    for code in [*MEASURE_COLOURS, *sorted(set(counts_m) - set(MEASURE_COLOURS))]:
        if not counts_m.get(code):
            continue
        css = code if code in MEASURE_COLOURS else "other"
        boxes_m.append(f'<label class="dh-chip"><input type="checkbox" id="{prefix}flt-m-{css}" checked>'
                       f'<span class="dh-sw m-{css}"></span>{e(display.code_label("measure", code, lang))}'
                       f' <span class="dh-n">{counts_m[code]}</span></label>')
    boxes_s = []
    for code in ("actual", "target", "estimate"):
        if counts_s.get(code):
            boxes_s.append(f'<label class="dh-chip"><input type="checkbox" id="{prefix}flt-s-{code}" checked>'
                           f'{e(display.code_label("status", code, lang))} <span class="dh-n">{counts_s[code]}</span>'
                           "</label>")
    summary = w["summary"].format(n=len(facts), flagged=flagged) if flagged else w["summary_plain"].format(n=len(facts))
    out.append(f'<section class="dh-panel" aria-label="{e(w["filters"])}">')
    out.append(f'<p class="dh-summary">{e(summary)}</p>')
    out.append(f'<div class="dh-filter"><span class="dh-flabel">{e(w["by_measure"])}</span>{"".join(boxes_m)}</div>')
    out.append(f'<div class="dh-filter"><span class="dh-flabel">{e(w["by_status"])}</span>{"".join(boxes_s)}</div>')
    if search:
        out.append(f'<div class="dh-filter dh-search" id="{prefix}dh-search-box" hidden>'
                   f'<label class="dh-flabel" for="{prefix}dh-q">{e(w["search"])}</label>'
                   f'<input type="search" id="{prefix}dh-q" placeholder="{e(w["search_hint"])}" autocomplete="off">'
                   f'<span id="{prefix}dh-hits" class="dh-n" aria-live="polite" data-word="{e(w["hits"])}"></span></div>')
    out.append(f'<p class="dh-hint">{e(w["hint"])}</p>')
    out.append("</section>")
    # ---- the text, line by line; a line that starts a section is its heading
    out.append('<article class="dh-text" lang="zh-Hans">')
    mi = 0
    pos = 0
    page_list = sorted(page_starts)
    pi = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        while mi < len(marks) and marks[mi].start < end < marks[mi].end:  # a fact across a line end
            nxt = text.find("\n", marks[mi].end)
            end = len(text) if nxt < 0 else nxt
        line_parts = []
        while pi < len(page_list) and page_list[pi] <= pos:
            pass_page = page_starts[page_list[pi]]
            line_parts.append(f'<span class="dh-page" id="{prefix}page-{pass_page}">'
                              f'{e(w["page_mark"].format(page=pass_page))}</span>')
            pi += 1
        cur = pos
        while mi < len(marks) and marks[mi].start < end:
            m = marks[mi]
            line_parts.append(e(text[cur:m.start]))
            page = report.page_at(m.start) if pages else None
            line_parts.append(_mark_html(m, text, lang, page, prefix))
            cur = m.end
            mi += 1
        line_parts.append(e(text[cur:end]))
        content = "".join(line_parts)
        if text[pos:end].strip():
            if pos in heads or (text[pos:end].strip() and _starts_heading(heads, pos, end)):
                sec = heads.get(pos) or _starts_heading(heads, pos, end)
                h = _heading_level(sec.level)
                out.append(f'<h{h} class="dh-h" id="{prefix}sec-{sec.start}">{content}</h{h}>')
            else:
                out.append(f"<p>{content}</p>")
        elif content.strip():
            out.append(content)
        pos = end + 1
    out.append("</article>")
    if apart:
        out.append(f'<section class="dh-apart"><h2>{e(w["apart"])}</h2><p>')
        for r in apart:
            a, b = int(r["start"]), int(r["end"])
            out.append(_mark_html(_Mark(0, max(b - a, 0), r), text[a:b] or _text(r.get("raw_value")), lang,
                                  report.page_at(a) if pages else None, prefix) + " ")
        out.append("</p></section>")
    return "\n".join(out)


def _starts_heading(heads: Mapping[int, Any], pos: int, end: int) -> Any:
    """The section whose heading starts within the leading blanks of the line ``pos:end``."""
    for p in range(pos, min(end, pos + 4)):
        if p in heads:
            return heads[p]
    return None


def _filter_css(scope: str, prefix: str, measures: Iterable[str]) -> str:
    rules = []
    for m in [*measures, "other"]:
        rules.append(f"{scope}:has(#{prefix}flt-m-{m}:not(:checked)) mark.dh-fact.m-{m}")
    for s in ("actual", "target", "estimate"):
        rules.append(f"{scope}:has(#{prefix}flt-s-{s}:not(:checked)) mark.dh-fact.s-{s}")
    return ",\n".join(rules) + " { background: none; border-bottom-color: transparent; }\n"


def annotation_css(scope: str = "body", prefix: str = "") -> str:
    """Styles of the annotated text (``scope``: the element that holds the filters and the text)."""
    colours = "\n".join(
        f"{scope} .m-{m} {{ --dh-c: {c}; }}" for m, c in [*MEASURE_COLOURS.items(), ("other", _OTHER_COLOUR)])
    return f"""
{colours}
{scope} .dh-panel {{ position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid #ddd;
  padding: 8px 0 6px; font-size: 13px; }}
{scope} .dh-summary {{ margin: 0 0 4px; color: #333; }}
{scope} .dh-filter {{ margin: 2px 0; display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }}
{scope} .dh-filter[hidden] {{ display: none; }}
{scope} .dh-flabel {{ color: #555; min-width: 4.5em; }}
{scope} .dh-chip {{ white-space: nowrap; cursor: pointer; }}
{scope} .dh-chip input {{ margin: 0 3px 0 0; vertical-align: -2px; }}
{scope} .dh-sw {{ display: inline-block; width: 12px; height: 12px; margin-right: 3px; vertical-align: -1px;
  background: var(--dh-c); border-radius: 2px; }}
{scope} .dh-n {{ color: #777; }}
{scope} .dh-search input {{ font: inherit; padding: 2px 6px; min-width: 16em; border: 1px solid #bbb; border-radius: 3px; }}
{scope} .dh-hint {{ color: #777; margin: 4px 0 0; font-size: 12px; }}
{scope} .dh-text {{ font-size: 15px; line-height: 1.95; }}
{scope} .dh-text p {{ margin: 0 0 0.7em; text-indent: 2em; }}
{scope} .dh-text .dh-h {{ text-indent: 0; }}
{scope} mark.dh-fact {{ position: relative; color: inherit; padding: 0 1px; border-radius: 2px; cursor: help;
  background: color-mix(in srgb, var(--dh-c) 24%, #fff); border-bottom: 2px solid var(--dh-c); text-indent: 0;
  scroll-margin-top: 12em; }}
{scope} mark.dh-fact.s-target {{ border-bottom-style: dashed; }}
{scope} mark.dh-fact.dh-flagged {{ outline: 1px dotted #b00020; }}
{scope} mark.dh-fact.dh-flagged::before {{ content: "!"; display: inline-block; font-size: 10px; line-height: 12px;
  width: 12px; text-align: center; border-radius: 6px; background: #b00020; color: #fff; margin-right: 1px;
  vertical-align: 2px; }}
{scope} mark.dh-fact.dh-miss {{ background: none; border-bottom-color: transparent; opacity: 0.55; }}
{scope} mark.dh-fact:target {{ outline: 2px solid #222; }}
{scope} .dh-tip {{ display: none; position: absolute; left: 0; top: 100%; z-index: 10; margin-top: 4px;
  min-width: 17em; max-width: 26em; padding: 6px 8px; background: #fff; color: #1f1f1f; border: 1px solid #888;
  border-left: 4px solid var(--dh-c); box-shadow: 0 2px 8px rgba(0,0,0,.18); font-size: 12.5px; line-height: 1.5;
  text-indent: 0; white-space: normal; user-select: none; }}
{scope} mark.dh-fact:hover > .dh-tip, {scope} mark.dh-fact:focus > .dh-tip,
{scope} mark.dh-fact:target > .dh-tip {{ display: block; }}
{scope} .dh-row {{ display: flex; gap: 8px; }}
{scope} .dh-k {{ color: #666; flex: 0 0 5.2em; }}
{scope} .dh-v {{ flex: 1; }}
{scope} .dh-page {{ display: block; text-align: right; color: #888; font-size: 12px; border-top: 1px dashed #ccc;
  margin: 8px 0 2px; text-indent: 0; }}
{_filter_css(scope, prefix, MEASURE_COLOURS)}
"""


ANNOTATION_CSS = annotation_css()

#: The page's one script: the search box (shown only when the script runs).
SEARCH_SCRIPT = """(function () {
  var box = document.getElementById("dh-search-box"), q = document.getElementById("dh-q"),
      hits = document.getElementById("dh-hits"), marks = document.querySelectorAll("mark.dh-fact"),
      word = hits ? hits.getAttribute("data-word") || "" : "";
  function focusTarget() {  // a link to a fact (report.html#fact-…) puts the keyboard on it and shows it
    var id = decodeURIComponent(location.hash.slice(1)), m = id && document.getElementById(id);
    if (m && m.classList.contains("dh-fact")) { m.focus({preventScroll: true}); }
  }
  focusTarget();
  window.addEventListener("hashchange", focusTarget);
  if (!box || !q) { return; }
  box.hidden = false;
  function run() {
    var needle = q.value.trim().toLowerCase(), n = 0, first = null;
    for (var i = 0; i < marks.length; i++) {
      var m = marks[i], hit = !needle || (m.getAttribute("data-search") || "").toLowerCase().indexOf(needle) >= 0
        || (m.parentNode.textContent || "").toLowerCase().indexOf(needle) >= 0;
      m.classList.toggle("dh-miss", !hit);
      if (hit) { n++; if (!first) { first = m; } }
    }
    hits.textContent = needle ? n + " " + word : "";
    return first;
  }
  q.addEventListener("input", run);
  q.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var f = run(); if (f) { f.focus(); f.scrollIntoView({block: "center"}); } }
  });
})();"""


def annotated_fragment(report: ReportLike = None, facts: pd.DataFrame | None = None, *, lang: str = "zh") -> str:
    """The annotated report as an HTML fragment for Jupyter: its own scoped styles, no script."""
    import secrets

    rep = load_report(report)
    prefix = f"dh{secrets.token_hex(4)}-"
    scope = f"#{prefix}root"
    body = annotated_body(rep, facts, lang=lang, prefix=prefix, search=False)
    css = annotation_css(scope, prefix).replace(f"{scope} .dh-panel {{ position: sticky;", f"{scope} .dh-panel {{ position: static;")
    title = html.escape(display.report_caption(rep, lang)["title"])
    return (f'<div class="dh-annot" id="{prefix}root"><style>{css}</style>'
            f'<h3 style="margin:4px 0">{title}</h3>{body}</div>')


def annotated_page(report: Report, facts: pd.DataFrame | None = None, *, lang: str = "zh", shell: Any = None,
                   font: Any = None) -> str:
    """The annotated report as a page of its own (``report.html``): text, legend, filters, search.

    Parameters
    ----------
    report : Report
    facts : DataFrame, optional
        Default: all facts of the report.
    lang : {"zh", "en"}
    shell : htmlpage.Shell, optional
        Title, navigation and footer.
    font : WebFont, optional
        Embed a font face with the glyphs of the page.
    """
    from . import htmlpage

    caption = display.report_caption(report, lang)
    w = _words(lang)
    shell = shell or htmlpage.Shell(lang=lang, title=f"{w['title']} · {caption['title']}")
    top = (f"<h1>{html.escape(caption['title'])}</h1>\n"
           f'<p class="dh-question">{html.escape(w["title"])} · {html.escape(caption["period"])}</p>\n')
    body = top + annotated_body(report, facts, lang=lang)
    return htmlpage.page(shell, body, css=ANNOTATION_CSS, script=SEARCH_SCRIPT, font=font)


class AnnotatedReport:
    """The annotated view of a report, displayed by Jupyter (``_repr_html_``)."""

    def __init__(self, report: ReportLike = None, facts: pd.DataFrame | None = None, lang: str = "zh") -> None:
        self.report = load_report(report)
        self.facts = facts
        self.lang = display.check_lang(lang)

    def _repr_html_(self) -> str:
        return annotated_fragment(self.report, self.facts, lang=self.lang)

    def __repr__(self) -> str:
        n = "all" if self.facts is None else len(self.facts)
        return f"<annotated {self.report.report_id}: {n} facts>"


def show(report: ReportLike = None, facts: pd.DataFrame | None = None, *, lang: str = "zh") -> AnnotatedReport:
    """The report's text with ``facts`` (default: all of them) highlighted, for Jupyter.

    Parameters
    ----------
    report : Report, path, str or None
        The report (None: the bundled one).
    facts : DataFrame, optional
        Facts of this report to mark, e.g. a filtered ``extract_facts(report)``; needs ``start``,
        ``end``, ``fact_id`` and ``measure``.
    lang : {"zh", "en"}
        Language of the legend and the details.

    Returns
    -------
    AnnotatedReport
        Displays itself in a notebook (the last expression of a cell, or ``display(...)``).
    """
    return AnnotatedReport(report, facts, lang)
