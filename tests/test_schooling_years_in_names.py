"""A span of years that names a kind of schooling heads a name and is kept.

A name's head loses a span of time (五年来, 一九五二年的), but the years of 九年义务教育 (十二年免费教育, 九年一贯制
教育) are the schooling, not when it is measured: 九年义务教育巩固率 is the indicator district and city reports
print among their education figures. No report at hand prints the rate, so its sentences are written, in the
shape district reports use.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis.facts import clean_name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written
    ("九年义务教育巩固率达95%。", "95%", "九年义务教育巩固率"),
    # written
    ("九年义务教育巩固率达到99.2%，高中阶段毛入学率达到96.5%。", "99.2%", "九年义务教育巩固率"),
    # written
    ("十二年免费教育覆盖率达到100%。", "100%", "十二年免费教育覆盖率"),
])
def test_the_years_of_a_kind_of_schooling_stay_in_its_name(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("name", "clean"), [
    ("2020年九年义务教育巩固率", "九年义务教育巩固率"),  # the year of the figure goes, the schooling's years stay
    ("五年来城镇新增就业", "城镇新增就业"),  # a span of time before a name is still no part of it
])
def test_a_time_before_a_name_is_still_dropped(name: str, clean: str) -> None:
    assert clean_name(name) == clean
