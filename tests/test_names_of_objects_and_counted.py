"""Names of counted things and of the objects of a verb, read from sentences copied verbatim from the State
Council work reports (the year in the comment).

- A list of persons whose problems one verb solves (解决了A人口的饮水困难和B人口的用电问题): every item is named
  by the verb and its own problem, as the first one is, with the lead printed before its figure (无电区).
- Counted persons or households whose clause goes on with no known predicate head (农户搬进了新居,
  农村户籍孩子在城市接受义务教育) are named by the words for them, as 农业转移人口成为城镇居民 is.
- A verb of change before a long object of money spent (增加中央预算内经常性建设投资100亿元) states the change of
  that money, named without the verb, as 增加投资 does for a short one.
- A growth whose clause opens with its period and growth word (“十一五”年均增长7.5%) and no figure before it in its
  sentence is the growth of the owner the clause before names (国内生产总值增长速度比原来预计的高一些).
- A sentence that opens with a rise (涨幅仍然高达…), after a clause of concession or not (虽然在这方面做了很大努力，),
  speaks of the rise of the subject of the sentence before.
- A count whose noun runs on past a bracket into a quantity of theirs that changes (74个重点城市细颗粒物（PM2.5）
  年均浓度下降9.1%) counts the units its noun opens with (重点城市).
- A burden lightened (减轻负担) is the burden of who bears it, named after a causative (可使农民减轻负担 → 农民负担).
"""

from __future__ import annotations

import pytest
from _sentences import fact_at

# national work report 2012
_POWER_2012 = ("继续推进农村危房改造，解决了6398万农村人口的饮水困难和60万无电地区人口的用电问题，"
               "农村生产生活条件进一步改善。")
# national work report 2013
_POWER_2013 = ("加强农村水电路气等基础设施建设，新建改建农村公路146.5万公里，改造农村危房1033万户，"
               "解决了3亿多农村人口的饮水安全和无电区445万人的用电问题，农村生产生活条件不断改善。")
# national work report 2009
_HOUSING_2009 = ("加快落实和完善促进保障性住房建设的政策措施，争取用三年时间，解决750万户城市低收入住房困难家庭和"
                 "240万户林区、垦区、煤矿等棚户区居民的住房问题。")


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    (_POWER_2012, "6398万", "解决饮水困难的农村人口"),
    (_POWER_2012, "60万", "解决用电问题的无电地区人口"),
    (_POWER_2013, "445万人", "解决用电问题的无电区人口"),
    (_HOUSING_2009, "240万户", "解决住房问题的林区、垦区、煤矿等棚户区居民"),
])
def test_each_item_of_a_solved_list_is_named_by_the_verb(text, printed, indicator):
    f = fact_at(text, printed)
    assert (f["indicator"], f["measure"]) == (indicator, "level")


# national work reports 2013, 1983
@pytest.mark.parametrize(("text", "printed", "indicator"), [
    ("初步解决进城务工人员随迁子女在城市接受义务教育问题，现有1260万农村户籍孩子在城市接受义务教育。", "1260万",
     "农村户籍孩子"),
    ("五年中，农村新建住宅二十二亿平方米，有几千万农户搬进了新居。", "几千万", "农户"),
])
def test_counted_persons_and_households_are_named_by_their_words(text, printed, indicator):
    assert fact_at(text, printed)["indicator"] == indicator


# national work report 2005 (2006 prints the same clause)
_INVESTMENT_2005 = ("拟安排中央财政赤字3000亿元，比上年预算减少198亿元；拟发行长期建设国债800亿元，比上年减少300亿元，"
                    "同时增加中央预算内经常性建设投资100亿元。")


def test_a_long_object_of_money_after_a_change_verb_is_what_changes():
    f = fact_at(_INVESTMENT_2005, "100亿元")
    assert (f["indicator"], f["measure"], f["value"]) == ("中央预算内经常性建设投资", "abs_change", 1e10)


# national work report 2006
_PLAN_2006 = ("按照新近公布的第一次全国经济普查数据和2005年经济增长实际结果，“十五”期间国内生产总值增长速度比原来预计的"
              "高一些，“十一五”年均增长7.5%，将会超过中央《建议》提出的2010年人均国内生产总值比2000年翻一番的要求。")


def test_a_growth_with_no_subject_is_of_the_owner_the_clause_before_names():
    assert fact_at(_PLAN_2006, "7.5%")["indicator"] == "国内生产总值"


# national work report 1995
_PRICES_1995 = ("去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。"
                "虽然在这方面做了很大努力，涨幅仍然高达百分之二十一点七，其中食品价格上涨的因素大约有十三个百分点左右，"
                "群众反映强烈。")


def test_a_rise_opening_a_sentence_after_a_concession_is_of_the_subject_before():
    f = fact_at(_PRICES_1995, "百分之二十一点七")
    assert (f["indicator"], f["measure"], f["status"]) == ("商品零售物价", "yoy_pct", "actual")


def test_the_retail_prices_of_goods_printed_with_物价_are_the_retail_price_index():
    # the name of the 1980s and 1990s for 商品零售价格, as 零售物价 is
    for printed in ("百分之十", "百分之二十一点七"):
        assert fact_at(_PRICES_1995, printed)["indicator_key"] == "retail_price_index", printed


# national work report 2017
_AIR_2017 = "强化大气污染治理，二氧化硫、氮氧化物排放量分别下降5.6%和4%，74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%。"


def test_a_count_whose_noun_runs_past_a_bracket_counts_the_units():
    f = fact_at(_AIR_2017, "74个")
    assert (f["indicator"], f["measure"], f["unit"]) == ("重点城市", "level", "个")
    f = fact_at(_AIR_2017, "9.1%")  # (the counted places the scope of the quantity after them)
    assert (f["indicator"], f["scope"], f["indicator_key"]) == ("细颗粒物（PM2.5）年均浓度", "74个重点城市", "pm25")


# national work report 2004
@pytest.mark.parametrize(("text", "printed"), [
    ("今年农业税率降低可使农民减轻负担70亿元。", "70亿元"),
    ("除烟叶外，取消农业特产税，每年可使农民减轻负担48亿元。", "48亿元"),
])
def test_a_burden_lightened_is_of_who_bears_it(text, printed):
    f = fact_at(text, printed)
    assert (f["indicator"], f["measure"]) == ("农民负担", "abs_change")
