"""Readings of recent State Council work reports, verbatim sentences of the reports as bundled.

A from-value printed with the end of a year (资本充足率从2007年底的8.4%提升到去年底的13.3%) is the start of its
move, and the next move of the sentence that prints no time (不良贷款率由6.1%下降到0.95%) runs over the same
two times: its start at 2007年底, its end at 2012年底 (去年底 of the 2013 report).

A figure whose own words are only a basis and an addition verb (平均每天新增1.2万户) counts the thing the
figure of the clause before names (全年新登记注册企业增长21.6%): the new enterprises added each day.
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


NEW_FIRMS_2016 = "全年新登记注册企业增长21.6%，平均每天新增1.2万户"
NEW_FIRMS_2017 = "全年新登记企业增长24.5%，平均每天新增1.5万户"


def test_a_count_added_each_day_is_of_the_thing_the_clause_before_names():
    assert fact_at(given(2016), NEW_FIRMS_2016, "1.2万户")["indicator"] == "新登记注册企业"
    assert fact_at(given(2017), NEW_FIRMS_2017, "1.5万户")["indicator"] == "新登记企业"
