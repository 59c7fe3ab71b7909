"""A sentence opening with a real-terms cue alone (扣除物价上涨因素，) speaks of every change in it in real terms, the
second and later ones too, not only the first one, whose clause follows the cue."""

from __future__ import annotations

import dhcheng_analysis as dh


def test_every_growth_of_a_sentence_opening_with_the_cue_is_real(work_reports):
    # national work report 1986
    said = "扣除物价上涨因素，这五年农民人均纯收入平均每年增长百分之十三点七，城镇职工家庭人均收入平均每年增长百分之六点九"
    for printed in ("百分之十三点七", "百分之六点九"):
        f = work_reports.fact_at(1986, said, printed)
        assert "real_terms" in f["flags"].split(";"), printed


def test_the_cue_opening_a_sentence_of_one_year_holds_for_its_second_income(work_reports):
    # national work report 1994
    f = work_reports.fact_at(1994, "农村居民人均纯收入增长百分之三点二", "百分之三点二")
    assert f["flags"] == "real_terms"


def test_a_cue_with_a_word_on_either_side_opens_the_sentence_too():
    # the 1986 shape as a district budget prints it (按…计算，): the part after 其中 is on the same basis
    f = dh.extract_facts("按同口径计算，一般公共预算收入增长5%，其中税收收入增长3%。")
    assert [flags.split(";") for flags in f["flags"]] == [["real_terms"], ["real_terms"]]


def test_a_growth_said_as_real_before_its_comparison_is_real(work_reports):
    # national work report 1992: 实际 before 比上年增长 says the growth is in real terms, as 实际增长 does
    f = work_reports.fact_at(1992, "社会商品零售总额实际比上年增长百分之十", "百分之十")
    assert f["flags"] == "real_terms"
    assert (f["comparator"], f["measure"], f["value"]) == ("上年", "yoy_pct", 10.0)


def test_a_growth_real_against_a_stated_year_in_a_written_sentence():
    # the 1992 shape against a year, as a district's report prints it
    f = dh.extract_facts("2021年，全区社会消费品零售总额实际比2020年增长8.5%。")
    assert f["flags"].tolist() == ["real_terms"]
