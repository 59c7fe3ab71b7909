"""Which figure of a report is its place's own, for the series across reports (``corpus.scope_rank``).

A series of the corpus (``panel``, ``target_outcomes``, ``level_consistency``) is one place's: a figure whose
``scope`` is another place (the city a district lies in, the counties of a city's table) or a part of a figure
(增值税收入(50%部分)) is none of its years, nor, in a national report, a share of one level of government (地方财政
收入 is a part of the nation's revenue). When a report prints one quantity for several levels of government, the
year's figure is the place as a whole, else its own level's share (区级 in a district's report) before a wider or
another one (地方级, 全口径). And a target revised in the report (由年初预算A调整为B, A flagged ``from_value``) is
judged by the target in force, B. The key tables stacked across reports carry, beside the report's year, the year
each row's figure is of (a work report of 2021 reviews 2020). Each sentence is copied from the report named in its
comment.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
from _real_tables import real_facts
from _sentences import facts

import dhcheng_analysis as dh
from dhcheng_analysis import corpus as C

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"

# 北京市西城区 2023 annual report (tests/gold/real/texts/xicheng_2023_annual.txt)
S_XICHENG_2023 = ("地区生产总值突破6000亿元大关,同比增长5.8%;地方级一般公共预算收入完成1012.9亿元,突破千亿元大关,"
                  "同比增长10.6%;区级一般公共预算收入实现452.7亿元,达到历史最好水平,")
# 北京市西城区 indicators of 1-5月 (tests/gold/real/texts/xicheng_m1to5_indicators_table.txt)
S_XICHENG_M5 = ("1-5月,北京市实现社会消费品零售总额5391.9亿元,同比下降7.7%,西城区实现社会消费品零售总额389.9亿元,"
                "同比下降8.6%,占北京市的比重为7.2%。")
# national work report 1956
S1956 = ("如果把属于地方财政的部分抽出来看，那末，１９５５年地方财政共收入７，４４３，４９１，０００元，占预算数的"
         "１０２．７４％；共支出６，４３２，４５３，０００元，占预算数的９４．３５％。")
# 北京市西城区 2020 key tasks (tests/gold/real/texts/xicheng_2020_keytasks.txt)
S_XICHENG_2020 = ("区财政局西城区一般公共预算收入由年初预算439.55亿元调整为413.8亿元左右,增长由年初的2%调整为-4%左右"
                  "(此调整方案已于2020年12月22日经区第十六届人大常委会第42次会议审议通过)。"
                  "截至12月31日,全年一般公共预算收入完成413.84亿元,完成调整后方案目标。")


def _of(text: str, place: str, level: str, year: int, period: str) -> pd.DataFrame:
    """The facts of ``text`` (a sentence, or the name of a real excerpt, read whole) as a report of ``place``
    covering ``period`` and planning ``year`` would give them."""
    if text.endswith(".txt"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            f = real_facts(TEXTS / text)
    else:
        f = facts(text)
    reports = pd.DataFrame({"report_id": [f["report_id"].iloc[0]], "year": [year], "period_year": [int(period[:4])],
                            "plan_year": [year], "period": [period], "place": [place], "level": [level],
                            "kind": ["plan_execution"]})
    return C._with_corpus_columns(f, reports)


def test_a_district_series_takes_its_own_level_not_the_wider_local_level():
    f = _of(S_XICHENG_2023, "北京市西城区", "district", 2024, "2023")
    ranks = dict(zip(f["raw_value"], C.scope_rank(f), strict=True))
    assert (ranks["452.7"], ranks["1012.9"]) == (1, 2)
    level = C.panel(f, "general_budget_revenue", measure="level")
    assert level["value"].tolist() == [45_270_000_000.0]


def test_the_city_a_district_lies_in_is_no_year_of_the_district():
    f = _of("xicheng_m1to5_indicators_table.txt", "北京市西城区", "district", 2020, "2020M5")
    f = f[f["sentence"] == S_XICHENG_M5]
    city = f[f["raw_value"] == "5391.9"]
    assert C.scope_rank(city).tolist() == [C.NOT_OF_PLACE]
    p = C.panel(f, "retail_sales", measure=["level", "yoy_pct"], part="M5").set_index("measure")
    assert (p.loc["level", "value"], p.loc["yoy_pct", "value"]) == (38_990_000_000.0, -8.6)


def test_a_share_of_local_government_is_no_year_of_the_nation():
    f = _of(S1956, "中国", "national", 1956, "1955")
    local = f[f["raw_value"] == "７，４４３，４９１，０００"]
    assert local["indicator_key"].tolist() == ["general_budget_revenue"]
    assert C.scope_rank(local).tolist() == [C.NOT_OF_PLACE]
    assert C.panel(f, "general_budget_revenue", measure=None).empty


def test_a_revised_target_is_judged_by_the_target_in_force():
    f = _of("xicheng_2020_keytasks.txt", "北京市西城区", "district", 2020, "2020")
    f = f[f["sentence"].isin(S_XICHENG_2020.replace("。", "。\n").split("\n"))]
    plan = f[f["raw_value"].isin(["439.55", "413.8"])].set_index("raw_value")
    assert "from_value" in plan.loc["439.55", "flags"] and (plan["status"] == "target").all()
    to = C.target_outcomes(f, how="left").set_index("measure")
    assert to.loc["level", "target_value"] == 41_380_000_000.0
    assert to.loc["level", "outcome_value"] == 41_384_000_000.0 and bool(to.loc["level", "met"])
    assert to.loc["yoy_pct", "target_value"] == -4


def test_the_best_record_is_of_the_most_years_among_equal_shares():
    # the hit rates of 北京市西城区 2020 (its key tasks report states the targets and the year's outcomes)
    f = _of("xicheng_2020_keytasks.txt", "北京市西城区", "district", 2020, "2020")
    hits = C.hit_rates(C.target_outcomes(f))
    assert C.best_record(hits)["indicator_key"] == "general_budget_revenue"
    assert C.best_record(hits[hits["indicator_key"] == "gdp"])["met"] == 0
    assert C.best_record(hits.iloc[0:0]) is None
    # written: two records of every year met, the longer one is the better (5 of 5 before 1 of 1)
    tie = pd.DataFrame({"indicator": ["固定资产投资", "城镇调查失业率"], "years": [1, 5], "met": [1, 5],
                        "share_met": [100.0, 100.0]})
    assert C.best_record(tie)["indicator"] == "城镇调查失业率"


def test_the_stacked_key_tables_date_each_row_by_the_year_its_figure_is_of():
    # 北京市东城区 2021 government work report (tests/gold/real/texts/dongcheng_2021_gwr.txt): delivered in 2021,
    # its review is of 2020
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = dh.load_corpus([TEXTS / "dongcheng_2021_gwr.txt"])
    head = corpus.tables(("headline",))["headline"].set_index("indicator_key")
    assert (head.loc["gdp", "year"], head.loc["gdp", "fact_year"]) == (2021, 2020)
    assert head.loc["gdp", "level"] == 295_470_000_000.0
