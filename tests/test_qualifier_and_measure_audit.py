"""Qualifiers and measures of figures of the national work reports, read by eye against their sentences.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact as fact_in
from _sentences import fact_printed as fact
from _sentences import facts

# -- a qualifier word of several characters before the figure is read whole ----------------------------


def test_long_qualifier_word_before_the_figure_is_read_whole():
    # 2007: 达到或略高于 is at least, not the 略高于 at its end
    r = fact("经济增长连续四年达到或略高于10%，没有出现明显通货膨胀。", "10")
    assert (r["indicator"], r["qualifier"]) == ("经济增长速度", "at_least")


# -- a qualifier word opening a phrase that ends with 的 before the figure -------------------------------


def test_no_more_than_opening_a_phrase_is_at_most():
    # 1956: 不超过正税的22% is at most, not the 超过 inside 不超过
    s = ("其中正税额是３４５亿斤，仍然等于１９５５年的正税额；只是用于农村的地方附加和乡村自筹的部分有了增加，"
         "这种增加将以最多不超过正税的２２％为限。")
    assert fact(s, "２２")["qualifier"] == "at_most"


def test_about_ending_a_word_is_no_qualifier_of_the_phrase():
    # 1958: 节约总投资额的百分之七: the 约 of 节约 is no "about"
    s = "对于整个基本建设，今年要求节约总投资额的百分之七至百分之十，用于扩大工作量。"
    assert fact(s, "百分之七")["qualifier"] == "exact"


# -- a qualifier word before a verb and its object before the figure ---------------------------------------


def test_about_before_a_verb_and_its_object_qualifies_the_figure():
    # 1978: 大约损失工业总产值一千亿元 is about, as 约增长百分之三十三 is
    s = ("从一九七四年到一九七六年，由于“四人帮”的干扰破坏，全国大约损失工业总产值一千亿元，钢产量二千八百万吨，"
         "财政收入四百亿元，整个国民经济几乎到了崩溃的边缘。")
    assert fact(s, "一千亿")["qualifier"] == "about"
    # (the bare items after the comma are of the list 大约损失 heads, lost and approximate as the first: the next
    # clause 整个国民经济… has no figure)
    assert fact(s, "二千八百万")["qualifier"] == "about"


def test_at_least_before_a_verb_of_completion_qualifies_the_figure():
    # 1955: 至少完成四千万亩 is at least
    s = ("在第一个五年计划期间，应该积极地进行宜耕荒地的调查和勘察，完成一亿亩以上荒地的勘察工作，"
         "至少完成四千万亩到五千万亩荒地开垦的规划设计工作，为第二个五年计划大规模地开垦荒地做好准备。")
    assert fact(s, "四千万")["qualifier"] == "at_least"


def test_reaching_or_passing_with_its_aspect_is_at_least():
    # 1958: 已经达到或者超过了一千斤 is at least; the words are no part of the name
    s = ("而广东省的澄海、潮安、揭阳、潮阳、普宁、南澳，福建省的龙溪、海澄、长乐，湖北省的孝感，四川省的郫县等十一个县，"
         "粮食的每亩平均产量已经达到或者超过了一千斤。")
    r = fact(s, "一千")
    assert (r["indicator"], r["qualifier"]) == ("粮食的每亩平均产量", "at_least")


# -- a round Chinese numeral with 余 or 多 before its magnitude or counter is a figure over it -----------


def test_round_numeral_with_over_word_before_its_magnitude():
    # 1980
    r = fact_in("城镇居民收入将增加四十多亿元，居住条件、集体福利和生活服务等方面，将继续有所改善。", "四十多亿")
    assert (r["indicator"], r["measure"], r["value"], r["qualifier"]) == ("城镇居民收入", "abs_change", 4e9, "over")
    # 1983
    s = "由研究生院和大学分别经过严格的考核，授予博士学位十八人，硕士学位近一万五千人，学士学位三十多万人。"
    r = fact_in(s, "三十多万")
    assert (r["indicator"], r["value"], r["unit"], r["qualifier"]) == ("学士学位", 3e5, "人", "over")


def test_round_numeral_with_over_word_before_its_counter():
    # 1979
    r = fact_in("一年多来，我国领导人访问了五大洲的五十多个国家。", "五十")
    assert (r["indicator"], r["value"], r["unit"], r["qualifier"]) == ("国家", 50.0, "个", "over")
    # 1985
    s = ("随着农村改革和农业新政策的实施，近几年农业生产连续大幅度增长，去年全国平均每人占有粮食近八百斤，棉花十多斤，"
         "按照我国人民当前的食物结构和衣着水平，一般已可以达到温饱有余。")
    r = fact_in(s, "十多斤")  # (the share each person has, as the grain before it)
    assert (r["indicator"], r["value"], r["unit"], r["qualifier"]) == ("全国平均每人占有棉花", 10.0, "斤", "over")


def test_round_numeral_with_a_few_more_is_over_it():
    # 1959: 几 after 十 is a few more, as 余 and 多 are
    r = fact_in("这些民族自治地方包括三十几个民族。", "三十")
    assert (r["value"], r["unit"], r["qualifier"]) == (30.0, "个", "over")
    s = "在西藏要求改革的劳动人民和赞成改革的上层进步分子以及可以说服的中间分子，共有一百一十几万人。"
    r = fact_in(s, "一百一十几万")
    assert (r["value"], r["unit"], r["qualifier"]) == (1.1e6, "人", "over")


# -- a head clause that only says the span of years names nothing: the clause after it heads the scope -------


def test_span_of_years_heading_a_sentence_names_nothing():
    # 1957
    r = fact_in("从1952年到1956年，我国消费资料的生产，平均每年大约增加三十多亿元。", "三十多亿")
    assert (r["indicator"], r["measure"], r["period"]) == ("我国消费资料的生产", "abs_change", "1952-1956年")
    # 1959
    s = ("四年来，同我国建交和半建交的国家，已经由二十个增加到三十三个；同我国建立经济关系的国家和地区，已经有九十三个；"
         "建立文化联系和进行友好往来的国家和地区，已经有一百零四个。")
    assert fact_in(s, "三十三个")["indicator"] == "同我国建交和半建交的国家"


# -- a bound before 以上的 and a noun whose units are counted next says which units: no figure ----------


def test_bound_of_the_units_counted_after_their_noun_is_no_figure():
    # 1982
    s = "五年内新建一百万吨以上的大型矿井二十八个，加上中小型矿井的建设，全国煤矿建设总规模将达二亿二千万吨。"
    f = facts(s)
    assert "一百万" not in set(f["raw_value"])
    assert fact_in(s, "二十八个")["indicator"].endswith("一百万吨以上的大型矿井")
    # 1981
    s = "世界上年产石油一亿吨以上的国家不到十个，我国是其中的一个。"
    assert list(facts(s)["raw_value"]) == ["十"]
    r = fact_in(s, "十个")
    assert (r["indicator"], r["qualifier"]) == ("世界上年产石油一亿吨以上的国家", "under")


def test_bound_in_power_before_the_units_it_classes_is_no_figure():
    # 2018: 30万千瓦以下煤电机组 names the units closed, the 30万千瓦 is no figure
    s = "今年再压减钢铁产能3000万吨左右，退出煤炭产能1.5亿吨左右，淘汰关停不达标的30万千瓦以下煤电机组。"
    assert "30" not in set(facts(s)["raw_value"])
