"""The time a sentence hands on after an average over years, and the time of a population counted under a span.

A sentence that prints a year and then an average over the years up to it (１９８７年提高到…，平均每年增长６．３％) has
come to speak of those years: the figures of the sentences after it that print no time of their own are of the span
(1983-1987年), not of the year the span ends with. A population counted in a sentence after such an average
keeps the year its sentence names (the whole people under a span are tested with the levels reached over a span,
``test_levels_reached_over_a_span``). Each sentence is quoted from the national work report its test names.
"""

from __future__ import annotations


def test_sentences_after_an_average_over_years_hold_its_span(work_reports):
    # national work report 1988: 城镇居民人均生活费收入，１９８２年为４９４．５元，１９８７年提高到９．６元，扣除物价上涨因素，
    # 平均每年增长６．３％。城乡市场繁荣兴旺，消费品供应明显增多。城市新建职工住宅８．５亿平方米，农村新建住房３９亿平方米，…
    for said, printed in (("城市新建职工住宅８．５亿平方米", "８．５"), ("农村新建住房３９亿平方米", "３９"),
                          ("全国城镇共安排３７００多万人就业", "３７００")):
        f = work_reports.fact_at(1988, said, printed)
        assert (f["measure"], f["period"]) == ("level", "1983-1987年"), said


def test_the_year_before_the_average_stays_the_level_of_that_year(work_reports):
    # national work report 1988
    f = work_reports.fact_at(1988, "１９８７年提高到４６３元", "４６３")
    assert f["period"] == "1987年"


def test_a_population_counted_in_a_sentence_after_a_two_year_average(work_reports):
    # national work report 1982: …两年平均每年递增百分之九点四。…在我们这样一个十亿人口的国家，…
    f = work_reports.fact_at(1982, "在我们这样一个十亿人口的国家", "十亿")
    assert f["period"] == "1982年"
