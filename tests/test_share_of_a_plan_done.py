"""A share of a plan's investment that an amount done is: a completion, not a share of something.

2010's 重灾区已完成投资6545亿元，占规划总投资的65.5% (verbatim) gives how much of the reconstruction plan's total was
done, as 已完成总工程量的70% does: ``completion_pct`` against 规划总投资, named by the amount done. A share of the total
held by an amount that is not said done (其中政府投资30亿元，占计划总投资的30%) stays a share; so does 这方面的投资占总投资的
百分之三十八点五 (1982, verbatim). A year's investment plan or target task (占年度投资计划的, 占年度目标任务的) is a plan like 年度计划.
"""

from __future__ import annotations

import pytest
from _sentences import fact, fact_printed

S2010_REBUILD = "我们加快推进汶川地震灾后恢复重建，重灾区已完成投资6545亿元，占规划总投资的65.5%。"
S1982_ENERGY = "六五计划基本建设投资的重点是能源、交通建设，这方面的投资占总投资的百分之三十八点五，比过去有所提高。"


def test_the_share_of_a_plans_total_an_amount_done_is_is_its_completion():
    r = fact_printed(S2010_REBUILD, "65.5")
    assert (r["measure"], r["indicator"], r["comparator"], r["value"]) == ("completion_pct", "重灾区投资", "规划总投资", 65.5)
    assert fact_printed(S2010_REBUILD, "6545")["measure"] == "level"


def test_a_share_of_the_total_of_what_is_not_said_done_stays_a_share():
    assert (fact_printed(S1982_ENERGY, "百分之三十八点五")["measure"]) == "rate_pct"


@pytest.mark.parametrize(("text", "printed", "measure", "comparator"), [
    ("重大项目完成投资45亿元，占计划总投资的38%。", "38", "completion_pct", "计划总投资"),
    ("完成投资120亿元，占年度投资计划的55%。", "55", "completion_pct", "年度投资计划"),
    ("完成投资12亿元，占年度目标任务的52%。", "52", "completion_pct", "年度目标任务"),
    ("其中政府投资30亿元，占计划总投资的30%。", "30%", "rate_pct", "计划总投资"),
])
def test_written_fixtures_of_plan_shares(text, printed, measure, comparator):
    """Written regression fixtures (no real text): a plan's total done, a year's investment plan or target task (目标任务,
    as 完成全年目标任务的75% prints it), a share of a total."""
    r = fact(text, printed)
    assert (r["measure"], r["comparator"]) == (measure, comparator)
