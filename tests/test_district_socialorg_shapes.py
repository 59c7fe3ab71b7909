"""Figures of the social organisations, volunteering and charity report (社会组织, 志愿服务, 慈善事业), as district and
county civil-affairs bureaus print them.

The report counts the social organisations registered by type (登记社会组织1286家，其中社会团体412家、民办非企业单位
856家、基金会18家), those registered and deregistered in the year (新登记56家，注销32家), those graded (3A以上), and
the rate per population (每万人拥有社会组织8.6个); the registered volunteers, their teams and hours (注册志愿者28.6万人，
志愿服务时长526万小时); the charity donations received and spent (接收慈善捐赠款物1.26亿元，支出1.08亿元), the
charitable trusts set up and their size (设立慈善信托6单，信托规模2300万元) and the welfare lottery (福利彩票销售额,
福彩公益金). The rules:

- the glossary keys the stock quantities of the kind: 社会组织 and its three types (社会团体, 民办非企业单位 or
  社会服务机构, 基金会), 社区社会组织, those graded 3A or above, those per ten thousand residents, those registered
  and deregistered in the year, 注册志愿者, 志愿服务时长, 志愿服务队伍, 志愿服务组织, the charity donations received
  and the charity spending, 慈善信托 and its size, 慈善超市, 持证社会工作者, the welfare lottery's sales and its
  welfare fund;
- a count named only by a verb of disposal (注销, 注销登记, 撤销登记) after the things a word of addition (新登记,
  新设立) or the same registration verb (登记社会组织 … 注销登记) heads is of those things, not of the new ones
  (新登记社会组织56家，注销32家 → 注销的社会组织); the registration is a whole word (登记, 依法登记, 登记注册);
- a bare size (规模, 信托规模) after a clause counting the things set up (设立慈善信托6单, after 全区 or 全年 too) is
  the size of those things (慈善信托规模), not of the setting up;
- 单 counts deals and trusts (6单); 单元, 单位 and the other words opening with it are no counter.

The national work reports speak of this subject without district figures (支持社会组织、人道救助、志愿服务、公益慈善
等健康发展, 2022; 行业协会商会等四类社会组织实现直接登记, 2015; 积极发展社会福利事业和慈善事业，开展多种形式的捐助和
帮扶活动, 2006); a real street report counts volunteers (社区党员、志愿者等1800余名战时力量,
/work/shared/gold/real/texts/xiasha_qt_2022_street_h1.txt). Sentences written in the form of district reports, not
real, are marked as regression fixtures; the real ones are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "2023年全区社会组织、志愿服务和慈善事业发展情况报告\n一、社会组织发展情况\n"

TYPES = "截至2023年底，全区登记社会组织1286家，其中社会团体412家、民办非企业单位856家、基金会18家。"
TYPES_NEW_NAME = ("截至12月底，全县共有社会组织628个，其中社会团体236个、社会服务机构385个、基金会7个，"
                  "分别比上年增长3.5%、6.2%和16.7%。")
VOLUNTEERS = "全区注册志愿者达到28.6万人，占常住人口的18.2%，比上年增长9.6%。"
HOURS = "全年开展志愿服务活动1.8万场次，志愿服务时长累计达到526万小时，人均志愿服务时长18.4小时。"
DONATIONS = "全年接收慈善捐赠款物1.26亿元，同比增长15.3%，支出慈善款物1.08亿元。"
TRUSTS = "全区设立慈善信托6单，信托规模2300万元。"
LOTTERY = "全年福利彩票销售额3.12亿元，同比增长5.8%，筹集福彩公益金9360万元。"
NEW_AND_GONE = "全年新登记社会组织56家，注销32家，撤销登记12家。"


# -- the glossary's quantities of the kind ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district civil-affairs report (not real), modelled on the national
    # reports' 支持社会组织、人道救助、志愿服务、公益慈善等健康发展 (/work/shared/corpus/national_work_reports/2022.txt)
    (TYPES, "1286家", "social_organisations"),
    (TYPES, "412家", "social_groups"),
    (TYPES, "856家", "private_non_enterprise_units"),
    (TYPES, "18家", "foundations"),
    # regression fixture, a variant (not real): the types' new name, their growths after 分别
    (TYPES_NEW_NAME, "628个", "social_organisations"),
    (TYPES_NEW_NAME, "385个", "private_non_enterprise_units"),
    (TYPES_NEW_NAME, "6.2%", "private_non_enterprise_units"),
    (TYPES_NEW_NAME, "16.7%", "foundations"),
    # regression fixture, a variant (not real): the rate per population and its change
    ("全区每万人拥有社会组织8.6个，比上年增加0.4个。", "8.6个", "social_organisations_per_10k"),
    ("全区每万人拥有社会组织数达到9.2个，高于全市平均水平1.3个。", "9.2个", "social_organisations_per_10k"),
    # regression fixture, a variant (not real): those registered in the year, and a plan of them
    (NEW_AND_GONE, "56家", "new_social_organisations"),
    ("计划新增社会组织60家，培育品牌社会组织10家。", "60家", "new_social_organisations"),
    # regression fixture, a variant (not real): those graded, their share
    ("评估等级为3A以上的社会组织达到215家，占参评社会组织的68.5%。", "215家", "social_organisations_3a_plus"),
    ("全区3A级以上社会组织86家，其中5A级12家。", "86家", "social_organisations_3a_plus"),
    # regression fixture, a variant (not real): the community organisations recorded
    ("全区备案社区社会组织3650个，平均每个社区12.6个。", "3650个", "community_social_organisations"),
    # regression fixture, a variant (not real): the rank of the number
    ("全县社会组织数量居全市第2位。", "第2", "social_organisations"),
    # regression fixture in the form of a district report on volunteering (not real), modelled on the national
    # reports' 促进专业社会工作、志愿服务发展 (/work/shared/corpus/national_work_reports/2017.txt)
    (VOLUNTEERS, "28.6万人", "registered_volunteers"),
    (VOLUNTEERS, "9.6%", "registered_volunteers"),
    ("全区实名注册志愿者36.8万人，志愿服务组织1260个。", "36.8万人", "registered_volunteers"),
    ("全区实名注册志愿者36.8万人，志愿服务组织1260个。", "1260个", "volunteer_organisations"),
    ("力争2024年注册志愿者人数达到20万人。", "20万人", "registered_volunteers"),
    (HOURS, "526万小时", "volunteer_service_hours"),
    ("全年志愿服务总时长同比增长8.6%。", "8.6%", "volunteer_service_hours"),
    ("全区注册志愿服务队伍2150支，其中党员志愿服务队386支。", "2150支", "volunteer_teams"),
    # regression fixture in the form of a district report on charity (not real), modelled on the national reports'
    # 积极发展社会福利事业和慈善事业，开展多种形式的捐助和帮扶活动 (/work/shared/corpus/national_work_reports/2006.txt)
    (DONATIONS, "1.26亿元", "charitable_donations_received"),
    (DONATIONS, "15.3%", "charitable_donations_received"),
    (DONATIONS, "1.08亿元", "charitable_spending"),
    ("全年接收社会捐赠款物4860万元，比上年下降6.2%。", "4860万元", "charitable_donations_received"),
    ("慈善捐赠款物支出4520万元，占接收总额的93%。", "4520万元", "charitable_spending"),
    ("全区慈善超市18家，全年接收捐赠物资价值326万元。", "18家", "charity_shops"),
    (TRUSTS, "2300万元", "charitable_trust_assets"),
    ("全区持证社会工作者2360人，每万人拥有持证社工10.2人。", "2360人", "certified_social_workers"),
    # regression fixture, a variant (not real): the welfare lottery, as the sports lottery is keyed
    (LOTTERY, "3.12亿元", "welfare_lottery_sales"),
    (LOTTERY, "5.8%", "welfare_lottery_sales"),
    (LOTTERY, "9360万元", "welfare_lottery_welfare_fund"),
])
def test_the_quantities_of_the_kind_are_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture, a variant (not real): a grade narrower than 3A or above, no key of the span
    ("全区3A级以上社会组织86家，其中5A级12家。", "12家"),
    # regression fixture, a variant (not real): volunteers not said registered, nor those added
    ("全区共有志愿者18.6万名，志愿服务组织860家。", "18.6万名"),
    ("全年新增注册志愿者4.6万人，新增志愿服务时长96万小时。", "4.6万人"),
    ("全年新增注册志愿者4.6万人，新增志愿服务时长96万小时。", "96万小时"),
])
def test_a_narrower_or_added_quantity_takes_no_stock_key(s, printed):
    assert fact(HEAD + s, printed)["indicator_key"] == ""


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district civil-affairs report (not real), modelled on 行业协会商会等四类
    # 社会组织实现直接登记 (/work/shared/corpus/national_work_reports/2015.txt): the ones registered in the year are
    # no stock, their registration verbs no alias of it
    ("全年依法登记社会组织45家。", "45家"),
    # regression fixture, a variant (not real): 登记注册
    ("全年登记注册社会组织120家，撤销登记12家。", "120家"),
])
def test_a_name_of_the_registering_is_no_alias_of_the_stock(s, printed):
    assert fact(HEAD + s, printed)["indicator_key"] == ""


# -- a count after a verb of disposal ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district civil-affairs report (not real), modelled on the national
    # reports' 行业协会商会等四类社会组织实现直接登记 (/work/shared/corpus/national_work_reports/2015.txt)
    (NEW_AND_GONE, "32家", "注销的社会组织", "deregistered_social_organisations"),
    (NEW_AND_GONE, "12家", "撤销登记的社会组织", ""),
    # regression fixture, a variant (not real): the verb repeats the registration the stock is named by
    ("全区登记社会组织1286家，注销登记32家。", "32家", "注销登记的社会组织", "deregistered_social_organisations"),
    # regression fixture, a variant (not real): market entities newly registered, as the organisations
    ("全年新登记市场主体1.2万户，注销3200户。", "3200户", "注销的市场主体", "deregistered_market_entities"),
    # regression fixture, a variant (not real): 新注册
    ("全年新注册社会组织40家，注销15家。", "15家", "注销的社会组织", "deregistered_social_organisations"),
])
def test_a_count_disposed_of_is_of_the_things_not_the_new_ones(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district civil-affairs report (not real), modelled on 行业协会商会等四类
    # 社会组织实现直接登记 (/work/shared/corpus/national_work_reports/2015.txt): the verb undoes the registration as a
    # word, 注册 no part of the organisations
    ("全年登记注册社会组织120家，撤销登记12家。", "12家", "撤销登记的社会组织"),
    # regression fixture, a variant (not real): 依法登记
    ("全年依法登记社会组织45家，注销登记8家。", "8家", "注销登记的社会组织"),
])
def test_the_registration_undone_is_a_whole_word(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_the_new_ones_keep_their_verb():
    assert fact(HEAD + NEW_AND_GONE, "56家")["indicator"] == "新登记社会组织"


# -- the size of the things set up -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on charity (not real), modelled on the national reports'
    # 依法推进公益和慈善事业健康发展 (/work/shared/corpus/national_work_reports/2017.txt)
    (TRUSTS, "2300万元", "慈善信托规模"),
    # regression fixture, a variant (not real): the count without 全区
    ("设立慈善信托6单，信托规模2300万元。", "2300万元", "慈善信托规模"),
    # regression fixture, a variant (not real): a bare 规模 after the funds counted
    ("全年设立社区慈善基金86个，规模达到1560万元。", "1560万元", "社区慈善基金规模"),
    # regression fixture, a variant (not real): a fund of industry, as 设立产业引导基金，基金规模
    ("全区设立产业引导基金5支，基金规模20亿元。", "20亿元", "产业引导基金规模"),
])
def test_a_size_after_the_things_set_up_is_theirs(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_the_things_set_up_are_still_counted():
    assert fact(HEAD + TRUSTS, "6单")["indicator"] == "设立慈善信托"


# -- 单 counts, the words opening with it do not ------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed"), [
    (TRUSTS, "6单"),
    # regression fixture, a variant (not real): a plan of trusts
    ("计划募集慈善款物4000万元，新设立慈善信托3单。", "3单"),
    # regression fixture, a variant (not real): deals signed
    ("全年签约公益项目12单，金额3200万元。", "12单"),
])
def test_dan_is_a_counter(s, printed):
    f = fact(HEAD + s, printed)
    assert (f["raw_unit"], "unknown_unit" in f["flags"]) == ("单", False)


@pytest.mark.parametrize("s", [
    # regression fixture, a variant (not real): a building's unit and a unit of measure, no counters
    "完成3单元楼栋适老化改造。",
    "采集献血1单位血液。",
])
def test_words_opening_with_dan_are_no_counter(s):
    assert "单" not in set(facts(HEAD + s)["raw_unit"])
