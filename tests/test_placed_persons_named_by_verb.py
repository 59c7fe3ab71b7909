"""A count of persons named by what they do after it (1600万人进城落户 → 进城落户的人) keeps the verb before it that
brings them to do it (安排, 安置, 带动, 吸纳): 安排3700多万人就业 names the jobs the work placed (安排就业的人), not all
who found one. Each sentence is copied from the national work report named in its comment."""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1988
    ("全国城镇共安排３７００多万人就业，基本解决了长期积累的城镇待业青年就业问题。", "３７００", "安排就业的人"),
    # national work report 1980
    ("1979年全国在城镇安置了903万人就业，开始提升40％职工的工资级别，调整了部分地区的工资类别，发给了职工副食品价格补贴。",
     "903", "安置就业的人"),
    # national work report 1981
    ("在城镇中，今年１至９月安排了四百七十七万人就业。", "四百七十七", "安排就业的人"),
])
def test_persons_placed_keep_the_verb_that_places_them(text, printed, name):
    f = fact(text, printed)
    assert f["indicator"] == name
    assert "subject_carried" not in f["flags"]  # (named by its own clause)


def test_persons_named_by_what_they_do_alone_keep_that_name():
    # national work report 2012: no verb brings them to it
    text = "2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。"
    assert fact(text, "1334")["indicator"] == "城镇居民社会养老保险试点参保的人"
    assert fact(text, "641")["indicator"] == "城镇居民社会养老保险试点领取养老金的人"
