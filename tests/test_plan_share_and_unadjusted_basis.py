"""A share of the year's planned investment is a completion; a growth on the unadjusted basis (自然口径) is of the
quantity named before, the basis no name.

District reports state how much of the year's plan is done as 占年度计划投资的54.0%, the plan printed with its
quantity (投资, 资金, 数), as 占年度计划的52.3% is a completion without it. Reports of 2022 and 2023 print the revenue's
growth on two bases, 同口径增长8.2%，自然口径下降3.1%: the second figure is of the same revenue, as 按自然口径计算
下降12.1% is. No text at hand prints these words before a figure; the sentences here are written in the form of
those reports.
"""

from __future__ import annotations

from _sentences import fact_at

# written, in the form of a district's half-year report
PLAN = "截至6月底,全区累计完成投资21.6亿元,占年度计划投资的54.0%,超时序进度4个百分点。"


def test_share_of_the_planned_investment_is_a_completion():
    f = fact_at(PLAN, "54.0%")
    assert (f["measure"], f["comparator"]) == ("completion_pct", "年度计划投资")


def test_share_of_a_plan_with_no_quantity_stays_a_completion():
    f = fact_at("上半年,全区完成区级重点项目投资85.6亿元,占年度计划的52.3%。", "52.3%")
    assert (f["measure"], f["comparator"]) == ("completion_pct", "年度计划")


def test_share_of_a_whole_stays_a_share():
    f = fact_at("上半年,全区完成建安投资35.2亿元,占全社会固定资产投资的比重为41.2%。", "41.2%")
    assert f["measure"] == "rate_pct"


# written, in the form of a district's 2022 half-year report
BASES = "上半年,全区一般公共预算收入同口径增长8.2%,自然口径下降3.1%。"


def test_growth_on_the_unadjusted_basis_is_of_the_revenue():
    f = fact_at(BASES, "3.1%")
    assert (f["indicator"], f["measure"], f["value"]) == ("一般公共预算收入", "yoy_pct", -3.1)


def test_growth_on_the_comparable_basis_is_of_the_revenue():
    assert fact_at(BASES, "8.2%")["indicator"] == "一般公共预算收入"
