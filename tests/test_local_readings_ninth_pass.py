"""A ninth reading of district reports: names and fields of figures that earlier readings got wrong.

Each sentence is copied verbatim from the excerpt named in the comment before the test (tests/gold/real/texts, or
the constructed texts of tests/gold/constructed where the comment says so), or is a written regression fixture, as
the test's docstring says. Each test states the reading of one figure of it.
"""

from __future__ import annotations

from _sentences import fact

# -- 实现全口径税收入库8775万元: 入库 (paid into the treasury) is the verb of the tax, not part of its name ---------------
# (dongcheng_2024_h1)

S_DONGCHENG_2024_TAX = "强化储备项目机制,梳理2024年储备项目181项,新引进企业实现全口径税收入库8775万元。"


def test_taxes_paid_into_the_treasury_are_named_without_the_verb():
    f = fact(S_DONGCHENG_2024_TAX, "8775万元")
    assert (f["indicator"], f["scope"], f["value"]) == ("新引进企业全口径税收", "全口径", 87750000.0)


# -- 降幅比1-5月收窄1.2个百分点,比一季度收窄4个百分点: a bare narrowing after a narrowed fall narrows the same fall ------
# (the later clause names no 降幅 of its own; a growth narrowed would be a fall in points, a fall narrowed a rise)

def test_a_bare_narrowing_after_a_narrowed_fall_narrows_the_same_fall():
    """Regression fixture (a written sentence in the shape of the district bulletins, not from a report)."""
    text = "上半年,全区社会消费品零售总额下降3%,降幅比1-5月收窄1.2个百分点,比一季度收窄4个百分点。"
    assert (fact(text, "1.2个百分点")["value"], fact(text, "4个百分点")["value"]) == (1.2, 4.0)


def test_a_bare_narrowing_after_a_fall_narrowed_by_its_sign_narrows_it_too():
    """Regression fixture (chaoyang_2020_h1's sentence with a second base written in)."""
    text = "社会消费品零售额完成1409.9亿元,同比降低16.6%,较一季度收窄6.3个百分点,比1-5月收窄2个百分点。"
    assert (fact(text, "6.3个百分点")["value"], fact(text, "2个百分点")["value"]) == (6.3, 2.0)


def test_a_bare_narrowing_after_a_narrowed_growth_stays_a_fall_in_points():
    """Regression fixture (a written sentence): 增速 narrowed, then narrowed again."""
    text = "上半年,全区地区生产总值增长3%,增速比1-5月回落1.2个百分点,比一季度收窄4个百分点。"
    assert fact(text, "4个百分点")["value"] == -4.0


# (wangcang_h1_industry, and the constructed xicheng_2020_h1_gbk of tests/gold/constructed: a comparison that is no
# narrowing, after a narrowed fall, keeps its own reading: below the county's growth, better than the city)

S_WANGCANG_MINING = ("上半年,制造业增长3.4%,增速较一季度回升14.1个百分点,高于全县规上工业增速2.1个百分点,拉动全县规上工业"
                     "增加值增速2.4个百分点;采矿业增加值同比下降4.5%,降幅较一季度收窄16.3个百分点,低于全县规上工业增速"
                     "5.8个百分点,下拉全县规上工业增加值增速1.1个百分点;电力、热力、燃气及水生产和供应业下降2.5%,降幅较"
                     "一季度收窄14.8个百分点,低于全县规上工业增速3.8个百分点。")
S_XICHENG_2020_GDP = "全区实现地区生产总值２１５６.３亿元，同比下降1.8%，降幅比一季度收窄３.２个百分点，好于全市1.4个百分点。"


def test_a_comparison_after_a_narrowed_fall_keeps_its_own_sign():
    assert fact(S_WANGCANG_MINING, "16.3个百分点")["value"] == 16.3
    assert fact(S_WANGCANG_MINING, "5.8个百分点")["value"] == -5.8
    assert fact(S_WANGCANG_MINING, "3.8个百分点")["value"] == -3.8
    assert fact(S_XICHENG_2020_GDP, "1.4个百分点")["value"] == 1.4


# -- 棚改, 危改, 厕改: a short word of renovation ends in 改, which is no verb cut off its name ---------------------

def test_short_words_of_renovation_keep_their_last_character():
    """A written regression fixture in the shape of district reports (完成棚改1200户 in a review of the half-year)."""
    text = "上半年，全区完成棚改1200户，开工棚改5800套，完成农村厕改2000户，完成危改300户。"
    assert [fact(text, p)["indicator"] for p in ("1200户", "5800套", "2000户", "300户")] == [
        "棚改", "开工棚改", "农村厕改", "危改"]


# -- 组织财政收入: all the revenue collected in the area (财政总收入), of which 一般公共预算收入 is a part ----------------
# (yongning_2020_h1_budget; the written sentence is a regression fixture of the usual sequel, 其中一般公共预算收入)

S_YONGNING_COLLECTED = ("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,增长1.28%"
                        "(增幅在全市16县区中排名第五),完成年初预算245800万元的59.74%,收入项目完成情况如下:")


def test_revenue_collected_in_the_area_is_the_total_fiscal_revenue():
    for printed in ("146845万元", "1858万元", "1.28%", "59.74%"):
        f = fact(S_YONGNING_COLLECTED, printed)
        assert (f["indicator"], f["indicator_key"]) == ("组织财政收入", "total_fiscal_revenue")


def test_revenue_collected_and_its_general_budget_part_have_two_keys():
    # written fixture
    text = "全区组织财政收入完成14.68亿元,其中一般公共预算收入完成8.21亿元,同比增长3.5%。"
    assert fact(text, "14.68亿元")["indicator_key"] == "total_fiscal_revenue"
    assert fact(text, "8.21亿元")["indicator_key"] == "general_budget_revenue"
