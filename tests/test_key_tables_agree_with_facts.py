"""The key tables agree with the facts they are built from, on verbatim excerpts of real reports.

One figure is one row: a growth and its level printed in the text and again in a table row, once for the
report's place left unnamed (全市) and once under its name (濮阳市), is one row of the tax and year-on-year
tables with the ids of both, as is one printed again with its period named otherwise (全年, 2023年), a goal's change among them (全年…预期目标增长5% and 2023年预期目标 | 5%); the same
growth of another place or level (县 级, another level) stays a row of its own. A completion printed again with the level it is of (为调整预算的100.6%, the table's 完成预算% 100.6) is
one row of the completion table. A fiscal total named by the verb that collects it (组织财政收入: 组织 is the verb, as 实现 or 完成) is
the concept its noun names, so it has its headline row. A completion of a budget item against its plan (a
budget table's 本年收入计划 | … | 占计划%) is of the year's plan, measured against the time elapsed.
Each excerpt is copied from the report named in its comment (``tests/gold/real/texts``).
"""

from __future__ import annotations

import pytest
from _real_tables import text_table
from _real_tables import text_tables as tables  # built once a run, read and never changed

from dhcheng_analysis import vocab

# puyang_m3_budget_table: the lead sentence and the first rows of its table, as printed
PUYANG = """3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。
单位:万元
单位名称 | 一般公共预算收入 | 税收比重% | 一般公共预算支出 | ||||||
当月 | 累计 | 为预算的% | 增幅% | 当月 | 累计 | 为预算的% | 增幅% | ||
濮阳市 | 73795 | 234267 |
| -10.9 | 70.9 | 380990 | 744234 |
| -4.1 |
市本级 | 14070 | 54065 |
| -22.8 | 61.4 | 59373 | 129558 |
| -27.6 |
县 级 | 34858 | 109224 |
| -10.9 | 65.9 | 292764 | 514301 |
| 4.4 |
"""

# yongning_2020_h1_budget
YONGNING = ("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,增长1.28%"
            "(增幅在全市16县区中排名第五),完成年初预算245800万元的59.74%,收入项目完成情况如下:")

# lintao_2024_m2_budget: the end of the lead paragraph (the table's head) and the first rows of the table
LINTAO = """1-2月,全县实现大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%,较上年同期增收2113万元,增长14.14%。 具体收入项目情况如下: 二〇二四年二月大口径财政收入执行情况表 | 预 算 科 目 | 本年收入计划 | 累计完成数 | 累计完成数 | 占计划% | 上年同期数 | 同比增减% | 备注 | 中央级 | 省级 | 市级 | 县乡级 | 合 计 | 税收收入 | 89275 | 7451 | 2186 |
| 5711 | 15348 | 17.19 | 14032 | 9.38 |
| 增值税 | 45119 | 3916 | 1371 |
| 2546 | 7833 | 17.36 | 6281 | 24.71 |
"""

# wuchang_wh_2023_annual: a goal and its outcome in the text, and again in the table after it (2023年)
WUCHANG = """一、2023年国民经济和社会发展计划执行情况
——全年地方一般公共预算收入预期目标增长5%:预计全年地方一般公共预算收入完成137亿元,同比增长0.8%。
2023年主要指标完成情况
指标名称 | 2023年预期目标 (增速) | 2023年完成情况(预计) | |
绝对值 | 增速 | ||
地方一般公共预算收入 | 5% | 137 | 0.8% |
"""

# tests/gold/constructed/budget_2022_final (a written report: no real text at hand prints this shape): a completion
# in the text, and again in the table of the items after it
BUDGET = """全区一般公共预算收入完成1856342万元，为调整预算的100.6%，比上年增长2.8%。
一般公共预算主要收支项目决算如下：
单位：万元
| 项目 | 预算数 | 决算数 | 完成预算% | 比上年±% |
| --- | --- | --- | --- | --- |
| 一般公共预算收入 | 1845200 | 1856342 | 100.6 | 2.8 |
"""


@pytest.fixture(scope="module")
def puyang() -> dict:
    return tables(PUYANG)


def test_a_figure_printed_in_the_text_and_in_its_table_row_is_one_tax_row(puyang):
    t = puyang["tax"]
    city = t[(t["dimension"] == "total") & (t["level"] == 2.34267e9)]
    assert city["change_pct"].tolist() == [-10.9]
    assert len(city.iloc[0]["fact_ids"].split(";")) == 4  # the text's growth and level, the row's two cells


def test_a_figure_printed_in_the_text_and_in_its_table_row_is_one_yoy_row(puyang):
    y = puyang["yoy"]
    city = y[(y["indicator_key"] == "general_budget_revenue") & (y["level"] == 2.34267e9)]
    assert city["change_pct"].tolist() == [-10.9]
    assert len(city.iloc[0]["fact_ids"].split(";")) == 2


def test_the_same_growth_of_another_level_stays_its_own_row(puyang):
    # 县 级 | 34858 | 109224 | | -10.9 : the counties fell 10.9 % as the city did, from another level
    t, y = puyang["tax"], puyang["yoy"]
    assert t.loc[(t["dimension"] == "total") & (t["scope"] == "县级"), "level"].tolist() == [1.09224e9]
    revenue = y[(y["indicator_key"] == "general_budget_revenue") & (y["change_pct"] == -10.9)]
    assert sorted(revenue["level"].tolist()) == [1.09224e9, 2.34267e9]


def test_a_revenue_named_by_its_collecting_verb_is_the_revenue():
    # 组织财政收入 is all the revenue collected in the area (其中一般公共预算收入 follows it as a part)
    assert vocab.concept("组织财政收入").key == "total_fiscal_revenue"
    assert vocab.concept("组织税收收入").key == "tax_revenue"
    assert vocab.concept("组织部门").key == ""  # the verb is taken off only before a name the glossary knows


def test_a_revenue_named_by_its_collecting_verb_has_its_headline_row():
    h = text_table(YONGNING, "headline")
    row = h.set_index("indicator_as_printed").loc["组织财政收入"]
    assert (row["indicator_key"], row["level"], row["yoy_pct"], row["completion_pct"]) == (
        "total_fiscal_revenue", 1.46845e9, 1.28, 59.74)


def test_a_budget_item_completed_against_its_plan_is_measured_against_the_year():
    c = text_table(LINTAO, "completion").set_index("indicator_as_printed")
    for item, done in (("税收收入", 17.19), ("增值税", 17.36)):
        row = c.loc[item]
        assert (row["completion_pct"], row["comparator"], bool(row["annual"])) == (done, "计划", True)
        assert row["gap_pp"] == pytest.approx(done - 100 * 2 / 12)
    # the report's own check: 完成预算的16.18%,较均衡进度慢0.48%
    assert c.loc["大口径财政收入", "gap_pp"] == pytest.approx(-0.48, abs=0.01)


def test_a_figure_printed_again_with_its_period_named_otherwise_is_one_yoy_row():
    # 全年 in the text, 2023年 in the table: one growth of 0.8 % on 137亿元
    y = text_table(WUCHANG, "yoy")
    outcome = y[(y["indicator_key"] == "general_budget_revenue") & (y["change_pct"] == 0.8)]
    assert outcome["level"].tolist() == [1.37e10]
    assert len(outcome.iloc[0]["fact_ids"].split(";")) == 2


def test_a_goal_printed_again_in_the_table_of_goals_is_one_change_row():
    y = text_table(WUCHANG, "yoy")
    goal = y[y["status"] == "target"]
    assert goal["change_pct"].tolist() == [5.0]
    assert len(goal.iloc[0]["fact_ids"].split(";")) == 2  # the text's and the table's


def test_a_completion_printed_again_with_its_level_is_one_row():
    c = text_table(BUDGET, "completion")
    revenue = c[c["indicator_key"] == "general_budget_revenue"]
    assert revenue["completion_pct"].tolist() == [100.6]
    assert revenue.iloc[0]["comparator"] == "调整预算"  # as the text first states it
    assert len(revenue.iloc[0]["fact_ids"].split(";")) == 2


# puyang_m3_budget_table: the lead sentence and the one after it, as printed
PUYANG_LEAD = ("3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。收入规模位居全省第15位,"
               "同比提升1个位次;收入增幅高于省辖市平均增幅3.7个百分点,居全省第6位,同比提升1个位次;税收比重为70.9%,"
               "位居全省第3位,同比回落1个位次。")


def test_a_difference_printed_after_the_growths_sentence_gives_the_headline_its_comparator_value():
    # 增幅高于省辖市平均增幅3.7个百分点, a sentence after 累计…下降10.9%: the average fell 14.6 %, in the headline row
    # as in the comparisons table
    t = tables(PUYANG_LEAD)
    h = t["headline"].set_index("indicator").loc["一般公共预算收入"]
    assert (h["yoy_pct"], h["pp_diff"], h["comparator"]) == (-10.9, 3.7, "省辖市平均")
    assert (h["comparator_value"], h["comparator_measure"], h["comparator_value_qualifier"]) == (-14.6, "yoy_pct", "exact")
    c = t["comparisons"]
    assert c.loc[c["comparator"] == "省辖市平均", "comparator_value"].tolist() == [-14.6]


def test_a_difference_beside_a_completion_in_its_sentence_is_taken_from_it_not_from_the_growth():
    # lintao_2024_m2_budget: 完成预算的16.18%,较均衡进度慢0.48%: the pace was 16.66 %, no growth's base
    h = text_table(LINTAO, "headline").iloc[0]
    assert (h["pp_diff"], h["comparator"], h["comparator_value"], h["comparator_measure"]) == (
        -0.48, "均衡进度", 16.66, "completion_pct")


# dongcheng_2021_h1: the lead sentence, as printed
DONGCHENG_LEAD = ("上半年,全区地区生产总值实现1499.7亿元,同比增长11.5%;区级一般公共预算收入实现105.7亿元,同比增长9.1%,"
                  "完成进度55.5%;固定资产投资额实现114.5亿元,同比增长14.1%,完成进度51.1%;社会消费品零售总额实现619.6亿元,"
                  "同比增长21.5%;")


def test_a_completion_of_an_investment_with_no_base_named_is_of_its_annual_plan():
    # 完成进度51.1% of the investment, as 完成进度55.5% of the revenue beside it: of the year's plan, half the year gone
    c = text_table(DONGCHENG_LEAD, "completion").set_index("indicator")
    assert c.loc["固定资产投资", ["completion_pct", "annual", "benchmark_pct", "on_track"]].tolist() == [51.1, True, 50.0, True]
    assert round(c.loc["固定资产投资", "gap_pp"], 6) == 1.1
    assert c.loc["一般公共预算收入", ["completion_pct", "annual"]].tolist() == [55.5, True]
