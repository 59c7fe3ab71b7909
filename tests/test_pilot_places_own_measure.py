"""A bare measure after a count of the places a pilot runs in is the measure of the scheme tried out.

In 城镇居民基本医疗保险试点城市由上年的88个增加到317个，参保人数增加7359万, the 参保人数 is that of the insurance
the cities try out (城镇居民基本医疗保险参保人数), not of the cities, nor a bare 参保人数: a count of the pilot's
places (试点城市, 试点县, 试点街道 …) lends its owner, less the places, to a bare measure in the clause after it. Each
test is a sentence copied from the report named in its comment, or says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2009 = "城镇居民基本医疗保险试点城市由上年的88个增加到317个，参保人数增加7359万，总计达到1.17亿。"
# written: the shape in a district report
W_STREETS = "长期护理保险试点街道由5个增加到12个，参保人数达到3.2万人。"


@pytest.mark.parametrize(("text", "printed", "name", "measure"), [
    # national work report 2009
    (S2009, "7359万", "城镇居民基本医疗保险参保人数", "abs_change"),
    (S2009, "1.17亿", "城镇居民基本医疗保险参保人数", "level"),
    (S2009, "317个", "城镇居民基本医疗保险试点城市", "level"),
    # written
    (W_STREETS, "3.2万人", "长期护理保险参保人数", "level"),
])
def test_a_pilot_owns_the_measure_after_its_places(text, printed, name, measure):
    row = fact(text, printed)
    assert (row["indicator"], row["measure"]) == (name, measure)


def test_a_count_of_units_that_are_no_pilot_lends_no_owner():
    # written: cities that are no pilot of a system keep the bare measure's name as before
    s = "全市共有城市317个，参保人数增加7359万。"
    assert fact(s, "7359")["indicator"] == "参保人数"
