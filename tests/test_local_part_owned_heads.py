"""An amount named by a generic head after a part counted after 其中: the part's when the total had its own.

chengyang_qd_2022_bulletin (tests/gold/real/texts) prints the part in a sentence of its own (。其中,列入市级重点项目
169个,完成投资319亿元); bulletins also print it after a comma, the total's investment before it, and then the second
investment is the part's as well. Where the total had none (新签约亿元级项目19个，其中十亿元级项目3个，计划总投资约
486亿元, a constructed report) the head stays bare: the sentence may give the investment of all the projects.
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD, fact

# chengyang_qd_2022_bulletin
CHENGYANG = ("全年全区城市更新和城市建设项目224个,完成投资391.6亿元。其中,列入市级重点项目169个,完成投资319亿元,全市第二;"
             "融资到位资金125.6亿元。")


@pytest.mark.parametrize(("printed", "name"), [("391.6亿元", "城市更新和城市建设项目投资"), ("319亿元", "市级重点项目投资")])
def test_investment_of_the_projects_counted_in_the_real_bulletin(printed, name):
    assert fact(CHENGYANG, printed)["indicator"] == name


@pytest.mark.parametrize(("printed", "name"), [
    ("391.6亿元", "城市更新和城市建设项目投资"),
    ("319亿元", "市级重点项目投资"),
])
def test_part_after_qizhong_owns_its_investment_when_the_total_had_its_own(printed, name):
    text = "全年全区城市更新和城市建设项目224个,完成投资391.6亿元,其中列入市级重点项目169个,完成投资319亿元,居全市第二。"
    assert fact(MIDYEAR_HEAD + text, printed)["indicator"] == name


def test_part_after_qizhong_owns_no_investment_when_the_total_had_none():
    text = "新签约亿元级项目19个,其中十亿元级项目3个,计划总投资约486亿元。"
    assert fact(MIDYEAR_HEAD + text, "486亿元")["indicator"] == "总投资"
