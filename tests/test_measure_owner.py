"""A bare measure keeps what it is of, and so do the persons a raised standard reaches and those taking part.

A name that is only a measure of a programme or fund (财政补助标准, 人均财政补助, 储备规模, 财政投入, 规模) opening
its clause, right after a clause with no figure that is only a verb setting up, improving or filling the
programme or fund (完善, 整合, 充实, 建立, 实施 …) and its object, is the measure of that object, less the 制度 it
is set up as: 完善城乡居民基本医保，财政补助标准由每人每年320元提高到380元 → 城乡居民基本医保财政补助标准; so also
when the setting-up clause opens with where (在全国农村全面推行…制度) and the measure is the object of 将 or 把. A measure
printed after its figure (将2.8万亿元中央财政资金纳入直达机制) or after a clause with a figure of its own keeps its
own name (named by what it is put into, not by the programme before). Persons reached (惠及) or gaining (受益) after a change of the standard of a programme that names it
(国家助学贷款每人每年最高额度增加4000元), or after a clause with no figure that only raises it (提高…标准), are the
programme's. Those taking part (参与, 参加) right after a count of events held (届, 场 …) take part in the events,
less the verb holding them; those joining (有4.1亿农民参加) right after a clause counting the places of a pilot, or
a share of them after it, join the pilot. Each test is a sentence copied from the report named in its comment, or says that it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2015 = ("完善城乡居民基本医保，财政补助标准由每人每年320元提高到380元，基本实现居民医疗费用省内直接结算，"
         "稳步推行退休人员医疗费用跨省直接结算。")
S2016 = "整合城乡居民基本医保制度，财政补助由每人每年380元提高到420元。"
S2023 = "将养老保险单位缴费比例从20%降至16%，同时充实全国社保基金，储备规模从1.8万亿元增加到2.5万亿元以上。"
S2011 = ("加快实施国家助学制度，财政投入从2006年的18亿元增加到 2010年的306亿元，覆盖面从高等学校扩大到中等职业学校"
         "和普通高中，共资助学生2130万名，还为1200多万名义务教育寄宿生提供生活补助。")
S2022 = "建立常态化财政资金直达机制，将2.8万亿元中央财政资金纳入直达范围。"
S2008 = ("扩大城镇职工基本医疗保险覆盖面；城镇居民基本医疗保险试点要扩大到全国50%以上的城市；在全国农村全面推行新型农村"
         "合作医疗制度，用两年时间将筹资标准由每人每年50元提高到100元，其中中央和地方财政对参合农民的补助标准由40元提高到"
         "80元。")
# written: a district's standards, the object of 将 and a standard of 保障 (its word printed once)
W_DISPOSED = "全面实施城乡居民基本医疗保险制度，将补助标准由每人每年550元提高到580元。"
W_DIBAO = "完善城乡居民最低生活保障制度，保障标准由每人每月1100元提高到1170元。"
# written: a district's fund and its size, the fund word printed once
W_FUND = "2023年,设立区级产业引导基金,基金规模达到10亿元。"
W_BARE = "2023年,建立健全中小企业纾困基金,规模达到5亿元。"
W_FIGURE = "2023年,全区实施重点项目120个,投资规模达到350亿元。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2015
    (S2015, "320元", "城乡居民基本医保财政补助标准"),
    (S2015, "380元", "城乡居民基本医保财政补助标准"),
    # national work report 2016: the per-head basis heads the name, the 制度 the programme is set up as drops
    (S2016, "420元", "人均城乡居民基本医保财政补助"),
    # national work report 2023
    (S2023, "1.8万亿元", "全国社保基金储备规模"),
    (S2023, "2.5万亿元", "全国社保基金储备规模"),
    (S2023, "16%", "养老保险单位缴费比例"),
    # national work report 2011
    (S2011, "306亿元", "国家助学财政投入"),
    # national work report 2022: the fund printed after its figure keeps its own name, named by what it is put into
    (S2022, "2.8万亿元", "纳入直达范围的中央财政资金"),
    (W_FUND, "10亿元", "区级产业引导基金规模"),
    (W_BARE, "5亿元", "中小企业纾困基金规模"),
    # written: the clause before has a figure of its own, so it is no programme the measure is of
    (W_FIGURE, "350亿元", "投资规模"),
    # national work report 2008: the clause setting the scheme up opens with where (在全国农村), the standard is the
    # object of 将 after a span (用两年时间); a standard named with its payer keeps its name
    (S2008, "50元", "新型农村合作医疗筹资标准"),
    (S2008, "100元", "新型农村合作医疗筹资标准"),
    (S2008, "80元", "中央和地方财政对参合农民的补助标准"),
    (W_DISPOSED, "550元", "城乡居民基本医疗保险补助标准"),
    (W_DIBAO, "1170元", "城乡居民最低生活保障标准"),
])
def test_bare_measure_takes_the_programme_before(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


S2022_LOAN = "国家助学贷款每人每年最高额度增加4000元，惠及500多万在校生。"
S2022_MEAL = "加大农村义务教育薄弱环节建设力度，提高学生营养改善计划补助标准，3700多万学生受益。"
S2024 = "提高“一老一小”个人所得税专项附加扣除标准，6600多万纳税人受益。"
# written: a change of a measure that names no programme reaches them as before
W_NO_OWNER = "2023年,最高额度增加4000元，惠及500多万人。"
W_RAISED = "2023年,提高城乡低保标准,惠及困难群众1.2万人。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2022: the loan whose ceiling is raised reaches the students
    (S2022_LOAN, "500多万", "国家助学贷款惠及的在校生"),
    # national work report 2022: the programme whose standard a clause with no figure raises
    (S2022_MEAL, "3700多万", "学生营养改善计划补助受益的学生"),
    # national work report 2024
    (S2024, "6600多万", "“一老一小”个人所得税专项附加扣除受益的纳税人"),
    (W_NO_OWNER, "500多万", "惠及的人"),
    (W_RAISED, "1.2万", "城乡低保惠及的困难群众"),
])
def test_persons_reached_by_a_raised_standard_are_the_programme_s(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


S2023_WEEK = ("持续推进大众创业万众创新，连续举办8届全国双创活动周、超过5.2亿人次参与，鼓励以创业带动就业，加强劳动者权益保护，"
              "新就业形态和灵活就业成为就业增收的重要渠道。")
# written: events of a district and those taking part, with the persons' noun, a quantity, or a verb before them
W_EVENTS = "2023年,举办各类文化活动120场,参与群众3万人次。"
W_FAIR = "2023年,举办招聘会30场,吸引5000人次参加。"
W_NUMBER = "2023年,举办消费季活动20场,参与人数达5万人次。"
# written: a count of things that are no events names no one taking part
W_THINGS = "2023年,建成文化设施30个,参与群众3万人次。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2023
    (S2023_WEEK, "5.2亿", "全国双创活动周参与的人次"),
    (S2023_WEEK, "8届", "全国双创活动周"),
    (W_EVENTS, "3万", "各类文化活动参与群众"),
    (W_FAIR, "5000", "招聘会参加的人次"),
    (W_NUMBER, "5万", "消费季活动参与人数"),
    (W_THINGS, "3万", "参与群众"),
])
def test_those_taking_part_are_of_the_events_counted_before(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed"), [
    # national work report 2023: the end of the change is named as its start, by its own clause
    (S2023, "2.5万亿元"),
    # national work report 2016
    (S2016, "420元"),
])
def test_the_end_of_a_change_of_an_owned_measure_is_not_flagged_carried(text: str, printed: str) -> None:
    assert "subject_carried" not in fact(text, printed)["flags"]


S2007_NCMS = ("新型农村合作医疗试点范围扩大到1451个县（市、区），占全国总数的50.7％，有4.1亿农民参加；中央财政支出42.7亿元，"
              "地方财政也相应增加支出，较大幅度提高参加合作医疗农民的补助标准。")
# written: a district's pilot, those joining it right after the places; a count of works with a share, then those reached
W_PILOT = "2023年,长期护理保险试点扩大到12个街道,有3.5万名居民参加。"
W_WORKS_SHARE = "2023年,完成老旧小区改造31个,占全区的60%,惠及居民3000户。"


@pytest.mark.parametrize(("text", "printed", "name", "key"), [
    # national work report 2007: the share of the places is an aside between the pilot and those joining it
    (S2007_NCMS, "4.1亿", "新型农村合作医疗试点参加的农民", "ncms_participants"),
    (S2007_NCMS, "1451个", "新型农村合作医疗试点县（市、区）", "ncms_counties"),
    (W_PILOT, "3.5万", "长期护理保险试点参加的居民", ""),
    (W_WORKS_SHARE, "3000户", "老旧小区改造惠及的居民", ""),
])
def test_those_joining_after_the_places_of_a_pilot_join_the_pilot(text: str, printed: str, name: str, key: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)
