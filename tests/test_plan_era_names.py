"""Names and figures of the national work reports of 1954–1988, on verbatim sentences.

The plan-era reports print their figures in Chinese numerals and full-width digits and in the wording of their
time (``达到了``, ``六万万人民``); each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import warnings

import pytest

import dhcheng_analysis as dh


def facts(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)


def fact(text: str, printed: str) -> dict:
    """The fact whose figure starts inside the first ``printed`` of ``text``."""
    f = facts(text)
    at = text.index(printed)
    start = f["start"].to_numpy()
    hit = ((start >= at) & (start < at + len(printed))).nonzero()[0]
    assert len(hit) == 1, f[["raw_value", "indicator"]].to_string()
    return f.iloc[hit[0]].to_dict()


# -- an area named in the clause before a figure whose own clause names nothing --------------------------

def test_an_area_named_in_the_clause_before_names_the_figure():
    # national work report 1955
    text = "五年内，包括工厂厂房、工人职员宿舍、学校、医院等在内的房屋建筑面积，约有一亿五千万平方公尺。"
    f = fact(text, "一亿五千万平方公尺")
    assert f["indicator"].endswith("房屋建筑面积")
    assert (f["measure"], f["qualifier"], f["value"], f["unit"]) == ("level", "about", 150_000_000, "平方米")


def test_a_part_added_to_a_total_is_no_name_of_the_total():
    # national work report 1960: 加上原有的灌溉面积 adds a part; the total is not the area there was
    text = ("从一九五七年冬季开始，几千万人上阵，大修水利，两年共增加灌溉面积五亿五千万亩，"
            "加上原有的灌溉面积，共达十亿零七千万亩。")
    assert fact(text, "十亿零七千万亩")["indicator"] != "原有的灌溉面积"


def test_an_income_named_in_the_clause_before_names_the_figure():
    # national work report 1957
    text = "全国平均起来，每个农民一年的农业生产净收入，大约有70元左右，合到每个农户一年的收入大约有300左右。"
    f = fact(text, "70元")
    assert (f["indicator"], f["qualifier"], f["value"], f["unit"]) == ("每个农民一年的农业生产净收入", "about", 70, "元")


# -- 约有, 约达: about, with the verb between ------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "value"), [
    # national work report 1954
    ("我國在第一個五年計劃期間新建和改建的重大工業建設項目約有六百個，大家所知道的蘇聯協助我國建設的一百四十一個項目就是其中的骨幹。",
     "六百個", 600),
    # national work report 1955
    ("五年内，就业人数共增加约四百二十万人，工人职员的平均工资以货币计算约增长百分之三十三；国营企业和国家机关所支付的"
     "劳动保险基金、医药费、福利费和文化教育费将共达五十亿元以上；国家拨款为工人职员建筑的住宅，将约达四千六百万平方公尺。",
     "四千六百万平方公尺", 46_000_000),
    # national work report 2013
    ("去年价格上涨的翘尾影响约有1个百分点。", "1个百分点", 1),
])
def test_about_before_the_verb_of_a_figure(text, printed, value):
    f = fact(text, printed)
    assert (f["qualifier"], f["value"]) == ("about", value)
