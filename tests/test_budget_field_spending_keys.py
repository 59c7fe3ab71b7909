"""A budget's spending on a field is the glossary's spending of that function class, on verbatim sentences of the
national work reports (the year of each is in the comment).

``全国财政用于教育支出`` and ``全国财政教育支出`` are the education spending (教育支出) of all budgets, as a
district's ``全区财政教育支出`` is of the district's budget; the health class printed by its names of 2007–2017
(医疗卫生支出, 医疗卫生与计划生育支出) is the class now named 卫生健康支出. A budget of one level apart (中央财政)
keeps its own concepts, and a field the glossary has no class of stays unkeyed. The budgeted amount of a quantity
(中央财政赤字预算) is that quantity, its status saying it is planned.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis.vocab import concept


@pytest.mark.parametrize(("text", "printed", "key"), [
    # 2008
    ("全国财政用于教育支出五年累计2.43万亿元，比前五年增长1.26倍。", "2.43", "education_expenditure"),
    ("全国财政用于教育支出五年累计2.43万亿元，比前五年增长1.26倍。", "1.26", "education_expenditure"),
    ("全国财政用于医疗卫生支出五年累计6294亿元，比前五年增长1.27倍。", "6294", "health_expenditure"),
    # 2011
    ("五年全国财政教育支出累计4.45万亿元，年均增长22.4%。", "4.45", "education_expenditure"),
    ("五年全国财政教育支出累计4.45万亿元，年均增长22.4%。", "22.4", "education_expenditure"),
])
def test_budget_spending_on_a_field_is_its_class(text: str, printed: str, key: str) -> None:
    assert fact(text, printed)["indicator_key"] == key


@pytest.mark.parametrize(("name", "key"), [
    ("区级财政教育支出", "education_expenditure"),
    ("财政用于科学技术的支出", "science_technology_expenditure"),
    ("医疗卫生与计划生育支出", "health_expenditure"),
    ("财政用于民生支出", "livelihood_spending"),
    # the central budget's own concepts, and fields with no class in the glossary
    ("中央财政医疗卫生支出", "central_health_spending"),
    ("中央财政用于文化事业的支出", ""),  # 2007
    ("全国财政用于社会保障支出", ""),  # 2008: 社会保障支出 before the class 社会保障和就业支出
    ("全国财政用于文化体育事业支出", ""),  # 2008
])
def test_field_names(name: str, key: str) -> None:
    assert concept(name).key == key


def test_budgeted_deficit_is_the_deficit() -> None:
    # 2008
    text = "今年，中央财政赤字预算拟安排1800亿元，比去年预算赤字减少650亿元；拟安排国债投资300亿元，比去年减少200亿元。"
    level, cut = fact(text, "1800"), fact(text, "650")
    assert (level["indicator_key"], level["measure"], level["status"]) == ("central_fiscal_deficit", "level", "target")
    assert (cut["indicator_key"], cut["measure"], cut["value"]) == ("central_fiscal_deficit", "abs_change", -6.5e10)
    assert concept("政府性基金预算").key == concept("一般公共预算").key == ""



def test_long_term_bonds_are_the_construction_bonds(work_reports) -> None:
    # 2000: 长期国债, the name of the construction bonds of 1998–2000 before 长期建设国债 (2001 on)
    review = work_reports.fact_at(2000, "两年来通过财政向银行发行2100亿元长期国债", "2100")
    assert (review["indicator_key"], review["period"], review["status"]) == (
        "long_term_construction_bonds", "1998-1999年", "actual")
    plan = work_reports.fact_at(2000, "发行1000亿元长期国债，重点投向水利、交通、通信等基础设施建设", "1000")
    assert (plan["indicator_key"], plan["period"], plan["status"]) == ("long_term_construction_bonds", "2000年", "target")
