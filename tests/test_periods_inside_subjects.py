"""Periods a sentence prints inside the name of its figures, or as a span counted back from the year reviewed: a year
printed inside the subject opening the sentence, right after its head (基本建设1979年交付使用的固定资产…), is the time
of the figures named by it, not a period held from a sentence before; a span of years led by 前 (尽管前四年内…) counts
back to the year reviewed. Sentences are copied verbatim from the national work reports (year in the comment).
"""

from __future__ import annotations

from _sentences import fact_at as _at

# 1980: the sentence before holds 今年上半年; the share is of 1979, as its subject prints it
S1980 = ("流动资金周转加快，去年国营工商企业流动资金占用水平比上年减少64亿元，今年上半年又比去年同期减少160亿元。"
         "基本建设1979年交付使用的固定资产占投资的比重，由上年的74.3％提高到83.7％。")
# 1955
S1955 = "例如哈尔滨食品公司一九五四年一年中发生的浪费事件就有五十多次，有帐可查的浪费数字就达五十七万元之多。"


def test_a_year_inside_the_subject_opening_a_sentence_is_the_time_of_its_figures():
    f = _at(S1980, "83.7")
    assert (f["indicator"], f["measure"], f["period"]) == ("基本建设1979年交付使用的固定资产占投资的比重", "rate_pct", "1979年")
    assert _at(S1980, "160亿")["period"] == "上半年"  # (the sentence before keeps its own half-year)


def test_the_value_a_share_moves_from_after_a_year_inside_its_subject_is_of_the_year_before():
    f = _at(S1980, "74.3")
    assert (f["period"], "from_value" in f["flags"]) == ("1978年", True)


def test_a_year_inside_a_subject_in_chinese_numerals_dates_its_count():
    f = _at(S1955, "五十")
    assert (f["indicator"], f["period"]) == ("哈尔滨食品公司一九五四年一年中发生的浪费事件", "一九五四年")


def test_a_year_after_a_verb_or_in_an_event_name_is_no_time_of_the_subject():
    # a constructed district text: the year of a plan after 确定 and of an event's name (北京2022年冬奥会) date no count
    s = ("今年上半年又比去年同期减少160亿元。确定2023年实施街区更新项目32个,其中申请式退租项目4个,已完成退租签约386户。"
         "扎实推进北京2022年冬奥会和冬残奥会城市运行保障，完成冬奥保障线路环境整治12条。")
    assert _at(s, "386")["period"] != "2023年"
    assert _at(s, "12条")["period"] != "2022年"


def test_a_span_led_by_qian_counts_back_to_the_year_reviewed(work_reports):
    # 1983 (reviewing 1982): 从一九七九年到一九八二年的四年内 is the span the paragraph speaks of
    phrase = "尽管前四年内我国能源消费总量平均每年只增长百分之一点九，而整个工业却以每年递增百分之七点二的速度向前发展"
    for printed in ("百分之一点九", "百分之七点二"):
        f = work_reports.fact_at(1983, phrase, printed)
        assert (f["period"], f["measure"]) == ("1979-1982年", "change_pct"), printed
    assert work_reports.fact_at(1983, phrase, "百分之一点九")["indicator"] == "我国能源消费总量"


def test_the_subject_year_holds_on_the_real_report(work_reports):
    phrase = "基本建设1979年交付使用的固定资产占投资的比重，由上年的74.3％提高到83.7％"
    assert work_reports.fact_at(1980, phrase, "83.7")["period"] == "1979年"
    assert work_reports.fact_at(1980, phrase, "74.3")["period"] == "1978年"
