"""Names without the basis a figure is stated per, lists that share a head, and numbers that bound a class
or name a plan rather than measure something.

Every sentence is quoted verbatim from a published report: the State Council government work reports
bundled with the package (named by year) or the real excerpts of ``tests/gold/real/texts`` (named by file).
"""

from __future__ import annotations

import re
import warnings

import pytest

import dhcheng_analysis as dh

SOURCE = re.compile(r"^(?:[a-z][a-z0-9_]*|\d{4})(?: \([^)]*\))?: ")


def quoted(text: str) -> str:
    """The sentence without the name of its source (``2012: …``)."""
    return SOURCE.sub("", text)


def facts(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(quoted(text))


def at(text: str, printed: str, *cols: str) -> tuple | None:
    """The fact whose printed figure holds the first ``printed`` of ``text``, or None when no fact does."""
    text = quoted(text)
    f = facts(text)
    start = text.index(printed)
    hit = ((f["start"].to_numpy() <= start) & (f["end"].to_numpy() > start)).nonzero()[0]
    if len(hit) == 0:
        return None
    assert len(hit) == 1, (printed, f[["indicator", "measure", "value", "unit", "start", "end"]])
    row = f.iloc[hit[0]]
    return tuple(row[c] for c in cols or ("indicator", "measure", "value", "unit"))


# --------------------------------------------------------------------------- a per-unit basis


@pytest.mark.parametrize(("text", "printed", "indicator", "measure"), [
    # after the to-verb: 每人每年 says what the 240 is per, it names nothing
    ("2012: 城镇居民医保和新农合补助标准提高到每人每年240元。", "240", "城镇居民医保和新农合补助标准", "level"),
    # between the name and the change verb: a price per 50 kg rises by 5 to 7 yuan
    ("2011: 继续实施粮食最低收购价政策，今年小麦最低收购价每50公斤提高5到7元，水稻最低收购价每50公斤提高9到23元。",
     "7元", "小麦最低收购价", "abs_change"),
    ("2011: 继续实施粮食最低收购价政策，今年小麦最低收购价每50公斤提高5到7元，水稻最低收购价每50公斤提高9到23元。",
     "9到", "水稻最低收购价", "abs_change"),
    ("2009: 今年小麦、稻谷最低收购价平均每斤分别提高0.11元和0.13元。", "0.13", "稻谷最低收购价", "abs_change"),
    ("2010: 进一步提高粮食最低收购价，早籼稻、中晚籼稻、粳稻每斤分别提高3分、5分和1毛钱，小麦每斤提高3分钱，"
     "继续实施重要农产品临时收储政策，让农民得到更多实惠。", "3分钱", "小麦最低收购价", "abs_change"),
    # after a link verb, and carried to the next figure
    ("1957: 1952年全国职工年平均工资是每人446元，1956年提高到610元。", "446", "全国职工年平均工资", "level"),
    ("1957: 1952年全国职工年平均工资是每人446元，1956年提高到610元。", "610", "全国职工年平均工资", "level"),
])
def test_a_per_unit_basis_is_no_part_of_the_name(text, printed, indicator, measure):
    assert at(text, printed, "indicator", "measure") == (indicator, measure)


def test_a_per_unit_figure_keeps_its_unit_and_value():
    # the basis leaves the unit alone: 240 yuan (per person and year), not a unit of 元/人·年
    text = "2012: 城镇居民医保和新农合补助标准提高到每人每年240元。"
    assert at(text, "240", "value", "unit", "raw_unit") == (240.0, "元", "元")


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 每 inside the concept: a count per ten thousand people, an income per person
    ("nanshan_sz_2023_gwr_digest: 每万人发明专利拥有量达521件,是全市的4.1倍、全国的23.6倍。", "521", "每万人发明专利拥有量"),
    ("1983: 一九八二年全国农民平均每人的纯收入达到二百七十元，比一九七八年增加一倍。", "二百七十", "全国农民平均每人的纯收入"),
    # the basis inside a name, before its noun
    ("2022: 国家助学贷款每人每年最高额度增加4000元，惠及500多万在校生。", "4000", "国家助学贷款每人每年最高额度"),
    # a clause that names only its basis takes the quantity the clause before names, per person (人均)
    ("1985: 农民的纯收入，全国平均每人达到三百五十五元，比上年增长１４．７％。", "三百五十五", "人均农民的纯收入"),
])
def test_a_per_unit_word_inside_a_concept_stays(text, printed, indicator):
    assert at(text, printed)[0] == indicator


def test_a_basis_per_unit_ending_the_clause_before_a_figure_heads_the_name_printed_after_it():
    # 1960: the farmland of the average commune, not the country's farmland
    text = ("1960: 一九五八年初全国有七十四万多个高级农业生产合作社，现在已经合并改组成为二万四千多个人民公社，"
            "平均一个人民公社拥有六万四千亩耕地，五千农户、一万个劳动力，相当于高级农业生产合作社平均规模的三十倍。")
    assert at(text, "六万四千亩", "indicator", "measure", "value") == ("平均一个人民公社耕地", "level", 64000.0)
    # 1985: a share each person has, named before its figure, is no per-unit basis of this rule (kept as printed)
    assert facts("1985: 随着农村改革和农业新政策的实施，近几年农业生产连续大幅度增长，去年全国平均每人占有粮食近八百斤，"
                 "棉花十多斤，按照我国人民当前的食物结构和衣着水平，一般已可以达到温饱有余。")["indicator"].tolist() == [
        "全国平均每人占有粮食", "全国平均每人占有棉花"]


# --------------------------------------------------------------------------- a head a list shares


LIST_2014 = ("2014: 今年要淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能，确保“十二五”淘汰任务提前一年完成，"
             "真正做到压下来，决不再反弹。")


@pytest.mark.parametrize(("printed", "indicator"), [
    ("2700", "钢铁落后产能"),
    ("4200", "水泥落后产能"),
    ("3500", "平板玻璃落后产能"),
])
def test_a_list_of_amounts_closed_by_a_head_gives_every_item_the_head_and_the_verb(printed, indicator):
    # the verb, 淘汰, is a cut: every item a change of what is cut, named without it
    assert at(LIST_2014, printed, "indicator", "measure") == (indicator, "abs_change")


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 等 before a frame noun (tasks, policies) closes no list of quantities
    ("2004: 精心做好军队体制编制调整改革工作，确保完成2005年前裁减军队员额20万等各项任务。", "20万", "军队员额"),
])
def test_a_list_closed_by_a_frame_noun_keeps_its_names(text, printed, indicator):
    assert indicator in at(text, printed)[0]
    assert "任务" not in at(text, printed)[0]


def test_one_amount_for_each_item_of_a_list_is_named_by_the_whole_list():
    text = ("1992: 全社会固定资产投资比上年增长百分之十八点六，建成投产大中型基本建设和重要技术改造项目２１５个，其中包括年炼铁和炼钢各"
            "３００万吨的宝钢二期工程、年产各３０万吨的扬子和齐鲁乙烯工程、上海南浦大桥、秦山核电站、云南鲁布革水电站、青海西宁曹家堡"
            "机场以及新疆塔里木油田的开发等，当年新增加的主要生产能力有煤炭２７１４万吨，石油１４９１万吨，发电机组容量１１８４万千瓦。")
    assert at(text, "３０万吨", "indicator", "value") == ("扬子和齐鲁乙烯工程", 300000.0)
    assert at(text, "３００万吨", "indicator")[0] == "宝钢二期工程"


# --------------------------------------------------------------------------- not a figure


@pytest.mark.parametrize(("text", "printed"), [
    ("1985: 列入第六个五年计划的六十五种主要产品的产量，到１９８４年已有四十三种提前达到１９８５年的指标。", "第六"),
    # after a rank verb too (保持): the ordinal of a plan's name ranks nothing
    ("1982: 第六个五年计划期间，全国基本建设投资总额计划安排二千三百亿元，大体保持第五个五年计划期间的水平。", "第五"),
])
def test_the_ordinal_of_a_plan_is_no_figure(text, printed):
    assert at(text, printed) is None


DONGCHENG_2020 = ("dongcheng_2020_h1: 受疫情影响,部分企业业务骤减甚至停工停产,工资支付资金缺口较大,调查数据显示,32.6%的中小微企业已降薪"
                  "或计划降薪,其中降薪幅度超过30%的企业占总体调查企业的10.6%,各类劳动争议案件将会持续增加。")


def test_a_bound_of_the_class_a_share_is_of_is_no_figure_and_names_the_share():
    assert at(DONGCHENG_2020, "30%") is None
    assert at(DONGCHENG_2020, "10.6%", "indicator", "measure", "value", "comparator") == (
        "降薪幅度超过30%的企业", "rate_pct", 10.6, "总体调查企业")


@pytest.mark.parametrize(("text", "bound", "printed", "indicator"), [
    ("1983: “六五”计划安排的续建和新建的大中型项目共八百九十个，其中已开工建设的投资在五亿元以上的重大建设项目有九十三个。",
     "五亿元", "九十三个", "已开工建设的投资在五亿元以上的重大建设项目"),
    ("1955: 五年内进行建设的电站，发电能力在五万千瓦以上的火力发电站就有十五个；丰满水电站在改建完成后，发电能力可以达到五十六万千瓦以上。",
     "五万千瓦", "十五个", "发电能力在五万千瓦以上的火力发电站"),
    # the class noun printed after the count, or in the clause before
    ("1960: 一九五九年，亩产皮棉达到一百斤以上的有四十五个县、七百六十一万三千亩棉田；八十斤到九十九斤的有五十五个县、"
     "一千零四十四万八千亩棉田；六十斤到七十九斤的有一百零四个县、一千八百四十二万三千亩棉田；至于六十斤以下的，许多地方都没有以四十斤为界分别统计。",
     "一百斤", "四十五个", "亩产皮棉达到一百斤以上的县"),
    ("1955: 五年内进行建设的煤矿企业，设计能力（包括原有的生产能力在内）在年产煤一百万吨以上的就有三十一个。",
     "一百万吨", "三十一个", "设计能力（包括原有的生产能力在内）在年产煤一百万吨以上的煤矿企业"),
])
def test_a_bound_of_a_class_counted_next_is_no_figure_and_names_the_count(text, bound, printed, indicator):
    assert at(text, bound) is None
    assert at(text, printed, "indicator", "measure") == (indicator, "level")


def test_a_range_that_bounds_a_class_counted_next_is_no_figure():
    text = ("1960: 一九五九年，亩产皮棉达到一百斤以上的有四十五个县、七百六十一万三千亩棉田；八十斤到九十九斤的有五十五个县、"
            "一千零四十四万八千亩棉田；六十斤到七十九斤的有一百零四个县、一千八百四十二万三千亩棉田；至于六十斤以下的，许多地方都没有以四十斤为界分别统计。")
    assert at(text, "八十斤") is None
    assert at(text, "九十九斤") is None
    assert at(text, "五十五个", "indicator", "value") == ("亩产皮棉八十斤到九十九斤的县", 55.0)


def test_a_bound_with_no_figure_of_its_class_after_it_stays_a_figure():
    # 产量将增长百分之五十以上的有生铁、钢…: the products are listed, not counted; the growth stays
    text = ("1959: 在三十二种主要工业产品中，产量将增长百分之五十以上的有生铁、钢、原油、硫酸、化学肥料、抗菌素、发电设备、机车、货车、"
            "拖拉机、谷物联合收割机、机动脱粒机、动力机械、棉纺机、造纸设备、制糖设备、糖等十七种；其他的产品，除很少数的几种以外，产量也将增长"
            "百分之三十以上。")
    assert at(text, "百分之五十", "measure", "value", "qualifier") == ("yoy_pct", 50.0, "at_least")


S1960_COTTON = ("1960: 一九五九年，亩产皮棉达到一百斤以上的有四十五个县、七百六十一万三千亩棉田；八十斤到九十九斤的有五十五个县、"
                "一千零四十四万八千亩棉田；六十斤到七十九斤的有一百零四个县、一千八百四十二万三千亩棉田；"
                "至于六十斤以下的，许多地方都没有以四十斤为界分别统计。")


@pytest.mark.parametrize(("printed", "indicator"), [
    ("四十五个", "亩产皮棉达到一百斤以上的县"),
    ("七百六十一万三千亩", "亩产皮棉达到一百斤以上的棉田"),
    ("一千零四十四万八千亩", "亩产皮棉八十斤到九十九斤的棉田"),
    ("五十五个", "亩产皮棉八十斤到九十九斤的县"),
    ("一百零四个", "亩产皮棉六十斤到七十九斤的县"),
    ("一千八百四十二万三千亩", "亩产皮棉六十斤到七十九斤的棉田"),
])
def test_the_next_item_after_a_count_of_a_class_bounded_by_a_figure_is_of_that_class(printed, indicator):
    # the cotton fields of the counties' yield class, not all cotton fields; a later class printed as its bounds
    # alone (八十斤到九十九斤的) bounds what the first one does (亩产皮棉)
    assert at(S1960_COTTON, printed)[0] == indicator


def test_a_later_class_printed_as_its_bounds_alone_keeps_what_the_first_measures():
    # 1982: the thermal power stations of 200,000 kW and more newly built, as the hydropower stations before them
    text = ("1982: 五年内新建和续建装机容量四十万千瓦以上的水电站十五个，二十万千瓦以上的火电站四十五个，"
            "三十万千瓦的核电站一个。")
    assert at(text, "十五个")[0] == "新建和续建装机容量四十万千瓦以上的水电站"
    assert at(text, "四十五个")[0] == "新建和续建装机容量二十万千瓦以上的火电站"
