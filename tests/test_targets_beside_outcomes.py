"""A target beside the outcome the report states for it.

A report of a whole year prints the year's targets and what it achieved or expects of the year
(全年地区生产总值预期目标增长6.5%:预计全年实现增长6.5%左右). The targets table carries, beside each target,
the first figure achieved or estimated of the same indicator, measure, unit, scope, base and period
(``outcome_value``, ``outcome_qualifier``, ``outcome_status``, ``outcome_fact_id``); a half-year outcome is no
outcome of the year's target (its completion is), so a target of the year in a half-year report has none.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _built_reports import real_pages
from _real_tables import excerpt_table, real_facts

from dhcheng_analysis.display import format_cell, reader_table

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"


@pytest.fixture(scope="module")
def wuchang():
    # Wuchang (Wuhan) 2023: 全年地方一般公共预算收入预期目标增长5%:预计全年地方一般公共预算收入完成137亿元,同比增长0.8%。
    # (plan_targets of the excerpt's facts, as all_tables builds it, and those facts: read once a test process)
    return excerpt_table("wuchang_wh_2023_annual", "targets"), real_facts(TEXTS / "wuchang_wh_2023_annual.txt")


def test_each_target_of_the_year_has_the_outcome_the_report_expects(wuchang):
    t, _ = wuchang
    rows = t.set_index("indicator")
    revenue = rows.loc["一般公共预算收入"]
    assert (revenue["value"], revenue["outcome_value"], revenue["outcome_status"]) == (5.0, 0.8, "estimate")
    assert revenue["scope"] == "地方级"
    gdp = rows.loc["地区生产总值"]
    assert (gdp["outcome_value"], gdp["outcome_qualifier"]) == (6.5, "about")  # 预计全年实现增长6.5%左右
    assert rows.loc["重大项目", "outcome_value"] == 230  # 全年计划实施重大项目215项 … 预计全年实施重大项目230项
    assert t["outcome_value"].notna().all()


def test_the_outcome_cites_a_fact_of_the_same_measure_and_period(wuchang):
    t, facts = wuchang
    by_id = facts.set_index("fact_id")
    for _, r in t.iterrows():
        outcome = by_id.loc[r["outcome_fact_id"]]
        assert outcome["status"] in ("actual", "estimate")
        assert (outcome["measure"], outcome["unit"], outcome["period"]) == (r["measure"], r["unit"], r["period"])
        assert outcome["value"] == r["outcome_value"]


def test_a_target_of_the_year_has_no_half_year_outcome(bundled_tables):
    # the bundled Dongcheng 2020 H1 report: its targets are the year's, its outcomes the half year's (plan_targets
    # of the run's one extraction, as all_tables builds it)
    t = bundled_tables["targets"]
    assert len(t) > 10
    assert t["outcome_value"].isna().all() and t["outcome_fact_id"].isna().all()


def test_the_outcome_cell_shows_its_own_qualifier_and_status(wuchang):
    t, facts = wuchang
    gdp = t[t["indicator"] == "地区生产总值"].iloc[0].to_dict()
    assert format_cell("value", gdp) == "+6.5%"
    assert format_cell("outcome_value", gdp) == "约+6.5%"
    assert format_cell("outcome_status", gdp) == "预计"
    shown = reader_table(t, ["indicator", "value", "outcome_value", "outcome_status"], facts=facts)
    assert "约380亿元" in shown.to_string()


@pytest.mark.slow
def test_the_target_page_sets_each_target_beside_its_outcome():
    page = real_pages("wuchang_wh_2023_annual")["04"]
    assert "一般公共预算收入（地方级）（2023年）：目标 +5%，预计 +0.8%" in page
    assert "固定资产投资（2023年）：目标 365亿元，预计 约380亿元" in page


@pytest.mark.slow
def test_the_headline_table_says_which_figures_are_estimates():
    # 预计全年实现增长6.5%左右: an estimate among the headline figures is marked in its row
    page = real_pages("wuchang_wh_2023_annual")["01"]
    assert "地区生产总值 2023年 预计 约+6.5%" in page
