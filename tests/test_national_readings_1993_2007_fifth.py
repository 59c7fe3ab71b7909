"""A fifth pass of readings of figures in the State Council work reports of 1993–2007, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the name of one figure of it.
"""

from __future__ import annotations

import pytest
from _work_reports import WorkReports


@pytest.fixture(scope="module")
def work_reports():
    return WorkReports()


# -- a count after a verb that removes what it counts (关停, 淘汰, 扫除) is of those removed, not of the stock ----------


def test_a_capacity_shut_down_is_named_by_its_verb(work_reports):
    # 2007: 5000万千瓦 of small thermal units to be shut, not all the small units there are
    f = work_reports.fact_at(2007, "“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦；", "5000万千瓦")
    assert (f["indicator"], f["measure"], f["unit"]) == ("关停小火电机组", "level", "千瓦")


def test_the_illiterates_to_be_taught_are_named_by_the_verb(work_reports):
    # 1998: 350万 illiterates to be taught to read this year, not the illiterates there are
    f = work_reports.fact_at(1998, "今年，基本普及九年义务教育的地区要增加到全国人口的7 2 ％，再扫除3 5 0 万青壮年文盲。",
                             "3 5 0 万")
    assert (f["indicator"], f["measure"], f["status"]) == ("扫除青壮年文盲", "level", "target")
