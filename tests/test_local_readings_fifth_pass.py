"""A fifth reading of district reports, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts`` or ``/work/shared/examples/unseen`` (named in the
comment after it); a title line that states the report's year, as the full report's does, is added where the reading
needs the year. Each test states the reading of one figure of it.
"""

from __future__ import annotations

from _sentences import fact, facts

# -- 由上年同期的A下降为B: A is of the same part of the year before, in a report whose year is known --------------------

YOUYANG_2025 = ("酉阳县2025年一季度经济运行情况\n一季度,全县实现地区生产总值56.82亿元,增长4.6%。\n"  # youyang_cq_2025_q1
                "按常住地分,城镇常住居民人均可支配收入10063元,增长5.2%;农村常住居民人均可支配收入4974元,增长6.6%。"
                "城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1。")


def test_the_start_of_a_change_from_the_same_period_a_year_before():
    before = fact(YOUYANG_2025, "2.05")
    assert (before["indicator"], before["measure"], before["period"]) == ("城乡收入比", "ratio", "2024年一季度")
    assert fact(YOUYANG_2025, "2.02")["period"] == "一季度"


# youyang_cq_2025_q1 as published: the release prints no year, so the year before is 上年 of the same part of it
YOUYANG = ("一季度,全县实现地区生产总值56.82亿元,增长4.6%。\n"  # youyang_cq_2025_q1, verbatim
           "按常住地分,城镇常住居民人均可支配收入10063元,增长5.2%;农村常住居民人均可支配收入4974元,增长6.6%。"
           "城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1。")


def test_the_start_of_a_change_from_the_same_period_of_a_year_not_printed():
    assert fact(YOUYANG, "2.05")["period"] == "上年一季度"
    assert fact(YOUYANG, "2.02")["period"] == "一季度"
    # 上年 alone may be the whole year before: no part of it is said
    assert fact("1-5月,城乡收入比由上年的2.05:1下降为2.02:1。", "2.05")["period"] == ""


# -- 增长由年初的2%调整为-4%左右: the plan set at the year's start is of the year planned, not of its start ---------------

XICHENG_2020 = ("西城区政府2020年重点工作任务目标全年完成情况\n"  # xicheng_2020_keytasks, the table's title and a row
                "经济社会发展主要预期目标2区级一般公共预算收入增长2%左右。区财政局西城区一般公共预算收入由年初预算439.55亿元"
                "调整为413.8亿元左右,增长由年初的2%调整为-4%左右(此调整方案已于2020年12月22日经区第十六届人大常委会第42次"
                "会议审议通过)。")


def test_a_plan_revised_from_the_start_of_the_year_is_of_the_year():
    first = fact(XICHENG_2020, "年初的2%")
    assert (first["indicator"], first["measure"], first["status"], first["period"]) == (
        "一般公共预算收入", "yoy_pct", "target", "2020年")
    assert fact(XICHENG_2020, "-4%")["period"] == "2020年"


# -- 税务部门完成16396万元: the office's revenue; 完成 only says it was done and is no part of the name ------------------

LINTAO_2024 = ("1-2月,全县实现大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%,较上年同期增收2113万元,"
               "增长14.14%。从征收部门看:税务部门完成16396万元,占收入的96.13%,同比增收1881万元,增长12.96%;"
               "财政部门完成660万元,占收入的3.87%,同比增收232万元,增长54.21%。")  # lintao_2024_m2_budget


def test_the_revenue_of_a_collecting_office_is_named_without_the_verb_that_completes_it():
    tax = fact(LINTAO_2024, "16396万元")
    assert (tax["indicator"], tax["measure"], tax["value"]) == ("税务部门收入", "level", 163_960_000.0)
    assert fact(LINTAO_2024, "3.87%")["indicator"] == "财政部门收入"


# -- 16家企业获得第一批…链主企业证书: a count is named by what its clause says of it, up to the length of an award's name ----

CHENGYANG_2022 = ("召开全区企业家大会,中车四方股份等16家企业获得第一批先进制造业产业链链主企业证书,易邦生物等30家企业获得"
                  "企业发展奖励资金1.17亿元。")  # chengyang_qd_2022_bulletin


def test_a_count_named_by_the_award_its_clause_says_it_won():
    f = fact(CHENGYANG_2022, "16家")
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == (
        "获得第一批先进制造业产业链链主企业证书的企业", "level", 16.0, "家")


# -- A、B、C、D等重要经济社会发展指标,保持全市第一: 等 and a word for indicators close a list; the one rank is each one's --

XICHENG_2022 = ("一般公共预算收入扣除留抵退税后、同口径增长5.6%,人均地区生产总值、全员劳动生产率、居民人均可支配收入、"
                "登记失业率等重要经济社会发展指标,保持全市第一。")  # xicheng_2022_annual


def test_a_rank_of_a_list_of_indicators_is_each_ones():
    f = facts(XICHENG_2022)
    ranks = f[f["measure"] == "rank"]
    assert list(ranks["indicator"]) == ["人均地区生产总值", "全员劳动生产率", "居民人均可支配收入", "登记失业率"]
    assert set(ranks["value"]) == {1.0} and set(ranks["comparator"]) == {"全市"}
