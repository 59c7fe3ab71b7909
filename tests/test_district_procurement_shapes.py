"""Figures of the government procurement and public-resource trading reports (政府采购, 公共资源交易), as district and
county finance bureaus and trading centres print them.

Such a report prints the size of procurement (政府采购规模X亿元，同比增长X%，占全区财政支出的X%), its parts by class
(货物类、工程类、服务类采购) with their shares, the funds saved and the savings rate (节约资金, 资金节约率, 节资率), the
contracts awarded to small firms (授予中小企业合同金额, 其中授予小微企业合同金额) and the deals closed on the trading
platform (公共资源交易中心完成交易项目X个，交易额X亿元; 土地出让X宗，成交额X亿元，溢价率X%). The rules:

- classes listed before what is measured of them all (货物类、工程类、服务类采购分别增长…) each take what the last
  class prints after its 类, and a class of procurement (货物, 工程, 服务) before the last may leave its 类 to the last
  (货物、工程、服务类采购金额 → 货物类采购金额); a kind printing no 类 before a last class (粮食、肉类产量) is no
  class and takes none;
- the trading centre or service centre that does the work (区公共资源交易中心, 区政务服务中心, 区招投标中心) opens no
  name, as a bureau (区市场监管局) opens none: 区公共资源交易中心完成交易项目865个 counts 交易项目; only a verb of
  doing after the centre (完成, 办理, after 全年, 累计, 共) makes it the actor: a centre built, invested in or owning
  what is counted (区域医疗中心建设投资, 区级医疗中心床位) keeps its name, and 区块, 区县, 市场, 市级 head no acting body;
- the value of the deals after their count (土地出让45宗，成交额98.6亿元; 工程建设招投标项目356个，交易额62.3亿元) is
  the value of those deals, as 金额 and 总投资 after a count are;
- the glossary knows the size of procurement (政府采购规模, 政府采购金额), the savings rate (政府采购资金节约率,
  政府采购节资率; a bare 资金节约率 or 节资率 may be an audit's or a review's, so it takes no key), the
  savings (政府采购节约资金), the contracts awarded to small and micro firms and the value of public-resource trading.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "一、2023年全区政府采购和公共资源交易工作情况\n"


# -- classes listed before what is measured of them ------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district procurement report (not real), modelled on the real list of
    # parts measured alike, 高技术制造业、战略性新兴产业增加值分别增长18.2%和12.7% (beijing_2017_h1.txt), and on
    # the national reports' 工程建设、土地出让、产权交易、医药购销和政府采购等领域 (2006.txt)
    ("货物类、工程类、服务类采购分别增长5.6%、10.2%和8.9%。", "5.6%", "货物类采购"),
    # regression fixture, a variant (not real): the middle class
    ("货物类、工程类、服务类采购分别增长5.6%、10.2%和8.9%。", "10.2%", "工程类采购"),
    # regression fixture, a variant (not real): the classes before the last leave their 类 to it
    ("货物、工程、服务类采购金额分别为3.56亿元、6.12亿元和3.84亿元。", "3.56亿元", "货物类采购金额"),
    # regression fixture, a variant (not real)
    ("货物、工程、服务类采购金额分别为3.56亿元、6.12亿元和3.84亿元。", "6.12亿元", "工程类采购金额"),
    # regression fixture, a variant (not real): the last class keeps its name
    ("货物、工程、服务类采购金额分别为3.56亿元、6.12亿元和3.84亿元。", "3.84亿元", "服务类采购金额"),
    # regression fixture, a variant (not real): 和 before the last, shares after
    ("货物类和服务类采购分别占采购总规模的25.6%和29.3%。", "25.6%", "货物类采购"),
])
def test_classes_share_what_the_last_measures(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): a list with no class word keeps its names
    ("工业和服务业增加值分别增长5.2%和6.1%。", "5.2%", "工业增加值"),
])
def test_a_list_without_classes_keeps_its_names(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district farm output report (not real), modelled on the national reports'
    # 油料、肉类、水产品的产量预计可以完成计划 (1980.txt): a kind listed before a class word of the last item
    # (肉类) is no class, takes no 类 and keeps its glossary key
    ("粮食、肉类产量分别为1200万吨和300万吨。", "1200万吨", "粮食", "grain_output"),
    # regression fixture, a variant (not real): three kinds
    ("粮食、油料、肉类产量分别增长2.1%、3.2%和4.5%。", "2.1%", "粮食", "grain_output"),
    ("粮食、油料、肉类产量分别增长2.1%、3.2%和4.5%。", "3.2%", "油料", "oilseed_output"),
    # regression fixture, a variant (not real): a fall of cotton and fibre crops
    ("棉花、麻类产量分别下降2.1%和3.4%。", "2.1%", "棉花", "cotton_output"),
    # regression fixture, a variant (not real): spending on areas, the last a class
    ("教育、文化类支出分别增长5.1%和6.2%。", "5.1%", "教育支出", "education_expenditure"),
    ("住房、交通类支出分别增长3.1%和4.2%。", "3.1%", "住房支出", None),
    # regression fixture, a variant (not real): meat and poultry
    ("猪肉、禽类产量分别增长3.1%和5.2%。", "3.1%", "猪肉", None),
])
def test_kind_before_a_class_word_takes_no_class(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert f["indicator"] == name
    if key:
        assert f["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): classes each printing their 类 name each class
    ("一类、二类、三类水质断面比例分别为20%、30%和50%。", "30%", "二类水质断面比例"),
    ("一类、二类、三类水质断面比例分别为20%、30%和50%。", "20%", "一类水质断面比例"),
])
def test_classes_printing_their_class_word_name_each_class(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a centre doing the work opens no name --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district public-resource trading report (not real), modelled on the
    # national reports' 严禁领导干部插手政府采购、工程招标、土地矿业权拍卖等经济活动 (2012.txt)
    ("区公共资源交易中心全年完成交易项目865个，交易额156.3亿元，同比增长12.6%。", "865个", "交易项目"),
    # regression fixture, a variant (not real): no 全年
    ("县公共资源交易中心共完成交易项目268宗。", "268宗", "交易项目"),
    # regression fixture, a variant (not real): a tendering centre
    ("区招投标中心累计完成工程招标项目235个。", "235个", "工程招标项目"),
    # regression fixture, a variant (not real): the amount the centre closed
    ("区公共资源交易中心完成交易额176.8亿元，完成全年目标的110.5%。", "176.8亿元", "交易额"),
    # regression fixture, a variant (not real): a government service centre
    ("区政务服务中心全年办理事项56万件。", "56万件", "办理事项"),
])
def test_centre_doing_the_work_opens_no_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): a regional centre is a place named, no body doing the work
    ("区域中心城市建设投资增长5%。", "5%", "区域中心城市建设投资"),
])
def test_regional_centre_is_part_of_the_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district investment report (not real), modelled on the centres built in
    # 中央财政再支持…2400所城市社区卫生服务中心建设 (2009.txt) and 中国移动杭州研发中心、长江新能源客车等重大项目开工建设
    # (yuhang_hz_2015_gwr.txt): a centre built or invested in is what the figure is about
    ("区域医疗中心建设完成投资3.5亿元。", "3.5亿元", "区域医疗中心建设投资"),
    # regression fixture, a variant (not real): a county's centre, and the growth of its investment
    ("县域医疗中心建设投资2.3亿元，同比增长15%。", "2.3亿元", "县域医疗中心建设投资"),
    ("县域医疗中心建设投资2.3亿元，同比增长15%。", "15%", "县域医疗中心建设投资"),
    # regression fixture, a variant (not real): a district's centre rebuilt
    ("区体育中心改造投资1.2亿元。", "1.2亿元", "区体育中心改造投资"),
    # regression fixture, a variant (not real): 市级 is a level, no place heading an acting body
    ("市级文化中心建设完成投资4.2亿元。", "4.2亿元", "市级文化中心建设投资"),
    # regression fixture, a variant (not real): the beds a centre owns
    ("区级医疗中心床位1200张。", "1200张", "区级医疗中心床位"),
    # regression fixture, a variant (not real): 区块 is no place
    ("区块链创新中心入驻企业56家。", "56家", "区块链创新中心入驻企业"),
    # regression fixture, a variant (not real): 区县 heads the centre's name
    ("区县融媒体中心建设投入资金1200万元。", "1200万元", "区县融媒体中心建设投入资金"),
    # regression fixture, a variant (not real): 市场 is no place
    ("市场监管中心抽检食品2300批次。", "2300批次", "市场监管中心抽检食品"),
    # regression fixture, a variant (not real): what a centre counts without a verb of doing keeps the centre
    ("市急救中心年出车3.5万次。", "3.5万次", "市急救中心年出车"),
    ("市疾控中心检测样本5.6万份。", "5.6万份", "市疾控中心检测样本"),
])
def test_centre_the_figure_is_about_keeps_its_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the value of the deals after their count -----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district public-resource trading report (not real), modelled on the
    # national reports' 重点治理工程建设、土地出让、产权交易、医药购销和政府采购等领域 (2006.txt) and on the real
    # budget report's amounts after their items (税收收入112446万元,完成年初预算207380万元的54.22%;
    # yongning_2020_h1_budget.txt)
    ("土地出让45宗，成交额98.6亿元，溢价率12.3%。", "98.6亿元", "土地出让成交额"),
    # regression fixture, a variant (not real): the deals of works tendering after 其中
    ("其中，工程建设招投标项目356个，交易额62.3亿元，节约资金3.5亿元，节资率5.3%。", "62.3亿元", "工程建设招投标项目交易额"),
    # regression fixture, a variant (not real): the contracts won
    ("其中，工程建设项目招标投标326宗，中标金额58.6亿元，节资率8.5%。", "58.6亿元", "工程建设项目招标投标中标金额"),
    # regression fixture, a variant (not real): state property traded
    ("国有产权交易38宗，成交金额3.56亿元，溢价0.45亿元，溢价率14.5%。", "3.56亿元", "国有产权交易成交金额"),
    # regression fixture, a variant (not real): 交易金额 and a growth of it
    ("全区进场交易项目986个，交易金额186.5亿元，分别增长8.6%和15.3%。", "15.3%", "进场交易项目交易金额"),
])
def test_value_of_the_deals_after_their_count(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): an amount named with its owner keeps its name
    ("网上商城交易额8650万元，较上年增长12.3%。", "8650万元", "网上商城交易额"),
])
def test_value_named_with_its_owner_keeps_it(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- glossary keys ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key", "measure"), [
    # regression fixture in the form of a district procurement report (not real), modelled on the national
    # reports' 在要素获取、准入许可、经营运行、政府采购和招投标等方面 (2019.txt) and the real budget report's share
    # 税收收入占全部组织财政收入的… (yongning_2020_h1_budget.txt)
    ("全区政府采购规模12.56亿元，同比增长8.3%，占全区一般公共预算支出的10.2%。", "12.56亿元",
     "government_procurement_spending", "level"),
    # regression fixture, a variant (not real): the share of spending
    ("全区政府采购规模12.56亿元，同比增长8.3%，占全区一般公共预算支出的10.2%。", "10.2%",
     "government_procurement_spending", "rate_pct"),
    # regression fixture, a variant (not real): the savings rate, named as the procurement's
    ("政府采购资金节约率5.2%，同比提高0.3个百分点。", "5.2%", "procurement_savings_rate", "rate_pct"),
    # regression fixture, a variant (not real): the savings rate, named as the procurement's
    ("全区政府采购节资率6.8%。", "6.8%", "procurement_savings_rate", "rate_pct"),
    # a bare 资金节约率 or 节资率 may be the rate of any savings (an audit's, a review's), none the procurement's:
    # regression fixture, a variant (not real): the bare rate after funds saved is no procurement's
    ("全年节约财政资金6850万元，资金节约率5.2%。", "5.2%", "", "rate_pct"),
    # regression fixture, a variant (not real): the bare rate of tendering on the platform
    ("通过公共资源交易平台节约资金4.56亿元，节资率6.8%。", "6.8%", "", "rate_pct"),
    # regression fixture in the form of a district audit report (not real), modelled on the national reports'
    # 对国家的财政金融机构、企业事业组织的财务收支进行审计监督 (1982.txt): the rate of an audit's savings
    ("全年完成政府投资项目审计56个，审减金额2.3亿元，资金节约率9.8%。", "9.8%", "", "rate_pct"),
    # regression fixture, a variant (not real): the rate of a fiscal review's savings
    ("财政评审项目120个，审减资金1.5亿元，节资率12%。", "12%", "", "rate_pct"),
    # regression fixture, a variant (not real): the savings named as the procurement's
    ("政府采购节约资金0.69亿元，同比增长12.5%。", "0.69亿元", "procurement_savings", "level"),
    # regression fixture, a variant (not real): the part awarded to small and micro firms
    ("授予中小企业合同金额9.87亿元，占78.6%，其中授予小微企业合同金额6.54亿元，占66.3%。", "6.54亿元",
     "procurement_awarded_to_small_micro_firms", "level"),
    # regression fixture, a variant (not real): the value of public-resource trading, an estimate
    ("预计全年公共资源交易额突破160亿元。", "160亿元", "public_resource_trading_value", "level"),
])
def test_glossary_keys_of_procurement(s, printed, key, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator_key"], f["measure"]) == (key, measure)


def test_bare_savings_is_no_procurement_concept():
    # regression fixture, a variant (not real): 节约资金 alone may be any funds saved, so it takes no key
    assert fact(HEAD + "全年节约财政资金6850万元，资金节约率5.2%。", "6850万元")["indicator_key"] == ""
