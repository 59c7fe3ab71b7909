"""An eleventh pass of readings of figures in the State Council work reports of 1993-2007, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test names the rule it pins. A guard of a rule with no such sentence in the corpus reads a short text of the same
shape, and says so.
"""

from __future__ import annotations

from _sentences import facts

# -- one sum of money after a verb is of both kinds of money a 和 joins ------------------------------------------------


def test_a_sum_is_of_both_kinds_of_money_a_joint_after_it_names(work_reports):
    # 2000: the loans and the funds raised together come to 4200亿元, not the loans alone
    phrase = "两年来通过财政向银行发行2100亿元长期国债，带动4200多亿元银行贷款和自筹资金，用于增加基础设施投资"
    f = work_reports.fact_at(2000, phrase, "4200多亿元")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("银行贷款和自筹资金", "level", "over")
    assert work_reports.fact_at(2000, phrase, "2100亿元")["indicator"] == "长期国债"


def test_a_sum_and_its_de_are_of_all_the_nouns_a_joint_after_them_names(work_reports):
    # 2006: the 700亿元 taken off was the levies and the school fund-raising together, not the levies alone
    phrase = "而且取消了700多亿元的“三提五统”和农村教育集资等，还取消了各种不合理收费"
    f = work_reports.fact_at(2006, phrase, "700多亿元")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("“三提五统”和农村教育集资", "level", "over")
    # a guard (regression fixture, not corpus text): what a district's relief pays, of both kinds
    assert list(facts("全年为企业减免了300万元的房租和物业费。")["indicator"]) == ["房租和物业费"]
    # 1987: a long run before the joint says what the sum is to do; the joint does not carry the name past it
    f = work_reports.fact_at(1987, "要么就不得不再增加几百亿元的资金来扩大基础工业和基础设施的建设", "几百亿元")
    assert "基础设施" not in f["indicator"]


def test_a_sum_named_by_its_payer_is_named_by_the_help_it_pays_for_less_the_count_helped(work_reports):
    # 2006: the 219亿元 supports the closing of state firms; the 116 firms are a figure of their own
    phrase = "中央财政安排219亿元支持116户国有企业实施政策性关闭破产"
    f = work_reports.fact_at(2006, phrase, "219亿元")
    assert f["indicator"] == "支持国有企业实施政策性关闭破产的中央财政安排资金"
    assert work_reports.fact_at(2006, phrase, "116户")["indicator"] == "实施政策性关闭破产的国有企业"
    # a guard (regression fixture, not corpus text): a district's budget paying for the help, with or without a comma
    for text in ("区财政安排500万元支持20家企业实施技术改造。", "区财政安排500万元，支持20家企业实施技术改造。"):
        assert list(facts(text)["indicator"]) == ["支持企业实施技术改造的区财政安排资金", "实施技术改造的企业"]


def test_a_count_before_a_joint_still_counts_the_first_noun_only():
    # a guard (regression fixture, not corpus text): counted things of two kinds, and money with a thing that is no money
    assert list(facts("300家企业和个体户获得补贴。")["indicator"]) == ["企业"]
    assert list(facts("撬动20亿元银行贷款和社会力量。")["indicator"]) == ["银行贷款"]


# -- a count of places named by the work done there (进行…的试点) ----------------------------------------------------------


def test_places_a_pilot_is_carried_out_in_are_named_by_it(work_reports):
    # 1997: the 58 cities are those where the pilot is carried out, not cities at large
    phrase = "这几年，国家先后在５８个城市进行了企业优化资本结构的试点，提供政策支持"
    f = work_reports.fact_at(1997, phrase, "５８个")
    assert (f["indicator"], f["measure"], f["unit"]) == ("进行了企业优化资本结构的试点的城市", "level", "个")


# -- the government that tables bills is no part of what it tables (国务院提出…) -----------------------------------------


def test_the_bills_the_state_council_tables_are_named_without_it(work_reports):
    # 1998 and 2003: as 国务院提请…, and as 提出了…7部法律议案 is named 法律议案
    f = work_reports.fact_at(1998, "五年来，国务院提出法律草案6 6 个，制定行政法规1 9 7 个", "6 6 个")
    assert (f["indicator"], f["period"]) == ("法律草案", "1993-1997年")
    f = work_reports.fact_at(2003, "五年间，国务院提出法律议案50件，颁布行政法规150件", "50件")
    assert (f["indicator"], f["unit"]) == ("法律议案", "件")


# -- an amount of treasury-bond funds is named by what it supports, as an amount of plain 资金 is ----------------------

def test_an_amount_of_treasury_bond_funds_is_named_by_what_it_supports(work_reports):
    # 国债资金 says only where the money comes from; the use printed after it names it
    # 2006: the use right after the fund noun, and after a comma and 重点
    f = work_reports.fact_at(2006, "中央安排30亿元国债资金支持中西部乡镇卫生院建设", "30亿元")
    assert f["indicator"] == "支持中西部乡镇卫生院建设的国债资金"
    f = work_reports.fact_at(2006, "国家今年再安排30亿元国债资金，重点支持煤矿瓦斯综合治理和利用的科技攻关试点工程", "30亿元")
    assert f["indicator"] == "支持煤矿瓦斯综合治理和利用的科技攻关试点工程的国债资金"
    # 2007: the payer kept before the fund, the use with 用于
    f = work_reports.fact_at(2007, "中央财政安排27亿元国债资金用于县、乡、村三级医疗卫生基础设施建设", "27亿元")
    assert f["indicator"] == "用于县、乡、村三级医疗卫生基础设施建设的中央财政国债资金"
    # 2005: no use printed after it, the fund keeps its name
    assert work_reports.fact_at(2005, "投入国债资金147亿元", "147亿元")["indicator"] == "国债资金"
