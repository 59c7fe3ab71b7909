"""Charts: what each plot function draws (bars, labels, reference lines, markers, source note),
Chinese labels without missing glyphs, English labels, colours, and a light package import."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from _source_imports import import_nodes  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

import dhcheng_analysis as dh  # noqa: E402
from dhcheng_analysis import fonts, plots  # noqa: E402

NaN = np.nan
TITLE = "某区2020年国民经济和社会发展计划上半年执行情况的报告"
S1 = "一、上半年计划执行情况"
S2 = "二、计划执行中需要关注的主要问题"


# ----------------------------------------------------------------------------- hand-made tables
def headline_frame() -> pd.DataFrame:
    cols = ["indicator", "indicator_en", "level", "unit", "level_qualifier", "yoy_pct", "completion_pct", "pp_diff",
            "comparator", "comparator_measure", "comparator_value", "comparator_value_qualifier", "rank",
            "rank_group", "implied_prior_level", "implied_annual_target"]
    rows = [
        ["地区生产总值", "Gross regional product (GDP)", NaN, "", NaN, -3.9, NaN, 1.5, "一季度", "yoy_pct", -5.4,
         "exact", NaN, NaN, NaN, NaN],
        ["一般公共预算收入", "General public budget revenue", 9.69e9, "元", "exact", -7.0, 48.2, NaN, NaN, NaN, NaN,
         NaN, NaN, NaN, 9.69e9 / 0.93, 9.69e9 / 0.482],
        ["固定资产投资", "Fixed-asset investment", 1.004e10, "元", "exact", NaN, 45.6, 3.0, "全市", "completion_pct",
         42.6, "nearly", NaN, NaN, NaN, 1.004e10 / 0.456],
        ["建安投资", "Construction and installation investment", 2.51e9, "元", "exact", NaN, 34.8, NaN, NaN, NaN,
         NaN, NaN, 3.0, "城六区", NaN, 2.51e9 / 0.348],
        ["社会消费品零售总额", "Retail sales of consumer goods", 5.098e10, "元", "exact", -15.4, NaN, 0.9, "全市",
         "yoy_pct", -16.3, "exact", NaN, NaN, 5.098e10 / 0.846, NaN],
        ["居民人均可支配收入", "Per-capita disposable income", 41228.0, "元", "exact", 2.0, NaN, NaN, NaN, NaN, NaN,
         NaN, NaN, NaN, 41228 / 1.02, NaN],
    ]
    df = pd.DataFrame(rows, columns=cols)
    df.insert(0, "report_id", "test_report")
    df["section"] = S1
    return df


def yoy_frame() -> pd.DataFrame:
    rows = [("地区生产总值", "Gross regional product (GDP)", -3.9, "actual"),
            ("一般公共预算收入", "General public budget revenue", -7.0, "actual"),
            ("社会消费品零售总额", "Retail sales of consumer goods", -15.4, "actual"),
            ("居民人均可支配收入", "Per-capita disposable income", 2.0, "actual"),
            ("接诉即办诉求", "", 37.12, "actual"),
            ("一般公共预算收入", "General public budget revenue", -7.0, "actual"),   # repeated later in the text
            ("一般公共预算收入", "General public budget revenue", 3.0, "target")]    # a plan, not drawn
    df = pd.DataFrame(rows, columns=["indicator", "indicator_en", "change_pct", "status"])
    df["report_id"] = "test_report"
    df["measure"] = "yoy_pct"
    df["comparator"] = "上年同期"
    df["qualifier"] = "exact"
    df["period"] = "上半年"
    df["section"] = S1
    return df


def tax_frame() -> pd.DataFrame:
    rows = [("total", "一般公共预算收入", "General public budget revenue", -7.0),
            ("sector", "商务服务业税收", "Business services tax revenue", -14.5),
            ("sector", "批发零售业税收", "Wholesale and retail trade tax revenue", -30.3),
            ("tax_type", "企业所得税", "Corporate income tax", -6.3),
            ("tax_type", "增值税", "Value-added tax", -13.6),
            ("tax_type", "契税", "Deed tax", -8.4),
            ("tax_type", "个人所得税", "Individual income tax", NaN),
            ("base_loss", "税款(全口径)", "", NaN)]
    df = pd.DataFrame(rows, columns=["dimension", "item", "indicator_en", "change_pct"])
    df["report_id"] = "test_report"
    df["measure"] = ["yoy_pct"] * 7 + ["abs_change"]
    df["qualifier"] = "exact"
    df["section"] = S2
    return df


def completion_frame() -> pd.DataFrame:
    rows = [("一般公共预算收入", "General public budget revenue", 48.2, "stated", NaN, NaN, NaN, False),
            ("固定资产投资", "Fixed-asset investment", 45.6, "stated", NaN, NaN, NaN, False),
            ("登记失业人员就业", "", 51.4, "stated", NaN, NaN, NaN, True),
            ("楼宇摸排", "", 77.0, "stated", 92, 120, "座", True),
            ("楼宇摸排", "", 92 / 120 * 100, "computed", 92, 120, "座", True),
            ("创建任务", "", 64 / 71 * 100, "computed", 64, 71, "项", True)]
    df = pd.DataFrame(rows, columns=["indicator", "indicator_en", "completion_pct", "source", "numerator",
                                     "denominator", "count_unit", "on_track"])
    df["report_id"] = "test_report"
    df["benchmark_pct"] = 50.0
    df["gap_pp"] = df["completion_pct"] - 50
    df["status"] = "actual"
    df["section"] = S1
    return df


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _draw(obj) -> list[str]:
    """Render the figure; return the messages of any missing-glyph warning."""
    fig = obj if isinstance(obj, Figure) else obj.figure
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.canvas.draw()
    return [str(w.message) for w in caught if "missing from font" in str(w.message)]


def _bars(ax, gid):
    return [p for p in ax.patches if p.get_gid() == gid]


def _note(ax_or_fig) -> str:
    texts = ax_or_fig.texts
    notes = [t.get_text() for t in texts if t.get_gid() == "source-note"]
    assert len(notes) == 1, "every chart carries one source note"
    return notes[0].replace("\n", "")


def _ticks(ax) -> list[str]:
    return [t.get_text() for t in ax.get_yticklabels()]


# ----------------------------------------------------------------------------- fonts and import
def test_importing_the_package_does_not_import_matplotlib():
    code = "import sys, dhcheng_analysis as dh; dh.load_report(); print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_cjk_font_is_the_bundled_noto_sans_and_registered_once():
    path = fonts.cjk_font_path()
    assert path.name == "NotoSansCJKsc-Regular.otf" and "mplfonts" in str(path)
    from matplotlib import font_manager

    fonts.use_cjk_font()
    entries = [f for f in font_manager.fontManager.ttflist if f.fname == str(path)]
    assert "Noto Sans CJK SC" in {f.name for f in entries}
    fonts.use_cjk_font()
    assert len([f for f in font_manager.fontManager.ttflist if f.fname == str(path)]) == len(entries)
    assert not [f for f in font_manager.fontManager.ttflist if f.fname.endswith("SimHei.ttf")]
    assert matplotlib.rcParams["font.sans-serif"][0] == "Noto Sans CJK SC"
    assert matplotlib.rcParams["axes.unicode_minus"] is True


def test_font_is_restored_after_a_theme_reset():
    matplotlib.rcParams["font.sans-serif"] = ["DejaVu Sans"]       # what seaborn.set_theme() does
    ax = plots.plot_yoy_changes(yoy_frame())
    assert matplotlib.rcParams["font.sans-serif"][0] == "Noto Sans CJK SC"
    assert _draw(ax) == []


def test_fontconfig_file_exposes_only_the_cjk_font(tmp_path):
    conf = fonts.write_fontconfig(tmp_path, system_fonts=False)
    text = conf.read_text(encoding="utf-8")
    assert "<dir>" in text and "/etc/fonts" not in text
    linked = list((tmp_path / "fonts").iterdir())
    assert [p.name for p in linked] == ["NotoSansCJKsc-Regular.otf"]


# ----------------------------------------------------------------------------- every chart, Chinese labels
def _all_charts(lang="zh", **kw):
    h = headline_frame()
    return {
        "yoy": plots.plot_yoy_changes(yoy_frame(), comparators=h, lang=lang, source=TITLE, **kw),
        "tax": plots.plot_tax_changes(tax_frame(), lang=lang, source=TITLE, **kw),
        "completion": plots.plot_target_completion(completion_frame(), comparators=h, lang=lang, source=TITLE, **kw),
        "dashboard": plots.plot_headline_dashboard(h, lang=lang, source=TITLE, **kw),
    }


@pytest.mark.parametrize("lang", ["zh", pytest.param("en", marks=pytest.mark.slow)])
def test_every_chart_renders_without_missing_glyphs(request, lang):
    # the Chinese charts are the module's, drawn once as they are made
    missing = (request.getfixturevalue("missing_glyphs_of_the_charts") if lang == "zh"
               else {name: _draw(chart) for name, chart in _all_charts(lang).items()})
    for name, messages in missing.items():
        assert messages == [], f"{name}: missing glyphs"


@pytest.mark.slow
def test_real_tables_render_without_missing_glyphs():
    for src in (None, Path(__file__).resolve().parent / "gold" / "variants.txt"):
        report = dh.load_report(src)
        facts = dh.extract_facts(report)
        h = dh.headline_indicators(report, facts)
        charts = [
            plots.plot_yoy_changes(dh.yoy_changes(report, facts), comparators=h, source=report.title),
            plots.plot_tax_changes(dh.tax_declines(report, facts), source=report.title),
            plots.plot_target_completion(dh.target_completion(report, facts), comparators=h, source=report.title),
            plots.plot_headline_dashboard(h, source=report.title),
        ]
        for chart in charts:
            assert _draw(chart) == []
            assert report.title in _note(chart)
        plt.close("all")


@pytest.fixture(scope="module")
def _charts_and_missing_glyphs():
    def forbidden(*_a, **_k):
        raise AssertionError("plot functions must not show or save")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Figure, "savefig", forbidden)
        mp.setattr(plt, "show", forbidden)
        charts = _all_charts()
    # rendered at once: a figure closed by pyplot (after each test) no longer reports a missing glyph
    return charts, {name: _draw(chart) for name, chart in charts.items()}


@pytest.fixture(scope="module")
def charts_drawn_where_show_and_save_fail(_charts_and_missing_glyphs):
    """Every chart in Chinese, drawn once for the module while ``show`` and ``savefig`` raise (the tests
    only read the charts)."""
    return _charts_and_missing_glyphs[0]


@pytest.fixture(scope="module")
def missing_glyphs_of_the_charts(_charts_and_missing_glyphs):
    """The missing-glyph warnings of each chart of the module, rendered once as it was made."""
    return _charts_and_missing_glyphs[1]


def test_every_chart_has_a_source_note_with_report_and_section(charts_drawn_where_show_and_save_fail):
    for name, chart in charts_drawn_where_show_and_save_fail.items():
        note = _note(chart)
        assert note.startswith("资料来源") and TITLE in note, name
        # (the section by its words: the heading number 一、 is no part of a note's list of sections)
        assert S1.removeprefix("一、") in note or S2.removeprefix("二、") in note, name
        assert S1 not in note and S2 not in note, name


def test_plot_functions_neither_show_nor_save(charts_drawn_where_show_and_save_fail):
    assert all(charts_drawn_where_show_and_save_fail.values())


# ----------------------------------------------------------------------------- year-on-year
def test_yoy_diverging_bars_with_comparator_markers():
    ax = plots.plot_yoy_changes(yoy_frame(), comparators=headline_frame(), source=TITLE)
    bars = _bars(ax, "change-bar")
    # the repeated figure and the target are not drawn
    assert sorted(round(b.get_width(), 2) for b in bars) == [-15.4, -7.0, -3.9, 2.0, 37.12]
    labels = _ticks(ax)
    assert set(labels) == {"地区生产总值", "一般公共预算收入", "社会消费品零售总额", "居民人均可支配收入", "接诉即办诉求"}
    assert labels[-1] == "接诉即办诉求" and labels[0] == "社会消费品零售总额"      # sorted, largest rise on top
    pal = plots.PALETTES["colorblind"]
    for b in bars:
        assert to_hex(b.get_facecolor()) == (pal["up"] if b.get_width() > 0 else pal["down"])
    assert any(line.get_gid() == "zero-line" and list(line.get_xdata()) == [0, 0] for line in ax.lines)
    markers = {c.get_label(): c.get_offsets() for c in ax.collections if c.get_gid() == "comparator-marker"}
    assert set(markers) == {"一季度", "全市"}
    # the city average of retail sales sits on the retail row; the city FAI completion is not a yoy figure
    retail_y = labels.index("社会消费品零售总额")
    assert markers["全市"].tolist() == [[-16.3, retail_y]]
    assert markers["一季度"].tolist() == [[-5.4, labels.index("地区生产总值")]]
    values = [t.get_text() for t in ax.texts if t.get_gid() == "value-label"]
    assert "−15.4%" in values and "+37.12%" in values  # 同比增长37.12%, as printed


def test_market_palette_is_red_up_green_down():
    ax = plots.plot_yoy_changes(yoy_frame(), palette="market")
    for b in _bars(ax, "change-bar"):
        assert to_hex(b.get_facecolor()) == ("#d62728" if b.get_width() > 0 else "#2ca02c")


def test_english_labels_come_from_the_glossary():
    ax = plots.plot_yoy_changes(yoy_frame(), lang="en")
    labels = _ticks(ax)
    assert "Retail sales of consumer goods" in labels
    assert "Citizen hotline requests" in labels or "接诉即办诉求" in labels    # glossary name, else the phrase
    assert ax.get_xlabel() == "Year-on-year change (%)"
    assert _note(ax).startswith("Source")


def test_yoy_draws_on_a_given_axes_and_handles_empty_data():
    fig, ax = plt.subplots()
    assert plots.plot_yoy_changes(yoy_frame(), ax=ax) is ax
    empty = plots.plot_yoy_changes(yoy_frame().iloc[0:0])
    assert not _bars(empty, "change-bar")
    assert "无数据" in [t.get_text() for t in empty.texts]


# ----------------------------------------------------------------------------- tax
def test_tax_bars_by_sector_and_tax_type_against_the_total():
    ax = plots.plot_tax_changes(tax_frame(), source=TITLE)
    bars = _bars(ax, "change-bar")
    assert sorted(b.get_width() for b in bars) == [-30.3, -14.5, -13.6, -8.4, -6.3]
    labels = [s.strip() for s in _ticks(ax)]
    assert labels == ["分行业", "商务服务业税收", "批发零售业税收", "分税种", "企业所得税", "契税", "增值税"]
    total = [line for line in ax.lines if line.get_gid() == "total-line"]
    assert len(total) == 1 and list(total[0].get_xdata()) == [-7.0, -7.0]
    assert "一般公共预算收入" in total[0].get_label() and "−7%" in total[0].get_label()


def test_tax_prefers_tax_revenue_as_the_total():
    df = pd.concat([tax_frame(), pd.DataFrame([{"dimension": "total", "item": "税收收入", "indicator_en": "Tax revenue",
                                                "change_pct": -5.0, "measure": "yoy_pct", "qualifier": "exact"}])])
    ax = plots.plot_tax_changes(df)
    total = [line for line in ax.lines if line.get_gid() == "total-line"][0]
    assert list(total.get_xdata()) == [-5.0, -5.0]


# ----------------------------------------------------------------------------- completion
def test_completion_bullet_chart():
    ax = plots.plot_target_completion(completion_frame(), comparators=headline_frame(), source=TITLE)
    bars = _bars(ax, "completion-bar")
    assert len(bars) == 6
    bench = [line for line in ax.lines if line.get_gid() == "benchmark-line"]
    assert len(bench) == 1 and list(bench[0].get_xdata()) == [50.0, 50.0]
    pal = plots.PALETTES["colorblind"]
    for b in bars:
        colour = to_hex(b.get_facecolor())
        assert colour == (pal["ok"] if b.get_width() >= 50 else pal["behind"])
    hatched = sorted(round(b.get_width(), 1) for b in bars if b.get_hatch())
    assert hatched == [76.7, 90.1]                        # computed shares are hatched
    labels = _ticks(ax)
    assert "楼宇摸排（报告所列）" in labels and "楼宇摸排（据分项推算）" in labels
    values = [t.get_text() for t in ax.texts if t.get_gid() == "value-label"]
    assert "76.7%（92/120座）" in values and "48.2%" in values
    markers = [c for c in ax.collections if c.get_gid() == "comparator-marker"]
    assert len(markers) == 1 and markers[0].get_offsets().tolist()[0][0] == 42.6     # city average FAI


def test_completion_benchmark_follows_the_table():
    df = completion_frame().assign(benchmark_pct=75.0)
    ax = plots.plot_target_completion(df)
    bench = [line for line in ax.lines if line.get_gid() == "benchmark-line"][0]
    assert list(bench.get_xdata()) == [75.0, 75.0]


# ----------------------------------------------------------------------------- dashboard
def test_dashboard_small_multiples():
    h = headline_frame()
    fig = plots.plot_headline_dashboard(h, source=TITLE, ncols=3)
    assert isinstance(fig, Figure)
    cards = [ax for ax in fig.axes if any(p.get_gid() == "card" for p in ax.patches)]
    assert len(cards) == len(h)
    titles = [t.get_text() for ax in cards for t in ax.texts if t.get_gid() == "card-title"]
    assert titles == h["indicator"].tolist()
    levels = [t.get_text() for ax in cards for t in ax.texts if t.get_gid() == "card-level"]
    assert levels[1] == "96.9亿元" and levels[5] == "41,228元" and levels[0] == "—"
    yoy_bars = [p for ax in cards for p in ax.patches if p.get_gid() == "card-yoy-bar"]
    assert len(yoy_bars) == h["yoy_pct"].notna().sum()
    widths = {round(p.get_width(), 4) for p in yoy_bars}
    assert max(widths) == round(0.48 / 2, 4)               # the largest change spans the half bar: one scale
    comparison = [t.get_text() for ax in cards for t in ax.texts if t.get_gid() == "card-comparison"]
    assert "高于全市0.9个百分点" in comparison and "城六区第3" in comparison
    derived = " ".join(t.get_text() for ax in cards for t in ax.texts if t.get_gid() == "card-derived")
    assert "推算全年目标 201.0亿元" in derived  # (96.9亿元 ÷ 48.2%: the decimal of its level, no whole 亿)
    assert TITLE in _note(fig)


def test_dashboard_in_english():
    fig = plots.plot_headline_dashboard(headline_frame(), lang="en")
    titles = [t.get_text().replace("\n", " ") for ax in fig.axes for t in ax.texts if t.get_gid() == "card-title"]
    assert "General public budget revenue" in titles
    comparison = [t.get_text() for ax in fig.axes for t in ax.texts if t.get_gid() == "card-comparison"]
    assert "0.9 pp above city average" in comparison


# ----------------------------------------------------------------------------- formatting and errors
@pytest.mark.parametrize("value,unit,lang,qualifier,expected", [
    (9.69e9, "元", "zh", None, "96.9亿元"),
    (2.68e8, "美元", "zh", None, "2.68亿美元"),
    (41228, "元", "zh", None, "41,228元"),
    (30000, "家", "zh", "over", "超3万家"),
    (0.84, "%", "zh", None, "0.84%"),
    (9.69e9, "元", "en", None, "9.69 bn yuan"),
    (NaN, "元", "zh", None, "—"),
    (-7e8, "元", "zh", None, "−7亿元"),
])
def test_format_level(value, unit, lang, qualifier, expected):
    assert plots.format_level(value, unit, lang, qualifier) == expected


def test_format_pct():
    assert plots.format_pct(-7) == "−7%"
    assert plots.format_pct(1.14) == "+1.14%"
    assert plots.format_pct(48.2, signed=False) == "48.2%"
    assert plots.format_pct(NaN) == "—"


def test_comparator_label():
    assert plots.comparator_label("全市", "en") == "city average"
    assert plots.comparator_label("一季度", "en") == "Q1"
    assert plots.comparator_label("2019年上半年", "en") == "H1 2019"
    assert plots.comparator_label("全市", "zh") == "全市"


def test_bad_input_is_a_clear_error():
    with pytest.raises(ValueError, match="lang"):
        plots.plot_yoy_changes(yoy_frame(), lang="fr")
    with pytest.raises(ValueError, match="change_pct"):
        plots.plot_yoy_changes(yoy_frame().drop(columns="change_pct"))
    with pytest.raises(ValueError, match="palette"):
        plots.plot_tax_changes(tax_frame(), palette="rainbow")
    with pytest.raises(TypeError, match="DataFrame"):
        plots.plot_headline_dashboard([1, 2, 3])


def _imported_by(module: str) -> dict[str, set[str]]:
    """Every module of the package that importing ``dhcheng_analysis.<module>`` can load (its imports,
    at module level or inside functions, followed through the package), with the top-level names of
    what each imports from outside the package."""
    import ast

    pkg = Path(plots.__file__).resolve().parent
    out: dict[str, set[str]] = {}
    todo = [module]
    while todo:
        name = todo.pop()
        if name in out:
            continue
        path = pkg / (name.replace(".", "/") + ".py")
        if not path.is_file():
            path = pkg / name.replace(".", "/") / "__init__.py"
        out[name] = outside = set()
        base = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in import_nodes(path):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level:
                parent = base.split(".") if base else []
                parent = parent[:len(parent) - (node.level - 1)] if node.level > 1 else parent
                stem = ".".join([*parent, *([node.module] if node.module else [])])
                names = [f"dhcheng_analysis.{stem}".rstrip(".")]
                names += [f"dhcheng_analysis.{stem}.{a.name}".replace("..", ".") for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for n in names:
                if n == "dhcheng_analysis" or n.startswith("dhcheng_analysis."):
                    sub = n.removeprefix("dhcheng_analysis").lstrip(".")
                    sub_path = pkg / sub.replace(".", "/")
                    if sub and (sub_path.with_suffix(".py").is_file() or (sub_path / "__init__.py").is_file()):
                        todo.append(sub)
                else:
                    outside.add(n.partition(".")[0])
    return out


def test_no_module_the_charts_import_imports_seaborn():
    """The quick half of the check below: read from the source, nothing the charts import imports seaborn."""
    imported = _imported_by("plots")
    assert {"plots", "display", "fonts", "vocab"} <= set(imported)
    assert "matplotlib" in imported["plots"]  # the reader sees the imports
    assert [m for m, outside in imported.items() if "seaborn" in outside] == []


def test_importing_the_charts_does_not_import_seaborn():
    code = "import sys, dhcheng_analysis.plots; print('seaborn' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"


def test_the_colourblind_palette_and_frame_are_seaborns():
    sns = pytest.importorskip("seaborn")
    assert list(plots._CB) == sns.color_palette("colorblind").as_hex()
    ax = plots.plot_yoy_changes(yoy_frame())
    ours = {side: spine.get_visible() for side, spine in ax.spines.items()}
    sns.despine(ax=ax, left=True)
    assert ours == {side: spine.get_visible() for side, spine in ax.spines.items()}
    assert ours == {"left": False, "right": False, "top": False, "bottom": True}
    plt.close(ax.figure)
