"""A part of a year printed right after its year (一九五八年上半年, 1980年上半年, 2020年上半年) is one period, the year
kept: the half of the year named, not a half of the report's own year. The national sentences are copied verbatim from
the report named in their comment; the district sentence is a written regression fixture in the frame of a 2021
mid-year report."""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD, fact


@pytest.mark.parametrize(("year", "sentence", "printed", "period"), [
    (1959, "一九五八年上半年小学生有三百一十九万人，中等学校学生三十一万人，高等学校学生一万六千人。", "三百一十九万人",
     "一九五八年上半年"),
    (1959, "一九五八年上半年小学生有三百一十九万人，中等学校学生三十一万人，高等学校学生一万六千人。", "一万六千人",
     "一九五八年上半年"),
    (1980, "1980年上半年职工住宅施工面积7，371万平方米，比去年同期又有所增长。", "7，371万平方米", "1980年上半年"),
    (1980, "1979年进出口贸易总额比上年增长28％，1980年上半年又比去年同期增长20.2％。", "20.2％", "1980年上半年"),
])
def test_a_national_half_year_keeps_its_year(work_reports, year, sentence, printed, period):
    assert work_reports.fact_at(year, sentence, printed)["period"] == period


@pytest.mark.parametrize(("sentence", "printed", "period"), [
    ("2020年上半年全区地区生产总值完成100亿元。", "100亿元", "2020年上半年"),
    ("2019年一季度，全区税收收入增长5%。", "5%", "2019年一季度"),
])
def test_a_district_part_of_another_year_keeps_its_year(sentence, printed, period):
    assert fact(MIDYEAR_HEAD + sentence, printed, sentence)["period"] == period
