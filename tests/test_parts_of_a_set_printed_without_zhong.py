"""Counts of what is done of a set that no 中 closes, as district reports print a year's tasks and their outcome:
the set counted, then the part done in the same clause (全区18项重点任务完成17项) or bare counts after it, each with
what is done or not done (全年30项民生实事，28项全面完成，1项因政策调整未完成). Each part is named by what is done and
the set's noun, and is a part of the set's count.

No real text at hand prints these shapes: every sentence here is a regression fixture written the way district
reports print them.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("全区18项重点任务完成17项。", "17项", "完成的重点任务"),
    ("20项改革任务完成18项。", "18项", "完成的改革任务"),
    ("全区18项重点任务已完成17项。", "17项", "已完成的重点任务"),
    ("全区18项重点任务全部完成17项。", "17项", "全部完成的重点任务"),
])
def test_the_part_done_in_the_clause_of_the_set_is_a_part_of_it(text, printed, name):
    # regression fixtures
    f, whole = fact(text, printed), fact(text, text[text.index("项") - 2:text.index("项") + 1].lstrip("区"))
    assert f["indicator"] == name
    assert f["parent_id"] == whole["fact_id"]


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("全年30项民生实事，28项全面完成，1项因政策调整未完成。", "28项", "全面完成的民生实事"),
    ("全年30项民生实事，28项全面完成，1项因政策调整未完成。", "1项", "未完成的民生实事"),
    ("全区确定15项为民办实事，14项已全部完成，1项因规划调整未完成。", "1项", "未完成的为民办实事"),
    ("全区50个重点项目中，45个已经竣工，5个尚未完成。", "5个尚", "尚未完成的重点项目"),
    ("全区18项重点任务，17项已完成。", "17项", "已完成的重点任务"),
])
def test_bare_counts_after_a_set_closing_its_clause_are_parts_of_it(text, printed, name):
    # regression fixtures: the adverb (全面) or the reason (因政策调整) left of the clause names no part
    f = fact(text, printed)
    whole = facts(text).iloc[0]
    assert f["indicator"] == name
    assert f["parent_id"] == whole["fact_id"]


@pytest.mark.parametrize(("text", "money", "name"), [
    ("为全区3.2万名60岁以上老年人发放高龄津贴1860万元。", "1860万元", "发放高龄津贴"),
    ("向全区3.2万名60岁以上老年人发放高龄津贴1860万元。", "1860万元", "发放高龄津贴"),
    ("为全区2.1万户困难家庭发放救助金3200万元。", "3200万元", "救助金"),
    ("为全市120家市场主体缓缴社会保险费3.8亿元。", "3.8亿元", "缓缴社会保险费"),
])
def test_recipients_counted_after_a_whole_place_word_name_no_amount(text, money, name):
    # regression fixtures: 为全区 (向全区) heads a count of recipients as 为 alone does; the count counts them
    assert fact(text, money)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("全区18项重点任务已完成17项，1项正在推进。", "1项", "重点任务"),
    ("全区42项任务已完成25项，完成率59.5%，其余17项正在推进。", "17项", "其余的任务"),
])
def test_a_count_after_the_part_done_is_of_the_set_not_of_that_part(text, printed, name):
    # regression fixtures: the name of the part done (已完成的重点任务) is not carried onto the count after it
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("全年实施民生实事20项，已完成18项，2项未完成。", "2项", "未完成的民生实事"),
    ("全区18项重点任务完成17项，1项未完成。", "1项", "未完成的重点任务"),
])
def test_a_part_not_done_after_the_part_done_is_of_the_set(text, printed, name):
    # regression fixtures: the part done before it (已完成18项) points to the set even before it is linked to it
    f = fact(text, printed)
    assert f["indicator"] == name
    assert f["parent_id"] == facts(text).iloc[0]["fact_id"]


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("为全区12所学校配备了电脑教室。", "12所", "配备了电脑教室的学校"),
    ("为全区8.5万名城乡居民办理医保参保。", "8.5万名", "办理医保参保的城乡居民"),
])
def test_recipients_counted_after_a_whole_place_word_with_no_amount_keep_what_is_done_for_them(text, printed, name):
    # regression fixtures: 全区 after 为 leaves the count named by what is done for those it counts (as 为12所学校…)
    assert fact(text, printed)["indicator"] == name
