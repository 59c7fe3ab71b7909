"""Excel workbook and CSV/JSON/Parquet exports: round trip, formula injection, atomic writes, CLI."""

from __future__ import annotations

import io
import json
import math
import os
import shutil
import stat
import sys
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

import dhcheng_analysis as dh
from dhcheng_analysis import cli, export
from dhcheng_analysis.errors import ExportError
from dhcheng_analysis.vocab import labels as _labels

labels = _labels()

INJECTION_TEXT = (
    '=HYPERLINK("http://x")收入完成5亿元。\n'
    "+1企业12家。\n"
    "-1+1项目增长3%。\n"
    "@SUM(1)完成项目8个。\n"
    "税收收入下降7%。\n"
)
INJECTED = ('=HYPERLINK("http://x")', "+1", "-1+1", "@SUM(1)")
MONEY_FACTORS = {"亿元": 1e8, "万元": 1e4, "亿美元": 1e8, "万美元": 1e4}
# (the unit column shows the unit of a scaled amount, and the code pp of percentage points as 百分点)
BASE_UNIT = {"亿元": "元", "万元": "元", "亿美元": "美元", "万美元": "美元", "百分点": "pp"}


# --------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def report(bundled_report):
    return bundled_report


@pytest.fixture(scope="module")
def tables(bundled_tables):
    return bundled_tables


@pytest.fixture(scope="module")
def workbook_path(bundled_workbook):
    """The bundled report's workbook of its tables (``to_excel(report, path, tables=tables)``), written once a run."""
    return bundled_workbook


@pytest.fixture(scope="module")
def workbook(workbook_path):
    """The bundled report's workbook read back once for the module (the tests only read it)."""
    return openpyxl.load_workbook(workbook_path)


@pytest.fixture(scope="module")
def injected(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inject")
    rep = dh.load_report(INJECTION_TEXT)
    xlsx = export.to_excel(rep, folder / "inject.xlsx")
    csv = export.to_csv(rep, folder / "inject.csv", table="facts")
    return rep, xlsx, csv


@pytest.fixture(scope="module")
def injected_book(injected):
    """The injection workbook read back once for the module (the tests only read it)."""
    return openpyxl.load_workbook(injected[1])


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------
def _norm(v):
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, str):
        return v or None
    if isinstance(v, bool | np.bool_):
        return bool(v)
    if isinstance(v, int | float | np.integer | np.floating):
        return float(v)
    return str(v)


def _same(a, b, rtol=1e-9) -> bool:
    a, b = _norm(a), _norm(b)
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=rtol, abs_tol=1e-9)
    return a == b


def _compare(sheet: pd.DataFrame, table: pd.DataFrame, key: str) -> None:
    """The sheet holds the table: same columns in order, values equal after undoing 亿元/万元."""
    assert len(sheet.columns) == len(table.columns), key
    for head, col in zip(sheet.columns, table.columns, strict=True):
        field = export.FIELDS.get(col)
        assert str(head).startswith(field.zh if field else col), (key, head, col)
    sheet = sheet.set_axis(list(table.columns), axis=1)
    assert len(sheet) == len(table), key
    unit_cols = {c: export._unit_col(table, c) for c in export.AMOUNT_UNIT_COLUMNS if c in table.columns}
    for col in table.columns:
        for i, (got, want) in enumerate(zip(sheet[col], table[col], strict=True)):
            uc = unit_cols.get(col)
            if uc and key != "facts" and _norm(got) is not None:
                got = float(got) * MONEY_FACTORS.get(sheet[uc].iloc[i], 1.0)
            if col in set(unit_cols.values()) and isinstance(got, str):
                got = BASE_UNIT.get(got, got)
            assert _same(got, want), f"{key}.{col} row {i}: sheet {got!r} != table {want!r}"


def _cells(path: Path | openpyxl.Workbook):
    wb = path if isinstance(path, openpyxl.Workbook) else openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


# --------------------------------------------------------------------------------------
# The workbook
# --------------------------------------------------------------------------------------
def test_every_sheet_present_in_order(workbook):
    wb = workbook
    assert wb.sheetnames == ["说明", "主要指标", "同比变化", "增速比较", "税收", "任务完成", "目标与计划", "核对", "全部数据"]
    assert list(export.sheet_names("zh").values()) == wb.sheetnames


def test_round_trip_values_equal_tables(workbook, tables):
    # the sheets of the file as written, read back once for the module (pandas reads an open workbook as
    # it reads the file)
    sheets = pd.read_excel(workbook, sheet_name=None, engine="openpyxl")
    names = export.sheet_names("zh")
    assert len(tables["facts"]) > 100
    for key in export.TABLE_NAMES:
        table = tables[key]
        if table.columns.empty:
            continue
        _compare(sheets[names[key]], export.reader_frame(table, key, "zh", tables), key)


ANALYSIS_CODES = {kind: set(labels.codes[kind]) for kind in ("measure", "qualifier", "status", "source", "dimension",
                                                              "direction", "verdict", "check", "basis")}


def test_analysis_sheets_hold_no_code_values(workbook):
    """Every code is a label of the reader's language: no yoy_pct, exact, actual, stated, TRUE/FALSE."""
    wb = workbook
    codes = set().union(*ANALYSIS_CODES.values()) | {"true", "false", "True", "False"}
    for ws in wb.worksheets[1:]:
        for row in ws.iter_rows(min_row=2, values_only=True):
            bad = [v for v in row if isinstance(v, bool) or (isinstance(v, str) and v in codes)]
            assert not bad, (ws.title, bad)
    values = {v for ws in wb.worksheets[1:] for row in ws.iter_rows(min_row=2, values_only=True) for v in row}
    assert {"是", "否"} <= values and "同比变化(%)" in values and "实际" in values


def test_headline_freezes_the_indicator_and_links_each_row(tmp_path, report, tables):
    path = export.to_excel(report, tmp_path / "l.xlsx", tables=tables, links="report.html")
    ws = openpyxl.load_workbook(path)["主要指标"]
    heads = [c.value for c in ws[1]]
    assert heads[0] == "指标" and ws.freeze_panes == "B2" and heads[-1] == "报告编号"
    link = ws.cell(2, heads.index("原文") + 1)
    fact = tables["headline"]["fact_id"].iloc[0]
    assert link.hyperlink.target == f"report.html#fact-{fact}"


def test_number_formats_keep_the_printed_decimals():
    assert export.cell_format("yoy_pct", 1.14) == "0.00;[Red]-0.00"
    assert export.cell_format("completion_pct", 48.2) == "0.0"
    assert export.cell_format("level", 96.9) == "#,##0.0"
    assert export.cell_format("level", 41228.0) == "#,##0"


def test_audit_shows_money_in_the_display_unit_and_words(workbook):
    ws = workbook["核对"]
    heads = [c.value for c in ws[1]]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    money = [r for r in rows if r[heads.index("单位")] == "亿元"]
    assert money and all(abs(r[next(i for i, h in enumerate(heads) if h.startswith("报告值"))]) < 1e4 for r in money)
    messages = [r[heads.index("说明")] for r in rows]
    assert all(m.startswith(("一致", "不一致")) and "consistent" not in m for m in messages)


def test_facts_sheet_keeps_base_units_section_and_sentence(workbook, tables):
    facts = tables["facts"]
    ws = workbook["全部数据"]
    heads = [c.value for c in ws[1]]
    assert heads[-3:] == ["所在章节", "原文句子", "报告编号"]
    revenue = facts[(facts.indicator == "一般公共预算收入") & (facts.measure == "level")].iloc[0]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[1] == revenue.fact_id)
    assert row[heads.index("数值(金额:元/美元)")] == pytest.approx(9.69e9)
    assert row[heads.index("单位")] == "元"
    assert "96.9亿元" in row[heads.index("原文句子")]
    sentence_col = heads.index("原文句子") + 1
    assert ws.cell(row=2, column=sentence_col).alignment.wrap_text


def test_no_formula_anywhere(workbook, workbook_path, injected, injected_book):
    for book, path in ((workbook, workbook_path), (injected_book, injected[1])):
        assert all(c.data_type != "f" for c in _cells(book))
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.startswith("xl/worksheets/"):
                    assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name


def test_money_in_yi_yuan_with_unit_in_header(workbook, tables):
    ws = workbook["主要指标"]
    heads = [c.value for c in ws[1]]
    level = next(h for h in heads if h.startswith("水平值("))
    assert "亿元" in level
    col = heads.index(level) + 1
    unit_col = heads.index("单位") + 1
    headline = tables["headline"]
    revenue = headline[headline.indicator == "一般公共预算收入"].iloc[0]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, heads.index("指标") + 1).value == "一般公共预算收入")
    assert ws.cell(row, col).value == pytest.approx(revenue.level / 1e8)
    assert ws.cell(row, unit_col).value == "亿元"
    assert ws.cell(row, col).number_format == "#,##0.0"  # 96.9, as printed
    # a per-capita amount would read 0.00 in 亿元: it keeps 元 in its row
    income = headline[headline.indicator == "居民人均可支配收入"].iloc[0]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, heads.index("指标") + 1).value == "居民人均可支配收入")
    assert ws.cell(row, unit_col).value == "元"
    assert ws.cell(row, col).value == pytest.approx(income.level)


def test_small_amounts_in_wan_yuan(tmp_path, report):
    table = pd.DataFrame({"report_id": ["r", "r"], "fact_id": ["f1", "f2"], "indicator": ["补贴", "奖励"],
                          "measure": ["level", "level"], "value": [3.2e6, 5e5], "unit": ["元", "元"],
                          "qualifier": ["exact", "over"], "section": ["", ""], "sentence": ["a", "b"]})
    path = export.to_excel(report, tmp_path / "w.xlsx", tables={"targets": table})
    ws = openpyxl.load_workbook(path)["目标与计划"]
    heads = [c.value for c in ws[1]]
    assert "数值(万元)" in heads
    assert ws.cell(2, heads.index("数值(万元)") + 1).value == pytest.approx(320.0)
    assert ws.cell(2, heads.index("单位") + 1).value == "万元"


def test_negative_changes_red_frozen_header_filter_widths(workbook):
    wb = workbook
    for name in wb.sheetnames[1:]:
        ws = wb[name]
        if ws.max_column == 1 and ws.max_row == 1:
            continue
        assert ws.freeze_panes == "B2", name  # below the header, right of the indicator
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        assert all(c.font.bold for c in ws[1]), name
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
        assert all(6 <= w <= 90 for w in widths), (name, widths)
    ws = wb["同比变化"]
    heads = [c.value for c in ws[1]]
    change = heads.index("变化率(%)") + 1
    formats = {ws.cell(r, change).number_format for r in range(2, ws.max_row + 1)
               if ws.cell(r, change).value is not None}  # an absolute change against another base has none
    assert formats <= {"0;[Red]-0", "0.0;[Red]-0.0", "0.00;[Red]-0.00"} and "0.0;[Red]-0.0" in formats
    values = [ws.cell(r, change).value for r in range(2, ws.max_row + 1)]
    assert any(v < 0 for v in values if v is not None)


def test_derived_columns_marked(workbook, tables):
    ws = workbook["主要指标"]
    heads = {c.value: c for c in ws[1]}
    derived = [h for h in heads if h.endswith("[推算]")]
    assert any(h.startswith("全年目标") for h in derived)
    assert any(h.startswith("上年（同期）水平") for h in derived)
    assert not any(h.startswith(("水平值(", "同比(%)")) for h in derived)
    stated = next(h for h in heads if h.startswith("水平值("))
    assert heads[derived[0]].fill.fgColor.rgb != heads[stated].fill.fgColor.rgb


def test_readme_sheet_metadata_fields_and_glossary(workbook, tables):
    ws = workbook["说明"]
    values = [v for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    text = "\n".join(str(v) for v in values)
    assert ws["A1"].value == "东城区2020年国民经济和社会发展计划上半年执行情况的报告"
    for needle in ("东城区", "北京市", "2020年上半年", "dongcheng_2020_h1.txt", "生成时间", "指标词汇表"):
        assert needle in text, needle
    used = {c for t in tables.values() for c in t.columns}
    for col in used:  # the field dictionary covers every column shown
        assert col in values, col
        assert col in export.FIELDS, f"column {col!r} has no entry in export.FIELDS"
    for code in dh.vocab.MEASURES + dh.vocab.QUALIFIERS:
        assert code in values
    for term in dh.vocab.glossary():
        assert term.canonical in values and term.english in values


@pytest.mark.slow
def test_english_workbook(tmp_path, report, tables):
    path = export.to_excel(report, tmp_path / "en.xlsx", lang="en", tables=tables)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["About", "Headline", "Year-on-year", "Growth comparisons", "Tax", "Completion", "Targets", "Audit",
                             "All facts"]
    heads = [c.value for c in wb["All facts"][1]]
    assert heads[:3] == ["Indicator", "Fact id", "Start offset"] and heads[-1] == "Report id"
    assert "Source sentence" in heads
    assert any(h.startswith("Level (") and "100m yuan" in h for h in (c.value for c in wb["Headline"][1]))
    assert any("[derived]" in (c.value or "") for c in wb["Headline"][1])


def test_empty_table_and_missing_columns(tmp_path, report):
    partial = pd.DataFrame({"report_id": ["r"], "indicator": ["=1+2"], "change_pct": [-3.5]})
    path = export.to_excel(report, tmp_path / "p.xlsx",
                           tables={"yoy": partial, "tax": pd.DataFrame(columns=["report_id", "item"]),
                                   "audit": pd.DataFrame()})
    wb = openpyxl.load_workbook(path)
    assert [c.value for c in wb["同比变化"][1]] == ["指标", "变化率(%)", "报告编号"]
    assert wb["同比变化"]["A2"].value == "=1+2" and wb["同比变化"]["A2"].data_type == "s"
    assert [c.value for c in wb["税收"][1]] == ["项目", "报告编号"] and wb["税收"].max_row == 1
    assert wb["核对"]["A1"].value == "（本表无数据）"
    assert wb["全部数据"]["A1"].value == "（本表无数据）"


# --------------------------------------------------------------------------------------
# Formula injection
# --------------------------------------------------------------------------------------
def test_injection_stored_as_text_in_xlsx(injected_book):
    cells = [c for c in _cells(injected_book) if isinstance(c.value, str) and c.value.startswith(INJECTED)]
    for start in INJECTED:
        assert any(c.value.startswith(start) for c in cells), start
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    facts = pd.read_excel(injected_book, sheet_name="全部数据")
    assert '=HYPERLINK("http://x")收入完成5亿元。' in set(facts["原文句子"])
    assert "@SUM(1)完成项目8个。" in set(facts["原文句子"])


def test_injection_prefixed_in_csv(injected):
    rep, _, csv = injected
    facts = dh.extract_facts(rep)
    back = pd.read_csv(csv, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    sentences = set(back["sentence"])
    assert "'=HYPERLINK(\"http://x\")收入完成5亿元。" in sentences
    assert "'+1企业12家。" in sentences and "'-1+1项目增长3%。" in sentences
    assert "'@SUM(1)完成项目8个。" in sentences
    assert "税收收入下降7%。" in sentences  # ordinary text untouched
    for col in facts.columns:  # no text cell of any column starts a formula; numbers stay numbers
        if not pd.api.types.is_numeric_dtype(facts[col]):
            assert not back[col].str.match(r"[=+\-@\t\r]").any(), col
    assert "-7.0" in set(back["value"])
    assert len(back) == len(facts)
    assert export.csv_safe("\tx") == "'\tx" and export.csv_safe("\rx") == "'\rx"
    assert export.csv_safe(-1.5) == -1.5


# --------------------------------------------------------------------------------------
# CSV, JSON, Parquet
# --------------------------------------------------------------------------------------
def _typed_like(back: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    out = back.copy()
    for col in table.columns:
        if pd.api.types.is_numeric_dtype(table[col]) and not pd.api.types.is_bool_dtype(table[col]):
            out[col] = pd.to_numeric(out[col]).astype(table[col].dtype)
        else:
            out[col] = out[col].astype(table[col].dtype)
    return out


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Compare content, not category/str dtypes: text as str with '' for missing."""
    out = df.copy()
    for col in out.columns:
        if not pd.api.types.is_numeric_dtype(out[col]) or pd.api.types.is_bool_dtype(out[col]):
            out[col] = out[col].astype(object).map(lambda v: "" if _norm(v) is None else str(v))
    return out


@pytest.mark.parametrize("key", ["facts", "headline", "tax"])
def test_csv_bom_and_read_back_identical(tmp_path, report, tables, key):
    path = export.to_csv(report, tmp_path / f"{key}.csv", table=key, tables=tables)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    table = tables[key]
    text_cols = {c: str for c in table.columns if not pd.api.types.is_numeric_dtype(table[c])}
    back = pd.read_csv(path, encoding="utf-8-sig", dtype=text_cols)
    pd.testing.assert_frame_equal(_plain(back), _plain(table), check_dtype=False, rtol=1e-12)


def test_csv_from_a_dataframe_and_facts_default(tmp_path, report, tables):
    df = pd.DataFrame({"a": ["=x", "中文"], "b": [1.5, -2.0]})
    path = export.to_csv(df, tmp_path / "df.csv")
    assert path.read_text(encoding="utf-8-sig").splitlines() == ["a,b", "'=x,1.5", "中文,-2.0"]
    facts = export.to_csv(report, tmp_path / "facts.csv")
    assert len(pd.read_csv(facts, encoding="utf-8-sig")) == len(tables["facts"])  # the run's one extraction


def test_one_csv_writer_for_every_command_and_function(tmp_path):
    """``dhcheng facts --format csv`` (the README's example), ``dhcheng export --format csv`` and
    ``to_csv`` give the same guarded bytes for the same facts."""
    src = tmp_path / "inject.txt"
    src.write_text(INJECTION_TEXT, encoding="utf-8")
    facts_csv, export_csv, lib_csv = tmp_path / "facts.csv", tmp_path / "export.csv", tmp_path / "lib.csv"
    assert cli.main(["facts", str(src), "--format", "csv", "-o", str(facts_csv)]) == 0
    assert cli.main(["export", str(src), "--format", "csv", "-o", str(export_csv)]) == 0
    export.to_csv(dh.extract_facts(dh.load_report(src)), lib_csv)
    assert facts_csv.read_bytes() == export_csv.read_bytes() == lib_csv.read_bytes()
    back = pd.read_csv(facts_csv, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert "'=HYPERLINK(\"http://x\")收入完成5亿元。" in set(back["sentence"])
    assert not back["sentence"].str.match(r"[=+\-@]").any()


def test_numbers_in_text_columns_stay_readable_and_numeric_columns_stay_numbers(tmp_path):
    df = pd.DataFrame({"raw_value": ["-7", "+3.5", "-1+1", "-", " =1", "－3", "＝SUM(1)", "\t1", "1e-3", "-7%"],
                       "value": [-7.0, 3.5, 0.0, None, 1.0, -3.0, 1.0, 1.0, 0.001, -0.07]})
    path = export.to_csv(df, tmp_path / "n.csv")
    back = pd.read_csv(path, encoding="utf-8-sig", dtype={"raw_value": str}, keep_default_na=False,
                       na_values={"value": [""]})
    assert back["raw_value"].tolist() == ["-7", "+3.5", "'-1+1", "-", "' =1", "'－3", "'＝SUM(1)", "'\t1", "1e-3",
                                          "'-7%"]
    assert back["value"].tolist()[:3] == [-7.0, 3.5, 0.0] and back["value"].dtype == "float64"


def test_csv_guards_column_names_and_replaces_lone_surrogates(tmp_path):
    df = pd.DataFrame({"=cmd": pd.Series(["a\ud800b"], dtype=object), "ok": [1]})
    text = export.to_csv(df, tmp_path / "h.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines() == ["'=cmd,ok", "a\ufffdb,1"]


def test_data_first_exports(tmp_path, report, tables):
    facts = tables["facts"]
    assert export.to_csv(facts, tmp_path / "a.csv").read_bytes() == \
        export.to_csv(report, tmp_path / "b.csv", tables=tables).read_bytes()
    assert export.to_csv(tables, tmp_path / "tax1.csv", table="tax").read_bytes() == \
        export.to_csv(report, tmp_path / "tax2.csv", table="tax", tables=tables).read_bytes()
    assert len(pd.read_parquet(export.to_parquet(tables["yoy"], tmp_path / "y.parquet"))) == len(tables["yoy"])
    with pytest.raises(ExportError, match="the data given is a table already — leave table out"):
        export.to_csv(facts, tmp_path / "c.csv", table="tax")
    with pytest.raises(ExportError, match="no table 'tax' among the tables given — choose one of facts"):
        export.to_json({"facts": facts}, tmp_path / "c.json", table="tax")
    assert not (tmp_path / "c.csv").exists() and not (tmp_path / "c.json").exists()


def test_json_keeps_strings_and_numbers_intact(tmp_path):
    df = pd.DataFrame({"text": ["收入/支出 <b>&\"'", "=1+1", None], "value": [0.1 + 0.2, float("inf"), 9.69e9],
                       "n": pd.array([1, None, 3], dtype="Int64")})
    raw = export.to_json(df, tmp_path / "x.json").read_text(encoding="utf-8")
    assert "收入/支出" in raw and "\\u" not in raw and "\\/" not in raw
    assert json.loads(raw) == [{"text": "收入/支出 <b>&\"'", "value": 0.30000000000000004, "n": 1},
                               {"text": "=1+1", "value": None, "n": None},
                               {"text": None, "value": 9.69e9, "n": 3}]


def test_json_records_utf8(tmp_path, report, tables):
    path = export.to_json(report, tmp_path / "facts.json", table="facts", tables=tables)
    raw = path.read_bytes()
    assert "一般公共预算收入".encode() in raw and b"\\u" not in raw
    records = json.loads(raw.decode("utf-8"))
    facts = tables["facts"]
    assert isinstance(records, list) and len(records) == len(facts)
    assert list(records[0]) == list(facts.columns)
    back = pd.DataFrame.from_records(records)
    pd.testing.assert_frame_equal(_plain(back), _plain(facts), check_dtype=False, rtol=1e-12)


def test_parquet_round_trip(tmp_path, report, tables):
    path = export.to_parquet(report, tmp_path / "yoy.parquet", table="yoy", tables=tables)
    back = pd.read_parquet(path)
    pd.testing.assert_frame_equal(_plain(back), _plain(tables["yoy"]), check_dtype=False)


def test_parquet_without_pyarrow_names_the_extra(tmp_path, monkeypatch, report):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ExportError, match=r'pip install "dhcheng_analysis\[parquet\]"') as err:
        export.to_parquet(report, tmp_path / "x.parquet")
    assert "\n" not in str(err.value)
    assert not list(tmp_path.iterdir())


def test_unknown_table_and_language(tmp_path, report):
    with pytest.raises(ExportError, match="unknown table 'gdp'.*facts, headline"):
        export.to_csv(report, tmp_path / "x.csv", table="gdp")
    with pytest.raises(ExportError, match="unknown language"):
        export.to_excel(report, tmp_path / "x.xlsx", lang="fr")
    assert not list(tmp_path.iterdir())


# --------------------------------------------------------------------------------------
# Atomic writes
# --------------------------------------------------------------------------------------
def test_failure_mid_write_keeps_previous_workbook(tmp_path, monkeypatch, report, tables, workbook_path):
    # the previous workbook: the run's one writing of these tables, copied (``to_excel(report, path, tables=tables)``)
    path = Path(shutil.copyfile(workbook_path, tmp_path / "book.xlsx"))
    before = path.read_bytes()

    def broken_save(self, filename):
        Path(filename).write_bytes(b"PK\x03\x04 partial")
        raise RuntimeError("disk went away")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(RuntimeError, match="disk went away"):
        export.to_excel(report, path, tables=tables)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.xlsx"]


def test_failure_mid_write_keeps_previous_csv(tmp_path, monkeypatch, report, tables):
    path = export.to_csv(report, tmp_path / "facts.csv", tables=tables)
    before = path.read_bytes()

    def broken_write_text(self, data, encoding=None, errors=None, newline=None):
        with open(self, "w", encoding=encoding) as fh:
            fh.write(data[:100])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", broken_write_text)
    with pytest.raises(ExportError, match="No space left on device") as err:
        export.to_csv(report, path, tables=tables)
    assert "\n" not in str(err.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.csv"]


def test_missing_folder_and_folder_that_is_a_file(tmp_path, report):
    with pytest.raises(ExportError, match="does not exist"):
        export.to_excel(report, tmp_path / "nope" / "x.xlsx")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="is not a folder"):
        export.to_csv(report, tmp_path / "file" / "x.csv")
    with pytest.raises(ExportError, match="is a folder"):
        export.to_json(report, tmp_path)


def test_final_file_has_ordinary_permissions(tmp_path, report, tables):
    old = os.umask(0o022)
    try:
        for name, write in (("a.xlsx", export.to_excel), ("a.csv", export.to_csv), ("a.json", export.to_json)):
            path = write(report, tmp_path / name, tables=tables)
            assert stat.S_IMODE(path.stat().st_mode) == 0o644, name
        os.umask(0o027)
        path = export.to_csv(report, tmp_path / "b.csv", tables=tables)
        assert stat.S_IMODE(path.stat().st_mode) == 0o640
        os.chmod(path, 0o600)  # replacing a file keeps its permissions
        export.to_csv(report, path, tables=tables)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(old)


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------
@pytest.mark.slow
def test_cli_export_workbook_and_table(tmp_path, capsys):
    out = tmp_path / "dongcheng.xlsx"
    assert cli.main(["export", "--format", "xlsx", "-o", str(out)]) == 0
    assert "全部数据" in openpyxl.load_workbook(out).sheetnames
    csv = tmp_path / "headline.csv"
    assert cli.main(["export", "--format", "csv", "--table", "headline", "-o", str(csv)]) == 0
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "indicator_en" in pd.read_csv(csv, encoding="utf-8-sig").columns
    js = tmp_path / "tax.json"
    assert cli.main(["export", "--format", "json", "--table", "tax", "-o", str(js)]) == 0
    assert isinstance(json.loads(js.read_text(encoding="utf-8")), list)


def test_cli_export_missing_folder_one_line(tmp_path, capsys):
    code = cli.main(["export", "--format", "xlsx", "-o", str(tmp_path / "missing" / "x.xlsx")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("dhcheng: ") and "does not exist" in err


def test_cli_export_unknown_table_is_bad_usage(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["export", "--format", "csv", "--table", "gdp", "-o", str(tmp_path / "x.csv")])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and err.count("\n") == 1 and "invalid choice: 'gdp'" in err
    assert not list(tmp_path.iterdir())


# --------------------------------------------------------------------------------------
# Hostile or odd content
# --------------------------------------------------------------------------------------
def test_control_characters_long_text_and_alerts(tmp_path, report):
    audit = pd.DataFrame({"report_id": ["r", "r"], "check": ["parts_within_total"] * 2,
                          "stated": [10.0, 5.0], "computed": [12.0, 5.0], "difference": [-2.0, 0.0],
                          "tolerance": [0.0, 0.0], "verdict": ["inconsistent", "consistent"],
                          "message": ["bell\x07 and\x00nul", "ok"], "sentence": ["句" * 40000, "短句。"]})
    path = export.to_excel(report, tmp_path / "odd.xlsx", tables={"audit": audit})
    ws = openpyxl.load_workbook(path)["核对"]
    heads = [c.value for c in ws[1]]
    assert ws.cell(2, heads.index("说明") + 1).value == "bell\ufffd and\ufffdnul"
    long = ws.cell(2, heads.index("原文句子") + 1).value
    assert len(long) == 32767 and long.endswith("…")
    verdict = heads.index("结论") + 1
    assert ws.cell(2, verdict).font.color.rgb.endswith("C00000")
    assert not ws.cell(3, verdict).font.bold
    assert ws.row_dimensions[2].height and ws.row_dimensions[2].height > 15
    assert not ws.row_dimensions[3].height  # one line: left to the spreadsheet


def test_list_cells_and_infinities(tmp_path, report):
    table = pd.DataFrame({"report_id": ["r"], "fact_ids": [["f1", "f2"]], "implied_annual_target": [math.inf],
                          "unit": ["元"], "level": [1e9]})
    path = export.to_excel(report, tmp_path / "odd.xlsx", tables={"headline": table})
    ws = openpyxl.load_workbook(path)["主要指标"]
    row = [c.value for c in ws[2]]
    assert "f1;f2" in row and "inf" in row and 10.0 in row
    csv = export.to_csv(table, tmp_path / "odd.csv")
    assert "f1;f2" in csv.read_text(encoding="utf-8-sig")


@pytest.mark.slow
def test_english_about_sheet(tmp_path, report, tables):
    path = export.to_excel(report, tmp_path / "en.xlsx", lang="en", tables=tables)
    ws = openpyxl.load_workbook(path)["About"]
    values = [v for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    assert ws["A1"].value == report.metadata["title_en"]
    for needle in ("Sheets", "Fields", "Measures", "Qualifiers", "Indicator glossary", "Generated"):
        assert needle in values, needle
    assert "Every figure of the report in base units (yuan, dollars, persons, percent), with its section " \
           "and source sentence." in values


@pytest.mark.slow
def test_cli_export_parquet(tmp_path):
    out = tmp_path / "targets.parquet"
    assert cli.main(["export", "--format", "parquet", "--table", "targets", "-o", str(out)]) == 0
    assert "indicator" in pd.read_parquet(out).columns


def test_crafted_title_is_text_on_the_about_sheet(tmp_path):
    rep = dh.load_report("=cmd|' /C calc'!A0关于2020年计划执行情况的报告\n一般公共预算收入完成5亿元。\n")
    assert rep.metadata["title"].startswith("=cmd")
    path = export.to_excel(rep, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(path)["说明"]
    assert ws["A1"].value.startswith("=cmd") and ws["A1"].data_type == "s" and ws["A1"].quotePrefix
    assert all(c.data_type != "f" for c in _cells(path))


def test_the_about_sheet_names_a_street_as_the_place(tmp_path):
    """东柳街道2023年工作总结和2024年工作思路 (a real street report): its place is a street, named as the place."""
    real = Path(__file__).parent / "gold" / "real" / "texts" / "dongliu_yz_2023_street.txt"
    ws = openpyxl.load_workbook(export.to_excel(dh.load_report(real), tmp_path / "street.xlsx")).worksheets[0]
    rows = {r[0]: r[1] for r in ws.iter_rows(min_col=1, max_col=2, values_only=True) if r[0]}
    assert rows.get("地区") == "东柳街道"


def test_the_library_called_wrongly_says_what_to_pass_before_writing_anything(tmp_path, report, tables):
    """Facts given where the workbook takes the report, tables that are not a mapping of frames, an output
    path that is not a file name: a TypeError saying what to pass, and no file (regression fixtures)."""
    facts = tables["facts"]
    out = tmp_path / "book.xlsx"
    with pytest.raises(TypeError, match="takes the report, not a table"):
        export.to_excel(facts, out)
    for bad in ([1], {"facts": 5}):
        with pytest.raises(TypeError, match="tables must map table names to DataFrames"):
            export.to_excel(report, out, tables=bad)
    for path in (None, 5):
        with pytest.raises(TypeError, match="output path must be a file name"):
            export.to_csv(facts, path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("links", ["javascript:alert(1)", " JavaScript:x", "http://example.com/r.html",
                                   "/etc/passwd", "../../r.html", "C:\\r.html", ""])
def test_workbook_links_name_only_a_page_beside_it(tmp_path, report, tables, links):
    """``links`` is the page each row links to: an address, a script or a path out of the folder is refused
    before anything is written (a link of Excel's would open it)."""
    with pytest.raises(ExportError, match="must name the report page"):
        export.to_excel(report, tmp_path / "book.xlsx", tables=tables, links=links)
    assert list(tmp_path.iterdir()) == []


def test_an_output_path_ending_in_a_slash_is_a_folder_and_refused(tmp_path, tables):
    """``-o out/`` names a folder: Path() would drop the slash and write a file named out (or replace a file
    ``out.csv`` given as ``out.csv/``); it is refused before anything is written (regression fixture)."""
    facts = tables["facts"]
    (tmp_path / "old.csv").write_text("old")
    for name in ("new/", "old.csv/"):
        with pytest.raises(ExportError, match="ends with a slash, which names a folder"):
            export.to_csv(facts, f"{tmp_path}/{name}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.csv"]
    assert (tmp_path / "old.csv").read_text() == "old"


def test_csv_and_json_to_a_binary_stream_are_written_and_a_closed_stream_is_one_line(tables):
    """A stream opened with "wb" (or a BytesIO) gets the text's bytes, as a text stream gets the text; a
    closed stream is an ExportError, not Python's TypeError or ValueError (regression fixtures)."""
    facts = tables["facts"].head(3)
    for write in (export.to_csv, export.to_json):
        text, raw = io.StringIO(), io.BytesIO()
        write(facts, text)
        write(facts, raw)
        assert raw.getvalue().decode("utf-8") == text.getvalue() != ""
        closed = io.StringIO()
        closed.close()
        with pytest.raises(ExportError, match="closed file — pass a stream open for writing"):
            write(facts, closed)
