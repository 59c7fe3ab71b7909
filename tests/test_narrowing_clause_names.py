"""A clause of no figure that says its subject narrows (城乡收入比持续缩小,) names the figure of the next clause, as one
that says it grows or falls does (城镇登记失业率持续下降,为2.1%), also when a time opens the sentence.

The sentence is youyang_cq_2025_q1's (``tests/gold/real/texts``); the time opening it (一季度,) is added as a
regression fixture, as a report prints its period before the subject.
"""

from __future__ import annotations

import pytest
from _sentences import fact

YOUYANG = "城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1。"  # youyang_cq_2025_q1, verbatim


@pytest.mark.parametrize("text", [YOUYANG, "一季度," + YOUYANG])
@pytest.mark.parametrize("printed", ["2.05", "2.02"])
def test_a_narrowing_ratio_names_the_figures_after_it(text, printed):
    f = fact(text, printed + ":")
    assert (f["indicator"], f["measure"]) == ("城乡收入比", "ratio")
    assert "no_subject" not in f["flags"]


def test_a_narrowing_ratio_printed_bare_names_its_figure():
    # regression fixture: the ratio printed as its first term after a narrowing clause opened by a time
    f = fact("2023年,全县城乡居民收入倍差缩小,为2.02。", "2.02")
    assert (f["indicator"], f["measure"]) == ("城乡居民收入倍差", "ratio")
