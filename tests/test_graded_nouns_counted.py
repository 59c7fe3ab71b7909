"""A figure that grades the noun a count is of (百亿级, 千亿元级) is part of that noun, not a figure ending it.

A name after a count never runs into the next figure (两次接近三亿吨), but a figure with 级 after it only says
the grade of the things counted, as one with 的 after it does (五万千瓦的发电设备): 培育5个百亿级产业集群 counts
百亿级产业集群. No report at hand prints the shape before a count, so its sentences are written, as district
and city plans print them.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written
    ("培育5个百亿级产业集群。", "5个", "培育百亿级产业集群"),
    # written
    ("打造3个千亿元级产业园区，新增规上工业企业20家。", "3个", "千亿元级产业园区"),
])
def test_a_graded_noun_names_the_count(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"].endswith(name)
