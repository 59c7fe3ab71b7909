"""Name rules passed over where what they read cannot be there, read as before where it is.

A share followed by a stop or a list comma (past its 的) has no units of a set and no noun after it: the name
lookup reads neither; a share is read for the set its carried name counts only where a short predicate follows
it; the names an item of a list of amounts shares (a verb, a noun printed once) are not looked for on a
percentage. The sentences below (verbatim, from the national work reports and the bundled report) are read by
those rules as before, and a run of shares after list commas keeps the name carried.
"""

import pytest

from dhcheng_analysis import extract_facts


def _read(sentence: str) -> list[tuple[str, str]]:
    return [(r.indicator, r.measure) for r in extract_facts(sentence).itertuples()]


@pytest.mark.parametrize("sentence, want", [
    # a share of the set the carried name counts, named by its short predicate
    ("1998年以来，国有企业下岗职工达2700多万人，90%以上进入再就业服务中心，先后有1800多万人通过多种渠道和方式实现了再就业。",
     [("国有企业下岗职工", "level"), ("进入再就业服务中心的国有企业下岗职工", "rate_pct"),
      ("实现了再就业的国有企业下岗职工", "level")]),
    ("中小微企业复工率达九成以上,四成恢复正常经营水平。",
     [("中小微企业复工率", "rate_pct"), ("恢复正常经营水平的中小微企业", "rate_pct")]),
    # a share of the units of a set after it
    ("加强散煤治理，推进重点行业节能减排，71%的煤电机组实现超低排放。", [("实现超低排放的煤电机组", "rate_pct")]),
    # the verb an item of a list of amounts shares with the item before it
    ("依法淘汰一大批落后生产能力，关停小火电 2157万千瓦、小煤矿1.12万处，淘汰落后炼铁产能4659万吨、炼钢产能3747万吨、"
     "水泥产能8700万吨。",
     [("关停小火电", "level"), ("关停小煤矿", "level"), ("落后炼铁产能", "abs_change"), ("落后炼钢产能", "abs_change"),
      ("落后水泥产能", "abs_change")]),
    # the noun a list of amounts closed by 等 prints once
    ("今年要淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能，确保“十二五”淘汰任务提前一年完成，"
     "真正做到压下来，决不再反弹。",
     [("钢铁落后产能", "abs_change"), ("水泥落后产能", "abs_change"), ("平板玻璃落后产能", "abs_change")]),
])
def test_names_read_as_before(sentence, want):
    assert _read(sentence) == want


def test_shares_after_list_commas_keep_the_name_carried():
    assert _read("收入" + "、1" * 5 + "%。") == [("收入", "rate_pct")] * 5
