"""Readings of the State Council work reports of 2010 and 2013, read whole and in text order.

Each sentence is copied verbatim from the work-report corpus (the year of the report named in the test). A name
printed with a word that does not change what it names — 累计 between the owner and the quantity, 年度 before it,
总额 after it, (市、区) after 县 — or in another wording of a glossary concept (社会保障投入 for 社会保障资金, 新增造林 for 造林) gets
the key of that concept, so that the figure meets the same quantity printed in other years.
"""

from __future__ import annotations

import pytest

from dhcheng_analysis.vocab import concept


@pytest.mark.parametrize(("year", "phrase", "printed", "indicator", "key"), [
    # 累计 inside the name: the five years' spending of the central budget on agriculture
    (2013, "加大财政投入，中央财政“三农”累计支出4.47万亿元，年均增长23.5%。", "4.47万亿元", "中央财政“三农”累计支出",
     "central_agriculture_rural_spending"),
    (2013, "加大财政投入，中央财政“三农”累计支出4.47万亿元，年均增长23.5%。", "23.5%", "中央财政“三农”累计支出",
     "central_agriculture_rural_spending"),
    # 年度 before the name and 总额 after it
    (2013, "目前我国年度财政性教育经费支出总额已经超过2万亿元，今后还要继续增加", "2万亿元", "我国年度财政性教育经费支出总额",
     "public_education_funding"),
    # the plan's wording of the social security funds the review counts (中央财政安排社会保障资金2906亿元)
    (2010, "各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元。", "3185亿元", "中央财政社会保障投入",
     "central_social_security_funds"),
    (2010, "中央财政安排社会保障资金2906亿元，比上年增长16.6%。", "2906亿元", "中央财政社会保障资金",
     "central_social_security_funds"),
    # the plan's afforestation target, the review's 完成造林8827万亩 of the year before
    (2010, "加快国土绿化进程，增加森林碳汇，新增造林面积不低于8880万亩。", "8880万亩", "新增造林面积", "afforestation_area"),
    # the dwellings of shantytown renovation: counted in 2009, planned for 2010 (各类棚户区改造住房280万套)
    (2010, "新建、改扩建各类保障性住房200万套，棚户区改造解决住房130万套。", "130万套", "棚户区改造解决住房",
     "shantytown_renovation"),
    # the counties of the rural pension pilot: counted in 2010 and 2012, planned as a share in 2009; 县(市、区) names
    # the counties with the places of their rank
    (2010, "在320个县开展新型农村社会养老保险试点，推动我国社会保障制度建设迈出历史性步伐。", "320个",
     "开展新型农村社会养老保险试点的县", "nrps_pilot_counties"),
    (2012, "2343个县（市、区）开展新型农村社会养老保险试点", "2343个", "开展新型农村社会养老保险试点的县（市、区）",
     "nrps_pilot_counties"),
    (2009, "新型农村社会养老保险试点要覆盖全国10%左右的县（市）。", "10%", "新型农村社会养老保险试点覆盖的县（市）",
     "nrps_pilot_counties"),
])
def test_a_name_in_another_wording_gets_the_key_of_its_concept(work_reports, year, phrase, printed, indicator, key):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["indicator"], f["indicator_key"]) == (indicator, key)


def test_words_that_leave_the_concept_as_it_is() -> None:
    # 累计 inside a name, 年度 before it, 总额 after it: the concept the rest names; a name that is a glossary name
    # with 总额 keeps it (社会消费品零售总额), and 累计 alone names nothing
    assert concept("全区一般公共预算累计支出").key == "general_budget_expenditure"
    assert concept("年度财政性教育经费支出总额").key == "public_education_funding"
    assert concept("社会消费品零售总额").key == "retail_sales"
    assert concept("累计支出").key == ""
    # a place level's aside (市、区) leaves the name's concept
    assert concept("开展新型农村社会养老保险试点的县(市、区)").key == "nrps_pilot_counties"
