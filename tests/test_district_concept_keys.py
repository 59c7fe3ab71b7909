"""The concepts district and city reports print often share one glossary key however each report prints them.

Budget spending by function (教育支出, 社会保障和就业支出 …), the state capital budget, land sale revenue, rent relief
(减免房租, 减免租金, 减免国有房屋租金), elderly-care beds and school places added (all levels, primary and
secondary, preschool, inclusive preschool: four concepts, four keys), jobs created, days of good air, national
high-tech firms (a count, and those newly certified), patents granted, 5G base stations built, new foreign-invested
firms, newly listed firms, airport cargo, foreign capital paid in (实到外资, 到账外资), back streets renovated (背街小巷整治, 背街小巷整治提升,
背街小巷环境精细化整治提升), park coverage, green space and afforestation added, the graduates' employment rate and
family doctor contracts each have a key, so a corpus of reports lines their years up.
Services revenue above designated size (规上服务业营业收入, 规模以上服务业(企业)营业收入), social assistance paid out
(社会救助资金, 各类救助资金, 困难群众救助金 …) and the VAT credit refunds (增值税留抵退税, 留抵退税) are one concept each too.
Each sentence's comment names its source: a real excerpt (tests/gold/real/texts), a national work report, or a
constructed district report of tests/gold/constructed — a regression fixture written for the suite, which shows the
glossary entry is wired, not that reports print the concept so.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis import vocab

# budget_2023 (constructed fixture)
BUDGET = ("重点支出保障有力：教育支出215680万元，增长6.2%；社会保障和就业支出186540万元，增长11.4%；卫生健康支出98760万元，"
          "下降4.3%，主要是疫情防控支出减少；城乡社区支出176320万元，增长15.6%；科学技术支出52380万元，增长21.3%。")
# budget_2022_final (constructed fixture)
PUBLIC_SERVICES = "一般公共服务支出完成148215万元，比上年下降2.1%。"
STATE_CAPITAL = ("国有资本经营预算收入完成12680万元，为预算的105.7%，比上年增长14.1%；国有资本经营预算支出完成9850万元，"
                 "其中调出资金3800万元。")
# yiwu_2023_h1 (constructed fixture)
LAND = "三是财政收支平衡压力加大，土地出让收入同比下降35.6%，减收23.8亿元，刚性支出持续增加。"
# chaoyang_2020_h1 (constructed fixture)
RENT_CHAOYANG = ("为7426家企业发放稳岗返还资金3.86亿元;为6.8万家企业减免社会保险费95.3亿元;为9317家中小微企业减免房租5.4亿元;"
                 "为各类企业减税降费43.6亿元。")
# dongcheng_2020_fy (constructed fixture)
RENT_DONGCHENG = "为8120家企业减免租金5.7亿元,为各类企业减税降费29.3亿元。"
# fengtai_2022_h1 (constructed fixture)
RENT_FENGTAI = "为3162户中小微企业和个体工商户减免国有房屋租金4.27亿元,惠及承租主体近九成。"
# changping_2021_fy (constructed fixture)
BEDS = "新增养老床位830张,截至12月底全区养老驿站累计达到98家。"
# chaoyang_2020_fy_plan (constructed fixture)
PLACES_CHAOYANG = "新增中小学学位8650个，新建改扩建幼儿园21所，新增普惠性学位约4800个。"
# fengtai_2020_h1 (constructed fixture)
PLACES_FENGTAI = "新增学位3200个，其中幼儿园学位、小学学位分别为1400个和1800个。"
# fengtai_2022_h1 (constructed fixture)
PRESCHOOL = "新增学前学位1500个,入园率达到90%以上,完成老旧小区综合整治40个,PM2.5年均浓度力争控制在33微克/立方米以内。"
# dongcheng_2019_h1 (constructed fixture)
JOBS = "上半年,新增就业岗位1.8万个,城镇登记失业率1.12%。"
# changping_2021_fy (constructed fixture)
AIR = "PM2.5年均浓度为34微克/立方米,同比下降12.8%,空气质量优良天数达到276天。"
# haidian_2022_q3 (constructed fixture)
# tests/gold/constructed/xicheng_2021_h1/xicheng_2021_h1.txt
HIGH_TECH_XICHENG = "新认定国家高新技术企业142家，累计达到1520家。"
HIGH_TECH = ("国家高新技术企业达到1.06万家,比上年末增加860家;独角兽企业累计达到42家,位居全国城区第一;"
             "\"专精特新\"中小企业新增312家,累计达到1285家。")
# changping_2021_fy (constructed fixture)
PATENTS = ("全区国家级高新技术企业达到2318家,比上年净增305家;专利授权量14862件,较上年增长31.2%,其中发明专利授权量3247件,"
           "每万人发明专利拥有量达到52.6件。")
# fengtai_2022_h1 (constructed fixture)
BASE_STATIONS = "推进5G基站建设,新建5G基站830个,累计开通4126个。"
# dongcheng_2019_h1 (constructed fixture)
FOREIGN_DONGCHENG = "上半年,实际利用外资实现3.52亿美元,同比增长7.4%,新设外商投资企业31家。"
# haidian_2022_q3 (constructed fixture)
FOREIGN_HAIDIAN = "新设外资企业216家,比2021年同期增加38家。"
# changping_2021_fy (constructed fixture)
LISTED = "新增上市企业7家,累计达到41家。"
# shunyi_2022_fy (constructed fixture)
CARGO = "受疫情影响，首都国际机场旅客吞吐量1270.3万人次，比上年下降61.9%；货邮吞吐量98.9万吨，下降29.4%，降幅比上年扩大14.2个百分点。"
# xuhui_2022_q1q3 (constructed fixture)
FDI = "实到外资12.36亿美元，同比增长5.2%，完成全年目标的86.5%。"
# dongcheng_2019_h1 (constructed fixture)
DISTRICT_TAX = "健全稳税引税工作机制,上半年共引进税源企业236户,新增区级税收7.9亿元,成功挽留重点企业18户。"


# dongcheng_2021_h1 (constructed fixture): the target printed as 背街小巷整治 500条 is the one 背街小巷整治提升 312条 completes (62.4%)
STREETS_TARGET = "完成背街小巷整治500条，新增养老服务驿站不少于8家，新增普惠性学位1000个，城镇登记失业率控制在2.5%以内。"
STREETS_DONE = "上半年，拆除违法建设3.1万平方米，完成全年任务的55.2%；完成背街小巷整治提升312条，完成率62.4%。"
# xicheng_2021_h1 (constructed fixture)
STREETS_XICHENG = "完成156条背街小巷环境精细化整治提升，完成全年任务的65％；拆除违法建设4.3万平方米，完成率108.6％。"
# chaoyang_2020_h1 (constructed fixture)
REEMPLOYED = "城镇登记失业人员实现就业5418人,完成年度任务的49.8%,城镇登记失业率1.07%。"
GRADUATES = "确保高校毕业生就业率不低于95%,城镇登记失业率控制在2.5%以内。"
# dongcheng_2020_fy (constructed fixture)
PARKS_500M = "龙潭三湖水系连通项目全部完工,公园绿地500米服务半径覆盖率达到92.6%。"
# xicheng_2020_h1 (constructed fixture)
PARKS = "公园绿地服务半径覆盖率提升至96%。"
# fengtai_2020_h1 (constructed fixture)
GREEN_FENGTAI = "新建和改造城市道路12.4公里，完成绿道建设23公里，新增城市绿地约45公顷。"
# haidian_2022_q3 (constructed fixture)
GREEN_HAIDIAN = "新增绿地面积45.3万平方米,完成留白增绿28.7公顷。"
# changping_2021_fy (constructed fixture)
AFFORESTATION = "新增造林绿化面积2.3万亩,森林覆盖率提高到46.1%,比上年提高0.6个百分点。"
# dongcheng_2019_h1 (constructed fixture)
FAMILY_DOCTORS = "家庭医生签约率达到41.5%,较上年末提高2.3个百分点。"


ASSISTANCE_KEY = "social_assistance_funds"

# dongcheng_2019_h1 (constructed fixture)
ASSISTANCE_DONGCHENG = "发放社会救助资金5120.4万元,惠及困难群众近3000户。"
# chaoyang_2020_h1 (constructed fixture)
ASSISTANCE_CHAOYANG = "新增中小学学位3200个,发放各类社会救助资金1.37亿元,惠及困难群众1.1万余户。"
# wuhou_2023_h1 (constructed fixture)
ASSISTANCE_WUHOU = "发放各类救助资金6850.3万元，困难群众基本生活得到有效保障。"
# shijingshan_2022_h1 (constructed fixture)
ASSISTANCE_SHIJINGSHAN = "新增普惠性学位1200个,新建养老服务驿站5家,累计发放各类救助金不足3000万元。"
# fengtai_2022_h1 (constructed fixture)
ASSISTANCE_FENGTAI = "完善社会救助体系,上半年累计发放社会救助资金8215.37万元,同比增长6.4%。"
REFUNDS_KEY = "vat_credit_refunds"

# haishu_nb_2023_gwr (real excerpt, tests/gold/real/texts)
REFUNDS_HAISHU = ("第一时间落实上级稳住经济大盘一揽子政策措施,因时因势出台三轮区级助企纾困政策,落实增值税留抵退税19.3亿元,"
          "减税降费12.3亿元,办理缓缴税费18.9亿元,兑付惠企政策资金20.7亿元,惠及市场主体4.9万家。")
# dongcheng_2022_h1 (constructed fixture)
REFUNDS_DONGCHENG = "上半年，为各类企业办理增值税留抵退税68.2亿元，惠及企业1530户；减免税费7.6亿元。"
# fengtai_2022_h1 (constructed fixture)
REFUNDS_FENGTAI = "为各类市场主体减税降费及退税31.5亿元,其中留抵退税24.8亿元。"
# national work report 2022
REFUNDS_NATIONAL_2022 = "预计全年退税减税约2.5万亿元，其中留抵退税约1.5万亿元，退税资金全部直达企业。"


@pytest.mark.parametrize(("text", "printed", "name", "key"), [
    (BUDGET, "215680万元", "教育支出", "education_expenditure"),
    (BUDGET, "186540万元", "社会保障和就业支出", "social_security_employment_expenditure"),
    (BUDGET, "98760万元", "卫生健康支出", "health_expenditure"),
    (BUDGET, "176320万元", "城乡社区支出", "community_affairs_expenditure"),
    (BUDGET, "52380万元", "科学技术支出", "science_technology_expenditure"),
    (PUBLIC_SERVICES, "148215万元", "一般公共服务支出", "general_public_services_expenditure"),
    (STATE_CAPITAL, "12680万元", "国有资本经营预算收入", "state_capital_budget_revenue"),
    (STATE_CAPITAL, "9850万元", "国有资本经营预算支出", "state_capital_budget_expenditure"),
    (LAND, "35.6%", "土地出让收入", "land_sale_revenue"),
    (RENT_CHAOYANG, "5.4亿元", "减免房租", "rent_relief"),
    (RENT_DONGCHENG, "5.7亿元", "减免租金", "rent_relief"),
    (RENT_FENGTAI, "4.27亿元", "减免国有房屋租金", "rent_relief"),
    (BEDS, "830张", "新增养老床位", "elderly_care_beds_added"),
    (PLACES_FENGTAI, "3200个", "新增学位", "school_places_added"),
    (PLACES_CHAOYANG, "8650个", "新增中小学学位", "school_places_added_primary_secondary"),
    (PRESCHOOL, "1500个", "新增学前学位", "school_places_added_preschool"),
    (PLACES_CHAOYANG, "4800个", "新增普惠性学位", "school_places_added_inclusive_preschool"),
    (JOBS, "1.8万个", "新增就业岗位", "jobs_created"),
    (AIR, "276天", "空气质量优良天数", "good_air_days"),
    (HIGH_TECH, "1.06万家", "国家高新技术企业", "national_high_tech_firms"),
    (PATENTS, "2318家", "国家级高新技术企业", "national_high_tech_firms"),
    (HIGH_TECH_XICHENG, "142家", "新认定国家高新技术企业", "high_tech_firms_certified"),
    (HIGH_TECH_XICHENG, "1520家", "国家高新技术企业", "national_high_tech_firms"),
    (PATENTS, "14862件", "专利授权量", "patents_granted"),
    (PATENTS, "3247件", "发明专利授权量", "invention_patents_granted"),
    (BASE_STATIONS, "830个", "新建5G基站", "base_stations_5g_built"),
    (FOREIGN_DONGCHENG, "31家", "新设外商投资企业", "new_foreign_invested_firms"),
    (FOREIGN_HAIDIAN, "216家", "新设外资企业", "new_foreign_invested_firms"),
    (LISTED, "7家", "新增上市企业", "new_listed_firms"),
    (CARGO, "98.9万吨", "货邮吞吐量", "air_cargo_throughput"),
    (FDI, "12.36亿美元", "实到外资", "utilised_fdi"),
    (DISTRICT_TAX, "7.9亿元", "新增区级税收", "district_tax_added"),
    (STREETS_TARGET, "500条", "背街小巷整治", "back_streets_renovated"),
    (STREETS_DONE, "312条", "背街小巷整治提升", "back_streets_renovated"),
    (STREETS_XICHENG, "156条", "背街小巷环境精细化整治提升", "back_streets_renovated"),
    (REEMPLOYED, "5418人", "城镇登记失业人员实现就业", "reemployed_registered_unemployed"),
    (GRADUATES, "95%", "高校毕业生就业率", "graduate_employment_rate"),
    (PARKS_500M, "92.6%", "公园绿地500米服务半径覆盖率", "park_service_coverage"),
    (PARKS, "96%", "公园绿地服务半径覆盖率", "park_service_coverage"),
    (GREEN_FENGTAI, "45公顷", "新增城市绿地", "green_space_added"),
    (GREEN_HAIDIAN, "45.3万平方米", "新增绿地面积", "green_space_added"),
    (AFFORESTATION, "2.3万亩", "新增造林绿化面积", "afforestation_added"),
    (FAMILY_DOCTORS, "41.5%", "家庭医生签约率", "family_doctor_contract_rate"),
    (ASSISTANCE_DONGCHENG, "5120.4万元", "社会救助资金", "social_assistance_funds"),
    (ASSISTANCE_CHAOYANG, "1.37亿元", "各类社会救助资金", "social_assistance_funds"),
    (ASSISTANCE_WUHOU, "6850.3万元", "各类救助资金", "social_assistance_funds"),
    (ASSISTANCE_SHIJINGSHAN, "3000万元", "各类救助金", "social_assistance_funds"),
    (ASSISTANCE_FENGTAI, "6.4%", "社会救助资金", "social_assistance_funds"),
    (REFUNDS_HAISHU, "19.3亿元", "增值税留抵退税", "vat_credit_refunds"),
    (REFUNDS_DONGCHENG, "68.2亿元", "增值税留抵退税", "vat_credit_refunds"),
    (REFUNDS_FENGTAI, "24.8亿元", "留抵退税", "vat_credit_refunds"),
    (REFUNDS_NATIONAL_2022, "1.5万亿元", "留抵退税", "vat_credit_refunds"),
])
def test_a_district_concept_has_its_key(text: str, printed: str, name: str, key: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


def test_the_stations_in_service_are_not_the_stations_built_in_the_period() -> None:
    assert fact(BASE_STATIONS, "4126个")["indicator_key"] != "base_stations_5g_built"


def test_the_stations_built_to_date_are_the_stock_not_the_stations_added() -> None:
    # tests/gold/constructed/tianhe_2021_q1/tianhe_2021_q1.txt: 累计建成 gives the stock of what 新建 added
    text = "新建5G基站620座,累计建成超过1.1万座。"
    added, stock = fact(text, "620座"), fact(text, "1.1万座")
    assert (added["indicator"], added["indicator_key"]) == ("新建5G基站", "base_stations_5g_built")
    assert (stock["indicator"], stock["indicator_key"], stock["qualifier"]) == ("5G基站", "base_stations_5g", "over")


def test_the_unicorns_printed_beside_them_are_another_count() -> None:
    assert fact(HIGH_TECH, "42家")["indicator_key"] != "national_high_tech_firms"


# dongliu_yz_2023_street (real excerpt)
DONGLIU = ("十项经济指标全年取得5盏绿灯,实现5个指标攀高,完成固定资产投资32.5亿元,完成限上社会消费品零售总额13.1亿元,同比增长20.4%,"
           "规上工业增加值0.38亿元,同比增长16.7%;引进亿元以上重大项目4个。")
# tianhe_2021_q1 (constructed fixture)
TIANHE = "限额以上批发和零售业零售额402.6亿元,增长41.2%;住宿和餐饮业零售额36.9亿元,增长89.5%,但比2019年同期下降7.8%。"


def test_the_retail_sales_above_size_are_the_whole_of_the_sectors_above_size() -> None:
    assert fact(DONGLIU, "13.1亿元")["indicator_key"] == "retail_sales_above_size"


def test_the_wholesale_and_retail_part_is_not_keyed_as_the_whole() -> None:
    """限额以上批发和零售业零售额 is printed beside 住宿和餐饮业零售额: a part of the retail sales above designated size, with a
    key of its own (its dimension is sector), never the key of the whole."""
    part = fact(TIANHE, "402.6亿元")
    assert (part["indicator_key"], part["dimension"]) == ("retail_sales_above_size_wholesale_retail", "sector")
    assert fact(TIANHE, "36.9亿元")["indicator_key"] == "sector_retail_sales:accommodation_catering"


SERVICES_KEY = "services_revenue_above_size"

# youyang_cq_2025_q1 (real excerpt, tests/gold/real/texts)
SERVICES_YOUYANG = "1-2月,全县规上服务业实现营业收入3.7亿元, 比上年下降1.8%。"
# tianhe_2021_q1 (constructed fixture)
SERVICES_TIANHE = "规模以上服务业营业收入1265.3亿元,增长28.9%,两年平均增长9.7%。"
# short_bulletins (constructed fixture)
SERVICES_BULLETIN = "【服务业】1-5月，规模以上服务业企业实现营业收入2846.3亿元，增长21.5%，利润总额较上年同期增加45.6亿元。"
# xiaoshan_hz_2022_h1 (real excerpt)
SERVICES_XIAOSHAN = ("上半年,GDP同比增长1.8%;规上工业增加值增幅实现由负转正,规上营利性服务业营业收入同比增长29.8%,增速全市第一;"
            "固定资产投资同比增长13.8%。")
# national work report 2000
SERVICES_NATIONAL_2000 = "全年工业企业实现利润2202亿元，比上年增长 52％；其中国有和国有控股工业企业实现利润967亿元，增长77．7％，都创造了近五年来的最高水平。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (SERVICES_YOUYANG, "3.7亿元", "规上服务业营业收入"),
    (SERVICES_YOUYANG, "1.8%", "规上服务业营业收入"),
    (SERVICES_TIANHE, "1265.3亿元", "规模以上服务业营业收入"),
    (SERVICES_TIANHE, "28.9%", "规模以上服务业营业收入"),
    (SERVICES_BULLETIN, "2846.3亿元", "规模以上服务业企业营业收入"),
    (SERVICES_BULLETIN, "21.5%", "规模以上服务业企业营业收入"),
])
def test_three_printings_of_the_services_revenue_are_keyed_alike(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"], f["dimension"]) == (name, SERVICES_KEY, "sector")


def test_the_revenue_of_all_services_and_of_for_profit_services_are_other_counts() -> None:
    # xiaoshan_hz_2022_h1 (real excerpt): 规上营利性服务业营业收入同比增长29.8%: the for-profit services above
    # designated size, a count of its own, neither all services above that size nor all for-profit services
    assert vocab.concept("服务业营业收入").key == "services_revenue"  # (the glossary's services of every size)
    f = fact(SERVICES_XIAOSHAN, "29.8%")
    assert (f["indicator"], f["indicator_key"]) == ("规上营利性服务业营业收入",
                                                    "sector_operating_revenue_above_size:for_profit_services")
    assert vocab.concept("营利性服务业营业收入").key == "sector_operating_revenue:for_profit_services"
    # (and the rank of its growth, 增速全市第一, is of that revenue: the key of the quantity whose growth it is)
    f = fact(SERVICES_XIAOSHAN, "第一")
    assert (f["indicator"], f["measure"], f["indicator_key"]) == (
        "规上营利性服务业营业收入增速", "rank", "sector_operating_revenue_above_size:for_profit_services")
    assert vocab.concept("规上营利性服务业营业收入").name == "规模以上营利性服务业营业收入"


@pytest.mark.parametrize(("phrase", "key"), [
    ("规上信息服务业营业收入", "sector_operating_revenue_above_size:information_services"),
    ("规模以上信息服务业营业收入", "sector_operating_revenue_above_size:information_services"),
    ("信息服务业营业收入", "sector_operating_revenue:information_services"),
    ("规上服务业营业收入", SERVICES_KEY),  # (the glossary's own concept of services above designated size)
    ("规上服务营业收入", SERVICES_KEY),  # (constructed phrase: the industry without its 业, still the glossary's concept)
    ("规上工业增加值", "industrial_va_above_size"),
    # wuhou_2023_h1 (constructed fixture): 全区46户规上工业企业实现产值138.5亿元 — 工业产值 is the glossary's 工业总产值,
    # so its size class is the glossary's 规模以上工业总产值, not a key made of the sector
    ("规上工业企业产值", "industrial_output_above_size"),
])
def test_a_size_class_before_a_sector_quantity_keys_the_narrower_concept(phrase: str, key: str) -> None:
    # phrases of xiaoshan_hz_2022_h1 (real excerpt: 规上营利性服务业营业收入) printed of another sector: the size class
    # (规上, 规模以上) makes a quantity of the sector's firms above designated size, keyed apart from the sector's
    assert vocab.concept(phrase).key == key


def test_a_size_class_of_trade_keys_the_sectors_sales_above_it() -> None:
    # ruyuan_m1to5_release (real excerpt): 1-5月,限上批发业销售额81.50亿元,同比下降18.9%
    f = fact("1-5月,限上批发业销售额81.50亿元,同比下降18.9%,降幅比1-4月收窄2.4个百分点。", "81.50亿元")
    assert (f["indicator"], f["indicator_key"]) == ("限上批发业销售额", "sector_sales_above_size:wholesale")


def test_a_sector_printed_without_its_ye_keys_its_quantity() -> None:
    # ruyuan_m1to5_release (real excerpt): 限上餐饮营业额 beside 限上住宿业营业额, the catering industry printed without 业
    text = "1-5月,限上住宿业营业额0.25亿元,同比下降23.8%,降幅与1-4月基本持平;限上餐饮营业额0.13亿元,同比下降50.3%,降幅比1-4月扩大0.6个百分点。"
    assert fact(text, "0.13亿元")["indicator_key"] == "sector_turnover_above_size:catering"
    assert fact(text, "50.3%")["indicator_key"] == "sector_turnover_above_size:catering"
    assert vocab.concept("餐饮收入").key == "catering_revenue"  # (the glossary's own name comes first)


def test_other_for_profit_services_are_a_sector_of_their_own() -> None:
    # ruyuan_m1to5_release (real excerpt): the monthly statistics' group of other for-profit services
    text = "1-5月,其他营利性服务业营业收入0.64亿元,同比增长56.6%,增幅比1-4月提高10.8个百分点。"
    assert fact(text, "0.64亿元")["indicator_key"] == "sector_operating_revenue:other_for_profit_services"


def test_the_growth_of_a_sectors_quantity_is_of_that_quantity() -> None:
    # xiaoshan_hz_2022_h1 (real excerpt): the rank is of the growth of the revenue of for-profit services above
    # designated size, one concept with the revenue
    text = "上半年,GDP同比增长1.8%;规上工业增加值增幅实现由负转正,规上营利性服务业营业收入同比增长29.8%,增速全市第一;"
    key = "sector_operating_revenue_above_size:for_profit_services"
    assert fact(text, "29.8%")["indicator_key"] == key
    assert fact(text, "第一")["indicator_key"] == key


def test_a_towns_fiscal_and_tax_revenue_is_its_total_fiscal_revenue() -> None:
    # zhongdu_ws_2025_street_h1 (real excerpt): 财税收入, all the fiscal revenue collected in the street
    text = "经济运行稳中向好。1-5月,完成财税收入5545万元;工业产值累计达6.88亿元,同比增长2.25%;"
    assert fact(text, "5545万元")["indicator_key"] == "total_fiscal_revenue"


def test_the_profits_of_a_sectors_enterprises_are_the_sectors_profits() -> None:
    f = fact(SERVICES_NATIONAL_2000, "2202亿元")
    assert (f["indicator"], f["indicator_key"]) == ("工业企业利润", "sector_profit:industry")
    # the state-owned part: a narrower count, keyed as its own concept (国有和国有控股, as 国有及国有控股), not the industry's
    assert fact(SERVICES_NATIONAL_2000, "967亿元")["indicator_key"] == "soe_industrial_profit"




def test_the_needy_reached_are_another_count() -> None:
    assert fact(ASSISTANCE_DONGCHENG, "3000户")["indicator_key"] != ASSISTANCE_KEY




def test_the_firms_reached_and_the_whole_relief_are_other_counts() -> None:
    assert fact(REFUNDS_DONGCHENG, "1530户")["indicator_key"] != REFUNDS_KEY
    assert fact(REFUNDS_FENGTAI, "31.5亿元")["indicator_key"] != REFUNDS_KEY
    assert fact(REFUNDS_HAISHU, "12.3亿元")["indicator_key"] == "tax_fee_cuts"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2022: the cuts of the year's new policies
    ("去年新增减税降费超过1万亿元，还对制造业中小微企业、煤电和供热企业实施阶段性缓缴税费。", "1万亿元", "新增减税降费"),
    # national work report 2023
    ("全年增值税留抵退税超过2.4万亿元，新增减税降费超过1万亿元，缓税缓费7500多亿元。", "1万亿元", "新增减税降费"),
    # dongcheng_2022_h1 (constructed fixture): taxes and fees cut or waived, printed verb first
    (REFUNDS_DONGCHENG, "7.6亿元", "减免税费"),
])
def test_the_new_cuts_and_the_cuts_waived_are_the_tax_and_fee_cuts(text, printed, name) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, "tax_fee_cuts")


def test_the_cuts_with_refunds_or_deferrals_are_no_tax_and_fee_cuts() -> None:
    # national work report 2024: 税费优惠 counts the refunds and deferrals too
    text = ("财政政策加力提效，加强重点领域支出保障，全年新增税费优惠超过2.2万亿元，"
            "增发1万亿元国债支持灾后恢复重建、提升防灾减灾救灾能力。")
    assert fact(text, "2.2万亿元")["indicator_key"] == ""
    assert fact(REFUNDS_FENGTAI, "31.5亿元")["indicator_key"] == ""


def test_deposits_and_loans_together_are_a_concept_of_their_own() -> None:
    # youyang_cq_2025_q1 (real excerpt): the sum of deposits and loans, printed before the loans alone
    text = "3月末,全县本外币存贷余额440.95亿元,增长6.4%;贷款余额354.88亿元,增长2.6%。"
    assert fact(text, "440.95亿元")["indicator_key"] == "deposits_loans_outstanding"
    assert fact(text, "354.88亿元")["indicator_key"] == "loans_outstanding"


def test_high_and_new_technology_investment_is_keyed_apart_from_high_tech() -> None:
    # xiaoshan_hz_2022_h1 (real excerpt): the province's class of high and new technology industries
    text = "固定资产投资同比增长13.8%,其中制造业投资、高新技术产业投资、项目民间投资同比分别增长62.7%、71.4%和51.3%;"
    assert fact(text, "71.4%")["indicator_key"] == "high_new_tech_industry_investment"
    assert vocab.concept("高技术产业投资").key == "high_tech_industry_investment"


def test_the_branches_of_farming_are_sectors_of_their_own() -> None:
    # minhang_sh_2015_bulletin (real excerpt): the output of agriculture broken down by its branches
    text = "全年实现农业总产值3.64亿元,比上年下降0.8%。其中,种植业产值2.55亿元,比上年增长6.5%;畜牧业产值0.69亿元,比上年下降22.0%。"
    assert fact(text, "2.55亿元")["indicator_key"] == "sector_output:crop_farming"
    assert fact(text, "22.0%")["indicator_key"] == "sector_output:animal_husbandry"


def test_the_totals_that_balance_a_budget_have_keys() -> None:
    # minhang_sh_2022_h1_budget (real excerpt): revenue plus transfers, balances and funds is the budget's revenue
    # total, and spending plus remittances, repayments and balances its spending total; both are totals
    text = ("全区一般公共预算收入331.1亿元,增长11%。加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、"
            "地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.5亿元,收入总量为490.7亿元。")
    f = fact(text, "490.7亿元")
    assert (f["indicator_key"], f["dimension"]) == ("general_budget_total_resources", "total")
    assert vocab.concept("一般公共预算支出总量").key == "general_budget_total_uses"


# minhang_sh_2022_h1_budget (real excerpt): the items that balance the district's general budget
MINHANG_RESOURCES = ("全区一般公共预算收入331.1亿元,增长11%。加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、"
                     "地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.5亿元,收入总量为490.7亿元。")
MINHANG_USES = ("全区一般公共预算支出402.2亿元,下降6.4%。加上解市级财政支出18.5亿元、地方政府一般债务还本支出23.8亿元、"
                "补充预算稳定调节基金33.3亿元、结转下年支出12.9亿元,支出总量为490.7亿元。")
MINHANG_OWN = "2.区本级一般公共预算收支决算情况 区本级一般公共预算财力249.2亿元(含市拨专款54.5亿元),加上年结转收入6.9亿元。"


@pytest.mark.parametrize(("text", "figure", "key"), [
    (MINHANG_RESOURCES, "28.5亿元", "general_debt_onlent_revenue"),
    (MINHANG_RESOURCES, "9.5亿元", "budget_stabilisation_fund_drawn"),
    (MINHANG_USES, "23.8亿元", "general_debt_repayment"),
    (MINHANG_USES, "33.3亿元", "budget_stabilisation_fund_added"),
    (MINHANG_OWN, "249.2亿元", "general_budget_disposable_resources"),
])
def test_the_items_that_balance_a_general_budget_have_keys(text: str, figure: str, key: str) -> None:
    # minhang_sh_2022_h1_budget (real excerpt): general debt and the budget stabilisation fund belong to the general
    # budget only, whatever budget paragraph prints them
    assert fact(text, figure)["indicator_key"] == key


def test_a_transfer_received_is_keyed_and_its_giver_is_no_scope() -> None:
    # minhang_sh_2022_h1_budget (real excerpt): 市级 gives the tax rebates and transfers, the district receives them
    f = fact(MINHANG_RESOURCES, "109.6亿元")
    assert (f["indicator_key"], f["scope"]) == ("general_budget_transfers_received", "")


def test_earmarked_funds_a_higher_level_gives_are_keyed_and_its_giver_is_no_scope() -> None:
    # minhang_sh_2022_h1_budget (real excerpt): 市拨专款, the city's earmarked funds counted in the district's own 财力,
    # are earmarked transfers received (a narrower count than 税收返还和补助收入)
    f = fact(MINHANG_OWN, "54.5亿元")
    assert (f["indicator"], f["indicator_key"], f["scope"]) == ("市拨专款", "earmarked_transfers_received", "")
    assert vocab.concept("专项转移支付收入").key == "earmarked_transfers_received"
    assert vocab.concept("中央对地方专项转移支付").key == ""  # (national work report 2016: what the centre gives)


@pytest.mark.parametrize(("text", "figure", "key"), [
    (MINHANG_RESOURCES, "7.7亿元", "general_budget_balance_brought_forward"),
    (MINHANG_RESOURCES, "4.3亿元", "general_budget_funds_transferred_in"),
    (MINHANG_USES, "18.5亿元", "general_budget_remittances_up"),
    (MINHANG_USES, "12.9亿元", "general_budget_balance_carried_forward"),
])
def test_items_a_fund_budget_prints_alike_are_keyed_by_the_budget_of_their_total(text: str, figure: str,
                                                                                 key: str) -> None:
    # minhang_sh_2022_h1_budget (real excerpt): a government-fund budget balances with 上年结转收入, 调入资金, 上解支出
    # and 结转下年支出 too; these are parts of the general budget's 收入总量/支出总量, and 上解市级财政支出 is a
    # remittance up whichever level is above
    f = fact(text, figure)
    assert (f["indicator_key"], f["relation"]) == (key, "part")


def test_the_same_items_of_a_fund_budget_stay_unkeyed() -> None:
    # constructed fixture: the balance of a government-fund budget, printed as minhang_sh_2022_h1_budget prints the
    # general budget's
    text = "全区政府性基金预算收入50亿元。加上年结转收入3亿元、调入资金1亿元,收入总量为54亿元。"
    assert fact(text, "54亿元")["indicator"] == "政府性基金预算收入总量"
    assert [fact(text, v)["indicator_key"] for v in ("3亿元", "1亿元")] == ["", ""]
