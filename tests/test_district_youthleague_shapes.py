"""Figures of the Communist Youth League and youth development reports (共青团工作, 青年发展) as district offices print them.

Such a report counts the members and the organisations (全区共有团员2.86万人, 基层团组织1265个, 全年发展新团员1860名,
团员占青年比例为18.6%, 少先队员3.2万名, 团组织覆盖率达85.6%), the volunteers and their hours (注册青年志愿者达12.6万人,
志愿服务时长达86.5万小时), the work and enterprise of the young (募集青年见习岗位1860个, 见习留用率达52.6%, 为186名
青年创业者提供创业担保贷款3860万元), the protection of minors (12355青少年服务台全年接听来电2865件, 青少年维权岗86个),
the Hope Project's aid (希望工程资助困难学生860名, 发放助学金286万元) and the places run for the young (建成青年之家86个).
The national reports speak of the same work without its district figures: 动员社会力量，继续实施“希望工程”
(/work/shared/corpus/national_work_reports/1994.txt), 我们希望全国科学界、技术界、知识界和各行各业的全体党员、团员、
全体爱国青年和全体劳动者，都以他们为榜样 (1982.txt), 促进高校毕业生到基层就业、应征入伍和到企事业单位就业见习
(2010.txt), 要强化促进青年就业政策举措，优化就业创业指导服务 (2024.txt), 支持专业社会工作、志愿服务和慈善事业发展
(2016.txt), 强化未成年人保护和心理健康教育 (2022.txt), 加强…青少年宫…等的建设 (1983.txt); a street's real report counts
its volunteers: 快速组建街道、公安以及社区党员、志愿者等1800余名战时力量
(/work/shared/gold/real/texts/xiasha_qt_2022_street_h1.txt).

The rules: a number before the name of a service desk (12355青少年服务台, as 12345市民服务热线) is the number dialled,
no figure; 创业者 (those starting a business) is a head of a name of persons, so 青年创业者 counted after 186名 is one
name, not 青年 and a clause 创业者提供…; a completion of a plan named by a word of the name counted before it
(新发展团员1860名，完成年度发展计划的103.3%) is of that name, as a plan named by its end is (完成年度就业计划的);
评选表彰 (selecting and commending) is a verb of a list's items as 评选 is, carried whole to the items after the first;
and the glossary knows the stable concepts (团员, 发展新团员, 基层团组织, 团组织覆盖率, 少先队员, 注册青年志愿者,
青年见习岗位, 青年见习基地, 见习留用率, 12355青少年服务台接听来电, 青少年维权岗, 希望工程资助困难学生,
希望工程筹集善款, 青年之家).

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

from dhcheng_analysis.vocab import indicator_key

HEAD = "一、2023年共青团工作情况\n"

# regression fixture in the form of a district Youth League report (not real), modelled on the national reports'
# 全体党员、团员、全体爱国青年 (/work/shared/corpus/national_work_reports/1982.txt)
MEMBERS = "截至2023年底，全区共有团员2.86万人，基层团组织1265个，其中团委86个、团总支126个、团支部1053个。"
# regression fixture, a variant (not real): the year's recruits, their plan and the members' share of the young
RECRUITS = "全年新发展团员1860名，完成年度发展计划的103.3%，团员占青年比例为18.6%。"
# regression fixture in the form of a district report (not real), modelled on 支持专业社会工作、志愿服务和慈善事业发展
# (2016.txt)
VOLUNTEERS = "全区注册青年志愿者达12.6万人，全年开展志愿服务活动2860场次，志愿服务时长达86.5万小时。"
# regression fixture in the form of a district report (not real), modelled on 促进高校毕业生到基层就业、应征入伍和到
# 企事业单位就业见习 (2010.txt)
TRAINEES = "新增青年见习基地36家，累计达186家，募集青年见习岗位1860个，见习留用率达52.6%。"
# regression fixture in the form of a district report (not real), modelled on 要强化促进青年就业政策举措，优化就业创业
# 指导服务 (2024.txt)
STARTUPS = "为186名青年创业者提供创业担保贷款3860万元，扶持青年创业项目186个。"
# regression fixture in the form of a district report (not real), modelled on 强化未成年人保护和心理健康教育 (2022.txt)
HOTLINE = "12355青少年服务台全年接听来电2865件，开展青少年心理咨询1260人次。"
# regression fixture in the form of a district report (not real), modelled on 动员社会力量，继续实施“希望工程” (1994.txt)
HOPE = "全年希望工程筹集善款365万元，希望工程资助困难学生860名，发放助学金286万元。"


# -- the number of a service desk is no figure --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    (HOTLINE, "2865件", "12355青少年服务台接听来电"),
    # regression fixture, a variant (not real): the number in quotes
    ("“12355”青少年服务台全年接听来电2865件。", "2865件", "“12355”青少年服务台接听来电"),
    # regression fixture, a variant (not real): the services given, in person-times
    ("12355青少年服务台提供心理咨询、法律援助等服务2860人次。", "2860人次", "12355青少年服务台提供心理咨询、法律援助等服务"),
    # regression fixture, a variant (not real): the calls and their growth
    ("12355青少年服务台接听咨询电话2865个，同比增长12.5%。", "2865个", "12355青少年服务台接听咨询电话"),
])
def test_number_of_a_service_desk_is_its_name(s, printed, name):
    f = facts(HEAD + s)
    assert "12355" not in set(f["raw_value"])
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report (not real): desks counted are a figure
    ("全区设置便民服务台36个。", "36个", "设置便民服务台"),
    # regression fixture, a variant (not real): the count before the desks
    ("新建36个社区服务台。", "36个", "新建社区服务台"),
])
def test_service_desks_counted_are_a_figure(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["value"]) == (name, 36)


# -- 创业者 heads a name of persons --------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    (STARTUPS, "186名", "青年创业者"),
    # regression fixture, a variant (not real): the graduates starting a business
    ("为186名大学生创业者提供创业担保贷款3860万元。", "186名", "大学生创业者"),
    # regression fixture, a variant (not real): a verb of gaining, which stays in the name of those counted
    ("帮助186名青年创业者获得创业担保贷款3860万元。", "186名", "获得创业担保贷款的青年创业者"),
    # regression fixture, a variant (not real): the starters alone
    ("为186名创业者提供创业担保贷款3860万元。", "186名", "创业者"),
])
def test_entrepreneurs_counted_are_one_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_the_loans_to_the_entrepreneurs_keep_no_part_of_them():
    assert fact(HEAD + STARTUPS, "3860万元")["indicator"] == "提供创业担保贷款"


# -- a plan named by a word of the name before ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    (RECRUITS, "103.3%", "新发展团员"),
    # regression fixture, a variant (not real): a plan named by no word
    ("全年新发展团员1860名，完成年度计划的103.3%。", "103.3%", "新发展团员"),
    # regression fixture, a variant (not real): the plan named by the end of the name (so read before)
    ("全年新增就业1860人，完成年度就业计划的103.3%。", "103.3%", "新增就业"),
])
def test_plan_named_by_a_word_of_the_name_before_is_its_plan(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "completion_pct")


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixtures, variants (not real): a rate or share named after the plan's word is no owner of the plan
    ("城镇污水处理率达到95%，完成年度污水处理计划的100%。", "100%", "污水处理"),
    ("全区森林覆盖率达到45.2%，完成年度造林计划的100%。", "100%", "造林"),
])
def test_plan_named_by_a_word_before_a_rate_is_no_plan_of_the_rate(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (name, "", "completion_pct")


# -- 评选表彰 is carried whole ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district Youth League report (not real), modelled on 被评为全国劳动模范和
    # 省、市、自治区劳动模范的有三万八千五百多人 (1983.txt)
    ("全年共评选表彰“五四红旗团委”12个、优秀共青团员126名。", "126名", "评选表彰优秀共青团员"),
    # regression fixture, a variant (not real): the first item
    ("全年共评选表彰“五四红旗团委”12个、优秀共青团员126名。", "12个", "评选表彰“五四红旗团委”"),
    # regression fixture, a variant (not real): the collectives and the persons
    ("全年共评选表彰先进集体12个、先进个人126名。", "126名", "评选表彰先进个人"),
    # regression fixture, a variant (not real): 评选 alone, carried as before
    ("全年共评选“五四红旗团委”12个、优秀共青团员126名。", "126名", "评选优秀共青团员"),
])
def test_selecting_and_commending_is_carried_whole(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the members, the volunteers, the hope project ------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure", "comparator"), [
    (RECRUITS, "18.6%", "团员", "rate_pct", "青年"),
    (MEMBERS, "86个", "团委", "level", ""),
    (MEMBERS, "1053个", "团支部", "level", ""),
    # regression fixture, a variant (not real): the members' share of the residents
    ("全区注册青年志愿者达12.6万人，占常住人口的9.8%。", "9.8%", "注册青年志愿者", "rate_pct", "常住人口"),
    (VOLUNTEERS, "2860场次", "志愿服务活动", "level", ""),
    (HOPE, "286万元", "助学金", "level", ""),
    (TRAINEES, "186家", "青年见习基地", "level", ""),
])
def test_names_measures_and_wholes(s, printed, name, measure, comparator):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, measure, comparator)


def test_real_street_volunteers_are_counted_over():
    # /work/shared/gold/real/texts/xiasha_qt_2022_street_h1.txt
    s = ("面对“4·7下沙社区遭遇战,迅速划定“三区”,快速组建街道、公安以及社区党员、志愿者等1800余名战时力量,"
         "连续6轮全员核酸检测,做好1250名管控人员的服务保障,14天内实现疫情风险零扩散。")
    f = fact(HEAD + s, "1800余名")
    assert (f["value"], f["unit"], f["qualifier"]) == (1800, "名", "over")


def test_real_jobs_of_the_young_waiting_for_work():
    # /work/shared/corpus/national_work_reports/1988.txt
    s = "全国城镇共安排３７００多万人就业，基本解决了长期积累的城镇待业青年就业问题。"
    f = fact(HEAD + s, "３７００")
    assert (f["indicator"], f["value"], f["qualifier"]) == ("安排就业的人", 37000000, "over")


# -- glossary keys of the kind -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    (MEMBERS, "2.86万人", "youth_league_members"),
    (MEMBERS, "1265个", "grassroots_youth_league_organisations"),
    (RECRUITS, "1860名", "youth_league_members_recruited"),
    # regression fixture, a variant (not real): the total and its change
    ("全区团员总数2.86万名，较上年增加1260名。", "1260名", "youth_league_members"),
    # regression fixture, a variant (not real): the full name of the members
    ("全区共青团员2.86万人，占全区青年总数的18.6%。", "2.86万人", "youth_league_members"),
    # regression fixture, a variant (not real): the organisations and their growth
    ("全区共有基层团组织1265个，较上年增加36个。", "36个", "grassroots_youth_league_organisations"),
    # regression fixture, a variant (not real): the units with an organisation
    ("在“两新”组织中建立团组织126个，团组织覆盖率达85.6%。", "85.6%", "youth_league_coverage_rate"),
    # regression fixture, a variant (not real)
    ("全区现有少先队员3.2万名，少先队辅导员860名。", "3.2万名", "young_pioneers"),
    # regression fixture, a variant (not real)
    ("全区少先队员人数3.2万名，较上年增长2.6%。", "2.6%", "young_pioneers"),
    (VOLUNTEERS, "12.6万人", "registered_youth_volunteers"),
    (VOLUNTEERS, "86.5万小时", "volunteer_service_hours"),
    # regression fixture, a variant (not real): all the volunteers, not the young only
    ("全区实名注册志愿者28.6万人，志愿服务团队1260支。", "28.6万人", "registered_volunteers"),
    (TRAINEES, "1860个", "youth_traineeship_posts"),
    (TRAINEES, "186家", "youth_traineeship_bases"),
    (TRAINEES, "52.6%", "traineeship_retention_rate"),
    # regression fixture, a variant (not real): the posts developed
    ("全年开发青年就业见习岗位1860个，组织1260名离校未就业高校毕业生参加就业见习。", "1860个",
     "youth_traineeship_posts"),
    (HOTLINE, "2865件", "youth_hotline_calls"),
    # regression fixture, a variant (not real): the line called a 热线
    ("12355青少年服务热线接听来电2865个。", "2865个", "youth_hotline_calls"),
    # regression fixture, a variant (not real), modelled on 加强未成年人保护和困境家庭保障 (2014.txt)
    ("全区青少年维权岗86个，其中市级青少年维权岗12个。", "86个", "youth_rights_posts"),
    (HOPE, "365万元", "hope_project_funds_raised"),
    (HOPE, "860名", "hope_project_students_aided"),
    # regression fixture, a variant (not real): accumulated
    ("全年希望工程累计资助困难学生1.26万名，发放助学金2860万元。", "1.26万名", "hope_project_students_aided"),
    # regression fixture, a variant (not real), modelled on 青少年宫 (1983.txt)
    ("建成青年之家86个，服务青年12.6万人次。", "86个", "youth_homes"),
])
def test_glossary_keys_of_the_kind(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("name", "key"), [
    ("共青团员人数", "youth_league_members"),
    ("新团员", "youth_league_members_recruited"),
    ("青年就业见习岗位", "youth_traineeship_posts"),
    ("就业见习留用率", "traineeship_retention_rate"),
    ("希望工程资助家庭困难学生", "hope_project_students_aided"),
    ("青年志愿者", "registered_youth_volunteers"),
])
def test_printed_variants_of_the_kind_share_a_key(name, key):
    assert indicator_key(name) == key


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture, a variant (not real): the traineeship posts of any age are no posts of the young only
    ("全年开发就业见习岗位1860个。", "1860个", "employment_traineeship_posts"),
])
def test_traineeship_posts_of_any_age_have_their_own_key(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize("name", [
    # a wider thing is no Youth League statistic: any office's grants, any student aided, any posts, any young people
    "助学金", "资助困难学生", "岗位", "青年", "团组织", "服务台",
])
def test_wider_names_get_no_youth_key(name):
    assert indicator_key(name) == ""


def test_a_flow_gets_no_key_of_the_stock():
    # regression fixture, a variant (not real): the bases added in the year are not all the bases
    f = fact(HEAD + TRAINEES, "36家")
    assert (f["indicator"], f["indicator_key"]) == ("新增青年见习基地", "")
