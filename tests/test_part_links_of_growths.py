"""The growth rates of parts are linked to the growth rates of their totals, measure by measure, as their levels
are to the total's level: the growth stated for a part after 其中 or a breakdown (分产业看, 分三大门类看, 分行业看)
under the growth stated for its total (a level under a level, a growth under a growth, of one period and base),
whether the part prints its level or not; in a list each growth goes with the level of its own name (小麦面积和产量是
95517亩和37554吨,比上年增长5.1%和4.6%; 完成财政总收入240.78亿元,其中地方财政收入148.8亿元,分别增长20.3%、18%). A part of
a year (其中第四季度) is no part of the whole, the last item of a list before a breakdown is no total, and a growth listed
after levels that are no parts is none either. Parts are no headline indicators. Verbatim sentences of the reports at
hand."""

from __future__ import annotations

import warnings

from _copy_forms import assert_alone, assert_parts

import dhcheng_analysis as dh

DAYAO = ("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。"
         "其中:税收收入8103万元,比上年增收1284万元,增长18.8%;非税收入16524万元,比上年减收2354万元,下降12.5%。\n")
CHENGYANG = ("根据地区生产总值统一核算结果,2022年城阳区实现地区生产总值1348.33亿元,比上年增长1.1%。其中,第一产业增加值"
             "20.92亿元,增长1.2%;第二产业增加值670.29亿元,增长0.4%;第三产业增加值657.12亿元,增长1.6%。\n")
YOUYANG = ("全县工业增加值增长6.0%,其中规模以上工业增加值增长7.2%。分三大门类看,采矿业增加值下降17.3%,制造业增加值增长"
           "10.3%,电力、热力、燃气及水生产和供应业增加值下降15.8%。\n"
           "全县固定资产投资增长9.7%。分产业看,第一产业增长129.2%;第二产业增长33.5%;第三产业下降1.8%。\n")
XIAOSHAN = ("固定资产投资同比增长13.8%,连续25个月实现两位数增长,其中制造业投资、高新技术产业投资、项目民间投资同比分别增长"
            "62.7%、71.4%和51.3%;社会消费品零售总额增长6.5%;进出口总额同比增长5.2%,其中出口同比增长12.3%。\n")
CHAOYANG = ("前三季度，全区一般公共预算收入完成4125683万元，同比下降3.6%，完成年度预算的71.2%。其中，税收收入3650210万元，"
            "同比下降4.1%。分行业看，金融业税收同比增长5.3%，信息传输、软件和信息技术服务业税收同比增长8.7%，房地产业税收"
            "同比下降22.4%，租赁和商务服务业税收同比下降6.9%。分税种看，增值税同比下降9.2%，个人所得税同比增长3.5%。\n")


def test_the_growth_of_a_level_part_is_under_the_growth_of_its_total():
    # (the budget level in the total's statement is no other statement's: its growth is still the total's)
    assert_parts(DAYAO, ("一般公共预算收入累计完成24627万元", "24627万元"), [("税收收入8103万元", "8103万元"),
                                                             ("非税收入16524万元", "16524万元")])
    assert_parts(DAYAO, ("下降4.2%", "4.2%"), [("增长18.8%", "18.8%"), ("下降12.5%", "12.5%")])
    # (比上年增长1.1% and 增长1.2%: both against the year before)
    assert_parts(CHENGYANG, ("比上年增长1.1%", "1.1%"), [("增长1.2%", "1.2%"), ("增长0.4%", "0.4%"), ("增长1.6%", "1.6%")])


def test_a_growth_printed_without_its_level_after_qizhong_or_a_breakdown():
    assert_parts(YOUYANG, ("工业增加值增长6.0%", "6.0%"), [("规模以上工业增加值增长7.2%", "7.2%")])
    assert_parts(YOUYANG, ("固定资产投资增长9.7%", "9.7%"), [("第一产业增长129.2%", "129.2%"), ("第二产业增长33.5%", "33.5%"),
                                                 ("第三产业下降1.8%", "1.8%")])


def test_each_qizhong_links_its_own_total_in_its_clause_group():
    assert_parts(XIAOSHAN, ("固定资产投资同比增长13.8%", "13.8%"), [("62.7%", "62.7%"), ("71.4%", "71.4%"), ("51.3%", "51.3%")])
    assert_parts(XIAOSHAN, ("进出口总额同比增长5.2%", "5.2%"), [("出口同比增长12.3%", "12.3%")])
    assert_alone(XIAOSHAN, [("社会消费品零售总额增长6.5%", "6.5%"), ("进出口总额同比增长5.2%", "5.2%")])


def test_a_growth_after_qizhong_in_the_sentence_after_its_total():
    assert_parts(CHAOYANG, ("同比下降3.6%", "3.6%"), [("同比下降4.1%", "4.1%")])


def test_a_part_of_the_year_is_no_part_of_the_whole():
    assert_alone("１９８４年全国职工工资总额比上年增长１９％，其中第四季度增长３８％。\n", [("增长３８％", "３８％")])


def test_no_total_after_a_list_and_no_growth_part_after_levels_that_are_none():
    # (tests/gold/constructed: 租赁和商务服务业税收 ends a list of its own; the tax levels exceed 区级税收收入)
    assert_alone("分行业看,房地产业、金融业、信息传输软件和信息技术服务业税收降幅分别为38.2%、11.4%和5.7%,租赁和商务服务业税收"
                 "同比增长3.3%。分税种看,增值税、企业所得税、土地增值税分别下降26.5%、7.9%和41.3%,个人所得税增长4.6%。\n",
                 [("分别下降26.5%", "26.5%"), ("个人所得税增长4.6%", "4.6%")])
    assert_alone("区级税收收入完成1946520万元，比上年同期增收263180万元，增长15.6％；非税收入完成240480万元，同比减收21350万元，"
                 "下降8.2％，占区级一般公共预算收入的比重为11.0％。从主要税种看，增值税、企业所得税、个人所得税分别完成412.6亿元、"
                 "538.4亿元和196.3亿元，分别增长18.2％、21.5％和12.7％；契税、土地增值税分别下降23.4％和11.6％。\n",
                 [("18.2％", "18.2％"), ("21.5％", "21.5％"), ("12.7％", "12.7％"), ("23.4％", "23.4％")])


def test_a_growth_part_is_no_headline_indicator():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        h = dh.headline_indicators(XIAOSHAN)
    assert "出口" not in set(h["indicator"]) and "项目民间投资" not in set(h["indicator"])


def test_each_growth_of_a_list_is_paired_with_its_own_level_by_name():
    # (5.1% is the growth of the wheat's area, a part of the grain area's 3.8%; 4.6% is of its output, of the 1.1%)
    text = ("全区粮食生产总面积321140亩,比上年增长3.8%,粮食总产量132772吨,比上年增长1.1%。其中:小麦面积和产量是95517亩"
            "和37554吨,比上年增长5.1%和4.6%,水稻面积和产量是208043亩\n")
    assert_parts(text, ("比上年增长1.1%", "1.1%"), [("和4.6%", "4.6%")])
    assert_parts(text, ("比上年增长3.8%", "3.8%"), [("比上年增长5.1%", "5.1%")])


def test_a_respectively_list_after_a_total_and_its_part():
    assert_parts("全区实现生产总值1101.04亿元,按可比价格计算,比上年增长9.5%;完成财政总收入240.78亿元,其中地方财政收入148.8亿元,"
           "分别增长20.3%、18%;城镇和农村居民人均可支配收入分别为45329元和26581元,增长10%、11.3%。\n",
           ("分别增长20.3%", "20.3%"), [("、18%", "18%")])
    assert_parts("2000年进出口总额达4743亿美元，其中出口2492亿美元，分别比1995年增长69％和67％。\n",
           ("增长69％", "69％"), [("和67％", "67％")])
