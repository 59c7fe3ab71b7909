"""A figure has one form on every page: what a report prints of it, shown alike wherever it appears.

- A target's value is shown with its qualifier before it, by one formatter (``display.fact_value``): the
  target table of page 04 shows 增长6%左右 as ``约+6%``, as the year-on-year table of page 02 does, not ``6%``
  with the qualifier in a column of its own.
- The summary of completion counts speaks of rates computed from counts only when some are: a report whose
  annual rates are all printed says so (均为报告所列), not "0 个由…推算" above a computed rate listed as not an
  annual task (30项区级重点工程已开工22项).
- A column of amounts in one table uses one scale: among amounts in 万元, an amount of whole thousands from
  1万元 reads in 万 too (上划市级收入6万元, not 60,000元); an amount not round in thousands (人均 52316元) stays in 元.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from _built_reports import page_texts
from _real_tables import real_table

import dhcheng_analysis as dh
from dhcheng_analysis import display

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"

# Haidian report on the plan of 2023, first half (lines copied from the report)
HAIDIAN = ("上半年，全区实现地区生产总值5012.3亿元，按不变价格计算，同比增长6.8%，高于全市1.3个百分点；"
           "一般公共预算收入完成298.6亿元，同比增长12.4%，完成年度预算的54.3%，其中税收收入262.1亿元，同比增长10.7%；"
           "固定资产投资同比下降4.2%，完成全年任务的41.5%。\n"
           "城镇新增就业2.1万人，完成全年任务的58.3%，城镇登记失业率控制在1.12%。30项区级重点工程已开工22项，"
           "新建改扩建中小学及幼儿园12所，新增学位5400个。\n"
           "下半年，我们将紧紧围绕全年目标任务，力争全年地区生产总值增长6%左右，一般公共预算收入增长8%，"
           "确保城镇新增就业3.6万人以上，城镇登记失业率控制在2.5%以内。\n")


def test_a_target_shows_its_qualifier_before_its_value_in_every_table():
    # national work report 2024: 国内生产总值增长5%左右 (a target; the yoy table of page 02 shows 约+5%)
    target = {"indicator": "国内生产总值", "measure": "yoy_pct", "value": 5.0, "unit": "%", "qualifier": "about"}
    shown = display.reader_table(pd.DataFrame([target]), ["indicator", "measure", "value"])["数值"].iloc[0]
    yoy = display.format_cell("change_pct", {"change_pct": 5.0, "qualifier": "about"})
    assert shown == yoy == display.fact_value(target) == "约+5%"


def test_targets_of_a_district_plan_show_as_the_yoy_table_shows_them(tmp_path):
    path = tmp_path / "haidian_2023_h1.txt"
    path.write_text(HAIDIAN, encoding="utf-8")
    targets = dh.all_tables(path)["targets"]
    shown = display.reader_table(targets, ["indicator", "value"]).set_index("指标")["数值"]
    assert shown["地区生产总值"] == "约+6%"
    assert shown["城镇新增就业"].endswith("3.6万人") and shown["城镇新增就业"] != "3.6万人"  # 以上 kept


@pytest.mark.slow  # a whole build of the pages
def test_no_count_of_none_computed_above_a_computed_rate(tmp_path):
    path = tmp_path / "haidian_2023_h1.txt"
    path.write_text(HAIDIAN, encoding="utf-8")
    result = dh.build_report(path, tmp_path / "pages", lang="zh", jobs=2, progress=False)
    assert result.failed == [], result.failed
    page = page_texts(result)["04"]
    assert "0 个由" not in page
    assert "均为报告所列" in page
    assert "区级重点工程" in page  # the computed rate, listed as not an annual task
    assert "约+6%" in page


def test_a_column_of_amounts_in_wan_shows_a_small_round_amount_in_wan():
    # lintao budget report of 2024, 1-2月: 上划省级收入2432万元…上划市级收入6万元,占收入的0.04%,同比减收71万元
    yoy = real_table(REAL / "lintao_2024_m2_budget.txt", "yoy")
    shown = display.reader_table(yoy, ["indicator", "level"]).set_index("指标")["水平值"]
    assert shown["上划市级收入"] == "6万元"
    assert shown["上划省级收入"] == "2,432万元"


def test_an_amount_not_round_in_thousands_stays_in_yuan():
    # Haidian report of 2023, first half: 居民人均可支配收入52316元 among amounts in 亿元 and 万元 (a written mix)
    assert display.column_wan_from([5.0123e11, 2.1e5, 52316], ["元", "元", "元"]) == 1e4
    assert display.format_level(52316, "元", wan_from=1e4) == "52,316元"
    assert display.format_level(60000, "元") == "60,000元"  # alone, the usual threshold holds
