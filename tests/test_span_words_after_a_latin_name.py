"""A numeral right after a Latin letter, a digit or a point is part of a name or a number (PM10, 2010年), never
the count of a span of years (十年, 10年来): PM10年均浓度 is the pollutant's annual mean, no ten years."""

from __future__ import annotations

import pytest

from dhcheng_analysis.cuewords import compiled


# regression fixtures written in the style of district reports and environment bulletins
# (全区PM10年均浓度55微克/立方米 after 五年来，全区地区生产总值年均增长6.1%。)
@pytest.mark.parametrize("text", ["全区PM10年均浓度55微克/立方米", "PM10年来浓度下降", "2010年以来", "1.10年间"])
def test_a_numeral_inside_a_name_or_number_opens_no_span(text: str) -> None:
    cw = compiled()
    assert not [m.group() for m in cw.span_period.finditer(text) if m.group("k").isdigit()]
    assert cw.run_in_span.search(text) is None


@pytest.mark.parametrize(("text", "span"), [("近10年来，", "近10年来"), ("这10年间", "这10年间"), ("全区10年来", "10年来")])
def test_a_span_of_years_in_figures_is_still_one(text: str, span: str) -> None:
    cw = compiled()
    assert cw.span_period.search(text).group() == span
