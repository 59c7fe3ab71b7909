"""Packaging: environment.yml lists what pyproject.toml needs; jupyterlab stays optional."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent


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
