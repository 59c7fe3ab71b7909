"""A scope word that opens a later item of a list is that item's own, not a scope of the items before it.

The scope (全口径, 区级, 县级 …) of an amount or rate is the scope word before it in its clause. In a list of
names sharing a figure or a 分别 list, a scope word right after 、 和 及 与 opens a later item: an item whose name
does not hold it takes the scope word before it, if any, else none (一般公共预算收入、区级税收收入分别增长 → the
first has no scope). A scope word that opens the first item is still the scope of all (全口径企业所得税、增值税).
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

# national work report 2021
S2021 = ("中央本级支出继续安排负增长，进一步大幅压减非急需非刚性支出，对地方一般性转移支付增长7.8%、增幅明显高于去年，"
         "其中均衡性转移支付、县级基本财力保障机制奖补资金等增幅均超过10%。")
# written in the form of a district report's sentences (the first as the constructed Dongcheng 2021 Q1 text prints it)
S_TAXES = "主要税种中,增值税、全口径企业所得税分别增长12.4%、8.7%,契税下降2.3%。"
S_TWO = "全口径税收收入、区级一般公共预算收入分别完成120亿元和50亿元。"
S_TWO_BACK = "区级一般公共预算收入、全口径税收收入分别完成50亿元和120亿元。"
S_ONE = "一般公共预算收入、区级税收收入分别增长5.1%和3.2%。"
S_ALL = "全口径企业所得税、增值税分别下降5%和8%。"


def test_a_name_after_a_list_comma_keeps_its_scope_word_to_itself():
    # national work report 2021: one figure shared by two names, the scope word opening the second
    f = facts(S2021)
    rows = f[f["raw_value"] == "10"].set_index("indicator")["scope"].to_dict()
    assert rows == {"均衡性转移支付": "", "县级基本财力保障机制奖补资金": "县级"}


@pytest.mark.parametrize(("text", "printed", "within", "scope"), [
    (S_TAXES, "12.4%", "", ""),
    (S_TAXES, "8.7%", "", "全口径"),
    (S_TWO, "120亿元", "", "全口径"),
    (S_TWO, "50亿元", "", "区级"),
    (S_TWO_BACK, "50亿元", "", "区级"),
    (S_TWO_BACK, "120亿元", "", "全口径"),
    (S_ONE, "5.1%", "", ""),
    (S_ONE, "3.2%", "", "区级"),
    # the scope word opening the first item stays the scope of all
    (S_ALL, "5%", "", "全口径"),
    (S_ALL, "8%", "", "全口径"),
])
def test_scope_of_a_list_item(text, printed, within, scope):
    assert fact(text, printed, within)["scope"] == scope


# -- a scope word opening the part after 其中 is no scope of the total a 分别 list after it goes back to ---------------

# yuhang_hz_2015_gwr, verbatim (the part's name gives its level, 地方级, the total's none)
YUHANG = ("全区实现生产总值1101.04亿元,按可比价格计算,比上年增长9.5%;完成财政总收入240.78亿元,其中地方财政收入148.8亿元,"
          "分别增长20.3%、18%;城镇和农村居民人均可支配收入分别为45329元和26581元,增长10%、11.3%;城镇登记失业率为2.11%;"
          "人口自然增长率为8.36‰;预计万元生产总值综合能耗下降8%以上;完成主要污染物年度削减目标。")
# regression fixtures written in the form of minhang_sh_2015_bulletin's sentence (全年实现财政总收入627.85亿元,比上年增长
# 8.0%,其中区级财政收入214.40亿元,比上年增长12.0%), its two growths printed as one 分别 list
S_PART_LIST = "全年实现财政总收入627.85亿元,其中区级财政收入214.40亿元,分别比上年增长8.0%和12.0%。"
S_PART_LIST_COMMA = "上半年,全区完成税收收入45.6亿元,其中,区级税收18.2亿元,同比分别增长5.3%和6.1%。"
S_PART_NAMES = "为一线防控人员发放补助资金合计3150万元，其中区级资金、街镇资金分别为2100万元和1050万元。"


@pytest.mark.parametrize(("text", "printed", "scope"), [
    (YUHANG, "20.3%", ""),
    (YUHANG, "18%", "地方级"),
    (YUHANG, "148.8亿元", "地方级"),
    (S_PART_LIST, "8.0%", ""),
    (S_PART_LIST, "12.0%", "区级"),
    (S_PART_LIST, "214.40亿元", "区级"),
    (S_PART_LIST_COMMA, "5.3%", ""),
    (S_PART_LIST_COMMA, "6.1%", "区级"),
    (S_PART_NAMES, "2100万元", "区级"),
    (S_PART_NAMES, "1050万元", ""),
])
def test_scope_word_of_a_part_stays_with_the_part(text, printed, scope):
    assert fact(text, printed)["scope"] == scope


# -- a scope word of one thing's name is no scope of a thing named in a later clause ---------------------------------

# constructed texts (regression fixtures): short_bulletins, xuhui_2022_q1q3, dongcheng_2020_q1q3, fengtai_2020_h1
S_TARGETS = ("【全年预期】全年地区生产总值力争增长6%以上，区级一般公共预算收入增长8%左右，城镇登记失业率控制在3%以内，"
             "确保完成全年经济社会发展目标任务。")
S_PLAN = ("确保全年区级一般公共预算收入完成预算的100%，力争全年地区生产总值增速回升至1%左右，全年实到外资不低于14亿美元；"
          "全社会固定资产投资全年完成450亿元以上。")
S_TAX_TYPES = ("分行业看，商务服务业、金融业、批发零售业税收分别下降12.6%、3.1%和24.8%；分税种看，全口径增值税、企业所得税"
               "降幅分别为11.2%和5.7%，个人所得税增长8.3%。")
S_PARTS_OF_SCOPED = "二是财政收支矛盾突出，区级税收较去年同期减收4.6亿元，其中增值税、企业所得税分别下降12.3%和9.1%。"
# real excerpts, verbatim: the scope stays where the name holds it, is carried, or is shared by a list
DONGCHENG_2023 = "主要税种中,全口径增值税、企业所得税分别增长9.2%和6.4%。"
LINTAO = ("从层级看:上划中央收入7716万元,占收入的45.24%,同比增收1417万元,增长22.5%;上划省级收入2432万元,占收入的"
          "14.26%,同比增收357万元,增长17.2%;上划市级收入6万元,占收入的0.04%,同比减收71万元,下降92.21%。")
MINHANG = "全年实现财政总收入627.85亿元,比上年增长8.0%,其中区级财政收入214.40亿元,比上年增长12.0%。"


@pytest.mark.parametrize(("text", "printed", "scope"), [
    (S_TARGETS, "8%", "区级"),
    (S_TARGETS, "3%", ""),
    (S_PLAN, "100%", "区级"),
    (S_PLAN, "1%", ""),
    (S_PLAN, "14亿美元", ""),
    (S_TAX_TYPES, "5.7%", "全口径"),
    (S_TAX_TYPES, "8.3%", ""),
    (S_PARTS_OF_SCOPED, "12.3%", "区级"),
    (S_PARTS_OF_SCOPED, "9.1%", "区级"),
    (DONGCHENG_2023, "6.4%", "全口径"),
    (LINTAO, "45.24%", "中央级"),
    (LINTAO, "22.5%", "中央级"),
    (LINTAO, "17.2%", "省级"),
    (LINTAO, "92.21%", "市级"),
    (MINHANG, "8.0%", ""),
    (MINHANG, "12.0%", "区级"),
])
def test_scope_word_of_an_earlier_name_stays_with_it(text, printed, scope):
    assert fact(text, printed)["scope"] == scope
