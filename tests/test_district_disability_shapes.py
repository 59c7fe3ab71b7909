"""Figures of the disability affairs report (残疾人事业发展统计公报, 残联工作报告), as district and county disabled
persons' federations print them.

The report counts the persons certified (持证残疾人2.3万人，其中一级、二级重度残疾人9860人) by kind of disability
(视力残疾3120人、听力残疾2680人…), the rehabilitation given (基本康复服务覆盖率, 辅助器具适配率, 为2860名残疾人适配
辅助器具), the employment (新增残疾人就业620人，其中按比例就业210人、集中就业85人…; 城乡持证残疾人就业人数), the
schooling (残疾儿童少年义务教育入学率, 特殊教育学校3所), the two subsidies (困难残疾人生活补贴, 重度残疾人护理补贴,
发放…万元、惠及…人), the employment security fund levied (征收残疾人就业保障金) and the homes adapted (困难重度残疾人
家庭无障碍改造860户). The rules:

- persons or households counted and fitted with a device (适配) are named by it, as those given a thing are:
  为2860名残疾人适配辅助器具 → 适配辅助器具的残疾人 (no stock of the persons with disabilities);
- a grant given free (免费提供, 免费发放) names those given it as the grant does: 为560名残疾人免费提供康复训练服务 →
  免费提供康复训练服务的残疾人;
- sums paid after 分别 to the persons counted in the clauses before are named by the grant that reached them, or by
  the persons and the thing paid, never by the persons alone: 困难残疾人生活补贴惠及6320人，重度残疾人护理补贴惠及9150人，
  分别发放补贴资金1820万元和2630万元 → 困难残疾人生活补贴, 重度残疾人护理补贴 (低保对象3200户，特困人员860人，分别发放
  救助金… → 低保对象救助金);
- the contest a prize was won at (在省残运会上, 在全省职业技能大赛中) and the athletes who won it (运动员, 选手) are no
  part of the prize's name: 在省残运会上获得金牌12枚 → 金牌; only before a prize (金牌, 奖, 称号), never before what
  is got at a meeting or a fair (在广交会上取得成交额);
- the glossary keys the stable statistics of the kind: 辅助器具适配率, 残疾儿童少年义务教育入学率, 新增残疾人就业,
  持证残疾人就业人数, the living and nursing subsidies paid, the employment security fund levied, the homes of
  persons with disabilities adapted for accessibility, 特殊教育学校 and 残疾人康复机构; the grades of disability
  (一级残疾人) and the kinds (肢体残疾) are left unkeyed, parts of the certified persons.

The national work reports speak of this subject with national figures (建立困难和重度残疾人“两项补贴”制度，惠及2100
多万人, /work/shared/corpus/national_work_reports/2017.txt; 为1700多万困难和重度残疾人发放生活或护理补贴, 2018.txt;
提升残疾预防和康复服务水平); the real district excerpts print none. Sentences written in the form of district
reports, not real, are marked as regression fixtures.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "2023年全区残疾人事业发展统计公报\n一、残疾人基本情况\n"


# -- persons fitted with a device ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district disability bulletin (not real), modelled on the national
    # reports' 为1700多万困难和重度残疾人发放生活或护理补贴 (/work/shared/corpus/national_work_reports/2018.txt)
    ("为2860名残疾人适配辅助器具。", "2860名", "适配辅助器具的残疾人"),
    # regression fixture, a variant (not real): households
    ("为35户残疾人家庭适配辅助器具。", "35户", "适配辅助器具的残疾人家庭"),
    # regression fixture, a variant (not real): with no 为 before them
    ("全区2860名残疾人适配了辅助器具。", "2860名", "适配了辅助器具的残疾人"),
])
def test_persons_fitted_with_a_device_are_named_by_it(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_a_grant_given_free_names_those_given_it():
    # regression fixture, a variant (not real), modelled on 为3730万名贫困家庭学生免费提供教科书
    # (/work/shared/corpus/national_work_reports/2007.txt)
    s = "为560名残疾人免费提供康复训练服务。"
    assert fact(HEAD + s, "560名")["indicator"] == "免费提供康复训练服务的残疾人"


def test_a_real_grant_given_free_names_those_given_it():
    # real sentence, /work/shared/corpus/national_work_reports/2007.txt
    s = ("全国财政安排农村义务教育经费1840亿元，全部免除了西部地区和部分中部地区农村义务教育阶段5200万名学生的学杂费，"
         "为3730万名贫困家庭学生免费提供教科书，对780万名寄宿学生补助了生活费。")
    assert fact(s, "3730万名")["indicator"] == "免费提供教科书的贫困家庭学生"


def test_the_rate_of_fitting_stays_a_rate():
    # regression fixture, a variant (not real): the rate printed after the persons fitted
    f = facts(HEAD + "为2860名残疾人适配辅助器具，辅助器具适配率达到95.2%。")
    assert f[f["raw_unit"] == "%"]["indicator"].tolist() == ["辅助器具适配率"]


# -- the glossary keys --------------------------------------------------------------------------------------

EMPLOYED = ("全年新增残疾人就业620人，其中按比例就业210人、集中就业85人、个体就业及其他形式就业160人、"
            "辅助性就业65人。全区城乡持证残疾人就业人数达到8960人。")


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district disability bulletin (not real), modelled on the national
    # reports' 提升残疾预防和康复服务水平 (/work/shared/corpus/national_work_reports/2025.txt)
    ("为2860名残疾人适配辅助器具，辅助器具适配率达到95.2%。", "95.2%", "disabled_assistive_device_fitting_rate"),
    # regression fixture, a variant (not real): the rate with its owner printed and a floor
    ("残疾人辅助器具适配率达到95%以上。", "95%", "disabled_assistive_device_fitting_rate"),
    # regression fixture, a variant (not real), modelled on 残疾人教育 (/work/shared/corpus/national_work_reports/1988.txt)
    ("残疾儿童少年义务教育入学率达到98.5%，比上年提高0.6个百分点。", "98.5%",
     "disabled_children_compulsory_enrolment_rate"),
    # regression fixture, a variant (not real): the change of the rate
    ("残疾儿童少年义务教育入学率达到98.5%，比上年提高0.6个百分点。", "0.6个百分点",
     "disabled_children_compulsory_enrolment_rate"),
    # regression fixture, a variant (not real): the special schools
    ("全区有特殊教育学校3所，在校学生426人。", "3所", "special_education_schools"),
    # regression fixture, a variant (not real), modelled on 帮扶残疾人…就业 (/work/shared/corpus/national_work_reports/2022.txt)
    (EMPLOYED, "620人", "disabled_new_employment"),
    # regression fixture, a variant (not real): the persons employed at a date
    (EMPLOYED, "8960人", "disabled_persons_employed"),
    # regression fixture, a variant (not real): a target of new employment
    ("2024年，计划新增残疾人就业500人。", "500人", "disabled_new_employment"),
    # regression fixture, a variant (not real), modelled on 困难和重度残疾人“两项补贴” (2017.txt): the living subsidy
    ("发放困难残疾人生活补贴1820万元，惠及6320人。", "1820万元", "disabled_living_subsidy"),
    # regression fixture, a variant (not real): the nursing subsidy
    ("发放重度残疾人护理补贴2630万元，惠及9150人。", "2630万元", "disabled_nursing_subsidy"),
    # regression fixture, a variant (not real): the fund levied
    ("征收残疾人就业保障金1.2亿元，同比下降3.6%。", "1.2亿元", "disabled_employment_security_fund"),
    # regression fixture, a variant (not real): the fund by the sum levied
    ("全区残疾人就业保障金征收额1.2亿元。", "1.2亿元", "disabled_employment_security_fund"),
    # regression fixture, a variant (not real): homes adapted, with the completion of the task
    ("完成困难重度残疾人家庭无障碍改造860户，完成年度任务的107.5%。", "860户",
     "disabled_home_accessibility_adaptations"),
    # regression fixture, a variant (not real): the rehabilitation institutions
    ("全区共有残疾人康复机构12个，其中公办机构5个。", "12个", "disabled_rehabilitation_institutions"),
])
def test_the_glossary_keys_the_kinds_quantities(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture, a variant (not real): the persons reached by the subsidy are no sum paid
    ("发放困难残疾人生活补贴1820万元，惠及6320人。", "6320人"),
    # regression fixture, a variant (not real): a part of new employment is no whole of it
    (EMPLOYED, "210人"),
    # regression fixture, a variant (not real): the standard per head is no sum paid
    ("重度残疾人护理补贴标准为每人每月120元。", "120元"),
])
def test_the_keys_take_no_part_nor_count_of_another_thing(s, printed):
    assert fact(HEAD + s, printed)["indicator_key"] not in {
        "disabled_living_subsidy", "disabled_nursing_subsidy", "disabled_new_employment"}


# -- sums paid after 分别 to the persons counted before ------------------------------------------------------

SUBSIDIES = "困难残疾人生活补贴惠及6320人，重度残疾人护理补贴惠及9150人，分别发放补贴资金1820万元和2630万元。"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district disability bulletin (not real), modelled on the national
    # reports' 建立困难和重度残疾人“两项补贴”制度，惠及2100多万人 (/work/shared/corpus/national_work_reports/2017.txt)
    (SUBSIDIES, "1820万元", "困难残疾人生活补贴"),
    # regression fixture, a variant (not real): the second sum
    (SUBSIDIES, "2630万元", "重度残疾人护理补贴"),
    # regression fixture, a variant (not real): no noun of the sum printed
    ("困难残疾人生活补贴惠及6320人，重度残疾人护理补贴惠及9150人，分别发放1820万元和2630万元。", "2630万元",
     "重度残疾人护理补贴"),
    # regression fixture, a variant (not real): the persons counted by their noun, the thing paid printed
    ("低保对象3200户，特困人员860人，分别发放救助金1820万元和630万元。", "1820万元", "低保对象救助金"),
])
def test_sums_paid_to_the_persons_counted_before_are_named_by_the_grant(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_the_persons_reached_keep_their_names():
    # regression fixture, a variant (not real): the counts of persons before the sums stay counts of persons
    assert fact(HEAD + SUBSIDIES, "6320人")["indicator"] == "困难残疾人生活补贴惠及的人"


@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixtures in the form of district reports (not real), modelled on the national reports' 为1700多万困难和
    # 重度残疾人发放生活或护理补贴 (/work/shared/corpus/national_work_reports/2018.txt): a complement after the verb of
    # paying is no sum paid, and a relief counted in firms is a sum of its own
    ("城市低保1350户、农村低保2860户，分别发放到位1820万元和2630万元。", "1820万元", "城市低保", ""),
    ("全年为企业办理留抵退税120户、减免税费860户，分别兑现资金1.2亿元和0.8亿元。", "1.2亿元", "留抵退税",
     "vat_credit_refunds"),
])
def test_a_list_paid_is_named_by_a_sum_only(s, printed, name, key):
    got = fact(HEAD + s, printed)
    assert (got["indicator"], got["indicator_key"]) == (name, key)


# -- the contest a prize was won at ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district disability report (not real), modelled on the national reports'
    # 我国体育健儿在东京奥运会、残奥会上勇创佳绩 (/work/shared/corpus/national_work_reports/2022.txt)
    ("在省残运会上获得金牌12枚、银牌8枚、铜牌5枚。", "12枚", "金牌"),
    # regression fixture, a variant (not real): the athletes before the verb, the contest in a clause of its own
    ("在全省第十届残疾人运动会上，我区运动员获得金牌12枚。", "12枚", "金牌"),
    # regression fixture, a variant (not real): the athletes before the contest
    ("我区运动员在省运会上夺得金牌12枚。", "12枚", "金牌"),
    # regression fixture, a variant (not real): 共 before the verb
    ("在全市残疾人运动会上共获得奖牌25枚。", "25枚", "奖牌"),
    # regression fixture, a variant (not real): a contest of skills
    ("在全省残疾人职业技能大赛中获得一等奖3项。", "3项", "一等奖"),
])
def test_the_contest_of_a_prize_is_no_part_of_its_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixtures in the form of district reports (not real), modelled on the national reports' 我国体育健儿在
    # 东京奥运会、残奥会上勇创佳绩 (/work/shared/corpus/national_work_reports/2022.txt): what is got at a meeting, a fair,
    # an assessment or in a growth is no prize, its place stays in the name
    ("在全区经济工作会上获得表彰的先进集体32个。", "32个", "经济工作会上获得表彰的先进集体"),
    ("在全市考核中获得优秀等次的单位12个。", "12个", "考核中获得优秀等次的单位"),
    ("在广交会上取得成交额5亿美元。", "5亿美元", "广交会上取得成交额"),
    ("在数字经济发展中取得营业收入120亿元。", "120亿元", "数字经济发展中取得营业收入"),
])
def test_what_is_got_that_is_no_prize_keeps_its_place(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name
