"""Readings of figures in district reports, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts``, ``tests/gold/constructed`` or ``data/``
(named in the comment above it); each test states the name, period, comparator or status of one figure of it,
or that a number of it is no figure.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts


# -- a rank's group is the words after its own rank verb, never across a 、 to the rank before it ------------

@pytest.mark.parametrize(("printed", "group"), [("第5位", "全市"), ("第一", "郊区")])
def test_rank_group_is_after_its_own_verb(printed, group):
    # shunyi_2022_fy
    got = fact("全年实现地区生产总值2135.6亿元，比上年增长1.2%，总量居全市第5位、列郊区第一。", printed)
    assert (got["measure"], got["comparator"]) == ("rank", group)
