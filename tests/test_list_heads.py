"""The owner a 分别 list names on its first item is the owner of the items after it that name only a quantity
(规模以上工业企业营业收入、利润总额 → 规模以上工业企业利润总额), as bulletins print the profit of an industry after its
revenue. Sentences written in that form (regression fixtures, not real text)."""

from __future__ import annotations

import pytest
from _copy_forms import fact_at, read


@pytest.mark.parametrize(("text", "printed"), [
    ("规模以上工业企业营业收入、利润总额分别增长5.6%和12.3%。", "12.3%"),
    ("全区规模以上工业企业实现营业收入、利润总额分别为1234.5亿元、89.6亿元，分别增长5.6%和12.3%。", "89.6亿元"),
    ("全区规模以上工业企业实现营业收入、利润总额分别为1234.5亿元、89.6亿元，分别增长5.6%和12.3%。", "12.3%"),
])
def test_the_owner_of_the_first_item_owns_a_bare_quantity_after_it(text, printed):
    assert fact_at(read(text), text, printed)["indicator"] == "规模以上工业企业利润总额"


@pytest.mark.parametrize("text", ["城镇、农村居民人均可支配收入分别增长5.1%和6.8%。",
                                  "城镇、农村常住居民人均可支配收入分别为52418元和34567元。"])
def test_town_and_country_joined_by_a_pause_mark_share_the_residents(text):
    first, second = (f["indicator"] for f in read(text)[1])
    assert first.startswith("城镇") and second.startswith("农村") and first[2:] == second[2:]
    assert "居民人均可支配收入" in first
