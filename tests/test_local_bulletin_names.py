"""Names, measures, bases and periods of figures in local statistical bulletins, budget reports and work summaries,
on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts`` (named in the comment above it); each
test states the name, measure, base or period of one figure of it.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from _real_tables import real_facts
from _sentences import fact

REAL = Path(__file__).parent / "gold" / "real" / "texts"

# -- the trend its name is said to follow ends no name ---------------------------------------------------

@pytest.mark.parametrize("printed", ["2.05", "2.02"])
def test_a_trend_after_a_ratio_is_no_part_of_its_name(printed):
    # youyang_cq_2025_q1
    text = "城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1。"
    f = fact(text, printed + ":")
    assert (f["indicator"], f["measure"]) == ("城乡收入比", "ratio")


# -- a verb paying out a fund or granting a relief is no part of its name --------------------------------

@pytest.mark.parametrize(("printed", "name"), [("18.9亿元", "缓缴税费"), ("20.7亿元", "惠企政策资金")])
def test_paying_or_granting_verb_is_no_part_of_the_amount(printed, name):
    # haishu_nb_2023_gwr
    text = ("第一时间落实上级稳住经济大盘一揽子政策措施,因时因势出台三轮区级助企纾困政策,落实增值税留抵退税19.3亿元,"
            "减税降费12.3亿元,办理缓缴税费18.9亿元,兑付惠企政策资金20.7亿元,惠及市场主体4.9万家。")
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["unit"]) == (name, "level", "元")


# -- a bare measure after a count of firms is the firms' ----------------------------------------------------

def test_bare_measure_after_a_count_of_firms_is_theirs():
    # xicheng_2018_h1_indicators
    text = "在工业总产值排名前十的企业中能源供应业企业为6家,累计完成产值561.9亿元,成为拉动区域工业增长的主要因素。"
    f = fact(text, "561.9亿元")
    assert (f["indicator"], f["measure"]) == ("工业总产值排名前十的企业中能源供应业企业产值", "level")
    assert fact(text, "6家")["indicator"] == "工业总产值排名前十的企业中能源供应业企业"


# -- a part of the set counted right before it and 中 is named by what its clause says it did -------------

@pytest.mark.parametrize(("text", "printed", "name", "measure"), [
    # neimenggu_2023_m8_industry
    ("38个工业行业大类中27个行业增加值实现同比增长,增长面71%。", "27个", "增加值实现同比增长的工业行业大类", "level"),
    # neimenggu_2023_m8_industry
    ("全区40种主要工业产品中,33种产量实现同比增长,增长面82.5%。", "33种", "产量实现同比增长的主要工业产品", "level"),
    # neimenggu_2023_m8_industry: the growth breadth (增长面) after them is that of the whole set
    ("38个工业行业大类中27个行业增加值实现同比增长,增长面71%。", "71%", "工业行业大类增长面", "rate_pct"),
    # neimenggu_2023_m8_industry
    ("全区40种主要工业产品中,33种产量实现同比增长,增长面82.5%。", "82.5%", "主要工业产品增长面", "rate_pct"),
])
def test_part_of_a_set_that_grew_is_named_by_the_set(text, printed, name, measure):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


def test_the_set_keeps_its_own_name():
    # neimenggu_2023_m8_industry
    assert fact("全区40种主要工业产品中,33种产量实现同比增长,增长面82.5%。", "40种")["indicator"] == "主要工业产品"


def test_growth_breadth_that_names_its_set_keeps_its_name():
    # constructed fixture, the one sentence of this file not copied from a report: the set printed before the word
    assert fact("全区规上工业企业增长面达到65%。", "65%")["indicator"] == "规上工业企业增长面"


# -- the whole of a share printed right before the figure, with no 的 ---------------------------------------

def test_whole_of_a_share_with_no_de_is_its_base():
    # xiasha_qt_2022_street_h1
    text = ("上半年,累计开展各类重点人员数据核查超17万人次,占全区36%;围绕“无疫单元”创建,在辖区内动态设置便民核酸检测点111个,"
            "改造移动核酸检测方舱18处,截至目前累计核酸检测约821万人次;积极组织发动全民接种,累计完成加强针近10万剂次,"
            "老年人接种逾万人。")
    f = fact(text, "36%")
    assert (f["measure"], f["comparator"], f["value"]) == ("rate_pct", "全区", 36.0)


def test_share_word_is_no_whole():
    # haishu_nb_2023_gwr
    text = "全年地区生产总值突破1500亿元;完成一般公共预算收入117.1亿元,税收占比稳定在92%以上;城乡居民人均可支配收入分别增长4.4%、6.4%。"
    f = fact(text, "92%")  # the share word names no whole; the revenue printed before it is the glossary's whole
    assert (f["indicator"], f["comparator"], f["qualifier"]) == ("税收占比", "一般公共预算收入", "at_least")


# -- 累计 inside a name is no part of it, as at its head ----------------------------------------------------

@pytest.mark.parametrize("printed", ["2.7亿元", "23.7%"])
def test_cumulative_inside_a_name_is_dropped(printed):
    # zhongdu_ws_2025_street_h1
    text = ("1-5月,完成财税收入5545万元;工业产值累计达6.88亿元,同比增长2.25%;服务业累计营收突破2.7亿元,同比增长23.7%;"
            "高新技术企业产值累计达4.95亿元,同比增长8.15%。")
    assert fact(text, printed)["indicator"] == "服务业营收"


def test_cumulative_concentration_keeps_its_word():
    # fengtai_2022_h1
    text = "上半年,全区细颗粒物(PM2.5)累计平均浓度为36微克/立方米,同比下降12.2%;厨余垃圾分出率19.6%,居全市前列。"
    assert fact(text, "36微克")["indicator"] == "细颗粒物(PM2.5)累计平均浓度"


# -- an adverb of manner heading a name is no part of it -----------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # xiasha_qt_2022_street_h1
    ("上半年,累计开展各类重点人员数据核查超17万人次,占全区36%;围绕“无疫单元”创建,在辖区内动态设置便民核酸检测点111个,"
     "改造移动核酸检测方舱18处,截至目前累计核酸检测约821万人次;积极组织发动全民接种,累计完成加强针近10万剂次,老年人接种逾万人。",
     "111个", "设置便民核酸检测点"),
    # zhongdu_ws_2025_street_h1
    ("推行“一站式”服务,累计办理项目审批、营业执照等手续19件,平均时限缩短40%;协助84家企业整理“国补”申领材料,"
     "精准推送惠企政策15条,帮助申报扶持资金140万元;深入实施“千企万户大走访”,组织社区累计走访企业2.3万户,"
     "为120家市场主体融资1.35亿元;推动家电、3C等消费券惠及1.2万人次,实现助企惠民双向赋能。", "15条", "推送惠企政策"),
    # dongcheng_2020_h1
    ("强化管家服务、税源监测,多角度开展税源迁出预警预判,实施税源迁出挽留快速响应,上半年成功挽留重点企业13户。", "13户",
     "挽留重点企业"),
])
def test_manner_adverb_heading_a_name_is_dropped(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize("name", ["积极的财政政策", "成功率", "精准度"])
def test_a_noun_opening_with_such_a_word_keeps_it(name):
    # the work reports of 1999-2001: 积极的财政政策 is the policy, no adverb; 成功率, 精准度 are nouns
    from dhcheng_analysis.facts import clean_name
    assert clean_name(name) == name


# -- a dash opening a line of a plan is no part of the name after it ------------------------------------------

def test_plan_and_estimate_after_a_dash_share_the_name():
    # wuchang_wh_2023_annual
    text = "——全年计划实施重大项目215项,年度计划投资300亿元以上:预计全年实施重大项目230项,实现投资350亿元以上。"
    plan, outcome = fact(text, "215项"), fact(text, "230项")
    assert (plan["indicator"], plan["status"]) == ("重大项目", "target")
    assert (outcome["indicator"], outcome["status"]) == ("重大项目", "estimate")


# -- the recipients counted after 为, 帮助, 协助 end at their own words ----------------------------------------

ZHONGDU_SERVICE = ("推行“一站式”服务,累计办理项目审批、营业执照等手续19件,平均时限缩短40%;协助84家企业整理“国补”申领材料,"
                   "精准推送惠企政策15条,帮助申报扶持资金140万元;深入实施“千企万户大走访”,组织社区累计走访企业2.3万户,"
                   "为120家市场主体融资1.35亿元;推动家电、3C等消费券惠及1.2万人次,实现助企惠民双向赋能。")


@pytest.mark.parametrize(("printed", "name"), [("120家", "市场主体"), ("1.35亿元", "市场主体融资")])
def test_recipients_counted_are_named_by_their_own_words(printed, name):
    # zhongdu_ws_2025_street_h1 (the amount is the financing those counted got, named with them)
    assert fact(ZHONGDU_SERVICE, printed)["indicator"] == name


def test_loans_the_firms_counted_got_are_theirs():
    # xicheng_2020_h1 (constructed fixture of a district report): the loans the firms got, named with them
    text = "设立总规模5000万元的中小微企业纾困基金,帮助58家企业获得贷款1.2亿元。"
    assert fact(text, "1.2亿元")["indicator"] == "企业贷款"
    assert fact(text, "58家")["indicator"] == "获得贷款的企业"


def test_persons_counted_keep_their_whole_noun():
    # the 2007 national work report: 贫困家庭学生 are persons, not households (named by the grant given them free,
    # as 为…发放 names its recipients)
    text = "全国财政安排农村义务教育经费1840亿元，全部免除了西部地区和部分中部地区农村义务教育阶段5200万名学生的学杂费，为3730万名贫困家庭学生免费提供教科书，对780万名寄宿学生补助了生活费。"
    assert fact(text, "3730万名")["indicator"] == "免费提供教科书的贫困家庭学生"


def test_a_helping_verb_heading_a_name_is_dropped():
    # zhongdu_ws_2025_street_h1
    assert fact(ZHONGDU_SERVICE, "140万元")["indicator"] == "申报扶持资金"


# -- a net change after a count of additions is a change of the stock -----------------------------------------

def test_net_change_after_additions_is_of_the_stock():
    # zhongdu_ws_2025_street_h1
    text = "上半年新增“四上”企业14家,净增7家,增量居全县首位。"
    added, net = fact(text, "14家"), fact(text, "7家")
    assert (added["indicator"], added["measure"]) == ("新增“四上”企业", "level")
    assert (net["indicator"], net["measure"], net["value"]) == ("“四上”企业", "abs_change", 7.0)


# -- the figure in a bracket after the base of a comparison is the base's own --------------------------------

def test_bracketed_rate_after_a_base_is_the_base_s():
    # neimenggu_2023_m8_industry
    text = ("1-8月份,全区规上工业增加值同比增长7.5%,较1-7月份提高0.3个百分点,已连续三个月回升。"
            "累计增速高于全国(3.9%)3.6个百分点,居全国第5位,较上月提升2位。")
    f = fact(text, "3.9%")
    assert (f["indicator"], f["measure"], f["value"]) == ("全国规上工业增加值", "yoy_pct", 3.9)
    f = fact(text, "3.6个")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("规上工业增加值", "pp_diff", "全国")


# -- a bracket giving a row's short name is no part of its label -------------------------------------------

def test_short_name_bracket_is_no_part_of_a_row_label():
    # wuchang_wh_2023_annual
    from dhcheng_analysis.tabletext import cell_figures, find_tables
    text = ("2023年主要指标完成情况\n指标名称 | 2023年预期目标 (增速) | 2023年完成情况(预计) | |\n绝对值 | 增速 | ||\n"
            "地区生产总值 (简称“GDP”) | 6.5% | 预计全年实现增长6.5%左右 | |\n地方一般公共预算收入 | 5% | 137 | 0.8% |\n")
    cells = cell_figures(find_tables(text)[0])
    assert [c.indicator for c in cells][:2] == ["地区生产总值", "地方一般公共预算收入"]


# -- firms that settle are named by it; persons who settle by it and the persons ---------------------------

def test_firms_counted_that_settle_are_named_by_it():
    # nanshan_sz_2023_gwr_digest
    text = "引进126个项目,总投资1700亿元,推动9家重点持牌金融机构落户。"
    assert fact(text, "9家")["indicator"] == "落户的重点持牌金融机构"


def test_a_verb_before_the_settling_of_persons_is_no_noun():
    # the 2017 national work report
    text = "加快推进新型城镇化，深化户籍制度改革，全面推行居住证制度，又有1600万人进城落户。"
    assert fact(text, "1600万人")["indicator"] == "进城落户的人"  # (the persons, by what they do)


# -- the budget of a year a part of it is measured against is of the whole year -------------------------------

def test_annual_budget_in_a_half_year_report_is_of_the_year():
    # yongning_2020_h1_budget: 2020年1-6月全城区组织财政收入累计完成146845万元,…完成年初预算245800万元的59.74%
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = real_facts(REAL / "yongning_2020_h1_budget.txt")
    row = f[f["raw_value"] == "245800"].iloc[0]
    assert (row["reference"], row["status"], row["period"]) == ("plan", "target", "2020年")
    assert f[f["raw_value"] == "146845"].iloc[0]["period"] == "2020年1-6月"  # the outcome keeps its months
    assert f[f["raw_value"] == "207380"].iloc[0]["period"] == "2020年"
