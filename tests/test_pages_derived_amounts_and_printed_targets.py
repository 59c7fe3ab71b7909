"""What the pages show of an amount computed from a whole amount, of a target of a closed year and of a completion
printed with a trailing zero.

* A derived amount (a prior level, an implied annual target, a shortfall) has no decimal the amount it is computed
  from lacks, whatever its size (建安投资完成70.5亿元,同比下降1.1%: 71.3亿元, not 71.28亿元):
  2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8% gives a prior level of 3,570,773万元 and a target of 3,843,213万元, not 3,570,773.16万元 (the relative tolerance of a
  printed figure's decimals took the computed 3570773.157 for one printed with two) nor 3,843,212.6万元.
* A target of a period already over (区人代会审议通过2021年全区一般公共预算收入预期为2020300万元) is shown in the unit it is
  printed in, 2,020,300万元, on the overview beside its outcome, not as 202.03亿元.
* A completion keeps the decimals it is printed with in the commentary as in the table and the chart
  (固定资产投资完成全年计划的68.0%: 完成 68.0%, not 68%).

The sentences are copied from the reports named (tests/gold/real/texts and the fixture chaoyang_2022_q3, a copy of a
real district report); the amounts of the unit test are those of the first sentence.
"""

from __future__ import annotations

import pytest
from _built_reports import FIXTURES, real_pages
from _real_tables import real_table

from dhcheng_analysis.display import format_level


def test_a_derived_amount_has_no_decimal_its_whole_basis_lacks():
    basis = 3.777878e10  # 3777878万元
    assert format_level(basis / 1.058, "元", derived=True, scale=1e4, basis=basis) == "3,570,773万元"
    assert format_level(basis / 0.983, "元", derived=True, scale=1e4, basis=basis) == "3,843,213万元"
    # (a basis with decimals keeps them, up to the derived figure's own rounding, and one under 100 gets none its
    # basis lacks: 20.6亿元 from 16.9亿元, formerly 20.58亿元)
    assert format_level(3.01e10, "元", derived=True, basis=3.2508e10) == "301.0亿元"
    assert format_level(4.0007e10 / 1.138, "元", derived=True, basis=4.0007e10) == "351.6亿元"
    assert format_level(2.0584e9, "元", derived=True, basis=1.69e9) == "20.6亿元"
    # (a figure as printed keeps its decimals: 786.15亿元)
    assert format_level(7.8615e10, "元") == "786.15亿元"


def test_a_target_of_the_year_printed_in_another_sentence_wins_over_the_derived_one():
    # chaoyang_2022_q3: 前三季度，全区一般公共预算收入完成4125683万元，…完成年度预算的71.2%。 and, under the fourth
    # quarter's work, 力争全年一般公共预算收入完成579.5亿元。 (4125683万元 / 71.2% would give 5794499万元)
    row = real_table(FIXTURES / "chaoyang_2022_q3.txt", "headline").set_index("indicator").loc["一般公共预算收入"]
    assert row["implied_annual_target"] == 5.795e10
    assert row["h2_required"] == pytest.approx(5.795e10 - 4.125683e10)


@pytest.mark.slow
def test_pages_show_amounts_derived_from_whole_wan_yuan_whole():
    pages = real_pages("shangcheng_hz_2022_h1_budget")
    assert "财政总收入：推算全年目标 3,843,213万元，全年完成 3,777,878万元，少于目标 65,335万元。" in pages["01"]
    assert "3,777,878万元 +5.8% 98.3% 3,570,773万元 3,843,213万元" in pages["01"]
    assert "3,570,773.16" not in pages["01"] + pages["02"] and "633,606万元" in pages["02"]


@pytest.mark.slow
def test_a_target_of_a_closed_year_is_shown_in_the_unit_printed():
    # (on the overview, beside its outcome: page 04 lists only the targets table's rows, goals for a time ahead)
    page = real_pages("shangcheng_hz_2022_h1_budget")["01"]
    assert "一般公共预算收入：全年目标 2,020,300万元，全年完成 2,013,817万元" in page and "202.03亿元" not in page


@pytest.mark.slow
def test_the_commentary_keeps_a_completions_printed_decimals():
    pages = real_pages(FIXTURES / "chaoyang_2022_q3.txt")
    assert "落后最多的是固定资产投资：完成 68.0%，比时间进度低 7.0 个百分点。" in pages["04"]
    # the year's target printed in another sentence (力争全年一般公共预算收入完成579.5亿元) wins over the one derived
    # from the completion (5,794,499万元), and the fourth quarter's need is worked out from it
    assert "一般公共预算收入：全年目标 579.5亿元（即5,795,000万元），已完成 4,125,683万元，第四季度需完成 1,669,317万元" \
        in pages["01"]
    assert "推算全年目标 5,794,499万元" not in pages["01"]


@pytest.mark.slow
def test_pages_show_a_prior_level_under_100_with_no_decimal_its_printed_level_lacks():
    # dongcheng_2018_annual: "建安投资完成70.5亿元,同比下降1.1%;…细颗粒物年均浓度52微克/立方米,下降13.3%"
    pages = real_pages("dongcheng_2018_annual")
    assert "建安投资 2018年 实际 70.5亿元 −1.1% 71.3亿元" in pages["01"] and "71.28亿元" not in pages["01"]
    assert "52微克/立方米 −13.3% 60微克/立方米" in pages["01"] and "59.98" not in pages["02"]
