"""The share of urban households the affordable housing programme covers (城镇保障性住房覆盖面, 住房保障覆盖率) is a
glossary concept: a five-year plan's target for it and the outcome a later report states key alike, so the two can be
set side by side; a coverage of other schemes keeps no key of it."""

from __future__ import annotations

import dhcheng_analysis as dh
from dhcheng_analysis import vocab

# national_work_reports/2011.txt (the targets of the twelfth five-year plan)
PLAN_2011 = ("城乡基本养老、基本医疗保障制度实现全覆盖，提高并稳定城乡三项基本医疗保险参保率，政策范围内的医保基金支付水平提高到70% 以上，"
             "全国城镇保障性住房覆盖面达到20%左右。")
# national_work_reports/2013.txt (the review of five years)
REVIEW_2013 = "建立健全城镇保障性住房制度，覆盖面逐步扩大，2012年底已达到12.5%。"


def test_plan_target_of_housing_coverage_is_keyed() -> None:
    df = dh.extract_facts(dh.load_report(PLAN_2011))
    row = df[df["value"] == 20.0].iloc[0]
    assert (row["indicator"], row["indicator_key"], row["measure"], row["qualifier"]) == (
        "全国城镇保障性住房覆盖面", "affordable_housing_coverage", "rate_pct", "about")
    assert df[df["value"] == 70.0].iloc[0]["indicator_key"] == ""  # (the insurance fund's share paid)


def test_housing_coverage_reached_is_keyed() -> None:
    df = dh.extract_facts(dh.load_report(REVIEW_2013))
    row = df[df["value"] == 12.5].iloc[0]
    assert (row["indicator"], row["indicator_key"], row["measure"], row["period"]) == (
        "城镇保障性住房制度覆盖面", "affordable_housing_coverage", "rate_pct", "2012年底")


def test_other_coverages_keep_their_keys() -> None:
    assert vocab.indicator_key("住房保障覆盖率") == "affordable_housing_coverage"
    assert vocab.indicator_key("森林覆盖率") == "forest_coverage"
    assert vocab.indicator_key("覆盖面") == ""
