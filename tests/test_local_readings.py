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


# -- a note of what a statistic covers (统计范围为…, …是指…) bounds a class: its bound is no figure -----------

def test_bound_in_a_note_of_scope_is_no_figure():
    # short_bulletins, the 【说明】 closing a bulletin
    text = ("【说明】本快讯数据截至2021年7月15日，“十四五”时期相关指标另行发布。部分数据因四舍五入，分项之和与总计略有"
            "差异；部分指标为初步统计数，最终以年报数据为准。规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。")
    assert not facts(text)["raw_value"].eq("2000").any()
