"""Each module imports only its own or earlier stages (DESIGN.md), with no circle and no fallback import.

The imports are read from the source (``ast``), function-level imports included, so a lazy import of a
later stage fails here as well.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest
from _source_imports import import_nodes

PKG = Path(__file__).resolve().parent.parent / "dhcheng_analysis"

#: The stages, earliest first. A module may import modules of its own stage or of earlier ones.
STAGES: tuple[tuple[str, ...], ...] = (
    # rules as data, numerals, file writes and the output folders they may go to (what this package wrote)
    ("errors", "vocab", "vocab.labels", "numbers", "cuewords", "atomic", "generation"),
    ("sources", "documents", "htmltext"),  # bytes → text
    ("report", "apitypes"),  # load_report, Report; the types of the public API
    ("mentions",),
    ("facts", "tabletext"),
    ("schema", "tables"),  # the key tables and their invariants
    ("analysis",),  # the audit and all_tables
    ("corpus", "engine"),  # many reports
    ("display", "narrative", "plots", "fonts", "htmlpage"),
    ("export", "tabular", "corpus_export", "annotate"),
    ("publish", "execute", "notebook", "corpus_plots"),
    ("cli",),
)
STAGE = {m: i for i, names in enumerate(STAGES) for m in names}
#: The one import of a later stage, named: Jupyter's rich-display hook of a Report
#: (``Report._repr_html_``) shows the annotated text, which lives with the pages; it is
#: imported inside the method, only when a notebook displays a report.
DISPLAY_HOOKS = {("report", "annotate")}
#: The word ``tests`` as an import statement may name it (``from tests._sentences``, ``import tests``): not followed by
#: a slash or a letter, as a folder of a path or a longer name is.
NAMES_TESTS = re.compile(r"\btests\b(?!/)")
FACADE = "__init__"  # the package's public API: re-exports, imports lazily from every stage


def _modules() -> dict[str, Path]:
    out = {}
    for p in sorted(PKG.rglob("*.py")):
        rel = p.relative_to(PKG).with_suffix("")
        parts = rel.parts
        if parts[0] in ("notebooks", "data", "templates"):
            continue
        name = ".".join(parts[:-1]) if parts[-1] == "__init__" else ".".join(parts)
        out[name or FACADE] = p
    return out


MODULES = _modules()


def _package_of(name: str) -> str:
    return name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]


def _nodes(name: str) -> tuple[ast.AST, ...]:
    """The imports and ``try`` blocks of module ``name`` (``_source_imports.import_nodes``)."""
    return import_nodes(MODULES[name])


@cache
def _imports(name: str) -> tuple[tuple[str, int], ...]:
    """(module of the package imported, line) for every import in ``name``."""
    base = "" if name == FACADE else _package_of(name)
    out = []
    for node in _nodes(name):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("dhcheng_analysis."):
                    out.append((a.name.removeprefix("dhcheng_analysis."), node.lineno))
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                if node.module and node.module.startswith("dhcheng_analysis."):
                    out.append((node.module.removeprefix("dhcheng_analysis."), node.lineno))
                continue
            parent = base.split(".") if base else []
            parent = parent[: len(parent) - (node.level - 1)] if node.level > 1 else parent
            target = ".".join([*parent, *(node.module.split(".") if node.module else [])])
            if node.module:
                out.append((target or FACADE, node.lineno))
            else:  # from . import vocab, __version__: submodules, or names of the facade
                for a in node.names:
                    sub = f"{target}.{a.name}" if target else a.name
                    out.append((sub if sub in MODULES else (target or FACADE), node.lineno))
    return tuple(out)


def test_every_module_has_a_stage():
    missing = sorted(set(MODULES) - set(STAGE) - {FACADE})
    assert missing == [], f"place these modules in STAGES (tests/test_imports.py): {missing}"
    assert not set(STAGE) - set(MODULES), "STAGES names modules that do not exist"


@pytest.mark.parametrize("name", sorted(set(MODULES) - {FACADE}))
def test_no_module_imports_a_later_stage(name):
    late = [(m, line) for m, line in _imports(name)
            if m != FACADE and m in STAGE and STAGE[m] > STAGE[name] and (name, m) not in DISPLAY_HOOKS]
    assert late == [], f"{name} (stage {STAGE[name]}) imports later stages: {late}"


def test_no_import_circle():
    graph = {name: {m for m, _ in _imports(name) if m in MODULES and m not in (FACADE, name)
                    and (name, m) not in DISPLAY_HOOKS}
             for name in MODULES if name != FACADE}
    # a package imports its own submodules (vocab → vocab.labels): not a circle
    for name in graph:
        graph[name] = {m for m in graph[name] if not m.startswith(name + ".")}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(n: str, path: list[str]) -> bool:
        state[n] = 1
        for m in sorted(graph.get(n, ())):
            if state.get(m) == 1:
                cycle.extend([*path, n, m])
                return True
            if state.get(m) is None and visit(m, [*path, n]):
                return True
        state[n] = 2
        return False

    for n in sorted(graph):
        if state.get(n) is None and visit(n, []):
            break
    assert cycle == [], " → ".join(cycle)


def test_no_private_name_is_imported_from_another_module():
    bad = []
    for name in MODULES:
        for node in _nodes(name):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("dhcheng_analysis")):
                bad += [(name, node.module, a.name) for a in node.names
                        if a.name.startswith("_") and not a.name.startswith("__")]
    assert bad == []


def test_no_fallback_import_of_the_package():
    """An import of our own modules inside ``try: … except ImportError`` hides a broken stage."""
    bad = []
    for name in MODULES:
        for node in _nodes(name):
            if not isinstance(node, ast.Try):
                continue
            catches = {ast.unparse(h.type) for h in node.handlers if h.type is not None}
            if not any("ImportError" in c or "ModuleNotFoundError" in c for c in catches):
                continue
            for inner in node.body:
                for sub in ast.walk(inner):
                    own = (isinstance(sub, ast.ImportFrom) and (sub.level > 0 or (sub.module or "").startswith(
                        "dhcheng_analysis"))) or (isinstance(sub, ast.Import) and any(
                            a.name.startswith("dhcheng_analysis") for a in sub.names))
                    if own:
                        bad.append((name, sub.lineno))
    assert bad == []


def test_the_imports_are_read_as_written():
    """The reader sees the real imports: analysis reads tables, tables never reads analysis."""
    assert any(m == "tables" for m, _ in _imports("analysis"))
    assert not any(m == "analysis" for m, _ in _imports("tables"))
    assert any(m == "vocab.labels" for m, _ in _imports("vocab"))


def test_test_modules_import_their_helpers_as_the_plain_pytest_run_finds_them() -> None:
    """The README's ``pytest`` puts the tests folder on the path, not the checkout: a test module importing a shared
    helper through a ``tests`` package (``from tests._sentences import …``) is collected by ``python -m pytest``
    alone and fails in CI. Helpers are imported by their own names (``from _sentences import …``)."""
    tests_dir = Path(__file__).resolve().parent
    sources = {p: p.read_text(encoding="utf-8") for p in sorted(tests_dir.rglob("*.py"))}
    # (only a source holding the word ``tests`` not followed by a slash can import it: the others, most of them,
    # are not parsed; a name of a folder, ``tests/gold``, is no import)
    wrong = [f"{p.name}:{node.lineno}" for p, source in sources.items() if NAMES_TESTS.search(source)
             for node in import_nodes(p)
             if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "tests"
             or isinstance(node, ast.Import) and any(a.name.split(".")[0] == "tests" for a in node.names)]
    assert wrong == []
