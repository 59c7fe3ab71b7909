"""The self-audit: stated ratios recomputed from the figures stated with them."""

from __future__ import annotations

import pandas as pd
import pytest

import dhcheng_analysis as dh
from dhcheng_analysis import analysis

HEAD = "关于丁区2022年国民经济和社会发展计划上半年执行情况的报告\n一、上半年计划执行情况\n"


@pytest.fixture(scope="module")
def bundled(bundled_tables):
    """The audit of the bundled report, as ``all_tables`` computed it once for the run (the same table as
    ``audit(report, facts)``: test_all_tables_shares_one_extraction; the tests below audit texts)."""
    return bundled_tables["audit"]


@pytest.fixture(scope="module")
def variants(variant_tables):
    return variant_tables["audit"]


def test_audit_columns_and_types(bundled):
    for c in ("report_id", "fact_id", "fact_ids", "indicator_en", "check", "stated", "computed", "difference",
              "tolerance", "verdict", "message"):
        assert c in bundled.columns
    assert isinstance(bundled["verdict"].dtype, pd.CategoricalDtype)
    assert set(bundled["check"]) <= set(analysis.AUDIT_CHECKS)
    assert (bundled["difference"] == bundled["computed"] - bundled["stated"]).all()


def test_count_pair_against_stated_rate(bundled):
    r = bundled[bundled["check"] == "completion_vs_count_pair"]
    assert len(r) == 1
    r = r.iloc[0]
    assert r["stated"] == 77 and r["computed"] == pytest.approx(92 / 120 * 100)
    assert r["tolerance"] == 0.5 and r["verdict"] == "consistent"
    assert "92/120" in r["message"] and "76.67" in r["message"] and "77" in r["message"]
    assert len(r["fact_ids"].split(";")) == 3


def test_parts_within_total(bundled):
    parts = bundled[bundled["check"] == "parts_within_total"]
    loss = parts[parts["stated"] == 7e8].iloc[0]
    # (地方级3.3亿元、区级1.4亿元: the district's share lies within the local share, which alone is added)
    assert loss["computed"] == pytest.approx(3.3e8)
    assert loss["verdict"] == "consistent"
    for number in ("3.3亿元", "1.4亿元", "7亿元", "counted within 地方级税款"):
        assert number in loss["message"]
    assert (parts["verdict"] == "consistent").all()
    # 其中: 建安投资 within 固定资产投资, 独资 within 新设外商投资企业
    assert {1.004e10, 22} <= set(parts["stated"])


def test_budget_report_checks(variants):
    checks = variants.set_index("check")
    assert {"change_vs_prior_level", "abs_change_vs_levels", "change_vs_abs_change", "completion_vs_target_level",
            "share_vs_levels", "parts_within_total"} <= set(checks.index)
    assert (variants["verdict"] == "consistent").all(), variants[["check", "message"]].to_string()
    prior = checks.loc["change_vs_prior_level"]
    assert prior["computed"] == pytest.approx((712345 / 698120 - 1) * 100)
    assert checks.loc["abs_change_vs_levels", "computed"] == pytest.approx(1.4225e8)
    assert checks.loc["change_vs_abs_change", "computed"] == pytest.approx(-12340 / (256780 + 12340) * 100)
    assert checks.loc["completion_vs_target_level", "computed"] == pytest.approx(712345 / 1500000 * 100)
    assert checks.loc["share_vs_levels", "computed"] == pytest.approx(9.8 / 88.6 * 100)
    # a completion of an investment plan is not checked against a count of projects in the same sentence
    assert "completion_vs_count_pair" not in set(checks.index)


def test_inconsistent_ratio_is_flagged():
    a = dh.audit(HEAD + "120座楼宇摸排任务已完成92座,完成率87%。\n")
    r = a[a["check"] == "completion_vs_count_pair"].iloc[0]
    assert r["verdict"] == "inconsistent"
    assert r["difference"] == pytest.approx(92 / 120 * 100 - 87)
    assert "76.67" in r["message"] and "87" in r["message"]


def test_parts_exceeding_total_are_flagged():
    # written: the local share exceeds the loss at all levels (the district's share, within the local share, is not
    # added to it: 地方级4.3亿元、区级1.4亿元 of 5亿元 is consistent)
    a = dh.audit(HEAD + "税收关系迁出企业50户,共造成税款全口径减收5亿元(地方级5.8亿元、区级1.4亿元)。\n")
    r = a[a["check"] == "parts_within_total"].iloc[0]
    assert r["verdict"] == "inconsistent"
    assert r["computed"] == pytest.approx(5.8e8) and r["stated"] == 5e8
    assert "5.8亿元" in r["message"] and "5亿元" in r["message"]
    a = dh.audit(HEAD + "税收关系迁出企业50户,共造成税款全口径减收5亿元(地方级4.3亿元、区级1.4亿元)。\n")
    assert a.loc[a["check"] == "parts_within_total", "verdict"].iloc[0] == "consistent"


def test_wrong_growth_is_flagged():
    a = dh.audit(HEAD + "税收收入完成500万元,比上年同期400万元增收100万元,增长20%。\n")
    r = a.set_index("check")
    assert r.loc["change_vs_prior_level", "verdict"] == "inconsistent"
    assert r.loc["change_vs_prior_level", "computed"] == pytest.approx(25)
    assert r.loc["abs_change_vs_levels", "verdict"] == "consistent"


def test_rounding_helpers():
    assert analysis.pct_tolerance("77") == 0.5
    assert analysis.pct_tolerance("48.2") == pytest.approx(0.05)
    assert analysis.pct_tolerance("九成") == 0
    row = pd.Series({"raw_value": "96.9", "value": 9.69e9})
    assert analysis.half_unit(row) == pytest.approx(5e6)
    assert analysis.half_unit(pd.Series({"raw_value": "92", "value": 92.0})) == 0  # a count is exact
    assert analysis.half_unit(pd.Series({"raw_value": "7", "value": 7e8})) == pytest.approx(5e7)
    # digits printed spaced (1998: 7 4 7 7 2亿元) or grouped in threes (1 876.3亿元)
    assert analysis.half_unit(pd.Series({"raw_value": "7 4 7 7 2", "value": 7.4772e12})) == pytest.approx(5e7)
    assert analysis.half_unit(pd.Series({"raw_value": "1 876.3", "value": 1.8763e11})) == pytest.approx(5e6)


def test_all_tables_shares_one_extraction(variant_report, variant_facts, variant_tables):
    # variant_tables is analysis.all_tables(variant_report, variant_facts), computed once in conftest
    report, facts, t = variant_report, variant_facts, variant_tables
    assert t["facts"] is facts
    assert list(t) == list(dh.vocab.labels().tables)
    assert t["audit"].equals(dh.audit(report, facts))
