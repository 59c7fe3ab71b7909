"""Rates in the national work reports: the level a rate is changed to is named as the rate it is changed
from. Sentences copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact

VAT = ("深化增值税改革，将制造业等行业现行16%的税率降至13%，将交通运输业、建筑业等行业现行10%的税率降至9%，"
       "确保主要行业税负明显降低；保持6%一档的税率不变，但通过采取对生产、生活性服务业增加税收抵扣等配套措施，"
       "确保所有行业税负只减不增，继续向推进税率三档并两档、税制简化方向迈进。")


def test_the_to_value_of_a_rate_takes_the_from_values_owner():
    # 2019
    for printed, name in (("16%", "制造业等行业税率"), ("降至13%", "制造业等行业税率"),
                          ("10%", "交通运输业、建筑业等行业税率"), ("降至9%", "交通运输业、建筑业等行业税率"),
                          ("保持6%", "税率")):
        f = fact(VAT, printed)
        assert (f["indicator"], f["measure"]) == (name, "rate_pct"), printed


def test_a_share_budgeted_by_is_named_without_who_budgets_by_it():
    # 2012
    s = "中央财政已按全国财政性教育经费支出占国内生产总值的4%编制预算，地方财政也要相应安排，确保实现这一目标。"
    f = fact(s, "4%")
    assert (f["indicator"], f["comparator"], f["measure"]) == ("全国财政性教育经费支出", "国内生产总值", "rate_pct")
