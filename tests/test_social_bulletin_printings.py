"""How the statistical bulletins of a district's education, health and culture print their figures.

Regression fixtures written in the style of district reports: each test quotes the real sentence it is modelled on,
with its file.

- A list of schools, stages or hospitals sharing one measure printed once after the last of them (小学、初中专任教师
  分别为…; 学前教育、义务教育、高中阶段毛入学率分别达到…) names each item by that measure, as 在校生 already is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import facts

NATIONAL = Path("/work/shared/corpus/national_work_reports")
BULLETIN = "一、2023年工作回顾\n"


def test_the_real_list_of_schools_sharing_their_pupils() -> None:
    # national work report 2008 (/work/shared/corpus/national_work_reports/2008.txt)
    f = facts(BULLETIN + "更加重视职业教育发展，2007年中、高等职业教育在校生分别达到2000万人和861万人。")
    assert f["indicator"].tolist() == ["中等职业教育在校生", "高等职业教育在校生"]


@pytest.mark.parametrize(("text", "names"), [
    # written in a district bulletin's words, modelled on 2008.txt 中、高等职业教育在校生分别达到2000万人和861万人
    ("全区小学、初中专任教师分别为2150人和1280人，分别比上年增加86人和42人。",
     ["小学专任教师", "初中专任教师", "小学专任教师", "初中专任教师"]),
    ("全区小学、初中招生分别为4200人和3100人。", ["小学招生", "初中招生"]),
    ("全区小学、初中毕业生分别为3900人和2800人。", ["小学毕业生", "初中毕业生"]),
    ("全区学前教育、义务教育、高中阶段毛入学率分别达到98.5%、100%和99.1%。",
     ["学前教育毛入学率", "义务教育毛入学率", "高中阶段毛入学率"]),
    ("全区小学、初中入学率分别达到99.5%和100%。", ["小学入学率", "初中入学率"]),
    ("全区医院、卫生院床位分别为3200张和860张。", ["医院床位", "卫生院床位"]),
    ("全区三级医院、二级医院病床使用率分别为85.2%和76.1%。", ["三级医院病床使用率", "二级医院病床使用率"]),
    ("全区孕产妇、婴儿死亡率分别为8.5/10万和2.1‰。", ["孕产妇死亡率", "婴儿死亡率"]),
])
def test_a_measure_printed_once_after_a_list_is_each_items(text: str, names: list[str]) -> None:
    assert facts(BULLETIN + text)["indicator"].tolist() == names
