"""A 分别 list whose items end with the words the shared name opens with (工业企业、建筑业企业利润: 企业利润 shared)
names those words once in each item: 工业企业利润, not 工业企业企业利润.

Written regression fixtures: district bulletins print such lists of kinds of firms (no text at hand prints one
with a 分别 figure; the national work report of 2023 prints 将制造业企业、科技型中小企业分别从50%、75%提高至100%,
whose name comes from the clause before)."""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        ("工业企业、建筑业企业利润分别增长5%和6%。", "5%", "工业企业利润"),
        ("工业企业、建筑业企业利润分别增长5%和6%。", "6%", "建筑业企业利润"),
        ("规模以上工业企业、科技型中小企业营业收入分别增长5%和6%。", "5%", "规模以上工业企业营业收入"),
        ("制造业企业、科技型中小企业研发费用加计扣除比例分别为50%和75%。", "50%", "制造业企业研发费用加计扣除比例"),
        ("规模以上工业、科技型中小企业利润分别增长5%和6%。", "5%", "规模以上工业企业利润"),
    ],
)
def test_words_an_item_ends_with_are_not_repeated_from_the_shared_name(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator
