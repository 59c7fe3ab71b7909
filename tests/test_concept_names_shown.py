"""The names the key tables give a glossary concept say what is measured, for the report's place.

Energy use per unit of output is named for the output the report's place has: a district's or a city's
单位地区生产总值能耗 (also when printed 万元GDP能耗 or 万元生产总值综合能耗, as GDP printed alone is 地区生产总值), the
nation's 单位国内生产总值能耗 where the report prints it so. One concept (``energy_intensity``) under both names.
PM2.5 is named by what is measured of it, its concentration (细颗粒物浓度), not by the particles alone."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from _real_tables import real_table

import dhcheng_analysis as dh

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"


def _yoy(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _energy_intensity(dh.yoy_changes(source))


def _energy_intensity(t):
    return t[t["indicator_key"] == "energy_intensity"]


@pytest.mark.parametrize(("name", "printed"), [
    ("dongcheng_2018_annual.txt", "单位地区生产总值能耗"),  # 单位地区生产总值能耗预计下降3.8%
    ("chaoyang_2018_h1.txt", "万元GDP能耗"),  # 万元GDP能耗下降2.99%
])
def test_a_districts_energy_intensity_keeps_its_own_name(name, printed):
    rows = _energy_intensity(real_table(TEXTS / name, "yoy"))  # (yoy_changes of the excerpt, built once a run)
    assert list(rows["indicator_as_printed"]) == [printed]
    assert list(rows["indicator"]) == ["单位地区生产总值能耗"]


def test_the_nations_energy_intensity_keeps_the_national_name():
    # 2016 national work report (verbatim)
    rows = _yoy("单位国内生产总值能耗下降5.6%。")
    assert list(rows["indicator"]) == ["单位国内生产总值能耗"]


def test_pm25_is_named_by_its_concentration():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        head = real_table(TEXTS / "dongcheng_2018_annual.txt", "headline")
    row = head[head["indicator_key"] == "pm25"].iloc[0]  # 细颗粒物年均浓度52微克/立方米,下降13.3%
    assert (row["indicator"], row["indicator_as_printed"]) == ("细颗粒物浓度", "细颗粒物年均浓度")
