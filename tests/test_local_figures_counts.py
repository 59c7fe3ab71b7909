"""Counts, ranks and statuses of figures in district reports, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts``, ``tests/gold/constructed`` or the bundled
national corpus (named in the comment above it); each test states the name or status of one figure of it, or
that a number of it is no figure.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

# -- a count whose clause goes on with a figure of its own, one digit or a rank, is named by its noun alone ----

@pytest.mark.parametrize(("text", "printed", "name"), [
    # chaoyang_2024_h1
    # (the bare 任务 named by the example listed before 等)
    ("一般制造业疏解提质等9项任务提前完成年度目标,围挡治理等12项任务完成量排名全市前三。", "12项", "围挡治理等任务"),
    # dongcheng_2021_q1
    ("年度300条背街小巷治理任务已启动86条,25个老旧小区综合整治项目已开工7个。", "25个", "老旧小区综合整治项目"),
    # wuhou_2023_h1
    ("年初确定的10件民生实事已完成4件，其余6件正按计划推进，民生实事累计完成投资18.7亿元，完成年度计划的56.3%。",
     "10件", "民生实事"),
])
def test_count_whose_clause_goes_on_with_a_figure_is_named_by_its_noun(text, printed, name):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"]) == (name, "level")


# -- a word of negation before what a clause says of counted things belongs to it --------------------------

def test_negation_heads_what_the_clause_says_of_the_things_counted():
    # fengtai_2020_h1
    got = fact("三是重点项目推进滞后，仍有33个项目尚未开工。", "33个")
    assert (got["indicator"], got["value"]) == ("尚未开工的项目", 33.0)


# -- a part of a set counted before, started by the verb ending its name, is named by the verb -------------

def test_part_started_is_named_by_the_verb_that_starts_it():
    # dongcheng_2021_q1
    got = fact("年度300条背街小巷治理任务已启动86条,25个老旧小区综合整治项目已开工7个。", "86条")
    assert (got["indicator"], got["value"]) == ("已启动的背街小巷治理任务", 86.0)


# -- 按计划 (according to plan) says how work goes, and sets no target -----------------------------------------

@pytest.mark.parametrize("printed", ["18.7亿元", "56.3%"])
def test_according_to_plan_sets_no_target(printed):
    # wuhou_2023_h1, in the review of the half year
    got = fact("上半年，年初确定的10件民生实事已完成4件，其余6件正按计划推进，民生实事累计完成投资18.7亿元，"
               "完成年度计划的56.3%。", printed)
    assert (got["indicator"], got["status"]) == ("民生实事投资", "actual")


# -- a verb that lists or fixes the things named, and the year they are for, are no part of the name ---------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2024_h1
    ("强化储备项目机制,梳理2024年储备项目181项,新引进企业实现全口径税收入库8775万元。", "181项", "储备项目"),
    # dongcheng_2023_h1
    ("确定2023年实施街区更新项目32个,其中申请式退租项目4个,已完成退租签约386户。", "32个", "实施街区更新项目"),
])
def test_listing_verb_and_year_heading_a_name_are_no_part_of_it(text, printed, name):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"]) == (name, "level")


# -- an ordinal of times (第一次) is no rank, whatever word holding a rank verb stands before it ---------------

def test_ordinal_of_times_is_no_rank():
    # 1981 (the national work report): 排 of 排球队 is no verb of rank
    f = facts("体育战线今年以来捷报频传，最近女子排球队又第一次夺得了世界冠军，这对正在进行现代化建设的全国各族人民是一个鼓舞。")
    assert "第一" not in set(f["raw_value"])


# -- the verb completing a signing between its owner and the households counted is no part of the name -------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1 (the bundled report)
    ("目前,雍和宫周边和北二里庄申请式退租项目已完成退租签约47户;形成18栋简易楼再利用项目思路,明确再利用方向。", "47户",
     "雍和宫周边和北二里庄申请式退租项目退租签约"),
    # changping_2021_fy
    ("轨道交通昌平线南延一期加快建设,13号线扩能提升工程完成拆迁签约416户,区域交通微循环持续改善。", "416户",
     "13号线扩能提升工程拆迁签约"),
    # dongcheng_2019_h1
    ("确定国子监等8个重点街区,雍和宫周边申请式退租项目完成签约312户。", "312户", "雍和宫周边申请式退租项目签约"),
])
def test_completing_verb_of_a_signing_is_no_part_of_its_name(text, printed, name):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"]) == (name, "level")


def test_units_that_withdrew_are_named_by_the_verb_ending_their_name():
    # dongcheng_2019_h1
    got = fact("全区P2P网贷机构已退出12家。", "12家")
    assert (got["indicator"], got["value"]) == ("已退出的P2P网贷机构", 12.0)


# -- a qualifier before 占 is no name of a share: the share is of the subject before it -------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # chaoyang_2020_h1
    ("CBD功能区实现税收283.6亿元,同比下降6.1%,约占全区税收的42%。", "42%", "CBD功能区税收"),
    # tianhe_2021_q1
    ("天河智慧城新引进数字经济企业217家,软件和信息服务业集聚区营业收入增长31.2%,约占全市的一半。", "一半",
     "软件和信息服务业集聚区营业收入"),
])
def test_qualifier_before_a_share_verb_is_no_name(text, printed, name):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"], got["qualifier"]) == (name, "rate_pct", "about")


# -- a list marker of digits in brackets or in a circle heading an item is no part of its name -----------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # haidian_2021_h1
    ("(1)城镇新增就业3.42万人，完成全年任务的62.2%，城镇登记失业率为1.36%，较上年同期回落0.28个百分点；(2)新增养老床位"
     "650张，建成养老服务驿站12个，覆盖老年人口约8.6万人；(3)新增中小学学位5400个，其中小学学位3200个；(4)新建改建公园"
     "绿地26.5公顷，PM2.5平均浓度为36微克/立方米，同比下降14.3%，优良天数比例达到78.5%。", "650张", "新增养老床位"),
    # haidian_2021_h1
    ("其中，①基础设施投资增长12.1%；②房地产开发投资下降6.4%，降幅较一季度收窄3.9个百分点；③工业投资增长35.6%。",
     "6.4%", "房地产开发投资"),
])
def test_list_marker_of_digits_is_no_part_of_the_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a share a flow recovers to is named by the flow, and the level it recovers to is its base ----------------

@pytest.mark.parametrize(("text", "printed", "name", "base"), [
    # chaoyang_2020_h1
    ("商圈复苏步伐加快,三里屯、国贸、蓝色港湾等9个重点商圈客流恢复至去年同期的七成左右,举办促消费活动60余场,带动消费约"
     "28.4亿元。", "七成", "重点商圈客流", "去年同期"),
    # shunyi_2022_fy
    ("T3航站楼国际航班量仅恢复至疫情前的约三成。", "三成", "T3航站楼国际航班量", "疫情前"),
    # dongcheng_2021_h1
    ("王府井步行街接待客流2860万人次，同比增长46.3%，恢复至2019年同期的94.1%。", "94.1%", "王府井步行街接待客流",
     "2019年同期"),
])
def test_share_recovered_to_is_of_the_flow_against_its_base(text, printed, name, base):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"], got["comparator"]) == (name, "rate_pct", base)


def test_paying_verb_heading_a_fund_with_letters_in_its_name_is_no_part_of_it():
    # budget_2022_final
    got = fact("科学技术支出完成62310万元，比上年增长15.4%，其中安排5G基站建设补贴2360万元。", "2360万元")
    assert (got["indicator"], got["measure"]) == ("5G基站建设补贴", "level")


# -- recipients joined by 和 after 为 and a count are all counted, and none of them names what they get ----------

@pytest.mark.parametrize(("printed", "name"), [("3162户", "中小微企业和个体工商户"), ("4.27亿元", "减免国有房屋租金")])
def test_recipients_joined_by_and_are_counted_together(printed, name):
    # fengtai_2022_h1
    got = fact("为3162户中小微企业和个体工商户减免国有房屋租金4.27亿元,惠及承租主体近九成。", printed)
    assert (got["indicator"], got["measure"]) == (name, "level")


# -- a frame of the means or occasion (通过, 依托, 围绕 …) heading a name is no part of it ----------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1 (the bundled report)
    ("6月6日北京消费季在王府井启动当日,通过京东平台直播带货13.9亿元。", "13.9亿元", "直播带货"),
    # xicheng_2020_h1_gbk
    ("依托12345热线受理企业诉求4217件，响应率100%，解决率89.6%。", "4217件", "受理企业诉求"),
    # wuhou_2023_h1
    ("围绕成都大运会举办“武侯夜市”等促消费活动120余场，发放消费券3000万元，带动消费9.6亿元；武侯祠、锦里片区接待游客同比"
     "增长52.3%，夜间消费额占全天消费的比重达到41.7%。", "120余场", "举办“武侯夜市”等促消费活动"),
    # xicheng_2021_h1: a partner the work is done with
    ("与朝阳区798艺术区联合举办文化交流活动35场。", "35场", "举办文化交流活动"),
])
def test_frame_of_the_means_heading_a_name_is_no_part_of_it(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_part_of_a_base_year_is_of_the_base_and_no_period():
    # tianhe_2021_q1
    got = fact("其中,房地产开发投资142.3亿元,增长86.4%;工业投资3.6亿元,下降12.8%,降幅比去年全年收窄20.5个百分点。",
               "20.5个百分点")
    assert (got["comparator"], got["measure"]) == ("去年全年", "pp_diff")
    assert got["period"] != "全年"
