"""A figure in the plan part whose status comes only from that part (no word of a plan, an outcome or an estimate
near it) is an outcome when the span of years its sentence prints lies wholly in the years reviewed:
``2021年以来，全区累计新增就业5万人`` and ``近三年全区地区生产总值年均增长6.5%`` in the plan of 2024 (period
2021-2023年) are what was done, as ``从2003年到2006年年均超收2040亿元`` in the plan part of 2007 already is. No
text at hand prints the shape in a plan part; the sentences are written in the form of district plans and are
regression fixtures, not evidence."""

from __future__ import annotations

from _sentences import fact_at

HEAD = "北京市东城区2024年政府工作报告\n一、2023年工作回顾\n2023年，全区地区生产总值增长5%。\n二、2024年工作安排\n"


def test_a_count_since_a_year_reviewed_is_an_outcome():
    # written in the form of a district plan
    f = fact_at(HEAD + "2021年以来，全区累计新增就业5万人。", "5万人")
    assert (f["status"], f["period"]) == ("actual", "2021-2023年")
    assert "year_inferred" not in f["flags"]


def test_an_average_over_the_last_years_is_an_outcome():
    # written in the form of a district plan
    f = fact_at(HEAD + "近三年全区地区生产总值年均增长6.5%，为今年发展奠定了基础。", "6.5%")
    assert (f["measure"], f["status"], f["period"]) == ("change_pct", "actual", "2021-2023年")


def test_a_span_ahead_stays_a_target():
    # written in the form of a district plan
    f = fact_at(HEAD + "今后三年，全区地区生产总值年均增长6%。", "6%")
    assert f["status"] == "target"
