"""A clause of years gone by, printed after a plan word of its sentence (第一个五年合计将达到…，而旧中国…从1900年到1948年，
49年合计的钢产量不过七百六十万吨), tells an outcome: the plan word does not reach it. A year still under way (确定2020年
实施…任务 in a report of the first half of 2020) or the plan's own time printed in its clause (原定…) is no such time.
"""

from __future__ import annotations

from _sentences import MIDYEAR_HEAD, fact_at

TITLE_2021 = "2021年政府工作报告\n"  # the title of a district's work report of 2021, reviewing 2020


def test_a_span_of_old_china_after_a_plan_word_is_an_outcome(work_reports):
    # 1957.txt
    s = "以钢的产量来说，第一个五年合计将达到一千六百三十万吨，而旧中国包括日本侵略时候的东北在内，从1900年到1948年，49年合计的钢产量不过七百六十万吨。"
    assert work_reports.fact_at(1957, s, "一千六百三十万吨")["status"] == "target"
    got = work_reports.fact_at(1957, s, "七百六十万吨")
    assert (got["status"], got["period"]) == ("actual", "1900-1948年")


def test_a_year_reviewed_after_a_plan_word_is_an_outcome():
    # (written in the reports' style)
    s = TITLE_2021 + "力争全区地区生产总值增长6%，而2019年增长5.5%。"
    assert fact_at(s, "6%")["status"] == "target"
    assert (fact_at(s, "5.5%")["status"], fact_at(s, "5.5%")["period"]) == ("actual", "2019年")


def test_the_year_under_way_of_a_midyear_report_stays_planned():
    # (written in the reports' style, after data/dongcheng_2020_h1.txt: 确定2020年实施425条背街小巷提升任务)
    s = MIDYEAR_HEAD.replace("2021", "2020") + "对照三类标准，确定2020年实施425条背街小巷提升任务。"
    assert fact_at(s, "425条")["status"] == "target"
