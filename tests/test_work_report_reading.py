"""Names, measures and statuses of figures in sentences of the State Council government work reports.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading by eye found wrong.
"""

from __future__ import annotations

import warnings

import dhcheng_analysis as dh


def facts(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)


def fact(text: str, printed: str) -> dict:
    """The fact whose printed figure is ``printed``."""
    f = facts(text)
    hit = (f["raw_value"].to_numpy() == printed).nonzero()[0]
    assert len(hit) == 1, f[["raw_value", "indicator"]].to_string()
    return f.iloc[hit[0]].to_dict()


# -- a place noun keeps the bracket of the kinds of place it stands for ------------------------------

def test_bracket_of_kinds_after_a_counted_place_is_part_of_its_name():
    # 2006
    s = "28个省（区、市）、2300个县（市）已初步建立社会救助体系的基本框架。"
    assert fact(s, "28")["indicator"] == "省（区、市）"
    assert fact(s, "2300")["indicator"] == "县（市）"
    # 2005
    assert fact("农村信用社改革扩大到29个省（自治区、直辖市）。", "29")["indicator"] == "省（自治区、直辖市）"


def test_bracket_of_kinds_stays_in_a_count_named_by_its_clause():
    # 2012
    r = fact("2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。", "2147")
    assert r["indicator"] == "实施城镇居民社会养老保险试点的县（市、区）"
    # 2006
    r = fact("28个省（区、市）全部免征了农业税，全国取消了牧业税。", "28")
    assert r["indicator"] == "全部免征了农业税的省（区、市）"
