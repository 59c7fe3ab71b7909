"""A count in Chinese numerals ending the noun after a figure is no part of the noun, nor a predicate of it.

三十万千瓦的核电站一个: the capacity is of the station, and 一个 counts the stations; the noun read after the
capacity's 的 ends before the count, as it does where the count is printed in digits. The count names nothing said of
the station (no 一个的核电站).
Sentences are quoted from the national work reports the tests name.
"""

from __future__ import annotations

import dhcheng_analysis as dh

# national work report 1982, 二、关于基本建设的规模、重点和企业的技术改造 (verbatim)
STATIONS = ("五年内新建和续建装机容量四十万千瓦以上的水电站十五个，二十万千瓦以上的火电站四十五个，三十万千瓦的核电站一个，"
            "加上小型电站的建设，全国电站建设总规模为三千六百六十万千瓦。")


def _facts(text: str) -> dict[str, dict]:
    facts = dh.extract_facts(dh.load_report(text))
    return {r["raw_value"] + r["raw_unit"]: r for r in facts.to_dict("records")}


def test_the_capacity_is_of_the_station_the_count_after_it_counts():
    facts = _facts(STATIONS)
    assert facts["三十万千瓦"]["indicator"] == "核电站"
    assert (facts["一个"]["indicator"], facts["一个"]["value"]) == ("核电站", 1.0)


def test_the_other_items_of_the_list_keep_their_names():
    facts = _facts(STATIONS)
    assert facts["十五个"]["indicator"] == "新建和续建装机容量四十万千瓦以上的水电站"
    assert facts["四十五个"]["indicator"] == "新建和续建装机容量二十万千瓦以上的火电站"
    assert facts["三千六百六十万千瓦"]["indicator"] == "全国电站建设总规模"


def test_the_count_in_numerals_names_as_the_count_in_digits():
    # the same clause with its count printed in digits and in Chinese numerals
    digits = _facts("五年内新建三十万千瓦的核电站1个，全国电站建设总规模为三千六百六十万千瓦。")
    numerals = _facts("五年内新建三十万千瓦的核电站一个，全国电站建设总规模为三千六百六十万千瓦。")
    assert numerals["三十万千瓦"]["indicator"] == digits["三十万千瓦"]["indicator"]


def test_the_sixth_plan_station_in_the_report(work_reports):
    # national work report 1982
    f = work_reports.fact_at(1982, "三十万千瓦的核电站一个", "三十万")
    assert f["indicator"] == "核电站"
