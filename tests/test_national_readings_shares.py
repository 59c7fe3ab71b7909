"""Shares of a set of units in the national work reports whose units a clause of their own marks. Sentences
copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact


def test_a_share_of_units_marked_by_a_clause_is_named_by_what_they_do():
    # 2010
    s = "　　在60％政府举办的基层医疗卫生机构实施基本药物制度，其他医疗机构也要优先选用基本药物。"
    f = fact(s, "60％")
    assert (f["indicator"], f["measure"]) == ("实施基本药物制度的政府举办的基层医疗卫生机构", "rate_pct")


def test_a_share_of_firms_marked_by_a_clause_is_named_as_a_share_of_a_set():
    # 1982
    s = ("到现在为止，全国还有相当数量企业的技术经济指标没有达到过去曾经达到过的较好纪录，有近百分之三十独立核算的"
         "国营工业企业亏损，今年的亏损额预计达四十多亿元。")
    f = fact(s, "百分之三十")
    assert (f["indicator"], f["qualifier"]) == ("亏损的独立核算的国营工业企业", "nearly")


def test_a_share_held_by_a_verb_alone_is_named_by_what_it_holds():
    # 1984: the clause before 占 is only the verb that holds the share (拥有); the weapons are what it is a share of
    s = ("我们主张，拥有占全世界９５％以上核武器的美苏两国应当率先大幅度削减它们的核武器；只有这样，其他有核国家参加核裁军"
         "才是有意义的。")
    f = fact(s, "９５％")
    assert (f["indicator"], f["measure"], f["comparator"], f["qualifier"]) == (
        "核武器", "rate_pct", "全世界", "at_least")


def test_a_share_describing_what_a_holder_has_is_no_target_in_a_plan_part(work_reports):
    # 1984: read in its report, the sentence lies in a part the report plans in, and asks for a cut (应当); the share
    # of the weapons the two powers hold (拥有占…的) is how things stand, not what is asked for
    f = work_reports.fact_at(1984, "拥有占全世界９５％以上核武器的美苏两国", "９５％")
    assert (f["indicator"], f["status"], f["period"], f["flags"]) == ("核武器", "actual", "", "")


def test_a_share_held_now_in_a_district_plan_part():
    # written, as a district plan part prints it: the share the district has now (有) against one the plan aims at
    text = ("二、2021年工作安排\n依托拥有占全市30%以上高新技术企业的优势，推动产业升级。"
            "力争使高新技术企业拥有量占全市40%以上。\n")
    assert (fact(text, "30%")["status"], fact(text, "40%")["status"]) == ("actual", "target")
    # written: a holding a target word of its clause sets is planned
    text = "二、2021年工作安排\n力争培育一批拥有占全市30%以上市场份额的龙头企业。\n"
    assert fact(text, "30%")["status"] == "target"
