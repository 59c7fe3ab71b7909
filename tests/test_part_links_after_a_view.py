"""A breakdown printed after a part of a total (分行业看, 分税种看, 分三大门类看) links its items to the nearest total
that holds what they are, not to the whole the part divides: taxes of sectors and tax types under the tax revenue the
sentence before names (其中,税收收入…), the industry divisions under 规模以上工业增加值 when the text names it; levels and
growths alike, and so a second breakdown after a semicolon; of two growths of that total, the one of the items' base.
Without such a total the items stay under the whole, or alone. A bracket of what a figure leaves out (不包括在内) holds
no part of it, and the parts after 其中 end at a level of another unit (机场33个). Verbatim sentences of the reports at
hand (the unseen Chaoyang 2022 report, Youyang 2025 Q1, the constructed gold reports, the 1960 and 2011 work
reports)."""

from __future__ import annotations

from _copy_forms import assert_parts, fact_at, read

CHAOYANG = ("前三季度，全区一般公共预算收入完成4125683万元，同比下降3.6%，完成年度预算的71.2%。其中，税收收入3650210万元，"
            "同比下降4.1%。分行业看，金融业税收同比增长5.3%，信息传输、软件和信息技术服务业税收同比增长8.7%，房地产业税收"
            "同比下降22.4%，租赁和商务服务业税收同比下降6.9%。分税种看，增值税同比下降9.2%，个人所得税同比增长3.5%。\n")
YOUYANG = ("全县工业增加值增长6.0%,其中规模以上工业增加值增长7.2%。分三大门类看,采矿业增加值下降17.3%,制造业增加值增长"
           "10.3%,电力、热力、燃气及水生产和供应业增加值下降15.8%。\n")
BUDGET = ("全区一般公共预算收入完成1856342万元，为调整预算的100.6%，比上年增长2.8%。其中：税收收入完成1602518万元，为调整预算"
          "的100.2%，比上年增长1.9%；非税收入完成253824万元，为调整预算的103.2%，比上年增长8.9%，主要是国有资源有偿使用收入"
          "一次性增加。\n"
          "分税种看，增值税完成612345万元，比上年下降5.2%，主要受大规模留抵退税影响，全年办理留抵退税约48.6亿元；企业所得税"
          "完成421880万元，比上年增长6.4%；个人所得税完成198760万元，比上年增长9.7%；契税完成65420万元，比上年下降27.3%；"
          "房产税完成88150万元，比上年增长3.2%。\n"
          "加上上级补助收入645210万元、地方政府一般债务收入120000万元、调入资金86500万元、上年结转收入34980万元，收入总计"
          "2743032万元。\n")
FENGTAI = ("财政收支矛盾突出。上半年一般公共预算收入同比下降9.4%,其中税收收入下降11.2%,降幅比全市大3.5个百分点。分行业看,"
           "房地产业、建筑业、金融业税收降幅分别为36.7%、18.2%和5.9%;分税种看,增值税、企业所得税、土地增值税分别下降14.1%、"
           "7.6%和42.3%,个人所得税增长3.8%。\n")


def test_sector_taxes_and_tax_types_after_the_tax_revenue_are_its_parts():
    assert_parts(CHAOYANG, ("同比下降4.1%", "4.1%"), [("金融业税收同比增长5.3%", "5.3%"), ("同比增长8.7%", "8.7%"),
                                            ("租赁和商务服务业税收同比下降6.9%", "6.9%"), ("增值税同比下降9.2%", "9.2%"),
                                            ("个人所得税同比增长3.5%", "3.5%")])
    # (and the tax revenue stays a part of the budget revenue)
    assert_parts(CHAOYANG, ("同比下降3.6%", "3.6%"), [("同比下降4.1%", "4.1%")])


def test_industry_divisions_after_the_value_added_above_size_are_its_parts():
    assert_parts(YOUYANG, ("规模以上工业增加值增长7.2%", "7.2%"), [("采矿业增加值下降17.3%", "17.3%"), ("制造业增加值增长10.3%", "10.3%"),
                                                   ("供应业增加值下降15.8%", "15.8%")])
    assert_parts(YOUYANG, ("工业增加值增长6.0%", "6.0%"), [("规模以上工业增加值增长7.2%", "7.2%")])


def test_tax_levels_after_a_list_of_revenue_types_are_parts_of_the_tax_revenue():
    # (the last level before the breakdown is 非税收入; the taxes are of 税收收入 beside it)
    assert_parts(BUDGET, ("税收收入完成1602518万元", "1602518万元"), [("增值税完成612345万元", "612345万元"),
                                                        ("企业所得税完成421880万元", "421880万元"),
                                                        ("房产税完成88150万元", "88150万元")])
    assert_parts(BUDGET, ("比上年增长1.9%", "1.9%"), [("比上年下降5.2%", "5.2%")])
    # (the sum after them still adds the budget revenue, the whole, not the tax revenue)
    assert_parts(BUDGET, ("收入总计2743032万元", "2743032万元"), [("一般公共预算收入完成1856342万元", "1856342万元"),
                                                      ("上级补助收入645210万元", "645210万元")])


def test_a_second_breakdown_after_a_semicolon_is_of_the_tax_revenue_too():
    assert_parts(FENGTAI, ("税收收入下降11.2%", "11.2%"), [("36.7%", "36.7%"), ("和5.9%", "5.9%"), ("14.1%", "14.1%"),
                                                ("和42.3%", "42.3%"), ("个人所得税增长3.8%", "3.8%")])


def test_of_two_growths_of_the_tax_revenue_the_items_are_under_the_one_of_their_base():
    # (剔除留抵退税因素后增长2.1% is the same revenue on another base; the sectors fall against the year before)
    text = ("财政收支矛盾突出。受大规模留抵退税和行业下行影响,全区税收收入完成31.2亿元,同比下降9.6%,剔除留抵退税因素后"
            "增长2.1%。分行业看,房地产业、金融业、信息传输软件和信息技术服务业税收降幅分别为38.2%、11.4%和5.7%,租赁和商务"
            "服务业税收同比增长3.3%。分税种看,增值税、企业所得税、土地增值税分别下降26.5%、7.9%和41.3%,个人所得税增长4.6%。\n")
    assert_parts(text, ("同比下降9.6%", "9.6%"), [("38.2%", "38.2%"), ("租赁和商务服务业税收同比增长3.3%", "3.3%"),
                                          ("26.5%", "26.5%"), ("个人所得税增长4.6%", "4.6%")])


def test_a_bracket_of_what_a_figure_leaves_out_holds_no_part_of_it():
    # (1960 work report)
    r = read("由于人民公社多种经营的大发展，一九五九年的农业产值达到七百八十三亿元（社办工业的产值一百亿元不包括在内），"
             "既增加了公社的公共积累，也增加了社员的个人收入。\n")
    p = fact_at(r, "社办工业的产值一百亿元", "一百亿元")
    assert (p["parent_id"], p["relation"]) == ("", "")


def test_the_parts_after_qizhong_end_at_a_level_of_another_unit():
    # (2011 work report: the 33 airports end the parts of the new roads; the dikes are none of them)
    r = read("基础设施建设明显加快，五年建成铁路新线1.6万公里，新增公路63.9万公里，其中高速公路3.3万公里，新建、改扩建机场33个，"
             "新建和加固堤防1.7万公里。\n")
    t = fact_at(r, "新增公路63.9万公里", "63.9万公里")
    assert (fact_at(r, "高速公路3.3万公里", "3.3万公里")["parent_id"]) == t["fact_id"]
    p = fact_at(r, "新建和加固堤防1.7万公里", "1.7万公里")
    assert (p["parent_id"], p["relation"]) == ("", "")
