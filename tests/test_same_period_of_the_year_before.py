"""A clause that opens with the same part of the year before (去年同期, 上年同期) and a bare verb dates its figure.

去年同期则完成２４％ after 到５月份为止，…完成年计划２７％ is of the months to May of the year before, printed as such
(去年同期), not of the period of the clauses before it, which holds on after it; a share of the year's plan printed
bare after one (去年同期为４０％) is a share of that year's plan too.
"""

from __future__ import annotations

from _sentences import facts


def test_the_same_period_of_the_year_before_dates_its_figure():
    # national_work_reports/1956.txt
    f = facts("在基本建设方面，到５月份为止，全国基本建设投资总额完成年计划２７％，去年同期则完成２４％。"
              "按照完成的投资额来比较，比去年同期增长６８％，其中建筑安装工程比去年同期增长８０％。")
    assert [(r.value, r.measure, r.period, r.status) for r in f.itertuples()] == [
        (27.0, "completion_pct", "到5月份为止", "actual"), (24.0, "completion_pct", "去年同期", "actual"),
        (68.0, "yoy_pct", "到5月份为止", "actual"), (80.0, "yoy_pct", "到5月份为止", "actual")]
    assert f.indicator.iloc[1] == "全国基本建设投资总额"


def test_a_bare_share_after_a_completion_is_the_completion_of_the_year_before():
    # (written in the reports' style)
    f = facts("１-５月，全区固定资产投资完成年计划的４５％，去年同期为４０％，提高５个百分点。")
    assert [(r.value, r.measure, r.period) for r in f.itertuples()] == [
        (45.0, "completion_pct", "1-5月"), (40.0, "completion_pct", "去年同期"), (5.0, "pp_diff", "1-5月")]
    got = facts("２０２０年上半年，全区一般公共预算收入１０亿元，而上年同期仅为９亿元。").iloc[1]
    assert (got.indicator, got.measure, got.period) == ("一般公共预算收入", "level", "上年同期")
