"""The central budget's re-employment subsidy of 2003, printed as new special funds with their use after them
(中央财政新增47亿元专项补助资金，用于支持就业再就业), is the year's central employment funds: the 2004 report sets 83亿元 for
2004, 36亿元 more than the year before. Named by its use, it is keyed as the series of the later reports is.
Each sentence is quoted verbatim from the report named in its comment.
"""

from __future__ import annotations

from _sentences import fact_at

# national work report 2004
_FUNDS_2003 = "中央财政新增47亿元专项补助资金，用于支持就业再就业。"
_FUNDS_2004 = "今年中央财政预算安排再就业补助资金83亿元，比去年增加36亿元。"


def test_the_funds_named_by_their_use_join_the_series():
    f = fact_at(_FUNDS_2003, "47亿元")
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"]) == (
        "用于支持就业再就业的中央财政专项补助资金", "central_employment_funds", "level", 4.7e9)
    assert fact_at(_FUNDS_2004, "83亿元")["indicator_key"] == "central_employment_funds"
