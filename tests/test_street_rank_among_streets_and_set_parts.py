"""A rank among the streets or towns of the district, and the part of a set counted after 中有, as street work
summaries and monthly industry releases print them.

Street offices and towns rank their work among the streets of the district (接诉即办综合成绩在全区29个街道中排名第6,
在全市38个乡镇(街道)中排名第5位), as counties rank theirs among the counties of the city (增幅在全市16县区中排名第五):
the rank is of the thing named before 在, the set of places its group, and the count of that set is part of the
group, no figure of its own. A count of the things of a set stays a figure where no rank follows (全街道15个社区中).
Releases count the branches that grew after 中有 as after 中 (全县26个行业大类中有18个行业增加值实现增长): the set is
named without its 中有, and the part by what it did.

Sentences written in the form of street summaries and county releases, not real, are marked as regression
fixtures; the real ones are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

STREET = "南湖街道2024年上半年工作总结\n一、上半年工作回顾\n"
RELEASE = "2023年8月全县工业经济运行情况\n"


@pytest.mark.parametrize(("s", "printed", "name", "group"), [
    # regression fixture in the form of a street summary (not real), modelled on
    # tests/gold/real/texts/wangcang_h1_industry.txt 增速居全市第6位 and the county budget reports' 增幅在全市16县区中
    # 排名第五
    ("上半年，接诉即办综合成绩在全区29个街道中排名第6，较去年同期提升5位。", "第6", "接诉即办综合成绩", "全区29个街道"),
    # regression fixture, a variant (not real): towns with streets in brackets, 第N位
    ("上半年，12345热线满意率在全市38个乡镇（街道）中排名第5位。", "第5", "12345热线满意率", "全市38个乡镇(街道)"),
    # regression fixture, a variant (not real): 位居 after the set of towns
    ("上半年，垃圾分类工作考核在全县15个乡镇中位居第一。", "第一", "垃圾分类工作考核", "全县15个乡镇"),
    # regression fixture, a variant (not real): the set after 排名
    ("上半年，接诉即办成绩排名全区29个街道第4。", "第4", "接诉即办成绩", "全区29个街道"),
])
def test_a_rank_among_the_streets_of_the_district_is_of_the_work_named(s, printed, name, group):
    text = STREET + s
    f = fact(text, printed)
    assert (f["measure"], f["indicator"], f["comparator"]) == ("rank", name, group)
    assert list(facts(text)["measure"]).count("level") == 0  # the size of the set is no figure of its own


def test_a_count_of_the_communities_of_a_street_stays_a_figure_where_no_rank_follows():
    # regression fixture in the form of a street summary (not real)
    f = fact(STREET + "全街道15个社区中，有12个社区完成垃圾分类示范创建。", "15个")
    assert (f["measure"], f["value"], f["indicator"]) == ("level", 15.0, "社区")


def test_the_county_set_of_a_rank_is_read_as_before():
    # regression fixture in the form of a county release (not real), modelled on the county budget reports' 增幅在
    # 全市16县区中排名第五
    f = fact(RELEASE + "1-5月，全县规上工业增加值增速在全市9个县区中排名第2。", "第2")
    assert (f["indicator"], f["comparator"]) == ("规上工业增加值增速", "全市9个县区")


@pytest.mark.parametrize(("s", "whole", "whole_name", "part", "part_name"), [
    # regression fixture in the form of a county release (not real), modelled on
    # tests/gold/real/texts/neimenggu_2023_m8_industry.txt 38个工业行业大类中27个行业增加值实现同比增长
    ("分行业看，全县26个行业大类中有18个行业增加值实现增长，行业增长面为69.2%。", "26个", "行业大类", "18个",
     "增加值实现增长的行业大类"),
    # regression fixture, a variant (not real): products, modelled on the same file's 全区40种主要工业产品中,33种产量
    # 实现同比增长
    ("全市42种主要工业产品中有30种产量同比增长。", "42种", "主要工业产品", "30种", "产量同比增长的主要工业产品"),
    # regression fixture, a variant (not real): 中共有
    ("全县31个工业行业大类中共有20个行业增加值同比增长。", "31个", "工业行业大类", "20个", "增加值同比增长的工业行业大类"),
    # regression fixture, a variant (not real): a set named by two characters
    ("全区12个行业中有8个行业增加值实现增长。", "12个", "行业", "8个", "增加值实现增长的行业"),
])
def test_a_part_counted_after_zhong_you_is_of_the_set_named_before(s, whole, whole_name, part, part_name):
    text = RELEASE + s
    assert fact(text, whole)["indicator"] == whole_name
    assert fact(text, part)["indicator"] == part_name


def test_the_real_set_and_part_read_as_before():
    # tests/gold/real/texts/neimenggu_2023_m8_industry.txt
    s = ("38个工业行业大类中27个行业增加值实现同比增长,增长面71%。全区40种主要工业产品中,33种产量实现同比增长,"
         "增长面82.5%。")
    assert fact(s, "38个")["indicator"] == "工业行业大类"
    assert fact(s, "27个")["indicator"] == "增加值实现同比增长的工业行业大类"
    assert fact(s, "33种")["indicator"] == "产量实现同比增长的主要工业产品"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a street summary (not real), modelled on
    # tests/gold/real/texts/zhongdu_ws_2025_street_h1.txt 上半年新增“四上”企业14家,净增7家 (a count after a count of
    # the same things) and the districts' 为民办实事项目…已完成
    ("全年为民办实事项目12项，已完成7项，其余5项正在推进。", "5项", "其余的为民办实事项目"),
    # regression fixture, a variant (not real): 其他 after a set named before 中
    ("26个区重点项目中已开工19个，其他7个正在办理手续。", "7个", "其他的区重点项目"),
    # regression fixture, a variant (not real): 剩余, not yet started
    ("重点项目20个，已开工16个，剩余4个尚未开工。", "4个", "剩余的重点项目"),
    # regression fixture, a variant (not real): a plan for the rest
    ("新开工项目30个，其中已开工18个，其余12个计划下半年开工。", "12个", "其余的新开工项目"),
    # regression fixture, a variant (not real): nothing said of the rest
    ("重点项目20个，已开工16个，其余4个。", "4个", "其余的重点项目"),
])
def test_the_rest_of_a_set_is_not_the_part_counted_before(s, printed, name):
    f = fact(STREET + s, printed)
    assert (f["measure"], f["indicator"]) == ("level", name)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a street summary (not real), modelled on
    # tests/gold/real/texts/dongliu_yz_2023_street.txt 全年共引进企业137家,其中注册资金千万元以上46家 and
    # tests/gold/real/texts/zhongdu_ws_2025_street_h1.txt 新增“四上”企业14家
    ("新引进企业58家，其中科技企业7家；新增规上企业3家，总数达到42家。", "42家", "规上企业"),
    # regression fixture, a variant (not real): a size class as the part
    ("新引进企业58家，其中注册资本5000万元以上企业7家；新增规上企业3家，总数达到42家。", "42家", "规上企业"),
    # regression fixture, a variant (not real): the stock word after its noun
    ("新引进企业58家，其中科技企业7家；规上企业累计达到42家。", "42家", "规上企业"),
])
def test_a_stock_past_a_semicolon_is_no_part_of_what_was_added(s, printed, name):
    f = fact(STREET + s, printed)
    assert (f["measure"], f["indicator"]) == ("level", name)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a street summary (not real), modelled on
    # tests/gold/real/texts/zhongdu_ws_2025_street_h1.txt 协助84家企业整理“国补”申领材料
    ("开展招商推介活动8场，对接企业126家，签约项目15个。", "126家", "对接企业"),
    # regression fixture, a variant (not real)
    ("对接重点企业35家，对接项目12个。", "12个", "对接项目"),
])
def test_duijie_opens_a_name(s, printed, name):
    assert fact(STREET + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixtures, variants (not real): 对 before 接入, 接收, 接受 is a preposition, no 对接 a name keeps
    ("对接入系统的企业给予奖励50万元。", "50万元", "接入系统的企业"),
    ("对接收毕业生的企业给予补贴30万元。", "30万元", "接收毕业生的企业"),
    ("对接受帮扶的企业给予补助20万元。", "20万元", "接受帮扶的企业"),
])
def test_dui_before_a_verb_of_taking_in_is_no_duijie(s, printed, name):
    assert fact(STREET + s, printed)["indicator"].startswith(name)  # (not 对接入系统的企业…)


@pytest.mark.parametrize(("s", "printed", "name", "group"), [
    # regression fixture in the form of a county release (not real), modelled on
    # tests/gold/real/texts/wangcang_h1_industry.txt 增速居全市第6位,较1-5月上升1位
    ("1-5月，全县规上工业增加值增速在全市10个县（市、区）中排名第3位，比1-4月前移2位。", "第3", "规上工业增加值增速",
     "全市10个县(市、区)"),
    # regression fixture, a variant (not real): 居 before the set of counties, cities and districts
    ("1-5月，全县规上工业增加值增速居全市10个县（市、区）第2位。", "第2", "规上工业增加值增速", "全市10个县(市、区)"),
    # regression fixtures, variants (not real): the kinds in brackets in another order or with 旗, a piece of the set
    ("1-5月，全县地区生产总值增速居全市10个县（区、市）第2位。", "第2", "地区生产总值增速", "全市10个县(区、市)"),
    ("1-5月，全县地区生产总值增速居全市12个县（市、区、旗）第4位。", "第4", "地区生产总值增速", "全市12个县(市、区、旗)"),
    # regression fixture, a variant (not real): counties and districts in brackets
    ("1-5月，全县一般公共预算收入增幅在全市12个县（区）中位居第1。", "第1", "一般公共预算收入增幅", "全市12个县(区)"),
])
def test_a_rank_among_the_counties_cities_and_districts_in_brackets(s, printed, name, group):
    text = RELEASE + s
    f = fact(text, printed)
    assert (f["measure"], f["indicator"], f["comparator"]) == ("rank", name, group)
    assert list(facts(text)["measure"]).count("level") == 0


def test_a_count_of_counties_in_brackets_stays_a_figure_where_no_rank_follows():
    # regression fixture in the form of a county release (not real)
    text = RELEASE + "全市10个县（市、区）中，有8个实现正增长。"
    assert fact(text, "10个")["indicator"] == "县（市、区）"
    assert fact(text, "8个")["indicator"] == "实现正增长的县（市、区）"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a street summary (not real), modelled on
    # tests/gold/real/texts/zhongdu_ws_2025_street_h1.txt 累计办理项目审批、营业执照等手续19件
    ("网格员累计巡查发现问题4260件，办结4215件，办结率98.9%。", "4215件", "办结的网格员巡查发现问题"),
    # regression fixture, a variant (not real): 已办结
    ("受理群众诉求3256件，已办结3180件。", "3180件", "已办结的受理群众诉求"),
    # regression fixture, a variant (not real): hazards put right
    ("排查隐患2160处，已整改2100处，整改率97.2%。", "2100处", "已整改的排查隐患"),
])
def test_a_count_closed_or_put_right_is_of_the_cases_counted_before(s, printed, name):
    assert fact(STREET + s, printed)["indicator"] == name
