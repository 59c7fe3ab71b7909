"""A span of years is no name (四年中间, 在这四年中间), and a sentence that opens with one and then its verb
(在四年中间，提高了将近37%) goes on with the subject of the sentence before, as one opening with its verb does
(达到了…; 两年平均每年增长…)."""

from __future__ import annotations

from dhcheng_analysis.facts import clean_name


def test_a_span_with_its_middle_word_is_no_name():
    assert clean_name("在四年中间") == ""
    assert clean_name("在这四年中间") == ""


def test_a_sentence_opening_with_a_span_and_its_verb_goes_on_with_the_subject_before(work_reports):
    # 1957.txt: 1952年全国职工年平均工资是每人446元，1956年提高到610元。在四年中间，提高了将近37%。
    got = work_reports.fact_at(1957, "在四年中间，提高了将近37%。", "37%")
    assert (got["indicator"], got["measure"], got["qualifier"], got["period"]) == (
        "全国职工年平均工资", "change_pct", "nearly", "1953-1956年")
