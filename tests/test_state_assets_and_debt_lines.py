"""Lines of a district's report on its state-owned assets and its government debt: the assets, liabilities, owners'
equity and net assets printed after the units that own them (区属国有企业资产总额…，负债总额…) are those units', lists
of the units or of the debts share the measure after them (行政单位、事业单位资产总额分别为…), a year's end after 截至
dates the sentence as 年底 does, a bond issued is named without the verb 发行 and refinancing bonds listed after new
ones are not new.

The district printings are regression fixtures written in the style of district reports on state-owned assets and on
government debt, each with the real sentence it was modelled on and its file.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at, facts

REVIEW = "一、2023年国有资产管理情况\n\n"
DEBT = "二、2023年政府债务管理情况\n\n"

# constructed district budget report (tests/gold/constructed/budget_2022_final): a regression fixture only
_BONDS_2022 = "全年发行新增政府债券68亿元，发行再融资债券42.5亿元，还本付息36.8亿元，按期偿还率100%。"


@pytest.mark.parametrize(("sentence", "names"), [
    # district fixtures, modelled on national work report 2007 (2006年，全国国有企业资产总额比2002年增长60.98%，实现
    # 利润增长2.23倍，税收增长1.05倍: the measures after the first are the same enterprises')
    ("全区国有企业资产总额1256.8亿元，比年初增长8.6%，负债总额812.4亿元，所有者权益444.4亿元。",
     ["国有企业资产总额", "国有企业资产总额", "国有企业负债总额", "国有企业所有者权益"]),
    ("截至2023年底，全区行政事业单位资产总额386.5亿元，负债总额42.3亿元，净资产344.2亿元。",
     ["行政事业单位资产总额", "行政事业单位负债总额", "行政事业单位净资产"]),
    ("全区行政事业单位资产总额386.5亿元，负债42.3亿元，净资产344.2亿元。",
     ["行政事业单位资产总额", "行政事业单位负债", "行政事业单位净资产"]),
    ("区属国有企业资产总额1256.8亿元，同比增长8.6%；负债总额812.4亿元，同比增长7.2%；所有者权益444.4亿元，同比增长11.3%。",
     ["区属国有企业资产总额"] * 2 + ["区属国有企业负债总额"] * 2 + ["区属国有企业所有者权益"] * 2),
    ("城投集团资产总额586.3亿元，负债总额402.1亿元，资产负债率68.6%。",
     ["城投集团资产总额", "城投集团负债总额", "城投集团资产负债率"]),
    ("全区国有企业共计32家，资产总额1256.8亿元。", ["国有企业", "国有企业资产总额"]),
])
def test_the_balance_sheet_after_its_owner_is_the_owners(sentence, names):
    assert facts(REVIEW + sentence)["indicator"].tolist() == names


@pytest.mark.parametrize(("sentence", "names"), [
    # district fixtures, modelled on youyang_cq_2025_q1 (1-2月,全县规上服务业实现营业收入3.7亿元, 比上年下降1.8%: the
    # verb 实现 before the revenue is no part of its name)
    ("2023年，区属国有企业实现营业总收入98.7亿元，同比增长12.3%；利润总额6.5亿元，同比增长5.1%。",
     ["区属国有企业营业总收入"] * 2 + ["区属国有企业利润总额"] * 2),
    ("区属国有企业营业总收入98.7亿元，利润总额6.5亿元。", ["区属国有企业营业总收入", "区属国有企业利润总额"]),
    ("区属国有企业营业总收入、利润总额分别增长12.3%和5.1%。", ["区属国有企业营业总收入", "区属国有企业利润总额"]),
    ("区属国有企业营业总收入、利润总额分别为98.7亿元和6.5亿元。", ["区属国有企业营业总收入", "区属国有企业利润总额"]),
])
def test_total_operating_revenue_is_a_measure_of_its_owner(sentence, names):
    assert facts(REVIEW + sentence)["indicator"].tolist() == names


@pytest.mark.parametrize(("sentence", "names"), [
    # district fixtures, modelled on the list the national work reports print (商务服务业、批发零售业税收降幅分别为…:
    # the measure after the last item is every item's)
    ("行政单位、事业单位资产总额分别为126.4亿元、260.1亿元。", ["行政单位资产总额", "事业单位资产总额"]),
    ("行政单位、事业单位国有资产总额分别为126.4亿元、260.1亿元。", ["行政单位国有资产总额", "事业单位国有资产总额"]),
    ("一般债务、专项债务还本付息分别为15.3亿元和17.3亿元。", ["一般债务还本付息", "专项债务还本付息"]),
])
def test_a_list_of_units_or_debts_shares_the_measure_after_it(sentence, names):
    assert facts(DEBT + sentence)["indicator"].tolist() == names


@pytest.mark.parametrize("sentence", [
    # district fixtures, modelled on minhang_sh_2015_bulletin (至年末,全区有农民专业合作社112家: the stock at the year's
    # end) and on tests/gold/constructed/budget_2022_final (截至2022年12月31日，全区政府债务余额486.5亿元)
    "截至2023年末，全区政府债务余额为286.4亿元。",
    "截至2023年年末，全区政府债务余额286.4亿元。",
    "截止2023年末，全区政府债务余额为286.4亿元。",
])
def test_a_years_end_after_jiezhi_dates_the_sentence(sentence):
    f = fact_at(DEBT + sentence, "286.4亿元")
    assert (f["indicator"], f["period"], f["indicator_key"]) == ("政府债务余额", "2023年末", "government_debt_balance")


def test_a_years_end_as_the_bulletin_prints_it_stays():
    # minhang_sh_2015_bulletin: the year's end opening the sentence, as before
    text = "上海市闵行区2015年国民经济和社会发展统计公报\n\n二、农业\n\n至年末,全区有农民专业合作社112家,区级以上农业产业化龙头企业6家。"
    assert fact_at(text, "112家")["period"] == "2015年末"


@pytest.mark.parametrize(("sentence", "names", "keys"), [
    # district fixtures, modelled on tests/gold/constructed/budget_2022_final and on national work report 2016 (安排地方
    # 专项债券4000亿元; 拟发行长期建设国债800亿元: the bonds, not the verb that issues them)
    ("2023年全区共发行政府债券79.2亿元，其中新增债券55.8亿元、再融资债券23.4亿元。",
     ["政府债券", "新增债券", "再融资债券"], ["", "new_local_government_bonds", "refinancing_bonds"]),
    ("全年发行地方政府债券120亿元，其中新增债券80亿元、置换债券40亿元。",
     ["地方政府债券", "新增债券", "置换债券"], ["", "new_local_government_bonds", ""]),
    ("发行再融资债券23.4亿元，用于偿还到期政府债券本金。", ["再融资债券"], ["refinancing_bonds"]),
    (_BONDS_2022, ["新增政府债券", "再融资债券", "还本付息", "按期偿还率"],
     ["new_local_government_bonds", "refinancing_bonds", "", ""]),
])
def test_bonds_issued_are_named_by_their_kind(sentence, names, keys):
    f = facts(DEBT + sentence)
    assert f["indicator"].tolist() == names
    assert f["indicator_key"].tolist() == keys


def test_a_swap_named_with_its_verb_keeps_it():
    # national work report 2016: what the bonds are issued for follows the bonds, the verb stays in the name
    text = "一、2015年工作回顾\n\n发行地方政府债券置换存量债务3.2万亿元，降低利息负担约2000亿元，减轻了地方政府偿债压力。"
    assert fact_at(text, "3.2万亿元")["indicator"] == "发行地方政府债券置换存量债务"


@pytest.mark.parametrize(("sentence", "names"), [
    # district fixtures, modelled on the list the national work reports print (商务服务业、批发零售业税收降幅分别为…)
    # and on national work report 2007 (全国国有企业资产总额…，实现利润增长2.23倍): the owner before a list of its
    # balance-sheet measures owns each of them
    ("区属国有企业资产总额、负债总额和所有者权益分别为1256.8亿元、812.4亿元和444.4亿元。",
     ["区属国有企业资产总额", "区属国有企业负债总额", "区属国有企业所有者权益"]),
    ("全区行政事业单位资产总额、负债总额、净资产分别为386.5亿元、42.3亿元和344.2亿元。",
     ["行政事业单位资产总额", "行政事业单位负债总额", "行政事业单位净资产"]),
])
def test_an_owner_before_a_list_of_its_balance_sheet_owns_each_item(sentence, names):
    assert facts(REVIEW + sentence)["indicator"].tolist() == names


@pytest.mark.parametrize(("sentence", "names"), [
    # district fixtures, modelled on national work report 2025 (安排超长期特别国债3000亿元支持消费品以旧换新: what the
    # bonds go to names the amount): the items after 用于 are uses of the bonds, not things added
    ("新增专项债券主要用于棚户区改造12.5亿元、市政基础设施18.6亿元、产业园区17.2亿元。",
     ["新增专项债券主要用于棚户区改造", "新增专项债券主要用于市政基础设施", "新增专项债券主要用于产业园区"]),
    ("新增债券资金用于棚户区改造12.5亿元、轨道交通18.6亿元。", ["新增债券资金用于棚户区改造", "新增债券资金用于轨道交通"]),
    # (a verb of adding still names the next item when no purpose word follows its object)
    ("新建学校3所、幼儿园5所。", ["新建学校", "新建幼儿园"]),
])
def test_items_after_a_purpose_word_share_the_words_up_to_it(sentence, names):
    assert facts(REVIEW + sentence)["indicator"].tolist() == names


@pytest.mark.parametrize(("sentence", "printed", "name", "key"), [
    # district fixtures, modelled on tests/gold/constructed/budget_2022_final (全区政府债务率为86.4%，处于绿色等级):
    # the debt outstanding after its limit and the statutory debt ratio are the government's
    ("全区政府债务限额312.5亿元，债务余额286.4亿元，债务余额控制在限额以内。", "286.4亿元", "债务余额",
     "government_debt_balance"),
    ("2023年，全区法定债务率为86.5%，综合债务率为112.3%。", "86.5%", "法定债务率", "government_debt_ratio"),
    ("2023年，全区法定债务率为86.5%，综合债务率为112.3%。", "112.3%", "综合债务率", ""),
])
def test_the_debt_outstanding_and_the_statutory_debt_ratio_are_keyed(sentence, printed, name, key):
    f = fact_at(DEBT + sentence, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)
