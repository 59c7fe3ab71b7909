"""属于 (belonging to) opening a name is no part of what is measured.

在…支出总数中，属于基本建设投资的是四百二十七亿四千万元 counts the capital investment; 属于中央各部的工业建设项目
are the ministries' projects. The verb that says which of a whole a part belongs to drops, as 共有 or 现有 do.
Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1958 = "在工业建设项目中，属于中央各部的是五百六十七个，属于地方的是一百四十九个。"
S1955 = "在五年经济建设和文化教育建设的支出总数中，属于基本建设投资的是四百二十七亿四千万元，占支出总数的百分之五十五点八。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1955
    (S1955, "四百二十七亿四千万元", "基本建设投资"),
    (S1955, "百分之五十五点八", "基本建设投资"),
    # national work report 1958
    (S1958, "五百六十七个", "中央各部的工业建设项目"),
    (S1958, "一百四十九个", "地方的工业建设项目"),
])
def test_belonging_opens_no_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name
