"""A phrase of manner (通过各种形式, 通过多种渠道) is no part of what is measured, at a name's head or after the place
that opens it: 全国通过各种形式使用国外贷款 is 全国使用国外贷款 (1986 and 1988 print it so)."""

from __future__ import annotations


def test_the_manner_after_the_nation_leaves_the_loans_used(work_reports):
    # national work report 1986
    f = work_reports.fact_at(1986, "全国通过各种形式使用国外贷款一百零三亿美元", "一百零三亿美元")
    assert (f["indicator"], f["period"]) == ("全国使用国外贷款", "1981-1985年")
    # national work report 1988
    f = work_reports.fact_at(1988, "五年间全国通过各种方式使用国外贷款１５３．８亿美元", "１５３．８")
    assert (f["indicator"], f["period"]) == ("全国使用国外贷款", "1983-1987年")
