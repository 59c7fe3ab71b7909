"""Figures of the investment attraction and business promotion report (招商引资工作报告), as district and county
offices print them.

The report counts the projects signed and their agreed investment (签约项目32个，总投资156亿元), the funds arrived
(实际到位资金48.6亿元，完成年度目标的102%), the foreign capital used (实际利用外资1.2亿美元), the capital from
outside the province or city (利用省外资金45.6亿元, 引进市外内资90.75亿元), the projects started, put in production
and landed (新开工项目21个，新投产项目15个), the signed projects' stage rates (履约率, 开工率), the size classes of the
projects (10亿元以上项目8个，5亿元至10亿元项目12个), the rank among districts and the year's targets (力争全年签约项目
40个). The rules:

- a verb of a stage of its own (新投产, as 新开工) opens its own item of a list: 新开工项目25个、新投产项目18个 → 新投产
  项目, not 新开工新投产项目; an item beginning with a stage or state of its own (达产, 入库, 技改, 新竣工) takes no verb
  of the list: 新投产项目38个、达产项目20个 → 达产项目, not 新投产达产项目;
- a bare rate of a stage the projects reach (履约率, 开工率, 投产率) after the rate of another stage is of the same
  projects: 签约项目履约率达到85%，开工率68% → 签约项目开工率 (a funds' arrival rate, 资金到位率, is no stage: 专项债券资金
  到位率100%，开工率95% → 开工率);
- an amount actually used or received, named with its own verb (实际利用外资, 实到内资), takes no verb of the list
  before it: 力争引进市外内资100亿元、实际利用外资1.5亿美元 → 实际利用外资, not 引进实际利用外资;
- a range of amounts right before the things counted (5亿元至10亿元项目12个) names their size class, as one amount
  does (10亿元以上项目8个): no figure of money, and the count is of the class; the next class is of the amount the
  first names: 年产值10亿元至50亿元企业12家，50亿元以上企业3家 → 年产值50亿元以上企业 (not 年产50亿元以上企业);
- the glossary keys the stable counts and flows of the kind: 新开工项目, 新投产项目, 新落地项目 (not their part of
  investment promotion: 其中新开工招商引资项目21个 stays unkeyed), 签约项目开工率, 签约项目履约率, 省外到位资金
  (利用省外资金), 市外内资 (引进市外内资), the agreed investment printed 协议投资 or 签约项目总金额 (a bare 签约金额 may
  be of technology contracts and stays unkeyed), besides the projects signed, the agreed investment, the funds
  arrived and the foreign capital used keyed before;
- a bare agreed investment after a part counted after 其中 is the part's, as 总投资 is: 其中亿元以上项目18个，协议投资
  120亿元 → 亿元以上项目协议投资, no second total.

The national work reports speak of foreign capital without district figures (五年累计实际利用外资5528亿美元, 2013);
the real excerpts print the district's figures: 实际利用外资10.78亿美元,引进市外内资90.75亿元,浙商回归项目到账资金72.9
亿元 (/work/shared/gold/real/texts/yuhang_hz_2015_gwr.txt), 招商引资成效显著,全年共引进企业137家,其中注册资金千万元以上
46家,亿元以上5家,实到内资17亿元 (/work/shared/gold/real/texts/dongliu_yz_2023_street.txt), 年内新开工项目71个,完成投资
42.40亿元;亿元以上新开工项目26个 (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt). Sentences written in the
form of district reports, not real, are marked as regression fixtures; the real ones are quoted with their file.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "2023年全区招商引资工作报告\n一、招商引资工作总体情况\n"

YUHANG = "实际利用外资10.78亿美元,引进市外内资90.75亿元,浙商回归项目到账资金72.9亿元,中国电信创新园、量子通信等重大项目签约落户。"
MINHANG = "年内新开工项目71个,完成投资42.40亿元;亿元以上新开工项目26个,完成投资33.30亿元。"
STAGES = "力争新开工项目25个、新投产项目18个。"
RATES = "签约项目履约率达到85%，开工率68%，投产率45.2%。"
BANDS = "新签约项目32个，其中10亿元以上项目8个，5亿元至10亿元项目12个，1亿元至5亿元项目12个。"


# -- a verb of a stage of its own opens its item ----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on investment promotion (not real), modelled on the real
    # 年内新开工项目71个 (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt)
    (STAGES, "18个", "新投产项目"),
    # regression fixture, a variant (not real): no target word, the same list
    ("全年新开工项目21个、新投产项目15个。", "15个", "新投产项目"),
    # regression fixture, a variant (not real): the first item keeps its own verb
    (STAGES, "25个", "新开工项目"),
])
def test_a_stage_verb_opens_its_own_item(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name



@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixtures in the form of a district report on investment promotion (not real), modelled on the real
    # 年内新开工项目71个,完成投资42.40亿元;亿元以上新开工项目26个 (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt):
    # an item beginning with a stage of its own (达产, 达效, 入库, 技改, 新竣工) takes no verb of the list before it
    ("全年新投产项目38个、达产项目20个。", "20个", "达产项目"),
    ("全年新投产项目38个、达产达效项目20个。", "20个", "达产达效项目"),
    ("全年新投产项目18个、入库项目30个。", "30个", "入库项目"),
    ("全年新投产工业项目18个、技改项目25个。", "25个", "技改项目"),
    ("全年新开工项目21个、新投产项目15个、新竣工项目9个。", "9个", "新竣工项目"),
])
def test_an_item_with_a_stage_of_its_own_takes_no_verb_of_the_list(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name

# -- a bare stage rate after another ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on investment promotion (not real), modelled on the
    # real 区重点项目…已开工…开工率 of the district reports (tests/gold/constructed/tianhe_2021_q1)
    (RATES, "68%", "签约项目开工率"),
    # regression fixture, a variant (not real): the third rate of the list
    (RATES, "45.2%", "签约项目投产率"),
    # regression fixture, a variant (not real): the rise of the second rate in points
    ("签约项目履约率85.6%，开工率72.5%，比上年提高6.3个百分点。", "6.3个百分点", "签约项目开工率"),
])
def test_a_bare_stage_rate_is_of_the_projects_of_the_rate_before(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name



def test_a_stage_rate_after_a_rate_of_funds_stays_bare():
    # regression fixture in the form of a district report on investment promotion (not real), modelled on RATES: the
    # funds' arrival rate is no stage of the projects, the start rate after it names no bonds
    assert fact(HEAD + "专项债券资金到位率100%，开工率95%。", "95%")["indicator"] == "开工率"

def test_a_stage_rate_after_a_count_stays_bare():
    # regression fixture (not real): a count of projects names no projects the rate is of
    assert fact(HEAD + "已开工项目19个，开工率59.4%。", "59.4%")["indicator"] == "开工率"


# -- an amount received by a verb of its own ----------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county report's targets (not real), modelled on YUHANG
    ("力争引进市外内资100亿元、实际利用外资1.5亿美元。", "1.5亿美元", "实际利用外资"),
    # regression fixture, a variant (not real): the funds arrived after a list's verb of adding
    ("计划新引进亿元以上项目20个、实际到位资金55亿元。", "55亿元", "实际到位资金"),
    # regression fixture, a variant (not real): 实到 heads the second item
    ("全年引进省外资金45.6亿元、实到内资36.8亿元。", "36.8亿元", "实到内资"),
])
def test_an_amount_received_takes_no_verb_of_the_list(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a range of amounts before the projects counted ---------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on investment promotion (not real), modelled on the real
    # 其中注册资金千万元以上46家,亿元以上5家 (/work/shared/gold/real/texts/dongliu_yz_2023_street.txt)
    (BANDS, "8个", "10亿元以上项目"),
    # regression fixture, a variant (not real): the size class of a range of amounts
    ("其中，10亿元以上项目8个，5亿元至10亿元项目12个。", "12个", "5亿元至10亿元项目"),
    # regression fixture, a variant (not real): the range printed with a dash and the unit once
    ("其中，5-10亿元项目12个。", "12个", "5-10亿元项目"),
])
def test_a_range_of_amounts_before_the_projects_names_their_class(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name



@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixtures in the form of a district report on investment promotion (not real), modelled on the real
    # 全年共引进企业137家,其中注册资金千万元以上46家,亿元以上5家 (/work/shared/gold/real/texts/dongliu_yz_2023_street.txt):
    # the next size class after a range of amounts, or a range after one bound, is of the same amount the first names
    ("年产值10亿元至50亿元企业12家，50亿元以上企业3家。", "3家", "年产值50亿元以上企业"),
    ("年产值10亿元以上企业12家，5亿元至10亿元企业3家。", "3家", "年产值5亿元至10亿元企业"),
])
def test_the_next_size_class_is_of_the_amount_of_the_first(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name

@pytest.mark.parametrize("s", [
    # regression fixture (not real): the classes of the projects signed
    BANDS,
    # regression fixture, a variant (not real): a dash between the ends
    "其中，5-10亿元项目12个。",
])
def test_the_bounds_of_a_size_class_are_no_amounts(s):
    assert not (facts(HEAD + s)["raw_unit"] == "亿元").any()


def test_a_range_of_an_amount_of_its_own_is_kept():
    # regression fixture (not real): a range of the agreed investment itself is two figures
    f = facts(HEAD + "签约项目总投资约50亿~60亿元。")
    assert list(f["raw_value"]) == ["50", "60"]


# -- glossary keys -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # real: /work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt
    (MINHANG, "71个", "projects_started"),
    # real: /work/shared/gold/real/texts/yuhang_hz_2015_gwr.txt
    (YUHANG, "90.75亿元", "out_of_city_domestic_capital"),
    # regression fixture in the form of a county report on investment promotion (not real), modelled on YUHANG
    ("利用省外资金45.6亿元，同比增长10.2%。", "45.6亿元", "out_of_province_funds_received"),
    # regression fixture, a variant (not real): the funds from outside the province and their completion
    ("省外到位资金32.5亿元，完成年度目标任务的108.3%。", "108.3%", "out_of_province_funds_received"),
    # regression fixture, a variant (not real): projects put in production, modelled on MINHANG
    ("新开工项目21个，新投产项目15个，分别完成年度任务的105%和100%。", "15个", "projects_put_into_production"),
    # regression fixture, a variant (not real): the completion of the second item after 分别
    ("新开工项目21个，新投产项目15个，分别完成年度任务的105%和100%。", "100%", "projects_put_into_production"),
    # regression fixture, a variant (not real): projects landed
    ("全年新落地项目38个，新注册企业56家。", "38个", "projects_landed"),
    # regression fixture, a variant (not real): the signed projects' start rate
    ("签约项目开工率达72.5%，比上年提高6.3个百分点。", "72.5%", "signed_projects_start_rate"),
    # regression fixture, a variant (not real): the performance rate
    (RATES, "85%", "signed_projects_performance_rate"),
    # regression fixture, a variant (not real): the agreed investment printed without 额
    ("招商引资签约项目32个、协议投资156亿元。", "156亿元", "agreed_investment"),
    # regression fixture, a variant (not real): the signed projects' total amount
    ("举办招商推介会6场，签约项目总金额52亿元。", "52亿元", "agreed_investment"),
    # regression fixture, a variant (not real): a target of projects started
    ("确保新开工项目不少于20个，新投产项目15个。", "20个", "projects_started"),
])
def test_the_stable_quantities_of_the_kind_are_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture (not real): the projects signed and the agreed investment, keyed before
    ("全年共签约项目32个，总投资156亿元，其中亿元以上项目18个。", "156亿元", "agreed_investment"),
    # regression fixture (not real): the funds arrived, their completion
    ("实际到位资金48.6亿元，同比增长12.3%，完成年度目标的102%。", "102%", "investment_promotion_funds_received"),
    # regression fixture (not real): the foreign capital used, a fall
    ("实际利用外资1.2亿美元，同比下降8.5%。", "8.5%", "utilised_fdi"),
])
def test_the_quantities_keyed_before_stay_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key



@pytest.mark.parametrize(("s", "printed"), [
    # regression fixtures in the form of a district report on investment promotion (not real), modelled on the real
    # 年内新开工项目71个 (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt): the projects of investment
    # promotion are a part of the projects started, put in production or landed, and take no key of the whole
    ("全年新开工项目71个，其中新开工招商引资项目21个。", "21个"),
    ("全年新投产项目30个，其中新投产招商项目12个。", "12个"),
    ("全年落地招商项目15个，新注册企业56家。", "15个"),
])
def test_a_part_of_the_projects_takes_no_key_of_the_whole(s, printed):
    assert fact(HEAD + s, printed)["indicator_key"] == ""


AGREED = "新签约项目32个，协议投资156亿元，其中亿元以上项目18个，协议投资120亿元。"


@pytest.mark.parametrize(("printed", "name", "key"), [
    # regression fixture in the form of a district report on investment promotion (not real), modelled on the real
    # 全年共引进企业137家,其中注册资金千万元以上46家 (/work/shared/gold/real/texts/dongliu_yz_2023_street.txt): the
    # agreed investment after a part counted after 其中 is the part's, the one after the whole keeps its own name and key
    ("120亿元", "亿元以上项目协议投资", ""),
    ("156亿元", "协议投资", "agreed_investment"),
])
def test_the_agreed_investment_after_a_part_is_the_parts(printed, name, key):
    f = fact(HEAD + AGREED, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)

def test_a_bare_amount_signed_stays_unkeyed():
    # tests/gold/constructed/haidian_2022_q3 (constructed fixture): the amount of technology projects signed
    s = "中关村论坛、2022年服贸会等重大活动期间,共签约科技成果转化项目76个,签约金额约186亿元。"
    assert fact(s, "186亿元")["indicator_key"] == ""
