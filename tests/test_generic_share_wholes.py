"""The whole of a share that prints only the kind of its total is that total.

"税收收入15348万元,占收入的89.99%": 收入 names no revenue of its own; the share is of the total that the tax
revenue's level is a part of (the 大口径财政收入 the breakdown 从收入结构看 divides), so that total names it. The
rule reads 收入 and 支出 only, and only when the total's name ends with the word printed. Each test is a sentence
copied from the report named in its comment, unless it says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# Lintao County budget execution, February 2024: its first sentences of 1-2月, the 从征收部门看 one between left out
S_LINTAO = ("1-2月,全县实现大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%,较上年同期增收2113万元,"
            "增长14.14%。从收入结构看:税收收入15348万元,占收入的89.99%,同比增收1316万元,增长9.38%;非税收入1708万元,"
            "占收入的10.01%,同比增收797万元,增长87.49%。从层级看:上划中央收入7716万元,占收入的45.24%,同比增收1417万元,"
            "增长22.5%。")


@pytest.mark.parametrize("printed", ["89.99%", "10.01%", "45.24%"])
def test_generic_whole_is_the_total_broken_down(printed: str) -> None:
    assert fact(S_LINTAO, printed)["comparator"] == "大口径财政收入"


def test_generic_whole_without_a_total_stays() -> None:
    # written: a share whose level is part of no total keeps the word printed
    text = "税收收入15348万元,占收入的89.99%。"
    assert fact(text, "89.99%")["comparator"] == "收入"
