"""A whole (总收入) after a run of changes of one quantity whose name is carried is that quantity's whole.

一九八三年国内财政收入增加…，一九八四年增加…，一九八五年增加…，全年总收入达到… names, after the growth of each
year, the revenue the growths are of: 总收入 is the domestic fiscal revenue's total of the year, not a total of no
owner. A part named in the clause before (非税收入增长5%，总收入达到…) lends no owner: the total is the whole the
part belongs to, which the sentence does not name.
"""

from __future__ import annotations

from _sentences import MIDYEAR_HEAD as HEAD
from _sentences import fact

# national work report 1986
S1986 = ("一九八三年国内财政收入增加一百二十七亿元，一九八四年增加二百五十五亿元，一九八五年增加三百六十二亿元，"
         "全年总收入达到一千八百二十九亿元，实现了收支平衡。")


def test_the_total_after_the_years_growths_is_the_revenue_grown() -> None:
    f = fact(S1986, "一千八百二十九亿元")
    assert (f["indicator"], f["indicator_key"], f["measure"], f["period"]) == (
        "国内财政收入", "domestic_fiscal_revenue", "level", "一九八五年")


def test_the_growths_keep_their_years() -> None:
    f = fact(S1986, "三百六十二亿元")
    assert (f["indicator"], f["measure"], f["period"]) == ("国内财政收入", "abs_change", "一九八五年")


def test_a_part_named_in_its_clause_lends_no_owner() -> None:
    # written
    f = fact(HEAD + "非税收入增长5%，总收入达到50亿元。\n", "50亿元")
    assert f["indicator"] == "总收入"
