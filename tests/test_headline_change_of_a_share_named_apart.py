"""A headline row shows no change of a share as the change of its completion or growth.

After a completion and a share of the same figure (税收收入…完成年初预算2080000万元的53.0%,占一般公共预算收入的比重为
85.9%,比上年同期提高1.3个百分点) the percentage points are the share's change: the share is a concept of its own
(税收收入占一般公共预算收入比重), named apart from the tax revenue its sentence prints, yet the difference follows
it. The budget report here is a written fixture (tests/gold/constructed/budget_2023), not a real report; the real
case of a share named with its figure (beijing_2017_h1: 占全市投资的比重43.8%、较上年同期减少5.9个百分点) is read in
test_tables_on_real_reports.py.
"""

from __future__ import annotations

from pathlib import Path

from _real_tables import real_table

BUDGET = Path(__file__).parent / "gold" / "constructed" / "budget_2023" / "budget_2023.txt"


def test_the_change_of_a_share_named_apart_is_no_comparison_of_the_completion():
    h = real_table(BUDGET, "headline").set_index("indicator")
    tax = h.loc["税收收入"]
    assert (tax["completion_pct"], tax["yoy_pct"]) == (53.0, 7.2)
    assert tax["comparator"] == "" and tax["pp_diffs"] == ""
    assert tax["comparator_value"] != tax["comparator_value"]  # (NaN: no completion of last year is derived)


def test_a_difference_from_the_time_elapsed_stays_the_completions():
    # 一般公共预算收入…完成年初预算2450000万元的52.4%,超过时间进度2.4个百分点
    revenue = real_table(BUDGET, "headline").set_index("indicator").loc["一般公共预算收入"]
    assert (revenue["comparator"], revenue["pp_diff"], revenue["comparator_value"]) == ("时间进度", 2.4, 50.0)
