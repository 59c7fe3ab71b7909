"""Indicator names without a plan word of control, and counts of the pair 国家和地区, on verbatim sentences.

A plan word after a quantity is no part of its name, also when it says the target is one of control
(调控目标, 宏观调控目标, 控制目标): ``全社会固定资产投资调控目标为２５３００亿元`` → ``全社会固定资产投资``, the
name its outcome has. A count of 国家和地区 (also 及, 与, 、 and the other order) counts both kinds, as
省、自治区、直辖市 does, and is named by what its clause says of them: ``同世界上一百七十四个国家和地区发展了经济
贸易往来`` → ``发展了经济贸易往来的国家和地区``, not ``国家``. Each test is a sentence copied from the report named
in its comment, or says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1997 = "综合考虑促进经济增长的需要和财力物力的可能，今年全社会固定资产投资调控目标为２５３００亿元，投资率为３２％。"
S1981 = ("我国被封锁的时代已经过去了，目前已同世界上一百七十四个国家和地区发展了经济贸易往来，"
         "这对于我国的现代化建设是一个极为有利的条件。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1997
    (S1997, "２５３００亿元", "全社会固定资产投资"),
    (S1997, "３２％", "投资率"),
    # written: a control target of a total, as city plans print it
    ("全年能源消费总量控制目标为50亿吨标准煤。", "50亿吨", "能源消费总量"),
    # written: a target of control after an investment
    ("全年固定资产投资控制目标为500亿元。", "500亿元", "固定资产投资"),
])
def test_control_target_word_is_no_part_of_a_name(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


def test_control_target_keeps_the_status_of_a_target() -> None:
    # national work report 1997
    f = fact(S1997, "２５３００亿元")
    assert (f["status"], f["measure"]) == ("target", "level")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1981
    (S1981, "一百七十四个", "发展了经济贸易往来的国家和地区"),
    # written: the pair a city report counts its export markets by
    ("全年产品出口到120多个国家和地区。", "120多个", "国家和地区"),
    # written: the pair after 与, with what the clause says of them
    ("全年与46个国家和地区开展经贸合作。", "46个", "开展经贸合作的国家和地区"),
])
def test_a_count_of_countries_and_regions_counts_both(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


def test_a_count_of_countries_alone_keeps_its_noun() -> None:
    # national work report 1988
    assert fact("五年来，我国主要领导人访问了４６个国家，足迹遍及五大洲。", "４６个")["indicator"] == "国家"

