"""The items of a 分别 list share the word for persons the last one prints before the words they share.

When the first item names no persons of its own and the last prints words of its own before its word for persons,
that word is every item's: 把小学、初中学生人均公用经费分别提高到300元和500元 → 小学学生人均公用经费 and
初中学生人均公用经费, as 城镇、农村居民人均可支配收入 gives 城镇居民人均可支配收入. Each test is a sentence copied from
the report named in its comment, or says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2009_FUNDS = "提高农村义务教育公用经费标准，把小学、初中学生人均公用经费分别提高到300元和500元。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2009: the pupils of both schools, per head
    (S2009_FUNDS, "300元", "小学学生人均公用经费"),
    (S2009_FUNDS, "500元", "初中学生人均公用经费"),
    # written: a first item that names persons of its own keeps them
    ("教师、学生人均公用经费分别达到300元和500元。", "300元", "教师人均公用经费"),
])
def test_list_items_share_the_persons_of_the_last(text, printed, name):
    assert fact(text, printed)["indicator"] == name
