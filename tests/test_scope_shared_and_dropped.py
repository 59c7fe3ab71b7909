"""The scope of a figure that its name does not print as a level word, on verbatim sentences of real reports.

A shared tax's part a level keeps, printed in brackets after the tax's name (增值税收入(50%部分)), is the scope of
every figure of its clause: the amount, its completion and its growth are of that part, not of the whole tax.
A level word heading a name the glossary matches without it (地方财政收入 → 一般公共预算收入) is kept as the scope,
as the fiscal scopes print it (地方级); a glossary name that holds the word itself (地方政府专项债券) keeps it as a
kind, with no scope, and a place word (全区) is no level.
Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# shangcheng_hz_2022_h1_budget (Hangzhou, 上城区 budget report 2022)
SHANGCHENG_VAT = "1、增值税收入(50%部分)672890万元,完成预期的94.7%,增长6.2%;"
SHANGCHENG_CIT = "2、企业所得税收入(40%部分)441932万元,完成预期的94.6%,下降5.2%;"
SHANGCHENG_CITY_TAX = "4、城市维护建设税收入108847万元,完成预期的108.8%,增长17.6%;"
# yuhang_hz_2015_gwr (Hangzhou, 余杭区 work report 2015)
YUHANG = "完成财政总收入240.78亿元,其中地方财政收入148.8亿元,分别增长20.3%、18%;"
# minhang_sh_2015_bulletin (Shanghai, 闵行区 statistical bulletin 2015)
MINHANG = "全年地方财政支出344.04亿元,比上年增长38.9%(见表1)。"
# national work report 2017
N2017 = "安排地方专项债券8000亿元，继续发行地方政府置换债券。"


@pytest.mark.parametrize("printed", ["672890万元", "94.7%", "6.2%"])
def test_bracketed_share_of_shared_tax_is_scope_of_its_clause(printed: str) -> None:
    f = fact(SHANGCHENG_VAT, printed)
    assert (f["indicator"], f["scope"]) == ("增值税收入", "50%部分")


def test_bracketed_share_of_other_tax() -> None:
    assert fact(SHANGCHENG_CIT, "441932万元")["scope"] == "40%部分"


def test_tax_with_no_share_printed_has_no_scope() -> None:
    assert fact(SHANGCHENG_CITY_TAX, "108847万元")["scope"] == ""


@pytest.mark.parametrize("printed", ["148.8亿元", "18%"])
def test_level_word_a_glossary_name_drops_is_scope(printed: str) -> None:
    f = fact(YUHANG, printed)
    assert (f["indicator_key"], f["scope"]) == ("general_budget_revenue", "地方级")


def test_total_revenue_before_the_local_part_has_no_scope() -> None:
    assert fact(YUHANG, "240.78亿元")["scope"] == ""


@pytest.mark.parametrize("printed", ["344.04亿元", "38.9%"])
def test_local_expenditure_keeps_its_level(printed: str) -> None:
    f = fact(MINHANG, printed)
    assert (f["indicator_key"], f["scope"]) == ("general_budget_expenditure", "地方级")


def test_name_that_holds_the_level_word_has_no_scope() -> None:
    assert fact(N2017, "8000亿元")["scope"] == ""
