"""A growth at constant prices gives no prior level, and the city's growths printed beside the district's are its
markers, read as a district economist reads the tables and pages.

GDP, a value added (增加值) and farm output (农林牧渔业总产值) grow at constant prices, as the statistics office
states them whether the sentence says so or not (上半年GDP实现2806.8亿元,按不变价计算,同比增长6.5%); so does a growth flagged ``real_terms``. The
level over such a growth is no level of the base period as printed (the change of prices is left out), so the
headline and year-on-year tables derive none, and the pages say why the column is empty for it; a growth at
current prices keeps its derived level, also against another dated base (比2019年上半年下降1%), which the
year-on-year page says its prior-level column then holds.

A table of 北京市 | 西城区 columns prints the city's growth beside each of the district's: the year-on-year
page draws the city's as the marker on the district's bar, not as a bar of its own, and counts it among none of
the district's rises and falls.

A completion whose base the report does not name (完成进度达到119.1%) is not set against the elapsed-time mark, and
the completion page says the report names no base, not that the base is another than the annual task; one
computed from a count pair says what it counts (9个已完成全年任务的指标，共10个).

Budget expenditure is a headline indicator beside budget revenue (the glossary's ``headline`` column): a report
printing both shows both among its headline figures.
"""

from __future__ import annotations

import math
import warnings

import pandas as pd
import pytest
from _built_reports import page_texts
from _real_tables import TEXTS, excerpt_table, real_tables

import dhcheng_analysis as dh
from dhcheng_analysis import tables


def _row(df: pd.DataFrame, indicator: str, **where) -> pd.Series:
    rows = df[df["indicator"] == indicator]
    for col, value in where.items():
        rows = rows[rows[col] == value]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_gdp_at_constant_prices_gives_no_prior_level():
    # chaoyang_2018_h1: 上半年GDP实现2806.8亿元,按不变价计算,同比增长6.5%。一般公共预算收入完成285.4亿元,同比增长3.3%。
    t = real_tables("chaoyang_2018_h1")
    gdp = _row(t["headline"], "地区生产总值")
    assert gdp["level"] == 2.8068e11 and gdp["yoy_pct"] == 6.5
    assert math.isnan(gdp["implied_prior_level"])
    assert math.isnan(_row(t["yoy"], "地区生产总值")["implied_prior_level"])
    revenue = _row(t["headline"], "一般公共预算收入")  # at current prices: its prior level stays
    assert revenue["implied_prior_level"] == pytest.approx(2.854e10 / 1.033)


def test_gdp_gives_no_level_of_another_dated_base_while_revenue_does():
    # chaoyang_2021_h1: 上半年GDP实现3640.7亿元,同比增长13.5%,比2019年上半年增长7.9%,两年平均增长3.9%。
    # 区级一般公共预算收入完成298亿元,同比增长12.7%,比2019年上半年下降1%,两年平均下降0.5%。
    y = excerpt_table("chaoyang_2021_h1", "yoy")
    assert math.isnan(_row(y, "地区生产总值", comparator="2019年上半年")["implied_prior_level"])
    revenue = _row(y, "一般公共预算收入", comparator="2019年上半年")
    assert revenue["implied_prior_level"] == pytest.approx(2.98e10 / 0.99)


def test_a_value_added_grows_at_constant_prices():
    # written: a value added is stated at constant prices as GDP is
    ft = tables.prepare(dh.load_report("上半年，全区规模以上工业增加值完成85.6亿元，同比增长4.2%。\n"))
    real = tables.real_growth(ft, pd.Series([""]), pd.Series(["规模以上工业增加值"]), pd.Series(["f0"]))
    assert real.tolist() == [True]
    assert tables.real_growth(ft, pd.Series(["retail_sales"]), pd.Series(["社会消费品零售总额"]),
                              pd.Series(["f0"])).tolist() == [False]


def test_farm_output_grows_at_comparable_prices():
    # youyang_cq_2025_q1 (real excerpt): 全县实现农林牧渔总产值9.48亿元,增长0.8%。生猪出栏16.68万头,下降7.7%。
    # minhang_sh_2015_bulletin (real excerpt): 全年实现农业总产值3.64亿元,比上年下降0.8%。其中,种植业产值2.55亿元,
    # 比上年增长6.5%;畜牧业产值0.69亿元,比上年下降22.0%。 The statistics office states the growth of farm
    # output at comparable prices, so the level over it is no output of the year before; a count keeps its own.
    y = excerpt_table("youyang_cq_2025_q1", "yoy")
    assert math.isnan(_row(y, "农林牧渔业总产值")["implied_prior_level"])
    assert _row(y, "生猪出栏")["implied_prior_level"] == pytest.approx(166800 / 0.923)
    y = excerpt_table("minhang_sh_2015_bulletin", "yoy")
    for name in ("农业总产值", "种植业产值", "畜牧业产值"):
        assert math.isnan(_row(y, name)["implied_prior_level"]), name
    assert _row(y, "财政总收入")["implied_prior_level"] == pytest.approx(6.2785e10 / 1.08)


def test_the_city_growths_beside_the_district_are_its_markers():
    # xicheng_m1to5_indicators_table: 二、社会消费品零售总额 | 亿元 | 5391.9 | -7.7 | 389.9 | -8.6 |
    t = real_tables("xicheng_m1to5_indicators_table")
    ids = tables.beside_growth_ids(t["comparisons"])
    city = t["yoy"][t["yoy"]["scope"] == "北京市"]
    assert set(city["fact_id"]) == ids  # every growth of 北京市 the table prints beside the district's
    own = t["yoy"][t["yoy"]["fact_id"].isin(ids)]
    assert set(own["scope"]) == {"北京市"}


def test_budget_expenditure_is_a_headline_indicator():
    # xicheng_m1to5_indicators_table: 西城区累计完成公共财政预算支出213.6亿元,同比增长24.5%。
    h = excerpt_table("xicheng_m1to5_indicators_table", "headline")
    row = _row(h, "一般公共预算支出")
    assert (row["level"], row["yoy_pct"], row["period"]) == (2.136e10, 24.5, "1-5月")
    assert "北京市" not in set(h["scope"])  # (the city's, printed beside, is no headline of the district)


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    out = {}
    for name in ("chaoyang_2021_h1", "xicheng_m1to5_indicators_table", "dongcheng_2017_h1"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = dh.build_report(TEXTS / f"{name}.txt", tmp_path_factory.mktemp(name), lang="zh", jobs=2,
                                     progress=False)
        assert result.failed == [], result.failed
        out[name] = page_texts(result)
    return out


def test_the_pages_say_why_gdp_has_no_prior_level(build):
    # chaoyang_2021_h1: 上半年GDP实现3640.7亿元,同比增长13.5%,比2019年上半年增长7.9%
    pages = build["chaoyang_2021_h1"]
    assert "地区生产总值的增长按不变价（可比价）计算" in pages["01"]
    assert "地区生产总值的增长按不变价（可比价）计算" in pages["02"]
    assert "“上年（同期）水平”一列：比较基准为其他时期的行，为该时期的水平" in pages["02"]


def test_the_year_on_year_page_counts_the_district_growths_only(build):
    # xicheng_m1to5_indicators_table: 1-5月,北京市实现社会消费品零售总额5391.9亿元,同比下降7.7%,西城区实现社会消费品
    # 零售总额389.9亿元,同比下降8.6%
    page = build["xicheng_m1to5_indicators_table"]["02"]
    # (现价工业总产值 | 281.5 | 4.9 of its table restates the text's 规模以上工业总产值 281.5亿元, +4.9%: one growth)
    assert "报告给出 10 个已实现的同比变化" in page and "7 个上升，3 个下降" in page
    assert "另有 6 个北京市的同比变化与本地数字并列列出" in page
    assert "一般公共预算支出（北京市） +7.1%" not in page  # (no bar of its own in the chart's description)


def test_a_completion_of_no_stated_base_is_not_called_one_of_another_base(build):
    # dongcheng_2017_h1: …五个重点区域涉及人口减少16863人,完成进度达到119.1%。全市“疏解整治促提升”专项行动共有15个指标,
    # 涉及中心城区的10个,我区有9个指标已完成全年任务
    page = build["dongcheng_2017_h1"]["04"]
    assert "不是本期全年任务的进度" not in page  # (the report does not say it is not)
    assert "另有 2 个进度未写明是本期全年任务的进度" in page
    assert "重点区域涉及人口：119.1%（报告未写明基准）" in page
    assert "中心城区的指标：90.0%（9个已完成全年任务的指标，共10个）" in page
