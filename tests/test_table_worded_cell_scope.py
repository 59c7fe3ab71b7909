"""A figure in a cell of words of a table row takes the place its column names, as the cells beside it do.

A statistics table of two places (| 北 京 市 | 西 城 区 |) may print a change as words in a cell of one place's
column (``同比增加1.17个百分点``). The figure is read as prose, named by its row; its place is the column's, as
is that of the figure printed in the cell beside it in the same column group (``2.37`` → ``西城区``). A column of
totals (合计) names no place. Each table is copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# Xicheng district, main indicators of January–May (the table at the end of the release)
XICHENG_M1TO5 = (
    "1-5月,西城区经济运行总体平稳。\n"
    "指 标 名 称 | 计量单位 | 北 京 市 | 西 城 区 | ||\n本 期 | ±% | 本 期 | ±% | ||\n"
    "一、现价工业总产值 | 亿元 | 9075.6 | -5.6 | 281.5 | 4.9 |\n"
    "二、社会消费品零售总额 | 亿元 | 5391.9 | -7.7 | 389.9 | -8.6 |\n"
    "三、固定资产投资(不含农户) | % | -- | 2.8 | -- | 19.3 |\n"
    "四、建安投资 | % | -- | -1.5 | -- | 1.2 |\n"
    "五、公共财政预算收入 | 亿元 | 2585.4 | -5.0 | 219.4 | 14.3 |\n"
    "六、公共财政预算支出 | 亿元 | 3172.8 | 7.1 | 213.6 | 24.5 |\n"
    "七、城镇登记失业率 | % | -- | -- | 2.37 | 同比增加1.17个百分点 |\n"
    "八、城镇登记失业人员就业率 | % | -- | -- | 44.98 | 同比减少3.79个百分点 |\n"
)


@pytest.mark.parametrize(("printed", "name", "measure", "value"), [
    # xicheng district release of January–May: the words in the 西城区 ±% column
    ("1.17个百分点", "城镇登记失业率", "pp_diff", 1.17),
    ("3.79个百分点", "城镇登记失业人员就业率", "pp_diff", -3.79),
    # the cell beside it, a number, of the same place
    ("44.98", "城镇登记失业人员就业率", "rate_pct", 44.98),
])
def test_worded_cell_takes_the_column_place(printed: str, name: str, measure: str, value: float) -> None:
    f = fact(XICHENG_M1TO5, printed)
    assert (f["indicator"], f["measure"], f["value"], f["scope"]) == (name, measure, value, "西城区")


def test_number_cells_of_the_other_place_keep_theirs() -> None:
    # xicheng district release of January–May: the 北京市 column
    f = fact(XICHENG_M1TO5, "5391.9")
    assert (f["indicator"], f["scope"]) == ("社会消费品零售总额", "北京市")
