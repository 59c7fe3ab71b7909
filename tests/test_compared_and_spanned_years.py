"""The years a sentence opens with as the frame of its figures, on verbatim sentences of the national work reports.

A span of years heading the sentence and counted after 的 (从一九七九年到一九八二年的四年间，) is the period of its
changes, as the span alone (从1979年到1983年，) is; a span of history (ten years or more) is no time of a figure a
plan word after it sets (…的二十八年中，…，六五计划把这个比例提高到百分之三十六). A sentence opening with a year compared
with another (一九八二年同一九七八年相比，) dates its figures with the first and the level a change starts from
(由A增加到B) with the second, also when words stand between 同 and that year (同完成经济恢复的１９５２年相比), and
so does one opening with two five-year periods compared (“六五”时期同“五五”时期相比，). Such a
frame opens a sentence at the head of an indented paragraph as well as after a stop. A change over the span it
prints after its name (…消费水平五年增长百分之二十七左右) is of that span when the report's years give it, not of the year
the sentence before held. A span of years heading its sentence after 在 (在一九七一年到一九八○年的十年间，) frames it
as one after 从 does: the B of 由A增加到B printing no year, after an A of the year before the span, is of the span's
last year; a sentence opening with 到现在为止 speaks of the time of the report and holds no span from before. Each test is a sentence copied from the report named in its comment (the one of 1986 in its
report, whose years the heading of its part gives).
"""

from __future__ import annotations

import pytest
from _sentences import fact
from _work_reports import WorkReports

INDENT = "\n\u3000\u3000"  # the indentation a paragraph of the reports opens with

S1983_SPAN = ("从一九七九年到一九八二年的四年间，我国社会总产值增长百分之三十三点六，生产的发展速度不算低，"
              "而国内财政收入却下降了百分之三点三。")
S1982_FARM = ("从一九五三年到一九八○年的二十八年中，农业总产值平均每年递增的速度是百分之三点四，六五计划期间要求"
              "每年递增百分之四到五，这是不低的，是要经过很大的努力才能实现的。")
S1982_SHARE = ("从一九五三年到一九八○年的二十八年中，这方面的投资占整个固定资产投资的百分之二十左右，"
               "六五计划把这个比例提高到百分之三十六。")
S1981 = ("１９８０年同完成经济恢复的１９５２年相比，工农业总产值增长八点一倍，国民收入增长四点二倍，工业固定资产"
         "增长二十六倍，全国人民的平均消费水平提高一倍。")
S1983_RETAIL = ("一九八二年同一九七八年相比，社会商品零售总额由一千五百五十九亿元增加到二千五百七十亿元，"
                "增长百分之六十四点八，平均每年增加二百五十三亿元，比一九七八年前的二十六年平均每年增加四十九亿元，高出四倍多。")
S1987 = ("１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元，按可比价格计算增长１０２％；"
         "国民收入由３０１０亿元增加到７７９０亿元，按可比价格计算增长９４．９％。")


@pytest.mark.parametrize(("text", "printed", "period"), [
    # national work report 1983: the span counted after 的 dates both changes
    (S1983_SPAN, "百分之三十三点六", "1979-1982年"),
    (S1983_SPAN, "百分之三点三", "1979-1982年"),
    # national work report 1982: at the head of an indented paragraph too
    (INDENT + S1982_FARM, "百分之三点四", "1953-1980年"),
    # national work report 1982 (mid-paragraph)
    (S1982_SHARE, "百分之二十", "1953-1980年"),
])
def test_a_span_counted_after_de_dates_its_figures(text, printed, period):
    assert fact(text, printed)["period"] == period


@pytest.mark.parametrize(("text", "printed"), [
    # national work report 1982: the plan's growth is no figure of the twenty-eight years before it
    (INDENT + S1982_FARM, "百分之四"),
    # national work report 1982: nor the share the plan raises
    (S1982_SHARE, "百分之三十六"),
])
def test_a_span_of_history_is_no_time_of_a_plan_after_it(text, printed):
    assert fact(text, printed)["period"] != "1953-1980年"


@pytest.mark.parametrize(("printed", "within"), [
    ("八点一倍", ""), ("四点二倍", ""), ("二十六倍", ""), ("一倍", "提高一倍"),
])
def test_words_between_tong_and_the_year_compared_keep_the_frame(printed, within):
    # national work report 1981
    f = fact(S1981, printed, within)
    assert (f["period"], f["comparator"]) == ("1980年", "1952年")


@pytest.mark.parametrize(("text", "printed", "period"), [
    # national work report 1983: A of the year compared with, B of the year the sentence speaks of
    (S1983_RETAIL, "一千五百五十九亿元", "一九七八年"),
    (S1983_RETAIL, "二千五百七十亿元", "一九八二年"),
    # national work report 1987: each pair of the sentence
    (S1987, "３４８０亿元", "1978年"),
    (S1987, "９３８０亿元", "1986年"),
    (S1987, "３０１０亿元", "1978年"),
])
def test_the_level_a_change_starts_from_is_of_the_year_compared_with(text, printed, period):
    assert fact(text, printed)["period"] == period


def test_a_change_over_the_span_it_prints_is_not_of_the_year_held_before_it():
    # national work report 1986, after 一九九○年工农业总产值达到一万六千七百七十亿元，比一九八○年增长一点三倍
    f = WorkReports().fact_at(1986, "城乡居民的实际消费水平五年增长百分之二十七左右", "百分之二十七")
    assert (f["period"], f["comparator"]) == ("1986-1990年", "五年")


def test_an_outcome_summed_over_a_span_wider_than_the_frame_is_of_that_span():
    # national work report 2023, under 一、过去一年和五年工作回顾: ten years back from the year reviewed
    f = WorkReports().fact_at(2023, "十年1.4亿农村人口在城镇落户", "1.4亿")
    assert f["period"] == "2013-2022年"


def test_a_span_narrower_than_the_frame_is_no_span_counted_back():
    # national work report 2013, under 一、过去五年工作回顾: the two years of the stimulus are not 2011-2012
    f = WorkReports().fact_at(2013, "两年新增4万亿元投资", "4万亿元")
    assert f["period"] != "2011-2012年"


S1982_FIRMS = ("在一九七一年到一九八○年的十年间，我国工业企业由一九七○年的十九万五千多个增加到三十七万七千多个"
               "（不包括农村队办企业），增加近一倍，这固然对经济的发展起了一定的作用，但由于经济工作指导思想上“左”的错误"
               "的长期影响，加上不少干部缺乏应有的知识，这种发展当中存在着很大的盲目性。")
S1982_LOSS = ("到现在为止，全国还有相当数量企业的技术经济指标没有达到过去曾经达到过的较好纪录，有近百分之三十独立核算的"
              "国营工业企业亏损，今年的亏损额预计达四十多亿元。")


@pytest.mark.parametrize(("printed", "period"), [
    # national work report 1982: A of its own year, the year before the span; B, printing none, of the span's end
    ("十九万五千多个", "一九七○年"),
    ("三十七万七千多个", "1980年"),
])
def test_a_span_after_zai_heading_its_sentence_dates_the_level_a_pair_reaches(printed, period):
    assert fact(S1982_FIRMS, printed)["period"] == period


def test_a_sentence_opening_with_up_to_now_holds_no_span_of_history_before_it():
    # national work report 1982: the same paragraph, a few sentences on (those between left out)
    assert fact(S1982_FIRMS + S1982_LOSS, "百分之三十")["period"] == ""


S1986_PLANS = ("“六五”时期同“五五”时期相比，我国粮食的年平均产量由三亿零五百三十万吨增加到三亿七千零六十二万吨，"
               "棉花由二百二十四万吨增加到四百三十二万吨，猪牛羊肉由九百三十七万吨增加到一千四百六十二万吨。")


@pytest.mark.parametrize("printed", ["三亿零五百三十万吨", "二百二十四万吨", "九百三十七万吨"])
def test_the_level_a_change_starts_from_is_of_the_five_year_period_compared_with(printed):
    # national work report 1986: a sentence opening with two five-year periods compared
    assert fact(S1986_PLANS, printed)["period"] == "1976-1980年"


S1983_LIGHT = ("从一九七九年到一九八二年的四年内，轻工业平均每年增长百分之十一点八，超过重工业每年平均增长百分之三点四的速度。"
               "许多市场紧缺商品的生产有了很大发展。自行车增长一点八倍，缝纫机增长一点六倍，手表增长一点四倍，电视机增长"
               "十点四倍，化学纤维、布匹、呢绒、食糖、皮鞋等也都大幅度增长。")


@pytest.mark.parametrize("printed", ["一点八倍", "一点六倍", "一点四倍", "十点四倍"])
def test_a_change_over_a_span_held_from_before_is_compared_as_that_sentence_names_the_span(printed):
    # national work report 1983: the span the sentence before opens with (四年内), not the years it resolves to
    f = fact(S1983_LIGHT, printed)
    assert (f["measure"], f["period"], f["comparator"]) == ("change_pct", "1979-1982年", "四年内")
