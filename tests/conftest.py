"""Test-suite configuration: which tests are ``slow``.

``python -m pytest -m "not slow"`` runs the quick tests only (well under 20 s, for the edit-test
loop); ``pytest`` runs everything, as CI does.  Slow are: tests that execute the notebooks
(the ``build``/``payload``/``previous`` fixtures), open a browser, build and install the
package, or run large property or adversarial searches.  Modules mark their own slow tests with
``@pytest.mark.slow``; the searches of the extractor's test modules are listed here so that
those modules need no change.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh

#: Fixtures that build a report (execute notebooks) or start a browser.
SLOW_FIXTURES = frozenset({"build", "payload", "previous", "browser", "result"})
#: Tests elsewhere that run big searches: a test id, or a module for all of its tests.
SLOW_TESTS = (
    "tests/test_properties.py::",
    "tests/test_robust.py::test_adversarial_inputs_finish_in_time",
    "tests/test_gold.py::test_scorer_command_line_passes_with_the_bars",
)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())) or item.nodeid.startswith(SLOW_TESTS):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def bundled_report():
    """The bundled report, loaded once for the whole run."""
    return dh.load_report()


@pytest.fixture(scope="session")
def bundled_tables(bundled_report):
    """``all_tables`` of the bundled report, computed once for the whole run (treat as read-only)."""
    return dh.all_tables(bundled_report)
