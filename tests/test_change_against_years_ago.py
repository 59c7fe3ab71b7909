"""A change against a time before the one spoken of (比五年前, 较五年前, 比制度建立之初) under a review of several years,
on verbatim sentences of the national work reports.

Such a change compares the time spoken of with the one so many years before it, as 比2017年 does with a year printed:
it is of the last year the review covers, not of all its years (全国社会保障基金积累7810亿元，比五年前增加5800多亿元
in the report of 2011 → ``2010年``, as the level before it is). A change summed over the span against the span before
it (比前五年增长67%) keeps the span. Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("year", "phrase", "printed", "measure", "comparator", "period"), [
    # national work report 2023, 一、过去一年和五年工作回顾
    (2023, "中央财政对相关地区转移支付资金比五年前增长66.8%", "66.8%", "change_pct", "五年前", "2022年"),
    (2023, "贷款平均利率较五年前下降1.5个百分点", "1.5个百分点", "pp_diff", "五年前", "2022年"),
    (2023, "清单管理措施比制度建立之初压减64%", "64%", "change_pct", "制度建立之初", "2022年"),
    # national work report 2011, the review of the eleventh five-year plan: the change is of the year the level is
    (2011, "全国社会保障基金积累7810亿元，比五年前增加5800多亿元", "5800多亿元", "abs_change", "五年前", "2010年"),
    (2011, "全国社会保障基金积累7810亿元，比五年前增加5800多亿元", "7810亿元", "level", "", "2010年"),
    # national work report 2003: a five years' sum against the five years before keeps its span
    (2003, "五年全国共完成技术改造投资2.66万亿元，比前五年增长67%", "67%", "change_pct", "前五年", "1998-2002年"),
])
def test_change_against_years_ago_is_of_the_last_year(work_reports, year, phrase, printed, measure, comparator, period):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["measure"], f["comparator"] or "", f["period"]) == (measure, comparator, period)
