"""贫困人口 alone in a report is the poor population under the national poverty line, the rural poor (the national
line was drawn for rural residents only), keyed as 农村贫困人口 is. Each sentence is copied verbatim from the
work-report corpus."""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "value"), [
    # national work report 2000: the fall of 1999, right after the rural households' income
    ("城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9．3％；农村居民人均纯收入实际增长3．8％。贫困人口减少800万人。",
     "800", -8e6),
    # national work report 2018: the fall over the five years, as 贫困发生率 beside it measures
    ("脱贫攻坚取得决定性进展，贫困人口减少6800多万，易地扶贫搬迁830万人，贫困发生率由10.2%下降到3.1%。", "6800", -6.8e7),
])
def test_the_poor_population_is_the_rural_poor(text: str, printed: str, value: float) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"]) == ("贫困人口", "rural_poor", "abs_change", value)


def test_a_named_class_of_the_poor_keeps_no_key() -> None:
    # national work report 2018 names those registered; a count of a class is not the whole poor population
    from dhcheng_analysis import vocab
    assert vocab.indicator_key("建档立卡贫困人口") == ""
    assert vocab.indicator_key("相对贫困人口") == ""
