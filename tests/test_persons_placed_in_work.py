"""Persons a subject places in work (安置了903万人就业, 共安排两千多万人就业) are named by the placing, not as all at work.

A count of persons followed only by what they do is named by it (1334万人参保 → 参保的人). When the verb before the
count is one that places them (``placing_verb``: 安置, 安排, 带动, 吸纳 …), what they do is what they were placed in: the
persons placed in jobs over the period (安置就业的人, a flow), not all persons at work (就业的人 reads as a stock). Each
test is a sentence copied from the report named in its comment, or says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 1980
S1980 = "1979年全国在城镇安置了903万人就业，开始提升40％职工的工资级别，调整了部分地区的工资类别，发给了职工副食品价格补贴。"
# national work report 1981
S1981_MONTHS = "在城镇中，今年１至９月安排了四百七十七万人就业。"
S1981_YEARS = "这三年城镇共安排两千多万人就业，加上提高职工工资和实行奖励制度，国家增加财政开支和减少财政收入共四百零五亿元。"
# national work report 1988
S1988 = "全国城镇共安排３７００多万人就业，基本解决了长期积累的城镇待业青年就业问题。"
# written: the shapes of a district's review
W_DISTRICT = "2019年，全区共安排2000多人就业。"
W_DRIVEN = "新引进企业带动3000人就业。"


@pytest.mark.parametrize(("text", "printed", "name", "qualifier"), [
    (S1980, "903万人", "安置就业的人", "exact"),
    (S1981_MONTHS, "四百七十七万人", "安排就业的人", "exact"),
    (S1981_YEARS, "两千多万人", "安排就业的人", "over"),
    (S1988, "３７００多万人", "安排就业的人", "over"),
    (W_DISTRICT, "2000多人", "安排就业的人", "over"),
    (W_DRIVEN, "3000人", "带动就业的人", "exact"),
])
def test_persons_placed_in_work_are_named_by_the_placing(text, printed, name, qualifier):
    row = fact(text, printed)
    assert (row["indicator"], row["measure"], row["qualifier"]) == (name, "level", qualifier)
    assert "subject_carried" not in row["flags"]  # (the name is its own clause's, printed apart)


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written: persons helped, not placed, keep the name of what they do
    ("2019年，全区帮助1200人实现就业。", "1200人", "实现就业的人"),
    # written: persons counted with no verb before them
    ("2019年，全区1334万人参保。", "1334万人", "参保的人"),
])
def test_persons_not_placed_keep_what_they_do(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_persons_named_by_what_they_do_alone_keep_that_name():
    # national work report 2012: no verb brings them to it
    text = "2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。"
    assert fact(text, "1334")["indicator"] == "城镇居民社会养老保险试点参保的人"
    assert fact(text, "641")["indicator"] == "城镇居民社会养老保险试点领取养老金的人"
