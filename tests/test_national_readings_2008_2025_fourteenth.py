"""A fourteenth pass over sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- an amount named only by who pays it is named by what it pays for: 解决, 实施 or 补贴 after it, 实施 before it ----


def test_amount_named_by_the_problem_it_solves_after_it():
    # 2010
    s = "中央财政安排429亿元，解决关闭破产国有企业退休人员医疗保险问题。"
    r = fact(s, "429亿元")
    assert r["indicator"] == "解决关闭破产国有企业退休人员医疗保险问题的中央财政安排资金"
    assert (r["measure"], r["unit"], r["value"]) == ("level", "元", 4.29e10)


def test_amount_named_by_the_plan_it_carries_out_after_it():
    # 2007
    s = "“十一五”时期中央财政将投入100亿元，实施农村初中学校改造计划，地方政府也要相应增加这方面的投入。"
    r = fact(s, "100亿元")
    assert r["indicator"] == "实施农村初中学校改造计划的中央财政投入"
    assert (r["measure"], r["status"]) == ("level", "target")


def test_amount_named_by_the_policy_it_carries_out_before_it():
    # 2009
    s = "实施更加积极的就业政策，中央财政拟投入420亿元资金。"
    r = fact(s, "420亿元")
    assert r["indicator"] == "实施更加积极的就业政策的中央财政资金"
    assert (r["measure"], r["status"]) == ("level", "target")
    # 2004: 继续 before the verb is no part of the name
    s = "继续实施第二期农村中小学危房改造，中央财政将投入60亿元。"
    assert fact(s, "60亿元")["indicator"] == "实施第二期农村中小学危房改造的中央财政投入"


# -- a word of size (上亿, 几亿) before a noun that says what it counts is a count of persons ------------------------


def test_word_of_size_before_a_counted_noun_is_a_count():
    # 2016
    s = "城镇保障性安居工程住房建设4013万套，上亿群众喜迁新居。"
    r = fact(s, "亿")
    assert (r["measure"], r["unit"], r["qualifier"], r["value"]) == ("level", "人", "over", 1e8)
    assert r["indicator"] == "喜迁新居的群众"  # (喜迁 opens what is said of the persons counted, as 受益 does)
    # 2015
    s = "人均基本公共卫生服务经费补助标准由35元提高到40元，增量全部用于支付村医的基本公共卫生服务，方便几亿农民就地就近看病就医。"
    r = fact(s, "几亿")
    assert (r["indicator"], r["unit"], r["qualifier"]) == ("农民", "人", "over")


# -- persons counted before 参保 are named by it, as before 参加 ---------------------------------------------------


def test_persons_counted_before_joining_insurance_are_named_by_it():
    # 2012
    s = "基本医疗保险覆盖范围继续扩大，13亿城乡居民参保，全民医保体系初步形成。"
    r = fact(s, "13亿")  # (the insurance whose coverage the clause before widens is what they join)
    assert (r["indicator"], r["unit"], r["value"]) == ("基本医疗保险参保的城乡居民", "人", 1.3e9)
