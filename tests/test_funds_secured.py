"""Funds secured (争取到, 已争取, 累计争取, 共争取) are outcomes; 争取 alone, and 争取到 before a year, set a target.

District reports look back on the funds they obtained from higher levels in these words; no text at hand prints
them before a figure (the work reports use 争取 only for aims), so the report here is written in the form of a
district's mid-year report and is a regression fixture, not evidence.
"""

from __future__ import annotations

from _sentences import facts

REPORT = """一、上半年工作情况
今年以来，累计争取到上级资金12.3亿元。
上半年，共争取中央和市级补助资金5.6亿元，同比增长12%。
全区已争取专项债券额度20亿元。
二、下半年工作安排
积极争取新增专项债券资金30亿元。
争取到2025年全区地区生产总值达到3000亿元。
争取全年完成固定资产投资200亿元。
"""


def read() -> dict[float, tuple[str, str]]:
    f = facts(REPORT)
    return {r.value: (r.indicator, r.status) for r in f.itertuples() if r.measure == "level"}


def test_funds_secured_are_outcomes_named_by_the_funds():
    got = read()
    assert got[1.23e9] == ("上级资金", "actual")
    assert got[5.6e8] == ("中央和市级补助资金", "actual")
    assert got[2e9] == ("专项债券额度", "actual")


def test_funds_to_secure_and_years_to_reach_are_targets():
    got = read()
    assert got[3e9] == ("新增专项债券资金", "target")
    assert got[3e11] == ("地区生产总值", "target")
    assert got[2e10] == ("固定资产投资", "target")
