"""An aggregate's name that a part of the area, the government or a unit of the aggregate opens is no total.

The figures of one area within the district (CBD功能区实现税收), of the government's own investment
(市政府固定资产投资) and the rates or intensities per unit of an aggregate (亿元地区生产总值生产安全事故死亡率, 对全市
经济增长的贡献率) name the aggregate's term, but none is the total itself: their dimension is '' (a tax chart drawing
the district's total as its reference line must not draw the CBD's taxes there). The aggregates themselves (区级税收,
地区生产总值) stay `total`. The Beijing sentence is verbatim from a real report; the others are sentences of the
constructed reports (tests/gold/constructed, written for the tests): regression fixtures only.
"""

from __future__ import annotations

from _sentences import fact

# beijing_2017_h1 (real excerpts with gold, 北京市 half-year report 2017)
BEIJING = "市政府固定资产投资已下达70%,经营性土地供应完成年初计划的72.3%。"
# constructed report chaoyang_2020_h1 (tests/gold/constructed): a regression fixture
CHAOYANG = "CBD功能区实现税收283.6亿元,同比下降6.1%,约占全区税收的42%。"
# constructed report chaoyang_2020_fy_plan (tests/gold/constructed): a regression fixture
CHAOYANG_PLAN = ("生产安全事故起数和死亡人数分别下降5%和8%，亿元地区生产总值生产安全事故死亡率下降10%，"
                 "常态化疫情防控储备集中隔离房间不少于3000间。")
# constructed report haidian_2021_h1 (tests/gold/constructed): a regression fixture
HAIDIAN = ("上半年，全区实现地区生产总值4862.3亿元，同比增长14.6%，两年平均增长7.1%，拉动全市经济增长3.2个百分点，"
           "对全市经济增长的贡献率为31.5%。")


def test_the_governments_own_investment_is_no_total() -> None:
    f = fact(BEIJING, "70%")
    assert (f["indicator"], f["measure"], f["dimension"]) == ("市政府固定资产投资", "completion_pct", "")


def test_fixture_the_taxes_of_an_area_within_the_district_are_no_total() -> None:
    for mention in ("283.6亿元", "6.1%", "42%"):
        f = fact(CHAOYANG, mention)
        assert (f["indicator"], f["dimension"]) == ("CBD功能区税收", ""), mention


def test_fixture_a_rate_per_unit_of_the_aggregate_is_no_total() -> None:
    assert fact(CHAOYANG_PLAN, "10%")["dimension"] == ""


def test_fixture_a_contribution_to_growth_is_no_total_but_the_aggregate_is() -> None:
    assert fact(HAIDIAN, "31.5%")["dimension"] == ""
    assert fact(HAIDIAN, "4862.3亿元")["dimension"] == "total"


def test_fixture_a_contribution_to_the_citys_growth_keeps_the_city_in_its_name() -> None:
    # the subject carried from before the comma, the wider growth after 对 as printed (地区生产总值对全市经济增长的贡献率
    # printed whole is named so too); the district's own growth (对全区…) names no place, as before
    assert fact(HAIDIAN, "31.5%")["indicator"] == "地区生产总值对全市经济增长的贡献率"
    own = "上半年,金融业增加值增长6%,对全区经济增长的贡献率为40%。"
    assert fact(own, "40%")["indicator"] == "金融业增加值对经济增长的贡献率"
