"""More figures of sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact_printed as fact

# -- a count right after the pause mark closing the noun the count before it counts is of one more object of its verb --


def test_count_item_takes_the_verb_of_the_count_before():
    # 2008
    s = ("国家安排资金改造和新建1.88万所乡镇卫生院、786所县医院、285所县中医院和534所县妇幼保健院，"
         "为1.17万个乡镇卫生院配备了医疗设备，农村医疗卫生条件明显改善。")
    assert fact(s, "786")["indicator"] == "改造和新建县医院"
    assert fact(s, "285")["indicator"] == "改造和新建县中医院"
    assert fact(s, "534")["indicator"] == "改造和新建县妇幼保健院"
    # 2011
    s = "国家财政安排专项资金，改造和新建2.3万所乡镇卫生院、1500所县医院、500所县中医院和1000所县妇幼保健院，建立了2400所社区卫生服务中心。"
    assert fact(s, "1500")["indicator"] == "改造和新建县医院"


def test_count_item_with_a_verb_of_its_own_keeps_it():
    # 2008: 建设 is the second item's own verb
    s = "国家安排专项资金支持2.2万多所农村中小学改造危房、建设 7000多所寄宿制学校，远程教育已覆盖36万所农村中小学，更多的农村学生享受到优质教育资源。"
    assert fact(s, "7000")["indicator"] == "建设寄宿制学校"


# -- a modal (要) or an adverb of time (如期) after counted things opens what is said of them, it ends their noun ------


def test_modal_before_what_is_to_be_done_is_no_part_of_the_name():
    # 2015: the projects named by the stage before their 的, not by the clause printed after them (要加快建设)
    s = "重大水利工程已开工的57个项目要加快建设，今年再开工27个项目，在建重大水利工程投资规模超过8000亿元。"
    assert fact(s, "57")["indicator"] == "重大水利工程已开工的项目"


def test_modal_after_a_count_of_a_part_of_a_set_is_no_part_of_its_name():
    # written: a count after 其中 named by what is to be done to the things, the modal (要) dropped
    s = "全年安排重点项目60个，其中57个项目要加快建设。"
    assert fact(s, "57")["indicator"] == "加快建设的项目"


def test_adverb_of_time_ends_the_counted_noun():
    # 2015: 如期 opens the predicate (如期完成), it is no part of the noun; 淘汰 ends the industries counted
    s = "同时，继续化解过剩产能，钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成。"
    assert fact(s, "15")["indicator"] == "钢铁、水泥等淘汰落后产能年度任务如期完成的重点行业"


# -- a share opening a clause of its own after a clause stop is no member of the list of changes before it ------------


def test_share_opening_its_own_clause_is_no_change_of_the_list_before():
    # 2016: 95%以上 (of the investment) 实行备案管理 is a share, not a fall of 95% of the restricted items
    s = "外商投资限制性条目减少一半，95%以上实行备案管理，实际使用外资1263亿美元，增长5.6%。"
    r = fact(s, "95")
    assert (r["measure"], r["value"], r["qualifier"]) == ("rate_pct", 95.0, "at_least")
    assert fact(s, "一半")["value"] == -50.0


# -- a from-value keeps its own year when a basis (人均每月) stands between the year and the figure -----------------


def test_year_of_a_from_value_before_its_basis():
    # 2013
    r = fact("企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元。", "700")
    assert (r["indicator"], r["period"]) == ("人均企业退休人员基本养老金", "2004年")  # (人均每月: per person)
    assert "from_value" in r["flags"]


# -- a list of kinds closed by 和其他 (A、B和其他C) is one noun counted, as one closed by 等 -----------------------------


def test_kinds_closed_by_and_other_name_what_is_counted():
    # 2008: standards of food, drugs and other consumer goods, not food
    s = ("今年要完成7700多项食品、药品和其他消费品安全国家标准的制定修订工作，健全食品、药品和其他消费品安全标准体系；"
         "食品、消费品安全性能要求及其检测方法标准，都要采用国际标准。")
    assert fact(s, "7700")["indicator"].startswith("食品、药品和其他消费品安全国家标准")


# -- an amount after a list of owners closed by 等, or after 化解, is named by the noun after it -----------------------


def test_amount_after_owners_listed_is_named_after_it():
    # 2023
    s = "完全化解了历史上承担的国有商业银行和农村信用社等14486亿元金融改革成本。"
    r = fact(s, "14486")
    assert (r["indicator"], r["measure"], r["value"]) == ("金融改革成本", "level", 1.4486e12)


# -- a growth target set with 目标定为 / 目标定在 is a target ------------------------------------------------------------


def test_growth_target_set_with_ding_wei_is_a_target():
    # 2013: the growth set as this year's target, read so by its own words (not by the part of the report it is in)
    r = fact("综合权衡，今年的经济增长目标定为7.5%左右是必要的、适宜的，实现这个目标需要付出艰苦努力。", "7.5")
    assert (r["measure"], r["status"], r["qualifier"]) == ("yoy_pct", "target", "about")
    # the same frame with no 今年 or 预期 to tell the time, as a district plan report words it
    r = fact("将全区地区生产总值增长目标定为6%左右。", "6")
    assert (r["indicator"], r["measure"], r["status"]) == ("地区生产总值", "yoy_pct", "target")
    assert fact("全区地区生产总值增长目标定在6%左右。", "6")["status"] == "target"


# -- a count after 新签 / 升级 is of those signed or upgraded, named with the verb ----------------------------------------


def test_count_after_signing_or_upgrading_names_the_verb():
    # 2018
    assert fact("新签和升级8个自由贸易协定。", "8")["indicator"] == "新签和升级自由贸易协定"
    # 2023
    s = "新签和升级6个自贸协定，与自贸伙伴货物进出口额占比从26%提升至35%左右。"
    assert fact(s, "6")["indicator"] == "新签和升级自贸协定"


# -- a predicate (大幅增加, 稳步增长) before a pause mark closes its clause: the name after the mark is the figure's ----


def test_pause_mark_after_a_predicate_starts_the_next_name():
    # 2018
    s = ("财税改革取得重大进展，全面推行财政预决算公开，构建以共享税为主的中央和地方收入分配格局，启动中央与地方财政事权和"
         "支出责任划分改革，中央对地方一般性转移支付规模大幅增加、专项转移支付项目减少三分之二。")
    r = fact(s, "三分之二")
    assert (r["indicator"], r["value"]) == ("专项转移支付项目", -200 / 3)
    # the same frame as a district report words it
    assert fact("全区地区生产总值稳步增长、一般公共预算收入增长5%。", "5")["indicator"] == "一般公共预算收入"


# -- a joint after a modifier alone (困难和, 大中型和) joins two kinds of the noun counted, it does not end it ------------


def test_joint_after_a_modifier_joins_kinds_of_the_counted_noun():
    # 2017
    s = "提高低保、优抚、退休人员基本养老金等标准，为1700多万困难和重度残疾人发放生活或护理补贴。"
    assert fact(s, "1700")["indicator"] == "发放生活或护理补贴的困难和重度残疾人"  # (named by the grant they are paid)
    # 2011
    s = "农业农村基础设施加快建设，完成7356座大中型和重点小型水库除险加固，解决2.15亿农村人口饮水安全问题，农民的日子越过越好，农村发展进入一个新时代。"
    assert fact(s, "7356")["indicator"].startswith("大中型和重点小型水库")


# -- a span of years keeps its years when a stray space follows its 到 ------------------------------------------------


def test_span_of_years_with_a_space_after_its_joiner():
    # 2008: the cumulative transfer of 2003-2007, not of 2007 alone
    s = "2003年到 2007年，中央财政对地方的转移支付累计4.25万亿元，87%用于支持中西部地区。"
    assert fact(s, "4.25")["period"] == "2003-2007年"


# -- units added after 新增 are named with it also when the figure prints no counter (新增510万沼气用户) ----------------


def test_units_added_without_a_counter_are_named_with_the_verb():
    # 2010
    s = ("继续改善农村生产生活条件，农村饮水安全工程使6069万农民受益，新增510万沼气用户，新建和改造农村公路38万公里、"
         "农村电网线路 26.6万公里，又有80万户农村危房得到改造，9.2万户游牧民实现了定居。")
    r = fact(s, "510")
    assert (r["indicator"], r["measure"], r["unit"]) == ("新增沼气用户", "level", "户")
