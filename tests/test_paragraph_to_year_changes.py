"""A change planned against a year (将比１９８０年增长１．７倍) that opens a sentence of a paragraph whose earlier sentence
opens with 到YEAR is reached by that year, as the levels such a paragraph plans are."""

from __future__ import annotations


def test_a_planned_change_against_a_year_is_of_the_year_the_paragraph_reaches(work_reports):
    # national work report 1988: 到１９９２年，力争…使国民生产总值达到１５５００亿元左右，…。…实现了这个目标，我国国民生产总值
    # 将比１９８０年增长１．７倍，…
    f = work_reports.fact_at(1988, "我国国民生产总值将比１９８０年增长１．７倍", "１．７倍")
    assert (f["measure"], f["status"], f["comparator"], f["period"]) == ("change_pct", "target", "1980年", "1992年")


def test_a_change_after_a_level_of_its_sentence_keeps_the_bare_growth_after_it_against_the_same_year(work_reports):
    # national work report 1955: 内河轮驳船货物周转量将达到一百五十三亿吨公里，即比一九五二年增长三点二倍；旅客周转量将达到
    # 三十四亿人公里，增长百分之七十八点七。
    f = work_reports.fact_at(1955, "旅客周转量将达到三十四亿人公里，增长百分之七十八点七", "百分之七十八点七")
    assert (f["measure"], f["comparator"], f["period"]) == ("change_pct", "一九五二年", "一九五七年")
