"""Test-suite configuration: which tests are ``slow``.

``python -m pytest -m "not slow"`` runs the quick tests only (well under 20 s, for the edit-test
loop); ``pytest`` runs everything, as CI does.  Slow are: tests that execute the notebooks
(the ``build``/``payload``/``previous`` fixtures), open a browser, build and install the
package, parse a whole corpus (the 52 bundled work reports), run the command line once per case of
a large matrix, or run large property or adversarial searches.  Modules mark their own slow tests
with ``@pytest.mark.slow``; the searches and whole-corpus tests of the extractor's and the corpus's
test modules are listed here so that those modules need no change.  Slow tests still run in the
full run (``pytest``), which is what CI and the README use.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh

#: Fixtures that build a report (execute notebooks) or start a browser.
SLOW_FIXTURES = frozenset({"build", "payload", "previous", "browser", "result"})
#: Fixtures of one module that parse a whole corpus: (module, fixture).
SLOW_MODULE_FIXTURES = frozenset({("tests/test_corpus.py", "bundled")})
#: Tests elsewhere that run big searches or a whole corpus: a test id, or a module for all of its tests.
SLOW_TESTS = (
    "tests/test_properties.py::",
    "tests/test_robust.py::test_adversarial_inputs_finish_in_time",
    "tests/test_gold.py::test_scorer_command_line_passes_with_the_bars",
    "tests/test_national_corpus.py::",  # every one of the 52 work reports
    "tests/test_cli_bad_inputs.py::test_every_subcommand_fails_cleanly_on_every_bad_input",  # ~40 processes
)


def pytest_collection_modifyitems(config, items):
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        module = item.nodeid.split("::", 1)[0]
        if (SLOW_FIXTURES & fixtures or item.nodeid.startswith(SLOW_TESTS)
                or any((module, f) in SLOW_MODULE_FIXTURES for f in fixtures)):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def bundled_report():
    """The bundled report, loaded once for the whole run."""
    return dh.load_report()


@pytest.fixture(scope="session")
def bundled_tables(bundled_report):
    """``all_tables`` of the bundled report, computed once for the whole run (treat as read-only)."""
    return dh.all_tables(bundled_report)
