"""A count heading a clause is named by what the clause says of it up to the 、 that opens the next count of a list:
"年初剩余的551万农村贫困人口全部脱贫、52个贫困县全部摘帽" says 全部脱贫 of the 551万 (those remaining, as 剩余 before
the figure names them), not a predicate running on into the next count's figure, which left the bare noun. Verbatim
sentence of the 2021 national work report; the district-style sentences below are regression fixtures written for this
rule, not report text."""

from __future__ import annotations

import dhcheng_analysis as dh

POOR = "年初剩余的551万农村贫困人口全部脱贫、52个贫困县全部摘帽，绝对贫困历史性地得到消除。\n"


def _names(text: str) -> dict[str, str]:
    f = dh.extract_facts(text)
    return dict(zip(f["raw_value"], f["indicator"], strict=True))


def test_a_count_before_the_next_count_of_a_list_is_named_by_its_own_predicate():
    names = _names(POOR)
    assert names["551"] == "剩余的农村贫困人口"
    assert names["52"] == "全部摘帽的贫困县"


def test_fixture_each_count_of_a_list_keeps_its_own_predicate():
    # regression fixtures, not report text
    assert _names("全区32个社区全部完成改造、15个小区全部通气。\n") == {"32": "全部完成改造的社区", "15": "全部通气的小区"}
    assert _names("32个项目开工、5个竣工。\n") == {"32": "开工的项目", "5": "竣工的项目"}
    # a predicate whose figures the 、 lists still leaves the bare noun
    assert _names("3个街道垃圾分类达标率分别为95%、96%、98%。\n")["3"] == "街道"
