"""Readings of figures in the State Council work reports of 1993–2007, on verbatim sentences.

Each phrase is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the period, measure or name of one figure of it, read in its whole report where the report's
frames decide.
"""

from __future__ import annotations

import pytest
from _work_reports import WorkReports


@pytest.fixture(scope="module")
def work_reports():
    return WorkReports()


# -- a change over the years reviewed (平均每年, 年均, 五年增长) is of the span, not of the year of its level ------

@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    (1993, "１９９２年国民生产总值接近２４０００亿元，五年平均每年增长百分之七点九。", "百分之七点九", "1988-1992年"),
    (1993, "农业总产值平均每年增长百分之四点九，粮食生产摆脱了一度徘徊局面", "百分之四点九", "1988-1992年"),
    (1998, "1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，按可比价格计算，平均每年增长1 1 ％。", "1 1 ％", "1993-1997年"),
    (1998, "社会消费品零售总额年均实际增长1 0 ．3 ％", "1 0 ．3 ％", "1993-1997年"),
    (2001, "在经济持续增长和效益改善的基础上，2000年国家财政收入达13380亿元，平均每年增长16.5％。", "16.5％",
     "1996-2000年"),
    (2001, "居民储蓄存款余额五年增长1倍多，股票、债券等其他金融资产迅速增加。", "1倍", "1996-2000年"),
    # the second member of a list of averages, as the first
    (2001, "农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元，平均每年实际增长4.7％和5.7％。",
     "5.7％", "1996-2000年"),
    (2008, "2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%", "10.6%", "2003-2007年"),
])
def test_a_change_over_the_years_reviewed_is_of_the_span(work_reports, year, phrase, printed, period):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["measure"], f["period"]) == ("change_pct", period)


def test_the_level_printed_with_the_average_keeps_its_year(work_reports):
    # 2001
    f = work_reports.fact_at(2001, "2000年国家财政收入达13380亿元，平均每年增长16.5％", "13380亿元")
    assert (f["measure"], f["period"]) == ("level", "2000年")
