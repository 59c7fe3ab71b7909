"""The having (有) of a place is no part of what it has.

A count or amount whose name opens with 有, once the place or time before it is read off (全区仍有…, 目前有…),
is named by what is had: ``全区仍有零星旧改地块11处`` → ``零星旧改地块``. Between a place and what it has, the
having and a time word with it go and the place stays, as a place that already has (全國已有, 全國還有) keeps
it: ``现在我国每年有省部级以上的重大科技成果几万项`` → ``我国省部级以上的重大科技成果``. A 有 that is a word of
its own (有色金属, 有效, 有关), a having with 的 after it (有经济贸易关系的国家: the countries that have it), and
a having between partners (同我国有外交关系的国家) stay.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 1992
S1992_RESULTS = ("现在我国每年有省部级以上的重大科技成果几万项，其中国家级的重大科技成果数千项，当前的主要任务是认真"
                 "做好科技成果的推广应用，尽快形成科学技术能够较快地转化为现实生产力的机制。")
# national work report 1958
S1958_PORTS = ("航运建设，由交通部负责施工的，有上海、天津、重庆、湛江、海南岛八所和安徽裕溪口等港口的建设工程，"
               "同时，增加船舶七万八千吨以上。")
# national work report 1983
S1983_RELATIONS = "同我国有外交关系的国家，现在已增加到一百二十九个。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S1992_RESULTS, "几万项", "我国省部级以上的重大科技成果"),
    (S1958_PORTS, "八所", "上海、天津、重庆、湛江、海南岛"),
    # written, in the form of a district report's list of problems
    ("四是城市更新任务依然繁重。全区仍有零星旧改地块11处，涉及居民约2600户。", "11处", "零星旧改地块"),
    # written: a time between the place and the having
    ("我区目前有养老机构12家。", "12家", "养老机构"),
    ("全区每年有新增劳动力2000余人。", "2000余人", "新增劳动力"),
])
def test_the_having_is_no_part_of_the_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S1983_RELATIONS, "一百二十九个", "同我国有外交关系的国家"),
    # written: 有 of a word of its own
    ("我国有色金属产量达到100万吨。", "100万吨", "我国有色金属产量"),
    ("目前有效发明专利1200件。", "1200件", "有效发明专利"),
])
def test_a_having_that_names_stays(text, printed, name):
    assert fact(text, printed)["indicator"] == name
