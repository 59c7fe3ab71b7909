"""Parts, bases and periods of the headline figures of district reports.

A 其中 that opens a ``；`` item breaks down the total of the item before it: the growths after it are parts of
that total's growth (固定资产投资…同比增长4.3%…;其中高技术产业投资增长1.2倍 → under the 4.3%), while a 其中 inside
a later item breaks down that item only. A change computed at constant prices, 按不变价计算 as 按不变价格计算
and 按可比价格计算, is flagged ``real_terms``. The sentence of the constant prices is copied from the real
report named in its comment; no real text at hand prints a 其中 opening a ``；`` item before growths with no level,
so those sentences are written (the constructed reports of tests/gold/constructed). A year printed with 年度
is the year, as a period: 2020年度 → 2020年, as the same figure printed after another word is dated.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

# written: the constructed Haidian report of the first three quarters of 2022 (tests/gold/constructed)
HAIDIAN_Q3 = ("全社会固定资产投资完成486.2亿元,同比增长4.3%,比2020年同期增长18.7%;其中高技术产业投资增长1.2倍,"
              "基础设施投资同比下降9.8%,降幅比上半年收窄5.2个百分点;房地产开发投资降幅收窄至3.6%。")
# written: the constructed Chaoyang report of the plan of 2021, reviewing 2020 (tests/gold/constructed)
CHAOYANG_FY = ("全社会固定资产投资完成1102.6亿元，比上年增长3.1%，完成年度计划的100.2%；其中基础设施投资完成286.4亿元，"
               "增长14.7%，房地产开发投资下降5.3%。")
# Chaoyang district, report of the first half of 2018 (tests/gold/real/texts/chaoyang_2018_h1.txt)
CHAOYANG_H1 = "上半年GDP实现2806.8亿元,按不变价计算,同比增长6.5%。一般公共预算收入完成285.4亿元,同比增长3.3%。"

# Xicheng district, the key tasks of 2020 and how they were done (tests/gold/real/texts/xicheng_2020_keytasks.txt)
XICHENG_TASKS = ("经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值增速由年初设定的6%左右调整为"
                 "正增长(此调整方案已于2020年12月22日经区第十六届人大常委会第42次会议审议通过)。"
                 "2020年度地区生产总值初步核算数50610595万元,增幅-1.1%。")


def _parent_value(text: str, printed: str, within: str = "") -> str:
    f = facts(text)
    row = fact(text, printed, within)
    assert row["relation"] == "part", row
    return f.loc[f["fact_id"] == row["parent_id"], "raw_value"].item()


@pytest.mark.parametrize(("text", "printed", "within", "total"), [
    (HAIDIAN_Q3, "1.2倍", "", "4.3"),
    (HAIDIAN_Q3, "9.8%", "", "4.3"),
    (CHAOYANG_FY, "14.7%", "", "3.1"),
    (CHAOYANG_FY, "5.3%", "", "3.1"),
])
def test_growth_after_a_semicolon_and_其中_is_a_part_of_the_item_before(text: str, printed: str, within: str,
                                                                        total: str) -> None:
    assert _parent_value(text, printed, within) == total


def test_a_change_of_the_item_after_the_parts_is_none() -> None:
    # the growth of 房地产开发投资 in the item after the one 其中 opens is no part
    assert fact(HAIDIAN_Q3, "3.6%")["parent_id"] == ""


def test_constant_prices_without_格_is_real_terms() -> None:
    assert "real_terms" in fact(CHAOYANG_H1, "6.5%")["flags"].split(";")
    assert "real_terms" not in fact(CHAOYANG_H1, "3.3%")["flags"].split(";")



@pytest.mark.parametrize("printed", ["50610595万元", "-1.1%"])
def test_a_year_printed_with_年度_is_the_year(printed: str) -> None:
    assert fact(XICHENG_TASKS, printed, "初步核算数50610595万元,增幅-1.1%")["period"] == "2020年"
