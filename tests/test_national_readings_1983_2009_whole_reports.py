"""Readings of the State Council work reports of 1983 and 2009, read whole and in text order.

Each sentence is copied verbatim from the work-report corpus (``national_work_reports/1983.txt``, ``2009.txt``, and
``1995.txt`` for a sentence of the same kind; the year of the report named in each case).
"""

from __future__ import annotations

from _sentences import fact

# -- the bodies a sentence opens with own a bare measure printed after an aside of what they include ----------------


def test_a_bare_measure_after_an_aside_of_what_the_opening_bodies_include_is_theirs(work_reports):
    # 1983: the pupils of the adult colleges the sentence opens with, not all pupils
    f = work_reports.fact_at(1983, "各种类型的成人高等学校，包括电视大学、函授大学、夜大学等，一九八二年在校生已达六十四万多人。",
                             "六十四万多人")
    assert (f["indicator"], f["value"], f["qualifier"], f["period"]) == (
        "各种类型的成人高等学校在校生", 640000.0, "over", "一九八二年")
    assert "cue_subject" not in f["flags"]


# -- 出访 before a count names those visited, as 走访 does ---------------------------------------------------------


def test_countries_visited_are_named_by_the_visit(work_reports):
    # 1983 and 1995: the countries the leaders visited, not countries at large
    assert work_reports.fact_at(1983, "在此期间，我国领导人出访了九十个国家，有八十一个国家的领导人来我国访问。",
                                "九十个")["indicator"] == "出访国家"
    assert work_reports.fact_at(1995, "以江泽民主席为首的我国领导人也出访了数十个国家", "数十个")["indicator"] == "出访国家"
    # (the countries whose leaders came are named by what is theirs, as before)
    assert work_reports.fact_at(1983, "在此期间，我国领导人出访了九十个国家，有八十一个国家的领导人来我国访问。",
                                "八十一个")["indicator"] == "国家"


# -- the pension of enterprise retirees, printed without 基本, is the glossary's concept -----------------------------


def test_the_pension_of_enterprise_retirees_without_basic_gets_its_key(work_reports):
    # 2009: the monthly rise of the pension per retiree
    f = work_reports.fact_at(2009, "企业退休人员养老金人均每月新增110元。", "110元")
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"]) == (
        "人均企业退休人员养老金", "enterprise_retiree_pension", "abs_change", 110.0)


# -- a 由A到B printing no years, right after a sentence whose 由A到B printed them, in its paragraph, is of those years --

# 1983, verbatim: the trade pair prints its years, the share pair in the next sentence prints none
PAIRS = ("我国进出口贸易总额，由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元，四年增长一点二倍。"
         "出口商品结构发生了可喜的变化，工业制成品占出口总值的比重由百分之四十六点五上升到百分之五十五。")


def test_a_pair_printing_no_years_after_a_dated_pair_in_its_paragraph_is_of_the_same_years(work_reports):
    phrase = "工业制成品占出口总值的比重由百分之四十六点五上升到百分之五十五"
    assert work_reports.fact_at(1983, phrase, "百分之四十六点五")["period"] == "一九七八年"  # (not 1977, the year
    assert work_reports.fact_at(1983, phrase, "百分之五十五")["period"] == "一九八二年"  # before the reviewed five)
    assert fact(PAIRS, "百分之四十六点五")["period"] == "一九七八年"


def test_a_pair_in_the_next_paragraph_does_not_take_the_years_of_the_pair_before():
    apart = PAIRS.replace("。出口商品", "。\n\n出口商品")
    assert fact(apart, "百分之四十六点五")["period"] != "一九七八年"
    # (nor does a sentence printing a time of its own)
    dated = PAIRS.replace("，工业制成品", "，去年工业制成品")
    assert fact(dated, "百分之四十六点五")["period"] != "一九七八年"
