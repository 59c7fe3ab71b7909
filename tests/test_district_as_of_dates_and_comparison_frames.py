"""District printings of a date a figure stands as of and of the frame a comparison opens with.

No real text at hand prints these shapes with a figure after them: the sentences are written in the form of
district reports (fixtures, not evidence).

- 截至 a date (截至2023年末) tells the time a stock stands as of, never a time to reach: in a report whose year is not
  known, or under a heading of the years ahead, the figure after it is an outcome;
- a span of years wholly after those a report reviews (“十四五”时期 in a report of 2020 given in 2021) is planned:
  a figure of it is a target though no word of a plan stands before it;
- a word of letters and digits (PM2.5, PM10, 4A) is one word of a noun after a count: the noun runs on past its
  digits, and the places counted stay apart from what of theirs is compared (12个街道PM2.5年均浓度均低于…);
- a frame of comparison opening a sentence (与第六次全国人口普查相比) is the base of an increment read from its name
  (增量为13.4万人) as it is of a change a verb prints;
- a frame of comparison closing the words before a figure (同2019年比较, 和2019年比, 跟上年相比, as 与2019年比较)
  is no part of the figure's name.
"""

from __future__ import annotations

import pytest
from _sentences import facts


def _read(text: str) -> list[tuple[str, str, float, str, str]]:
    f = facts(text)
    return list(zip(f["indicator"], f["measure"], f["value"], f["status"], f["comparator"], strict=True))


def test_as_of_a_date_in_a_report_of_no_known_year_is_an_outcome():
    # fixture: 截至 as of a date, a report of no year known
    assert _read("截至2023年末，全区户籍人口72.3万人。") == [("户籍人口", "level", 723000.0, "actual", "")]
    assert _read("截至2023年末，全区户籍人口达到72.3万人。")[0][3] == "actual"
    assert _read("截止2022年底，全区共有各类市场主体12.6万户。")[0][3] == "actual"


def test_as_of_a_date_under_a_heading_of_years_ahead_is_an_outcome():
    # fixture: a heading of a plan's goals over a sentence of a stock as of a date
    text = "二、“十四五”时期发展目标\n截至2023年末，全区户籍人口72.3万人。"
    assert _read(text)[0][3] == "actual"


def test_to_a_year_ahead_is_still_a_target():
    # fixture: 到 a year, the time to reach, is a plan as before
    assert _read("到2025年，全区户籍人口达到75万人。")[0][3] == "target"


def test_a_frame_of_comparison_is_no_part_of_the_name_whatever_its_lead():
    # fixtures: the frame words are one set (与/同/跟/和 … 相比/比较/比)
    for frame in ("同2019年比较", "与2019年比较", "和2019年比", "跟2019年相比"):
        assert _read(f"全区一般公共预算收入{frame}，增长6.5%。") == [
            ("一般公共预算收入", "change_pct", 6.5, "actual", "2019年")], frame
    assert _read("全区一般公共预算收入同上年比较，增长6.5%。")[0][0] == "一般公共预算收入"
    assert _read("全区一般公共预算收入跟上年相比，增长6.5%。")[0][0] == "一般公共预算收入"


def test_a_join_inside_a_name_opens_no_frame():
    # fixture: the 和 of a sector's name stays in it; the 与 after it opens the frame
    assert _read("批发和零售业销售额与上年相比，增长3%。")[0][0] == "批发和零售业销售额"


def test_a_ratio_named_with_a_join_closes_no_frame():
    # fixture (regression): 比 ending a ratio's name after a 和 (城镇和农村居民收入比) closes no comparison
    assert _read("城镇和农村居民收入比，缩小0.1。")[0][0] == "城镇和农村居民收入比"


@pytest.mark.parametrize(("s", "name"), [
    # fixtures (regression): a frame opened by 和 and closed by 相比 is cut from the name whatever its base
    ("地区生产总值和全市平均水平相比，高出2个百分点。", "地区生产总值"),
    ("固定资产投资和“十三五”时期相比，增长20%。", "固定资产投资"),
])
def test_a_join_closed_by_a_worded_frame_end_opens_a_frame(s, name):
    assert _read(s)[0][0] == name


def test_a_word_of_letters_after_the_places_counted_is_read_in_one_way():
    # fixture: a run of letters after the places counted before a comparison is one word of them (read at once, not
    # split in every way before the comparison is looked for)
    got = facts("全区12个街道" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 4 + "高于全市。")
    assert got["value"].tolist() == [12.0]


def test_a_frame_opening_with_a_word_that_leads_none_is_read_from_its_join():
    # fixture (regression): the 同 of 同期 opens no frame; the 和 before the base does
    assert _read("规上工业企业利润总额和上年同期相比，增长12%。") == [
        ("规上工业企业利润总额", "yoy_pct", 12.0, "actual", "上年同期")]


def test_as_of_a_date_after_a_target_word_stays_a_target():
    # fixture (regression): 截至 a year in a sentence a target word opens sets the stock to reach
    assert _read("今年的主要目标是：截至2025年底，全区建成5G基站3000个。")[0][3] == "target"


def test_a_span_of_years_ahead_is_planned():
    # fixtures: the outline of a five-year plan in a report given in its first year
    text = "2021年政府工作报告\n“十四五”时期，地区生产总值年均增长6%左右。"
    assert _read(text)[0][2:4] == (6.0, "target")
    assert facts(text)["period"].tolist() == ["2021-2025年"]
    text = "2021年政府工作报告\n二、“十四五”时期发展目标\n“十四五”时期，全区一般公共预算收入年均增长5%。"
    assert _read(text)[0][3] == "target"


def test_a_span_of_years_reviewed_stays_an_outcome():
    # fixture: the plan just over, in the same report
    assert _read("2021年政府工作报告\n“十三五”时期，地区生产总值年均增长6%左右。")[0][3] == "actual"


def test_a_word_of_letters_and_digits_is_one_word_of_a_counted_noun():
    # fixtures: an air-quality bulletin's count of places, and a count of graded sights
    for word, level in (("PM2.5", 35.0), ("PM10", 70.0)):
        got = _read(f"全区12个街道{word}年均浓度均低于{level:g}微克/立方米。")
        assert [(n, v) for n, _, v, _, _ in got] == [("街道", 12.0), (f"街道{word}年均浓度", level)], word
    assert _read("全区建成5个4A级景区。")[0][0] == "建成4A级景区"


def test_a_word_of_letters_and_digits_before_a_comparison_keeps_the_places_counted():
    # fixture (regression): 5G, a word of letters and digits as the name's rule reads it, does not cut the run before
    # the comparison, and the count counts the places (乡镇), not what of theirs is compared
    assert _read("全区12个乡镇5G信号覆盖率高于全市平均水平。")[0][0].endswith("乡镇")


def test_a_front_frame_is_the_base_of_an_increment_named_so():
    # fixtures: a census bulletin's increment of the population, and the same against a year
    for base in ("第六次全国人口普查", "2010年"):
        got = _read(f"与{base}相比，全区常住人口增量为13.4万人，增长12.2%。")
        assert [(m, c) for _, m, _, _, c in got] == [("abs_change", base), ("change_pct", base)], base
