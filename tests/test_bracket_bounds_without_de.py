"""The bounds of a bracket a tax relief applies to are no figures, whether 部分 follows them with 的 or without it.
Sentences copied verbatim from the national work reports (year in the comment)."""

from __future__ import annotations

from _sentences import facts

# national work report 2022
BRACKET_2022 = "对小微企业年应纳税所得额100万元至300万元部分，再减半征收企业所得税。"


def test_both_bounds_of_a_bracket_printed_without_de_are_no_figures():
    assert facts(BRACKET_2022).empty


def test_a_range_followed_by_a_comma_and_an_adverb_bufen_is_still_read():
    # a regression fixture written here, not a real sentence: 部分 after a comma is no bracket of the range
    f = facts("全区财政收入100万元至300万元，部分用于民生。")
    assert list(f["raw_value"]) == ["100", "300"]
