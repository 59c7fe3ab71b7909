"""Readings of the State Council work reports of 2008-2025: a figure after a list of pollutants is each pollutant's; the
figure a budget is drawn up by (按…4%编制预算) is planned. Sentences copied verbatim from the work-report corpus (year in
the comment)."""

from __future__ import annotations

from _sentences import fact, facts


def _rows(s: str) -> list[tuple]:
    f = facts(s)
    return sorted(zip(f["indicator"], f["measure"], f["value"], f["qualifier"], f["status"], strict=True))


def test_a_cut_after_a_list_of_pollutants_is_each_pollutants_without_a_word_for_each():
    # 2018, 2019
    s = "巩固蓝天保卫战成果，今年二氧化硫、氮氧化物排放量要下降3%，重点地区细颗粒物（PM2.5）浓度继续下降。"
    assert _rows(s) == [("二氧化硫排放量", "yoy_pct", -3.0, "exact", "target"),
                        ("氮氧化物排放量", "yoy_pct", -3.0, "exact", "target")]
    s = "深入推进水、土壤污染防治，今年化学需氧量、氨氮排放量要下降2%。"
    assert _rows(s) == [("化学需氧量排放量", "yoy_pct", -2.0, "exact", "target"),
                        ("氨氮排放量", "yoy_pct", -2.0, "exact", "target")]


def test_a_figure_after_a_list_of_things_summed_stays_the_lists():
    # 2010, 2024: investment and exports of several kinds add up, their figure is the whole's
    s = ("2009年中央政府公共投资9243亿元，比上年预算增加5038亿元，其中，保障性住房、农村民生工程、社会事业投资占44%，"
         "自主创新、结构调整、节能减排和生态建设占16%，重大基础设施建设占23%，灾后恢复重建占14%。")
    assert "保障性住房、农村民生工程、社会事业投资" in set(facts(s)["indicator"])
    s = "推动外贸稳规模、优结构，电动汽车、锂电池、光伏产品“新三样”出口增长近30%。"
    assert list(facts(s)["indicator"]) == ["电动汽车、锂电池、光伏产品“新三样”出口"]


def test_the_figure_a_budget_is_drawn_up_by_is_planned():
    # 2012: 已 says the budget is drawn up, the 4% it is drawn up by is still to be reached
    s = "中央财政已按全国财政性教育经费支出占国内生产总值的4%编制预算，地方财政也要相应安排，确保实现这一目标。"
    f = fact(s, "4%")
    assert (f["indicator"], f["measure"], f["comparator"], f["status"]) == (
        "全国财政性教育经费支出", "rate_pct", "国内生产总值", "target")
    # 2017
    assert fact("今年赤字率拟按3%安排，财政赤字2.38万亿元，比去年增加2000亿元。", "3%")["status"] == "target"
