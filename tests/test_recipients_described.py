"""Recipients described by a clause with 的 between the preposition and their count are still recipients.

After 为, 对, 向, 给 or 替 a count names those something is done for, and an amount right after their noun is named
by what they receive, not by them (为3978家企业发放稳岗补贴2.45亿元 → 稳岗补贴). A clause ending in 的 may describe
them between the preposition and the count (为符合条件的…家企业, 向辖区内的…名困难群众): the amount is still what
they receive. No text at hand prints an amount after such a count: the sentences are written in the form district
reports use for relief and subsidies paid, and are no verbatim quotation.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written: a firm count described by 符合条件的, with an approximate count
    ("为符合条件的约300家企业兑现补贴1200万元。", "1200万元", "兑现补贴"),
    # written: a place clause with 的
    ("为辖区内的120家企业办理留抵退税3.5亿元。", "3.5亿元", "留抵退税"),
    # written: persons paid a relief
    ("向符合条件的2300名困难群众发放临时救助金560万元。", "560万元", "临时救助金"),
    # written: with no clause, as before
    ("为300家企业兑现补贴1200万元。", "1200万元", "兑现补贴"),
])
def test_amount_after_described_recipients_is_what_they_receive(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["status"]) == (name, "level", "actual")


def test_recipients_keep_their_own_name():
    assert fact("向符合条件的2300名困难群众发放临时救助金560万元。", "2300名")["indicator"] == "困难群众"
