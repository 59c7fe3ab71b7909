"""A share of a count done is of the time the count done is of, and of the year's task when the total is.

The completion table reads a count pair (全年安排…新开工项目18个，截至6月底已开工11个) as a share done by the time the
count done names (截至6月底), not by the end of the year the total is planned for; and a total planned for the year
(全年拟改造的60栋老旧楼宇) is an annual task whether or not the report prints the rate of it (完成率41.7%), so the rate
is set against the time elapsed, of the report's period at the latest (half a year in a half-year report). The texts
are regression fixtures (``tests/gold/constructed``), not real reports: no real excerpt prints such a pair.
"""

from __future__ import annotations

from pathlib import Path

from _real_tables import text_table

CONSTRUCTED = Path(__file__).resolve().parent / "gold" / "constructed"


def _completion(name: str):
    return text_table((CONSTRUCTED / name / f"{name}.txt").read_text(encoding="utf-8"), "completion")


def test_a_count_done_by_a_date_is_a_share_of_that_date():
    # a regression fixture (not a real report): 全年安排重点工程项目76个，其中新开工项目18个，截至6月底已开工11个，续建项目
    # 58个全部复工。 (a half-year report of 2021)
    c = _completion("xicheng_2021_h1").set_index("indicator")
    row = c.loc["新开工项目"]
    assert (row["numerator"], row["denominator"], row["source"]) == (11.0, 18.0, "computed")
    assert row["period"] == "截至6月底"
    assert row["benchmark_pct"] == 50.0


def test_a_rate_of_a_total_planned_for_the_year_is_of_an_annual_task():
    # a regression fixture (not a real report): 全年拟改造的60栋老旧楼宇中,已完成改造25栋,完成率41.7%。 (a half-year report)
    c = _completion("chaoyang_2020_h1").set_index("indicator")
    row = c.loc["老旧楼宇"]
    assert (row["completion_pct"], row["numerator"], row["denominator"], row["source"]) == (41.7, 25.0, 60.0, "stated")
    assert bool(row["annual"]) and row["benchmark_pct"] == 50.0
    assert row["on_track"] is False and round(row["gap_pp"], 1) == -8.3
    # a count done of a total planned for no year stays unjudged (全区37个重点工程项目中,已有29个实现开复工)
    assert not bool(c.loc["重点工程项目", "annual"]) and c.loc["重点工程项目", "on_track"] is None
