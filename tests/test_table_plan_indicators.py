"""Tables of a five-year plan's main indicators, of a budget's execution and of a statistical bulletin, read as
their printers mean them.

A plan's table (``指标名称 | 单位 | 2020年 | 2025年 | 年均增长(%) | 属性``) gives the base year's outcome and the
target year's goal: a column of a year after the one the report covers is a target. Its 年均增长 column is an
average yearly growth over the plan's years (``change_pct`` flagged ``multi_year``, period 2021-2025年), as the
national plans write 年均增长6%左右 in their prose; a figure in brackets (``[14]``, ``〔13.5〕``) is by the
plans' convention a sum or a cumulative change over those years (单位国内生产总值能源消耗降低〔13.5〕: a fall);
a cell with a qualifier (``6左右``, ``>5``, ``≤110``, ``≥45``) keeps it and takes the column's year and status;
the attribute column (预期性, 约束性) holds remarks; a first column of groups (类别: 经济发展, 绿色生态) is
read off. The same tables printed with runs of spaces, where a cell too wide for its column leaves one space
before the next, read the same.

The tables here are regression fixtures, written as districts print them: the plans' tables are modelled on
the table of main indicators of the national outline of 2021 (专栏1 “十四五”时期经济社会发展主要指标) and the
national reports' plan targets of 2006, 2011, 2016 and 2021, printed in the layouts of the real tables of
/work/shared/gold/real/texts (``|`` rows as in xicheng_m1to5_indicators_table, puyang_m3_budget_table and
lintao_2024_m2_budget); the budget table is modelled on dayao_2024_m4_budget and lintao_2024_m2_budget, the
bulletin's table on chengyang_qd_2022_bulletin.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# a district's plan made in 2021, modelled on the national outline's table of main indicators (2021)
PLAN = (
    "北京市西城区国民经济和社会发展第十四个五年规划纲要\n\n二〇二一年一月\n\n"
    "表1 “十四五”时期经济社会发展主要指标\n"
    "| 指标名称 | 单位 | 2020年 | 2025年 | 年均增长(%) | 属性 |\n"
    "| 地区生产总值 | 亿元 | 5061 | 6500 | 6左右 | 预期性 |\n"
    "| 一般公共预算收入 | 亿元 | 420 | 500 | >5 | 预期性 |\n"
    "| 城镇登记失业率 | % | 1.5 | <3 | — | 预期性 |\n"
    "| 单位地区生产总值能耗降低 | % | — | — | [14] | 约束性 |\n"
    "| 细颗粒物年均浓度 | 微克/立方米 | 38 | 35 | — | 约束性 |\n"
    "| 常住人口 | 万人 | 110.6 | ≤110 | — | 约束性 |\n"
    "| 城镇新增就业人数 | 万人 | — | — | [30] | 预期性 |\n"
    "| 森林覆盖率 | % | 44.4 | ≥45 | — | 约束性 |\n"
)

# the same table printed with runs of spaces (a copy out of a PDF): 能耗降低 and 微克/立方米 overflow their columns
PLAN_SPACED = (
    "西城区国民经济和社会发展第十四个五年规划纲要\n\n二〇二一年一月\n\n"
    "表1 “十四五”时期经济社会发展主要指标\n"
    "指标名称              单位      2020年    2025年    年均增长(%)   属性\n"
    "地区生产总值          亿元      5061      6500      6左右         预期性\n"
    "一般公共预算收入      亿元      420       500       >5            预期性\n"
    "城镇登记失业率        %         1.5       <3        —            预期性\n"
    "单位地区生产总值能耗降低 %         —        —        [14]          约束性\n"
    "细颗粒物年均浓度      微克/立方米 38        35        —            约束性\n"
    "常住人口              万人      110.6     ≤110     —            约束性\n"
    "森林覆盖率            %         44.4      ≥45      —            约束性\n"
)

# the same printed with the characters of its header words spread over their columns (指  标  名  称, 属  性)
PLAN_SPREAD_HEADER = (
    "西城区国民经济和社会发展第十四个五年规划纲要\n\n二〇二一年一月\n\n"
    "表1 “十四五”时期经济社会发展主要指标\n"
    "指  标  名  称        单  位    2020  年   2025  年   年均增长(%)   属  性\n"
    "地区生产总值          亿元      5061       6500       6左右         预期性\n"
    "一般公共预算收入      亿元      420        500        >5            预期性\n"
    "城镇登记失业率        %         1.5        <3         —             预期性\n"
    "常住人口              万人      110.6      ≤110       —             约束性\n"
    "森林覆盖率            %         44.4       ≥45        —             约束性\n"
)

# a plan's table with a first column of groups and a column 年均/累计, as the national outline of 2021 prints it
PLAN_GROUPED = (
    "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n\n2021年3月\n\n"
    "专栏1 “十四五”时期经济社会发展主要指标\n"
    "| 类别 | 指标 | 2020年 | 2025年 | 年均/累计 | 属性 |\n"
    "| 经济发展 | 1.国内生产总值(GDP)增长(%) | 2.3 | — | 保持在合理区间、各年度视情提出 | 预期性 |\n"
    "| | 3.常住人口城镇化率(%) | 60.6 | 65 | — | 预期性 |\n"
    "| 创新驱动 | 4.全社会研发经费投入增长(%) | — | — | >7 | 预期性 |\n"
    "| 民生福祉 | 8.城镇调查失业率(%) | 5.2 | — | <5.5 | 预期性 |\n"
    "| 绿色生态 | 14.单位GDP能源消耗降低(%) | — | — | 〔13.5〕 | 约束性 |\n"
    "| | 18.森林覆盖率(%) | 23.2 | 24.1 | — | 约束性 |\n"
    "| 安全保障 | 19.粮食综合生产能力(亿吨) | — | >6.5 | — | 约束性 |\n"
)

# a county's budget report, its table of revenue (modelled on dayao_2024_m4_budget and lintao_2024_m2_budget)
BUDGET = (
    "关于大姚县2023年预算执行情况和2024年预算草案的报告\n\n2024年1月\n\n"
    "表1 2023年一般公共预算收入执行情况表\n单位:万元\n"
    "| 项目 | 上年决算数 | 本年预算数 | 调整预算数 | 执行数 | 完成预算% | 增长% |\n"
    "| 一般公共预算收入 | 58210 | 60999 | 61500 | 62012 | 100.8 | 6.5 |\n"
    "| 一、税收收入 | 35120 | 37000 | 37000 | 36890 | 99.7 | 5.0 |\n"
    "| 二、非税收入 | 23090 | 23999 | 24500 | 25122 | 102.5 | 8.8 |\n"
)

# a district's statistical bulletin, its table of main indicators (modelled on chengyang_qd_2022_bulletin)
BULLETIN = (
    "城阳区2022年国民经济和社会发展统计公报\n\n2023年3月\n\n"
    "表1 2022年主要经济指标\n"
    "| 指标 | 单位 | 绝对数 | 比上年增长% |\n"
    "| 地区生产总值 | 亿元 | 1320.5 | 4.1 |\n"
    "| 一般公共预算收入 | 亿元 | 90.3 | -3.2 |\n"
    "| 城镇登记失业率 | % | 2.9 | — |\n"
)


def _read(f: dict) -> tuple:
    return f["indicator"], f["value"], f["measure"], f["status"], f["period"], "multi_year" in f["flags"].split(";")


def test_plan_table_spread_header() -> None:
    row = "地区生产总值          亿元      5061       6500       6左右         预期性"
    assert _read(fact(PLAN_SPREAD_HEADER, "6500", row)) == ("地区生产总值", 6.5e11, "level", "target", "2025年", False)
    assert _read(fact(PLAN_SPREAD_HEADER, "6左右", row)) == (
        "地区生产总值", 6.0, "change_pct", "target", "2021-2025年", True)
    row = "常住人口              万人      110.6      ≤110       —             约束性"
    assert _read(fact(PLAN_SPREAD_HEADER, "110.6", row)) == ("常住人口", 1.106e6, "level", "actual", "2020年", False)


@pytest.mark.parametrize("table", [PLAN, PLAN_SPACED])
@pytest.mark.parametrize(("within", "printed", "expected"), [
    # the base year's outcome and the target year's goal
    ("地区生产总值 ", "5061", ("地区生产总值", 5.061e11, "level", "actual", "2020年", False)),
    ("地区生产总值 ", "6500", ("地区生产总值", 6.5e11, "level", "target", "2025年", False)),
    ("细颗粒物年均浓度 ", "35", ("细颗粒物年均浓度", 35.0, "level", "target", "2025年", False)),
    # the average yearly growth, a cell with a qualifier
    ("地区生产总值 ", "6左右", ("地区生产总值", 6.0, "change_pct", "target", "2021-2025年", True)),
    ("一般公共预算收入 ", ">5", ("一般公共预算收入", 5.0, "change_pct", "target", "2021-2025年", True)),
    # a bound under the target year
    ("城镇登记失业率 ", "<3", ("城镇登记失业率", 3.0, "rate_pct", "target", "2025年", False)),
    ("常住人口 ", "≤110", ("常住人口", 1.1e6, "level", "target", "2025年", False)),
    ("森林覆盖率 ", "≥45", ("森林覆盖率", 45.0, "rate_pct", "target", "2025年", False)),
    # a bracketed figure: the cumulative fall over the plan's years
    ("单位地区生产总值能耗降低", "14", ("单位地区生产总值能耗", -14.0, "change_pct", "target", "2021-2025年", True)),
])
def test_plan_table(table: str, within: str, printed: str, expected: tuple) -> None:
    row = next(line for line in table.splitlines() if within.strip() in line)
    assert _read(fact(table, printed, row)) == expected


def test_plan_table_bracketed_sum_of_a_count() -> None:
    # [30] in a row of 万人: the new jobs summed over the plan's years
    row = "| 城镇新增就业人数 | 万人 | — | — | [30] | 预期性 |"
    assert _read(fact(PLAN, "30", row)) == ("城镇新增就业人数", 3e5, "level", "target", "2021-2025年", True)


def test_plan_table_qualifiers_kept() -> None:
    assert fact(PLAN, "6左右")["qualifier"] == "about"
    assert fact(PLAN, "≥45")["qualifier"] == "at_least"


@pytest.mark.parametrize("table", [PLAN, PLAN_SPACED, PLAN_SPREAD_HEADER])
def test_plan_table_attribute_column_gives_no_fact(table: str) -> None:
    from _sentences import facts
    names = set(facts(table)["indicator"])
    assert not names & {"属性", "年", "性", "预期性", "约束性"}


@pytest.mark.parametrize(("within", "printed", "expected"), [
    # a growth named by the row, in the base year's column
    ("国内生产总值(GDP)增长", "2.3", ("国内生产总值", 2.3, "yoy_pct", "actual", "2020年", False)),
    ("常住人口城镇化率", "65", ("常住人口城镇化率", 65.0, "rate_pct", "target", "2025年", False)),
    # 年均/累计: a growth, a rate held each year, a bracketed cumulative fall
    ("全社会研发经费投入增长", ">7", ("全社会研发经费投入", 7.0, "change_pct", "target", "2021-2025年", True)),
    ("城镇调查失业率", "<5.5", ("城镇调查失业率", 5.5, "rate_pct", "target", "2021-2025年", False)),
    ("单位GDP能源消耗降低", "13.5", ("单位GDP能源消耗", -13.5, "change_pct", "target", "2021-2025年", True)),
    ("粮食综合生产能力", ">6.5", ("粮食综合生产能力", 6.5e8, "level", "target", "2025年", False)),
])
def test_grouped_plan_table(within: str, printed: str, expected: tuple) -> None:
    row = next(line for line in PLAN_GROUPED.splitlines() if within in line)
    assert _read(fact(PLAN_GROUPED, printed, row)) == expected


def test_grouped_plan_table_groups_name_nothing() -> None:
    from _sentences import facts
    assert not set(facts(PLAN_GROUPED)["indicator"]) & {"经济发展", "创新驱动", "民生福祉", "绿色生态", "安全保障"}


@pytest.mark.parametrize(("printed", "expected"), [
    # the caption's year, not the report's date line (2024年1月), sets the calendar
    ("58210", ("一般公共预算收入", 5.821e8, "level", "actual", "2022年", False)),
    ("60999", ("一般公共预算收入", 6.0999e8, "level", "target", "2023年", False)),
    ("61500", ("一般公共预算收入", 6.15e8, "level", "target", "2023年", False)),
    ("62012", ("一般公共预算收入", 6.2012e8, "level", "actual", "2023年", False)),
    ("100.8", ("一般公共预算收入", 100.8, "completion_pct", "actual", "2023年", False)),
    ("8.8", ("非税收入", 8.8, "yoy_pct", "actual", "2023年", False)),
])
def test_budget_table(printed: str, expected: tuple) -> None:
    assert _read(fact(BUDGET, printed)) == expected


@pytest.mark.parametrize(("printed", "expected"), [
    ("1320.5", ("地区生产总值", 1.3205e11, "level", "actual", "2022年", False)),
    ("-3.2", ("一般公共预算收入", -3.2, "yoy_pct", "actual", "2022年", False)),
    ("2.9", ("城镇登记失业率", 2.9, "rate_pct", "actual", "2022年", False)),
])
def test_bulletin_table(printed: str, expected: tuple) -> None:
    assert _read(fact(BULLETIN, printed)) == expected


# regression fixtures in the style of a district's budget table (dayao_2024_m4_budget) and of a year's table of
# main indicators (chengyang_qd_2022_bulletin): with no span of years in their columns, a figure in brackets is
# no sum over a plan's years
BUDGET_BRACKETED = (
    "关于大姚县2023年预算执行情况和2024年预算草案的报告\n\n2024年1月\n\n"
    "表1 2023年一般公共预算收入执行情况表\n单位:万元\n"
    "| 项目 | 上年决算数 | 本年预算数 | 执行数 | 增长% |\n"
    "| 一般公共预算收入 | 58210 | 60999 | 62012 | 6.5 |\n"
    "| 一、税收收入 | 35120 | 37000 | 36890 | [4.2] |\n"
)
YEAR_BRACKETED = (
    "城阳区2024年国民经济和社会发展统计公报\n\n2025年3月\n\n"
    "表1 主要经济指标\n"
    "| 指标 | 单位 | 2024年 |\n"
    "| 地区生产总值 | 亿元 | 1320.5 |\n"
    "| 新增市场主体 | 户 | [120] |\n"
)


@pytest.mark.parametrize("table", [BUDGET_BRACKETED, YEAR_BRACKETED])
def test_a_bracketed_figure_in_a_table_of_no_span_is_no_sum_over_years(table: str) -> None:
    from _sentences import facts
    f = facts(table)
    assert not any("multi_year" in fl for fl in f["flags"])
    cell = f[f["value"].isin([4.2, 120.0])]
    assert len(cell) == 1 and "table_cell" in cell["flags"].iloc[0] and cell["measure"].iloc[0] != "change_pct"


# regression fixture in the style of a district plan's table of main indicators (the national outline's table of
# 2021 marks its notes so: 研发经费投入强度(%)[1]): the note's mark after the label hides no unit
PLAN_NOTED = (
    "西城区国民经济和社会发展第十四个五年规划纲要\n\n二〇二一年一月\n\n"
    "表1 “十四五”时期经济社会发展主要指标\n"
    "| 指标名称 | 2020年 | 2025年 | 属性 |\n"
    "| 地区生产总值(亿元) | 5061 | 6500 | 预期性 |\n"
    "| 研发经费投入强度(%)[1] | 2.5 | 3.0 | 预期性 |\n"
    "| 森林覆盖率(%)〔2〕 | 44.4 | 45 | 约束性 |\n"
)


@pytest.mark.parametrize(("printed", "expected"), [
    ("2.5", ("研发经费投入强度", 2.5, "rate_pct", "actual", "2020年", False)),
    ("45 ", ("森林覆盖率", 45.0, "rate_pct", "target", "2025年", False)),
])
def test_a_note_mark_after_a_row_label_hides_no_unit(printed: str, expected: tuple) -> None:
    assert _read(fact(PLAN_NOTED, printed)) == expected
