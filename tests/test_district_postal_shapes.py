"""Figures of the postal and express delivery statistics (邮政行业发展统计公报, 快递业务运行情况) as district and
county offices print them.

Such a report gives the postal industry's revenue and business volume (邮政行业业务收入, 业务总量), the express
firms' deliveries and revenue (快递业务量, 快递业务收入), each split into 同城 (within the city), 异地 (between
cities) and 国际及港澳台 (international), with the share of each in the whole, and the outlets, village stations,
vehicles and couriers of the trade. The rules: a bare 业务收入, 业务量 or 业务总量 printed after a name that ends
with another of them is the same owner's (快递业务量…，业务收入… → 快递业务收入; 快递服务企业业务量…；业务收入… →
快递服务企业业务收入; 邮政行业业务收入…；业务总量… → 邮政行业业务总量), in a clause after it as in a list with it
(快递业务量和业务收入分别居…); the items of a list before a shared 快递业务量 or 快递业务收入 (同城、异地、国际及港澳台
快递业务量分别占…) each take the whole name, and so do the parts after 其中 of a 快递业务量 (其中同城…、异地…); the
glossary keys the standard names of the trade's statistics.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "二、2023年全区快递业务运行情况\n"


# -- a bare 业务收入 is the owner's of the name before ---------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district postal statistics bulletin (not real), modelled on the national
    # reports' 促进物流配送、快递业和网络购物发展 (/work/shared/corpus/national_work_reports/2014.txt)
    ("全区快递服务企业业务量累计完成1.62亿件，同比增长11.3%；业务收入累计完成9.86亿元，同比增长7.9%。",
     "9.86亿元", "快递服务企业业务收入", "express_revenue"),
    # regression fixture, a variant (not real): the growth of the same revenue
    ("全区快递服务企业业务量累计完成1.62亿件，同比增长11.3%；业务收入累计完成9.86亿元，同比增长7.9%。",
     "7.9%", "快递服务企业业务收入", "express_revenue"),
    # regression fixture, a variant (not real): the owner 快递 no word of a body (企业, 行业)
    ("2024年，全县快递业务量累计完成5800万件，同比增长8%；业务收入达到4.2亿元，同比增长5%。",
     "4.2亿元", "快递业务收入", "express_revenue"),
    # regression fixture, a variant (not real): right after the deliveries' clause, no growth between
    ("2024年，全县快递业务量累计完成5800万件，业务收入达到4.2亿元。", "4.2亿元", "快递业务收入", "express_revenue"),
    # regression fixture, a variant (not real): the postal industry's volume after its revenue
    ("2023年，全区邮政行业业务收入（不包括邮政储蓄银行直接营业收入）累计完成12.35亿元，同比增长8.6%；"
     "业务总量累计完成15.62亿元，同比增长10.2%。", "15.62亿元", "邮政行业业务总量", "postal_business_volume"),
    # regression fixture, a variant (not real): the revenue itself keyed
    ("2023年，全区邮政行业业务收入（不包括邮政储蓄银行直接营业收入）累计完成12.35亿元，同比增长8.6%；"
     "业务总量累计完成15.62亿元，同比增长10.2%。", "12.35亿元", "邮政行业业务收入", "postal_industry_revenue"),
])
def test_bare_business_revenue_takes_the_owner_before(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


def test_budget_spending_after_its_revenue():
    # regression fixture, a variant (not real): the same rule for a budget's spending after its revenue
    f = fact(HEAD + "全区一般公共预算收入完成45亿元，支出完成60亿元。", "60亿元")
    assert f["indicator"] == "一般公共预算支出"


@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a county express delivery report (not real), modelled on the national
    # reports' 加快电商、快递进农村，扩大县乡消费 (/work/shared/corpus/national_work_reports/2021.txt)
    ("全县快递业务量和业务收入分别居全市第2位和第3位。", "第3位", "快递业务收入", "rank"),
    # regression fixture, a variant (not real): growths and their gaps to the city
    ("全县快递业务量、业务收入增速分别为18.6%、12.3%，分别高于全市3.2个和1.5个百分点。", "12.3%", "快递业务收入",
     "yoy_pct"),
    # regression fixture, a variant (not real)
    ("全县快递业务量、业务收入增速分别为18.6%、12.3%，分别高于全市3.2个和1.5个百分点。", "1.5个百分点", "快递业务收入",
     "pp_diff"),
])
def test_bare_business_revenue_in_a_list(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


def test_bare_revenue_after_a_list_takes_no_last_item():
    # regression fixture, a variant (not real): the revenue of each item of the list before, not of its last
    s = ("同城、异地、国际及港澳台快递业务量分别占全部快递业务量的35.8%、63.0%和1.2%；"
         "业务收入分别占全部快递收入的18.6%、72.4%和9.0%。")
    assert fact(HEAD + s, "18.6%")["indicator"] != "国际及港澳台快递业务收入"


# -- the items of a list share 快递业务量 ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district postal statistics bulletin (not real), modelled on the national
    # reports' 完善物流配送网络，促进快递业健康发展 (/work/shared/corpus/national_work_reports/2016.txt)
    ("同城、异地、国际及港澳台快递业务量分别占全部快递业务量的20.1%、79.4%和0.5%。", "20.1%", "同城快递业务量",
     "intra_city_express_deliveries"),
    # regression fixture, a variant (not real)
    ("同城、异地、国际及港澳台快递业务量分别占全部快递业务量的20.1%、79.4%和0.5%。", "79.4%", "异地快递业务量",
     "inter_city_express_deliveries"),
    # regression fixture, a variant (not real): revenue shares
    ("同城、异地、国际及港澳台快递业务收入分别占全部快递收入的15.8%、63.2%和11.4%。", "15.8%", "同城快递业务收入", ""),
    # regression fixture, a variant (not real): the parts after 其中
    ("1-6月，全县快递业务量累计完成2865.3万件，同比增长18.6%，其中同城1025.6万件、异地1806.2万件、国际及港澳台33.5万件。",
     "1025.6万件", "同城快递业务量", "intra_city_express_deliveries"),
    # regression fixture, a variant (not real)
    ("1-6月，全县快递业务量累计完成2865.3万件，同比增长18.6%，其中同城1025.6万件、异地1806.2万件、国际及港澳台33.5万件。",
     "33.5万件", "国际及港澳台快递业务量", "international_express_deliveries"),
])
def test_list_items_share_the_express_name(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


# -- the glossary keys the trade's standard names ------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district postal statistics bulletin (not real), modelled on the national
    # reports' 加强县域商业体系建设，发展农村电商和快递物流配送 (/work/shared/corpus/national_work_reports/2022.txt)
    ("截至2023年底，全区共有快递服务网点156个，较上年增加12个；村级快递服务站点86个，建制村快递服务覆盖率达100%。",
     "156个", "express_outlets"),
    # regression fixture, a variant (not real)
    ("截至2023年底，全区共有快递服务网点156个，较上年增加12个；村级快递服务站点86个，建制村快递服务覆盖率达100%。",
     "100%", "village_express_coverage"),
    # regression fixture, a variant (not real): rural parcels
    ("全年农村地区收投快件0.98亿件，同比增长15.2%。", "0.98亿件", "rural_express_items"),
    # regression fixture, a variant (not real): the industry's items, postal and express together
    ("全区邮政行业寄递业务量累计完成1.86亿件，同比增长9.1%。", "1.86亿件", "postal_delivery_items"),
    # regression fixture, a variant (not real): the express firms' deliveries by their standard name
    ("12月份，全区快递服务企业业务量完成1586.2万件，同比增长14.5%。", "1586.2万件", "express_deliveries"),
])
def test_glossary_keys_postal_names(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


# -- a rate in ten thousand or in a million ----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "measure", "value", "unit"), [
    # regression fixture in the form of a district postal statistics bulletin (not real), modelled on the national
    # reports' 推动快递包装绿色转型 (/work/shared/corpus/national_work_reports/2021.txt) and the ‰ of a rate
    ("全年快递服务有效申诉率为百万分之0.8，同比下降百万分之0.2。", "百万分之0.8", "rate_pct", 0.8, "1/100万"),
    # regression fixture, a variant (not real): its change in the same unit
    ("全年快递服务有效申诉率为百万分之0.8，同比下降百万分之0.2。", "百万分之0.2", "pp_diff", -0.2, "1/100万"),
    # regression fixture, a variant (not real): in ten thousand
    ("全年快递服务有效申诉率为万分之0.8。", "万分之0.8", "rate_pct", 0.8, "1/万"),
    # regression fixture, a variant (not real): in Chinese numerals
    ("全年有效申诉率为百万分之零点八。", "百万分之零点八", "rate_pct", 0.8, "1/100万"),
])
def test_rate_in_ten_thousand_or_a_million(s, printed, measure, value, unit):
    f = fact(HEAD + s, printed)
    assert (f["indicator"].endswith("有效申诉率"), f["measure"], f["value"], f["unit"]) == (True, measure,
                                                                                       pytest.approx(value), unit)


def test_million_after_a_count_stays_a_count():
    # regression fixture, a variant (not real): 百万 before a counter is no rate
    f = fact(HEAD + "全年快递业务量突破百万件。", "百万件")
    assert f["unit"] == "件"


# -- 二次包装 is a name --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district postal report (not real), modelled on the national reports'
    # 推广绿色建筑、绿色快递包装 (/work/shared/corpus/national_work_reports/2019.txt)
    ("快递包装绿色转型持续推进，电商快件不再二次包装比例达到95%。", "95%", "电商快件不再二次包装比例"),
    # regression fixture, a variant (not real)
    ("全区二次包装率下降到5%。", "5%", "二次包装率"),
])
def test_secondary_packing_is_a_name(s, printed, name):
    f = fact(HEAD + s, printed)
    assert f["indicator"] == name
    assert "二" not in set(facts(HEAD + s)["raw_value"])


# -- only a business measure owns a bare sibling; an income or fee word owns none -------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district budget report (not real), modelled on 4月,一般公共预算收入累计完成
    # 24627万元,…。其中:税收收入8103万元,…;非税收入16524万元,… (/work/shared/gold/real/texts/dayao_2024_m4_budget.txt)
    ("全区一般公共预算收入30亿元，其中税收收入20亿元，非税收入10亿元，支出80亿元。", "80亿元", "支出"),
    # regression fixture, a variant (not real): 非税 owns no 税收
    ("全区非税收入12亿元，税收28亿元。", "28亿元", "税收"),
    # regression fixture, a variant (not real): an income per head owns no spending
    ("全区农村居民人均可支配收入18000元，支出12000元。", "12000元", "支出"),
    # regression fixture, a variant (not real): a total revenue owns no tax
    ("全市旅游总收入200亿元，税收10亿元。", "10亿元", "税收"),
    # regression fixture, a variant (not real): ticket revenue owns no profit
    ("全区文旅产业实现营业收入50亿元，门票收入5亿元，利润3亿元。", "3亿元", "利润"),
    # regression fixture, a variant (not real)
    ("全区门票收入3000万元，支出2000万元。", "2000万元", "支出"),
    # regression fixture, a variant (not real)
    ("全区土地出让收入50亿元，支出40亿元。", "40亿元", "支出"),
    # regression fixture, a variant (not real): a budget's spending after its revenue stays the budget's
    ("全区一般公共预算收入30亿元，支出80亿元。", "80亿元", "一般公共预算支出"),
    # regression fixture, a variant (not real): a 其中 part owns no sibling after it
    ("全区快递业务量完成2865.3万件，其中同城快递业务量1200万件，业务收入2.15亿元。", "2.15亿元", "业务收入"),
])
def test_income_word_owns_no_sibling(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- 万分之 after a larger power (千万分之, 10万分之) is no ten thousandth -------------------------------------------

@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district health report (not real), modelled on the national reports'
    # 婴儿死亡率和孕产妇死亡率明显下降 (/work/shared/corpus/national_work_reports/2008.txt): a rate in 1/10万
    ("全区孕产妇死亡率为10万分之12。", "万分之12"),
    # regression fixture, a variant (not real): a rate in ten million
    ("全区道路运输事故率为千万分之二。", "万分之二"),
])
def test_ten_thousandth_after_a_larger_power(s, printed):
    got = facts(HEAD + s)
    assert printed not in set(got["raw_value"])
    assert "1/万" not in set(got["unit"])
