"""A future word before a move from one level to another (将由…上升为…, 将由…提高为…) makes the level reached a plan,
whether the move ends with 到, 至 or 为; the level moved from stays what it was. The national sentence is copied
verbatim from the report named in its comment; the district sentence is a written regression fixture in the frame
of a mid-year report."""

from __future__ import annotations

from _sentences import MIDYEAR_HEAD, fact


def test_a_national_share_the_future_raises_to_is_a_plan(work_reports):
    # 1954
    s = "生産資料的産值在工業總産值中的比重，在一九五四年將由一九四九年的百分之二十八點八上升爲百分之四十二點三。"
    reached = work_reports.fact_at(1954, s, "百分之四十二點三")
    base = work_reports.fact_at(1954, s, "百分之二十八點八")
    assert (reached["status"], reached["period"]) == ("target", "一九五四年")
    assert (base["status"], base["period"]) == ("actual", "一九四九年")


def test_a_district_rate_the_future_raises_to_is_a_plan():
    s = "全区研发投入强度将由2020年的5.2%提高为5.5%。"
    assert fact(MIDYEAR_HEAD + s, "5.5%", s)["status"] == "target"
    assert fact(MIDYEAR_HEAD + s, "5.2%", s)["status"] == "actual"
