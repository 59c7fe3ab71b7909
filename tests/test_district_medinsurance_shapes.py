"""Figures of the medical insurance reports (医疗保障事业发展统计公报, 医疗保障工作总结) as district and county offices
print them.

Such a report prints the insured (基本医疗保险参保人数, 其中职工医保…城乡居民医保…, 参保率), the funds of each scheme
(基金收入, 基金支出, 当期结存, 累计结存, 可支付月数), what is paid (住院费用政策范围内报销比例, 次均费用, 赔付…人次
and its amount), centralised procurement (集采药品…种, 平均降价, 平均降幅, 完成约定采购量的X%), cross-region
settlement, medical assistance, long-term care insurance and fund supervision (追回医保基金).

The rules: a bare side of a fund (支出, 基金支出, 总支出) after the other side of a fund, an account or a scheme takes
its owner (个人账户收入17.2亿元，支出14.1亿元 → 个人账户支出); 累计结存, as 累计结余, keeps its 累计 (the balance of all
years, not the year's 当期结存), and the year's and all years' balances after a fund's spending or balance take its
name (统筹基金当期结存…，累计结存 → 统筹基金累计结存); a group of persons listed before a shared rate or proportion
(特困人员、低保对象救助比例) owns it, not counted; the scheme's inpatient cost words (住院费用, 次均费用, 政策范围内, 报销比例) are shared by the
items of a 分别 list; 约 opening a word (约定, 约束, 约谈) is no qualifier; an average price cut of many goods
(平均降幅) is a change of its own, not one against last year; an amount named by a deed's verb (赔付金额, 结算金额) is
the amount of the deed the count before names (大病保险赔付1.2万人次 → 大病保险赔付金额).

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "一、2023年全区医疗保障事业发展情况\n"


# -- a bare side of a fund takes the owner of the side before --------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district medical insurance bulletin (not real), modelled on the national
    # reports' 中央财政安排城乡医疗救助补助资金160亿元，增长9.6% (/work/shared/corpus/national_work_reports/2016.txt) and
    # the budget reports' 社会保险基金预算收入…；支出…
    ("全年职工医保基金收入45.6亿元，同比增长6.8%；基金支出38.2亿元，同比增长9.5%。", "38.2亿元", "职工医保基金支出",
     "employee_medical_fund_expenditure"),
    # regression fixture, a variant (not real): the residents' scheme
    ("城乡居民医保基金收入12.8亿元，基金支出12.1亿元，当期结余0.7亿元。", "12.1亿元", "城乡居民医保基金支出",
     "resident_medical_fund_expenditure"),
    # regression fixture, a variant (not real): a personal account's spending after its revenue
    ("其中统筹基金收入28.4亿元，支出24.1亿元；个人账户收入17.2亿元，支出14.1亿元。", "14.1亿元", "个人账户支出", ""),
    # regression fixture, a variant (not real): the total of the funds
    ("全区医保基金总收入58.4亿元，总支出50.3亿元，分别增长6.1%和8.7%。", "50.3亿元", "医保基金总支出",
     "medical_insurance_fund_expenditure"),
    # regression fixture, a variant (not real): another social insurance
    ("全年工伤保险基金收入1.2亿元，基金支出0.9亿元。", "0.9亿元", "工伤保险基金支出", ""),
])
def test_a_bare_side_of_a_fund_takes_its_owner(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


def test_a_bare_total_spending_after_no_fund_is_left_alone():
    # regression fixture, a variant (not real): tourism's revenue is no fund's, its spending no side of it
    assert fact(HEAD + "全年旅游总收入58.4亿元，总支出50.3亿元。", "50.3亿元")["indicator"] == "总支出"


# -- 累计结存 keeps its 累计; a fund's balances take the fund's name ----------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district medical insurance bulletin (not real), modelled on the fund
    # sentences of the national reports (社会保险基金…) and the 当期结余/累计结余 the district budget reports print
    ("全年职工医保基金当期结存7.4亿元，累计结存62.3亿元，可支付月数为19.6个月。", "62.3亿元", "职工医保基金累计结存"),
    # regression fixture, a variant (not real): a pooled fund's balances
    ("统筹基金当期结存5.6亿元，累计结存45.2亿元。", "45.2亿元", "统筹基金累计结存"),
    # regression fixture, a variant (not real): the year's surplus after the spending, of the same fund
    ("城乡居民医保基金收入12.8亿元，基金支出12.1亿元，当期结余0.7亿元，累计结余9.6亿元。", "0.7亿元",
     "城乡居民医保基金当期结余"),
    # regression fixture, a variant (not real): the balance of all years after it
    ("城乡居民医保基金收入12.8亿元，基金支出12.1亿元，当期结余0.7亿元，累计结余9.6亿元。", "9.6亿元",
     "城乡居民医保基金累计结余"),
    # regression fixture, a variant (not real): no fund before, no owner
    ("全年旅游收入15亿元，支出13亿元，当期结余2亿元。", "2亿元", "当期结余"),
    # regression fixture, a variant (not real): the fund named before
    ("全区医保基金累计结存72.0亿元，比上年末增加8.1亿元。", "72.0亿元", "医保基金累计结存"),
    # regression fixture, a variant (not real): its change
    ("全区医保基金累计结存72.0亿元，比上年末增加8.1亿元。", "8.1亿元", "医保基金累计结存"),
    # regression fixture, a variant (not real): the months the balance pays for
    ("职工医保累计结存可支付月数为19.6个月，处于合理区间。", "19.6个月", "职工医保累计结存可支付月数"),
])
def test_cumulative_balance_keeps_its_word(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_cumulative_balance_takes_the_glossary_key():
    # regression fixture, a variant (not real)
    f = fact(HEAD + "全区医保基金累计结存72.0亿元，比上年末增加8.1亿元。", "72.0亿元")
    assert f["indicator_key"] == "medical_insurance_fund_balance"


# -- a list of groups or schemes sharing a rate, a proportion or a cost -------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district medical assistance report (not real), modelled on the national
    # reports' 降低并统一大病保险起付线，报销比例由50%提高到60% (/work/shared/corpus/national_work_reports/2019.txt)
    ("特困人员、低保对象住院费用政策范围内救助比例分别达到100%和80%。", "100%", "特困人员住院费用政策范围内救助比例"),
    # regression fixture, a variant (not real): the second item
    ("特困人员、低保对象住院费用政策范围内救助比例分别达到100%和80%。", "80%", "低保对象住院费用政策范围内救助比例"),
    # regression fixture, a variant (not real): a rate of insured
    ("特困人员、低保对象参保率分别为100%和99%。", "100%", "特困人员参保率"),
    # regression fixture, a variant (not real): the schemes' reimbursement rates
    ("职工医保、城乡居民医保住院费用报销比例分别为85%和70%。", "85%", "职工医保住院费用报销比例"),
    # regression fixture, a variant (not real): 政策范围内 opening the shared words
    ("职工医保、城乡居民医保政策范围内住院费用报销比例分别为85%和70%。", "85%", "职工医保政策范围内住院费用报销比例"),
    # regression fixture, a variant (not real): the cost per stay
    ("职工医保、城乡居民医保住院次均费用分别为9860元和7420元，分别下降4.2%和3.1%。", "9860元", "职工医保住院次均费用"),
    # regression fixture, a variant (not real): the change of the cost per stay
    ("职工医保、城乡居民医保住院次均费用分别为9860元和7420元，分别下降4.2%和3.1%。", "4.2%", "职工医保住院次均费用"),
])
def test_a_list_shares_the_rate_or_cost(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_a_group_of_persons_counted_stays_a_count():
    # regression fixture, a variant (not real): a count of the persons, no rate shared
    assert fact(HEAD + "特困人员、低保对象人数分别为1200人和3400人。", "1200人")["indicator"] == "特困人员"


# -- 约 opening a word is no qualifier ------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "measure"), [
    # regression fixture in the form of a district report on centralised procurement (not real), modelled on the
    # national reports' 推行药品和医用耗材集中带量采购 (/work/shared/corpus/national_work_reports/2023.txt)
    ("全区32家公立医疗机构全部参与集中带量采购，完成约定采购量的126%。", "126%", "completion_pct"),
    # regression fixture, a variant (not real): the amount agreed
    ("各医疗机构完成约定采购量1.2万盒。", "1.2万盒", "level"),
])
def test_yue_opening_a_word_is_no_qualifier(s, printed, measure):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["qualifier"]) == (measure, "exact")


def test_yue_before_a_figure_stays_about():
    # regression fixture, a variant (not real): 约 before the figure
    assert fact(HEAD + "全年节约医保资金约1.2亿元。", "1.2亿元")["qualifier"] == "about"


# -- an average price cut of many goods is a change of its own ------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "value", "qualifier"), [
    # regression fixture in the form of a district report on centralised procurement (not real), modelled on the
    # national reports' 17种抗癌药大幅降价并纳入国家医保目录 (/work/shared/corpus/national_work_reports/2019.txt)
    ("执行省级集采医用耗材12类，平均降幅达70%以上。", "70%", -70, "at_least"),
    # regression fixture, a variant (not real): the prices of the goods chosen
    ("中选药品价格平均降幅56%。", "56%", -56, "exact"),
    # regression fixture, a variant (not real): 平均降价 (already a change of its own)
    ("全年落地执行国家集采药品86种，平均降价53%，节约医保资金1.2亿元。", "53%", -53, "exact"),
])
def test_an_average_cut_is_a_change_of_its_own(s, printed, value, qualifier):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["qualifier"]) == ("change_pct", qualifier)
    assert f["value"] == pytest.approx(value)


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district report (not real), modelled on the national reports' 重点地区细颗粒物
    # （PM2.5）平均浓度下降30%以上 (/work/shared/corpus/national_work_reports/2018.txt)
    ("全市2023年PM2.5平均浓度下降到30微克，平均降幅达12%。", "12%"),
    # regression fixture, a variant (not real): the energy used for a unit of GDP
    ("全区单位GDP能耗平均降幅3.2%。", "3.2%"),
    # regression fixture, a variant (not real): the energy used for a unit of industrial value added
    ("规模以上工业单位增加值能耗平均降幅4.1%。", "4.1%"),
])
def test_an_average_fall_of_no_goods_is_against_last_year(s, printed):
    assert fact(HEAD + s, printed)["measure"] == "yoy_pct"


def test_a_cut_against_last_year_stays_yoy():
    # regression fixture, a variant (not real): 降幅 of one price against last year
    assert fact(HEAD + "药品价格同比降幅5.2%。", "5.2%")["measure"] == "yoy_pct"


# -- the amount of a deed counted before --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district medical insurance bulletin (not real), modelled on the national
    # reports' 大病保险制度基本建立、已有1700多万人次受益 (/work/shared/corpus/national_work_reports/2018.txt)
    ("大病保险赔付1.2万人次，赔付金额8600万元。", "8600万元", "大病保险赔付金额"),
    # regression fixture, a variant (not real): the count's change between
    ("全年异地就医直接结算12.6万人次，同比增长45.2%，结算金额6.3亿元。", "6.3亿元", "异地就医直接结算金额"),
    # regression fixture, a variant (not real): a count whose name ends with 人次
    ("全区职工医保普通门诊统筹报销人次达到356万人次，报销金额4.6亿元。", "4.6亿元", "职工医保普通门诊统筹报销金额"),
    # regression fixture, a variant (not real): another verb names another amount
    ("全年异地就医直接结算12.6万人次，同比增长45.2%，支付金额6.3亿元。", "6.3亿元", "支付金额"),
    # regression fixture, a variant (not real): the persons helped are no deed
    ("资助1.6万名困难群众参加城乡居民医保，资助金额580万元。", "580万元", "资助金额"),
])
def test_the_amount_of_a_deed_counted_before(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the glossary's keys of the kind -------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district medical insurance bulletin (not real), modelled on the national
    # reports' 2007年城镇职工基本医疗保险参保人数达到1.8亿人 (/work/shared/corpus/national_work_reports/2008.txt)
    ("截至2023年底，全区基本医疗保险参保人数达到86.5万人，其中职工医保参保人数52.3万人，城乡居民医保参保人数34.2万人。",
     "34.2万人", "resident_medical_insured"),
    # regression fixture, a variant (not real)
    ("职工医保住院费用政策范围内报销比例达到85.6%，较上年提高1.2个百分点。", "85.6%", "employee_inpatient_reimbursement_rate"),
    # regression fixture, a variant (not real)
    ("城乡居民医保住院费用政策范围内报销比例为70.3%。", "70.3%", "resident_inpatient_reimbursement_rate"),
    # regression fixture, a variant (not real)
    ("全年异地就医直接结算12.6万人次，同比增长45.2%。", "12.6万人次", "cross_region_direct_settlements"),
    # regression fixture, a variant (not real)
    ("全年医疗救助3.2万人次，支出医疗救助资金2860万元。", "3.2万人次", "medical_assistance_cases"),
    # regression fixture, a variant (not real)
    ("全年医疗救助3.2万人次，支出医疗救助资金2860万元。", "2860万元", "medical_assistance_spending"),
    # regression fixture, a variant (not real)
    ("长期护理保险参保人数51.2万人。", "51.2万人", "ltc_insured"),
    # regression fixture, a variant (not real)
    ("全年检查定点医药机构568家，追回医保基金1260万元。", "1260万元", "medical_fund_recovered"),
    # regression fixture, a variant (not real)
    ("全区医保基金总收入58.4亿元。", "58.4亿元", "medical_insurance_fund_revenue"),
    # regression fixture, a variant (not real): the bulletin's 参加…人数
    ("年末全区参加基本医疗保险人数为125.6万人，比上年末增加2.3万人。", "125.6万人", "medical_insured"),
    # regression fixture, a variant (not real)
    ("参加城乡居民基本医疗保险人数47.2万人，其中成年人31.6万人。", "47.2万人", "resident_medical_insured"),
])
def test_glossary_keys_of_medical_insurance(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key
