"""Headline rows of the national work reports' reviews of the year: the rural income measure of the years before 2014
(农村居民人均纯收入) is a headline indicator beside the urban one; a bound a level passes (突破万亿元) gives way to the
level printed after it; a name listing several quantities one figure is printed for, or narrowing a headline quantity
whose whole its sentence prints, is no headline row; the country's per-capita GDP is named as the country's GDP is.
"""
import dhcheng_analysis as dh

# real excerpt: /work/shared/corpus/national_work_reports/2001.txt, its review of the ninth five-year plan (verbatim)
INCOMES_2001 = ("一、“九五”时期国民经济和社会发展的回顾\n"
                "农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元，平均每年实际增长4.7％和5.7％。\n")
# real excerpt: /work/shared/corpus/national_work_reports/2000.txt, its review of 1999 (verbatim, shortened)
REVENUE_2000 = ("一、1999年国内工作回顾\n"
                "国家财政收入比上年增加1501亿元，总额首次突破万亿元，达到11377亿元。\n")
ALLOWANCES_2000 = ("一、1999年国内工作回顾\n"
                   "从去年7月1日起，国家较大幅度增加了城镇中低收入者的收入。包括将国有企业下岗职工基本生活费水平、"
                   "失业保险金水平、城镇居民最低生活保障金水平提高30％；增加机关事业单位在职职工工资和离退休人员的离退休费。"
                   "城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9．3％；农村居民人均纯收入实际增长3．8％。\n")

# real excerpt: /work/shared/corpus/national_work_reports/1999.txt, its review of 1998 (verbatim)
INVESTMENT_1999 = ("一、1998年工作回顾和1999年工作的总体要求\n"
                   "下半年国有单位固定资产投资增长显著加快，全年增长19·5％，全社会固定资产投资增长14·1％。\n")

# real excerpt: /work/shared/corpus/national_work_reports/2004.txt, its review of 2003 (verbatim)
GDP_2004 = ("一、过去一年的工作回顾\n"
            "国内生产总值比上年增长9.1%，达到11.67万亿元；按现行汇率计算，人均国内生产总值突破1000美元，跨上一个重要台阶。\n")


def _rows(text: str):
    return dh.headline_indicators(dh.load_report(text)).set_index("indicator")


def test_rural_net_income_is_a_headline_row_beside_the_urban_income():
    rows = _rows(INCOMES_2001)
    assert rows.loc["农村居民人均纯收入", ["level", "change_pct", "change_comparator"]].tolist() == [2253.0, 4.7, "平均每年"]
    assert rows.loc["城镇居民人均可支配收入", ["level", "change_pct"]].tolist() == [6280.0, 5.7]
    assert rows.loc["农村居民人均纯收入", "indicator_key"] == "rural_per_capita_net_income"


def test_a_bound_the_revenue_passed_gives_way_to_its_level():
    row = _rows(REVENUE_2000).loc["一般公共预算收入"]
    assert (row["level"], row["level_qualifier"]) == (1.1377e12, "exact")
    facts = dh.extract_facts(REVENUE_2000)  # (the bound stays a fact)
    assert facts.loc[facts["value"] == 1e12, ["measure", "qualifier"]].to_numpy().tolist() == [["level", "over"]]


def test_allowances_listed_for_one_rise_make_no_headline_row():
    rows = _rows(ALLOWANCES_2000)
    assert list(rows.index) == ["城镇居民人均可支配收入", "农村居民人均纯收入"]
    facts = dh.extract_facts(ALLOWANCES_2000)  # (the rise stays a fact, a growth of the three allowances)
    assert facts.loc[facts["raw_value"] == "30", "measure"].tolist() == ["yoy_pct"]


def test_the_state_units_part_of_investment_makes_no_row_beside_the_whole():
    rows = _rows(INVESTMENT_1999)
    assert list(rows.index) == ["固定资产投资"]
    assert rows.loc["固定资产投资", "yoy_pct"] == 14.1
    facts = dh.extract_facts(INVESTMENT_1999)  # (the part's growth stays a fact)
    assert facts.loc[facts["value"] == 19.5, "indicator"].tolist() == ["国有单位固定资产投资"]


def test_the_countrys_per_capita_gdp_is_named_as_printed_and_its_bound_is_its_level():
    rows = _rows(GDP_2004)
    assert list(rows.index) == ["国内生产总值", "人均国内生产总值"]
    row = rows.loc["人均国内生产总值"]
    assert (row["indicator_key"], row["level"], row["unit"], row["level_qualifier"]) == ("gdp_per_capita", 1000.0,
                                                                                         "美元", "over")


# real excerpt: /work/shared/corpus/national_work_reports/1981.txt (verbatim)
RETAIL_1981 = "国内市场商品货源增加，供应情况比较好，社会商品零售额今年预计将比去年增长９％。"


def test_the_retail_sales_of_commodities_printed_without_its_total_are_that_concept():
    facts = dh.extract_facts(RETAIL_1981)
    assert facts[["indicator_key", "measure", "value", "status"]].to_numpy().tolist() == [
        ["retail_sales_commodities", "yoy_pct", 9.0, "estimate"]]
