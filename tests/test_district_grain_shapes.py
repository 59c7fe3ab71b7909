"""Figures of the grain, reserves and supply-and-marketing reports (粮食和物资储备, 供销合作社) of districts and counties,
as district and county offices print them.

A grain bureau prints the sown area, output and yield of grain (粮食播种面积X万亩、总产量X万吨（X亿斤），单产X公斤/亩),
the grain bought (收购粮食X万吨), the local reserves and their rotation (地方储备粮规模X万吨，轮换X万吨), the storage
capacity (仓容) and the emergency supply outlets; a supply-and-marketing cooperative prints its sales (销售总额X亿元),
its profit and the farm supplies it furnished (供应化肥X万吨、农药X吨). The rules these shapes need:

- an output said again in another unit right after its own (总产量32.6万吨（6.52亿斤）, 折合6.52亿斤) is no subject of
  its own when a 分别 list after it gives each subject before a growth;
- 实现 between an owner and its sales (县供销社实现销售总额) is no part of the name, as it is before 销售额; the owner of
  an amount right before a bare amount joined by 、 owns it (规上工业企业营业收入120亿元、利润8.6亿元), as after a comma;
- the verb a list of goods opens with (供应, 收购, 储备, 调运, 投放) is done to every bare item after 、 (供应化肥6.8万吨、
  农药1200吨 → 供应农药);
- 和 inside the name of one body (粮食和物资储备局, 发展和改革委员会) joins no list;
- a plan named in a rate of its carrying out (储备计划落实率, 到位率, 兑现率) plans nothing: the rate is an outcome;
- 顶 (tents) is a counter; the glossary keys the grain yield, autumn grain, rice, oil crops' area, the grain bought,
  the local grain reserves, the grain storage capacity and the cooperatives' sales.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "一、2023年粮食生产和储备工作情况\n"


# -- a restated output is no subject of a 分别 list ---------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county grain report (not real), modelled on 全区粮食生产总面积321140亩,
    # 比上年增长3.8%,粮食总产量132772吨,比上年增长1.1% (/work/shared/gold/real/texts/district_2021_bulletin_rank.txt)
    # and 粮食产量1.37万亿斤 (/work/shared/corpus/national_work_reports/2023.txt)
    ("全县粮食播种面积86.5万亩，总产量32.6万吨（6.52亿斤），单产377公斤/亩，同比分别增长1.2%、2.5%和1.3%。",
     "1.2%", "粮食播种面积"),
    # regression fixture, a variant (not real): the second growth is the output's
    ("全县粮食播种面积86.5万亩，总产量32.6万吨（6.52亿斤），单产377公斤/亩，同比分别增长1.2%、2.5%和1.3%。",
     "2.5%", "粮食总产量"),
    # regression fixture, a variant (not real): the third growth is the yield's
    ("全县粮食播种面积86.5万亩，总产量32.6万吨（6.52亿斤），单产377公斤/亩，同比分别增长1.2%、2.5%和1.3%。",
     "1.3%", "粮食单产"),
    # regression fixture, a variant (not real): two members, the restatement the last figure before 分别
    ("全县粮食播种面积86.5万亩，总产量32.6万吨（6.52亿斤），分别增长1.2%和2.5%。", "1.2%", "粮食播种面积"),
    # regression fixture, a variant (not real): the restatement after 折合
    ("全县粮食播种面积86.5万亩，总产量32.6万吨，折合6.52亿斤，分别增长1.2%和2.5%。", "1.2%", "粮食播种面积"),
])
def test_restated_output_is_no_subject_of_its_own(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "yoy_pct")


def test_restated_output_keeps_its_own_level():
    # regression fixture in the form of a county grain report (not real), modelled on 粮食产量1.37万亿斤
    # (/work/shared/corpus/national_work_reports/2023.txt), the output printed in 万吨 and again in 亿斤
    f = fact(HEAD + "全县粮食播种面积86.5万亩，总产量32.6万吨（6.52亿斤），分别增长1.2%和2.5%。", "6.52亿斤")
    assert (f["indicator_key"], f["measure"], f["value"], f["unit"]) == ("grain_output", "level", 6.52e8, "斤")


# -- the sales of a cooperative ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county supply-and-marketing report (not real), modelled on the national
    # reports' 供销合作社 (/work/shared/corpus/national_work_reports/1955.txt) and 全区实现社会消费品零售总额
    ("县供销社实现销售总额42.6亿元，同比增长11.8%，完成全年目标任务的102.3%。", "42.6亿元", "县供销社销售总额"),
    # regression fixture, a variant (not real): the completion share of the same sales
    ("县供销社实现销售总额42.6亿元，同比增长11.8%，完成全年目标任务的102.3%。", "102.3%", "县供销社销售总额"),
    # regression fixture, a variant (not real): the whole system, goods sold
    ("全系统实现商品销售总额50亿元。", "50亿元", "全系统商品销售总额"),
    # regression fixture, a variant (not real): the purchases of goods, and the sales after 、 owned alike
    ("全县供销合作社系统全年实现商品购进总额28.3亿元、销售总额36.8亿元，同比分别增长8.6%和9.2%。", "36.8亿元",
     "供销合作社系统销售总额"),
    # regression fixture, a variant (not real): the growth of the sales after 、
    ("全县供销合作社系统全年实现商品购进总额28.3亿元、销售总额36.8亿元，同比分别增长8.6%和9.2%。", "9.2%",
     "供销合作社系统销售总额"),
    # regression fixture, a variant (not real): the profit after a comma is the cooperative's
    ("县供销社实现销售总额42.6亿元，利润1.2亿元。", "1.2亿元", "县供销社利润"),
])
def test_cooperative_sales_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_cooperative_sales_keyed():
    # regression fixture in the form of a county supply-and-marketing report (not real), modelled on the national
    # reports' 供销合作社 (/work/shared/corpus/national_work_reports/1955.txt)
    assert fact(HEAD + "县供销社实现销售总额42.6亿元。", "42.6亿元")["indicator_key"] == "supply_marketing_coop_sales"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report (not real), modelled on 规模以上工业企业实现利润 (the
    # profit of firms above designated size the district reports print) with a comma
    ("规上工业企业实现营业收入120亿元、利润8.6亿元。", "8.6亿元", "规上工业企业利润"),
    # regression fixture, a variant (not real): a cooperative system's profit after its sales
    ("供销社系统实现销售总额42亿元、利润总额1.2亿元。", "1.2亿元", "供销社系统利润总额"),
    # regression fixture, a variant (not real): the value added of the farm sectors
    ("全县实现农林牧渔业总产值45.6亿元、增加值28.2亿元。", "28.2亿元", "农林牧渔业增加值"),
])
def test_owner_of_the_amount_before_owns_the_bare_amount_after_a_pause(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a verb of goods shared by a list ----------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county supply-and-marketing report (not real), modelled on 化肥（折纯）
    # 分别达到2.48亿吨和1988万吨 (/work/shared/corpus/national_work_reports/1992.txt) and 国家用于农用柴油、农业用电、
    # 农机、化肥…的价格补贴 (1981.txt)
    ("全年供应化肥6.8万吨、农药1200吨、农膜950吨、种子2100吨。", "1200吨", "供应农药"),
    # regression fixture, a variant (not real): the last item
    ("全年供应化肥6.8万吨、农药1200吨、农膜950吨、种子2100吨。", "2100吨", "供应种子"),
    # regression fixture in the form of a county grain report (not real), modelled on 今年小麦、稻谷最低收购价平均每斤
    # 分别提高0.11元和0.13元 (/work/shared/corpus/national_work_reports/2009.txt)
    ("全年累计收购小麦8.2万吨、稻谷4.4万吨，分别完成全年收购任务的105%和98%。", "4.4万吨", "收购稻谷"),
    # regression fixture, a variant (not real): the completion of the second item
    ("全年累计收购小麦8.2万吨、稻谷4.4万吨，分别完成全年收购任务的105%和98%。", "98%", "收购稻谷"),
    # regression fixture in the form of a district reserves report (not real), modelled on 在全市率先建成17个街道级
    # 储备物资库 (/work/shared/gold/real/texts/dongcheng_2021_h1.txt)
    ("储备帐篷1200顶、棉被8600床。", "8600床", "储备棉被"),
])
def test_goods_verb_shared_by_the_list(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_item_with_its_own_reserve_word_keeps_its_name():
    # regression fixture, a variant (not real): an item printing 储备 itself keeps its name
    assert fact(HEAD + "地方储备粮5万吨、储备油1200吨。", "1200吨")["indicator"] == "储备油"


def test_tents_are_counted():
    # regression fixture in the form of a district reserves report (not real), modelled on 储备物资库
    # (/work/shared/gold/real/texts/dongcheng_2021_h1.txt)
    f = fact(HEAD + "储备帐篷1200顶、棉被8600床。", "1200顶")
    assert (f["unit"], f["value"], f["flags"]) == ("顶", 1200.0, "")


# -- 和 inside a body's name ---------------------------------------------------------------------------------

@pytest.mark.parametrize("printed", ["18类", "12.6万件"])
def test_body_name_with_he_joins_no_list(printed):
    # regression fixture in the form of a district reserves report (not real), modelled on 贸易、银行和物资储备部门
    # (/work/shared/corpus/national_work_reports/1955.txt) and 储备物资库 (dongcheng_2021_h1.txt)
    f = fact(HEAD + "粮食和物资储备局共储备应急物资18类、12.6万件（套）。", printed)
    assert f["indicator"] == "粮食和物资储备局储备应急物资"
    assert f["indicator_key"] == ""


def test_a_list_joined_by_he_still_splits():
    # regression fixture, a variant (not real): 粮食和蔬菜 are two things
    f = facts(HEAD + "粮食和蔬菜分别增长3%和5%。")
    assert list(f["indicator"]) == ["粮食", "蔬菜"]


# -- a plan's rate of carrying out is an outcome ---------------------------------------------------------

@pytest.mark.parametrize(("s", "name"), [
    # regression fixture in the form of a district grain reserves report (not real), modelled on 国家、集体和个人
    # 分别储备起足够一年到两年食用的粮食 (/work/shared/corpus/national_work_reports/1960.txt)
    ("区级储备粮实际库存2.3万吨，储备计划落实率100%，库存粮食质量达标率100%，宜存率100%。", "储备计划落实率"),
    # regression fixture, a variant (not real): the rates after it no longer planned
    ("区级储备粮实际库存2.3万吨，储备计划落实率100%，库存粮食质量达标率100%，宜存率100%。", "宜存率"),
    # regression fixture, a variant (not real): 到位率
    ("储备计划到位率100%。", "储备计划到位率"),
])
def test_plan_rate_of_carrying_out_is_actual(s, name):
    f = facts(HEAD + s)
    f = f[f["indicator"] == name]
    assert list(f["status"]) == ["actual"]


def test_a_plan_to_carry_out_still_plans():
    # regression fixture, a variant (not real): 计划 before a verb of the plan is a target
    f = fact(HEAD + "2024年计划落实地方储备粮5万吨。", "5万吨")
    assert (f["status"], f["indicator_key"]) == ("target", "local_grain_reserves")


# -- keys of the grain concepts ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a county grain report (not real), modelled on 粮食产量首次跃上1.4万亿斤新台阶、
    # 亩产提升10.1斤 (/work/shared/corpus/national_work_reports/2025.txt)
    ("全县粮食总产量达到26.5亿斤，增产1.2亿斤，单产412公斤/亩，较上年提高6.5公斤。", "412公斤/亩", "grain_yield_per_mu"),
    # regression fixture, a variant (not real): the yield printed alone, 单产 with 粮食
    ("粮食单产达到420公斤，较上年提高8公斤。", "420公斤", "grain_yield_per_mu"),
    # regression fixture in the form of a county grain report (not real), modelled on 其中:小麦面积和产量是95517亩和
    # 37554吨,…水稻面积和产量是208043亩 (/work/shared/gold/real/texts/district_2021_bulletin_rank.txt)
    ("水稻面积和产量分别为20.8万亩和9.1万吨，比上年增长2.3%和1.8%。", "20.8万亩", "rice_sown_area"),
    # regression fixture, a variant (not real): the output of rice
    ("水稻面积和产量分别为20.8万亩和9.1万吨，比上年增长2.3%和1.8%。", "9.1万吨", "rice_output"),
    # regression fixture in the form of a county grain report (not real), modelled on 全年粮食播种面积2.29万亩
    # (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt)
    ("全县粮食总产量33.2万吨，增长2.1%；其中夏粮产量12.1万吨，秋粮产量21.1万吨。", "21.1万吨", "autumn_grain_output"),
    # regression fixture, a variant (not real): oil crops' area
    ("油料播种面积5.6万亩，产量1.2万吨，分别增长3.5%和4.1%。", "5.6万亩", "oilseed_sown_area"),
    # regression fixture in the form of a county grain report (not real), modelled on 粮食的收购数量，也超过了上一年
    # 同期的水平 (/work/shared/corpus/national_work_reports/1958.txt)
    ("全年收购粮食12.6万吨，同比增长8.2%，其中最低收购价收购3.4万吨。", "12.6万吨", "grain_purchases"),
    # regression fixture, a variant (not real): the purchase as a noun
    ("全年完成粮食收购18.6万吨，完成年度计划的112%。", "18.6万吨", "grain_purchases"),
    # regression fixture in the form of a county grain reserves report (not real), modelled on 建成仓容250亿公斤的
    # 国家粮食储备库 (/work/shared/corpus/national_work_reports/2000.txt)
    ("全区地方储备粮规模达到5.2万吨，其中区级储备粮2.1万吨。", "5.2万吨", "local_grain_reserves"),
    # regression fixture, a variant (not real): the storage capacity
    ("全县粮食仓容达到35万吨，新建仓库2.3万平方米。", "35万吨", "grain_storage_capacity"),
])
def test_grain_concepts_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key
