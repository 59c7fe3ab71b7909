"""The air-quality quantities a district reports under their other usual names are the glossary's.

空气质量优良率 is the share of days with good or excellent air (优良天数比例), and 空气质量达标天数 the days whose air
meets the standard (AQI at most 100: the good and excellent days).  The bare 优良率 and 达标天数 stay unkeyed: a
project's, a water body's or a product's rate of passing is printed so too.
"""

from __future__ import annotations

import pytest

from dhcheng_analysis.vocab import indicator_key


@pytest.mark.parametrize(("name", "key"), [
    ("空气质量优良率", "good_air_days_ratio"),
    ("空气优良率", "good_air_days_ratio"),
    ("空气质量达标天数比例", "good_air_days_ratio"),
    ("空气质量达标天数", "good_air_days"),
    ("优良率", ""),
    ("达标天数", ""),
    ("水质优良率", ""),
])
def test_air_quality_names(name, key):
    assert indicator_key(name) == key


def test_a_bulletins_good_days_and_their_rise_are_keyed():
    # tests/gold/constructed/short_bulletins (a regression fixture written in the bulletins' style)
    import dhcheng_analysis as dh

    text = "1-6月，全区PM2.5累计平均浓度为38微克/立方米，同比下降17.4%；空气质量达标天数121天，比上年同期增加14天。"
    facts = dh.extract_facts(dh.load_report(text))
    got = facts.loc[facts["indicator"] == "空气质量达标天数", ["measure", "indicator_key"]]
    assert got.values.tolist() == [["level", "good_air_days"], ["abs_change", "good_air_days"]]
