"""Figures of the real estate market report (房地产市场运行情况), as district and county statistics and housing offices
print it each quarter.

They print the developers' investment and its parts by use (房地产开发投资X亿元，同比下降X%，其中住宅投资…；办公楼投资…),
the floor space under construction, started and completed, the commercial buildings sold (商品房销售面积…，销售额…),
the new homes and second-hand homes sold with their floor space and average price (新建商品住宅成交X套，同比…，成交面积
X万平方米，成交均价X元/平方米), the stock unsold and the months to sell it (待售面积, 去化周期), the land sold (出让国有建设
用地X宗，面积X公顷，成交价款X亿元) and the affordable housing raised, started and completed.

The rules: a quantity a transaction or a sale owns (成交面积, 成交均价, 成交价款) named bare after the count of the homes or
parcels is of those homes or parcels, the growth printed right after the count (同比下降13.5%) no set of its own between
them, and the area printed after the parcels (面积156.3公顷 → 出让国有建设用地面积) no set either; a growth after a count of
persons or visits leaves the quantity after it alone (接待游客…人次，同比增长…，实现营业收入). A list of uses sharing a
quantity of the market (住宅、办公楼、商业营业用房销售面积分别为…) gives each use the whole quantity printed last, not
its last word (住宅销售面积, not 住宅面积). The market's quantities have their glossary keys, and a part of the
investment, the floor space or the sales by use names its whole in the headline table.

Sentences written in the form of these reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import warnings

import pytest
from _sentences import fact

import dhcheng_analysis as dh

HEAD = "一、2023年全区房地产市场运行情况\n"


# -- a quantity of the homes or parcels counted before, past the growth of the count ------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district real estate market report (not real), modelled on
    # 1-5月,商品房销售面积4.23万㎡,同比下降12.1% (/work/shared/gold/real/texts/ruyuan_m1to5_release.txt) and
    # 商品房销售9.37亿平方米，增长42.1% (/work/shared/corpus/national_work_reports/2010.txt)
    ("全年新建商品住宅成交5862套，同比下降13.5%，成交面积63.4万平方米，成交均价12356元/平方米，同比下降2.8%。",
     "63.4万平方米", "新建商品住宅成交面积"),
    # regression fixture, a variant (not real): the average price after the floor space
    ("全年新建商品住宅成交5862套，同比下降13.5%，成交面积63.4万平方米，成交均价12356元/平方米，同比下降2.8%。",
     "12356元/平方米", "新建商品住宅成交均价"),
    # regression fixture, a variant (not real): the growth of the average price
    ("全年新建商品住宅成交5862套，同比下降13.5%，成交面积63.4万平方米，成交均价12356元/平方米，同比下降2.8%。",
     "2.8%", "新建商品住宅成交均价"),
    # regression fixture, a variant (not real): second-hand homes, the other name in brackets
    ("全区二手房（存量房）成交3215套，同比增长18.6%，成交面积29.8万平方米，同比增长16.2%。",
     "29.8万平方米", "二手房（存量房）成交面积"),
    # regression fixture, a variant (not real): the count and the floor space listed with 、
    ("新建商品住宅成交5862套、成交面积63.4万平方米，分别同比下降13.5%和11.2%。", "11.2%", "新建商品住宅成交面积"),
])
def test_quantity_of_the_homes_counted_before(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district land supply report (not real), modelled on the investment
    # sentence 房地产开发投资累计完成14.3亿元,比去年同期下降77.2% (/work/shared/gold/real/texts/xicheng_2018_h1_indicators.txt)
    ("全年共出让国有建设用地28宗，面积156.3公顷，成交价款45.6亿元，同比下降32.1%。", "45.6亿元", "出让国有建设用地成交价款"),
    # regression fixture, a variant (not real): the growth of the price
    ("全年共出让国有建设用地28宗，面积156.3公顷，成交价款45.6亿元，同比下降32.1%。", "32.1%", "出让国有建设用地成交价款"),
    # regression fixture, a variant (not real): the area of the parcels stays theirs
    ("全年共出让国有建设用地28宗，面积156.3公顷，成交价款45.6亿元，同比下降32.1%。", "156.3公顷", "出让国有建设用地面积"),
    # regression fixture, a variant (not real): land in 亩, a part after 其中
    ("全年出让土地28宗，面积2345亩，成交价款45.6亿元，其中住宅用地成交价款38.2亿元，占83.8%。", "45.6亿元", "出让土地成交价款"),
    # regression fixture, a variant (not real): the part's price
    ("全年出让土地28宗，面积2345亩，成交价款45.6亿元，其中住宅用地成交价款38.2亿元，占83.8%。", "38.2亿元", "住宅用地成交价款"),
])
def test_price_of_the_parcels_sold(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): the count's own growth and a quantity of the projects counted
    ("全区新开工项目42个，同比增加5个，总投资320亿元。", "320亿元", "新开工项目总投资"),
    # regression fixture, a variant (not real): a growth of the visits counted leaves the revenue after it alone
    ("全区重点监测的12家A级景区共接待游客23.5万人次，同比增长41.2%，实现营业收入1800万元。", "1800万元", "营业收入"),
])
def test_growth_of_a_count_before_a_quantity(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a list of uses sharing the market's quantity -----------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district real estate market report (not real), modelled on
    # 上半年信息服务业收入、商务服务业收入、商品房销售面积均实现10%以上增长 (/work/shared/gold/real/texts/dongcheng_2023_h1.txt)
    ("全年住宅、办公楼、商业营业用房销售面积分别为48.3万平方米、2.1万平方米和3.2万平方米。", "48.3万平方米", "住宅销售面积"),
    # regression fixture, a variant (not real): the second item
    ("全年住宅、办公楼、商业营业用房销售面积分别为48.3万平方米、2.1万平方米和3.2万平方米。", "2.1万平方米", "办公楼销售面积"),
    # regression fixture, a variant (not real): the floor space under construction, growths after
    ("住宅、办公楼施工面积分别为612.7万平方米和45.2万平方米，分别同比下降5.1%和8.3%。", "8.3%", "办公楼施工面积"),
    # regression fixture, a variant (not real): average prices of new and second-hand homes
    ("新建商品住宅和二手住宅成交均价分别为12356元/平方米和9865元/平方米。", "12356元/平方米", "新建商品住宅成交均价"),
])
def test_list_of_uses_shares_the_whole_quantity(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- glossary keys ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district real estate market report (not real), modelled on
    # 房地产开发投资下降6.4% (/work/shared/gold/real/texts/beijing_2017_h1.txt)
    ("办公楼投资8.3亿元，同比增长5.6%；商业营业用房投资6.1亿元，同比下降21.4%。", "8.3亿元", "office_real_estate_investment"),
    # regression fixture, a variant (not real)
    ("办公楼投资8.3亿元，同比增长5.6%；商业营业用房投资6.1亿元，同比下降21.4%。", "6.1亿元",
     "commercial_premises_real_estate_investment"),
    # regression fixture, a variant (not real), modelled on 其中,本年新开工面积为1.4万平方米 (xicheng_2018_h1_indicators.txt)
    ("全区房屋施工面积865.3万平方米，同比下降6.2%，其中住宅施工面积612.7万平方米，同比下降5.1%。", "612.7万平方米",
     "housing_floor_space_under_construction"),
    # regression fixture, a variant (not real): the housing's sales after its floor space
    ("其中，商品住宅销售面积48.3万平方米，同比下降7.2%；销售额59.7亿元，同比下降10.3%。", "59.7亿元", "commercial_housing_sales"),
    # regression fixture, a variant (not real)
    ("截至12月末，全区商品房待售面积98.6万平方米，其中商品住宅待售面积67.3万平方米。", "67.3万平方米",
     "commercial_housing_unsold_area"),
    # regression fixture, a variant (not real)
    ("商品住宅去化周期为14.2个月，较上年末增加2.3个月。", "14.2个月", "commercial_housing_destocking_months"),
    # regression fixture, a variant (not real)
    ("全区存量商品房去化周期为18个月。", "18个月", "commercial_buildings_destocking_months"),
    # regression fixture, a variant (not real)
    ("全年新建商品住宅成交5862套，同比下降13.5%，成交面积63.4万平方米。", "5862套", "new_housing_units_sold"),
    # regression fixture, a variant (not real)
    ("全年新建商品住宅成交5862套，同比下降13.5%，成交面积63.4万平方米。", "63.4万平方米", "new_housing_area_sold"),
    # regression fixture, a variant (not real)
    ("全区二手房（存量房）成交3215套，同比增长18.6%，成交面积29.8万平方米。", "3215套", "second_hand_housing_units_sold"),
    # regression fixture, a variant (not real)
    ("二手住宅成交均价9865元/平方米，同比下降4.3%。", "9865元/平方米", "second_hand_housing_average_price"),
    # regression fixture, a variant (not real)
    ("全区新建商品住宅价格指数同比下降1.2%，环比下降0.3%。", "1.2%", "new_housing_price_index"),
    # regression fixture, a variant (not real)
    ("预售许可面积45.2万平方米，同比下降25.6%。", "45.2万平方米", "presale_licensed_area"),
    # regression fixture in the form of a district housing report (not real), modelled on 今年城镇保障性住房基本建成
    # 470万套、新开工630万套 (/work/shared/corpus/national_work_reports/2013.txt)
    ("保障性租赁住房开工2860套，竣工1250套，分别完成年度任务的104.2%和96.1%。", "2860套", "affordable_rental_housing_started"),
    # regression fixture, a variant (not real)
    ("保障性租赁住房开工2860套，竣工1250套，分别完成年度任务的104.2%和96.1%。", "96.1%",
     "affordable_rental_housing_completed"),
    # regression fixture, a variant (not real)
    ("全年共出让国有建设用地28宗，面积156.3公顷，成交价款45.6亿元。", "28宗", "construction_land_parcels_sold"),
    # regression fixture, a variant (not real)
    ("全年共出让国有建设用地28宗，面积156.3公顷，成交价款45.6亿元。", "45.6亿元", "construction_land_sale_price"),
])
def test_market_quantities_have_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


# -- the parts by use name their whole in the headline table ------------------------------------------------

def test_parts_by_use_name_their_whole():
    # regression fixture in the form of a district real estate market report (not real), modelled on
    # 房地产开发投资累计完成14.3亿元,比去年同期下降77.2% (/work/shared/gold/real/texts/xicheng_2018_h1_indicators.txt)
    text = (HEAD + "1-9月，全区完成房地产开发投资86.5亿元，同比下降12.3%。办公楼投资8.3亿元，同比增长5.6%；"
            "商业营业用房投资6.1亿元，同比下降21.4%。")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = dh.headline_indicators(dh.load_report(text))
    parts = dict(zip(t["indicator"], t["part_of_indicator"], strict=True))
    assert parts["房地产开发投资"] == ""
    assert parts["办公楼投资"] == parts["商业营业用房投资"] == "房地产开发投资"
