"""Who does or grants what a figure counts, printed before the verb, is no part of its name.

District reports print the bodies that did the work before the verb (全区各街道共完成…, 各镇累计完成…) and a budget
prints the level that granted a limit before the place it granted it to (省核定我区政府债务限额…, 市财政局下达我区…):
the name is what follows, as 全区共完成… and 省下达的债务限额 already read. No text at hand prints these shapes:
the sentences are regression fixtures written in the style of district reports.
"""

from __future__ import annotations

import pytest
from _sentences import fact

REVIEW_HEAD = "关于2023年国民经济和社会发展计划执行情况的报告\n\n一、2023年工作回顾\n\n"


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("全区各街道共完成背街小巷环境整治提升186条。", "186条", "背街小巷环境整治提升"),
    ("各镇累计完成造林面积1.2万亩。", "1.2万亩", "造林面积"),
    ("全区各部门共办理人大代表建议150件。", "150件", "办理人大代表建议"),
])
def test_the_bodies_doing_the_work_before_the_verb_are_no_part_of_the_name(text, printed, name):
    assert fact(REVIEW_HEAD + text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # regression fixtures in the style of district reports: with no sum word (共, 累计) the figure is each body's,
    # not the district's, and its name keeps the bodies
    ("各社区新增就业岗位均超过100个。", "100个", "各社区新增就业岗位"),
    ("各村均实现集体经济收入50万元以上。", "50万元", "各村均实现集体经济收入"),
])
def test_the_bodies_stay_in_the_name_when_nothing_sums_them(text, printed, name):
    got = fact(REVIEW_HEAD + text, printed)
    assert got["indicator"] == name
    assert got["indicator_key"] != "jobs_created"


def test_a_body_named_by_its_bodies_keeps_them():
    # 各街道办事处 is what is counted, not who counts it
    assert fact(REVIEW_HEAD + "各街道办事处数量为17个。", "17个")["indicator"] == "各街道办事处数量"


@pytest.mark.parametrize("text", [
    "省核定我区政府债务限额105.2亿元。",
    "省下达我区政府债务限额105.2亿元。",
    "市财政局核定我区政府债务限额105.2亿元，其中一般债务限额40亿元。",
])
def test_the_level_granting_a_limit_to_the_place_is_no_part_of_its_name(text):
    got = fact(REVIEW_HEAD + text, "105.2亿元")
    assert (got["indicator"], got["indicator_key"]) == ("政府债务限额", "government_debt_limit")
