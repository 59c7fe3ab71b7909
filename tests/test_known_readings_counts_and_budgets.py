"""Figures of real report sentences that were read wrong: a count in 部, a change of what an actor collects
against its budget, and a subject cut at the figure of its own clause.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment)
or from a real excerpt.
"""

from __future__ import annotations

from _sentences import fact_printed as fact
from _sentences import facts

# -- 部 counts films, plays, laws: 八十二部 is a figure ---------------------------------------------------

def test_a_count_in_bu_in_chinese_numerals_is_a_figure():
    # 1982
    s = "电影故事片的摄制，必须在努力提高质量的前提下增加数量，计划由一九八○年的八十二部增加到一九八五年的一百二十部。"
    f = fact(s, "八十二")
    assert (f["value"], f["unit"], f["period"]) == (82, "部", "一九八○年")
    assert f["status"] == "actual"
    assert fact(s, "一百二十")["indicator"] != "八十二部"  # the from-value is no name of the level reached


def test_bu_of_a_part_or_a_ministry_is_no_count():
    # 1959
    s = "西藏，包括昌都、前藏、后藏三部分地方，共有人口一百二十万，参加叛乱的人只有两万左右，其中多数是被欺骗裹胁参加的，而且还包括一部分由金沙江以东原西康省地区逃跑去的叛乱分子，即所谓康巴人。"
    assert "三" not in set(facts(s)["raw_value"])


# -- a change of what an actor collects is a change of its revenue, against the budget named -------------

def test_revenue_over_the_budget_is_an_abs_change_of_the_actors_revenue():
    # 2008
    s = "去年全国财政比年度预算超收7239亿元，其中中央财政超收4168亿元。"
    f = fact(s, "7239")
    assert (f["indicator"], f["measure"], f["comparator"], f["value"]) == ("全国财政收入", "abs_change", "年度预算", 7239e8)
    g = fact(s, "4168")
    assert (g["indicator"], g["measure"]) == ("中央财政收入", "abs_change")
    assert (g["relation"], g["parent_id"], g["comparator"]) == ("part", f["fact_id"], "年度预算")


def test_revenue_over_the_budget_with_no_actor_is_a_change_of_revenue():
    # 2007
    f = fact("从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。", "2040")
    assert (f["indicator"], f["measure"]) == ("收入", "abs_change")


def test_over_collected_revenue_as_a_noun_is_no_change():
    # 2007
    f = fact("今年拟从去年超收收入中安排500亿元设立中央预算稳定调节基金。", "500")
    assert (f["indicator"], f["measure"]) == ("中央预算稳定调节基金", "level")


# -- a subject carried from the head of a sentence ends before the head's own figure ----------------------

def test_a_carried_head_subject_ends_before_its_own_figure():
    # 2006
    f = fact("中央财政今年安排再就业补助资金25l亿元，比上年增加42亿元。", "42")
    assert f["indicator"] == "中央财政再就业补助资金"
    # 1956
    s = ("如果没有特大的灾荒，粮食产量将要达到３，９８９亿斤，比１９５５年增长８．４％，比五年计划原定１９５７年３，８５６亿斤的水平超过１３３亿斤；"
         "棉花产量将要达到３，５５６万担，比１９５５年增长１７．１％，比五年计划原定１９５７年３，２７０万担的水平超过２８６万担。")
    assert fact(s, "２８６")["indicator"] == "棉花产量"


# -- less or more than the budget: a change against it, a comma between thousands no clause stop ---------

def test_less_than_the_budget_level_is_a_change_against_the_budget():
    # 1956
    s = "１９５５年决算支出占预算数的９８．４１％，比预算数２９，８２１，８２８，０００元少支４７４，８９０，０００元。"
    f = fact(s, "４７４，８９０，０００")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"], f["status"]) == (
        "决算支出", "abs_change", -474890000, "预算数", "actual")
    assert fact(s, "２９，８２１，８２８，０００")["status"] == "target"
    s = "同原来的预算相比，１９５５年本年收入完成预算的９６．９８％，比预算数２８，０４９，７８０，０００元少８４６，４６１，０００元。"
    g = fact(s, "８４６，４６１，０００")
    assert (g["indicator"], g["measure"], g["value"], g["comparator"]) == ("收入", "abs_change", -846461000, "预算数")


def test_a_share_less_or_more_than_the_budget_is_a_change_against_it():
    # 1956
    f = fact("１９５５年决算支出比预算少支出了约１．５９％，这主要地是各部门各地方厉行节约、反对浪费的结果。", "１．５９")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("决算支出", "change_pct", -1.59, "预算")
    # 1955
    s = "鞍钢设计大楼的造价高达二百四十元（比预算增高百分之六十，共浪费一百三十八万元），但使用面积还不到百分之五十。"
    g = fact(s, "百分之六十")
    assert (g["indicator"], g["measure"], g["comparator"]) == ("鞍钢设计大楼的造价", "change_pct", "预算")


def test_revenue_over_the_budget_printing_no_base_is_against_the_budget(work_reports):
    # 2007: 超收 is revenue above the budget; with no base printed (and none of an average) the base is the budget
    f = work_reports.fact_at(2007, "从2003年到2006年年均超收2040亿元，其中去年超收2573亿元", "2573亿元")
    assert (f["measure"], f["comparator"], f["period"]) == ("abs_change", "预算", "2006年")
    assert work_reports.fact_at(2007, "从2003年到2006年年均超收2040亿元", "2040亿元")["comparator"] == "年均"
    # a budget report's form (constructed): the gap after the completion of the budget
    g = fact("2023年，区级一般公共预算收入完成50亿元，完成预算的105%，超收2.4亿元。", "2.4")
    assert (g["indicator"], g["measure"], g["comparator"]) == ("区级一般公共预算收入", "abs_change", "预算")
    # a part after 其中 takes its whole's printed base first
    h = fact("去年全国财政比年度预算超收7239亿元，其中中央财政超收4168亿元。", "4168")
    assert h["comparator"] == "年度预算"
