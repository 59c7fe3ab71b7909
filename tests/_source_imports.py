"""The import statements of a module of the package, read from its source once in a test process and shared by
the tests that check what a module imports (``test_imports``, ``test_plots``)."""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Iterator
from functools import cache
from pathlib import Path

#: The nodes the checks read: imports, and the ``try`` blocks that may hide one.
READ_NODES = (ast.Import, ast.ImportFrom, ast.Try)


def import_nodes(path: Path) -> tuple[ast.AST, ...]:
    """The imports and ``try`` blocks of the module at ``path``, in the order ``ast.walk`` of its tree gives them."""
    return _nodes(Path(path).resolve())


#: The nodes a statement may sit in: a module, another statement, a handler of ``except`` or a case of ``match``
#: (an expression holds no statement, so the walk below never enters one).
_HOLDERS = (ast.stmt, ast.excepthandler, ast.match_case)


@cache
def _nodes(path: Path) -> tuple[ast.AST, ...]:
    """``import_nodes`` of a resolved path, listed once per run; the rest of the tree is not kept (the package's
    trees are hundreds of thousands of nodes, which the garbage collector would otherwise walk again in every
    full collection of the run)."""
    return tuple(n for n in _walk_statements(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, READ_NODES))


def _walk_statements(tree: ast.AST) -> Iterator[ast.AST]:
    """The nodes of ``tree`` that hold or are statements, in the order ``ast.walk`` gives them (breadth first): the
    expressions, most of a tree's nodes, are passed over."""
    todo = deque([tree])
    while todo:
        node = todo.popleft()
        todo.extend(child for child in ast.iter_child_nodes(node) if isinstance(child, _HOLDERS))
        yield node
