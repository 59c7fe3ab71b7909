"""More readings of figures in the State Council work reports of 1993–2007, on verbatim sentences.

Each phrase is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the measure, comparator, qualifier, period or name of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact
from _work_reports import WorkReports


@pytest.fixture(scope="module")
def work_reports():
    return WorkReports()


# -- an amount added each year on average (平均每年增加) or over several years (五年增加) says so ------------------

@pytest.mark.parametrize(("year", "phrase", "printed", "comparator", "period"), [
    (2003, "全国财政收入从1997年的8651亿元增加到2002年的18914亿元，平均每年增加2053亿元；", "2053亿元", "平均每年",
     "1998-2002年"),
    (2003, "从1998年起，中央财政支出中教育经费所占比例每年提高一个百分点，仅此一项五年增加489亿元。", "489亿元", "五年",
     "1998-2002年"),
])
def test_an_amount_added_over_several_years_says_so(work_reports, year, phrase, printed, comparator, period):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["measure"], f["comparator"], f["period"]) == ("abs_change", comparator, period)
    assert "multi_year" in f["flags"]


def test_an_amount_added_against_the_years_before_keeps_that_base():
    # 1993: 比上一个五年增加 compares with the five years before, it is no change per year
    f = fact("五年来国家财政和社会各方面对教育事业的投入达３２００亿元，比上一个五年增加１７１０亿元。", "１７１０亿元")
    assert (f["measure"], f["comparator"]) == ("abs_change", "上一个五年")
