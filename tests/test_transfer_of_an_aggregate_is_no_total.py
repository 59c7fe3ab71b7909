"""An aggregate handed back by the level of government above (税收返还) is a transfer, no total of that aggregate.

A budget report adds to the district's own revenue what the city returns of the taxes and grants
(市级财政税收返还和补助收入): the name holds 税收, but the figure is a transfer, so its ``dimension`` is not ``total``
(tax_declines and the headline tables read a total tax there); the tax revenue itself stays ``total``. The sentence
is copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# minhang_sh_2022_h1_budget, verbatim
MINHANG = ("加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、"
           "动用预算稳定调节基金9.5亿元,收入总量为490.7亿元。")
# written (a regression fixture): the returned tax alone, and the tax revenue beside it
WRITTEN = "全区税收收入完成45.6亿元,同比增长5.3%;收到上级税收返还收入3.2亿元。"


@pytest.mark.parametrize(("text", "printed", "dimension"), [
    (MINHANG, "109.6亿元", ""),
    (WRITTEN, "3.2亿元", ""),
    (WRITTEN, "45.6亿元", "total"),
])
def test_returned_tax_is_no_total(text, printed, dimension):
    assert fact(text, printed)["dimension"] == dimension
