"""Names of figures in a clause that a conditional or consequence adverb opens, on the national work reports.

An adverb that ties the clause to the one before it (就, 就需要, 就可以, 就将, 即使, 即使以…来说, 只要, 结果, 却) is
no part of what is measured, nor are the modal words 必须 and 相应地 that end a subject: the name is what follows
(结果炼铁焦比 → 炼铁焦比), the noun after the figure when only a verb is left (就需要增加六十亿斤粮食的供应 →
粮食的供应), or the name carried when nothing is. An amount saved (节约, 节省) with no noun of its own is the money
saved (为国家节约二十亿元 → 国家节约资金). A clause that ends with a 的 no noun follows names the persons counted
after it (…介绍就业的，就有二百零七万人). A pair of years with their count (在一九五三和一九五四两年) opens no
name, and a part of a sentence after a semicolon that opens with a cause clause and this year's estimate
(；由于…，今年预计将达…) goes on with the subject before it. A condition a clause is said under (在…的条件下) is
carried to no figure, nor is who requires the figures before a colon
(全国农业发展纲要要求：). Each sentence is copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1981 = ("全国地县小铁厂由四百六十六个减少到现在的二百七十六个，保留的小铁厂加强了管理，结果炼铁焦比由九百五十公斤"
         "降到七百零五公斤，生铁成本由三百零三元降到二百四十三元，亏损由六亿三千万元减少到一亿元，"
         "可见搞好关停并转的经济意义是很大的。")
S1957_INVEST = "即使以基本建设投资多了十五亿元到二十亿元来说，也只占去年全部支出的5—6%，仍然是局部性质的缺点。"
S1957_GRAIN = "如果人们用来买吃的，就需要增加六十亿斤粮食的供应。"
S1958 = ("在材料积压方面，单就钢材来说，如果适当地压缩库存，并且想尽各种办法节约使用，"
         "就可使生产企业和基本建设单位的钢材周转数量减少三分之一左右。")
S1955 = "这样，就将至少为国家节约二十亿元。"
S1954_JOBS = "從一九五〇年七月到一九五三年底，僅由各地勞動部門介紹就業的，就有二百零七萬人。"
S1954_RAIL = "鐵路正綫的通車里程一九四九年爲二萬一千七百公里；由於歷年修復和新建了不少鐵路，今年預計將達二萬五千五百公里。"
S1954_FUNDS = "五年來國家財政用於經濟建設的經費共達三百二十八萬億元，其中在一九五三和一九五四兩年合計就有二百萬億元。"
S1957_GOODS = ("我们是六万万人口的大国，如果每个人每年增加一元钱的购买力，全国人民的购买力就增加六亿元，"
               "国家也就必须相应地增加六亿元消费资料的供应。")
S1954_SAVE = ("按一九五四年的計劃指標計算，單是中央的六個工業部加上地質、建築工程、鐵道、交通、郵電、林業六個部，"
              "只要降低基本建設的建築安裝成本的百分之一，就可以每年爲國家節約二千八百億元；中央和地方的國營工業的生産成本"
              "只要降低百分之一，就可以每年爲國家節約八千四百億元；中央和地方的國營工業的勞動生産率只要提高百分之一，"
              "就可以每年爲國家增産一萬六千億元。")
S1960 = "全国农业发展纲要要求：棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤、八十斤和一百斤皮棉。"
S1959 = "在农业机器和化学肥料还很少的条件下，即使每年增产百分之十到二十，就已经算得是跃进了。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1960: who requires the yields, before its colon, is not what they measure
    (S1960, "四十斤", "棉花的亩产量"),
    (S1960, "一百斤", "棉花的亩产量"),
    # national work report 1981: 结果 says what came of the clause before, no part of the ratio
    (S1981, "九百五十公斤", "炼铁焦比"),
    (S1981, "七百零五公斤", "炼铁焦比"),
    # national work report 1957: 即使以…来说 frames the investment
    (S1957_INVEST, "十五亿元", "基本建设投资"),
    (S1957_INVEST, "6%", "基本建设投资"),
    # national work report 1957: only the verb is left before the amount; the supply after it is what grows
    (S1957_GRAIN, "六十亿斤", "粮食的供应"),
    # national work report 1957: who must supply it and the modal words (必须, 相应地) before the verb name nothing;
    # the supply after the amount does
    (S1957_GOODS, "六亿元消费", "消费资料的供应"),
    # national work report 1958
    (S1958, "三分之一", "生产企业和基本建设单位的钢材周转数量"),
    # national work report 1955: the money saved, not whom it is saved for
    (S1955, "二十亿元", "国家节约资金"),
    # national work report 1954: those the clause before its comma says what of
    (S1954_JOBS, "二百零七萬人", "各地勞動部門介紹就業的人"),
    # national work report 1954: this year's estimate after a cause clause is of the mileage before the semicolon
    (S1954_RAIL, "二萬五千五百公里", "鐵路正綫的通車里程"),
    # national work report 1954: the two years are the time of the part, no name
    (S1954_FUNDS, "二百萬億元", "國家財政用於經濟建設的經費"),
])
def test_a_conditional_adverb_opens_no_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_two_years_and_their_count_are_the_period():
    # national work report 1954
    assert fact(S1954_FUNDS, "二百萬億元")["period"] == "1953-1954年"


def test_a_condition_clause_is_no_name_carried():
    # national work report 1959: the growth is said under a condition; the condition is not what grows
    got = fact(S1959, "百分之十")["indicator"]
    assert "条件" not in got and not got.startswith("即使")


def test_a_noun_that_starts_with_jiu_keeps_it():
    # written: 就业 is a noun, not the adverb 就
    assert fact("今年城镇新增就业人数达到120万人。", "120万人")["indicator"] == "城镇新增就业人数"


def test_an_amount_saved_or_produced_for_the_state_is_named_by_its_verb():
    # national work report 1954: 就可以每年爲國家 names nothing; the saving and the added output do
    assert fact(S1954_SAVE, "二千八百億元")["indicator"].startswith("國家節約")
    assert fact(S1954_SAVE, "八千四百億元")["indicator"].startswith("國家節約")
    assert fact(S1954_SAVE, "一萬六千億元")["indicator"] == "國家産值"
