"""A change against a year before the span of years a review frames is of the span's last year.

In a review of five years (2008-2012年), a change printed against a year before them (比2007年提高2个多百分点)
measures the level at the span's end against that year's, as a change against a year printed in a report of one
year does: its period is that last year (2012年), its end when the base is a year's end, unless the sentence prints
its own (一九八五年末达到…，比一九八○年末增长三倍 → 一九八五年末). Each test is a sentence copied from the national work report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact
from _work_reports import WorkReports

S2013 = ("我们积极应对外部环境的急剧变化，及时出台稳定外需的政策措施，实施市场多元化战略，进出口总额年均增长12.2%，"
         "从世界第三位提升到第二位，其中出口额跃居世界第一位，占国际市场份额比2007年提高2个多百分点，"
         "进出口结构优化，贸易大国地位进一步巩固。")
S2001 = "人均国民生产总值比1980 年翻两番的任务，已经超额完成。"


def test_share_point_change_against_the_year_before_the_span() -> None:
    # national work report 2013
    f = fact("2013年政府工作报告\n\n一、过去五年工作回顾\n\n" + S2013 + "\n", "2个多百分点")
    assert (f["measure"], f["value"], f["qualifier"], f["comparator"]) == ("pp_diff", 2.0, "over", "2007年")
    assert f["period"] == "2012年"


def test_average_over_the_span_keeps_the_span() -> None:
    # national work report 2013: the average of the years is no change against a year
    f = fact("2013年政府工作报告\n\n一、过去五年工作回顾\n\n" + S2013 + "\n", "12.2%")
    assert (f["measure"], f["comparator"], f["period"]) == ("change_pct", "年均", "2008-2012年")


def test_quadrupling_against_a_year_long_before_the_span() -> None:
    # national work report 2001
    f = fact("2001年政府工作报告\n\n一、“九五”时期国民经济和社会发展的回顾\n\n" + S2001 + "\n", "两番")
    assert (f["measure"], f["comparator"], f["period"]) == ("change_pct", "1980年", "2000年")


def test_growth_against_a_year_end_is_of_the_span_end() -> None:
    # national work report 1986: 一九八五年末达到一千六百二十三亿元，比一九八○年末增长三倍。
    f = WorkReports().fact_at(1986, "比一九八○年末增长三倍", "三倍")
    assert (f["measure"], f["comparator"], f["period"]) == ("change_pct", "一九八○年末", "一九八五年末")  # (the year's
    # end opening the sentence, as printed)


@pytest.mark.parametrize(("year", "at", "figure", "read"), [
    (2013, "占国际市场份额比2007年提高2个多百分点", "2个多百分点", ("pp_diff", "2007年", "2012年")),
    (2013, "进出口总额年均增长12.2%", "12.2%", ("change_pct", "年均", "2008-2012年")),
    (2001, "人均国民生产总值比1980 年翻两番的任务", "两番", ("change_pct", "1980年", "2000年")),
])
def test_the_same_in_the_whole_report(year: int, at: str, figure: str, read: tuple[str, str, str]) -> None:
    # national work reports 2013 and 2001, read whole: the sentences above among all the report frames before them
    f = WorkReports().fact_at(year, at, figure)
    assert (f["measure"], f["comparator"], f["period"]) == read
