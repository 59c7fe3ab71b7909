"""Readings of the whole national work reports of 1999 and 2003, on their verbatim sentences (the year of each is in
the comment).

A budget's deficit printed with 预算 inside its name (中央财政预算赤字) is the deficit of that budget, as the name
with 预算 after it (中央财政赤字预算) is; the status says it is planned.
"""

from __future__ import annotations

from _sentences import fact

# 1999
_DEFICIT_1999 = "今年中央财政预算赤字 1503亿元，比去年增加了，但发债规模并没有扩大。"


def test_budget_deficit_with_budget_inside_its_name_is_the_deficit() -> None:
    f = fact(_DEFICIT_1999, "1503")
    assert (f["indicator_key"], f["measure"], f["value"]) == ("central_fiscal_deficit", "level", 1503e8)
