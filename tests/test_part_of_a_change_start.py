"""A part of a change from one time to another belongs to its total at the same time: under
"公路通车里程由1997年的123万公里增加到2002年的176万公里，其中高速公路由4771公里增加到2.52万公里" the motorways'
1997 length is a part of the roads' 1997 length and their 2002 length of the roads' 2002 length. Verbatim sentence of
the 2003 national work report."""

from __future__ import annotations

import dhcheng_analysis as dh

ROADS = ("公路通车里程由1997年的123万公里增加到2002年的176万公里，其中高速公路由4771公里增加到2.52万公里，"
         "从居世界第三十九位跃升到第二位。\n")


def _by_raw(facts, raw: str):
    rows = facts[facts["raw_value"] == raw]
    assert len(rows) == 1, raw
    return rows.iloc[0]


def test_the_start_of_a_part_is_under_the_start_of_its_total():
    f = dh.extract_facts(ROADS)
    start, end = _by_raw(f, "123"), _by_raw(f, "176")
    part_start, part_end = _by_raw(f, "4771"), _by_raw(f, "2.52")
    assert (part_start["relation"], part_start["parent_id"]) == ("part", start["fact_id"])
    assert (part_end["relation"], part_end["parent_id"]) == ("part", end["fact_id"])
    assert part_start["period"] == start["period"] == "1997年"
