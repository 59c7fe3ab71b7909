"""A count printed before a list of nouns joined by 、 and closed by 和 (及, 与) at the end of its clause, or before
the 中 of a frame, counts the things of the whole list: the list is its name, not the first noun alone. Each
sentence is copied from the national work report named in its comment."""

from __future__ import annotations

import pytest
from _sentences import fact

S1988 = ("在１万多个中外合资经营、合作经营和外商独资企业和建设项目中，生产性企业、出口型企业和先进技术型企业所占比重上升，"
         "已经涌现出一批办得比较好的企业和一些对经济建设有较大影响的项目。")
S1959 = ("在今年进行建设的限额以上的项目共有一千零九十二个，其中包括五十一个钢铁企业，三十三个有色金属企业，一百五十四个"
         "机械制造企业，一百八十四个电站，八十三个煤炭企业，十九个采油和炼油企业，五十三个化学工业企业，一百零五个建筑材料"
         "企业和木材采伐企业，一百六十一个轻工业企业，二十八个水利工程，五千五百公里的铁路新干线、复线、支线和企业专用线，等等。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S1988, "１万", "中外合资经营、合作经营和外商独资企业和建设项目"),  # national work report 1988
    (S1959, "五千五百公里", "铁路新干线、复线、支线和企业专用线"),  # national work report 1959
])
def test_a_count_before_a_closed_noun_list_is_named_by_the_list(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_a_list_going_on_to_a_count_of_its_own_keeps_its_first_nouns():
    # national work report 2005: the next count of the list ends the nouns of the first
    text = "中央财政安排专项资金支持533个县级图书馆、文化馆和4万个村广播电视设施建设。"
    assert fact(text, "533")["indicator"] == "县级图书馆、文化馆"
