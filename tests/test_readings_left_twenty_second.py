"""Readings left open by earlier passes over the texts (a twenty-second pass).

Verbatim, from the Lintao 2024 budget report of February: revenue by the level of government it is handed up to
(上划中央收入, 上划省级收入, 上划市级收入) has that level as its scope; 中央 is one only after 上划, so the central
government's own figures of the national work reports (中央财政用于…的支出, 中央预算内投资) keep none.
"""

from __future__ import annotations

import pytest
from _sentences import fact

LINTAO_2024_M2_LEVELS = ("从层级看:上划中央收入7716万元,占收入的45.24%,同比增收1417万元,增长22.5%;上划省级收入2432万元,"
                         "占收入的14.26%,同比增收357万元,增长17.2%;上划市级收入6万元,占收入的0.04%,同比减收71万元,"
                         "下降92.21%。")
NATIONAL_2008_CENTRE = "中央财政用于“三农”的支出五年累计1.6万亿元，其中用于农村基础设施建设近3000亿元，地方也较多增加了投入。"


@pytest.mark.parametrize(("printed", "scope"), [("7716万元", "中央"), ("45.24%", "中央"), ("1417万元", "中央"),
                                                ("22.5%", "中央"), ("2432万元", "省级"), ("收入6万元", "市级")])
def test_revenue_handed_up_has_the_level_it_goes_to_as_scope(printed: str, scope: str) -> None:
    f = fact(LINTAO_2024_M2_LEVELS, printed.removeprefix("收入"), printed)
    assert (f["indicator"][:4], f["scope"]) == ("上划" + scope[:2], scope)


def test_the_centre_is_no_scope_outside_revenue_handed_up() -> None:
    assert fact(NATIONAL_2008_CENTRE, "1.6万亿元")["scope"] == ""
