"""An item of a list of industries may print its industry's words only once, in the last item (金融、科技和信息
服务业: 金融业, 科技服务业, 信息服务业): the item is the industry the glossary names with those words, never the bare
word (科技增加值) nor the group's word (科技行业增加值).

Each sentence is copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# beijing_2017_h1.txt (北京市2017年上半年计划执行情况的报告)
BEIJING_2017_H1 = ("优势服务业贡献突出,金融、科技和信息服务业三大优势行业增加值分别增长7.4%、10%和9.3%,"
                   "对经济增长贡献率合计达49.7%。")


@pytest.mark.parametrize(("printed", "name", "key"), [
    ("7.4%", "金融业增加值", "sector_va:finance"),
    ("10%", "科技服务业增加值", "sector_va:science_technology_services"),
    ("9.3%", "信息服务业增加值", "sector_va:information_services"),
])
def test_industries_sharing_the_last_items_words(printed, name, key):
    f = fact(BEIJING_2017_H1, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"]) == (name, key, "yoy_pct",
                                                                               float(printed[:-1]))


def test_the_same_list_without_its_group_word():
    text = BEIJING_2017_H1.replace("三大优势行业", "")
    assert (fact(text, "7.4%")["indicator"], fact(text, "10%")["indicator"]) == ("金融业增加值", "科技服务业增加值")
