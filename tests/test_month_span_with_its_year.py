"""A span of months printed right after its year (2018年1-6月, 2020年1-6月) is one period, the year kept, as a half of
a year printed after its year is (test_year_part_with_its_year); a date (2020年12月22日) names no period. A growth of a
part printed later under the bare months (1-6月) is still a part of the growth of its total.

The sentences are copied verbatim from the real excerpts of ``tests/gold/real/texts`` named in their comment.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _real_tables import real_facts
from _sentences import fact

REAL = Path(__file__).parent / "gold" / "real" / "texts"
XICHENG_2018 = "2018年1-6月,按建设地口径,西城区完成全社会固定资产投资42.5亿元,比去年同期下降58.8%。"  # xicheng_2018_h1_indicators
YONGNING_2020 = ("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,增长1.28%"
                 "(增幅在全市16县区中排名第五),完成年初预算245800万元的59.74%,收入项目完成情况如下:")  # yongning_2020_h1_budget


@pytest.mark.parametrize(("sentence", "printed", "period"), [
    (XICHENG_2018, "42.5亿元", "2018年1-6月"),
    (XICHENG_2018, "58.8%", "2018年1-6月"),
    (YONGNING_2020, "146845万元", "2020年1-6月"),
    (YONGNING_2020, "144987万元", "2019年1-6月"),
])
def test_a_month_span_keeps_the_year_printed_before_it(sentence, printed, period):
    assert fact(sentence, printed)["period"] == period


def test_a_date_after_a_year_is_no_period():
    # xicheng_2020_keytasks
    text = ("区发展改革委西城区地区生产总值增速由年初设定的6%左右调整为正增长(此调整方案已于2020年12月22日经区第十六届人大常委会"
            "第42次会议审议通过)。")
    assert fact(text, "6%")["period"] != "2020年12月"


@pytest.mark.parametrize("printed", ["9.5%", "3.3%", "5.3%", "6.6%"])
def test_a_part_growth_under_the_bare_months_is_a_part_of_its_totals_growth(printed):
    # xicheng_2018_h1_indicators: 2018年1-6月,西城区实现社会消费品零售总额501.5亿元,同比增长4.0%。 then
    # 从各行业实现零售额的情况看,1-6月,批发业实现零售额31.6亿元,同比增长9.5%;…
    f = real_facts(REAL / "xicheng_2018_h1_indicators.txt")
    total = f[(f["raw_value"] == "4.0") & (f["indicator"] == "社会消费品零售总额")].iloc[0]
    part = f[(f["raw_value"] + f["raw_unit"] == printed) & f["indicator"].str.endswith("零售额")].iloc[0]
    assert (part["relation"], part["parent_id"]) == ("part", total["fact_id"])
    assert total["period"] == "2018年1-6月"


@pytest.mark.parametrize(("sentence", "printed", "period"), [
    ("上半年,全区实现地区生产总值806亿元,同比增长3.2%。1～5月,全区税收收入20亿元,同比增长3.1%。", "3.1%", "1-5月"),
    ("2022年1～5月份,全区税收收入20亿元,同比增长3.1%。", "20亿元", "2022年1-5月"),
    ("2022年1-5月份,全区税收收入20亿元,同比增长3.1%。", "3.1%", "2022年1-5月"),
])
def test_written_fixture_a_month_span_with_a_tilde_or_a_month_word_is_one_period(sentence, printed, period):
    # written regression fixtures (no real text at hand prints 1～5月): the span printed with a full-width tilde is
    # read as the one printed with a hyphen, and 月份 keeps the year printed before it
    assert fact(sentence, printed)["period"] == period
