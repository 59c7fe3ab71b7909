"""Status and period set by the words that frame a clause: plan words (安排为, 要…增长) that set a target,
the reach of 预计, the year a clause frame prints (而Y1比Y2，, 到了YEAR, 根据YEAR底的统计, 到YEAR，), and the
year 今年 and 年末 name. Sentences are copied verbatim from the State Council work reports (the year of the
report in the comment) or from ``tests/gold/real/texts``; texts written for a test are marked regression
fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import fact_at as fact

REAL = Path(__file__).parent / "gold" / "real" / "texts"

# regression fixture (written for these tests): a district work report whose years are known (2023 reviewed,
# 2024 planned), to hold modern reproductions of the shapes
DATED = "政府工作报告\n——2024年1月10日在区第十七届人民代表大会第四次会议上\n一、2023年工作回顾\n{review}\n二、2024年工作安排\n{plan}\n"





def report_fact(work_reports, year: int, phrase: str, printed: str) -> dict:
    return work_reports.fact_at(year, phrase, printed)


# -- plan words set a target ------------------------------------------------------------------------

SOWN_1958 = ("为了给粮食和棉花的增产准备条件，在增加耕地面积、复种面积和灌溉面积的基础上，一九五八年各种粮食的播种面积"
             "安排为十八亿三千九百二十六万亩，比上一年增加三千一百七十五万亩；棉花的播种面积安排为九千零三十万亩，"
             "比上一年增加四百一十二万亩。")


@pytest.mark.parametrize("printed", ["十八亿三千九百二十六万亩", "三千一百七十五万亩", "九千零三十万亩", "四百一十二万亩"])
def test_a_figure_a_plan_is_arranged_at_is_a_target(printed):
    # 1958
    assert fact(SOWN_1958, printed)["status"] == "target"


def test_arranged_at_is_a_target_in_a_modern_sentence():
    # regression fixture (written for this test): the 1958 shape in modern wording
    assert fact("今年粮食播种面积安排为18亿亩。", "18")["status"] == "target"


def test_a_plan_word_before_a_place_word_is_no_plan():
    # regression fixture (written for this test): 安排为 not followed by an amount is no cue
    r = fact("去年把闲置厂房安排为创业园区，入驻企业120家。", "120")
    assert r["status"] == "actual"


def test_must_grow_on_a_base_is_a_target():
    # 1955
    text = ("一九五五年到一九五七年，基本建设要完成五年投资总额的百分之六十八，许多规模巨大、技术复杂的工厂、矿山、铁路、"
            "水利的工程要同时开工；工业总产值要在一九五四年的基数上增长百分之二十九。")
    assert fact(text, "百分之二十九")["status"] == "target"


def test_must_of_an_attribute_is_no_plan():
    # 1983: 要花的投资 is the investment needed, an outcome of the check
    text = ("据对一百七十六个在建的大中型项目的检查，现在要花的投资就比原来的概算增加一百八十五亿元，"
            "其中固然有些是原概算偏低，但大量的是由于种种不合理的因素造成的。")
    assert fact(text, "一百八十五亿元")["status"] == "actual"


# -- the reach of 预计 --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # 预计 speaks of the revenue; 加上 starts the sum that the budget plans to spend
        (2024, "预计今年财政收入继续恢复增长，加上调入资金等，一般公共预算支出规模28.5万亿元", "28.5", "2024年"),
        (2024, "一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元", "1.1", "2024年"),
        (2022, "支出规模比去年扩大2万亿元以上", "2", "2022年"),
    ],
)
def test_an_estimate_ends_where_a_sum_is_added(work_reports, year, phrase, printed, period):
    r = report_fact(work_reports, year, phrase, printed)
    assert (r["status"], r["period"]) == ("target", period)


def test_an_estimate_goes_on_over_its_own_clauses():
    text = (REAL / "wuchang_wh_2023_annual.txt").read_text(encoding="utf-8")
    assert fact(text, "350亿元")["status"] == "estimate"  # 预计全年实施重大项目230项,实现投资350亿元以上
    assert fact(text, "0.8%")["status"] == "estimate"  # 预计全年地方一般公共预算收入完成137亿元,同比增长0.8%


def test_a_condition_inside_an_estimate_keeps_it():
    # 1954: 如果再加上… opens no new sum of the plan, it goes on with the estimate
    text = ("预计今年的工业总产值将等于一九四九年的四点二倍，如果再加上农业和手工业，那末今年的工农业总产值将等于"
            "一九四九年的二点二倍。")
    assert fact(text, "二点二倍")["status"] == "estimate"


# -- the year a clause frame prints -------------------------------------------------------------------

COMPARED_1959 = ("例如，一九五七年比一九五二年，钢增加了四百万吨，煤增加了六千四百万吨，机床（不包括简易机床，下同）增加了"
                 "一万四千三百台，粮食增加了六百一十二亿斤，棉花增加了六百七十三万担；而一九五八年比一九五七年，钢增加了"
                 "五百七十三万吨，煤增加了一亿四千万吨，机床增加了二万二千台，粮食增加了三千八百亿斤，棉花增加了三千三百五十八万担。")


@pytest.mark.parametrize(
    ("printed", "period", "comparator"),
    [
        ("四百万吨", "一九五七年", "一九五二年"),
        ("六百七十三万担", "一九五七年", "一九五二年"),
        ("五百七十三万吨", "一九五八年", "一九五七年"),
        ("三千三百五十八万担", "一九五八年", "一九五七年"),
    ],
)
def test_two_years_compared_frame_the_clauses_after_them(printed, period, comparator):
    # 1959
    r = fact(COMPARED_1959, printed)
    assert (r["period"], r["comparator"], r["measure"]) == (period, comparator, "abs_change")


def test_two_years_compared_frame_a_modern_clause():
    # regression fixture (written for this test)
    r = fact("2018年比2017年，钢增加了573万吨。", "573")
    assert (r["period"], r["comparator"], r["indicator"]) == ("2018年", "2017年", "钢")


def test_two_years_compared_frame_a_growth_rate():
    # 1982
    text = ("一九八一年比一九八○年，原煤增长百分之零点二，原油下降百分之四点五，电力增长百分之二点九，钢材下降百分之一点七，"
            "水泥增长百分之三点八。")
    r = fact(text, "百分之二点九")
    # against the year before: a change on last year, its base printed
    assert (r["period"], r["comparator"], r["measure"]) == ("一九八一年", "一九八○年", "yoy_pct")


@pytest.mark.parametrize(
    ("text", "printed", "period"),
    [
        # 1954
        ("根據一九五三年底的統計，已有百分之八十以上的在押罪犯分別投入工農業的生産。", "百分之八十", "一九五三年底"),
        # 1959
        ("我国的高等学校的学生，一九五二年有十九万人，到了一九五七年已经有四十四万人，即增加一倍多；一九五八年又比一九五七年"
         "增加百分之五十，达到六十六万人。", "四十四万人", "一九五七年"),
        # 1957
        ("因此，虽然1956年我国生产资料工业的产值增长了41%，生活资料工业的产值增长了22%，但是这两种物资的供应都较紧张。",
         "22%", "1956年"),
        # regression fixture (written for this test)
        ("在2016年，全区共建成公共充电桩1200个。", "1200", "2016年"),
    ],
)
def test_a_year_after_a_frame_word_is_the_period_of_its_clause(text, printed, period):
    assert fact(text, printed)["period"] == period


def test_a_year_after_in_inside_a_clause_is_the_period_of_that_clause_only():
    # 1964
    text = ("而赫鲁晓夫在一九六○年突然背信弃义地撕毁几百个协定和合同，撤退苏联专家，停止供应重要设备，严重地扰乱了我们"
            "发展国民经济的原定计划，大大加重了我们的困难。")
    assert fact(text, "几百个")["period"] == "一九六○年"
    # 1986: the next clause speaks of another time
    text = "积累率在一九七八年高达百分之三十六点五，“六五”期间五年平均降到百分之三十左右。"
    assert fact(text, "百分之三十六点五")["period"] == "一九七八年"
    assert fact(text, "百分之三十左右")["period"] != "一九七八年"


def test_a_year_of_a_base_is_no_period():
    # regression fixture (written for this test): 在2018年…的基础上 is the base, the sentence's year holds
    r = fact("2019年，企业在2018年建成的基础上新增12个。", "12")
    assert r["period"] == "2019年"


def test_a_year_that_starts_a_span_is_no_frame():
    # 1980: 而1965年到1976年11年中 is a span, not the year 1965
    text = ("1979年农民从集体分得的收入，每人平均达到83.4元，比1978年增加了9.4元，而1965年到1976年11年中，"
            "农民每人平均从集体分得的收入总共只增加了10.5元。")
    assert fact(text, "10.5")["period"] != "1965年"


STEEL_1955 = "到一九三三年，全国钢产量也只有二万五千吨。"


def test_a_year_reached_before_the_report_year_is_no_target():
    # 1955, in a report whose date line gives its year (regression fixture around the verbatim sentence)
    text = "关于发展国民经济的第一个五年计划的报告\n——1955年7月5日在第一届全国人民代表大会第二次会议上\n" + STEEL_1955
    r = fact(text, "二万五千吨")
    assert (r["status"], r["period"]) == ("actual", "一九三三年")


def test_a_year_reached_without_a_report_year_keeps_its_status_and_gives_its_period():
    # constructed from the 1955 sentence without its 只有: no year to tell the past from a plan, the frame keeps
    # reading as a target
    r = fact("到一九三三年，全国钢产量为二万五千吨。", "二万五千吨")
    assert (r["status"], r["period"]) == ("target", "一九三三年")
    # 1955, alone: 也只有 says what there was, an outcome whatever the report's year
    r = fact(STEEL_1955, "二万五千吨")
    assert (r["status"], r["period"]) == ("actual", "一九三三年")


def test_a_year_ahead_is_a_target_with_its_year():
    # regression fixture (written for this test): the year guessed from this sentence is no report year
    r = fact("到2025年，全区地区生产总值达到500亿元。", "500")
    assert (r["status"], r["period"]) == ("target", "2025年")
    r = fact(DATED.format(review="全区地区生产总值450亿元。", plan="到2025年，全区地区生产总值达到500亿元。"), "500")
    assert (r["status"], r["period"]) == ("target", "2025年")


def test_a_plan_that_ends_in_a_year_keeps_the_span_of_its_changes(work_reports):
    # 2016: 到2020年 frames the first clause; the growth is of the five-year plan
    r = report_fact(work_reports, 2016, "“十三五”时期经济年均增长保持在6.5%以上", "6.5%")
    assert (r["status"], r["period"]) == ("target", "2016-2020年")


# -- 今年 and the year's end ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("year", "phrase", "printed", "status", "period"),
    [
        # 今年: the report's year, for an estimate as for a target
        (2024, "预计今年高校毕业生超过1170万人", "1170", "estimate", "2024年"),
        (2017, "今年高校毕业生795万人", "795", "estimate", "2017年"),
        # 年末 of the year reviewed: its end, also for a rate
        (2017, "年末城镇登记失业率4.02%", "4.02", "actual", "2016年末"),
        (2021, "年末全国城镇调查失业率降到5.2％", "5.2", "actual", "2020年末"),
        (2023, "年末城镇调查失业率降到5.5%", "5.5", "actual", "2022年末"),
        # 去年末, 去年底: the end of the year before the report's
        (2016, "去年末居民储蓄存款余额增长8.5%", "8.5", "actual", "2015年末"),
        (2023, "去年底企业数量超过5200万户", "5200", "actual", "2022年底"),
        # 今年底: the end of the report's year
        (2009, "确保今年底95%以上的学生都能在永久性校舍中学习", "95", "target", "2009年底"),
    ],
)
def test_this_year_and_the_year_end_are_resolved(work_reports, year, phrase, printed, status, period):
    r = report_fact(work_reports, year, phrase, printed)
    assert (r["status"], r["period"]) == (status, period)


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "indicator"),
    [
        (2016, "去年末居民储蓄存款余额增长8.5%", "8.5", "居民储蓄存款余额"),
        (2023, "去年底企业数量超过5200万户", "5200", "企业数量"),
    ],
)
def test_the_year_end_is_no_part_of_the_indicator(work_reports, year, phrase, printed, indicator):
    assert report_fact(work_reports, year, phrase, printed)["indicator"] == indicator


def test_this_year_in_a_modern_report():
    # regression fixture (written for this test): the 2024 sentence in a district report of known years
    text = DATED.format(review="全区地区生产总值450亿元。", plan="预计今年高校毕业生超过1170万人。")
    r = fact(text, "1170")
    assert (r["status"], r["period"]) == ("estimate", "2024年")


def test_this_year_as_the_base_of_a_change_is_not_its_time(work_reports):
    # 1980 (reviews 1980, plans 1981): 由今年预计的44％ is the base, 45％ is of the year planned
    r = report_fact(work_reports, 1980, "由今年预计的44％提高到45％", "45")
    assert r["period"] != "1980年"


def test_the_year_of_a_final_account_is_not_the_report_year(work_reports):
    # 1956: 本年 of the 1955 final account is 1955, not the year the report plans
    r = report_fact(work_reports, 1956, "１９５５年国家决算用于国防的支出占本年支出的２２．１５％", "２２．１５")
    assert r["period"] != "1956年"


# -- the year frame is no part of the indicator ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # 1957
        ("因此，虽然1956年我国生产资料工业的产值增长了41%，生活资料工业的产值增长了22%，但是这两种物资的供应都较紧张。",
         "41%", "我国生产资料工业的产值"),
        # 1959: the frame leaves no subject, the one of the sentence is carried
        ("我国的高等学校的学生，一九五二年有十九万人，到了一九五七年已经有四十四万人，即增加一倍多；一九五八年又比一九五七年"
         "增加百分之五十，达到六十六万人。", "四十四万人", "我国的高等学校的学生"),
    ],
)
def test_a_year_frame_is_no_part_of_the_indicator(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


def test_a_year_reached_is_no_part_of_the_indicator(work_reports):
    # 1982
    r = report_fact(work_reports, 1982, "到一九八五年全日制高等学校招生数将从一九八○年的二十八万人增加到四十万人", "四十万人")
    assert r["indicator"] == "全日制高等学校招生数"
