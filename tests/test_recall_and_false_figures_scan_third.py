"""Figures a third scan of every text at hand found missed or read where there is no quantity.

A large count in Chinese numerals (四千二百多万, 近五百万) before the people it counts, named with a short
modifier (城镇劳动力, 高级专门人才), is a figure in persons, as 4200多万城镇劳动力 is. A span of years that a
paragraph opened with (从１９７９年到１９８４年) yields to a clause of a later sentence opening with 去年: that
sentence speaks of the one year (1984), not of the span. The days a holiday is named by (春节7天假期, 国庆7天长假)
are the time its figures are of, no figure; the length of a holiday stated after it (春节假期7天) stays one. The
number of districts a rank is placed among is part of the ranking's name before 名列 as before 位列
(在全市16区综合考核中名列第2名). A digit before 成 counts tenths as a Chinese numeral does (近8成受访企业, 超过6成的
企业: 80%, 60%), at the head of a line too, where a digit glued to words is a table row's number.

No text at hand names a holiday by its days, ranks with 名列 among a number of districts or prints tenths in
digits; those sentences are written in the shape of a district report, regression fixtures rather than evidence
of what reports print.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh

LABOUR = ("随着生产建设的持续增长，通过各种渠道，从１９７９年到１９８４年安排了四千二百多万城镇劳动力就业，"
          "职工和农民的收入继续增加。")
INCOME = ("据国家统计局的抽样调查，去年全国城镇居民家庭平均每人可用于生活费的收入达到六百零八元，扣除物价上涨因素，"
          "比上年增长１２．５％；农民的纯收入，全国平均每人达到三百五十五元，比上年增长１４．７％。")


def test_a_chinese_count_before_a_modified_counted_noun_is_a_figure():
    f = dh.extract_facts(LABOUR)
    row = f[f["raw_value"] == "四千二百多万"]
    assert len(row) == 1
    r = row.iloc[0]
    assert (r["indicator"], r["measure"], r["value"], r["unit"], r["qualifier"]) == (
        "城镇劳动力", "level", 42_000_000.0, "人", "over")
    assert r["period"] == "1979-1984年"


def test_a_chinese_count_of_trained_people_is_a_figure():
    f = dh.extract_facts("逐步推行九年制义务教育，同时通过普通高等学校和成人高等教育五年共培养近五百万高级专门人才，"
                         "比“六五”期间增长一倍。")
    row = f[f["raw_value"] == "五百万"]
    assert len(row) == 1
    r = row.iloc[0]
    # the people trained, named with their verb as a flow (培养本科和专科毕业生… of 1993 and 1998)
    assert (r["indicator"], r["value"], r["unit"], r["qualifier"]) == ("培养高级专门人才", 5_000_000.0, "人", "nearly")
    assert set(f["indicator"]) == {"培养高级专门人才"}  # (the doubling is of the same people)


def test_a_chinese_count_without_the_people_it_counts_stays_no_figure():
    with pytest.warns(dh.NoFiguresWarning):
        assert dh.extract_facts("我国有一千多年的历史，千千万万个市场细胞活跃起来。").empty


def test_last_year_opening_a_clause_ends_a_span_held_from_the_sentence_before():
    f = dh.extract_facts(LABOUR + INCOME)
    later = f[f["start"] >= len(LABOUR)]
    assert len(later) == 4
    assert set(later["period"]) == {"去年"}


def test_last_year_is_the_year_before_the_report_after_a_span(work_reports):
    for printed in ("六百零八", "１２．５", "三百五十五", "１４．７"):
        assert work_reports.fact_at(1985, INCOME, printed)["period"] == "1984年"
    assert work_reports.fact_at(1985, LABOUR, "四千二百多万")["period"] == "1979-1984年"


def test_the_days_a_holiday_is_named_by_are_no_figure():
    f = dh.extract_facts("春节7天假期全区接待游客50万人次，同比增长12%。")
    assert list(f["value"]) == [500_000.0, 12.0]
    assert set(f["indicator"]) == {"春节7天假期全区接待游客"}
    f = dh.extract_facts("国庆7天长假期间，全区重点商圈实现销售额3.5亿元。")
    assert list(f["value"]) == [350_000_000.0]


def test_the_length_of_a_holiday_stated_after_it_stays_a_figure():
    f = dh.extract_facts("春节假期7天，全区接待游客50万人次。")
    assert 7.0 in set(f["value"])


def test_the_number_of_districts_ranked_among_before_ming_lie_is_no_figure():
    for text in ("在全市16区综合考核中名列第2名。", "全区营商环境在全市16区名列第2。"):
        f = dh.extract_facts(text)
        assert list(f["measure"]) == ["rank"] and list(f["value"]) == [2.0]


@pytest.mark.parametrize(("text", "value", "qualifier", "indicator"), [
    ("近8成受访企业表示满意。", 80.0, "nearly", "表示满意的受访企业"),
    ("超过6成的企业已复工。", 60.0, "over", "已复工的企业"),
    ("区级财政收入的7成来自税收。", 70.0, "exact", "来自税收的区级财政收入"),
])
def test_a_digit_before_cheng_counts_tenths(text, value, qualifier, indicator):
    f = dh.extract_facts(text)
    assert len(f) == 1
    r = f.iloc[0]
    assert (r["measure"], r["value"], r["unit"], r["qualifier"], r["indicator"]) == (
        "rate_pct", value, "%", qualifier, indicator)
    assert r["raw_value"] == text[r["start"]:r["end"]]

