"""The pages say what a reader of two rows, or of two growths of one indicator, must be told apart.

A goal printed as a range (国内生产总值增长6%－6.5%) is two rows of the targets table, its low and high ends: the
completion page says they are one goal. A growth of one month compared with the month before (8月当月…增速9.7%,
环比7月提高0.8个百分点), beside the growth of the months to it of the same indicator, is named with its month in
the comparisons of the year-on-year page, as its bar is. A rank in the headline table says what it ranks (收入规模位居
全省第15位: the size, not the growth beside it in the row, which ranks 6th). Two growths of one indicator, one in real
terms (比上年增长39.7%,扣除价格和汇率变动因素,实际增长19.6%), are told apart on the chart by that; changes against other
bases of different periods (平均每年增长7.9% of 1979-1983, 3.2% of 1953-1978) each name their period.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from _built_reports import built, page_texts, real_pages  # noqa: E402
from _work_reports import WorkReports  # noqa: E402

import dhcheng_analysis as dh  # noqa: E402
from dhcheng_analysis import plots  # noqa: E402
from dhcheng_analysis.display import format_cell  # noqa: E402


def _work_report(year: int, folder: Path) -> Path:
    """The bundled work report of ``year`` written as a file in ``folder``."""
    src = folder / f"gwr_{year}.txt"
    src.write_text(WorkReports().texts[f"gwr_{year}"], encoding="utf-8")
    return src


@pytest.mark.slow
def test_a_range_goal_is_said_to_be_one_goal_of_two_rows(tmp_path):
    # national work report 2019 (/work/shared/corpus/national_work_reports/2019.txt):
    # 今年经济社会发展的主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上，…
    src = _work_report(2019, tmp_path)
    assert "国内生产总值增长6%－6.5%" in src.read_text(encoding="utf-8")
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


@pytest.mark.slow
def test_a_growth_in_real_terms_beside_the_nominal_one_is_named_so_on_its_bar():
    # national work report 1985 (/work/shared/corpus/national_work_reports/1985.txt): 去年，全国进出口总额达到一千二百零一
    # 亿元，比上年增长３９．７％，扣除价格和汇率变动因素，实际增长１９．６％，超过工农业总产值和国民收入增长的速度。
    text = WorkReports().texts["gwr_1985"]
    assert "比上年增长３９．７％，扣除价格和汇率变动因素，实际增长１９．６％" in text
    t = dh.all_tables(dh.load_report(text))
    yoy = t["yoy"]
    ax = plots.plot_yoy_changes(yoy[(yoy["status"] == "actual") & (yoy["measure"] == "yoy_pct")], facts=t["facts"])
    try:
        labels = [x.get_text() for x in ax.get_yticklabels()]
    finally:
        plt.close(ax.figure)
    assert "进出口总额" in labels and "进出口总额（实际或可比口径）" in labels
    assert not any("#" in x for x in labels)


@pytest.mark.slow
def test_changes_against_other_bases_of_different_periods_name_their_periods(tmp_path):
    # national work report 1985: 从１９７９年到１９８３年，农业总产值（包括村办工业）平均每年增长７．９％，１９８４年增长
    # １４．５％，远远超过了１９５３年到１９７８年的二十六年间平均每年增长３．２％的速度。
    page = real_pages(_work_report(1985, tmp_path))["02"]
    assert "农业总产值（1979-1983年，平均每年）：+7.9%" in page
    assert "农业总产值（1953-1978年，二十六年间平均每年）：+3.2%" in page  # (the basis as printed, its span with it)
    assert "银行的各项贷款总额（1984年）：比1983年+28.9%" in page


@pytest.mark.slow
def test_changes_against_other_bases_of_periods_ending_alike_name_none():
    # the bundled report (data/dongcheng_2020_h1.txt): 投资人数 of 上半年 and 就业人数 截至6月底 end in June alike
    page = page_texts(built("bundled"))["02"]
    assert "投资人数：比2019年初−43.96万人" in page and "就业人数：比2019年末−1.2万人" in page
