"""A ninth pass of readings of figures in the State Council work reports of 1993–2007, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the name of one figure of it.
"""

from __future__ import annotations

# -- the growth of a scope's economy (国民经济增长速度) is the economy's growth, not the economy -------------------------


def test_the_growth_of_the_national_economy_keeps_its_growth_in_its_name(work_reports):
    # 1993: both the rate first planned and the range it was raised to are of the national economy's growth
    sentence = "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。"
    for raw in ("百分之六", "百分之八", "九"):
        f = work_reports.fact_at(1993, sentence, raw)
        assert (f["indicator"], f["measure"], f["status"]) == ("国民经济增长速度", "change_pct", "target")


# -- a span after a clause of view (从…看) opens the sentence: it holds for every figure of it -------------------------


def test_a_span_after_a_clause_of_view_holds_for_the_whole_sentence(work_reports):
    # 2000: the loans drawn in and the projects built are of the two years, as the bonds issued are
    sentence = ("从国债投资的效果看，两年来通过财政向银行发行2100亿元长期国债，带动4200多亿元银行贷款和自筹资金，"
                "用于增加基础设施投资，共建设5100多个项目。")
    for raw in ("2100", "4200", "5100"):
        assert work_reports.fact_at(2000, sentence, raw)["period"] == "1998-1999年"


# -- a time after 其中 (其中去年, 其中2006年) is the time of the part it heads, not the span before it ------------------


def test_a_year_after_qizhong_is_the_year_of_the_part(work_reports):
    # 2007: last year's revenue above budget, one year of the four averaged before it, and no part of that average
    f = work_reports.fact_at(2007, "从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。", "2573")
    assert (f["period"], f["relation"]) == ("2006年", "")
