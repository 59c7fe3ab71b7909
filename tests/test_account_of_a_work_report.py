"""An account of a work report (周总理说…) that prints no title, date line, numbered heading or year near its top.

- Its years are read as those of a work report that prints none: the year its sentences report on most often, at
  least three times, planning the next. A sentence that names the tasks of a year (明年发展国民经济的主要任务是,
  一九六五年的主要任务就是) or what it must do (一九六五年必须…) plans it, and names no year reported on.
- A top-level part that says both what was done and what is to be done (国民经济的成就和今后的建设任务) plans from
  the paragraph that opens with the tasks of the year planned (明年发展国民经济的主要任务是…), as from one that opens
  with the coming five-year period; the top level is that of the report's highest headings, unnumbered or not.
- A span of years opening a sentence with 以来 (四年以来，…) is the period of its figures, as 四年来 is: the years
  up to the one covered, not the year the sentence before names.
- A clause that only names a list of products (钢、石油…等主要工业产品，…的产量都…) owns the bare output of the
  clause after it, as an industry does (轻工业，总产值…).
"""

from __future__ import annotations

import pytest
from _work_reports import WorkReports

import dhcheng_analysis as dh
from dhcheng_analysis.cuewords import layout_views
from dhcheng_analysis.numbers import normalize

REPORTS = WorkReports()


def test_an_account_with_no_title_or_date_covers_the_year_its_sentences_report_on():
    # national work report 1964: 一九六四年 reported on three times, 一九六五年 planned
    report, _ = REPORTS[1964]
    assert (report.years.covered, report.years.plan, report.years.source) == (1964, 1965, "stated")


@pytest.mark.parametrize("sentence", [
    # national work report 1964
    "明年发展国民经济的主要任务是，在更深入广泛开展社会主义教育运动的基础上，大力组织工农业生产新高潮，完成国民经济"
    "调整工作中某些尚未完成的任务，为一九六六年开始第三个五年计划作好准备。",
    "他号召，一九六五年必须在各条战线上深入开展增产节约运动。",
])
def test_a_sentence_naming_a_years_tasks_names_no_year_reported_on(sentence):
    assert layout_views().stated_year_skip.search(normalize(sentence)) is not None


def test_the_budget_of_the_year_planned_is_a_target():
    # national work report 1964: after 明年发展国民经济的主要任务是…, in the part 国民经济的成就和今后的建设任务
    r = REPORTS.fact_at(1964, "一九六五年国家预算收支都比上年增长百分之十以上，收支平衡。", "百分之十")
    assert (r["status"], r["period"]) == ("target", "一九六五年")


def test_a_plan_paragraph_with_no_year_is_for_the_year_planned():
    # national work report 1964
    r = REPORTS.fact_at(1964, "计划草案拟定，工业总产值比一九六四年增长百分之十一左右。", "百分之十一")
    assert (r["status"], r["period"], r["comparator"]) == ("target", "1965年", "一九六四年")


def test_the_review_before_the_years_tasks_stays_an_outcome():
    # national work report 1964
    r = REPORTS.fact_at(1964, "一九六四年，全国拥有的农业用拖拉机台数比一九五七年增长四倍", "四倍")
    assert (r["status"], r["period"]) == ("actual", "一九六四年")
    r = REPORTS.fact_at(1964, "一九六四年全国工业总产值，预计比一九六三年增长百分之十五以上", "百分之十五")
    assert (r["status"], r["period"]) == ("estimate", "一九六四年")


def test_years_since_opening_a_sentence_are_its_period():
    # national work report 1964: the sentence before names 一九六四年
    phrase = "四年以来，主要工业产品的品种大约增加了两万四千种，比一九五八年到一九六○年大发展时期所增加的品种还多两倍。"
    r = REPORTS.fact_at(1964, phrase, "两万四千")
    assert (r["period"], r["measure"], r["value"]) == ("1961-1964年", "abs_change", 24000)
    assert "multi_year" in r["flags"]
    assert REPORTS.fact_at(1964, phrase, "两倍")["period"] == "1961-1964年"


def test_a_named_list_of_products_owns_the_output_after_it():
    # national work report 1964
    r = REPORTS.fact_at(1964, "钢、石油、化学肥料、水泥、汽车、棉纱、食糖、卷烟等主要工业产品，一九六四年的产量都比一九六三年增长"
                              "百分之二十以上。", "百分之二十")
    assert r["indicator"] == "钢、石油、化学肥料、水泥、汽车、棉纱、食糖、卷烟等主要工业产品产量"
    assert (r["period"], r["comparator"], r["value"]) == ("一九六四年", "一九六三年", 20)


# constructed regression fixture (not real text): a report printing no year near its top whose sentences state their
# year with a part of it is of that part, and plans the rest of its own year, not the next
@pytest.mark.parametrize("part", ["上半年", "1-4月"])
def test_a_report_stating_a_part_of_its_year_plans_its_own_year(part):
    pad = "".join(f"第{i}项工作稳步推进，各方面进展顺利。\n" for i in range(1, 200))
    text = pad + "".join(f"2023年{part}，全区{name}增长{v}%。" for name, v in
                         (("规模以上工业增加值", 6.1), ("社会消费品零售总额", 4.0), ("固定资产投资", 3.0))) + "\n"
    years = dh.load_report(text).years
    assert (years.covered, years.plan, years.source) == (2023, 2023, "stated")
