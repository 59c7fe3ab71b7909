"""The rules of an amount's name that a run of list items reads at every figure are passed over where what they
need cannot be there.

An item of a list of amounts takes a word the item before prints once (its verb, a modifier such as 落后, the
quantity of a product) only where its own name is printed between the pause mark and the figure, or where it
is a count after a count: an item naming nothing of its own (收入、1、1、…) is passed over in one test. The noun a
count chains to (5类26项政策) and the class a bound names (35个5万平方米以上…区域) are looked for only after a
digit, the first character of every match of both patterns; a sum's word (收入总量为) only in a sentence holding
a character every match of it holds. The sentences below are read by those rules as before (verbatim, from the
national work reports)."""

import re._parser as sre_parse

import pytest

from dhcheng_analysis import extract_facts
from dhcheng_analysis.cuewords import compiled, needed_chars


@pytest.mark.parametrize("name", ["chained_count", "bound_class"])
def test_the_patterns_after_a_count_open_with_a_digit(name):
    # the reader tries them only where the character after the count is a decimal digit (str.isdecimal: \d)
    first = sre_parse.parse(getattr(compiled(), name).pattern).data[0]
    assert first[0] is sre_parse.MAX_REPEAT and first[1][0] >= 1
    assert list(first[1][2]) == [(sre_parse.IN, [(sre_parse.CATEGORY, sre_parse.CATEGORY_DIGIT)])]


def test_a_sum_word_needs_characters_a_sentence_is_tested_for():
    assert needed_chars(compiled().sum_total)


@pytest.mark.parametrize("sentence, want", [
    # 2008.txt: the verb of the first item (关停) for the next, the modifier (落后) for the items after
    ("依法淘汰一大批落后生产能力，关停小火电 2157万千瓦、小煤矿1.12万处，淘汰落后炼铁产能4659万吨、炼钢产能3747万吨、"
     "水泥产能8700万吨。",
     [("关停小火电", "level"), ("关停小煤矿", "level"), ("落后炼铁产能", "abs_change"),
      ("落后炼钢产能", "abs_change"), ("落后水泥产能", "abs_change")]),
    # 2016.txt: a bare product after a capacity, the capacity of the product
    ("近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱、电解铝100多万吨。",
     [("落后炼钢炼铁产能", "abs_change"), ("落后水泥产能", "abs_change"), ("落后平板玻璃产能", "abs_change"),
      ("落后电解铝产能", "abs_change")]),
    # 2008.txt: a count after a count, of one more object of the first count's verb (no name before the figure)
    ("国家安排资金改造和新建1.88万所乡镇卫生院、786所县医院、285所县中医院和534所县妇幼保健院，为1.17万个乡镇卫生院"
     "配备了医疗设备，农村医疗卫生条件明显改善。",
     [("改造和新建乡镇卫生院", "level"), ("改造和新建县医院", "level"), ("改造和新建县中医院", "level"),
      ("改造和新建县妇幼保健院", "level"), ("乡镇卫生院", "level")]),
])
def test_list_items_take_the_words_they_share(sentence, want):
    facts = extract_facts(sentence)
    assert list(zip(facts["indicator"], facts["measure"], strict=True)) == want

