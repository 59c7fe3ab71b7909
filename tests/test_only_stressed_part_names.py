"""A part a sentence stresses with 仅…就 or 单是…就 is named without the adverbs (仅一机部系统就试制成功了… → 一机部系统…).

仅X就… (only X alone already …) stresses that a part X did so much: 仅 heads the clause and is dropped as a frame word,
and 就 closes the part, no word of the name (``name_inner_verb_regex``; 就业, 就医, 就近, 成就 keep theirs). 单是 and 光是
head the clause as 仅 does. Each test is a sentence copied from the report named in its comment, or says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 1980
S1980 = ("机械工业，在调整服务方向、改变产品结构上，做了许多工作，仅一机部系统就试制成功了重要的新产品945种，"
         "是近十年来新产品品种增加最多的一年。")
# national work report 1956
S1956 = "单是铁道部门的基本建设就节减了预算支出２．４５亿元。"
# written: the shapes of a district's review
W_JOBS = "2019年，仅东华门街道就新增就业岗位300个。"
W_REVENUE = "2019年，全区仅文化产业就实现收入120亿元。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S1980, "945种", "一机部系统试制成功了重要的新产品"),
    (S1956, "２．４５亿元", "铁道部门的基本建设节减了预算支出"),
    (W_JOBS, "300个", "东华门街道新增就业岗位"),
    (W_REVENUE, "120亿元", "文化产业收入"),
])
def test_the_stressed_part_is_named_without_its_adverbs(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written: 就业 and 就医 are words of the name
    ("2019年，全区新增就业岗位300个。", "300个", "新增就业岗位"),
    ("2019年，全区异地就医直接结算1.2万人次。", "1.2万人次", "异地就医直接结算"),
])
def test_a_name_keeps_the_words_that_hold_jiu(text, printed, name):
    assert fact(text, printed)["indicator"] == name
