"""The key tables name one thing once, on verbatim excerpts of real reports.

A check the audit makes of figures a bulletin prints twice (GDP and its three industries in the text, and again
in its table of GDP by industry) is one row with the ids of both, whatever name the total is printed under
(生产总值, 地区生产总值); a year-on-year base printed in other words (比去年同期下降58.8%) is named in the
year-on-year table as the plain base is (上年同期), so that one base has one name in a table. A growth of one
quarter or month alone (三季度当季GDP增长3.1%) has the level of that quarter or none, never the level of the quarters
to it printed before it. Each excerpt is copied from the report named in its comment (``tests/gold/real/texts``);
the one constructed text is a regression fixture and says so.
"""

from __future__ import annotations

from pathlib import Path

from _real_tables import excerpt_table, text_table

CONSTRUCTED = Path(__file__).resolve().parent / "gold" / "constructed"


def test_a_check_of_figures_printed_again_in_a_table_is_one_row():
    # district_2021_bulletin_rank: 初步核算,2021年全区生产总值 (GDP)[2]91.3亿元,…分产业看,第一产业增加值6.2亿元,增长6.9%;
    # 第二产业增加值22.7亿元,增长6.2%;第三产业增加值62.4亿元,增长8.0%。 and then 表一: 地 区 生 产 总 值 … 地区生产总值 |
    # 亿元 | 91.3 | 7.5 | 第一产业 | 亿元 | 6.2 | 6.9 | 第二产业 | 亿元 | 22.7 | … 第三产业 | 亿元 | 62.4 | 8.0 |
    a = excerpt_table("district_2021_bulletin_rank", "audit")
    gdp = a[(a["check"] == "parts_within_total") & (a["indicator"] == "地区生产总值")]
    assert len(gdp) == 1
    row = gdp.iloc[0]
    assert (row["verdict"], row["stated"], row["computed"]) == ("consistent", 9.13e9, 9.13e9)
    assert len(row["fact_ids"].split(";")) == 8  # the total and its three parts, in the text and in the table
    # the parts of 第二产业 and 第三产业, printed in the table alone, stay checks of their own
    assert set(a.loc[a["check"] == "parts_within_total", "indicator"]) >= {"第二产业增加值", "第三产业增加值"}


def test_a_year_on_year_base_printed_in_other_words_has_the_plain_name():
    # xicheng_2018_h1_indicators: 2018年1-6月,按建设地口径,西城区完成全社会固定资产投资42.5亿元,比去年同期下降58.8%。
    # (beside 2018年1-6月,西城区实现社会消费品零售总额501.5亿元,同比增长4.0%。)
    y = excerpt_table("xicheng_2018_h1_indicators", "yoy").set_index("indicator")
    assert y.loc["固定资产投资", "comparator"] == y.loc["社会消费品零售总额", "comparator"] == "上年同期"
    assert y.loc["固定资产投资", "change_pct"] == -58.8
    assert not y["comparator"].str.startswith("去年").any()


def test_a_growth_of_one_quarter_alone_has_no_level_of_the_quarters_to_it():
    # a regression fixture (tests/gold/constructed, not a real report): 全区实现地区生产总值（GDP）1876.3亿元，同比下降1.2%，
    # 降幅比上半年收窄3.4个百分点；三季度当季GDP增长3.1%，呈现明显回升势头。 (1876.3亿元 is the GDP of 前三季度)
    y = text_table((CONSTRUCTED / "xuhui_2022_q1q3" / "xuhui_2022_q1q3.txt").read_text(encoding="utf-8"), "yoy")
    gdp = y[y["indicator"] == "地区生产总值"].set_index("change_pct")
    assert gdp.loc[-1.2, "level"] == 1.8763e11
    assert gdp.loc[3.1, "period"] == "三季度" and gdp.loc[3.1, "level"] != gdp.loc[3.1, "level"]  # (none)


def test_a_base_naming_last_year_in_other_words_has_the_plain_name():
    # 1981 national work report: 国内市场商品货源增加，供应情况比较好，社会商品零售额今年预计将比去年增长９％。 (the year
    # 1981 against 1980: 上年, as 比上年 is named, not the same months 上年同期)
    y = text_table("国内市场商品货源增加，供应情况比较好，社会商品零售额今年预计将比去年增长９％。", "yoy")
    assert y[["change_pct", "comparator"]].values.tolist() == [[9.0, "上年"]]
