"""A paragraph opening with a word of the present (当前，近来，最近，目前的…) speaks of now, not of the span of years a
review frame opened before it (五年来，过去五年): it ends that frame, so its figures and those of the paragraphs after
it take no period from the span (a share of a stock, a hypothetical cut, a count of refugees). The frame's own
paragraphs keep the span; a sentence of theirs opening with 现在 counts what stands at the span's end. Read on the national work report of 1988 (关于外交工作)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("phrase", "printed"), [
    # national work report 1988: after 近来，东西方关系有了某些改善…
    ("拥有世界核武器总量９７％以上的美苏两国", "９７％"),
    ("它们拥有的核武器仍然占全世界核武器的９０％以上", "９０％"),
    # national work report 1988: after 最近，阿富汗问题的政治解决有了某种进展。
    ("看到数百万阿富汗难民能够安全地返回家园", "数百万"),
])
def test_a_present_paragraph_takes_no_period_from_the_span(work_reports, phrase, printed):
    assert work_reports.fact_at(1988, phrase, printed)["period"] == ""


def test_a_hypothetical_cut_after_a_present_paragraph_is_no_change_over_the_span(work_reports):
    # national work report 1988: 美苏即使削减了５０％的战略核武器，…
    f = work_reports.fact_at(1988, "美苏即使削减了５０％的战略核武器", "５０％")
    assert (f["period"], f["comparator"]) == ("", "")
    assert "multi_year" not in f["flags"]


@pytest.mark.parametrize(("phrase", "printed"), [
    # national work report 1988: 五年来，我国主要领导人访问了４６个国家，… (the frame's own paragraph)
    ("五年来，我国主要领导人访问了４６个国家", "４６个"),
    ("我们接待了来自８９个国家的元首和政府首脑", "８９个"),
])
def test_the_span_frame_own_paragraph_keeps_the_span(work_reports, phrase, printed):
    assert work_reports.fact_at(1988, phrase, printed)["period"] == "1983-1987年"


@pytest.mark.parametrize(("phrase", "printed"), [
    # national work report 1988, in the paragraph 五年来，…: a sentence opening with 现在 counts what stands now, at the
    # span's end, each stock of it (the second has no verb of reaching of its own)
    ("同我国建交的国家已经达到１３５个", "１３５个"),
    ("有经济贸易关系的国家和地区１７８个", "１７８个"),
])
def test_a_sentence_opening_with_now_under_a_span_is_of_its_last_year(work_reports, phrase, printed):
    assert work_reports.fact_at(1988, phrase, printed)["period"] == "1987年"
