"""Aliases of glossary concepts printed as a 强度 (二氧化碳排放强度, R&D投入强度), and a quantity per head named by
its owner with 的 (人均农民的纯收入, as 农民的纯收入，全国平均每人达到… names it), read as the glossary's concept.

Each sentence is copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis.vocab import indicator_key

# national work report 2015
S2015 = "今年，二氧化碳排放强度要降低3.1%以上，化学需氧量、氨氮排放都要减少2%左右，二氧化硫、氮氧化物排放要分别减少3%左右和5%左右。"
# national work report 1985
S1985 = ("据国家统计局的抽样调查，去年全国城镇居民家庭平均每人可用于生活费的收入达到六百零八元，扣除物价上涨因素，"
         "比上年增长１２．５％；农民的纯收入，全国平均每人达到三百五十五元，比上年增长１４．７％。")
# tests/gold/constructed/xuhui_2022_q1q3 (constructed fixture)
SXUHUI = "全社会R&D投入强度4.5%，比上年提高0.3个百分点。"


@pytest.mark.parametrize(("text", "printed", "key", "value"), [
    (S2015, "3.1%", "co2_intensity", -3.1),
    (S1985, "三百五十五元", "rural_per_capita_net_income", 355.0),
    (S1985, "１４．７％", "rural_per_capita_net_income", 14.7),
    (SXUHUI, "4.5%", "rd_intensity", 4.5),
])
def test_keyed_as_the_glossary_concept(text, printed, key, value):
    f = fact(text, printed)
    assert (f["indicator_key"], f["value"]) == (key, value)


@pytest.mark.parametrize(("phrase", "key"), [
    ("碳排放强度", "co2_intensity"),
    ("人均农民的纯收入", "rural_per_capita_net_income"),
    ("人均农民从集体分得的收入", ""),  # 1980: the income from the collective, no glossary concept
    ("人均的纯收入", ""),
])
def test_phrases(phrase, key):
    assert indicator_key(phrase) == key
