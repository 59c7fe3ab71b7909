"""The urban residents receiving the minimum living allowance (城市低保对象) are a series the work reports print year
after year, under the names the extractor gives them: the coverage from the year's start to its end (城市居民最低生活
保障的覆盖人数) and the residents who receive it (得到最低生活保障的城市居民). Both are keyed as one concept, in persons;
the allowance's standard, the rural recipients and urban and rural recipients together stay apart.
Each sentence is quoted verbatim from the report named in its comment.
"""

from __future__ import annotations

from _sentences import fact_at

from dhcheng_analysis.vocab import indicator_key

# national work report 2002 (full-width digits as printed)
_COVERAGE_2002 = "城市居民最低生活保障的覆盖人数，由年初的４００多万人扩大到年末的１１２０多万人。"
# national work report 2004
_RECIPIENTS_2004 = "全国2235万城市居民得到最低生活保障。"


def test_the_coverage_from_the_years_start_to_its_end_is_keyed():
    start, end = fact_at(_COVERAGE_2002, "４００多万人"), fact_at(_COVERAGE_2002, "１１２０多万人")
    assert (start["indicator_key"], start["value"], start["unit"]) == ("urban_dibao_recipients", 4e6, "人")
    assert (end["indicator_key"], end["value"], end["unit"]) == ("urban_dibao_recipients", 1.12e7, "人")


def test_the_residents_who_receive_it_are_keyed():
    f = fact_at(_RECIPIENTS_2004, "2235万")
    assert (f["indicator"], f["indicator_key"], f["value"]) == ("得到最低生活保障的城市居民", "urban_dibao_recipients",
                                                               2.235e7)


def test_the_recipients_keep_apart_from_the_standard_and_the_wider_and_rural_counts():
    assert indicator_key("城市低保标准") == "urban_dibao_standard"
    assert indicator_key("低保对象") == ""  # urban and rural, in a county most of them rural
    assert indicator_key("享受了农村最低生活保障的农民") == ""
    assert indicator_key("城乡居民最低生活保障救助人数") == ""


def test_the_urban_recipients_as_district_reports_name_them_are_keyed():
    # district and city reports name the urban recipients 城镇 as often as 城市, as the standard's row does
    assert indicator_key("城镇低保对象") == indicator_key("城镇居民最低生活保障对象") == "urban_dibao_recipients"
    assert indicator_key("城镇低保标准") == "urban_dibao_standard"
    assert indicator_key("城乡低保对象") == ""
