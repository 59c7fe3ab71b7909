"""Readings of figures in the State Council work reports of 1993–2007, on verbatim sentences.

Each phrase is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the period, measure or name of one figure of it, read in its whole report where the report's
frames decide.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# -- a change over the years reviewed (平均每年, 年均, 五年增长) is of the span, not of the year of its level ------

@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    (1993, "１９９２年国民生产总值接近２４０００亿元，五年平均每年增长百分之七点九。", "百分之七点九", "1988-1992年"),
    (1993, "农业总产值平均每年增长百分之四点九，粮食生产摆脱了一度徘徊局面", "百分之四点九", "1988-1992年"),
    (1998, "1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，按可比价格计算，平均每年增长1 1 ％。", "1 1 ％", "1993-1997年"),
    (1998, "社会消费品零售总额年均实际增长1 0 ．3 ％", "1 0 ．3 ％", "1993-1997年"),
    (2001, "在经济持续增长和效益改善的基础上，2000年国家财政收入达13380亿元，平均每年增长16.5％。", "16.5％",
     "1996-2000年"),
    (2001, "居民储蓄存款余额五年增长1倍多，股票、债券等其他金融资产迅速增加。", "1倍", "1996-2000年"),
    # the second member of a list of averages, as the first
    (2001, "农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元，平均每年实际增长4.7％和5.7％。",
     "5.7％", "1996-2000年"),
    (2008, "2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%", "10.6%", "2003-2007年"),
])
def test_a_change_over_the_years_reviewed_is_of_the_span(work_reports, year, phrase, printed, period):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["measure"], f["period"]) == ("change_pct", period)


def test_the_level_printed_with_the_average_keeps_its_year(work_reports):
    # 2001
    f = work_reports.fact_at(2001, "2000年国家财政收入达13380亿元，平均每年增长16.5％", "13380亿元")
    assert (f["measure"], f["period"]) == ("level", "2000年")


# -- a name that ends with a growth (增长速度, 涨幅, 减少幅度) is the growth of what it opens with ----------------

@pytest.mark.parametrize(("text", "printed", "name", "measure", "value"), [
    # 1982: the name in the clause before its links
    ("工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；一九八二年计划为百分之四，预计可以达到"
     "百分之六点四。", "百分之四点六", "工农业总产值", "yoy_pct", 4.6),
    # 1993: a cut of the staff (减少幅度, as 压减幅度), against no last year
    ("各级国家机关工作人员总数减少幅度在百分之二十五左右。", "百分之二十五", "各级国家机关工作人员总数", "change_pct", -25.0),
    # 1993: a growth per year over the years of a plan, from the one first set to the one set now (the economy names
    # no quantity: its growth keeps the growth word, as 经济增长速度 does)
    ("按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。", "百分之六", "国民经济增长速度",
     "change_pct", 6.0),
    ("按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。", "百分之八", "国民经济增长速度",
     "change_pct", 8.0),
])
def test_a_name_ending_with_a_growth_is_the_growth_of_what_it_opens_with(text, printed, name, measure, value):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["value"]) == (name, measure, value)


def test_both_ends_of_a_range_of_growth_per_year_share_the_growth():
    # 1993
    text = "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。"
    f = fact(text, "九")
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == ("国民经济增长速度", "change_pct", 9.0, "%")


# -- a growth reached by a verb with no name of its own is the growth before it -----------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # 1997
    ("去年政府工作报告提出，物价涨幅要从１４．８％降到１０％左右，经过上下各方面的努力，实际回落到６．１％，明显低于预定的"
     "调控目标。", "６．１％", "物价"),
    # 1981
    ("１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％，并在执行中力争超过。", "４％", "工农业总产值"),
])
def test_a_growth_reached_by_a_bare_verb_is_the_growth_before_it(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"]) == (name, "yoy_pct")


# -- a share raised from A to B: B is of the same whole as A --------------------------------------------------

@pytest.mark.parametrize(("text", "printed"), [
    # 2003
    ("全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元，占国内生产总值的比重从0.64%提高到1.13%。", "1.13%"),
    # 2008
    ("全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%。", "1.49%"),
    # 2013: each end with its own year
    ("财政赤字占国内生产总值的比重从2009年的2.8%降到去年的1.5%左右，赤字率和债务负担率保持在安全水平。", "1.5%"),
])
def test_the_share_a_share_is_raised_to_is_of_the_same_whole(text, printed):
    f = fact(text, printed)
    assert (f["measure"], f["comparator"]) == ("rate_pct", "国内生产总值")


def test_a_share_with_no_whole_after_its_owner_has_none_of_its_words():
    # 1983: 所占比重 names no whole after 占; the whole is the total the clause before names
    text = ("在工农业总产值中，农业所占比重由一九七八年的百分之二十七点八提高到一九八二年的百分之三十三点六，轻工业所占比重由"
            "百分之三十一点一提高到百分之三十三点四。")
    assert [fact(text, p)["comparator"] for p in ("百分之二十七点八", "百分之三十三点六")] == ["工农业总产值"] * 2


def test_an_average_read_as_of_the_years_end_is_of_the_span(work_reports):
    # 2013
    f = work_reports.fact_at(2013, "高技术制造业增加值年均增长13.4%", "13.4%")
    assert f["period"] == "2008-2012年"


# -- a count added of units named after it (增加了３４个开放口岸) is of those units -----------------------------

def test_a_count_added_is_of_the_units_named_after_it():
    # 1993: not of the cities counted before it
    text = ("对外开放的范围和领域显著扩大，新开放了５个沿江城市、１８个省会城市、１３个沿边城市，增加了３４个开放口岸，形成了"
            "全方位开放的新格局。")
    f = fact(text, "３４个")
    # the ports added, a level named with 新增 as 增加放映队２，７２９个 is
    assert (f["indicator"], f["measure"], f["value"]) == ("新增开放口岸", "level", 34.0)


def test_units_counted_and_then_said_to_begin_are_named_by_what_begins():
    # 2005
    text = "东北地区等老工业基地振兴开局良好，国家支持启动了197个调整改造项目，15个采煤沉陷区治理工程开始建设。"
    assert fact(text, "15个")["indicator"] == "开始建设的采煤沉陷区治理工程"


# -- 要 before a fall to come sets a target; 实际 before the value reached reads an outcome ---------------------

def test_a_fall_to_come_is_a_target_and_the_fall_reached_an_outcome():
    # 1997
    text = ("去年政府工作报告提出，物价涨幅要从１４．８％降到１０％左右，经过上下各方面的努力，实际回落到６．１％，明显低于预定的"
            "调控目标。")
    assert [fact(text, p)["status"] for p in ("１４．８％", "１０％", "６．１％")] == ["actual", "target", "actual"]
