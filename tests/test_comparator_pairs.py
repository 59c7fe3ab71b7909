"""The bases of figures compared in pairs, the groups of ranks and the basis of a change (real terms), on
sentences quoted from published reports.

Sources: the excerpts of ``tests/gold/real/texts`` and the bundled report ``data/dongcheng_2020_h1.txt`` (named by
file) and the State Council government work reports (named by year).
"""

from __future__ import annotations

import warnings

import pytest

import dhcheng_analysis as dh

# wangcang_h1_industry (Wangcang County, H1 industrial production; the year is not in the text)
WANGCANG = ("上半年,全县规上工业增加值同比增长1.3%,增速较一季度和1-5月分别提高15.5和2.2个百分点,"
            "增速居全市第6位,较1-5月上升1位。")



def facts(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)


def one(text: str, printed: str, *cols: str) -> tuple:
    """The columns ``cols`` of the fact whose printed figure starts at the first ``printed`` of ``text``."""
    f = facts(text)
    start = text.index(printed)
    hit = ((f["start"].to_numpy() <= start) & (f["end"].to_numpy() > start)).nonzero()[0]
    assert len(hit) == 1, (printed, f[["indicator", "measure", "value", "unit", "start", "end"]])
    row = f.iloc[hit[0]]
    return tuple(row[c] for c in cols)


# --------------------------------------------------------------------------- a 分别 list of bases

@pytest.mark.parametrize(("printed", "base"), [("15.5", "一季度"), ("2.2个百分点", "1-5月")])
def test_a_list_of_bases_pairs_with_the_list_of_figures_in_order(printed, base):
    assert one(WANGCANG, printed, "measure", "comparator") == ("pp_diff", base)


def test_a_base_of_a_list_is_never_the_period_of_the_figures_after_it():
    f = facts(WANGCANG)
    assert f["period"].tolist() == ["上半年"] * 5
    assert one(WANGCANG, "1位", "measure", "value", "unit", "comparator") == ("abs_change", -1, "位次", "1-5月")


def test_a_single_base_before_a_list_is_the_base_of_every_member(work_reports):
    phrase = "化学需氧量、二氧化硫排放总量近年来首次出现双下降，比上年分别下降3.14％和4.66％"
    for printed in ("3.14％", "4.66％"):
        fact = work_reports.fact_at(2008, phrase, printed)
        assert (fact["measure"], fact["comparator"]) == ("yoy_pct", "上年")


# --------------------------------------------------------------------------- the group of a rank

@pytest.mark.parametrize(("text", "printed", "group"), [
    # data/dongcheng_2020_h1: a ranking of something in the city
    ("企业服务及时高效。连续两年在全市营商环境评价中排名第三,“人人都是营商环境”的氛围日益浓厚。", "第三", "全市"),
    # yongning_2020_h1_budget: the set ranked in, with its size
    ("区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,增长1.28%(增幅在全市16县区中排名第五),"
     "完成年初预算245800万元的59.74%。", "第五", "全市16县区"),
    # dongcheng_2017_h1: a verb after the rank verb is no group
    ("涉及中心城区的10个,我区有9个指标已完成全年任务,其中6个指标在16区排名进入前3名。", "前3", "16区"),
    # wangcang_h1_industry: the group after the rank verb, as before
    (WANGCANG, "第6", "全市"),
])
def test_the_group_of_a_rank_is_the_set_named_before_its_rank_verb(text, printed, group):
    assert one(text, printed, "measure", "comparator") == ("rank", group)


@pytest.mark.parametrize(("year", "phrase", "first", "second", "name", "periods"), [
    # after 外贸进出口总额由1997年的3252亿美元增加到2002年的6208亿美元: the years of the pair before
    (2003, "世界排名由第十位上升到第五位", "第十", "第五", "外贸进出口总额", ("1997年", "2002年")),
    # (the expressways' ranks are of what their levels name, 高速公路通车里程, as a part of 公路通车里程)
    (2003, "从居世界第三十九位跃升到第二位", "第三十九", "第二", "高速公路通车里程", ("1997年", "2002年")),
    (2004, "由上年居世界第五位上升到第四位", "第五", "第四", "进出口总额", None),
    # 由上年: the start of the move is of the year before the year reviewed (2004年)
    (2005, "由上年居世界第四位上升为第三位", "第四", "第三", "进出口贸易总额", ("2003年", "2004年")),
    # no verb of rank before either: the move says both are ranks; the start prints no year of its own (the year
    # its sentence compares with, 比2002年增长65.5%, is the start's; with none, the year before the span reviewed,
    # 过去五年 of 2003-2007年, the move is over)
    (2008, "从世界第六位上升到第四位", "第六", "第四", "国内生产总值", ("2002年", "2007年")),
    (2008, "从世界第六位上升到第三位", "第六", "第三", "进出口总额", ("2002年", "2007年")),
])
def test_the_rank_a_move_ends_at_is_of_the_thing_and_group_it_starts_from(work_reports, year, phrase, first,
                                                                           second, name, periods):
    a = work_reports.fact_at(year, phrase, first)
    b = work_reports.fact_at(year, phrase, second)
    assert (a["measure"], a["indicator"], a["comparator"]) == ("rank", name, "世界")
    assert (b["measure"], b["indicator"], b["comparator"]) == ("rank", name, "世界")
    assert "from_value" in a["flags"] and "from_value" not in b["flags"]
    if periods is not None:
        assert (a["period"], b["period"]) == periods


def test_one_rank_for_the_figures_before_it_names_them_all():
    # data/dongcheng_2020_h1 (东城区2020年上半年计划执行情况): one rank of each of the two rates, in the city
    text = "上半年,厨余垃圾分出率10.3%,生活垃圾减量率43.36%,均在全市排名第一。"
    f = facts(text)
    ranks = f[f["measure"] == "rank"]
    assert ranks[["indicator", "comparator", "value"]].values.tolist() == [
        ["厨余垃圾分出率", "全市", 1.0], ["生活垃圾减量率", "全市", 1.0]]
    assert one(text, "10.3", "indicator") == ("厨余垃圾分出率",)


# --------------------------------------------------------------------------- a list of multiples

def test_a_later_multiple_of_a_list_takes_the_base_printed_before_it():
    # nanshan_sz_2023_gwr_digest (数说南山区2023年《政府工作报告》)
    text = "每万人发明专利拥有量达521件,是全市的4.1倍、全国的23.6倍。"
    assert one(text, "4.1", "unit", "comparator") == ("倍", "全市")
    assert one(text, "23.6", "indicator", "unit", "comparator") == ("每万人发明专利拥有量", "倍", "全国")


@pytest.mark.parametrize(("year", "phrase", "printed", "base"), [
    (2008, "全国财政收入达到5.13万亿元，增长1.71倍", "1.71倍", "2002年"),  # after 比2002年增长65.5%, 年均增长10.6%
    (1982, "棉花三百六十万吨，增长百分之三十三", "百分之三十三", "一九八○年"),  # after 比一九八○年增长百分之十二点三
    (1982, "钢三千九百万吨，增长百分之五点一", "百分之五点一", "一九八○年"),
    (1955, "旅客周转量将达到三百二十亿人公里，增长百分之五十九点五", "百分之五十九点五", "一九五二年"),
])
def test_a_year_base_holds_for_the_bare_changes_after_it_in_its_sentence(work_reports, year, phrase, printed, base):
    fact = work_reports.fact_at(year, phrase, printed)
    assert (fact["measure"], fact["comparator"]) == ("change_pct", base)


@pytest.mark.parametrize(("year", "phrase", "printed", "base", "period"), [
    (1983, "由一九八二年的二十九万人增加到一九八七年的一百一十万人，即增长二点八倍", "二点八倍", "一九八二年", "一九八七年"),
    (1983, "由一九八二年的三十一万五千人，增加到一九八七年的五十五万人，增长百分之七十五", "百分之七十五", "一九八二年",
     "一九八七年"),
])
def test_a_change_right_after_a_move_between_printed_years_is_of_its_end_against_its_start(
        work_reports, year, phrase, printed, base, period):
    fact = work_reports.fact_at(year, phrase, printed)
    assert (fact["measure"], fact["comparator"], fact["period"]) == ("change_pct", base, period)
    assert fact["status"] == "target"  # the end it reaches is planned (一九八七年 in 1983), so is the growth


def test_a_change_after_a_move_between_consecutive_years_stays_a_growth_on_the_year_before():
    """A regression fixture written here (not a quoted sentence): 2019 to 2020 is a year's growth."""
    text = "2021年政府工作报告。公园数量由2019年的29个增加到2020年的110个，增长2.8倍。"
    assert one(text, "2.8倍", "measure", "comparator", "period") == ("yoy_pct", "2019年", "2020年")


@pytest.mark.parametrize(("text", "printed", "not_base"), [
    # a part (其中) between: compared on last year, as its total first is
    ("社会消费品零售总额完成1163.8亿元，增长24.5%，比2019年同期增长3.6%，其中网上零售额482.7亿元，增长17.3%。", "17.3%",
     "2019年同期"),
    # a comparison between (同…作比较) gives a base of its own
    ("如前所说，一九五九年的社会商品零售总额将达到六百五十亿元，比一九五八年增长百分之十九；如果同建国初期的一九五零年的"
     "一百七十亿元作比较，则增长二点八倍；", "二点八倍", "一九五八年"),
])
def test_a_year_base_does_not_cross_a_part_or_another_comparison(text, printed, not_base):
    assert one(text, printed, "comparator") != (not_base,)


@pytest.mark.parametrize(("year", "phrase", "printed", "real"), [
    (2007, "扣除价格因素，分别比上年实际增长10.4%和7.4%", "7.4%", True),
    (2006, "扣除价格因素，分别增长9.6%和6.2%", "6.2%", True),  # the cue in a clause of its own before the list
    (1995, "按可比价格计算，比上年增长百分之十一点八", "百分之十一点八", True),
    (1985, "扣除价格上涨因素，平均每年提高７．３％", "７．３％", True),  # 价格上涨 as 物价上涨
    (2014, "城镇居民人均可支配收入实际增长7%，农村居民人均纯收入实际增长9.3%", "9.3%", True),
    (2005, "财政收入2.63万亿元，增长21.4%", "21.4%", False),  # a growth of the revenue as printed
])
def test_a_growth_stated_in_real_terms_is_flagged(work_reports, year, phrase, printed, real):
    fact = work_reports.fact_at(year, phrase, printed)
    assert ("real_terms" in fact["flags"].split(";")) is real


# --------------------------------------------------------------------------- a pull on a wider growth

# wangcang_h1_industry (real), verbatim: the sector pulls the county's growth up (拉动) or down (下拉)
WANGCANG_PULLS = ("上半年,制造业增长3.4%,增速较一季度回升14.1个百分点,高于全县规上工业增速2.1个百分点,"
                  "拉动全县规上工业增加值增速2.4个百分点;采矿业增加值同比下降4.5%,降幅较一季度收窄16.3个百分点,"
                  "低于全县规上工业增速5.8个百分点,下拉全县规上工业增加值增速1.1个百分点。")
# constructed report haidian_2021_h1 (tests/gold/constructed), as district half-year reports print the pull on the
# city's growth: a regression fixture
HAIDIAN_PULL = ("上半年，全区实现地区生产总值4862.3亿元，同比增长14.6%，两年平均增长7.1%，拉动全市经济增长3.2个百分点，"
                "对全市经济增长的贡献率为31.5%。")


@pytest.mark.parametrize(("text", "printed", "base"), [
    (WANGCANG_PULLS, "2.1个百分点", "全县规上工业"),  # 高于全县…: compared with the county
    (WANGCANG_PULLS, "2.4个百分点", ""),  # 拉动全县…增速: the growth pulled, no base
    (WANGCANG_PULLS, "1.1个百分点", ""),
    (HAIDIAN_PULL, "3.2个百分点", ""),  # 拉动全市经济增长: not so many points above the city's growth
])
def test_what_a_pull_moves_is_no_base(text, printed, base):
    assert one(text, printed, "measure", "comparator") == ("pp_diff", base)


def test_a_base_printed_after_the_pull_verb_still_holds():
    text = "全区工业增加值增长8%,拉动全市工业增长1.2个百分点,比上年同期提高0.3个百分点。"
    assert one(text, "0.3个百分点", "comparator") == ("上年同期",)
    assert one(text, "1.2个百分点", "comparator") == ("",)
