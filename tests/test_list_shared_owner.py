"""An owner the first item of a 分别 list prints before its words is every item's, when the later items open
with the words that follow it and end in the same noun (城镇职工基本养老保险、基本医疗保险参保人数).

The owner, 城镇职工, is written once for both insurances: the later item printed from 基本 on is the urban
employees' medical insurance, not every basic medical insurance. Items that open with words of their own, or end
in another noun, keep their names.
"""

from __future__ import annotations

from _sentences import fact, facts

# national work report 2009, 一、2008年工作回顾
S2009 = ("各项社会保险覆盖面继续扩大，城镇职工基本养老保险、基本医疗保险参保人数分别增加1753万和2028万，"
         "失业、工伤、生育保险参保人数继续增加。")
# national work report 2014, 一、2013年工作回顾
S2014 = "推进节能减排和污染防治，能源消耗强度下降3.7%，二氧化硫、化学需氧量排放量分别下降3.5%、2.9%。"


def test_the_later_item_is_the_owners_insurance_too():
    f = fact(S2009, "2028")
    assert (f["indicator"], f["measure"], f["value"]) == ("城镇职工基本医疗保险参保人数", "abs_change", 2.028e7)
    first = fact(S2009, "1753")
    assert (first["indicator"], first["indicator_key"]) == ("城镇职工基本养老保险参保人数",
                                                            "urban_employee_pension_insured")


def test_items_of_their_own_keep_their_names():
    assert fact(S2014, "2.9")["indicator"] == "化学需氧量排放量"


def test_an_item_ending_in_another_noun_takes_no_owner():
    # written: the later item opens with a word of the first one's, but names another kind of thing
    names = facts("高新技术企业、技术合同成交额分别增长12%和20%。")["indicator"].tolist()
    assert "高新技术合同成交额" not in names


def test_a_one_character_head_is_no_owner():
    # written: 进出口总额 holds 出口, but 进 owns nothing
    names = facts("全年进出口总额、出口总额分别增长5.1%和6.3%。")["indicator"].tolist()
    assert names == ["进出口总额", "出口总额"]


# national work report 1979
S1979 = ("全国重点企业的主要工业产品质量指标和原材料消耗指标分别有百分之四十三和百分之五十五没有恢复到历史最高水平，"
         "有百分之二十四的国营工业企业存在着程度不同的亏损。")


def test_an_owner_joined_by_de_is_the_later_items_too():
    # the key firms' material use, not every material use measured
    assert fact(S1979, "百分之五十五")["indicator"] == "全国重点企业的原材料消耗指标"
    assert fact(S1979, "百分之四十三")["indicator"] == "全国重点企业的主要工业产品质量指标"


def test_a_later_item_naming_its_own_owner_takes_none_joined_by_de():
    # written: the rural residents' income is the same quantity of an owner of its own
    names = facts("城镇居民的人均收入和农村居民人均收入分别增长5%和8%。")["indicator"].tolist()
    assert names == ["城镇居民的人均收入", "农村居民人均收入"]


def test_a_later_item_opening_with_a_body_of_its_own_takes_no_owner_joined_by_de():
    # written: the government's science spending is its own, not the key firms'
    names = facts("重点企业的研发投入和政府科技投入分别达到5亿元和2亿元。")["indicator"].tolist()
    assert names == ["重点企业的研发投入", "政府科技投入"]
