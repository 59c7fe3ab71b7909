"""The public API: names reachable from the package, typed signatures, declared dependencies used."""

from __future__ import annotations

import inspect
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import dhcheng_analysis as dh

ROOT = Path(__file__).resolve().parent.parent


def test_mentions_stays_a_function_after_facts_are_extracted():
    code = ("import dhcheng_analysis as dh\n"
            "dh.extract_facts('收入增长5%。')\n"
            "import dhcheng_analysis.mentions\n"
            "m = dh.mentions('收入增长5%。')\n"
            "print(type(m).__name__, len(m) >= 1)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["DataFrame", "True"]


def test_documented_submodules_are_attributes():
    for name in ("plots", "export", "publish", "display", "tables", "analysis", "vocab", "notebook"):
        module = getattr(dh, name)
        assert module.__name__ == f"dhcheng_analysis.{name}"
        assert name in dir(dh)
    with pytest.raises(AttributeError, match="no attribute 'nonesuch'"):
        dh.nonesuch  # noqa: B018


def test_functions_taking_a_report_say_so_in_their_types():
    from dhcheng_analysis import export, notebook, publish

    for func, param in ((publish.build_report, "report"), (export.to_excel, "report"),
                        (notebook.open_analysis, "report_path")):
        annotation = inspect.signature(func).parameters[param].annotation
        assert annotation == "ReportLike", f"{func.__qualname__}({param}: {annotation})"
    assert dh.ReportLike.__args__[0] is dh.Report


def test_every_declared_dependency_is_used():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {d.split(">")[0].split("=")[0].split("[")[0].strip().lower() for d in project["dependencies"]}
    imports = {"mplfonts": "fonts", "ipykernel": "the kernel",          # used without an import statement
               "brotli": "fontTools' WOFF2 writer"}
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "dhcheng_analysis").rglob("*.py"))
    for name in names - set(imports):
        module = {"pyarrow": "pyarrow", "openpyxl": "openpyxl", "fonttools": "fontTools"}.get(name, name)
        assert f"import {module}" in source or f"from {module}" in source or f'"{module}"' in source or (
            module == "pyarrow" and "to_parquet" in source), f"{name} is declared but never used"
    assert "papermill" in names  # the project's convention for notebook parameters (dhcheng report injects them alike)


def test_tables_given_the_facts_first_say_which_order_they_take():
    facts = dh.extract_facts("上半年，全区一般公共预算收入完成30亿元，同比增长5%。")
    with pytest.raises(TypeError, match=r"all_tables\(report, facts\)"):
        dh.all_tables(facts)
    report = dh.load_report("上半年，全区一般公共预算收入完成30亿元，同比增长5%。")
    assert len(dh.all_tables(report, dh.extract_facts(report))["facts"]) == len(facts)
