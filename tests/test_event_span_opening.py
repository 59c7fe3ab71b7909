"""A paragraph opening with a short clause of what was begun and a span of years back to the year reviewed
(实施西部大开发战略三年来，…) holds that span over its figures, as one opening with the bare span (三年来，…) does:
the years of the programme, not the wider span of the review the paragraph lies in."""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh


def test_a_span_since_a_programme_began_holds_over_its_paragraph(work_reports):
    # national work report 2003, under 一、过去五年政府工作的回顾: 西部大开发开局良好。实施西部大开发战略三年来，国家
    # 通过加大建设投入…，有力地促进了西部地区发展。新开工建设36项重点工程，投资总规模6000多亿元。
    assert work_reports.fact_at(2003, "新开工建设36项重点工程", "36项")["period"] == "2000-2002年"
    assert work_reports.fact_at(2003, "投资总规模6000多亿元", "6000多亿元")["period"] == "2000-2002年"


@pytest.mark.parametrize("paragraph", [
    "疏解整治促提升专项行动开展三年来，全区累计拆除违法建设12万平方米。",
    "疏解整治促提升专项行动开展三年来，全区持续推进。累计拆除违法建设12万平方米。",
])
def test_a_span_since_a_campaign_began_in_a_district_report(paragraph):
    # written: a district's review, the campaign's years since it began
    text = f"2021年北京市东城区政府工作报告\n一、2020年工作回顾\n{paragraph}\n"
    got = dh.extract_facts(dh.load_report(text))
    assert got.loc[got["raw_value"] == "12", "period"].tolist() == ["2018-2020年"]

