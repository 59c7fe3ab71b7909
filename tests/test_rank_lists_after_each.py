"""A list of ranks after 分别, each rank paired with its item.

District and city reports rank their figures among the districts of the city in lists (总量、增速分别居全市第6位、
第2位): each rank is read (the second after 、 as well as after 和, its 位 printed or not), names its own item, the
owner the first item names carried to an item that names only what of it is ranked (增速 → 地区生产总值增速; with no
owner in the list, the quantity of the figure before in the sentence), and every rank is among the group printed once
(全市). No text at hand prints this shape (the real texts rank one figure a clause: 总量居全市第6位,增速居全市第2位):
the sentences are written in the wording of the district reports of tests/gold/real, as regression fixtures.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh


@pytest.mark.parametrize(("text", "ranks"), [
    ("2021年全区地区生产总值91.3亿元，增长7.5%，地区生产总值总量、增速分别居全市第6位、第2位。",  # written
     [("地区生产总值总量", 6.0), ("地区生产总值增速", 2.0)]),
    ("一般公共预算收入、税收收入分别位居全市第3、第4位。",  # written
     [("一般公共预算收入", 3.0), ("一般公共预算税收收入", 4.0)]),
    ("全区生产总值91.3亿元，总量和增速分别排名全市第5和第1。",  # written
     [("生产总值总量", 5.0), ("生产总值增速", 1.0)]),
    ("收入规模和增幅分别居全省第15位和第6位。",  # written
     [("收入规模", 15.0), ("收入增幅", 6.0)]),
])
def test_each_rank_of_a_list_names_its_item(text: str, ranks: list[tuple[str, float]]) -> None:
    got = dh.extract_facts(text)
    got = got[got["measure"] == "rank"]
    assert list(zip(got["indicator"], got["value"], strict=True)) == ranks
    assert set(got["comparator"]) == {"全市" if "全市" in text else "全省"}


def test_a_rank_of_the_growth_in_a_list_is_one_as_printed_alone() -> None:
    # written: the growth's rank of the list bears the name the rank of a growth printed alone bears
    listed = dh.extract_facts("全区生产总值91.3亿元,总量和增速分别居全市第6位和第2位。")
    alone = dh.extract_facts("全区生产总值91.3亿元,总量居全市第6位,增速居全市第2位。")
    assert _second(listed) == _second(alone) == ["生产总值增速"]


def _second(facts) -> list[str]:
    """The names of the rank 第2 among ``facts``."""
    return facts.loc[facts["value"] == 2.0, "indicator"].tolist()
