"""Packaging: environment.yml lists what pyproject.toml needs; jupyterlab stays optional; installs work."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _names(reqs: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[ ]", r, maxsplit=1)[0].strip().lower() for r in reqs}


def test_environment_yml_has_every_runtime_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    listed = {m.group(1).lower() for m in re.finditer(r"^\s*-\s*([A-Za-z][\w.-]*)", env, re.MULTILINE)}
    missing = _names(project["dependencies"]) - listed
    assert not missing, f"environment.yml lacks {sorted(missing)}"


def test_jupyterlab_is_an_optional_extra_only():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "jupyterlab" not in _names(project["dependencies"])
    assert "jupyterlab" not in _names(project["optional-dependencies"]["test"])
    assert "jupyterlab" in _names(project["optional-dependencies"]["lab"])
    assert project["scripts"]["dhcheng"] == "dhcheng_analysis.cli:main"


PROBE = """
import json
from importlib import resources
import dhcheng_analysis
from dhcheng_analysis.report import bundled_path
from dhcheng_analysis.vocab import labels
books = sorted(p.name for p in resources.files("dhcheng_analysis.notebooks").iterdir() if p.name.endswith(".ipynb"))
print(json.dumps({"package": dhcheng_analysis.__file__, "report": str(bundled_path()), "notebooks": books,
                  "notebook_folder": str(resources.files("dhcheng_analysis.notebooks")),
                  "template": resources.files("dhcheng_analysis").joinpath("templates/reader/index.html.j2").is_file(),
                  "fields": len(labels().fields),
                  "corpus": resources.files("dhcheng_analysis.data").joinpath("national_work_reports.jsonl.gz").is_file()}))
"""


def _venv(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, capture_output=True, timeout=300)
    return folder / "bin" / "python"


def _probe(python: Path, cwd: Path) -> dict:
    out = subprocess.run([str(python), "-c", PROBE], capture_output=True, text=True, cwd=cwd, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.mark.slow
@pytest.mark.parametrize("editable", [False, True], ids=["install", "editable"])
def test_installed_package_finds_notebooks_data_labels_and_templates(tmp_path, editable):
    """``pip install .`` from outside the source tree and ``pip install -e .`` both ship one copy of each folder."""
    python = _venv(tmp_path / "venv")
    args = [str(python), "-m", "pip", "install", "-q", "--no-deps", *(["-e"] if editable else []), str(ROOT)]
    proc = subprocess.run(args, capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    info = _probe(python, tmp_path)
    assert info["notebooks"] == ["01_overview.ipynb", "02_year_on_year.ipynb", "03_tax_declines.ipynb",
                                 "04_target_completion.ipynb", "05_across_reports.ipynb"]
    assert info["corpus"]
    assert info["template"] and info["fields"] > 40
    assert Path(info["report"]).name == "dongcheng_2020_h1.txt" and Path(info["report"]).is_file()
    if editable:   # the source folders themselves: an edit in Jupyter is what the package runs
        assert Path(info["notebook_folder"]).resolve() == (ROOT / "notebooks").resolve()
        assert Path(info["report"]).resolve() == (ROOT / "data" / "dongcheng_2020_h1.txt").resolve()
        assert Path(info["package"]).parent == ROOT / "dhcheng_analysis"
    else:          # a copy inside site-packages, nothing read from the source tree
        for key in ("package", "report", "notebook_folder"):
            assert str(tmp_path / "venv") in info[key] and str(ROOT) not in info[key], (key, info[key])
