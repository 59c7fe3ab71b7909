"""Counts of what is done to the things a set counts, printed one after another (30项区级重点工程已开工22项,完工8项):
each is of the set, named by its own verb and the set's noun, whether a comma or 、 parts them.

The first sentence is haidian_2023_h1's (``/work/shared/examples/unseen``), verbatim; the ones that add a second
count to it (完工8项, 、竣工8项) are regression fixtures built on it, as district reports print such runs.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HAIDIAN = "30项区级重点工程已开工22项,新建改扩建中小学及幼儿园12所,新增学位5400个。"  # haidian_2023_h1, verbatim


def test_the_part_done_of_the_set_printed_before():
    f = fact(HAIDIAN, "22项")
    assert (f["indicator"], f["relation"]) == ("已开工的区级重点工程", "done")


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("30项区级重点工程已开工22项,完工8项。", "8项", "完工的区级重点工程"),
    ("30项区级重点工程已开工22项、竣工8项。", "8项", "竣工的区级重点工程"),
    ("全年实施重点项目120个,已开工98个,竣工45个。", "45个", "竣工的重点项目"),
    ("规划建设5G宏基站1584个,已投入使用765个、已开通500个。", "500个", "已开通的5G宏基站"),
])
def test_a_second_count_done_is_of_the_set_not_of_the_part_before(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_a_count_after_the_first_part_and_its_marker_is_still_named_by_the_set():
    # regression fixture: 其中 makes it a part of the projects started, named by its verb and the set's noun
    f = fact("30项区级重点工程已开工22项,其中完工8项。", "8项")
    assert (f["indicator"], f["relation"]) == ("完工的区级重点工程", "part")
    assert fact("30项区级重点工程已开工22项,其中完工8项。", "22项")["indicator"] == "已开工的区级重点工程"


@pytest.mark.parametrize(("text", "money", "printed", "name"), [
    ("全区50个重点项目已开工38个,累计完成投资126亿元,竣工12个。", "126亿元", "12个", "竣工的重点项目"),
    ("全年新开工保障性住房740万套,完成投资3000亿元,竣工511万套。", "3000亿元", "511万套", "竣工的保障性住房"),
])
def test_an_amount_between_the_counts_lends_no_name_to_the_count_after_it(text, money, printed, name):
    # regression fixtures built on haidian_2023_h1's run of counts: the money put in between names no count of things
    assert fact(text, printed)["indicator"] == name
    assert fact(text, money)["indicator"].endswith("投资")
