"""A bare measure whose own name ends with an owner's ending (营业收入: 营 + 业 + 收入) owns nothing after it.

营业收入450亿元,利润总额25亿元 names the revenue and the profit of whatever the text said before (规模以上服务业
企业): the profit is 利润总额, not 营业利润总额, and in a 分别 list of their growths the revenue stays 营业收入 (not
营业营业收入). An owner printed before the revenue still owns both (国有企业营业收入…,利润总额… → 国有企业利润总额).
No national report or real excerpt prints the shape bare; statistical bulletins of districts do, so the sentences
are written regression fixtures.
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD as HEAD
from _sentences import fact


# written
@pytest.mark.parametrize(("sentence", "printed", "name"), [
    ("实现营业收入450亿元,利润总额25亿元。", "25亿元", "利润总额"),
    ("营业收入450亿元,利润总额25亿元,分别增长6.5%和3.2%。", "25亿元", "利润总额"),
    ("营业收入450亿元,利润总额25亿元,分别增长6.5%和3.2%。", "6.5%", "营业收入"),
    ("营业收入450亿元,利润总额25亿元,分别增长6.5%和3.2%。", "3.2%", "利润总额"),
    ("全区规模以上服务业企业236家。实现营业收入450亿元,利润总额25亿元,分别增长6.5%和3.2%。", "6.5%", "营业收入"),
])
def test_a_bare_measure_lends_no_owner(sentence: str, printed: str, name: str) -> None:
    assert fact(HEAD + sentence + "\n", printed)["indicator"] == name


# written: an owner printed before the measure is still carried to the next one
@pytest.mark.parametrize(("sentence", "printed", "name"), [
    ("国有企业营业收入450亿元,利润总额25亿元。", "25亿元", "国有企业利润总额"),
    ("全区规模以上工业企业实现营业收入450亿元,利润总额25亿元,分别增长6.5%和3.2%。", "3.2%", "规模以上工业企业利润总额"),
    ("住宿和餐饮业恢复加快,上半年营业额同比增长61.6%,利润总额增长5%。", "5%", "住宿和餐饮业利润总额"),
])
def test_a_printed_owner_is_still_carried(sentence: str, printed: str, name: str) -> None:
    assert fact(HEAD + sentence + "\n", printed)["indicator"] == name
