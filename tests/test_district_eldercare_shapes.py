"""Figures of the elderly care and aging services report (养老服务, 老龄事业发展), as district and county civil-affairs
bureaus print them.

The report counts the elderly by age class (60周岁以上老年人8.62万人，其中65周岁以上6.1万人，80周岁以上1.26万人), the
care homes and their beds (养老机构48家、床位9650张，其中护理型床位6320张), the community stations and meal sites built
(新增…6个，累计建成128个), the homes adapted (适老化改造1560户), the allowances paid (发放高龄津贴4860万元、惠及2.1万人)
and the services given (居家养老服务累计服务56.8万人次). The rules:

- an age class with 以上 or 以下 printed right before the count of its people (65周岁以上6.1万人) names the group
  counted, no figure of years: the count is of that class;
- a count after 累计建成 (or another word of a stock) following the things 新增 or 新建 added is the stock of those
  things, no part of the ones added (新增…中心6个，累计建成128个 → 社区居家养老服务中心), and the rate after it is
  of the stock too;
- persons or households counted after 为 and given a service (建立, 安装, 实施 as 提供 and 发放) are named by
  it: 为10.2万名老年人建立电子健康档案 → 建立电子健康档案的老年人; after 对 or 向 建立, 安装 and 实施 are what is
  done to them and name none (对12名干部实施问责 → 干部);
- a judging word after a rate (偏低, 偏高) is no part of its name (护理型床位占比偏低，仅为48.6%);
- a verb that repeats the head word of its noun once 累计 between them is gone is printed once
  (居家养老服务累计服务 → 居家养老服务);
- the glossary keys the stock quantities of the kind: 养老机构, 护理型床位, 家庭养老床位, 老年助餐点, 养老服务驿站,
  区域养老服务中心, 医养结合机构, 养老护理员, the homes adapted, the allowances and subsidies paid, the ageing rate,
  the elderly's health management rate, accident insurance rate and the care homes' occupancy rate; the age
  classes (65周岁以上老年人, 80岁及以上高龄老年人) are the population aged so.

The national work reports speak of this subject without district figures (加快建立健全养老社会服务体系, 2010;
发展社区和居家养老服务, 2023; 加大对老年助餐服务…支持力度, 2025); the real excerpts' social sentences (为…提供,
惠及…人次) model the district printing. Sentences written in the form of district reports, not real, are marked as
regression fixtures; the real ones are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "2023年全区养老服务工作情况报告\n一、全区老龄事业发展基本情况\n"


# -- an age class before the count of its people -----------------------------------------------------------

AGES = ("全县60周岁以上老年人8.62万人，占总人口的21.4%，其中65周岁以上6.1万人，80周岁以上1.26万人，"
        "分别占老年人口的70.8%和14.6%。")


@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a county report on aging services (not real), modelled on the national
    # reports' 让城乡老年人都老有所养 (/work/shared/corpus/national_work_reports/2012.txt)
    (AGES, "6.1万人", "65周岁以上", "level"),
    # regression fixture, a variant (not real): the second class of the list
    (AGES, "1.26万人", "80周岁以上", "level"),
    # regression fixture, a variant (not real): the shares after 分别 are of the classes
    (AGES, "70.8%", "65周岁以上", "rate_pct"),
    # regression fixture, a variant (not real): 及以上 and a count in persons
    ("全区老年人口3.2万人，其中80岁及以上5600人。", "5600人", "80岁及以上", "level"),
])
def test_an_age_class_before_a_count_names_the_group(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


@pytest.mark.parametrize("s", [AGES, "全区老年人口3.2万人，其中80岁及以上5600人。"])
def test_the_age_bound_is_no_figure(s):
    assert not facts(HEAD + s)["raw_unit"].isin(["岁", "周岁"]).any()


# -- the stock after the things added -------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county report on aging services (not real), modelled on the national
    # reports' 加强城乡社区养老服务网络建设 (/work/shared/corpus/national_work_reports/2024.txt)
    ("上半年新增社区居家养老服务中心6个，累计建成128个，覆盖率达到92%。", "128个", "社区居家养老服务中心"),
    # regression fixture, a variant (not real): the coverage rate of the stock
    ("上半年新增社区居家养老服务中心6个，累计建成128个，覆盖率达到92%。", "92%", "社区居家养老服务中心覆盖率"),
    # regression fixture, a variant (not real): meal sites, 新增 then 累计建成
    ("全年新增老年助餐点35个，累计建成168个。", "168个", "老年助餐点"),
    # regression fixture, a variant (not real): 新建 then 累计建成
    ("新建社区养老服务驿站12个，累计建成126个。", "126个", "社区养老服务驿站"),
])
def test_a_cumulative_count_after_the_things_added_is_their_stock(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district plan-execution report (not real), modelled on 新开工保障性安居工程
    # 666万套，基本建成544万套 (/work/shared/corpus/national_work_reports/2014.txt): fewer built than started
    ("新建农村公路改造项目50个，累计建成32个，其余18个年底前完工。", "32个", "建成的农村公路改造项目"),
    ("新建农村公路改造项目50个，累计建成32个，其余18个年底前完工。", "18个", "其余的农村公路改造项目"),
    # regression fixture, a variant (not real): schools
    ("新建学校8所，累计建成5所，其余3所年底前完工。", "3所", "其余的学校"),
    # regression fixture, a variant (not real): 新开工 then fewer 累计建成
    ("今年新开工保障性住房1200套，累计建成800套。", "800套", "建成的保障性住房"),
    # regression fixture, a variant (not real): the count before is a plan's
    ("全年计划新建保障房2000套，累计建成1500套。", "1500套", "建成的保障房"),
    # regression fixture, a variant (not real): a part under way after the part built
    ("新开工棚户区改造项目18个，累计建成12个，在建6个。", "12个", "建成的棚户区改造项目"),
    # regression fixture, a variant (not real): the share of the year's task after the part built
    ("新建公共厕所60座，累计建成45座，完成年度任务的75%。", "45座", "建成的公共厕所"),
    # regression fixture, a variant (not real): 新增 then fewer 累计建成
    ("新增停车泊位800个，累计建成520个。", "520个", "建成的新增停车泊位"),
])
def test_a_cumulative_count_smaller_than_the_things_added_is_a_part_of_them(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_the_things_added_keep_their_verb():
    s = "上半年新增社区居家养老服务中心6个，累计建成128个，覆盖率达到92%。"
    assert fact(HEAD + s, "6个")["indicator"] == "新增社区居家养老服务中心"


def test_a_part_done_of_the_things_planned_is_still_a_part():
    # regression fixture, a variant (not real): no stock word, those put in use of the stations planned
    s = "规划建设社区养老服务驿站30个，已投入使用22个。"
    assert fact(HEAD + s, "22个")["indicator"] == "已投入使用的社区养老服务驿站"


# -- persons given a service after 为 --------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on aging services (not real), modelled on
    # 为1200多万名义务教育寄宿生提供生活补助 (/work/shared/corpus/national_work_reports/2011.txt)
    ("为10.2万名老年人建立电子健康档案，建档率89.6%。", "10.2万名", "建立电子健康档案的老年人"),
    # regression fixture, a variant (not real): households given 实施
    ("为500户困难家庭实施适老化改造。", "500户", "实施适老化改造的困难家庭"),
    # regression fixture, a variant (not real): 提供, as before
    ("为8.6万名老年人提供居家养老上门服务。", "8.6万名", "提供居家养老上门服务的老年人"),
])
def test_persons_given_a_service_after_wei_are_named_by_it(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on discipline and enforcement (not real), modelled on
    # 对庸政懒政者严肃问责 (/work/shared/corpus/national_work_reports/2018.txt): after 对 实施 is what is done to them
    ("对12名干部实施问责。", "12名", "干部"),
    # regression fixture, a variant (not real): firms penalised, a fine after them
    ("对28家企业实施行政处罚，罚款120万元。", "28家", "企业"),
    # regression fixture, a variant (not real): a longer noun of the firms
    ("对45家违法企业实施行政处罚。", "45家", "违法企业"),
    # regression fixture, a variant (not real): firms inspected
    ("对156家企业实施安全生产执法检查。", "156家", "企业"),
    # regression fixture, a variant (not real): 向 as 对
    ("向200家企业实施精准帮扶。", "200家", "企业"),
])
def test_units_something_is_done_to_after_dui_are_not_named_by_shishi(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a judging word and a repeated verb are no part of a name ---------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of the problems part of a county report on aging services (not real),
    # modelled on 加大农村养老服务补短板力度 (/work/shared/corpus/national_work_reports/2024.txt)
    ("二是护理型床位占比偏低，仅为48.6%。", "48.6%", "护理型床位占比"),
    # regression fixture, a variant (not real): 偏高
    ("一是养老床位空置率偏高，达到40%。", "40%", "养老床位空置率"),
    # regression fixture in the form of a district report on aging services (not real), modelled on the
    # national reports' 发展社区和居家养老服务 (/work/shared/corpus/national_work_reports/2023.txt)
    ("居家养老服务累计服务56.8万人次，同比增长12.4%。", "56.8万人次", "居家养老服务"),
    # regression fixture, a variant (not real): the growth of the same services
    ("居家养老服务累计服务56.8万人次，同比增长12.4%。", "12.4%", "居家养老服务"),
])
def test_a_judging_word_or_a_repeated_verb_is_no_part_of_the_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("whole", "stripped", "name"), [
    # regression fixture, a variant (not real): 累计 taken off between the noun and the verb repeating its head
    ("居家养老服务累计服务", "居家养老服务服务", "居家养老服务"),
    # regression fixture, a variant (not real): the word taken off lay before both copies, not between them
    ("累计服务居家养老服务", "服务居家养老服务", "服务居家养老服务"),
])
def test_a_doubled_word_is_printed_once_only_when_the_word_taken_off_lay_between(whole, stripped, name):
    from dhcheng_analysis.facts import _undoubled
    assert _undoubled(whole, stripped) == name


# -- glossary keys of the kind ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district report on aging services (not real), modelled on the national
    # reports' 养老机构 and 床位 (/work/shared/corpus/national_work_reports/2019.txt: 社区养老服务设施)
    ("全区共有养老机构48家、床位9650张，其中护理型床位6320张。", "48家", "elderly_care_institutions"),
    # regression fixture, a variant (not real): the nursing-care beds
    ("全区共有养老机构48家、床位9650张，其中护理型床位6320张。", "6320张", "nursing_care_beds"),
    # regression fixture, a variant (not real): home beds built
    ("建设家庭养老床位1200张，完成全年目标的120%。", "1200张", "home_elderly_care_beds_added"),
    # regression fixture, a variant (not real): meal sites, modelled on 加大对老年助餐服务…支持力度 (2025.txt)
    ("全区老年助餐点215个，日均服务老年人1.2万人次。", "215个", "elderly_meal_sites"),
    # regression fixture, a variant (not real): homes adapted
    ("完成困难老年人家庭适老化改造1560户。", "1560户", "elderly_home_adaptations"),
    # regression fixture, a variant (not real): the allowance paid
    ("全年发放高龄津贴4860万元、惠及2.1万人。", "4860万元", "old_age_allowance"),
    # regression fixture, a variant (not real): the ageing rate
    ("全区户籍人口老龄化率达到26.3%。", "26.3%", "ageing_rate"),
    # regression fixture, a variant (not real): the stations in operation
    ("全区养老服务驿站达到86家，较上年末增加8家。", "86家", "elderly_care_stations"),
    # regression fixture, a variant (not real): the elderly's health management rate
    ("65岁及以上老年人健康管理率达到72.5%。", "72.5%", "elderly_health_management_rate"),
    # regression fixture, a variant (not real): the accident insurance rate
    ("老年人意外伤害保险参保率达到92.3%。", "92.3%", "elderly_accident_insurance_rate"),
    # regression fixture, a variant (not real): the care homes' occupancy
    ("全县养老机构平均入住率仅为46.8%。", "46.8%", "elderly_care_occupancy_rate"),
    # regression fixture, a variant (not real): an age class with its noun
    ("全区80岁及以上高龄老年人2.14万人。", "2.14万人", "population_aged_80_plus"),
    # regression fixture, a variant (not real): 周岁
    ("全县60周岁以上老年人8.62万人。", "8.62万人", "population_aged_60_plus"),
])
def test_the_glossary_keys_the_kinds_quantities(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


def test_elderly_care_services_at_large_are_no_care_homes():
    # regression fixture, a variant (not real): 养老服务机构 take in the community stations and centres, broader
    # than the care homes 养老机构 counts
    s = "全区共有各类养老服务机构236家。"
    assert fact(HEAD + s, "236家")["indicator_key"] != "elderly_care_institutions"


def test_the_standard_of_the_allowance_is_no_sum_paid():
    # regression fixture, a variant (not real): a standard per head, no key of the sum paid
    s = "80—89周岁、90—99周岁、100周岁及以上老年人高龄津贴标准分别为每人每月50元、100元、500元。"
    assert fact(HEAD + s, "50元")["indicator_key"] != "old_age_allowance"
