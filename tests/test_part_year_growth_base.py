"""A growth of part of a year printed against 上年 is measured against the same months of the year before.

Releases of a month or a quarter shorten 比上年同期 to 比上年 (1-2月 … 比上年下降1.8%); its base is 上年同期, as for a
growth printed with no base, and only a figure of a full year keeps 上年 (the year before).
"""

from __future__ import annotations

from pathlib import Path

from _real_tables import real_table

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


def test_a_growth_of_two_months_against_shang_nian_is_against_the_same_months():
    # Youyang quarter release of 2025 Q1: 1-2月,全县规上服务业实现营业收入3.7亿元, 比上年下降1.8%。
    y = real_table(REAL / "youyang_cq_2025_q1.txt", "yoy").set_index("indicator")
    assert y.loc["规模以上服务业营业收入", "comparator"] == "上年同期"  # (the glossary's name for 规上服务业营业收入)


def test_a_growth_of_a_full_year_keeps_the_year_before():
    # Chengyang statistical bulletin of 2022: 2022年城阳区实现地区生产总值1348.33亿元,比上年增长1.1%。
    y = real_table(REAL / "chengyang_qd_2022_bulletin.txt", "yoy").set_index("indicator")
    assert y.loc["地区生产总值", "comparator"] == "上年"
