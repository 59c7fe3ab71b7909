"""A clause that only frames a time (在…期间，在过去几年中，) names nothing, and 增加最多 ends no name.

在过去的几个五年计划期间，财政收入增加最多的是“五五”时期，一九八○比一九七五年增加二百二十六亿元 (1986): the amounts are of
财政收入, the subject of the clause after the frame, less the words that say its rise was the largest.
"""

from __future__ import annotations

import dhcheng_analysis as dh


def test_a_time_frame_clause_names_nothing_and_the_largest_rise_is_of_its_subject(work_reports):
    # national work report 1986
    for printed in ("二百二十六亿元", "七百八十六亿元"):
        f = work_reports.fact_at(1986, "一九八○比一九七五年增加二百二十六亿元，而“六五”期间的增加额大大超过“五五”间期，"
                                 "一九八五年比一九八○年增加七百八十六亿元", printed)
        assert (f["indicator"], f["indicator_key"], f["measure"]) == ("财政收入", "general_budget_revenue",
                                                                      "abs_change"), printed


def test_a_time_frame_clause_before_a_bare_change_leaves_it_unnamed():
    # the frame of the 1986 sentence, alone before a change printed with no subject: no name, not the frame
    f = dh.extract_facts("在过去的几个五年计划期间，一九八○比一九七五年增加二百二十六亿元。")
    assert list(f["indicator"]) == [""]
