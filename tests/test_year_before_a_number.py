"""A year opening a sentence is its period when a number follows it at once (a count, a hotline's
number, 5G), as when a word follows it; a month or a day after it is no such number.

No real text at hand prints a year so: the sentences are written for these tests (fixtures).
"""

from __future__ import annotations

import _sentences
import pytest


@pytest.mark.parametrize("sentence, printed", [
    ("2022年12345热线受理诉求10万件。", "10"),
    ("2022年6个街道受理诉求10万件。", "6"),
    ("2022年5G基站达到100个。", "100"),
])
def test_a_year_before_a_number_is_the_period(sentence, printed):
    f = _sentences.facts(sentence)
    row = f[f["raw_value"] == printed].iloc[0]
    assert row["period"] == "2022年"


def test_a_year_before_its_months_keeps_its_reading():
    f = _sentences.facts("2022年1-6月，税收增长5%。")
    assert list(f["period"]) == ["2022年1-6月"]  # the months of the year printed (test_month_span_with_its_year)
