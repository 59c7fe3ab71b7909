"""An amount named by the clause before it names the thing a share was given of, not the share (中央财政支出中教育经费
所占比例每年提高一个百分点，仅此一项五年增加489亿元 → 中央财政支出中教育经费); and 仅此一项 (this item alone), which
opens the clause of such an amount, is no part of any name.
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD, fact


@pytest.mark.parametrize(("sentence", "printed", "indicator"), [
    # national work report 2003, 一、过去五年政府工作的回顾 / （六）坚持实施科教兴国战略
    ("从1998年起，中央财政支出中教育经费所占比例每年提高一个百分点，仅此一项五年增加489亿元。", "489亿元",
     "中央财政支出中教育经费"),
    ("从1998年起，中央财政支出中教育经费所占比例每年提高一个百分点，仅此一项五年增加489亿元。", "一个百分点",
     "中央财政支出中教育经费所占比例"),  # the change in points keeps its share
    # national work report 1979: the total of the investment and other funds, not the investment's share (the money
    # carried from the share is what the funds after 加上 are added to)
    ("今年政府对农业的投资比重由去年的百分之十点七提高到百分之十四，加上用于农业的其他各项资金，总额达到一百七十四亿元，"
     "明后两年还将适当增加。", "一百七十四亿元", "政府对农业的投资和用于农业的其他各项资金总额"),
])
def test_amount_after_a_share_names_what_the_share_is_of(sentence, printed, indicator):
    assert fact(sentence, printed)["indicator"] == indicator


def test_this_item_alone_is_no_name():
    # a constructed regression fixture (written here, not quoted)
    assert fact(MIDYEAR_HEAD + "落实减税降费政策，仅此一项为企业减负1.2亿元。", "1.2亿元")["indicator"] == "减负"
