"""A deposit (保证金) is no target word; money a fund levers (撬动, 拉动, 引导) is named by the money.

No text at hand prints these shapes; the sentences are written, as district business-environment and
industry-fund paragraphs print them. Before, 保证 in 保证金 made the refund a target, and a lever verb
before its figure was the whole name (撬动).
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed"), [
    ("上半年，为企业清退各类保证金1.2亿元。", "1.2亿元"),
    ("退还农民工工资保证金1.2亿元，惠及企业56家。", "1.2亿元"),
])
def test_money_refunded_from_a_deposit_is_an_outcome(text, printed):
    assert fact(text, printed)["status"] == "actual"


def test_guaranteeing_a_figure_still_plans_it():
    assert fact("保证全年粮食产量达到1.3万亿斤。", "1.3万亿斤")["status"] == "target"


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("撬动120亿元社会资本投入。", "120亿元", "社会资本投入"),
    ("设立区级产业引导基金，拉动3.6亿元社会消费。", "3.6亿元", "社会消费"),
])
def test_money_a_fund_levers_is_named_by_the_money(text, printed, name):
    assert fact(text, printed)["indicator"] == name
