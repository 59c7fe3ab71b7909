"""The work reports of 1954–1977: percentages of two decimal places in Chinese numerals (百分之十七點三一), a
range of months printed with 份 (１——５月份), the members of a list closed by a target word in Chinese numerals
(分别达到四百斤、五百斤、八百斤的指标), a year's end set off by a comma (1949年末，), an amount a quantity grew
by (收入增长９６６，４８５，０００元, 实增约二百万人), a year before 平均 (比一九五二年平均降低), the time an estimate
looks to (預計在本年內), a comparison heading a sentence (同一九五七年比较，) and ranges in Chinese numerals
(二百八十万到三百万千瓦). Sentences copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

import pytest
from _sentences import fact


def test_the_decimals_of_a_percentage_in_chinese_numerals_are_read_digit_by_digit():
    # 1954
    s = "婦女參加投票的佔登記婦女選民總數的百分之八十四點零一，選出的婦女代表佔全體代表的百分之十七點三一。"
    assert fact(s, "百分之八十四點零一")["value"] == pytest.approx(84.01)
    assert fact(s, "百分之十七點三一")["value"] == pytest.approx(17.31)
    s = ("除少數暫不進行選擧的地區外，在全國二十一萬四千七百九十八個基層選擧單位中，共登記選民三億二千三百八十萬九千六百"
         "八十四人；參加投票的選民共二億七千八百零九萬三千一百人，佔登記選民總數的百分之八十五點八八；選出的基層人民代表"
         "大會代表共五百六十六萬九千一百四十四名。")
    assert fact(s, "百分之八十五點八八")["value"] == pytest.approx(85.88)


def test_a_range_of_months_printed_with_fen_is_the_period_not_part_of_the_name():
    # 1956
    s = "在交通运输业方面，今年１——５月份铁道货运量计划完成１０５％，江海货运量计划完成１０４％。"
    f = fact(s, "１０５％")
    assert (f["indicator"], f["measure"], f["period"]) == ("铁道货运量", "completion_pct", "1-5月")


def test_each_member_of_a_list_closed_by_a_target_word_is_a_target(work_reports):
    # 1959: the report reviews 1958, and the law it quotes sets levels for 1967
    s = ("一九五七年修订的全国农业发展纲要，规定粮食的单位面积产量，到一九六七年在全国三类地区分别达到四百斤、五百斤、"
         "八百斤的指标，棉花的单位面积产量分别达到六十斤、八十斤、一百斤的指标。")
    for printed in ("四百斤", "五百斤", "八百斤", "六十斤", "八十斤", "一百斤"):
        assert work_reports.fact_at(1959, s, printed)["status"] == "target", printed


def test_a_year_end_set_off_by_a_comma_is_the_period_of_its_clause():
    # 1957 (the line breaks after 二千四百万)
    s = "1949年末，国家机关、公私企业和事业共有职工大约八百万人，1956年末增加到二千四百万\u200b"
    f = fact(s, "八百万人")
    assert (f["indicator"], f["period"], f["qualifier"]) == ("国家机关、公私企业和事业共有职工", "1949年末", "about")


def test_an_amount_after_zengzhang_is_a_change_as_after_zengjia():
    # 1956
    s = ("同１９５４年决算的可比部分相比，１９５５年本年收入增长９６６，４８５，０００元，即增长３．６８％；１９５５年本年"
         "支出增长１，７４３，８４６，０００元，即增长６．３２％。")
    for printed, name in (("９６６，４８５，０００元", "收入"), ("１，７４３，８４６，０００元", "支出")):
        f = fact(s, printed)
        assert (f["indicator"], f["measure"], f["unit"]) == (name, "abs_change", "元"), printed
    # 1986
    s = ("过去我国农业发展缓慢，粮食产量在一九五三年到一九七八年间平均每年只增长五百多万吨，棉花产量在一九六五年到一九七八年"
         "间长期停滞不前，解决人民吃饭穿衣问题一直是摆在我们面前的严峻任务。")
    f = fact(s, "五百多万吨")
    assert (f["measure"], f["qualifier"]) == ("abs_change", "over")


def test_a_year_before_pingjun_is_the_base_not_a_span_of_years():
    # 1954: 比一九五二年平均降低 is a fall against 1952, not over “二年”
    s = ("依靠管理人員和職工羣衆的共同努力，一九五三年國營和公私合營工業工人的勞動生産率比一九五二年增長了百分之十三，"
         "同年中央五個工業部的産品成本比一九五二年平均降低了百分之三點二。")
    f = fact(s, "百分之三點二")
    assert (f["measure"], f["value"], f["comparator"]) == ("yoy_pct", -3.2, "一九五二年")
    assert "multi_year" not in f["flags"]


def test_a_time_within_the_year_after_an_estimate_word_is_the_estimates():
    # 1954: 預計 governs 在本年內 as it governs 將
    s = "一九五四年新建、改建和續建的重大工業建設項目共有三百個，預計在本年內可以有五十一個重大項目完成建設。"
    assert fact(s, "五十一個")["status"] == "estimate"
    assert fact(s, "三百個")["status"] == "actual"


def test_a_comparison_heading_the_sentence_names_nothing():
    # 1964
    s = ("同一九五七年比较，一九六四年供应的猪肉、羊肉、蔬菜等副食品，都增长百分之三十以上；机制纸、铝制品、搪瓷制品、"
         "自行车、收音机等主要日用品，增长百分之五十以上。")
    f = fact(s, "百分之三十")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("供应的猪肉、羊肉、蔬菜等副食品", "change_pct", "一九五七年")


def test_the_low_end_of_a_range_in_chinese_numerals_takes_the_unit_of_the_high_end():
    # 1959
    s = "如发电设备，一九五八年我国只生产八十万千瓦，一九五九年将生产二百八十万到三百万千瓦，增长百分之二百五十到二百七十五。"
    f = fact(s, "二百八十万")
    assert (f["value"], f["unit"], f["flags"]) == (2.8e6, "千瓦", "range_low")
    assert "range_high" in fact(s, "三百万千瓦")["flags"]
    # 1981: the noun after 的 names both ends
    s = ("全国流动资金大大超过了应该拥有的数量，如果能够加速周转，减少百分之二、三的占用量，就可以节省出七十亿到一百亿元的"
         "资金。")
    for printed, value in (("七十亿", 7e9), ("一百亿元", 1e10)):
        f = fact(s, printed)
        assert (f["indicator"], f["value"], f["unit"]) == ("资金", value, "元"), printed


def test_an_amount_after_shizeng_is_a_change():
    # 1955
    s = ("两年来，国营、合作社营、公私合营的企业和文化教育事业、国家机关的工人职员总数共增加大约三百万人，除去由私营转入公私"
         "合营和国营企业的工人职员，实增约二百万人；全国工资总额共增长百分之五十六，工人职员平均工资以货币计算增长百分之十四。")
    f = fact(s, "二百万人")
    assert (f["measure"], f["qualifier"]) == ("abs_change", "about")
    assert f["indicator"] == fact(s, "三百万人")["indicator"]
