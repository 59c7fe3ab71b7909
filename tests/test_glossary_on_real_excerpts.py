"""Glossary keys and place scopes of the figures of the real excerpts (tests/gold/real/texts).

Verbatim: the Xicheng 1-5月 release, whose prose names Beijing's retail sales with the city before the indicator
(北京市实现社会消费品零售总额) while its table gives the city as a column: in a report of Xicheng the city is the
scope of the figure and the indicator is the glossary's, as in the table. Verbatim: the recurring indicators of the
district reports and bulletins that had no key: retail sales split into 商品零售 and 餐饮收入, the gross output of
industrial enterprises above designated size (规模以上工业企业…工业总产值), the sales ratio 产销率, the value added
of mining (采矿业增加值, a sector's value added) and of finance (金融业增加值), strategic emerging industries, online retail sales, floor space
sold, grain sown area, hogs slaughtered, invention patents per 10,000 people, Beijing's total consumption and its
service part; the retail sales of commodities, the
output of steel, coal, oil, power and cotton and the emissions of the national work reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _real_tables import real_facts, real_report
from _sentences import fact

import dhcheng_analysis as dh
from dhcheng_analysis import tables

REAL = Path(__file__).parent / "gold" / "real" / "texts"
XICHENG = REAL / "xicheng_m1to5_indicators_table.txt"
RETAIL = ("1-5月,北京市实现社会消费品零售总额5391.9亿元,同比下降7.7%,西城区实现社会消费品零售总额389.9亿元,"
          "同比下降8.6%,占北京市的比重为7.2%。")


@pytest.fixture(scope="module")
def xicheng():
    return real_report(XICHENG)


# -- a city before an indicator, in a report of another place, is the figure's scope --------------------------

@pytest.mark.parametrize("printed", ["5391.9亿元", "7.7%"])
def test_the_city_before_an_indicator_is_its_scope(xicheng, printed: str) -> None:
    f = real_facts(XICHENG)
    at = xicheng.text.index(RETAIL) + RETAIL.index(printed)
    row = f[f["start"] == at].iloc[0]
    assert (row["indicator"], row["indicator_key"], row["scope"]) == ("社会消费品零售总额", "retail_sales", "北京市")


def test_the_district_figure_keeps_no_scope(xicheng) -> None:
    f = real_facts(XICHENG)
    at = xicheng.text.index(RETAIL) + RETAIL.index("389.9亿元")
    row = f[f["start"] == at].iloc[0]
    assert (row["indicator"], row["scope"]) == ("社会消费品零售总额", "")


def test_the_city_figure_of_the_prose_merges_with_the_table_column(xicheng) -> None:
    y = tables.yoy_changes(xicheng)
    city = y[(y["indicator_key"] == "retail_sales") & (y["scope"] == "北京市")]
    assert len(city) == 1 and city.iloc[0]["change_pct"] == -7.7
    assert len(city.iloc[0]["fact_ids"].split(";")) == 2  # the prose figure and the table cell


def test_a_place_word_inside_a_name_is_no_scope() -> None:
    # tests/gold/constructed dongcheng_2021_q1: 新设市 ends like a city but names none
    row = fact("新设市场主体986户,同比增长42.5%。", "986户")
    assert (row["indicator"], row["indicator_key"], row["scope"]) == ("新设市场主体", "new_market_entities", "")


# -- the recurring indicators of district reports carry the glossary's key --------------------------------------

@pytest.mark.parametrize(("text", "printed", "name", "key"), [
    # xicheng_m1to5_indicators_table
    ("从消费形态看,累计实现商品零售345.0亿元,同比下降7.6%;累计实现餐饮收入44.9亿元,同比下降15.4%。",
     "345.0亿元", "商品零售", "retail_sales_goods"),
    ("从消费形态看,累计实现商品零售345.0亿元,同比下降7.6%;累计实现餐饮收入44.9亿元,同比下降15.4%。",
     "15.4%", "餐饮收入", "catering_revenue"),
    ("规模以上工业企业累计完成工业总产值281.5亿元,同比增长4.9%,累计完成工业销售产值281.6亿元,同比增长4.7%,"
     "产销率为100.0%,产销衔接良好。", "281.5亿元", "规模以上工业企业工业总产值", "industrial_output_above_size"),
    ("规模以上工业企业累计完成工业总产值281.5亿元,同比增长4.9%,累计完成工业销售产值281.6亿元,同比增长4.7%,"
     "产销率为100.0%,产销衔接良好。", "100.0%", "产销率", "industrial_sales_ratio"),
    # youyang_cq_2025_q1
    ("分三大门类看,采矿业增加值下降17.3%,制造业增加值增长10.3%,电力、热力、燃气及水生产和供应业增加值下降15.8%。",
     "17.3%", "采矿业增加值", "sector_va:mining"),
    ("生猪出栏16.68万头,下降7.7%。", "16.68万头", "生猪出栏", "hogs_slaughtered"),
    # beijing_2017_h1: a list of sectors sharing 行业增加值, the finance sector named 金融业 (its 业 printed once, in 信息服务业)
    ("优势服务业贡献突出,金融、科技和信息服务业三大优势行业增加值分别增长7.4%、10%和9.3%,对经济增长贡献率合计达49.7%。",
     "7.4%", "金融业增加值", "sector_va:finance"),
    # beijing_2017_h1 and chaoyang_2021_h1: Beijing's total consumption (goods retail plus services) and its service part
    ("总消费增长9.3%,其中服务消费增长12.7%、对总消费增长的贡献率达70.5%,商品消费增长5.6%。", "9.3%", "总消费",
     "total_consumption"),
    ("总消费增长9.3%,其中服务消费增长12.7%、对总消费增长的贡献率达70.5%,商品消费增长5.6%。", "12.7%", "服务消费",
     "services_consumption"),
    ("总消费同比增长22.8%,两年平均增长2.2%。", "22.8%", "总消费", "total_consumption"),
    # nanshan_sz_2023_gwr_digest
    ("战略性新兴产业增加值4435.7亿元,同比增长4.9%。", "4435.7亿元", "战略性新兴产业增加值", "strategic_emerging_va"),
    # ruyuan_m1to5_release
    ("1-5月,商品房销售面积4.23万㎡,同比下降12.1%,比1-4月回落43.5个百分点。", "4.23万㎡", "商品房销售面积",
     "commercial_buildings_sold_area"),
    # minhang_sh_2015_bulletin
    ("全年粮食播种面积2.29万亩,比上年增长1.3%;蔬菜播种面积7.03万亩,复种指数达5.3次。", "2.29万亩", "粮食播种面积",
     "grain_sown_area"),
    # haidian_2021_h1 (tests/gold/constructed)
    ("社会消费品零售总额完成1163.8亿元，增长24.5%，比2019年同期增长3.6%，其中网上零售额482.7亿元，增长17.3%。",
     "482.7亿元", "网上零售额", "online_retail_sales"),
    # national work report 1980
    ("今年上半年，社会商品零售总额又比去年同期增长18.5％。", "18.5％", "社会商品零售总额", "retail_sales_commodities"),
    # national work report 2012: a synonym of utilised foreign direct investment
    ("实际使用外商直接投资1160亿美元，服务业和中西部地区比重提高。", "1160亿美元", "实际使用外商直接投资", "utilised_fdi"),
    # national work report 2002: the bare name of foreign direct investment, printed with its amount, is the amount
    # actually used (a contracted amount is printed as such: 协议金额, 合同外资)
    ("外商直接投资４６８亿美元，增长１４．９％。", "４６８亿美元", "外商直接投资", "utilised_fdi"),
    # changping_2021_fy (tests/gold/constructed)
    ("全区国家级高新技术企业达到2318家,比上年净增305家;专利授权量14862件,较上年增长31.2%,其中发明专利授权量3247件,"
     "每万人发明专利拥有量达到52.6件。", "52.6件", "每万人发明专利拥有量", "invention_patents_per_10k"),
    # national work reports 2009, 1987 and 1956
    ("单位国内生产总值能耗比上年下降4.59%，化学需氧量、二氧化硫排放量分别减少4.42%和5.95%。", "5.95%", "二氧化硫排放量",
     "so2_emissions"),
    ("钢产量达到５２０５万吨，比上年增长１１．２％；发电量达到４４５５亿千瓦小时，比上年增长８．５％；原油、天然气产量持续增长，"
     "煤炭供应充足。", "５２０５万吨", "钢产量", "steel_output"),
    ("钢产量达到５２０５万吨，比上年增长１１．２％；发电量达到４４５５亿千瓦小时，比上年增长８．５％；原油、天然气产量持续增长，"
     "煤炭供应充足。", "４４５５亿千瓦小时", "发电量", "electricity_output"),
    ("棉花产量达到３，０３６万担，完成年度计划的１１７％，比１９５４年增长４３％。", "３，０３６万担", "棉花产量", "cotton_output"),
    # national work reports 1975 and 1992: 石油 in a list of products' output is crude oil
    ("主要产品的产量都有大幅度增长，钢增长一点二倍，原煤增长百分之九十一，石油增长六点五倍，发电量增长两倍。", "六点五倍", "石油",
     "crude_oil_output"),
    ("主要工业产品产量继续增加，原煤达到１０．９亿吨，石油达到１．３９亿吨，钢突破７０００万吨。", "１．３９亿吨", "石油",
     "crude_oil_output"),
])
def test_recurring_indicator_has_its_key(text: str, printed: str, name: str, key: str) -> None:
    row = fact(text, printed)
    assert (row["indicator"], row["indicator_key"]) == (name, key)


def test_english_names_follow_the_statistical_releases() -> None:
    assert dh.vocab.english_name("商品零售") == "Retail sales of goods"
    assert dh.vocab.english_name("餐饮收入") == "Catering revenue"
    assert dh.vocab.english_name("采矿业增加值") == "Mining value added"


def test_the_city_and_its_verb_before_an_indicator() -> None:
    # a district report's frame around a city's figure printed with its verb kept (累计实现): written in the form of
    # the Xicheng release above, a regression fixture, not evidence
    report = dh.load_report("西城区2023年上半年经济运行情况\n上半年,西城区经济运行平稳。北京市累计实现一般公共预算收入"
                            "3000.5亿元,同比增长5.5%。\n")
    f = dh.extract_facts(report)
    assert f[["indicator", "indicator_key", "scope"]].drop_duplicates().values.tolist() == [
        ["一般公共预算收入", "general_budget_revenue", "北京市"]]


def test_a_sectors_revenue_of_its_enterprise_units_is_the_sectors_revenue() -> None:
    # dongcheng_2023_h1 (verbatim): the revenue of 文化、体育和娱乐业企业类单位 is the sector's revenue, the series
    # dongcheng_2024_h1 prints as 文体娱业…行业收入
    report = real_report(REAL / "dongcheng_2023_h1.txt")
    sentence = "文化、体育和娱乐业企业类单位经营状况向好,上半年行业整体收入降幅收窄至0.9%。"
    f = real_facts(REAL / "dongcheng_2023_h1.txt")
    row = f[f["start"] == report.text.index(sentence) + sentence.index("0.9%")].iloc[0]
    assert (row["indicator_key"], row["value"]) == ("sector_revenue:culture_sports_entertainment", -0.9)
    later = real_facts(REAL / "dongcheng_2024_h1.txt")
    assert "sector_revenue:culture_sports_entertainment" in set(later["indicator_key"])  # 文体娱业…7.3%


def test_the_urban_rural_income_ratio_is_a_glossary_quantity() -> None:
    # real excerpt, youyang_cq_2025_q1.txt: 城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1。 (the ratio of urban to
    # rural per-capita disposable income, a recurring indicator of the work reports and releases)
    f = real_facts(REAL / "youyang_cq_2025_q1.txt")
    rows = f[f["indicator"] == "城乡收入比"]
    assert sorted(zip(rows["indicator_key"], rows["measure"], rows["value"], rows["period"], strict=True)) == [
        ("urban_rural_income_ratio", "ratio", 2.02, "一季度"), ("urban_rural_income_ratio", "ratio", 2.05, "上年一季度")]
    assert dh.vocab.english_name("城乡居民收入比") == "Urban-rural income ratio"
    # a revenue compared with a year (收入比2019年同期) is no such ratio
    row = fact("一是经济恢复仍不均衡，住宿和餐饮业收入比2019年同期下降18.7%。", "18.7%")
    assert row["indicator_key"] == "sector_revenue:accommodation_catering"
