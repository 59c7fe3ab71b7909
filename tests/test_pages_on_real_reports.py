"""What the pages and the workbook say of real report excerpts of different kinds.

The pages of a budget report of 1-4月, a final account of a closed year inside a mid-year budget report,
a statistical bulletin, a street report with no headline figure, a table of every county's budget and an
industry release that prints the national figure beside the region's are read as a reader reads them:
the commentary names the period and the scope each figure is of, empty sections say why, and the
workbook shows labels, never codes.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pytest
from _built_reports import real_pages
from _real_tables import real_table

import dhcheng_analysis as dh
from dhcheng_analysis import plots

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


@pytest.fixture(scope="module")
def build():
    """The page texts of a real excerpt, by name or path, built once per test run."""
    return real_pages


def test_targets_of_a_report_of_four_months_are_the_years_budgets_not_the_rest_of_the_year(build):
    # 完成年初预算数60999万元的40.4%: the budget of the whole year, not a target for the months left
    page = build("dayao_2024_m4_budget")["04"]
    assert "目标与计划" in page and "报告列出 4 个数量目标或计划数" in page
    assert "为余下时间设定" not in page and "余下时间目标" not in page


def test_a_closed_years_completion_is_a_shortfall_not_a_need_for_the_second_half(build):
    # 全区一般公共预算收入决算为2013817万元,完成预期的99.7%: the year 2021 is over; so is 2021年全区财政总收入决算为
    # 3777878万元,完成收入预期的98.3% (the section of the first figure leads a report whose lead block holds none)
    page = build("shangcheng_hz_2022_h1_budget")["01"]
    assert "2 项主要指标给出全年目标的完成情况，其中 2 项未完成：财政总收入、一般公共预算收入" in page
    assert "全年完成 2,013,817万元，少于目标 6,483万元" in page  # (as printed, not 201.4亿元)
    assert "全年完成 3,777,878万元，少于目标 65,335万元" in page  # (a target implied by 98.3%: derived, in the unit printed)
    assert "下半年需完成" not in page and "全年任务与下半年要求" not in page
    assert "2 一般公共预算收入 2021年 2,013,817万元 +7.6% 99.7%" in page  # the year of the row, not the report's


def test_the_headline_table_names_a_period_that_is_not_the_reports(build):
    # 1-5月,完成财税收入5545万元;工业产值累计达6.88亿元,同比增长2.25%: months 1-5 in a report of 上半年
    page = build("zhongdu_ws_2025_street_h1")["01"]
    assert "1 财政总收入 1-5月 5,545万元" in page and "2 工业总产值 1-5月 6.88亿元 +2.25%" in page


def test_a_fall_of_at_least_so_much_is_shown_at_most_the_negative_change(build):
    # 预计万元生产总值综合能耗下降8%以上: −8 % or lower, not ≥−8 %
    pages = build("yuhang_hz_2015_gwr")
    assert "≤−8%" in pages["01"] and "≥−8%" not in pages["01"] + pages["02"]


def test_a_closed_years_budget_completions_are_full_year_completions_of_that_year(build):
    # 2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%: the budget of 2021, closed, as the overview reads it
    page = build("shangcheng_hz_2022_h1_budget")["04"]
    assert "报告共有 8 个全年任务的完成进度，均为报告所列。按 100.0% 的时间进度衡量，2 个达到或超过，6 个落后。" in page
    assert "1 财政总收入 2021年 98.3% 报告所列 是 100.0% −1.7 否" in page
    assert "以工程总量、规划总量为基准" not in page


def test_the_completion_tables_yes_or_no_column_asks_whether_the_task_is_the_years(build):
    # 完成收入预期的98.3%: the column of 是 and 否 beside the source asks a question (是否全年任务), no amount of a task
    page = build("shangcheng_hz_2022_h1_budget")["04"]
    assert "完成进度(%) 来源 是否全年任务 时间进度(%)[推算]" in page and " 全年任务 时间进度" not in page


def test_a_change_stated_as_an_amount_only_is_no_exception_mentioned_in_words(build):
    # 6、土地增值税收入238074万元,完成预期的98.8%,增长14.6 (the excerpt ends there)
    page = build("shangcheng_hz_2022_h1_budget")["03"]
    assert "作为例外提及" not in page
    assert "（上年）" not in page  # 增长7.6% of a full year is year on year


def test_a_bulletins_changes_on_the_year_before_are_year_on_year_only(build):
    # 全年实现地区生产总值1348.3亿元,按可比价格计算,比上年增长1.1%
    pages = build("chengyang_qd_2022_bulletin")
    assert "报告没有给出相对其他基期的变化" in pages["02"] and "比上年+1.1%" not in pages["02"]
    assert "明年要求" not in pages["01"] and "全年任务" in pages["01"]
    assert "报告没有给出数量目标或计划数" in pages["04"] and "0 个" not in pages["04"]


def test_a_street_report_without_headline_figures_says_so(build):
    pages = build("xiasha_qt_2022_street_h1")
    assert "报告没有给出地区生产总值、财政收入、投资、消费等主要指标的数字" in pages["01"]
    assert "0 项" not in pages["01"] and "0 个" not in pages["02"]
    assert "报告没有给出已实现的同比变化" in pages["02"]
    # an empty table is one sentence, not a header alone
    assert "报告中没有可列入本表的数字" in pages["03"] and "维度" not in pages["03"]


def test_the_counties_of_a_budget_table_are_named_by_their_scope(build):
    # 市本级 | 14070 | 54065 | | -22.8 | …, 范 县 | … | 51.4 |, 示范区 | … | -55.7 |
    pages = build("puyang_m3_budget_table")
    assert "最高为一般公共预算支出（范县），同比+51.4%；最低为一般公共预算支出（示范区），同比−55.7%" in pages["02"]
    assert "总体：一般公共预算收入（市本级）同比−22.8%" in pages["03"]
    assert pages["03"].count("总体：一般公共预算收入同比−10.9%") == 1
    assert "#2" not in pages["02"]


def test_a_change_of_rank_against_last_month_is_given_as_stated_beside_the_rank(build):
    # neimenggu_2023_m8_industry (real excerpt): 居全国第5位,较上月提升2位: an amount of places, no percentage, a rise
    # (−2 in the facts: a smaller rank number), a move of the rank shown with it, not a growth of the indicator
    pages = build("neimenggu_2023_m8_industry")
    assert "提升2位" not in pages["02"] and "−2位次" not in pages["02"]
    assert "提升2位" in pages["01"] and "上月" in pages["01"] and "−2位次" not in pages["01"]


def _neimenggu():
    """The year-on-year and headline tables of the excerpt, as ``yoy_changes`` and ``headline_indicators`` build them
    (of one extraction a test process, shared with the other tests that read them)."""
    path = REAL / "neimenggu_2023_m8_industry.txt"
    return real_table(path, "yoy"), real_table(path, "headline")


def test_the_national_figure_beside_the_regions_is_labelled_by_its_scope():
    # 1-8月份,全区规上工业增加值同比增长7.5%,较1-7月份提高0.3个百分点 … 累计增速高于全国(3.9%)3.6个百分点
    yoy, headline = _neimenggu()
    ax = plots.plot_yoy_changes(yoy, comparators=headline)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "规模以上工业增加值（全国）" in labels and "规模以上工业增加值" in labels
    assert not any("#" in lab or "（1-8月）" in lab for lab in labels)
    # the 1-7月 marker (7.5 − 0.3) goes on the region's bar only, not on the national one
    (marks,) = [c for c in ax.collections if c.get_gid() == "comparator-marker"]
    ys = [y for _, y in marks.get_offsets()]
    bar_y = {round(p.get_width(), 1): p.get_y() + p.get_height() / 2 for p in ax.patches if p.get_gid() == "change-bar"}
    assert ys == [bar_y[7.5]]
    plt.close(ax.figure)


def test_the_workbook_names_the_period_and_every_check_in_words(tmp_path):
    import openpyxl

    report = dh.load_report(REAL / "dayao_2024_m4_budget.txt")
    path = tmp_path / "dayao.xlsx"
    dh.to_excel(report, path)
    wb = openpyxl.load_workbook(path)
    about = {r[0]: r[1] for r in wb["说明"].iter_rows(values_only=True) if r[0]}
    assert about["时期"] == "1-4月"
    audit = wb["核对"]
    head = [c.value for c in audit[1]]
    checks = {r[head.index("核对项")] for r in audit.iter_rows(min_row=2, values_only=True)}
    assert checks == {"部分不超过总量", "变化率与增减额", "完成率与目标数"}
    # 完成年初预算数60999万元: the budget's name is carried from the clause before, and the sheet says so in words
    facts = wb["全部数据"]
    head = [c.value for c in facts[1]]
    flags = {r[head.index("核对提示")] for r in facts.iter_rows(min_row=2, values_only=True)} - {None}
    assert flags == {"沿用前文主语"}


def test_english_tables_name_the_year_before_and_levels_of_government_in_english():
    # 全年实现地区生产总值1348.3亿元,…比上年增长1.1%; 市本级 | 14070 | 54065 | | -22.8 | …
    from dhcheng_analysis.display import reader_table

    bulletin = real_table(REAL / "chengyang_qd_2022_bulletin.txt", "yoy")
    assert set(reader_table(bulletin, ["comparator"], "en")["Compared with"]) == {"previous year"}
    counties = real_table(REAL / "puyang_m3_budget_table.txt", "yoy")
    scopes = set(reader_table(counties, ["scope"], "en")["Scope"])
    assert {"city level", "county and district level", "district level", "county level"} <= scopes
    assert not {"市本级", "县区级", "区级", "县级"} & scopes


def test_the_elapsed_time_of_four_months_is_printed_to_one_decimal():
    # a report of 1-4月: a third of the year, 33.3%, not 33.3333%
    completion = real_table(REAL / "dayao_2024_m4_budget.txt", "completion")
    ax = plots.plot_target_completion(completion)
    (line,) = [ln for ln in ax.lines if ln.get_gid() == "benchmark-line"]
    assert line.get_label() == "时间进度 33.3%"
    plt.close(ax.figure)
