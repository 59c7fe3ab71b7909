"""An amount of money is no count of new entities, whatever entities its name speaks of.

The `entity` dimension gathers the counts of new market entities (新设市场主体1478户) and their growth. The capital
the new firms register, the tax new entities pay or a pension that rises by so many yuan names firms or entities
too, but is an amount: its dimension is '' (the count beside it keeps `entity`). Verbatim sentences of the reports
named in the comments.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# dongcheng_2023_h1 (tests/gold/real/texts)
DONGCHENG = "促成“服务包”企业在京新设机构28家、注册资本金14.7亿元。"
# national work report 2022
R2022 = ("实践表明，减税降费是助企纾困直接有效的办法，实际上也是“放水养鱼”、涵养税源，2013年以来新增的涉税市场主体"
         "去年纳税达到4.76万亿元。")
# national work report 2009
R2009 = "企业退休人员养老金人均每月新增110元。"


def test_the_count_of_new_firms_keeps_its_dimension_and_their_capital_has_none() -> None:
    assert fact(DONGCHENG, "28家")["dimension"] == "entity"
    f = fact(DONGCHENG, "14.7亿元")
    assert (f["indicator"], f["unit"], f["dimension"]) == ("“服务包”企业在京新设机构注册资本金", "元", "")


@pytest.mark.parametrize(("text", "printed"), [(R2022, "4.76万亿元"), (R2009, "110元")])
def test_an_amount_named_by_new_entities_is_no_entity_count(text, printed) -> None:
    assert fact(text, printed)["dimension"] == ""
