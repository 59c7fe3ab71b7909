"""A growth on an adjusted basis opening a clause of its own: the frame that sets something aside names no figure.

The real excerpts print the frame as 剔除留抵退税后 (chaoyang_2022_h1) or 扣除留抵退税因素 (gongshu_hz_2022_annual) after
a comma; district reports also print it as 剔除…因素影响 or 剔除…因素的影响后, and after a semicolon, where the
subject of the clause before is carried to it. No text at hand prints 因素影响 in the frame: the sentences of the
first test are written in the genre.
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD, fact


@pytest.mark.parametrize(("text", "printed", "basis"), [
    ("上半年,区级一般公共预算收入完成96.9亿元,同比下降7%;剔除疫情等因素影响,同口径增长2.1%。", "2.1%",
     "剔除疫情等因素影响"),
    ("一般公共预算收入完成96.9亿元,同比下降7%;剔除留抵退税因素的影响后,同比增长3.6%。", "3.6%",
     "剔除留抵退税因素的影响后"),
])
def test_frame_setting_aside_the_effect_of_a_factor_is_the_basis_not_a_name(text, printed, basis):
    got = fact(MIDYEAR_HEAD + text, printed)
    assert (got["indicator_key"], got["measure"], got["comparator"]) == ("general_budget_revenue", "yoy_pct", basis)


@pytest.mark.parametrize(("text", "printed", "basis"), [
    # chaoyang_2022_h1
    ("区级一般公共预算收入完成278.7亿元,同比降低6.5%,剔除留抵退税后增长0.4%。", "0.4%", "剔除留抵退税后"),
    # gongshu_hz_2022_annual
    ("一般公共预算收入全年同比增长2.6%,扣除留抵退税因素,同比增长13.6%;", "13.6%", "扣除留抵退税因素"),
])
def test_frame_setting_aside_a_factor_in_the_real_excerpts(text, printed, basis):
    got = fact(text, printed)
    assert (got["indicator_key"], got["comparator"]) == ("general_budget_revenue", basis)


@pytest.mark.parametrize(("text", "basis"), [
    # district printings of the frame right before the verb, no comma between (fixtures in the genre, as above): the
    # basis is the frame whole, the effect set aside and 后 with it
    ("一般公共预算收入完成30亿元，剔除疫情等因素影响增长8.2%。", "剔除疫情等因素影响"),
    ("一般公共预算收入完成30亿元，剔除留抵退税因素影响后增长8.2%。", "剔除留抵退税因素影响后"),
    ("一般公共预算收入完成30亿元，剔除留抵退税因素的影响后增长8.2%。", "剔除留抵退税因素的影响后"),
    ("一般公共预算收入完成30亿元，同比下降3%，剔除留抵退税因素后增长8.2%。", "剔除留抵退税因素后"),
])
def test_frame_right_before_the_verb_is_the_basis_whole(text, basis):
    got = fact(MIDYEAR_HEAD + text, "8.2%")
    assert (got["indicator_key"], got["measure"], got["comparator"]) == ("general_budget_revenue", "yoy_pct", basis)
