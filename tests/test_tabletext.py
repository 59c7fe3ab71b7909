"""The table reader on real flattened tables (tests/gold/real/texts/, copies of published pages) and
on the pipe tables of the constructed regression fixtures (tests/gold/constructed/)."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.numbers import MAGNITUDES
from dhcheng_analysis.tabletext import CellFigure, Table, cell_figures, find_tables, table_vocab

GOLD = Path(__file__).parent / "gold"
REAL = GOLD / "real"
TABLE_EXCERPTS = ["district_2021_bulletin_rank", "xicheng_m1to5_indicators_table", "puyang_m3_budget_table",
                  "lintao_2024_m2_budget", "wuchang_wh_2023_annual"]
FIXTURES_WITH_TABLES = [f"constructed/{name}/{name}.{ext}" for name, ext in (
    ("budget_2023", "txt"), ("xuhui_2022_q1q3", "txt"), ("budget_2022_final", "txt"), ("chaoyang_2020_fy_plan", "txt"),
    ("kunshan_2021_q1q3", "html"))]


def _real(slug: str) -> str:
    return (REAL / "texts" / f"{slug}.txt").read_text(encoding="utf-8")


def _one(text: str) -> Table:
    tables = find_tables(text)
    assert len(tables) == 1
    return tables[0]


def _figure(text: str, table: Table, row_label: str, printed: str, nth: int = 0) -> CellFigure:
    found = [f for f in cell_figures(table) if f.label == row_label and text[f.start:f.end] == printed]
    assert len(found) > nth, (row_label, printed, [(f.label, text[f.start:f.end]) for f in cell_figures(table)])
    return found[nth]


def _cells(text: str, table: Table, row_label: str) -> list[tuple[int, str]]:
    row = next(r for r in table.rows if r.label == row_label)
    return [(j, text[a:b]) for j, a, b in row.cells]


# --------------------------------------------------------------------------- real excerpts


def test_one_cell_per_line_bulletin_table():
    text = _real("district_2021_bulletin_rank")
    t = _one(text)
    assert t.caption == "表一:地区生产总值"
    assert [c.role for c in t.columns] == ["label", "unit", "value", "value"]
    assert [c.measure for c in t.columns] == ["", "", "level", "yoy_pct"]
    assert t.columns[2].period == "2021年" and t.columns[3].unit == "%"
    assert len(t.rows) == 13 and t.rows[0].label == "地区生产总值" and t.rows[-1].label == "非营利性服务业"
    row = next(r for r in t.rows if r.label == "工业")
    assert text[row.label_span[0]:row.label_span[1]] == "工 业" and row.unit == "亿元"
    assert _cells(text, t, "工业") == [(2, "19.5"), (3, "3.6")]
    level = _figure(text, t, "工业", "19.5")
    # a sector row of a table of 地区生产总值 measures the sector's value added
    assert (level.indicator, level.label, level.measure, level.unit, level.magnitude, level.base_unit, level.value) == (
        "工业增加值", "工业", "level", "亿元", "亿", "元", Decimal("19.5"))
    growth = _figure(text, t, "工业", "3.6")
    assert (growth.measure, growth.unit, growth.value) == ("yoy_pct", "%", Decimal("3.6"))
    assert "table_cell" in level.flags and "table_cell" in growth.flags
    # the header 2021年 is no figure: it lies before the body
    assert t.start <= text.index("2021年 |") < t.body_start == text.index("地区生产总值 |")
    assert not any(text[f.start:f.end].startswith("2021") for f in cell_figures(t))


def test_two_places_under_a_two_row_header():
    text = _real("xicheng_m1to5_indicators_table")
    t = _one(text)
    assert [c.header for c in t.columns] == ["指标名称", "计量单位", "北京市 本期", "北京市 ±%", "西城区 本期", "西城区 ±%"]
    assert [c.scope for c in t.columns[2:]] == ["北京市", "北京市", "西城区", "西城区"]
    assert [c.measure for c in t.columns[2:]] == ["level", "yoy_pct", "level", "yoy_pct"]
    first = t.rows[0]
    assert (first.ordinal, first.label, first.unit) == ("一、", "现价工业总产值", "亿元")
    assert _cells(text, t, "现价工业总产值") == [(2, "9075.6"), (3, "-5.6"), (4, "281.5"), (5, "4.9")]
    bj = _figure(text, t, "现价工业总产值", "9075.6")
    assert (bj.scope, bj.measure, bj.unit) == ("北京市", "level", "亿元")
    drop = _figure(text, t, "现价工业总产值", "-5.6")
    assert (drop.scope, drop.measure, drop.value) == ("北京市", "yoy_pct", Decimal("-5.6"))
    xc = _figure(text, t, "现价工业总产值", "4.9")
    assert (xc.scope, xc.measure, xc.unit) == ("西城区", "yoy_pct", "%")
    # -- cells are empty: only the growth columns of 固定资产投资 hold figures
    assert _cells(text, t, "固定资产投资(不含农户)") == [(3, "2.8"), (5, "19.3")]
    # a rate in a % row is a rate; a sentence written into a cell is not read as a figure here
    rate = _figure(text, t, "城镇登记失业率", "2.37")
    assert (rate.measure, rate.unit, rate.scope) == ("rate_pct", "%", "西城区")
    row = next(r for r in t.rows if r.label == "城镇登记失业率")
    assert [text[a:b] for _, a, b in row.texts] == ["同比增加1.17个百分点"]


def test_budget_table_of_places_with_rows_broken_over_lines():
    text = _real("puyang_m3_budget_table")
    t = _one(text)
    assert t.unit == "万元" and t.label_role == "scope"
    assert [c.header for c in t.columns] == [
        "单位名称", "一般公共预算收入 当月", "一般公共预算收入 累计", "一般公共预算收入 为预算的%",
        "一般公共预算收入 增幅%", "税收比重%", "一般公共预算支出 当月", "一般公共预算支出 累计",
        "一般公共预算支出 为预算的%", "一般公共预算支出 增幅%"]
    assert [c.measure for c in t.columns[1:6]] == ["level", "level", "completion_pct", "yoy_pct", "rate_pct"]
    assert [c.period for c in t.columns[1:3]] == ["当月", "累计"]
    assert len(t.rows) == 14 and [r.label for r in t.rows[:3]] == ["濮阳市", "市本级", "县区级"]
    assert "区级" in [r.label for r in t.rows] and "范县" in [r.label for r in t.rows]
    # 市本级 | 14070 | 54065 |⏎| -22.8 | 61.4 | 59373 | 129558 |⏎| -27.6 |: the leading | of each
    # continuation line is the empty 为预算的% cell
    assert _cells(text, t, "市本级") == [(1, "14070"), (2, "54065"), (4, "-22.8"), (5, "61.4"), (6, "59373"),
                                         (7, "129558"), (9, "-27.6")]
    month = _figure(text, t, "市本级", "14070")
    assert (month.indicator, month.scope, month.measure, month.unit, month.period) == (
        "一般公共预算收入", "市本级", "level", "万元", "当月")
    assert "unit_from_table" in month.flags and "indicator_from_header" in month.flags
    growth = _figure(text, t, "市本级", "-22.8")
    assert (growth.indicator, growth.measure, growth.unit, growth.value) == (
        "一般公共预算收入", "yoy_pct", "%", Decimal("-22.8"))
    share = _figure(text, t, "市本级", "61.4")
    assert (share.indicator, share.measure, share.unit) == ("税收比重", "rate_pct", "%")
    spend = _figure(text, t, "华龙区", "-22.0")
    assert (spend.indicator, spend.measure) == ("一般公共预算支出", "yoy_pct")


def test_caption_header_and_first_row_on_one_line():
    text = _real("lintao_2024_m2_budget")
    t = _one(text)
    assert t.caption == "二〇二四年二月大口径财政收入执行情况表"
    assert text[t.start:].startswith("二〇二四年二月") and text[t.body_start:].startswith("税收收入 | 89275")
    assert [c.header for c in t.columns] == [
        "预算科目", "本年收入计划", "累计完成数 中央级", "累计完成数 省级", "累计完成数 市级", "累计完成数 县乡级",
        "累计完成数 合计", "占计划%", "上年同期数", "同比增减%", "备注"]
    assert [c.measure for c in t.columns[7:10]] == ["completion_pct", "level", "yoy_pct"]
    assert t.columns[10].role == "text"
    assert (t.columns[1].status, t.columns[6].status, t.columns[8].period) == ("target", "actual", "上年同期")
    assert _cells(text, t, "税收收入") == [(1, "89275"), (2, "7451"), (3, "2186"), (5, "5711"), (6, "15348"),
                                           (7, "17.19"), (8, "14032"), (9, "9.38")]
    # 消费税 | 50 | 17 |⏎|⏎|⏎| 17 | 34.00 | 16 | 6.25 |: bare | lines are empty cells
    assert _cells(text, t, "消费税") == [(1, "50"), (2, "17"), (6, "17"), (7, "34.00"), (8, "16"), (9, "6.25")]
    done = _figure(text, t, "税收收入", "17.19")
    assert (done.measure, done.unit, done.status) == ("completion_pct", "%", "actual")  # a completion is an outcome
    tax = _figure(text, t, "企业所得税", "-8.02")
    assert (tax.measure, tax.value) == ("yoy_pct", Decimal("-8.02"))
    plan = _figure(text, t, "税收收入", "89275")
    assert (plan.measure, plan.status, plan.unit) == ("level", "target", "") and "no_unit" in plan.flags
    # the excerpt stops after 车船税 | 3110 |: the row is kept as far as it goes
    assert t.rows[-1].label == "车船税" and _cells(text, t, "车船税") == [(1, "3110")]


def test_plan_and_estimate_columns():
    text = _real("wuchang_wh_2023_annual")
    t = _one(text)
    assert t.caption == "2023年主要指标完成情况"
    assert [(c.measure, c.status, c.period) for c in t.columns[1:]] == [
        ("yoy_pct", "target", "2023年"), ("level", "estimate", "2023年"), ("yoy_pct", "estimate", "2023年")]
    target = _figure(text, t, "地区生产总值", "6.5%")  # (简称“GDP”) is no part of the label
    assert (target.measure, target.status, target.unit) == ("yoy_pct", "target", "%")
    assert _figure(text, t, "地方一般公共预算收入", "5%").status == "target"
    level = _figure(text, t, "地方一般公共预算收入", "137")
    assert (level.measure, level.status) == ("level", "estimate")
    growth = _figure(text, t, "地方一般公共预算收入", "0.8%")
    assert (growth.measure, growth.status) == ("yoy_pct", "estimate")
    # a bare 365 under 预期目标(增速), whose other cells print their %, is an amount
    planned = _figure(text, t, "全社会固定资产投资", "365")
    assert (planned.measure, planned.status) == ("level", "target")
    row = next(r for r in t.rows if r.label == "城镇居民人均可支配收入")
    assert row.cells == () and len(row.texts) == 2


def test_metadata_lines_and_prose_are_not_tables():
    assert find_tables(_real("dongliu_yz_2023_street")) == []
    assert find_tables("全年实现收入5亿元|增长3%。\n1.地区生产总值增长6%;\n2.一般公共预算收入增长5%。\n") == []
    assert find_tables("收入 | 5 |\n") == []
    assert find_tables("没有竖线的文字,增长5%。") == []
    assert find_tables("") == []


def test_the_bundled_report_has_no_flattened_table():
    report = dh.load_report()
    assert find_tables(report.text, report.norm) == []


def test_offsets_index_the_text():
    for slug in TABLE_EXCERPTS:
        text = _real(slug)
        for t in find_tables(text):
            assert 0 <= t.start < t.end <= len(text)
            for r in t.rows:
                if r.label:
                    a, b = r.label_span
                    assert "".join(text[a:b].split()) == r.label.replace(" ", "")
                for (_, a, b), value, pct in zip(r.cells, r.values, r.percents, strict=True):
                    assert t.start <= a < b <= t.end
                    printed = text[a:b].replace(" ", "")
                    assert Decimal(printed.rstrip("%‰")) == value and printed.endswith(pct)


# --------------------------------------------------------------------------- gold agreement


def _agreement(text: str, gold_rows: list[dict]) -> tuple[int, int, list[str]]:
    """Gold rows inside a table that the table reader types the same way (value in base units,
    measure, unit, indicator keyword, status), and the problems of the others."""
    tables = find_tables(text)
    figures = [f for t in tables for f in cell_figures(t)]
    ok, n, problems = 0, 0, []
    for g in gold_rows:
        s = int(g["start"])
        if not any(t.start <= s < t.end for t in tables):
            continue
        n += 1
        f = next((x for x in figures if x.start <= s < x.end), None)
        if g["measure"] == "none":
            ok += f is None
            if f is not None:
                problems.append(f"{g['id']}: non-figure {g['mention']!r} read as a figure")
            continue
        if f is None:
            problems.append(f"{g['id']}: {g['mention']!r} missed")
            continue
        wrong = []
        value = float(f.value * MAGNITUDES[f.magnitude])
        if abs(value - float(g["value"])) > 1e-6 * max(1.0, abs(value)):
            wrong.append(f"value {value}")
        if g["measure"] and f.measure != g["measure"]:
            wrong.append(f"measure {f.measure}")
        unit = {"个百分点": "pp", "百分点": "pp"}.get(f.base_unit, f.base_unit)
        if unit != g["base_unit"]:
            wrong.append(f"unit {unit!r}")
        if g["indicator"] not in f.indicator:
            wrong.append(f"indicator {f.indicator!r}")
        if g["status"] and (f.status or "actual") != g["status"]:
            wrong.append(f"status {f.status!r}")
        ok += not wrong
        if wrong:
            problems.append(f"{g['id']}: {g['mention']!r} " + ", ".join(wrong))
    return ok, n, problems


def _gold_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# gold rows inside a table in each excerpt (figures and the non-figures of captions and headers)
REAL_IN_TABLES = {"district_2021_bulletin_rank": 3, "xicheng_m1to5_indicators_table": 3,
                  "puyang_m3_budget_table": 5, "lintao_2024_m2_budget": 6, "wuchang_wh_2023_annual": 3}


@pytest.mark.parametrize("slug", TABLE_EXCERPTS)
def test_real_gold_rows_inside_tables_agree(slug):
    ok, n, problems = _agreement(_real(slug), _gold_rows(REAL / "gold" / f"{slug}.csv"))
    assert n == REAL_IN_TABLES[slug]
    assert ok == n, problems


@pytest.mark.parametrize("name", FIXTURES_WITH_TABLES)
def test_fixture_gold_rows_inside_tables_agree(name):
    path = GOLD / name
    report = dh.load_report(path)
    ok, n, problems = _agreement(report.text, _gold_rows(path.with_name(f"{path.stem}_gold.csv")))
    assert n >= 10
    assert ok == n, problems


@pytest.mark.parametrize("name", FIXTURES_WITH_TABLES)
def test_fixture_tables_read_as_the_extractor_reads_them(name):
    """The constructed fixtures' pipe tables give the figures the extractor gives them today."""
    report = dh.load_report(GOLD / name)
    facts = dh.extract_facts(report)
    by_start = {int(r.start): r for r in facts.itertuples()}
    figures = [f for t in find_tables(report.text, report.norm) for f in cell_figures(t)]
    assert figures
    for f in figures:
        fact = next((by_start[k] for k in range(f.start, f.end) if k in by_start), None)
        assert fact is not None, report.text[f.start:f.end]
        assert fact.measure == f.measure and fact.indicator.endswith(f.indicator)
        assert (f.status or "actual") == fact.status
        value = float(f.value * MAGNITUDES[f.magnitude])
        assert value == pytest.approx(float(fact.value))


# --------------------------------------------------------------------------- cut excerpts


def _key(f: CellFigure) -> tuple:
    return (f.column, f.value, f.measure, f.unit, f.indicator, f.status, f.period, f.scope)


def _cut_points(text: str, start: int) -> list[int]:
    marks = {i + d for i, ch in enumerate(text) if ch in "|\n" and i >= start for d in (-1, 0, 1, 2)}
    return sorted(marks | set(range(start, len(text) + 1, 7)))


@pytest.mark.parametrize("slug", TABLE_EXCERPTS)
def test_a_table_cut_anywhere_gives_only_what_the_whole_table_says(slug):
    text = _real(slug)
    full = {f.start: _key(f) for t in find_tables(text) for f in cell_figures(t)}
    start = find_tables(text)[0].start
    for k in _cut_points(text, start):
        cut = text[:k]
        for t in find_tables(cut):
            for f in cell_figures(t):
                assert f.end <= k
                assert full.get(f.start) == _key(f), (k, cut[-40:], cut[f.start:f.end])


# --------------------------------------------------------------------------- layouts


def test_html_table_with_spanned_placeholders():
    # an HTML table as the page reader writes it: a colspan leaves empty cells after the merged
    # cell, a rowspan leaves the cell out of the next row (constructed fixture)
    text = ("附表:主要指标\n|指标|单位|北京市||西城区||\n|本期|±%|本期|±%|\n"
            "|地区生产总值|亿元|100|5.0|20|3.0|\n|其中:工业|亿元|30|-1.0|5|2.0|\n")
    t = _one(text)
    assert t.caption == "附表:主要指标"
    assert [c.header for c in t.columns] == ["指标", "单位", "北京市 本期", "北京市 ±%", "西城区 本期", "西城区 ±%"]
    sub = _figure(text, t, "工业", "-1.0")
    assert (sub.measure, sub.scope, sub.parent) == ("yoy_pct", "北京市", "地区生产总值")
    assert "sub_item" in sub.flags


def test_word_table_with_merged_cells_read_once():
    # a Word table as the document reader writes it: a merged cell once, the row padded at the end
    text = ("| 指标 | 北京市 | 西城区 |  |  |\n|" + " --- |" * 5 + "\n|  | 本期 | ±% | 本期 | ±% |\n"
            "| 收入(亿元) | 100 | 5.0 | 20 | 3.0 |\n")
    t = _one(text)
    assert [c.scope for c in t.columns[1:]] == ["北京市", "北京市", "西城区", "西城区"]
    level = _figure(text, t, "收入", "20")
    assert (level.unit, level.scope, level.measure) == ("亿元", "西城区", "level")


def test_unit_and_caption_rows_inside_the_table_and_indented_sub_items():
    text = "|表1 主要指标|||\n|单位:万元|||\n|指标|本期|同比%|\n|收入|100|5|\n|  税收|80|4|\n"
    t = _one(text)
    assert (t.caption, t.unit) == ("表1主要指标", "万元")
    tax = _figure(text, t, "税收", "80")
    assert (tax.unit, tax.parent, tax.measure) == ("万元", "收入", "level")
    assert _figure(text, t, "收入", "5").measure == "yoy_pct"


def test_years_as_rows_and_as_columns():
    text = "| 年份 | 地区生产总值(亿元) | 增长(%) |\n|---|---|---|\n| 2019 | 100 | 5.0 |\n| 2020 | 105 | 5.2 |\n"
    t = _one(text)
    assert t.label_role == "period"
    growth = _figure(text, t, "2020", "5.2")
    assert (growth.indicator, growth.period, growth.measure) == ("地区生产总值", "2020", "yoy_pct")
    text = "| 指标 | 2022 | 2023 |\n|---|---|---|\n| 收入(万元) | 100 | 120 |\n"
    t = _one(text)
    assert [(f.period, f.unit, str(f.value)) for f in cell_figures(t)] == [("2022", "万元", "100"),
                                                                           ("2023", "万元", "120")]


# --------------------------------------------------------------------------- vocabulary and robustness


def test_vocabulary_file_describes_itself():
    raw = json.loads(resources.files("dhcheng_analysis.vocab").joinpath("tables.json").read_text("utf-8"))
    assert "_about" in raw
    for key, value in raw.items():
        if not key.startswith("_"):
            assert isinstance(value, dict) and value.get("_doc"), key
    v = table_vocab()
    assert v.unit.fullmatch("亿元") and v.unit.fullmatch("个百分点") and not v.unit.fullmatch("不含农户")
    assert set(v.magnitudes) <= set(MAGNITUDES)


HEADERS = [  # header → measure, unit, status, period, scope, indicator of its column
    ("比上年增长(%)", "yoy_pct", "%", "", "", "", ""),
    ("增长速度(%)", "yoy_pct", "%", "", "", "", ""),
    ("同比增减%", "yoy_pct", "%", "", "", "", ""),
    ("比去年同期增减(%)", "yoy_pct", "%", "", "", "", ""),
    ("为预算的%", "completion_pct", "%", "", "", "", ""),
    ("占计划%", "completion_pct", "%", "", "", "", ""),
    ("完成率(%)", "completion_pct", "%", "", "", "", ""),
    ("税收比重%", "rate_pct", "%", "", "", "", "税收比重"),
    ("占比(%)", "rate_pct", "%", "", "", "", ""),
    ("比上年增减(万元)", "abs_change", "万元", "", "", "", ""),
    ("比上年增减(个百分点)", "pp_diff", "个百分点", "", "", "", ""),
    ("本期(亿元)", "level", "亿元", "", "本期", "", ""),
    ("上年同期数", "level", "", "", "上年同期", "", ""),
    ("1-5月", "level", "", "", "1-5月", "", ""),
    ("2021年目标", "level", "", "target", "2021年", "", ""),
    ("2020年完成", "level", "", "actual", "2020年", "", ""),
    ("年初预算数", "level", "", "target", "年初", "", ""),
    ("决算数", "level", "", "actual", "", "", ""),
    ("2023年完成情况(预计)", "level", "", "estimate", "2023年", "", ""),
    ("西 城 区", "level", "", "", "", "西城区", ""),
    ("一般公共预算收入", "level", "", "", "", "", "一般公共预算收入"),
]


def test_header_words_type_the_columns():
    header = "| 指标 | " + " | ".join(h[0] for h in HEADERS) + " |"
    row = "| 收入 | " + " | ".join(str(i + 1) for i in range(len(HEADERS))) + " |"
    t = _one(header + "\n" + row + "\n")
    got = [(c.header, c.measure, c.unit, c.status, c.period, c.scope, c.indicator) for c in t.columns[1:]]
    want = [(h[0].replace(" ", ""), *h[1:]) for h in HEADERS]
    assert got == want


def test_months_printed_without_a_year_take_the_year_of_the_caption():
    """A column headed ``1-9月`` under ``附表：2021年1-9月全市主要经济指标`` (a constructed fixture) gives the same period to the
    level as ``同比增长%`` gives to the growth."""
    path = GOLD / "constructed" / "kunshan_2021_q1q3" / "kunshan_2021_q1q3.html"
    f = dh.extract_facts(dh.load_report(path))
    rows = f[f["sentence"].str.contains("|社会消费品零售总额|亿元|1268.9|19.7|", regex=False)]
    assert rows[["raw_value", "measure", "period"]].values.tolist() == [
        ["1268.9", "level", "2021年1-9月"], ["19.7", "yoy_pct", "2021年1-9月"]]
