"""Names, measures and bases of figures in local statistical bulletins and work summaries, on verbatim
sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts`` (named in the comment above it); each
test states the name, measure or base of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# -- the trend its name is said to follow ends no name ---------------------------------------------------

@pytest.mark.parametrize("printed", ["2.05", "2.02"])
def test_a_trend_after_a_ratio_is_no_part_of_its_name(printed):
    # youyang_cq_2025_q1
    text = "城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1。"
    f = fact(text, printed + ":")
    assert (f["indicator"], f["measure"]) == ("城乡收入比", "ratio")
