"""The glossary keys the tourism figures reports print: the visits received (接待游客), tourism revenue (旅游收入,
旅游综合收入), inbound arrivals (来华旅游入境总人数) and the foreign exchange inbound tourism earns (国际旅游业创汇); a
narrower phrase (A级景区接待游客: some sights only) keeps no key; and the generating capacity added printed without 发电
(新增装机容量), not the bare capacity (装机容量 after a station or project is that plant's), nor the bare verb 装机 (what is
installed in a year, or the stock). Each sentence is copied from the text named in its comment."""

from __future__ import annotations

import pytest
from _sentences import fact

import dhcheng_analysis.vocab as vocab


@pytest.mark.parametrize(("text", "printed", "key"), [
    # national work report 1988
    ("１９８７年来华旅游入境总人数达到２６９０万人次，创汇１８．４亿美元，分别为１９８２年的３．４倍和２．２倍，"
     "增进了国际社会对中国的了解和中国人民同各国人民的友谊。", "２６９０万人次", "inbound_tourist_arrivals"),
    # national work report 1997
    ("国际旅游业创汇超过１００亿美元。", "１００亿美元", "international_tourism_receipts"),
    # tests/gold/constructed/shunyi_2022_fy
    ("全年接待游客约1520万人次，旅游综合收入不足90亿元。", "1520万人次", "tourist_visits"),
    ("全年接待游客约1520万人次，旅游综合收入不足90亿元。", "90亿元", "tourism_revenue"),
    # tests/gold/constructed/wuhou_2023_h1
    ("接待游客2860万人次，实现旅游收入312.4亿元，同比分别增长36.5%和41.2%。", "41.2%", "tourism_revenue"),
])
def test_tourism_figures_are_keyed(text, printed, key):
    assert fact(text, printed)["indicator_key"] == key


@pytest.mark.parametrize("phrase", ["A级景区接待游客", "草莓文化节期间接待游客", "创汇"])
def test_narrower_or_ownerless_tourism_phrases_keep_no_key(phrase):
    assert vocab.indicator_key(phrase) == ""


def test_capacity_added_printed_without_its_kind_of_power_is_keyed():
    # national work report 1993: 装机容量 is generating capacity, as 发电装机容量 prints it
    assert fact("大力发展电力工业，五年新增装机容量６５００万千瓦。", "６５００万千瓦")["indicator_key"] == "power_capacity_added"


@pytest.mark.parametrize(("phrase", "key"), [("新增装机容量", "power_capacity_added"), ("发电装机容量", "power_capacity"),
                                             ("装机容量", ""), ("新增装机", ""), ("新增光伏装机容量", ""), ("装机", "")])
def test_capacity_phrases_key_only_the_whole_concept(phrase, key):
    assert vocab.indicator_key(phrase) == key
