"""The tax page says that a report gives no breakdown of its tax revenue, and the completion page says that a
report states no base only when it prints none (a share of printed counts has theirs); read on real reports.

大姚县 2024 budget release (tests/gold/real/texts/dayao_2024_m4_budget.txt, copied from the report): 其中:税收收入8103万元,
比上年增收1284万元,增长18.8% — a total with no sector nor tax type: the tax page said the total and went on to the
next section as if a breakdown had been left out; it now says that the report gives none.
"""

from __future__ import annotations

import pytest
from _built_reports import REAL, built, page_texts, real_pages

import dhcheng_analysis as dh


@pytest.mark.slow
def test_the_tax_page_says_the_report_gives_no_breakdown():
    page = real_pages("dayao_2024_m4_budget")["03"]
    assert "税收收入同比+18.8%" in page
    assert "报告没有给出分行业、分税种的税收变化" in page


@pytest.mark.slow
def test_a_page_with_a_breakdown_does_not_say_it_lacks_one():
    page = real_pages("lintao_2024_m2_budget")["03"]
    assert "个税种的变化" in page and "报告没有给出分行业、分税种" not in page


@pytest.mark.slow
def test_a_printed_share_of_printed_counts_names_its_base():
    """东城区 2020 first half (the bundled report, data/dongcheng_2020_h1.txt): 120座楼宇摸排任务已完成92座,完成率77% —
    the completion page said of 楼宇摸排 that the report states no base, while its table shows 92座 of 120座."""
    page = page_texts(built("bundled"))["04"]
    assert "楼宇摸排：77%（92座楼宇摸排，共120座）" in page
    assert "楼宇摸排：77%（报告未写明基准）" not in page
    assert "东街环境提升工程：65%（报告未写明基准）" in page  # (no count printed: no base)


@pytest.mark.slow
def test_a_change_of_no_named_base_says_so_in_the_table():
    """中都街道 2025 first half (tests/gold/real/texts/zhongdu_ws_2025_street_h1.txt): 累计办理项目审批、营业执照等手续19件,
    平均时限缩短40% — the list says the report names no base; the table's 比较基准 cell was blank."""
    page = real_pages("zhongdu_ws_2025_street_h1")["02"]
    assert "平均时限：−40%（报告未写明比较基准）" in page
    assert "平均时限 比其他基期变化(%) −40% 未写明 实际" in page
    assert "工业总产值 同比变化(%) +2.25% 上年同期 实际" in page  # (a named base as it was)


@pytest.mark.slow
def test_the_index_says_a_page_has_no_chart_rather_than_0_charts(tmp_path):
    """大姚县 2024 (tests/gold/real/texts/dayao_2024_m4_budget.txt): the tax page of a total alone draws no chart; the
    index said "0 张图表" of it."""
    result = dh.build_report(REAL / "dayao_2024_m4_budget.txt", tmp_path, lang="zh", jobs=2, progress=False)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert result.failed == [] and "0 张图表" not in index
    assert "无图表，数字见文字和表格" in index and "1 张图表" in index
