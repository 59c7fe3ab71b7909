"""Write the analysis notebooks (without outputs) and their packaged copies.

    python notebooks/_build.py

The canonical notebooks are ``notebooks/NN_name.ipynb``; an identical copy goes to
``dhcheng_analysis/notebooks/`` so that ``dhcheng report`` finds them after a plain
``pip install .`` (a test checks that the copies are identical).  Edit this script, not the
notebooks, then run it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent
TARGETS = (ROOT / "notebooks", ROOT / "dhcheng_analysis" / "notebooks")

PARAMETERS = '''\
report_path = None  # a report file (.txt or .html); None: the report bundled with the package
lang = "zh"  # "zh" or "en": language of the charts and the commentary
palette = "colorblind"  # "market": red for up, green for down (Chinese market convention)'''

SETUP = '''\
import warnings

from IPython.display import display

import dhcheng_analysis as dh
from dhcheng_analysis import plots
from dhcheng_analysis.narrative import HTMLTable, Narrative
from dhcheng_analysis.publish import reader_table, report_caption

# A Chinese character drawn as a box must fail the notebook, not pass with a warning.
warnings.filterwarnings("error", message=r"(?s).*missing from font")

report = dh.load_report(report_path)
facts = dh.extract_facts(report)
caption = report_caption(report, lang)
pct, level = plots.format_pct, plots.format_level


def name(row):
    """Indicator label of a table row in the notebook's language."""
    return plots.indicator_label(row, lang)


def tr(zh, en):
    """The word or phrase of the notebook's language."""
    return zh if lang == "zh" else en


def listing(rows):
    """Labels of table rows, joined as a list in the notebook's language."""
    return tr("、", ", ").join(name(r) for _, r in rows.iterrows())


def say(zh, en, **values):
    """Commentary in the notebook's language: our own template, every value from the report escaped."""
    display(Narrative.from_template(tr(zh, en), **values))


def table(data, columns):
    """A reader table (headers from the field dictionary, values formatted), rendered with escaping."""
    display(HTMLTable(reader_table(data, columns, lang)))'''

CAPTION = '''\
say("**报告：** {title}\\n**时期：** {period}", "**Report:** {title}\\n**Period:** {period}",
    title=caption["title"], period=caption["period"])'''


def intro(number: str, zh_title: str, en_title: str, zh_q: str, en_q: str) -> str:
    return (
        f"# {number} · {zh_title} / {en_title}\n\n"
        f"**问题：** {zh_q}\n\n"
        f"**Question:** {en_q}\n\n"
        "**来源 / Source:** 参数 `report_path` 指定的报告（默认为随包附带的报告），标题与时期见下。"
        " The report named by the `report_path` parameter (by default the report bundled with the"
        " package); its title and period follow."
    )


def notebook(meta: dict, cells: list) -> nbformat.NotebookNode:
    nb = new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        "dhcheng": meta,
    }
    nb.cells = cells
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"{meta['slug']}-{i:02d}"
    return nb


def head(number: str, slug: str, zh_title: str, en_title: str, zh_q: str, en_q: str) -> tuple[dict, list]:
    meta = {"slug": slug, "title": {"zh": f"{number} {zh_title}", "en": f"{number} {en_title}"},
            "question": {"zh": zh_q, "en": en_q}}
    cells = [
        new_markdown_cell(intro(number, zh_title, en_title, zh_q, en_q)),
        new_code_cell(PARAMETERS, metadata={"tags": ["parameters"]}),
        new_code_cell(SETUP, metadata={"tags": ["setup"]}),
        new_code_cell(CAPTION),
    ]
    return meta, cells


def md(text: str):
    return new_markdown_cell(text)


def code(text: str):
    return new_code_cell(text.strip("\n"))


# ----------------------------------------------------------------------------- 01
def overview() -> nbformat.NotebookNode:
    meta, cells = head(
        "01", "overview", "主要指标概览", "Headline indicators at a glance",
        "报告的主要指标——规模、同比变化、全年任务完成进度、与全市或上一季度的比较——各处在什么位置？",
        "Where do the report's headline indicators stand: level, year-on-year change, progress towards the "
        "annual target, and comparison with the city or an earlier quarter?",
    )
    cells += [
        code('''
import pandas as pd

headline = dh.headline_indicators(report, facts)
completion = dh.target_completion(report, facts)
elapsed = float(completion["benchmark_pct"].dropna().iloc[0]) if completion["benchmark_pct"].notna().any() else 50.0
'''),
        md("## 概览 / At a glance"),
        code('''
n = len(headline)
with_yoy = headline[headline["yoy_pct"].notna()]
rising = with_yoy[with_yoy["yoy_pct"] > 0]
falling = with_yoy[with_yoy["yoy_pct"] < 0]
say("报告列出 {n} 项主要指标，其中 {k} 项给出同比变化：{up} 项增长，{down} 项下降。",
    "The report gives {n} headline indicators; {k} have a year-on-year change: {up} rose and {down} fell.",
    n=n, k=len(with_yoy), up=len(rising), down=len(falling))
if len(falling):
    worst = falling.loc[falling["yoy_pct"].idxmin()]
    say("降幅最大的是{item}，同比{change}。", "The deepest fall is {item}, {change} year on year.",
        item=name(worst), change=pct(worst["yoy_pct"]))
if len(rising):
    best = rising.loc[rising["yoy_pct"].idxmax()]
    say("增幅最大的是{item}，同比{change}。", "The strongest rise is {item}, {change} year on year.",
        item=name(best), change=pct(best["yoy_pct"]))
'''),
        code('''
fig = plots.plot_headline_dashboard(headline, lang=lang, palette=palette, benchmark=elapsed, source=caption["title"])
plots.show(fig)
'''),
        md("## 全年任务与下半年要求 / Annual targets and what the rest of the year requires"),
        code('''
with_completion = headline[headline["completion_pct"].notna()]
behind = with_completion[with_completion["completion_pct"] < elapsed]
mark = pct(elapsed, signed=False)
if with_completion.empty:
    say("主要指标中没有给出全年任务完成进度的。", "No headline indicator states its progress towards the annual target.")
elif behind.empty:
    say("{n} 项主要指标给出全年任务完成进度，均不低于 {mark} 的时间进度。",
        "{n} headline indicators state their progress towards the annual target; none is behind the "
        "elapsed-time mark of {mark}.", n=len(with_completion), mark=mark)
else:
    say("{n} 项主要指标给出全年任务完成进度，其中 {k} 项低于 {mark} 的时间进度：{names}。",
        "{n} headline indicators state their progress towards the annual target; {k} are behind the "
        "elapsed-time mark of {mark}: {names}.", n=len(with_completion), k=len(behind), mark=mark, names=listing(behind))
for _, r in headline[headline["h2_required"].notna()].iterrows():
    unit, g = r["unit"], r["h2_growth_required_pct"]
    values = {"item": name(r), "target": level(r["implied_annual_target"], unit, lang),
              "done": level(r["level"], unit, lang), "rest": level(r["h2_required"], unit, lang)}
    if pd.isna(g):
        say("- {item}：推算全年目标 {target}，已完成 {done}，余下时间需完成 {rest}。",
            "- {item}: implied annual target {target}, done {done}; the rest of the year needs {rest}.", **values)
    elif g >= 0:
        say("- {item}：推算全年目标 {target}，已完成 {done}，余下时间需完成 {rest}，月均进度需比此前高 {pace}。",
            "- {item}: implied annual target {target}, done {done}; the rest of the year needs {rest}, "
            "a monthly pace {pace} above that so far.", pace=pct(g, signed=False), **values)
    else:
        say("- {item}：推算全年目标 {target}，已完成 {done}，余下时间需完成 {rest}，月均进度可比此前低 {pace}。",
            "- {item}: implied annual target {target}, done {done}; the rest of the year needs {rest}, "
            "a monthly pace {pace} below that so far.", pace=pct(-g, signed=False), **values)
'''),
        md("## 主要指标表 / Headline table\n\n"
           "标注“推算”的列由报告中的数字计算：上年同期 = 水平值 ÷ (1 + 同比)，全年目标 = 水平值 ÷ 完成进度。"
           " Columns marked derived are computed from the report's figures: prior year = level ÷ (1 + change),"
           " annual target = level ÷ completion."),
        code('''
table(headline, ["indicator", "level", "yoy_pct", "completion_pct", "comparator", "pp_diff", "comparator_value",
                 "rank_group", "rank", "implied_prior_level", "implied_annual_target"])
'''),
    ]
    return notebook(meta, cells)


# ----------------------------------------------------------------------------- 02
def year_on_year() -> nbformat.NotebookNode:
    meta, cells = head(
        "02", "year_on_year", "同比变化", "Year-on-year changes",
        "哪些指标比上年同期增长、哪些下降，幅度多大？与全市或上一季度相比如何？",
        "Which indicators rose and which fell against the same period of last year, and by how much? How do "
        "they compare with the city or an earlier quarter?",
    )
    cells += [
        code('''
yoy = dh.yoy_changes(report, facts)
headline = dh.headline_indicators(report, facts)
actual = yoy[(yoy["status"] == "actual") & (yoy["measure"] == "yoy_pct")].drop_duplicates(["indicator", "change_pct", "comparator"])
'''),
        md("## 上升与下降 / Rises and falls"),
        code('''
up = actual[actual["change_pct"] > 0]
down = actual[actual["change_pct"] < 0]
say("报告给出 {n} 个已实现的同比变化（同一指标同一数值只计一次）：{up} 个上升，{down} 个下降。",
    "The report gives {n} achieved year-on-year changes (one per indicator and value): {up} rises and {down} falls.",
    n=len(actual), up=len(up), down=len(down))
if len(actual):
    hi, lo = actual.loc[actual["change_pct"].idxmax()], actual.loc[actual["change_pct"].idxmin()]
    say("最高为{hi}（{hi_change}），最低为{lo}（{lo_change}）。",
        "The highest is {hi} ({hi_change}), the lowest {lo} ({lo_change}).",
        hi=name(hi), hi_change=pct(hi["change_pct"]), lo=name(lo), lo_change=pct(lo["change_pct"]))
'''),
        code('''
if len(actual):
    ax = plots.plot_yoy_changes(yoy, comparators=headline, lang=lang, palette=palette, source=caption["title"])
    plots.show(ax)
'''),
        md("## 与全市、上一季度比较 / Against the city and earlier quarters\n\n"
           "比较对象的数值由报告的百分点差推算（本指标 − 百分点差），图中以空心标记表示。"
           " A comparator's value is derived from the stated percentage-point difference (this figure − difference);"
           " the chart shows it as a hollow marker."),
        code('''
comparisons = headline[headline["comparator_value"].notna() & (headline["comparator_measure"] == "yoy_pct")]
if comparisons.empty:
    say("本报告的同比变化没有与全市或其他时期比较。", "The report compares no year-on-year change with the city or another period.")
for _, r in comparisons.iterrows():
    higher = r["pp_diff"] > 0
    say("- {item}同比{change}，比{comp}{word} {pp:g} 个百分点，即{comp}约为 {value}（推算）。",
        "- {item}: {change}, {pp:g} pp {word} {comp}, so {comp} was about {value} (derived).",
        item=name(r), change=pct(r["yoy_pct"]), comp=plots.comparator_label(r["comparator"], lang),
        word=tr("高" if higher else "低", "above" if higher else "below"), pp=abs(r["pp_diff"]),
        value=pct(r["comparator_value"]))
'''),
        md("## 其他基期的变化 / Changes against other bases"),
        code('''
other = yoy[(yoy["status"] == "actual") & ((yoy["measure"] == "change_pct") | (yoy["comparator"] != "上年同期"))]
if other.empty:
    say("报告没有给出相对其他基期的变化。", "The report gives no change against another base.")
else:
    say("另有 {n} 个变化以其他基期或口径为比较对象（如两年平均、剔除特殊因素）。",
        "{n} more changes use another base or basis (a two-year average, excluding special factors …).", n=len(other))
    table(other, ["indicator", "change_pct", "comparator", "level", "implied_prior_level", "period"])
'''),
        md("## 全部同比数据 / All year-on-year figures"),
        code('''
table(yoy, ["indicator", "measure", "change_pct", "comparator", "status", "level", "implied_prior_level", "period",
            "section"])
'''),
    ]
    return notebook(meta, cells)


# ----------------------------------------------------------------------------- 03
def tax_declines() -> nbformat.NotebookNode:
    meta, cells = head(
        "03", "tax_declines", "税收变化", "Tax revenue changes",
        "税收在哪些行业、哪些税种下降最多？与总体变化相比如何？税源流失有多大？",
        "In which sectors and tax types did tax revenue fall most, compared with the total? How large is the "
        "loss of tax base?",
    )
    cells += [
        code('''
import pandas as pd

tax = dh.tax_declines(report, facts)
changes = tax[tax["change_pct"].notna() & tax["dimension"].isin(["total", "sector", "tax_type"])]
'''),
        md("## 总体、行业与税种 / Total, sectors and tax types"),
        code('''
totals = changes[changes["dimension"] == "total"]
for _, r in totals.iterrows():
    basis = r["comparator"] if pd.notna(r["comparator"]) and r["comparator"] != "上年同期" else ""
    if basis:
        say("- 总体：{item}同比{change}（{basis}）。", "- Total: {item} {change} year on year ({basis}).",
            item=name(r), change=pct(r["change_pct"]), basis=plots.comparator_label(basis, lang))
    else:
        say("- 总体：{item}同比{change}。", "- Total: {item} {change} year on year.", item=name(r), change=pct(r["change_pct"]))
for dim, zh, en in (("sector", "行业", "sectors"), ("tax_type", "税种", "tax types")):
    part = changes[changes["dimension"] == dim]
    if part.empty:
        continue
    low = part.loc[part["change_pct"].idxmin()]
    falls = int((part["change_pct"] < 0).sum())
    say("- 报告给出 {n} 个{what}的变化，{falls} 个下降；降幅最大的是{item}（{change}）。",
        "- The report gives changes for {n} {what}; {falls} fell, most of all {item} ({change}).",
        n=len(part), what=tr(zh, en), falls=falls, item=name(low), change=pct(low["change_pct"]))
unstated = tax[tax["change_pct"].isna() & tax["dimension"].isin(["sector", "tax_type"])]
if len(unstated):
    say("- 报告未给出具体变化率的：{items}（作为例外提及）。", "- Mentioned without a rate (as exceptions): {items}.",
        items=listing(unstated))
if changes.empty:
    say("本报告没有给出税收的变化率。", "The report gives no rate of change for tax revenue.")
'''),
        code('''
if len(changes[changes["dimension"].isin(["sector", "tax_type"])]):
    ax = plots.plot_tax_changes(tax, lang=lang, palette=palette, source=caption["title"])
    plots.show(ax)
'''),
        md("## 税源流失与新设市场主体 / Tax base loss and new entities"),
        code('''
base = tax[tax["dimension"].isin(["base_loss", "new_entities"])]
if base.empty:
    say("报告没有给出税源流失或新设市场主体的数字。", "The report gives no figures on tax base loss or new entities.")
for _, r in base.iterrows():
    if r["measure"] == "abs_change":
        say("- {item}：{value}", "- {item}: {value}", item=name(r),
            value=level(r["abs_change"], r["unit"], lang, r["qualifier"]))
    elif r["measure"] == "level":
        say("- {item}：{value}", "- {item}: {value}", item=name(r),
            value=level(r["level"], r["level_unit"], lang, r["qualifier"]))
    elif pd.notna(r["change_pct"]) and pd.notna(r["level"]):
        say("- {item}：{value}，同比{change}", "- {item}: {value}, {change} year on year", item=name(r),
            value=level(r["level"], r["level_unit"], lang), change=pct(r["change_pct"]))
    elif pd.notna(r["change_pct"]):
        say("- {item}：同比{change}", "- {item}: {change} year on year", item=name(r), change=pct(r["change_pct"]))
'''),
        md("## 税收变化表 / Tax table"),
        code('''
table(tax, ["dimension", "item", "change_pct", "level", "abs_change", "qualifier", "section"])
'''),
    ]
    return notebook(meta, cells)


# ----------------------------------------------------------------------------- 04
def target_completion() -> nbformat.NotebookNode:
    meta, cells = head(
        "04", "target_completion", "目标完成进度", "Progress towards targets",
        "各项任务完成了全年目标的多少？是否达到“时间过半、任务过半”？报告所列完成率与分项数字是否一致？",
        "How much of each annual target has been done? Is it on track against the elapsed-time mark, and do "
        "stated completion rates agree with their parts?",
    )
    cells += [
        code('''
completion = dh.target_completion(report, facts)
headline = dh.headline_indicators(report, facts)
actual = completion[completion["status"] != "target"]
'''),
        md("## 进度与时间 / Progress against elapsed time"),
        code('''
if actual.empty:
    say("本报告没有给出完成进度。", "The report gives no completion figures.")
else:
    bench = float(actual["benchmark_pct"].dropna().iloc[0]) if actual["benchmark_pct"].notna().any() else 50.0
    on = actual[actual["on_track"] == True]  # noqa: E712
    stated = int((actual["source"] == "stated").sum())
    say("报告共有 {n} 个完成进度：{stated} 个为报告所列，{computed} 个由“共N项、已完成M项”推算。"
        "按时间进度 {mark} 衡量，{on} 个达到或超过，{behind} 个落后。",
        "The report has {n} completion figures: {stated} stated, {computed} computed from 'N items, M done' pairs. "
        "Against the elapsed-time mark of {mark}, {on} are on track and {behind} behind.",
        n=len(actual), stated=stated, computed=len(actual) - stated, mark=pct(bench, signed=False), on=len(on),
        behind=len(actual) - len(on))
    lag = actual.loc[actual["gap_pp"].idxmin()]
    say("落后最多的是{item}：完成 {done}，比时间进度低 {gap:.1f} 个百分点。",
        "Furthest behind: {item}, {done} done, {gap:.1f} pp short of the elapsed-time mark.",
        item=name(lag), done=pct(lag["completion_pct"], signed=False), gap=abs(lag["gap_pp"]))
'''),
        code('''
if len(actual):
    ax = plots.plot_target_completion(completion, comparators=headline, lang=lang, palette=palette, source=caption["title"])
    plots.show(ax)
'''),
        md("## 自我核对 / Self-check\n\n"
           "同一任务既有报告所列完成率、又能由分项计算时，两者应一致。"
           " Where a task has both a stated rate and counts to compute it from, the two should agree."),
        code('''
pairs = actual[actual["indicator"].isin(actual.loc[actual["source"] == "computed", "indicator"])
               & actual["indicator"].isin(actual.loc[actual["source"] == "stated", "indicator"])]
if pairs.empty:
    say("没有可以互相核对的完成率。", "No completion rate can be checked against its parts.")
for _, group in pairs.groupby("indicator", sort=False):
    s = group.loc[group["source"] == "stated", "completion_pct"].iloc[0]
    c = group.loc[group["source"] == "computed", "completion_pct"].iloc[0]
    values = {"item": name(group.iloc[0]), "stated": pct(s, signed=False), "computed": pct(c, signed=False)}
    if abs(s - c) < 1:
        say("- {item}：报告所列 {stated}，由分项推算 {computed}，在四舍五入范围内一致。",
            "- {item}: stated {stated}, computed {computed}; they agree within rounding.", **values)
    else:
        say("- {item}：报告所列 {stated}，由分项推算 {computed}，相差 {gap:.1f} 个百分点。",
            "- {item}: stated {stated}, computed {computed}; they differ by {gap:.1f} pp.", gap=abs(s - c), **values)
'''),
        md("## 完成进度表 / Completion table"),
        code('''
table(completion, ["indicator", "completion_pct", "source", "numerator", "denominator", "benchmark_pct", "gap_pp",
                   "on_track", "section"])
'''),
        md("## 下半年目标 / Targets for the rest of the year"),
        code('''
targets = dh.plan_targets(report, facts)
say("报告为余下时间设定了 {n} 个数量目标。", "The report sets {n} quantified targets for the rest of the year.",
    n=len(targets))
if len(targets):
    table(targets.rename(columns={"value": "level"}), ["indicator", "measure", "level", "qualifier", "period"])
'''),
    ]
    return notebook(meta, cells)


def books() -> dict[str, str]:
    """File name → notebook JSON text, as written."""
    out = {}
    for fname, build in (("01_overview.ipynb", overview), ("02_year_on_year.ipynb", year_on_year),
                         ("03_tax_declines.ipynb", tax_declines), ("04_target_completion.ipynb", target_completion)):
        nb = build()
        nbformat.validate(nb)
        out[fname] = nbformat.writes(nb) + "\n"
    return out


def main() -> int:
    written = books()
    for folder in TARGETS:
        folder.mkdir(parents=True, exist_ok=True)
        for fname, text in written.items():
            (folder / fname).write_text(text, encoding="utf-8")
    print(f"wrote {len(written)} notebooks to {', '.join(str(t.relative_to(ROOT)) for t in TARGETS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
