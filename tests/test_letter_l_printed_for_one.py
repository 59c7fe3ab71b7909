"""A Latin ``l`` printed for the digit 1 inside a figure is read as 1.

A copied or scanned text sometimes holds the letter ``l`` where the page prints the digit 1
(再就业补助资金25l亿元). Right after a digit and before a digit or a magnitude (万, 亿, 元, %), the
letter is read as 1, so the figure is whole; a letter after a name's digit or among letters stays
a letter (甲型HlN1流感, H1l). The first sentence is copied from the national work report named in its
comment; the others are written fixtures.
"""

from __future__ import annotations

from _sentences import fact, facts

from dhcheng_analysis.numbers import normalize

S2006 = "中央财政今年安排再就业补助资金25l亿元，比上年增加42亿元。"


def test_an_amount_printed_with_a_letter_l_for_one() -> None:
    # national work report 2006
    f = fact(S2006, "25l亿元")
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == ("中央财政再就业补助资金", "level", 2.51e10, "元")
    assert fact(S2006, "42亿元")["measure"] == "abs_change"


def test_the_letter_keeps_the_offsets_and_reads_between_digits() -> None:
    # written fixtures: same length, l read as 1 only between a digit and a digit or a magnitude
    for printed, read in [("25l亿元", "251亿元"), ("增长2l.5%", "增长21.5%"), ("1l%", "11%")]:
        assert normalize(printed) == read
    for kept in ["甲型HlN1流感", "型号H1l亿", "5l装", "html"]:
        assert normalize(kept) == kept


def test_a_name_with_the_letter_gives_no_figure() -> None:
    # written fixture
    assert facts("加强甲型HlN1流感防控。").empty
