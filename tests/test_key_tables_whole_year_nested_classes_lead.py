"""Key tables of district reports read row by row: what the rest of a year must add, classes that nest, the lead.

- What the rest of the year must add (``h2_required``) is shown only for a row of part of a year: a year's outcome
  (2021年决算…完成预期的99.7%) falls short of its target, and no rest of the year is left to make it up.
- Parts of a total named by lower bounds of one criterion (其中注册资金千万元以上46家,亿元以上5家) nest: the audit adds
  only the widest class to the other parts, and names the narrower one as counted within it.
- A report whose lead block holds no figure (its first heading opens onto a sub-heading after words alone) is led
  by the section of its first figure, when that section states a headline indicator of the glossary: its other
  indicators with a growth or a completion there are headline rows too (财政总收入 beside 一般公共预算收入).
"""

from __future__ import annotations

import math

from _real_tables import text_table  # built once a run, read and never changed

# shangcheng_hz_2022_h1_budget (Hangzhou 上城区, report on the 2021 final accounts and the first half of 2022), verbatim
SHANGCHENG = ("一、2021年收支决算情况\n"
              "2021年,是党和国家历史上具有里程碑意义的一年,开启了全面建设社会主义现代化国家、向第二个百年奋斗目标进军的新征程,"
              "也是新上城组建后的启航之年。\n"
              "(一)一般公共预算收支决算情况\n"
              "2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8%。区人代会审议通过2021年全区一般公共预算收入"
              "预期为2020300万元,全区一般公共预算收入决算为2013817万元,完成预期的99.7%,增长7.6%,全区一般公共预算收入决算数及"
              "主要项目决算数,与向区人代会报告的执行数一致。主要收入项目执行情况如下:\n"
              "1、增值税收入(50%部分)672890万元,完成预期的94.7%,增长6.2%;\n")


def test_a_whole_years_outcome_leaves_nothing_for_the_rest_of_the_year():
    row = text_table(SHANGCHENG, "headline").set_index("indicator").loc["一般公共预算收入"]
    assert row["implied_annual_target"] == 2.0203e10
    assert math.isnan(row["h2_required"])


# dayao_2024_m4_budget (a budget report of 1-4月), verbatim: a row of part of the year keeps what the rest must add
DAYAO = "4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。\n"


def test_a_row_of_part_of_a_year_keeps_what_the_rest_must_add():
    row = text_table(DAYAO, "headline").set_index("indicator").loc["一般公共预算收入"]
    assert math.isclose(row["h2_required"], 609_990_000.0 - 246_270_000.0)


def test_the_section_of_the_first_figure_leads_when_the_lead_block_holds_none():
    h = text_table(SHANGCHENG, "headline")
    assert h["indicator"].tolist() == ["财政总收入", "一般公共预算收入"]
    row = h.set_index("indicator").loc["财政总收入"]
    assert (row["yoy_pct"], row["completion_pct"]) == (5.8, 98.3)


# dongcheng_2017_h1 (Beijing 东城区, report of 2017年上半年), verbatim: a first section of one task leads with nothing
DONGCHENG = ("一、2017年国民经济和社会发展计划上半年执行情况\n"
             "(一)“疏解整治促提升”全面提速\n"
             "故宫周边、簋街、南锣鼓巷、东四三至八条和隆福寺等列入全市专项行动的五个重点区域涉及人口减少16863人,"
             "完成进度达到119.1%。\n")


def test_a_first_section_of_one_task_gives_no_headline_row():
    assert text_table(DONGCHENG, "headline").empty


# dongliu_yz_2023_street (Yangzhou 东柳街道, summary of 2023), verbatim
DONGLIU = ("提升发展动能。招商引资成效显著,全年共引进企业137家,其中注册资金千万元以上46家,亿元以上5家,实到内资17亿元。\n")


def test_classes_of_one_criterion_by_lower_bound_nest():
    a = text_table(DONGLIU, "audit")
    row = a[a["check"] == "parts_within_total"].iloc[0]
    assert (row["stated"], row["computed"]) == (137.0, 46.0)
    assert "亿元以上的引进企业 5家 is counted within" in row["message"]
    assert len(row["fact_ids"].split(";")) == 3


# written (no real text at hand prints this shape): nested classes that, added up, would exceed their total
WRITTEN = "全年共引进企业50家,其中注册资金千万元以上46家,亿元以上5家。\n"


def test_nested_classes_added_up_raise_no_false_contradiction():
    a = text_table(WRITTEN, "audit")
    row = a[a["check"] == "parts_within_total"].iloc[0]
    assert row["verdict"] == "consistent"
    assert row["computed"] == 46.0
