"""The key tables of real excerpts read against the facts and sentences they are built from.

Each report is one of ``tests/gold/real/texts`` (loaded whole); the sentence each test reads is quoted in its
comment. A headline row is of the report's own place, not of the city around it printed first; a growth
has the level printed with it, not a bound that level passed.
"""

from __future__ import annotations

from _real_tables import real_tables


def headline(name: str):
    return real_tables(name)["headline"].set_index("indicator_as_printed")


def test_a_headline_row_is_of_the_district_not_of_the_city_printed_before_it():
    # xicheng_m1to5_indicators_table: 1-5月,北京市实现社会消费品零售总额5391.9亿元,同比下降7.7%,西城区实现社会消费品
    # 零售总额389.9亿元,同比下降8.6%,占北京市的比重为7.2%。
    row = headline("xicheng_m1to5_indicators_table").loc["社会消费品零售总额"]
    assert (row["level"], row["yoy_pct"]) == (3.899e10, -8.6)


def test_a_growth_has_the_level_printed_with_it_not_the_bound_it_passed():
    # xicheng_2023_annual: 地方级一般公共预算收入完成1012.9亿元,突破千亿元大关,同比增长10.6%  (the level of the growth is
    # 1012.9亿元; 千亿元 is the mark it passed)
    y = real_tables("xicheng_2023_annual")["yoy"].set_index("indicator_as_printed")
    row = y.loc["地方级一般公共预算收入"]
    assert (row["change_pct"], row["level"]) == (10.6, 1.0129e11)
    assert round(row["implied_prior_level"] / 1e8, 1) == 915.8
