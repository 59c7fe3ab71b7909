"""An amount printed with a magnitude and no unit (12.5亿, 5万) whose name is a quantity of money is in 元, flagged
``unit_inferred``; a name of money perhaps counted in a foreign currency (外资, 出口) keeps no unit, and a count
(就业岗位1.5万) keeps its own. No real text at hand drops the 元 so, so the sentences are written.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "value"), [
    # written
    ("实现税收12.5亿,增长6%。", "12.5亿", 1.25e9),
    # written
    ("城镇居民人均可支配收入达到5万,增长4.5%。", "5万", 5e4),
    # written
    ("区级税收收入突破100亿。", "100亿", 1e10),
])
def test_bare_amount_of_money_is_in_yuan(text, printed, value):
    f = fact(text, printed)
    assert (f["value"], f["unit"]) == (value, "元")
    assert "unit_inferred" in str(f["flags"])


@pytest.mark.parametrize(("text", "printed", "unit"), [
    # written: perhaps in 美元
    ("实际利用外资1.2亿,增长5%。", "1.2亿", ""),
    # written: a count of posts
    ("新增就业岗位1.5万,帮扶就业困难人员2000名。", "1.5万", "个"),
])
def test_other_bare_amounts_keep_their_unit(text, printed, unit):
    assert fact(text, printed)["unit"] == unit
