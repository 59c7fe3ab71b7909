"""The import statements of a module of the package, read from its source once in a test process and shared by
the tests that check what a module imports (``test_imports``, ``test_plots``)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

#: The nodes the checks read: imports, and the ``try`` blocks that may hide one.
READ_NODES = (ast.Import, ast.ImportFrom, ast.Try)


def import_nodes(path: Path) -> tuple[ast.AST, ...]:
    """The imports and ``try`` blocks of the module at ``path`` (of ``ast.walk`` of its tree, in its order)."""
    return _nodes(Path(path).resolve())


@cache
def _nodes(path: Path) -> tuple[ast.AST, ...]:
    """``import_nodes`` of a resolved path, listed once per run; the rest of the tree is not kept (the package's
    trees are hundreds of thousands of nodes, which the garbage collector would otherwise walk again in every
    full collection of the run)."""
    return tuple(n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, READ_NODES))
