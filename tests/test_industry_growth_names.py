"""The growth of industry above designated size as district and county reports print it in short.

国家统计局's convention: 规模以上工业增长 is 规模以上工业增加值增长 (the gross output, 规上工业总产值, is always named).
So a growth of 规上工业 or 规模以上工业 printed with no quantity is the growth of its value added, the report's headline
(dimension ``total``), as its difference in points after it is; and an industry section (采矿业, 制造业, 电力、热力、
燃气及水生产和供应业) printed bare with a growth after that total, with no opener (分三大门类看, 其中), in its paragraph or
the one after, past the other sections of it only, is the section's value added and a part of the total's growth of the
same period and base, as after 其中. A section after another growth (固定资产投资增长3%,制造业增长3.4%) stays as printed.
The headline row of the months to a month lists no difference of that month alone (环比7月提高0.8个百分点).
"""

from __future__ import annotations

from _sentences import fact

# neimenggu_2023_m8_industry
NEIMENGGU = "8月当月全区规上工业增速9.7%,环比7月提高0.8个百分点。"
# wangcang_h1_industry
WANGCANG = ("上半年,全县规上工业增加值同比增长1.3%,增速较一季度和1-5月分别提高15.5和2.2个百分点,增速居全市第6位,较1-5月上升1位。\n"
            "制造业拉动有力。上半年,制造业增长3.4%,增速较一季度回升14.1个百分点,高于全县规上工业增速2.1个百分点,拉动全县规上工业"
            "增加值增速2.4个百分点;采矿业增加值同比下降4.5%,降幅较一季度收窄16.3个百分点,低于全县规上工业增速5.8个百分点,下拉全县"
            "规上工业增加值增速1.1个百分点;电力、热力、燃气及水生产和供应业下降2.5%,降幅较一季度收窄14.8个百分点,低于全县规上工业"
            "增速3.8个百分点。")


def test_a_growth_of_industry_above_size_is_of_its_value_added():
    f = fact(NEIMENGGU, "9.7%")
    assert (f["indicator"], f["indicator_key"], f["dimension"]) == ("规上工业增加值", "industrial_va_above_size", "total")


def test_its_difference_in_points_names_the_value_added_too():
    f = fact(NEIMENGGU, "0.8个百分点")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("规上工业增加值", "pp_diff", "7月")


def test_the_long_name_grows_its_value_added():
    # written: the shape of a district's half-year report
    f = fact("上半年，全区规模以上工业增长8.1%。", "8.1%")
    assert (f["indicator"], f["dimension"]) == ("规模以上工业增加值", "total")


def test_a_count_of_industry_above_size_keeps_its_name():
    # written: only a growth names the value added; the firms counted are the glossary's count of them
    assert fact("全区规模以上工业企业达到126家。", "126家")["indicator_key"] == "industrial_firms_above_size"


def test_a_section_printed_bare_after_the_total_is_its_value_added_and_part():
    total = fact(WANGCANG, "1.3%")
    for printed, name in (("3.4%", "制造业增加值"), ("4.5%", "采矿业增加值"),
                          ("2.5%", "电力、热力、燃气及水生产和供应业增加值")):
        g = fact(WANGCANG, printed)
        assert (g["indicator"], g["parent_id"], g["relation"]) == (name, total["fact_id"], "part")


def test_the_sections_differences_carry_the_new_name():
    assert fact(WANGCANG, "14.1个百分点")["indicator"] == "制造业增加值"
    assert fact(WANGCANG, "14.8个百分点")["indicator"] == "电力、热力、燃气及水生产和供应业增加值"


def test_a_section_after_another_growth_stays_bare():
    # written: the manufacturing after an investment is no section of the industry's value added
    text = "规模以上工业增加值增长5.2%。固定资产投资增长3%,制造业增长3.4%。"
    g = fact(text, "3.4%")
    assert (g["indicator"], g["parent_id"]) == ("制造业", "")


def test_a_section_of_another_period_is_no_part():
    # written: the month's total and the sections of the months to it
    text = "8月当月全区规上工业增速9.7%。1-8月,制造业增长11.9%。"
    g = fact(text, "11.9%")
    assert g["parent_id"] == ""


def test_the_headline_lists_no_difference_of_one_month_alone():
    # neimenggu_2023_m8_industry: the month's growth, now of the headline's name, against the month before is no
    # difference of the growth of the months to August
    import warnings

    import dhcheng_analysis as dh

    text = ("1-8月份,全区规上工业增加值同比增长7.5%,较1-7月份提高0.3个百分点,已连续三个月回升。"
            "8月当月全区规上工业增速9.7%,环比7月提高0.8个百分点。")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        h = dh.headline_indicators(dh.load_report(text)).set_index("indicator")
    assert (h.loc["规模以上工业增加值", "yoy_pct"], h.loc["规模以上工业增加值", "pp_diffs"]) == (7.5, "1-7月:+0.3")
