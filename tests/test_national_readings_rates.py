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


def test_owners_after_jiang_have_the_rate_the_clause_before_raises():
    # 2023
    s = ("通过市场化机制激励企业创新，不断提高企业研发费用加计扣除比例，将制造业企业、科技型中小企业分别从50%、75%提高至"
         "100%，并阶段性扩大到所有适用行业，对企业投入基础研究、购置设备给予政策支持，各类支持创新的税收优惠政策年度规模已"
         "超过万亿元。")
    assert fact(s, "50%")["indicator"] == "制造业企业研发费用加计扣除比例"
    assert fact(s, "75%")["indicator"] == "科技型中小企业研发费用加计扣除比例"


def test_a_quantity_of_its_own_after_ba_keeps_its_name():
    # 2009
    s = "提高农村义务教育公用经费标准，把小学、初中学生人均公用经费分别提高到300元和500元。"
    assert fact(s, "300元")["indicator"] == "小学学生人均公用经费"  # (the 学生 of the last item is both items')
