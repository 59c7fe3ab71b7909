"""Item lines under a line that closes with a colon after a figure share that figure out.

The 1955 plan gives the five years' investment in a line closed by a colon (五年基本建设的投资…，是这样分配的：),
then each part in a line of its own closed by a semicolon. Each part is of the lead's period, and planned as the lead
is; a line closed otherwise (prose, a heading) ends the run. A year printed inside a level's clause holds in the
clause after it that compares that level; a part's growth printing no time is of its total's.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("line", "printed"), [
    ("工业部门为二百四十八亿五千万元，占百分之五十八点二", "二百四十八亿五千万"),
    ("工业部门为二百四十八亿五千万元，占百分之五十八点二", "百分之五十八点二"),
    ("农业、林业和水利部门为三十二亿六千万元", "三十二亿六千万"),
    ("贸易、银行和物资储备部门为十二亿八千万元，占百分之三", "百分之三"),
    ("其他为四亿六千万元，占百分之一点一", "百分之一点一"),
])
def test_items_are_of_the_leads_period_and_status(work_reports, line, printed):
    # national work report 1955 (the lead: 五年基本建设的投资四百二十七亿四千万元，是这样分配的：)
    f = work_reports.fact_at(1955, line, printed)
    assert (f["status"], f["period"]) == ("target", "1953-1957年")


def test_a_line_closed_by_no_item_mark_ends_the_run():
    # lines of national work report 1955, a line of prose put between the items
    text = ("\u3000\u3000五年基本建设的投资四百二十七亿四千万元，是这样分配的：\n\n"
            "\u3000\u3000工业部门为二百四十八亿五千万元，占百分之五十八点二；\n\n"
            "\u3000\u3000这是我们的一个伟大计划\n\n"
            "\u3000\u3000城市公用事业建设为十六亿元，占百分之三点七；\n")
    assert fact(text, "二百四十八亿五千万元")["period"] == "五年"
    assert fact(text, "十六亿元")["period"] == ""


def test_a_change_after_a_level_of_a_year_in_its_clause_is_of_that_year(work_reports):
    # national work report 1955: 一九五四年 is printed inside the level's clause, not at the sentence's head; the clause
    # after it compares that level (the next item, 一九五五年第一季度, is of its own time)
    f = work_reports.fact_at(1955, "比全国每百斤大豆的平均出油量多二斤左右", "二斤")
    assert (f["measure"], f["period"]) == ("abs_change", "一九五四年")


def test_the_growth_of_a_part_printing_no_time_is_a_part_of_the_totals_growth(work_reports):
    # national work report 1959: 我国的工农业总产值在一九五七年达到了…，比一九五二年的…增长百分之六十八。其中，工业
    # 总产值达到了…，比一九五二年的…增长百分之一百四十一
    whole = work_reports.fact_at(1959, "比一九五二年的八百二十七亿一千万元增长百分之六十八", "百分之六十八")
    part = work_reports.fact_at(1959, "比一九五二年的二百七十亿一千万元增长百分之一百四十一", "百分之一百四十一")
    assert whole["period"] == "一九五七年"
    assert (part["parent_id"], part["relation"]) == (whole["fact_id"], "part")


def test_a_year_framing_a_clause_with_no_number_frames_the_clause_after_it(work_reports):
    # national work report 1955: 在一九五四年 frames the deed (曾经因为管理不善); the figure of its loss follows
    f = work_reports.fact_at(1955, "商业部所属的一些企业在一九五四年曾经因为管理不善，单是死猪和臭蛋就值八百万元", "八百万")
    assert f["period"] == "一九五四年"


def test_a_year_framing_a_clause_with_a_number_holds_in_it_only(work_reports):
    # national work report 1954 (printed in traditional characters): each clause names its own year
    f = work_reports.fact_at(1954, "預計在一九五四年又將等於一九五三年的兩倍多", "兩倍")
    assert f["period"] == "一九五四年"
