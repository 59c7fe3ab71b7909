"""A stock reached under a span reviewed in a plan part, and the existing count a plan compares with.

A stock a sentence opened by a span of years says was reached
(五年来，…，同我国建交的国家总数现已达到１５５个) is of the span's last year, also in a chapter after the plan
chapter, when the span lies wholly in the years reviewed. Each sentence is quoted from the national work report its
test names.
"""

from __future__ import annotations


def test_a_stock_reached_under_a_reviewed_span_in_a_later_chapter_is_of_its_last_year(work_reports):
    # national work report 1993, under 七、关于我国的外交工作: 五年来，我国同３０个国家建立或恢复了外交关系，
    # 同我国建交的国家总数现已达到１５５个。
    f = work_reports.fact_at(1993, "同我国建交的国家总数现已达到１５５个", "１５５")
    assert (f["period"], f["status"]) == ("1992年", "actual")
    g = work_reports.fact_at(1993, "我国同３０个国家建立或恢复了外交关系", "３０")
    assert g["period"] == "1988-1992年"  # (a count of the years' events keeps the span)


def test_the_existing_count_a_plan_compares_with_is_of_the_year_reviewed(work_reports):
    # national work report 1993: 国务院的部委和直属机构、办事机构共５９个，比现有的８６个减少２７个。
    f = work_reports.fact_at(1993, "比现有的８６个减少２７个", "８６")
    assert (f["status"], f["period"]) == ("actual", "1992年")
    g = work_reports.fact_at(1993, "办事机构共５９个", "５９")
    assert (g["status"], g["period"]) == ("target", "1993年")


def test_the_value_added_of_agriculture_in_the_broad_sense_is_the_primary_sectors(work_reports):
    # national work report 1994: 农业获得丰收，农林牧副渔稳定发展，农业增加值增长百分之四。
    f = work_reports.fact_at(1994, "农业增加值增长百分之四", "百分之四")
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"]) == (
        "农业增加值", "primary_industry_va", "yoy_pct", 4.0)


def test_a_share_reached_under_a_reviewed_span_with_its_whole_after_the_verb_is_of_its_last_year(work_reports):
    # national work report 1993, under 五年来…: 教育结构有重大调整，职业教育、成人教育迅速发展，中等职业技术学校在校学生
    # 已接近高中阶段学生人数的百分之五十。
    f = work_reports.fact_at(1993, "已接近高中阶段学生人数的百分之五十", "百分之五十")
    assert (f["measure"], f["period"], f["comparator"]) == ("rate_pct", "1992年", "高中阶段学生人数")
    g = work_reports.fact_at(1993, "五年共培养本科和专科毕业生５８４万人", "５８４")
    assert g["period"] == "1988-1992年"  # (the graduates the years trained keep the span)
