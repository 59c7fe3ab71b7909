"""Shapes of sentences district mid-year reports print, modelled on real sentences of national reports.

- A whole year's plan opening its clause (全年计划拆除…) is of the year, not of the part of it the report reviews;
  what the next clause says is done stays of the report's time.
"""

from __future__ import annotations

import pytest
from _sentences import facts

HALF_REVIEW = "一、2023年上半年工作回顾\n"


def readings(heading: str, sentence: str) -> list[tuple[float, str, str]]:
    f = facts(heading + sentence + "\n")
    return list(zip(f["value"].tolist(), f["period"].tolist(), f["status"].tolist(), strict=True))


# regression fixtures written in the style of district reports (a mid-year report's review)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("全年计划拆除违法建设300万平方米，上半年已拆除180万平方米。",
     [(3e6, "2023年", "target"), (1.8e6, "上半年", "actual")]),
    ("全年计划新建口袋公园20个，已建成12个。", [(20, "2023年", "target"), (12, "2023年上半年", "actual")]),
    ("全区全年计划新增就业8000人，上半年已新增就业5000人。",
     [(8000, "2023年", "target"), (5000, "上半年", "actual")]),
    ("全年计划完成投资100亿元、新开工项目10个。", [(1e10, "2023年", "target"), (10, "2023年", "target")]),
])
def test_a_whole_years_plan_is_of_the_year_in_a_mid_year_report(sentence: str,
                                                                 expected: list[tuple[float, str, str]]) -> None:
    assert readings(HALF_REVIEW, sentence) == expected
