"""Items of a 分别 list that each carry an alias in brackets (细颗粒物（PM2.5）、可吸入颗粒物（PM10）年均浓度).

No text at hand prints the shape; the sentences below are written, as district environment paragraphs
print them. Before, every figure of the list was named by its last item.
"""

from __future__ import annotations

import pytest
from _sentences import facts


@pytest.mark.parametrize(("text", "names"), [
    ("上半年，全区细颗粒物（PM2.5）、可吸入颗粒物（PM10）年均浓度分别下降12.5%和10.1%。",
     ["细颗粒物（PM2.5）年均浓度", "可吸入颗粒物（PM10）年均浓度"]),
    ("全区细颗粒物(PM2.5)、可吸入颗粒物(PM10)、二氧化氮(NO2)累计浓度分别为35、62、30微克/立方米。",
     ["细颗粒物(PM2.5)累计浓度", "可吸入颗粒物(PM10)累计浓度", "二氧化氮(NO2)累计浓度"]),
])
def test_each_aliased_item_of_a_list_names_its_own_figure(text, names):
    f = facts(text)
    assert f["indicator"].tolist() == names


def test_one_alias_between_a_name_and_its_figure_is_still_skipped():
    f = facts("全区实现地区生产总值(GDP)1876.3亿元。")
    assert f["indicator"].tolist() == ["地区生产总值"]
