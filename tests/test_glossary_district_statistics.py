"""Glossary keys of more standard statistical quantities the district, city and national reports print.

Verbatim sentences of the real excerpts, the constructed district texts and the national work reports (the file in the
comment of each case): births and deaths, the components of per-capita income and per-capita consumption expenditure,
unsold commercial housing, industrial electricity, natural gas and above-size industrial energy consumption, airport
passengers, containers and coastal port cargo, sewage treatment and reclaimed water, park green space per head, forest
stock, tourist visits and tourism revenue, car output and sales, renovation and technical renovation investment, the
average wage, overseas contracted projects and service outsourcing, high-tech and strategic emerging industries,
construction output, hospital beds per head, cross-border e-commerce, retail sales of cars, petroleum and appliances,
wheat, early rice, oil and sugar crops, work-safety deaths, afforestation, new enterprises, rural labour moved into jobs,
postgraduates enrolled and graduated, domestic fiscal revenue, extra-budgetary funds, FDI absorbed, urban and rural
housing built, the poverty line, pork, beef and mutton, oil and sugar crops printed bare, cultivated land
printed with 总面积 and the grain area printed as 种植面积, 生产面积 or 生产总面积, the re-employment rate of the
registered unemployed, inclusive preschool coverage, the residents' medical insurance coverage and household waste collected a day, the revenue remitted up, the three public expenses (a name opening with a
quoted word keeps its quotes) and the budget stabilisation fund's balance; a count printed with 总数 is the count. A sub-area's
figure, a wider or narrower quantity and a bare word stay unkeyed.
"""

from __future__ import annotations

import pytest
from _sentences import fact

import dhcheng_analysis as dh
from dhcheng_analysis.vocab import indicator_key

# tests/gold/real/texts/lintao_2024_m2_budget.txt
LINTAO_LEVELS = ("从层级看:上划中央收入7716万元,占收入的45.24%,同比增收1417万元,增长22.5%;上划省级收入2432万元"
                 ",占收入的14.26%,同比增收357万元,增长17.2%;上划市级收入6万元,占收入的0.04%,同比减收71万元,下降92.21%。")
# shared/corpus/national_work_reports/1982.txt
Y1982_CROPS = ("一九八二年预计同一九八○年比较，棉花增长百分之二十一点九，油料增长百分之三十九，糖料增长百分之二十九点二，"
               "茶叶增长百分之二十一，猪牛羊肉总产量增长百分之六点八。")


@pytest.mark.parametrize(("text", "printed", "key"), [
    # tests/gold/real/texts/district_2021_bulletin_rank.txt
    ("全年出生人口1552人,出生率为5.3‰;死亡人口1911人,死亡率为6.5‰;人口自然增长率为-1.2‰。", "1552人", "births"),
    ("全年出生人口1552人,出生率为5.3‰;死亡人口1911人,死亡率为6.5‰;人口自然增长率为-1.2‰。", "1911人", "deaths"),
    # tests/gold/real/texts/xuanwu_nj_2021_h1.txt
    ("上半年,外贸进出口额同比增长29.5%;实际利用外资总额完成1.37亿美元;服务贸易进出口额预计完成2.8亿美元,完成年计划65%;"
     "服务外包执行额完成14.4亿美元,完成年计划51.7%", "14.4亿美元", "service_outsourcing_executed"),
    # tests/gold/constructed/xuhui_2022_q1q3/xuhui_2022_q1q3.txt
    ("居民人均可支配收入61235元，同比增长1.8%，其中人均工资性收入38420元。", "38420元", "per_capita_wage_income"),
    # tests/gold/constructed/traditional_2020_h1/traditional_2020_h1.html
    ("全區居民人均可支配收入38564元，同比增長1.5%；人均消費支出17238元，下降9.6%。", "17238元",
     "per_capita_consumption_expenditure"),
    # tests/gold/constructed/haidian_2021_h1/haidian_2021_h1.txt
    ("上半年，全区新设科技型企业1.26万家，同比增长9.4%；国家高新技术企业总数达到10520家，占全市的36.8%。", "10520家",
     "national_high_tech_firms"),
    ("下半年重点推进：①新开工亿元以上项目20个；②引进年营收5亿元以上企业30家；③新增城镇就业2万人以上；④完成老旧小区综合整治"
     "15个、背街小巷整治120条；⑤人均公园绿地面积达到11.2平方米。", "11.2平方米", "park_green_space_per_capita"),
    # tests/gold/constructed/kunshan_2021_q1q3/kunshan_2021_q1q3.html
    ("工业技改投资增长24.6%，实施智能化改造项目386个，制造业数字化转型步伐明显加快。", "24.6%",
     "industrial_technical_renovation_investment"),
    ("限额以上批发和零售业零售额增长21.8%，住宿和餐饮业零售额增长32.4%；网络零售额达到416.2亿元，同比增长26.5%，新型消费持续活跃。",
     "416.2亿元", "online_retail_sales"),
    # tests/gold/constructed/mixed_units/mixed_units.txt
    ("全社会用电量完成684,215万千瓦时，同比下降3.6%；其中工业用电量312,480万千瓦时，增速为-6.2%。", "312,480万千瓦时",
     "industrial_electricity_consumption"),
    ("天然气消费量4.36亿立方米，同比增长2.8%。", "4.36亿立方米", "natural_gas_consumption"),
    ("规模以上工业综合能源消费量86.5万吨标准煤，同比下降5.1%，万元地区生产总值能耗下降3.2%。", "86.5万吨标准煤",
     "industrial_energy_consumption_above_size"),
    ("机场保障航班起降5.62万架次，同比下降38.4%；完成旅客吞吐量1,286.3万人次，同比降低52.7%；货邮吞吐量完成63.9万吨，增长-8.6%。",
     "1,286.3万人次", "passenger_throughput"),
    ("再生水利用量0.86亿立方米，同比增长7.2%；污水处理率达到97.3%，比2019年同期提高1.2个百分点。", "0.86亿立方米",
     "reclaimed_water_use"),
    ("再生水利用量0.86亿立方米，同比增长7.2%；污水处理率达到97.3%，比2019年同期提高1.2个百分点。", "97.3%",
     "sewage_treatment_rate"),
    ("确保集装箱吞吐量达到26万标箱，机场航班起降恢复至12万架次以上。", "26万标箱", "container_throughput"),
    ("确保城镇登记失业率控制在3%以内，新增就业岗位不少于2.5万个，再生水利用率提高到百分之六十以上。", "百分之六十",
     "reclaimed_water_use_rate"),
    # tests/gold/constructed/short_bulletins/short_bulletins.txt
    ("【房地产】房地产市场总体平稳，上半年，全区商品房销售面积42.6万平方米，同比增长35.1%；截至6月末，商品房待售面积186.3万平方米，"
     "比上年末减少8.7万平方米，去化周期有所缩短。", "186.3万平方米", "commercial_buildings_unsold_area"),
    # tests/gold/constructed/shunyi_2022_fy/shunyi_2022_fy.txt
    ("受芯片短缺和物流受阻影响，汽车制造业实现产值1420.5亿元，汽车产量45.3万辆，下降9.7%；其中新能源汽车产量6.8万辆，增长1.5倍。",
     "45.3万辆", "car_output"),
    # shared/corpus/national_work_reports/1957.txt
    ("1952年全国职工年平均工资是每人446元，1956年提高到610元。", "446元", "average_wage"),
    # shared/corpus/national_work_reports/1980.txt
    ("1979年全民所有制职工全年工资总额（包括奖金在内）比上年增加60亿元；职工的年平均工资达到705元，比上年增加61元。", "705元",
     "average_wage"),
    # shared/corpus/national_work_reports/1986.txt
    ("经过多方测算和对财力物力的反复平衡，“七五”计划草案规定，五年内全民所有制单位基本建设投资总规模为五千亿元，比“六五”期间增加"
     "百分之四十九；更新改造投资二千七百六十亿元，比“六五”期间增加百分之八十七。", "二千七百六十亿元", "renovation_investment"),
    # shared/corpus/national_work_reports/1993.txt
    ("铁路货运周转量增长百分之二十三，达到１１６２０亿吨公里；沿海港口货物吞吐量增长百分之五十九，达到５．９亿吨；公路货运周转量增长"
     "百分之三十六，达到３６１７亿吨公里；城乡电话总容量增长１．１倍，达到２８６０万门。", "５．９亿吨", "coastal_port_cargo_throughput"),
    # shared/corpus/national_work_reports/2003.txt
    ("五年全国共完成技术改造投资2.66万亿元，比前五年增长67%。", "2.66万亿元", "technical_renovation_investment"),
    # shared/corpus/national_work_reports/2010.txt
    ("全年汽车销售1364万辆，增长46.2%；商品房销售9.37亿平方米，增长42.1%；社会消费品零售总额实际增长16.9%，消费对经济增长的拉动"
     "作用明显增强。", "1364万辆", "car_sales"),
    ("企业“走出去”逆势上扬，非金融类对外直接投资和对外工程承包营业额分别达433亿美元和777亿美元。", "777亿美元",
     "overseas_contracting_turnover"),
    # shared/corpus/national_work_reports/2011.txt
    ("非化石能源占一次能源消费比重提高到11.4%，单位国内生产总值能耗和二氧化碳排放分别降低16%和17%，主要污染物排放总量减少8%至10%，"
     "森林蓄积量增加6亿立方米，森林覆盖率达到21.66%。", "6亿立方米", "forest_stock"),
    # tests/gold/real/texts/district_2021_bulletin_rank.txt
    ("规模工业中,战略性新兴产业工业产值增长77.2%,增幅高于全市平均水平55.4个百分点,对规模以上工业贡献率为73.7%。", "77.2%",
     "strategic_emerging_output"),
    ("全区粮食生产总面积321140亩,比上年增长3.8%,粮食总产量132772吨,比上年增长1.1%。其中:小麦面积和产量是95517亩和37554吨,"
     "比上年增长5.1%和4.6%,水稻面积和产量是208043亩", "37554吨", "wheat_output"),
    ("全区粮食生产总面积321140亩,比上年增长3.8%,粮食总产量132772吨,比上年增长1.1%。", "321140亩", "grain_sown_area"),
    ("全区粮食生产总面积321140亩,比上年增长3.8%,粮食总产量132772吨,比上年增长1.1%。", "3.8%", "grain_sown_area"),
    # tests/gold/constructed/changping_2021_fy/changping_2021_fy.txt
    ("建成社区卫生服务站12家,每千人医疗卫生机构床位数4.6张。", "4.6张", "hospital_beds_per_1000"),
    # tests/gold/constructed/chaoyang_2020_fy_plan/chaoyang_2020_fy_plan.txt
    ("生产安全事故起数和死亡人数分别下降5%和8%，亿元地区生产总值生产安全事故死亡率下降10%，常态化疫情防控储备集中隔离房间不少于3000间。",
     "10%", "work_safety_deaths_per_gdp"),
    # tests/gold/constructed/pudong_2019_fy/pudong_2019_fy.txt
    ("生产安全事故死亡人数比上年下降12.5%，未发生较大及以上生产安全事故。", "12.5%", "work_safety_deaths"),
    ("规模以上工业总产值10436.2亿元，比上年下降0.8%；其中战略性新兴产业产值4125.7亿元，增长6.9%，占规模以上工业总产值的比重达39.5%，"
     "较上年提高2.7个百分点。", "4125.7亿元", "strategic_emerging_output"),
    # tests/gold/constructed/kunshan_2021_q1q3/kunshan_2021_q1q3.html
    ("高新技术产业产值占规上工业比重达到52.0%，比上年同期提高1.8个百分点。", "52.0%", "high_tech_industry_output"),
    # tests/gold/constructed/yiwu_2023_h1/yiwu_2023_h1.txt
    ("规上工业增加值186.7亿元，同比增长9.6%，增速居全省第5位；其中高新技术产业增加值112.3亿元，增长13.4%，占规上工业的60.2%。",
     "112.3亿元", "high_tech_industry_va"),
    ("粮食播种面积8.62万亩，早稻产量1.94万吨，分别比上年同期增长3.2%和2.6%。", "1.94万吨", "early_rice_output"),
    # tests/gold/constructed/mixed_units/mixed_units.txt
    ("新建道路40千米，完成造林绿化2,000公顷，每个街道打造5至8个精品小微绿地。", "2,000公顷", "afforestation_added"),
    # tests/gold/constructed/tianhe_2021_q1/tianhe_2021_q1.txt
    ("跨境电商进出口额15.6亿元,增长2.3倍。", "15.6亿元", "cross_border_ecommerce_trade"),
    ("分类别看,汽车类零售额68.2亿元,增长1.2倍;石油及制品类零售额下降2.3%,降幅比去年同期收窄8.6个百分点。", "68.2亿元",
     "retail_sales_cars"),
    ("分类别看,汽车类零售额68.2亿元,增长1.2倍;石油及制品类零售额下降2.3%,降幅比去年同期收窄8.6个百分点。", "2.3%",
     "retail_sales_petroleum"),
    # shared/corpus/national_work_reports/1980.txt
    ("1979年油料产量644万吨，比上年增加122万吨；肉类产量1，062万吨，比上年增加206万吨。", "644万吨", "oilseed_output"),
    # shared/corpus/national_work_reports/1981.txt
    ("糖料产量将比去年增长１０％以上。", "１０％", "sugar_crops_output"),
    # shared/corpus/national_work_reports/2025.txt
    ("围绕扩大有效需求，扎实推进“两重”建设，加力支持“两新”工作，设备购置投资增长15.7%，家电类商品零售额增长12.3%。", "12.3%",
     "retail_sales_appliances"),
    # tests/gold/constructed/tianhe_2021_q1/tianhe_2021_q1.txt
    ("一季度新登记市场主体1.87万户,同比增长45.2%;其中新登记企业1.12万户,增长38.6%。", "1.12万户", "new_enterprises"),
    # tests/gold/constructed/shunyi_2022_fy/shunyi_2022_fy.txt
    ("深化“放管服”改革，政务服务事项全程网办比例达到96.5%，企业开办实现1日办结；全年新设企业8640户，增长3.8%。", "8640户",
     "new_enterprises"),
    ("城镇新增就业2.36万人，完成年度计划的118%；农村劳动力转移就业3200余人。", "3200", "rural_labour_transferred"),
    # shared/corpus/national_work_reports/2011.txt (the verb before the labour moved: 转移农业劳动力)
    ("教育、科技、文化、卫生、体育事业全面进步。城镇新增就业5771万人，转移农业劳动力4500万人；城镇居民人均可支配收入和农村居民人均纯收入"
     "年均分别实际增长9.7%和8.9%；覆盖城乡的社会保障体系逐步健全。", "4500万人", "rural_labour_transferred"),
    # shared/corpus/national_work_reports/1982.txt
    ("一九八五年招收研究生二万人，比一九八○年增长四点五倍，五年内毕业研究生四万五千人。", "二万人", "postgraduates_enrolled"),
    ("一九八五年招收研究生二万人，比一九八○年增长四点五倍，五年内毕业研究生四万五千人。", "四万五千人", "postgraduates_graduated"),
    # shared/corpus/national_work_reports/1988.txt
    ("国内财政收入１９８７年达到２２４３．６亿元，平均每年增长１２．９％；预算外资金１９８７年达到１９３０亿元，平均每年增长１９．２％。",
     "２２４３．６亿元", "domestic_fiscal_revenue"),
    ("国内财政收入１９８７年达到２２４３．６亿元，平均每年增长１２．９％；预算外资金１９８７年达到１９３０亿元，平均每年增长１９．２％。",
     "１９３０亿元", "extra_budgetary_funds"),
    ("五年间全国通过各种方式使用国外贷款１５３．８亿美元，吸收外商直接投资８７．８亿美元。", "８７．８亿美元", "utilised_fdi"),
    # shared/corpus/national_work_reports/1986.txt
    ("“六五”期间，城镇住宅竣工面积达六亿三千多万平方米，农村新建住房三十二亿平方米。", "六亿三千", "urban_housing_completed"),
    ("“六五”期间，城镇住宅竣工面积达六亿三千多万平方米，农村新建住房三十二亿平方米。", "三十二亿平方米", "rural_housing_built"),
    # shared/corpus/national_work_reports/1994.txt
    ("全年城镇新建住宅２．７亿平方米，农村新建房屋５．７亿平方米。", "２．７亿平方米", "urban_housing_completed"),
    # shared/corpus/national_work_reports/2013.txt
    ("新十年指导意见和一系列区域发展规划，加快推进西藏、新疆等地区跨越式发展，制定实施新十年农村扶贫开发纲要，将扶贫标准提高到2300元"
     "（2010年不变价），加强集中连片特殊困难地区扶贫攻坚。", "2300元", "poverty_line"),
    # shared/corpus/national_work_reports/2012.txt (新的: the standard at the level it is set to anew)
    ("中央决定将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准，比2009年提高92％，把更多农村低收入人口纳入扶贫范围，"
     "这是社会的巨大进步。", "2300元", "poverty_line"),
    ("中央决定将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准，比2009年提高92％，把更多农村低收入人口纳入扶贫范围，"
     "这是社会的巨大进步。", "92％", "poverty_line"),
    # shared/corpus/national_work_reports/1982.txt
    (Y1982_CROPS, "百分之三十九", "oilseed_output"),
    (Y1982_CROPS, "百分之六点八", "pork_beef_mutton_output"),
    # shared/corpus/national_work_reports/1958.txt
    ("在今年，全国耕地总面积计划达到十六亿九千二百四十五万亩，比上一年增加一千零二十五万亩；全国农作物播种总面积计划达到二十四亿一千四百"
     "八十万亩，比上一年增加六千八百九十万亩；全国灌溉总面积计划达到六亿亩以上。", "十六亿九千二百四十五万亩", "cultivated_land_area"),
    # tests/gold/real/texts/xicheng_m1to5_indicators_table.txt
    ("截至5月底,西城区城镇登记失业率为2.37 %,同比增加1.17个百分点;城镇登记失业人员就业率为44.98%,同比减少3.79个百分点。", "44.98%",
     "registered_unemployed_employment_rate"),
    # tests/gold/constructed/dongcheng_2019_h1/dongcheng_2019_h1.txt
    ("新增中小学学位2400个,学前教育普惠率达到76.5%。", "76.5%", "affordable_kindergarten_coverage"),
    ("开展职业技能培训1.3万人次,城乡居民基本医疗保险参保率达到98.5%。", "98.5%", "resident_medical_coverage_rate"),
    # tests/gold/constructed/fengtai_2020_h1/fengtai_2020_h1.txt
    ("全区生活垃圾日均清运量1986吨，同比减少6.3%，厨余垃圾分出量占比提高至17.4%。", "1986吨", "household_waste_daily_collected"),
    # tests/gold/real/texts/lintao_2024_m2_budget.txt
    (LINTAO_LEVELS, "7716万元", "revenue_remitted_central"),
    (LINTAO_LEVELS, "2432万元", "revenue_remitted_province"),
    (LINTAO_LEVELS, "92.21%", "revenue_remitted_city"),
    # tests/gold/constructed/budget_2022_final/budget_2022_final.txt
    ("全区“三公”经费支出3862万元，比上年下降12.4%。", "3862万元", "three_public_expenses"),
    ("年初预算稳定调节基金余额42300万元，当年补充8350万元、调入使用25000万元，年末余额25650万元。", "25650万元",
     "budget_stabilisation_fund_balance"),
    # tests/gold/constructed/budget_2023/budget_2023.txt
    ("严控一般性支出，上半年一般性支出压减比例达到12.5%，“三公”经费支出下降8.6%，腾出资金优先保障民生和重点领域支出。", "8.6%",
     "three_public_expenses"),
])
def test_a_district_statistic_has_its_key(text: str, printed: str, key: str) -> None:
    assert fact(text, printed)["indicator_key"] == key


@pytest.mark.parametrize(("text", "printed"), [
    # tests/gold/constructed/mixed_units/mixed_units.txt: the bonded zone's containers, not the place's
    ("综合保税区完成集装箱吞吐量12.6万标箱，同比增长4.3%；进出口总额实现1,045.8亿元，增速为-11.2%。", "12.6万标箱"),
    # tests/gold/constructed/shunyi_2022_fy/shunyi_2022_fy.txt: one named airport
    ("受疫情影响，首都国际机场旅客吞吐量1270.3万人次，比上年下降61.9%；货邮吞吐量98.9万吨，下降29.4%，降幅比上年扩大14.2个百分点。",
     "1270.3万人次"),
    # tests/gold/constructed/short_bulletins/short_bulletins.txt: the visits of some scenic spots; a bare income word
    ("【假日旅游】端午假期，全区推出多条文化旅游精品线路，全区重点监测的12家A级景区共接待游客23.5万人次，同比增长41.2%，实现营业收入"
     "逾1800万元，假日文旅市场安全有序、平稳火爆。", "23.5万人次"),
    ("【居民收入】上半年，全区居民人均可支配收入38526元，增长9.8%，其中工资性收入24310元，增长8.7%；财产净收入3120元，下降2.6%。",
     "24310元"),
    # shared/corpus/national_work_reports/1986.txt: the real wage, not the money wage
    ("根据到本世纪末全国人民生活达到小康水平的目标和今后五年生产发展的可能，计划草案规定，全国农民的纯收入平均每年增长百分之七；"
     "职工实际平均工资平均每年增长百分之四左右，加上就业人口的增加，城市居民的年平均收入的增长率将高于这个数字。", "百分之四"),
    # shared/corpus/national_work_reports/2011.txt: labour services with the contracted projects, wider
    ("企业“走出去”步伐明显加快，累计对外直接投资2200亿美元，对外工程承包和劳务合作营业额3352亿美元。", "3352亿美元"),
    # written: 新的 before a name of things (no level word) counts new firms, no stock of them
    ("全区有新的国家高新技术企业50家。", "50家"),
])
def test_a_sub_area_or_wider_quantity_stays_unkeyed(text: str, printed: str) -> None:
    assert fact(text, printed)["indicator_key"] == ""


def test_a_category_of_retail_sales_is_no_part_of_the_cross_border_trade_before_it() -> None:
    # tests/gold/constructed/tianhe_2021_q1/tianhe_2021_q1.txt
    f = dh.extract_facts(dh.load_report("跨境电商进出口额15.6亿元,增长2.3倍。\n"
                                        "分类别看,汽车类零售额68.2亿元,增长1.2倍;石油及制品类零售额下降2.3%,降幅比去年同期收窄8.6个百分点。"))
    oil = f[(f["indicator"] == "石油及制品类零售额") & (f["measure"] == "yoy_pct")].iloc[0]
    assert (oil["indicator_key"], oil["parent_id"], oil["relation"]) == ("retail_sales_petroleum", "", "")


def test_the_output_of_qualified_construction_firms_is_the_construction_sectors() -> None:
    # tests/gold/constructed/short_bulletins/short_bulletins.txt
    row = fact("【建筑业】上半年，全区资质内建筑业企业完成总产值1326.5亿元，同比增长9.3%，增速比一季度提高2.7个百分点，在外埠市场的"
               "施工产值增长较快。", "1326.5亿元")
    assert (row["indicator_key"], row["dimension"]) == ("construction_output", "sector")


def test_the_domestic_fiscal_revenue_is_a_fiscal_total() -> None:
    # shared/corpus/national_work_reports/1982.txt
    row = fact("一九八一年国内财政收入比一九七八年减少一百多亿元，减少近百分之十。", "一百多亿元")
    assert (row["indicator_key"], row["dimension"]) == ("domestic_fiscal_revenue", "total")


def test_the_consumption_expenditure_is_no_part_of_the_income_before_it() -> None:
    # tests/gold/constructed/haidian_2021_h1/haidian_2021_h1.txt
    f = dh.extract_facts(dh.load_report(
        "居民人均可支配收入52816元，同比增长11.2%，其中人均工资性收入38624元，增长10.4%；人均消费支出27645元，增长13.8%。"))
    wage = f[f["raw_value"] == "38624"].iloc[0]
    spend = f[f["raw_value"] == "27645"].iloc[0]
    assert (wage["indicator_key"], wage["relation"]) == ("per_capita_wage_income", "part")
    assert (spend["indicator_key"], spend["relation"], spend["parent_id"]) == ("per_capita_consumption_expenditure", "", "")


@pytest.mark.parametrize(("name", "key"), [
    ("全体居民人均消费支出", "per_capita_consumption_expenditure"), ("人均财产净收入", "per_capita_net_property_income"),
    ("人均经营净收入", "per_capita_net_business_income"), ("人均转移净收入", "per_capita_net_transfer_income"),
    ("机场旅客吞吐量", "passenger_throughput"), ("港口集装箱吞吐量", "container_throughput"),
    ("规上工业综合能源消费量", "industrial_energy_consumption_above_size"), ("出生人数", "births"),
    ("旅游总收入", "tourism_revenue"), ("接待游客人次", "tourist_visits"), ("汽车销量", "car_sales"),
    ("技改投资", "technical_renovation_investment"), ("工业技术改造投资", "industrial_technical_renovation_investment"),
    ("职工全年的平均工资", "average_wage"), ("工人职员的平均工资", "average_wage"), ("全国职工的平均工资", "average_wage"),
    ("对外承包工程完成营业额", "overseas_contracting_turnover"), ("网络零售额", "online_retail_sales"),
    ("“三公”经费", "three_public_expenses"), ("、“三公”经费支出；", "three_public_expenses"),
    ("钢材的产量", "rolled_steel_output"), ("化学纤维的产量", "chemical_fibre_output"), ("耕地总面积", "cultivated_land_area"),
    ("粮食种植面积", "grain_sown_area"), ("粮食的播种面积", "grain_sown_area"), ("粮食总播种面积", "grain_sown_area"),
    ("粮食生产面积", "grain_sown_area"),
    # the statistical releases' printing of the balances, with 各项 (all kinds of deposits or loans)
    ("金融机构本外币各项存款余额", "deposits_outstanding"), ("本外币各项存款余额", "deposits_outstanding"),
    ("金融机构各项存款余额", "deposits_outstanding"), ("金融机构本外币各项贷款余额", "loans_outstanding"),
    ("本外币各项贷款余额", "loans_outstanding"), ("金融机构各项贷款余额", "loans_outstanding"),
    # the releases' 商品销售额 of the trade sectors is their sales (dongcheng_2024_h1: 批发和零售业…商品销售额仍同比下降)
    ("限额以上批发和零售业商品销售额", "sector_sales_above_size:wholesale_retail"),
    ("限额以上批发业商品销售额", "sector_sales_above_size:wholesale"), ("批发和零售业商品销售额", "sector_sales:wholesale_retail"),
    # one group of residents, and housing sold: concepts of their own, never the all-residents' or all goods' ones
    ("城镇居民人均消费支出", "urban_per_capita_consumption_expenditure"), ("商品房销售额", "commercial_buildings_sales"),
])
def test_an_alias_or_printing_names_the_same_quantity(name: str, key: str) -> None:
    assert indicator_key(name) == key


@pytest.mark.parametrize("name", [
    "工资性收入", "财产净收入",  # bare words: of all residents, of the urban or of the rural ones, or not per head
    "农村居民人均工资性收入",  # one group of residents
    "死亡人数",  # of accidents as often as of the population
    "首都国际机场旅客吞吐量", "综合保税区集装箱吞吐量",  # one airport, one zone
    "武侯祠、锦里片区接待游客",  # some spots
    "职工实际平均工资",  # the real wage
    "对外工程承包和劳务合作营业额",  # wider
    "网上商品零售额",  # goods only
    "高新技术企业总数", "高新技术企业数量", "新认定高新技术企业",  # no glossary count (national or provincial)
    "高新技术企业产值",  # the high-tech firms, not the high-tech industries
    "跨境电商交易额",  # trade inside the country too
    "小麦",  # a bare crop (output or area)
    "玉米种植面积",  # the area of one grain crop the glossary has no concept of
    "中央财政支出",  # in the reports, the central spending on one programme as often as all of it
    "亏损面",  # of which firms
    "城市新建职工住宅",  # the staff's housing of the cities, narrower
    "钢材", "发电设备",  # bare products: a plant's capacity, a set's size as often as the output
    "生活垃圾清运量",  # the period's total, not the daily average
    "“三公”", "“美丽院落”",  # a quoted word alone
    "金融机构人民币各项存款余额", "人民币各项贷款余额",  # renminbi only, narrower than the balances in both currencies
    "商品销售额",  # of no sector (商品房销售额 is the sales of housing sold, a concept of its own)
])
def test_a_near_name_stays_unkeyed(name: str) -> None:
    assert indicator_key(name) == ""
