"""Glossary keys of more standard statistical quantities the district, city and national reports print.

Verbatim sentences of the real excerpts, the constructed district texts and the national work reports (the file in the
comment of each case): the multiple cropping index, garment and edible oil output, general operating spending, beds of
elderly care institutions, air freight turnover, school enrolment, the sown area of crops, machine tools, timber,
non-ferrous metals and summer grain, electricity, sugar and agricultural output as older reports name them, hospital beds, telephone exchanges, illiteracy, housing space per head, consumer
loans, forest area and closure, rural electricity, the contributions of services and of the country's growth, and online
sales of physical goods; pharmaceutical and automobile manufacturing, the electronic information industry, high-tech
services and air transport as sectors; the time to start a business, office buildings paying 100 million yuan of tax,
elderly care stations built, the hotline's requests and their resolution, satisfaction and response rates, graduates' employment and students in higher education. A wider or narrower quantity and a bare word stay unkeyed.
"""

from __future__ import annotations

import pytest
from _sentences import fact, fact_printed

from dhcheng_analysis.vocab import indicator_key


@pytest.mark.parametrize(("text", "printed", "key"), [
    # tests/gold/real/texts/minhang_sh_2015_bulletin.txt
    ("全年粮食播种面积2.29万亩,比上年增长1.3%;蔬菜播种面积7.03万亩,复种指数达5.3次。", "5.3次",
     "multiple_cropping_index"),
    # tests/gold/real/texts/youyang_cq_2025_q1.txt
    ("主要工业产品实现较快增长,服装产量增长114.6%,饮料产量增长65.5%,食用植物油产量增长15.0%。", "114.6%",
     "garment_output"),
    ("主要工业产品实现较快增长,服装产量增长114.6%,饮料产量增长65.5%,食用植物油产量增长15.0%。", "15.0%",
     "edible_vegetable_oil_output"),
    # tests/gold/constructed/budget_2022_final/budget_2022_final.txt
    ("六是编制《本区财政发展规划(2021-2025)》中期评估报告，一般性支出比2021年压减11.6%。", "11.6%",
     "general_operating_expenditure"),
    # tests/gold/constructed/fengtai_2020_h1/fengtai_2020_h1.txt
    ("开展养老助餐服务21.5万人次，新建养老服务驿站9家，全区养老机构床位达到6420张。", "6420张",
     "elderly_care_institution_beds"),
    # shared/corpus/national_work_reports/1955.txt
    ("民用航空货物周转量将达到八百零五万吨公里，即比一九五二年增长二点三倍。", "八百零五万吨公里", "air_freight_turnover"),
    # shared/corpus/national_work_reports/1956.txt
    ("１９５６年全国高等学校新招生１６．３万人，毕业学生６．４万人，在校学生将达到３８万余人，比上年增长３２％；"
     "中等专业学校新招生４４．４万人，毕业学生１７．９万人，在校学生达到８０．１万人，比上年增长４９％；"
     "普通中学（包括高中和初中）新招生２１３．７万人，毕业学生９７．６万人，在校学生达到５０６万人，比上年增长３０％；"
     "小学校新招生２，３００万人，毕业１，３８０万人，在校学生达到６，２００万人以上，比上年增长１７％。", "６，２００万人",
     "primary_school_enrolment"),
    # shared/corpus/national_work_reports/1980.txt
    ("中等专业学校在校学生120万人，普通中学在校学生5，905万人。", "120万人", "secondary_specialised_enrolment"),
    ("中等专业学校在校学生120万人，普通中学在校学生5，905万人。", "5，905万人", "secondary_school_enrolment"),
    ("原材料工业，钢产量3，500万吨，十种有色金属108万吨，水泥7，800万吨，化肥1，230万吨，木材4，910万立方米。", "108万吨",
     "nonferrous_metals_output"),
    ("原材料工业，钢产量3，500万吨，十种有色金属108万吨，水泥7，800万吨，化肥1，230万吨，木材4，910万立方米。",
     "4，910万立方米", "timber_output"),
    ("农业生产，由于不少地区自然灾害严重，夏粮减产一成以上。", "一成", "summer_grain_output"),
    # shared/corpus/national_work_reports/1958.txt
    ("在今年，全国耕地总面积计划达到十六亿九千二百四十五万亩，比上一年增加一千零二十五万亩；全国农作物播种总面积计划达到"
     "二十四亿一千四百八十万亩，比上一年增加六千八百九十万亩；全国灌溉总面积计划达到六亿亩以上。", "二十四亿一千四百八十万亩",
     "crop_sown_area"),
    ("主要工业产品也绝大多数超额完成了产量计划，比上一年，原煤增产了一千八百二十六万吨，电力增产了二十四亿度，生铁增产了"
     "一百零八万吨，钢增产了约七十八万吨，机床增产了三千一百多台，化学肥料增产了十四万吨，水泥增产了将近三十万吨，木材增产了"
     "约五百二十万立方公尺。", "三千一百", "machine_tools_output"),
    ("主要工业产品也绝大多数超额完成了产量计划，比上一年，原煤增产了一千八百二十六万吨，电力增产了二十四亿度，生铁增产了"
     "一百零八万吨，钢增产了约七十八万吨，机床增产了三千一百多台，化学肥料增产了十四万吨，水泥增产了将近三十万吨，木材增产了"
     "约五百二十万立方公尺。", "二十四亿", "electricity_output"),
    ("农业和农副业总产值达到六百零三亿五千万元（按一九五二年不变价格计算），比一九五六年增长百分之三点五。", "六百零三亿五千万",
     "agricultural_output"),
    ("例如，棉纱的产量，比上一年增加将近六十万件，增长百分之十二点七；糖的产量，比上一年增加十七万三千吨，增长百分之二十点六。",
     "十七万三千", "sugar_output"),
    # shared/corpus/national_work_reports/1964.txt
    ("一九六四年，全国拥有的农业用拖拉机台数比一九五七年增长四倍，排灌设备的马力增长十二倍，农村用电量增长二十二倍，"
     "国家供应的化学肥料增长两倍以上。", "二十二倍", "rural_electricity_consumption"),
    # shared/corpus/national_work_reports/1983.txt
    ("一九七八年到一九八二年，全国医院床位由一百八十五万六千张增加到二百零五万四千张，专业卫生技术人员由二百四十六万四千人"
     "增加到三百一十四万三千人。", "二百零五万四千张", "hospital_beds"),
    # shared/corpus/national_work_reports/1998.txt
    ("占全国人口6 5 ％的地区基本普及九年义务教育，青壮年文盲率下降到6 ％。", "6 ％。", "young_adult_illiteracy_rate"),
    # shared/corpus/national_work_reports/2003.txt
    ("城镇居民人均住房建筑面积由17.8平方米增加到近22平方米，农村居民人均居住面积由22.5平方米增加到26.5平方米。", "17.8平方米",
     "urban_per_capita_housing_area"),
    ("城镇居民人均住房建筑面积由17.8平方米增加到近22平方米，农村居民人均居住面积由22.5平方米增加到26.5平方米。", "26.5平方米",
     "rural_per_capita_housing_area"),
    ("发展居民住房、助学等消费信贷，2002年末消费贷款余额达1.07万亿元。", "1.07万亿元", "consumer_loans_outstanding"),
    ("五年内，全国造林面积2787万公顷，封山育林3153万公顷，退耕还林382万公顷；治理水土流失面积26.6万平方公里，治理沙化土地"
     "570万公顷。", "3153万公顷", "forest_closure_area"),
    # shared/corpus/national_work_reports/2013.txt
    ("2012年底，城镇和农村人均住房面积32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米；城镇居民每百户拥有家用"
     "汽车21.5辆，比2007年增加15.5辆；旅游、文化消费大幅增加。", "32.9平方米", "urban_per_capita_housing_area"),
    ("2012年底，城镇和农村人均住房面积32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米；城镇居民每百户拥有家用"
     "汽车21.5辆，比2007年增加15.5辆；旅游、文化消费大幅增加。", "5.5平方米", "rural_per_capita_housing_area"),
    # shared/corpus/national_work_reports/2017.txt
    # shared/corpus/national_work_reports/2018.txt
    ("单位国内生产总值能耗、水耗均下降20%以上，主要污染物排放量持续下降，重点城市重污染天数减少一半，森林面积增加1.63亿亩，"
     "沙化土地面积年均缩减近2000平方公里，绿色发展呈现可喜局面。", "1.63亿亩", "forest_area"),
    # shared/corpus/national_work_reports/2019.txt
    ("服务业对经济增长贡献率接近60%，高技术产业、装备制造业增速明显快于一般工业，农业再获丰收。", "60%", "tertiary_contribution"),
    # shared/corpus/national_work_reports/2023.txt
    ("推动线上线下消费深度融合，实物商品网上零售额占社会消费品零售总额的比重从15.8%提高到27.2%。", "27.2%",
     "online_retail_goods_share"),
])
def test_a_printed_quantity_has_its_key(text: str, printed: str, key: str) -> None:
    assert fact(text, printed)["indicator_key"] == key


def test_the_growth_of_the_countrys_gdp_is_a_share_of_the_worlds() -> None:
    # shared/corpus/national_work_reports/2017.txt (a zero-width space inside the first figure, as printed)
    text = "国内生产总值达到74.4\u200b万亿元，增长6.7%，名列世界前茅，对全球经济增长的贡献率超过30%。"
    assert fact_printed(text, "30")["indicator_key"] == "world_growth_contribution"


@pytest.mark.parametrize(("text", "printed", "key"), [
    # tests/gold/constructed/mixed_units/mixed_units.txt
    ("上半年，规模以上工业增加值增速为-5.8%，降幅比全市大1.4个百分点；汽车制造业、医药制造业产值分别下降18.6%和4.3%。", "18.6%",
     "sector_output:automobile_manufacturing"),
    ("上半年，规模以上工业增加值增速为-5.8%，降幅比全市大1.4个百分点；汽车制造业、医药制造业产值分别下降18.6%和4.3%。", "4.3%",
     "sector_output:pharmaceutical_manufacturing"),
    ("航空客运恢复缓慢，国际航班仅恢复至去年同期的一成左右，航空运输业税收下降幅度为46.2%。", "46.2%", "sector_tax:air_transport"),
    # tests/gold/constructed/kunshan_2021_q1q3/kunshan_2021_q1q3.html
    ("电子信息、装备制造两大主导产业分别实现产值3912.5亿元和1286.3亿元，分别增长17.2%和22.5%。", "3912.5亿元",
     "sector_output:electronic_information_industry"),
    # tests/gold/constructed/haidian_2022_q3/haidian_2022_q3.txt
    ("规模以上高技术服务业实现收入8623.7亿元,同比增长9.8%;其中软件和信息服务业收入5412.3亿元,增长11.2%,"
     "占全区规上服务业收入的比重为46.5%。", "8623.7亿元", "sector_revenue_above_size:high_tech_services"),
])
def test_a_sector_quantity_has_its_key(text: str, printed: str, key: str) -> None:
    assert fact(text, printed)["indicator_key"] == key


@pytest.mark.parametrize(("text", "printed", "key"), [
    # tests/gold/constructed/dongcheng_2019_h1/dongcheng_2019_h1.txt
    ("落实营商环境2.0版改革政策,实现“一网通办”事项812项,企业开办时间压缩至3个工作日以内。", "3个工作日",
     "business_startup_time"),
    ("新建养老服务驿站8家,新增养老床位240张,为1.2万余名老年人提供居家养老服务。", "8家", "elderly_care_stations_built"),
    # tests/gold/constructed/tianhe_2021_q1/tianhe_2021_q1.txt
    ('企业开办时间压缩至0.5个工作日,"一网通办"办件量为26.4万件,网办率达95.7%,较上年同期提高4.6个百分点。', "0.5个工作日",
     "business_startup_time"),
    # shared/corpus/national_work_reports/2023.txt
    ("改革商事制度，推行“证照分离”改革，企业开办时间从一个月以上压缩到目前的平均4个工作日以内，实行中小微企业简易注销制度。",
     "4个工作日", "business_startup_time"),
    # tests/gold/constructed/dongcheng_2023_h1/dongcheng_2023_h1.txt
    ("税收亿元楼宇达到52座,比2019年末增加6座。", "52座", "tax_100m_buildings"),
    # tests/gold/constructed/xuhui_2022_q1q3/xuhui_2022_q1q3.txt
    ("12345市民服务热线受理诉求18.4万件，按时办结率99.2%。", "18.4万件", "hotline_requests"),
    # tests/gold/constructed/chaoyang_2020_h1/chaoyang_2020_h1.txt
    ("上半年,“接诉即办”受理诉求186245件,同比增长41.6%,响应率100%,满意率达到86.5%,较1-5月提升1.9个百分点。", "186245件",
     "hotline_requests"),
    # shared/corpus/national_work_reports/2012.txt
    ("高校毕业生初次就业率77.8％，同比提高1.2个百分点。", "77.8％", "graduate_initial_employment_rate"),
    # shared/corpus/national_work_reports/2007.txt
    ("高等教育在学人数2500万人，毛入学率提高到 22％。", "2500万人", "higher_education_total_enrolment"),
])
def test_a_district_quantity_has_its_key(text: str, printed: str, key: str) -> None:
    assert fact(text, printed)["indicator_key"] == key


def test_a_share_of_the_buildings_is_no_total() -> None:
    # tests/gold/constructed/traditional_2020_h1/traditional_2020_h1.html
    f = fact("全區商務樓宇總數達到612座，其中稅收億元樓宇106座，佔樓宇總數的17.3%。", "17.3%")
    assert (f["indicator_key"], f["dimension"]) == ("tax_100m_buildings", "")


@pytest.mark.parametrize(("name", "key"), [
    ("实物商品网上零售", "online_retail_sales_goods"), ("服务业增加值对经济增长的贡献率", "tertiary_contribution"),
    ("第三产业对经济增长的贡献率", "tertiary_contribution"),
    ("国内生产总值对世界经济增长贡献率", "world_growth_contribution"),
    ("普通中学在校学生人数", "secondary_school_enrolment"), ("小学在校学生人数", "primary_school_enrolment"),
    ("农作物总播种面积", "crop_sown_area"), ("封山育林", "forest_closure_area"), ("木材的产量", "timber_output"),
    ("十种有色金属的产量", "nonferrous_metals_output"), ("夏粮总产量", "summer_grain_output"),
    ("电话交换机容量", "telephone_exchange_capacity"), ("医院床位数", "hospital_beds"),
    ("养老机构床位数", "elderly_care_institution_beds"), ("民航货物周转量", "air_freight_turnover"),
    ("城镇人均住房面积", "urban_per_capita_housing_area"), ("农村人均居住面积", "rural_per_capita_housing_area"),
    # shared/corpus/national_work_reports/1998.txt (its figures printed with spaces between the digits)
    ("电话交换机总容量", "telephone_exchange_capacity"), ("城镇人均居住面积", "urban_per_capita_living_space"),
    ("开办企业时间", "business_startup_time"), ("新建社区养老服务驿站", "elderly_care_stations_built"),
    ("全国普通高校毕业生就业率", "graduate_employment_rate"),
])
def test_an_alias_names_the_same_quantity(name: str, key: str) -> None:
    assert indicator_key(name) == key


@pytest.mark.parametrize("name", [
    "网上商品零售额",  # of the firms above a size, or of all: the texts print both
    "中等学校在校学生",  # specialised and regular secondary schools together
    "城乡电话总容量",  # exchanges and rural lines counted together
    "养老床位",  # institutions' and community beds together
    "消费贷款",  # a flow or a balance
    "中央党政机关和事业单位一般性支出",  # the central bodies' part
    "食用植物油", "夏粮", "服装",  # a bare product: a retail category or a harvest as often as an output
    "文盲率",  # of all ages, not the young and middle-aged
    "民用航空总周转量",  # passengers and freight together
    "汽车零部件产值",  # a part of automobile manufacturing
    "建成养老服务驿站",  # built in the period or all built to a date: the texts print both
])
def test_a_near_name_stays_unkeyed(name: str) -> None:
    assert indicator_key(name) == ""


def test_urban_living_space_is_no_housing_floor_space() -> None:
    assert indicator_key("城镇人均居住面积") != indicator_key("城镇人均住房建筑面积")


def test_air_freight_is_no_rail_or_road_freight() -> None:
    assert indicator_key("民用航空货物周转量") not in {indicator_key("铁路货物周转量"), indicator_key("公路货物周转量")}


def test_one_industrys_output_is_no_high_tech_total() -> None:
    assert indicator_key("电子信息产业产值") == "sector_output:electronic_information_industry"
    assert indicator_key("电子信息产业产值") not in {indicator_key("高技术制造业产值"), indicator_key("高技术产业产值")}


def test_the_buildings_paying_tax_are_a_count_no_tax() -> None:
    assert indicator_key("税收亿元楼宇") == "tax_100m_buildings" != indicator_key("税收")


@pytest.mark.parametrize(("text", "printed", "key"), [
    # tests/gold/constructed/dongcheng_2019_h1/dongcheng_2019_h1.txt
    ("12345市民服务热线共接收诉求48231件,同比增长12.8%,响应率100%,解决率78.6%,满意率85.3%。", "48231件", "hotline_requests"),
    # tests/gold/constructed/dongcheng_2022_h1/dongcheng_2022_h1.txt
    ("“接诉即办”受理12345市民服务热线诉求83650件，同比增长38.6%，其中涉疫诉求4.2万余件，响应率100%，解决率88.9%，"
     "满意率91.4%。", "83650件", "hotline_requests"),
    # tests/gold/constructed/shijingshan_2022_h1/shijingshan_2022_h1.txt
    ("“12345”市民热线诉求解决率94.6%,满意率95.1%,综合排名全市第二。", "94.6%", "hotline_resolution_rate"),
    # tests/gold/constructed/xicheng_2021_h1/xicheng_2021_h1.txt
    ("力争12345热线满意率保持在93％以上。", "93％", "hotline_satisfaction_rate"),
    # tests/gold/constructed/dongcheng_2023_h1/dongcheng_2023_h1.txt
    ("扎实做好“接诉即办”工作,市民热线诉求响应率100%,解决率、满意率分别达到93.6%和94.8%,分别较2022年同期提高2.1个和1.7个"
     "百分点。", "100%", "hotline_response_rate"),
])
def test_the_hotlines_requests_and_rates_have_their_keys(text: str, printed: str, key: str) -> None:
    assert fact(text, printed)["indicator_key"] == key


@pytest.mark.parametrize(("text", "printed", "key"), [
    # written, not quoted: the hotline's name set off by quote marks, or printed with its quotes dropped, is read as
    # the glossary's name without them
    ("全年“12345”市民热线受理诉求52.3万件。", "52.3万件", "hotline_requests"),
    ("“12345”市民服务热线诉求满意率达到92.5%。", "92.5%", "hotline_satisfaction_rate"),
    ("“接诉即办”受理12345热线诉求8.6万件。", "8.6万件", "hotline_requests"),
    ("接诉即办受理诉求8.6万件。", "8.6万件", "hotline_requests"),
])
def test_the_hotline_named_with_or_without_quote_marks_has_its_key(text: str, printed: str, key: str) -> None:
    assert fact(text, printed)["indicator_key"] == key


def test_requests_passed_on_are_no_requests_received() -> None:
    assert indicator_key("12345热线派单诉求") == ""  # the part the hotline passes on to the district's bodies
