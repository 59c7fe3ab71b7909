"""Figures of the housing provident fund's annual report (住房公积金年度报告) of a city, district or county, as its
management centre prints them by the fixed template.

The report prints the centre itself (为…公益二类事业单位, 设4个科室), units and workers opening accounts and paying in
(新开户单位X家，实缴单位X家; 新开户职工X万人), the sums paid in, drawn and held (缴存额, 提取额, 缴存余额, each to date as
缴存总额, 提取总额), the loans granted and outstanding (发放个人住房贷款X笔、X亿元; 个人住房贷款余额), the loans overdue
(逾期额X万元，逾期率X‰), the fund's income and its share-out (业务收入, 业务支出, 增值收益, 增值收益率, 提取贷款风险准备金),
and the shares of the workers, the sums drawn and the loans by kind (首次申请贷款占X%，二次及以上申请贷款占Y%;
住房消费提取占全部提取的X%，非住房消费提取占Y%).

The rules: a class named by its numeral is no figure, as 三类以上公厕 is none: the class of a public institution (公益二类事业单位)
and a second time or more (二次及以上申请贷款, where 二 is read as an ordinal, 两次 as a count); a part of a list of shares naming
no whole (非住房消费提取占23.02%) is a share of the whole the share before it names, unless it opens with 其中 or 分别, or frames
its own (在这些国家的进口额中也只占); a bare rate right after an amount or a count whose name ends with the rate's stem
(个人住房贷款逾期额…，逾期率…) is of the things that amount names (个人住房贷款逾期率). The fund's quantities have their glossary keys:
units and workers newly opening accounts, the value-added income and its rate, the loans overdue and their rate, the
loan risk reserve, the contributions collected (归集住房公积金, 当年缴存额), and the shares that are ratios of their own
(个人住房贷款余额占缴存余额: the loan ratio; 提取额占缴存额: the withdrawal ratio).

Sentences written in the form of these reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "某县住房公积金2023年年度报告\n二、业务运行情况\n"


def _printed(text: str) -> list[str]:
    """The figures of the text that are facts, as printed."""
    t = HEAD + text
    f = facts(t)
    return [t[a:b] for a, b in zip(f["start"], f["end"], strict=True)]


# -- a class named by its numeral is no figure -----------------------------------------------------------------

@pytest.mark.parametrize(("s", "absent", "kept"), [
    # regression fixture in the form of a provident fund annual report (not real), modelled on the national
    # reports' 继续推进科技、教育、文化、医药卫生、养老保险、事业单位、住房公积金等领域改革 (2015.txt)
    ("住房公积金管理中心为县政府直属不以营利为目的的公益二类事业单位，设4个科室，2个管理部。", "二类", "4个"),
    # regression fixture, a variant (not real): the first class
    ("住房公积金管理中心为公益一类事业单位，从业人员36人。", "一类", "36人"),
    # regression fixture in the form of a provident fund annual report (not real), modelled on the national
    # reports' 发展居民住房、助学等消费信贷 (2003.txt): the loans by the time a worker applies
    ("贷款职工中，首次申请贷款占88.96%，二次及以上申请贷款占11.04%。", "二次", "11.04%"),
])
def test_class_numeral_is_no_figure(s, absent, kept):
    printed = _printed(s)
    assert absent not in printed and kept in printed


def test_second_time_or_more_names_the_share():
    # regression fixture, a variant (not real): the share of the loans applied for a second time or more
    f = fact(HEAD + "2023年，首次申请贷款占88.96%，二次及以上申请贷款占11.04%。", "11.04%")
    assert (f["indicator"], f["measure"]) == ("二次及以上申请贷款", "rate_pct")


def test_twice_or_more_stays_a_count():
    # regression fixture, a variant (not real): 三次 and 两次 count the times, no class
    assert "三次" in _printed("全年开展内部稽核检查三次，发现问题12个。")
    assert "两次" in _printed("每年开展两次及以上内部稽核检查。")


# -- a list of shares names its whole once ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "whole"), [
    # regression fixture in the form of a provident fund annual report (not real), modelled on the national
    # reports' 把部分住房公积金闲置资金补充用于经济适用住房建设 (2009.txt): the sums drawn by use
    ("住房消费提取占全部提取的76.98%，非住房消费提取占23.02%。", "23.02%", "全部提取"),
    # regression fixture, a variant (not real): the first share keeps its own whole
    ("住房消费提取占全部提取的76.98%，非住房消费提取占23.02%。", "76.98%", "全部提取"),
    # regression fixture in the form of a district statistical bulletin (not real), modelled on the real
    # 全区实现生产总值1101.04亿元 (yuhang_hz_2015_gwr.txt): the parts of the economy
    ("第一产业增加值占地区生产总值的比重为1.2%，第二产业增加值占20.3%。", "20.3%", "地区生产总值"),
])
def test_next_share_of_a_list_takes_the_whole(s, printed, whole):
    assert fact(HEAD + s, printed)["comparator"] == whole


def test_next_share_of_a_list_takes_the_share_key():
    # regression fixture, a variant (not real): so the second is the secondary industry's share, not its value added
    f = fact(HEAD + "第一产业增加值占地区生产总值的比重为1.2%，第二产业增加值占20.3%。", "20.3%")
    assert f["indicator_key"] == "secondary_share"


@pytest.mark.parametrize(("s", "printed", "whole"), [
    # a real sentence: the whole a frame 在…中 names is its own (/work/shared/corpus/national_work_reports/1959.txt)
    ("我国对资本主义国家的进出口额只占资本主义世界进出口总额的千分之五，我国对东南亚国家的出口额在这些国家的进口额中也只占"
     "百分之一，根本谈不到什么“倾销”。", "百分之一", "资本主义世界进出口总额"),
])
def test_share_with_its_own_frame_takes_no_whole_before(s, printed, whole):
    assert fact(HEAD + s, printed)["comparator"] != whole


# -- a bare rate after an amount of the same stem --------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a provident fund annual report (not real), modelled on the national
    # reports' 2002年末消费贷款余额达1.07万亿元 (2003.txt): the loans overdue and their rate
    ("2023年末，个人住房贷款逾期额36.52万元，逾期率0.11‰。", "0.11‰", "个人住房贷款逾期率",
     "personal_housing_loans_overdue_rate"),
    # regression fixture, a variant (not real): the fund named before the loans
    ("住房公积金个人住房贷款逾期额12.3万元，逾期率0.03‰，低于全省平均水平。", "0.03‰", "住房公积金个人住房贷款逾期率",
     "personal_housing_loans_overdue_rate"),
    # regression fixture, a variant (not real): the amount keeps its own name
    ("2023年末，个人住房贷款逾期额36.52万元，逾期率0.11‰。", "36.52万元", "个人住房贷款逾期额",
     "personal_housing_loans_overdue"),
])
def test_bare_rate_takes_the_owner_of_the_amount_before(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


def test_bare_rate_with_no_owner_stays():
    # regression fixture, a variant (not real): a count with nothing before its stem lends no owner
    assert fact(HEAD + "受理投诉举报23件，办结数23件，办结率100%。", "100%")["indicator"] == "办结率"


# -- glossary keys of the fund's quantities --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a provident fund annual report (not real), modelled on the national
    # reports' 强化社会保障基金、住房公积金等社会公共基金的监督管理 (2007.txt)
    ("2023年，新开户单位126家，净增单位98家；新开户职工0.52万人，净增职工0.21万人。", "126家", "housing_fund_new_units"),
    ("2023年，新开户单位126家，净增单位98家；新开户职工0.52万人，净增职工0.21万人。", "0.52万人",
     "housing_fund_new_workers"),
    # regression fixture, a variant (not real): the value-added income and its rate
    ("2023年，增值收益6736.18万元，同比增长8.11%；增值收益率1.71%，比上年减少0.02个百分点。", "6736.18万元",
     "housing_fund_value_added_income"),
    ("2023年，增值收益6736.18万元，同比增长8.11%；增值收益率1.71%，比上年减少0.02个百分点。", "1.71%",
     "housing_fund_value_added_income_rate"),
    # regression fixture, a variant (not real): the reserve against loan losses
    ("2023年末，贷款风险准备金余额3312.02万元。", "3312.02万元", "housing_fund_loan_risk_reserve"),
    # regression fixture, a variant (not real): the units paying in, counted
    ("实缴单位数、实缴职工人数分别较上年增长7.31%和4.42%。", "7.31%", "housing_fund_paying_units"),
    # regression fixture, a variant (not real): the sums collected are the contributions
    ("全年归集住房公积金9.86亿元，完成全年目标任务的112.3%。", "9.86亿元", "housing_fund_contributions"),
    # regression fixture, a variant (not real): the loans outstanding as a share of the balance, the loan ratio
    ("个人住房贷款余额占缴存余额的80.29%，比上年末减少1.45个百分点。", "80.29%", "housing_fund_loan_ratio"),
    ("个人住房贷款余额占缴存余额的80.29%，比上年末减少1.45个百分点。", "1.45个百分点", "housing_fund_loan_ratio"),
    # regression fixture, a variant (not real): the sums drawn as a share of the sums paid in the year
    ("2023年，提取额6.21亿元；提取额占当年缴存额的62.98%，比上年减少2.87个百分点。", "62.98%",
     "housing_fund_withdrawal_ratio"),
    # regression fixture, a variant (not real): the sums drawn themselves keep their key
    ("2023年，提取额6.21亿元；提取额占当年缴存额的62.98%，比上年减少2.87个百分点。", "6.21亿元",
     "housing_fund_withdrawals"),
])
def test_fund_quantities_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


# -- a list of changes after a count and an amount of one name -------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a provident fund annual report (not real), modelled on the national
    # reports' 发展居民住房、助学等消费信贷，2002年末消费贷款余额达1.07万亿元 (2003.txt): the rent drawn, in persons and sums
    ("提高租房提取额度至每月1500元，全年支持租房提取1.25万人次、1.86亿元，同比分别增长22.3%、25.1%。", "22.3%", "支持租房提取"),
    ("提高租房提取额度至每月1500元，全年支持租房提取1.25万人次、1.86亿元，同比分别增长22.3%、25.1%。", "25.1%", "支持租房提取"),
    # regression fixture, a variant (not real): a limit before it, in money too
    ("租房提取最高额度1200元，全年办理租房提取6800人次、0.96亿元，分别增长8.2%和10.5%。", "8.2%", "办理租房提取"),
])
def test_changes_pair_with_the_count_and_amount_before(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "yoy_pct")


def test_same_quantity_in_another_unit_is_no_item():
    # regression fixture, a variant (not real): a level said again in another unit of its kind names no item
    s = "全县粮食播种面积86.5万亩，总产量32.6万吨（6.52亿斤），同比分别增长1.2%、2.5%。"
    assert fact(HEAD + s, "2.5%")["indicator"] != "粮食播种面积"


# -- a list of aspects names the figures before ----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a provident fund annual report (not real), modelled on the national
    # reports' 普惠小微贷款余额从8.2万亿元增加到23.8万亿元、年均增长24% (2023.txt): the count and the sum of loans granted
    ("发放住房公积金个人贷款1862笔、7.56亿元，笔数和金额同比分别增长5.6%和8.9%。", "5.6%", "发放住房公积金个人贷款笔数"),
    ("发放住房公积金个人贷款1862笔、7.56亿元，笔数和金额同比分别增长5.6%和8.9%。", "8.9%", "住房公积金个人贷款金额"),
    # regression fixture, a variant (not real): persons and sums of the rent drawn
    ("全年支持租房提取1.25万人次、1.86亿元，人次和金额分别增长22.3%、25.1%。", "25.1%", "支持租房提取金额"),
])
def test_aspect_items_name_the_figures_before(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "yoy_pct")


# -- a listed part takes the whole before only when its measure agrees ------------------------------------------

@pytest.mark.parametrize(("s", "printed", "comparator"), [
    # regression fixture in the form of a district budget report (not real), modelled on 税收收入15348万元,占收入的
    # 89.99% (/work/shared/gold/real/texts/lintao_2024_m2_budget.txt): spending is no share of revenue
    ("税收收入占一般公共预算收入的80%，民生支出占75%。", "75%", ""),
    # regression fixture, a variant (not real): a value added is a part of the product its whole names
    ("工业增加值占全区生产总值的比重为30%，服务业增加值占65%。", "65%", "全区生产总值"),
    # regression fixture, a variant (not real): a withdrawal is of the withdrawals
    ("住房消费提取占全部提取的76.98%，非住房消费提取占23.02%。", "23.02%", "全部提取"),
])
def test_listed_part_agrees_with_whole(s, printed, comparator):
    assert fact(HEAD + s, printed)["comparator"] == comparator


# -- an aspect of a 分别 list names a figure of its kind, once ----------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district court report (not real), modelled on 发放住房公积金个人贷款1862笔、
    # 7.56亿元，笔数和金额同比分别增长… (the provident fund reports these tests follow): 审结 counts cases, no amount
    ("全区受理案件1200件，审结1100件，件数和金额分别增长5%和3%。", "3%", "金额"),
    # regression fixture, a variant (not real): the owner already ends with the aspect
    ("全区新建住房1200套、面积15万平方米，数量和面积分别增长5%和8%。", "8%", "新建住房面积"),
    # regression fixture, a variant (not real)
    ("全区办理公积金贷款2000笔、金额8亿元，笔数和金额分别增长5%和3%。", "3%", "办理公积金贷款金额"),
    # regression fixture, a variant (not real)
    ("全区治理水土流失面积120平方公里、投入资金3000万元，面积和金额分别增长5%和3%。", "5%", "治理水土流失面积"),
    # regression fixture, a variant (not real): 资金 says the amount
    ("全区培训农民工1.2万人次、投入资金3000万元，人次和金额分别增长5%和3%。", "3%", "培训投入资金"),
])
def test_listed_aspect_of_its_kind_once(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name
