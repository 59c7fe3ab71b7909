"""将 before what a figure will come to be equal to or hold only a share of (将等于一九四九年的三点一倍, 将只占百分之
二十九) projects an outcome, as 将 before what a measure brings about does (将带动, 将惠及): an estimate, no goal set
and no outcome reached."""

from __future__ import annotations

from _sentences import fact_at


def test_a_multiple_it_will_equal_is_an_estimate(work_reports):
    # 1954.txt
    s = "一九五四年消費資料的生産將等於一九四九年的三點一倍左右，而生産資料的生産却將等於一九四九年的五點七倍左右。"
    for printed in ("三點一倍", "五點七倍"):
        got = work_reports.fact_at(1954, s, printed)
        assert (got["status"], got["period"], got["comparator"]) == ("estimate", "一九五四年", "一九四九年")


def test_a_share_it_will_only_hold_is_an_estimate(work_reports):
    # 1954.txt
    s = "這就是說，沒有轉爲公私合營的資本主義工業在工業總産值中的比重，將只佔百分之二十九左右了。"
    got = work_reports.fact_at(1954, s, "百分之二十九")
    assert (got["measure"], got["status"], got["qualifier"]) == ("rate_pct", "estimate", "about")


def test_a_share_it_will_hold_set_by_a_plan_stays_a_target():
    # (written in the reports' style: 将占 with no word of only is the plan's share)
    got = fact_at("2021年政府工作报告\n到2025年，数字经济核心产业增加值将占地区生产总值的10%。", "10%")
    assert got["status"] == "target"
