"""Housing space per head is a glossary concept, three of them: the urban residents' floor space (城镇居民人均住房建筑面积,
城镇人均住房面积), their living space (人均居住面积, the rooms lived in, less than the floor space: the urban measure of
reports before the 2000s) and the rural residents' floor space, which the rural survey measures one way only and
reports name 住房面积 or 居住面积 alike."""

from __future__ import annotations

import dhcheng_analysis as dh
from dhcheng_analysis import vocab

# national_work_reports/2013.txt
HOUSING_2012 = ("2012年底，城镇和农村人均住房面积32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米；城镇居民每百户拥有家用汽车"
                "21.5辆，比2007年增加15.5辆；旅游、文化消费大幅增加。")
# national_work_reports/2003.txt
HOUSING_2002 = "城镇居民人均住房建筑面积由17.8平方米增加到近22平方米，农村居民人均居住面积由22.5平方米增加到26.5平方米。"

URBAN = "urban_per_capita_housing_area"
RURAL = "rural_per_capita_housing_area"


def test_urban_and_rural_housing_space_are_keyed() -> None:
    df = dh.extract_facts(dh.load_report(HOUSING_2012))
    got = [(r.indicator, r.indicator_key, r.measure, r.value) for r in df.itertuples() if r.unit == "平方米"]
    assert got == [("城镇人均住房面积", URBAN, "level", 32.9), ("农村人均住房面积", RURAL, "level", 37.1),
                   ("城镇人均住房面积", URBAN, "abs_change", 2.8), ("农村人均住房面积", RURAL, "abs_change", 5.5)]


def test_rural_living_space_is_the_rural_floor_space() -> None:
    df = dh.extract_facts(dh.load_report(HOUSING_2002))
    got = [(r.indicator_key, r.value) for r in df.itertuples()]
    assert got == [(URBAN, 17.8), (URBAN, 22.0), (RURAL, 22.5), (RURAL, 26.5)]


def test_urban_living_space_is_no_floor_space() -> None:
    assert vocab.indicator_key("城镇人均居住面积") == "urban_per_capita_living_space"
    assert vocab.indicator_key("人均住房面积") == ""  # (urban or rural, or all residents: no one concept)
