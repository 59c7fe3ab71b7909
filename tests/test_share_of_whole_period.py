"""A time printed in the whole a share is of (占全年增加额的, 占上半年新增额的) is the whole's, not the share's.

The part's own time is the period: a month right after 其中 (其中12月…) names the part of the year the figures
after it are of, as 其中6月份 does. A share with no time of its own keeps the one its sentence or the sentence
before names.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 1985
S1985 = ("１９８４年银行的各项贷款总额比１９８３年增加２８．９％，其中１２月一个月的增长额就占全年增加额的４８．４％。"
         "１９８４年全国职工工资总额比上年增长１９％，其中第四季度增长３８％。")
# national work report 1959
S1959 = ("一九五九年基本建设投资总额，通过国家预算的部分，拟定为二百七十亿元，比一九五八年的二百一十四亿元增长百分之二十六。"
         "这些限额以上的建设项目的投资额，约占全年投资总额的三分之二。")


@pytest.mark.parametrize(("text", "printed", "period", "comparator"), [
    (S1985, "４８．４％", "12月", "全年增加额"),
    (S1985, "２８．９％", "1984年", "1983年"),
    (S1985, "３８％", "第四季度", ""),
    # written, as district bulletins print it
    ("今年以来，全区新增贷款30亿元，其中6月新增贷款占上半年新增额的40%。", "40%", "6月", "上半年新增额"),
    ("今年以来，全区地区生产总值增长5%，其中6月增长7%。", "7%", "6月", ""),
    ("上半年，全区完成固定资产投资50亿元，占全年计划的55%。", "55%", "上半年", "全年计划"),
])
def test_the_part_keeps_its_own_time(text, printed, period, comparator):
    f = fact(text, printed)
    assert (f["period"], f["comparator"]) == (period, comparator)


def test_a_share_of_no_time_of_its_own_keeps_the_sentence_before():
    assert fact(S1959, "三分之二")["period"] == "一九五九年"


@pytest.mark.parametrize(("text", "printed", "period"), [
    # written: the month a span or a list after 其中 opens is the whole span's or its item's
    ("全区地区生产总值增长5%，其中1月至5月增长6%。", "6%", "1月至5月"),
    ("全区规上工业增加值增长5%，其中6月和7月分别增长7%和8%。", "8%", "7月"),
    ("全区各项贷款增长8.9%，其中12月份增长2%。", "2%", "12月份"),
])
def test_a_month_after_其中_opening_more(text, printed, period):
    assert fact(text, printed)["period"] == period
