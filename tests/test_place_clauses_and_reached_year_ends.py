"""A clause of the places or kinds a list of figures holds in, a year's end a perfective verb reached, and a
whole-year word held past a semicolon; a name after 赶上了.

Each sentence is copied verbatim from the national work report named in the comment above it
(``/work/shared/corpus/national_work_reports``).
"""

from __future__ import annotations

import pytest
from _sentences import fact
from _work_reports import WorkReports


@pytest.fixture(scope="module")
def reports():
    return WorkReports()


# 1960
YIELDS = "全国农业发展纲要要求：从一九五六年开始，在十二年内，粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤。"


@pytest.mark.parametrize("printed", ["四百斤", "五百斤", "八百斤"])
def test_a_clause_opened_by_zai_names_no_figure_of_the_list_after_it(printed):
    # the yields of the grain named before the places, not of 不同的地区
    f = fact(YIELDS, printed)
    assert (f["indicator"], f["unit"], f["status"], f["period"]) == ("粮食每亩平均年产量", "斤", "target", "十二年内")


def test_a_zai_clause_naming_a_measure_still_names_it():
    # 1955: the share the 在 clause names (not the farm households before it)
    text = "到一九五七年，参加现有的初级形式的农业生产合作社的农户，在全国农户总数中的比重，将达到三分之一左右。"
    assert fact(text, "三分之一")["indicator"] == "参加现有的初级形式的农业生产合作社的农户在全国农户总数中的比重"


def test_a_year_end_a_perfective_verb_reached_is_no_time_to_reach(reports):
    # 1960 (a report whose years are read from its text): what was spread by the end of the year reviewed
    f = reports.fact_at(1960, "到一九五九年底共推广了各种改良农具和半机械化农具五亿二千多万件", "五亿二千多万件")
    assert (f["status"], f["period"], f["value"]) == ("actual", "一九五九年底", 520000000.0)


def test_a_whole_year_word_held_past_a_semicolon_takes_the_year_printed_with_it():
    # 1960: the households counted in the year the sentence opens with, not a bare 全年
    text = ("一九五九年全年养猪二亿七千万头，年底存栏一亿八千万头；全国一亿二千万农户，按年底存栏数平均每户一头半，"
            "按全年饲养量平均每户两头以上，提前达到了纲要要求在一九六二年达到的标准。")
    assert fact(text, "一亿二千万")["period"] == "一九五九年"
    assert fact(text, "一亿八千万")["period"] == "一九五九年底"


def test_a_level_caught_up_with_is_named_without_the_verb():
    # 1960: the income of the well-to-do middle peasants, as 超过 or 高于 before a name is no part of it
    text = ("除了税收、公积金、公益金和各项生产费用以外，按全国农村人口平均，一九五九年每人收入八十五元左右，"
            "赶上了农业合作化以前富裕中农的平均收入水平（每人八十元），提前达到了纲要要求在一九六二年前后达到的目标。")
    assert fact(text, "八十元")["indicator"] == "农业合作化以前富裕中农的平均收入水平"
