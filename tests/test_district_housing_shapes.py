"""Figures of the housing and urban-rural construction report, the urban renewal report and the housing provident
fund's annual report, as district, county and city offices print them.

They print old residential compounds renovated (老旧小区综合整治X个，涉及居民Y户), shanty towns rebuilt by stage
(棚户区改造新开工X套，基本建成Y套), affordable housing raised and its parts (筹集保障性租赁住房X套，其中新建Y套、改建Z套),
lifts added and those running, real-estate investment and sales (商品房销售面积X万平方米…；销售额Y亿元), and the fund's
year in its fixed wording: units and workers paying in, sums paid in and drawn, loans granted (发放个人住房贷款X笔Y亿元),
the fund's market share (市场占有率), and the shares of loans by home (首套, 二套住房), by floor space (90（含）平方米以下,
90—144（含）平方米) and by age (30岁（含）以下).

The rules: 占有率 (a share held of a market) is a word of its own, no 占 of a share of a whole; 二套住房 (a second
home) is a name, no count of houses; a band of floor space or of ages a share is of names the share, its bounds are
no figures, and the inclusive note （含） after a bound is no part of anything; a thing counted before by the stage it
reached (棚户区改造新开工) is named without that stage when a later stage of it is counted (基本建成的棚户区改造); a measure
carried from the quantity before is named with the words they share once (商品房销售面积…，销售额… → 商品房销售额); a
count whose clause is only a verb after a clause closing a set with 中 (城市更新项目中，已开工38个) is of those of the set
that did it; a part after 其中 named only by its verb (其中新建1800套) is the part of the things the whole counts that
the verb says, not the whole. A balance after the loans granted (发放个人住房贷款…，贷款余额…) is of those loans; a clause
closing a set with 中 (缴存职工中，…) names the whole of the shares after it; persons counted before 提取 are named by
it; a part of a floor space after 其中 (其中住宅) is named with the floor space measured; the fund's quantities, the
compounds renovated, lifts added and affordable rental housing raised have their glossary keys.

Sentences written in the form of these reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "一、2023年住房和城乡建设工作完成情况\n"
FUND = "2023年住房公积金年度报告\n二、业务运行情况\n"


# -- 占有率 is no share of a whole ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "comparator"), [
    # regression fixture in the form of a housing provident fund annual report (not real), modelled on the national
    # reports' share sentences 占全国的比重 (/work/shared/corpus/national_work_reports/2010.txt: 保障性住房…投资占44%)
    ("2023年，个人住房贷款市场占有率为18.6%，比上年减少0.8个百分点。", "18.6%", "个人住房贷款市场占有率", ""),
    ("2023年，个人住房贷款市场占有率为18.6%，比上年减少0.8个百分点。", "0.8个百分点", "个人住房贷款市场占有率", "上年"),
    # regression fixture, a variant (not real): no 为
    ("全区住房公积金市场占有率18.6%。", "18.6%", "住房公积金市场占有率", ""),
    # regression fixture, a variant (not real): 达到
    ("本地品牌市场占有率达到35%。", "35%", "本地品牌市场占有率", ""),
])
def test_market_share_is_a_word_of_its_own(s, printed, name, comparator):
    f = fact(FUND + s, printed)
    assert (f["indicator"], f["comparator"]) == (name, comparator)


# -- 二套住房 is a name -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "name"), [
    # regression fixture in the form of a housing provident fund annual report (not real), modelled on the real
    # 对符合条件的第二套普通自住房购买者 (/work/shared/corpus/national_work_reports/2009.txt)
    ("购买首套住房申请贷款占86.5%，购买二套住房申请贷款占13.5%。", "购买二套住房申请贷款"),
    # regression fixture, a variant (not real): 二套房
    ("支持二套房贷款1260笔。", "支持二套房贷款"),
])
def test_a_second_home_is_no_count_of_houses(s, name):
    f = facts(FUND + s)
    assert "二套" not in set(f["raw_value"])
    assert name in set(f["indicator"])


# -- bands of floor space and of ages -------------------------------------------------------------------------

BANDS = "职工贷款笔数中，购房建筑面积90（含）平方米以下占35.6%，90—144（含）平方米占56.2%，144平方米以上占8.2%。"
AGES = "贷款职工中，30岁（含）以下占38.5%，30岁—40岁（含）占42.3%，40岁—50岁（含）占15.2%，50岁以上占4.0%。"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a housing provident fund annual report (not real), modelled on the real
    # 城镇居民人均住房建筑面积由17.8平方米增加到近22平方米 (/work/shared/corpus/national_work_reports/2003.txt), the
    # floor space here the band of homes bought
    (BANDS, "35.6%", "购房建筑面积90平方米以下"),
    (BANDS, "56.2%", "90—144平方米"),
    (BANDS, "8.2%", "144平方米以上"),
    # regression fixture, a variant (not real): no inclusive notes
    ("职工贷款笔数中，购房建筑面积90平方米以下占35.6%，90—144平方米占56.2%，144平方米以上占8.2%。", "56.2%", "90—144平方米"),
    # regression fixture, a variant (not real): ages, modelled on the census bands 60岁及以上人口 the bulletins print
    (AGES, "38.5%", "30岁以下"),
    (AGES, "42.3%", "30岁—40岁"),
    (AGES, "4.0%", "50岁以上"),
])
def test_a_band_names_its_share(s, printed, name):
    f = fact(FUND + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "rate_pct")


@pytest.mark.parametrize("s", [BANDS, AGES])
def test_the_bounds_of_a_band_are_no_figures(s):
    # regression fixture (BANDS, AGES above): only the shares are facts
    assert set(facts(FUND + s)["raw_unit"]) == {"%"}


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture, a variant (not real): a floor space printed bare before 占, no band of sizes
    ("完成造林绿化1500平方米占年度计划的125%。", "1500平方米"),
    ("全区新增绿地面积12000平方米占全年任务的120%。", "12000平方米"),
    ("其中屋面防水1200平方米占34%。", "1200平方米"),
    ("人均住房面积达到35平方米占比提高。", "35平方米"),
    # regression fixture, a variant (not real): 占地 after a floor space
    ("项目总建筑面积3000平方米占地面积1200平方米。", "3000平方米"),
])
def test_a_floor_space_before_zhan_with_no_band_is_a_figure(s, printed):
    f = fact(HEAD + s, printed)
    assert (f["unit"], f["measure"]) == ("平方米", "level")


def test_an_inclusive_note_is_no_part_of_a_term():
    # regression fixture in the form of a housing provident fund annual report (not real), modelled on the national
    # reports' 存款 and 贷款余额 sentences (2003.txt: 2002年末消费贷款余额达1.07万亿元)
    s = "2023年末，住房公积金存款158.62亿元，其中活期2.35亿元，1年（含）以下定期45.62亿元，1年以上定期110.65亿元。"
    assert fact(FUND + s, "45.62亿元")["indicator"] == "1年以下定期"


# -- the stage a count reached is no part of the things counted -----------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district housing report (not real), modelled on the real
    # 新开工保障性安居工程666万套，基本建成544万套 (/work/shared/corpus/national_work_reports/2014.txt)
    ("棚户区改造新开工2350套，基本建成1860套，分别完成年度任务的104.4%和103.3%。", "1860套", "基本建成的棚户区改造"),
    ("棚户区改造新开工2350套，基本建成1860套，分别完成年度任务的104.4%和103.3%。", "103.3%", "基本建成的棚户区改造"),
    # regression fixture, a variant (not real): compounds, 开工 and 完工
    ("老旧小区改造开工27个，完工9个。", "9个", "完工的老旧小区改造"),
    # regression fixture, a variant (not real): the real sentence's shape stays
    ("新开工保障性安居工程666万套，基本建成544万套。", "544万套", "基本建成的保障性安居工程"),
    # regression fixture, a variant (not real): 开工建设 is one verb
    ("开工建设安置房3260套，其中竣工2180套。", "2180套", "竣工的安置房"),
])
def test_a_later_stage_names_the_things_without_the_earlier(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a carried measure shares its words once ------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district housing report (not real), modelled on the real
    # 商品房销售9.37亿平方米，增长42.1% (/work/shared/corpus/national_work_reports/2010.txt) and 1-5月，商品房销售面积
    # 4.23万㎡，同比下降12.1% (/work/shared/gold/real/texts/ruyuan_m1to5_release.txt)
    ("商品房销售面积68.5万平方米，销售额186.2亿元。", "186.2亿元", "商品房销售额"),
    # regression fixture, a variant (not real): a growth between, a semicolon
    ("新建商品房销售面积85.6万平方米，同比下降15.2%；销售额256.3亿元，同比下降10.6%。", "256.3亿元", "新建商品房销售额"),
    ("新建商品房销售面积85.6万平方米，同比下降15.2%；销售额256.3亿元，同比下降10.6%。", "10.6%", "新建商品房销售额"),
    # regression fixture, a variant (not real): an amount the things counted own stays theirs
    ("新开工项目42个，总投资320亿元。", "320亿元", "新开工项目总投资"),
])
def test_a_carried_measure_names_its_shared_words_once(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_sales_carried_from_the_floor_space_have_their_key():
    # regression fixture (as above): the sales of commercial buildings, once named right, are the concept
    assert fact(HEAD + "商品房销售面积68.5万平方米，销售额186.2亿元。", "186.2亿元")["indicator_key"] == (
        "commercial_buildings_sales")


# -- those of a set closed by 中 that did it ------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district urban renewal report (not real), modelled on the real
    # 全年全区城市更新和城市建设项目224个,完成投资391.6亿元 (/work/shared/gold/real/texts/chengyang_qd_2022_bulletin.txt)
    ("城市更新项目中，已开工38个，开工率79.2%。", "38个", "已开工的城市更新项目"),
    # regression fixture, a variant (not real): 竣工
    ("全区重点项目中，已竣工12个。", "12个", "已竣工的重点项目"),
    # regression fixture, a variant (not real): 完工
    ("老旧小区改造项目中，已完工25个，完工率59.5%。", "25个", "已完工的老旧小区改造项目"),
])
def test_a_verb_after_a_set_closed_by_zhong_names_those_that_did_it(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a part after 其中 named by its verb ----------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district housing report (not real), modelled on the real
    # 新建、改扩建各类保障性住房200万套 (/work/shared/corpus/national_work_reports/2010.txt)
    ("全年筹集保障性租赁住房3200套，其中新建1800套，改建1400套。", "1800套", "新建的保障性租赁住房"),
    ("全年筹集保障性租赁住房3200套，其中新建1800套，改建1400套。", "1400套", "改建的保障性租赁住房"),
    # regression fixture, a variant (not real): 筹集建设, a list with 、
    ("全年筹集建设保障性租赁住房3200套，其中新建1800套、改建1400套。", "1800套", "新建的保障性租赁住房"),
    # regression fixture, a variant (not real): lifts running, 运行 a use as 投入使用
    ("完成加装电梯62部，其中已运行45部。", "45部", "已运行的加装电梯"),
    ("完成老旧小区加装电梯126部，其中已投入运行98部。", "98部", "已投入运行的老旧小区加装电梯"),
])
def test_a_part_named_by_its_verb_is_of_the_whole(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the fund's balance of the loans it granted ---------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a housing provident fund annual report (not real), modelled on the real
    # 发展居民住房、助学等消费信贷，2002年末消费贷款余额达1.07万亿元 (/work/shared/corpus/national_work_reports/2003.txt)
    ("2023年末，累计发放个人住房贷款12.56万笔、386.52亿元，贷款余额256.38亿元，分别比上年末增加7.3%、11.1%、7.3%。",
     "256.38亿元", "个人住房贷款余额", "personal_housing_loans_outstanding"),
    # regression fixture, a variant (not real): a scheme's loans
    ("全年发放创业担保贷款3.2亿元，贷款余额5.6亿元。", "5.6亿元", "创业担保贷款余额", ""),
    # regression fixture, a variant (not real): the loans added name no owner of the balance
    ("全年新增贷款120亿元，贷款余额2800亿元。", "2800亿元", "贷款余额", "loans_outstanding"),
    # regression fixture, a variant (not real): loans granted of no kind (the verb and 累计 name none)
    ("累计发放贷款38亿元，贷款余额256亿元。", "256亿元", "贷款余额", "loans_outstanding"),
    # regression fixture, a variant (not real): loans of every kind (各类) name none either
    ("发放各类贷款38亿元，贷款余额256亿元。", "256亿元", "贷款余额", "loans_outstanding"),
])
def test_a_balance_after_the_loans_granted_is_of_those_loans(s, printed, name, key):
    f = fact(FUND + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


# -- the whole a breakdown's shares are of --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "whole"), [
    # regression fixture in the form of a housing provident fund annual report (not real), modelled on the real
    # 2009年中央政府公共投资9243亿元…其中，保障性住房、农村民生工程、社会事业投资占44% (/work/shared/corpus/
    # national_work_reports/2010.txt): the shares of a whole its parts hold
    ("缴存职工中，国家机关和事业单位占28.6%，国有企业占21.3%。", "21.3%", "缴存职工"),
    ("提取金额中，购买、建造、翻建、大修自住住房占22.5%，偿还购房贷款本息占55.3%。", "55.3%", "提取金额"),
    (BANDS, "56.2%", "职工贷款笔数"),
])
def test_the_set_a_clause_closes_with_zhong_is_the_whole_of_its_shares(s, printed, whole):
    assert fact(FUND + s, printed)["comparator"] == whole


# -- the workers counted by what they did ---------------------------------------------------------------------

def test_workers_counted_by_their_withdrawal():
    # regression fixture in the form of a housing provident fund annual report (not real), modelled on the real
    # 上亿人喜迁新居 (/work/shared/corpus/national_work_reports/2018.txt): persons counted by what they did
    s = "2023年，28.65万名缴存职工提取住房公积金；提取额62.35亿元，同比增长5.2%。"
    assert fact(FUND + s, "28.65万名")["indicator"] == "提取住房公积金的缴存职工"
    assert fact(FUND + s, "62.35亿元")["indicator_key"] == "housing_fund_withdrawals"


# -- the parts of floor space and of investment ---------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district housing report (not real), modelled on the real
    # 1-5月，商品房销售面积4.23万㎡，同比下降12.1% (/work/shared/gold/real/texts/ruyuan_m1to5_release.txt)
    ("全年商品房销售面积52.6万平方米，同比下降8.3%，其中住宅45.3万平方米，同比下降6.5%。", "45.3万平方米", "住宅销售面积",
     "commercial_housing_sold_area"),
    ("全年商品房销售面积52.6万平方米，同比下降8.3%，其中住宅45.3万平方米，同比下降6.5%。", "6.5%", "住宅销售面积",
     "commercial_housing_sold_area"),
    # regression fixture, a variant (not real): the floor space under construction, modelled on the real 西城区房屋施工
    # 面积合计105.8万平方米 (/work/shared/gold/real/texts/xicheng_2018_h1_indicators.txt)
    ("全年房屋施工面积1256.3万平方米，其中住宅856.2万平方米。", "856.2万平方米", "住宅施工面积",
     "housing_floor_space_under_construction"),
    # regression fixture, a variant (not real): investment printed with its own name
    ("其中，住宅投资152.3亿元，同比下降3.6%，占房地产开发投资的64.4%。", "152.3亿元", "住宅投资",
     "residential_real_estate_investment"),
])
def test_a_part_of_floor_space_is_named_with_it(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


# -- the things allocated, and a project's investment of the year ---------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district housing report (not real), modelled on the real
    # 新开工保障性安居工程666万套，基本建成544万套 (/work/shared/corpus/national_work_reports/2014.txt)
    ("全年新增保障性住房680套，分配入住公租房526套，公租房入住率达到95.3%。", "526套", "分配入住公租房"),
    # regression fixture in the form of a district urban renewal report (not real), modelled on the real
    # 全年全区城市更新和城市建设项目224个,完成投资391.6亿元 (/work/shared/gold/real/texts/chengyang_qd_2022_bulletin.txt)
    ("全年实施城市更新项目56个，总投资386.5亿元，年度完成投资126.3亿元，同比增长8.5%。", "126.3亿元", "城市更新项目年度投资"),
    ("全年实施城市更新项目56个，总投资386.5亿元，年度完成投资126.3亿元，同比增长8.5%。", "8.5%", "城市更新项目年度投资"),
])
def test_allocated_houses_and_the_years_investment(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the concepts of the fund and of housing have their keys ---------------------------------------------------

FUND_YEAR = ("2023年，新开户单位1265家；实缴单位12563家，实缴职工45.63万人，缴存额98.65亿元，分别同比增长7.3%、2.5%、8.6%。"
             "2023年末，缴存总额986.32亿元，比上年末增加10.9%；缴存余额412.56亿元，同比增长9.8%。")


@pytest.mark.parametrize(("printed", "key"), [
    # regression fixture in the form of a housing provident fund annual report (not real), modelled on the national
    # reports' 住房公积金 and 消费贷款余额 sentences (2003.txt)
    ("12563家", "housing_fund_paying_units"),
    ("45.63万人", "housing_fund_paying_workers"),
    ("98.65亿元", "housing_fund_contributions"),
    ("8.6%", "housing_fund_contributions"),
    ("986.32亿元", "housing_fund_contributions_to_date"),
    ("412.56亿元", "housing_fund_balance"),
])
def test_the_funds_quantities_have_their_keys(printed, key):
    assert fact(FUND + FUND_YEAR, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed", "key"), [
    # the real 改造城镇老旧小区16.7万个，惠及2900多万家庭 (/work/shared/corpus/national_work_reports/2023.txt)
    ("改造城镇老旧小区16.7万个，惠及2900多万家庭。", "16.7万个", "old_compounds_renovated"),
    # regression fixture in the form of a district housing report (not real), modelled on it
    ("全年完成老旧小区综合整治35个，涉及居民1.2万户。", "35个", "old_compounds_renovated"),
    # regression fixture, a variant (not real): lifts added
    ("完成老旧小区加装电梯126部，同比增长18.9%。", "126部", "lifts_added_to_existing_homes"),
    # regression fixture, a variant (not real): affordable rental housing raised
    ("保障性租赁住房筹集2600套（间），完成年度目标的108.3%。", "108.3%", "affordable_rental_housing_raised"),
    # regression fixture, a variant (not real): a loan ratio of the fund
    ("发放个人住房贷款2365笔9.86亿元，个贷率85.6%，住房公积金使用率92.3%。", "85.6%", "housing_fund_loan_ratio"),
    ("发放个人住房贷款2365笔9.86亿元，个贷率85.6%，住房公积金使用率92.3%。", "92.3%", "housing_fund_utilisation_rate"),
])
def test_the_housing_concepts_have_their_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture, a variant (not real): the compounds' projects are no count of compounds, and the real
    # 竣工面积可达三千多万平方米 of workers' housing (/work/shared/corpus/national_work_reports/1979.txt) no floor space
    # real-estate developers completed
    ("全年完成老旧小区改造项目16个，涉及居民楼128栋。", "16个"),
    ("全国将用三十亿元建设职工住宅（企业自建的在外），竣工面积可达三千多万平方米。", "三千多万平方米"),
])
def test_a_near_name_stays_unkeyed(s, printed):
    assert fact(HEAD + s, printed)["indicator_key"] == ""
