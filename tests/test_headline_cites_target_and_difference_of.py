"""A headline row cites every fact it shows a value of, the annual target printed in another sentence too, and the
workbook keeps that target's printed places; a difference in points is of the rate its clause names.

Real texts: lintao_2024_m2_budget (real excerpt: 2月份,…完成预算105425万元的5.39%, then 1-2月,…完成预算的16.18%) and
the unseen chaoyang_2022_q3 (verbatim: 前三季度…完成年度预算的71.2%, then 力争全年一般公共预算收入完成579.5亿元): the
row's ``implied_annual_target`` is the printed target, so its ``fact_ids`` name it and the workbook shows 10.5425 (亿元),
not 10.54, and 579.5. Real sentences of wangcang_h1_industry, lintao_2024_m2_budget, ruyuan_m1to5_release,
neimenggu_2023_m8_industry and beijing_2017_h1 give the ``of`` relation of a difference in points (one whose words
name no rate is of the growth, completion, rate or share right before it); haidian_2021_h1 (tests/gold/constructed:
完成全年预算的56.2%,增速由负转正,较上年同期提高25.6个百分点)
and the growth sentences below quoted from constructed texts are regression fixtures.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import openpyxl
import pandas as pd
from _real_tables import real_facts, real_table, text_tables

import dhcheng_analysis as dh
from dhcheng_analysis import export

TESTS = Path(__file__).parent
REAL = TESTS / "gold" / "real" / "texts"
HAIDIAN_2021 = TESTS / "gold" / "constructed" / "haidian_2021_h1" / "haidian_2021_h1.txt"
# unseen chaoyang_2022_q3, verbatim (the completion, then the year's target in the plan for the rest of the year)
CHAOYANG_Q3 = (
    "朝阳区2022年前三季度国民经济和社会发展计划执行情况的报告\n一、前三季度计划执行情况\n前三季度，全区一般公共预算收入完成4125683万元，"
    "同比下降3.6%，完成年度预算的71.2%。\n二、第四季度工作安排\n力争全年一般公共预算收入完成579.5亿元。\n")
# wangcang_h1_industry (real), verbatim
WANGCANG = ("上半年,全县规上工业增加值同比增长1.3%,增速较一季度和1-5月分别提高15.5和2.2个百分点,增速居全市第6位,较1-5月上升1位。"
            "上半年,制造业增长3.4%,增速较一季度回升14.1个百分点,高于全县规上工业增速2.1个百分点,拉动全县规上工业增加值增速2.4个百分点;"
            "采矿业增加值同比下降4.5%,降幅较一季度收窄16.3个百分点,低于全县规上工业增速5.8个百分点,下拉全县规上工业增加值增速1.1个百分点。")


def _facts(text: str) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)


def _of(f: pd.DataFrame) -> list[tuple[float, str, float | None]]:
    """Each difference in points: its value, the measure and value of the figure it is of (None when of none)."""
    by_id = f.set_index("fact_id")
    pp = f[f["measure"] == "pp_diff"]
    return [(v, by_id.loc[p, "measure"], by_id.loc[p, "value"]) if r == "of" else (v, "", None)
            for v, p, r in zip(pp["value"], pp["parent_id"], pp["relation"].astype(str), strict=True)]


def _target_id(f: pd.DataFrame, raw: str) -> str:
    return f.loc[(f["status"] == "target") & (f["raw_value"] == raw), "fact_id"].iloc[0]


def test_a_headline_row_cites_the_target_printed_in_another_sentence():
    path = REAL / "lintao_2024_m2_budget.txt"
    h = real_table(path, "headline").set_index("indicator")
    assert h.loc["财政总收入", "implied_annual_target"] == 1054250000
    assert _target_id(real_facts(path), "105425") in h.loc["财政总收入", "fact_ids"].split(";")
    tables = text_tables(CHAOYANG_Q3)
    h = tables["headline"].set_index("indicator")
    assert h.loc["一般公共预算收入", "implied_annual_target"] == 57950000000
    assert _target_id(tables["facts"], "579.5") in h.loc["一般公共预算收入", "fact_ids"].split(";")


def test_the_workbook_shows_a_printed_target_to_its_printed_places(tmp_path):
    for source, shown, places in ((REAL / "lintao_2024_m2_budget.txt", 10.5425, "#,##0.0000"),
                                  (CHAOYANG_Q3, 579.5, "#,##0.0")):
        out = tmp_path / "book.xlsx"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            export.to_excel(dh.load_report(source), out)
        ws = openpyxl.load_workbook(out)["主要指标"]
        head = [c.value for c in ws[1]]
        cell = ws.cell(2, next(i for i, h in enumerate(head, 1) if h and h.startswith("全年目标(")))
        assert (cell.value, cell.number_format) == (shown, places)


def test_a_computed_target_keeps_the_places_of_a_derived_column():
    assert export.cell_format("implied_annual_target", 10.54321) == "#,##0.00"


def test_a_difference_is_of_the_rate_its_clause_names():
    # the pull on the county's growth (拉动/下拉…增速…个百分点) is no difference of the sector's growth
    assert _of(_facts(WANGCANG)) == [(15.5, "yoy_pct", 1.3), (2.2, "yoy_pct", 1.3), (14.1, "yoy_pct", 3.4),
                                     (2.1, "yoy_pct", 3.4), (2.4, "", None), (16.3, "yoy_pct", -4.5),
                                     (-5.8, "yoy_pct", -4.5), (-1.1, "", None)]
    f = real_facts(REAL / "lintao_2024_m2_budget.txt")
    assert (-0.48, "completion_pct", 16.18) in _of(f)  # 完成预算的16.18%,较均衡进度慢0.48%


def test_a_growth_difference_after_a_completion_is_of_the_growth():
    h = real_table(HAIDIAN_2021, "headline").set_index("indicator").loc["一般公共预算收入"]
    assert (h["pp_diff"], h["comparator_measure"], h["comparator_value"]) == (25.6, "yoy_pct", -7.3)
    c = real_table(HAIDIAN_2021, "comparisons").set_index("indicator").loc["一般公共预算收入"]
    assert (c["yoy_pct"], c["comparator"], c["comparator_value"]) == (18.3, "上年同期", -7.3)


def test_a_difference_against_an_earlier_part_of_the_year_is_of_the_growth_on_the_year_before():
    # (regression fixtures quoted from constructed texts: xicheng_2021_h1, dongcheng_2021_h1)
    f = _facts("上半年，全区实现地区生产总值786.4亿元，同比增长11.2％，两年平均增长5.3％，增速较一季度回落4.6个百分点。")
    assert _of(f) == [(-4.6, "yoy_pct", 11.2)]
    f = _facts("上半年，全区社会消费品零售总额实现601.5亿元，同比增长18.3%，两年平均增长1.2%，增速高于全市2.6个百分点。")
    assert _of(f) == [(2.6, "change_pct", 1.2)]  # (against the city: the growth printed last)


def test_a_difference_whose_words_name_no_rate_is_of_the_growth_right_before_it():
    # ruyuan_m1to5_release (real excerpt): no 增幅 or 降幅 before 比1-4月, as its other items print, yet the points are
    # the growth's change (from +31.4% to −12.1%)
    f = _facts("1-5月,商品房销售面积4.23万㎡,同比下降12.1%,比1-4月回落43.5个百分点。")
    assert _of(f) == [(-43.5, "yoy_pct", -12.1)]
    # neimenggu_2023_m8_industry (real excerpt)
    f = _facts("1-8月份,全区规上工业增加值同比增长7.5%,较1-7月份提高0.3个百分点,已连续三个月回升。")
    assert _of(f) == [(0.3, "yoy_pct", 7.5)]
    # (regression fixture quoted from the constructed budget_2023: the completion printed before it, named 支出进度)
    f = _facts("市级转移支付和直达资金下达45.3亿元，已支出38.9亿元，支出进度85.9%，高于全市平均水平6.2个百分点。")
    assert _of(f) == [(6.2, "completion_pct", 85.9)]


def test_a_difference_whose_words_name_no_rate_after_a_share_or_rate_is_of_it():
    # beijing_2017_h1 (real excerpt): the 5.9 points are the change of the share printed right before them, not of the
    # investment's growth
    f = real_facts(REAL / "beijing_2017_h1.txt")
    assert (-5.9, "rate_pct", 43.8) in _of(f)
    # (constructed fixtures: a share, a rate)
    assert _of(_facts("税收收入占一般公共预算收入的比重为85.9%，比上年同期提高1.3个百分点。")) == [(1.3, "rate_pct", 85.9)]
    assert _of(_facts("城镇登记失业率为1.2%，比上年同期下降0.3个百分点。")) == [(-0.3, "rate_pct", 1.2)]
    # its growth printed before the share, the difference is still the share's (comparisons keep no growth of it)
    c = real_table(REAL / "beijing_2017_h1.txt", "comparisons")
    assert "房地产开发投资" not in set(c["indicator"])


def test_a_rate_shown_as_a_headline_level_keeps_its_printed_numeral():
    from dhcheng_analysis.display import printed_numerals

    path = REAL / "beijing_2017_h1.txt"  # (real: 城镇登记失业率1.49%)
    h = real_table(path, "headline")
    row = h.index[h["indicator"] == "城镇登记失业率"]
    assert printed_numerals(h, real_facts(path), ["level"])["level"][row[0]] == "1.49"
    # (regression fixture: a trailing zero as printed)
    tables = text_tables("上半年，全区城镇登记失业率为1.10%，同比下降0.2个百分点。")
    assert printed_numerals(tables["headline"], tables["facts"], ["level"]) == {"level": ["1.10"]}
