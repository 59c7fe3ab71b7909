"""Shapes of sentences district plan-execution reports print (国民经济和社会发展计划执行情况的报告).

- A change of a stock against last year's end (比上年末, 较去年底) is a growth on the year only in a figure of the
  year's end; in a figure of a part of the year (截至6月末, 上半年) it is the change over the months gone,
  ``change_pct`` against that end, as a change against 年初 is.
- A completion against a task's quantity (全年任务量, 年度计划量) is a completion of the thing done, named as before
  (完成全年任务量的62% as 完成全年任务的62%), also after 达到.
"""

from __future__ import annotations

import pytest
from _sentences import facts

HALF_REVIEW = "一、2023年上半年计划执行情况\n"


def changes(heading: str, sentence: str) -> list[tuple[str, float, str, str]]:
    f = facts(heading + sentence + "\n")
    f = f[f["unit"] == "%"]
    return list(zip(f["measure"].tolist(), f["value"].tolist(), f["comparator"].tolist(), f["indicator"].tolist(),
                    strict=True))


# regression fixtures written in the style of district reports (a mid-year plan-execution report); modelled on the
# national sentence 年末国家外汇储备达到２１２２亿美元，比上年末增加４６６亿美元 (national_work_reports/2002.txt), the
# stock's change printed as a growth rate at the end of June or September
@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    (HALF_REVIEW, "截至6月末，全区实有市场主体12.6万户，比上年末增长4.3%。",
     [("change_pct", 4.3, "上年末", "实有市场主体")]),
    (HALF_REVIEW, "全区实有市场主体12.6万户，较上年末增长4.3%。", [("change_pct", 4.3, "上年末", "实有市场主体")]),
    (HALF_REVIEW, "全区金融机构人民币贷款余额2356亿元，比去年底增长5.6%。",
     [("change_pct", 5.6, "去年底", "金融机构人民币贷款余额")]),
    ("关于2023年1-9月经济运行情况的报告\n", "截至9月底，全区各项存款余额4125亿元，较上年末增长7.4%。",
     [("change_pct", 7.4, "上年末", "各项存款余额")]),
    # the year's end against the year's end before is a growth on the year
    ("一、2023年工作回顾\n", "年末全区实有市场主体12.9万户，比上年末增长6.1%。",
     [("yoy_pct", 6.1, "上年末", "实有市场主体")]),
    ("一、2022年工作回顾\n", "截至2022年12月31日，全区实有市场主体12.8万户，比上年末增长6.7%。",
     [("yoy_pct", 6.7, "上年末", "实有市场主体")]),
])
def test_a_change_against_last_years_end_within_the_year_is_no_growth_on_the_year(
        heading: str, sentence: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert changes(heading, sentence) == expected


# regression fixtures written in the style of district reports; modelled on 上半年拆除并实现“场清地净”133.9万平方米,
# 腾退土地空间87.3万平方米,分别完成全年任务的54.7%、54.6% (gold/real/texts/chaoyang_2024_h1.txt), the task printed
# as its quantity (任务量, 计划量)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("完成背街小巷整治186条，完成全年任务量的62%。", [("completion_pct", 62, "全年任务量", "背街小巷整治")]),
    ("完成背街小巷整治186条，达到全年任务量的62%。", [("completion_pct", 62, "全年任务量", "背街小巷整治")]),
    ("完成造林绿化1200亩，完成年度计划量的56%。", [("completion_pct", 56, "年度计划量", "造林绿化面积")]),
    ("老旧管网改造完成32公里，占全年任务量的53%。", [("completion_pct", 53, "全年任务量", "老旧管网改造")]),
    ("上半年拆除并实现“场清地净”133.9万平方米，完成全年任务的54.7%。",
     [("completion_pct", 54.7, "全年任务", "拆除面积")]),
])
def test_a_completion_of_a_tasks_quantity_is_of_the_thing_done(sentence: str,
                                                               expected: list[tuple[str, float, str, str]]) -> None:
    assert changes(HALF_REVIEW, sentence) == expected
