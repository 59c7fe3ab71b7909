"""A sentence that opens with a year a clause describes (在解放以后经济得到恢复的一九五二年，) and then its verb (也还只有,
达到) goes on with the subject of the sentence before, as a sentence opening with its verb does: the clause is the
time of the figure, no name of it. Sentences are copied verbatim from the national work reports (year in the comment).
"""

from __future__ import annotations

from _sentences import fact_at as _at

# 1959
S1959 = ("一九五九年粮食增加的绝对数将达到三千亿斤，这是一个非常巨大的数字。大家知道，我国的粮食总产量，"
         "在解放前产量最高的一九三六年，只有二千七百七十四亿斤。在解放以后经济得到恢复的一九五二年，也还只有三千零八十八亿斤。")


def test_a_sentence_opening_with_a_described_year_and_its_verb_goes_on_with_the_subject_before():
    f = _at(S1959, "三千零八十八亿斤")
    assert (f["indicator"], f["period"], f["measure"]) == ("我国的粮食总产量", "一九五二年", "level")


def test_the_described_year_inside_a_sentence_with_its_own_subject_keeps_that_subject():
    f = _at(S1959, "二千七百七十四亿斤")
    assert (f["indicator"], f["period"]) == ("我国的粮食总产量", "一九三六年")


def test_a_sentence_opening_with_a_described_year_and_a_subject_of_its_own_keeps_it():
    # a constructed variant: a subject printed after the frame is the figure's own
    s = "我国的粮食总产量只有二千七百七十四亿斤。在解放以后经济得到恢复的一九五二年，棉花产量只有二千六百万担。"
    assert _at(s, "二千六百万担")["indicator"] == "棉花产量"


def test_a_sentence_opening_with_the_effort_made_then_its_year_and_verb_goes_on_with_the_subject_before(work_reports):
    # 1959: 经过…的努力， is how the level came about, no name of it; the grain output of 1957 is reached, in a plan part
    f = work_reports.fact_at(1959, "经过第一个五年计划期间的努力，一九五七年才达到了三千七百亿斤", "三千七百亿斤")
    assert (f["indicator"], f["indicator_key"], f["period"], f["status"]) == (
        "我国的粮食总产量", "grain_output", "一九五七年", "actual")


def test_the_effort_made_before_a_subject_of_its_own_keeps_it():
    # a constructed variant: a subject printed after 经过努力， is the figure's own
    s = "我国的粮食总产量只有二千七百七十四亿斤。经过努力，棉花产量达到了二千六百万担。"
    assert _at(s, "二千六百万担")["indicator"] == "棉花产量"
