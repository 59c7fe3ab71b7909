"""Which figures of the corpus make one concept of one year, on verbatim sentences of the national work reports.

A share printed as ``X占Y的比重 N%`` (a ``rate_pct`` fact of X with comparator Y) is of the glossary concept
``X占Y比重`` when the glossary names one: 财政赤字 as a share of 国内生产总值 is the deficit ratio (赤字率), the
R&D outlay as a share of 国内生产总值 is R&D intensity — not the deficit or the outlay themselves, so the
ratios of reports that print 赤字率 and those that print 财政赤字占国内生产总值比重 make one series.
A change averaged per year (年均, 平均每年, 每年递增) is a figure of the span it averages over: it is no target of
a plan year and no value of a year in the panel. A change against its own year or a later one (比一九六四年
增长 read as a figure of 1964) has its year misread and is left out the same way. The earlier value of a
change (由A增加到B, flagged ``from_value``) whose year the text does not print is of no year: it is not the year
the report reviews. Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pandas as pd
from _sentences import fact, facts

from dhcheng_analysis import corpus as C

# national work report 2009
S2009 = ("全国财政赤字合计9500亿元，占国内生产总值比重在3%以内，虽然当年赤字增加较多，但由于前几年连续减少赤字，"
         "发债空间较大，累计国债余额占国内生产总值比重20%左右，这是我国综合国力可以承受的，总体上也是安全的。")
# national work report 2013
S2013 = "财政赤字占国内生产总值的比重从2009年的2.8%降到去年的1.5%左右，赤字率和债务负担率保持在安全水平。"
# national work report 2008
S2008 = ("全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元，"
         "占国内生产总值比重从1.07%提高到1.49%。")
# national work report 1979
S1979 = ("这两年中，钢产量由二千零四十六万吨增加到三千一百七十八万吨，增长百分之五十五点三；"
         "原煤由四亿八千三百万吨增加到六亿一千八百万吨，增长百分之二十八。")
# national work report 1964
S1964 = "计划草案拟定，工业总产值比一九六四年增长百分之十一左右。"
# national work report 1986
S1986 = ("根据社会不断增长的需要和综合各种生产条件的可能，“七五”计划草案规定，全国工农业总产值平均每年增长"
         "百分之六点七，其中农业总产值平均每年增长百分之四（包括村办工业为百分之六），工业总产值平均每年增长"
         "百分之七点五（不包括村办工业百分之七）；国民生产总值平均每年增长百分之七点五。")


def test_a_deficit_as_a_share_of_gdp_is_the_deficit_ratio():
    ratio = fact(S2009, "3%")
    assert (ratio["measure"], ratio["indicator_key"]) == ("rate_pct", "deficit_ratio")
    assert fact(S2009, "9500亿元")["indicator_key"] == "fiscal_deficit"
    assert [fact(S2013, v)["indicator_key"] for v in ("2.8%", "1.5%")] == ["deficit_ratio", "deficit_ratio"]


def test_an_outlay_as_a_share_of_gdp_is_its_intensity():
    assert [fact(S2008, v)["indicator_key"] for v in ("1.07%", "1.49%")] == ["rd_intensity", "rd_intensity"]
    assert fact(S2008, "3664亿元")["indicator_key"] == "rd_expenditure"


def test_a_share_of_another_whole_keeps_its_own_key():
    # the public debt as a share of GDP names no glossary concept: the key of what is printed stays
    debt = fact(S2009, "20%")
    assert debt["measure"] == "rate_pct" and debt["indicator_key"] != "deficit_ratio"


def _with_years(f: pd.DataFrame, delivered: int) -> pd.DataFrame:
    reports = pd.DataFrame({"report_id": [f["report_id"].iloc[0]], "year": [delivered],
                            "period_year": [delivered - 1], "plan_year": [delivered], "period": [str(delivered - 1)],
                            "place": ["中国"], "level": ["national"], "kind": ["work_report"]})
    return C._with_corpus_columns(f, reports)


def test_the_earlier_value_of_a_change_is_of_no_year_the_text_does_not_print():
    f = _with_years(facts(S1979), 1979)
    steel = f[f["raw_value"].isin(["二千零四十六万", "三千一百七十八万"])].set_index("raw_value")
    assert "from_value" in steel.loc["二千零四十六万", "flags"]
    assert pd.isna(steel.loc["二千零四十六万", "fact_year"]) and steel.loc["三千一百七十八万", "fact_year"] == 1978
    p = C.panel(f, "steel_output", measure="level")
    assert p["value"].tolist() == [31_780_000.0]


def test_an_average_per_year_of_a_plan_is_no_target_of_its_year():
    f = _with_years(facts(S1986), 1986)
    t = f[(f["status"] == "target") & (f["measure"] == "change_pct")]
    assert len(t) >= 4 and C._of_one_year(t).eq(False).all()
    assert C.target_outcomes(f, how="left").query("measure == 'change_pct'").empty


def test_a_change_against_its_own_year_is_no_figure_of_that_year():
    f = facts(S1964).assign(place="中国", report_period="1963", year=1964, fact_year=1964, year_source="status")
    f["fact_year"] = f["fact_year"].astype("Int64")
    f["year"] = f["year"].astype("Int64")
    eleven = f[f["raw_value"] == "百分之十一"]
    assert eleven["comparator"].iloc[0] == "一九六四年" and not C._of_one_year(eleven).iloc[0]
    assert C.target_outcomes(f, how="left").empty
