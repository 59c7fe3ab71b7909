"""Figures of the procuratorate work report (检察院工作报告), as district and county people's procuratorates print them.

The report counts the cases and suspects received for review of arrest and of prosecution (受理审查逮捕案件456件623人),
the suspects approved for arrest and not (批准逮捕犯罪嫌疑人389人，同比下降12.3%，不批准逮捕198人), the cases and persons
prosecuted and not (提起公诉986件1245人; 决定不起诉312人，不起诉率20.1%) with the persons prosecuted by crime (危险驾驶,
盗窃, 诈骗, 帮助信息网络犯罪活动), the duty crimes of judicial staff placed on file (立案侦查司法工作人员相关职务犯罪3件4人),
the public-interest suits and pre-litigation recommendations (立案办理公益诉讼案件87件; 发出诉前检察建议65件), the
minors' cases, the supervision of trials and enforcement (提出刑事抗诉5件; 发出检察建议46件，采纳率100%), the rate of
the guilty-plea leniency system (认罪认罚从宽制度适用率达92.5%) and the letters and visits with their reply rates
(受理群众来信来访312件次; 7日内程序回复率、3个月内办理过程或结果答复率均为100%). The rules:

- the glossary keys the stable statistics of the kind: besides the arrests approved, the prosecutions, the
  non-prosecution and non-arrest rates, the guilty-plea leniency rate, the public-interest cases and the
  pre-litigation recommendations keyed before, the suspects not approved for arrest (不批准逮捕), the persons not
  prosecuted (不起诉), the cases received for review of arrest and of prosecution, the duty crimes of judicial staff
  placed on file, the criminal protests, the procuratorial recommendations and their adoption rate, and the
  seven-day and three-month reply rates of letters; a recommendation of a retrial (再审检察建议) and one before a suit
  (诉前检察建议) are no bare 检察建议;
- 帮助信息网络犯罪活动 is the name of a crime (the aiding of crimes on information networks): its 帮助 is no verb cut
  off the name;
- a bare adoption rate (``adopted_rates``: 采纳率) is of the recommendations or opinions the count before it names,
  less the verb issuing them (发出检察建议46件，采纳率100% → 检察建议采纳率; 提出纠正意见35件 → 纠正意见采纳率) or
  taking them in (收到意见建议860条 → 意见建议采纳率), past a count of those adopted (采纳合理化建议180条); after a count
  of anything else (报送信息120条) or the last item of a list of counts (…、群众意见建议230件) it stays bare;
- 提出抗诉 and 提请抗诉 are no 刑事抗诉 (a protest may be civil or administrative; 提请 only asks for one).

The national work reports print the procuratorate only as a body and a budget line (所有公安、检察、法院、工商行政管理、
海关、税务等部门，都要按照国家的法律和规定，互相配合, 1981.txt; 各级政府都要支持审判机关和检察机关依法独立行使审判权和检察权,
2005.txt; 1956年国家预算规定行政经费支出和公安、司法、检察经费支出共为２，４１０，９３５，０００元, 1956.txt) and its
dealings with offenders as shares of a whole (（四）逮捕后宽大处理、教育释放的占8.9%, 1956.txt; all under
/work/shared/corpus/national_work_reports/); the real excerpts under /work/shared/gold/real/ and examples/unseen/ print no
procuratorate figures. The counts of persons and cases by a verb of the office (批准逮捕X人, 提起公诉X件Y人) are written
in the form of district procuratorate reports after those shares and counts, and are marked as regression fixtures.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "XX区人民检察院工作报告\n一、2023年工作回顾\n"

# regression fixture in the form of a district procuratorate report (not real), modelled on the national report's
# （四）逮捕后宽大处理、教育释放的占8.9% (the persons arrested and dealt with; /work/shared/corpus/national_work_reports/1956.txt)
ARRESTS = "全年共受理审查逮捕案件456件623人，批准逮捕犯罪嫌疑人389人，同比下降12.3%，不批准逮捕198人。"
# regression fixture, a variant (not real): the review of prosecution and the persons prosecuted
PROSECUTIONS = "受理审查起诉案件1234件1567人，提起公诉986件1245人，同比上升5.6%。"
# regression fixture, a variant (not real): the persons not prosecuted and their rate
NOT_PROSECUTED = "决定不起诉312人，不起诉率20.1%。"
# regression fixture, a variant (not real): the rates of the plea leniency system and of the sentencing recommendations
LENIENCY = "认罪认罚从宽制度适用率达92.5%，量刑建议采纳率98.3%。"
# regression fixture, a variant (not real): the persons prosecuted by crime
BY_CRIME = "起诉危险驾驶犯罪236人，盗窃犯罪178人，诈骗犯罪95人，帮助信息网络犯罪活动犯罪142人，同比下降35.2%。"
# regression fixture, a variant (not real): the duty crimes of judicial staff
DUTY_CRIMES = "立案侦查司法工作人员相关职务犯罪3件4人。"
# regression fixture, a variant (not real): public-interest litigation by field
PUBLIC_INTEREST = "立案办理公益诉讼案件87件，其中生态环境和资源保护领域45件，食品药品安全领域21件。"
# regression fixture, a variant (not real): the pre-litigation recommendations
PRE_LITIGATION = "发出诉前检察建议65件，行政机关回复整改率100%。"
# regression fixture, a variant (not real): the protests against judgments
PROTESTS = "提出刑事抗诉5件，法院已改判3件。"
# regression fixture, a variant (not real): the recommendations and their adoption rate printed bare
RECOMMENDATIONS = "发出检察建议46件，采纳率100%。"
# regression fixture, a variant (not real): a recommendation of a retrial
RETRIAL = "办理民事检察监督案件123件，提出再审检察建议8件。"
# regression fixture, a variant (not real): the letters and visits and the reply rates of letters
LETTERS = ("受理群众来信来访312件次，同比下降8.5%，7日内程序回复率、3个月内办理过程或结果答复率均为100%。")
# regression fixture, a variant (not real): the custody rate falling in points
CUSTODY = "羁押率下降至28.7%，同比下降9.3个百分点。"
# regression fixture, a variant (not real): complaints and appeals closed
COMPLAINTS = "受理控告申诉案件89件，办结87件，办结率97.8%。"


# -- the glossary keys the stable statistics of the kind ----------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    (ARRESTS, "456件", "受理审查逮捕案件", "arrest_review_cases_received"),
    (ARRESTS, "623人", "受理审查逮捕案件", "arrest_review_cases_received"),
    (ARRESTS, "389人", "批准逮捕犯罪嫌疑人", "persons_approved_for_arrest"),
    (ARRESTS, "198人", "不批准逮捕", "persons_not_approved_for_arrest"),
    (PROSECUTIONS, "1234件", "受理审查起诉案件", "prosecution_review_cases_received"),
    (PROSECUTIONS, "1245人", "提起公诉", "persons_prosecuted"),
    (NOT_PROSECUTED, "312人", "不起诉", "persons_not_prosecuted"),
    (NOT_PROSECUTED, "20.1%", "不起诉率", "non_prosecution_rate"),
    (LENIENCY, "92.5%", "认罪认罚从宽制度适用率", "guilty_plea_leniency_rate"),
    (LENIENCY, "98.3%", "量刑建议采纳率", "sentencing_recommendation_adoption_rate"),
    (DUTY_CRIMES, "3件", "立案侦查司法工作人员相关职务犯罪", "judicial_staff_duty_crimes_investigated"),
    (DUTY_CRIMES, "4人", "立案侦查司法工作人员相关职务犯罪", "judicial_staff_duty_crimes_investigated"),
    (PUBLIC_INTEREST, "87件", "立案办理公益诉讼案件", "public_interest_litigation_cases"),
    (PRE_LITIGATION, "65件", "发出诉前检察建议", "pre_litigation_procuratorial_recommendations"),
    (PROTESTS, "5件", "刑事抗诉", "criminal_protests"),
    (RECOMMENDATIONS, "46件", "发出检察建议", "procuratorial_recommendations"),
    (RECOMMENDATIONS, "100%", "检察建议采纳率", "procuratorial_recommendation_adoption_rate"),
])
def test_the_stable_statistics_are_keyed(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


@pytest.mark.parametrize(("s", "printed", "name"), [
    (RETRIAL, "8件", "再审检察建议"),  # a recommendation of a retrial is no bare recommendation
    (PUBLIC_INTEREST, "45件", "生态环境和资源保护领域"),  # a field of the suits, no key of its own
    (CUSTODY, "28.7%", "羁押率"),  # a wider name than 诉前羁押率, not keyed by it
    (COMPLAINTS, "89件", "受理控告申诉案件"),
    # regression fixture, a variant (not real), modelled on PROTESTS: protests of every kind, and a request for one
    ("提出抗诉12件，其中民事抗诉5件。", "12件", "抗诉"),
    ("全年提请抗诉8件。", "8件", "提请抗诉"),
])
def test_what_is_not_the_kind_s_key_stays_unkeyed(s, printed, name):
    f = fact(HEAD + s, printed)
    assert f["indicator"] == name
    assert not f["indicator_key"]


def test_the_three_month_reply_rate_of_the_list_is_keyed():
    s = HEAD + LETTERS
    f = facts(s)
    rates = f[f["measure"] == "rate_pct"]
    assert rates["indicator"].tolist() == ["7日内程序回复率", "3个月内办理过程或结果答复率"]
    assert rates["indicator_key"].tolist() == ["letter_seven_day_reply_rate", "letter_three_month_reply_rate"]
    assert rates["value"].tolist() == [100, 100]


@pytest.mark.parametrize(("s", "printed", "measure", "value"), [
    (ARRESTS, "12.3%", "yoy_pct", -12.3),
    (PROSECUTIONS, "5.6%", "yoy_pct", 5.6),
    (LETTERS, "8.5%", "yoy_pct", -8.5),
    (CUSTODY, "9.3个百分点", "pp_diff", -9.3),
])
def test_the_changes_are_of_the_count_before(s, printed, measure, value):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["value"]) == (measure, value)


def test_the_arrests_approved_carry_their_change():
    f = fact(HEAD + ARRESTS, "12.3%")
    assert f["indicator_key"] == "persons_approved_for_arrest"


# -- 帮助信息网络犯罪活动 is the name of a crime ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    (BY_CRIME, "142人", "帮助信息网络犯罪活动犯罪"),
    (BY_CRIME, "35.2%", "帮助信息网络犯罪活动犯罪"),
    (BY_CRIME, "178人", "盗窃犯罪"),
    (BY_CRIME, "95人", "诈骗犯罪"),
    # regression fixture, a variant (not real): the crime named first in its clause
    ("起诉帮助信息网络犯罪活动犯罪嫌疑人68人。", "68人", "起诉帮助信息网络犯罪活动犯罪嫌疑人"),
])
def test_the_crime_of_aiding_keeps_its_verb(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a bare adoption rate is of the recommendations counted before -------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    (RECOMMENDATIONS, "100%", "检察建议采纳率"),
    # regression fixture, a variant (not real): recommendations of a kind, counted in 份
    ("制发社会治理类检察建议12份，采纳率100%。", "100%", "社会治理类检察建议采纳率"),
    # regression fixture, a variant (not real): the opinions correcting a wrong, after whom they went to
    ("对侦查活动提出纠正意见35件，采纳率97.1%。", "97.1%", "纠正意见采纳率"),
    # regression fixture, a variant (not real): information sent up is no recommendation: its rate stays bare
    ("报送检察信息120条，采纳率30%。", "30%", "采纳率"),
    # regression fixture in the form of a district work report (not real), modelled on RECOMMENDATIONS: the opinions
    # taken in, less the verb taking them in
    ("开展“我为规划提建议”活动，收到意见建议860条，采纳率35%。", "35%", "意见建议采纳率"),
    ("全年共收到网民留言建议2600条，采纳率30%。", "30%", "网民留言建议采纳率"),
    ("征集群众意见建议1260条，采纳率65%。", "65%", "群众意见建议采纳率"),
    # regression fixture, a variant (not real), modelled on RECOMMENDATIONS: the count of those adopted is no count of
    # those the rate is of: the rate is of the count before it
    ("收集企业意见建议320条，采纳合理化建议180条，采纳率56.3%。", "56.3%", "企业意见建议采纳率"),
    # regression fixture, a variant (not real), modelled on RECOMMENDATIONS: the last item of a list of counts: the
    # rate of all of them stays bare
    ("办理市人大代表建议56件、政协委员提案84件、群众意见建议230件，采纳率78%。", "78%", "采纳率"),
    # regression fixture, a variant (not real): the part after 其中 is passed, the rate of the whole
    ("提出检察建议46件，其中社会治理类检察建议20件，采纳率100%。", "100%", "检察建议采纳率"),
])
def test_a_bare_adoption_rate_is_of_the_recommendations_before(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a paragraph read whole -----------------------------------------------------------------------------------------

# regression fixture in the form of a district procuratorate report (not real), a paragraph of the variants above
PARAGRAPH = (HEAD + "（一）依法惩治犯罪。" + ARRESTS + PROSECUTIONS + NOT_PROSECUTED + LENIENCY + "\n"
             + "（二）加强法律监督。" + PROTESTS + RECOMMENDATIONS + "\n"
             + "（三）服务人民群众。" + LETTERS + "\n")


def test_every_figure_of_the_paragraph_is_read_once():
    f = facts(PARAGRAPH)
    assert f["raw_value"].tolist() == ["456", "623", "389", "12.3", "198", "1234", "1567", "986", "1245", "5.6",
                                       "312", "20.1", "92.5", "98.3", "5", "3", "46", "100", "312", "8.5", "100",
                                       "100"]
    assert set(f["period"]) == {"2023年"}
    assert set(f["status"]) == {"actual"}


# -- the other counts of the report read as printed ----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "unit", "value"), [
    # regression fixture, a variant (not real): the minors' cases, in cases and persons
    ("受理未成年人犯罪案件56件78人，开展法治进校园活动45场次。", "56件", "受理未成年人犯罪案件", "件", 56),
    ("受理未成年人犯罪案件56件78人，开展法治进校园活动45场次。", "78人", "受理未成年人犯罪案件", "人", 78),
    ("受理未成年人犯罪案件56件78人，开展法治进校园活动45场次。", "45场次", "法治进校园活动", "场次", 45),
    # regression fixture, a variant (not real): the fines whose enforcement was urged
    ("开展财产刑执行监督，督促执行罚金560万元。", "560万元", "督促执行罚金", "元", 5_600_000),
    # regression fixture, a variant (not real): the losses recovered for the victims of fraud
    ("起诉电信网络诈骗犯罪嫌疑人86人，追赃挽损1560万元。", "1560万元", "追赃挽损", "元", 15_600_000),
    # regression fixture, a variant (not real): the hearings held in public
    ("开展公开听证46次，提前介入引导侦查重大案件31件。", "46次", "公开听证", "次", 46),
    ("开展公开听证46次，提前介入引导侦查重大案件31件。", "31件", "提前介入引导侦查重大案件", "件", 31),
    # regression fixture, a variant (not real): the review of the need to hold a suspect in custody
    ("开展羁押必要性审查132人，建议释放或变更强制措施98人。", "132人", "羁押必要性审查", "人", 132),
])
def test_the_other_counts_are_read_as_printed(s, printed, name, unit, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["unit"], f["value"], f["measure"]) == (name, unit, value, "level")


def test_the_visits_received_are_keyed_in_batches_and_persons():
    # regression fixture, a variant (not real): the visits received in batches and persons
    s = HEAD + "接待群众来访156批次210人次。"
    f = facts(s)
    assert f["unit"].tolist() == ["批次", "人次"]
    assert set(f["indicator_key"]) == {"petition_visits"}
