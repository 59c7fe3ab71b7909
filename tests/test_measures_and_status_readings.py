"""Measure, qualifier and status of figures read on real text: the qualifier a word before an earlier figure
gives (超过…、是…的3倍), the change of a burden two payers share (减轻企业和居民负担约5000亿元), a span of
years heading a later clause (…，五年间产值增长２倍), 现有 holding in its own clause only, 从现在起 opening a
plan, the base a frame 在…的基础上 names, the recent years opening a sentence (近三年累计，…), a span of
years already reviewed in a plan part, and 今年 heading a later clause. Sentences are copied verbatim from the
State Council work reports (the year of the report in the comment) or from ``tests/gold/real/texts``.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at as fact

# -- a qualifier word before an earlier figure of the clause is that figure's ---------------------------------

# 2023
MARKET = ("改革给人们经商办企业更多便利和空间，去年底企业数量超过5200万户、个体工商户超过1.1亿户，"
          "市场主体总量超过1.6亿户、是十年前的3倍，发展内生动力明显增强。")


def test_multiple_after_an_over_figure_is_exact():
    f = fact(MARKET, "3倍")
    assert (f["qualifier"], f["unit"], f["value"], f["comparator"]) == ("exact", "倍", 3.0, "十年前")
    assert fact(MARKET, "1.6亿户")["qualifier"] == "over"


def test_share_after_an_amount_it_exceeds_is_exact(work_reports):
    # 1955: 三百元 exceeds the 125 yuan set by 140%; 超过 leads to the 125 yuan, not to the share
    f = work_reports.fact_at(1955, "超过国家规定造价一百二十五元的百分之一百四十", "百分之一百四十")
    assert f["qualifier"] == "exact"


# -- a change of an object of two nouns joined by 和 ---------------------------------------------------------

@pytest.mark.parametrize(("year", "phrase", "printed", "name", "qualifier"), [
    (2009, "可减轻企业和居民负担约5000亿元", "5000亿元", "企业和居民负担", "about"),
    (2016, "今年将比改革前减轻企业和个人负担5000多亿元", "5000多亿元", "企业和个人负担", "over"),
    (2019, "全年减轻企业税收和社保缴费负担近2万亿元", "2万亿元", "企业税收和社保缴费负担", "nearly"),
])
def test_burden_of_two_payers_is_a_change(work_reports, year, phrase, printed, name, qualifier):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["measure"], f["indicator"], f["qualifier"]) == ("abs_change", name, qualifier)
    assert f["value"] < 0


def test_burden_of_one_payer_stays_a_change():
    # 2008
    f = fact("全部取消了农业税、牧业税和特产税，每年减轻农民负担1335亿元。", "1335亿元")
    assert (f["measure"], f["indicator"], f["value"]) == ("abs_change", "农民负担", -1.335e11)


# -- a span of years heading a later clause of the sentence, for that clause only ------------------------------

def test_span_heading_a_later_clause_makes_a_change_over_it(work_reports):
    # 1993
    phrase = "乡镇企业保持旺盛发展势头，五年间产值增长２倍，现已吸纳农村劳动力１亿多人"
    f = work_reports.fact_at(1993, phrase, "２倍")
    assert (f["measure"], f["comparator"], f["period"], f["value"]) == ("change_pct", "五年间", "1988-1992年", 200.0)
    g = work_reports.fact_at(1993, phrase, "１亿多人")
    assert (g["measure"], g["period"]) == ("level", "1992年")  # 现已: the stock now, in the clause after the span


def test_span_heading_a_later_clause_leaves_the_next_item(work_reports):
    # 1998
    phrase = "五年来年均实际增长6 ％；农村居民人均纯收入达到2 0 9 0 元"
    assert work_reports.fact_at(1998, phrase, "6 ％")["period"] == "1993-1997年"
    assert work_reports.fact_at(1998, phrase, "2 0 9 0 元")["period"] == "1997年"


def test_span_heading_a_later_clause_gives_a_level_its_years(work_reports):
    # 2000
    f = work_reports.fact_at(2000, "从国债投资的效果看，两年来通过财政向银行发行2100亿元长期国债", "2100亿元")
    assert (f["indicator"], f["measure"], f["period"]) == ("长期国债", "level", "1998-1999年")


# -- 现有 holds in its own clause only --------------------------------------------------------------------------

def test_existing_problem_word_leaves_the_plan_figures_after_it(work_reports):
    # 2014, in 三、2014年重点工作
    phrase = ("今后一个时期，着重解决好现有“三个1亿人”问题，促进约1亿农业转移人口落户城镇，"
              "改造约1亿人居住的城镇棚户区和城中村，引导约1亿人在中西部地区就近城镇化。")
    for printed in ("1亿农业", "1亿人居住", "1亿人在"):
        f = work_reports.fact_at(2014, phrase, printed)
        assert (f["status"], f["qualifier"]) == ("target", "about"), printed


def test_current_rate_word_still_marks_the_rate_in_force(work_reports):
    # 2019: 现行 right before the figure is the rate in force, the one after 降至 the plan's
    phrase = "将制造业等行业现行16%的税率降至13%"
    assert work_reports.fact_at(2019, phrase, "16%")["status"] == "actual"
    assert work_reports.fact_at(2019, phrase, "13%")["status"] == "target"


# -- a figure inside 在…的基础上 is the base reached -------------------------------------------------------------

def test_base_frame_figure_is_an_outcome_in_a_plan_part(work_reports):
    # 1994, in the part planning 1994 (a growth held two years running: each year's)
    f = work_reports.fact_at(1994, "在连续两年增长百分之十三的基础上，安排这样的速度是比较合适的", "百分之十三")
    assert (f["status"], f["measure"], f["value"]) == ("actual", "yoy_pct", 13.0)


def test_base_frame_figure_stays_an_outcome_before_a_plan(work_reports):
    # 1985: the average of 1979-1983 the growth of 1984 is set against
    phrase = "在１９７９到１９８３年平均每年递增７．９％的基础上，比上年增长１４．２％"
    assert work_reports.fact_at(1985, phrase, "７．９％")["status"] == "actual"


# -- 近N年 opening a sentence is a span of years ----------------------------------------------------------------

def test_recent_years_opening_a_sentence_make_changes_over_them(work_reports):
    # 2009
    phrase = "近三年累计，单位国内生产总值能耗下降10.08%，化学需氧量、二氧化硫排放量分别减少6.61%和8.95%。"
    for printed in ("10.08%", "6.61%", "8.95%"):
        f = work_reports.fact_at(2009, phrase, printed)
        assert (f["measure"], f["period"]) == ("change_pct", "2006-2008年"), printed
        assert f["value"] < 0


# -- 从现在起 opens a span ahead, no outcome -----------------------------------------------------------------------

def test_from_now_on_opens_a_plan(work_reports):
    # 1994
    phrase = ("在从现在起到本世纪末的七年时间里，积极扶持贫困地区特别是老、少、边地区发展经济，帮助他们脱贫致富，"
              "基本解决８０００万人的温饱问题")
    assert work_reports.fact_at(1994, phrase, "８０００万人")["status"] == "target"


def test_now_still_marks_an_outcome(work_reports):
    # 1993
    f = work_reports.fact_at(1993, "目前由市场决定价格的比重，已经由五年前的百分之五十左右扩大到百分之八十左右", "百分之八十")
    assert f["status"] == "actual"


# -- a span of years already reviewed is an outcome in a plan part ---------------------------------------------

def test_reviewed_span_in_a_plan_part_is_an_outcome(work_reports):
    # 2007, in the part planning 2007
    f = work_reports.fact_at(2007, "从2003年到2006年年均超收2040亿元，其中去年超收2573亿元", "2040亿元")
    assert (f["status"], f["period"]) == ("actual", "2003-2006年")


def test_span_ahead_in_a_plan_part_stays_a_target(work_reports):
    # 2009: 今后三年 in the plan part
    f = work_reports.fact_at(2009, "今后三年各级政府拟投入8500亿元", "8500亿元")
    assert (f["status"], f["period"]) == ("target", "2009-2011年")


# -- 今年 heading a later clause: the status words before it stop there ------------------------------------------

def test_this_year_clause_is_out_of_reach_of_an_earlier_done_word(work_reports):
    # 2015, in the plan part
    phrase = "重大水利工程已开工的57个项目要加快建设，今年再开工27个项目"
    assert work_reports.fact_at(2015, phrase, "27个")["status"] == "target"


def test_this_year_clause_is_out_of_reach_of_an_earlier_now(work_reports):
    # 2013, in the plan part
    f = work_reports.fact_at(2013, "目前我国债务负担率相对较低，今年增加赤字后，赤字率在2%左右", "2%")
    assert (f["status"], f["qualifier"], f["measure"]) == ("target", "about", "rate_pct")


def test_plan_word_before_this_year_clause_still_reaches_it(work_reports):
    # 2024: 拟 of the clause before reaches the 今年 clause (only a word of an outcome stops there)
    phrase = "从今年开始拟连续几年发行超长期特别国债，专项用于国家重大战略实施和重点领域安全能力建设，今年先发行1万亿元"
    f = work_reports.fact_at(2024, phrase, "1万亿元")
    assert f["status"] == "target" and "year_inferred" not in f["flags"]
