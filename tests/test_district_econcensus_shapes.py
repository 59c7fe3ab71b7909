"""Figures of the economic census and agricultural census bulletins (经济普查公报, 农业普查公报) of districts and
counties.

A census bulletin counts units at the end of a census year: 法人单位 (legal entities), 产业活动单位 (establishments),
个体经营户 (individual business households), their 从业人员 (persons employed), 资产总计 (total assets) and 营业收入;
an agricultural census counts 农业经营户, 规模农业经营户, 农业经营单位, 农业生产经营人员, the 耕地面积 and the
machines. The base of a change is the census before, printed with its date in brackets (比第三次全国经济普查
（2013年末）增加): the time in brackets is the base, and the census's 全国 no base of its own. The industries that lead
in a quantity are listed after it (法人单位数量居前三位的行业是A、B、C，分别为…): each item is that quantity of its
industry, whether the list's figures follow in its clause or the next, its own subject printed again or not
(从业人员分别为). A list of industries sharing the census's quantity after its last item (制造业、建筑业从业人员分别为)
gives each item the quantity. 第二、三产业 and 第二、第三产业 name the industries, no rank. 及以上 and 及以下 after a
figure bound it as 以上 and 以下 do (at_least, at_most), and so bound a class counted next (从业人员在50人及以上的
法人单位1256个: the units are counted, the 50 persons no figure); a name ending with them keeps them (年龄55岁及以上).
资产总计, the census's word for total assets, is a bare measure owned by the units counted before it, as 资产总额 is;
so are the bare measures after a count of individual business households or of cooperatives (个体经营户5.83万户，
从业人员11.26万人).

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "某区第四次全国经济普查公报（第一号）\n一、单位基本情况\n"
AGRI = "某县第三次全国农业普查主要数据公报\n一、农业生产经营单位和农户\n"


# -- the census before, with its date in brackets, is the base -----------------------------------------------

@pytest.mark.parametrize(("s", "printed", "measure", "comparator"), [
    # regression fixture in the form of a district economic census bulletin (not real), modelled on the national
    # report's 完成第三次全国经济普查 (/work/shared/corpus/national_work_reports/2015.txt)
    ("2018年末，全区第二产业和第三产业法人单位从业人员58.62万人，比第三次全国经济普查（2013年末）增加12.35万人，"
     "增长26.7%。", "26.7%", "change_pct", "2013年末"),
    # regression fixture, a variant (not real): the change of the count
    ("2018年末，全区第二产业和第三产业法人单位从业人员58.62万人，比第三次全国经济普查（2013年末）增加12.35万人，"
     "增长26.7%。", "12.35万人", "abs_change", "2013年末"),
    # regression fixture in the form of a county agricultural census bulletin (not real), modelled on the national
    # report's 启动第三次全国土壤普查 (/work/shared/corpus/national_work_reports/2022.txt)
    ("2016年末，全县耕地面积52.36万亩，比第二次全国农业普查（2006年末）减少1.25万亩。", "1.25万亩", "abs_change",
     "2006年末"),
    # regression fixture, a variant (not real): the census named without its date is the base as printed
    ("全区单位数量比第三次全国经济普查增长91.3%。", "91.3%", "change_pct", "第三次全国经济普查"),
    # regression fixture, a variant (not real): the census with its date opening the sentence (与…相比)
    ("与2013年末第三次全国经济普查相比，法人单位增加2536个，增长76.3%；产业活动单位增加2865个，增长65.6%。", "65.6%",
     "change_pct", "2013年末第三次全国经济普查"),
])
def test_the_census_before_is_the_base(s, printed, measure, comparator):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["comparator"]) == (measure, comparator)
    assert f["value"] > 0 or measure == "abs_change"


@pytest.mark.parametrize(("s", "printed", "comparator"), [
    # regression fixture in the form of a district work report (not real), modelled on 增幅高于全市平均水平55.4个
    # 百分点 (/work/shared/gold/real/texts/district_2021_bulletin_rank.txt): the year of the average in brackets
    ("全区城镇化率比全国平均水平（2020年）高出22个百分点。", "22个百分点", "全国"),
    # regression fixture, a variant (not real): an amount over the province's average of a year
    ("农村居民人均可支配收入比全省平均水平（2022年）高出1200元。", "1200元", "全省"),
    # regression fixture, a variant (not real): the place with no 平均水平
    ("城镇居民人均可支配收入比全省（2022年）高8000元。", "8000元", "全省"),
    # regression fixture, a variant (not real): the year before, its year in brackets
    ("地区生产总值比上年（2022年）增长6.5%。", "6.5%", "上年"),
    # regression fixture, a variant (not real): a per-head level of the nation, no average
    ("人均可支配收入比全国人均水平高出15%。", "15%", "全国"),
])
def test_a_year_in_brackets_after_a_base_of_no_census(s, printed, comparator):
    assert fact(s, printed)["comparator"] == comparator


# -- the industries leading in a quantity ----------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district economic census bulletin (not real), modelled on the national
    # report's 做好第七次全国人口普查 (/work/shared/corpus/national_work_reports/2021.txt) and 法人 of 法人实体
    # (1993.txt)
    ("全区法人单位数量居前三位的行业是批发和零售业、租赁和商务服务业、科学研究和技术服务业，分别为9826个、6125个和"
     "3518个，分别占全部法人单位的27.9%、17.4%和10.0%。", "9826个", "批发和零售业法人单位数量"),
    # regression fixture, a variant (not real): the share of the first item
    ("全区法人单位数量居前三位的行业是批发和零售业、租赁和商务服务业、科学研究和技术服务业，分别为9826个、6125个和"
     "3518个，分别占全部法人单位的27.9%、17.4%和10.0%。", "27.9%", "批发和零售业法人单位数量"),
    # regression fixture, a variant (not real): the last item
    ("全区法人单位数量居前三位的行业是批发和零售业、租赁和商务服务业、科学研究和技术服务业，分别为9826个、6125个和"
     "3518个，分别占全部法人单位的27.9%、17.4%和10.0%。", "3518个", "科学研究和技术服务业法人单位数量"),
    # regression fixture, a variant (not real): the quantity printed again before 分别, the sentence before of
    # another quantity
    ("个体经营户从业人员11.26万人。从业人员居前三位的行业是制造业、批发和零售业、建筑业，从业人员分别为8.15万人、"
     "7.92万人和3.87万人。", "7.92万人", "批发和零售业从业人员"),
    # regression fixture, a variant (not real): a frame before, amounts
    ("在第二产业和第三产业企业法人单位中，资产总计居前三位的行业是金融业、房地产业、租赁和商务服务业，分别为3215.6亿元、"
     "1862.3亿元和965.2亿元。", "3215.6亿元", "金融业资产总计"),
    # regression fixture, a variant (not real): 前3位, 依次为, shares only
    ("营业收入居前3位的行业依次为批发和零售业、制造业和建筑业，分别占全部营业收入的35.6%、21.3%和12.5%。", "21.3%",
     "制造业营业收入"),
])
def test_the_industries_leading_in_a_quantity(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): the clause after the list of leading industries prints a quantity
    # of its own
    ("营业收入居前三位的行业是制造业、建筑业和批发零售业，利润总额分别为12亿元、8亿元和5亿元。", "8亿元", "建筑业利润总额"),
    # regression fixture, a variant (not real): the amount after the list, of legal entities' assets
    ("法人单位数量居前三位的行业是批发和零售业、制造业、建筑业，资产总计分别为3215.6亿元、1862.3亿元和965.2亿元。",
     "1862.3亿元", "制造业资产总计"),
])
def test_a_quantity_of_its_own_after_the_leading_industries(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district economic census bulletin (not real), modelled on the national
    # report's 加上个体工商户等，各类市场主体每天新增4.5万户 (/work/shared/corpus/national_work_reports/2017.txt)
    ("制造业、建筑业从业人员分别为8.15万人和3.87万人。", "8.15万人", "制造业从业人员"),
    # regression fixture, a variant (not real): legal entities of three industries
    ("批发和零售业、租赁和商务服务业、科学研究和技术服务业法人单位分别为9826个、6125个和3518个。", "6125个",
     "租赁和商务服务业法人单位"),
    # regression fixture, a variant (not real): total assets
    ("金融业、房地产业资产总计分别为3215.6亿元和1862.3亿元。", "3215.6亿元", "金融业资产总计"),
    # regression fixture, a variant (not real): individual business households
    ("批发和零售业、住宿和餐饮业个体经营户分别为3.12万户和1.08万户。", "3.12万户", "批发和零售业个体经营户"),
])
def test_a_census_quantity_shared_by_a_list(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- 第二、三产业 names industries -------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district economic census bulletin (not real), modelled on the national
    # report's 年均新增涉税企业和个体工商户等超过1100万户 (/work/shared/corpus/national_work_reports/2023.txt)
    ("全区第二、三产业个体经营户实现营业收入156.2亿元。", "156.2亿元", "第二、三产业个体经营户营业收入"),
    # regression fixture, a variant (not real): 第 printed again
    ("全区第二、第三产业法人单位3.5万个。", "3.5万个", "第二、第三产业法人单位"),
])
def test_second_and_third_industries_are_no_rank(s, printed, name):
    f = facts(HEAD + s)
    assert "rank" not in set(f["measure"])
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize("s", [
    # regression fixture, a variant (not real): 居全国第三、四位 ranks, 第 printed once
    "地区生产总值居全市第三、四位。",
    # regression fixture, a variant (not real): a count of times after the 、 opens the next rank
    "在月度考核中，我区五次位列全市第一、三次位列第二。",
])
def test_a_list_of_ranks_stays_ranks(s):
    f = facts(HEAD + s)
    assert list(f[f["unit"] != "次"]["measure"]) == ["rank", "rank"]


@pytest.mark.parametrize(("s", "name"), [
    # regression fixture in the form of a district work report (not real), modelled on 水电、风电装机位居世界第一
    # (/work/shared/corpus/national_work_reports/2013.txt): a count of items opens the next clause after the 、
    ("全区地区生产总值增速位居全市第一、三项主要指标增速居全省前列。", "地区生产总值增速"),
    # regression fixture, a variant (not real): 位列, a count of indicators in 项
    ("GDP增速位列全市第一、五项指标位列全市前三。", "GDP增速"),
    # regression fixture, a variant (not real): a count of firms in 家
    ("综合考核位居全市第一、四家企业入选全省百强。", "综合考核"),
])
def test_a_count_after_the_rank_keeps_the_rank(s, name):
    f = fact(HEAD + s, "第一", s)
    assert (f["measure"], f["value"], f["indicator"], f["comparator"]) == ("rank", 1, name, "全市")


# -- 及以上, 及以下 --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "bound", "printed", "name"), [
    # regression fixture in the form of a district economic census bulletin (not real), modelled on the national
    # report's 对小微企业和个体工商户年应纳税所得额不到100万元的部分 (/work/shared/corpus/national_work_reports/2021.txt)
    ("全区从业人员在50人及以上的法人单位1256个，占3.6%。", "50", "1256个", "从业人员在50人及以上的法人单位"),
    # regression fixture, a variant (not real): a class bounded by an amount
    ("营业收入5000万元及以上的企业156家。", "5000", "156家", "营业收入5000万元及以上的企业"),
])
def test_a_class_bounded_with_ji_yishang(s, bound, printed, name):
    assert bound not in set(facts(HEAD + s)["raw_value"])
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county agricultural census bulletin (not real), modelled on the national
    # report's 做好第七次全国人口普查 (/work/shared/corpus/national_work_reports/2021.txt)
    ("在农业生产经营人员中，年龄35岁及以下的2.15万人，年龄在36至54岁之间的8.96万人，年龄55岁及以上的7.25万人，"
     "分别占11.7%、48.8%和39.5%。", "7.25万人", "年龄55岁及以上"),
    # regression fixture, a variant (not real): the share of the class
    ("在农业生产经营人员中，年龄35岁及以下的2.15万人，年龄在36至54岁之间的8.96万人，年龄55岁及以上的7.25万人，"
     "分别占11.7%、48.8%和39.5%。", "39.5%", "年龄55岁及以上"),
])
def test_a_name_ending_with_ji_yishang_keeps_it(s, printed, name):
    assert fact(AGRI + s, printed)["indicator"] == name


def test_ji_yishang_after_a_figure_is_at_least():
    # regression fixture, a variant (not real): the bound after a figure that is one
    f = fact(HEAD + "全区新增从业人员1.2万人及以上。", "1.2万人")
    assert f["qualifier"] == "at_least"


# -- bare measures of the units counted before -----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district economic census bulletin (not real), modelled on the national
    # report's 规模以上工业企业实现利润增长31% (/work/shared/corpus/national_work_reports/2007.txt)
    ("2018年末，全区规模以上工业企业215家，比2013年末减少23家；从业人员3.52万人，资产总计652.3亿元，营业收入568.9亿元。",
     "652.3亿元", "规模以上工业企业资产总计"),
    # regression fixture, a variant (not real): the census's total assets of all legal entities, and their revenue
    ("2018年末，全区第二产业和第三产业企业法人单位资产总计8652.3亿元，比2013年末增长112.5%；全年实现营业收入3256.8亿元。",
     "3256.8亿元", "第二产业和第三产业企业法人单位营业收入"),
    # regression fixture in the form of a district economic census bulletin (not real), modelled on the national
    # report's 个体工商户超过1.1亿户 (/work/shared/corpus/national_work_reports/2023.txt)
    ("2018年末，全区共有个体经营户5.83万户，从业人员11.26万人。", "11.26万人", "个体经营户从业人员"),
    # regression fixture, a variant (not real): cooperatives
    ("全县农民合作社586家，从业人员1.26万人，营业收入3.2亿元。", "3.2亿元", "农民合作社营业收入"),
])
def test_bare_measures_of_the_units_counted(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the units or persons a frame names are the whole of the shares after it ----------------------------------

@pytest.mark.parametrize(("s", "printed", "whole"), [
    # regression fixture in the form of a county agricultural census bulletin (not real), modelled on the national
    # report's 做好第七次全国人口普查 (/work/shared/corpus/national_work_reports/2021.txt)
    ("在农业生产经营人员中，男性占53.6%，女性占46.4%。", "46.4%", "农业生产经营人员"),
    # regression fixture, a variant (not real): legal entities
    ("在企业法人单位中，内资企业2.98万个，占97.7%；外商投资企业305个，占1.0%。", "1.0%", "企业法人单位"),
    # regression fixture, a variant (not real): individual business households
    ("个体经营户中，批发和零售业个体经营户3.12万户，占53.5%。", "53.5%", "个体经营户"),
])
def test_the_frame_is_the_whole_of_a_share(s, printed, whole):
    f = fact(AGRI + s, printed)
    assert (f["measure"], f["comparator"]) == ("rate_pct", whole)


# -- the census's concepts have keys ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district economic census bulletin (not real), modelled on the national
    # report's 市场主体总量超过1.6亿户 (/work/shared/corpus/national_work_reports/2023.txt)
    ("2018年末，全区共有从事第二产业和第三产业活动的法人单位3.52万个，比2013年末增加1.68万个，增长91.3%；产业活动单位"
     "4.10万个；个体经营户5.83万户。", "3.52万个", "legal_entities"),
    # regression fixture, a variant (not real): establishments
    ("2018年末，全区共有从事第二产业和第三产业活动的法人单位3.52万个，比2013年末增加1.68万个，增长91.3%；产业活动单位"
     "4.10万个；个体经营户5.83万户。", "4.10万个", "establishments"),
    # regression fixture, a variant (not real): individual business households
    ("2018年末，全区共有从事第二产业和第三产业活动的法人单位3.52万个，比2013年末增加1.68万个，增长91.3%；产业活动单位"
     "4.10万个；个体经营户5.83万户。", "5.83万户", "individual_business_households"),
    # regression fixture, a variant (not real): persons employed by legal entities
    ("全区法人单位从业人员较2013年末增长26.7%，比全市平均水平高3.2个百分点。", "26.7%", "legal_entity_employment"),
    # regression fixture, a variant (not real): enterprise legal entities
    ("在法人单位中，企业法人单位3.05万个，占全部法人单位的86.6%。", "3.05万个", "enterprise_legal_entities"),
])
def test_census_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a county agricultural census bulletin (not real), modelled on the national
    # report's 耕地面积保持在18.2亿亩以上 (/work/shared/corpus/national_work_reports/2013.txt)
    ("2016年末，全县共有农业经营户12.56万户，其中规模农业经营户1865户；农业经营单位568个。", "12.56万户",
     "agricultural_holding_households"),
    # regression fixture, a variant (not real): the large ones
    ("2016年末，全县共有农业经营户12.56万户，其中规模农业经营户1865户；农业经营单位568个。", "1865户",
     "large_agricultural_holding_households"),
    # regression fixture, a variant (not real): the units
    ("2016年末，全县共有农业经营户12.56万户，其中规模农业经营户1865户；农业经营单位568个。", "568个",
     "agricultural_holding_units"),
    # regression fixture, a variant (not real): the persons working in agriculture
    ("2016年末，全县农业生产经营人员18.36万人，其中女性8.52万人，占46.4%。", "18.36万人", "agricultural_workers"),
])
def test_agricultural_census_keys(s, printed, key):
    assert fact(AGRI + s, printed)["indicator_key"] == key
