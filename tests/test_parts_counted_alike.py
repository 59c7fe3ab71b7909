"""A part after 其中 may be counted in another unit of the same kind as its total.

户 and 家 both count bodies (enterprises, market entities): a part in 家 after a total in 户 is a part of it, and a
share of the part (占比超过两成) is a share of that total. Units of other kinds stay apart. Sentences are copied
from the report named in the comment, or said to be written.
"""

from __future__ import annotations

from _sentences import fact

# xicheng district report, first half of 2021
XICHENG = "上半年新设市场主体5682户，同比增长24.7％；其中科技型企业1260余家，占比超过两成。"


def test_part_in_jia_of_total_in_hu() -> None:
    total = fact(XICHENG, "5682户")
    part = fact(XICHENG, "1260余家")
    assert (part["parent_id"], part["relation"]) == (total["fact_id"], "part")


def test_share_of_the_part_has_the_total_as_whole() -> None:
    share = fact(XICHENG, "两成")
    assert share["comparator"] == "新设市场主体"
    assert share["parent_id"] == fact(XICHENG, "5682户")["fact_id"]


def test_units_of_other_kinds_stay_apart() -> None:
    # written: persons are no part of a count of enterprises
    text = "上半年新设市场主体5682户，同比增长24.7％；其中吸纳就业1260余人。"
    assert fact(text, "1260余人")["parent_id"] == ""
