"""A count of some of the things a count just before it counts is a part of that count.

"38个工业行业大类中27个行业增加值实现同比增长": the 27 industries are some of the 38, so the 27 is a ``part`` of the
38. The rule reads only a count printed right after another of the same unit, no smaller than it, with nothing
between them but the things counted and 中 (a comma, 有, 共有 or 已有 may follow); one its clause says is done (已有
29个实现开复工) is ``done`` of it, as 已开工19个 is. A count after a comma or in a later clause (全年投资项目总数406个,
其中工业投资项目127个) is read by the other rules of parts.

A level whose name is that of a level before it in its sentence with a size before it (亿元以上, 5000万元以上)
is the part of those things that reach the size: "年内新开工项目71个,完成投资42.40亿元;亿元以上新开工项目26个,
完成投资33.30亿元" puts 26 under 71 and 33.30 under 42.40. Each test is a sentence copied from the report named in
its comment, unless it says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S_INDUSTRIES = "38个工业行业大类中27个行业增加值实现同比增长,增长面71%。"
S_PRODUCTS = "全区40种主要工业产品中,33种产量实现同比增长,增长面82.5%。"
S_WORKS = "全区37个重点工程项目中,已有29个实现开复工,开复工率78.4%。"
S_MINHANG = "年内新开工项目71个,完成投资42.40亿元;亿元以上新开工项目26个,完成投资33.30亿元。"
S1956 = "在本年的４５种主要工业产品中，有３７种完成了或者超额地完成了计划。"


@pytest.mark.parametrize(("text", "whole", "some"), [
    # Inner Mongolia industry release, January-August 2023
    (S_INDUSTRIES, "38个", "27个"),
    # Inner Mongolia industry release, January-August 2023: a comma after 中
    (S_PRODUCTS, "40种", "33种"),
    # national work report 1956: 有 after 中
    (S1956, "４５种", "３７种"),
])
def test_count_of_some_is_part_of_the_count(text: str, whole: str, some: str) -> None:
    part = fact(text, some)
    assert (part["parent_id"], part["relation"]) == (fact(text, whole)["fact_id"], "part")


def test_count_of_some_said_done_is_done_of_the_count() -> None:
    # constructed Chaoyang mid-year report 2020 (tests/gold/constructed), a written sentence: 已有 after the comma, and
    # a verb of a thing done after the count, as 26个区重点项目中已开工19个 (dongcheng_2019_h1) prints it before it
    part = fact(S_WORKS, "29个")
    assert (part["parent_id"], part["relation"]) == (fact(S_WORKS, "37个")["fact_id"], "done")
    # written: 已有 with no verb of a thing done after the count keeps a part
    text = "全区37个重点工程项目中,已有29个存在征拆难题。"
    assert fact(text, "29个")["relation"] == "part"


def test_count_in_another_clause_is_no_subset() -> None:
    # written: two counts of one unit in two clauses are no subset of each other
    text = "全区新建学校12所,改造学校中心8所。"
    assert fact(text, "8所")["parent_id"] == ""


@pytest.mark.parametrize(("whole", "some"), [("71个", "26个"), ("42.40亿元", "33.30亿元")])
def test_size_class_is_part_of_all(whole: str, some: str) -> None:
    # Minhang District statistical bulletin 2015
    part = fact(S_MINHANG, some)
    assert (part["parent_id"], part["relation"]) == (fact(S_MINHANG, whole)["fact_id"], "part")


def test_other_name_is_no_size_class() -> None:
    # written: the projects signed are not those begun, whatever their size
    text = "新开工项目30个;亿元以上签约项目12个。"
    assert fact(text, "12个")["parent_id"] == ""
