"""Names a clause before the figure lends or does not lend in the national work reports: a clause of
purpose or concession heading the sentence, a bare verb repeating the verb of a clause before, and what
is done a number of times with an adverb of how much. Sentences copied verbatim from the work-report
corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact


def test_a_purpose_clause_names_nothing_the_repeated_verbs_object_names_the_amount():
    # 2024
    s = ("为系统解决强国建设、民族复兴进程中一些重大项目建设的资金问题，从今年开始拟连续几年发行超长期特别国债，"
         "专项用于国家重大战略实施和重点领域安全能力建设，今年先发行1万亿元。")
    f = fact(s, "1万亿元")
    assert (f["indicator"], f["measure"], f["unit"]) == ("超长期特别国债", "level", "元")


def test_a_clause_of_what_it_serves_leaves_the_name_after_the_figure():
    # 2014
    s = "发挥深松整地对增产的促进作用，今年启动1亿亩试点。"
    assert fact(s, "1亿亩")["indicator"] == "试点"


def test_a_concession_clause_names_nothing_the_clause_after_it_names_the_figures():
    # 1983
    s = ("在国家财政收入下降的同时，预算外资金却大幅度增加，由一九七八年的三百七十一亿元增加到一九八二年的六百五十亿元，"
         "四年间增长百分之七十五点二。")
    for printed in ("三百七十一亿元", "六百五十亿元", "百分之七十五点二"):
        assert fact(s, printed)["indicator"] == "预算外资金"
    assert fact(s, "百分之七十五点二")["measure"] == "change_pct"


def test_a_change_done_a_number_of_times_is_named_without_its_adverb():
    # 2009
    s = "三次较大幅度提高粮食最低收购价，提价幅度超过20%。"
    f = fact(s, "三次")
    assert (f["indicator"], f["unit"]) == ("提高粮食最低收购价的次数", "次")  # the times counted, a noun
    f = fact(s, "20%")  # the rise of the price raised, over the three raises
    assert (f["indicator"], f["measure"]) == ("粮食最低收购价", "change_pct")


def test_a_modal_or_perfective_word_left_by_the_verb_before_is_no_part_of_the_name():
    # 1955
    s = "五年内建设并完工的第一汽车制造厂，在它发挥了生产能力以后，每年能够出产载重汽车三万辆，供应运输业的需要。"
    assert fact(s, "三万辆")["indicator"] == "载重汽车"  # the verb the modal bears goes with it: the trucks are counted
    # 1998 (the base year printed spaced: 1 9 8 0 年)
    s = "顺利完成了“八五”计划，提前实现了本世纪末国民生产总值比1 9 8 0 年翻两番的目标。"
    assert fact(s, "两番")["indicator"].endswith("国民生产总值") and not fact(s, "两番")["indicator"].startswith("了")


def test_a_clause_enlarging_an_area_names_the_area_it_moves_from_and_to():
    # 1982: the levels are of the area, the verb enlarging it no part of their name
    s = "扩大人工草场面积，计划由一九八○年的三千二百万亩增加到一九八五年的一亿亩。"
    for printed in ("三千二百万亩", "一亿亩"):
        f = fact(s, printed)
        assert (f["indicator"], f["measure"]) == ("人工草场面积", "level")
