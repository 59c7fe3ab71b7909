"""Glossary keys of the standard statistical quantities the district, city and national reports print again and again.

Verbatim sentences of the real excerpts, the constructed district texts and the national work reports (the file in the
comment of each case): the capital construction investment, light, heavy and handicraft output, gross social product,
the accumulation rate, the wage bill, rail and road freight, postal routes, the output of pig iron, cotton yarn, sugar
and vegetables, the sown area of vegetables, meat and aquatic output, poultry slaughtered, cultivated land, profits of
state-owned enterprises, the cultural industries and transport as sectors, affordable kindergartens, higher-education
enrolment, the birth and death rates, household waste recycling, high-value patents, work-safety accidents, sandy land, food
sampling, contracted FDI, foreign loans, new-energy vehicle sales, mobile internet users, 5G penetration, rural tap
water, equipment purchase, the government debt ratio, wetland protection, fiscal poverty funds, radio and television
coverage, green coverage of built-up areas and transport expenditure. A part, a wider or narrower quantity and a bare
word stay unkeyed.
"""

from __future__ import annotations

import pytest
from _sentences import fact

import dhcheng_analysis as dh
from dhcheng_analysis.vocab import indicator_key


@pytest.mark.parametrize(("text", "printed", "key"), [
    # shared/corpus/national_work_reports/1959.txt
    ("一九五九年基本建设投资总额，通过国家预算的部分，拟定为二百七十亿元，比一九五八年的二百一十四亿元增长百分之二十六。",
     "二百七十亿元", "capital_construction_investment"),
    # shared/corpus/national_work_reports/1985.txt
    ("１９７９年至１９８３年，轻工业总产值平均每年增长１１．２％，１９８４年增长１３．９％。", "１３．９％", "light_industry_output"),
    ("１９８２年重工业总产值比上年增长９．８％，１９８３年增长１２．４％，１９８４年增长１４．２％。", "９．８％",
     "heavy_industry_output"),
    # shared/corpus/national_work_reports/1958.txt
    ("一九五八年工业总产值计划达到六百四十三亿七千万元，手工业总产值计划达到一百零三亿七千万元。", "一百零三亿七千万元",
     "handicraft_output"),
    ("一九五八年的职工工资总额，计划安排为一百五十八亿元，比上一年增加五亿五千万元。", "一百五十八亿元", "wage_bill"),
    # shared/corpus/national_work_reports/1987.txt
    ("全国社会总产值达到１８７７４亿元，比上年增长９．１％；其中工农业总产值１５１０４亿元，比上年增长９．３％。",
     "１８７７４亿元", "gross_social_product"),
    # shared/corpus/national_work_reports/1980.txt
    ("积累率由1978年的36.5％，降为33.6％。", "33.6％", "accumulation_rate"),
    # shared/corpus/national_work_reports/1985.txt: the share of accumulation in the national income is the rate
    ("积累在国民收入中所占的比重，在调整初期由１９７８年的３６．５％降低到１９８１年的２８．５％，从１９８２年起略有回升。",
     "２８．５％", "accumulation_rate"),
    ("交通运输业，铁路货运量10.6亿吨，轮船、驳船货运量3.9亿吨，汽车货运量5.4亿吨。", "10.6亿吨", "rail_freight_volume"),
    ("棉纱产量286.5万吨，比1980年预计增加9万吨；纸520万吨，增加20万吨；糖260万吨，增加10万吨；", "286.5万吨",
     "cotton_yarn_output"),
    # shared/corpus/national_work_reports/1956.txt
    ("本年内铁路货物周转量将比上年增长１０％，客运周转量将增长４％。", "１０％", "rail_freight_turnover"),
    ("１９５６年邮路总长度将达到２２１万多公里，比上年增长２３％；电报线路总长度将达到５３．７万公里，比上年增长６％；"
     "邮电的业务量也将有相当的发展。", "２２１万", "postal_route_length"),
    ("（三）交通运输支出为２，８９５，７５３，０００元，占经济建设费总数的１８．０３％，比上年增长５１．５１％。",
     "５１．５１％", "transport_expenditure"),
    # shared/corpus/national_work_reports/1993.txt
    ("铁路货运周转量增长百分之二十三，达到１１６２０亿吨公里；沿海港口货物吞吐量增长百分之五十九，达到５．９亿吨；"
     "公路货运周转量增长百分之三十六，达到３６１７亿吨公里；城乡电话总容量增长１．１倍，达到２８６０万门。",
     "３６１７亿吨公里", "road_freight_turnover"),
    # shared/corpus/national_work_reports/1955.txt
    ("由于蒋介石反动派的破坏，在中华人民共和国成立的这一年，即一九四九年，全国生铁产量只有二十四万六千吨，"
     "钢产量只有十五万八千多吨。", "二十四万六千吨", "pig_iron_output"),
    # shared/corpus/national_work_reports/1982.txt
    ("棉花三百六十万吨，增长百分之三十三；纱三百五十九万吨，增长百分之二十二点八；食糖四百三十万吨，增长百分之六十七点三；"
     "原煤七亿吨，增长百分之十二点九。", "四百三十万吨", "sugar_output"),
    # tests/gold/constructed/shunyi_2022_fy/shunyi_2022_fy.txt
    ("蔬菜播种面积3.2万亩，蔬菜产量9.85万吨，下降6.3%；生猪出栏约8.6万头。", "9.85万吨", "vegetable_output"),
    # shared/gold/real/texts/minhang_sh_2015_bulletin.txt
    ("全年粮食播种面积2.29万亩,比上年增长1.3%;蔬菜播种面积7.03万亩,复种指数达5.3次。", "7.03万亩",
     "vegetable_sown_area"),
    ("蔬菜总产量6.69万吨;生猪出栏3.15万头,比上年下降19.3%;家禽出栏48.93万羽,比上年增长12.8%;水产品生产总量400吨,"
     "比上年下降7.4%。", "6.69万吨", "vegetable_output"),
    ("蔬菜总产量6.69万吨;生猪出栏3.15万头,比上年下降19.3%;家禽出栏48.93万羽,比上年增长12.8%;水产品生产总量400吨,"
     "比上年下降7.4%。", "48.93万羽", "poultry_slaughtered"),
    ("蔬菜总产量6.69万吨;生猪出栏3.15万头,比上年下降19.3%;家禽出栏48.93万羽,比上年增长12.8%;水产品生产总量400吨,"
     "比上年下降7.4%。", "7.4%", "aquatic_output"),
    # shared/corpus/national_work_reports/1980.txt
    ("1979年油料产量644万吨，比上年增加122万吨；肉类产量1，062万吨，比上年增加206万吨。", "1，062万吨", "meat_output"),
    # shared/corpus/national_work_reports/2013.txt
    ("大力兴修水利，开展农村土地整治，建设高标准农田，耕地面积保持在18.2亿亩以上。", "18.2亿亩", "cultivated_land_area"),
    # shared/corpus/national_work_reports/2018.txt
    ("国有企业效益明显好转，去年利润增长23.5%。", "23.5%", "soe_profit"),
    # tests/gold/constructed/dongcheng_2021_h1/dongcheng_2021_h1.txt
    ("文化产业实现收入486.2亿元，同比增长31.5%，两年平均增长2.8%。", "486.2亿元", "sector_revenue:culture_industry"),
    # shared/corpus/national_work_reports/2014.txt
    ("深化文化体制改革，加强文化市场建设，文化产业增加值增长15%以上。", "15%", "sector_va:culture_industry"),
    # shared/corpus/national_work_reports/1995.txt
    ("交通运输业增加值增长百分之六，铁路、公路、水路、航空运输、港口吞吐量都有较快增长。", "百分之六", "sector_va:transport"),
    # tests/gold/constructed/xicheng_2020_h1/xicheng_2020_h1.txt
    ("扶持社会力量办园,普惠性幼儿园覆盖率达到85%以上。", "85%", "affordable_kindergarten_coverage"),
    ("食品抽检合格率不低于98.5%,非急需非刚性支出压减比例不低于40%。", "98.5%", "food_sampling_pass_rate"),
    # shared/corpus/national_work_reports/1986.txt
    ("高等教育发展迅速，普通高等学校在校学生由一九八○年的一百一十四万人增加到一九八五年的一百七十万人。", "一百七十万人",
     "higher_education_enrolment"),
    ("全国通过各种形式使用国外贷款一百零三亿美元，吸收外商直接投资五十三亿美元，在各地建立了一批中外合资企业、合作经营企业"
     "和外资企业。", "一百零三亿美元", "foreign_loans_used"),
    # tests/gold/real/texts/district_2021_bulletin_rank.txt
    ("全年出生人口1552人,出生率为5.3‰;死亡人口1911人,死亡率为6.5‰;人口自然增长率为-1.2‰。", "5.3‰", "birth_rate"),
    ("全年出生人口1552人,出生率为5.3‰;死亡人口1911人,死亡率为6.5‰;人口自然增长率为-1.2‰。", "6.5‰", "death_rate"),
    # tests/gold/constructed/wuhou_2023_h1/wuhou_2023_h1.txt
    ("生活垃圾回收利用率达到42%，比上年同期提高3.5个百分点。", "42%", "household_waste_recycling_rate"),
    ("家庭医生签约服务覆盖率达到68.2%。", "68.2%", "family_doctor_contract_rate"),
    # tests/gold/constructed/xuhui_2022_q1q3/xuhui_2022_q1q3.txt
    ("新增国家级专精特新“小巨人”企业18家，每万人口高价值发明专利拥有量达到68.5件，技术合同成交额152.3亿元，同比增长26.4%。",
     "68.5件", "high_value_patents_per_10k"),
    # tests/gold/constructed/haidian_2022_q3/haidian_2022_q3.txt
    ("开展安全生产专项整治三年行动,排查整改各类隐患2.3万余项,生产安全事故起数比上年同期下降15.0%。", "15.0%",
     "work_safety_accidents"),
    ("进出口总额完成1456.2亿元,同比增长5.9%,其中出口额486.3亿元,增长13.7%。", "486.3亿元", "exports"),
    # shared/corpus/national_work_reports/2018.txt
    ("森林面积增加1.63亿亩，沙化土地面积年均缩减近2000平方公里，绿色发展呈现可喜局面。", "2000平方公里", "sandy_land_area"),
    # tests/gold/constructed/pudong_2019_fy/pudong_2019_fy.txt
    ("自由贸易试验区建设扎实推进，全年新设外资项目1863个，同比增长21.4%；合同外资186.7亿美元。", "186.7亿美元",
     "contracted_fdi"),
    # shared/corpus/national_work_reports/1992.txt
    ("全年新增外商投资企业１．２万多家，外商直接投资协议金额１２０亿美元，实际投资４３．７亿美元，签定了一大批大型对外合作项目。",
     "１２０亿美元", "contracted_fdi"),
    # shared/corpus/national_work_reports/2023.txt
    ("发展消费新业态新模式，采取减免车辆购置税等措施促进汽车消费，新能源汽车销量增长93.4%，开展绿色智能家电、绿色建材下乡，"
     "社会消费品零售总额保持基本稳定。", "93.4%", "nev_sales"),
    ("移动互联网用户数增加到14.5亿户。", "14.5亿户", "mobile_internet_users"),
    ("合理把握赤字规模，五年总体赤字率控制在3%以内，政府负债率控制在50%左右。", "50%", "government_debt_to_gdp"),
    ("实现符合条件的乡镇和建制村通硬化路、通客车，农村自来水普及率从80%提高到87%，多年累计改造农村危房2400多万户。", "87%",
     "rural_tap_water_coverage"),
    # shared/corpus/national_work_reports/2024.txt
    ("数字经济加快发展，5G用户普及率超过50%。", "50%", "user_penetration_5g"),
    # shared/corpus/national_work_reports/2025.txt
    ("围绕扩大有效需求，扎实推进“两重”建设，加力支持“两新”工作，设备购置投资增长15.7%，家电类商品零售额增长12.3%。",
     "15.7%", "equipment_purchase_investment"),
    # shared/corpus/national_work_reports/2017.txt
    ("全面推进脱贫攻坚，全国财政专项扶贫资金投入超过1000亿元。", "1000亿元", "fiscal_poverty_funds"),
    # tests/gold/constructed/chaoyang_2020_fy_plan/chaoyang_2020_fy_plan.txt
    ("新增造林绿化面积300公顷，建成区绿化覆盖率达到50.3%，确保完成市级下达的节能减排任务。", "50.3%",
     "built_up_green_coverage"),
])
def test_a_recurring_statistic_has_its_key(text: str, printed: str, key: str) -> None:
    assert fact(text, printed)["indicator_key"] == key


@pytest.mark.parametrize(("name", "key"), [
    ("基本建设投资额", "capital_construction_investment"), ("基本建设的投资", "capital_construction_investment"),
    ("轻工业产值", "light_industry_output"), ("重工业产值", "heavy_industry_output"),
    ("全国职工的工资总额", "wage_bill"), ("铁路货物运输量", "rail_freight_volume"),
    ("全国铁路运输的货物周转量", "rail_freight_turnover"), ("汽车货物周转量", "road_freight_turnover"),
    ("公路汽车货物周转量", "road_freight_turnover"), ("生铁", "pig_iron_output"), ("棉纱", "cotton_yarn_output"),
    ("人口出生率", "birth_rate"), ("人口死亡率", "death_rate"), ("合同利用外资", "contracted_fdi"), ("外商直接投资合同金额", "contracted_fdi"),
    ("广播的人口覆盖率", "radio_coverage"), ("电视的人口覆盖率", "tv_coverage"),
    ("交通运输方面支出", "transport_expenditure"), ("设备工器具购置投资", "equipment_purchase_investment"),
    ("规模以上文化产业收入", "sector_revenue_above_size:culture_industry"),
])
def test_an_alias_names_the_same_quantity(name: str, key: str) -> None:
    assert indicator_key(name) == key


@pytest.mark.parametrize("name", [
    "工资总额", "全民所有制职工工资总额",  # a bare word; one ownership's part of the wage bill
    "旅客周转量", "货物周转量",  # of all modes, or of one mode a list names before it
    "内河轮驳船货物周转量",  # another mode than rail and road
    "食品药品抽检合格率",  # food and drugs together, wider than food
    "扶贫资金",  # a bare word
    "利用外资",  # loans and direct investment together
    "宽带用户",  # fixed and mobile broadband together
    "新能源汽车产销量",  # output and sales together
    "高等学校在校学生人数",  # all higher education, not only the regular institutions
    "纱", "糖", "产量", "优良率", "达标率", "覆盖率", "普及率",
    "耕地保有量", "灌溉面积",
    "婴儿死亡率", "孕产妇死亡率",  # the deaths of infants and of mothers, per births, not of the population
])
def test_a_near_name_stays_unkeyed(name: str) -> None:
    assert indicator_key(name) == ""


def test_one_value_of_two_rates_is_the_wetland_protection_rate_of_one() -> None:
    # shared/corpus/national_work_reports/2023.txt
    f = dh.extract_facts(dh.load_report("森林覆盖率达到24%，草原综合植被盖度和湿地保护率均达50%以上。"))
    row = f[f["indicator"] == "湿地保护率"].iloc[0]
    assert (row["indicator_key"], row["value"]) == ("wetland_protection_rate", 50.0)


def test_the_sown_area_of_vegetables_is_no_sown_area_of_grain() -> None:
    assert indicator_key("蔬菜播种面积") == "vegetable_sown_area" != indicator_key("粮食播种面积")


def test_the_central_poverty_funds_keep_their_own_key() -> None:
    assert indicator_key("中央财政专项扶贫资金") == "central_poverty_funds" != indicator_key("财政专项扶贫资金")


def test_the_debt_to_gdp_ratio_is_no_debt_to_revenue_ratio() -> None:
    assert indicator_key("政府负债率") == "government_debt_to_gdp" != indicator_key("政府债务率")
