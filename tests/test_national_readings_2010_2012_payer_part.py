"""An amount named only by its payer, after a clause that raises what it is spent on.

Verbatim, from the national work reports of 2012 and 2010: a clause raises the input or spending on some things
(加大对科技、教育、文化、卫生、体育事业的投入 / 大幅度增加全国教育支出) and the amount after it is named only by who pays
it (全国财政支出, 其中中央财政支出): the amount is the payer's spending on those things, not all it spends (the
national budget spent some 10.9万亿元 in 2011, not 2.82万亿元), named in the noun printed (支出); a payer's true total,
with no such clause before it, keeps its name.
"""

from __future__ import annotations

from _sentences import fact

# 2012.txt
NATIONAL_2012_SOCIAL = "各级政府加大对科技、教育、文化、卫生、体育事业的投入，全国财政支出2.82万亿元。"
# 2010.txt
NATIONAL_2010_EDUCATION = "进一步促进教育公平。大幅度增加全国教育支出，其中中央财政支出1981亿元，比上年增长23.6%。"
# 2018.txt
NATIONAL_2018_TOTAL = "今年全国财政支出21万亿元，支出规模进一步加大。"


def test_the_payer_s_spending_is_named_by_whom_the_clause_before_raises_input_for():
    f = fact(NATIONAL_2012_SOCIAL, "2.82万亿元")
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (
        "全国财政科技、教育、文化、卫生、体育事业支出", "", "level")  # (no key of the budget's total spending)


def test_the_part_after_qi_zhong_is_the_payer_s_part_of_the_spending_raised():
    for raw, measure in (("1981亿元", "level"), ("23.6%", "yoy_pct")):
        f = fact(NATIONAL_2010_EDUCATION, raw)
        assert (f["indicator"], f["measure"]) == ("中央财政教育支出", measure)


def test_a_payer_s_total_with_no_spending_raised_before_keeps_its_name():
    f = fact(NATIONAL_2018_TOTAL, "21万亿元")
    assert (f["indicator"], f["indicator_key"]) == ("全国财政支出", "general_budget_expenditure")
