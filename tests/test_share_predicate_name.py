"""A share of a set of units is named by what its clause says of them, also when that opens with 实现 or 完成.

A count of entities is named by its predicate, as a noun phrase, even when the predicate opens with a word a
name drops elsewhere (53个地块实现拔钉清零 → 实现拔钉清零的地块). A share printed with 的 before the units it
is of (71%的煤电机组实现超低排放) is named the same way: 实现超低排放的煤电机组, not the clause as printed with
its verb inside the name.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2018 = "加强散煤治理，推进重点行业节能减排，71%的煤电机组实现超低排放。"
S2023 = ("不断优化服务，推进政务服务集成办理，压减各类证明事项，加快数字政府建设，90%以上的政务服务实现网上可办，"
         "户籍证明、社保转接等200多项群众经常办理事项实现跨省通办。")
# written: the shape district reports print (no real text at hand prints it with 完成)
S_DISTRICT = "全区95%以上的政务服务事项实现“一网通办”，80%的社区完成了换届选举。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2018
    (S2018, "71%", "实现超低排放的煤电机组"),
    # national work report 2023
    (S2023, "90%", "实现网上可办的政务服务"),
    # written sentence
    (S_DISTRICT, "95%", "实现“一网通办”的政务服务事项"),
    (S_DISTRICT, "80%", "完成了换届选举的社区"),
])
def test_share_of_units_named_by_its_predicate(text, printed, name):
    r = fact(text, printed)
    assert (r["indicator"], r["measure"]) == (name, "rate_pct")


# national work report 1979
S1979 = ("全国重点企业的主要工业产品质量指标和原材料消耗指标分别有百分之四十三和百分之五十五没有恢复到历史最高水平，"
         "有百分之二十四的国营工业企业存在着程度不同的亏损。")


def test_share_named_by_a_predicate_with_a_de_inside_its_object():
    """A 的 inside the object of the verb said of the units is no bar, as for a count: the units that are in
    losses of varying degree, not the clause as printed."""
    r = fact(S1979, "百分之二十四")
    assert (r["indicator"], r["measure"], r["value"]) == ("存在着程度不同的亏损的国营工业企业", "rate_pct", 24.0)
