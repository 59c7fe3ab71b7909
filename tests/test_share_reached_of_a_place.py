"""A share that a verb says reaches a place's whole (接近全市的一半, 相当于全市的一半) is named by the subject alone.

The whole, a place (全市), is the comparator; the verb before it (接近, 相当于) is no part of the name, also when the
place is stripped from the name first, as a place before the figure is. A share of units named after it
(试点的范围扩大到全国40%的县) is named by those units as before. The sentences are written in the form district reports
use for a share of the city; the national work report of 2006 prints the share of units.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    # written
    ("全区税收接近全市的一半。", "一半", "nearly"),
    ("全区税收接近全市的50%。", "50%", "nearly"),
    ("全区税收相当于全市的一半。", "一半", "exact"),
])
def test_share_of_a_place_whole_is_named_by_the_subject(text, printed, qualifier):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["comparator"], f["qualifier"]) == ("税收", "rate_pct", "全市", qualifier)


def test_share_of_units_after_it_keeps_the_units():
    # national work report 2006
    text = "加快推进新型农村合作医疗制度建设，今年把试点的范围扩大到全国40%的县，中央和地方财政对参加合作医疗农民的补助标准由20元提高到40元，中央财政为此将增加支出42亿元。"
    assert fact(text, "40%")["indicator"] == "新型农村合作医疗试点范围扩大到的县"
