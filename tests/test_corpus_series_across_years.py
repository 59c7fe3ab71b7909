"""A series across the years of a corpus, as an economist reads it off the panel (``corpus.panel``).

One series, one unit: the levels, the changes and the targets of one place and indicator are restated in the one
unit it is printed in most often (``corpus.comparable_units``), so that a grain output of 斤 and its increase of 吨
never share a table in two units. And a year two reports print (the year's own review and a five-year review
after it, revised or not) keeps the earliest report's figure in the row and shows the others as printed, in the
column ``restated``: never silently dropped. A level checked against the growth a report states on it
(``corpus.level_consistency``) is an earlier report's, never one a later report prints revised. A share is a
series of the whole it is of (国内生产总值…占世界经济比重: of 世界经济), unless its key names the whole (赤字率). Each sentence is copied from the national work report named in its
comment.
"""

from __future__ import annotations

import pandas as pd
from _sentences import facts

from dhcheng_analysis import corpus as C

# national work report 1956
GRAIN_1955 = "粮食总产量达到３，６８０亿斤，完成年度计划的１０２％，比１９５４年增长９％。"
# national work report 1960
GRAIN_1955_1959 = "全国粮食总产量，在过去四年中共增加了一千九百零五亿斤，即从一九五五年的三千四百九十六亿斤，增加到了一九五九年的五千四百零一亿斤。"
# national work report 1979
GRAIN_1978 = "粮食按人口平均占有量超过了建国以来的最高水平，总产量达到三亿零四百七十五万吨，比上一年增产二千二百万吨，即百分之七点八。"
# national work report 1988
GRAIN_1987 = "粮食产量达到３９１０９万吨，比上年增产１１９９万吨。"
# national work report 2005
GRAIN_2004 = "粮食生产出现重要转机，全年粮食总产量达到46947万吨，增产3877万吨。"
# national work report 2006
GRAIN_2005 = "粮食总产量在上年大幅度增长的基础上，又增产291亿斤，达到9680亿斤。"
# national work report 2012
GRAIN_2011 = ("国内生产总值47.2万亿元，比上年增长9.2％；公共财政收入10.37万亿元，增长24.8％；粮食产量1.14万亿斤，再创历史新高；"
              "城镇新增就业1221万人，城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％。")
# national work report 1998
GDP_1997 = "1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，按可比价格计算，平均每年增长1 1 ％。"
# national work report 2003
GDP_1997_2002 = "国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元，按可比价格计算，平均每年增长7.7%。"


def _corpus(*texts: tuple[int, str]) -> pd.DataFrame:
    """The corpus facts of national work reports, each of one sentence: (year delivered, sentence)."""
    frames = []
    for year, text in texts:
        rid = f"gwr_{year}"
        f = facts(text).assign(report_id=rid)
        reports = pd.DataFrame({"report_id": [rid], "year": [year], "period_year": [year - 1], "plan_year": [year],
                                "period": [str(year - 1)], "place": ["中国"], "level": ["national"],
                                "kind": ["work_report"]})
        frames.append(C._with_corpus_columns(f, reports))
    return pd.concat(frames, ignore_index=True)


def test_the_levels_and_changes_of_a_series_share_one_unit():
    f = _corpus((1956, GRAIN_1955), (1979, GRAIN_1978), (1988, GRAIN_1987), (2005, GRAIN_2004), (2006, GRAIN_2005),
                (2012, GRAIN_2011))
    p = C.panel(f, "grain_output", measure=["level", "abs_change"])
    assert p["unit"].nunique() == 1, p[["year", "measure", "unit"]]
    unit = p["unit"].iloc[0]
    per = {"吨": 1.0, "斤": 2000.0}[unit]
    got = {(int(y), m): v for y, m, v in zip(p["year"], p["measure"], p["value"], strict=True)}
    assert got[(2005, "abs_change")] == 291e8 / 2000 * per  # 又增产291亿斤
    assert got[(1987, "abs_change")] == 1199e4 * per  # 比上年增产１１９９万吨
    assert got[(2011, "level")] == 1.14e12 / 2000 * per  # 粮食产量1.14万亿斤
    grain = f[(f["indicator_key"] == "grain_output") & f["measure"].isin(["level", "abs_change"])]
    assert set(grain["unit"]) == {"吨", "斤"}  # (the facts keep the units printed)


def test_a_year_a_later_report_states_again_is_shown_beside_the_first():
    f = _corpus((1956, GRAIN_1955), (1960, GRAIN_1955_1959), (1998, GDP_1997), (2003, GDP_1997_2002))
    grain = C.panel(f, "grain_output", measure="level").set_index("year")
    assert grain.loc[1955, ["value", "report_id"]].tolist() == [3.68e11, "gwr_1956"]
    assert grain.loc[1955, "restated"] == "三千四百九十六亿斤（gwr_1960）"  # the figure revised, as printed
    assert grain.loc[1959, "restated"] == ""  # (a year one report states)
    gdp = C.panel(f, "gdp", measure="level").set_index("year")
    assert gdp.loc[1997, ["value", "report_id"]].tolist() == [7.4772e12, "gwr_1998"]
    assert gdp.loc[1997, "restated"] == "7.4万亿元（gwr_2003）"


# national work report 1983
RETAIL_1978_1982 = ("一九八二年同一九七八年相比，社会商品零售总额由一千五百五十九亿元增加到二千五百七十亿元，增长百分之六十四点八，"
                    "平均每年增加二百五十三亿元，比一九七八年前的二十六年平均每年增加四十九亿元，高出四倍多。")
# national work report 1980
RETAIL_1979 = ("由于多数职工和农民的收入有所提高，社会购买力大幅度增长，1979年社会商品零售总额1，753亿元，比上年增加225亿元，"
               "增长14.7％，这是多年来增加最快的一年。")


def test_a_growth_is_checked_against_an_earlier_report_s_level_only():
    # the 1978 level only the 1983 report prints (revised) is no level the 1980 report's growth was reckoned on
    f = _corpus((1980, RETAIL_1979), (1983, RETAIL_1978_1982))
    assert (f["fact_year"] == 1978).any()
    assert C.level_consistency(f).empty
    # the same level in a report before the growth's is checked against it (the 1983 sentence dated earlier: written)
    early = _corpus((1979, RETAIL_1978_1982), (1980, RETAIL_1979))
    got = C.level_consistency(early)
    assert got[["year", "prior_report_id", "report_id"]].values.tolist() == [[1979, "gwr_1979", "gwr_1980"]]


# national work report 2018
GDP_WORLD_SHARE = "国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%，占世界经济比重从11.4%提高到15%左右，对世界经济增长贡献率超过30%。"
# national work report 2013
DEFICIT_RATIO = "财政赤字占国内生产总值的比重从2009年的2.8%降到去年的1.5%左右，赤字率和债务负担率保持在安全水平。"
# national work report 2015
HSR_WORLD_SHARE = "新建铁路投产里程8427公里，高速铁路运营里程达1.6万公里，占世界的60%以上。"


def test_a_share_is_a_series_of_the_whole_it_is_of():
    f = _corpus((2018, GDP_WORLD_SHARE), (2013, DEFICIT_RATIO), (2015, HSR_WORLD_SHARE))
    p = C.panel(f, measure="rate_pct")
    got = {(k, int(y)): c for k, y, c in zip(p["indicator_key"], p["year"], p["comparator"], strict=True)}
    assert got[("gdp", 2017)] == "世界经济"  # a share of the world's output, no share of the nation's GDP
    assert got[("hsr_length", 2014)] == "世界"
    # a share whose key names its whole (赤字率) is one series whether the whole is printed or not
    assert got[("deficit_ratio", 2009)] == got[("deficit_ratio", 2012)] == ""


# national work report 1956
COTTON_1955 = "棉花产量达到３，０３６万担，完成年度计划的１１７％，比１９５４年增长４３％。"
# national work report 1992
COTTON_1991 = "粮食产量达到４３５２４万吨，棉花产量达到５６６．３万吨，农业总产值比上年增长百分之三，是在大灾情况下夺得的丰收年。"


def test_a_series_in_dan_and_in_tons_is_stated_in_one_unit():
    # 担 (市担) is 50 公斤: 3036万担 is 151.8万吨
    f = _corpus((1956, COTTON_1955), (1992, COTTON_1991))
    p = C.panel(f, "cotton_output", measure="level")
    assert p[["year", "value", "unit"]].values.tolist() == [[1955, 1_518_000.0, "吨"], [1991, 5_663_000.0, "吨"]]


# national work report 2006
INCOMES_2005 = ("城镇新增就业人口970万人；城镇居民人均可支配收入达到10493元，农村居民人均纯收入达到3255元，扣除价格因素，"
                "分别增长9.6%和6.2%。")
# national work report 1985
TRADE_1984 = ("去年，全国进出口总额达到一千二百零一亿元，比上年增长３９．７％，扣除价格和汇率变动因素，实际增长１９．６％，"
              "超过工农业总产值和国民收入增长的速度。")


def test_a_growth_in_real_terms_is_marked_in_the_panel():
    f = _corpus((2006, INCOMES_2005), (1985, TRADE_1984))
    p = C.panel(f, ["rural_per_capita_net_income", "foreign_trade"])
    got = {k: (v, bool(r)) for k, v, r in zip(p["indicator_key"], p["value"], p["real_terms"], strict=True)}
    assert got == {"rural_per_capita_net_income": (6.2, True), "foreign_trade": (39.7, False)}
