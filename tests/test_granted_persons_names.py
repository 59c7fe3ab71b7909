"""Persons counted after 为, 向, 对 or 给 and paid a grant with no sum printed are named by the grant.

A count of firms or other units after a preposition names the units alone (为3978家企业发放补贴 → 企业): what is
done for them goes with the amount printed after it. Persons paid a benefit, an allowance or a service with no
sum after it are counted as those who get it, as they are when no preposition comes before them
(…等8600多万名困难群众发放一次性生活补贴 → 发放一次性生活补贴的困难群众): 向1000多万失业人员发放失业保险待遇 →
发放失业保险待遇的失业人员, not the unemployed in all. Each test is a sentence copied from the report named in
its comment.
"""

from __future__ import annotations

from _sentences import fact


def test_persons_paid_a_benefit_after_xiang_are_named_by_it():
    # national work report 2023
    s = "延续实施失业保险保障扩围政策，共向1000多万失业人员发放失业保险待遇。"
    assert fact(s, "1000")["indicator"] == "发放失业保险待遇的失业人员"


def test_persons_provided_an_allowance_after_wei_are_named_by_it():
    # national work report 2011
    s = ("加快实施国家助学制度，财政投入从2006年的18亿元增加到 2010年的306亿元，覆盖面从高等学校扩大到中等职业学校和普通高中，"
         "共资助学生2130万名，还为1200多万名义务教育寄宿生提供生活补助。")
    f = fact(s, "1200")
    assert (f["indicator"], f["measure"]) == ("提供生活补助的义务教育寄宿生", "level")


def test_persons_provided_a_service_are_named_by_it():
    # dongcheng_2019_h1 (a district report)
    s = "新建养老服务驿站8家,新增养老床位240张,为1.2万余名老年人提供居家养老服务。"
    assert fact(s, "1.2万")["indicator"] == "提供居家养老服务的老年人"


def test_firms_paid_a_grant_keep_their_noun():
    # dongcheng_2020_h1 (a district report): units, not persons, the sum after them what they get
    s = "全力保障企业用工,为3978家企业发放失业保险费返还等各类援企稳岗补贴近2.45亿元。"
    assert fact(s, "3978")["indicator"] == "企业"


def test_persons_paid_a_sum_keep_their_noun():
    # written: a sum printed in the predicate is the grant's figure, the persons named alone
    s = "为1200名困难群众发放生活补贴300万元。"
    assert fact(s, "1200")["indicator"] == "困难群众"
