"""A sixth pass over sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report named in the test); each test
names the rule it pins and asserts the fields a reading found wrong. A guard of a rule with no such sentence in the
corpus reads a short text of the same shape, and says so.
"""

from __future__ import annotations

import warnings

import dhcheng_analysis as dh


def _facts(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)


# -- the verb a list of amounts opens with (推广, 改造, 建设 …) is done to every item of it that has no verb of its own -


def test_an_item_after_the_first_shares_the_verb_the_list_opens_with(work_reports):
    # 2010
    s = "实施节能产品惠民工程，推广节能空调500多万台、高效照明灯具1.5亿只。"
    air = work_reports.fact_at(2010, s, "500多万台")
    lamps = work_reports.fact_at(2010, s, "1.5亿只")
    assert (air["indicator"], air["qualifier"]) == ("推广节能空调", "over")
    assert (lamps["indicator"], lamps["measure"], lamps["unit"]) == ("推广高效照明灯具", "level", "只")


def test_an_item_after_the_first_shares_any_verb_a_count_is_named_by(work_reports):
    # 2015: 取消 is no verb of the kinds listed above, yet names what the count after it counts
    s = "取消评比达标表彰项目29项、职业资格许可和认定事项149项"
    assert work_reports.fact_at(2015, s, "29项")["indicator"] == "取消评比达标表彰项目"
    assert work_reports.fact_at(2015, s, "149项")["indicator"] == "取消职业资格许可和认定事项"


def test_an_item_with_a_verb_of_its_own_keeps_it():
    # a guard (no such list in the corpus): what the work brings about (带动, 惠及) is no second thing built
    f = _facts("新建充电桩300个、带动投资2亿元。")
    assert list(f["indicator"]) == ["新建充电桩", "带动投资"]
    f = _facts("建设保障房5000套、惠及居民2000户。")
    assert list(f["indicator"]) == ["建设保障房", "惠及的居民"]
    f = _facts("建成项目5个、在建项目10个。")  # a state of its own: the projects under way are not finished
    assert list(f["indicator"]) == ["建成项目", "在建项目"]


# -- persons counted with no noun of theirs are named by what they do, a 的 inside its object included -------------


def test_persons_with_no_noun_are_named_by_a_predicate_whose_object_holds_a_de(work_reports):
    # 2017
    s = "目前城镇还有几千万人居住在条件简陋的棚户区，要持续进行改造。"
    f = work_reports.fact_at(2017, s, "几千万人")
    assert (f["indicator"], f["measure"], f["unit"], f["qualifier"]) == (
        "居住在条件简陋的棚户区的人", "level", "人", "over")


def test_a_de_right_after_the_count_or_its_verb_names_no_persons():
    # a guard (no such clause in the corpus): 2000人规模 sizes the fair, 2000人次参与的 says who took part in it
    assert _facts("全年1.2万人参加区级组织的招聘活动。")["indicator"].iloc[0] == "参加区级组织的招聘活动的人"
    assert _facts("全年共2000人次参与的活动。")["indicator"].iloc[0] != "参与的活动的人次"


# -- a bare 新增 after a stock (余额, 保有量 …) is the stock's rise, never a second level of it ------------------------


def test_a_bare_addition_after_a_balance_is_its_rise(work_reports):
    # 2016: the deposits grew by more than 4万亿元; their balance is some 55万亿元
    s = "去年末居民储蓄存款余额增长8.5%，新增4万多亿元。"
    growth = work_reports.fact_at(2016, s, "8.5%")
    rise = work_reports.fact_at(2016, s, "4万多亿元")
    assert (growth["indicator"], growth["measure"]) == ("居民储蓄存款余额", "yoy_pct")
    assert (rise["indicator"], rise["measure"], rise["value"], rise["qualifier"]) == (
        "居民储蓄存款余额", "abs_change", 4e12, "over")


def test_an_addition_with_its_own_noun_stays_a_level():
    # a guard (no such clause in the corpus): 新增存款 names the flow, a level of its own
    f = _facts("年末各项存款余额3200亿元，新增存款280亿元。")
    assert list(zip(f["indicator"], f["measure"], strict=True)) == [("各项存款余额", "level"), ("新增存款", "level")]


# -- two modifiers joined before the head noun they share (许可和认定事项) are one noun a count counts ---------------


def test_a_count_of_two_kinds_sharing_a_head_noun_names_both(work_reports):
    # 2016
    s = "取消和下放311项行政审批事项，取消123项职业资格许可和认定事项，彻底终结了非行政许可审批。"
    assert work_reports.fact_at(2016, s, "311项")["indicator"] == "取消和下放行政审批事项"
    f = work_reports.fact_at(2016, s, "123项")
    assert (f["indicator"], f["measure"], f["unit"]) == ("取消职业资格许可和认定事项", "level", "项")
    # 1959, a list of the projects under way
    assert work_reports.fact_at(1959, "十九个采油和炼油企业", "十九个")["indicator"] == "采油和炼油企业"


def test_a_figure_or_a_clause_after_the_joint_is_no_modifier_of_a_head(work_reports):
    # 1958 and 1980: a second count, a second clause
    assert work_reports.fact_at(1958, "其中包括十个水泥厂和二十三个森林工业企业。", "十个")["indicator"] == "水泥厂"
    f = work_reports.fact_at(1980, "在一百多个国营农场和一些县试办了农工商联合企业", "一百多个")
    assert f["indicator"] == "国营农场"


def test_a_count_of_two_kinds_of_persons_names_both(work_reports):
    # 2011: the insured workers and residents, and the rural residents the same verb reaches
    s = "惠及4.32亿城镇职工和城镇居民、8.35亿农村居民。"
    urban = work_reports.fact_at(2011, s, "4.32亿")
    rural = work_reports.fact_at(2011, s, "8.35亿")
    schemes = "城镇居民基本医疗保险制度、新型农村合作医疗制度"  # (set up in the clause before)
    assert (urban["indicator"], urban["unit"]) == (schemes + "惠及的城镇职工和城镇居民", "人")
    assert (rural["indicator"], rural["unit"]) == (schemes + "惠及的农村居民", "人")
    # 2021: the goal of 2016-2020 met
    f = work_reports.fact_at(2021, "1亿农业转移人口和其他常住人口在城镇落户目标顺利实现", "1亿")
    assert (f["indicator"], f["value"]) == ("农业转移人口和其他常住人口", 1e8)


# -- a share cut with the noun it is of printed after it (削减了50%的战略核武器) names that noun -----------------------


def test_a_share_cut_is_named_by_the_noun_after_it(work_reports):
    # 1988: the weapons cut, not who cuts them
    s = "美苏即使削减了５０％的战略核武器，它们拥有的核武器仍然占全世界核武器的９０％以上"
    f = work_reports.fact_at(1988, s, "５０％")
    assert (f["indicator"], f["measure"], f["value"]) == ("战略核武器", "change_pct", -50.0)
    # the shape of a district report's list of cuts (no such clause with no subject in the corpus)
    f = _facts("全年压减30%的审批环节。")
    assert (f["indicator"].iloc[0], f["measure"].iloc[0]) == ("审批环节", "change_pct")


def test_a_frame_after_a_share_cut_names_nothing(work_reports):
    # 2017: the goal of cutting a third of the approvals; the items approved are named before the share
    s = "在提前完成本届政府减少行政审批事项三分之一目标的基础上"
    assert work_reports.fact_at(2017, s, "三分之一")["indicator"] == "行政审批事项"
