"""Figures of the public security, justice administration and petition reports (公安工作报告, 司法行政工作总结,
信访工作情况) of districts and counties.

They print crimes filed, occurred and solved (刑事案件立案X起，同比下降Y%; 破获刑事案件X起, 破案率), the eight kinds of
serious violent crime (八类严重暴力案件), telecom fraud (电信网络诈骗案件发案数, 挽回损失), public order (查处治安案件,
110接警), mediation (人民调解组织, 调解矛盾纠纷X件, 调解成功率), legal aid, community corrections (在册/在矫社区矫正对象),
notarisation, and petitions (受理信访事项X件; 来访X批Y人次; 及时受理率, 按期办结率). The rules:

- a count of batches followed at once by a count of the persons in them (来访1230批2865人次, 集体访56批1260人次, 培训
  12场560人次) counts one thing twice: both are named by the words before the first, and the second is no noun
  counted by the first (人次 is a counter whole, never 人 and a noun 次);
- 八类严重暴力 and 八类主要刑事 name a standard class of crimes: their 八 is no count of kinds;
- a headless part (反映城乡建设问题的856件) after another headless part of the same sentence is its sibling: it names
  no set the other one counts;
- a share of the year's task done (完成全年目标任务的56.3%) after a rate of the count before (调解成功率97.2%) is of
  that count (or of its set, 调解矛盾纠纷 for 调解成功), not of the rate nor of a count earlier in the sentence;
- 在册, 在矫 open a name (在矫社区矫正对象: those under correction); 违法行为 ends in no cue 为; 110 before 接警 is the
  number dialled, in the name; a heading 2024年工作目标 frames a plan, as 工作计划 does;
- the standard concepts of police, justice and petition statistics have glossary keys.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

POLICE = "XX区公安分局2023年工作报告\n一、2023年公安工作情况\n"
JUSTICE = "XX县司法局2023年司法行政工作总结\n一、主要工作情况\n"
PETITION = "XX区2023年信访工作情况报告\n一、信访总体情况\n"


# -- a count of batches and of the persons in them -------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "unit"), [
    # regression fixture in the form of a district petition report (not real), modelled on the national reports'
    # 认真对待人民来信来访 (/work/shared/corpus/national_work_reports/1978.txt)
    ("其中来信652件、来访1230批2865人次、网上信访1680件。", "1230批", "来访", "批"),
    # regression fixture, a variant (not real): the persons of the same visits
    ("其中来信652件、来访1230批2865人次、网上信访1680件。", "2865人次", "来访", "人次"),
    # regression fixture, a variant (not real): collective visits
    ("集体访56批1260人次，同比分别下降18.8%和21.3%。", "1260人次", "集体访", "人次"),
    # regression fixture, a variant (not real): the visits received, with 批次
    ("全年共接待群众来访2356批次6823人次。", "6823人次", "接待群众来访", "人次"),
    # regression fixture, a variant (not real): sessions of training and their attendance
    ("开展法治培训12场560人次。", "560人次", "法治培训", "人次"),
])
def test_batches_and_persons_count_one_thing(s, printed, name, unit):
    f = fact(PETITION + s, printed)
    assert (f["indicator"], f["unit"]) == (name, unit)


def test_changes_of_batches_and_persons_are_of_the_visits():
    # regression fixture in the form of a district petition report (not real), modelled on the national reports'
    # 加强对群众来信来访的接待处理工作 (/work/shared/corpus/national_work_reports/1979.txt)
    f = facts(PETITION + "集体访56批1260人次，同比分别下降18.8%和21.3%。")
    assert f["indicator"].tolist() == ["集体访"] * 4
    assert f["value"].tolist()[2:] == [-18.8, -21.3]


def test_a_class_count_of_kinds_still_counts():
    # regression fixture, a variant (not real): 5类 before a count of the same things still counts classes
    f = facts(POLICE + "开展5类26项专项整治行动。")
    assert f["raw_value"].tolist() == ["5", "26"]


# -- the eight kinds of serious violent crime --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "name"), [
    # regression fixture in the form of a district public security report (not real), modelled on the national
    # reports' 依法严厉打击…严重暴力犯罪 (/work/shared/corpus/national_work_reports/2005.txt)
    ("八类严重暴力案件发案12起，同比下降25%，破案率100%。", "八类严重暴力案件发案"),
    # regression fixture, a variant (not real): solved
    ("破获八类严重暴力案件12起。", "破获八类严重暴力案件"),
    # regression fixture, a variant (not real): the eight main kinds of criminal cases
    ("八类主要刑事案件立案326起。", "八类主要刑事案件立案"),
])
def test_eight_kinds_name_a_class_of_crimes(s, name):
    f = facts(POLICE + s)
    assert "八类" not in f["raw_value"].tolist() and "8" not in f["raw_value"].tolist()
    assert f["indicator"].iloc[0] == name


def test_eight_kinds_key():
    # regression fixture, a variant (not real): the key of the class
    f = fact(POLICE + "八类严重暴力案件发案12起，同比下降25%。", "12起")
    assert f["indicator_key"] == "serious_violent_crime_cases"


# -- sibling parts named by what they are ------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district petition report (not real), modelled on the national reports'
    # 全国查处的经济违法犯罪案件…共有十三万六千零二十四件，已经结案处理的四万四千六百六十三件
    # (/work/shared/corpus/national_work_reports/1982.txt)
    ("反映城乡建设问题的856件，占24%；反映劳动社保问题的612件，占17.2%。", "612件", "反映劳动社保问题"),
    # regression fixture, a variant (not real): the share of the second
    ("反映城乡建设问题的856件，占24%；反映劳动社保问题的612件，占17.2%。", "17.2%", "反映劳动社保问题"),
    # regression fixture, a variant (not real): a set counted first still names its parts
    ("全年受理信访事项3562件，其中已办结的3480件。", "3480件", "已办结的受理信访事项"),
    # regression fixture, a variant (not real): a headless count of letters and visits, a part after 其中
    ("全年受理来信来访的1230件，其中反映拆迁问题的412件。", "412件", "反映拆迁问题的受理来信来访"),
    # regression fixture, a variant (not real): a headless part after 其中 of a headless count
    ("反映城乡建设问题的856件，其中反映拆迁的412件。", "412件", "反映拆迁的反映城乡建设问题"),
])
def test_sibling_parts(s, printed, name):
    assert fact(PETITION + s, printed)["indicator"] == name


def test_parts_of_a_set_named_after_it_keep_their_set():
    # regression fixture, a variant (not real): parts of the units counted before, the first preceded by a 的 of
    # its modifier (modelled on 五年内开始建设的限额以上的六百九十四个工业建设单位，分布在内地的将有四百七十二个,
    # /work/shared/corpus/national_work_reports/1955.txt)
    s = "全区开工建设的限额以上的120个项目，分布在城区的有72个，分布在乡镇的有48个。"
    assert fact(POLICE + s, "48个")["indicator"] == "分布在乡镇的项目"


# -- a share of the year's task after a rate ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "name"), [
    # regression fixture in the form of a district justice administration report (not real), modelled on the
    # national reports' 加强人民调解工作 (/work/shared/corpus/national_work_reports/2015.txt)
    ("上半年调解矛盾纠纷2365件，调解成功率97.2%，完成全年目标任务的56.3%。", "调解矛盾纠纷"),
    # regression fixture, a variant (not real): the part mediated to an agreement printed between
    ("上半年调解矛盾纠纷2365件，调解成功2298件，调解成功率97.2%，完成全年目标任务的56.3%。", "调解矛盾纠纷"),
    # regression fixture, a variant (not real): legal aid cases and their closure rate
    ("上半年办理法律援助案件426件，结案率95%，完成全年任务的61%。", "办理法律援助案件"),
    # regression fixture, a variant (not real): a count of bodies first, the count the rate is of after it
    ("全区共有人民调解组织156个，调解矛盾纠纷2365件，调解成功率97.2%，完成全年目标任务的56.3%。", "调解矛盾纠纷"),
    # regression fixture, a variant (not real): the economy's total first, new jobs and the jobless rate after it
    ("全区实现地区生产总值1200亿元，新增城镇就业1.2万人，城镇登记失业率2.1%，完成全年目标任务的120%。", "新增城镇就业"),
    # regression fixture, a variant (not real): the population first, the trees planted and their survival after it
    ("全区常住人口85万人，完成造林3.2万亩，成活率95%，完成全年目标任务的105%。", "造林面积"),
    # regression fixture, a variant (not real): the firms in being first, those registered and their survival after
    ("全区现有企业3200家，新登记市场主体8200户，存活率92%，完成全年目标任务的110%。", "新登记市场主体"),
])
def test_completion_after_a_rate_is_of_the_count(s, name):
    f = facts(JUSTICE + s)
    done = f[f["measure"] == "completion_pct"]
    assert done["indicator"].tolist() == [name]


def test_completion_of_a_rate_alone_stays():
    # regression fixture, a variant (not real): no count before the rate
    f = fact(JUSTICE + "城镇登记失业率为1.5%，完成全年目标的80%。", "80%")
    assert f["indicator"] == "城镇登记失业率"


# -- names: 在册, 在矫, 违法行为, 110 ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district justice administration report (not real), modelled on the
    # national reports' 做好法律援助和社区矫正工作 (/work/shared/corpus/national_work_reports/2016.txt)
    ("全县在册社区矫正对象286人，累计接收社区矫正对象1560人。", "286人", "在册社区矫正对象"),
    # regression fixture, a variant (not real): 在矫
    ("全县在矫社区矫正对象为265人，上半年新接收58人。", "265人", "在矫社区矫正对象"),
    # regression fixture in the form of a district public security report (not real), modelled on the national
    # reports' 加强社会治安综合治理 (/work/shared/corpus/national_work_reports/2004.txt)
    ("110接警12.6万起，同比下降3.2%，其中有效警情8.9万起。", "12.6万起", "110接警"),
    # regression fixture, a variant (not real): offences of drink driving
    ("查处酒驾醉驾违法行为1256起，其中醉驾236起。", "1256起", "查处酒驾醉驾违法行为"),
])
def test_names_are_not_doubted(s, printed, name):
    f = fact(POLICE + s, printed)
    assert f["indicator"] == name
    assert "cue_subject" not in f["flags"]


def test_work_target_heading_frames_a_plan():
    # regression fixture in the form of a district petition report (not real), modelled on the national reports'
    # 推动信访工作法治化 (/work/shared/corpus/national_work_reports/2024.txt)
    s = PETITION + "2023年，全区共受理信访事项3562件。\n四、2024年工作目标\n力争信访总量下降5%，初信初访一次性化解率达到90%以上。"
    f = fact(s, "5%")
    assert (f["status"], f["period"]) == ("target", "2024年")


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district work report (not real), modelled on 圆满完成十三五规划目标任务
    # (/work/shared/gold/real/texts/dongcheng_2021_gwr.txt)
    ("一、2023年工作回顾\n（一）紧扣年度工作目标，经济运行稳中有进\n全区实现地区生产总值1200亿元，增长5.2%。", "1200亿元"),
    # regression fixture, a variant (not real): the growth of the same figure
    ("一、2023年工作回顾\n（一）紧扣年度工作目标，经济运行稳中有进\n全区实现地区生产总值1200亿元，增长5.2%。", "5.2%"),
    # regression fixture in the form of a district public security report (not real), modelled on 完成全年经济社会发展
    # 主要目标任务 (/work/shared/corpus/national_work_reports/2019.txt)
    ("一、2023年工作情况\n（一）圆满完成年度工作目标\n全年破获刑事案件856起。", "856起"),
    # regression fixture, a variant (not real): a heading with no review parent
    ("（一）全面完成年度工作目标\n全区实现地区生产总值1200亿元，增长5.2%。", "1200亿元"),
    # regression fixture, a variant (not real): the goals named first, met after
    ("2023年工作总结\n一、工作目标完成良好\n全区实现地区生产总值1200亿元，增长5.2%。", "1200亿元"),
])
def test_work_target_met_in_a_heading_frames_a_review(s, printed):
    f = fact(s + "\n二、2024年工作安排\n地区生产总值增长5%左右。", printed)
    assert f["status"] == "actual"
    assert f["period"] != "2024年"


def test_goals_to_be_met_in_a_heading_frame_a_plan():
    # regression fixture, a variant (not real): the goals met are aimed at (确保), under the plan of the next year
    s = ("一、2023年工作回顾\n全区实现地区生产总值1200亿元，增长5.2%。\n二、2024年工作安排\n"
         "（一）确保完成年度工作目标\n全区地区生产总值增长5%左右。")
    f = fact(s, "5%")
    assert (f["status"], f["period"]) == ("target", "2024年")


# -- glossary keys ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district public security report (not real), modelled on the national
    # reports' 今年一月至九月，全国刑事犯罪案件的发案数比去年同期下降了百分之十五点七 (1982.txt)
    ("全区刑事案件立案3256起，同比下降12.3%。", "3256起", "criminal_cases_filed"),
    # regression fixture, a variant (not real)
    ("破获刑事案件1862起，同比上升8.5%。", "1862起", "criminal_cases_solved"),
    # regression fixture, a variant (not real)
    ("刑事案件破案率为59.3%，较去年同期提高8.2个百分点。", "59.3%", "criminal_case_clearance_rate"),
    # regression fixture, a variant (not real), modelled on 集中打击治理电信网络诈骗等犯罪 (2022.txt)
    ("电信网络诈骗案件发案数同比下降18.6%。", "18.6%", "telecom_fraud_cases"),
    # regression fixture, a variant (not real)
    ("全年查处治安案件5621起，同比下降6.8%。", "5621起", "public_order_cases"),
    # regression fixture, a variant (not real)
    ("全年共抓获犯罪嫌疑人2156名。", "2156名", "criminal_suspects_caught"),
    # regression fixture, a variant (not real)
    ("群众安全感达到98.6%，较上年提高0.8个百分点。", "98.6%", "public_sense_of_security"),
    # regression fixture in the form of a district justice administration report (not real), modelled on
    # 完善人民调解、行政调解、司法调解联动的工作体系 (2013.txt)
    ("全县共有人民调解组织286个，人民调解员1523名。", "286个", "people_mediation_bodies"),
    # regression fixture, a variant (not real)
    ("全年调解各类矛盾纠纷4562件，调解成功率98.6%。", "4562件", "disputes_mediated"),
    # regression fixture, a variant (not real)
    ("全年调解各类矛盾纠纷4562件，调解成功率98.6%。", "98.6%", "mediation_success_rate"),
    # regression fixture, a variant (not real), modelled on 强化公共法律服务和法律援助 (2022.txt)
    ("全年办理法律援助案件865件，同比增长12.5%。", "865件", "legal_aid_cases"),
    # regression fixture, a variant (not real)
    ("社区矫正对象再犯罪率为0.12%。", "0.12%", "community_corrections_reoffending_rate"),
    # regression fixture, a variant (not real), modelled on 加强律师、公证等法律服务 (2004.txt)
    ("全年办理公证1856件，同比增长7.6%。", "1856件", "notarisations"),
    # regression fixture in the form of a district petition report (not real), modelled on 扎实做好信访工作，
    # 化解信访积案 (2022.txt)
    ("2023年，全区共受理信访事项3562件，同比下降8.6%。", "3562件", "petitions_received"),
    # regression fixture, a variant (not real)
    ("全区信访总量为4562件次，较上年下降6.3%。", "4562件次", "petitions_received"),
    # regression fixture, a variant (not real)
    ("信访事项及时受理率100%，按期办结率99.8%。", "100%", "petition_timely_acceptance_rate"),
    # regression fixture, a variant (not real)
    ("信访事项及时受理率100%，按期办结率99.8%。", "99.8%", "petition_on_time_closure_rate"),
])
def test_glossary_keys(s, printed, key):
    assert fact(PETITION + s, printed)["indicator_key"] == key
