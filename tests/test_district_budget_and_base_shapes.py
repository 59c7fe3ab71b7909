"""Regression fixtures written in the style of district and city reports, modelled on real national sentences.

- A base printed as 在…(的)基础上 before a change (在2020年的基础上增长30%, 在上年基础上增长5%) is the change's
  comparator, as 比2020年 is; a 在…的基础上 that names what is done (在发展生产的基础上) is no base.
- A plan revised (由原计划X调整为Y, 由年初预算X调减至Y): the name ends before the from-word and its plan noun, the
  original figure is the earlier plan (flagged from_value), the revised one the plan now (a target).
- 过去 inside the base of a multiple (相当于过去五年总和的2倍) is no outcome word: a plan's multiple stays planned.
- 这五年 in a plan part after a plan's span (“十四五”时期, 今后五年, 2021-2025年) is that span.
- A size class measured by a quantity (投资亿元以上的20个) or bounded by a figure (其中10亿元以上的15个) names the
  things of the set counted before it and is a part of it; the bound is no figure of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import facts

REVIEW = "一、2023年工作回顾\n"
PLAN = "二、2024年工作安排\n"
NATIONAL = Path("/work/shared/corpus/national_work_reports")


def _row(f, printed: str) -> dict:
    return f[f["raw_value"] + f["raw_unit"] == printed].iloc[0].to_dict()


# -- a base printed as 在…基础上 ------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "printed", "measure", "comparator"), [
    # district style, modelled on 1960: 还要在一九五九年粮食总产量的基础上，再增加一千八百亿斤以上
    ("到2025年，全区地区生产总值在2020年的基础上增长30%。", "30%", "change_pct", "2020年"),
    ("全区一般公共预算收入在上年基础上增长5%。", "5%", "yoy_pct", "上年"),
    ("全区税收收入在上年预计执行数的基础上增长3%。", "3%", "yoy_pct", "上年预计执行数"),
    ("城镇居民人均可支配收入在2020年的基础上，再增加8000元。", "8000元", "abs_change", "2020年"),
    ("全区粮食总产量要在2020年粮食总产量的基础上，再增长5%。", "5%", "change_pct", "2020年"),
])
def test_a_base_printed_as_zai_jichu_shang_is_the_comparator(sentence, printed, measure, comparator) -> None:
    for part in (REVIEW, PLAN):
        r = _row(facts(part + sentence), printed)
        assert (r["measure"], r["comparator"]) == (measure, comparator), (part, sentence)


def test_a_frame_of_what_is_done_is_no_base() -> None:
    # district style: 在…的基础上 naming a work, not a time or an amount
    for s in ("全区一般公共预算收入要在发展生产的基础上增长5%。", "全区一般公共预算收入在提高质量和效益的基础上增长5%。"):
        r = _row(facts(PLAN + s), "5%")
        assert (r["measure"], r["comparator"]) == ("yoy_pct", ""), s


def test_the_national_base_of_1959_grain_output() -> None:
    # national work report 1960 (/work/shared/corpus/national_work_reports/1960.txt)
    f = facts((NATIONAL / "1960.txt").read_text(encoding="utf-8"))
    f = f[f["sentence"].str.contains("在一九五九年粮食总产量的基础上")]
    got = f[f["measure"] != "level"][["measure", "comparator"]].values.tolist()
    assert got == [["abs_change", "一九五九年"], ["change_pct", "一九五九年"]]


# -- a plan revised: 由原计划X调整为Y ---------------------------------------------------------------------

ADJUSTMENT = "关于2024年预算调整方案的报告\n一、预算调整方案\n"


@pytest.mark.parametrize(("sentence", "name", "a", "b"), [
    # budget adjustment report style, modelled on 1993: 由原定平均每年百分之六调高到百分之八至九
    ("一般公共预算收入由原计划439.55亿元调整为420亿元。", "一般公共预算收入", "439.55亿元", "420亿元"),
    ("一般公共预算收入由年初预算439.55亿元调减至420亿元。", "一般公共预算收入", "439.55亿元", "420亿元"),
    ("全区政府性基金预算支出由原预算120亿元调增至150亿元。", "政府性基金预算支出", "120亿元", "150亿元"),
    ("一般公共预算支出由原计划的439.55亿元下调到420亿元。", "一般公共预算支出", "439.55亿元", "420亿元"),
    ("一般公共预算收入由年初预算439.55亿元调增至450亿元。", "一般公共预算收入", "439.55亿元", "450亿元"),
])
def test_a_plan_revised_is_a_plan_at_both_ends(sentence, name, a, b) -> None:
    for head in (ADJUSTMENT, REVIEW):
        f = facts(head + sentence)
        ra, rb = _row(f, a), _row(f, b)
        assert (ra["indicator"], rb["indicator"]) == (name, name), (head, sentence)
        assert (ra["status"], rb["status"]) == ("target", "target"), (head, sentence)
        assert "from_value" in ra["flags"] and "from_value" not in rb["flags"], (head, sentence)


def test_an_outcome_after_a_plan_revised_is_reached() -> None:
    # district style: the outcome printed after the revised budget
    f = facts(REVIEW + "一般公共预算收入由年初预算439.55亿元调减至420亿元，实际完成425亿元。")
    assert f[["raw_value", "status"]].values.tolist() == [["439.55", "target"], ["420", "target"], ["425", "actual"]]


def test_the_national_plan_raised_in_1993() -> None:
    # national work report 1993 (/work/shared/corpus/national_work_reports/1993.txt)
    f = facts((NATIONAL / "1993.txt").read_text(encoding="utf-8"))
    f = f[f["sentence"].str.contains("由原定平均每年百分之六调高到百分之八至九")]
    assert set(f["status"]) == {"target"}


# -- 过去 inside the base of a multiple --------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # district style, modelled on 1978: 这八年，国家财政收入和基本建设投资，都相当于过去二十八年的总和
    "2024年计划新建保障性住房5000套，相当于过去五年总和的2倍。",
    "全区计划新增就业岗位3万个，相当于过去三年的1.5倍。",
    "全区要新建学校10所，是过去五年的2倍。",
    "全区计划新增绿地100公顷，为过去三年总和的80%。",
])
def test_the_past_in_the_base_of_a_multiple_is_no_outcome(sentence: str) -> None:
    f = facts(PLAN + sentence)
    assert set(f["status"]) == {"target"}, sentence


def test_the_past_years_of_a_figure_are_still_reviewed() -> None:
    # district style: 过去五年 the time of the figures themselves
    f = facts(PLAN + "过去五年，全区新建学校20所，是前五年的2倍。")
    assert set(f["status"]) == {"actual"}


# -- 这五年 after a plan's span, in a plan part ----------------------------------------------------------------

PLAN_2021 = "关于2021年国民经济和社会发展计划的报告\n二、2021年工作安排\n"


@pytest.mark.parametrize("opening", [
    # district style, modelled on 1978: 按照十年规划，在这十年里，要…机械化水平达到百分之八十五以上
    "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。",
    "今后五年，全区将坚持高质量发展。",
    "2021-2025年是全区高质量发展的关键时期。",
    "“十四五”时期，全区要推动高质量发展，",
])
def test_these_five_years_after_a_plans_span_are_the_plans(opening: str) -> None:
    f = facts(PLAN_2021 + opening + "在这五年里，全区新建学校10所、新建公园20个。在这五年里，要使全区绿化覆盖率达到百分之五十以上。")
    got = f[["raw_value", "status", "period"]].values.tolist()
    assert got == [["10", "target", "2021-2025年"], ["20", "target", "2021-2025年"],
                   ["百分之五十", "target", "2025年"]], opening


def test_these_five_years_after_a_reviewed_plan_are_reviewed() -> None:
    # district style: the span named before is the one reviewed
    f = facts(PLAN_2021 + "“十三五”时期，全区发展成就显著。在这五年里，全区新建学校10所。")
    assert f[["status", "period"]].values.tolist() == [["actual", "2016-2020年"]]


def test_these_five_years_in_a_report_of_no_parts() -> None:
    # district style, no heading: the plan named before still sets the span
    f = facts("关于2021年国民经济和社会发展计划的报告\n“十四五”时期是新征程的第一个五年。"
              "在这五年里，要使全区绿化覆盖率达到百分之五十以上，全区新建学校10所。")
    assert f[["status", "period"]].values.tolist() == [["target", "2025年"], ["target", "2021-2025年"]]


def test_the_national_five_years_of_the_sixth_plan() -> None:
    # national work report 1982 (/work/shared/corpus/national_work_reports/1982.txt)
    f = facts((NATIONAL / "1982.txt").read_text(encoding="utf-8"))
    f = f[f["sentence"].str.contains("这五年内，除了国家每年增加")]
    assert set(f["period"]) == {"1981-1985年"} and set(f["status"]) == {"target"}


# -- a size class of the things just counted (投资亿元以上的) ---------------------------------------------------

@pytest.mark.parametrize(("sentence", "total", "part"), [
    # district style, the shape of 年内新开工项目71个…;亿元以上新开工项目26个 (a size class of the projects counted)
    ("今年以来，全区新开工项目50个，投资亿元以上的达到20个。", "新开工项目", "投资亿元以上的新开工项目"),
    ("今年以来，全区新开工项目50个，其中投资亿元以上的20个。", "新开工项目", "投资亿元以上的新开工项目"),
    ("全区新开工项目50个，总投资亿元以上的有20个。", "新开工项目", "总投资亿元以上的新开工项目"),
    ("全区新增规模以上工业企业30家，营业收入亿元以上的12家。", "新增规模以上工业企业", "营业收入亿元以上的新增规模以上工业企业"),
    ("全区新引进企业200家，注册资本亿元以上的15家。", "新引进企业", "注册资本亿元以上的新引进企业"),
])
def test_a_size_class_measured_by_a_quantity_is_a_part_of_the_set(sentence, total, part) -> None:
    f = facts(REVIEW + sentence)
    assert f["indicator"].tolist() == [total, part], sentence
    assert (f["parent_id"].iloc[1], f["relation"].iloc[1]) == (f["fact_id"].iloc[0], "part"), sentence


def test_the_real_size_classes_of_firms_brought_in() -> None:
    # dongliu_yz_2023_street (/work/shared/gold/real/texts/dongliu_yz_2023_street.txt)
    f = facts("招商引资成效显著,全年共引进企业137家,其中注册资金千万元以上46家,亿元以上5家,实到内资17亿元。")
    f = f[f["unit"] == "家"]
    assert f["relation"].tolist() == ["", "part", "part"]
    assert set(f["parent_id"].iloc[1:]) == {f["fact_id"].iloc[0]}


@pytest.mark.parametrize(("sentence", "part"), [
    # district style: a bound printed with its figure right before the count of the class (以上的15个)
    ("全区新签约项目120个，其中10亿元以上的15个。", "10亿元以上的新签约项目"),
    ("全区引进企业137家，其中注册资金1000万元以上的46家。", "注册资金1000万元以上的引进企业"),
])
def test_a_bound_right_before_the_count_of_its_class_is_no_figure(sentence: str, part: str) -> None:
    f = facts(REVIEW + sentence)
    assert f["indicator"].tolist()[1:] == [part] and len(f) == 2, sentence
    assert (f["parent_id"].iloc[1], f["relation"].iloc[1]) == (f["fact_id"].iloc[0], "part"), sentence
