"""A fourth pass over sentences of the State Council government work reports, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact, facts

# -- a clause of no figure that says what grew names the figure after it, before the sentence's first clause --------


def test_a_clause_saying_what_grew_names_the_figure_after_it():
    # 1986: the extra-budget funds grew and reached the amount, not a year of the clauses before
    s = ("在过去的几个五年计划期间，财政收入增加最多的是“五五”时期，一九八○比一九七五年增加二百二十六亿元，"
         "而“六五”期间的增加额大大超过“五五”间期，一九八五年比一九八○年增加七百八十六亿元，在国家财政收入增加的同时，"
         "预算外资金也大幅度增加，一九八五年达到一千四百三十亿元，预算内和预算外两项资金合计比一九八○年增加了一倍。")
    r = fact(s, "一千四百三十亿元")
    assert (r["indicator"], r["measure"], r["value"]) == ("预算外资金", "level", 143e9)


# -- a deadline inside the subject (年底前要) ends the name: what is due is no part of it -----------------------------


def test_a_deadline_with_its_modal_ends_the_name():
    # 2019
    s = "政府要带头讲诚信守契约，决不能“新官不理旧账”，对拖欠企业的款项年底前要清偿一半以上，决不允许增加新的拖欠。"
    r = fact(s, "一半")
    assert (r["indicator"], r["status"], r["qualifier"]) == ("拖欠企业的款项", "target", "at_least")


# -- the count of the points a speech explains (对两个目标加以说明) is no figure ------------------------------------------


def test_the_count_of_points_explained_is_no_figure():
    # 2014
    assert facts("这里，着重对两个目标加以说明。").empty


# -- a verb that keeps a policy going (延续执行, 继续实施) opens no name -------------------------------------------------


def test_a_policy_kept_going_is_named_without_its_verb():
    # 2021
    s = ("延续执行企业研发费用加计扣除75%政策，将制造业企业加计扣除比例提高到100%，用税收优惠机制激励企业加大研发投入，"
         "着力推动企业以创新引领发展。")
    r = fact(s, "75%")
    assert (r["indicator"], r["measure"]) == ("企业研发费用加计扣除", "rate_pct")
