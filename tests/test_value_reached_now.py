"""The value a move reaches ``到现在的`` or ``到目前的`` is of the time the report speaks from: in a review, the
year reviewed (``企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元`` in 2013 → ``2012年``), whatever
span frames the sentence; a count of one the move starts from (``从一个月以上压缩到…``) is its A, a figure, and the
words ``到目前的`` are no part of B's name. Read on the bundled work reports (year in the comment)."""

from __future__ import annotations


def test_a_value_raised_to_the_present_is_of_the_year_reviewed(work_reports):
    # national work report 2013
    phrase = "企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元"
    assert work_reports.fact_at(2013, phrase, "1721元")["period"] == "2012年"
    assert work_reports.fact_at(2013, phrase, "700元")["period"] == "2004年"


def test_a_value_cut_to_the_present_under_a_span_is_of_the_year_reviewed(work_reports):
    # national work report 2023, under 过去五年
    phrase = "企业开办时间从一个月以上压缩到目前的平均4个工作日以内"
    f = work_reports.fact_at(2023, phrase, "4个工作日")
    assert (f["period"], f["qualifier"]) == ("2022年", "at_most")


def test_a_count_of_one_a_move_starts_from_is_its_a(work_reports):
    # national work report 2023: 从一个月以上 is the A of the move, a figure (一 alone is none elsewhere)
    phrase = "企业开办时间从一个月以上压缩到目前的平均4个工作日以内"
    f = work_reports.fact_at(2023, phrase, "一个月")
    assert (f["indicator"], f["value"], f["raw_unit"], f["qualifier"]) == ("企业开办时间", 1.0, "个月", "at_least")
    assert "from_value" in f["flags"]
    assert work_reports.fact_at(2023, phrase, "4个工作日")["indicator"] == "企业开办时间"
