"""What a payer adds to spend (国家财政增加支出 N) is a level of its added outlay, not a change of all it spends.

A report prints the change of a budget's spending with the spending as subject and, often, its base (财政支出比上年增加
N); a payer with 增加支出 as its verb and object, and no base, says how much more it spends on the measures the text
names, a part of that change at most. Each sentence is copied verbatim from the work-report corpus.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2000: the cost of the pay and benefit rises listed before, not the growth of the budget's
    # spending in 1999
    ("落实这些措施，国家财政共增加支出540多亿元，全国有8400多万人受益。", "540", "国家财政新增支出"),
    # national work report 2002
    ("以上几项，仅中央财政当年就增加支出６２１亿元。", "６２１", "中央财政新增支出"),
    # national work report 2007
    ("为此，中央财政增加支出28亿元。", "28", "中央财政新增支出"),
])
def test_a_payers_added_spending_is_a_level_of_its_added_outlay(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["indicator_key"]) == (name, "level", "")


def test_a_budgets_spending_changed_against_its_base_is_still_its_change() -> None:
    # Dongcheng-style sentence of the change of the budget's spending, its subject the spending
    f = fact("全市财政支出比上年增加5亿元。", "5亿元")
    assert (f["indicator_key"], f["measure"]) == ("general_budget_expenditure", "abs_change")


@pytest.mark.parametrize(("text", "printed", "name", "measure"), [
    # written in the reports' style: a payer's spending cut or added by a verb that names no outlay of its own
    ("以上几项，中央财政压缩支出50亿元。", "50亿元", "中央财政支出", "abs_change"),
    ("为此，中央财政追加支出28亿元。", "28亿元", "中央财政支出", "abs_change"),
])
def test_a_payers_spending_moved_by_another_verb_keeps_its_reading(text: str, printed: str, name: str,
                                                                   measure: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)
