"""A count printed right after 中的 is a part of the set the count before it counts, in the same unit.

The set's name ends before its 中 (`已完成年度45项改革任务中的31项` → the 45 are `改革任务`), and the part is
named by the verb that opens the set's clause, or follows the part, and 的 before the set's name
(→ the 31 are `已完成的改革任务`), as a part counted after 中 already was (`26个区重点项目中已开工19个` →
`已开工的区重点项目`); with no such verb printed the part keeps the set's name, never its 中. The sentences
marked written are not copied from a report.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

# district report: Xicheng 2021 first half (tests/gold/real)
S_XICHENG = "出台优化营商环境“1+N”政策体系，“西城服务”2.0版上线运行，已完成年度45项改革任务中的31项，完成进度68.9％。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S_XICHENG, "45", "改革任务"),
    (S_XICHENG, "31", "已完成的改革任务"),
    # written: the verb after the part
    ("年度45项改革任务中的31项已完成。", "31", "已完成的改革任务"),
    ("全区32个重点项目中的20个已开工。", "20", "已开工的重点项目"),
])
def test_a_part_after_its_set_and_its_zhong_de(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


# -- a count named as some of the things the count before it counts is a part of that count -----------------

@pytest.mark.parametrize(("text", "whole", "part"), [
    # dongcheng_2017_h1: the noun left out after 的
    ("全市“疏解整治促提升”专项行动共有15个指标,涉及中心城区的10个,我区有9个指标已完成全年任务,其中6个指标在16区排名进入前3名。",
     "15个", "10个"),
    # the 1986 work report: 有 and what the part does
    ("这五年共取得重要科研成果三万三千项，有九百三十七项获得国家科技发明奖，其中一部分居于世界领先地位或达到世界先进水平。",
     "三万三千项", "九百三十七项"),
    # the 1985 work report
    ("全年施工的更新改造项目七万四千个，全部建成的三万九千个，对增加生产、提高质量、改进品种和节约能源，都发挥了重要作用。",
     "七万四千个", "三万九千个"),
])
def test_a_count_named_as_some_of_the_set_before_is_its_part(text: str, whole: str, part: str) -> None:
    f = facts(text).set_index("fact_id")
    got, total = fact(text, part), fact(text, whole)
    assert (got["relation"], got["parent_id"]) == ("part", total["fact_id"])
    assert f.loc[total["fact_id"], "relation"] in ("", None)


def test_a_count_of_what_a_part_leaves_is_no_part_of_that_part() -> None:
    # written regression fixture: the 12 left are of the 50, not of the 38 started
    text = "50个重点项目已开工38个，仍有12个尚未开工。"
    assert fact(text, "12个")["parent_id"] != fact(text, "38个")["fact_id"]



# -- a count of persons after 先后有 or 其中有 is of the set counted before it, past shares of that set ----------

# national work report 2003
S_2003_REEMPLOYED = ("1998年以来，国有企业下岗职工达2700多万人，90%以上进入再就业服务中心，"
                     "先后有1800多万人通过多种渠道和方式实现了再就业。")


def test_persons_after_shares_of_a_set_are_of_that_set_by_what_they_did() -> None:
    assert fact(S_2003_REEMPLOYED, "1800多万人")["indicator"] == "实现了再就业的国有企业下岗职工"
    assert fact(S_2003_REEMPLOYED, "90%")["indicator"] == "进入再就业服务中心的国有企业下岗职工"
    assert fact(S_2003_REEMPLOYED, "2700多万人")["indicator"] == "国有企业下岗职工"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written: 其中有 after the set counted
    ("今年以来，全区登记失业人员2000人，其中有1500人实现再就业。", "1500人", "实现再就业的登记失业人员"),
    # written: the means a predicate opens with is no part of it
    ("全年有1500人通过多种渠道实现就业。", "1500人", "实现就业的人"),
    ("全年共有1500名失业人员通过多种渠道实现就业。", "1500名", "实现就业的失业人员"),
    ("全区已有300家企业通过线上方式实现复工。", "300家", "实现复工的企业"),
    # written: a means that is no frame of a way or channel stays in the predicate
    ("全年1500人通过技能培训实现就业。", "1500人", "通过技能培训实现就业的人"),
])
def test_a_count_named_by_its_predicate_past_the_means(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
