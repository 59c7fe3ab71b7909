"""The work reports of 1954–1976: the plan word a name ends with (棉花的指标为) makes its figure a target and is then
no part of the name, while a count of such words (15个指标) keeps it; a figure a speaker reckons (估算为) is an
estimate, its verb no part of the name; a year a clause opens with after a description (在解放前产量最高的一九三六年，)
is the period of its figures; a word that singles out an example (最突出的如) opens no name, and a year before an
adverb of surprise (一九五三年竟完成了) is the period of the figure; a level a plan says there should be (应该有)
and a rise on a base (还要在…的基础上，再增加) are targets; and what a deed of a year brought about (在一九五八年…，使…)
is of that year; a base year opening the sentence (以一九五四年为基数，) is the comparator of its changes; a scale a plant can grow to (可以扩大到) is an estimate, and a floor a norm sets
(应当不少于) a target; the year a plan set a figure for (原定１９５７年３，８５６亿斤) is its period. Sentences copied verbatim from the work-report
corpus (year in the comment)."""

from __future__ import annotations

import pytest
from _sentences import fact

# 1958
TARGETS = ("以粮食和棉花的产量来说，一九五八粮食的指标为三千九百二十亿斤，比上一年增加二百二十亿斤，增长百分之五点九；"
           "棉花的指标为三千五百万担，比上一年增加二百二十万担，增长百分之六点七；这些速度都是相当高的。")
# 1958
RAISED = ("拿北京京西矿务局来说，国家经济委员会和煤炭工业部给他们原定的煤炭产量的指标是二百八十五万吨，比上年增长百分之二十一，"
          "就已经认为是比较先进的了，但是，经过群众讨论以后，提高到三百零五万吨，比原定指标又增加百分之十以上，"
          "而且职工们还提出了再超额生产煤炭十五万吨，作为奋斗目标。")


@pytest.mark.parametrize(("text", "printed", "name", "key"), [
    (TARGETS, "三千五百万担", "棉花", "cotton_output"),
    (TARGETS, "二百二十万担", "棉花", "cotton_output"),
    (TARGETS, "百分之六点七", "棉花", "cotton_output"),
    (RAISED, "二百八十五万吨", "国家经济委员会和煤炭工业部给他们原定的煤炭产量", ""),
    (RAISED, "三百零五万吨", "国家经济委员会和煤炭工业部给他们原定的煤炭产量", ""),
    (RAISED, "百分之十", "国家经济委员会和煤炭工业部给他们原定的煤炭产量", ""),
])
def test_the_plan_word_of_a_target_is_no_part_of_its_name(text, printed, name, key):
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"], f["status"]) == (name, key, "target")


def test_a_count_of_plan_words_keeps_its_noun():
    # dongcheng_2017_h1 (a district report of the genre)
    s = "全市“疏解整治促提升”专项行动共有15个指标,涉及中心城区的10个,我区有9个指标已完成全年任务,其中6个指标在16区排名进入前3名。"
    assert fact(s, "15个")["indicator"] == "“疏解整治促提升”专项行动的指标"
    assert fact(s, "9个")["indicator"] == "已完成全年任务的指标"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # 1958
    ("根据上述劳动工资的安排和商品供应的可能性，一九五八年的社会购买力估算为四百九十四亿元左右。", "四百九十四亿元",
     "社会购买力"),
    # 1958
    ("群众自办的学校的招生人数，大致估算为：高中一万人，初中十八万人，小学二百五十六万人。", "十八万人", "初中招生人数"),
])
def test_a_reckoned_figure_is_an_estimate(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["status"]) == (name, "estimate")


@pytest.mark.parametrize(("text", "printed", "period"), [
    # 1959
    ("大家知道，我国的粮食总产量，在解放前产量最高的一九三六年，只有二千七百七十四亿斤。", "二千七百七十四亿斤", "一九三六年"),
    # 1959
    ("在解放以后经济得到恢复的一九五二年，也还只有三千零八十八亿斤。", "三千零八十八亿斤", "一九五二年"),
])
def test_a_described_year_opening_a_clause_is_its_period(text, printed, period):
    assert fact(text, printed)["period"] == period


def test_a_word_singling_out_an_example_opens_no_name():
    # 1954
    s = "最突出的如瀋陽染料廠一九五三年竟完成了利潤計劃的百分之五百以上。"
    f = fact(s, "百分之五百")
    assert (f["indicator"], f["period"], f["measure"]) == ("瀋陽染料廠", "一九五三年", "completion_pct")


def test_a_required_level_and_a_rise_on_a_base_are_targets():
    # 1960
    s = ("但是按照纲要要求的水平计算，全国粮食总产量应该有七千二百亿斤到七千五百亿斤，还要在一九五九年粮食总产量的基础上，"
         "再增加一千八百亿斤以上，即增长三分之一以上。")
    for printed in ("七千二百亿斤", "七千五百亿斤", "一千八百亿斤", "三分之一"):
        assert fact(s, printed)["status"] == "target", printed


def test_what_a_deed_of_a_year_brought_about_is_of_that_year():
    # 1959
    s = "因此，我们在一九五八年动员全民的力量增产钢铁，使钢产量由一九五七年的五百三十五万吨增长到一千一百零八万吨。"
    assert fact(s, "五百三十五万吨")["period"] == "一九五七年"
    assert fact(s, "一千一百零八万吨")["period"] == "一九五八年"


@pytest.mark.parametrize("printed", ["百分之十三点七", "四百六十六亿斤", "百分之五十三点五", "一千一百四十万担", "百分之三十"])
def test_a_base_year_opening_the_sentence_is_the_comparator_of_its_changes(printed):
    # 1955
    s = ("农业生产的任务是很紧张的，以一九五四年为基数，粮食产量要增长百分之十三点七，即增产四百六十六亿斤，棉花产量要增长"
         "百分之五十三点五，即增产一千一百四十万担；铁路货物周转量要在一九五四年基数上增长百分之三十，公路汽车和水路的运输任务"
         "也很繁重。")
    f = fact(s, printed)
    assert (f["comparator"], f["status"]) == ("一九五四年", "target")
    assert f["measure"] in ("change_pct", "abs_change")


@pytest.mark.parametrize("printed", ["二百五十万吨", "三百二十二万吨", "二百四十八万吨"])
def test_a_scale_a_plant_can_grow_to_is_an_estimate(printed):
    # 1955
    s = "这个我国最大的钢铁联合企业，在改建完成以后，它的生产规模可以扩大到年产生铁二百五十万吨，钢三百二十二万吨，钢材二百四十八万吨。"
    assert fact(s, printed)["status"] == "estimate"


def test_a_floor_a_norm_sets_is_a_target():
    # 1959
    s = "在目前条件下，从事农业（包括农、林、牧、副、渔各业）的农村劳动力，一般应当不少于百分之八十。"
    f = fact(s, "百分之八十")
    assert (f["status"], f["qualifier"]) == ("target", "at_least")


@pytest.mark.parametrize(("printed", "period"), [("３，９８９亿斤", ""), ("３，８５６亿斤", "1957年")])
def test_the_year_a_plan_set_a_figure_for_is_its_period(printed, period):
    # 1956
    s = "如果没有特大的灾荒，粮食产量将要达到３，９８９亿斤，比１９５５年增长８．４％，比五年计划原定１９５７年３，８５６亿斤的水平超过１３３亿斤。"
    f = fact(s, printed)
    assert (f["period"], f["status"], f["indicator_key"]) == (period, "target", "grain_output")
