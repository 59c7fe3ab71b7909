"""A bare measure of units (从业人员, 床位, 注册资本, 专任教师) right after a count of those units is theirs.

A bulletin or a report counts units and goes on with a measure of theirs in the next clause, naming only the
measure: 全区规上工业企业86家，从业人员2.3万人. The measure is the units' (规上工业企业从业人员), as 营业收入 or 在校学生
after a count of firms or schools already is; schools named 中小学 or 幼儿园 own their pupils as 学校 do. The first
sentence is of the constructed Xicheng report the tests carry; the others are written in the form of a district's
statistical bulletin and are no verbatim quotation.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    # constructed Xicheng 2020 H1 report (tests/gold/constructed)
    ("金融街区域新引进金融机构34家,其中法人金融机构9家,注册资本合计约420亿元。", "420亿元", "法人金融机构注册资本"),
    # written
    ("全区规上工业企业86家，从业人员2.3万人。", "2.3万人", "规上工业企业从业人员"),
    ("全区共有养老机构12家，床位1860张。", "1860张", "养老机构床位"),
    ("全区共有医疗卫生机构320个，床位5600张，卫生技术人员8200人。", "5600张", "医疗卫生机构床位"),
    ("全区共有中小学32所，在校学生4.2万人。", "4.2万人", "中小学在校学生"),
])
def test_bare_measure_after_a_count_is_the_units(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"]) == (name, "level")

