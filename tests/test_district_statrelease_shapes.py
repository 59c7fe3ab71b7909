"""Figures of the monthly and quarterly statistical releases of districts and counties (统计月报, 经济运行简况,
1—N月主要经济指标), as their statistics bureaus print them.

A release reports the months from January to the month just ended (1—9月, 前三季度) and prints, beside them, one
month alone (9月份, 9月当月) and an earlier cut of the data (较1—8月; 1—8月 for the services the bureau counts a
month late); its table of main indicators (指标, 单位, 本月, 累计, 增速) reaches the page as rows of cells apart by
tabs or runs of spaces, a part's row opening with 其中. The rules: a month alone, in a release of several months,
holds in its sentence only, as 9月当月 does, and the months reported go on after it; a sentence opening with 其中
goes on with the sentence before, of the time that one alone is of (1—8月); the cells of a part's row (其中：税收收入)
are parts of the cells of the total's row in their own column (本月 of 本月), each keeping its column's period; a
growth word before 分别 (增速分别比上半年提高…) names the growths printed before it in their own clauses, in order;
the city's statistics bureau that accounts the figures (经市统计局统一核算) names no place the release is of.

Sentences written in the form of district releases, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

import dhcheng_analysis as dh

HEAD = "2024年1—9月全区主要经济指标\n"


# -- a month alone holds in its sentence only ---------------------------------------------------------------

# regression fixture in the form of a district's release of 前三季度 (not real), modelled on
# 8月当月全区规上工业增速9.7%,环比7月提高0.8个百分点 (/work/shared/gold/real/texts/neimenggu_2023_m8_industry.txt)
MONTH_ALONE = ("2024年前三季度全区经济运行情况\n一、工业经济\n前三季度，全区规模以上工业增加值同比增长7.1%。"
               "其中，9月份增长8.3%，比8月份加快1.1个百分点。全区规模以上工业企业实现营业收入562.3亿元，同比增长6.2%。\n")


@pytest.mark.parametrize(("printed", "period"), [
    ("8.3%", "9月份"),
    ("1.1个", "9月份"),
    ("562.3亿元", "前三季度"),
    ("6.2%", "前三季度"),
])
def test_a_month_alone_holds_in_its_sentence_only(printed, period):
    assert fact(MONTH_ALONE, printed)["period"] == period


# -- 其中 goes on with the earlier cut before it -------------------------------------------------------------

# regression fixture in the form of a district's release of 前三季度 (not real), modelled on
# 1-5月,限上批发业销售额81.50亿元,…;限上零售业销售额0.20亿元 and 其中:工业投资同比增长55.9%
# (/work/shared/gold/real/texts/ruyuan_m1to5_release.txt)
EARLIER_CUT = ("2024年前三季度全区经济运行情况\n一、工业\n前三季度，全区规模以上工业增加值同比增长7.1%。\n二、服务业\n"
               "1—8月，全区规模以上服务业企业实现营业收入86.4亿元，同比增长9.3%。"
               "其中，信息传输、软件和信息技术服务业营业收入增长15.2%，租赁和商务服务业增长8.6%。\n三、投资\n"
               "全区固定资产投资同比下降2.8%。\n")


@pytest.mark.parametrize(("printed", "period"), [
    ("9.3%", "1-8月"),
    ("15.2%", "1-8月"),
    ("8.6%", "1-8月"),
    ("2.8%", "前三季度"),
])
def test_a_part_sentence_goes_on_with_an_earlier_cut(printed, period):
    assert fact(EARLIER_CUT, printed)["period"] == period


def test_a_part_sentence_after_a_month_alone():
    # regression fixture, a variant (not real): 当月, then its parts
    text = ("2024年1—6月全县主要经济指标完成情况\n6月当月，全县规上工业增加值增长9.1%。其中，制造业增长10.2%。"
            "全县固定资产投资增长3.2%。\n")
    assert fact(text, "10.2%")["period"] == "6月"
    assert fact(text, "3.2%")["period"].endswith("1-6月")


# regression fixture, a variant (not real): the month alone, then the months so far in the same sentence, then parts
MONTH_THEN_CUMULATIVE = ("2023年1-9月全区经济运行情况\n9月份，全区规上工业增加值增长8.1%；1-9月增长6.3%。"
                         "其中，制造业增长7.0%，高技术制造业增长10.2%。\n")
# regression fixture, a variant (not real): the same with the retail sales of 6月份 and 上半年
MONTH_THEN_HALF = ("2023年上半年全区经济运行情况\n6月份，全区社会消费品零售总额18.2亿元，增长5.1%；上半年105.3亿元，"
                   "增长6.2%。其中，限额以上单位零售额56.1亿元，增长7.2%。\n")


@pytest.mark.parametrize(("text", "printed", "period"), [
    (MONTH_THEN_CUMULATIVE, "7.0%", "1-9月"),
    (MONTH_THEN_CUMULATIVE, "10.2%", "1-9月"),
    (MONTH_THEN_HALF, "56.1亿元", "上半年"),
    (MONTH_THEN_HALF, "7.2%", "上半年"),
])
def test_a_part_sentence_after_the_months_so_far_printed_after_a_month_alone(text, printed, period):
    assert fact(text, printed)["period"] == period


def test_a_part_of_the_months_so_far_after_a_month_alone_is_their_part():
    f = fact(MONTH_THEN_CUMULATIVE, "7.0%")
    assert (f["relation"], f["parent_id"]) == ("part", fact(MONTH_THEN_CUMULATIVE, "6.3%")["fact_id"])


# -- a part's row of a table is of its column -------------------------------------------------------------

# regression fixture in the form of a county's 9月份主要经济指标 printed with tabs (not real), modelled on the rows
# 濮阳市 | 73795 | 234267 | … of the columns 当月 and 累计 (/work/shared/gold/real/texts/puyang_m3_budget_table.txt)
TAB_TABLE = ("9月份主要经济指标\n指标名称\t单位\t本月\t累计\t累计增速（%）\n"
             "一般公共预算收入\t亿元\t1.12\t12.35\t4.6\n其中：税收收入\t亿元\t0.86\t8.96\t-2.3\n"
             "一般公共预算支出\t亿元\t4.25\t36.72\t3.1\n")
# regression fixture, a variant (not real): cells apart by runs of spaces, the part's row indented
SPACE_TABLE = ("2024年9月主要经济指标\n指标          单位    本月      累计      增速（%）\n"
               "一般公共预算收入    亿元    1.12      12.35     4.6\n  其中：税收收入    亿元    0.86      8.96      -2.3\n"
               "一般公共预算支出    亿元    4.25      36.72     3.1\n")


@pytest.mark.parametrize("text", [TAB_TABLE, SPACE_TABLE])
@pytest.mark.parametrize(("printed", "month"), [("0.86", True), ("8.96", False), ("1.12", True), ("12.35", False)])
def test_a_part_row_keeps_its_columns_period(text, printed, month):
    f = fact(text, printed)
    assert "table_cell" in f["flags"]
    assert (f["period"] in ("9月", "2024年9月")) == month, f["period"]
    assert f["period"].endswith("1-9月") != month, f["period"]


def test_a_part_row_keeps_its_name_and_measure():
    f = fact(TAB_TABLE, "0.86")
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"]) == ("税收收入", "tax_revenue", "level", 8.6e7)


# -- 增速分别 after clauses of their own -----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county's release (not real), modelled on 城镇居民人均可支配收入9422元，农村居民
    # 人均纯收入2936元，扣除价格因素，分别实际增长7.7%和6.8% (/work/shared/corpus/national_work_reports/2005.txt)
    ("前三季度，全县城镇常住居民人均可支配收入32568元，同比增长5.1%；农村常住居民人均可支配收入16892元，同比增长7.3%，"
     "增速分别比上半年提高0.2和0.4个百分点。", "0.2", "城镇常住居民人均可支配收入"),
    ("前三季度，全县城镇常住居民人均可支配收入32568元，同比增长5.1%；农村常住居民人均可支配收入16892元，同比增长7.3%，"
     "增速分别比上半年提高0.2和0.4个百分点。", "0.4", "农村常住居民人均可支配收入"),
    # regression fixture, a variant (not real): 增幅, each compared with the city
    ("1—9月，全县规上工业增加值增长7.6%；固定资产投资增长6.3%，增幅分别比全市高1.2和0.5个百分点。", "1.2", "规上工业增加值"),
    # regression fixture, a variant (not real): the growths of a sentence of three clauses
    ("1—9月，全县社会消费品零售总额98.56亿元，增长7.8%；一般公共预算收入12.35亿元，增长4.6%，"
     "增速分别比1—8月提高0.9和0.3个百分点。", "0.9", "社会消费品零售总额"),
])
def test_a_growth_word_before_fenbie_names_the_growths_before(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "pp_diff")


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): growths of other names, then the levels the 分别 list is of
    ("全区地区生产总值增长6%，人均地区生产总值增长5.8%；第二产业增加值50亿元，第三产业增加值60亿元，"
     "增速分别为6.5%和5.9%。", "6.5%", "第二产业增加值"),
    ("全区地区生产总值增长6%，人均地区生产总值增长5.8%；第二产业增加值50亿元，第三产业增加值60亿元，"
     "增速分别为6.5%和5.9%。", "5.9%", "第三产业增加值"),
    # regression fixture, a variant (not real): the same with 增幅 and a list of two levels
    ("全区规上工业增加值增长6.2%，规上工业企业利润增长8.1%，全区规上工业企业营业收入120亿元、利税总额15亿元，"
     "增幅分别为5.3%和4.1%。", "5.3%", "规上工业企业营业收入"),
    ("全区规上工业增加值增长6.2%，规上工业企业利润增长8.1%，全区规上工业企业营业收入120亿元、利税总额15亿元，"
     "增幅分别为5.3%和4.1%。", "4.1%", "利税总额"),
])
def test_a_growth_word_before_fenbie_after_levels_of_other_names_is_of_the_levels(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "yoy_pct")


# -- the city's statistics bureau names no place ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    # regression fixture in the form of a county's quarterly release (not real), modelled on the release's own
    # opening 1-5月,全县部分主要经济指标增速有所回落 (/work/shared/gold/real/texts/ruyuan_m1to5_release.txt)
    "2024年前三季度全县经济运行情况\n经市统计局统一核算，前三季度，全县实现地区生产总值412.36亿元，同比增长5.6%。\n",
    # regression fixture, a variant (not real): 据, under a heading
    "2024年前三季度全区经济运行情况\n一、地区生产总值\n据市统计局统一核算，前三季度，全区实现地区生产总值412.36亿元。\n",
])
def test_the_city_bureau_accounting_names_no_place(text):
    meta = dh.load_report(text).metadata
    assert "city" not in meta and "district" not in meta
    assert meta["period"] == "Q1-Q3"
    assert facts(text)["scope"].eq("").all()


def test_a_bureau_of_a_named_county_still_names_it():
    # the signature 旺苍县统计局 (/work/shared/gold/real/texts/wangcang_h1_industry.txt): the county's own bureau
    meta = dh.load_report("旺苍县统计局\n上半年,全县规上工业增加值同比增长1.3%。\n").metadata
    assert meta["district"] == "旺苍县"


# -- glossary keys of the release's names -------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district's release (not real), modelled on 规模以上工业企业累计完成工业总产值
    # 281.5亿元 (/work/shared/gold/real/texts/xicheng_m1to5_indicators_table.txt)
    ("1—9月，全区规模以上工业企业实现总产值386.5亿元，同比增长7.2%。", "386.5", "industrial_output_above_size"),
    # regression fixture, a variant (not real): the margin of the firms' revenue
    ("1—9月，全区规模以上工业企业实现利润总额31.5亿元，增长11.4%；营业收入利润率为5.6%，比上年同期提高0.3个百分点。", "5.6",
     "operating_revenue_profit_margin"),
    # regression fixture, a variant (not real): the deposits in renminbi only are narrower than the balances in both
    # currencies the glossary keys, and stay unkeyed
    ("9月末，全区金融机构人民币存款余额385.6亿元，比年初增长7.8%。", "385.6", ""),
    # regression fixture, a variant (not real): the stock of market entities
    ("9月末，全区实有各类市场主体5.62万户，较年初增长6.3%。", "5.62", "market_entities"),
])
def test_release_names_take_their_glossary_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key
