"""Qualifiers of figures on verbatim sentences of real reports: the word that says how exact a figure is
(约, 近, 超过, 以上, 左右 …) read wherever it stands, also when one word after the last figure of a range or
a 分别 list bounds every figure of it. The report and year of each sentence are in the comment (some are of the
test material written in the genre's style that the test corpus holds).
"""

from __future__ import annotations

from _copy_forms import reports
from _sentences import fact_at

# -- one word after a range or a list: every figure of it -------------------------------------------


def test_the_word_after_a_range_bounds_its_low_end():
    # national work report 1955
    text = ("根据各地的许多材料看来，农业生产合作社在初建的一、二年内，如果办得不坏，一般可以增产百分之十到二十左右，"
            "往后还可以在每年保持某种的增产比例，比互助组高，比个体农民经济的增产率更高出很多。")
    low, high = fact_at(text, "百分之十"), fact_at(text, "二十左右")
    assert (low["value"], low["qualifier"]) == (10, "about")
    assert (high["value"], high["qualifier"]) == (20, "about")


def test_the_word_after_the_last_member_of_a_list_bounds_every_member():
    # Chaoyang district 2020 plan report (test material written in the genre's style, figures invented)
    text = "确保“12345”热线诉求解决率、满意率分别达到90%和92%以上。"
    first, last = fact_at(text, "90%"), fact_at(text, "92%")
    assert (first["indicator"], first["qualifier"], first["status"]) == ("“12345”热线诉求解决率", "at_least", "target")
    assert (last["indicator"], last["qualifier"]) == ("“12345”热线诉求满意率", "at_least")  # (the owner carried)


def test_a_word_after_a_middle_member_is_that_members_own():
    # the same list shape with the qualifier on its middle member only (constructed from the sentence above)
    text = "确保“12345”热线诉求解决率、满意率、办结率分别达到90%、92%以上和95%。"
    assert [fact_at(text, p)["qualifier"] for p in ("90%", "92%", "95%")] == ["exact", "at_least", "exact"]


# -- a word before the whole a share is of -------------------------------------------------------------


def test_a_share_word_after_its_whole_takes_the_word_before_the_whole():
    # national work report 2024: no 的 between the whole and its share
    text = "可再生能源发电装机规模历史性超过火电，全年新增装机超过全球一半。"
    f = fact_at(text, "一半")
    # (the capacity added is the renewable power's the clause before names)
    assert (f["indicator"], f["measure"], f["value"], f["qualifier"]) == ("可再生能源发电新增装机", "rate_pct", 50, "over")


def test_the_word_before_the_whole_is_no_part_of_the_name():
    # Xuhui district 2022 report, first three quarters (test material written in the genre's style)
    text = ("住宿业、餐饮业营业额同比分别下降21.3%和18.7%，文体娱乐消费仍不足疫情前的七成，"
            "居民消费意愿有待进一步提振。")
    f = fact_at(text, "七成")
    assert (f["indicator"], f["value"], f["qualifier"]) == ("文体娱乐消费", 70, "under")


# -- a word before the figure ----------------------------------------------------------------------------


def test_about_with_its_copula_before_the_figure():
    # national work report 1954 (traditional characters, as printed)
    text = "在一九四九年，這個比重大約是百分之十七，而在一九五四年預計將近百分之三十三。"
    f = fact_at(text, "百分之十七")
    assert (f["indicator"], f["value"], f["qualifier"]) == ("這個比重", 17, "about")


# -- a word or phrase after the figure -------------------------------------------------------------------


def test_a_little_over_after_a_percentage():
    # national work report 1957: 强 after a share, a little more than it
    text = "从1951年到1957年，国家用于普及教育的经费将近四十九亿元，占全部文教经费的24%强，占全部普通教育经费的54%强。"
    assert [fact_at(text, p)["qualifier"] for p in ("24%", "54%")] == ["over", "over"]


def test_a_rank_among_the_strongest_is_no_figure_qualified():
    # Wuhou district 2023 first-half report (test material written in the genre's style): 500强 names a list
    # of firms, the figure is the count
    f = fact_at("新落地世界500强企业3家", "3家")
    assert (f["value"], f["qualifier"]) == (3, "exact")


def test_or_more_after_the_figure_is_a_floor():
    # national work report 1998 (its digits spaced as printed: read in the whole report)
    f = reports().fact_at(1998, "今年全社会固定资产投资预定增长1 0 ％或者更多一些。", "1 0 ％")
    assert (f["indicator"], f["measure"], f["value"], f["qualifier"]) == ("全社会固定资产投资", "yoy_pct", 10, "at_least")


def test_or_a_little_more_after_the_figure_is_a_floor_and_no_name():
    # national work report 1960
    text = ("达到了七千二百亿斤，每人平均一千斤或者稍多一点，同过去相比，当然是一个很大的跃进；但是不能因此就认为粮食问题"
            "已经解决，还应当进一步为争取每人平均至少一千五百斤粮食而奋斗。")
    f = fact_at(text, "一千斤")
    assert (f["value"], f["unit"], f["qualifier"]) == (1000, "斤", "at_least")
    assert "稍多" not in f["indicator"]
