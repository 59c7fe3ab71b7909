"""The scope of a figure that its name does not print as a level word, on verbatim sentences of real reports.

A shared tax's part a level keeps, printed in brackets after the tax's name (增值税收入(50%部分)), is the scope of
every figure of its clause: the amount, its completion and its growth are of that part, not of the whole tax.
Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# shangcheng_hz_2022_h1_budget (Hangzhou, 上城区 budget report 2022)
SHANGCHENG_VAT = "1、增值税收入(50%部分)672890万元,完成预期的94.7%,增长6.2%;"
SHANGCHENG_CIT = "2、企业所得税收入(40%部分)441932万元,完成预期的94.6%,下降5.2%;"
SHANGCHENG_CITY_TAX = "4、城市维护建设税收入108847万元,完成预期的108.8%,增长17.6%;"


@pytest.mark.parametrize("printed", ["672890万元", "94.7%", "6.2%"])
def test_bracketed_share_of_shared_tax_is_scope_of_its_clause(printed: str) -> None:
    f = fact(SHANGCHENG_VAT, printed)
    assert (f["indicator"], f["scope"]) == ("增值税收入", "50%部分")


def test_bracketed_share_of_other_tax() -> None:
    assert fact(SHANGCHENG_CIT, "441932万元")["scope"] == "40%部分"


def test_tax_with_no_share_printed_has_no_scope() -> None:
    assert fact(SHANGCHENG_CITY_TAX, "108847万元")["scope"] == ""
