"""A thing named by whom it is given to and the verb that gives it (向灾区调运的粮食, 向企业发放的贷款) keeps all of its
name: the 向 or 给 phrase closed by a verb and its 的 is a clause that modifies the noun, not recipients before a relief
(为企业减税…, 向实体经济让利…), which stay off the name. A noun so modified alone in its clause, before a clause that opens
with a change it had (，增加了七十亿斤), names that change, not the subject of the clauses before it. A modal word
(要, 将, 拟) before a verb of one character and its 的 stays with it (要花的投资, 要办的民生实事, 将建的保障性住房), and
such a name is no debris of a cue word. A 向 phrase closed by a verb and its 的 inside a name stays in it too
(金融机构向小微企业发放的贷款余额); a clause of comparison or cause (与上年同期的水平相比, 受新冠疫情的影响) names no change
after it.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis.facts import clean_name

# national work report 1957 (shared/corpus/national_work_reports/1957.txt)
S1957_GRAIN = ("对于灾区，政府去年用于防汛、搶險、堵口、复堤、救济等項的支出和發放生产救灾貸款的款項共达八亿六千万元，"
               "从去年7月到現在，向灾区調运的粮食，增加了七十亿斤，而农業合作社的集体救灾和生产互助，更起了大的作用。")


def test_a_noun_alone_in_its_clause_names_the_change_of_the_clause_after_it():
    f = fact(S1957_GRAIN, "七十亿斤")
    assert (f["indicator"], f["measure"], f["value"]) == ("向灾区調运的粮食", "abs_change", 7e9)
    # (the relief fund of the clause before keeps its name)
    assert fact(S1957_GRAIN, "八亿六千万元")["indicator"].startswith("政府用于防汛")


@pytest.mark.parametrize(("name", "cleaned"), [
    ("向灾区調运的粮食", "向灾区調运的粮食"),
    ("向企业发放的贷款", "向企业发放的贷款"),
    ("向中小企业发放的贷款", "向中小企业发放的贷款"),
    # recipients before a relief, no 的 clause: the relief alone
    ("为2.6万户市场主体缓缴社会保险费", "缓缴社会保险费"),
    ("对全区的企业减免税费", "减免税费"),
    # 对 "towards" and 为 "for the sake of" open no such clause (2017: 对全球经济增长的贡献率; 1988: 为改造现有企业而引进的…)
    ("为改造现有企业而引进的先进技术和设备", "改造现有企业而引进的先进技术和设备"),
    # the year after such a name still goes; the 向 phrase inside a name, closed by its verb and 的, stays
    ("向企业发放的贷款去年", "向企业发放的贷款"),
    ("金融机构向小微企业发放的贷款余额", "金融机构向小微企业发放的贷款余额"),
    # a noun after the 的 that some verb lists hold (建设, 改造) is no verb of a clause of its own
    ("向农户发放的建设补助资金", "向农户发放的建设补助资金"),
    ("向居民发放的改造补贴", "向居民发放的改造补贴"),
    # a verb of giving after the 的 still makes it a clause of its own: the thing given alone
    ("向全区的企业发放贷款", "发放贷款"),
])
def test_a_given_thing_keeps_its_recipients_and_verb(name, cleaned):
    assert clean_name(name) == cleaned


# national work report 1983 (shared/corpus/national_work_reports/1983.txt)
S1983_COST = ("据对一百七十六个在建的大中型项目的检查，现在要花的投资就比原来的概算增加一百八十五亿元，其中固然有些是原概算偏低，"
              "但大量的是由于种种不合理的因素造成的。")


def test_a_modal_word_stays_with_the_verb_of_one_character_it_goes_with():
    # (要花的投资, not 花的投资: a modal word before a verb of one character and its 的 is part of the clause)
    f = fact(S1983_COST, "一百八十五亿元")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("要花的投资", "abs_change", "原来的概算")


@pytest.mark.parametrize(("name", "cleaned"), [
    ("今年要办的民生实事", "要办的民生实事"),
    # a noun of one character before its 的 (1956: 把总的征收数额; 1958: 要求猪的头数) is no verb: the head goes
    ("把总的征收数额", "总的征收数额"),
    ("要求猪的头数", "猪的头数"),
])
def test_only_a_modal_head_stays_before_one_character_and_its_de(name, cleaned):
    assert clean_name(name) == cleaned


REVIEW = "一、2023年工作回顾\n"
PLAN = "二、2024年工作安排\n"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # regression fixtures in the style of district reports (一、2023年工作回顾), modelled on the 1957 national report
    # (向灾区调运的粮食，增加了七十亿斤): a given thing named by its recipients and verb, its year after it cut, the
    # subject of the sentence its own
    ("向企业发放的贷款去年达到120亿元。", "120亿元", "向企业发放的贷款"),
    ("全区向企业发放的贷款余额达到120亿元。", "120亿元", "向企业发放的贷款余额"),
    ("金融机构向小微企业发放的贷款余额达到50亿元。", "50亿元", "金融机构向小微企业发放的贷款余额"),
    ("向农户发放的建设补助资金2000万元。", "2000万元", "向农户发放的建设补助资金"),
])
def test_a_given_thing_in_a_review_keeps_its_whole_name(text, printed, name):
    got = fact(REVIEW + text, printed)
    assert got["indicator"] == name
    assert "subject_carried" not in got["flags"]


@pytest.mark.parametrize(("text", "printed", "name"), [
    # regression fixtures in the style of district reports: a clause of comparison or of cause before a change
    # (，增长了6.5%) is no noun naming it; the change is of the figure before
    ("全区地区生产总值完成500亿元，与上年同期的水平相比，增长了6.5%。", "6.5%", "地区生产总值"),
    ("全区旅游收入12亿元，受新冠疫情的影响，下降了32%。", "32%", "旅游收入"),
])
def test_a_clause_of_comparison_or_cause_names_no_change(text, printed, name):
    assert fact(REVIEW + text, printed)["indicator"] == name


def test_a_modal_word_and_its_verb_of_one_character_make_no_doubtful_name():
    # regression fixture in the style of district reports (二、2024年工作安排): 将建的 is what is to be built
    got = fact(REVIEW + "全年完成税收100亿元。\n" + PLAN + "全区将建的保障性住房1000套。", "1000套")
    assert got["indicator"] == "将建的保障性住房"
    assert "cue_subject" not in got["flags"]
