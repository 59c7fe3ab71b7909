"""The level of the year before a growth's row shows is the one its statement gives, not the rounded growth's."""

from __future__ import annotations

import pytest
from _real_tables import text_table

import dhcheng_analysis as dh

# /work/shared/gold/real/texts/yongning_2020_h1_budget.txt (a budget execution report)
PRINTED = ("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,增长1.28%,"
           "完成年初预算245800万元的59.74%。1)税收收入112446万元,完成年初预算207380万元的54.22%,"
           "比上年同期133191万元减收20745万元,下降15.58%。其中:增值税收入31636万元,同比减收20990万元,下降39.89%;")


@pytest.fixture(scope="module")
def report():
    return dh.load_report(PRINTED)


def test_printed_prior_level_is_the_prior_of_the_growth():
    y = text_table(PRINTED, "yoy").set_index("indicator")
    # 146845 ÷ 1.0128 would be 144989万元, two off the 144987万元 printed; 112446 ÷ 0.8442 would be 133198万元
    assert y.loc["财政总收入", "implied_prior_level"] == pytest.approx(1449870000)
    assert y.loc["税收收入", "implied_prior_level"] == pytest.approx(1331910000)
    # no prior printed: the level less the amount of the change (31636 + 20990), not 31636 ÷ 0.6011 = 52630万元
    assert y.loc["增值税", "implied_prior_level"] == pytest.approx(526260000)


def test_headline_shows_the_printed_prior_level():
    h = text_table(PRINTED, "headline").set_index("indicator")
    assert h.loc["财政总收入", "implied_prior_level"] == pytest.approx(1449870000)


def test_prior_of_a_growth_with_no_amount_is_derived():
    # /work/shared/examples/unseen/chaoyang_2022_q3.txt
    r = dh.load_report("前三季度，全区一般公共预算收入完成4125683万元，同比下降3.6%，完成年度预算的71.2%。")
    y = dh.yoy_changes(r).set_index("indicator")
    assert y.loc["一般公共预算收入", "implied_prior_level"] == pytest.approx(41256830000 / 0.964)


def test_printed_prior_level_keeps_its_numeral(report):
    # the workbook shows 144987万元 as 14.4987亿元, as printed, not rounded as a derived figure to 14.50
    from dhcheng_analysis import display, export

    y = text_table(PRINTED, "yoy")
    raw = display.printed_numerals(y, dh.extract_facts(report), ["implied_prior_level"])["implied_prior_level"]
    assert raw[:2] == ["144987", "133191"]
    assert export.cell_format("implied_prior_level", 14.4987, raw="144987") == "#,##0.0000"
