"""Counts of what was newly opened (新开放, 新开通, 新开设, 新开办) are of those added, as a count after 新建 is, and a
later item of such a list that ends like a place (沿边城市) takes no words of the item before it as a measure of
its own: 省会, 省级, 市场 and 市级 hold 省 or 市 without ending a place's name.
"""

from __future__ import annotations

from _sentences import facts

# national_work_reports/1993.txt
OPENED = ("对外开放的范围和领域显著扩大，新开放了５个沿江城市、１８个省会城市、１３个沿边城市，增加了３４个开放口岸，"
          "形成了全方位开放的新格局。")


def test_each_item_of_a_list_opened_is_of_those_newly_opened():
    f = facts(OPENED)
    assert [(r.indicator, r.value, r.unit) for r in f.itertuples()] == [
        ("新开放沿江城市", 5.0, "个"), ("新开放省会城市", 18.0, "个"), ("新开放沿边城市", 13.0, "个"),
        ("新增开放口岸", 34.0, "个")]


def test_a_later_item_ending_like_a_place_keeps_the_verb_the_list_opens_with():
    # (written in the reports' style: the list of 1993 with the verb a district report writes)
    f = facts("上半年，新建了１８个省会公园、１３个沿边城市。")
    assert list(f.indicator) == ["新建省会公园", "新建沿边城市"]
    f = facts("上半年，新建了１８个市级公园、１３个沿边城市。")
    assert list(f.indicator) == ["新建市级公园", "新建沿边城市"]


def test_a_line_newly_opened_is_counted_as_added():
    # (written in the reports' style)
    f = facts("上半年，全区新开通了3条公交线路。")
    assert [(r.indicator, r.value, r.unit) for r in f.itertuples()] == [("新开通公交线路", 3.0, "条")]
