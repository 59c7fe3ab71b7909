"""Readings left open by earlier passes over the texts (a thirteenth pass).

Written: a part after 其中 printed as its use alone (其中用于农村基础设施建设近3000亿元, in the 2008 national work report;
…用于地方增加机关事业单位职工工资1755亿元, in the 2003 one) is the money its total spends put to that use, named by who
spends it and the noun of that money as the total's name prints them (中央财政用于农村基础设施建设的支出), not by the use
alone. A clause of no figure that names a quantity and says it grows fast (全区投资增长较快, 社会消费品零售额增长较快)
names the amount the next clause completes or reaches (上半年完成50亿元), as 稳步增长 does.
"""

from __future__ import annotations

from _sentences import fact

# -- a part after 其中 printed as its use alone: the total's money put to that use ---------------------------------


def test_a_part_printed_as_its_use_is_the_money_of_its_total() -> None:
    text = ("大幅度增加对农业农村投入，中央财政用于“三农”的支出五年累计1.6万亿元，其中用于农村基础设施建设近3000亿元，"
            "地方也较多增加了投入。")
    got = fact(text, "3000亿元")
    assert (got["indicator"], got["measure"], got["qualifier"]) == ("中央财政用于农村基础设施建设的支出", "level", "nearly")


def test_a_part_printed_as_its_use_takes_the_last_money_noun_of_its_total() -> None:
    text = ("除税收返还和体制性补助外，中央对地方转移支付总额由1997年的664亿元增加到2002年的4025亿元，五年共计12319亿元，"
            "其中用于地方“两个确保”和“低保”的资金1777亿元，用于地方增加机关事业单位职工工资1755亿元。")
    assert fact(text, "1755亿元")["indicator"] == "用于地方增加机关事业单位职工工资的转移支付"
    assert fact(text, "1777亿元")["indicator"] == "用于地方“两个确保”和“低保”的资金"  # (a noun of its own: kept)


def test_a_district_part_printed_as_its_use() -> None:
    got = fact("全区教育支出50亿元，其中用于学前教育18亿元。", "18亿元")
    assert got["indicator"] == "用于学前教育的支出"


# -- a clause naming a quantity that grows fast: the subject of the amount after it ------------------------------


def test_a_quantity_said_to_grow_fast_names_the_amount_after_it() -> None:
    got = fact("全区投资增长较快，上半年完成50亿元。", "50亿元")
    assert (got["indicator"], got["measure"], got["period"]) == ("投资", "level", "上半年")
    got = fact("社会消费品零售额增长较快，上半年实现80亿元。", "80亿元")
    assert got["indicator"] == "社会消费品零售额"
    got = fact("财政收入增长较快，全年达到50亿元。", "50亿元")
    assert (got["indicator"], got["period"]) == ("财政收入", "全年")
