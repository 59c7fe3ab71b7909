"""本世纪末 (the end of this century) is a year a target reaches, as 到2000年 is.

A target whose sentence last names 本世纪末 before it speaks of the century's last year: 2000年 for a level in a
report of the 1980s or 1990s, in a plan part or outside one, and the years from the report's to it for a change
(平均每年增产８０亿公斤 in 1988: 1988-2000年). Each sentence is quoted from the national work report its test names.
"""

from __future__ import annotations


def test_level_reached_by_the_century_end_outside_a_plan_part(work_reports):
    # national work report 1988
    f = work_reports.fact_at(1988, "到本世纪末，我国粮食生产必须争取达到５０００亿公斤", "５０００")
    assert (f["status"], f["period"]) == ("target", "2000年")


def test_yearly_change_up_to_the_century_end_spans_the_years_to_it(work_reports):
    # national work report 1988
    f = work_reports.fact_at(1988, "平均每年增产８０亿公斤", "８０")
    assert (f["measure"], f["period"]) == ("abs_change", "1988-2000年")


def test_population_held_at_the_century_end(work_reports):
    # national work report 1988
    f = work_reports.fact_at(1988, "在本世纪末把我国人口控制在１２亿左右", "１２")
    assert f["period"] == "2000年"


def test_plan_part_target_up_to_the_century_end_is_not_the_year_planned(work_reports):
    # national work report 1994
    f = work_reports.fact_at(1994, "基本解决８０００万人的温饱问题", "８０００")
    assert (f["status"], f["period"]) == ("target", "2000年")
