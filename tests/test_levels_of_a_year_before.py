"""A figure reached against the level of an earlier year (达到一九五〇年的一點八倍, 恢复到2019年同期的95.3%) is an outcome:
``到`` before a year after 达, 恢复 or 回 names the year whose level is reached, not the year a plan runs to (到2025年).
Read on the bundled work reports (year in the comment)."""

from __future__ import annotations

from _copy_forms import fact_at, read


def test_reached_the_level_of_an_earlier_year(work_reports):
    # 1954: 在一九五三年，社會商品零售總額已經增加到三百二十五萬億元，等於一九五〇年的一點八倍，對外貿易也達到一九五〇年的一點八倍。
    trade = work_reports.fact_at(1954, "對外貿易也達到一九五〇年的一點八倍", "一點八倍")
    assert (trade["indicator"], trade["status"]) == ("對外貿易", "actual")
    # 1954: 公私合營工業的産值在一九五三年已經達到一九四九年的九倍多，預計在一九五四年又將等於一九五三年的兩倍多。
    assert work_reports.fact_at(1954, "已經達到一九四九年的九倍多", "九倍")["status"] == "actual"


def test_recovered_to_the_same_period_of_a_year_before():
    text = "上半年，全区接待游客1234.5万人次，实现旅游总收入123.4亿元，分别恢复到2019年同期的95.3%和89.2%。"
    read_text = read(text)
    for printed in ("95.3%", "89.2%"):
        f = fact_at(read_text, "分别恢复到2019年同期的95.3%和89.2%", printed)
        assert (f["status"], f["comparator"]) == ("actual", "2019年同期"), printed


def test_a_year_a_plan_runs_to_stays_a_target():
    f = fact_at(read("到2025年，全区地区生产总值达到2000亿元。"), "达到2000亿元", "2000亿元")
    assert f["status"] == "target"
