"""The period and the comparator of a figure, read on verbatim sentences of real reports.

A report of a part of the year (上半年, 前三季度, 1-5月) speaks of that part where no heading, line or words date a
figure: the outcomes of its 需要关注的问题 part, under a heading that names no period, are of the report's period, as
those of the review before it are. Targets keep the time their plan speaks of, and a heading naming another period
ends the report's (``test_periods.test_a_dated_heading_ends_the_opening_period``).

同比 before a change of an amount (同比减收20990万元), of a rank (同比提升1个位次) or of points (同比增加1.17个百分点)
names its base, the same period of last year (上年同期), as 比上年同期 does; a growth 同比 is ``yoy_pct`` and needs none.

A list of periods opening a 分别 clause (一季度、上半年、前三季度地区生产总值分别增长…) gives each member its period, in
order; the subject starts after them.

近三年 opening a clause (近三年淘汰落后炼钢炼铁产能…, 近三年，中央和地方投入…) is the span of its figures, the last years
reviewed, as 近三年累计 and 五年来 are. A year's end the clause names (上年末全区常住人口…) outranks the period a title or
heading carries down. An amount cut per year (沙化土地面积年均缩减近2000平方公里) is compared 年均, as one that
grows per year is. A table whose caption and the text before it name no month or year (| 项目 | 本期 | ±% |) is
of the period its heading names, else of the part of the year the report covers.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at, facts


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("全区P2P机构仍有17家,涉及借贷余额475亿元,投资人54.24万人。", "借贷余额"),
    ("受疫情影响,部分企业业务骤减甚至停工停产,工资支付资金缺口较大,调查数据显示,32.6%的中小微企业已降薪或计划降薪,"
     "其中降薪幅度超过30%的企业占总体调查企业的10.6%,各类劳动争议案件将会持续增加。", "降薪幅度超过30%的企业"),
])
def test_an_outcome_of_the_problems_part_is_of_the_reports_half_year(bundled_facts, sentence, indicator):
    # dongcheng_2020_h1, 二、计划执行中需要关注的主要问题: a heading of no period after 一、上半年计划执行情况
    f = bundled_facts[bundled_facts["sentence"] == sentence]
    assert set(f["period"]) == {"上半年"}
    assert indicator in set(f["indicator"])
    assert set(f["section"].str.split(" / ").str[0]) == {"二、计划执行中需要关注的主要问题"}


@pytest.mark.parametrize(("sentence", "printed", "indicator", "measure", "value"), [
    # yongning_2020_h1_budget, lintao_2024_m2_budget: an amount of change
    ("增值税收入31636万元,同比减收20990万元,下降39.89%;", "20990万元", "增值税收入", "abs_change", -2.099e8),
    ("从收入结构看:税收收入15348万元,占收入的89.99%,同比增收1316万元,增长9.38%;非税收入1708万元,占收入的10.01%,"
     "同比增收797万元,增长87.49%。", "797万元", "非税收入", "abs_change", 7.97e6),
    # xicheng_m1to5_indicators_table; the work report of 2012: points
    ("截至5月底,西城区城镇登记失业率为2.37 %,同比增加1.17个百分点;城镇登记失业人员就业率为44.98%,同比减少3.79个百分点。",
     "3.79个百分点", "城镇登记失业人员就业率", "pp_diff", -3.79),
    ("高校毕业生初次就业率77.8％，同比提高1.2个百分点。", "1.2个百分点", "高校毕业生初次就业率", "pp_diff", 1.2),
    # puyang_m3_budget_table: a rank's move
    ("支出规模位居全省第13位,同比持平;支出增幅高于省辖市平均增幅3.3个百分点,居全省第8位,同比回落6个位次。",
     "6个位次", "支出增幅", "abs_change", 6.0),
])
def test_a_change_of_an_amount_or_of_points_on_the_year_before_names_its_base(sentence, printed, indicator, measure,
                                                                             value):
    got = fact_at(sentence, printed)
    assert (got["indicator"], got["measure"], got["comparator"]) == (indicator, measure, "上年同期")
    assert got["value"] == pytest.approx(value)


def test_a_growth_on_the_year_before_stays_year_on_year_with_no_base():
    got = fact_at("增值税收入31636万元,同比减收20990万元,下降39.89%;", "39.89%")
    assert (got["measure"], got["comparator"], got["value"]) == ("yoy_pct", "", -39.89)


def test_each_member_of_a_list_takes_the_period_its_list_of_periods_names():
    # written in the reports' style (kunshan_2021_q1q3 of the constructed reports: no real text at hand prints the form)
    s = "分季度看，一季度、上半年、前三季度地区生产总值分别增长22.6%、16.3%和12.8%，增速逐季回落但仍处于合理区间。"
    got = [fact_at(s, v) for v in ("22.6%", "16.3%", "12.8%")]
    assert [(g["indicator"], g["measure"], g["period"]) for g in got] == [
        ("地区生产总值", "yoy_pct", "一季度"), ("地区生产总值", "yoy_pct", "上半年"), ("地区生产总值", "yoy_pct", "前三季度")]
    got = fact_at("2019年、2020年全区一般公共预算收入分别为100亿元和90亿元。", "100亿元")  # (the subject after the years)
    assert (got["indicator"], got["period"]) == ("一般公共预算收入", "2019年")




@pytest.mark.parametrize(("year", "phrase", "printed", "measure", "period"), [
    (2016, "近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨", "2.3亿吨", "abs_change", "2013-2015年"),  # (a cut)
    (2006, "近三年，中央和地方投入105亿元", "105亿元", "level", "2003-2005年"),
])
def test_the_last_years_a_clause_opens_with_are_the_period_of_its_figures(work_reports, year, phrase, printed, measure,
                                                                          period):
    got = work_reports.fact_at(year, phrase, printed)
    assert (got["measure"], got["period"]) == (measure, period)


def test_a_year_end_the_clause_names_outranks_the_period_of_the_title():
    # written in the bulletins' style (short_bulletins of the constructed reports): 上年末 in a bulletin of 2021年上半年
    text = ("丰台区统计局 2021年上半年统计快讯\n【常住人口】据人口变动抽样调查和第七次全国人口普查结果推算，"
            "上年末全区常住人口201.9万人。\n")
    got = fact_at(text, "201.9万人")
    assert (got["indicator"], got["period"]) == ("常住人口", "2020年末")


def test_an_average_yearly_cut_is_compared_per_year(work_reports):
    # 2018: an amount 年均缩减 is a change per year over the years reviewed, not their sum
    got = work_reports.fact_at(2018, "沙化土地面积年均缩减近2000平方公里", "2000平方公里")
    assert (got["indicator"], got["measure"], got["comparator"], got["period"]) == (
        "沙化土地面积", "abs_change", "年均", "2013-2017年")
    assert "multi_year" in got["flags"]


@pytest.mark.parametrize(("text", "period"), [
    # a table of a heading's period (budget_2023 of the constructed reports, in the budget reports' layout)
    ("关于某区2023年上半年预算执行情况的报告\n一、上半年预算执行情况\n全区预算执行情况如下。\n\n"
     "| 项目 | 计量单位 | 本期 | ±% |\n| --- | --- | --- | --- |\n| 一般公共预算收入 | 万元 | 1283456 | 5.6 |\n", "上半年"),
    # under a heading of no period: the part of the year the report covers (xuhui_2022_q1q3 of the constructed reports)
    ("徐汇区2022年前三季度国民经济和社会发展计划执行情况\n三、财政收入情况\n全区税收收入情况如下。\n"
     "| 税种 | 本期(亿元) | 同比(%) |\n| --- | --- | --- |\n| 增值税 | 142.6 | -12.4 |\n", "前三季度"),
])
def test_a_table_that_names_no_time_is_of_its_heading_or_of_the_report(text, period):
    f = facts(text)
    cells = f[[("table_cell" in str(x)) for x in f["flags"]]]
    assert len(cells) == 2 and set(cells["period"]) == {period}
    assert set(cells["measure"]) == {"level", "yoy_pct"}
