"""A part of a total of a level of government, printing no level of its own, is of the total's level.

区级税收收入…,其中:增值税…;个人所得税… lists the district's taxes: the item past the semicolon is as much the
district's as the one before it. A part that prints a level of its own keeps it (全口径税收收入…,其中区级税收…),
and a part of a total with no level gets none. No national report or real excerpt prints a part of a scoped total
past a semicolon, so the sentences are written regression fixtures.
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD as HEAD
from _sentences import fact

TAXES = HEAD + "全区实现区级税收收入180.2亿元,同比增长3.5%,其中:增值税65.3亿元,下降1.2%;个人所得税40.1亿元,增长15.3%。\n"
REVENUE = HEAD + "区级一般公共预算收入完成298亿元,其中税收收入250亿元;非税收入48亿元。\n"
OWN = HEAD + "全口径税收收入完成520亿元,其中区级税收180亿元;增值税120亿元。\n"
NONE = HEAD + "一般公共预算收入完成298亿元,其中税收收入250亿元;非税收入48亿元。\n"


# written
@pytest.mark.parametrize(("text", "printed", "scope"), [
    (TAXES, "65.3亿元", "区级"),
    (TAXES, "40.1亿元", "区级"),
    (TAXES, "15.3%", "区级"),
    (REVENUE, "48亿元", "区级"),
    (OWN, "180亿元", "区级"),
    (NONE, "48亿元", ""),
])
def test_part_takes_the_scope_of_its_total(text: str, printed: str, scope: str) -> None:
    f = fact(text, printed)
    assert (f["relation"], f["scope"]) == ("part", scope)
