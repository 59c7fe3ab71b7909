"""A plan and its outcome in one sentence.

A change stated against a plan or budget of a year (比上年预算减少198亿元, 比去年预算低0.4个百分点, 比年初计划少了近
500亿元) is a change against that plan: its comparator names the plan, never the year alone, which would read it as a
change against last year's outcome.

An outcome stated after its plan with 实际 and a bare verb (计划建成投产大中型项目118个，实际建成128个) measures what
the plan named: 实际 is an adverb, no part of a name.

A figure set beforehand with 原定 (原定…增加灌溉面积九千二百多万亩, 给他们原定的…指标是二百八十五万吨) is a target, and
the outcome after it (已经完成一亿一千七百多万亩) stays actual; a plan's figure named as a base after 计划 (比五年计划原定的
1957年投资还多十四亿元) leaves the excess an outcome.

Sentences of the State Council government work reports, quoted by year.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("sentence", "printed", "indicator", "measure", "comparator"), [
    # 2005
    ("拟安排中央财政赤字3000亿元，比上年预算减少198亿元；拟发行长期建设国债800亿元，比上年减少300亿元，"
     "同时增加中央预算内经常性建设投资100亿元。", "198亿元", "中央财政赤字", "abs_change", "上年预算"),
    ("拟安排中央财政赤字3000亿元，比上年预算减少198亿元；拟发行长期建设国债800亿元，比上年减少300亿元，"
     "同时增加中央预算内经常性建设投资100亿元。", "300亿元", "长期建设国债", "abs_change", "上年"),
    # 2019
    ("今年赤字率拟按2.8%安排，比去年预算高0.2个百分点；财政赤字2.76万亿元，其中中央财政赤字1.83万亿元，"
     "地方财政赤字9300亿元。", "0.2个百分点", "赤字率", "pp_diff", "去年预算"),
    # 2024
    ("赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。", "1800亿元", "赤字规模", "abs_change",
     "上年年初预算"),
    # 1999
    ("去年财政增发1000亿元国债加强基础设施建设，银行也相应增加了贷款，但全年货币发行还比年初计划少了近500亿元；"
     "社会商品零售价格和消费价格的总水平都比上年下降。", "500亿元", "货币发行", "abs_change", "年初计划"),
])
def test_a_change_against_a_plan_of_a_year_is_against_the_plan(sentence, printed, indicator, measure, comparator):
    f = fact(sentence, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (indicator, measure, comparator)


def test_an_outcome_above_last_years_budget_is_an_actual_change_against_it():
    # 2010
    s = ("2009年中央政府公共投资9243亿元，比上年预算增加5038亿元，其中，保障性住房、农村民生工程、社会事业投资占44%，"
         "自主创新、结构调整、节能减排和生态建设占16%，重大基础设施建设占23%，灾后恢复重建占14%。")
    f = fact(s, "5038亿元")
    assert (f["indicator"], f["measure"], f["status"], f["comparator"]) == (
        "中央政府公共投资", "abs_change", "actual", "上年预算")


def test_an_outcome_after_its_plan_with_shiji_names_what_the_plan_names():
    # 1980
    s = "计划建成投产大中型项目118个，实际建成128个，改变了多年来投产项目完不成计划的状况。"
    plan, outcome = fact(s, "118个"), fact(s, "128个")
    assert (plan["indicator"], plan["status"]) == ("建成投产大中型项目", "target")
    assert (outcome["indicator"], outcome["measure"], outcome["status"]) == ("建成投产大中型项目", "level", "actual")


def test_a_figure_set_beforehand_with_yuanding_is_a_target_and_its_outcome_actual():
    # 1958
    s = ("原定一九五七年十月到一九五八年九月底增加灌溉面积九千二百多万亩，但是到一九五八年一月三十一日，"
         "已经完成一亿一千七百多万亩，即用四个月的时间超额完成了全年度的任务。")
    plan, outcome = fact(s, "九千二百多万亩"), fact(s, "一亿一千七百多万亩")
    assert (plan["indicator"], plan["status"]) == ("灌溉面积", "target")
    assert (outcome["indicator"], outcome["status"]) == ("灌溉面积", "actual")


def test_a_target_given_beforehand_with_yuanding_is_a_target():
    # 1958
    s = ("拿北京京西矿务局来说，国家经济委员会和煤炭工业部给他们原定的煤炭产量的指标是二百八十五万吨，比上年增长百分之二十一，"
         "就已经认为是比较先进的了，但是，经过群众讨论以后，提高到三百零五万吨，比原定指标又增加百分之十以上，"
         "而且职工们还提出了再超额生产煤炭十五万吨，作为奋斗目标。")
    assert fact(s, "二百八十五万吨")["status"] == "target"
    assert (fact(s, "百分之二十一")["measure"], fact(s, "百分之二十一")["status"]) == ("yoy_pct", "target")


def test_an_excess_over_a_plans_figure_stays_an_outcome():
    # 1957
    s = ("基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十；但是比五年计划原定的1957年投资还多十四亿元，"
         "五年合计，仍然超过五年计划原定数约五十亿元。")
    assert fact(s, "十四亿元")["status"] == "actual"
    assert fact(s, "五十亿元")["status"] == "actual"
