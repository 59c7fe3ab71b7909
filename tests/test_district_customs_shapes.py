"""Figures of the customs and port statistics (海关进出口统计, 口岸运行情况), as district and county offices print them.

They print the trade of the place in 亿元 and 亿美元 (进出口总值, 出口, 进口, 贸易顺差), by trade mode (一般贸易,
加工贸易, 以保税物流方式进出口), by partner (对东盟进出口, 对欧盟), by product (出口机电产品, 高新技术产品出口,
劳动密集型产品出口), by kind of firm (民营企业进出口), each with its 同比 and its share of the total (占同期外贸总值的);
the throughput of the ports (口岸货运量, 集装箱吞吐量 in 标准箱 or TEU), the persons and vehicles crossing
(口岸出入境人员…万人次, 出入境交通工具…万辆（架、艘）次) and the duties and taxes collected (征收关税, 进口环节税,
税款入库). The rules: the glossary keys the stable statistics of the kind (贸易顺差, 保税物流进出口, 劳动密集型产品出口,
进口环节税, 出入境人员, 出入境交通工具, 口岸货运量) and the verb-first forms in which offices print exports and duties
(出口机电产品, 出口高新技术产品, 征收关税, 跨境电商进出口 with no 额); the collecting verb (with its 入库) is shed
only before a tax or fee collected (税, 罚没款, 保险费 …), never before a sum paid out for what is taken (征收安置
补助费).

The national work reports print the trade in this form (2000年进出口总额达4743亿美元，其中出口2492亿美元，分别比1995年
增长69％和67％, /work/shared/corpus/national_work_reports/2001.txt; 贸易顺差连续两年下降，2010年比上年减少6.4%,
2011.txt). Sentences written in the form of district reports, not real, are marked as regression fixtures; the real
ones are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "2023年全区海关进出口统计情况\n一、外贸进出口情况\n"

# regression fixture in the form of a district customs release (not real), modelled on 2000年进出口总额达4743亿美元，
# 其中出口2492亿美元 (/work/shared/corpus/national_work_reports/2001.txt)
TRADE = ("据海关统计，2023年全区进出口总值856.3亿元，同比增长6.8%。其中，出口582.1亿元，增长9.2%；进口274.2亿元，"
         "增长1.9%；贸易顺差307.9亿元，扩大16.8%。")
# regression fixture, a variant (not real): by trade mode, modelled on 下大力气抓好一般贸易，完善和加强对加工贸易的管理
# (/work/shared/corpus/national_work_reports/1999.txt)
MODES = ("从贸易方式看，一般贸易进出口612.4亿元，增长8.3%，占同期外贸总值的71.5%；加工贸易进出口158.6亿元，"
         "下降3.2%；以保税物流方式进出口72.8亿元，增长15.6%。")
# regression fixture, a variant (not real): by product, modelled on 优化出口商品结构
# (/work/shared/corpus/national_work_reports/2004.txt)
GOODS = ("从出口商品看，出口机电产品356.8亿元，增长11.3%；出口高新技术产品98.4亿元，增长4.5%；"
         "劳动密集型产品出口86.2亿元，下降1.8%。跨境电商进出口45.6亿元，增长32.1%。")
# regression fixture, a variant (not real): the port of entry, modelled on 加强边境口岸建设
# (/work/shared/corpus/national_work_reports/2009.txt)
PORTS = ("全年口岸货物吞吐量3865万吨，同比增长5.2%；口岸出入境人员286.5万人次，同比增长152.3%；"
         "出入境交通工具12.6万辆（架、艘）次，增长48.2%。口岸货运量完成865.2万吨。")
# regression fixture, a variant (not real): the duties and taxes, modelled on 完善出口退税、关税和加工贸易政策
# (/work/shared/corpus/national_work_reports/2007.txt)
DUTIES = "全年征收关税3.6亿元，征收进口环节税12.4亿元，共计税款入库16.0亿元。全年外贸顺差42.6亿元。"


@pytest.mark.parametrize(("s", "printed", "key"), [
    (TRADE, "307.9亿元", "trade_surplus"),
    (DUTIES, "42.6亿元", "trade_surplus"),
    (MODES, "72.8亿元", "bonded_logistics_trade"),
    (GOODS, "86.2亿元", "labour_intensive_exports"),
    (GOODS, "356.8亿元", "mechanical_electrical_exports"),
    (GOODS, "98.4亿元", "high_tech_exports"),
    (GOODS, "45.6亿元", "cross_border_ecommerce_trade"),
    (PORTS, "3865万吨", "port_of_entry_freight"),
    (PORTS, "865.2万吨", "port_of_entry_freight"),
    (PORTS, "286.5万人次", "border_crossings"),
    (PORTS, "12.6万辆", "border_crossing_vehicles"),
    (DUTIES, "3.6亿元", "customs_duties"),
    (DUTIES, "12.4亿元", "import_stage_taxes"),
])
def test_the_glossary_keys_the_customs_statistics(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


def test_the_change_of_the_surplus_is_keyed_as_it():
    # real: 贸易顺差连续两年下降，2010年比上年减少6.4%。 (/work/shared/corpus/national_work_reports/2011.txt)
    f = fact("2011年政府工作报告\n贸易顺差连续两年下降，2010年比上年减少6.4%。", "6.4%")
    assert (f["indicator_key"], f["measure"]) == ("trade_surplus", "yoy_pct")


@pytest.mark.parametrize(("s", "printed", "key"), [
    # the wider totals keep their keys
    (TRADE, "856.3亿元", "foreign_trade"),
    (TRADE, "582.1亿元", "exports"),
    (MODES, "612.4亿元", "general_trade"),
    (MODES, "158.6亿元", "processing_trade"),
])
def test_the_totals_and_modes_keep_their_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


# -- a collecting verb at the head of the tax or fee it collects --------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    (DUTIES, "3.6亿元", "关税"),
    (DUTIES, "12.4亿元", "进口环节税"),
    # regression fixture, a variant (not real): who collects before the verb, modelled on 完善出口退税、关税和加工贸易
    # 政策 (/work/shared/corpus/national_work_reports/2007.txt)
    ("海关征收关税12.8亿元，同比增长3.2%。", "12.8亿元", "关税"),
    # regression fixture, a variant (not real): the customs' taxes in all
    ("全年征收税款16.0亿元，同比增长5.6%。", "16.0亿元", "税款"),
    # regression fixture, a variant (not real): 收缴 before fines
    ("全年收缴罚没款3.6亿元。", "3.6亿元", "罚没款"),
    # regression fixture, a variant (not real): 征缴 before a premium
    ("全年征缴养老保险费3.6亿元。", "3.6亿元", "养老保险费"),
])
def test_a_collecting_verb_is_no_part_of_the_tax_collected(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): land taken is no tax, its verb stays
    ("全年征收土地1200亩。", "1200亩", "征收土地"),
    # regression fixture, a variant (not real): a compensation paid for houses taken is no tax collected
    ("全年征收房屋补偿款3亿元。", "3亿元", "征收房屋补偿款"),
])
def test_what_is_taken_and_no_due_keeps_its_verb(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district housing expropriation report (not real), modelled on 制定出台农村
    # 集体土地征收补偿条例 (/work/shared/corpus/national_work_reports/2012.txt): the compensation is paid out for the
    # houses taken, no fee collected, its 征收 stays
    ("全年征收房屋补偿费3亿元。", "3亿元", "征收房屋补偿费"),
    # regression fixture, a variant (not real): the resettlement subsidy
    ("征收安置补助费1.2亿元。", "1.2亿元", "征收安置补助费"),
    # regression fixture, a variant (not real): with its growth
    ("征收拆迁补偿费5亿元，增长12%。", "12%", "征收拆迁补偿费"),
    # regression fixture, a variant (not real): the funds spent on the expropriation work
    ("全年征收工作经费1200万元。", "1200万元", "征收工作经费"),
    # regression fixture, a variant (not real): 入库 is the collecting's own, no part of the premium
    ("征缴入库养老保险费28亿元。", "28亿元", "养老保险费"),
])
def test_only_a_tax_or_fee_collected_sheds_its_verb(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a plan sentence goes on in its paragraph only ----------------------------------------------------------------

def test_a_plan_does_not_go_on_past_the_end_of_its_paragraph():
    # regression fixture in the form of a district customs release (not real), modelled on 今年进出口总额预期增长7.5%
    # 左右 (/work/shared/corpus/national_work_reports/2014.txt): the next paragraph's figures are outcomes
    text = "2023年全区海关统计\n力争进出口总值突破900亿元。\n进口原油856万吨，增长4.6%。\n"
    assert fact(text, "900亿元")["status"] == "target"
    assert fact(text, "856万吨")["status"] == "actual"
    assert fact(text, "4.6%")["status"] == "actual"


# -- the trade after 分别 names each member of the list -----------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county customs release (not real), modelled on 2000年进出口总额达4743亿美元，
    # 其中出口2492亿美元，分别比1995年增长69％和67％ (/work/shared/corpus/national_work_reports/2001.txt)
    ("对东盟、欧盟、美国分别进出口12.6亿元、8.4亿元、6.2亿元。", "8.4亿元", "欧盟进出口"),
    # regression fixture, a variant (not real): with the verb 实现 before the trade
    ("对东盟、欧盟分别实现进出口12.6亿元、8.4亿元。", "12.6亿元", "东盟进出口"),
    # regression fixture, a variant (not real): the products exported
    ("机电产品、高新技术产品分别出口356.8亿元、98.4亿元。", "356.8亿元", "机电产品出口"),
    # regression fixture, a variant (not real): the goods imported
    ("原油、铁矿砂分别进口856万吨、1256万吨。", "1256万吨", "铁矿砂进口"),
])
def test_the_trade_after_fenbie_names_each_member(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_the_products_exported_after_fenbie_are_keyed():
    # regression fixture, a variant (not real), modelled as above
    f = fact(HEAD + "机电产品、高新技术产品分别出口356.8亿元、98.4亿元。", "98.4亿元")
    assert f["indicator_key"] == "high_tech_exports"


def test_the_freight_crossing_the_port_of_entry_is_keyed():
    # regression fixture in the form of a county port report (not real), modelled on 加强边境口岸建设
    # (/work/shared/corpus/national_work_reports/2009.txt)
    assert fact(HEAD + "全年口岸进出境货运量312.6万吨，同比增长8.2%。", "312.6万吨")["indicator_key"] == \
        "port_of_entry_freight"
