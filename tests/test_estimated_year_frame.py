"""A frame of two years that opens the sentence with an estimate word between them (一九八二年预计比一九八一年，)
compares every clause after it with its second year, as the frame without it does (一九八一年比一九八○年，原煤增长…):
a change on the year before stays yoy_pct. Sentences copied verbatim from the report named in the comment."""

from __future__ import annotations

import pytest

# 1982
ESTIMATED = ("一九八二年预计比一九八一年，原煤增长百分之四点六，原油增长百分之零点五，电力增长百分之五点一，钢材增长百分之一点九，"
             "水泥增长百分之八点六。")


@pytest.mark.parametrize(("printed", "name"), [("百分之四点六", "原煤"), ("百分之八点六", "水泥")])
def test_an_estimated_frame_of_two_years_names_the_base(work_reports, printed, name):
    f = work_reports.fact_at(1982, ESTIMATED, printed)
    assert (f["indicator"], f["measure"], f["comparator"], f["status"]) == (name, "yoy_pct", "一九八一年", "estimate")


def test_the_frame_without_the_estimate_word_still_names_it(work_reports):
    s = "一九八一年比一九八○年，原煤增长百分之零点二，原油下降百分之四点五，电力增长百分之二点九，钢材下降百分之一点七，水泥增长百分之三点八。"
    f = work_reports.fact_at(1982, s, "百分之四点五")
    assert (f["indicator"], f["comparator"], f["value"]) == ("原油", "一九八○年", -4.5)
