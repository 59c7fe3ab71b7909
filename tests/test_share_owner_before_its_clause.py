"""A share whose own clause opens with 在 (…，在全国农户总数中的比重，将达到…) is owned by the clause before it.

Old reports set a long owner apart by a comma: 参加…的农户，在全国农户总数中的比重，… and 国营…的工业的产值，在工业总产值
（包括…，不包括…）中所占的比重，已由…: the clause before the share's own names what the share is of, when it holds no
figure; a note in brackets inside the share's clause does not part it from its 在. A connective heading a name (因而) is
no part of it. Each sentence is quoted verbatim from the report named in its comment.
"""

from __future__ import annotations

from _sentences import fact_at


def test_the_owner_of_a_share_stands_in_the_clause_before_its_own():
    # national work report 1955
    got = fact_at("到一九五七年，参加现有的初级形式的农业生产合作社的农户，在全国农户总数中的比重，将达到三分之一左右。",
                  "三分之一")
    assert (got["indicator"], got["measure"], got["period"]) == (
        "参加现有的初级形式的农业生产合作社的农户在全国农户总数中的比重", "rate_pct", "一九五七年")


def test_a_note_in_brackets_does_not_part_the_share_from_its_owner():
    # national work report 1955
    s = ("在这个时期，公私工业都有发展，但国营工业的发展速度远远超过了私营工业，私营工业中的一部分已经转变为公私合营，"
         "因而国营、合作社营和公私合营的工业的产值，在工业总产值（包括现代工业和工场手工业的产值，不包括合作化手工业和"
         "个体手工业的产值）中所占的比重，已由一九四九年的百分之三十六点七上升到一九五二年的百分之六十一，而私营工业的"
         "产值所占的比重，则由一九四九年的百分之六十三点三下降为一九五二年的百分之三十九。")
    for printed, period in (("百分之三十六点七", "一九四九年"), ("百分之六十一", "一九五二年")):
        got = fact_at(s, printed)
        assert (got["indicator"], got["measure"], got["period"]) == (
            "国营、合作社营和公私合营的工业的产值在工业总产值中所占的比重", "rate_pct", period), printed
    assert fact_at(s, "百分之三十九")["indicator"] == "私营工业的产值所占的比重"  # (its owner printed in its clause)


def test_a_share_after_a_figure_of_its_owner_keeps_that_owner():
    # national work report 1955: the share of the clause after a figure is of the owner of the share before
    s = ("一九五二年，国营商业和合作社营商业在国内商业批发中的比重达到百分之六十三，在社会零售中的比重达到百分之三十四，"
         "对外贸易已由国家管制。")
    assert fact_at(s, "百分之三十四")["indicator"] == "国营商业和合作社营商业在社会零售中的比重"
