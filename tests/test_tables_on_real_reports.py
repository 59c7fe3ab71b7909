"""The key tables of real report excerpts, read as an economist copying them into a briefing would.

Each report is one of ``tests/gold/real/texts`` (loaded whole with ``dh.load_report``), or a bundled State
Council work report (year in the comment); the sentence each test reads is quoted in its comment. The tests
state which rows a table shows and with which figures: a headline row of one scope and of the months to
date, only what the lead block tracks among the headline indicators, a growth on an adjusted basis as a
change against that basis, one kind of total in the tax table with its own parts, a change of another scope
as its own row, the level of a table row or of the change's own year, a goal listed once, completion
measured against the time its own period covers, and no self-audit warning drawn from figures over two
bases, two years or bounds, or from rounding not read.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from _real_tables import excerpt_table, real_tables

import dhcheng_analysis as dh

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"


tables = real_tables


def headline(name: str):
    return excerpt_table(name, "headline").set_index("indicator_as_printed")


# -- a headline row is of one scope: the scope of its level -------------------------------------------------

def test_a_headline_row_does_not_take_the_growth_of_another_scope():
    # dongcheng_2024_h1: 上半年实现区级一般公共预算收入97.2亿元,完成全年目标的46.2%;地方级一般公共预算收入239.3亿元,
    # 同比增长1.7%。  (1.7 % is the growth of the local-level revenue, not of the district's 97.2亿元)
    row = headline("dongcheng_2024_h1").loc["区级一般公共预算收入"]
    assert (row["level"], row["completion_pct"]) == (9.72e9, 46.2)
    assert math.isnan(row["yoy_pct"])
    y = excerpt_table("dongcheng_2024_h1", "yoy").set_index("indicator_as_printed")
    assert (y.loc["地方级一般公共预算收入", "change_pct"], y.loc["地方级一般公共预算收入", "level"]) == (1.7, 2.393e10)


# -- the lead block's counts of things done are no headline indicators -------------------------------------

def test_counts_of_the_lead_block_are_no_headline_indicators():
    # dongliu_yz_2023_street: 获得国家级无结核社区试点及省级荣誉7项、市级荣誉3项。 十项经济指标全年取得5盏绿灯,实现5个指标
    # 攀高,完成固定资产投资32.5亿元,完成限上社会消费品零售总额13.1亿元,同比增长20.4%,规上工业增加值0.38亿元,同比增长
    # 16.7%;引进亿元以上重大项目4个。
    h = headline("dongliu_yz_2023_street")
    assert list(h.index) == ["地区生产总值", "一般公共预算收入", "固定资产投资", "限上社会消费品零售总额", "规上工业增加值"]
    assert h.loc["限上社会消费品零售总额", "yoy_pct"] == 20.4


def test_an_indicator_of_the_lead_block_with_its_growth_is_a_headline_indicator():
    # zhongdu_ws_2025_street_h1: 1-5月,完成财税收入5545万元;工业产值累计达6.88亿元,同比增长2.25%;服务业累计营收突破2.7亿元,
    # 同比增长23.7%;…上半年新增“四上”企业14家  (平均时限缩短40% is no headline indicator either; 财税收入 is one as
    # the glossary's headline 财政总收入, with no growth)
    h = headline("zhongdu_ws_2025_street_h1")
    assert list(h.index) == ["财税收入", "工业产值", "服务业营收", "高新技术企业产值"]
    assert h.loc["服务业营收", "yoy_pct"] == 23.7
    d = headline("dongcheng_2023_h1")  # 上半年走访联系企业650家次,其中区领导走访企业169家次
    assert "走访联系企业" not in d.index and d.loc["地区生产总值", "yoy_pct"] == 5.3


def test_a_figure_printed_once_for_a_list_of_sectors_is_no_headline_indicator():
    # dongcheng_2023_h1: 金融、信息服务、商务服务等行业稳步增长,有力发挥对经济的正向拉动作用,上半年信息服务业收入、商务服务业
    # 收入、商品房销售面积均实现10%以上增长。  (printed before 上半年地区生产总值实现1732.7亿元,同比增长5.3%, it speaks of the
    # sectors; the report leads with the GDP)
    h = headline("dongcheng_2023_h1")
    assert list(h.index) == ["地区生产总值"]
    y = excerpt_table("dongcheng_2023_h1", "yoy").set_index("indicator_as_printed")
    assert (y.loc["商品房销售面积", "change_pct"], y.loc["商品房销售面积", "qualifier"]) == (10.0, "at_least")


def test_a_quantity_of_a_set_the_clause_opens_with_is_no_headline_indicator():
    # district_2021_bulletin_rank: 规模工业中,战略性新兴产业工业产值增长77.2%,增幅高于全市平均水平55.4个百分点,对规模以上工业
    # 贡献率为73.7%。  (the output of a part of the industry: its growth stays a row of the year-on-year table)
    h = headline("district_2021_bulletin_rank")
    assert "战略性新兴产业工业产值" not in h.index and h.loc["生产总值", "yoy_pct"] == 7.5
    y = excerpt_table("district_2021_bulletin_rank", "yoy").set_index("indicator_as_printed")
    assert y.loc["战略性新兴产业工业产值", "change_pct"] == 77.2


# -- a growth on an adjusted basis is a change against that basis, not the year-on-year growth -----------------

def test_growth_net_of_tax_refunds_is_not_shown_as_the_growth():
    # xiaoshan_hz_2022_h1: 财政总收入307.85亿元、一般公共预算收入196.73亿元,剔除留抵退税因素同比分别下降4.4%和2.8%。
    h = headline("xiaoshan_hz_2022_h1")
    for printed, change in (("财政总收入", -4.4), ("一般公共预算收入", -2.8)):
        row = h.loc[printed]
        assert math.isnan(row["yoy_pct"])
        assert (row["change_pct"], row["change_comparator"]) == (change, "剔除留抵退税因素")
    # chaoyang_2022_h1: 区级一般公共预算收入完成278.7亿元,同比降低6.5%,剔除留抵退税后增长0.4%。
    row = headline("chaoyang_2022_h1").loc["区级一般公共预算收入"]
    assert (row["yoy_pct"], row["change_pct"], row["change_comparator"]) == (-6.5, 0.4, "剔除留抵退税后")


# -- the months a report adds up to before a single month of them ----------------------------------------------

def test_a_headline_row_shows_the_months_to_date_not_the_last_month():
    # lintao_2024_m2_budget: 2月份,全县实现大口径财政收入5682万元,完成预算105425万元的5.39%,…下降24.22%。1-2月,全县实现
    # 大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%,较上年同期增收2113万元,增长14.14%。
    row = headline("lintao_2024_m2_budget").loc["大口径财政收入"]
    assert (row["level"], row["yoy_pct"], row["completion_pct"], row["period"]) == (1.7056e8, 14.14, 16.18, "1-2月")
    # puyang_m3_budget_table: 3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。
    row = headline("puyang_m3_budget_table").loc["一般公共预算收入"]
    assert (row["level"], row["yoy_pct"], row["period"]) == (2.34267e9, -10.9, "1-3月")


def test_the_tax_table_has_one_total_of_the_months_to_date():
    # puyang_m3_budget_table (above): the total's fall is the 10.9 % of 1-3月, the month's 12.7 % is left to the yoy table
    t = excerpt_table("puyang_m3_budget_table", "tax")
    whole = t[(t["dimension"] == "total") & (t["scope"] == "")]
    assert whole["change_pct"].tolist() == [-10.9]
    y = excerpt_table("puyang_m3_budget_table", "yoy")
    assert -12.7 in y.loc[y["period"] == "3月份", "change_pct"].tolist()


def test_the_same_growth_of_another_scope_is_its_own_row():
    # puyang_m3_budget_table, the table: 县 级 | 34858 | 109224 | | -10.9 | 65.9 | … (the counties' revenue fell
    # 10.9 %, as the city's did: two figures, not one printed twice)
    t = tables("puyang_m3_budget_table")
    y = t["yoy"]
    revenue = y[(y["indicator_key"] == "general_budget_revenue") & (y["change_pct"] == -10.9)]
    assert {"", "县级"} <= set(revenue["scope"])
    tax = t["tax"]
    assert tax.loc[(tax["dimension"] == "total") & (tax["scope"] == "县级"), "change_pct"].tolist() == [-10.9]


# -- the cells of one row of a table are stated together, as the figures of one sentence are ------------------

def test_a_growth_in_a_table_row_has_the_level_of_its_row():
    # district_2021_bulletin_rank, 表一 printed one cell a line: 工 业 | / 亿元 | / 19.5 | / 3.6 | (比上年增长(%))
    y = excerpt_table("district_2021_bulletin_rank", "yoy").set_index("indicator_as_printed")
    assert (y.loc["工业增加值", "level"], y.loc["建筑业增加值", "level"]) == (1.95e9, 3.2e8)
    # puyang_m3_budget_table: 市本级 | 14070 | 54065 | | -22.8 | 61.4 | 59373 | 129558 | | -27.6 |  (当月, 累计, 增幅%)
    p = excerpt_table("puyang_m3_budget_table", "yoy").set_index(["indicator_key", "scope"])
    assert p.loc[("general_budget_revenue", "市本级"), "level"] == 5.4065e8
    assert p.loc[("general_budget_expenditure", "市本级"), "level"] == 1.29558e9


# -- non-tax revenue breaks the budget revenue down, not the tax revenue -------------------------------------

@pytest.mark.parametrize("name", ["dayao_2024_m4_budget", "lintao_2024_m2_budget"])
def test_non_tax_revenue_is_no_tax_type_of_the_tax_total(name):
    # dayao_2024_m4_budget: 其中:税收收入8103万元,比上年增收1284万元,增长18.8%;非税收入16524万元,比上年减收2354万元,下降12.5%。
    # lintao_2024_m2_budget: 从收入结构看:税收收入15348万元,…增长9.38%;非税收入1708万元,…增长87.49%。
    t = excerpt_table(name, "tax")
    assert t.loc[t["dimension"] == "total", "indicator_key"].tolist() == ["tax_revenue"]
    assert "non_tax_revenue" not in set(t["indicator_key"])


def test_a_headline_growth_keeps_its_qualifier():
    # yuhang_hz_2015_gwr: 预计万元生产总值综合能耗下降8%以上  (a fall of at least 8 %, shown as such: ≤−8%)
    from dhcheng_analysis import display

    row = headline("yuhang_hz_2015_gwr").loc["万元生产总值综合能耗"]
    assert (row["yoy_pct"], row["yoy_qualifier"], row["status"]) == (-8.0, "at_least", "estimate")
    assert display.format_cell("yoy_pct", row.to_dict()) == "≤−8%"
    assert headline("dongcheng_2023_h1").loc["地区生产总值", "yoy_qualifier"] == "exact"


def test_the_amount_of_a_tax_change_has_its_own_unit():
    # dayao_2024_m4_budget: 其中:税收收入8103万元,比上年增收1284万元,增长18.8%  (the amount is in 元, not in the
    # % of the growth it rides on)
    t = excerpt_table("dayao_2024_m4_budget", "tax").set_index("item")
    row = t.loc["税收收入"]
    assert (row["change_pct"], row["abs_change"], row["unit"]) == (18.8, 12_840_000, "元")


def test_lintao_tax_types_stay():
    # lintao_2024_m2_budget, the table: | 增值税 | 45119 | 3916 | 1371 | … | 7833 | 17.36 | 6281 | 24.71 |
    t = excerpt_table("lintao_2024_m2_budget", "tax")
    types = t[t["dimension"] == "tax_type"].set_index("item")["change_pct"]
    assert (types["增值税"], types["企业所得税"], len(types)) == (24.71, -8.02, 10)


# -- a completion is measured against the time its own period covers -------------------------------------------

def test_completion_of_a_budget_is_an_annual_task_measured_at_its_months():
    # dayao_2024_m4_budget: 4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%…
    # 4月,一般公共预算支出累计完成107752万元,完成预算数257288万元的41.9%…
    c = excerpt_table("dayao_2024_m4_budget", "completion").set_index("indicator")
    assert c["annual"].all()
    assert c["benchmark_pct"].round(2).eq(33.33).all()
    assert c.loc["一般公共预算支出", "gap_pp"] == pytest.approx(41.9 - 100 / 3)


def test_progress_of_a_budget_item_without_a_base_is_of_the_annual_budget():
    # dongcheng_2021_h1: 区级一般公共预算收入实现105.7亿元,同比增长9.1%,完成进度55.5%;固定资产投资额实现114.5亿元,
    # 同比增长14.1%,完成进度51.1%  (the district's investment too is of the year's plan, as the reports of other years
    # print it: 固定资产投资…完成全年任务的43.5%)
    c = excerpt_table("dongcheng_2021_h1", "completion").set_index("indicator")
    assert (c.loc["一般公共预算收入", "annual"], c.loc["一般公共预算收入", "gap_pp"]) == (True, pytest.approx(5.5))
    assert (c.loc["固定资产投资", "annual"], c.loc["固定资产投资", "gap_pp"]) == (True, pytest.approx(1.1))


def test_completion_of_one_month_is_measured_against_one_month():
    # lintao_2024_m2_budget: 2月份…完成预算105425万元的5.39%,较均衡进度慢2.94% ; 1-2月…完成预算的16.18%,较均衡进度慢0.48%
    # (the table writes the report's 2024年1-2月 as 1-2月 too: the row of 财政总收入 is the one of that sentence)
    c = excerpt_table("lintao_2024_m2_budget", "completion").query("indicator == '财政总收入'").set_index("period")
    assert c.loc["2月份", "gap_pp"] == pytest.approx(-2.94, abs=0.01)
    assert c.loc["1-2月", "gap_pp"] == pytest.approx(-0.48, abs=0.01)
    assert c.loc["1-2月", "on_track"] is False


def test_completion_of_a_half_year_is_measured_at_mid_year():
    # beijing_2017_h1 (its opening speaks of 全年目标任务 before 上半年): 经营性土地供应完成年初计划的72.3%。
    c = excerpt_table("beijing_2017_h1", "completion").set_index("indicator")
    assert (c.loc["经营性土地供应", "benchmark_pct"], c.loc["经营性土地供应", "gap_pp"]) == (50.0, pytest.approx(22.3))


# -- a goal is listed once, where the report first states it ------------------------------------------------

def test_a_goal_restated_in_a_table_is_one_row():
    # wuchang_wh_2023_annual: ——全年地区生产总值预期目标增长6.5%… and its table: 地区生产总值 (简称“GDP”) | 6.5% | …
    t = excerpt_table("wuchang_wh_2023_annual", "targets")
    assert not t.duplicated(["indicator_key", "indicator", "measure", "value"]).any(), t
    assert t.set_index("indicator").loc["地区生产总值", "value"] == 6.5
    assert len(t) == 5


def test_goals_of_different_years_stay_two_rows(work_reports):
    # 2021: 城镇调查失业率控制在5.5%以内 (the 14th plan, 2021-2025) and 城镇调查失业率5.5%左右 (the goal of 2021)
    report, facts = work_reports[2021]
    t = dh.plan_targets(report, facts)
    assert sorted(t.loc[t["indicator_key"] == "urban_surveyed_unemployment_rate", "period"]) == ["2021-2025年", "2021年"]


# -- the self-audit compares a change only with an absolute change over the same base -------------------------

def test_no_warning_from_a_growth_and_a_change_over_another_base():
    # nanshan_sz_2023_gwr_digest: 实现本地生产总值8036亿元,增长3.3%,相较于2020年增长超1500亿元,跨越两个千亿级台阶,增幅近1/4。
    a = excerpt_table("nanshan_sz_2023_gwr_digest", "audit")
    assert not (a["verdict"] == "inconsistent").any(), a["message"].tolist()


def test_the_audit_still_checks_a_change_with_its_absolute_change():
    # dayao_2024_m4_budget: 一般公共预算收入累计完成24627万元,…比上年减收1070万元,下降4.2%。
    a = excerpt_table("dayao_2024_m4_budget", "audit")
    rows = a[(a["check"] == "change_vs_abs_change") & (a["indicator"] == "一般公共预算收入")]
    assert rows["verdict"].tolist() == ["consistent"]



def _audit_of(work_reports, year: int):
    report, facts = work_reports[year]
    return dh.audit(report, facts)


def test_a_share_is_checked_with_the_levels_of_its_own_year(work_reports):
    # 2003: 全国研究与试验开发经费,从1997年的509亿元增加到2002年的1161亿元,占国内生产总值的比重从0.64%提高到1.13%。
    a = _audit_of(work_reports, 2003)
    shares = a[(a["check"] == "share_vs_levels") & (a["indicator_key"] == "rd_intensity")]  # named 研发经费投入强度
    assert shares["stated"].tolist() == [1.13]  # 1161亿元 of 2002's 10.2万亿元; 0.64 % is 1997's, whose GDP is not stated
    assert shares["verdict"].tolist() == ["consistent"]


def test_figures_stated_as_bounds_are_not_checked_to_their_rounding(work_reports):
    # 1960: 还要在一九五九年粮食总产量的基础上,再增加一千八百亿斤以上,即增长三分之一以上。
    a = _audit_of(work_reports, 1960)
    assert not a["indicator"].eq("粮食产量").any(), a["message"].tolist()
    assert a["verdict"].eq("consistent").all()


def test_a_change_has_the_level_of_its_own_year(work_reports):
    # 1959: 我国的高等学校的学生,一九五二年有十九万人,到了一九五七年已经有四十四万人,即增加一倍多;一九五八年又比一九五七年
    # 增加百分之五十,达到六十六万人。
    report, facts = work_reports[1959]
    y = dh.yoy_changes(report, facts)
    row = y[(y["indicator_as_printed"] == "我国的高等学校的学生") & (y["change_pct"] == 50)].iloc[0]
    assert (row["level"], row["implied_prior_level"]) == (660000, pytest.approx(440000))


def test_a_change_over_a_budget_gives_no_level_of_a_year_before(work_reports):
    # 2010: 2009年中央政府公共投资9243亿元,比上年预算增加5038亿元  (the base is a budget, not the level of 2008)
    report, facts = work_reports[2010]
    y = dh.yoy_changes(report, facts)
    row = y[(y["indicator_as_printed"] == "中央政府公共投资") & (y["comparator"] == "上年预算")].iloc[0]
    assert (row["abs_change"], row["level"]) == (5.038e11, 9.243e11)
    assert math.isnan(row["implied_prior_level"])


def test_the_change_of_a_share_is_not_shown_as_the_change_of_the_growth():
    # beijing_2017_h1: 其中房地产开发投资下降6.4%,占全市投资的比重43.8%、较上年同期减少5.9个百分点 (a part of the
    # investment, no headline row: its growth is under the investment's 6.2%; no row takes the share's 5.9 points)
    h = headline("beijing_2017_h1")
    assert "房地产开发投资" not in h.index and -5.9 not in set(h["pp_diff"]) and 5.9 not in set(h["pp_diff"])
    # the GDP's 0.3 points above the year's expected growth stays: 地区生产总值增长6.8%,高于年初预期目标0.3个百分点
    gdp = headline("beijing_2017_h1").loc["地区生产总值"]
    assert (gdp["pp_diff"], gdp["comparator_value"]) == (0.3, 6.5)


def test_a_percentage_in_chinese_numerals_is_rounded_at_its_last_digit(work_reports):
    # 1958: 一九五八年供应社会的商品总量,可以达到五百亿元,比上一年增加三十亿元,增长百分之六点五  (6.5 to one decimal:
    # ±0.05; 30/470 = 6.38 %, within it once the amounts are rounded too, as 500亿元 and 30亿元 are: to half an 亿)
    a = _audit_of(work_reports, 1958)
    row = a[a["fact_ids"].str.startswith("f16824;")].iloc[0]
    assert dh.analysis.pct_tolerance("百分之六点五") == pytest.approx(0.05)
    assert (row["verdict"], row["tolerance"]) == ("consistent", pytest.approx(0.05 + 6.383 * (0.5 / 30 + 1 / 470),
                                                                            abs=1e-3))
    assert dh.analysis.pct_tolerance("１１．１") == pytest.approx(0.05)  # printed in full-width digits (1988)
