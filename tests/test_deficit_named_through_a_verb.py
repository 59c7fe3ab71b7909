"""A deficit, loss or gap said to appear (国家财政出现较大的赤字) is named by its owner and the noun, less the verb and
the words of its size (国家财政赤字, the glossary's fiscal deficit)."""

from __future__ import annotations

import dhcheng_analysis as dh


def test_a_deficit_that_appeared_is_the_fiscal_deficit(work_reports):
    # national work report 1986: “五五”末期，国家财政出现较大的赤字，一九七九和一九八○两年合计近三百亿元。
    f = work_reports.fact_at(1986, "一九七九和一九八○两年合计近三百亿元", "三百亿元")
    assert (f["indicator"], f["indicator_key"], f["period"], f["qualifier"]) == (
        "国家财政赤字", "fiscal_deficit", "1979-1980年", "nearly")


def test_a_gap_of_receipts_and_spending_that_appeared_keeps_its_owner():
    # the 1986 sentence's shape with a gap of a district's budget
    f = dh.extract_facts("全区财政出现较大的收支缺口，两年合计近3亿元。")
    assert list(f["indicator"]) == ["财政收支缺口"]
