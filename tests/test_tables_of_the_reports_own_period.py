"""Tables and values shown of the report's own period, and bounds shown with their sign.

A mid-year budget report opens with the final account of the year before (2021年决算) and goes on to the
months of its own year: the headline row of an indicator is of the report's own year before an earlier
one, and a row takes no figure of the other year (no completion of 2021 beside a level of 1-6月). A
completion of a budget item of a whole year is a completion of that year's budget, whatever word the
report gives the budget (完成收入预期的98.3%): set against the whole year, as the overview sets it. A bound
(以上, 以内) bounds the size printed: a fall of 8 % or more is shown ``≤−8%``, never ``≥−8%``. An English page
names the bases, levels and periods real reports print in English (塌目标1.8个百分点 → the target). A completion
that is no annual task (22 of 30 projects started) shows no elapsed-time mark in a page's table.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from _sentences import fact

import dhcheng_analysis as dh
from dhcheng_analysis.display import (
    comparator_label,
    fact_value,
    format_cell,
    format_level,
    format_pct,
    reader_table,
)

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"
# real excerpt: 上城区 (杭州) 2021年决算和2022年上半年预算执行情况的报告; it ends inside the 2021 account
SHANGCHENG = (REAL / "shangcheng_hz_2022_h1_budget.txt").read_text(encoding="utf-8")
# written: the mid-year part such a report goes on with (the excerpt stops before it)
H1_WITH_COMPLETION = ("%;\n\n二、2022年上半年预算执行情况\n\n"
                      "1-6月,全区一般公共预算收入完成1123456万元,完成年度预算的52.3%,下降3.1%。\n")
H1_WITHOUT_COMPLETION = "%;\n\n二、2022年上半年预算执行情况\n\n1-6月,全区一般公共预算收入完成1123456万元,下降3.1%。\n"
# 余杭区 2015年政府工作报告 (review of 2014)
YUHANG = ("全区实现生产总值1101.04亿元,按可比价格计算,比上年增长9.5%;完成财政总收入240.78亿元,其中地方财政收入148.8亿元,"
          "分别增长20.3%、18%;城镇和农村居民人均可支配收入分别为45329元和26581元,增长10%、11.3%;城镇登记失业率为2.11%;"
          "人口自然增长率为8.36‰;预计万元生产总值综合能耗下降8%以上;完成主要污染物年度削减目标。")


def _quiet(fn, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args)


def _revenue_row(text: str):
    h = _quiet(dh.headline_indicators, text)
    return h.set_index("indicator").loc["一般公共预算收入"]


def test_the_headline_row_is_of_the_reports_own_year_not_the_final_account_before_it():
    row = _revenue_row(SHANGCHENG + H1_WITH_COMPLETION)
    assert row["period"] == "1-6月"
    assert row["level"] == pytest.approx(1.123456e10) and row["yoy_pct"] == -3.1 and row["completion_pct"] == 52.3


def test_a_row_of_the_reports_year_takes_no_completion_of_the_year_before():
    # 全区一般公共预算收入决算为2013817万元,完成预期的99.7%: of 2021, not of 1-6月 2022
    row = _revenue_row(SHANGCHENG + H1_WITHOUT_COMPLETION)
    assert row["period"] == "1-6月" and row["yoy_pct"] == -3.1
    assert row["completion_pct"] != row["completion_pct"]  # NaN


def test_the_final_account_alone_still_heads_its_report():
    # the excerpt as it is: the only revenue printed is of 2021
    row = _revenue_row(SHANGCHENG)
    assert row["period"] == "2021年" and row["completion_pct"] == 99.7


def test_a_budget_completion_of_a_whole_year_is_set_against_the_whole_year():
    c = _quiet(dh.target_completion, SHANGCHENG).set_index("indicator")
    # 2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%
    assert bool(c.loc["财政总收入", "annual"]) and c.loc["财政总收入", "benchmark_pct"] == 100
    assert c.loc["财政总收入", "gap_pp"] == pytest.approx(-1.7)
    # 3、个人所得税收入(40%部分)272238万元,完成预期的102.4%
    assert bool(c.loc["个人所得税", "on_track"])


def test_a_completion_of_a_year_before_and_one_of_the_months_keep_their_own_marks():
    c = _quiet(dh.target_completion, SHANGCHENG + H1_WITH_COMPLETION)
    revenue = c[c["indicator"] == "一般公共预算收入"].set_index("period")
    assert revenue.loc["2021年", "benchmark_pct"] == 100 and revenue.loc["1-6月", "benchmark_pct"] == 50


def test_a_fall_of_at_least_so_much_is_at_most_the_negative_change():
    f = fact(YUHANG, "8%以上")
    assert (f["value"], f["qualifier"]) == (-8.0, "at_least")
    assert fact_value(f) == "≤−8%" and fact_value(f, "en") == "≤−8%"


def test_bounds_of_a_rise_and_of_an_amount_keep_their_sign():
    # written: 增长10%以上, 控制在3%以内, 减少5亿元以上
    assert format_pct(10, qualifier="at_least") == "≥+10%"
    assert format_pct(3, signed=False, qualifier="at_most") == "≤3%"
    assert format_level(-5e8, "元", qualifier="at_least") == "≤−5亿元"


# 官渡区 (昆明) 2023年上半年国民经济和社会发展计划执行情况的报告
GUANDU = ("2023年上半年,全区实现地区生产总值806亿元,同比增长3.2%,塌目标1.8个百分点;规模以上工业增加值同比增长10.1%,"
          "高于目标2.1个百分点;一般公共预算收入完成21.91亿元,同比增长1.3%,塌目标18.7个百分点;")


def test_a_growth_compared_with_its_target_names_the_target_in_english():
    f = fact(GUANDU, "1.8个百分点")
    assert f["comparator"] == "目标" and comparator_label(f["comparator"], "en") == "the target"


@pytest.mark.parametrize(("printed", "english"), [
    ("年初预期目标", "the target set at the start of the year"), ("年初计划", "the plan set at the start of the year"),
    ("均衡进度", "the even pace of the year"), ("全省", "provincial average"), ("县乡级", "county and township level"),
    ("2020年度", "2020"), ("3月末", "end of March"), ("截至目前", "to date"),
])
def test_comparators_scopes_and_periods_of_real_excerpts_read_in_english(printed, english):
    # each as a fact of tests/gold/real/texts prints it
    assert comparator_label(printed, "en") == english


def test_a_completion_that_is_no_annual_task_shows_no_elapsed_time_mark():
    # unseen example, 海淀区2023年上半年计划执行情况: 22 of 30 projects started is measured against no time elapsed
    text = "城镇新增就业2.1万人，完成全年任务的58.3%，城镇登记失业率控制在1.12%。30项区级重点工程已开工22项，新建改扩建中小学及幼儿园12所，新增学位5400个。"
    c = _quiet(dh.target_completion, text)
    shown = reader_table(c, ["indicator", "annual", "benchmark_pct"]).set_index("指标")
    assert shown.loc["区级重点工程", "时间进度(%)[推算]"] == ""
    assert shown.loc["城镇新增就业", "时间进度(%)[推算]"] != ""
    row = c[c["indicator"] == "区级重点工程"].iloc[0]  # a row as pandas gives it (numpy bool)
    assert format_cell("benchmark_pct", row) == ""
