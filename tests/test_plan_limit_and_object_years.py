"""A year a target is set for after 保证到, a year reviewed that is the object of a deed done, a span before a list.

保证到一九八○年 sets the time of the targets after it, as 确保到, 力争到 and 争取到 do; and 今年…仍然保持了去年的水平
keeps the year the sentence speaks of this year: 去年 there is the base the clause holds (the object of 保持了),
not a year reviewed that ends 今年, so no period stated sentences before (今年１至９月) holds on to a figure after
it; and a span printed before the noun of a list's first clause (五年铁路正线铺轨总里程…，高速公路增加…) is the
time of the list's other clauses too. Each sentence is quoted from the national work report its test names.
"""

from __future__ import annotations

import dhcheng_analysis as dh


def _facts(text: str) -> list[tuple[str, str, float, str, str]]:
    df = dh.extract_facts(dh.load_report(text))
    return [(r.indicator, r.measure, r.value, r.status, r.period) for r in df.itertuples()]


def test_targets_after_a_guaranteed_year_are_of_that_year(work_reports):
    # national work report 1978
    first = work_reports.fact_at(1978, "保证到一九八○年把三分之一的企业建成大庆式企业", "三分之一")
    second = work_reports.fact_at(1978, "把三分之一的县建成大寨县", "三分之一")
    assert (first["status"], first["period"]) == ("target", "一九八○年")
    assert (second["status"], second["period"]) == ("target", "一九八○年")


def test_a_guaranteed_year_is_no_part_of_the_name():
    # shape of the 1978 national work report's 保证到一九八○年 with a level reached
    assert _facts("保证到2025年粮食产量达到八千亿斤。") == [("粮食产量", "level", 8e11, "target", "2025年")]


def test_a_year_held_as_the_object_of_a_deed_keeps_this_year(work_reports):
    # national work report 1981: 今年１至９月安排了四百七十七万人就业 two sentences before is no period of it
    f = work_reports.fact_at(1981, "全国各城镇职工住宅的竣工面积可达到八千万平方米", "八千万")
    assert (f["indicator"], f["status"]) == ("全国各城镇职工住宅的竣工面积", "estimate")
    assert f["period"] != "1至9月"


def test_a_year_held_as_the_object_is_this_year_in_a_dated_report():
    # national work report 1981, in a report whose year is known (2024)
    text = ("2024年政府工作报告\n在城镇中，今年１至９月安排了四百七十七万人就业。在大幅度压缩基本建设投资的情况下，"
            "今年职工住宅建设投资仍然保持了去年的水平，全国各城镇职工住宅的竣工面积可达到八千万平方米。")
    got = {ind: period for ind, _, _, _, period in _facts(text)}
    assert got["全国各城镇职工住宅的竣工面积"] == "2024年"


def test_a_span_before_a_lists_first_noun_times_the_list(work_reports):
    # national work report 1998: 五年 before 铁路正线铺轨总里程 is the time of the clauses of the list after it
    phrase = "五年铁路正线铺轨总里程1 1 3 4 4 公里，高速公路增加4 0 8 3 公里，电话交换机总容量达到1 ．1 亿门"
    laid = work_reports.fact_at(1998, phrase, "1 1 3 4 4")
    added = work_reports.fact_at(1998, phrase, "4 0 8 3")
    reached = work_reports.fact_at(1998, phrase, "1 ．1")
    assert (laid["period"], added["measure"], added["period"]) == ("1993-1997年", "abs_change", "1993-1997年")
    assert reached["period"] == "1997年"  # a stock reached, at the span's end


def test_a_later_clause_naming_its_own_span_keeps_it(work_reports):
    # national work report 2023: 十年 in a later clause is the time of that clause, not 五年 before it
    phrase = "五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%"
    five = work_reports.fact_at(2023, phrase, "5.2")
    ten = work_reports.fact_at(2023, phrase, "70")
    assert (five["period"], ten["period"]) == ("2018-2022年", "2013-2022年")
