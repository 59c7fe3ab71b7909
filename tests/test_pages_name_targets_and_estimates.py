"""What the pages say of targets and estimates is what the report prints of them.

- Page 04 says "no target" only when the report prints none: a target of a period already over (2021年…预期为
  2020300万元 in a report of 2022) is said to be such, its completion in the completion table, and like the workbook
  page 04 lists no row the targets table lacks, and a growth stated above or below its target (塌目标1.8个百分点)
  implies the target, listed as derived.
- Page 02 titles its comparisons by what they are compared with: 与目标比较 when every one is with a target.
- Pages 01 and 03 rank outcomes only: a change that is an estimate (预计…下降8%以上) is counted, named as an estimate or
  target, and not called the largest fall; where nothing fell, no largest fall is named.
- The workbook's completion sheet leaves the elapsed-time mark blank for a completion that is no annual task, as the
  pages do.
"""

from __future__ import annotations

import shutil
import tempfile
import warnings
from pathlib import Path

import pandas as pd
import pytest
from _built_reports import page_texts, real_pages
from _real_tables import real_table

import dhcheng_analysis as dh
from dhcheng_analysis import export
from dhcheng_analysis.display import planned_comparator

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


@pytest.mark.slow  # (builds the pages: runs the notebooks)
def test_a_target_of_a_closed_year_is_no_target_missing():
    # 上城区 (杭州) 2021年决算和2022年上半年预算执行情况的报告:
    # 区人代会审议通过2021年全区一般公共预算收入预期为2020300万元,全区一般公共预算收入决算为2013817万元,完成预期的99.7%
    # It is no goal for a time ahead: no row of the targets table, so neither of page 04 nor of the workbook's
    # 目标与计划 sheet (page 04 listed it, from the facts, while the sheet was empty); its completion is a row of both.
    page = real_pages("shangcheng_hz_2022_h1_budget")["04"]
    assert "报告没有给出数量目标或计划数" not in page
    assert "尚待完成时期" in page and "已经结束的时期" in page and "完成进度表" in page
    assert "2,020,300万元" not in page and "一般公共预算收入 2021年 99.7%" in page
    # (the tables as plan_targets and target_completion build them, of one extraction a test process)
    path = REAL / "shangcheng_hz_2022_h1_budget.txt"
    assert real_table(path, "targets").empty
    assert "一般公共预算收入" in set(real_table(path, "completion")["indicator"])


@pytest.mark.slow  # (builds the pages: runs the notebooks)
def test_targets_implied_by_gaps_to_them_are_listed():
    # 官渡区 (昆明) 2023年上半年计划执行情况: 同比增长3.2%,塌目标1.8个百分点;…高于目标2.1个百分点
    pages = real_pages("guandu_km_2023_h1")
    assert "报告没有给出数量目标或计划数" not in pages["04"]
    assert "目标约为 +5.0%（推算）" in pages["04"]
    assert "与目标比较" in pages["02"] and "与全市、其他时期比较" not in pages["02"]


@pytest.mark.slow  # (builds the pages: runs the notebooks)
def test_an_estimated_fall_is_not_ranked_as_the_largest():
    # 余杭区 2015年政府工作报告: 预计万元生产总值综合能耗下降8%以上
    page = real_pages("yuhang_hz_2015_gwr")["01"]
    assert "降幅最大" not in page
    assert "预计数或目标" in page


def test_planned_comparators():
    assert planned_comparator("目标") and planned_comparator("年初预算")
    assert not planned_comparator("全市") and not planned_comparator("一季度") and not planned_comparator(None)


def test_the_workbook_leaves_the_mark_of_a_completion_that_is_no_annual_task_blank():
    # 北京市 2017年上半年: 市政府固定资产投资已下达70%,经营性土地供应完成年初计划的72.3%。
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = real_table(REAL / "beijing_2017_h1.txt", "completion")
    shown = export.reader_frame(c, "completion", "zh").set_index("indicator")
    assert pd.isna(shown.loc["市政府固定资产投资", "benchmark_pct"])
    assert shown.loc["经营性土地供应", "benchmark_pct"] == 50


@pytest.mark.slow  # (builds the pages: runs the notebooks)
def test_no_largest_fall_is_named_where_nothing_fell():
    # written: a tax section whose sectors all rose (no real text at hand prints one)
    text = ("2023年上半年某区税收收入情况\n\n上半年,全区税收收入完成50亿元,同比增长5%。分行业看,制造业税收10亿元,增长3%;"
            "房地产业税收8亿元,增长2%;金融业税收6亿元,增长7%。\n")
    tmp = Path(tempfile.mkdtemp(prefix="dhcheng-test-targets-"))
    try:
        path = tmp / "rises.txt"
        path.write_text(text, encoding="utf-8")
        result = dh.build_report(path, tmp / "out", lang="zh", jobs=2, progress=False)
        page = page_texts(result)["03"]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    assert "3 个行业的变化，0 个下降。" in page and "降幅最大" not in page
