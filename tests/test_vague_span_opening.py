"""A sentence opening with a span of some recent years (这几年, 近年来) holds no year-end read before it.

A review says what a few years brought (这几年，共有两千四百多件文学艺术作品…得奖): its figures are of those years, not of
the year-end an earlier sentence of the paragraph printed (到一九八二年底，各级各类学校在校学生总计达…). In a report
that reviews a span of years, the span is that of the review.
"""

from __future__ import annotations

import dhcheng_analysis as dh

# national work report 1983
_TEXT_1983 = ("单一化的中等教育结构初步有所改变，中等职业学校在校生总数三年来增加两倍。到一九八二年底，各级各类学校在校学生"
              "总计达两亿零七百万人。科技工作必须面向经济建设的指导方针日益深入人心，广大科技工作者积极进行重大科技项目的攻关。"
              "社会科学的研究也取得了不少的进展。文化艺术战线的思想活跃，创作繁荣，作品质量逐步提高。这几年，共有两千四百多件"
              "文学艺术作品在全国性的评奖或会演活动中得奖。")


def _fact(text: str, printed: str):
    df = dh.extract_facts(dh.load_report(text))
    rows = df[[printed in text[s:e] for s, e in zip(df["start"], df["end"], strict=True)]]
    assert len(rows) == 1, printed
    return rows.iloc[0]


def test_a_year_end_before_does_not_hold_over_some_recent_years():
    f = _fact(_TEXT_1983, "两千四百")
    assert f["period"] != "一九八二年底"
    assert f["measure"] == "level" and f["value"] == 2400


def test_the_stock_at_the_year_end_keeps_its_time():
    f = _fact(_TEXT_1983, "两亿零七百万")
    assert f["period"] == "一九八二年底"


def test_some_recent_years_of_a_review_are_its_span(work_reports):
    # national work report 1983 (a review of 1978 to 1982)
    f = work_reports.fact_at(1983, "这几年，共有两千四百多件文学艺术作品", "两千四百")
    assert f["period"] == "1978-1982年"


# national work report 1979
_TEXT_1979 = ("在经济方面，由于清算了林彪、“四人帮”的极左路线，落实了党和政府的各项正确的政策，并且制定了一些适合情况的新政策，"
              "形势正在迅速好转。农业生产在连续遭到比较严重的自然灾害的情况下，一九七八年仍然夺得了丰收。粮食按人口平均占有量超过"
              "了建国以来的最高水平，总产量达到三亿零四百七十五万吨，比上一年增产二千二百万吨，即百分之七点八。")


def test_a_year_closing_the_sentence_before_is_the_time_of_the_next():
    # the year ends the sentence before, in a clause with no figure: the harvest figures after it are of that year
    for printed, measure in (("三亿零四百七十五万吨", "level"), ("二千二百万吨", "abs_change"),
                             ("百分之七点八", "yoy_pct")):
        f = _fact(_TEXT_1979, printed)
        assert (f["indicator_key"], f["measure"], f["period"]) == ("grain_output", measure, "一九七八年"), printed


def test_a_year_closing_a_plan_sentence_is_the_time_of_the_plan_after_it():
    # national work report 1958
    text = ("为了适应于农业生产发展的迫切需要，一九五八年化学肥料的生产将有很大的增长。计划生产氮肥九十万六千吨，"
            "磷肥十九万六千吨，分别比上一年增长百分之三十三点七和百分之六十三点九。")
    f = _fact(text, "九十万六千吨")
    assert (f["status"], f["period"]) == ("target", "一九五八年")


def test_a_year_closing_the_sentence_before_does_not_date_a_sentence_of_the_present():
    # written on the 1979 sentence: 现在 opening the next sentence is the time of writing, not the year before
    text = "农业生产在严重灾害的情况下，一九七八年仍然夺得了丰收。现在全国粮食总产量达到三亿吨。"
    assert dh.extract_facts(dh.load_report(text))["period"].tolist() == [""]
