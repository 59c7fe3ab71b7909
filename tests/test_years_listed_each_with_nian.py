"""Years listed each with its own 年 before a count of them (一九五八年和一九五九年两年) are the span of their clause, as
years listed without it are (一九七九和一九八○两年): the list is read before the first year alone, which would date a
two-year figure to one year and carry that year on to the sentences after it."""

from __future__ import annotations


def test_years_listed_each_with_nian_are_the_span_of_their_figure(work_reports):
    # 1960
    f = work_reports.fact_at(1960, "一九五八年和一九五九年两年造林五亿四千万亩", "五亿四千万亩")
    assert (f["indicator"], f["period"], f["value"]) == ("造林面积", "1958-1959年", 5.4e8)


def test_years_listed_each_with_nian_hold_in_their_sentence_only(work_reports):
    # 1960: a later sentence of the paragraph, of 去年冬季, is not dated by the first year of the list
    f = work_reports.fact_at(1960, "取得了几十亿元的收入", "几十亿元")
    assert f["period"] != "一九五八年"
