"""Figures of the work reports of a district's or county's people's congress standing committee, CPPCC standing
committee and procuratorate (人大常委会工作报告, 政协常委会工作报告, 人民检察院工作报告).

They print the meetings held and the items reviewed (召开常委会会议8次, 审议议题46项, 听取和审议专项工作报告15个,
执法检查4次), the deputies' suggestions and the members' proposals and how they were handled (代表建议218件, 办结率100%,
满意率98.6%; 提案326件, 立案298件, 办复率100%), split into those solved, those put in a plan to be solved step by
step and those left for reference (已解决或基本解决的126件，占57.8%; 列入计划逐步解决的65件), and the procuratorate's
counts (批准逮捕298件402人, 提起公诉, 公益诉讼案件, 化解矛盾纠纷). The number of a session or meeting (第十二次会议,
十七届人大三次会议) and of an article (第二十九条) is no figure. The rules:

- the body a sentence opens with (区人大常委会, 县政协常委会) is the actor, no part of what it counts: a level's
  commission word ends with its 会 (常委会), as it ends a bureau (区财政局) or a commission (区发改委), and 会同 after
  a commission (区发改委会同区财政局) is a verb of its own;
- 列入计划 and 纳入计划 (put in a plan) say where the things counted are, no plan the figure is: a count of the
  suggestions put in a plan to be solved is an outcome;
- 化解 (to settle) counted in a counting unit (化解矛盾纠纷1260件) counts the disputes or cases settled, a level named by
  the verb; an amount after it (化解债务15亿元) is the debt cut, a change;
- a time the sentence opens with (截至目前) is no set the parts said by what they did are of (已解决或采纳的182件); a
  rate between the set counted and its part (收到提案326件，办复率100%，已解决或采纳的182件) leaves the set the count's;
- a count in 个 or 项 of the budgets (审查区级部门预算86个) counts the budgets, no plan's figure, as 15个指标 counts the
  indicators: the name keeps 预算.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

CONGRESS = "XX区人民代表大会常务委员会工作报告\n一、2023年主要工作\n"
CPPCC = "XX县政协常务委员会工作报告\n一、2023年主要工作\n"
PROCURATORATE = "XX县人民检察院工作报告\n一、2023年工作回顾\n"


# -- the standing committee is the actor, no part of the name -------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district people's congress report (not real), modelled on the national
    # reports' 国务院提请全国人大常委会审议法律议案11件 (/work/shared/corpus/national_work_reports/2016.txt)
    ("一年来，区人大常委会共召开常委会会议8次、主任会议24次，审议议题46项。", "8次", "常委会会议"),
    # regression fixture, a variant (not real): a county's committee, no 共
    ("县人大常委会召开常委会会议7次。", "7次", "常委会会议"),
    # regression fixture, a variant (not real): the time between the committee and its verb
    ("区人大常委会全年共召开常委会会议8次。", "8次", "常委会会议"),
    # regression fixture, a variant (not real): the CPPCC's standing committee
    ("区政协常委会共召开常委会议6次。", "6次", "常委会议"),
    # regression fixture, a variant (not real): the reports heard
    ("区人大常委会听取和审议专项工作报告15个。", "15个", "听取和审议专项工作报告"),
])
def test_standing_committee_is_the_actor(s, printed, name):
    assert fact(CONGRESS + s, printed)["indicator"] == name


def test_hui_tong_after_a_commission_stays_a_verb():
    # regression fixture in the form of a district report (not real), modelled on the same national sentence
    # (2016.txt): 会同 (jointly with) after a commission is no end of its name, its 同 left alone
    f = fact(CONGRESS + "区发改委会同区财政局审核项目86个。", "86个")
    assert not f["indicator"].startswith("同")


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report (not real), modelled on 国务院提请全国人大常委会审议法律
    # 议案11件 (/work/shared/corpus/national_work_reports/2016.txt): a commission whose 委 a word opening with 会 follows
    ("区教委会议研究议题24项。", "24项", "会议研究议题"),
    # regression fixture, a variant (not real): 会商 after the commission
    ("区卫健委会商区财政局安排资金3200万元。", "3200万元", "会商区财政局安排资金"),
    # regression fixture, a variant (not real): 城管委, whose 管委 is no 管委会
    ("区城管委会议研究议题12项。", "12项", "会议研究议题"),
    # regression fixture, a variant (not real): an administrative committee (管委会) ends the body
    ("区经开区管委会共引进项目30个。", "30个", "引进项目"),
    # regression fixture, a variant (not real): the standing committee reviewing, its 会 no part of the verb
    ("区人大常委会审议专项工作报告15个。", "15个", "审议专项工作报告"),
    # regression fixture, a variant (not real): the budgets it examined
    ("区人大常委会审查部门预算12项。", "12项", "审查部门预算"),
])
def test_a_word_opening_with_hui_after_a_commission(s, printed, name):
    assert fact(CONGRESS + s, printed)["indicator"] == name


def test_meeting_and_article_numbers_are_no_figures():
    # regression fixture in the form of a district people's congress report (not real), modelled on
    # 根据一九八三年九月人大常委会第二次会议通过的《关于严惩严重危害社会治安的犯罪分子的决定》
    # (/work/shared/corpus/national_work_reports/1984.txt)
    s = CONGRESS + "区十七届人大三次会议期间，代表提出建议、批评和意见218件，已全部办结，办结率100%。"
    assert facts(s)["raw_value"].tolist() == ["218", "100"]
    # regression fixture, a variant (not real): an article of a law
    assert facts(CONGRESS + "根据代表法第二十九条，代表提出建议218件。")["raw_value"].tolist() == ["218"]


# -- put in a plan: an outcome --------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district people's congress report (not real), modelled on
    # 准备在一九五九年列入计划的建设项目 (/work/shared/corpus/national_work_reports/1958.txt)
    ("其中，问题已经解决或基本解决的126件，占57.8%；列入计划逐步解决的65件，占29.8%。", "65件"),
    # regression fixture, a variant (not real): the share of them
    ("其中，问题已经解决或基本解决的126件，占57.8%；列入计划逐步解决的65件，占29.8%。", "29.8%"),
    # regression fixture, a variant (not real): 纳入计划, a clause of its own
    ("代表建议纳入计划逐步解决的48件。", "48件"),
])
def test_put_in_a_plan_is_an_outcome(s, printed):
    assert fact(CONGRESS + s, printed)["status"] == "actual"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district people's congress report (not real), modelled on
    # 准备在一九五九年列入计划的建设项目 (/work/shared/corpus/national_work_reports/1958.txt): the plan a thing is put in
    # to be solved is part of what is said of it, no list naming it
    ("列入计划逐步解决的65件，占29.8%。", "65件", "列入计划逐步解决"),
    # regression fixture, a variant (not real): 列入规划
    ("列入规划逐步解决的65件，占29.8%。", "29.8%", "列入规划逐步解决"),
    # regression fixture, a variant (not real): a list of projects still names them
    ("列入市级重点项目169个。", "169个", "市级重点项目"),
])
def test_put_in_a_plan_to_be_solved_keeps_its_words(s, printed, name):
    assert fact(CONGRESS + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district work report (not real), modelled on 准备在一九五九年列入计划的
    # 建设项目 (/work/shared/corpus/national_work_reports/1958.txt): a count put in a plan to be done, its outcome after
    ("今年纳入计划开工项目200个，实际开工210个。", "200个", "开工项目"),
    # regression fixture, a variant (not real): 列入计划, base stations
    ("今年列入计划新建5G基站500个，目前已建成320个。", "500个", "新建5G基站"),
    # regression fixture, a variant (not real): households of dilapidated houses
    ("全年列入计划改造农村危房1500户，已竣工1480户。", "1500户", "改造农村危房"),
    # regression fixture, a variant (not real): projects to be carried out
    ("全年列入计划实施项目45个。", "45个", "实施项目"),
    # regression fixture, a variant (not real): funds
    ("纳入计划落实资金3.2亿元。", "3.2亿元", "资金"),
])
def test_put_in_a_plan_to_be_done_stays_a_target(s, printed, name):
    f = fact(CONGRESS + s, printed)
    assert (f["status"], f["indicator"]) == ("target", name)


def test_a_plan_in_the_next_year_stays_a_target():
    # regression fixture, a variant (not real): 计划 opening a plan keeps it a target
    assert fact(CONGRESS + "2024年，计划听取和审议专项工作报告16项。", "16项")["status"] == "target"


# -- 化解 counted: what it settled ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district procuratorate report (not real), modelled on
    # 用三年左右时间基本化解农村义务教育历史债务 (/work/shared/corpus/national_work_reports/2008.txt)
    ("办理行政检察监督案件62件，化解行政争议15件。", "15件", "化解行政争议"),
    # regression fixture, a variant (not real): disputes settled, a rate after them
    ("全年化解矛盾纠纷1260件，化解率98.5%。", "1260件", "化解矛盾纠纷"),
    # regression fixture, a variant (not real): old petition cases
    ("化解信访积案36件。", "36件", "化解信访积案"),
    # regression fixture, a variant (not real): counted in 起, a growth after
    ("成功化解各类矛盾纠纷2360起，同比下降5.2%。", "2360起", "化解各类矛盾纠纷"),
])
def test_settled_count_is_a_level(s, printed, name):
    f = fact(PROCURATORATE + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "level")
    assert f["value"] > 0


def test_debt_settled_is_a_cut():
    # regression fixture in the form of a district report (not real), modelled on 制定实施一揽子化解地方债务方案
    # (/work/shared/corpus/national_work_reports/2024.txt): an amount after 化解 is the debt cut
    f = fact(CONGRESS + "全年化解存量隐性债务15亿元。", "15亿元")
    assert (f["measure"], f["value"]) == ("abs_change", -1.5e9)


@pytest.mark.parametrize(("s", "printed", "value"), [
    # regression fixture in the form of a district report (not real), modelled on 同时，继续化解过剩产能，钢铁、水泥
    # 等15个重点行业淘汰落后产能 (/work/shared/corpus/national_work_reports/2015.txt): a quantity of capacity
    # after 化解 is the capacity cut, whatever its counting unit
    ("化解钢铁过剩产能120万吨。", "120万吨", -1.2e6),
    # regression fixture, a variant (not real): 淘汰 beside it stays a cut
    ("淘汰落后产能钢铁50万吨。", "50万吨", -5e5),
])
def test_capacity_settled_is_a_cut(s, printed, value):
    f = fact(CONGRESS + s, printed)
    assert (f["measure"], f["value"]) == ("abs_change", value)


# -- the set a part said by what it did is of ------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "not_in_name", "name"), [
    # regression fixture in the form of a district CPPCC report (not real), modelled on 逮捕后宽大处理、教育释放的占8.9%
    # (/work/shared/corpus/national_work_reports/1957.txt), a part said by what was done to it
    ("截至目前，已解决或采纳的182件，占74.3%。", "182件", "截至目前", "解决或采纳"),
    # regression fixture, a variant (not real): the share of them
    ("截至目前，已解决或采纳的182件，占74.3%。", "74.3%", "截至目前", "解决或采纳"),
    # regression fixture, a variant (not real): works started
    ("截至目前，已开工的182个。", "182个", "截至目前", "开工"),
])
def test_time_opening_the_sentence_is_no_set(s, printed, not_in_name, name):
    assert not_in_name not in fact(CPPCC + s, printed)["indicator"]
    assert fact(CPPCC + s, printed)["indicator"] == name


def test_rate_between_the_set_and_its_part():
    # regression fixture, a variant (not real) of the same 1957.txt shape: the rate of handling printed between the
    # proposals received and those solved
    s = CPPCC + "全年收到提案326件，办复率100%，已解决或采纳的182件，占74.3%。"
    assert fact(s, "182件")["indicator"] == fact(CPPCC + "全年收到提案326件，已解决或采纳的182件。", "182件")["indicator"]
    assert fact(s, "182件")["indicator"] != "办复率"
    name = fact(s, "182件")["indicator"]
    assert name.startswith("已解决或采纳的") and name.endswith("提案")


# -- budgets counted -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district people's congress report (not real), modelled on
    # 中央和省两级实行部门预算制度 (/work/shared/corpus/national_work_reports/2003.txt)
    ("审查批准2022年区本级决算，审查区级部门预算86个。", "86个", "审查区级部门预算"),
    # regression fixture, a variant (not real): counted in 项, no verb
    ("全年审查项目预算120项。", "120项", "审查项目预算"),
])
def test_budgets_counted_are_no_plan(s, printed, name):
    f = fact(CONGRESS + s, printed)
    assert (f["indicator"], f["status"]) == (name, "actual")


def test_a_plans_budget_in_a_counter_stays_a_target():
    # regression fixture, a variant (not real): 年初预算 before the count is a plan's figure, no budget counted
    assert fact(CONGRESS + "全区科技专项年初预算86个。", "86个")["status"] == "target"


def test_budget_amount_stays_a_plan():
    # regression fixture, a variant (not real): an amount after 预算 is the budget's, a plan
    assert fact(CONGRESS + "全年预算安排民生支出86亿元，区级部门预算86亿元。", "86亿元", "区级部门预算86亿元")["status"] == "target"


# -- the standard concepts of these reports have glossary keys -------------------------------------------------

@pytest.mark.parametrize(("head", "s", "printed", "key"), [
    # regression fixture in the form of a district people's congress report (not real), modelled on
    # 国务院提请全国人大常委会审议法律议案11件 (/work/shared/corpus/national_work_reports/2016.txt)
    (CONGRESS, "代表提出建议、批评和意见218件，已全部办结。", "218件", "deputy_suggestions"),
    # regression fixture, a variant (not real): the share of them closed, in a plan
    (CONGRESS, "2024年，确保代表建议办结率100%。", "100%", "deputy_suggestion_completion_rate"),
    # regression fixture, a variant (not real): the CPPCC's proposals received
    (CPPCC, "县政协一届三次会议以来，共收到提案326件，经审查立案298件。", "326件", "cppcc_proposals"),
    # regression fixture, a variant (not real): those on file answered
    (CPPCC, "截至目前，立案提案办复率100%。", "100%", "cppcc_proposal_reply_rate"),
    # regression fixture, a variant (not real): public-interest suits on file
    (PROCURATORATE, "立案办理公益诉讼案件156件，发出诉前检察建议128件。", "156件", "public_interest_litigation_cases"),
    # regression fixture, a variant (not real)
    (PROCURATORATE, "立案办理公益诉讼案件156件，发出诉前检察建议128件。", "128件",
     "pre_litigation_procuratorial_recommendations"),
    # regression fixture, a variant (not real): judicial aid paid, no social assistance
    (PROCURATORATE, "办理司法救助案件42件，发放司法救助金118.6万元。", "118.6万元", "judicial_aid_funds"),
])
def test_congress_and_procuratorate_concepts_are_keyed(head, s, printed, key):
    assert fact(head + s, printed)["indicator_key"] == key
