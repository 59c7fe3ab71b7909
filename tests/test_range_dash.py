"""A dash right after a figure's magnitude or unit joins the two ends of a range; it is no minus sign of the
high end: ``3万-5万人`` → 30000 and 50000 人, flagged ``range_low``/``range_high``, as ``6%-7%`` is. A dash after a
month (``1-5月-3.2%``) or a word is still the sign. No real text at hand prints such a range, so the sentences are
written.
"""

from __future__ import annotations

import pytest
from _sentences import facts


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    # written
    ("每年新增就业3万-5万人。", 30000.0, 50000.0, "人"),
    # written
    ("新增市场主体2万户-2.5万户。", 20000.0, 25000.0, "户"),
    # written
    ("引进企业20家-30家。", 20.0, 30.0, "家"),
])
def test_dash_after_a_figure_joins_a_range(text, low, high, unit):
    got = facts(text)
    assert list(got["value"]) == [low, high]
    assert list(got["unit"]) == [unit, unit]
    assert ["range_low" in str(x) for x in got["flags"]] == [True, False]
    assert ["range_high" in str(x) for x in got["flags"]] == [False, True]


@pytest.mark.parametrize(("text", "value"), [
    # written
    ("工业增加值1-5月-3.2%。", -3.2),
    # written
    ("全年GDP增速为-2.1%。", -2.1),
])
def test_dash_after_a_month_or_word_is_a_sign(text, value):
    assert list(facts(text)["value"]) == [value]
