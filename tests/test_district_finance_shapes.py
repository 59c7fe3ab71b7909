"""Figures of the report on financial operation (金融运行情况, 金融业发展报告), as district and county offices print them.

The report prints the deposit and loan balances of the financial institutions at a month's end, their growth on the
year before and their increase since the year's start (比年初增加), the loans by kind, the non-performing loan ratio,
the loan rates and their moves, the insurers' premiums and claims, and the listed firms by market. Its rules:

- a move of a rate printed in basis points (下降32个基点, 下降52BP; 分别下降20个和25个基点, the unit printed once) is a
  difference of percentage points (pp_diff, a basis point a hundredth of one) of the rate before it, not a count of
  things named 基点; with no rate before it in its clause, 基点 are places counted (设立了25个基点);
- a change read off 多增 or 少增 (同比多增32.1亿元) of a stock (a balance, or one whose increase the sentence printed
  before) compares how much it grew with how much it grew in the same period of the year before: it is named as that
  increase (人民币贷款增量), not as the balance, which stands higher than a year before whatever the increase did; a
  name of an increase already (新增贷款) stays; of a flow (保费收入…同比多增2亿元) it is the flow's own change;
- an industry or its bodies said to 实现 premiums or financing (保险业实现保费收入, 企业实现直接融资) own the amount, as
  银行业金融机构实现营业收入 does: 实现 is no part of the name; nor is 辖内 (within the district), as 辖区内 is not;
- the parts of a count of listed firms by market (其中主板19家、创业板8家) are firms listed there (主板上市公司), as
  the parts of a count by grade are things of that grade;
- a period printed in the base of a completion (完成全年新增目标的84.3%) is the target's time, not the figure's, and
  holds for no sentence after it.

Its statistics of standard definition take glossary keys of their own (household and corporate deposits, household
loans, non-performing loans, the loan-to-deposit and provision coverage ratios, the rate of new corporate loans,
insurance premiums, claims, penetration and density, IPO proceeds, green loans); a narrower one (one line of
insurance) or an increase of a balance keeps none.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "一、金融运行情况\n"


# -- basis points ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "value", "comparator"), [
    # regression fixture in the form of a district financial operation report (not real), modelled on the national
    # reports' 贷款平均利率较五年前下降1.5个百分点 (/work/shared/corpus/national_work_reports/2023.txt)
    ("12月份，全区企业贷款加权平均利率为3.95%，同比下降32个基点。", "32个基点", "企业贷款加权平均利率", -0.32, "上年同期"),
    # regression fixture, a variant (not real): a second rate of the sentence after a semicolon
    ("12月份，全区企业贷款加权平均利率为3.95%，同比下降32个基点；普惠小微贷款加权平均利率4.35%，较上年同期下降41个基点。",
     "41个基点", "普惠小微贷款加权平均利率", -0.41, "上年同期"),
    # regression fixture, a variant (not real): two moves against two bases
    ("6月份，新发放一般贷款加权平均利率为4.62%，同比下降35个基点，较年初下降18个基点。", "18个基点",
     "新发放一般贷款加权平均利率", -0.18, "年初"),
    # regression fixture, a variant (not real): BP printed in Latin letters
    ("新发放普惠小微企业贷款加权平均利率4.12%，同比下降52BP。", "52BP", "新发放普惠小微企业贷款加权平均利率", -0.52, "上年同期"),
    # regression fixture, a variant (not real): a rise, in lower case
    ("存款加权平均利率1.68%，较年初上升12bp。", "12bp", "存款加权平均利率", 0.12, "年初"),
    # regression fixture, a variant (not real): a cost moved, no rate named
    ("新发放企业贷款加权平均成本同比下降15个基点。", "15个基点", "新发放企业贷款加权平均成本", -0.15, "上年同期"),
    # regression fixture, a variant (not real): a price moved
    ("一年期存款挂牌价较上年下降10个基点。", "10个基点", "一年期存款挂牌价", -0.1, "上年"),
    # regression fixture, a variant (not real): BP name no places, with or without a rate before them
    ("全年债券发行成本较上年下降25bp。", "25bp", "债券发行成本", -0.25, "上年"),
])
def test_a_move_in_basis_points_is_one_of_percentage_points(s, printed, name, value, comparator):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["unit"], f["comparator"]) == (name, "pp_diff", "pp", comparator)
    assert f["value"] == pytest.approx(value)


def test_basis_points_printed_once_for_a_list():
    # regression fixture in the form of a district financial operation report (not real), modelled on the national
    # reports' 两次下调存款准备金率和政策利率 (/work/shared/corpus/national_work_reports/2025.txt)
    s = HEAD + "1年期贷款市场报价利率为3.45%，5年期以上贷款市场报价利率为3.95%，分别较上年末下降20个和25个基点。"
    first, second = fact(s, "20个"), fact(s, "25个基点")
    assert (first["measure"], first["unit"], second["measure"], second["unit"]) == ("pp_diff", "pp", "pp_diff", "pp")
    assert (first["value"], second["value"]) == (pytest.approx(-0.2), pytest.approx(-0.25))
    assert "基点" not in set(facts(s)["indicator"])


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district work report (not real), modelled on the national reports'
    # 两次下调存款准备金率和政策利率 (/work/shared/corpus/national_work_reports/2025.txt): 基点 with no rate before it
    # in its clause are places (service or base points), counted
    ("在全区设立了25个基点，开展志愿服务。", "25个", "设立基点"),
    # regression fixture, a variant (not real): a change of such a count, the noun printed after it
    ("共建立农业科技示范基点30个，比上年增加5个基点。", "5个", "新增基点"),
])
def test_base_points_with_no_rate_are_counted(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["unit"], f["value"]) == (name, "个", pytest.approx(float(printed[:-1])))
    assert f["measure"] != "pp_diff"


# -- 多增 and 少增 ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "value"), [
    # regression fixture in the form of a district financial operation report (not real), modelled on the national
    # reports' 去年末居民储蓄存款余额增长8.5%，新增4万多亿元 (/work/shared/corpus/national_work_reports/2016.txt)
    ("9月末，全区本外币存款余额2156.8亿元，同比增长6.5%，较年初增加112.6亿元，同比少增18.4亿元。", "18.4亿元",
     "本外币存款余额增量", -1.84e9),
    # regression fixture, a variant (not real): more added, of the loans
    ("人民币贷款比年初增加236.5亿元，同比多增32.1亿元。", "32.1亿元", "人民币贷款增量", 3.21e9),
    # regression fixture, a variant (not real): a part of the deposits after a semicolon
    ("住户存款增加86.1亿元，同比多增12.3亿元。", "12.3亿元", "住户存款增量", 1.23e9),
    # regression fixture, a variant (not real): deposits or loans are a stock whatever their name's end
    ("住户存款增加86.1亿元，企业存款同比多增15.3亿元。", "15.3亿元", "企业存款增量", 1.53e9),
    # regression fixture, a variant (not real)
    ("人民币贷款同比多增30亿元。", "30亿元", "人民币贷款增量", 3.0e9),
])
def test_more_or_less_added_is_a_change_of_the_increase(s, printed, name, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "abs_change", "上年同期")
    assert f["value"] == pytest.approx(value)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district financial operation report (not real), modelled on the national
    # reports' 新增人民币贷款7.5万亿元左右 (/work/shared/corpus/national_work_reports/2010.txt): a name of an increase
    ("上半年新增贷款40亿元，比上年同期多增5亿元。", "5亿元", "新增贷款"),
    # regression fixture, a variant (not real): 增量 printed in the name
    ("上半年，全县社会融资规模增量38.6亿元，同比多增5.2亿元。", "5.2亿元", "社会融资规模增量"),
])
def test_a_name_of_an_increase_takes_no_second_one(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district financial operation report (not real), modelled on the national
    # reports' 去年末居民储蓄存款余额增长8.5%，新增4万多亿元 (/work/shared/corpus/national_work_reports/2016.txt): of a
    # flow, 多增 is how much more than the year before, the flow's own change
    ("全区保费收入30亿元，同比多增2亿元。", "2亿元", "保费收入"),
    # regression fixture, a variant (not real): a count of projects signed
    ("招商引资项目签约30个，同比多增5个。", "5个", "招商引资项目签约"),
    # regression fixture, a variant (not real): an area planted
    ("全年完成造林面积5万亩，比上年多增1万亩。", "1万亩", "造林面积"),
])
def test_more_added_to_a_flow_is_the_flows_change(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "abs_change")


def test_the_balance_stays_the_level_and_its_increase_since_the_year_start():
    # regression fixture in the form of a district financial operation report (not real), modelled on the real
    # 3月末,全县本外币存贷余额440.95亿元,增长6.4%;贷款余额354.88亿元,增长2.6% (youyang_cq_2025_q1.txt)
    s = HEAD + "9月末，全区本外币存款余额2156.8亿元，同比增长6.5%，较年初增加112.6亿元，同比少增18.4亿元。"
    level, added = fact(s, "2156.8亿元"), fact(s, "112.6亿元")
    assert (level["indicator"], level["indicator_key"], level["measure"]) == ("本外币存款余额", "deposits_outstanding", "level")
    assert (added["indicator"], added["measure"], added["comparator"]) == ("本外币存款余额", "abs_change", "年初")


# -- 实现 and 辖内 are no part of a name -------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district financial operation report (not real), modelled on the real
    # 1-2月,全县规上服务业实现营业收入3.7亿元 (youyang_cq_2025_q1.txt)
    ("全区保险业实现保费收入186.3亿元，同比增长12.5%。", "186.3亿元", "保险业保费收入"),
    # regression fixture, a variant (not real): the insurers, premiums of original insurance
    ("上半年，全县保险公司实现原保险保费收入12.3亿元。", "12.3亿元", "保险公司原保险保费收入"),
    # regression fixture, a variant (not real): financing
    ("全区企业通过资本市场实现直接融资186.3亿元。", "186.3亿元", "企业通过资本市场直接融资"),
    # regression fixture, a variant (not real): 辖内
    ("辖内保险机构累计赔付支出29.6亿元。", "29.6亿元", "保险机构赔付支出"),
    # regression fixture, a variant (not real): 辖内 before the banks
    ("截至6月末，辖内银行业金融机构各项贷款余额385.2亿元。", "385.2亿元", "银行业金融机构各项贷款余额"),
])
def test_the_verb_and_the_district_word_are_no_part_of_a_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- listed firms by market ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district financial operation report (not real), modelled on the national
    # reports' 国有及国有控股企业在境内外新增上市公司442家 (/work/shared/corpus/national_work_reports/2003.txt)
    ("截至9月末，全区共有上市公司32家，其中主板19家、创业板8家、科创板5家。", "19家", "主板上市公司"),
    # regression fixture, a variant (not real): a later item of the list
    ("截至9月末，全区共有上市公司32家，其中主板19家、创业板8家、科创板5家。", "5家", "科创板上市公司"),
    # regression fixture, a variant (not real): listed at home, 上市 printed with the part
    ("全区共有上市公司32家，其中境内上市21家、境外上市11家。", "21家", "境内上市公司"),
])
def test_a_part_of_listed_firms_by_market_is_of_those_firms(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_abroad_alone_is_no_market_of_listing():
    # regression fixture in the form of a district report (not real), modelled on the real 新增上市企业18家,累计达205家
    # (nanshan_sz_2023_gwr_digest.txt): 境外 alone names no firms listed
    s = HEAD + "全区接待游客1200万人次，其中境外56万人次。"
    assert "上市" not in fact(s, "56万人次")["indicator"]


# -- the period of a completion's base ------------------------------------------------------------------------------

def test_the_period_of_a_target_completed_is_not_the_figures():
    # regression fixture in the form of a district financial operation report (not real), modelled on the real
    # 上半年实现区级一般公共预算收入97.2亿元,完成全年目标的46.2% (dongcheng_2024_h1.txt)
    s = ("2024年1-9月全区金融运行情况\n二、贷款\n9月末，全区本外币贷款余额1865.2亿元，同比增长8.7%。人民币贷款余额"
         "1842.3亿元，较年初新增126.5亿元，完成全年新增目标的84.3%。短期贷款余额512.6亿元，增长5.3%。")
    assert fact(s, "84.3%")["period"] == "9月末"
    assert fact(s, "512.6亿元")["period"] == "9月末"


@pytest.mark.parametrize(("s", "printed", "period"), [
    # regression fixture in the form of a district mid-year report (not real), modelled on the real
    # 上半年实现区级一般公共预算收入97.2亿元,完成全年目标的46.2% (dongcheng_2024_h1.txt): the verb of completion is
    # no word of the target, the period before it is the figure's
    ("2023年1-6月经济运行情况\n上半年完成年度计划的60%，同比提高5个百分点。", "60%", "上半年"),
    # regression fixture, a variant (not real)
    ("2023年1-6月经济运行情况\n上半年完成年度计划的60%，同比提高5个百分点。", "5个百分点", "上半年"),
    # regression fixture, a variant (not real): a later figure of the sentence
    ("2023年1-9月经济运行情况\n前三季度完成全年计划的78%，固定资产投资增长6.5%。", "78%", "前三季度"),
    # regression fixture, a variant (not real)
    ("2023年1-9月经济运行情况\n前三季度完成全年计划的78%，固定资产投资增长6.5%。", "6.5%", "前三季度"),
    # regression fixture, a variant (not real): a month span
    ("2023年1-6月经济运行情况\n1-6月完成全年目标的50%。", "50%", "1-6月"),
    # regression fixture, a variant (not real)
    ("2023年1-6月经济运行情况\n1-6月完成年度计划的52%。", "52%", "1-6月"),
    # regression fixture, a variant (not real): a year and its part
    ("2023年1-6月经济运行情况\n2023年上半年完成年初目标的52%，居全市第3位。", "52%", "2023年上半年"),
    # regression fixture, a variant (not real): a second completion of the sentence
    ("2023年1-6月经济运行情况\n全区完成年度计划的98%，上半年完成目标任务的52%。", "52%", "上半年"),
    # regression fixture, a variant (not real): the date a plan was handed down is the plan's, not the figure's
    ("2023年1-6月经济运行情况\n2023年上半年已完成2022年底下达计划的60%。", "60%", "2023年上半年"),
])
def test_the_period_before_a_completion_is_the_figures(s, printed, period):
    assert fact(s, printed)["period"] == period


# -- glossary keys of the report's statistics ------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district financial operation report (not real), modelled on the national
    # reports' 不良贷款率由6.1%下降到0.95% (/work/shared/corpus/national_work_reports/2013.txt)
    ("年末全区银行业金融机构不良贷款余额8.7亿元，比年初减少1.2亿元；不良贷款率0.9%。", "8.7亿元", "npl_outstanding"),
    # regression fixture, a variant (not real): the deposits of households and firms
    ("其中，住户存款余额786.5亿元，同比增长12.3%；非金融企业存款余额312.4亿元，同比下降3.5%。", "786.5亿元",
     "household_deposits"),
    # regression fixture, a variant (not real)
    ("其中，住户存款余额786.5亿元，同比增长12.3%；非金融企业存款余额312.4亿元，同比下降3.5%。", "312.4亿元",
     "corporate_deposits"),
    # regression fixture, a variant (not real): loans by kind
    ("住户贷款余额156.7亿元，同比增长3.2%。", "156.7亿元", "household_loans"),
    # regression fixture, a variant (not real)
    ("制造业中长期贷款余额45.6亿元，同比增长32.1%。", "45.6亿元", "manufacturing_long_term_loans"),
    # regression fixture, a variant (not real): the inclusive loans as the banking regulator names them
    ("普惠型小微企业贷款余额215.6亿元，同比增长19.8%。", "215.6亿元", "inclusive_small_micro_loans"),
    # regression fixture, a variant (not real): ratios of the banks
    ("全区存贷比为77.1%，较上年同期提高1.6个百分点。", "77.1%", "loan_to_deposit_ratio"),
    # regression fixture, a variant (not real)
    ("拨备覆盖率达到265.3%，较上年末提高18.6个百分点。", "265.3%", "provision_coverage_ratio"),
    # regression fixture, a variant (not real): the rate of new corporate loans and its move
    ("9月份，全区新发放企业贷款加权平均利率为3.86%，较年初下降26个基点。", "3.86%", "corporate_loan_rate"),
    # regression fixture, a variant (not real): the insurers' premiums and claims
    ("全区保险业实现保费收入186.3亿元，同比增长12.5%；赔付支出62.4亿元，同比下降3.2%。", "186.3亿元",
     "insurance_premiums"),
    # regression fixture, a variant (not real)
    ("全区保险业实现保费收入186.3亿元，同比增长12.5%；赔付支出62.4亿元，同比下降3.2%。", "62.4亿元",
     "insurance_claims_paid"),
    # regression fixture, a variant (not real): penetration and density
    ("保险深度为4.2%，保险密度为5860元/人。", "4.2%", "insurance_penetration"),
    # regression fixture, a variant (not real)
    ("保险深度为4.2%，保险密度为5860元/人。", "5860元/人", "insurance_density"),
    # regression fixture, a variant (not real): money raised by listing
    ("年内新增境内上市公司4家，首发募集资金36.8亿元。", "36.8亿元", "ipo_proceeds"),
    # regression fixture, a variant (not real)
    ("绿色贷款余额23.6亿元，同比增长35.4%。", "23.6亿元", "green_loans"),
])
def test_the_reports_statistics_take_their_glossary_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district financial operation report (not real), modelled on the national
    # reports' 重点国有保险企业重组改制上市，促进了保险业迅速发展 (/work/shared/corpus/national_work_reports/2008.txt): the
    # premiums of one line of insurance keep no key of all the premiums
    ("其中农业保险保费收入1.2亿元。", "1.2亿元"),
    # regression fixture, a variant (not real): the increase of the household deposits is no balance of them
    ("住户存款增加86.1亿元，同比多增12.3亿元。", "12.3亿元"),
])
def test_narrower_or_other_quantities_keep_no_key(s, printed):
    assert fact(HEAD + s, printed)["indicator_key"] == ""
