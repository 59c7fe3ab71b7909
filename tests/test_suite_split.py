"""The split of the suite into quick and slow tests (``conftest``'s ``QUICK_CASES`` and ``SLOW_TESTS``) names the
tests it means: a case id of a sweep that no longer starts as ``QUICK_CASES`` says would move every case of its test
to the full run unnoticed, and an id of ``SLOW_TESTS`` naming no test marks nothing.  The checks read the tests the
run collected, so they hold only in a run of whole modules selected by no keyword: the quick subset
(``-m "not slow"``, where a sweep's quick case must be among the tests run) or the full run (where it must be
unmarked, and where every test ``SLOW_TESTS`` names is collected)."""

from __future__ import annotations

import conftest
import pytest


def _marks(request) -> str:
    """The run's mark expression, without spaces; the test skipped when the run collects only some cases of a
    module (single tests named, a keyword, a mark other than the quick subset's)."""
    config = request.config
    marks = "".join((config.getoption("markexpr") or "").split())
    if config.getoption("keyword") or any("::" in arg for arg in config.args) or marks not in ("", "notslow"):
        pytest.skip("the run collects only some cases of a module")
    return marks


def _modules(nodeids: list[str]) -> set[str]:
    return {nodeid.split("::", 1)[0] for nodeid in nodeids}


def test_each_sweep_keeps_a_quick_case(request):
    _marks(request)
    quick: dict[str, bool] = {}
    for item in request.session.items:
        base = item.nodeid.partition("[")[0]
        quick[base] = quick.get(base, False) or item.get_closest_marker("slow") is None
    modules = _modules(list(quick))
    for test in conftest.QUICK_CASES:
        if test.split("::", 1)[0] in modules:
            assert quick.get(test), test


def test_each_slow_test_id_names_a_collected_test(request):
    if _marks(request):
        pytest.skip("the quick subset collects no slow test")
    nodeids = [item.nodeid for item in request.session.items]
    modules = _modules(nodeids)
    for slow in conftest.SLOW_TESTS:
        if "::" in slow and slow.split("::", 1)[0] in modules:
            assert any(nodeid.startswith(slow) for nodeid in nodeids), slow
