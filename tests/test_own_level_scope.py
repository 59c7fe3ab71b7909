"""本级 (区本级, 市本级, 中央本级): a budget's own level, without the levels below it, is the scope of its figures.

Sentences copied from the real excerpt minhang_sh_2022_h1_budget and the national work reports of 2021 and 2022.
"""

from __future__ import annotations

import pytest
from _sentences import fact

MINHANG = ("2.区本级一般公共预算收支决算情况 区本级一般公共预算财力249.2亿元(含市拨专款54.5亿元),加上年结转收入6.9亿元、"
           "地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.1亿元,收入总量为298亿元。"
           "区本级一般公共预算支出228.6亿元,加中央、市专款区对镇")


@pytest.mark.parametrize(("text", "printed", "indicator", "scope"), [
    (MINHANG, "249.2亿元", "区本级一般公共预算财力", "区本级"),
    (MINHANG, "228.6亿元", "区本级一般公共预算支出", "区本级"),
    ("基础研究是科技创新的源头，要健全稳定支持机制，大幅增加投入，中央本级基础研究支出增长10.6%，落实扩大经费使用自主权政策。",
     "10.6%", "中央本级基础研究支出", "中央本级"),
    ("今年安排中央本级支出增长3.9%，其中中央部门支出继续负增长。", "3.9%", "中央本级支出", "中央本级"),
])
def test_the_own_level_of_a_budget_is_the_scope(text: str, printed: str, indicator: str, scope: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["scope"]) == (indicator, scope)


def test_a_part_in_brackets_from_another_level_takes_no_own_level() -> None:
    # 市拨专款: money the city gives, counted in the district's own 财力
    f = fact(MINHANG, "54.5亿元")
    assert (f["indicator"], f["scope"], f["relation"]) == ("市拨专款", "", "part")
