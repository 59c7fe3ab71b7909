"""Property searches over the narrative templates and tables: no value from a report adds markup.

Slow (``tests/conftest.py``): the quick subset runs the examples and payloads of ``test_narrative.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fuzz"))
from narrative_check import check_narrative, check_table  # noqa: E402

_TEMPLATE_PIECES = st.sampled_from(["**", "\n", "报告：", "同比", "{a}", "{b}", " ", "<", "&", "%", "·", "- "])


@settings(max_examples=80, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(template=st.lists(_TEMPLATE_PIECES, max_size=10).map("".join),
       a=st.text(max_size=40), b=st.text(max_size=40))
@example(template="- {a}", a="<script>alert(1)</script>", b="")
@example(template="**{a}", a="</strong><img src=x onerror=alert(1)>", b="")
def test_property_no_value_adds_markup(template, a, b):
    check_narrative(template, {"a": a, "b": b})


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=4))
def test_property_tables_hold_only_table_markup(cells):
    check_table(cells)
