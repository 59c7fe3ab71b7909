"""A change printed after an amount its purpose clause names (为落实…，中央财政支出…) carries that name whole.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment).
"""

from __future__ import annotations

from _sentences import fact


def test_the_growth_of_an_amount_named_by_its_purpose_keeps_the_purpose():
    # national work report 2004: the growth is of the same spending as the amount, named the same
    s = ("为继续落实“两个确保”和“三条保障线”，2003年中央财政支出700亿元，比上年增长19.9%；"
         "其中用于城市居民最低生活保障的补助资金由上年46亿元增加到92亿元。")
    name = "落实“两个确保”和“三条保障线”的中央财政支出"
    assert fact(s, "700亿元")["indicator"] == name
    growth = fact(s, "19.9%")
    assert growth["indicator"] == name
    assert (growth["measure"], growth["comparator"], growth["period"]) == ("yoy_pct", "上年", "2003年")
    assert fact(s, "92亿元")["indicator"] == "用于城市居民最低生活保障的补助资金"
