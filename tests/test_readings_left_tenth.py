"""Readings left open by earlier passes over the texts (a tenth pass).

Verbatim: the industrial output and sales output of the Xicheng report of January-May (tests/gold/real) and the
farm output of the Changping report (tests/gold/constructed): a glossary quantity headed by a glossary sector
(工业销售产值, 农林牧渔业总产值) is that quantity of the sector, its dimension ``sector``. Verbatim: the cut of a third
of the approvals, a goal of the 2015 national work report (减少1/3行政审批事项的目标), and the poverty line the 2012
report sets at a farmer's income (将农民人均纯收入2300元作为新的国家扶贫标准), and the industries of the 2007 report
whose restructuring has its policies (等11个行业结构调整的政策措施).
"""

from __future__ import annotations

from _sentences import fact

# -- a glossary quantity headed by a sector is the sector's quantity -------------------------------------------------

XICHENG_M1TO5 = ("规模以上工业企业累计完成工业总产值281.5亿元,同比增长4.9%,累计完成工业销售产值281.6亿元,"
                 "同比增长4.7%,产销率为100.0%,产销衔接良好。")
CHANGPING_2021 = "全区农林牧渔业总产值18.6亿元,同比增长4.2%。"


def test_a_glossary_quantity_of_a_sector_is_the_sectors() -> None:
    got = [fact(XICHENG_M1TO5, p) for p in ("281.5亿元", "4.9%", "281.6亿元", "4.7%")]
    assert [(g["indicator_key"], g["measure"], g["dimension"]) for g in got] == [
        ("industrial_output_above_size", "level", "sector"), ("industrial_output_above_size", "yoy_pct", "sector"),
        ("industrial_sales_output_above_size", "level", "sector"),
        ("industrial_sales_output_above_size", "yoy_pct", "sector")]
    farm = fact(CHANGPING_2021, "18.6亿元")
    assert (farm["indicator"], farm["indicator_key"], farm["dimension"]) == (
        "农林牧渔业总产值", "agriculture_output", "sector")


def test_industry_and_agriculture_together_are_no_one_sector() -> None:
    text = "在工业农业总产值方面：一九五三年比一九五二年增长百分之十四点四，一九五四年又比一九五三年增长百分之九点四。"
    got = fact(text, "百分之十四点四")
    assert (got["indicator_key"], got["dimension"]) == ("gross_output_industry_agriculture", "")


# -- a decline verb, a share, then the noun it is of: a cut of that noun -------------------------------------------

def test_a_share_cut_of_the_noun_after_it_framed_by_a_goal() -> None:
    # 2015: the goal of the government's term met: a third of the approvals cut, not a fall of the government
    text = "改革开放有新的突破，全面深化改革系列重点任务启动实施，本届政府减少1/3行政审批事项的目标提前实现。"
    got = fact(text, "1/3")
    assert (got["indicator"], got["measure"], round(got["value"], 1), got["status"]) == (
        "行政审批事项", "change_pct", -33.3, "actual")


def test_a_decline_against_a_base_stays_a_decline() -> None:
    # 2015: the special transfers fell by a third against last year (no noun after the share)
    text = "专项转移支付项目比上年减少1/3以上，一般性转移支付比重增加，地方政府性债务管理得到加强。"
    got = fact(text, "1/3")
    assert (got["indicator"], got["measure"], got["qualifier"]) == ("专项转移支付项目", "yoy_pct", "at_least")


# -- 将X+amount+作为Y: the amount is Y's level --------------------------------------------------------------------

def test_an_amount_set_as_a_standard_is_the_standards_level() -> None:
    # 2012: the new poverty line is set at a farmer's income of 2300 yuan; its rise over 2009 is the line's
    text = ("中央决定将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准，比2009年提高92％，"
            "把更多农村低收入人口纳入扶贫范围，这是社会的巨大进步。")
    level, rise = fact(text, "2300元"), fact(text, "92％")
    assert (level["indicator"], level["measure"], level["value"]) == ("新的国家扶贫标准", "level", 2300.0)
    assert (rise["indicator"], rise["measure"], rise["comparator"]) == ("新的国家扶贫标准", "change_pct", "2009年")


# -- a count before the work on its units and what that work has: the units counted ---------------------------------

def test_a_count_before_the_work_on_its_units_counts_the_units() -> None:
    # 2007: eleven industries (钢铁、煤炭、水泥等), not eleven policies
    text = ("制定并实施钢铁、煤炭、水泥等11个行业结构调整的政策措施，部分产能过剩行业投资增幅明显回落，"
            "新开工项目计划总投资大幅下降，煤炭、电解铝分别淘汰落后生产能力1.1亿吨和120万吨。")
    got = fact(text, "11个")
    assert (got["indicator"], got["measure"], got["value"], got["unit"]) == ("行业", "level", 11.0, "个")
