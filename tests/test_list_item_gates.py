"""The rules of an amount's name that a run of list items reads at every figure are passed over where what they
need cannot be there.

An item of a list of amounts takes a word the item before prints once (its verb, a modifier such as 落后, the
quantity of a product) only where its own name is printed between the pause mark and the figure, or where it
is a count after a count: an item naming nothing of its own (收入、1、1、…) is passed over in one test. The noun a
count chains to (5类26项政策) and the class a bound names (35个5万平方米以上…区域) are looked for only after a
digit, the first character of every match of both patterns; a sum's word (收入总量为) only in a sentence holding
a character every match of it holds. The patterns an amount's name rules match in the name (a stock's end, 新增
after 增加, the growth of an owner, a payer …) are tried only where the name opens or ends with a character their
matches may (``starts``, ``ends``). The sentences below are read by those rules as before (verbatim, from the
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
    # 1956.txt: the things a verb of adding adds, as 新增 names them (added_head)
    ("在艺术方面，１９５６年计划摄制和译制影片２４７部，增加放映队２，７２９个；剧场达到２，１１２个",
     [("摄制和译制影片", "level"), ("新增放映队", "level"), ("剧场", "level")]),
    # 2016.txt: a balance's rise, no balance (stock_name_end)
    ("去年末居民储蓄存款余额增长8.5%，新增4万多亿元。",
     [("居民储蓄存款余额", "yoy_pct"), ("居民储蓄存款余额", "abs_change")]),
    # 2003.txt: the growth of the economy, printed 经济增长 (grown_name)
    ("综合分析国内外各种情况，今年经济增长预期目标为7%左右，这是必要的，经过努力也是可以实现的。",
     [("经济增长速度", "yoy_pct")]),
])
def test_the_rules_read_the_words_they_key_on(sentence, want):
    facts = extract_facts(sentence)
    assert list(zip(facts["indicator"], facts["measure"], strict=True)) == want

