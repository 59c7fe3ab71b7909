"""Counts of documents a district issues, named by the kind of document.

Written sentences of the genre: district reports count the documents they issue (出台3个实施方案, 其中实施细则8个),
and no text at hand prints such a count. 实施 opening the kind of document (实施意见, 实施方案, 实施细则, 实施办法)
is part of its name, after the count or before it; it is not the verb ending the units counted (580户国有大中型企业
实施债权转股权, tests/test_indicator_names_left.py) nor the one heading them (实施重点项目30个). 则 closing 细则 or
规则 is no word of consequence cut from a name's end. The counts of dongcheng_2018_annual and chaoyang_2018_h1
(tests/gold/real/texts), whose documents open with no 实施, keep their names.
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD, fact

# -- 实施 opening the kind of document counted is part of its name ----------------------------------------------


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("加强政策保障,出台3个实施方案。", "3个", "实施方案"),
    ("围绕疏解整治促提升,全区出台12个实施意见。", "12个", "实施意见"),
    ("编制重点项目实施方案6个。", "6个", "编制重点项目实施方案"),
    ("全区出台5项实施细则。", "5项", "实施细则"),
])
def test_kind_of_document_opening_with_shishi_names_the_count(text, printed, name):
    got = fact(MIDYEAR_HEAD + text, printed)
    assert (got["indicator"], got["measure"], got["value"]) == (name, "level", float(printed[:-1]))


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("累计出台政策文件23个,其中实施细则8个。", "8个", "实施细则"),
    ("实施意见3个,实施方案5个。", "5个", "实施方案"),
])
def test_kind_of_document_opening_with_shishi_before_the_count_keeps_it(text, printed, name):
    assert fact(MIDYEAR_HEAD + text, printed)["indicator"] == name


def test_verb_shishi_heading_the_things_counted_is_still_dropped():
    assert fact(MIDYEAR_HEAD + "全区实施重点项目30个。", "30个")["indicator"] == "重点项目"


def test_ze_closing_a_kind_of_rules_is_kept():
    assert fact(MIDYEAR_HEAD + "全区出台7项管理细则。", "7项")["indicator"] == "管理细则"
    assert fact(MIDYEAR_HEAD + "全区出台3个交易规则。", "3个")["indicator"] == "交易规则"


def test_verb_ending_the_units_counted_still_ends_their_noun():
    # the 2003 report: 实施 after the firms counted is their predicate
    text = "确定对符合条件的580户国有大中型企业实施债权转股权。"
    assert fact(text, "580户")["indicator"] != "国有大中型企业实施债权转股权"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2018_annual
    ("出台并转化利用5大类26项政策。", "26项", "政策"),
    # chaoyang_2018_h1
    ("加强政策资金保障,制定完善4个疏解资金办法,安排40.7亿元疏解整治专项资金。", "4个", "疏解资金办法"),
])
def test_documents_counted_in_the_real_excerpts_keep_their_names(text, printed, name):
    assert fact(text, printed)["indicator"] == name
