"""The growth chart names the period of a figure whose months end before (or after) the others'.

A quarter release prints its services revenue a month behind the rest (1-2月 among the figures of 一季度); its bar
reads 规模以上服务业营业收入（1-2月）, as a month alone among the months to it reads 规上工业（8月）. A balance at the end
of the period (3月末 in 一季度) covers the same months and is not marked.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from _real_tables import real_table  # noqa: E402

from dhcheng_analysis import plots  # noqa: E402

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


def _labels(name: str) -> list[str]:
    ax = plots.plot_yoy_changes(real_table(REAL / f"{name}.txt", "yoy"))
    try:
        return [t.get_text() for t in ax.get_yticklabels()]
    finally:
        plt.close(ax.figure)


def test_a_growth_of_fewer_months_than_the_quarter_is_named_with_them():
    # Youyang quarter release of 2025 Q1: 五、服务业发展总体稳定 / 1-2月,全县规上服务业实现营业收入3.7亿元, 比上年下降1.8%。
    # 3月末,全县本外币存贷余额440.95亿元,增长6.4%;贷款余额354.88亿元,增长2.6%。
    labels = _labels("youyang_cq_2025_q1")
    assert "规模以上服务业营业收入（1-2月）" in labels  # (规上服务业营业收入 by the glossary's name)
    assert "金融机构本外币存贷款余额" in labels and "地区生产总值" in labels  # (本外币存贷余额 by the glossary's name)


def test_a_month_alone_among_the_months_to_it_is_still_named():
    # Neimenggu industry release of 2023, 1-8月: 8月当月全区规上工业增速9.7%,环比7月提高0.8个百分点。
    # (the growth of 规上工业 is that of its value added, 国家统计局's convention: the month's label names the headline
    # beside the label of the months to August)
    labels = _labels("neimenggu_2023_m8_industry")
    assert "规模以上工业增加值（8月）" in labels and "规模以上工业增加值" in labels and "制造业增加值" in labels


def test_figures_of_one_period_carry_no_period():
    # Dayao budget release of 2024, 1-4月: every figure is of 1-4月
    assert not any("（" in s for s in _labels("dayao_2024_m4_budget"))
