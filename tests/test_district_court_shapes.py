"""Figures of the court and procuratorate work reports (法院工作报告, 检察院工作报告) of districts and counties.

They print cases received, newly filed and concluded (受理/新收/审结/执结案件X件，同比上升Y%), rates (结案率, 调解率,
一审服判息诉率, 法定审限内结案率), amounts recovered (执行到位金额), persons approved for arrest and prosecuted (批准逮捕X人,
提起公诉X人), case numbers and article numbers, and ranks among the courts of the city. The rules:

- the number of a court case (（2023）京0105民初1234号: the year, the court's code, the kind, the serial) is no figure,
  as the number of an official document is not;
- 再审 (a retrial) is a word of its own: its 再 is no adverb cut off the name (再审案件, 再审检察建议);
- a time within which a thing is done (7日内程序性回复率, 15日内答复率) is part of the name, as 3天内 and 3个月内 are:
  日 is a unit of a duration before 内;
- a pause before a number that is no figure is a list's (7日内程序性回复率、3个月内…答复率均为100%: two rates);
- a list of kinds of cases shares the words for cases the last item prints (刑事、民事、行政案件: 民事案件;
  离婚、继承、赡养纠纷案件: 继承纠纷案件);
- a count of the bodies ranked (在全市16个基层法院中排名第4) is part of the group the rank is in, no figure, and the
  name is what is ranked;
- the standard concepts of court statistics have glossary keys (结案率, 一审服判息诉率, 执行到位金额, 批准逮捕 …).

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

COURT = "XX区人民法院工作报告\n一、2023年主要工作情况\n"
PROCURATORATE = "XX县人民检察院工作报告\n一、2023年工作回顾\n"


# -- a case number is no figure -----------------------------------------------------------------------------------

@pytest.mark.parametrize("s", [
    # regression fixture in the form of a district court report (not real), modelled on the national reports'
    # 严肃查处各类违法违纪案件 (/work/shared/corpus/national_work_reports/2003.txt), a case named by its number
    "（2023）京0105民初1234号案件入选全市法院十大典型案例。",
    # regression fixture, a variant (not real): a criminal case of another court
    "（2023）沪0115刑初789号案件被评为全市法院优秀案例。",
    # regression fixture, a variant (not real): half-width brackets, an enforcement case
    "(2022)京0105执恢56号案件入选典型案例。",
])
def test_a_case_number_is_no_figure(s):
    assert facts(COURT + s).empty


def test_a_figure_after_a_case_number_is_read():
    # regression fixture, a variant (not real): the amount recovered in a case named by its number
    s = COURT + "（2023）京0105执12345号执行案件执行到位1200万元。"
    f = facts(s)
    assert f["raw_value"].tolist() == ["1200"]
    assert fact(s, "1200万元")["value"] == 12_000_000


# -- 再审 is a word -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district court report (not real), modelled on the national reports'
    # 提请全国人大常委会审议法律议案18件 (a count of items of legal work; /work/shared/corpus/national_work_reports/2019.txt)
    ("审结一审民事案件9876件，二审案件123件，再审案件12件。", "12件", "再审案件"),
    # regression fixture, a variant (not real): a procuratorate's recommendation of a retrial
    ("办理民事检察监督案件123件，提出再审检察建议8件，采纳率100%。", "8件", "再审检察建议"),
])
def test_zaishen_is_a_word(s, printed, name):
    assert fact(COURT + s, printed)["indicator"] == name


# -- a time within which a thing is done is part of the name ------------------------------------------------------

@pytest.mark.parametrize(("s", "name"), [
    # regression fixture in the form of a district procuratorate report (not real), modelled on the national reports'
    # 判处死刑的占16.8% (a share of the persons dealt with; /work/shared/corpus/national_work_reports/1956.txt)
    ("群众来信7日内程序性回复率100%。", "群众来信7日内程序性回复率"),
    # regression fixture, a variant (not real): 15日内
    ("信访事项15日内答复率100%。", "信访事项15日内答复率"),
])
def test_a_time_within_is_part_of_the_name(s, name):
    f = facts(PROCURATORATE + s)
    assert f["indicator"].tolist() == [name]
    assert f["measure"].tolist() == ["rate_pct"]


def test_rates_within_times_share_one_figure():
    # regression fixture in the form of a district procuratorate report (not real), modelled on 1956.txt's
    # 判处死刑的占16.8%: the rates of answering letters, one figure for both
    s = PROCURATORATE + "受理群众信访612件，7日内程序性回复率、3个月内办理过程或结果答复率均为100%。"
    f = facts(s)
    rates = f[f["unit"] == "%"]
    assert rates["indicator"].tolist() == ["7日内程序性回复率", "3个月内办理过程或结果答复率"]
    assert rates["value"].tolist() == [100, 100]
    # regression fixture, a variant (not real): the second rate alone names a time
    f = facts(PROCURATORATE + "程序性回复率、3个月内答复率均为100%。")
    assert f["indicator"].tolist() == ["程序性回复率", "3个月内答复率"]


# -- a list of kinds of cases shares the word for cases ------------------------------------------------------------

@pytest.mark.parametrize(("s", "names"), [
    # regression fixture in the form of a district court report (not real), modelled on the national reports'
    # 依法严厉打击各种刑事犯罪活动，初步遏制了严重刑事案件上升势头 (/work/shared/corpus/national_work_reports/2005.txt)
    ("刑事、民事、行政案件分别为1023件、18456件和356件。", ["刑事案件", "民事案件", "行政案件"]),
    # regression fixture, a variant (not real): disputes
    ("离婚、继承、赡养纠纷案件分别为456件、123件和78件。", ["离婚纠纷案件", "继承纠纷案件", "赡养纠纷案件"]),
    # regression fixture, a variant (not real): contracts, the last item of its own words
    ("买卖合同、民间借贷、物业服务合同纠纷案件分别为2345件、1876件和1543件。",
     ["买卖合同纠纷案件", "民间借贷纠纷案件", "物业服务合同纠纷案件"]),
    # regression fixture, a variant (not real): crimes
    ("盗窃、诈骗犯罪案件分别为123件和98件。", ["盗窃犯罪案件", "诈骗犯罪案件"]),
])
def test_a_list_of_kinds_of_cases_shares_the_word_for_cases(s, names):
    f = facts(COURT + s)
    assert f["indicator"].tolist() == names
    assert set(f["unit"]) == {"件"}


@pytest.mark.parametrize(("s", "names"), [
    # regression fixture in the form of a district work report (not real), modelled on the court shapes above
    # (刑事、民事、行政案件分别为…): items that are things counted of their own (建议, 提案) take no shared 案件
    ("办理人大代表建议、政协提案和信访案件分别为120件、85件和300件。", ["办理人大代表建议", "政协提案", "信访案件"]),
    # regression fixture, a variant (not real): a hotline's requests
    ("受理12345热线诉求、信访案件分别为1.2万件和300件。", ["受理12345热线诉求", "信访案件"]),
])
def test_items_counted_of_their_own_take_no_word_for_cases(s, names):
    assert facts(COURT + s)["indicator"].tolist() == names


def test_a_verb_before_a_list_of_cases_keeps_the_items_apart():
    # regression fixture, a variant (not real): 审结 before the list
    f = facts(COURT + "审结刑事、民事、行政案件分别为1023件、18456件和356件。")
    assert f["indicator"].tolist() == ["审结刑事案件", "民事案件", "行政案件"]  # (the verb stays with the first item)


# -- a rank among a counted set of bodies --------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "group"), [
    # regression fixture in the form of a district court report (not real), modelled on the district reports'
    # 在全市16个区中排名第3: the courts of the city ranked as the districts are
    ("案件质量评估指数在全市16个基层法院中排名第4。", "第4", "案件质量评估指数", "全市16个基层法院"),
    # regression fixture, a variant (not real): a procuratorate, 位列
    ("检察业务考评在全市13个基层检察院中位列第2。", "第2", "检察业务考评", "全市13个基层检察院"),
    # regression fixture, a variant (not real): no 全市, a numeral rank
    ("综合考评在16个基层检察院中位列第二。", "第二", "综合考评", "16个基层检察院"),
    # regression fixture, a variant (not real): 家 counting hospitals
    ("满意度测评在全市20家三级医院中排名第3。", "第3", "满意度测评", "全市20家三级医院"),
])
def test_a_rank_among_a_counted_set(s, printed, name, group):
    f = facts(COURT + s)
    assert len(f) == 1  # the count of the set is no figure
    got = fact(COURT + s, printed)
    assert (got["indicator"], got["measure"], got["comparator"]) == (name, "rank", group)


def test_a_rank_among_districts_is_unchanged():
    # regression fixture, a variant (not real): the districts' shape this reading follows
    got = fact(COURT + "地区生产总值增速在全市16个区中排名第3。", "第3")
    assert (got["indicator"], got["comparator"]) == ("地区生产总值增速", "全市16个区")


# -- the concepts of court statistics have keys --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district court report (not real), modelled on 2019.txt's
    # 提请全国人大常委会审议法律议案18件 (a count of items the report's body dealt with)
    ("2023年，全院共受理各类案件28456件，同比上升8.3%，审结26789件，同比上升7.9%，结案率94.1%。", "28456件",
     "court_cases_received"),
    ("2023年，全院共受理各类案件28456件，同比上升8.3%，审结26789件，同比上升7.9%，结案率94.1%。", "26789件",
     "court_cases_concluded"),
    ("2023年，全院共受理各类案件28456件，同比上升8.3%，审结26789件，同比上升7.9%，结案率94.1%。", "94.1%",
     "case_closure_rate"),
    # regression fixture, a variant (not real): the rate of judgments accepted, in points
    ("一审服判息诉率92.3%，同比提高0.8个百分点。", "0.8个百分点", "first_instance_acceptance_rate"),
    # regression fixture, a variant (not real): closed within the time limit, ranked
    ("法定审限内结案率99.2%，居全市法院第2位。", "99.2%", "statutory_time_limit_closure_rate"),
    # regression fixture, a variant (not real): the amount recovered and its growth
    ("受理执行案件8765件，执结8123件，执行到位金额23.6亿元，同比增长12.4%。", "12.4%", "enforcement_amount_recovered"),
    ("受理执行案件8765件，执结8123件，执行到位金额23.6亿元，同比增长12.4%。", "8123件", "enforcement_cases_concluded"),
    # regression fixture, a variant (not real): mediation and withdrawal, not mediation alone
    ("审结民商事案件18456件，同比上升6.7%，调解撤诉率为45.2%。", "45.2%", "court_mediation_withdrawal_rate"),
])
def test_court_concepts_have_keys(s, printed, key):
    assert fact(COURT + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district procuratorate report (not real), modelled on 2005.txt's
    # 依法严厉打击各种刑事犯罪活动 (the persons the organs of justice dealt with)
    ("批准逮捕各类犯罪嫌疑人312人，同比下降12.4%，不批准逮捕89人。", "312人", "persons_approved_for_arrest"),
    ("提起公诉856人，同比上升5.6%。", "5.6%", "persons_prosecuted"),
    # regression fixture, a variant (not real): 批捕 and 起诉 in a list with 分别
    ("全年共批捕犯罪嫌疑人278人，起诉512人，同比分别下降8.5%和上升3.2%。", "278人", "persons_approved_for_arrest"),
    ("全年共批捕犯罪嫌疑人278人，起诉512人，同比分别下降8.5%和上升3.2%。", "3.2%", "persons_prosecuted"),
    # regression fixture, a variant (not real): the rates of the guilty-plea system and of detention
    ("认罪认罚从宽制度适用率达91.3%，量刑建议采纳率97.8%。", "91.3%", "guilty_plea_leniency_rate"),
    ("认罪认罚从宽制度适用率达91.3%，量刑建议采纳率97.8%。", "97.8%", "sentencing_recommendation_adoption_rate"),
    ("诉前羁押率为28.6%，较上年下降5.4个百分点。", "5.4个百分点", "pretrial_detention_rate"),
    # regression fixture, a variant (not real): the short names of the rates of not arresting and not prosecuting
    ("不捕率、不诉率分别为35.6%和21.4%。", "35.6%", "non_arrest_rate"),
    ("不捕率、不诉率分别为35.6%和21.4%。", "21.4%", "non_prosecution_rate"),
])
def test_procuratorate_concepts_have_keys(s, printed, key):
    assert fact(PROCURATORATE + s, printed)["indicator_key"] == key


# -- the law a thing is done by opens no name ----------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district court report (not real), modelled on 2019.txt's
    # 制定修订行政法规37部 (the laws are the matter of the report's legal work, not of its figures)
    ("审结危险驾驶罪案件234件，依据《刑法》第133条之一判处拘役198人。", "198人", "判处拘役"),
    # regression fixture, a variant (not real): 依照, an article in digits, an amount
    ("依照《民法典》第1165条判决赔偿损失320万元。", "320万元", "判决赔偿损失"),
    # regression fixture, a variant (not real): 根据 … 的规定
    ("根据《民法典》第1165条的规定判决赔偿损失320万元。", "320万元", "判决赔偿损失"),
    # regression fixture, a variant (not real): a regulation with no article, the district's own shape
    ("按照《北京市生活垃圾管理条例》规定发放补贴100万元。", "100万元", "发放补贴"),
])
def test_the_law_a_thing_is_done_by_opens_no_name(s, printed, name):
    f = facts(COURT + s)
    assert fact(COURT + s, printed)["indicator"] == name
    assert not f["raw_value"].isin(["133", "1165"]).any()  # an article's number is no figure


# -- the part of the recommendations adopted -----------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district court report (not real), modelled on 2019.txt's
    # 提请全国人大常委会审议法律议案18件 (the items a body put forward, some of them taken up)
    ("全年共发出司法建议23份，被采纳21份，采纳率91.3%。", "21份", "被采纳的司法建议"),
    # regression fixture, a variant (not real): 已采纳
    ("发出检察建议76件，已采纳70件。", "70件", "已采纳的检察建议"),
    # regression fixture, a variant (not real): 提出, the verb that puts the set forth, names no part either
    ("全年共提出合理化建议56件，被采纳48件。", "48件", "被采纳的合理化建议"),
])
def test_the_part_adopted_is_named_apart_from_the_whole(s, printed, name):
    f = facts(PROCURATORATE + s)
    assert fact(PROCURATORATE + s, printed)["indicator"] == name
    assert f["indicator"].nunique() == len(f)  # the whole and its part are two names


def test_a_count_adopted_with_no_whole_before_is_its_own():
    # regression fixture, a variant (not real): nothing counted before, the verb names the count
    assert fact(PROCURATORATE + "采纳代表建议120条。", "120条")["indicator"] == "采纳代表建议"
