"""农业生产总值, as the reports of the 1950s print 农业总产值 at times (as 工农业生产总值 is 工农业总产值), is the gross
agricultural output the glossary keys ``agricultural_output``."""

from __future__ import annotations


def test_gross_agricultural_output_printed_as_production_value_is_keyed(work_reports):
    # 1957.txt
    s = "1949年全国农业生产总值是三百二十六亿元，1956年上升到五百八十三亿元，比1949年增长了79%。"
    for printed, period in (("三百二十六亿元", "1949年"), ("五百八十三亿元", "1956年"), ("79%", "1956年")):
        got = work_reports.fact_at(1957, s, printed)
        assert (got["indicator"], got["indicator_key"], got["period"]) == ("全国农业生产总值", "agricultural_output", period)
