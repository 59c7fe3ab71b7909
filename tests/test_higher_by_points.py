"""高出 (higher by) compares a growth with another's as 高于 does: the points are of the growth printed before.

固定资产投资同比增长12.5%,高出全市平均水平4.2个百分点 gives the investment's growth +4.2 points over the city's,
named by the investment, not by the verb (高出), and the rank after it is of that growth. 提高出口退税率 holds the
letters 高出 and stays a name. No national report or real excerpt prints 高出 before the points, so the sentences are
written regression fixtures.
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD as HEAD
from _sentences import fact

AVERAGE = HEAD + "全区固定资产投资同比增长12.5%,高出全市平均增速4.2个百分点,增速排名全市第一。\n"
CITY = HEAD + "全区固定资产投资同比增长12.5%,高出全市4.2个百分点。\n"


# written
@pytest.mark.parametrize("text", [AVERAGE, CITY])
def test_points_higher_are_of_the_growth_before(text: str) -> None:
    f = fact(text, "4.2个百分点")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("固定资产投资", "pp_diff", 4.2, "全市")


def test_rank_after_is_of_the_growth() -> None:
    assert fact(AVERAGE, "第一")["indicator"] == "固定资产投资增速"


def test_raising_export_rebates_stays_a_name() -> None:
    assert fact(HEAD + "三次提高出口退税率5个百分点。\n", "5个百分点")["indicator"] == "出口退税率"
