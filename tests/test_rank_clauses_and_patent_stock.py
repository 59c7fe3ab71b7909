"""A rank said of a subject with no figure, and the frame a rank is printed in, are no part of the subject's name;
the stock of valid invention patents printed without 拥有量 is the glossary's concept.

No real excerpt at hand prints these shapes, so the sentences are written, in the words district reports use.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize("text", [
    # written: a rank over years with no figure, then the growth
    "区级一般公共预算收入增速连续三年位居全市前列，达到6.1%。",
    # written: the rank with no span of years
    "一般公共预算收入增速位居全市前列，达到6.1%。",
    # written: 名列前茅
    "一般公共预算收入增速名列全市前茅，达到6.1%。",
])
def test_a_rank_with_no_figure_is_no_part_of_the_growths_name(text):
    f = fact(text, "6.1%")
    assert f["indicator"].endswith("一般公共预算收入")
    assert (f["measure"], f["indicator_key"]) == ("yoy_pct", "general_budget_revenue")


@pytest.mark.parametrize(("text", "name"), [
    # written: the assessment the rank is in, and a span of years between it and the rank
    ("区域综合实力在全市综合考核中连续三年位列第一。", "区域综合实力"),
    # written: with no span of years
    ("区域综合实力在全市综合考核中位列第一。", "区域综合实力"),
    # written: 排名
    ("营商环境在全市考核中连续两年排名第一。", "营商环境"),
])
def test_the_frame_of_a_rank_is_its_group(text, name):
    f = fact(text, "第一")
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "rank", "全市")


def test_a_frame_that_opens_the_clause_still_names_what_is_ranked():
    # written: nothing before the frame but a span of years
    assert fact("连续两年在全市营商环境评价中排名第三。", "第三")["indicator"] == "营商环境评价"


@pytest.mark.parametrize(("text", "printed"), [
    # written: the stock with no 拥有量
    ("全区有效发明专利4860件。", "4860件"),
    # written: with a verb and its growth
    ("全区有效发明专利达到4860件，同比增长12%。", "12%"),
    # written: with 拥有量, as before
    ("全区有效发明专利拥有量4860件。", "4860件"),
])
def test_valid_invention_patents_without_yongyouliang(text, printed):
    assert fact(text, printed)["indicator_key"] == "valid_invention_patents"
