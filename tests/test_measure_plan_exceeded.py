"""A percentage by which an outcome exceeds its plan is a change against the plan, not a completion.

超过 (national reports since 1958: ``超过原定的年度计划百分之四点一``) and 超额完成 before a plan, a budget or a target
and a percentage read the percentage as how much more than the plan was reached: ``change_pct``, comparator the
plan, an outcome (``actual``); not a completion of so few percent, nor a target.
"""

from _sentences import fact


def test_a_plan_exceeded_after_chaoguo():
    # national work report 1958
    s = ("　　一九五七年的工业总产值（不包括手工业产值，下同），包括原有企业和新建企业的在内，预计达到六百二十八亿一千万元（按一九五"
         "二年不变价格计算），超过年度计划百分之四点一，比上一年增长百分之六点九，超过第一个五年计划所规定的一九五七年的指标百分之十"
         "七点三。")
    f = fact(s, "百分之四点一")
    assert (f["measure"], f["comparator"]) == ("change_pct", "年度计划")


def test_a_budget_overfulfilled_is_a_change_against_it():
    # written: as a district budget report prints an overfulfilled budget
    s = "全区一般公共预算收入完成45.2亿元，超额完成年度预算3.2%。"
    f = fact(s, "3.2%")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"], f["status"]) == (
        "一般公共预算收入", "change_pct", 3.2, "年度预算", "actual")
