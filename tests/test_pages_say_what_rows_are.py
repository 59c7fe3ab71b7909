"""The pages say what a reader of two rows, or of two growths of one indicator, must be told apart.

A goal printed as a range (国内生产总值增长6%－6.5%) is two rows of the targets table, its low and high ends: the
completion page says they are one goal. A growth of one month compared with the month before (8月当月…增速9.7%,
环比7月提高0.8个百分点), beside the growth of the months to it of the same indicator, is named with its month in
the comparisons of the year-on-year page, as its bar is. A rank in the headline table says what it ranks (收入规模位居
全省第15位: the size, not the growth beside it in the row, which ranks 6th).
"""

from __future__ import annotations

import pytest
from _built_reports import real_pages
from _work_reports import WorkReports

from dhcheng_analysis.display import format_cell


@pytest.mark.slow
def test_a_range_goal_is_said_to_be_one_goal_of_two_rows(tmp_path):
    # national work report 2019 (/work/shared/corpus/national_work_reports/2019.txt):
    # 今年经济社会发展的主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上，…
    text = WorkReports().texts["gwr_2019"]
    assert "国内生产总值增长6%－6.5%" in text
    src = tmp_path / "gwr_2019.txt"
    src.write_text(text, encoding="utf-8")
    page = real_pages(src)["04"]
    assert "国内生产总值（2019年）：目标为 +6% 至 +6.5% 的区间，表中分两行列出其下限和上限。" in page
    assert page.count("目标为") == 1  # (城镇新增就业1100万人以上 is a bound, not a range)


@pytest.mark.slow
def test_a_months_growth_compared_with_the_month_before_is_named_with_its_month():
    # Neimenggu industry release of 2023 (tests/gold/real/texts/neimenggu_2023_m8_industry.txt): 1-8月份,全区规上工业增加值
    # 同比增长7.5%,较1-7月份提高0.3个百分点 … 8月当月全区规上工业增速9.7%,环比7月提高0.8个百分点。
    page = real_pages("neimenggu_2023_m8_industry")["02"]
    assert "规模以上工业增加值（8月）同比+9.7%，比7月高 0.8 个百分点，即7月约为 +8.9%（推算）。" in page
    assert "规模以上工业增加值同比+7.5%，比1-7月高 0.3 个百分点" in page  # (the months of the rest: no label)


def test_a_rank_cell_says_what_it_ranks():
    row = {"indicator": "一般公共预算收入", "rank": 15.0, "rank_measure": "level"}
    assert format_cell("rank_measure", row) == "水平值" and format_cell("rank_measure", row, "en") == "Level"
    assert format_cell("rank_measure", {**row, "rank_measure": "yoy_pct"}) == "同比变化(%)"


@pytest.mark.slow
def test_the_headline_table_says_a_rank_is_of_the_size_not_of_the_growth_beside_it():
    # Puyang budget release of 1-3月 (tests/gold/real/texts/puyang_m3_budget_table.txt): 累计完成234267万元,下降10.9%。
    # 收入规模位居全省第15位,同比提升1个位次;收入增幅高于省辖市平均增幅3.7个百分点,居全省第6位
    page = real_pages("puyang_m3_budget_table")["01"]
    assert "排名范围 排名对象 排名" in page
    assert "一般公共预算收入 1-3月 234,267万元 −10.9% 省辖市平均 +3.7 −14.6% 全省 水平值 15 上年同期 提升1位" in page
