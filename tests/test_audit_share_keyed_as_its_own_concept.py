"""A share the glossary keys as a concept of its own (研发经费投入强度, 服务业增加值占国内生产总值比重, 税收收入占一般公共
预算收入比重) is still checked against the levels of its part and whole printed with it: its part is the figure its
name names, whatever key the share itself gets."""

from __future__ import annotations

import warnings

import pandas as pd

import dhcheng_analysis as dh

# constructed district report (tests/gold/constructed/wuhou_2023_h1): a regression fixture only
SERVICES = ("全区实现地区生产总值812.6亿元，同比增长6.3%；服务业增加值实现689.2亿元，同比增长7.1%，"
            "占地区生产总值的比重为84.8%。")


def _shares(audit: pd.DataFrame) -> pd.DataFrame:
    return audit[audit["check"] == "share_vs_levels"]


def test_the_r_and_d_share_of_gdp_is_checked_against_its_levels(work_reports):
    # national work report 2008: the share is keyed rd_intensity, its part rd_expenditure; the whole, GDP of 2007,
    # is printed once in the report
    report, facts = work_reports[2008]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        audit = dh.audit(report)
    share = work_reports.fact_at(2008, "占国内生产总值比重从1.07%提高到1.49%", "1.49%")
    assert share["indicator_key"] == "rd_intensity"
    row = _shares(audit).set_index("fact_id").loc[share["fact_id"]]
    assert row["stated"] == 1.49 and abs(row["computed"] - 1.49) < 0.01 and row["verdict"] == "consistent"


def test_a_services_share_keyed_as_its_own_concept_is_checked():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        facts = dh.extract_facts(SERVICES)
        audit = dh.audit(SERVICES)
    share = facts[facts["raw_value"] == "84.8"].iloc[0]
    assert share["indicator_key"] == "tertiary_share"
    rows = _shares(audit)
    assert list(rows["fact_id"]) == [share["fact_id"]]
    assert abs(rows["computed"].iloc[0] - 84.81) < 0.01
