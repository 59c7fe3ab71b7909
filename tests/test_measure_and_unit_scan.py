"""So much more than a base after 比, read as a change against that base: 比原计划超过百分之四,
比原来设想的六百亿元多出５４％, 比…原定１９５７年３，８５６亿斤的水平超过１３３亿斤 (the excess, exact,
not a share, a level nor a bound), while 超过 after a change word of its own stays a bound (增幅均超过10%);
a cut by a fraction (成災面積已經縮小一半), a growth that will be so much (产值增长将为百分之一百三十点一) and
a growth ratio (实际增长比例为２６．３９％) and a change restated in percent (增产二千二百万吨，即百分之七点八)
are changes, not shares."""

from __future__ import annotations

from _sentences import fact_printed as fact
from _sentences import facts

TRADE_1957 = "在对外贸易方面，一九五七年进出口贸易总额，比原计划超过百分之四。"
OUTLAYS_1981 = "这两部分共计减收增支九百二十五亿元，比原来设想的六百亿元多出５４％。"
GRAIN_1956 = (
    "如果没有特大的灾荒，粮食产量将要达到３，９８９亿斤，比１９５５年增长８．４％，比五年计划原定１９５７年"
    "３，８５６亿斤的水平超过１３３亿斤；棉花产量将要达到３，５５６万担，比１９５５年增长１７．１％，比五年计划"
    "原定１９５７年３，２７０万担的水平超过２８６万担。"
)
TRANSFERS_2021 = (
    "中央本级支出继续安排负增长，进一步大幅压减非急需非刚性支出，对地方一般性转移支付增长7.8%、增幅明显高于"
    "去年，其中均衡性转移支付、县级基本财力保障机制奖补资金等增幅均超过10%。"
)


def test_a_percentage_more_than_the_plan_after_bi_is_a_change_against_it():
    f = fact(TRADE_1957, "百分之四")
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == ("进出口贸易总额", "change_pct", 4.0, "%")
    assert (f["qualifier"], f["comparator"]) == ("exact", "原计划")


def test_duochu_after_an_amount_is_the_verb_of_the_change_not_a_qualifier():
    base = fact(OUTLAYS_1981, "六百亿")
    assert (base["measure"], base["value"], base["qualifier"]) == ("level", 6e10, "exact")
    f = fact(OUTLAYS_1981, "５４")
    assert (f["measure"], f["value"], f["unit"], f["qualifier"]) == ("change_pct", 54.0, "%", "exact")
    assert f["comparator"] == "原来设想"


def test_an_amount_more_than_the_planned_level_is_its_change_and_exact():
    for printed, value in (("１３３", 1.33e10), ("２８６", 2.86e6)):
        f = fact(GRAIN_1956, printed)
        assert (f["measure"], f["value"], f["qualifier"]) == ("abs_change", value, "exact")
        assert f["comparator"].startswith("五年计划原定1957年")


def test_chaoguo_after_a_growth_word_stays_a_bound():
    f = facts(TRANSFERS_2021)
    f = f[f["raw_value"] == "10"]
    assert f["indicator"].tolist() == ["均衡性转移支付", "县级基本财力保障机制奖补资金"]
    assert set(zip(f["measure"], f["value"], f["qualifier"], strict=True)) == {("yoy_pct", 10.0, "over")}


FLOOD_1954 = "全國被淹的農田約佔全國農田十分之一即一億六千餘萬畝，經過排水、救苗和補種，成災面積已經縮小一半。"


def test_a_fraction_the_area_narrowed_by_is_its_change_not_a_share():
    f = fact(FLOOD_1954, "一半")
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == ("成災面積", "change_pct", -50.0, "%")


STATE_INDUSTRY_1955 = (
    "五年内国营工业的产值增长将为百分之一百三十点一；合作社营工业和五年计划前已有的公私合营工业的发展速度也很快；"
    "私营工业的产值在五年内将有一半要转变为公私合营。"
)
SCHOOLS_1956 = "如果把乡村小学经费改由地方自筹解决的部分加入计算，则１９５６年社会文教支出实际增长比例为２６．３９％。"


def test_growth_that_will_be_a_percentage_is_a_change_over_the_years_not_a_share():
    f = fact(STATE_INDUSTRY_1955, "百分之一百三十点一")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("国营工业的产值", "change_pct", 130.1, "五年内")
    assert fact(STATE_INDUSTRY_1955, "一半")["measure"] == "rate_pct"


def test_a_growth_ratio_is_a_growth_not_a_share():
    f = fact(SCHOOLS_1956, "２６．３９")
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == ("社会文教支出", "yoy_pct", 26.39, "%")


GRAIN_1978 = (
    "粮食按人口平均占有量超过了建国以来的最高水平，总产量达到三亿零四百七十五万吨，比上一年增产二千二百万吨，"
    "即百分之七点八。"
)


def test_a_change_restated_as_a_percentage_after_ji_is_the_same_change():
    f = fact(GRAIN_1978, "百分之七点八")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("粮食产量", "yoy_pct", 7.8, "上年")


def test_bi_of_a_word_that_is_no_comparison_keeps_chaoguo_a_bound():
    # constructed: no report at hand prints 比赛 or 比武 before 超过, a local report well may
    for text, printed in (("全年举办各类体育比赛超过100场。", "100"), ("开展技能比武超过200人次。", "200")):
        f = fact(text, printed)
        assert (f["measure"], f["qualifier"]) == ("level", "over")
