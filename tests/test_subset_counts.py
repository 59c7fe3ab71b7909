"""A count of some of the things a count just before it counts is a part of that count.

"38个工业行业大类中27个行业增加值实现同比增长": the 27 industries are some of the 38, so the 27 is a ``part`` of the
38. The rule reads only a count printed right after another of the same unit, no smaller than it, with nothing
between them but the things counted and 中 (a comma, 有 or 共有 may follow): a count after a comma or in a later
clause (全年投资项目总数406个,其中工业投资项目127个) is read by the other rules of parts. Each test is a sentence
copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S_INDUSTRIES = "38个工业行业大类中27个行业增加值实现同比增长,增长面71%。"
S_PRODUCTS = "全区40种主要工业产品中,33种产量实现同比增长,增长面82.5%。"
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


def test_count_in_another_clause_is_no_subset() -> None:
    # written: two counts of one unit in two clauses are no subset of each other
    text = "全区新建学校12所,改造学校中心8所。"
    assert fact(text, "8所")["parent_id"] == ""
