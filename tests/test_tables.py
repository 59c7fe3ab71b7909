"""Key tables: exact figures of the bundled report, the genre variants, provenance and invariants."""

from __future__ import annotations

import csv
import math
import re
from pathlib import Path

import pandas as pd
import pytest
from _real_tables import real_table

import dhcheng_analysis as dh
from dhcheng_analysis import analysis, schema, tables, vocab
from dhcheng_analysis.errors import ReportError, TableInvariantError

GOLD = Path(__file__).parent / "gold"
VARIANTS = GOLD / "variants.txt"

CONTRACT = {
    "headline": ["report_id", "indicator", "indicator_en", "indicator_as_printed", "level", "unit",
                 "level_qualifier", "yoy_pct", "completion_pct", "pp_diff", "comparator", "comparator_value",
                 "comparator_value_qualifier", "rank", "rank_group", "implied_prior_level",
                 "implied_annual_target", "h2_required", "h2_growth_required_pct", "period", "section",
                 "fact_id", "fact_ids"],
    "yoy": ["report_id", "fact_id", "indicator", "indicator_en", "measure", "change_pct", "direction",
            "comparator", "level", "level_unit", "level_fact_id", "implied_prior_level", "qualifier", "status",
            "period", "section", "sentence"],
    "comparisons": ["report_id", "fact_id", "fact_ids", "indicator", "indicator_key", "indicator_en", "scope",
                    "period", "yoy_pct", "comparator", "comparator_measure", "comparator_value", "pp_diff", "source"],
    "tax": ["report_id", "fact_id", "dimension", "item", "indicator_en", "measure", "change_pct", "direction",
            "level", "level_unit", "abs_change", "unit", "qualifier", "sentence"],
    "completion": ["report_id", "fact_id", "fact_ids", "indicator", "indicator_en", "completion_pct", "source",
                   "numerator", "denominator", "count_unit", "benchmark_pct", "gap_pp", "on_track", "status",
                   "section", "sentence"],
    "targets": ["report_id", "fact_id", "indicator", "indicator_en", "measure", "value", "unit", "qualifier",
                "section", "sentence"],
}


@pytest.fixture(scope="module")
def report(bundled_report):
    return bundled_report


@pytest.fixture(scope="module")
def facts(bundled_facts):
    return bundled_facts


@pytest.fixture(scope="module")
def tbl(bundled_tables):
    """``all_tables`` of the bundled report (computed once for the run in conftest)."""
    return bundled_tables


@pytest.fixture(scope="module")
def var(variant_tables):
    """``all_tables`` of the variants (computed once for the run in conftest)."""
    return variant_tables


def _row(df: pd.DataFrame, **where) -> pd.Series:
    mask = pd.Series(True, index=df.index)
    for k, v in where.items():
        mask &= df[k] == v
    assert mask.sum() == 1, f"expected one row for {where}, got {mask.sum()}\n{df.to_string()}"
    return df[mask].iloc[0]


# contracts -----------------------------------------------------------------------------------

@pytest.mark.parametrize("key", list(CONTRACT))
def test_contract_columns(tbl, key):
    missing = [c for c in CONTRACT[key] if c not in tbl[key].columns]
    assert not missing


def test_all_tables_keys(tbl):
    assert list(tbl) == ["facts", "headline", "yoy", "comparisons", "tax", "completion", "targets", "audit"]


def test_all_tables_lives_above_the_tables():
    assert dh.all_tables is analysis.all_tables
    assert not hasattr(tables, "all_tables")  # tables never reach up to the analysis


def test_derived_columns_constant():
    assert set(tables.DERIVED_COLUMNS) == {"implied_prior_level", "implied_annual_target", "h2_required",
                                           "h2_growth_required_pct", "comparator_value",
                                           "comparator_value_qualifier", "computed_pct"}


@pytest.mark.parametrize("key", ["headline", "yoy", "comparisons", "tax", "completion", "targets", "audit"])
def test_every_table_row_has_a_concept_key_column(tbl, key):
    df = tbl[key]
    assert "indicator_key" in df.columns
    facts = tbl["facts"].set_index("fact_id")["indicator_key"]
    stated = df.dropna(subset=["fact_id"])
    stated = stated[stated["fact_id"].isin(facts.index)]
    if key == "completion":  # a computed share is named by its total
        stated = stated[stated["source"] == "stated"]
    if key == "tax":
        stated = stated[stated["dimension"] != "base_loss"]
    if key in ("headline", "audit"):  # named after their first fact
        return
    assert (stated["indicator_key"] == stated["fact_id"].map(facts)).all()


@pytest.mark.parametrize("key,cols", [
    ("yoy", ("measure", "qualifier", "status")), ("comparisons", ("comparator_measure", "source")),
    ("tax", ("dimension", "measure", "qualifier")),
    ("completion", ("source", "status")), ("targets", ("measure", "qualifier")),
    ("headline", ("level_qualifier", "comparator_value_qualifier")),
])
def test_closed_vocabularies_are_categorical(tbl, key, cols):
    for c in cols:
        assert isinstance(tbl[key][c].dtype, pd.CategoricalDtype), (key, c)


@pytest.mark.parametrize("key", ["headline", "yoy", "comparisons", "tax", "completion", "targets", "audit"])
@pytest.mark.parametrize("which", ["bundled", "variants"])
def test_every_row_traces_to_facts(tbl, var, key, which):
    t = tbl if which == "bundled" else var
    df, ids = t[key], set(t["facts"]["fact_id"])
    assert len(df)
    assert (df["report_id"] == t["facts"]["report_id"].iloc[0]).all()
    assert df["indicator_en"].fillna("").str.strip().ne("").all()
    for _, r in df.iterrows():
        named = [r["fact_id"]] if isinstance(r["fact_id"], str) else []
        if "fact_ids" in df.columns:
            named += str(r["fact_ids"]).split(";")
        assert named and all(i in ids for i in named), r.to_dict()


def test_sentences_hold_their_figures(tbl):
    facts = tbl["facts"].set_index("fact_id")
    for key in ("yoy", "tax", "completion", "targets"):
        for _, r in tbl[key].dropna(subset=["fact_id"]).iterrows():
            f = facts.loc[r["fact_id"]]
            assert f["sentence"] == r["sentence"]


# headline_indicators -------------------------------------------------------------------------

def test_headline_budget_revenue(tbl):
    r = _row(tbl["headline"], indicator="一般公共预算收入")
    assert r["level"] == 9.69e9 and r["unit"] == "元"
    assert r["yoy_pct"] == -7 and r["completion_pct"] == 48.2
    assert r["implied_annual_target"] == pytest.approx(2.0104e10, rel=1e-4)
    assert r["implied_prior_level"] == pytest.approx(1.0419e10, rel=1e-4)
    assert r["h2_required"] == pytest.approx(r["implied_annual_target"] - r["level"])
    # half-year report: the second half must exceed the first by h2_required / level - 1
    assert r["h2_growth_required_pct"] == pytest.approx((r["h2_required"] / r["level"] - 1) * 100)
    assert r["fact_ids"].count(";") == 2


def test_headline_comparator_values(tbl):
    h = tbl["headline"]
    retail = _row(h, indicator="社会消费品零售总额")
    assert (retail["yoy_pct"], retail["pp_diff"], retail["comparator"]) == (-15.4, 0.9, "全市")
    assert retail["comparator_value"] == pytest.approx(-16.3)
    gdp = _row(h, indicator="地区生产总值")
    assert (gdp["yoy_pct"], gdp["comparator"]) == (-3.9, "一季度")
    assert gdp["comparator_value"] == pytest.approx(-5.4)
    inv = _row(h, indicator="固定资产投资")
    assert inv["comparator_value"] == pytest.approx(42.6) and inv["comparator_value_qualifier"] == "nearly"
    assert inv["comparator"] == "全市"


def test_headline_rows(tbl):
    h = tbl["headline"]
    assert h["indicator"].is_unique
    assert {"地区生产总值", "一般公共预算收入", "固定资产投资", "建安投资", "社会消费品零售总额",
            "居民人均可支配收入", "实际利用外资", "城镇登记失业率"} <= set(h["indicator"])
    ja = _row(h, indicator="建安投资")
    assert (ja["level"], ja["completion_pct"], ja["rank"], ja["rank_group"]) == (2.51e9, 34.8, 3, "城六区")
    fdi = _row(h, indicator="实际利用外资")
    assert (fdi["level"], fdi["unit"], fdi["yoy_pct"]) == (2.68e8, "美元", 1.14)
    ue = _row(h, indicator="城镇登记失业率")
    assert (ue["level"], ue["unit"]) == (0.84, "%")
    assert math.isnan(ue["implied_prior_level"])  # a rate has no prior level to imply
    inc = _row(h, indicator="居民人均可支配收入")
    assert inc["indicator_en"] == "Per-capita disposable income"
    assert inc["implied_prior_level"] == pytest.approx(41228 / 1.02)


def test_headline_aliases_share_a_row(var):
    h = var["headline"]
    retail = _row(h, indicator="社会消费品零售总额")
    assert retail["indicator_as_printed"] == "社会消费品零售额"
    assert retail["pp_diffs"] == "一季度:+1.4;全市:+2.3"
    assert retail["comparator_value"] == pytest.approx(4.8)
    budget = _row(h, indicator="一般公共预算收入")
    assert (budget["level"], budget["yoy_pct"], budget["completion_pct"]) == (8.86e9, -3.2, 47.9)
    ue = _row(h, indicator="城镇登记失业率")
    assert ue["comparator_value"] == pytest.approx(1.32)  # 1.02 %, 0.3 pp below last year
    gdp = _row(h, indicator="地区生产总值")
    assert (gdp["change_pct"], gdp["change_comparator"]) == (8.1, "2022年上半年")


# yoy_changes ---------------------------------------------------------------------------------

def test_yoy_rows(tbl):
    y = tbl["yoy"]
    assert set(y["measure"]) <= {"yoy_pct", "change_pct", "abs_change"}
    ent = _row(y, indicator="新设市场主体")
    assert (ent["change_pct"], ent["direction"], ent["level"], ent["level_unit"]) == (-36.62, "down", 1478, "户")
    assert ent["implied_prior_level"] == pytest.approx(1478 / (1 - 0.3662))
    assert ent["comparator"] == "上年同期"
    assert {"up", "down"} == set(y["direction"])
    assert y["fact_id"].is_unique and len(y) >= 14


def test_yoy_one_change_printed_twice_is_one_row(tbl):
    # 一般公共预算收入 −7 % in the lead and 财政收入 −7 % in the problems section: one concept, one figure
    y = tbl["yoy"]
    budget = y[y["indicator_key"] == "general_budget_revenue"]
    assert len(budget) == 1
    r = budget.iloc[0]
    assert (r["change_pct"], r["indicator_as_printed"]) == (-7.0, "一般公共预算收入")
    printed = tbl["facts"].set_index("fact_id").loc[r["fact_ids"].split(";"), "indicator"].tolist()
    assert printed == ["一般公共预算收入", "财政收入"]


def test_yoy_changes_against_other_bases(tbl):
    # 全区就业人数82.3万人,比2019年末减少1.2万人: an absolute change against another base
    y = tbl["yoy"]
    jobs = _row(y, indicator_key="employed_persons")
    assert (jobs["measure"], jobs["abs_change"], jobs["unit"], jobs["comparator"]) == ("abs_change", -12000, "人",
                                                                                     "2019年末")
    assert math.isnan(jobs["change_pct"]) and jobs["direction"] == "down"
    assert jobs["implied_prior_level"] == 823000 + 12000
    other = y[(y["status"] == "actual") & ((y["measure"] == "change_pct") | (y["comparator"] != "上年同期"))]
    assert "employed_persons" in set(other["indicator_key"])


def test_yoy_other_bases(var):
    y = var["yoy"]
    gdp = y[y["indicator"] == "地区生产总值"].set_index("comparator")
    assert gdp.loc["上年同期", "change_pct"] == 4.6
    assert gdp.loc["2022年上半年", "measure"] == "change_pct"
    # GDP grows at constant prices: 1203.5 ÷ 1.081 is no GDP of 2022年上半年 as printed
    assert math.isnan(gdp.loc["2022年上半年", "implied_prior_level"])
    assert math.isnan(gdp.loc["两年平均", "implied_prior_level"])  # an average is no base level


# tax_declines --------------------------------------------------------------------------------

def test_tax_types_and_sectors(tbl):
    t = tbl["tax"]
    got = {(r["dimension"], r["item"]): r["change_pct"] for _, r in t.iterrows() if pd.notna(r["change_pct"])}
    assert got[("tax_type", "企业所得税")] == -6.3
    assert got[("tax_type", "增值税")] == -13.6
    assert got[("tax_type", "契税")] == -8.4
    assert got[("sector", "商务服务业税收")] == -14.5  # 商务服务业, not 租赁和商务服务业
    assert got[("sector", "批发零售业税收")] == -30.3
    # the report prints no total of the tax types' scope (全口径): its budget revenue (财政收入, 一般公共预算收入
    # −7 %) is a local share, no total of taxes of all levels, so the table has no total row rather than that
    # pairing (the −7 % stays a headline and a year-on-year change)
    assert not (t["dimension"] == "total").any()
    assert -7 in tbl["yoy"].loc[tbl["yoy"]["indicator"] == "一般公共预算收入", "change_pct"].tolist()
    pit = _row(t, item="个人所得税")
    assert (pit["dimension"], pit["direction"], pit["basis"]) == ("tax_type", "up", "text")
    assert math.isnan(pit["change_pct"]) and pd.isna(pit["fact_id"])
    assert set(t.loc[t["dimension"] == "tax_type", "scope"].dropna()) >= {"全口径"}


def test_tax_total_stated_twice_is_one_row():
    # the bundled report's total (财政收入 and 一般公共预算收入, −7 %) is no total of its 全口径 tax types, so
    # the merge is read on the constructed Chaoyang half-year report, whose tax types print no scope:
    # 一般公共预算收入…同比减少9.3% in the lead and 财政收入同比减少9.3% among the problems
    t = dh.tax_declines(str(GOLD / "constructed" / "chaoyang_2020_h1" / "chaoyang_2020_h1.txt"))
    total = t[t["dimension"] == "total"]
    assert len(total) == 1
    assert len(total.iloc[0]["fact_ids"].split(";")) == 3  # lead yoy, its level, and 财政收入 −9.3 %


def test_tax_base_loss_and_new_entities(tbl):
    t = tbl["tax"]
    loss = t[t["dimension"] == "base_loss"]
    firms = loss[loss["measure"] == "level"].iloc[0]
    assert (firms["level"], firms["level_unit"]) == (617, "户")
    amounts = dict(zip(loss["scope"], loss["abs_change"], strict=True))
    assert amounts["全口径"] == -7e8 and amounts["地方级"] == -3.3e8 and amounts["区级"] == -1.4e8
    new = _row(t, dimension="new_entities")
    assert (new["level"], new["change_pct"], new["item"]) == (1478, -36.62, "新设市场主体")


def test_tax_by_type_with_levels_in_budget_reports(var):
    t = var["tax"].set_index("item")
    assert t.loc["增值税", ["level", "abs_change", "change_pct"]].tolist() == [2.5678e9, -1.234e8, -4.59]
    assert t.loc["企业所得税", ["level", "change_pct"]].tolist() == [1.9845e9, 6.71]
    assert t.loc["个人所得税", ["level", "change_pct"]].tolist() == [8.76e8, 12.3]
    assert t.loc["契税", ["level", "change_pct"]].tolist() == [1.523e8, -21.7]
    assert (t.loc[["增值税", "企业所得税", "个人所得税", "契税"], "dimension"] == "tax_type").all()
    assert t.loc["税收收入", ["level", "abs_change", "change_pct"]].tolist() == [7.12345e9, 1.4225e8, 2.04]
    # business revenue of sectors (信息服务业收入) is not tax
    assert not var["tax"]["item"].str.contains("信息服务业").any()


# target_completion ---------------------------------------------------------------------------

def test_completion_rows(tbl):
    c = tbl["completion"]
    stated = c[c["source"] == "stated"]
    computed = c[c["source"] == "computed"].set_index("denominator")
    assert {48.2, 45.6, 34.8, 51.4, 65, 77, 61.4, 70, 18} <= set(stated["completion_pct"])
    assert computed.loc[71, "completion_pct"] == pytest.approx(90.14, abs=0.005)
    assert computed.loc[71, "numerator"] == 64 and computed.loc[71, "count_unit"] == "项"
    assert computed.loc[1584, "completion_pct"] == pytest.approx(48.30, abs=0.005)
    assert computed.loc[28, "completion_pct"] == 75
    assert len(c) >= 12 and (c["status"] == "actual").all()
    assert (c["benchmark_pct"] == 50).all()
    annual = c[c["annual"]]
    assert set(annual["comparator"]) == {"全年任务", "年度任务"}
    assert (annual["gap_pp"] == annual["completion_pct"] - 50).all()
    assert (annual["on_track"] == (annual["completion_pct"] >= 50)).all()
    budget = _row(c, indicator="一般公共预算收入")
    assert budget["annual"] and not budget["on_track"]


def test_completion_stated_and_computed_from_one_pair_is_one_row(tbl):
    # 120座楼宇摸排任务已完成92座,完成率77%: the stated 77 %, with 92/120 = 76.7 % beside it
    c = tbl["completion"]
    survey = c[c["indicator_key"] == "building_survey"]
    assert len(survey) == 1
    r = survey.iloc[0]
    assert (r["source"], r["completion_pct"], r["numerator"], r["denominator"]) == ("stated", 77, 92, 120)
    assert r["computed_pct"] == pytest.approx(92 / 120 * 100)
    assert len(r["fact_ids"].split(";")) == 3


def test_completion_of_a_planned_total_is_not_an_annual_task(tbl):
    # 规划建设5G宏基站1584个,已投入使用765个: a planned total, not this year's task — no elapsed-time gap
    c = tbl["completion"].set_index("denominator")
    g5 = c.loc[1584]
    assert not g5["annual"] and math.isnan(g5["gap_pp"]) and pd.isna(g5["on_track"])
    assert g5["completion_pct"] == pytest.approx(765 / 1584 * 100)
    works = tbl["completion"][tbl["completion"]["comparator"] == "总工程量"]  # 已完成总工程量的70%
    assert len(works) == 2 and not works["annual"].any() and works["on_track"].isna().all()


def test_completion_benchmark_follows_period():
    text = ("关于乙区2022年前三季度计划执行情况的报告\n一、前三季度执行情况\n"
            "一般公共预算收入完成30亿元,完成全年任务的70%。10项重点任务已完成8项。\n")
    c = dh.target_completion(text)
    assert (c["benchmark_pct"] == 75).all()
    assert set(c["completion_pct"].round(1)) == {70.0, 80.0}
    annual = c.set_index(c["completion_pct"].round(1))
    assert annual.loc[70.0, "annual"] and not annual.loc[70.0, "on_track"]  # 全年任务: 70 % at Q1–Q3 is behind
    assert not annual.loc[80.0, "annual"] and pd.isna(annual.loc[80.0, "on_track"])  # 10项: no annual task named


def test_completion_pairs_need_a_done_cue():
    text = ("关于丙区2021年上半年计划执行情况的报告\n一、执行情况\n"
            "2355家餐饮单位和1815家场所完成消杀。设置24个帮扶项目,五个受援地区已基本完成脱贫任务。\n")
    c = dh.target_completion(text)
    assert (c["source"] != "computed").all()


# plan_targets --------------------------------------------------------------------------------

def test_plan_targets(tbl, facts):
    t = tbl["targets"]
    targets = facts[facts["status"] == "target"]
    assert set(t["fact_id"]) <= set(targets["fact_id"])
    merchants = t[t["indicator"] == "招商引税"]
    assert merchants["value"].tolist() == [2.247e9]
    assert (t["indicator_key"] == t["fact_id"].map(facts.set_index("fact_id")["indicator_key"])).all()


def test_plan_targets_leave_out_what_the_half_year_already_covers(report, facts):
    # a target of the period 截至6月30日 is, in a half-year report, no target for the second half; 7月底前, 三季度
    # and 年内 are (确定2020年实施425条背街小巷提升任务、试点打造44个“美丽院落”, tasks of 2020年, here given that cutoff)
    f = facts.copy()
    f["period"] = f["period"].astype(str)
    targets = f[f["status"] == "target"]
    past = targets[targets["sentence"].str.startswith("启动新一轮背街小巷")]
    f.loc[past.index, "period"] = "截至6月30日"
    t = tables.plan_targets(report, f)
    assert len(past) == 2 and not set(past["fact_id"]) & set(t["fact_id"])
    assert set(t["fact_id"]) == set(targets["fact_id"]) - set(past["fact_id"])
    assert {"7月底前", "三季度", "2020年"} <= set(t["period"])  # (年内 of the half-year report of 2020: 2020年)


@pytest.mark.parametrize(("period", "past"), [("截至6月30日", True), ("截至6月底", True), ("上半年", False),
                                             ("6月底前", False), ("5月底前", True), ("7月底前", False),
                                             ("三季度", False), ("年内", False), ("2019年末", True),
                                             ("2020年", False), ("2021年", False), ("", False)])
def test_a_target_period_is_past_only_when_it_ended(report, period, past):
    assert bool(tables._past(pd.Series([period]), report).iloc[0]) is past  # the bundled report: 2020 H1


def test_estimates_are_shown_as_estimates_never_as_targets(report, facts):
    f = facts.copy()
    f["status"] = f["status"].astype(str)
    i = f.index[f["fact_id"] == "f00292"]  # 一般公共预算收入 −7 %, now a forecast
    f.loc[i, "status"] = "estimate"
    j = f.index[f["fact_id"] == "f00302"]  # 完成全年任务的48.2%
    f.loc[j, "status"] = "estimate"
    t = dh.all_tables(report, f)
    assert "f00292" not in set(t["targets"]["fact_id"]) and "f00302" not in set(t["targets"]["fact_id"])
    assert t["yoy"].set_index("fact_id").loc["f00292", "status"] == "estimate"
    assert _row(t["headline"], indicator="一般公共预算收入")["status"] == "estimate"
    assert _row(t["headline"], indicator="地区生产总值")["status"] == "actual"
    assert t["completion"].set_index("fact_id").loc["f00302", "status"] == "estimate"
    # the bundled report's tax table has no total (its budget revenue is no total of its 全口径 tax types): the
    # tax total is read on the constructed Chaoyang half-year report (一般公共预算收入…同比减少9.3%, f00203)
    path = GOLD / "constructed" / "chaoyang_2020_h1" / "chaoyang_2020_h1.txt"
    other = dh.load_report(path)
    g = dh.extract_facts(other)
    g["status"] = g["status"].astype(str)
    g.loc[g["fact_id"] == "f00203", "status"] = "estimate"
    assert _row(dh.tax_declines(other, g), dimension="total")["status"] == "estimate"


# genre: not the bundled report's figures -----------------------------------------------------

SYNTHETIC = """关于甲区2023年国民经济和社会发展计划上半年执行情况的报告
一、上半年计划执行情况
上半年,全区地区生产总值实现812.4亿元,同比增长3.5%;一般公共预算收入完成40.5亿元,同比下降2.5%,完成全年任务的45.5%;社会消费品零售额实现120.6亿元,同比增长8.1%,增速高于全市1.2个百分点。
(一)重点工作
80座楼宇摸排任务已完成60座,完成率75%。50项创建任务已完成20项。
二、需要关注的问题
财政收入同比下降2.5%。房地产业、金融业税收降幅分别为12.5%和3.3%。主要税种除增值税外均呈现负增长,企业所得税、个人所得税降幅分别为4.1%和2.2%。税收关系迁出企业88户,共造成税款全口径减收3亿元(地方级1.2亿元、区级0.5亿元)。
"""


def test_synthetic_report_of_the_genre():
    t = dh.all_tables(SYNTHETIC)
    h = t["headline"].set_index("indicator")
    assert h.loc["一般公共预算收入", "implied_annual_target"] == pytest.approx(4.05e9 / 0.455)
    assert h.loc["社会消费品零售总额", "comparator_value"] == pytest.approx(6.9)
    tax = t["tax"]
    vat = _row(tax, item="增值税")
    assert (vat["direction"], vat["basis"]) == ("up", "text")
    assert _row(tax, item="个人所得税")["change_pct"] == -2.2
    assert _row(tax, item="房地产业税收")["dimension"] == "sector"
    c = t["completion"]
    assert sorted(c.loc[c["source"] == "computed", "completion_pct"].round(2)) == [40.0]  # 50项…已完成20项
    survey = _row(c, completion_pct=75.0)  # 完成率75% with its pair 60/80 beside it
    assert (survey["source"], survey["computed_pct"]) == ("stated", 75.0)


def test_inputs_path_text_and_report(report, tbl):
    by_path = dh.headline_indicators(str(tables.load_report().path))
    assert by_path.equals(tbl["headline"])
    by_text = dh.yoy_changes(SYNTHETIC)
    assert len(by_text) >= 5


# tables over hand-labelled facts (the gold file), independent of the extractor ---------------

def gold_facts(report: dh.Report, path: Path) -> pd.DataFrame:
    """A facts table built from a hand-labelled gold file (figure spans located by context)."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        gold = list(csv.DictReader(fh))
    for g in gold:
        if g["measure"] in ("none", "") or g["mention"] not in g["context"] or report.text.count(g["context"]) != 1:
            continue
        s = report.text.index(g["context"]) + g["context"].index(g["mention"])
        m = re.match(r"([\d.,]+|[一二三四五六七八九十百千万第]+)(.*)", g["mention"])
        rows.append({"report_id": report.report_id, "fact_id": f"g{int(g['id']):03d}", "start": s,
                     "end": s + len(g["mention"]), "indicator": g["indicator"], "measure": g["measure"],
                     "value": float(g["value"]), "unit": g["base_unit"], "raw_value": m.group(1),
                     "raw_unit": m.group(2), "qualifier": g["qualifier"] or "exact",
                     "status": g["status"] or "actual", "comparator": "", "period": "",
                     "section": report.section_at(s), "sentence": report.sentence_at(s).text})
    return pd.DataFrame(rows)


def test_tables_from_gold_labels(report):
    gf = gold_facts(report, GOLD / "seed_gold.csv")
    h = dh.headline_indicators(report, gf).set_index("indicator")
    assert h.loc["一般公共预算收入", ["level", "yoy_pct", "completion_pct"]].tolist() == [9.69e9, -7, 48.2]
    # the gold file names no comparator, and the tables never read the text: no comparator value
    assert h.loc["社会消费品零售总额", ["pp_diff", "comparator"]].tolist() == [0.9, ""]
    assert math.isnan(h.loc["社会消费品零售总额", "comparator_value"])
    assert h.loc["居民人均可支配收入", "indicator_as_printed"] == "人均可支配收入"
    # the dimension of a phrase comes from the glossary when the facts lack the extractor's column; the
    # gold keyword names only the sector (商务服务业), the printed phrase its tax (商务服务业税收)
    sector_kw = gf["indicator"].isin(["商务服务业", "批发零售业"]) & (gf["measure"] == "yoy_pct")
    gf.loc[sector_kw, "indicator"] += "税收"
    tax = dh.tax_declines(report, gf)
    sectors = tax[tax["dimension"] == "sector"].set_index("item")["change_pct"]
    assert sectors.to_dict() == {"商务服务业税收": -14.5, "批发零售业税收": -30.3}
    # with the comparator given, the comparator's value follows
    gf.loc[(gf["measure"] == "pp_diff") & (gf["value"] == 0.9), "comparator"] = "全市"
    h = dh.headline_indicators(report, gf).set_index("indicator")
    assert h.loc["社会消费品零售总额", "comparator_value"] == pytest.approx(-16.3)


# invariants ----------------------------------------------------------------------------------

def test_facts_without_columns_is_an_error(report):
    with pytest.raises(TableInvariantError, match="lacks columns"):
        dh.headline_indicators(report, pd.DataFrame({"fact_id": ["x"]}))
    assert issubclass(TableInvariantError, ReportError)


def test_facts_with_missing_offsets_is_an_error_not_a_type_error(report, facts):
    """A facts table edited by hand with a start or end left empty (pd.NA, NaN) or not a number is the
    package's one-line TableInvariantError (regression fixture)."""
    first = facts.head(5)  # (of the run's one extraction of the bundled report; astype below copies it)
    for bad in (pd.NA, float("nan"), "abc"):
        edited = first.astype({"start": object})
        edited.loc[edited.index[0], "start"] = bad
        with pytest.raises(TableInvariantError, match="start or end offsets"):
            dh.headline_indicators(report, edited)


def test_invariant_unknown_fact_id(tbl):
    df = tbl["yoy"].copy()
    df.loc[0, "fact_id"] = "nope"
    with pytest.raises(TableInvariantError, match="not found in the facts table") as e:
        schema.check_table(df, schema.YOY, fact_ids=set(tbl["facts"]["fact_id"]))
    assert "nope" in str(e.value)


def test_invariant_duplicate_key_prints_rows(tbl):
    df = pd.concat([tbl["yoy"], tbl["yoy"].head(1)], ignore_index=True)
    with pytest.raises(TableInvariantError, match="duplicate key") as e:
        schema.check_table(df, schema.YOY)
    assert df.iloc[0]["fact_id"] in str(e.value)


def test_invariant_ranges_units_and_vocab(tbl):
    df = tbl["yoy"].copy()
    df["change_pct"] = df["change_pct"].astype(float)
    df.loc[0, "change_pct"] = -130.0
    with pytest.raises(TableInvariantError, match="plausible range"):
        schema.check_table(df, schema.YOY)
    df = tbl["headline"].copy()
    df.loc[0, "unit"] = "亿元"
    with pytest.raises(TableInvariantError, match="not a base unit"):
        schema.check_table(df, schema.HEADLINE)
    df = tbl["completion"].copy()
    df["source"] = df["source"].astype(str)
    df.loc[0, "source"] = "guessed"
    with pytest.raises(TableInvariantError, match="source"):
        schema.check_table(df, schema.COMPLETION)
    df = tbl["tax"].copy()
    df.loc[0, "indicator_en"] = ""
    with pytest.raises(TableInvariantError, match="empty 'indicator_en'"):
        schema.check_table(df, schema.TAX)


def test_invariant_missing_column(tbl):
    with pytest.raises(TableInvariantError, match="lacks columns"):
        schema.check_table(tbl["yoy"].drop(columns=["direction"]), schema.YOY)


def test_registry_comes_from_the_label_dictionary(tbl):
    assert list(tbl) == list(vocab.labels().tables)
    assert set(analysis.BUILDERS) == set(vocab.labels().tables)


# two constructed reports the tables had never seen: the tables agree with the facts -----------------

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def chaoyang():
    """tests/fixtures/constructed_chaoyang_2022_q3.txt: a constructed Q1–Q3 report (sector and tax-type taxes)."""
    return dh.all_tables(dh.load_report(FIXTURES / "constructed_chaoyang_2022_q3.txt"))


@pytest.fixture(scope="module")
def haidian():
    """tests/fixtures/constructed_haidian_2023_h1.txt: a constructed half-year report (规上工业, 城镇新增就业); its tables
    as ``all_tables`` builds them, built once a test process and shared with the other modules that read them."""
    path = FIXTURES / "constructed_haidian_2023_h1.txt"
    return {key: real_table(path, key) for key in vocab.labels().tables}


@pytest.mark.parametrize("which", ["chaoyang", "haidian"])
def test_one_total_per_tax_dimension(request, which):
    t = request.getfixturevalue(which)["tax"]
    total = t[t["dimension"] == "total"]
    assert not total.duplicated(["measure", "scope", "comparator"]).any(), total
    # the breakdowns are of tax: the total is tax revenue, not the budget revenue around it
    assert set(total["indicator_key"]) == {"tax_revenue"}


def test_every_sector_of_the_text_is_a_sector_row(chaoyang):
    t = chaoyang["tax"]
    sectors = t[t["dimension"] == "sector"].set_index("item_as_printed")["change_pct"]
    text = dh.load_report(FIXTURES / "constructed_chaoyang_2022_q3.txt").text
    for name in ("金融业", "信息传输、软件和信息技术服务业", "房地产业", "租赁和商务服务业"):
        printed = [p for p in sectors.index if p.removesuffix("税收") and p.removesuffix("税收") in name]
        assert len(printed) == 1 and name + "税收" in text, (name, list(sectors.index))
    assert sorted(sectors.tolist()) == [-22.4, -6.9, 5.3, 8.7]
    # the 8.7 % of an industry's tax is never the total's: tax revenue fell 4.1 % and only that
    assert t.loc[t["dimension"] == "total", "change_pct"].tolist() == [-4.1]
    lease = t[t["item_as_printed"] == "租赁和商务服务业税收"].iloc[0]
    assert (lease["item"], lease["indicator_key"]) == ("租赁和商务服务业税收", "sector_tax:leasing_business_services")
    types = t[t["dimension"] == "tax_type"].set_index("item")["change_pct"].to_dict()
    assert types == {"增值税": -9.2, "个人所得税": 3.5}


@pytest.mark.parametrize("which", ["chaoyang", "haidian"])
def test_no_sector_or_tax_type_among_headline_indicators(request, which):
    t = request.getfixturevalue(which)
    h = t["headline"]
    facts = t["facts"]
    breakdowns = facts.loc[facts["dimension"].isin(["sector", "tax_type"]) & facts["lead"], "indicator"]
    keys = set(h["indicator_key"])
    assert not any(k.startswith("sector_") for k in keys)
    assert not keys & {"vat", "individual_income_tax", "corporate_income_tax"}
    assert not set(h["indicator_as_printed"]) & (set(breakdowns) - {"规模以上工业增加值"})


def test_a_concept_is_never_replaced_by_a_wider_or_narrower_one(haidian, chaoyang):
    for t in (haidian, chaoyang):
        facts = t["facts"].set_index("fact_id")
        for key in ("headline", "yoy", "tax", "completion"):
            df = t[key].dropna(subset=["fact_id"])
            df = df[df["fact_id"].isin(facts.index)]
            if key == "completion":
                df = df[df["source"] == "stated"]
            own = df["fact_id"].map(facts["indicator_key"])
            assert (df["indicator_key"] == own).all(), df[["indicator", "indicator_key"]]
    y = haidian["yoy"].set_index("indicator_as_printed")
    assert y.loc["规模以上工业增加值", "indicator"] == "规模以上工业增加值"
    assert y.loc["规模以上工业增加值", "indicator_en"] == "Value added of industry above designated size"
    h = haidian["headline"].set_index("indicator")
    assert h.loc["规模以上工业增加值", "yoy_pct"] == 3.1
    assert "制造业增加值" not in set(h.index) | set(haidian["yoy"]["indicator"])


def test_the_tables_agree_on_which_headline_figures_the_report_has(haidian):
    h = haidian["headline"].set_index("indicator_key")
    jobs = h.loc["urban_new_jobs"]  # 城镇新增就业2.1万人,完成全年任务的58.3%
    assert (jobs["level"], jobs["completion_pct"]) == (21000, 58.3)
    c = haidian["completion"]
    assert set(c.loc[c["source"] == "stated", "indicator_key"]) <= set(h.index)


def test_a_full_year_growth_target_is_against_the_year_before(haidian):
    y = haidian["yoy"]
    targets = y[y["status"] == "target"].set_index("indicator_key")
    assert targets.loc["gdp", "comparator"] == "上年" and targets.loc["general_budget_revenue", "comparator"] == "上年"
    assert set(y.loc[y["status"] == "actual", "comparator"]) == {"上年同期"}


def test_a_difference_from_a_base_not_read_gives_no_comparator_value(chaoyang):
    retail = chaoyang["headline"].set_index("indicator_key").loc["retail_sales"]
    assert retail["pp_diff"] == 2.1
    if retail["comparator"] == "":  # 降幅比上半年收窄2.1个百分点 with the base not read
        assert math.isnan(retail["comparator_value"])
    else:
        assert retail["comparator_value"] == pytest.approx(-9.6)


def test_every_table_of_a_text_without_figures_is_empty():
    with pytest.warns(dh.NoFiguresWarning):
        t = dh.all_tables("这是一份没有任何数字的说明文字。")
    assert list(t) == list(vocab.labels().tables)
    assert all(len(df) == 0 for df in t.values())
    assert "indicator_key" in t["headline"].columns and "computed_pct" in t["completion"].columns
