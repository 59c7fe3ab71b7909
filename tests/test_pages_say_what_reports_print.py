"""What the pages say of a figure is what the report prints of it.

- A completion is set against the elapsed-time mark of its own period: a budget report of 2月份 and 1-2月 has
  two marks (1/12 and 2/12 of the year), and a rate of 1-2月 below 2/12 is behind, even when it beats 1/12.
- A target printed in the completion's sentence (完成年初预算数60999万元的40.4%) is the annual target as
  printed, called so, not "推算"; the level over the rounded completion only stands in when none is printed.
- A level printed as a bound (突破2.7亿元) keeps its word in the year-on-year table, and the prior-year level
  derived from it is a bound too (超2.2亿元, formerly 超2.18亿元: no decimal 2.7 lacks).
- Amounts of 1万亿 or more read in 万亿 as reports print them (126万亿元, 1.39万亿斤), not 1,260,000亿元.
- The summary of the highest and lowest growth keeps the growth's qualifier (近30%).
- The amount of a change printed with its growth (比上年减收1070万元,下降4.2%) is shown on the growth's row, as the
  tax table shows it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd
import pytest
from _built_reports import real_pages
from _real_tables import real_analysis, real_table, text_table
from _work_reports import _texts

from dhcheng_analysis import display

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@cache
def _headline(name: str) -> pd.DataFrame:
    return real_table(REAL / f"{name}.txt", "headline")


def test_a_target_printed_in_the_completions_sentence_is_taken_as_printed():
    # dayao budget report of 2024, 1-4月:
    # 4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。
    row = _headline("dayao_2024_m4_budget").set_index("indicator").loc["一般公共预算收入"]
    assert row["implied_annual_target"] == pytest.approx(609_990_000.0)
    assert row["h2_required"] == pytest.approx(609_990_000.0 - 246_270_000.0)
    assert display.printed_target(row)


def test_a_target_derived_from_the_completion_is_called_derived():
    # Chaoyang report of 2022 Q1-Q3 (a copy kept as a fixture), its first sentence alone: no target printed (the
    # report's 力争全年一般公共预算收入完成579.5亿元 of another sentence is taken as printed:
    # tests/test_pages_derived_amounts_and_printed_targets.py)
    first = (FIXTURES / "chaoyang_2022_q3.txt").read_text(encoding="utf-8").split("。")[0].split("\n", 2)[-1] + "。"
    assert first.startswith("前三季度，全区一般公共预算收入完成4125683万元")
    row = text_table(first, "headline").set_index("indicator").loc["一般公共预算收入"]
    assert row["implied_annual_target"] == pytest.approx(4_125_683e4 / 0.712)
    assert not display.printed_target(row)


def test_each_completion_is_measured_against_its_own_periods_mark():
    # lintao budget report of 2024, 1-2月: 2月份…完成预算105425万元的5.39%,较均衡进度慢2.94%;
    # 1-2月…完成预算的16.18%,较均衡进度慢0.48%
    an = real_analysis("lintao_2024_m2_budget")
    head = an["headline"]
    done = head[head["completion_pct"].notna()]
    marks = an.marks(done)
    assert marks.round(2).tolist() == [16.67]  # the 1-2月 revenue, not the 2月份 mark of 8.33%
    assert (done["completion_pct"] < marks).all()  # 16.18% is behind, as the report says
    completion = an["completion"]
    annual = completion[completion["annual"].fillna(False).astype(bool) & (completion["status"] != "target")]
    assert an.mark_words(an.marks(annual)) == "各自时期的时间进度（8.33%、16.7%）"
    assert an.mark_words(marks) == "16.7% 的时间进度"


def test_a_bound_level_and_the_prior_level_derived_from_it_stay_bounds():
    # zhongdu_ws_2025_street_h1: 服务业累计营收突破2.7亿元,同比增长23.7%  (GDP, 突破6000亿元 in Xicheng's annual
    # report 2023, grows at constant prices and gives no prior level)
    y = real_table(REAL / "zhongdu_ws_2025_street_h1.txt", "yoy")
    row = y.set_index("indicator").loc["服务业营业收入"]  # (printed 服务业营收)
    assert row["level_qualifier"] != "exact"
    assert display.format_cell("implied_prior_level", row) == "超2.2亿元"  # (formerly 超2.18亿元)
    assert display.format_cell("level", row) == "超2.7亿元"


@pytest.mark.parametrize(("value", "unit", "qualifier", "shown"), [
    (1.26e14, "元", "over", "超126万亿元"),  # national work report 2024: 国内生产总值超过126万亿元
    (1.39e12, "斤", "exact", "1.39万亿斤"),  # national work report 2024: 粮食产量1.39万亿斤
    (9.69e11, "元", "exact", "9,690亿元"),  # written: below 1万亿 stays in 亿
])
def test_amounts_of_a_trillion_and_more_read_in_wan_yi(value, unit, qualifier, shown):
    assert display.format_level(value, unit, qualifier=qualifier) == shown


@pytest.fixture(scope="module")
def build():
    """The page texts of a real excerpt, by name or path, built once per test run."""
    return real_pages


def test_pages_of_a_budget_report_of_two_months(build):
    # lintao budget report of 2024: 1-2月 revenue 16.18% of the budget, 0.48 points behind the balanced pace
    pages = build(REAL / "lintao_2024_m2_budget.txt")
    assert "1 项主要指标给出全年任务完成进度，其中 1 项低于 16.7% 的时间进度：财政总收入" in pages["01"]
    assert "均不低于 8.33%" not in pages["01"]
    assert "按 各自时期的时间进度（8.33%、16.7%）衡量，5 个达到或超过，8 个落后" in pages["04"]


def test_pages_name_a_printed_target_as_printed(build):
    # dayao budget report of 2024: 完成年初预算数60999万元的40.4%
    page = build(REAL / "dayao_2024_m4_budget.txt")["01"]
    # (the printed figures as printed; what the rest of the period needs is derived, in the unit they print)
    assert "一般公共预算收入：全年目标 60,999万元，已完成 24,627万元，余下时间需完成 36,372万元" in page
    assert "推算全年目标" not in page


def test_the_highest_growth_keeps_its_qualifier(build, tmp_path):
    # national work report 2024: 电动汽车、锂电池、光伏产品“新三样”出口增长近30%
    path = tmp_path / "gwr_2024.txt"
    path.write_text(_texts()["gwr_2024"], encoding="utf-8")
    pages = build(path)
    assert "最高为电动汽车、锂电池、光伏产品“新三样”出口，同比近+30%" in pages["02"]
    assert "超126万亿元" in pages["01"] and "1,260,000亿元" not in pages["01"]


def test_the_amount_of_a_growth_stated_with_it_rides_on_its_row():
    # dayao budget report of 2024, 1-4月: 一般公共预算收入累计完成24627万元,…,比上年减收1070万元,下降4.2%
    y = real_table(REAL / "dayao_2024_m4_budget.txt", "yoy").set_index("indicator")
    row = y.loc["一般公共预算收入"]
    assert (row["change_pct"], row["abs_change"], row["unit"]) == (-4.2, -10_700_000.0, "元")
    assert display.format_cell("abs_change", row) == "−1,070万元"
    assert len(row["fact_ids"].split(";")) == 2  # the growth's and the amount's


def test_a_growth_printed_without_an_amount_has_none():
    # Chaoyang report of 2022 Q1-Q3: 税收收入3650210万元,同比下降4.1%: no amount
    row = real_table(FIXTURES / "chaoyang_2022_q3.txt", "yoy").set_index("indicator").loc["税收收入"]
    assert pd.isna(row["abs_change"]) and row["unit"] == ""


@pytest.mark.parametrize(("field", "kind", "codes"), [
    ("direction", "direction", ("up", "down", "flat")),
    ("level_measure", "measure", ("level", "rate_pct")),
    ("dimension", "dimension", ("sector", "tax_type", "total", "base_loss")),
])
def test_the_workbooks_notes_name_the_labels_its_sheets_show(field, kind, codes):
    # the 同比变化 sheet of any report shows 上升/下降 in 方向 (dayao budget report of 2024: 下降4.2% → 下降), so the
    # note of the field names those words first, the codes of the CSV after them
    words = display.labels()
    desc = words.fields[field].desc_zh
    for code in codes:
        shown = words.codes[kind][code].zh
        assert shown in desc and desc.index(shown) < desc.index(code), (code, shown)
