"""A ninth reading of district reports: names and fields of figures that earlier readings got wrong.

Each sentence is copied verbatim from a real excerpt (tests/gold/real/texts), named in the comment before the test.
Each test states the reading of one figure of it.
"""

from __future__ import annotations

from _sentences import fact

# -- 实现全口径税收入库8775万元: 入库 (paid into the treasury) is the verb of the tax, not part of its name ---------------
# (dongcheng_2024_h1)

S_DONGCHENG_2024_TAX = "强化储备项目机制,梳理2024年储备项目181项,新引进企业实现全口径税收入库8775万元。"


def test_taxes_paid_into_the_treasury_are_named_without_the_verb():
    f = fact(S_DONGCHENG_2024_TAX, "8775万元")
    assert (f["indicator"], f["scope"], f["value"]) == ("新引进企业全口径税收", "全口径", 87750000.0)
