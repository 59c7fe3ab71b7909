"""A count of years printed right before an average per year (两年平均每年) is the span the average is over.

An average per year whose period is one year, with 两年 (三年, …) right before 平均每年 or 年均, is over that many
years up to its own (一九八二年预计…，两年平均每年递增百分之五点三 → 1981-1982年); 前三年 counts the years before the
one printed and sets none. Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

from _sentences import fact

# national work report 1982
S1982 = ("农业总产值一九八一年比一九八○年增长百分之五点七，一九八二年预计比一九八一年增长百分之五，"
         "两年平均每年递增百分之五点三。")


def test_two_years_before_an_average_are_its_span() -> None:
    f = fact(S1982, "百分之五点三")
    assert (f["measure"], f["comparator"], f["period"]) == ("change_pct", "平均每年", "1981-1982年")


def test_each_year_keeps_its_own() -> None:
    assert fact(S1982, "百分之五，")["period"] == "一九八二年"
