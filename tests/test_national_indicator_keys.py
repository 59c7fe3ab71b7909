"""Glossary keys of the indicators the State Council government work reports print year after year.

Each sentence is copied verbatim from the work-report corpus (the year of the report named in the test). The
indicators below recur across reports, as targets in one and outcomes in the next, and each gets the glossary key
of the concept printed — never a wider or narrower one — so that a target and its outcome meet by key.
"""

from __future__ import annotations

import pytest

from dhcheng_analysis.vocab import concept


@pytest.mark.parametrize(("year", "phrase", "printed", "indicator", "key"), [
    # pollutants beside so2 and cod: targets of 2016, outcomes of 2017
    (2017, "二氧化硫、氮氧化物排放量分别下降5.6%和4%", "4%", "氮氧化物排放量", "nox_emissions"),
    (2015, "二氧化硫、氮氧化物排放要分别减少3%左右和5%左右", "5%", "氮氧化物排放", "nox_emissions"),
    # shares and contributions
    (2018, "科技进步贡献率由52.2%提高到57.5%", "57.5%", "科技进步贡献率", "tech_progress_contribution"),
    (2016, "科技进步对经济增长的贡献率达到60%", "60%", "科技进步对经济增长的贡献率", "tech_progress_contribution"),
    (2018, "消费贡献率由54.9%提高到58.8%", "58.8%", "消费贡献率", "consumption_contribution"),
    (2018, "服务业比重从45.3%上升到51.6%", "51.6%", "服务业比重", "tertiary_share"),
    (2023, "清洁能源消费占比由20.8%上升到25%以上", "25%", "清洁能源消费占比", "clean_energy_share"),
    (2018, "煤炭消费比重下降8.1个百分点", "8.1个百分点", "煤炭消费比重", "coal_consumption_share"),
    (2018, "贫困发生率由10.2%下降到3.1%", "3.1%", "贫困发生率", "poverty_incidence"),
    (2019, "关税总水平由9.8%降至7.5%", "7.5%", "关税总水平", "tariff_level"),
    (2023, "高等教育毛入学率从45.7%提高到59.6%", "59.6%", "高等教育毛入学率", "higher_education_enrolment_rate"),
    # levels
    # the size of the economy (经济总量) is its GDP: a base printed in a review, a level a plan reaches
    (2016, "这些成绩，是在我国经济总量超过60万亿元的高基数上取得的", "60万亿元", "我国经济总量", "gdp"),
    (2016, "届时，我国经济总量超过90万亿元", "90万亿元", "我国经济总量", "gdp"),
    (2010, "完成造林8827万亩", "8827万亩", "造林面积", "afforestation_area"),
    (2014, "规模以上工业企业利润增长12.2%", "12.2%", "规模以上工业企业利润", "industrial_profit_above_size"),
    (2023, "普惠小微贷款余额从8.2万亿元增加到23.8万亿元", "23.8万亿元", "普惠小微贷款余额",
     "inclusive_small_micro_loans"),
    (2021, "劳动年龄人口平均受教育年限提高到11.3年", "11.3年", "劳动年龄人口平均受教育年限",
     "working_age_schooling_years"),
    (2008, "城镇职工基本养老保险制度不断完善，2007年参保人数突破2亿人", "2亿人", "城镇职工基本养老保险参保人数",
     "urban_employee_pension_insured"),
    (2010, "全国社会保障基金积累6927亿元", "6927亿元", "全国社会保障基金积累", "national_social_security_fund"),
    (2017, "技术交易额超过1万亿元", "1万亿元", "技术交易额", "tech_contract_turnover"),
    # programmes the reports plan in one year and count in the next, printed in several wordings
    (2015, "今年再解决6000万农村人口饮水安全问题", "6000万", "解决饮水安全问题的农村人口", "rural_safe_drinking_water"),
    (2008, "今年要再解决3200万农村人口的安全饮水问题", "3200万", "解决安全饮水问题的农村人口",
     "rural_safe_drinking_water"),
    (2017, "新建改建高速公路6700多公里、农村公路29万公里", "29万公里", "新建改建农村公路", "rural_roads_built"),
    (2010, "新建和改造农村公路38万公里", "38万公里", "新建和改造农村公路", "rural_roads_built"),
    (2007, "加快安全饮水设施建设，今年再解决3200万人的安全饮水问题", "3200万", "解决安全饮水问题的人口",
     "rural_safe_drinking_water"),
    (2010, "农村饮水安全工程使6069万农民受益", "6069万", "农村饮水安全工程受益的农民", "rural_safe_drinking_water"),
    (2012, "解决了6398万农村人口的饮水困难和60万无电地区人口的用电问题", "6398万", "解决饮水困难的农村人口",
     "rural_safe_drinking_water"),
    # the bills the State Council puts to the NPC Standing Committee, printed as the laws they ask it to make
    (2014, "国务院提请全国人大常委会制定修订法律34件，提出废止劳动教养制度议案", "34件", "提请全国人大常委会制定修订法律",
     "bills_submitted"),
    (2018, "提请全国人大常委会制定修订法律95部，制定修订行政法规195部", "95部", "提请全国人大常委会制定修订法律",
     "bills_submitted"),
    (2016, "国务院提请全国人大常委会审议法律议案11件，制定修订行政法规8部", "11件", "提请全国人大常委会审议法律议案",
     "bills_submitted"),
    (2018, "启动新的三年棚改攻坚计划，今年开工580万套", "580万套", "棚改开工", "shantytown_renovation"),
    (2010, "建设保障性住房300万套，各类棚户区改造住房280万套", "280万套", "各类棚户区改造住房",
     "shantytown_renovation"),
    # the shantytown part of the dwellings started, printed after 其中 with 新开工 carried from the total
    (2014, "今年新开工700万套以上，其中各类棚户区470万套以上", "470万套", "新开工各类棚户区", "shantytown_renovation"),
    (2016, "农村危房改造432万户", "432万户", "农村危房改造", "rural_dilapidated_houses_renovated"),
    (2014, "改造农村危房260万户", "260万户", "改造农村危房", "rural_dilapidated_houses_renovated"),
    (2015, "新开工保障性安居工程740万套，基本建成511万套", "740万套", "新开工保障性安居工程",
     "affordable_housing_started"),
    (2015, "新开工保障性安居工程740万套，基本建成511万套", "511万套", "基本建成的保障性安居工程",
     "affordable_housing_completed"),
    (2017, "新开工重大水利工程21项", "21项", "新开工重大水利工程", "major_water_projects_started"),
    (2022, "新开工改造城镇老旧小区5.6万个", "5.6万个", "新开工改造城镇老旧小区", "old_compounds_renovation_started"),
    (2019, "易地扶贫搬迁280万人", "280万人", "易地扶贫搬迁", "poverty_relocation"),
    (2017, "易地扶贫搬迁人口超过240万", "240万", "易地扶贫搬迁人口", "poverty_relocation"),
    (2016, "取消和下放311项行政审批事项", "311项", "取消和下放行政审批事项", "admin_approvals_cut"),
    (2010, "新增510万沼气用户", "510万", "新增沼气用户", "biogas_households_added"),
    # the central funds put under the direct-transfer mechanism: named by what they are put into (纳入…), planned in
    # 2021 and counted in 2022
    (2021, "将2.8万亿元中央财政资金纳入直达机制、规模明显大于去年", "2.8万亿元", "纳入直达机制的中央财政资金",
     "central_direct_funds"),
    (2022, "建立常态化财政资金直达机制，将2.8万亿元中央财政资金纳入直达范围", "2.8万亿元", "纳入直达范围的中央财政资金",
     "central_direct_funds"),
    # subsidy standards, raised every year under changing names of the scheme
    (2012, "城镇居民医保和新农合补助标准提高到每人每年240元", "240元", "城镇居民医保和新农合补助标准",
     "resident_medical_insurance_subsidy"),
    (2015, "财政补助标准由每人每年320元提高到380元", "380元", "城乡居民基本医保财政补助标准",
     "resident_medical_insurance_subsidy"),
    (2019, "居民医保人均财政补助标准增加30元", "30元", "居民医保人均财政补助标准", "resident_medical_insurance_subsidy"),
    (2015, "人均基本公共卫生服务经费补助标准由35元提高到40元", "40元", "人均基本公共卫生服务经费补助标准",
     "basic_public_health_funding"),
    (2023, "基本公共卫生服务经费人均财政补助标准从50元提高到84元", "84元", "基本公共卫生服务经费人均财政补助标准",
     "basic_public_health_funding"),
    (2014, "企业退休人员基本养老金水平提高10%", "10%", "企业退休人员基本养老金水平", "enterprise_retiree_pension"),
    # central spending and its share of GDP
    (2007, "全年中央财政用于“三农”支出3397亿元", "3397亿元", "中央财政用于“三农”支出",
     "central_agriculture_rural_spending"),
    (2011, "今年中央财政用于“三农”的投入拟安排9884.5亿元", "9884.5亿元", "中央财政用于“三农”的投入",
     "central_agriculture_rural_spending"),
    (2010, "中央财政用于科技的支出1512亿元", "1512亿元", "中央财政用于科技的支出", "central_science_technology_spending"),
    (2009, "今年中央财政科技投入1461亿元", "1461亿元", "中央财政科技投入", "central_science_technology_spending"),
    (2015, "全国财政性教育经费支出占国内生产总值比例超过4%", "4%", "全国财政性教育经费支出", "public_education_funding"),
    (2022, "大型商业银行普惠小微企业贷款增幅超过40%", "40%", "大型商业银行普惠小微企业贷款",
     "large_bank_inclusive_small_micro_loans"),
    # R&D super-deduction rates: raised as targets, the new rate counted as in force in the next report
    (2021, "将制造业企业加计扣除比例提高到100%", "100%", "制造业企业加计扣除比例", "rd_super_deduction_manufacturing"),
    (2022, "将制造业企业研发费用加计扣除比例提高到100%", "100%", "制造业企业研发费用加计扣除比例",
     "rd_super_deduction_manufacturing"),
    (2017, "科技型中小企业研发费用加计扣除比例由50%提高到75%", "75%", "科技型中小企业研发费用加计扣除比例",
     "rd_super_deduction_tech_smes"),
    (2022, "将科技型中小企业加计扣除比例从75%提高到100%", "100%", "科技型中小企业加计扣除比例",
     "rd_super_deduction_tech_smes"),
    # the residents' minimum basic pension, raised by the month
    (2019, "城乡居民基础养老金最低标准从每月70元提高到88元", "88元", "城乡居民基础养老金最低标准",
     "resident_basic_pension_minimum"),
    (2024, "城乡居民基础养老金月最低标准提高20元", "20元", "城乡居民基础养老金月最低标准",
     "resident_basic_pension_minimum"),
    # capacity cut year after year
    (2017, "全年退出钢铁产能超过6500万吨、煤炭产能超过2.9亿吨", "6500万吨", "钢铁产能", "steel_capacity"),
    (2018, "今年再压减钢铁产能3000万吨左右，退出煤炭产能1.5亿吨左右", "1.5亿吨", "煤炭产能", "coal_capacity"),
    # farmland and forest programmes planned each year
    (2018, "新增高标准农田8000万亩以上、高效节水灌溉面积2000万亩", "8000万亩", "新增高标准农田",
     "high_standard_farmland_built"),
    (2022, "新建1亿亩高标准农田", "1亿亩", "新建高标准农田", "high_standard_farmland_built"),
    (2018, "新增高标准农田8000万亩以上、高效节水灌溉面积2000万亩", "2000万亩", "新增高效节水灌溉面积",
     "efficient_irrigation_added"),
    (2016, "今年退耕还林还草1500万亩以上", "1500万亩", "退耕还林还草面积", "grain_for_green_area"),
    (2015, "今年新增退耕还林还草66.7万公顷", "66.7万公顷", "新增退耕还林还草面积", "grain_for_green_area"),
    # coal output printed as 煤产量 or 煤炭产量 is the raw coal output the statistics give
    (1959, "提出了钢产量一千八百万吨、煤产量三亿八千万吨、粮食产量一万零五百亿斤、棉花产量一亿担的四项指标",
     "三亿八千万吨", "煤产量", "raw_coal_output"),
    (1980, "能源工业，煤炭产量62，000万吨，比1980年预计增加1，000万吨", "62，000万吨", "煤炭产量", "raw_coal_output"),
    # the physical indicators a review sets beside growth
    (2014, "全社会用电量增长7.5%，货运量增长9.9%，主要实物量指标与经济增长相互匹配", "7.5%", "全社会用电量",
     "electricity_consumption"),
    (2014, "全社会用电量增长7.5%，货运量增长9.9%，主要实物量指标与经济增长相互匹配", "9.9%", "货运量", "freight_volume"),
    # the approvals cut, printed with 等事项 after them: the outcome of the target 再取消和下放行政审批事项200项以上
    (2014, "分批取消和下放了416项行政审批等事项", "416项", "取消和下放行政审批", "admin_approvals_cut"),
    # the year's trade of the report's own country (我国年…): the trade total, as 2001 prints it without 年
    (1998, "五年来，我国年进出口总额由1 6 5 5 亿美元增加到3 2 5 1 亿美元。", "1 6 5 5 亿美元", "我国年进出口总额",
     "foreign_trade"),
    (1998, "五年来，我国年进出口总额由1 6 5 5 亿美元增加到3 2 5 1 亿美元。", "3 2 5 1 亿美元", "我国年进出口总额",
     "foreign_trade"),
])
def test_a_recurring_national_indicator_gets_its_glossary_key(work_reports, year, phrase, printed, indicator, key):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["indicator"], f["indicator_key"]) == (indicator, key)


@pytest.mark.parametrize(("year", "phrase", "printed", "keys"), [
    (2016, "今年化学需氧量、氨氮排放量要分别下降2%，二氧化硫、氮氧化物排放量分别下降3%", "3%",
     {"二氧化硫排放量": "so2_emissions", "氮氧化物排放量": "nox_emissions"}),
    (2015, "化学需氧量、氨氮排放都要减少2%左右", "2%",
     {"化学需氧量排放": "cod_emissions", "氨氮排放": "ammonia_nitrogen_emissions"}),
])
def test_one_percent_printed_for_two_pollutants_keys_each(work_reports, year, phrase, printed, keys):
    # one figure printed once for both pollutants of the list gives a fact of each, each with its own key
    report, f = work_reports[year]
    at = report.text.index(phrase) + phrase.rindex(printed)
    here = f[(f["start"] <= at) & (f["end"] > at)]
    assert dict(zip(here["indicator"], here["indicator_key"], strict=True)) == keys


def test_a_share_named_by_its_part_gets_the_key_of_the_share(work_reports):
    # 2011: 非化石能源 with its whole 一次能源消费 as comparator is the glossary's 非化石能源占一次能源消费比重
    f = work_reports.fact_at(2011, "非化石能源占一次能源消费比重提高到11.4%", "11.4%")
    assert (f["indicator"], f["comparator"], f["indicator_key"]) == (
        "非化石能源", "一次能源消费", "non_fossil_energy_share")


def test_a_services_share_printed_after_gdp_is_of_gdp(work_reports):
    # 2015: 服务业增加值比重 leaves its whole out; the glossary names it, and GDP is printed just before
    f = work_reports.fact_at(2015, "服务业增加值比重由46.9%提高到48.2%", "48.2%")
    assert (f["indicator"], f["comparator"], f["indicator_key"]) == ("服务业增加值比重", "国内生产总值", "tertiary_share")


def test_a_pollutant_key_is_no_wider_than_the_pollutant():
    # a guard: the new names are whole names, not words inside longer ones
    from dhcheng_analysis.vocab import indicator_key

    assert indicator_key("氮氧化物排放量") != indicator_key("二氧化硫排放量")
    assert indicator_key("工业企业利润") != indicator_key("规模以上工业企业利润")
    assert indicator_key("新增造林绿化面积") != indicator_key("造林面积")
    assert indicator_key("社会融资规模余额") != indicator_key("社会融资规模")  # the stock, a concept of its own


@pytest.mark.parametrize(("year", "phrase", "printed", "indicator"), [
    (2016, "服务业在国内生产总值中的比重上升到50.5%", "50.5%", "服务业在国内生产总值中的比重"),
    (2011, "服务业增加值在国内生产总值中的比重提高4个百分点", "4个百分点", "服务业增加值在国内生产总值中的比重"),
    (2011, "服务业快速发展，在国内生产总值中占比提高2.5个百分点", "2.5个百分点", "服务业在国内生产总值中占比"),
])
def test_a_share_printed_as_in_its_whole_gets_the_key_of_the_share_named_zhan(
        work_reports, year, phrase, printed, indicator):
    # A在B中的比重 names the glossary's A占B比重 (服务业增加值占国内生产总值比重), however the part is printed
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["indicator"], f["indicator_key"]) == (indicator, "tertiary_share")


def test_a_share_named_by_its_part_and_whole_gets_the_key_of_the_glossary_share(work_reports):
    # X与Y之比 (X占Y的比重) names the glossary's share of X in Y when both are glossary concepts, however printed
    from dhcheng_analysis.vocab import indicator_key

    f = work_reports.fact_at(2017, "全社会研发经费支出与国内生产总值\u200b之比达到2.08%", "2.08%")
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (
        "全社会研发经费支出与国内生产总值之比", "rd_intensity", "rate_pct")
    assert indicator_key("研发经费支出占地区生产总值的比重") == "rd_intensity"
    assert indicator_key("第三产业增加值占地区生产总值比重") == "tertiary_share"
    assert indicator_key("消费与国民收入之比") == ""  # 消费 and 国民收入 name no glossary share
    # no part and whole printed: no share, the glossary's urban-rural income ratio
    assert indicator_key("城乡居民收入之比") == "urban_rural_income_ratio"


def test_a_share_in_a_whole_the_glossary_has_no_share_of_gets_no_key():
    # a guard: 1981's 消费在国民收入中的比重 names no glossary share, and its part alone is no key of it
    from dhcheng_analysis.vocab import indicator_key

    assert indicator_key("消费在国民收入中的比重") == ""
    assert indicator_key("税收收入在一般公共预算收入中的比重") == indicator_key("税收收入占一般公共预算收入比重")


def test_a_programme_key_is_no_wider_than_the_printed_programme():
    # a part of the programme, or the same words without the payer, stays without the key
    from dhcheng_analysis.vocab import indicator_key

    assert indicator_key("用于大病保险的居民基本医保人均财政补助标准") == ""  # 2018: the part spent on serious illness
    assert indicator_key("改建农村公路") == ""  # 2014: rebuilt only, not 新建改建
    assert indicator_key("“三农”投入") == ""  # 2009: the payer 中央财政 is not in the name
    assert indicator_key("新建改建高速公路") == ""
    assert indicator_key("保障性安居工程") == ""  # 2015: started or completed is not said in the name
    assert indicator_key("各类棚户区") == ""  # the areas, not the dwellings renovated in them


def test_shantytown_renovation_started_is_keyed_in_either_word_order():
    # a district or city report prints the dwellings started as 棚户区改造新开工 or 新开工棚户区改造
    from dhcheng_analysis.vocab import indicator_key

    for name in ("棚户区改造新开工", "新开工棚户区改造", "各类棚户区改造", "棚户区改造开工"):
        assert indicator_key(name) == "shantytown_renovation", name


def test_a_rate_or_capacity_key_is_no_wider_than_the_printed_name():
    # the rate of both kinds of firm at once, a standard not said to be the minimum, capacity said to be
    # backward only, and farmland not said to be built are other concepts
    from dhcheng_analysis.vocab import indicator_key

    assert indicator_key("制造业企业、科技型中小企业研发费用加计扣除比例") == ""  # 2023: the two rates printed as one
    assert indicator_key("城乡居民基础养老金标准") == ""  # 2015
    assert indicator_key("钢铁落后产能") == ""  # 2014: 淘汰钢铁2700万吨 … 等落后产能
    assert indicator_key("高标准农田") == ""


@pytest.mark.parametrize(("year", "phrase", "printed", "key"), [
    # the country owning its quantity by 的 (我国的 …) names the quantity all the same
    (1959, "我国的钢产量在一九五二年是一百三十五万吨，到一九五八年就增加到一千一百零八万吨", "一千一百零八万吨",
     "steel_output"),
    (1957, "以1957年的计划数字同1952年的实际数字作比较，我国的工业总产值增长一点二倍", "一点二倍", "industrial_output"),
    (1959, "大家知道，我国的粮食总产量，在解放前产量最高的一九三六年，只有二千七百七十四亿斤", "二千七百七十四亿斤",
     "grain_output"),
    # the growth of a quantity owned by 的 (…的增长速度) is the quantity's growth
    (1982, "一九八二年计划为百分之四，预计可以达到百分之六点四。两年平均每年递增百分之五点五", "百分之五点五",
     "gross_output_industry_agriculture"),
])
def test_a_quantity_owned_by_de_gets_the_key_of_the_quantity(work_reports, year, phrase, printed, key):
    assert work_reports.fact_at(year, phrase, printed)["indicator_key"] == key


def test_coal_as_a_unit_is_no_coal_output():
    # 1980: 每吨钢的综合能耗，由上年的2.51吨煤，降低到2.28吨煤 — coal the unit of an energy use, not coal produced
    from dhcheng_analysis.vocab import indicator_key

    assert indicator_key("煤") == ""


def test_a_year_after_a_scope_word_is_dropped_only_as_the_year_s():
    # 全市年… is the city's yearly quantity; 年度, 年末, 年均 after a scope word are periods or averages of their own,
    # and after a place not the report's (英国…年产量, 1959) the year stays in the name
    assert concept("全市年进出口总额").key == "foreign_trade"
    assert concept("全国年均进出口总额").key == ""
    assert concept("英国年进出口总额").key == ""


@pytest.mark.parametrize(("year", "phrase", "printed", "key"), [
    # the products of a list of industrial output, printed bare as coal, oil and steel are
    (1992, "钢突破７０００万吨，水泥和化肥（折纯）分别达到２．４８亿吨和１９８８万吨", "２．４８亿吨", "cement_output"),
    (1992, "钢突破７０００万吨，水泥和化肥（折纯）分别达到２．４８亿吨和１９８８万吨", "１９８８万吨", "fertilizer_output"),
    (1980, "原材料工业，钢产量3，500万吨，十种有色金属108万吨，水泥7，800万吨，化肥1，230万吨", "7，800万吨", "cement_output"),
    (1958, "化学肥料增产了十四万吨，水泥增产了将近三十万吨", "十四万吨", "fertilizer_output"),
    (1975, "发电量增长两倍，化肥增长三点三倍，拖拉机增长五点二倍", "三点三倍", "fertilizer_output"),
    # and chemical fibre, printed bare in the same lists
    (1979, "化学纤维由十四万六千吨增加到二十八万五千吨，增长百分之九十五", "二十八万五千吨", "chemical_fibre_output"),
    (1979, "化学纤维由十四万六千吨增加到二十八万五千吨，增长百分之九十五", "百分之九十五", "chemical_fibre_output"),
])
def test_cement_and_fertilizer_of_a_product_list_get_their_output_keys(work_reports, year, phrase, printed, key):
    assert work_reports.fact_at(year, phrase, printed)["indicator_key"] == key


def test_fertilizer_supplied_or_applied_is_no_fertilizer_output():
    from dhcheng_analysis.vocab import indicator_key

    assert indicator_key("国家供应的化学肥料") == ""  # 1964: what the state supplies, not what is produced
    assert indicator_key("化学肥料") == ""  # 1956: 政府供应农民饼肥和化学肥料４５０万吨 (bare, it may be a supply)


def test_the_planned_scale_of_fixed_asset_investment_is_fixed_asset_investment(work_reports):
    # 1992: the total the plan allows, a level of the investment whose growth (8 %) the same plan sets
    f = work_reports.fact_at(1992, "今年全国固定资产投资总规模为５７００亿元", "５７００亿元")
    assert (f["indicator_key"], f["status"]) == ("fixed_asset_investment", "target")
