"""The analysis notebooks: committed clean, shipped with the package, parameterised, and
executing top to bottom in a fresh kernel for the bundled report and for a variant report."""

from __future__ import annotations

import ast
import json
import re
import tomllib
import warnings
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from _built_reports import ROOT, built, report

import dhcheng_analysis as dh
from dhcheng_analysis import publish

# notebooks of one report; 05_across_reports reads a corpus and is tested in test_corpus.py
NOTEBOOKS = sorted(p for p in (ROOT / "notebooks").glob("[0-9]*.ipynb") if p.stem != "05_across_reports")
EXPECTED = ["01_overview", "02_year_on_year", "03_tax_declines", "04_target_completion"]


def _read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(str(path), as_version=4)


def _tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


# ----------------------------------------------------------------------------- committed notebooks
def test_the_four_numbered_notebooks_exist():
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_notebook_has_no_outputs(path):
    nb = _read(path)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: a code cell has outputs — clear them before committing"
            assert cell.execution_count is None, f"{path.name}: a code cell has an execution count"


def test_notebooks_and_data_are_one_copy_installed_as_subpackages():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert {"dhcheng_analysis.notebooks", "dhcheng_analysis.data"} <= set(project["packages"])
    for name in ("notebooks", "data"):  # one copy: the package's folders are links to the top-level ones
        link = ROOT / "dhcheng_analysis" / name
        assert link.is_symlink() and link.resolve() == (ROOT / name).resolve()
    assert not list((ROOT / "notebooks").glob("*.py")) or [p.name for p in (ROOT / "notebooks").glob("*.py")] == [
        "__init__.py"], "notebooks are edited as notebooks, not generated from a script"
    assert [p.stem for p in publish.notebook_paths()] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_structure(path):
    nb = _read(path)
    first = nb.cells[0]
    assert first.cell_type == "markdown"
    assert "问题" in first.source and "Question" in first.source and "report_path" in first.source
    params = [c for c in nb.cells if "parameters" in _tags(c)]
    assert len(params) == 1 and params[0].cell_type == "code"
    assert re.search(r"^report_path = None", params[0].source, re.M)
    assert re.search(r'^lang = "zh"', params[0].source, re.M)
    assert re.search(r"^tables_path = None", params[0].source, re.M)
    setup = nb.cells[nb.cells.index(params[0]) + 1]
    assert "open_analysis(report_path, lang=lang, palette=palette, tables_path=tables_path)" in setup.source
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert max(len(c.splitlines()) for c in code) <= 30, "a cell that long belongs in the package"
    meta = nb.metadata["dhcheng"]
    assert meta["title"]["zh"] and meta["title"]["en"] and meta["question"]["zh"] and meta["question"]["en"]
    assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_nothing_report_specific_is_hard_coded(path):
    """Static text states no figures and names no district: every number comes from the data."""
    nb = _read(path)
    text = json.dumps([c.source for c in nb.cells], ensure_ascii=False)
    assert "东城" not in text and "dongcheng" not in text
    figure = re.compile(r"\d+(?:\.\d+)?\s*(?:%|亿|万|元|个百分点|项|家)")
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            assert not figure.search(cell.source), f"{path.name}: a markdown cell states a figure: {cell.source!r}"
    # commentary is a template of the notebook's own, never an f-string (values from the report are
    # filled in and escaped by the narrative helper), and its numbers are values, not literals
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        assert not re.search(r"say\(\s*[fF]", cell.source), f"{path.name}: say() with an f-string"
        assert "Markdown(" not in cell.source and "HTML(" not in cell.source, f"{path.name}: raw markup"
        for m in re.finditer(r"say\(\s*\"", cell.source):
            literal = cell.source[m.end():cell.source.index('"', m.end())]
            assert not re.search(r"\d", re.sub(r"\{[^}]*\}", "", literal)), (
                f"{path.name}: commentary with a number must take it as a value: {literal!r}")


# ----------------------------------------------------------------------------- execution
@pytest.fixture(scope="module", params=["bundled", "variant"])
def build(request):
    return request.param, built(request.param)


def _outputs(nb):
    for cell in nb.cells:
        if cell.cell_type == "code":
            yield from cell.outputs


def _output_text(out) -> str:
    if out.output_type == "stream":
        return out.text
    if out.output_type == "error":
        return "\n".join(out.traceback)
    return "\n".join(str(v) for k, v in out.get("data", {}).items() if k.startswith("text/"))


def test_every_notebook_executes_without_errors(build):
    which, result = build
    assert result.failed == [], f"{which}: {result.failed}"
    assert [p.name for p in result.pages] == EXPECTED
    for page in result.pages:
        nb = _read(page.notebook)
        errors = [o for o in _outputs(nb) if o.output_type == "error"]
        assert not errors, f"{which}/{page.name}: {errors[0].ename}: {errors[0].evalue}"
        assert all(c.execution_count for c in nb.cells if c.cell_type == "code"), "a cell did not run"


def test_no_missing_glyph_warning_in_any_output(build):
    which, result = build
    for page in result.pages:
        for out in _outputs(_read(page.notebook)):
            text = _output_text(out)
            assert "missing from font" not in text, f"{which}/{page.name}: {text[:200]}"


def test_no_warning_reaches_the_reader(build):
    """A warning printed by any stage would show up in the reader's page."""
    which, result = build
    for page in result.pages:
        for out in _outputs(_read(page.notebook)):
            if out.output_type == "stream" and out.name == "stderr":
                raise AssertionError(f"{which}/{page.name} printed to stderr: {out.text[:300]}")


def test_parameters_are_injected(build):
    which, result = build
    for page in result.pages:
        nb = _read(page.notebook)
        injected = [c for c in nb.cells if "injected-parameters" in _tags(c)]
        assert len(injected) == 1, f"{page.name}: the build did not inject its parameters"
        values = {n.targets[0].id: ast.literal_eval(n.value) for n in ast.parse(injected[0].source).body}
        if which == "bundled":
            assert values["report_path"] is None
        else:
            assert values["report_path"].endswith("variants.txt")
        assert values["lang"] == "zh"
        assert values["tables_path"], "the build hands its tables to the notebooks"


def test_every_notebook_draws_at_least_one_chart(build):
    which, result = build
    for page in result.pages:
        assert page.charts >= 1, f"{which}/{page.name} drew no chart"


def test_commentary_is_computed_from_the_report(build):
    """The overview's count of headline indicators is the table's, for either report."""
    which, result = build
    rep = report(which)
    headline = dh.headline_indicators(rep)
    with_yoy = headline["yoy_pct"].notna().sum()
    nb = _read(result.pages[0].notebook)
    said = "\n".join(o["data"]["text/plain"] for o in _outputs(nb)
                     if "text/html" in o.get("data", {}) and 'class="dh-say"' in o["data"]["text/html"])
    assert f"报告列出 {len(headline)} 项主要指标，其中 {with_yoy} 项给出同比变化" in said
    assert rep.title in said


def test_setup_makes_a_missing_glyph_an_error():
    from dhcheng_analysis.notebook import open_analysis

    with warnings.catch_warnings():
        an = open_analysis(None, lang="en")
        with pytest.raises(UserWarning, match="missing from font"):
            warnings.warn("Glyph 27979 (\\N{CJK UNIFIED IDEOGRAPH-6D4B}) missing from font(s) DejaVu Sans.",
                          UserWarning, stacklevel=1)
    assert set(an.tables) == {"facts", "headline", "yoy", "comparisons", "tax", "completion", "targets", "audit"}
    assert an.caption["period"] == f"H1 {dh.load_report().metadata['year']}"


def test_tables_handed_over_are_the_tables_computed(tmp_path, bundled_report, bundled_tables):
    from dhcheng_analysis.notebook import load_tables, open_analysis, save_tables

    rep, tables = bundled_report, bundled_tables
    save_tables(tables, tmp_path, rep)
    back, info = load_tables(tmp_path)
    assert info["report_id"] == rep.report_id and list(back) == list(tables)
    for key, frame in tables.items():
        pd.testing.assert_frame_equal(back[key].reset_index(drop=True), frame.reset_index(drop=True))
    with warnings.catch_warnings():
        an = open_analysis(None, tables_path=tmp_path)
    assert an.caption == dh.publish.report_caption(rep, "zh")


@pytest.mark.slow
def test_a_notebook_run_by_hand_computes_its_own_tables(tmp_path):
    from dhcheng_analysis.execute import run_notebooks

    [done] = run_notebooks([NOTEBOOKS[2]], {"report_path": None, "lang": "en"}, cwd=tmp_path)
    assert done.error is None, done.error
    html = "".join(o.get("data", {}).get("text/html", "") for c in done.nb.cells if c.cell_type == "code"
                   for o in c.outputs)
    assert "The report gives changes for" in html and "dh-table" in html


def test_the_tax_page_says_when_no_total_of_the_items_scope_is_given(build):
    """The tax page compares its items with a total only when the report prints one of their scope, and says so
    when it does not (the bundled report prints its 全口径 tax types beside a budget revenue, of another scope)."""
    which, result = build
    tax = dh.all_tables(report(which))["tax"]
    has_total = bool(((tax["dimension"] == "total") & tax["change_pct"].notna()).any())
    nb = _read(result.pages[2].notebook)
    said = "\n".join(o["data"]["text/plain"] for o in _outputs(nb)
                     if "text/html" in o.get("data", {}) and 'class="dh-say"' in o["data"]["text/html"])
    assert ("报告未给出与各行业、税种同口径的税收总体变化" in said) == (not has_total), which
    if which == "bundled":
        assert not has_total
