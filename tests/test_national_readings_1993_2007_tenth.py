"""A tenth pass of readings of figures in the State Council work reports, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the whole a share is of when a clause before it (在X中，) names that whole once for all its parts.
"""

from __future__ import annotations

# -- a clause 在X中， before shares names the whole they are of ---------------------------------------------------------


def test_shares_after_a_clause_naming_their_whole_are_of_that_whole(work_reports):
    # 1955: the two shares of the industrial construction investment
    phrase = "按照第一个五年计划的规定，在工业基本建设投资中，制造生产资料工业的投资占百分之八十八点八；制造消费资料工业的投资占百分之十一点二。"
    f = work_reports.fact_at(1955, phrase, "百分之八十八点八")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("制造生产资料工业的投资", "rate_pct", "工业基本建设投资")
    f = work_reports.fact_at(1955, phrase, "百分之十一点二")
    assert (f["indicator"], f["comparator"]) == ("制造消费资料工业的投资", "工业基本建设投资")


def test_shares_that_move_after_a_clause_naming_their_whole_are_of_that_whole(work_reports):
    # 1983: both ends of each move are shares of the gross output of industry and agriculture
    phrase = ("在工农业总产值中，农业所占比重由一九七八年的百分之二十七点八提高到一九八二年的百分之三十三点六，"
              "轻工业所占比重由百分之三十一点一提高到百分之三十三点四。")
    for printed in ("百分之二十七点八", "百分之三十三点六", "百分之三十一点一", "百分之三十三点四"):
        f = work_reports.fact_at(1983, phrase, printed)
        assert (f["measure"], f["comparator"]) == ("rate_pct", "工农业总产值"), printed


def test_a_share_of_a_bare_place_takes_the_whole_its_frame_names(work_reports):
    # 1997: 占全国的 says only where the whole is; the frame says what it is (the investment in new key projects)
    f = work_reports.fact_at(1997, "在新开工的国家重点项目投资总额中，中西部地区占全国的４３％以上。", "４３")
    assert (f["measure"], f["qualifier"], f["comparator"]) == ("rate_pct", "at_least", "新开工的国家重点项目投资总额")
