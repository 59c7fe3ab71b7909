"""Qualifiers, comparators and scopes of figures, on sentences quoted from the State Council government work
reports (named by year): the base a change names after 比 before a cut verb (比改革前减轻, 比制度建立之初压减);
both ends of a range of yearly averages (平均每年百分之八至九) read over the same years against the same base.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at as one


@pytest.mark.parametrize(("text", "printed", "indicator", "measure", "value", "qualifier", "base"), [
    # 2016: a burden cut against the time before the reform, not a level nor a change against last year
    ("实施上述政策，今年将比改革前减轻企业和个人负担5000多亿元。", "5000多亿元",
     "企业和个人负担", "abs_change", -5e11, "over", "改革前"),
    # 2023: a cut of the measures since the list was set up (the period the text states, not a guess of years)
    ("进一步简政放权，放宽市场准入，全面实施市场准入负面清单制度，清单管理措施比制度建立之初压减64%，"
     "将行政许可事项全部纳入清单管理。", "64%", "清单管理措施", "change_pct", -64, "exact", "制度建立之初"),
])
def test_base_named_before_a_cut_verb(text, printed, indicator, measure, value, qualifier, base):
    fact = one(text, printed)
    assert (fact["indicator"], fact["measure"], fact["value"], fact["qualifier"], fact["comparator"]) == (
        indicator, measure, value, qualifier, base)
    assert "multi_year" not in fact["flags"]


@pytest.mark.parametrize(("text", "low", "high", "indicator"), [
    # 1993: the high end of a range of yearly averages is one too, against the same base
    ("按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。", "百分之八", "九", "国民经济增长速度"),
    ("今后五年，争取城镇居民人均生活费收入平均每年实际增长百分之五左右，农村居民人均纯收入平均每年实际增长"
     "百分之四至百分之五。", "百分之四至", "百分之五。", "农村居民人均纯收入"),
])
def test_both_ends_of_a_range_over_years(text, low, high, indicator):
    lo, hi = one(text, low), one(text, high)
    for fact, end in ((lo, "range_low"), (hi, "range_high")):
        assert (fact["indicator"], fact["measure"], fact["qualifier"], fact["comparator"]) == (
            indicator, "change_pct", "exact", "平均每年")
        assert end in fact["flags"] and "multi_year" in fact["flags"]
