"""A fourth pass of readings of figures in the State Council work reports of 1993–2007, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the name of one figure of it.
"""

from __future__ import annotations

# -- a growth held for years (连续两年增长) of nothing named is the economy's, as an unowned growth is -----------------


def test_a_growth_held_for_years_of_nothing_named_is_the_economys(work_reports):
    # 1994: the growth of the two years before the plan of 9 %, of those years; 连续 alone is no name
    f = work_reports.fact_at(1994, "在连续两年增长百分之十三的基础上，安排这样的速度是比较合适的。", "百分之十三")
    assert (f["indicator"], f["measure"], f["period"]) == ("经济增长速度", "yoy_pct", "1992-1993年")


def test_a_growth_rate_held_for_years_is_the_economys(work_reports):
    # 1995: 增长速度 after how long it held, with no owner
    f = work_reports.fact_at(1995, "由于已经连续三年增长速度在百分之十一以上，当前又存在着较为严重的通货膨胀，"
                                   "今年增长速度比去年低一点是适当的。", "百分之十一")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("经济增长速度", "yoy_pct", "at_least")


# -- the work a count frames (…50万人的工作进展顺利) is not what it counts ------------------------------------------------


def test_the_work_a_count_frames_is_not_what_it_counts(work_reports):
    # 1999: 50万人 counts the troops cut, not the work of cutting them
    f = work_reports.fact_at(1999, "中国人民解放军的建设和改革取得新成绩，裁军50万人的工作进展顺利。", "50万人")
    assert (f["indicator"], f["unit"], f["value"]) == ("裁军", "人", 500000)



# -- a clause that only says what the target is (宏观调控的目标是，) names nothing; what the next clause compares does --


def test_the_clause_saying_what_the_target_is_names_nothing(work_reports):
    # 1995: 百分之十五 is the target of the rise of prices the clause before compares with last year
    f = work_reports.fact_at(1995, "宏观调控的目标是，确保物价上涨幅度比去年有明显回落，力争控制在百分之十五左右。", "百分之十五")
    assert (f["indicator"], f["measure"], f["qualifier"], f["status"]) == ("物价", "yoy_pct", "about", "target")


# -- counts of two levels of one noun (1410个县级和250个省级…中心): the first level's noun is printed after the last ----


def test_the_first_level_counted_takes_the_noun_printed_after_the_last(work_reports):
    # 2005: the county-level centres, not 县级 alone
    f = work_reports.fact_at(2005, "1410个县级和250个省、市（地）级疾病预防控制中心基本建成，290所紧急救援中心陆续开工。",
                             "1410个")
    assert (f["indicator"], f["unit"]) == ("县级疾病预防控制中心", "个")


# -- a verb of a cut (关停, 淘汰) with a modal (要) names nothing: the thing cut before is carried -------------------


def test_a_cut_verb_after_a_modal_carries_the_thing_cut_before(work_reports):
    # 2007: 今年要关停1000万千瓦 of the small thermal power units closed over the plan
    f = work_reports.fact_at(2007, "“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦；", "1000万千瓦")
    assert (f["indicator"], f["unit"], f["status"]) == ("关停小火电机组", "千瓦", "target")


# -- a balance (存款余额, 余额) after a clause naming the deposits is the balance of those deposits ---------------------


def test_a_balance_after_a_clause_naming_the_deposits_is_theirs(work_reports):
    # 1994: the year-end balance of the households' savings deposits, not of any deposit
    f = work_reports.fact_at(1994, "城乡居民储蓄存款大幅度增加，年末存款余额达到１４７６４亿元，增长百分之二十八。", "１４７６４亿元")
    assert (f["indicator"], f["indicator_key"], f["measure"]) == ("城乡居民储蓄存款余额", "household_savings", "level")
    g = work_reports.fact_at(1994, "城乡居民储蓄存款大幅度增加，年末存款余额达到１４７６４亿元，增长百分之二十八。", "百分之二十八")
    assert (g["indicator"], g["measure"]) == ("城乡居民储蓄存款余额", "yoy_pct")


def test_a_deposit_balance_after_a_clause_naming_the_savings_is_theirs(work_reports):
    # 1998: the savings (储蓄) are the deposits the balance is of (carried_balance_kin)
    f = work_reports.fact_at(1998, "城乡居民储蓄大幅度增加，存款余额达到4 6 2 8 0 亿元。", "4 6 2 8 0 亿元")
    assert (f["indicator"], f["indicator_key"], f["measure"]) == ("城乡居民储蓄存款余额", "household_savings", "level")
