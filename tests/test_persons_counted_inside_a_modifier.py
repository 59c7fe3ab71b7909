"""Persons counted inside the modifier of a noun another figure measures are named by what they do.

用于安排城镇二千六百万人就业的支出一百零五亿元: the persons are those the spending placed in jobs (安排城镇就业的人),
not the spending (就业的支出), whose sum follows the noun; the verb that places them keeps the place of the jobs it
names with it (安排城镇…就业). Sentences are quoted from the national work reports the tests name.
"""

from __future__ import annotations

import dhcheng_analysis as dh

# national work report 1982, 六五计划前两年的执行情况 (verbatim)
OUTLAYS = ("从一九七九年到一九八一年，国家用于提高农副产品收购价格的支出四百四十二亿元，用于提高职工工资和实行奖金制度的支出"
           "三百亿元，用于安排城镇二千六百万人就业的支出一百零五亿元，用于增加城镇职工住宅的支出一百五十二亿元，加上减免农村税收、"
           "增加进口商品价格补贴等方面的支出，共达一千四百多亿元。")


def _facts(text: str) -> dict[str, dict]:
    facts = dh.extract_facts(dh.load_report(text))
    return {r["raw_value"] + r["raw_unit"]: r for r in facts.to_dict("records")}


def test_the_persons_placed_are_named_by_the_jobs_not_the_spending():
    f = _facts(OUTLAYS)["二千六百万人"]
    assert (f["indicator"], f["value"], f["unit"], f["period"]) == ("安排城镇就业的人", 2.6e7, "人", "1979-1981年")


def test_the_other_outlays_keep_their_names():
    facts = _facts(OUTLAYS)
    assert facts["三百亿元"]["indicator"] == "用于提高职工工资和实行奖金制度的支出"
    assert facts["一百五十二亿元"]["indicator"] == "用于增加城镇职工住宅的支出"


def test_the_place_after_the_placing_verb_is_kept():
    # national work report 1988: the place before the verb is no part of the verb's name
    f = _facts("全国城镇共安排３７００多万人就业，基本解决了长期积累下来的城镇就业问题。")["３７００万人"]
    assert f["indicator"] == "安排就业的人"


def test_the_persons_placed_in_the_report(work_reports):
    # national work report 1982
    f = work_reports.fact_at(1982, "用于安排城镇二千六百万人就业的支出一百零五亿元", "二千六百万")
    assert f["indicator"] == "安排城镇就业的人"
