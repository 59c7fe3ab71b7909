"""A table shows one period one way: the months from January a report covers, of its own year, printed
2018年1-6月 in one paragraph and 1-6月 in the next, is one half-year, and each table shows it as the report's
spelling its facts print most often without the year (1-6月), so that grouping a table by period finds one period. A period of another year or of
fewer months (2017年上半年, 1-5月) stays as printed."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import dhcheng_analysis as dh
from dhcheng_analysis.tables import one_spelling

REAL = Path(__file__).parent / "gold" / "real" / "texts"


def test_headline_of_xicheng_2018_h1_shows_one_half_year() -> None:
    """Real excerpt, tests/gold/real/texts/xicheng_2018_h1_indicators.txt: 2018年1-6月,西城区实现社会消费品零售总额
    501.5亿元 and, further on, 1-6月 figures of the budget — both rows of the first half of 2018."""
    tables = dh.all_tables(dh.load_report(REAL / "xicheng_2018_h1_indicators.txt"))
    for name in ("headline", "yoy"):
        periods = set(tables[name]["period"]) - {""}
        assert "2018年1-6月" not in periods and "1-6月" in periods, (name, periods)
    row = tables["headline"].set_index("indicator").loc["社会消费品零售总额"]
    assert row["period"] == "1-6月"


def test_other_times_keep_their_spelling_in_xicheng_2018_h1() -> None:
    """Real excerpt, tests/gold/real/texts/xicheng_2018_h1_indicators.txt (a report of 2018年上半年): a half-year
    of another year, a shorter run of months and a day cut off at keep the spelling printed."""
    report = dh.load_report(REAL / "xicheng_2018_h1_indicators.txt")
    periods = pd.Series(["2018年1-6月", "1-6月", "上半年", "2017年上半年", "1-5月", "截至6月底", "全年", ""])
    shown = one_spelling(periods, report, dh.extract_facts(report)["period"]).tolist()
    assert shown == ["1-6月", "1-6月", "1-6月", "2017年上半年", "1-5月", "截至6月底", "全年", ""]


def test_chaoyang_2024_h1_heading_and_lead_paragraph_are_one_half_year() -> None:
    """Real excerpt, tests/gold/real/texts/chaoyang_2024_h1.txt: the lead paragraph's 上半年GDP增长5.3% and the facts
    under 一、2024年计划上半年执行情况 / (一)… dated 2024年上半年 by the heading are one half-year: a table shows 上半年."""
    report = dh.load_report(REAL / "chaoyang_2024_h1.txt")
    facts = dh.extract_facts(report)
    assert {"上半年", "2024年上半年"} <= set(facts["period"])  # the facts keep the periods as stated
    assert set(one_spelling(facts["period"], report, facts["period"])) == {"上半年"}
