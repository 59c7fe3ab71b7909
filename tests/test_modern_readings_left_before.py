"""Readings of recent State Council work reports, verbatim sentences of the reports as bundled.

A from-value printed with the end of a year (资本充足率从2007年底的8.4%提升到去年底的13.3%) is the start of its
move, and the next move of the sentence that prints no time (不良贷款率由6.1%下降到0.95%) runs over the same
two times: its start at 2007年底, its end at 2012年底 (去年底 of the 2013 report).
"""

from __future__ import annotations

from _copy_forms import fact_at, given

BANKS = "资本充足率从2007年底的8.4%提升到去年底的13.3%，不良贷款率由6.1%下降到0.95%"


def test_a_move_after_a_move_with_its_year_ends_is_over_the_same_times():
    start = fact_at(given(2013), BANKS, "6.1%")
    end = fact_at(given(2013), BANKS, "0.95%")
    assert (start["indicator"], start["period"]) == ("不良贷款率", "2007年底")
    assert (end["indicator"], end["period"]) == ("不良贷款率", "2012年底")
    assert "from_value" in fact_at(given(2013), BANKS, "8.4%")["flags"]
