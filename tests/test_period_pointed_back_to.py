"""A sentence opening by pointing back at a time (在这个期间，…; 此期间，…) is of the time the sentence before names.

The sentence before may name it with no figure of its own (…第六个五年计划期间，我们要继续贯彻执行…): the time pointed
back to is read from it, and it holds on in the paragraph as a period printed in the sentence would. A five-year plan
named later in that sentence as an aim (为第七个五年计划期间…奠定更好的基础) is not the time pointed back to.
Sentences are quoted from the national work reports the tests name.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh

# national work report 1982, 第六个五年计划的基本任务 (verbatim)
PLAN_PARAGRAPH = (
    "按照这样的部署，第六个五年计划期间，我们要继续贯彻执行调整、改革、整顿、提高的方针，进一步解决过去遗留下来的阻碍经济发展的"
    "各种问题，取得实现财政经济状况根本好转的决定性胜利，并且为第七个五年计划期间国民经济和社会发展奠定更好的基础，创造更好的条件。"
    "在这个期间，我国工农业总产值计划增长百分之二十一点七，平均每年递增百分之四。固定资产投资总额计划为三千六百亿元，将兴建一批"
    "具有现代水平的新工程，并在部分重点企业中实行重大的技术改造。用于发展教育、科学、文化、卫生事业的经费计划为九百六十七亿元，"
    "比第五个五年计划期间的五百七十七亿元增加百分之六十八。"
)


def _facts(text: str) -> dict[str, dict]:
    facts = dh.extract_facts(dh.load_report(text))
    return {r["raw_value"] + r["raw_unit"]: r for r in facts.to_dict("records")}


@pytest.mark.parametrize(("printed", "indicator", "status"), [
    ("三千六百亿元", "固定资产投资总额", "target"),
    ("九百六十七亿元", "用于发展教育、科学、文化、卫生事业的经费", "target"),
    ("百分之六十八", "用于发展教育、科学、文化、卫生事业的经费", "target"),
])
def test_the_time_pointed_back_to_holds_in_the_paragraph(printed, indicator, status):
    f = _facts(PLAN_PARAGRAPH)[printed]
    assert (f["indicator"], f["status"], f["period"]) == (indicator, status, "1981-1985年")


def test_the_base_of_the_earlier_plan_keeps_its_own_time():
    f = _facts(PLAN_PARAGRAPH)["五百七十七亿元"]
    assert (f["status"], f["period"]) == ("actual", "1976-1980年")


def test_a_sentence_with_no_pointer_takes_no_time_from_the_one_before():
    # the same paragraph with its pointer taken out: no time of the plan is read into the figures after it
    text = PLAN_PARAGRAPH.replace("在这个期间，", "")
    assert _facts(text)["三千六百亿元"]["period"] == ""


@pytest.mark.parametrize(("clause", "value"), [
    ("固定资产投资总额计划为三千六百亿元", "三千六百亿"),
    ("用于发展教育、科学、文化、卫生事业的经费计划为九百六十七亿元", "九百六十七亿"),
])
def test_the_sixth_plan_pointed_back_to_in_the_report(work_reports, clause, value):
    # national work report 1982
    f = work_reports.fact_at(1982, clause, value)
    assert (f["status"], f["period"]) == ("target", "1981-1985年")
