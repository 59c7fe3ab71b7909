"""A year read from a report's first lines as the year it covers, when nothing states it, is never the year of a name.

A year printed before an event or an edition (北京2022年冬奥会, 《…若干措施（2021年修订）》) names the event or the
edition; a report with no other year reads none rather than that one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dhcheng_analysis as dh

CONSTRUCTED = Path(__file__).parent / "gold" / "constructed"


def test_a_year_of_an_event_or_an_edition_is_not_the_year_covered():
    # written fixture (tests/gold/constructed/dongcheng_2021_h1: a report of the genre, its figures made up): its
    # first lines print no year of its own, only 北京2022年冬奥会 and a rule's （2021年修订）
    report = dh.load_report(CONSTRUCTED / "dongcheng_2021_h1" / "dongcheng_2021_h1.txt")
    assert report.years.covered is None


@pytest.mark.parametrize("opening, year", [
    # written sentences: the year before a name's event word is passed over for the next
    ("一、上半年计划执行情况\n全力做好北京2022年冬奥会服务保障。2021年上半年，全区地区生产总值增长8%。", 2021),
    ("一、上半年计划执行情况\n落实《若干措施（2019年修订）》。2020年上半年，全区地区生产总值下降3%。", 2020),
    ("一、上半年计划执行情况\n2020年上半年，全区地区生产总值下降3%。", 2020),
])
def test_the_year_guessed_is_the_first_one_no_name_holds(opening, year):
    assert dh.load_report(opening).years.covered == year
