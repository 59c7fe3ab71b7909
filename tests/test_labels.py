"""The one dictionary of fields and labels (vocab/labels.toml) and the display helpers built on it."""

from __future__ import annotations

import ast
import tomllib
from importlib import resources
from pathlib import Path

import pandas as pd
import pytest

from dhcheng_analysis import display, export, vocab
from dhcheng_analysis.vocab.labels import parse_labels

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "dhcheng_analysis"


def _raw() -> dict:
    return tomllib.loads(resources.files("dhcheng_analysis.vocab").joinpath("labels.toml").read_text("utf-8"))


@pytest.fixture(scope="module")
def tables(bundled_tables):
    return bundled_tables


def test_every_column_and_code_of_the_bundled_tables_has_a_label(tables):
    d = vocab.labels()
    for key, table in tables.items():
        for col in table.columns:
            assert col in d.fields, f"{key}.{col} is not in labels.toml"
    for kind in ("measure", "qualifier", "status", "dimension", "source", "direction", "verdict"):
        seen = {str(v) for t in tables.values() if kind in t.columns for v in t[kind].dropna().unique() if str(v)}
        missing = seen - set(d.codes[kind])
        assert not missing, f"{kind}: {missing} have no label"
    for code in (*vocab.MEASURES, *vocab.QUALIFIERS, *vocab.STATUSES):
        assert code in d.codes["measure"] or code in d.codes["qualifier"] or code in d.codes["status"]


def test_the_registry_is_spelled_once(tables):
    d = vocab.labels()
    assert tuple(tables) == tuple(d.tables) == export.TABLE_NAMES
    assert sorted(d.sheets) == sorted(d.tables)
    assert [s.key for s in export.SHEETS] == list(d.sheets)
    assert set(export.sheet_names("zh")) == {"readme", *d.tables}


def test_one_label_for_actual_in_pages_and_workbook(tmp_path, tables):
    word = display.code_label("status", "actual", "zh")
    shown = display.reader_table(pd.DataFrame({"status": ["actual"]}), ["status"], "zh")
    assert shown.iloc[0, 0] == word
    import openpyxl

    path = export.to_excel(None, tmp_path / "w.xlsx", tables=tables)
    about = [v for row in openpyxl.load_workbook(path)["说明"].iter_rows(values_only=True) for v in row]
    assert word in about and "已实现" not in about


def test_derived_columns_come_from_the_dictionary():
    from dhcheng_analysis.tables import DERIVED_COLUMNS

    assert set(DERIVED_COLUMNS) <= vocab.labels().derived
    assert export.derived_columns() == vocab.labels().derived
    assert display.column_header("implied_prior_level", "zh").endswith("[推算]")
    assert display.column_header("level", "en", ("亿元", "100m yuan")) == "Level (100m yuan)"


def test_the_loader_refuses_unknown_keys_and_missing_languages():
    raw = _raw()
    parse_labels(raw)
    bad = _raw()
    bad["fields"]["level"]["colour"] = "red"
    with pytest.raises(ValueError, match="unknown key"):
        parse_labels(bad)
    bad = _raw()
    del bad["codes"]["status"]["actual"]["en"]
    with pytest.raises(ValueError, match="lacks"):
        parse_labels(bad)
    bad = _raw()
    bad["fields"]["level"]["kind"] = "money"
    with pytest.raises(ValueError, match="kind"):
        parse_labels(bad)
    bad = _raw()
    bad["extra"] = {}
    with pytest.raises(ValueError, match="sections"):
        parse_labels(bad)


def test_older_label_names_are_views_of_the_dictionary():
    assert vocab.MEASURE_LABELS["yoy_pct"] == ("同比变化(%)", "Year-on-year change (%)")
    assert dict(vocab.QUALIFIER_LABELS)["over"][0] == vocab.labels().codes["qualifier"]["over"].zh
    assert len(vocab.MEASURE_LABELS) == len(vocab.labels().codes["measure"])


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {f"{'.' * n.level}{n.module or ''}" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}


def test_label_and_format_helpers_live_in_display_and_the_dictionary():
    assert ".plots" not in _imports(PKG / "publish.py"), "publish borrows helpers from plots"
    for name in ("publish.py", "plots.py", "export.py"):
        source = (PKG / name).read_text(encoding="utf-8")
        for word in ("已实现", '"同比变化(%)"', '"余/超过"', '"city average"', '"目录"'):
            assert word not in source, f"{name} spells the label {word} itself"
        assert "def format_pct" not in source and "def format_level" not in source


@pytest.mark.parametrize(("col", "row", "lang", "want"), [
    ("level", {"level": 9.69e9, "unit": "元"}, "zh", "96.9亿元"),
    ("level", {"level": 3e4, "unit": "家", "level_qualifier": "over"}, "zh", "超3万家"),
    ("yoy_pct", {"yoy_pct": -7.0}, "zh", "−7%"),
    ("completion_pct", {"completion_pct": 48.2}, "en", "48.2%"),
    ("pp_diff", {"pp_diff": 0.9}, "zh", "+0.9"),
    ("on_track", {"on_track": False}, "en", "no"),
    ("dimension", {"dimension": "tax_type"}, "zh", "税种"),
    ("measure", {"measure": "yoy_pct"}, "en", "Year-on-year change (%)"),
    ("qualifier", {"qualifier": "exact"}, "zh", ""),
    ("comparator", {"comparator": "全市"}, "en", "city average"),
    ("level", {"level": float("nan")}, "zh", ""),
])
def test_format_cell(col, row, lang, want):
    assert display.format_cell(col, row, lang) == want


def test_the_workbook_names_the_block_of_measure_codes_by_the_measures_header(tmp_path, tables):
    # 口径 is the statistical word for what a figure covers (the scope column's 口径范围); the kind of figure is
    # headed by its own word, in the columns and over the block of its codes on the 说明 sheet alike
    import openpyxl

    head = vocab.labels().fields["measure"].zh
    path = export.to_excel(None, tmp_path / "w.xlsx", tables=tables)
    about = [v for row in openpyxl.load_workbook(path)["说明"].iter_rows(values_only=True) for v in row]
    assert head in about and head != vocab.labels().fields["scope"].zh[:len(head)]
    assert display.reader_table(pd.DataFrame({"measure": ["yoy_pct"]}), ["measure"], "zh").columns[0] == head
