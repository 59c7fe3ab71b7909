"""The CSV writer's fuzz property (``fuzz/fuzz_csv.py``) for a short, fixed set of tables.

Hypothesis draws the tables (derandomised, so every run checks the same ones); the same
property runs coverage-guided under atheris (see ``fuzz/README.md``).
"""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

_SPEC = importlib.util.spec_from_file_location("fuzz_csv", Path(__file__).parents[1] / "fuzz" / "fuzz_csv.py")
fuzz_csv = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fuzz_csv)

PIECES = ["=", "+", "-", "@", "\t", "\r", "\n", " ", "\u3000", "＝", "＋", "－", "＠", "'", '"', ",", ";", "1", "7",
          ".", "e", "E", "HYPERLINK(", "SUM(A1)", "cmd|' /C calc'!A0", "收入", "增长", "%", "\x00", "\ufeff"]
cell = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.lists(st.sampled_from(PIECES), max_size=6).map("".join),
    st.from_regex(r"[ ]?[+-]?\d{1,4}(\.\d{0,3})?([eE][+-]?\d)?", fullmatch=True),
)
numbers = st.floats(allow_nan=True, allow_infinity=True)


@st.composite
def tables(draw):
    nrows = draw(st.integers(0, 6))
    ncols = draw(st.integers(1, 3))
    texts = [draw(st.lists(cell, min_size=nrows, max_size=nrows)) for _ in range(ncols)]
    return texts, draw(st.lists(numbers, min_size=nrows, max_size=nrows))


@settings(max_examples=80, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(tables())
@example(([["=HYPERLINK(\"http://x\")", "-7", "-1+1", "@SUM(1)", " =1", "\t=1", "－3", None, "", "'=x"]],
          [1.5, -7.0, math.nan, math.inf, -0.0, 1e300, 0.1 + 0.2, -1e-7, 3.0, 0.0]))
def test_csv_writer_never_leaves_a_formula_and_keeps_everything_else(table):
    fuzz_csv.check_csv_round_trip(*table)
