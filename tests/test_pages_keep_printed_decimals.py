"""A figure the pages show keeps every decimal the report prints it with.

An amount read from a report is shown with the decimals it carries in its display unit (786.15亿元 is not
786.1亿元: the one-decimal form of amounts of 100 or more rounds 786.15 down, as the binary float lies just below
it, and drops the printed hundredth of 1101.04亿元). A figure computed from others (a prior-year level) has more
decimals than any printed one and is rounded as before.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd
from _real_tables import real_table

from dhcheng_analysis import display

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


@cache
def _headline(name: str) -> pd.DataFrame:
    return real_table(REAL / f"{name}.txt", "headline").set_index("indicator")


def test_a_printed_amount_keeps_its_hundredths():
    # Yuhang work report of 2015: 完成固定资产投资786.15亿元,增长24.5%。
    row = _headline("yuhang_hz_2015_gwr").loc["固定资产投资"]
    assert display.format_cell("level", row) == "786.15亿元"
    # 全区实现生产总值1101.04亿元
    assert display.format_cell("level", _headline("yuhang_hz_2015_gwr").loc["地区生产总值"]) == "1,101.04亿元"


def test_a_derived_amount_is_rounded_as_before():
    # Yuhang work report of 2015: 786.15亿元 / 1.245 = 631.445…亿元, derived
    row = _headline("yuhang_hz_2015_gwr").loc["固定资产投资"]
    assert display.format_cell("implied_prior_level", row) == "631.4亿元"


def test_a_balance_in_the_year_on_year_table_is_shown_as_printed():
    # Youyang quarter release of 2025 Q1: 3月末,全县本外币存贷余额440.95亿元,增长6.4%;贷款余额354.88亿元,增长2.6%。
    y = real_table(REAL / "youyang_cq_2025_q1.txt", "yoy")
    shown = {display.format_level(r["level"], r["level_unit"]) for _, r in y.iterrows()}
    assert {"440.95亿元", "354.88亿元"} <= shown


def test_printed_decimals():
    # written figures: an amount in its display unit, and a computed one
    assert display.printed_decimals(1348.33) == 2
    assert display.printed_decimals(9.4) == 1
    assert display.printed_decimals(1333.6597430406852) == 0


def test_an_english_amount_keeps_the_printed_hundredths_of_its_yi():
    # Yuhang work report of 2015: 完成固定资产投资786.15亿元 (78.615 bn)
    row = _headline("yuhang_hz_2015_gwr").loc["固定资产投资"]
    assert display.format_cell("level", row, "en") == "78.615 bn yuan"
