"""A year's event after 在 that opens a clause (在一九五八年的大跃进中，) frames the figures of its sentence with that
year, as 在一九五八年， does: the 的 after the year leads to the event, not to a quantity the year is part of. A year
before 中央 (例如一九五三年中央…) frames its sentence as before any other noun; only 年中 alone is the middle of a year.
Sentences are copied verbatim from the national work reports (year in the comment).
"""

from __future__ import annotations

from _sentences import fact_at as _at

# 1959
S1959 = ("在一九五八年的大跃进中，全国职工全年的平均人数比上年增加了约八百万人，城市就业面的扩大达到了空前的程度；"
         "在农村，广大的妇女劳动力也从家务劳动中解放出来，参加了农业生产。")
# 1958
S1958 = ("在一九五八年的工业生产中，重工业各部门的生产，仍然保持了比较高的发展速度，大多数重工业产品的增长速度，"
         "超过了整个工业的增长速度，机器制造工业总产值比上一年增长百分之二十七，许多机械产品的增长速度更高得多。")


def test_a_years_event_after_zai_dates_the_figures_of_its_sentence():
    f = _at(S1959, "八百万人")
    assert (f["indicator"], f["measure"], f["period"], f["comparator"]) == (
        "全国职工全年的平均人数", "abs_change", "一九五八年", "上年")
    assert _at(S1958, "百分之二十七")["period"] == "一九五八年"


def test_a_year_before_de_and_a_quantity_is_no_frame():
    # a constructed district text: 2019年的目标 names a target of the year, no event framing the clause
    s = "在2019年的目标基础上，全区地区生产总值增长6%。"
    assert _at(s, "6%")["period"] != "2019年"


# 1954: the year opens its sentence after 例如, before 中央 (the central government), no mid-year 年中
S1954 = ("例如一九五三年中央六個工業部的基本建設計劃就只完成了百分之九十四點三。"
         "例如根據重工業部的檢查，重工業部一九五三年總的産值計劃是超額完成了，但是它所屬的生産企業却有百分之二十五沒有完成計劃。")


def test_a_year_before_zhongyang_frames_its_sentence_as_a_year_before_any_noun_does():
    f = _at(S1954, "百分之九十四點三")
    assert (f["measure"], f["period"], f["status"]) == ("completion_pct", "一九五三年", "actual")
    assert _at(S1954, "百分之二十五")["period"] == "一九五三年"


def test_a_year_before_a_mid_year_zhong_is_no_frame_of_the_year():
    # a constructed text: 2019年中 is the middle of the year, not the year
    assert _at("例如2019年中，支出100亿元。", "100亿元")["period"] != "2019年"
